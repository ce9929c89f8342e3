"""Where the app goes when something asks to open an interview, its wrap-up or a search match.

The composition root wires the requests (a click on Today, a finished interview, a search result)
to these methods; the rules of which area and which step live here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.core.wrapup import WrapUpStep


class Areas(Protocol):
    """The main window as the navigator sees it."""

    def show_area(self, key: str) -> None: ...

    def pane(self, key: str): ...


def wrapup_step_for_match(place: str) -> WrapUpStep | None:
    """The wrap-up step where a search match was written, or None when it was not written during
    the wrap-up (notes, questions), which the interview area shows."""
    from app.core.search import MatchPlace
    from app.core.wrapup import WrapUpStep

    steps = {MatchPlace.TAKEAWAY: WrapUpStep.WEIGH, MatchPlace.ACTION: WrapUpStep.NEXT_STEP}
    try:
        return steps.get(MatchPlace(place))
    except ValueError:
        return None


class Navigator:
    def __init__(self, areas: Areas) -> None:
        self._areas = areas

    def open_wrapup(self, interview_id: int, finishing: bool = False) -> None:
        self._areas.show_area("wrapup")
        self._areas.pane("wrapup").open_wrapup(interview_id, finishing=finishing)

    def open_thank_you_note(self, interview_id: int) -> None:
        """The wrap-up of an interview at its thank-you note step (Today's reminder to send one)."""
        from app.core.wrapup import WrapUpStep

        self.open_wrapup(interview_id)
        view = self._areas.pane("wrapup").wrapup_view
        if view is not None:  # None until the data file is open
            view.open_step(interview_id, WrapUpStep.THANK_YOU_NOTE)

    def open_interview(self, interview_id: int) -> None:
        self._areas.show_area("interview")
        self._areas.pane("interview").open_interview(interview_id)

    def open_at_match(self, interview_id: int, place: str, picked_question_id: int | None, query: str) -> None:
        """Open what a search match was found in: the wrap-up at the step it was written in, or
        the interview with the match shown."""
        step = wrapup_step_for_match(place)
        if step is not None:
            self.open_wrapup(interview_id)
            self._areas.pane("wrapup").wrapup_view.go_to(step)
            return
        self._areas.show_area("interview")
        self._areas.pane("interview").reveal(interview_id, place, picked_question_id, query)
