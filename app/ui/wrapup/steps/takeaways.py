"""Step six: what was said that matters, and how much weight each point deserves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import TakeawayWeight
from app.core.wrapup import DRAFT_TAKEAWAY, WEIGHT_LABELS, Takeaway, WrapUpStep, WrapUpSubject
from app.ui.widgets.i18n import tr_label
from app.ui.wrapup.steps.base import StepPage, WrapUpServices
from app.ui.wrapup.steps.what_was_said import WhatWasSaid

TAKEAWAY_ROLE = Qt.ItemDataRole.UserRole + 20
WEIGHTS = (TakeawayWeight.TRUST, TakeawayWeight.GRAIN_OF_SALT)
MAX_TAKEAWAY_CHARS = 2000


class TakeawaysPage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.WEIGH, services, parent)
        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Takeaway"))
        self.text.setPlaceholderText(self.tr("A key point you heard"))
        self.text.returnPressed.connect(self.add)
        self.text.textChanged.connect(self.changed)
        self.weight = QComboBox()
        self.weight.setAccessibleName(self.tr("How much weight to give it"))
        for weight in WEIGHTS:
            self.weight.addItem(tr_label("TakeawayWeight", WEIGHT_LABELS[weight]), weight)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add takeaway"))
        self.add_button.clicked.connect(self.add)
        # The box runs the column's width, the weight and Add beneath it: beside what was said,
        # one row was too narrow to read what is being typed.
        row.addWidget(self.weight)
        row.addWidget(self.add_button)
        row.addStretch(1)
        weighing = QWidget()
        column = QVBoxLayout(weighing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addLayout(row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Takeaways"))
        self.list.setWordWrap(True)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("Change weight"))
        self.toggle_button.clicked.connect(self.toggle_weight)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove takeaway"))
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        # What was said stays in view beside the weighing, so each point can be checked against it.
        self.said = WhatWasSaid()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(weighing)
        self.splitter.addWidget(self.said)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.body.addWidget(self.splitter, 1)

    def load(self, subject: WrapUpSubject) -> None:
        super().load(subject)
        with self.filling():
            self.text.setText(self.services.wrapups.draft(self.interview_id, DRAFT_TAKEAWAY))

    def autosave_values(self) -> dict[str, str]:
        return {DRAFT_TAKEAWAY: self.text.text().replace("\x00", "")}

    @staticmethod
    def write_values(services: WrapUpServices, interview_id: int, values: dict[str, str]) -> None:
        services.wrapups.save_drafts(interview_id, values)

    def refresh(self) -> None:
        self.show_what_was_said()
        self.list.clear()
        for takeaway in self.services.wrapups.takeaways(self.interview_id):
            item = QListWidgetItem(self._line(takeaway))
            item.setData(TAKEAWAY_ROLE, takeaway)
            self.list.addItem(item)

    def show_what_was_said(self) -> None:
        """The notes and answers as they are now (they may still be tidied on the interview screen)."""
        wrapups = self.services.wrapups
        self.said.show_said(wrapups.notes(self.interview_id), wrapups.questions(self.interview_id))

    def _line(self, item: Takeaway) -> str:
        weight = tr_label("TakeawayWeight", WEIGHT_LABELS[item.weight])
        return self.tr("{weight}: {text}").format(weight=weight, text=item.text)

    def add(self) -> bool:
        text = self.text.text().strip()
        if not text:
            self.warn(self.tr("Type the takeaway first."))
            return False
        if len(text) > MAX_TAKEAWAY_CHARS:
            self.warn(
                self.tr("Keep a takeaway under {limit} characters; put longer thoughts in your notes.").format(
                    limit=MAX_TAKEAWAY_CHARS
                )
            )
            return False
        weight = self.weight.currentData()
        self.services.wrapups.add_takeaway(Takeaway(self.interview_id, text, weight))
        self.text.clear()
        self.refresh()
        self.say(self.tr("Takeaway added."))
        self.edited.emit()
        return True

    def has_typed_entry(self) -> bool:
        return bool(self.text.text().strip())

    def commit(self) -> bool:
        return self.add() if self.text.text().strip() else self.save_now()

    def _selected(self) -> Takeaway | None:
        item = self.list.currentItem()
        if item is None:
            self.warn(self.tr("Select a takeaway in the list first."))
            return None
        return item.data(TAKEAWAY_ROLE)

    def toggle_weight(self) -> None:
        takeaway = self._selected()
        if takeaway is None:
            return
        takeaway.weight = WEIGHTS[1] if takeaway.weight is WEIGHTS[0] else WEIGHTS[0]
        self.services.wrapups.update_takeaway(takeaway)
        row = self.list.currentRow()
        self.refresh()
        self.list.setCurrentRow(row)
        if takeaway.weight is TakeawayWeight.TRUST:
            self.say(self.tr("Now: trust it."))
        else:
            self.say(self.tr("Now: a grain of salt."))

    def remove(self) -> None:
        takeaway = self._selected()
        if takeaway is None:
            return
        self.services.wrapups.remove_takeaway(takeaway.id)
        self.refresh()
        self.say(self.tr("Takeaway removed."))
