"""Today's bar pictures: painted where their numbers say, in the palette's colours, readable on a
dark palette, and told in words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette

from app.core.entities import Occupation, OccupationProgress
from app.core.today import WeekCount
from app.ui.widgets.bar_charts import OccupationProgressChart, WeeklyBarChart
from app.ui.widgets.chart_colours import READABLE_CONTRAST, chart_colours, contrast_ratio, readable_on


def dark_palette(highlight: str = "#2a82da") -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#dcdcdc"),
        (QPalette.ColorRole.Highlight, highlight),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def weeks(*counts: int) -> list[WeekCount]:
    first = date(2026, 9, 7)
    return [WeekCount(first + timedelta(weeks=n), count) for n, count in enumerate(counts)]


def painted(widget) -> QImage:
    return widget.grab().toImage()


def pixel(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(QPoint(int(x), int(y))).name()


@pytest.fixture
def weekly(qtbot):
    chart = WeeklyBarChart()
    qtbot.addWidget(chart)
    chart.resize(480, 200)
    chart.set_weeks(weeks(0, 1, 0, 0, 2, 0, 0, 0, 4, 0, 0, 1))
    return chart


def test_weekly_bars_are_as_tall_as_their_counts(weekly):
    heights = [weekly.bar_rect(index).height() for index in range(12)]
    assert (
        heights[8] > 0 and heights[4] == pytest.approx(heights[8] / 2) and heights[1] == pytest.approx(heights[8] / 4)
    )
    assert heights[0] == 0
    image = painted(weekly)
    colours = weekly.colours()
    tall = weekly.bar_rect(8)
    assert pixel(image, tall.center().x(), tall.center().y()) == colours.accent.name()
    empty = weekly.bar_rect(0)
    assert pixel(image, empty.center().x(), tall.center().y()) == colours.background.name()


def test_weekly_chart_in_words(weekly):
    assert weekly.accessibleName() == "Interviews per week"
    words = weekly.accessibleDescription()
    assert words.startswith("8 interviews held in the last 12 weeks: week of 7 Sep: 0; week of 14 Sep: 1;")
    assert words.endswith("week of 23 Nov: 1.")
    assert weekly.toolTip() == words


def progress(title: str, target: int, found: int, contacted: int, scheduled: int, interviewed: int):
    return OccupationProgress(
        Occupation(title, target_interviews=target), 0, 0, found, contacted, scheduled, interviewed
    )


@pytest.fixture
def bars(qtbot):
    chart = OccupationProgressChart()
    qtbot.addWidget(chart)
    chart.resize(500, chart.sizeHint().height())
    chart.set_rows([progress("Nurse", 4, 3, 2, 1, 1), progress("Park ranger", 3, 6, 5, 3, 2)])
    chart.resize(500, chart.sizeHint().height())
    return chart


def test_each_slot_of_an_occupation_bar_is_one_person_toward_the_target(bars):
    image = painted(bars)
    colours = bars.colours()
    track = bars.bar_rect(0)  # Nurse: a slot for each of the 4 wanted
    slot = track.width() / 4
    middle = track.center().y()
    assert pixel(image, track.left() + slot * 0.5, middle) == colours.accent.name()  # interviewed: solid
    assert pixel(image, track.left() + slot * 3.5, middle) == colours.background.name()  # nobody yet
    assert bars.row_words(bars.rows()[0]) == "1 of 4 interviewed · 1 scheduled · 2 contacted · 3 found"
    track = bars.bar_rect(1)  # Park ranger: six found, more than the target of three
    slot = track.width() / 6
    assert pixel(image, track.left() + slot * 1.5, track.center().y()) == colours.accent.name()
    assert pixel(image, track.left() + slot * 5.5, track.top() + 0.5) == colours.accent.name()  # found: outlined


def test_occupation_bars_in_words(bars):
    assert bars.accessibleName() == "Progress per occupation"
    assert bars.accessibleDescription() == (
        "Progress toward each occupation's target. "
        "Nurse: 1 of 4 interviewed · 1 scheduled · 2 contacted · 3 found; "
        "Park ranger: 2 of 3 interviewed · 3 scheduled · 5 contacted · 6 found."
    )


@pytest.mark.parametrize("highlight", ["#2a82da", "#1d3557", "#3a3a3a"])
def test_on_a_dark_palette_bars_and_words_stand_out_from_the_background(qtbot, weekly, bars, highlight):
    for chart in (weekly, bars):
        chart.setPalette(dark_palette(highlight))
        colours = chart.colours()
        assert colours.background == QColor("#1e1e1e")
        assert contrast_ratio(colours.text, colours.background) >= READABLE_CONTRAST
        assert contrast_ratio(colours.accent, colours.background) >= READABLE_CONTRAST
    image = painted(weekly)
    tall = weekly.bar_rect(8)
    bar = pixel(image, tall.center().x(), tall.center().y())
    corner = pixel(image, 1, 1)
    assert bar == weekly.colours().accent.name()
    assert contrast_ratio(QColor(bar), QColor(corner)) >= READABLE_CONTRAST


def test_a_colour_already_readable_is_kept_and_a_faint_one_is_made_readable():
    white, black = QColor("white"), QColor("black")
    assert readable_on(QColor("#003366"), white) == QColor("#003366")
    lifted = readable_on(QColor("#1d3557"), QColor("#1e1e1e"))
    assert contrast_ratio(lifted, QColor("#1e1e1e")) >= READABLE_CONTRAST
    assert lifted.lightness() > QColor("#1d3557").lightness()
    darkened = readable_on(QColor("#a0c8f0"), white)
    assert contrast_ratio(darkened, white) >= READABLE_CONTRAST
    assert contrast_ratio(white, black) == pytest.approx(21)
    assert chart_colours(dark_palette()).faint.alpha() < 255
