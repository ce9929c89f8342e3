"""Repositories: each method is one short transaction that takes and returns core dataclasses.

No record object leaves this module. Widgets never see a session.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from app.core.calendar_file import CalendarEntry, new_event_uid
from app.core.checklist import ChecklistMark
from app.core.clock import Clock
from app.core.entities import (
    ActionItem,
    Contact,
    ContactInUse,
    ContactSource,
    ContactStatus,
    Interview,
    InterviewStatus,
    Occupation,
    occupations_of,
    same_occupation_title,
    status_after_scheduling,
)
from app.core.errors import NotFound
from app.core.people import PersonDetails, labelled_values
from app.core.vcard import LabelledValue
from app.store.models import (
    ActionItemRecord,
    ChecklistMarkRecord,
    ContactDetailRecord,
    ContactOccupationRecord,
    ContactRecord,
    InterviewQuestionRecord,
    InterviewRecord,
    OccupationRecord,
)


def to_db_time(value: datetime | None) -> datetime | None:
    """Aware datetime -> naive UTC, the way the database keeps it."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware one")
    return value.astimezone(UTC).replace(tzinfo=None)


def from_db_time(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=UTC)


class _Repository:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def _now(self) -> datetime:
        return to_db_time(self._clock.now())


def _occupation(record: OccupationRecord) -> Occupation:
    return Occupation(id=record.id, title=record.title, notes=record.notes, target_interviews=record.target_interviews)


class OccupationRepository(_Repository):
    def add(self, occupation: Occupation) -> Occupation:
        with self._transaction() as session:
            record = OccupationRecord(
                title=occupation.title,
                notes=occupation.notes,
                target_interviews=occupation.target_interviews,
                created_at=self._now(),
            )
            session.add(record)
            session.flush()
            return _occupation(record)

    def add_or_find(self, occupation: Occupation) -> tuple[Occupation, bool]:
        """Add an occupation unless one of the same title (ignoring case and spaces) is listed;
        (the occupation, True if it was added). Looked up and added in one transaction."""
        with self._transaction() as session:
            rows = session.scalars(select(OccupationRecord).where(OccupationRecord.archived.is_(False)))
            for record in rows:
                if same_occupation_title(record.title, occupation.title):
                    return _occupation(record), False
            record = OccupationRecord(
                title=" ".join(occupation.title.split()),
                notes=occupation.notes,
                target_interviews=occupation.target_interviews,
                created_at=self._now(),
            )
            session.add(record)
            session.flush()
            return _occupation(record), True

    def update(self, occupation: Occupation) -> Occupation:
        with self._transaction() as session:
            record = session.get(OccupationRecord, occupation.id)
            if record is None:
                raise NotFound(f"occupation {occupation.id}")
            record.title = occupation.title
            record.notes = occupation.notes
            record.target_interviews = occupation.target_interviews
            return _occupation(record)

    def delete(self, occupation_id: int) -> None:
        """Remove the occupation; its people keep their other occupations, the next one first."""
        with self._transaction() as session:
            record = session.get(OccupationRecord, occupation_id)
            if record is None:
                return
            contacts = session.scalars(
                select(ContactRecord)
                .join(ContactOccupationRecord, ContactOccupationRecord.contact_id == ContactRecord.id)
                .where(ContactOccupationRecord.occupation_id == occupation_id)
            ).all()
            for contact in contacts:
                _set_occupations(
                    contact,
                    [link.occupation_id for link in contact.occupation_links if link.occupation_id != occupation_id],
                )
            session.flush()
            session.delete(record)

    def list(self) -> list[Occupation]:
        with self._sessions() as session:
            rows = session.scalars(
                select(OccupationRecord)
                .where(OccupationRecord.archived.is_(False))
                .order_by(OccupationRecord.position, OccupationRecord.title)
            )
            return [_occupation(record) for record in rows]


def _contact(record: ContactRecord) -> Contact:
    return Contact(
        id=record.id,
        full_name=record.full_name,
        given_name=record.given_name,
        family_name=record.family_name,
        source=ContactSource(record.source),
        how_got_name=record.how_got_name,
        organisation=record.organisation,
        job_title=record.job_title,
        email=record.email,
        phone=record.phone,
        address=record.address,
        website=record.website,
        notes=record.notes,
        status=ContactStatus(record.status),
        occupation_ids=[link.occupation_id for link in record.occupation_links],
        referred_by_id=record.referred_by_id,
        may_use_referrer_name=record.may_use_referrer_name,
        card_image_path=record.card_image_path,
    )


