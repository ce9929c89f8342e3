import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.core.entities import ContactSource, WrapUpState
from app.core.wrapup import STEP_ORDER, EvaluationAspect, WrapUpStep
from app.ui.wrapup.wrapup_view import WrapUpView


@pytest.fixture
def view(qtbot, services, finished_interview):
    widget = WrapUpView(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.open_interview(finished_interview.id)
    return widget


def test_opens_at_the_first_step_and_walks_on_with_done(qtbot, view, wrapups, finished_interview):
    assert view.current_step() is WrapUpStep.THANK
    assert "7 of 7 steps left" in view.progress_label.text()
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.current_step() is WrapUpStep.REFERRALS
    assert "6 of 7 steps left" in view.progress_label.text()
    assert view.step_list.item(0).text().startswith("✓")
    assert "Done" in view.step_list.item(0).text()
    assert wrapups.progress(finished_interview.id).state(WrapUpStep.THANK) is WrapUpState.DONE


def test_thank_check_marks_the_step_done(qtbot, view, wrapups, finished_interview):
    page = view.pages[WrapUpStep.THANK]
    page.thanked.click()
    assert wrapups.progress(finished_interview.id).state(WrapUpStep.THANK) is WrapUpState.DONE
    assert "6 of 7" in view.progress_label.text()


def test_leaving_and_coming_back_resumes_where_left(qtbot, services, view, finished_interview):
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)  # thank
    qtbot.mouseClick(view.later_button, Qt.MouseButton.LeftButton)  # referrals, for later
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)  # business card
    assert view.current_step() is WrapUpStep.THANK_YOU_NOTE
    again = WrapUpView(services)
    qtbot.addWidget(again)
    again.open_interview(finished_interview.id)
    assert again.current_step() is WrapUpStep.THANK_YOU_NOTE
    assert "Later" in again.step_list.item(1).text()
    assert "Skipped" in again.step_list.item(2).text()


def test_completing_every_step_emits_completed(qtbot, view, finished_interview):
    for _ in STEP_ORDER[:-1]:
        qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.completed) as blocker:
        qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [finished_interview.id]
    assert view.progress_label.text() == "Wrap-up complete"


def test_referrals_are_added_inline(qtbot, store, view, wrapups, finished_interview):
    view.go_to(WrapUpStep.REFERRALS)
    page = view.pages[WrapUpStep.REFERRALS]
    qtbot.keyClicks(page.name, "Li Wei")
    qtbot.keyClicks(page.reach, "li.wei@example.org")
    page.may_use.setCurrentIndex(1)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.list.item(0).text() == "Li Wei — li.wei@example.org"
    [person] = wrapups.referrals(finished_interview.id)
    assert person.source is ContactSource.REFERRAL
    assert person.may_use_referrer_name is True
    assert person.how_got_name == ""  # the link says it; words are made when shown
    assert page.list.item(0).toolTip().startswith("Referred by María José Ortega (informational interview, ")
    assert page.list.item(0).toolTip().endswith("; you may mention their name")
    assert any(
        item.title == "Contact Li Wei, referred by María José Ortega" for item in store.reads.today().due_actions
    )
    assert page.name.text() == ""


def test_a_typed_referral_is_not_lost_when_marking_done(qtbot, view, wrapups, finished_interview):
    view.go_to(WrapUpStep.REFERRALS)
    qtbot.keyClicks(view.pages[WrapUpStep.REFERRALS].name, "Bo Builder")
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert [person.full_name for person in wrapups.referrals(finished_interview.id)] == ["Bo Builder"]


def test_referral_without_a_name_is_refused_with_a_message(qtbot, view):
    view.go_to(WrapUpStep.REFERRALS)
    page = view.pages[WrapUpStep.REFERRALS]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "name" in page.message.text()


def test_evaluation_is_saved_and_charted(qtbot, view, wrapups, finished_interview):
    view.go_to(WrapUpStep.EVALUATE)
    page = view.pages[WrapUpStep.EVALUATE]
    page.groups[EvaluationAspect.KEPT_TO_TIME].button(4).click()
    page.groups[EvaluationAspect.NO_JOB_ASK].button(5).click()
    qtbot.keyClicks(page.reflection, "Talked too much at first")
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    saved = wrapups.evaluation(finished_interview.id)
    assert saved.scores == {EvaluationAspect.KEPT_TO_TIME: 4, EvaluationAspect.NO_JOB_ASK: 5}
    assert saved.reflection == "Talked too much at first"
    assert len(page.chart.points()) == 1
    assert "Kept to time: 4" in page.chart.accessibleDescription()


def test_evaluation_without_ratings_cannot_be_marked_done(qtbot, view, wrapups, finished_interview):
    view.go_to(WrapUpStep.EVALUATE)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.current_step() is WrapUpStep.EVALUATE
    assert wrapups.progress(finished_interview.id).state(WrapUpStep.EVALUATE) is WrapUpState.PENDING


