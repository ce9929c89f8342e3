"""Step seven: action items with due dates; they also appear in the Today view."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.core.entities import ActionItem
from app.core.wrapup import DRAFT_NEXT_STEP, WrapUpStep, WrapUpSubject, default_next_step_due
from app.ui.widgets.calendar_popup import give_roomy_calendar
from app.ui.widgets.dates import due_words
from app.ui.wrapup.steps.base import StepPage, WrapUpServices

ACTION_ROLE = Qt.ItemDataRole.UserRole + 30
MAX_TITLE_CHARS = 500


class NextStepPage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.NEXT_STEP, services, parent)
        row = QHBoxLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Next step"))
        self.title.setPlaceholderText(self.tr("e.g. Research the GIS certificate"))
        self.title.returnPressed.connect(self.add)
        self.title.textChanged.connect(self.changed)
        self.has_due = QCheckBox(self.tr("Due"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.has_due.setChecked(True)
        self.due = QDateEdit()
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        give_roomy_calendar(self.due)  # its pop-up shows the last week whole
        self.due.setDisplayFormat("d MMM yyyy")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add next step"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.title, 1)
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addWidget(self.add_button)
        self.body.addLayout(row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Next steps from this interview"))
        self.list.itemChanged.connect(self._on_ticked)
        self.body.addWidget(self.list, 1)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove next step"))
        self.remove_button.clicked.connect(self.remove)
        self.body.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _today(self):
        return self.services.clock.today()

    def load(self, subject: WrapUpSubject) -> None:
        super().load(subject)
        with self.filling():
            self.title.setText(self.services.wrapups.draft(self.interview_id, DRAFT_NEXT_STEP))

    def autosave_values(self) -> dict[str, str]:
        return {DRAFT_NEXT_STEP: self.title.text().replace("\x00", "")}

    @staticmethod
    def write_values(services: WrapUpServices, interview_id: int, values: dict[str, str]) -> None:
        services.wrapups.save_drafts(interview_id, values)

    def refresh(self) -> None:
        default = default_next_step_due(self._today())
        self.due.setDate(QDate(default.year, default.month, default.day))
        self.show_actions()

    def show_actions(self) -> None:
        """The interview's next steps as stored (ticked here, on Today, or anywhere else)."""
        self.list.blockSignals(True)
        self.list.clear()
        today = self._today()
        for action in self.services.wrapups.actions(self.interview_id):
            words = self.tr("{title} — {due}").format(title=action.title, due=due_words(action.due_on, today))
            entry = QListWidgetItem(words)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if action.is_done else Qt.CheckState.Unchecked)
            entry.setData(ACTION_ROLE, action.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)

    def add(self) -> bool:
        title = self.title.text().strip()
        if not title:
            self.warn(self.tr("Describe the next step first."))
            return False
        if len(title) > MAX_TITLE_CHARS:
            self.warn(
                self.tr("Keep a next step under {limit} characters; details can go in your notes.").format(
                    limit=MAX_TITLE_CHARS
                )
            )
            return False
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        self.services.wrapups.add_action(
            ActionItem(title, due_on=due, interview_id=self.interview_id, contact_id=self.contact_id)
        )
        self.title.clear()
        self.refresh()
        self.say(self.tr("Added; it will show in the Today view."))
        self.edited.emit()
        return True

    def has_typed_entry(self) -> bool:
        return bool(self.title.text().strip())

    def commit(self) -> bool:
        return self.add() if self.title.text().strip() else self.save_now()

    def remove(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            self.warn(self.tr("Select a next step in the list first."))
            return
        self.services.wrapups.remove_action(entry.data(ACTION_ROLE))
        self.refresh()

    def _on_ticked(self, entry: QListWidgetItem) -> None:
        done = entry.checkState() == Qt.CheckState.Checked
        self.services.wrapups.set_action_done(entry.data(ACTION_ROLE), done)