_CONTACT_FIELDS = (
    "full_name",
    "given_name",
    "family_name",
    "how_got_name",
    "organisation",
    "job_title",
    "email",
    "phone",
    "address",
    "website",
    "notes",
    "referred_by_id",
    "may_use_referrer_name",
    "card_image_path",
)


def _fill_contact(record: ContactRecord, contact: Contact) -> None:
    """The contact's columns and its occupations (contact_occupations, with the first also in
    ``occupation_id``), written together when the unit of work commits."""
    for name in _CONTACT_FIELDS:
        setattr(record, name, getattr(contact, name))
    record.source = ContactSource(contact.source).value
    record.status = ContactStatus(contact.status).value
    _set_occupations(record, occupations_of(contact))


def _set_occupations(record: ContactRecord, occupation_ids: list[int]) -> None:
    # Links already there are kept (only their position changes); the others are added or removed.
    kept = {link.occupation_id: link for link in record.occupation_links} if record.id is not None else {}
    links = []
    for position, occupation_id in enumerate(occupation_ids):
        link = kept.get(occupation_id) or ContactOccupationRecord(occupation_id=occupation_id)
        link.position = position
        links.append(link)
    record.occupation_links = links
    record.occupation_id = occupation_ids[0] if occupation_ids else None


class ContactRepository(_Repository):
    def add(self, contact: Contact) -> Contact:
        with self._transaction() as session:
            now = self._now()
            record = ContactRecord(created_at=now, updated_at=now)
            _fill_contact(record, contact)
            session.add(record)
            session.flush()
            return _contact(record)

    def update(self, contact: Contact) -> Contact:
        with self._transaction() as session:
            record = self._record(session, contact.id)
            _fill_contact(record, contact)
            record.updated_at = self._now()
            session.flush()
            return _contact(record)

    def get(self, contact_id: int) -> Contact:
        with self._sessions() as session:
            return _contact(self._record(session, contact_id))

    def list(self, occupation_id: int | None = None) -> list[Contact]:
        """Everyone (or the people of one occupation), by name."""
        statement = select(ContactRecord).options(selectinload(ContactRecord.occupation_links))
        if occupation_id is not None:
            statement = statement.join(
                ContactOccupationRecord, ContactOccupationRecord.contact_id == ContactRecord.id
            ).where(ContactOccupationRecord.occupation_id == occupation_id)
        statement = statement.order_by(ContactRecord.full_name, ContactRecord.id)
        with self._sessions() as session:
            return [_contact(record) for record in session.scalars(statement)]

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(ContactRecord)) or 0

    # -- a person with every email and phone, each with its label -----------------------------
    def person(self, contact_id: int) -> PersonDetails:
        """The person and all their emails and phones with labels, as the card step keeps them
        (the first of each also on the contact)."""
        with self._sessions() as session:
            record = self._record(session, contact_id)
            rows = _labelled_rows(session, record)
            return PersonDetails(contact=_contact(record), emails=rows["email"], phones=rows["phone"])

    def save_person(self, person: PersonDetails) -> PersonDetails:
        """Write the person, their occupations and every email and phone with its label, in one
        transaction. Empty values are dropped; the first email and phone go on the contact."""
        emails, phones = _kept(person.emails), _kept(person.phones)
        contact = person.contact
        contact.email = emails[0].value if emails else ""
        contact.phone = phones[0].value if phones else ""
        with self._transaction() as session:
            record = self._record(session, contact.id)
            _fill_contact(record, contact)
            record.updated_at = self._now()
            _write_labelled(session, record.id, emails, phones)
            session.flush()
            return PersonDetails(_contact(record), emails, phones)

    def update_person(self, contact_id: int, changes: Mapping[str, object]) -> PersonDetails:
        """Write only the fields a person changed (Contact field names, and ``emails`` and
        ``phones`` as labelled values) onto what is stored now, in one transaction: what another
        part of the app wrote meanwhile (a status after a call) is kept."""
        with self._transaction() as session:
            record = self._record(session, contact_id)
            contact = _contact(record)
            for name, value in changes.items():
                if name not in _PERSON_FIELDS:
                    raise ValueError(f"not a person's field: {name}")
                if name not in ("emails", "phones"):
                    setattr(contact, name, value)
            if "occupation_ids" in changes:
                contact.occupation_id = None
            emails = phones = None
            if "emails" in changes or "phones" in changes:
                rows = _labelled_rows(session, record)
                emails = _kept(changes["emails"]) if "emails" in changes else rows["email"]
                phones = _kept(changes["phones"]) if "phones" in changes else rows["phone"]
                contact.email = emails[0].value if emails else ""
                contact.phone = phones[0].value if phones else ""
            _fill_contact(record, contact)
            record.updated_at = self._now()
            if emails is not None and phones is not None:
                _write_labelled(session, record.id, emails, phones)
            session.flush()
            rows = _labelled_rows(session, record)
            return PersonDetails(_contact(record), rows["email"], rows["phone"])

    def delete(self, contact_id: int) -> None:
        """Remove a person who has no interviews (their referrals simply lose the link)."""
        with self._transaction() as session:
            interviews = session.scalar(
                select(func.count()).select_from(InterviewRecord).where(InterviewRecord.contact_id == contact_id)
            )
            if interviews:
                raise ContactInUse(f"contact {contact_id} has {interviews} interview(s)")
            record = session.get(ContactRecord, contact_id)
            if record is not None:
                session.delete(record)

    @staticmethod
    def _record(session: Session, contact_id: int | None) -> ContactRecord:
        record = session.get(ContactRecord, contact_id) if contact_id is not None else None
        if record is None:
            raise NotFound(f"contact {contact_id}")
        return record


