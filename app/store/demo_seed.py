"""Writing the demo workspace's plan into a store, through the same repositories the app uses.

Only ever called on a store in the demo's own folder (``app.demo`` makes it fresh each time).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from app.core.clock import Clock
from app.core.demo_workspace import DemoInterview, DemoPlan, day_from
from app.core.entities import ActionItem, Contact, Interview, InterviewStatus, Occupation
from app.core.question_bank import BankQuestion
from app.core.question_sets import QuestionSet, QuestionSetItem
from app.core.wrapup import SelfEvaluation, Takeaway, WrapUpState, WrapUpStep
from app.store.store import Store


def fill_demo(store: Store, plan: DemoPlan, bank: Mapping[str, BankQuestion], clock: Clock) -> None:
    """Occupations, people (with their referral links), a shared question set and interviews."""
    now = clock.now()
    zone = clock.local_zone()
    today = clock.today()
    occupation_ids: dict[str, int] = {}
    for occupation in plan.occupations:
        added = store.occupations.add(
            Occupation(occupation.title, notes=occupation.notes, target_interviews=occupation.target)
        )
        occupation_ids[occupation.key] = added.id
    people: dict[str, Contact] = {}
    for person in plan.people:
        ids = [occupation_ids[key] for key in person.occupations]
        contact = Contact(
            full_name=person.full_name,
            source=person.source,
            how_got_name=person.how_got_name,
            organisation=person.organisation,
            job_title=person.title,
            email=person.email,
            phone=person.phone,
            status=person.status,
            referred_by_id=people[person.referred_by].id if person.referred_by else None,
            may_use_referrer_name=person.may_use_referrer_name,
            given_name=person.given,
            family_name=person.family,
            occupation_ids=ids,
        )
        people[person.key] = store.contacts.add(contact)
    _log_interactions(store, plan, people, clock)
    sets: dict[str, int] = {}
    for question_set in plan.question_sets:
        items = [
            QuestionSetItem(bank[key].text, bank[key].category, bank[key].tiara, bank[key].minutes)
            for key in question_set.questions
            if key in bank
        ]
        sets[question_set.name] = store.questions.create_set(QuestionSet(question_set.name, items)).id
    for planned in plan.interviews:
        contact = people[planned.person]
        starts = planned.starts(now, zone)
        interview = store.interviews.add(
            Interview(
                contact_id=contact.id,
                occupation_id=occupation_ids[planned.occupation],
                scheduled_at=starts,
                location=planned.location,
                video_link=planned.video_link,
                status=InterviewStatus.PLANNED,
            )
        )
        _fill_interview(store, planned, interview, contact, bank, sets, today)
        if planned.status == InterviewStatus.FINISHED:
            finished = starts + timedelta(minutes=interview.planned_minutes)
            interview.status = InterviewStatus.FINISHED
            interview.started_at, interview.finished_at = starts, finished
            store.interviews.update(interview)
            _wrap_up(store, planned, interview.id, contact, today)


def _fill_interview(store, planned: DemoInterview, interview, contact, bank, sets, today) -> None:
    answers: dict[int, str] = {}
    for key, answer in planned.questions:
        if key in bank:
            picked = store.questions.pick(interview.id, bank[key])
            if answer:
                answers[picked.id] = answer
    if planned.question_set:
        store.questions.apply_set(sets[planned.question_set], interview.id)
    if planned.notes or answers:
        store.content.save(interview.id, notes=planned.notes or None, answers=answers)
    for key in planned.checklist:
        store.interviews.set_checklist_done(interview.id, key, True)


def _wrap_up(store: Store, planned: DemoInterview, interview_id: int, contact: Contact, today) -> None:
    store.wrapups.finish_interview(interview_id)
    if planned.thank_you:
        store.wrapups.save_thank_you(interview_id, planned.thank_you, subject=planned.thank_you_subject)
        if planned.thank_you_sent_day is not None:
            store.wrapups.mark_thank_you_sent(interview_id, day_from(today, planned.thank_you_sent_day))
    if planned.scores or planned.reflection:
        store.wrapups.save_evaluation(SelfEvaluation(interview_id, dict(planned.scores), planned.reflection))
    for position, (words, weight) in enumerate(planned.takeaways):
        store.wrapups.add_takeaway(Takeaway(interview_id, words, weight, position))
    for title, due, done in planned.next_steps:
        step = store.wrapups.add_action(
            ActionItem(title, due_on=day_from(today, due), interview_id=interview_id, contact_id=contact.id)
        )
        if done:
            store.wrapups.set_action_done(step.id, True)
    for step in WrapUpStep:
        if step not in planned.open_steps:
            store.wrapups.set_step(interview_id, step, WrapUpState.DONE)
    # finish_interview marks the person interviewed; the plan may say they were thanked since.
    if contact.status != store.contacts.get(contact.id).status:
        store.contacts.update(contact)


def _log_interactions(store: Store, plan: DemoPlan, people: Mapping[str, Contact], clock: Clock) -> None:
    """Each person's log, then their status as the plan gives it (logging moves a status on)."""
    for person in plan.people:
        contact = people[person.key]
        for channel, outcome, day, note in person.interactions:
            at = clock.now() + timedelta(days=day)
            store.outreach.log(contact.id, channel, outcome, note, at=at)
        if person.interactions and store.contacts.get(contact.id).status != person.status:
            store.contacts.update(contact)
