"""File ▸ Export everything…: which format, and where to write it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ExportFormat(enum.Enum):
    JSON = "json"  # one file: everything, attachments included; the app can import it back
    CSV = "csv"  # a folder: one file per list
    MARKDOWN = "markdown"  # a folder: one file per interview


@dataclass(frozen=True, slots=True)
class ExportChoice:
    format: ExportFormat
    target: Path


def default_target(folder: Path, stamp: str, export_format: ExportFormat) -> Path:
    """``infointerview-export-2026-12-03.json`` (a file) or ``infointerview-csv-2026-12-03`` (a folder)."""
    if export_format is ExportFormat.JSON:
        return folder / f"infointerview-export-{stamp}.json"
    return folder / f"infointerview-{export_format.value}-{stamp}"


class ExportDialog(QDialog):
    def __init__(self, folder: Path, stamp: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export everything"))
        self._folder = folder
        self._stamp = stamp
        self.json = QRadioButton(self.tr("&JSON — one file with everything, which InfoInterview can import"))
        self.csv = QRadioButton(self.tr("&CSV — a folder with one file per list, for spreadsheets"))
        self.markdown = QRadioButton(self.tr("&Markdown — a folder with one file per interview"))
        self._formats = {self.json: ExportFormat.JSON, self.csv: ExportFormat.CSV, self.markdown: ExportFormat.MARKDOWN}
        group = QButtonGroup(self)
        for button in self._formats:
            group.addButton(button)
        self.json.setChecked(True)
        group.buttonToggled.connect(self._format_changed)

        self.target = QLineEdit(str(default_target(folder, stamp, ExportFormat.JSON)))
        self.target.setAccessibleName(self.tr("Export to"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("&Export to:"), where)
        note = QLabel(self.tr("The export is written in full or not at all."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for button in self._formats:
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def chosen_format(self) -> ExportFormat:
        return next(fmt for button, fmt in self._formats.items() if button.isChecked())

    def choice(self) -> ExportChoice | None:
        text = self.target.text().strip()
        if not text:
            return None
        return ExportChoice(self.chosen_format(), Path(text).expanduser())

    def _format_changed(self, _button, checked: bool) -> None:
        if not checked:
            return
        # Follow the format with the suggested name, unless the person typed their own.
        current = Path(self.target.text().strip())
        suggested = {default_target(current.parent, self._stamp, fmt).name for fmt in ExportFormat}
        if current.name in suggested:
            self.target.setText(str(default_target(current.parent, self._stamp, self.chosen_format())))

    def _choose(self) -> None:
        current = self.target.text().strip()
        if self.chosen_format() is ExportFormat.JSON:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export to a file"), current, self.tr("JSON files (*.json)")
            )
        else:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export into which folder?"), str(self._folder))
            chosen = str(Path(folder) / Path(current).name) if folder else ""
        if chosen:
            self.target.setText(chosen)


def ask_export(parent: QWidget | None, folder: Path, stamp: str) -> ExportChoice | None:
    dialog = ExportDialog(folder, stamp, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
