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
from app.ui.widgets.dates import day_words
from app.ui.widgets.privacy import is_presenting, mark_personal, refresh_on_presenting
from app.ui.wrapup.steps.base import StepPage, WrapUpServices

MAY_USE_CHOICES = (None, True, False)  # not asked, yes, no: in the order of the choice box


class ReferralsPage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.REFERRALS, services, parent)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Referral's name"))
        self.name.setPlaceholderText(self.tr("Who did they suggest?"))
        self.reach = QLineEdit()
        self.reach.setAccessibleName(self.tr("How to reach them"))
        self.reach.setPlaceholderText(self.tr("Email, phone, or how to find them"))
        self.may_use = QComboBox()
        self.may_use.setAccessibleName(self.tr("May I use the interviewee's name?"))
        labels = {
            None: self.tr("Not asked"),
            True: self.tr("Yes, I may mention them"),
            False: self.tr("No, keep them out of it"),
        }
        for choice in MAY_USE_CHOICES:
            self.may_use.addItem(labels[choice], choice)
        self.add_action = QCheckBox(self.tr("Add “contact them” to my next steps"))
        self.add_action.setChecked(True)
        self.add_button = QPushButton(self.tr("Add referral"))
        self.add_button.setAccessibleName(self.tr("Add referral"))
        self.add_button.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)
        self.reach.returnPressed.connect(self._add)
        self.name.textChanged.connect(self.changed)
        self.reach.textChanged.connect(self.changed)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("How to &reach them:"), self.reach)
        form.addRow(self.tr("May I &use their name?"), self.may_use)
        form.addRow("", self.add_action)
        form.addRow("", self.add_button)
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("Referrals from this interview:")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Referrals from this interview"))
        self.body.addWidget(self.list, 1)
        # How to reach a referral is not for a room in presentation mode.
        mark_personal(self.reach)
        refresh_on_presenting(self, lambda: self.subject is not None and self.show_referrals())

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
        self.show_referrals()

    def show_referrals(self) -> None:
        self.list.clear()
        people = self.services.wrapups.referrals(self.interview_id)
        if not people:
            placeholder = QListWidgetItem(self.tr("None yet. Ask: “Who else should I talk to?”"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        for person in people:
            reach = "" if is_presenting() else person.email or person.phone or person.notes
            with_reach = self.tr("{name} — {reach}").format(name=person.full_name, reach=reach)
            item = QListWidgetItem(with_reach if reach else person.full_name)
            item.setToolTip(person.how_got_name or self._origin(person))
            self.list.addItem(item)

    def _origin(self, person) -> str:
        """How the name came, in words, from the link to the person interviewed."""
        interview = self.subject.interview
        met = interview.started_at or interview.finished_at or interview.scheduled_at
        referrer = self.subject.contact.full_name
        if met is None:
            origin = self.tr("Referred by {referrer}").format(referrer=referrer)
        else:
            day = day_words(met.astimezone(self.services.clock.local_zone()).date())
            origin = self.tr("Referred by {referrer} (informational interview, {day})").format(
                referrer=referrer, day=day
            )
        if person.may_use_referrer_name is True:
            return self.tr("{origin}; you may mention their name").format(origin=origin)
        if person.may_use_referrer_name is False:
            return self.tr("{origin}; do not mention their name").format(origin=origin)
        return origin

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
            self.warn(self.tr("Type the person's name first."))
            self.name.setFocus()
            return False
        if len(name) > 300:
            self.warn(self.tr("That name is longer than 300 characters; please shorten it."))
            return False
        may_use = self.may_use.currentData()
        referral = Referral(name, self.reach.text().strip(), may_use)
        follow_up = None
        if self.add_action.isChecked():
            follow_up = self.tr("Contact {name}, referred by {referrer}").format(
                name=name, referrer=self.subject.contact.full_name
            )
        self.services.wrapups.add_referral(self.interview_id, referral, follow_up_title=follow_up)
        self.name.clear()
        self.reach.clear()
        self.may_use.setCurrentIndex(0)
        self.refresh()
        self.say(
            self.tr("Added {name} as a contact referred by {referrer}.").format(
                name=name, referrer=self.subject.contact.full_name
            )
        )
        self.name.setFocus()
        self.edited.emit()
        return True
