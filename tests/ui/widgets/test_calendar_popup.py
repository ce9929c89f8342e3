"""The date picker's pop-up shows its last week whole, with the theme's padding and at any zoom."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from app.paths import resource
from app.ui.shell.theme import STYLESHEET_TEMPLATE, build_stylesheet
from app.ui.shell.zoom import apply_zoom
from app.ui.widgets.calendar_popup import RoomyCalendar
from app.ui.widgets.palette import load_palette


def light_stylesheet() -> str:
    """The light theme's stylesheet as the app builds it (its palette in the shared template)."""
    template = resource("themes", STYLESHEET_TEMPLATE).read_text(encoding="utf-8")
    return build_stylesheet(load_palette(resource("themes", "light.toml")), template)


@pytest.fixture
def themed(qapp):
    qapp.setStyleSheet(light_stylesheet())
    yield
    apply_zoom(100)
    qapp.setStyleSheet("")


@pytest.mark.parametrize("percent", [100, 200])
def test_every_week_of_the_month_is_shown_whole(qtbot, themed, percent):
    apply_zoom(percent)
    popup = QWidget()  # stands in for the date edit's pop-up, sized before the rows are measured
    qtbot.addWidget(popup)
    calendar = RoomyCalendar()
    layout = QVBoxLayout(popup)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(calendar)
    popup.resize(120, 60)
    popup.show()
    qtbot.waitExposed(popup)
    grid = calendar.findChild(QTableView)
    rows = sum(grid.rowHeight(row) for row in range(grid.model().rowCount()))
    assert grid.model().rowCount() == 7  # the day names and six weeks
    assert grid.viewport().height() >= rows
    assert grid.viewport().width() >= sum(grid.columnWidth(c) for c in range(grid.model().columnCount()))
