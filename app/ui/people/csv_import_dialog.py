"""Importing people from a CSV file: what each column holds, then a preview of every row, then
"Import N people". Nothing is written before that last button; Cancel is the default throughout,
and the people are added in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.csv_contacts import (
    ColumnRole,
    ContactField,
    CsvPreview,
    CsvTable,
    PresetKind,
    PreviewRow,
    preset_mapping,
    preview_rows,
    with_role,
)
from app.ui.people.add_people import add_people, failed_words
from app.ui.shell.progress_work import run_with_progress
from app.ui.widgets.accessibility import name_corner_button
from app.ui.widgets.i18n import tr_enum, tr_text
from app.ui.widgets.table_model import Column, RowsTableModel

if TYPE_CHECKING:
    from app.store.contact_import import ContactImportRepository


SAMPLE_ROWS = 3  # values shown beside each column
PRESETS = (PresetKind.GOOGLE, PresetKind.OUTLOOK, PresetKind.LINKEDIN, PresetKind.OTHER)


class PreviewModel(RowsTableModel[PreviewRow]):
    """The preview's rows, each marked: left out, or with values to check."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            if not row.importable:
                return self._icon(QStyle.StandardPixmap.SP_DialogCancelButton)
            if row.problems:
                return self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        return super().data(index, role)

    @staticmethod
    def _icon(pixmap: QStyle.StandardPixmap):
        from PySide6.QtWidgets import QApplication

        return QApplication.style().standardIcon(pixmap)


