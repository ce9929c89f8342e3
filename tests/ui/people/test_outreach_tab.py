"""A person's Outreach tab: the texts autosave as typed, copy and open in the mail client, calls and
emails are logged in one step (moving the status), the log reads newest first, and the gentle
job-wording note comes and goes."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.core.entities import Contact, ContactSource, ContactStatus, Occupation
from app.core.outreach import DraftKind
from app.core.pipeline import Channel, Outcome
from app.core.preferences import PROFILE_NAME_KEY
from app.ui.people.outreach_tab import OutreachData, OutreachTab
from tests.ui.conftest import events_following

DURABLE_WITHIN_SECONDS = 1.0


class Said:
    def __init__(self) -> None:
        self.copied: list[str] = []
        self.confirmations: list[str] = []
        self.answer = True

    def confirm(self, _parent, question: str, _detail: str) -> bool:
        self.confirmations.append(question)
        return self.answer


@pytest.fixture
def said():
    return Said()


@pytest.fixture
def people(store):
    planner = store.occupations.add(Occupation("Urban planner")).id
    ana = store.contacts.add(Contact("Ana Lima", occupation_id=planner))
    li = store.contacts.add(
        Contact(
            "Li Wei",
            source=ContactSource.REFERRAL,
            referred_by_id=ana.id,
            email="li.wei@example.org",
            occupation_id=planner,
        )
    )
    store.settings.set_json(PROFILE_NAME_KEY, "Sam Rivera")
    return ana, li


@pytest.fixture
def data_events(store):
    return events_following(store)


@pytest.fixture
def tab(qtbot, store, clock, said, people, data_events):
    widget = OutreachTab(
        clock,
        data_events,
        copy_text=said.copied.append,
        confirm=said.confirm,
        background_writes=False,
    )
    qtbot.addWidget(widget)
    widget.set_data(OutreachData(store.outreach, store.settings))
    widget.show_person(people[1].id)
    return widget


def _a_second_passes(tab, clock):
    clock.advance(DURABLE_WITHIN_SECONDS)
    tab.autosaver.poll()


def test_the_texts_are_made_from_the_person_until_edited(tab, store, people):
    script = tab.texts.phone_script.toPlainText()
    assert script.startswith("Hello Li, my name is Sam Rivera.")
    assert "work as an urban planner" in script
    # Never asked "may I use your name?": no name, no claim that Ana suggested the call.
    assert "Ana Lima" not in script and "suggested" not in script
    assert "You did not ask Ana Lima whether you may mention them" in tab.texts.caution.text()
    assert not tab.texts.caution.isHidden()
    assert tab.texts.email_subject.text() == "20 minutes of your advice about work as an urban planner?"
    assert tab.texts.email_body.toPlainText().startswith("Dear Li,\n\nMy name is Sam Rivera.")
    assert store.outreach.drafts(people[1].id) == {}  # shown, not stored

    assert not tab.texts.reset_script_button.isEnabled()  # nothing of theirs to give up yet

    # Their yes, recorded here: the template (still unedited) names the referrer.
    assert not tab.texts.allow_button.isHidden()
    tab.texts.allow_button.click()
    assert store.contacts.get(people[1].id).may_use_referrer_name is True
    assert "Ana Lima suggested I speak with you." in tab.texts.phone_script.toPlainText()
    assert "Ana Lima suggested I speak with you." in tab.texts.email_body.toPlainText()
    assert tab.texts.caution.isHidden() and tab.texts.allow_button.isHidden()


def test_typing_autosaves_within_a_second_and_comes_back(qtbot, tab, store, clock, said, people):
    li = people[1].id
    tab.texts.phone_script.moveCursor(tab.texts.phone_script.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.texts.phone_script, " I found your talk inspiring.")
    tab.texts.email_subject.clear()
    qtbot.keyClicks(tab.texts.email_subject, "Twenty minutes?")
    assert store.outreach.drafts(li) == {}
    assert tab.texts.reset_script_button.isEnabled() and tab.texts.reset_email_button.isEnabled()
    _a_second_passes(tab, clock)
    drafts = store.outreach.drafts(li)
    assert drafts[DraftKind.PHONE_SCRIPT].endswith("a time that suits you? I found your talk inspiring.")
    assert drafts[DraftKind.EMAIL_SUBJECT] == "Twenty minutes?"
    assert DraftKind.EMAIL_BODY not in drafts  # untouched: still the template

    # Edited words survive a change to the person; the untouched body follows their details.
    person = store.contacts.get(li)
    person.full_name = "Lee Wei"
    store.contacts.update(person)
    assert tab.texts.email_subject.text() == "Twenty minutes?"
    assert tab.texts.email_body.toPlainText().startswith("Dear Lee,")
    assert tab.texts.phone_script.toPlainText().startswith("Hello Li,")

    # Another person, then back: the edited words come back from the store.
    tab.show_person(people[0].id)
    assert tab.texts.phone_script.toPlainText().startswith("Hello Ana,")
    tab.show_person(li)
    assert tab.texts.phone_script.toPlainText().endswith("I found your talk inspiring.")

    # Starting again (confirmed) brings back the template and forgets the stored words.
    tab.start_again((DraftKind.PHONE_SCRIPT,))
    assert said.confirmations == ["Start again from the template?"]
    assert tab.texts.phone_script.toPlainText().startswith("Hello Lee,")
    assert not tab.texts.reset_script_button.isEnabled()
    assert DraftKind.PHONE_SCRIPT not in store.outreach.drafts(li)
    assert store.outreach.drafts(li)[DraftKind.EMAIL_SUBJECT] == "Twenty minutes?"


def test_starting_again_declined_keeps_the_words(qtbot, tab, store, clock, said, people):
    qtbot.keyClicks(tab.texts.email_body, "PS ")
    said.answer = False
    tab.texts.reset_email_button.click()
    assert tab.texts.email_body.toPlainText().startswith("PS ")
    _a_second_passes(tab, clock)
    assert store.outreach.drafts(people[1].id)[DraftKind.EMAIL_BODY].startswith("PS ")


def test_words_typed_just_before_picking_someone_else_are_kept(qtbot, tab, store, people):
    qtbot.keyClicks(tab.texts.phone_script, "Hi! ")
    tab.show_person(people[0].id)  # no second passes: the switch writes them
    assert store.outreach.drafts(people[1].id)[DraftKind.PHONE_SCRIPT].startswith("Hi! Hello Li")
    assert store.outreach.drafts(people[0].id) == {}


def test_copy_buttons_copy_what_is_shown(qtbot, tab, said):
    qtbot.keyClicks(tab.texts.phone_script, "Hi! ")
    tab.texts.copy_script_button.click()
    tab.texts.copy_email_button.click()
    assert said.copied == [tab.texts.phone_script.toPlainText(), tab.texts.email_body.toPlainText()]
    assert said.copied[0].startswith("Hi! Hello Li")


def test_open_in_mail_client_hands_the_draft_to_the_desktop(qtbot, tab, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.texts.email_subject.setText("Twenty minutes & a coffee?")
    tab.texts.mail_button.click()
    [url] = opened
    parts = urlsplit(bytes(url.toEncoded()).decode("ascii"))
    assert (parts.scheme, parts.path) == ("mailto", "li.wei@example.org")
    fields = parse_qs(parts.query)
    assert fields["subject"] == ["Twenty minutes & a coffee?"]
    assert fields["body"][0].startswith("Dear Li,\r\n\r\nMy name is Sam Rivera.")
    assert tab.texts.message.isHidden()

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    tab.texts.mail_button.click()
    assert "No mail program opened" in tab.texts.message.text()
    assert not tab.texts.message.isHidden()


def test_logging_a_call_adds_it_at_now_moves_the_status_and_the_outcome_is_set_inline(qtbot, tab, store, clock, people):
    li = people[1].id
    assert tab.log.status.text() == "Status: To contact"
    clock.advance(60)
    tab.log.log_call_button.click()
    [entry] = store.outreach.interactions(li)
    assert (entry.channel, entry.outcome, entry.at) == (Channel.CALL, Outcome.NO_ANSWER, clock.now())
    assert store.contacts.get(li).status == ContactStatus.CONTACTED
    assert tab.log.status.text() == "Status: Contacted"
    assert tab.log.picked_id() == entry.id
    assert tab.log.list.item(0).text() == "Today 14:01 · Call · No answer"

    # How it went, inline: an outcome is written at once, a note within a second.
    tab.log.outcome.setCurrentIndex(tab.log.outcome.findData(Outcome.DECLINED.value))
    assert store.outreach.interactions(li)[0].outcome == Outcome.DECLINED
    assert store.contacts.get(li).status == ContactStatus.DECLINED
    assert tab.log.status.text() == "Status: Declined"
    qtbot.keyClicks(tab.log.note, "Busy until spring")
    _a_second_passes(tab, clock)
    assert store.outreach.interactions(li)[0].note == "Busy until spring"
    assert tab.log.list.item(0).text() == "Today 14:01 · Call · Declined — Busy until spring"


def test_the_log_is_newest_first_and_an_entry_can_be_removed(qtbot, tab, store, clock, said, people):
    li = people[1].id
    store.outreach.log(li, Channel.MESSAGE, Outcome.OTHER, at=clock.now() - timedelta(days=1))
    tab.log.log_email_button.click()
    clock.advance(3600)
    tab.log.log_call_button.click()
    rows = [tab.log.list.item(row).text() for row in range(tab.log.list.count())]
    assert rows == [
        "Today 15:00 · Call · No answer",
        "Today 14:00 · Email · Waiting for a reply",
        "Yesterday 14:00 · Message · Other",
    ]
    tab.log.list.setCurrentRow(1)
    tab.log.remove_button.click()
    assert said.confirmations == ["Remove this entry from the log?"]
    assert [e.channel for e in store.outreach.interactions(li)] == [Channel.CALL, Channel.MESSAGE]
    assert tab.log.list.count() == 2
    assert store.contacts.get(li).status == ContactStatus.CONTACTED

    said.answer = False
    tab.log.list.setCurrentRow(0)
    tab.log.remove_button.click()
    assert len(store.outreach.interactions(li)) == 2


def test_the_job_wording_note_appears_and_disappears(qtbot, tab):
    assert tab.texts.phone_note.isHidden() and tab.texts.email_note.isHidden()  # the template asks for no job
    qtbot.keyClicks(tab.texts.phone_script, "Are you hiring right now? ")
    assert not tab.texts.phone_note.isHidden()
    assert tab.texts.phone_note.text().startswith("A gentle note on “Are you hiring right now”: This asks whether")
    assert "You can still use it as it is." in tab.texts.phone_note.text()
    assert tab.texts.phone_script.isEnabled()  # it never blocks
    tab.start_again((DraftKind.PHONE_SCRIPT,))
    assert tab.texts.phone_note.isHidden()

    tab.texts.email_subject.setText("Any openings at your firm?")
    assert not tab.texts.email_note.isHidden()
    tab.texts.email_subject.setText("How did you get this job?")
    assert tab.texts.email_note.isHidden()


def test_nobody_picked_shows_a_hint_and_logs_nothing(qtbot, tab, store, people):
    tab.show_person(None)
    assert not tab.texts.phone_script.isEnabled()
    assert not tab.log.log_call_button.isEnabled()
    tab.log_now(Channel.CALL)
    assert store.outreach.interactions(people[1].id) == []


@pytest.mark.parametrize(
    ("choice", "named"),
    [(0, False), (1, True), (2, False)],  # not asked, yes, no: the wrap-up step's choices in order
)
def test_a_referral_from_the_wrap_up_step_gets_wording_true_to_what_was_asked(
    qtbot, store, clock, services, wrapups, finished_interview, data_events, choice, named
):
    from app.core.wrapup import WrapUpStep
    from app.ui.wrapup.wrapup_view import WrapUpView

    wrapup = WrapUpView(services)
    qtbot.addWidget(wrapup)
    wrapup.open_interview(finished_interview.id)
    wrapup.go_to(WrapUpStep.REFERRALS)
    page = wrapup.pages[WrapUpStep.REFERRALS]
    qtbot.keyClicks(page.name, "Li Wei")
    page.may_use.setCurrentIndex(choice)
    page.add_button.click()
    [person] = wrapups.referrals(finished_interview.id)

    tab = OutreachTab(clock, data_events, background_writes=False)
    qtbot.addWidget(tab)
    tab.set_data(OutreachData(store.outreach, store.settings))
    tab.show_person(person.id)
    words = tab.texts.phone_script.toPlainText() + tab.texts.email_body.toPlainText()
    assert ("María José Ortega suggested I speak with you." in words) is named
    assert ("María José Ortega" in words) is named
    if not named:
        assert "suggested I speak" not in words
        assert "María José Ortega" in tab.texts.caution.text()  # the user is told why


def test_an_entry_moved_in_time_or_channel_is_saved_and_the_log_reordered(qtbot, tab, store, clock, people):
    from PySide6.QtCore import QDate, QDateTime, QTime

    li = people[1].id
    store.outreach.log(li, Channel.CALL, Outcome.NO_ANSWER, at=clock.now() - timedelta(hours=2))
    tab.log.log_email_button.click()  # now: 14:00, the newest
    tab.log.channel.setCurrentIndex(tab.log.channel.findData(Channel.MESSAGE.value))
    assert store.outreach.interactions(li)[0].channel == Channel.MESSAGE  # at once
    tab.log.when.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(9, 30)))
    _a_second_passes(tab, clock)
    entries = store.outreach.interactions(li)
    assert [(e.channel, e.at.hour, e.at.minute) for e in entries] == [(Channel.CALL, 12, 0), (Channel.MESSAGE, 9, 30)]
    assert tab.log.list.item(1).text() == "Today 09:30 · Message · Waiting for a reply"
    assert tab.log.picked_id() == entries[1].id  # still the one being edited


def test_words_typed_when_the_disk_is_full_are_kept_across_people_and_written_later(
    qtbot, tab, store, clock, people, monkeypatch
):
    li, ana = people[1].id, people[0].id
    save_drafts = store.outreach.save_drafts

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.outreach, "save_drafts", disk_full)
    qtbot.keyClicks(tab.texts.phone_script, "Hi! ")
    tab.show_person(ana)
    assert "the disk is full" in tab.texts.message.text()
    assert tab.texts.phone_script.toPlainText().startswith("Hello Ana,")
    tab.show_person(li)  # back before the write could succeed: what was typed is shown, not the template
    assert tab.texts.phone_script.toPlainText().startswith("Hi! Hello Li")
    tab.show_person(ana)

    monkeypatch.setattr(store.outreach, "save_drafts", save_drafts)
    for _ in range(10):  # the retry comes after a pause
        _a_second_passes(tab, clock)
    assert store.outreach.drafts(li)[DraftKind.PHONE_SCRIPT].startswith("Hi! Hello Li")
    assert tab.texts.message.isHidden()
