"""One person's details, edited in place: every field autosaves through the one autosaver.

Only the fields a person changed are written (on top of what is stored then), so a status set by
logging a call elsewhere is never written back over. The name shown is made from the given and
family names until the person types their own; "How I got your name" is made from where the name
came from and who gave it until the person words it themselves.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.entities import Contact, ContactSource, ContactStatus, Occupation, composed_name
from app.core.i18n import Text
from app.core.outreach import how_i_got_your_name
from app.core.people import PersonDetails
from app.ui.people.labelled_rows import LabelledRows
from app.ui.people.people_models import ID_ROLE, PeopleModel
from app.ui.people.person_writes import PersonWrites
from app.ui.widgets.accessibility import name_clear_button
from app.ui.widgets.autosaver import Autosaver
from app.ui.widgets.i18n import tr_enum, tr_text
from app.ui.widgets.privacy import mark_personal

if TYPE_CHECKING:
    from app.store.repositories import ContactRepository

MAX_NAME = 300
_TEXT_FIELDS = ("given_name", "family_name", "full_name", "job_title", "organisation")


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class PersonForm(QWidget):
    person_saved = Signal(int)  # contact id, after a write of theirs succeeded

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts: ContactRepository | None = None
        self._people: PeopleModel | None = None
        self._person: PersonDetails | None = None
        self._filling = False
        self._writes = PersonWrites()
        self.autosaver = Autosaver(clock, self._writes.snapshot, self._writes.write, parent=self)
        self.autosaver.saved.connect(self._on_saved)

        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.full_name = QLineEdit()
        self.full_name.setToolTip(self.tr("Made from the given and family names, unless you type it yourself"))
        self.job_title = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. City Hospital, Cardiology"))
        for editor, name in (
            (self.given_name, self.tr("Given name")),
            (self.family_name, self.tr("Family name")),
            (self.full_name, self.tr("Name shown")),
            (self.job_title, self.tr("Title")),
            (self.organisation, self.tr("Organisation")),
        ):
            editor.setMaxLength(MAX_NAME)
            editor.setAccessibleName(name)
        self.emails = LabelledRows(self.tr("email"), self.tr("Add email"), "name@example.com", "work")
        self.phones = LabelledRows(self.tr("phone"), self.tr("Add phone"), "+1 555 010 2030", "cell")
        self.address = _text_box(self.tr("Address"), 3)
        self.notes = _text_box(self.tr("Notes"), 4)
        self.occupations = QListWidget()
        self.occupations.setAccessibleName(self.tr("Occupations this person can tell you about"))
        self.occupations.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.occupations.setMaximumHeight(self.occupations.fontMetrics().lineSpacing() * 5 + 12)
        self.occupation_up = QPushButton(self.tr("Move up"))
        self.occupation_up.clicked.connect(lambda: self._move_occupation(-1))
        self.occupation_down = QPushButton(self.tr("Move down"))
        self.occupation_down.clicked.connect(lambda: self._move_occupation(1))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Where the name came from"))
        for source in ContactSource:
            self.source.addItem(tr_enum(source), source)
        self.may_use_name = QComboBox()
        self.may_use_name.setAccessibleName(self.tr("May you mention who gave you the name?"))
        for value, words in (
            (None, self.tr("Not asked yet")),
            (True, self.tr("Yes, I may mention them")),
            (False, self.tr("No, keep them out of it")),
        ):
            self.may_use_name.addItem(words, value)
        self.referrer = QLineEdit()
        self.referrer.setAccessibleName(self.tr("Who gave you the name"))
        self.referrer.setPlaceholderText(self.tr("Type a name to choose a person"))
        name_clear_button(self.referrer)
        self.how_got_name = _text_box(self.tr("How I got your name"), 2)
        self.how_got_name.setToolTip(self.tr("Filled in from where the name came from, until you word it yourself"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ContactStatus:
            self.status.addItem(tr_enum(status), status)
        self.save_problem = QLabel()
        self.save_problem.setWordWrap(True)
        self.save_problem.setObjectName("fieldError")
        self.save_problem.hide()
        self.autosaver.problem.connect(self._show_problem)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        order = QHBoxLayout()
        order.addWidget(self.occupation_up)
        order.addWidget(self.occupation_down)
        order.addStretch(1)
        occupations = QVBoxLayout()
        occupations.addWidget(self.occupations)
        occupations.addLayout(order)
        for label, field in (
            (self.tr("G&iven name:"), self.given_name),
            (self.tr("Famil&y name:"), self.family_name),
            (self.tr("Name sho&wn:"), self.full_name),
            (self.tr("&Title:"), self.job_title),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("Emai&ls:"), self.emails),
            (self.tr("&Phones:"), self.phones),
            (self.tr("A&ddress:"), self.address),
            (self.tr("Occupations:"), occupations),
            (self.tr("Name &came from:"), self.source),
            (self.tr("&Referred by:"), self.referrer),
            (self.tr("&Mention them:"), self.may_use_name),
            (self.tr("How I got yo&ur name:"), self.how_got_name),
            (self.tr("St&atus:"), self.status),
            (self.tr("&Notes:"), self.notes),
        ):
            form.addRow(label, field)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.save_problem)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # How to reach the person, and the notes, are not for a room in presentation mode: their rows
        # hide (label and all) and show again as they were, with whatever was typed in them.
        mark_personal(self.emails, self.phones, self.address, self.notes)
        self.empty = QLabel(self.tr("Choose a person in the list, or add one, to see their details here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        self._connect_edits()
        self._show_nothing()

    # -- showing ---------------------------------------------------------------------------
    def set_data(self, contacts: ContactRepository, people: PeopleModel) -> None:
        self._contacts = contacts
        self._writes.contacts = contacts
        self._people = people
        completer = QCompleter(people, self)
        completer.setCompletionColumn(PeopleModel.NAME)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[QModelIndex].connect(self._referrer_chosen)
        self.referrer.setCompleter(completer)

    @property
    def contact_id(self) -> int | None:
        return None if self._person is None else self._person.contact.id

    def show_person(self, contact_id: int | None) -> None:
        """Show one person (whatever was typed for the one before is written first)."""
        if contact_id == self.contact_id:
            return
        self.autosaver.flush()
        if contact_id is None or self._contacts is None:
            self._person = None
            self._show_nothing()
            return
        self._fill(self._contacts.person(contact_id))

    def reload(self) -> None:
        """Show what is stored now, unless the person has typed something not yet written."""
        if self._person is None or self._contacts is None or self.autosaver.has_unsaved():
            return
        try:
            person = self._contacts.person(self._person.contact.id)
        except LookupError:  # removed meanwhile
            self._person = None
            self._show_nothing()
            return
        if person != self._person:
            self._fill(person)

    def set_occupations(self, occupations: list[Occupation]) -> None:
        self._all_occupations = occupations
        if self._person is not None:
            self._filling = True
            try:
                self._fill_occupations(self._person.contact.occupation_ids)
            finally:
                self._filling = False

    def focus_first_field(self) -> None:
        self.given_name.setFocus()
        self._scroll.ensureWidgetVisible(self.given_name)

    def _show_nothing(self) -> None:
        self.empty.show()
        self._scroll.hide()

    def _fill(self, person: PersonDetails) -> None:
        self._person = person
        contact = person.contact
        self._filling = True
        try:
            for name in _TEXT_FIELDS:
                editor: QLineEdit = getattr(self, name)
                if editor.text() != getattr(contact, name):
                    editor.setText(getattr(contact, name))
            self.emails.set_values(person.emails)
            self.phones.set_values(person.phones)
            for box, value in ((self.address, contact.address), (self.notes, contact.notes)):
                if box.toPlainText() != value:
                    box.setPlainText(value)
            self._fill_occupations(contact.occupation_ids)
            self.source.setCurrentIndex(self.source.findData(contact.source))
            self.referrer.setText(self._name_of(contact.referred_by_id))
            self.may_use_name.setCurrentIndex({None: 0, True: 1, False: 2}.get(contact.may_use_referrer_name, 0))
            if self.how_got_name.toPlainText() != contact.how_got_name:
                self.how_got_name.setPlainText(contact.how_got_name)
            # Left empty, the script says what the source and referrer give: shown, not stored.
            self.how_got_name.setPlaceholderText(self._auto_how(contact) or self.tr("How I got your name"))
            self.status.setCurrentIndex(self.status.findData(contact.status))
        finally:
            self._filling = False
        self.empty.hide()
        self._scroll.show()

    def _fill_occupations(self, chosen: list[int]) -> None:
        everyone = {o.id: o for o in getattr(self, "_all_occupations", [])}
        order = [i for i in chosen if i in everyone] + [i for i in everyone if i not in chosen]
        self.occupations.clear()
        for occupation_id in order:
            item = QListWidgetItem(everyone[occupation_id].title)
            item.setData(ID_ROLE, occupation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if occupation_id in chosen else Qt.CheckState.Unchecked)
            self.occupations.addItem(item)

    def _name_of(self, contact_id: int | None) -> str:
        if contact_id is None or self._people is None:
            return ""
        return self._people.name_of(contact_id)

    # -- editing ---------------------------------------------------------------------------
    def _connect_edits(self) -> None:
        self.given_name.textEdited.connect(lambda _t: self._name_part_edited("given_name"))
        self.family_name.textEdited.connect(lambda _t: self._name_part_edited("family_name"))
        for name in ("full_name", "job_title", "organisation"):
            getattr(self, name).textEdited.connect(lambda _t, name=name: self._edited(name))
        self.emails.edited.connect(lambda: self._edited("emails"))
        self.phones.edited.connect(lambda: self._edited("phones"))
        self.address.textChanged.connect(lambda: self._edited("address"))
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        self.how_got_name.textChanged.connect(lambda: self._edited("how_got_name"))
        self.occupations.itemChanged.connect(lambda _item: self._edited("occupation_ids"))
        self.occupations.model().rowsMoved.connect(lambda *_: self._edited("occupation_ids"))
        self.source.currentIndexChanged.connect(lambda _i: self._source_or_referrer_changed("source"))
        self.may_use_name.currentIndexChanged.connect(
            lambda _i: self._source_or_referrer_changed("may_use_referrer_name")
        )
        self.status.currentIndexChanged.connect(lambda _i: self._edited("status"))
        self.referrer.editingFinished.connect(self._referrer_typed)

    def _value(self, name: str) -> Any:
        if name in _TEXT_FIELDS:
            return getattr(self, name).text().strip()
        if name in ("emails", "phones"):
            return getattr(self, name).values()
        if name in ("address", "notes", "how_got_name"):
            return getattr(self, name).toPlainText()
        if name == "occupation_ids":
            items = (self.occupations.item(row) for row in range(self.occupations.count()))
            return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]
        if name == "source":
            return ContactSource(self.source.currentData())
        if name == "status":
            return ContactStatus(self.status.currentData())
        if name == "may_use_referrer_name":
            return self.may_use_name.currentData()
        if name == "referred_by_id":
            return self._person.contact.referred_by_id if self._person else None
        raise KeyError(name)

    def _edited(self, name: str) -> None:
        if self._filling or self._person is None:
            return
        value = self._value(name)
        contact = self._person.contact
        if name in ("emails", "phones"):
            setattr(self._person, name, value)
        else:
            setattr(contact, name, value)
        key = (contact.id, name)
        self._writes.typed(key, value)
        self.autosaver.mark_dirty(key)

    def _name_part_edited(self, name: str) -> None:
        if self._filling or self._person is None:
            return
        contact = self._person.contact
        before = composed_name(contact.given_name, contact.family_name)
        self._edited(name)
        # The name shown follows the parts while it is theirs (or empty), never once typed.
        if self.full_name.text().strip() in ("", before):
            self.full_name.setText(composed_name(contact.given_name, contact.family_name))
            self._edited("full_name")

    def _auto_how(self, contact: Contact) -> str:
        line = how_i_got_your_name(replace(contact, how_got_name=""), self._name_of(contact.referred_by_id))
        if line is None:
            return ""
        return tr_text(line) if isinstance(line, Text) else str(line)

    def _source_or_referrer_changed(self, name: str) -> None:
        if self._filling or self._person is None:
            return
        before = self._auto_how(self._person.contact)
        self._edited(name)
        if self.how_got_name.toPlainText().strip() in ("", before.strip()):
            after = self._auto_how(self._person.contact)
            if after != self.how_got_name.toPlainText():
                self.how_got_name.setPlainText(after)  # its textChanged saves it

    def _referrer_chosen(self, index: QModelIndex) -> None:
        model = self.referrer.completer().completionModel()
        source = model.mapToSource(index)
        chosen = source.data(ID_ROLE)
        self._set_referrer(chosen if chosen != self.contact_id else None)

    def _referrer_typed(self) -> None:
        if self._person is None:
            return
        text = self.referrer.text().strip()
        current = self._person.contact.referred_by_id
        if not text:
            self._set_referrer(None)
        elif text != self._name_of(current) and self._people is not None:
            matches = self._people.ids_named(text)
            if len(matches) == 1 and matches[0] != self.contact_id:
                self._set_referrer(matches[0])
            else:  # not one person: the link stays as it was
                self.referrer.setText(self._name_of(current))

    def _set_referrer(self, contact_id: int | None) -> None:
        if self._person is None or contact_id == self._person.contact.referred_by_id:
            self.referrer.setText(self._name_of(contact_id))
            return
        before = self._auto_how(self._person.contact)
        self._person.contact.referred_by_id = contact_id
        self.referrer.setText(self._name_of(contact_id))
        key = (self._person.contact.id, "referred_by_id")
        self._writes.typed(key, contact_id)
        self.autosaver.mark_dirty(key)
        if self.how_got_name.toPlainText().strip() in ("", before.strip()):
            self.how_got_name.setPlainText(self._auto_how(self._person.contact))

    def _move_occupation(self, step: int) -> None:
        row = self.occupations.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.occupations.count():
            return
        item = self.occupations.takeItem(row)
        self.occupations.insertItem(target, item)
        self.occupations.setCurrentRow(target)
        self._edited("occupation_ids")

    # -- saving ----------------------------------------------------------------------------
    def take_own_write(self) -> int | None:
        """The person of this form's oldest write whose change report is not claimed yet."""
        return self._writes.take_own_write()

    def _on_saved(self) -> None:
        self.reload()  # what another part of the app wrote meanwhile shows once all typed is written
        if self.contact_id is not None:
            self.person_saved.emit(self.contact_id)

    def _show_problem(self, text: str) -> None:
        self.save_problem.setText(text)
        self.save_problem.setVisible(bool(text))

    def flush(self) -> bool:
        return self.autosaver.flush()
