"""Schedule an interview with a person: when, where (a place or a video link), and for how long."""

from __future__ import annotations

import html
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import DEFAULT_PLANNED_MINUTES, Contact, Interview
from app.ui.widgets.calendar_popup import give_roomy_calendar


class ScheduleDialog(QDialog):
    def __init__(self, contact: Contact, now: datetime, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule an interview with {name}").format(name=contact.full_name))
        self._contact = contact
        self._zone = zone
        # The editor shows wall-clock fields in the person's zone; it is handed and read naive.
        local = now.astimezone(zone).replace(tzinfo=None)
        tomorrow = (local + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
        self.when = QDateTimeEdit(QDateTime(tomorrow))
        self.when.setCalendarPopup(True)
        give_roomy_calendar(self.when)  # its pop-up shows the last week whole
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 120)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(DEFAULT_PLANNED_MINUTES)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Office, café…"))
        self.video_link = QLineEdit()
        self.video_link.setPlaceholderText(self.tr("For a video call: the link to join"))
        self.video_link.setAccessibleName(self.tr("Video link"))
        form = QFormLayout()
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("W&here"), self.location)
        form.addRow(self.tr("&Video link"), self.video_link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)  # the link and its hint read whole
        layout = QVBoxLayout(self)
        who = QLabel(
            self.tr("An informational interview with <b>{name}</b>").format(name=html.escape(contact.full_name))
        )
        who.setWordWrap(True)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def interview(self) -> Interview:
        when = self.when.dateTime().toPython().replace(tzinfo=self._zone)
        return Interview(
            contact_id=self._contact.id,
            occupation_id=self._contact.occupation_id,
            scheduled_at=when,
            planned_minutes=self.minutes.value(),
            location=self.location.text().strip(),
            video_link=self.video_link.text().strip(),
        )
