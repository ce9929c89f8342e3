"""Which area, and which wrap-up step, a request opens; without the rest of the app."""

from __future__ import annotations

from app.core.search import MatchPlace
from app.core.wrapup import WrapUpStep
from app.ui.shell.navigator import Navigator, wrapup_step_for_match


class Recorder:
    def __init__(self, calls: list[tuple], name: str) -> None:
        self._calls = calls
        self._name = name

    def __getattr__(self, method: str):
        if method == "wrapup_view":
            return Recorder(self._calls, "wrapup_view")
        return lambda *args, **kwargs: self._calls.append((self._name, method, args, kwargs))


class FakeAreas:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def show_area(self, key: str) -> None:
        self.calls.append(("window", "show_area", (key,), {}))

    def pane(self, key: str) -> Recorder:
        return Recorder(self.calls, key)


def test_matches_written_during_the_wrap_up_open_at_their_step():
    assert wrapup_step_for_match(MatchPlace.TAKEAWAY) is WrapUpStep.WEIGH
    assert wrapup_step_for_match(MatchPlace.ACTION) is WrapUpStep.NEXT_STEP


def test_other_matches_are_not_wrap_up_steps():
    for place in (MatchPlace.NOTES, MatchPlace.ANSWER, MatchPlace.CONTACT, MatchPlace.OCCUPATION):
        assert wrapup_step_for_match(place) is None
    assert wrapup_step_for_match("somewhere unknown") is None


def test_a_takeaway_match_opens_the_wrap_up_at_weighing():
    areas = FakeAreas()
    Navigator(areas).open_at_match(7, MatchPlace.TAKEAWAY.value, None, "rotation")
    assert areas.calls == [
        ("window", "show_area", ("wrapup",), {}),
        ("wrapup", "open_wrapup", (7,), {"finishing": False}),
        ("wrapup_view", "go_to", (WrapUpStep.WEIGH,), {}),
    ]


def test_a_notes_match_opens_the_interview_at_the_match():
    areas = FakeAreas()
    Navigator(areas).open_at_match(7, MatchPlace.NOTES.value, 3, "rotation")
    assert areas.calls == [
        ("window", "show_area", ("interview",), {}),
        ("interview", "reveal", (7, "notes", 3, "rotation"), {}),
    ]


def test_finishing_opens_the_wrap_up_as_finishing():
    areas = FakeAreas()
    Navigator(areas).open_wrapup(4, finishing=True)
    assert areas.calls == [
        ("window", "show_area", ("wrapup",), {}),
        ("wrapup", "open_wrapup", (4,), {"finishing": True}),
    ]


def test_a_thank_you_reminder_opens_the_wrap_up_at_the_note_step():
    areas = FakeAreas()
    Navigator(areas).open_thank_you_note(5)
    assert areas.calls == [
        ("window", "show_area", ("wrapup",), {}),
        ("wrapup", "open_wrapup", (5,), {"finishing": False}),
        ("wrapup_view", "open_step", (5, WrapUpStep.THANK_YOU_NOTE), {}),
    ]
