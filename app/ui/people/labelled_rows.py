"""Every email (or phone) of a person, one row each: its label (work, home, mobile, other or the
person's own words) beside its value, with rows added and removed in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.people import DETAIL_LABELS
from app.core.vcard import LabelledValue
from app.ui.widgets.i18n import tr_label

MAX_VALUE = 300
MAX_LABEL = 40


class _Row:
    def __init__(self, owner: LabelledRows, value: LabelledValue) -> None:
        self.label = QComboBox()
        self.label.setEditable(True)
        self.label.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.label.lineEdit().setMaxLength(MAX_LABEL)
        for key, source in DETAIL_LABELS.items():
            self.label.addItem(tr_label("DetailLabel", source), key)
        self.label.setAccessibleName(
            QCoreApplication.translate("LabelledRows", "Label of {what}").format(what=owner.what)
        )
        self.label.setToolTip(
            QCoreApplication.translate("LabelledRows", "Work, home, mobile, other, or type your own label")
        )
        self.label.setMinimumContentsLength(5)
        self.label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value = QLineEdit()
        self.value.setMaxLength(MAX_VALUE)
        self.value.setAccessibleName(owner.what)
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setAccessibleName(
            QCoreApplication.translate("LabelledRows", "Remove this {what}").format(what=owner.what)
        )
        self.remove.setToolTip(QCoreApplication.translate("LabelledRows", "Remove this {what}").format(what=owner.what))
        self.set(value)

    def set(self, value: LabelledValue) -> None:
        self.value.setText(value.value)
        index = self.label.findData(value.label.casefold()) if value.label else -1
        if index >= 0:
            self.label.setCurrentIndex(index)
        else:
            self.label.setCurrentIndex(-1)
            self.label.setEditText(value.label)

    def get(self) -> LabelledValue:
        text = self.label.currentText().strip()
        index = self.label.findText(text)
        label = self.label.itemData(index) if index >= 0 and text else text
        return LabelledValue(self.value.text().strip(), label)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.value, self.remove)


class LabelledRows(QWidget):
    """``what`` and ``add_text`` are already translated ("email", "Add email")."""

    edited = Signal()

    def __init__(
        self, what: str, add_text: str, placeholder: str = "", default_label: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.what = what
        self._default_label = default_label  # what a new, empty row starts with
        self._placeholder = placeholder
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button)

    def values(self) -> list[LabelledValue]:
        return [row.get() for row in self._rows]

    def set_values(self, values: list[LabelledValue]) -> None:
        """Show these values (no ``edited``); keeps one empty row to type into."""
        self.blockSignals(True)
        try:
            while len(self._rows) > max(len(values), 1):
                self._drop(self._rows[-1])
            while len(self._rows) < max(len(values), 1):
                self._append(LabelledValue(""))
            for row, value in zip(self._rows, values or [LabelledValue("", self._default_label)], strict=False):
                if row.get() != value:
                    row.set(value)
        finally:
            self.blockSignals(False)

    def row_count(self) -> int:
        return len(self._rows)

    def value_editor(self, number: int) -> QLineEdit:
        return self._rows[number].value

    def label_editor(self, number: int) -> QComboBox:
        return self._rows[number].label

    def add_row(self) -> None:
        row = self._append(LabelledValue("", self._default_label))
        row.value.setFocus()
        self.edited.emit()

    def remove_row(self, number: int) -> None:
        self._drop(self._rows[number])
        if not self._rows:
            self._append(LabelledValue("", self._default_label))
        self.edited.emit()

    def _append(self, value: LabelledValue) -> _Row:
        row = _Row(self, value)
        row.value.setPlaceholderText(self._placeholder)
        line = len(self._rows)
        for column, widget in enumerate(row.widgets()):
            self._grid.addWidget(widget, line, column)
        row.value.textEdited.connect(lambda _text: self.edited.emit())
        row.label.currentTextChanged.connect(lambda _text: self.signalsBlocked() or self.edited.emit())
        row.remove.clicked.connect(lambda: self.remove_row(self._rows.index(row)))
        self._rows.append(row)
        return row

    def _drop(self, row: _Row) -> None:
        self._rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.deleteLater()
        # The rows after it move up one line.
        for line, kept in enumerate(self._rows):
            for column, widget in enumerate(kept.widgets()):
                self._grid.addWidget(widget, line, column)