def test_takeaways_with_weights(qtbot, view, wrapups, finished_interview):
    view.go_to(WrapUpStep.WEIGH)
    page = view.pages[WrapUpStep.WEIGH]
    qtbot.keyClicks(page.text, "Certificates matter")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    page.weight.setCurrentIndex(1)
    qtbot.keyClicks(page.text, "Pay is great")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [page.list.item(row).text() for row in range(page.list.count())] == [
        "Trust it: Certificates matter",
        "A grain of salt: Pay is great",
    ]
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.list.item(0).text() == "A grain of salt: Certificates matter"
    assert len(wrapups.takeaways(finished_interview.id)) == 2


def test_next_steps_can_be_added_and_ticked_off(qtbot, store, view, wrapups, finished_interview, clock):
    view.go_to(WrapUpStep.NEXT_STEP)
    page = view.pages[WrapUpStep.NEXT_STEP]
    qtbot.keyClicks(page.title, "Research the GIS certificate")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    [item] = wrapups.actions(finished_interview.id)
    assert item.due_on == date(2026, 12, 2)  # a week after the fake clock's today
    assert [entry.title for entry in store.reads.today().due_actions] == ["Research the GIS certificate"]
    page.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert wrapups.actions(finished_interview.id)[0].is_done


def test_markdown_and_pdf_exports_hold_the_interview(qtbot, view, wrapups, recorder, finished_interview, tmp_path):
    wrapups.mark_thank_you_sent(finished_interview.id, date(2026, 11, 26))
    view.go_to(WrapUpStep.WEIGH)
    qtbot.keyClicks(view.pages[WrapUpStep.WEIGH].text, "Certificates matter")
    recorder.save_to = tmp_path / "export.md"
    qtbot.mouseClick(view.markdown_button, Qt.MouseButton.LeftButton)
    markdown = recorder.save_to.read_text("utf-8")
    assert recorder.suggested == "interview-María-José-Ortega-2026-11-25.md"
    assert "# Informational interview with María José Ortega" in markdown
    assert "What does a typical week look like?" in markdown
    assert "Certificates matter" in markdown  # the typed takeaway was saved first
    assert "Sent on 26 Nov 2026" in markdown

    recorder.save_to = tmp_path / "export.pdf"
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert "Exported" in view.status.text()
    text = " ".join(page.extract_text() for page in PdfReader(recorder.save_to).pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # the PDF may use ligatures such as "ﬁ"
    for expected in (
        "Informational interview with María José Ortega",
        "What does a typical week look like?",
        "Hearings and site visits",
        "Zoning hearings take most of the week.",
        "Certificates matter",
        "Sent on 26 Nov 2026",
        "maria@example.org",
    ):
        assert expected in text


def test_export_to_an_unwritable_place_gives_a_message(qtbot, view, recorder, tmp_path):
    recorder.save_to = tmp_path / "missing-folder" / "export.md"
    qtbot.mouseClick(view.markdown_button, Qt.MouseButton.LeftButton)
    assert view.status.text().startswith("Problem:")


def test_finish_and_open_marks_the_interview_finished(qtbot, store, services, clock):
    from app.core.entities import Contact, Interview, InterviewStatus

    contact = store.contacts.add(Contact("Ana Lima"))
    interview = store.interviews.add(Interview(contact_id=contact.id, status=InterviewStatus.IN_PROGRESS))
    widget = WrapUpView(services)
    qtbot.addWidget(widget)
    widget.finish_and_open(interview.id)
    assert store.interviews.get(interview.id).status is InterviewStatus.FINISHED
    assert widget.heading.text() == "Wrap-up: Ana Lima"


def test_typing_on_a_step_is_kept_when_the_pane_is_left_or_the_app_quits(qtbot, services, finished_interview, wrapups):
    from app.ui.wrapup.wrapup_view import WrapUpView

    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    view.show()
    view.go_to(WrapUpStep.EVALUATE)
    page = view.current_page()
    page.reflection.setPlainText("I talked too much in the first five minutes.")
    view.hide()  # another area, or the window closing
    assert wrapups.evaluation(finished_interview.id).reflection == "I talked too much in the first five minutes."


def test_a_thank_you_note_being_written_is_kept_when_the_pane_goes_away(qtbot, services, finished_interview, wrapups):
    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    view.show()
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    view.current_page().body_edit.setPlainText("Dear María José, thank you so much.")
    view.hide()
    assert wrapups.thank_you_note(finished_interview.id).body == "Dear María José, thank you so much."


def test_a_state_of_two_words_is_never_split_when_the_step_list_wraps(qtbot, services, finished_interview):
    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    assert view.step_list.item(3).text().endswith("To\u00a0do")
