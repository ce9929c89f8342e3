"""Step two: the people the interviewee suggested, added inline as linked contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.core.wrapup import DRAFT_REFERRAL_NAME, DRAFT_REFERRAL_REACH, Referral, WrapUpStep, WrapUpSubject
from app.ui.shell import events
from app.ui.wrapup.steps.base import StepPage, WrapUpServices

MAY_USE_CHOICES = (("Not asked", None), ("Yes, I may mention them", True), ("No, keep them out of it", False))


class ReferralsPage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.REFERRALS.label, WrapUpStep.REFERRALS.hint, services, parent)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName("Referral's name")
        self.name.setPlaceholderText("Who did they suggest?")
        self.reach = QLineEdit()
        self.reach.setAccessibleName("How to reach them")
        self.reach.setPlaceholderText("Email, phone, or how to find them")
        self.may_use = QComboBox()
        self.may_use.setAccessibleName("May I use the interviewee's name?")
        for label, _ in MAY_USE_CHOICES:
            self.may_use.addItem(label)
        self.add_action = QCheckBox("Add “contact them” to my next steps")
        self.add_action.setChecked(True)
        self.add_button = QPushButton("Add referral")
        self.add_button.setAccessibleName("Add referral")
        self.add_button.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)
        self.reach.returnPressed.connect(self._add)
        self.name.textChanged.connect(self.changed)
        self.reach.textChanged.connect(self.changed)
        form.addRow("&Name:", self.name)
        form.addRow("How to &reach them:", self.reach)
        form.addRow("May I &use their name?", self.may_use)
        form.addRow("", self.add_action)
        form.addRow("", self.add_button)
        self.body.addLayout(form)
        self.body.addWidget(QLabel("Referrals from this interview:"))
        self.list = QListWidget()
        self.list.setAccessibleName("Referrals from this interview")
        self.body.addWidget(self.list, 1)

    def load(self, subject: WrapUpSubject) -> None:
        super().load(subject)
        with self.filling():
            self.name.setText(self.services.wrapups.draft(self.interview_id, DRAFT_REFERRAL_NAME))
            self.reach.setText(self.services.wrapups.draft(self.interview_id, DRAFT_REFERRAL_REACH))

    def autosave_values(self) -> dict[str, str]:
        return {
            DRAFT_REFERRAL_NAME: self.name.text().replace("\x00", ""),
            DRAFT_REFERRAL_REACH: self.reach.text().replace("\x00", ""),
        }

    @staticmethod
    def write_values(services: WrapUpServices, interview_id: int, values: dict[str, str]) -> None:
        services.wrapups.save_drafts(interview_id, values)

    def refresh(self) -> None:
        self.list.clear()
        people = self.services.wrapups.referrals(self.interview_id)
        if not people:
            placeholder = QListWidgetItem("None yet. Ask: “Who else should I talk to?”")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        for person in people:
            reach = person.email or person.phone or person.notes.removeprefix("How to reach them: ")
            text = person.full_name + (f" — {reach}" if reach else "")
            item = QListWidgetItem(text)
            item.setToolTip(person.how_got_name)
            self.list.addItem(item)

    def has_typed_entry(self) -> bool:
        return bool(self.name.text().strip())

    def commit(self) -> bool:
        # Settling the step with a name typed but not added: add it.
        if self.name.text().strip():
            return self._add()
        return self.save_now()

    def _add(self) -> bool:
        name = self.name.text().strip()
        if not name:
            self.warn("Type the person's name first.")
            self.name.setFocus()
            return False
        if len(name) > 300:
            self.warn("That name is longer than 300 characters; please shorten it.")
            return False
        may_use = MAY_USE_CHOICES[self.may_use.currentIndex()][1]
        referral = Referral(name, self.reach.text().strip(), may_use)
        self.services.wrapups.add_referral(self.interview_id, referral, add_action=self.add_action.isChecked())
        self.name.clear()
        self.reach.clear()
        self.may_use.setCurrentIndex(0)
        self.refresh()
        self.say(f"Added {name} as a contact referred by {self.subject.contact.full_name}.")
        self.services.announce(events.CONTACTS, events.ACTIONS)
        self.name.setFocus()
        self.edited.emit()
        return True
