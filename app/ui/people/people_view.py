"""People & occupations: the occupations to explore, the prospects for each, and the call script."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.entities import Contact, ContactInUse, Occupation
from app.core.i18n import Text
from app.core.outreach import YOUR_NAME_PLACEHOLDER, call_script
from app.core.preferences import PROFILE_NAME_KEY
from app.ui.people.contact_dialog import ContactDialog
from app.ui.people.schedule_dialog import ScheduleDialog
from app.ui.shell import events
from app.ui.widgets.calendar_export import CalendarExport, SavePathAsker, ask_save_path
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.i18n import tr_enum, tr_label, tr_text
from app.ui.widgets.refresh import RefreshWhenShown
from app.ui.widgets.table_model import Column, RowsTableModel

if TYPE_CHECKING:
    from app.store.read_models import ReadModels
    from app.store.repositories import ContactRepository, InterviewRepository, OccupationRepository
    from app.store.settings_repository import SettingsRepository

OCCUPATION_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True, slots=True)
class PeopleData:
    """What People & occupations reads and writes."""

    reads: ReadModels  # each occupation's progress
    occupations: OccupationRepository
    contacts: ContactRepository
    interviews: InterviewRepository  # scheduling
    settings: SettingsRepository  # the person's own name, for the call script


def _confirm_removal(parent: QWidget, question: str, detail: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("PeopleView", "Remove"), f"{question}\n\n{detail}")
    return answer == QMessageBox.StandardButton.Yes


MAX_OCCUPATION_TITLE = 200


class PeopleView(QWidget):
    interview_scheduled = Signal(int)  # interview id

    def __init__(
        self,
        clock: Clock,
        data_events: events.DataEvents,
        ask_text: Callable[..., tuple[str, bool]] = QInputDialog.getText,
        confirm: Callable[[QWidget, str, str], bool] | None = None,
        ask_save_path: SavePathAsker = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._calendar = CalendarExport(clock, ask_save_path, self)
        self._events = data_events
        self._ask_text = ask_text
        self._confirm = confirm or _confirm_removal
        self._data: PeopleData | None = None
        self._occupations: dict[int, Occupation] = {}
        self._refresher = RefreshWhenShown(self, self.refresh)
        data_events.changed.connect(self._on_data_changed)

        heading = QLabel(self.tr("People & occupations"))
        heading.setObjectName("pageHeading")

        self.occupation_list = QListWidget()
        self.occupation_list.setAccessibleName(self.tr("Occupations"))
        self.occupation_list.setWordWrap(True)
        self.occupation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.occupation_list.currentItemChanged.connect(lambda *_: self._show_contacts())
        add_occupation = QPushButton(self.tr("Add occupation…"))
        add_occupation.clicked.connect(self.add_occupation)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_occupation)
        self.remove_occupation_button = QPushButton(self.tr("Remove…"))
        self.remove_occupation_button.clicked.connect(self.remove_occupation)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Occupations to explore")))
        left_layout.addWidget(self.occupation_list, 1)
        left_layout.addWidget(add_occupation)
        occupation_buttons = QHBoxLayout()  # a second row keeps this column narrow
        occupation_buttons.addWidget(self.rename_button)
        occupation_buttons.addWidget(self.remove_occupation_button)
        left_layout.addLayout(occupation_buttons)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter people by name or organisation"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self._show_contacts())
        self.contact_model: RowsTableModel[Contact] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda c: c.full_name),
                Column(self.tr("Organisation"), lambda c: c.organisation),
                Column(self.tr("Title"), lambda c: c.job_title),
                Column(self.tr("Name came from"), lambda c: tr_enum(c.source)),
                Column(self.tr("Occupation"), lambda c: self._occupation_title(c.occupation_id)),
                Column(self.tr("Status"), lambda c: tr_enum(c.status)),
            ]
        )
        self.contact_table = QTableView()
        self.contact_table.setAccessibleName(self.tr("People"))
        self.contact_table.setModel(self.contact_model)
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_table.verticalHeader().hide()
        self.contact_table.setTabKeyNavigation(False)  # arrows move inside; Tab leaves the table
        self.contact_table.activated.connect(lambda _index: self.edit_contact())  # Enter opens the person
        header = self.contact_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for short_column in (3, 5):  # where the name came from, status: a word each
            header.setSectionResizeMode(short_column, QHeaderView.ResizeMode.ResizeToContents)
        self.contact_table.selectionModel().selectionChanged.connect(lambda *_: self._show_script())

        add_contact = QPushButton(self.tr("Add person…"))
        add_contact.clicked.connect(self.add_contact)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_contact)
        self.schedule_button = QPushButton(self.tr("Schedule interview…"))
        self.schedule_button.clicked.connect(self.schedule_interview)
        self.calendar_button = QPushButton(self.tr("Add to calendar…"))
        self.calendar_button.setToolTip(self.tr("Save this person's next interview as a file for your calendar"))
        self.calendar_button.clicked.connect(self.add_to_calendar)
        self.remove_contact_button = QPushButton(self.tr("Remove…"))
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.message = QLabel()
        self.message.setWordWrap(True)
        contact_buttons = FlowLayout()  # wraps at a large zoom instead of running off the window
        for button in (
            add_contact,
            self.edit_button,
            self.schedule_button,
            self.calendar_button,
            self.remove_contact_button,
        ):
            contact_buttons.addWidget(button)

        self.script = QPlainTextEdit()
        self.script.setReadOnly(True)
        self.script.setAccessibleName(self.tr("Call script"))
        self.script.setMaximumHeight(110)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.filter)
        right_layout.addWidget(self.contact_table, 1)
        right_layout.addLayout(contact_buttons)
        right_layout.addWidget(self.message)
        right_layout.addWidget(QLabel(self.tr("What to say when you call")))
        right_layout.addWidget(self.script)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------
    def set_data(self, data: PeopleData) -> None:
        self._data = data
        self.refresh()

    def refresh(self) -> None:
        if self._data is None:
            return
        selected = self.selected_occupation_id()
        progress = self._data.reads.occupation_progress()
        self._occupations = {row.occupation.id: row.occupation for row in progress}
        self.occupation_list.blockSignals(True)
        self.occupation_list.clear()
        everyone = QListWidgetItem(self.tr("Everyone"))
        everyone.setData(OCCUPATION_ROLE, None)
        self.occupation_list.addItem(everyone)
        for row in progress:
            item = QListWidgetItem(
                self.tr("{title}  ({done} of {target} done)").format(
                    title=row.occupation.title, done=row.finished_interviews, target=row.occupation.target_interviews
                )
            )
            item.setToolTip(
                self.tr(
                    "{title}: {done} of %n interviews done, {planned} planned", "", row.occupation.target_interviews
                ).format(title=row.occupation.title, done=row.finished_interviews, planned=row.planned_interviews)
            )
            item.setData(OCCUPATION_ROLE, row.occupation.id)
            self.occupation_list.addItem(item)
            if row.occupation.id == selected:
                self.occupation_list.setCurrentItem(item)
        if self.occupation_list.currentItem() is None:
            self.occupation_list.setCurrentRow(0)
        self.occupation_list.blockSignals(False)
        self._show_contacts()

    def selected_occupation_id(self) -> int | None:
        item = self.occupation_list.currentItem()
        return None if item is None else item.data(OCCUPATION_ROLE)

    def selected_contact(self) -> Contact | None:
        rows = self.contact_table.selectionModel().selectedRows()
        return self.contact_model.row_at(rows[0].row()) if rows else None

    def _occupation_title(self, occupation_id: int | None) -> str:
        occupation = self._occupations.get(occupation_id) if occupation_id is not None else None
        return occupation.title if occupation else ""

    def _show_contacts(self) -> None:
        if self._data is None:
            return
        needle = self.filter.text().strip().casefold()
        contacts = self._data.contacts.list(self.selected_occupation_id())
        if needle:
            contacts = [c for c in contacts if needle in c.full_name.casefold() or needle in c.organisation.casefold()]
        self.contact_model.set_rows(contacts)
        self._show_script()

    def _show_script(self) -> None:
        contact = self.selected_contact()
        self._update_buttons()
        if contact is None:
            self.script.setPlainText(self.tr("Choose a person to see a short script for asking them for 20 minutes."))
            return
        referrer = ""
        if contact.referred_by_id is not None and self._data is not None:
            referrer = self._data.contacts.get(contact.referred_by_id).full_name
        your_name = self._data.settings.get_json(PROFILE_NAME_KEY, "") if self._data is not None else ""
        lines = call_script(
            contact,
            self._occupation_title(contact.occupation_id),
            referrer,
            your_name=your_name,
            placeholder_name=tr_label("CallScript", YOUR_NAME_PLACEHOLDER),
        )
        # The sentences in the person's language; what they wrote themselves, as written.
        self.script.setPlainText("\n".join(tr_text(line) if isinstance(line, Text) else line for line in lines))

    def _update_buttons(self) -> None:
        has_contact = self.selected_contact() is not None
        self.edit_button.setEnabled(has_contact)
        self.schedule_button.setEnabled(has_contact)
        self.calendar_button.setEnabled(has_contact)
        self.remove_contact_button.setEnabled(has_contact)
        has_occupation = self.selected_occupation_id() is not None
        self.rename_button.setEnabled(has_occupation)
        self.remove_occupation_button.setEnabled(has_occupation)

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & {events.OCCUPATIONS, events.CONTACTS, events.INTERVIEWS}:
            self._refresher.request()

    # -- operations --------------------------------------------------------------------------
    def add_occupation(self) -> None:
        title, ok = self._ask_text(self, self.tr("Add an occupation"), self.tr("Occupation you want to explore:"))
        title = title.strip()[:MAX_OCCUPATION_TITLE]
        if ok and title and self._data is not None:
            # An occupation already listed is shown rather than made twice.
            occupation, _added = self._data.occupations.add_or_find(Occupation(title=title))
            self._select_occupation(occupation.id)

    def rename_occupation(self) -> None:
        occupation = self._occupations.get(self.selected_occupation_id())
        if occupation is None or self._data is None:
            return
        title, ok = self._ask_text(self, self.tr("Rename occupation"), self.tr("Occupation:"), text=occupation.title)
        title = title.strip()[:MAX_OCCUPATION_TITLE]
        if ok and title:
            occupation.title = title
            self._data.occupations.update(occupation)

    def remove_occupation(self) -> None:
        occupation = self._occupations.get(self.selected_occupation_id())
        if occupation is None or self._data is None:
            return
        if self._confirm(
            self,
            self.tr("Remove the occupation “{title}”?").format(title=occupation.title),
            self.tr("Its people and interviews stay, without an occupation."),
        ):
            self._data.occupations.delete(occupation.id)
            self.occupation_list.setCurrentRow(0)

    def remove_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or self._data is None:
            return
        if not self._confirm(
            self, self.tr("Remove {name}?").format(name=contact.full_name), self.tr("Their details will be deleted.")
        ):
            return
        try:
            self._data.contacts.delete(contact.id)
        except ContactInUse:
            self.message.setText(
                self.tr(
                    "{name} has interviews, and their notes would be lost, so they stay. "
                    "Their interviews are listed in the Interview and Wrap-up areas."
                ).format(name=contact.full_name)
            )
            return
        self.message.clear()

    def _select_occupation(self, occupation_id: int) -> None:
        for row in range(self.occupation_list.count()):
            if self.occupation_list.item(row).data(OCCUPATION_ROLE) == occupation_id:
                self.occupation_list.setCurrentRow(row)

    def add_contact(self) -> None:
        preset = Contact(full_name="", occupation_id=self.selected_occupation_id())
        dialog = ContactDialog(list(self._occupations.values()), preset, self)
        dialog.setWindowTitle(self.tr("Add a person"))
        if dialog.exec() == QDialog.DialogCode.Accepted and self._data is not None:
            contact = dialog.contact()
            contact.id = None
            self._data.contacts.add(contact)

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or self._data is None:
            return
        dialog = ContactDialog(list(self._occupations.values()), contact, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._data.contacts.update(dialog.contact())

    def schedule_interview(self) -> None:
        contact = self.selected_contact()
        if contact is None or self._data is None:
            return
        dialog = ScheduleDialog(contact, self._clock.now(), self._clock.local_zone(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        interview = self._data.interviews.schedule(dialog.interview())
        self.interview_scheduled.emit(interview.id)

    def add_to_calendar(self) -> None:
        """Save the selected person's next planned interview as a calendar file."""
        contact = self.selected_contact()
        if contact is None or self._data is None:
            return
        interview = self._data.interviews.next_planned(contact.id, self._clock.now())
        if interview is None:
            self.message.setText(
                self.tr("{name} has no interview planned. Schedule one first.").format(name=contact.full_name)
            )
            return
        said = self._calendar.save_interview(self, self._data.interviews, interview.id)
        if said is not None:
            self.message.setText(said)
