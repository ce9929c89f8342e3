"""Name a question set, and say whether it is only for this interview's occupation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.question_sets import MAX_SET_NAME_LENGTH, clean_set_name


class SaveSetDialog(QDialog):
    def __init__(self, occupation_title: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename question set") if name else self.tr("Save questions as a set"))
        self.setMinimumWidth(400)
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Set name"))
        self.name_edit.setMaxLength(MAX_SET_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. First talks with nurses"))
        self.tie_box = QCheckBox(
            self.tr("Offer this set for {occupation} interviews only").format(occupation=occupation_title)
        )
        self._can_tie = bool(occupation_title) and not name  # renaming leaves the tie as it was
        self.tie_box.setVisible(self._can_tie)
        self.tie_box.setChecked(self._can_tie)
        self.problem_label = QLabel()
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tie_box)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, bool]:
        return self.name_edit.text(), self._can_tie and self.tie_box.isChecked()

    def accept(self) -> None:
        try:
            clean_set_name(self.name_edit.text())
        except ValueError as exc:
            self.problem_label.setText(f"⚠ {exc}")
            self.problem_label.show()
            return
        super().accept()