_PERSON_FIELDS = frozenset(
    {
        "full_name",
        "given_name",
        "family_name",
        "job_title",
        "organisation",
        "address",
        "website",
        "notes",
        "occupation_ids",
        "source",
        "referred_by_id",
        "may_use_referrer_name",
        "how_got_name",
        "status",
        "emails",
        "phones",
    }
)


def _kept(values) -> list[LabelledValue]:
    return [LabelledValue(v.value.strip(), v.label.strip()) for v in values if v.value.strip()]


def _labelled_rows(session: Session, record: ContactRecord) -> dict[str, list[LabelledValue]]:
    rows = session.scalars(
        select(ContactDetailRecord)
        .where(ContactDetailRecord.contact_id == record.id, ContactDetailRecord.kind.in_(("email", "phone")))
        .order_by(ContactDetailRecord.position, ContactDetailRecord.id)
    ).all()
    return {
        "email": labelled_values(record.email, [(r.value, r.label) for r in rows if r.kind == "email"]),
        "phone": labelled_values(record.phone, [(r.value, r.label) for r in rows if r.kind == "phone"]),
    }


def _write_labelled(
    session: Session, contact_id: int, emails: list[LabelledValue], phones: list[LabelledValue]
) -> None:
    """Every email and phone among the details, with its label, as the card step keeps them."""
    _drop_details(session, contact_id, ("email", "phone"))
    rows = [("email", item) for item in emails] + [("phone", item) for item in phones]
    for position, (kind, item) in enumerate(rows):
        session.add(
            ContactDetailRecord(contact_id=contact_id, kind=kind, value=item.value, label=item.label, position=position)
        )


def _drop_details(session: Session, contact_id: int, kinds: tuple[str, ...]) -> None:
    session.execute(
        delete(ContactDetailRecord).where(
            ContactDetailRecord.contact_id == contact_id, ContactDetailRecord.kind.in_(kinds)
        )
    )


def _interview(record: InterviewRecord) -> Interview:
    return Interview(
        id=record.id,
        contact_id=record.contact_id,
        occupation_id=record.occupation_id,
        scheduled_at=from_db_time(record.scheduled_at),
        planned_minutes=record.planned_minutes,
        reserve_minutes=record.reserve_minutes,
        location=record.location,
        video_link=record.video_link,
        status=InterviewStatus(record.status),
        started_at=from_db_time(record.started_at),
        finished_at=from_db_time(record.finished_at),
        countdown_state=record.countdown_state,
        calendar_uid=record.calendar_uid,
        calendar_sequence=record.calendar_sequence,
    )


def _when_and_where(record: InterviewRecord) -> tuple:
    """What a calendar event shows of an interview: a change to any of it is a reschedule."""
    return (record.scheduled_at, record.planned_minutes, record.location, record.video_link)


def _fill_interview(record: InterviewRecord, interview: Interview) -> None:
    record.contact_id = interview.contact_id
    record.occupation_id = interview.occupation_id
    record.scheduled_at = to_db_time(interview.scheduled_at)
    record.planned_minutes = interview.planned_minutes
    record.reserve_minutes = interview.reserve_minutes
    record.location = interview.location
    record.video_link = interview.video_link
    record.status = InterviewStatus(interview.status).value
    record.started_at = to_db_time(interview.started_at)
    record.finished_at = to_db_time(interview.finished_at)
    record.countdown_state = interview.countdown_state


def _new_interview_record(interview: Interview, now: datetime) -> InterviewRecord:
    record = InterviewRecord(
        created_at=now,
        updated_at=now,
        calendar_uid=interview.calendar_uid or new_event_uid(),
        calendar_sequence=interview.calendar_sequence,
    )
    _fill_interview(record, interview)
    return record


