from datetime import UTC, datetime

from PySide6.QtGui import QColor, QImage

from app.core.wrapup import EvaluationAspect, EvaluationPoint
from app.ui.widgets.evaluation_chart import MAX_INTERVIEWS_SHOWN, EvaluationChart


def _point(number: int, **scores) -> EvaluationPoint:
    return EvaluationPoint(
        number,
        datetime(2026, 11, number, 14, tzinfo=UTC),
        f"Person {number}",
        {EvaluationAspect(aspect): score for aspect, score in scores.items()},
    )


def _ink(widget) -> int:
    image: QImage = widget.grab().toImage()
    background = image.pixelColor(1, 1)
    return sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y) != background
    )


def test_summary_reads_the_chart_in_words(qtbot):
    chart = EvaluationChart()
    qtbot.addWidget(chart)
    assert chart.summary() == "No ratings yet."
    chart.set_points([_point(1, kept_to_time=2, listened_more=3), _point(2, kept_to_time=4)])
    assert chart.summary() == "Ratings over 2 interviews. Kept to time: 2, 4; Listened more than talked: 3."
    assert chart.accessibleDescription() == chart.summary()


def test_more_ratings_draw_more_on_the_picture(qtbot):
    chart = EvaluationChart()
    qtbot.addWidget(chart)
    chart.resize(560, 260)
    empty = _ink(chart)
    chart.set_points([_point(1, kept_to_time=2)])
    one = _ink(chart)
    chart.set_points([_point(day, kept_to_time=day % 5 + 1, good_questions=3, no_job_ask=5) for day in range(1, 6)])
    many = _ink(chart)
    assert empty < one < many


def test_only_the_latest_interviews_are_shown(qtbot):
    chart = EvaluationChart()
    qtbot.addWidget(chart)
    chart.set_points([_point(day, kept_to_time=3) for day in range(1, 21)])
    assert len(chart.points()) == MAX_INTERVIEWS_SHOWN
    assert chart.points()[-1].interview_id == 20


def test_markers_are_not_told_apart_by_colour_alone(qtbot):
    chart = EvaluationChart()
    qtbot.addWidget(chart)
    chart.resize(560, 260)
    chart.set_points([_point(1, kept_to_time=3, good_questions=3, listened_more=3, no_job_ask=3)])
    grey = chart.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    # In greyscale the printed scores are still there: dark text pixels in every row.
    rows = 4
    dark = QColor(80, 80, 80).lightness()
    for row in range(rows):
        top = row * grey.height() // rows
        band = [
            grey.pixelColor(x, y).lightness()
            for x in range(grey.width() // 2, grey.width())
            for y in range(top, top + grey.height() // rows)
        ]
        assert min(band) < dark
