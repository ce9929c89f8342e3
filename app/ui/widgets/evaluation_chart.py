"""A small picture of the self-evaluation ratings across interviews.

One row per aspect, interviews left to right, each rating a marker with its number beside it.
Every aspect has its own marker shape and the numbers are printed, so the chart reads the same
in greyscale, on a washed-out projector, or for someone who does not tell colours apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.wrapup import MAX_SCORE, MIN_SCORE, EvaluationAspect, EvaluationPoint
from app.ui.widgets.i18n import tr_enum
from app.ui.widgets.palette import CHART_SERIES, active_palette

MAX_INTERVIEWS_SHOWN = 12
_ASPECTS = tuple(EvaluationAspect)
_SHAPES = ("circle", "square", "triangle", "diamond")
# The theme's series colours (Okabe–Ito hues, apart for common colour-vision differences); shapes
# and printed numbers carry the meaning.
_SERIES_ROLES = CHART_SERIES


def _x_label(point: EvaluationPoint, zone: tzinfo) -> str:
    when: datetime | None = point.when
    if when is None:
        return point.contact_name.split()[0] if point.contact_name.split() else "?"
    local = when.astimezone(zone)
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")


class EvaluationChart(QWidget):
    def __init__(self, zone: tzinfo = UTC, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone  # the person's zone: dates under the points are their calendar days
        self._points: list[EvaluationPoint] = []
        self.setAccessibleName(self.tr("Your ratings across interviews"))
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_description()

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def set_points(self, points: Sequence[EvaluationPoint]) -> None:
        self._points = list(points)[-MAX_INTERVIEWS_SHOWN:]
        self._update_description()
        self.update()

    def points(self) -> list[EvaluationPoint]:
        return list(self._points)

    def summary(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        if not self._points:
            return self.tr("No ratings yet.")
        lines = []
        for aspect in _ASPECTS:
            scores = [str(point.scores[aspect]) for point in self._points if aspect in point.scores]
            if scores:
                lines.append(self.tr("{aspect}: {scores}").format(aspect=tr_enum(aspect), scores=", ".join(scores)))
        return self.tr("Ratings over %n interview(s). {ratings}.", "", len(self._points)).format(
            ratings=self.tr("; ").join(lines)
        )

    def _update_description(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # ---- painting -------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = active_palette()
        text_colour = palette.colour("text")
        painter.fillRect(self.rect(), palette.colour("base"))
        metrics = painter.fontMetrics()
        if not self._points:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Rate an interview to see your progress here.")
            )
            return
        label_width = max(metrics.horizontalAdvance(tr_enum(aspect)) for aspect in _ASPECTS) + 36
        bottom_band = metrics.height() + 8
        top = 6
        plot_left = label_width + metrics.horizontalAdvance("5") + 10
        plot_right = self.width() - metrics.horizontalAdvance("30 Nov") / 2 - 12
        row_height = (self.height() - top - bottom_band) / len(_ASPECTS)
        count = len(self._points)
        first_x = plot_left + 16  # clear of the axis numbers
        step = (plot_right - first_x) / max(count - 1, 1)
        xs = [first_x + (step * index if count > 1 else (plot_right - first_x) / 2) for index in range(count)]
        grid = QColor(text_colour)
        grid.setAlpha(60)

        for row, aspect in enumerate(_ASPECTS):
            row_top = top + row * row_height
            inner_top = row_top + metrics.height() * 0.9
            inner_bottom = row_top + row_height - metrics.height() * 0.7

            def y_for(score: int, inner_top=inner_top, inner_bottom=inner_bottom) -> float:
                share = (score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)
                return inner_bottom - share * (inner_bottom - inner_top)

            if row:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(0, row_top), QPointF(self.width(), row_top))
            colour = palette.colour(_SERIES_ROLES[row])
            shape = _SHAPES[row]
            # The row's name with its marker, as a legend that is also the axis label.
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(colour)
            self._marker(painter, shape, QPointF(10, row_top + row_height / 2), 5)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(22, row_top, label_width - 24, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                tr_enum(aspect),
            )
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            for score, mark in ((MIN_SCORE, "1"), (MAX_SCORE, "5")):
                y = y_for(score)
                painter.drawLine(QPointF(plot_left, y), QPointF(plot_right, y))
                painter.setPen(text_colour)
                painter.drawText(
                    QPointF(plot_left - metrics.horizontalAdvance(mark) - 6, y + metrics.ascent() / 2 - 1), mark
                )
                painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))

            placed = [
                (xs[index], point.scores[aspect]) for index, point in enumerate(self._points) if aspect in point.scores
            ]
            if len(placed) > 1:
                path = QPainterPath(QPointF(placed[0][0], y_for(placed[0][1])))
                for x, score in placed[1:]:
                    path.lineTo(QPointF(x, y_for(score)))
                painter.setPen(QPen(colour, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            bold = QFont(self.font())
            bold.setBold(True)
            for x, score in placed:
                centre = QPointF(x, y_for(score))
                painter.setPen(QPen(colour.darker(130), 1.5))
                painter.setBrush(colour)
                self._marker(painter, shape, centre, 5)
                painter.setFont(bold)
                painter.setPen(text_colour)
                painter.drawText(QPointF(x + 8, centre.y() + metrics.ascent() / 2 - 1), str(score))
                painter.setFont(self.font())

        painter.setPen(text_colour)
        baseline = self.height() - 6
        for x, point in zip(xs, self._points, strict=True):
            label = _x_label(point, self._zone)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, baseline), label)

    @staticmethod
    def _marker(painter: QPainter, shape: str, centre: QPointF, radius: float) -> None:
        x, y = centre.x(), centre.y()
        if shape == "circle":
            painter.drawEllipse(centre, radius, radius)
        elif shape == "square":
            painter.drawRect(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y - radius - 1),
                        QPointF(x + radius + 1, y + radius),
                        QPointF(x - radius - 1, y + radius),
                    ]
                )
            )
        else:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y - radius - 1),
                        QPointF(x + radius + 1, y),
                        QPointF(x, y + radius + 1),
                        QPointF(x - radius - 1, y),
                    ]
                )
            )
