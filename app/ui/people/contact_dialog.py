"""Add or edit a person: who they are, how to reach them, and how the user got their name."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import Contact, ContactSource, Occupation
from app.ui.widgets.i18n import tr_enum
from app.ui.widgets.privacy import mark_personal

MAX_NAME = 300


class ContactDialog(QDialog):
    def __init__(
        self,
        occupations: list[Occupation],
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if contact else self.tr("Add a person"))
        self._original = contact or Contact(full_name="")
        form = QFormLayout()
        self.name = QLineEdit(self._original.full_name)
        self.name.setMaxLength(MAX_NAME)
        self.source = QComboBox()
        for source in ContactSource:
            self.source.addItem(tr_enum(source), source)
        self.source.setCurrentIndex(list(ContactSource).index(self._original.source))
        self.how_got_name = QLineEdit(self._original.how_got_name)
        self.how_got_name.setPlaceholderText(self.tr("e.g. My neighbour Sam said you'd be glad to talk"))
        self.organisation = QLineEdit(self._original.organisation)
        self.job_title = QLineEdit(self._original.job_title)
        self.email = QLineEdit(self._original.email)
        self.phone = QLineEdit(self._original.phone)
        self.occupation = QComboBox()
        self.occupation.addItem("—", None)
        for occupation in occupations:
            self.occupation.addItem(occupation.title, occupation.id)
        index = self.occupation.findData(self._original.occupation_id)
        self.occupation.setCurrentIndex(max(index, 0))
        self.notes = QPlainTextEdit(self._original.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        for label, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("Where the name came &from"), self.source),
            (self.tr("&How I got the name"), self.how_got_name),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Title"), self.job_title),
            (self.tr("&Email"), self.email),
            (self.tr("&Phone"), self.phone),
            (self.tr("O&ccupation"), self.occupation),
            (self.tr("Note&s"), self.notes),
        ):
            form.addRow(label, widget)
        mark_personal(self.email, self.phone, self.notes)  # not for a room in presentation mode
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Please give the person's name."))
            self.error.show()
            self.name.setFocus()
            return
        self.accept()

    def contact(self) -> Contact:
        return replace(
            self._original,
            full_name=self.name.text().strip(),
            source=self.source.currentData(),
            how_got_name=self.how_got_name.text().strip(),
            organisation=self.organisation.text().strip(),
            job_title=self.job_title.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            occupation_id=self.occupation.currentData(),
            notes=self.notes.toPlainText(),
        )