class InterviewRepository(_Repository):
    def add(self, interview: Interview) -> Interview:
        with self._transaction() as session:
            record = _new_interview_record(interview, self._now())
            session.add(record)
            session.flush()
            return _interview(record)

    def schedule(self, interview: Interview) -> Interview:
        """Book an interview and move its person on to "scheduled", in one transaction."""
        with self._transaction() as session:
            contact = session.get(ContactRecord, interview.contact_id)
            if contact is None:
                raise NotFound(f"contact {interview.contact_id}")
            now = self._now()
            record = _new_interview_record(interview, now)
            session.add(record)
            status = status_after_scheduling(ContactStatus(contact.status))
            if status.value != contact.status:
                contact.status = status.value
                contact.updated_at = now
            session.flush()
            return _interview(record)

    def update(self, interview: Interview) -> Interview:
        """Write the interview; a new time, length, place or link raises its calendar sequence with it.

        The calendar uid and sequence are the store's: the ones on ``interview`` are not read.
        """
        with self._transaction() as session:
            record = session.get(InterviewRecord, interview.id)
            if record is None:
                raise NotFound(f"interview {interview.id}")
            before = _when_and_where(record)
            _fill_interview(record, interview)
            if _when_and_where(record) != before:
                record.calendar_sequence += 1
            record.updated_at = self._now()
            return _interview(record)

    # -- calendar ----------------------------------------------------------------------------
    def calendar_entry(self, interview_id: int) -> CalendarEntry:
        """One interview with its person's name and picked questions, for its calendar event."""
        with self._transaction() as session:
            record = session.get(InterviewRecord, interview_id)
            if record is None:
                raise NotFound(f"interview {interview_id}")
            return self._calendar_entry(session, record)

    def upcoming_calendar_entries(self, now: datetime) -> list[CalendarEntry]:
        """Every planned interview from ``now`` on, soonest first, for a calendar file."""
        with self._transaction() as session:
            records = session.scalars(
                select(InterviewRecord)
                .where(
                    InterviewRecord.status == InterviewStatus.PLANNED.value,
                    InterviewRecord.scheduled_at >= to_db_time(now),
                )
                .order_by(InterviewRecord.scheduled_at, InterviewRecord.id)
            ).all()
            return [self._calendar_entry(session, record) for record in records]

    def next_planned(self, contact_id: int, now: datetime) -> Interview | None:
        """The person's next planned interview from ``now`` on, if any."""
        with self._sessions() as session:
            record = session.scalars(
                select(InterviewRecord)
                .where(
                    InterviewRecord.contact_id == contact_id,
                    InterviewRecord.status == InterviewStatus.PLANNED.value,
                    InterviewRecord.scheduled_at >= to_db_time(now),
                )
                .order_by(InterviewRecord.scheduled_at, InterviewRecord.id)
                .limit(1)
            ).first()
            return None if record is None else _interview(record)

    # -- preparation checklist ---------------------------------------------------------------
    def checklist_marks(self, interview_id: int) -> dict[str, ChecklistMark]:
        """What was done with each item of the interview's preparation checklist, by item key."""
        with self._transaction() as session:
            records = session.scalars(
                select(ChecklistMarkRecord).where(ChecklistMarkRecord.interview_id == interview_id)
            ).all()
            return {r.item_key: ChecklistMark(r.item_key, r.done, r.notes) for r in records}

    def set_checklist_done(self, interview_id: int, key: str, done: bool) -> ChecklistMark:
        with self._transaction() as session:
            record = self._checklist_record(session, interview_id, key)
            record.done = done
            record.updated_at = self._now()
            return ChecklistMark(key, record.done, record.notes)

    def save_checklist_notes(self, interview_id: int, notes_by_key: dict[str, str]) -> None:
        """Write the notes of several items at once (one autosave), in one transaction."""
        with self._transaction() as session:
            now = self._now()
            for key, notes in notes_by_key.items():
                record = self._checklist_record(session, interview_id, key)
                if record.notes != notes:
                    record.notes = notes
                    record.updated_at = now

    def _checklist_record(self, session: Session, interview_id: int, key: str) -> ChecklistMarkRecord:
        record = session.get(ChecklistMarkRecord, (interview_id, key))
        if record is None:
            if session.get(InterviewRecord, interview_id) is None:
                raise NotFound(f"interview {interview_id}")
            record = ChecklistMarkRecord(
                interview_id=interview_id, item_key=key, done=False, notes="", updated_at=self._now()
            )
            session.add(record)
        return record

    @staticmethod
    def _calendar_entry(session: Session, record: InterviewRecord) -> CalendarEntry:
        if not record.calendar_uid:  # a row written without one (an older export imported): named for good now
            record.calendar_uid = new_event_uid()
        contact = session.get(ContactRecord, record.contact_id)
        questions = session.scalars(
            select(InterviewQuestionRecord.text)
            .where(InterviewQuestionRecord.interview_id == record.id)
            .order_by(InterviewQuestionRecord.position, InterviewQuestionRecord.id)
        ).all()
        return CalendarEntry(
            interview=_interview(record),
            contact_name=contact.full_name if contact is not None else "",
            questions=tuple(questions),
        )

    def get(self, interview_id: int) -> Interview:
        with self._sessions() as session:
            record = session.get(InterviewRecord, interview_id)
            if record is None:
                raise NotFound(f"interview {interview_id}")
            return _interview(record)

    def mark_started(self, interview_id: int) -> Interview:
        """The conversation began: under way from now (only these two fields change)."""
        with self._transaction() as session:
            record = session.get(InterviewRecord, interview_id)
            if record is None:
                raise NotFound(f"interview {interview_id}")
            now = self._now()
            if record.status == InterviewStatus.PLANNED.value:
                record.status = InterviewStatus.IN_PROGRESS.value
            record.started_at = record.started_at or now
            record.updated_at = now
            return _interview(record)

    def resume(self, interview_id: int, countdown_state: str | None = None) -> Interview:
        """A finished interview is under way again (the person reopened it), in one transaction.

        Only the interview's own row changes: its notes, answers and wrap-up progress are kept as
        they are. ``countdown_state``, when given, is the reopened countdown, written together so
        the count and the status never disagree. An interview that is not finished is left as is.

        ``finished_at`` is kept, not cleared: finishing again keeps the first finish time (as
        finishing twice always does), so the thank-you reminder and the lists ordered by it do not
        move when a conversation is reopened for a few more minutes. Nothing reads ``finished_at``
        as the status; an interview under way with one set was finished once and resumed.
        """
        with self._transaction() as session:
            record = session.get(InterviewRecord, interview_id)
            if record is None:
                raise NotFound(f"interview {interview_id}")
            if record.status != InterviewStatus.FINISHED.value:
                return _interview(record)
            record.status = InterviewStatus.IN_PROGRESS.value
            if countdown_state is not None:
                record.countdown_state = countdown_state
            record.updated_at = self._now()
            return _interview(record)

    def save_countdown_state(self, interview_id: int, state: str | None) -> None:
        with self._transaction() as session:
            record = session.get(InterviewRecord, interview_id)
            if record is None:
                raise NotFound(f"interview {interview_id}")
            record.countdown_state = state
            record.updated_at = self._now()


