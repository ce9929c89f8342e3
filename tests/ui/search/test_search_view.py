from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.search import MatchPlace
from app.store.search_repository import SearchUnavailable
from app.ui.search.search_view import SearchView
from tests.content_helpers import add_interview, content_repository, pick_questions, search_repository


@pytest.fixture
def seeded(store, clock):
    content = content_repository(store, clock)
    first = add_interview(store, name="Zoë Lindqvist", organisation="Northwind", occupation="Dispatcher")
    second = add_interview(store, name="Amir Haddad", organisation="Crème & Co", occupation="Pastry chef")
    (picked,) = pick_questions(store, clock, second, ["What do you enjoy least?"])
    content.save(first, notes="Radio <b>discipline</b> matters; ask about the union café.")
    content.save(second, notes="Early starts.", answers={picked: "The café opens at five, so <early> starts"})
    return first, second, picked


@pytest.fixture
def view(qtbot, store, clock, seeded):
    widget = SearchView(search_repository(store, clock))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_results_appear_after_a_pause_in_typing(qtbot, view):
    with qtbot.waitSignal(view.results_shown, timeout=2000) as shown:
        qtbot.keyClicks(view.query, "CAFE")
    assert shown.args == [2]
    places = {view.hit_at(row).place for row in range(2)}
    assert places == {MatchPlace.NOTES, MatchPlace.ANSWER}


def test_snippets_mark_the_match_and_show_notes_text_literally(qtbot, view, seeded):
    qtbot.keyClicks(view.query, "discipline")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.results.count() == 1
    html = view.results.item(0).data(Qt.ItemDataRole.UserRole + 21)
    assert "<b><u>discipline</u></b>" in html
    assert "&lt;b&gt;" in html  # a note's own angle brackets are text, not markup
    words = view.results.item(0).text()
    assert words.startswith("Zoë Lindqvist, Northwind, Dispatcher — Notes: Radio <b>discipline</b>")


def test_an_answer_result_names_its_question_and_opens_there(qtbot, view, seeded):
    _, second, picked = seeded
    qtbot.keyClicks(view.query, "opens")
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert "to “What do you enjoy least?”" in view.results.item(0).text()

    qtbot.keyClick(view.query, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    with qtbot.waitSignal(view.open_interview) as opened:
        qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert opened.args == [second, "answer", picked, "opens"]


def test_people_organisations_and_occupations_are_found(qtbot, view, seeded):
    first, second, _ = seeded
    for query, place, interview in (
        ("zoe", MatchPlace.CONTACT, first),
        ("creme", MatchPlace.ORGANISATION, second),
        ("pastry", MatchPlace.OCCUPATION, second),
    ):
        view.query.setText(query)
        view.search_now()
        assert [(view.hit_at(row).place, view.hit_at(row).interview_id) for row in range(view.results.count())] == [
            (place, interview)
        ]


def test_no_match_and_empty_query_say_so(qtbot, view):
    view.query.setText("submarine")
    view.search_now()
    assert view.results.count() == 0
    assert "Nothing in your interviews matches “submarine”" in view.summary.text()
    view.query.setText("  ")
    view.search_now()
    assert view.summary.text().startswith("Type a word")


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "NEAR(", "*", "😀", "مرحبا", "\x00", "a" * 5000])
def test_odd_queries_never_fail(qtbot, view, query):
    view.query.setText(query)
    view.search_now()
    assert view.results.count() == 0


def test_a_database_error_is_reported_in_words(qtbot, seeded):
    class Broken:
        def search(self, text, page=0):
            raise SearchUnavailable("database is locked")

    view = SearchView(Broken())
    qtbot.addWidget(view)
    view.query.setText("radio")
    view.search_now()
    assert "not available right now" in view.summary.text()


@pytest.fixture
def harbour(qtbot, store, clock, monkeypatch):
    """``harbour(people, page_rows, size=None, search=None)``: that many interviews whose notes
    say "harbour pilots", pages of ``page_rows``, and a search view on them (shown at ``size``),
    already searched for "harbour"."""
    from app.store import search_repository as module

    def make(people: int, page_rows: int, size: tuple[int, int] | None = None, search=None) -> SearchView:
        monkeypatch.setattr(module, "PAGE_ROWS", page_rows)
        content = content_repository(store, clock)
        for index in range(people):
            content.save_notes(add_interview(store, name=f"Person {index}", occupation=None), "harbour pilots")
        view = SearchView(search or search_repository(store, clock))
        qtbot.addWidget(view)
        if size is not None:
            view.resize(*size)
            view.show()
            qtbot.waitExposed(view)
        view.query.setText("harbour")
        view.search_now()
        return view

    return make


def test_show_more_appends_the_next_page(qtbot, harbour):
    view = harbour(5, page_rows=2)
    assert view.results.count() == 2
    assert view.summary.text().startswith("First 2 matches, best first")
    assert not view.more_button.isHidden()
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert view.results.count() == 5
    assert view.more_button.isHidden()
    assert len({view.hit_at(row).interview_id for row in range(5)}) == 5


def test_walking_or_scrolling_to_the_end_brings_the_next_page(qtbot, harbour):
    view = harbour(8, page_rows=3, size=(600, 240))
    assert view.results.count() == 3
    view.results.setFocus()
    view.results.setCurrentRow(0)
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    assert view.results.count() == 3
    qtbot.keyClick(view.results, Qt.Key.Key_Down)  # the last row: the next page comes
    assert view.results.count() == 6
    bar = view.results.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert view.results.count() == 8
    assert view.more_button.isHidden()
    bar.setValue(bar.maximum())  # nothing more to fetch
    assert view.results.count() == 8


def test_a_page_that_leaves_the_list_unfilled_brings_the_next(qtbot, harbour):
    view = harbour(5, page_rows=2, size=(900, 700))
    qtbot.waitUntil(lambda: view.results.count() == 5)
    assert view.more_button.isHidden()


def test_a_page_that_failed_is_asked_for_again_and_nothing_past_the_end(qtbot, store, clock, harbour):
    class Flaky:
        def __init__(self, real) -> None:
            self.real = real
            self.pages: list[int] = []
            self.fail_next = False

        def search(self, text, page=0):
            self.pages.append(page)
            if self.fail_next:
                self.fail_next = False
                raise SearchUnavailable("database is locked")
            return self.real.search(text, page=page)

    flaky = Flaky(search_repository(store, clock))
    view = harbour(5, page_rows=2, search=flaky)
    flaky.fail_next = True
    view.show_more()
    assert "not available right now" in view.summary.text()
    assert view.results.count() == 2
    view.show_more()
    view.show_more()
    assert flaky.pages == [0, 1, 1, 2]
    assert view.results.count() == 5
    assert len({view.hit_at(row).interview_id for row in range(5)}) == 5
    view.show_more()  # nothing more: the store is not asked
    assert flaky.pages == [0, 1, 1, 2]


def test_coming_back_to_search_shows_current_results(qtbot, view, store, clock, seeded):
    view.query.setText("lighthouse")
    view.search_now()
    assert view.results.count() == 0
    view.hide()
    content_repository(store, clock).save(seeded[0], notes="Visited the lighthouse workshop.")
    with qtbot.waitSignal(view.results_shown) as shown:
        view.show()
    assert shown.args == [1]