class CsvImportDialog(QDialog):
    imported = Signal(int)  # how many people were added

    def __init__(
        self,
        table: CsvTable,
        file_name: str,
        importer: ContactImportRepository,
        region: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import people from {file}").format(file=file_name))
        self._table = table
        self.header = table.header  # the file's column names, in order
        self._importer = importer
        self._region = region
        self._preset = table.preset
        self._preset_roles = preset_mapping(self._preset, table.header)
        self.mapping: tuple[ColumnRole, ...] = self._preset_roles
        self.preview: CsvPreview | None = None
        self.imported_count = 0

        self.pages = QStackedWidget()
        self.pages.addWidget(self._mapping_page(file_name))
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button = QPushButton(self.tr("Preview the rows"))
        self.next_button.clicked.connect(self.show_preview)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_people)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._fill_mapping()
        self._show_page(0)
        self.resize(860, 560)

    # -- the mapping step ------------------------------------------------------------------------
    def _mapping_page(self, file_name: str) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "{file} has %n row(s). Choose what each column holds; the values beside it are from the first rows. "
                "Nothing is imported yet.",
                "",
                len(self._table.rows),
            ).format(file=file_name)
        )
        intro.setWordWrap(True)
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Read the file as"))
        for kind in PRESETS:
            self.preset_combo.addItem(tr_enum(kind), kind.value)
        self.preset_combo.setCurrentIndex(PRESETS.index(self._preset))
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.hide_empty = QCheckBox(self.tr("Hide columns that are empty in every row"))
        self.hide_empty.setChecked(True)
        self.hide_empty.toggled.connect(lambda _checked: self._hide_empty_columns())
        preset_row = QHBoxLayout()
        preset_row.addWidget(QLabel(self.tr("Read the file as:")))
        preset_row.addWidget(self.preset_combo)
        preset_row.addStretch(1)
        preset_row.addWidget(self.hide_empty)

        self.columns = QTableWidget(len(self._table.header), 3)
        name_corner_button(self.columns)
        self.columns.setAccessibleName(self.tr("Columns of the file"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Goes to"), self.tr("First rows")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.field_combos: list[QComboBox] = []
        for column, name in enumerate(self._table.header):
            name_item = QTableWidgetItem(name or self.tr("(no name)"))
            self.columns.setItem(column, 0, name_item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What “{column}” holds").format(column=name))
            for field in ContactField:
                combo.addItem(tr_enum(field), field.value)
            combo.currentIndexChanged.connect(lambda _index, column=column: self._field_chosen(column))
            self.columns.setCellWidget(column, 1, combo)
            self.field_combos.append(combo)
            samples = [self._cell(row.values, column) for row in self._table.rows[:SAMPLE_ROWS]]
            shown = " · ".join(" ".join(value.split()) for value in samples if value.strip())
            sample_item = QTableWidgetItem(shown)
            sample_item.setToolTip("\n".join(samples))
            self.columns.setItem(column, 2, sample_item)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(preset_row)
        layout.addWidget(self.columns, 1)
        return page

    @staticmethod
    def _cell(values: tuple[str, ...], column: int) -> str:
        return values[column] if column < len(values) else ""

    def _fill_mapping(self) -> None:
        for combo, role in zip(self.field_combos, self.mapping, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(role.field.value))
            combo.blockSignals(False)
        self._hide_empty_columns()

    def _hide_empty_columns(self) -> None:
        hide = self.hide_empty.isChecked()
        for column in range(len(self._table.header)):
            empty = not any(self._cell(row.values, column).strip() for row in self._table.rows)
            self.columns.setRowHidden(column, hide and empty)

    def _preset_chosen(self, index: int) -> None:
        self._preset = PresetKind(self.preset_combo.itemData(index))
        self._preset_roles = preset_mapping(self._preset, self._table.header)
        self.mapping = self._preset_roles
        self._fill_mapping()

    def _field_chosen(self, column: int) -> None:
        chosen = ContactField(self.field_combos[column].currentData())
        self.mapping = with_role(self.mapping, column, chosen, self._preset_roles)

    def choose_field(self, column: int, field: ContactField) -> None:
        """As if the person chose ``field`` in the column's list."""
        combo = self.field_combos[column]
        combo.setCurrentIndex(combo.findData(field.value))

    # -- the preview -----------------------------------------------------------------------------
    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_model = PreviewModel(
            [
                Column(self.tr("Line"), lambda row: str(row.line), self._problems_text),
                Column(self.tr("Name"), lambda row: row.card.full_name or "—", self._problems_text),
                Column(self.tr("Organisation"), lambda row: row.card.organisation),
                Column(self.tr("Email"), lambda row: row.card.email),
                Column(self.tr("Phone"), lambda row: row.card.phone),
                Column(self.tr("To check"), self._problems_line, self._problems_text),
            ]
        )
        self.preview_table = QTableView()
        name_corner_button(self.preview_table)
        self.preview_table.setAccessibleName(self.tr("Rows to import"))
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.only_problems = QCheckBox(self.tr("Show only rows to check"))
        self.only_problems.toggled.connect(lambda _checked: self._show_rows())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.preview_table, 1)
        return page

    def _problems_line(self, row: PreviewRow) -> str:
        if not row.problems:
            return ""
        first = tr_text(row.problems[0].message)
        more = len(row.problems) - 1
        return first if not more else self.tr("{first} (and %n more)", "", more).format(first=first)

    def _problems_text(self, row: PreviewRow) -> str:
        return "\n".join(tr_text(problem.message) for problem in row.problems)

    def show_preview(self) -> None:
        # Thousands of rows take seconds to check (phone numbers above all): off the UI thread.
        mapping, region = self.mapping, self._region
        outcome = run_with_progress(
            self,
            self.tr("Reading the rows…"),
            lambda _cancelled: preview_rows(self._table, mapping, region),
            cancellable=False,
        )
        if not outcome.ok:
            self.summary.setText(self.tr("The rows could not be read. The details are in the log file."))
            return
        self.preview = outcome.result
        importable = len(self.preview.importable_cards())
        left_out = len(self.preview.left_out)
        flagged = sum(1 for row in self.preview.flagged if row.importable)
        parts = [self.tr("%n person(s) to add, each as a new person; nobody you have now is changed.", "", importable)]
        if left_out:
            parts.append(self.tr("%n row(s) left out; “To check” says why.", "", left_out))
        if flagged:
            parts.append(self.tr("Values to check in %n row(s); they are imported as written.", "", flagged))
        self.summary.setText(" ".join(parts))
        self.import_button.setText(self.tr("Import %n person(s)", "", importable))
        self.import_button.setEnabled(importable > 0)
        self._show_rows()
        self._show_page(1)

    def _show_rows(self) -> None:
        if self.preview is None:
            return
        rows = self.preview.rows
        if self.only_problems.isChecked():
            rows = [row for row in rows if row.problems]
        self.preview_model.set_rows(rows)
        self.preview_table.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount() - 1):
            self.preview_table.setColumnWidth(column, min(self.preview_table.columnWidth(column), 220))

    # -- importing -------------------------------------------------------------------------------
    def import_people(self) -> None:
        if self.preview is None:
            return
        cards = self.preview.importable_cards()
        text = add_people(self, self._importer, cards)
        if text is None:  # the store rolled back: nobody was added
            self.done_text.setText(failed_words())
        else:
            self.imported_count = len(cards)
            left_out = len(self.preview.left_out)
            if left_out:
                text += " " + self.tr("%n row(s) left out.", "", left_out)
            self.done_text.setText(text)
            self.imported.emit(len(cards))
        self._show_page(2)

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0)
        self.import_button.setVisible(index == 1)
        self.cancel_button.setVisible(index < 2)
        self.close_button.setVisible(index == 2)
        # Enter never imports: Cancel is the default until the import is done.
        default = self.close_button if index == 2 else self.cancel_button
        for button in (self.cancel_button, self.next_button, self.import_button, self.close_button):
            button.setDefault(button is default)