def _action_item(record: ActionItemRecord) -> ActionItem:
    return ActionItem(
        id=record.id,
        title=record.title,
        due_on=record.due_on,
        interview_id=record.interview_id,
        contact_id=record.contact_id,
        kind=record.kind,
        done_at=from_db_time(record.done_at),
    )


class ActionItemRepository(_Repository):
    def add(self, item: ActionItem) -> ActionItem:
        if not item.title.strip():
            raise ValueError("A next step needs a description.")
        with self._transaction() as session:
            record = ActionItemRecord(
                title=item.title.strip(),
                due_on=item.due_on,
                interview_id=item.interview_id,
                contact_id=item.contact_id,
                kind=item.kind,
                done_at=to_db_time(item.done_at),
                created_at=self._now(),
            )
            session.add(record)
            session.flush()
            return _action_item(record)

    def set_done(self, item_id: int, done: bool) -> ActionItem:
        with self._transaction() as session:
            record = session.get(ActionItemRecord, item_id)
            if record is None:
                raise NotFound(f"action item {item_id}")
            record.done_at = self._now() if done else None
            return _action_item(record)

    def remove(self, item_id: int) -> None:
        with self._transaction() as session:
            record = session.get(ActionItemRecord, item_id)
            if record is not None:
                session.delete(record)

    def for_interview(self, interview_id: int) -> list[ActionItem]:
        """One interview's next steps, those with a due date first and soonest first."""
        statement = (
            select(ActionItemRecord)
            .where(ActionItemRecord.interview_id == interview_id)
            .order_by(ActionItemRecord.due_on.is_(None), ActionItemRecord.due_on, ActionItemRecord.id)
        )
        with self._sessions() as session:
            return [_action_item(record) for record in session.scalars(statement)]
