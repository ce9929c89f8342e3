"""People & occupations: the occupations to explore with their target and progress, everyone in
one sortable, filterable list, and the chosen person's tabs ("Details" edits them in place).

Other tabs about the chosen person join ``person_tabs`` and follow ``person_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.bulk import collector_paused
from app.core.clock import Clock
from app.core.entities import Contact, ContactInUse, ContactStatus, Occupation
from app.ui.people.occupations_panel import OccupationsPanel, list_table
from app.ui.people.outreach_tab import OutreachData, OutreachTab
from app.ui.people.people_models import ID_ROLE, PeopleFilter, PeopleModel
from app.ui.people.person_form import PersonForm
from app.ui.people.referral_tab import ReferralTab
from app.ui.people.schedule_dialog import ScheduleDialog
from app.ui.shell import events
from app.ui.widgets.accessibility import name_clear_button
from app.ui.widgets.calendar_export import CalendarExport, SavePathAsker, ask_save_path
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.i18n import tr_enum
from app.ui.widgets.refresh import RefreshWhenShown

if TYPE_CHECKING:
    from app.store.outreach_repository import OutreachRepository
    from app.store.read_models import ReadModels
    from app.store.repositories import ContactRepository, InterviewRepository, OccupationRepository
    from app.store.settings_repository import SettingsRepository


@dataclass(frozen=True, slots=True)
class PeopleData:
    """What People & occupations reads and writes."""

    reads: ReadModels  # each occupation's progress, and everyone as list rows
    occupations: OccupationRepository
    contacts: ContactRepository
    interviews: InterviewRepository  # scheduling
    settings: SettingsRepository  # the person's own name, for the outreach texts
    outreach: OutreachRepository | None = None  # the outreach and referral tabs


def _confirm_removal(parent: QWidget, question: str, detail: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("PeopleView", "Remove"), f"{question}\n\n{detail}")
    return answer == QMessageBox.StandardButton.Yes


class PeopleView(QWidget):
    interview_scheduled = Signal(int)  # interview id
    import_contacts_requested = Signal()  # the shell opens File ▸ Import contacts…
    person_changed = Signal(object)  # the chosen person's id, or None

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
        self._ask_text = ask_text
        self._confirm = confirm or _confirm_removal
        self._data: PeopleData | None = None
        self._occupations: dict[int, Occupation] = {}
        self._refresher = RefreshWhenShown(self, self.refresh)
        data_events.changed.connect(self._on_data_changed)

        heading = QLabel(self.tr("People & occupations"))
        heading.setObjectName("pageHeading")

        self.occupations = OccupationsPanel(ask_text, self._confirm)
        self.occupations.chosen.connect(self._show_occupation)
        self.occupations.added.connect(self._select_occupation)
        self.occupation_table = self.occupations.table
        self.occupation_model = self.occupations.model

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, organisation, title or email"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        name_clear_button(self.filter)
        self.occupation_filter = QComboBox()
        self.occupation_filter.setAccessibleName(self.tr("Show the people of one occupation"))
        self.occupation_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.occupation_filter.setMinimumContentsLength(8)
        self.status_filter = QComboBox()
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(8)
        self.status_filter.setAccessibleName(self.tr("Show the people with one status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ContactStatus:
            self.status_filter.addItem(tr_enum(status), status)

        self.people_model = PeopleModel(self)
        self.people_model.zone = clock.local_zone()
        self.people_filter = PeopleFilter(self.people_model, self)
        self.filter.textChanged.connect(self._text_filter_changed)
        self.filter.installEventFilter(self)  # reads what a filter looks in when the box is entered
        self.occupation_filter.currentIndexChanged.connect(lambda _i: self._occupation_filter_changed())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._status_filter_changed())
        self.contact_table = list_table(self.tr("People"))
        self.contact_table.setModel(self.people_filter)
        self.contact_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_table.setSortingEnabled(True)
        self.contact_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.contact_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        people_header = self.contact_table.horizontalHeader()
        people_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        people_header.setStretchLastSection(True)
        self._columns_sized = False
        self._size_columns()
        self.contact_table.selectionModel().selectionChanged.connect(lambda *_: self._person_chosen())
        # Enter (or a double-click) opens the person's details, with the keyboard in the first field.
        self.contact_table.activated.connect(lambda _index: self.edit_contact())
        self.contact_table.setToolTip(self.tr("Press Enter or double-click to edit the person's details"))

        add_contact = QPushButton(self.tr("Add person"))
        add_contact.clicked.connect(self.add_contact)
        self.schedule_button = QPushButton(self.tr("Schedule interview…"))
        self.schedule_button.clicked.connect(self.schedule_interview)
        self.calendar_button = QPushButton(self.tr("Add to calendar…"))
        self.calendar_button.setToolTip(self.tr("Save this person's next interview as a file for your calendar"))
        self.calendar_button.clicked.connect(self.add_to_calendar)
        self.remove_contact_button = QPushButton(self.tr("Remove…"))
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.import_contacts_button = QPushButton(self.tr("Import contacts…"))
        self.import_contacts_button.setToolTip(self.tr("Add people from a .vcf or .csv file of contacts"))
        self.import_contacts_button.clicked.connect(self.import_contacts_requested)
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Wraps when the list is narrow (1024 pixels beside the person's tabs, or a large zoom).
        contact_buttons = FlowLayout()
        for button in (self.schedule_button, self.calendar_button, self.import_contacts_button):
            contact_buttons.addWidget(button)

        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.occupation_filter, 1)
        filters.addWidget(self.status_filter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.occupations)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.contact_table, 1)
        count_line = QHBoxLayout()
        count_line.addWidget(self.count)
        count_line.addStretch(1)
        count_line.addWidget(add_contact)
        count_line.addWidget(self.remove_contact_button)
        left_layout.addLayout(count_line)
        left_layout.addLayout(contact_buttons)
        left_layout.addWidget(self.message)

        self.person_form = PersonForm(clock)
        self.person_tabs = QTabWidget()
        self.person_tabs.setAccessibleName(self.tr("The chosen person"))
        self.person_tabs.addTab(self.person_form, self.tr("Details"))
        # What to say and the log, and where the person's name came from.
        self.outreach_tab = OutreachTab(clock, data_events)
        self.referral_tab = ReferralTab(data_events)
        self.referral_tab.person_activated.connect(self.show_person)
        self.person_tabs.addTab(self.outreach_tab, self.tr("Outreach"))
        self.person_tabs.addTab(self.referral_tab, self.tr("Referrals"))

        splitter = self.splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.person_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 480])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _size_columns(self) -> None:
        """Each column as wide as a typical value, and never narrower than its heading."""
        header = self.contact_table.horizontalHeader()
        for column, characters in ((0, 17), (1, 13), (2, 11), (3, 13), (4, 11), (5, 10)):
            typical = self.fontMetrics().averageCharWidth() * characters
            header.resizeSection(column, max(typical, header.sectionSizeFromContents(column).width()))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._columns_sized:  # once the theme's padding is known; later the person's own widths
            self._columns_sized = True
            self._size_columns()
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._keep_tabs_tall()
        return super().event(event)

    def _keep_tabs_tall(self) -> None:
        """Stacked under the list (a narrow window, a large zoom), the person's tabs keep most of a
        screen's height, so their form is read by scrolling the page rather than in a slit."""
        stacked = self.splitter.orientation() == Qt.Orientation.Vertical
        tall = min(self.fontMetrics().lineSpacing() * 26, int(self.window().height() * 0.75)) if stacked else 0
        if self.person_tabs.minimumHeight() != tall:
            self.person_tabs.setMinimumHeight(tall)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a new zoom: headings and values grow
            self._size_columns()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------
    def set_data(self, data: PeopleData) -> None:
        self._data = data
        self.occupations.set_repository(data.occupations)
        self.people_model.emails_source = data.reads.people_emails
        self.person_form.set_data(data.contacts, self.people_model)
        if data.outreach is not None:
            self.outreach_tab.set_data(OutreachData(data.outreach, data.settings))
            self.referral_tab.set_data(data.outreach)
        self.refresh()

    def refresh(self) -> None:
        if self._data is None:
            return
        with collector_paused():  # ten thousand rows read and handed to the list in one go
            self._refresh()

    def _refresh(self) -> None:
        progress = self._data.reads.occupation_progress()
        rows = self._data.reads.people()
        self._occupations = {row.occupation.id: row.occupation for row in progress}
        chosen_occupation = self.selected_occupation_id()
        chosen_person = self.person_form.contact_id
        self.occupations.set_rows(progress)
        self.occupation_filter.blockSignals(True)
        self.occupation_filter.clear()
        self.occupation_filter.addItem(self.tr("All occupations"), None)
        for row in progress:
            self.occupation_filter.addItem(row.occupation.title, row.occupation.id)
        self.occupation_filter.setCurrentIndex(max(self.occupation_filter.findData(chosen_occupation), 0))
        self.occupation_filter.blockSignals(False)
        self.people_filter.set_occupation(self.occupation_filter.currentData())
        self.occupations.mark(self.occupation_filter.currentData())
        titles = {occupation_id: occupation.title for occupation_id, occupation in self._occupations.items()}
        self.contact_table.selectionModel().blockSignals(True)
        self.people_model.set_rows(rows, titles)
        self.contact_table.selectionModel().blockSignals(False)
        self.person_form.set_occupations(list(self._occupations.values()))
        if chosen_person is not None:
            self._select_row(chosen_person)
        self.person_form.reload()
        self._update_count()
        self._update_buttons()

    def selected_occupation_id(self) -> int | None:
        return self.occupation_filter.currentData()

    def selected_contact_id(self) -> int | None:
        rows = self.contact_table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_contact(self) -> Contact | None:
        contact_id = self.selected_contact_id()
        if contact_id is None or self._data is None:
            return None
        return self._data.contacts.get(contact_id)

    def show_person(self, contact_id: int | None) -> None:
        """Choose this person: their row in the list (shown whatever the filters) and their tabs."""
        if contact_id is not None and not self._select_row(contact_id):
            self.filter.clear()
            self.status_filter.setCurrentIndex(0)
            self.occupation_filter.setCurrentIndex(0)
            if not self._select_row(contact_id):
                self.refresh()
                self._select_row(contact_id)
        elif contact_id is None:
            self.contact_table.clearSelection()
        self._show_chosen(contact_id)

    def _select_row(self, contact_id: int) -> bool:
        source_row = self.people_model.row_of(contact_id)
        if source_row < 0:
            return False
        index = self.people_filter.mapFromSource(self.people_model.index(source_row, 0))
        if not index.isValid():
            return False
        self.contact_table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.contact_table.scrollTo(index)
        return True

    def _person_chosen(self) -> None:
        self._show_chosen(self.selected_contact_id())

    def _show_chosen(self, contact_id: int | None) -> None:
        changed = contact_id != self.person_form.contact_id
        self.person_form.show_person(contact_id)
        self.outreach_tab.show_person(contact_id)
        self.referral_tab.show_person(contact_id)
        self._update_buttons()
        if changed:
            self.message.clear()
            self.person_changed.emit(contact_id)

    def _show_occupation(self, occupation_id: int | None) -> None:
        self.occupation_filter.setCurrentIndex(max(self.occupation_filter.findData(occupation_id), 0))

    def _status_filter_changed(self) -> None:
        status = self.status_filter.currentData()
        self.people_filter.set_status(None if status is None else ContactStatus(status))
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.FocusIn:
            self.people_model.prepare_filtering()
        return super().eventFilter(watched, event)

    def _text_filter_changed(self, text: str) -> None:
        self.people_filter.set_text(text)
        self._update_count()

    def _occupation_filter_changed(self) -> None:
        occupation_id = self.occupation_filter.currentData()
        self.people_filter.set_occupation(occupation_id)
        self.occupations.mark(occupation_id)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, everyone = self.people_filter.rowCount(), self.people_model.rowCount()
        if shown == everyone:
            self.count.setText(self.tr("%n people", "", everyone))
        else:
            self.count.setText(self.tr("{shown} of %n people", "", everyone).format(shown=shown))

    def select_contact(self, contact_id: int) -> None:
        """Pick this person (the referral tab's links; older callers)."""
        self.show_person(contact_id)

    def _update_buttons(self) -> None:
        has_contact = self.person_form.contact_id is not None
        self.schedule_button.setEnabled(has_contact)
        self.calendar_button.setEnabled(has_contact)
        self.remove_contact_button.setEnabled(has_contact)

    def _on_data_changed(self, kinds: frozenset) -> None:
        if not kinds & {events.OCCUPATIONS, events.CONTACTS, events.INTERVIEWS}:
            return
        own = self.person_form.take_own_write() if kinds == {events.CONTACTS} else None
        if own is not None and self._data is not None and self.isVisible():
            # The form's own autosave (once a second while typing): only that person's row and the
            # occupations' counts are read again, not everyone.
            row = self._data.reads.person_row(own)
            if row is not None and self.people_model.update_row(row):
                self.occupations.set_rows(self._data.reads.occupation_progress())
                self._update_count()
                return
        self._refresher.request()

    def write_typed_text(self) -> bool:
        """Write whatever was typed into the form and the outreach texts; True once all is on disk."""
        results = [self.person_form.flush(), self.outreach_tab.write_typed_text()]  # both, whatever happens
        return all(results)

    # -- operations --------------------------------------------------------------------------
    def add_occupation(self) -> None:
        self.occupations.add_occupation()

    def rename_occupation(self) -> None:
        self.occupations.rename_occupation()

    def remove_occupation(self) -> None:
        self.occupations.remove_occupation()

    def _select_occupation(self, occupation_id: int) -> None:
        index = self.occupation_filter.findData(occupation_id)
        if index < 0:
            self.refresh()
            index = self.occupation_filter.findData(occupation_id)
        self.occupation_filter.setCurrentIndex(max(index, 0))

    def add_contact(self) -> None:
        """A new person, for the occupation shown, with the form's first field ready to type in."""
        if self._data is None:
            return
        self.person_form.flush()
        occupation_id = self.selected_occupation_id()
        contact = self._data.contacts.add(
            Contact(full_name="", occupation_ids=[occupation_id] if occupation_id is not None else [])
        )
        self.show_person(contact.id)
        self.person_tabs.setCurrentWidget(self.person_form)
        self.person_form.focus_first_field()

    def edit_contact(self) -> None:
        """Open the chosen person's details, with the keyboard in their first field."""
        if self.person_form.contact_id is None:
            return
        self.person_tabs.setCurrentWidget(self.person_form)
        self.person_form.focus_first_field()

    def remove_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or self._data is None:
            return
        name = contact.full_name or self.tr("this person")
        if not self._confirm(
            self, self.tr("Remove {name}?").format(name=name), self.tr("Their details will be deleted.")
        ):
            return
        self.person_form.flush()
        try:
            self._data.contacts.delete(contact.id)
        except ContactInUse:
            self.message.setText(
                self.tr(
                    "{name} has interviews, and their notes would be lost, so they stay. "
                    "Their interviews are listed in the Interview and Wrap-up areas."
                ).format(name=name)
            )
            return
        self.show_person(None)
        self.message.clear()

    def schedule_interview(self) -> None:
        self.person_form.flush()
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
