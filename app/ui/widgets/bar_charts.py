"""Bar pictures for Today: interviews per week, and each occupation's progress toward its target.

Both paint with the palette's own colours (``chart_colours``), print their numbers, and tell the
same in words (``summary()``), which is their accessible description and tooltip, and what
``ChartPanel``'s "As text" shows instead of the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.core.entities import OccupationProgress
from app.core.today import WeekCount
from app.ui.widgets.chart_colours import ChartColours, chart_colours


def _short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class WeeklyBarChart(QWidget):
    """Interviews held per week, one bar a week, the current week last and its label in bold."""

    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[WeekCount] = []
        self.setAccessibleName(self.tr("Interviews per week"))
        self.setMinimumSize(300, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(420, 180)

    def set_weeks(self, weeks: Sequence[WeekCount]) -> None:
        self._weeks = list(weeks)
        self._describe()
        self.update()

    def weeks(self) -> list[WeekCount]:
        return list(self._weeks)

    def summary(self) -> str:
        if not self._weeks:
            return self.tr("No interviews counted yet.")
        total = sum(week.count for week in self._weeks)
        if not total:
            return self.tr("No interviews held in the last {weeks} weeks.").format(weeks=len(self._weeks))
        lines = [
            self.tr("week of {day}: {count}").format(day=_short_day(week.start), count=QLocale().toString(week.count))
            for week in self._weeks
        ]
        return self.tr("%n interview(s) held in the last {weeks} weeks: {counts}.", "", total).format(
            weeks=QLocale().toString(len(self._weeks)), counts=self.tr("; ").join(lines)
        )

    def _describe(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def colours(self) -> ChartColours:
        return chart_colours(self.palette())

    def _layout(self) -> tuple[QRectF, float, int]:
        """The plot area, the width of one week's slot and the largest count on the scale."""
        metrics = self.fontMetrics()
        # Room at each side for half a date label, so the first and last weeks' labels fit.
        side = self.MARGIN + self._label_width() / 2
        plot = QRectF(
            side,
            self.MARGIN + metrics.height(),
            self.width() - 2 * side,
            self.height() - 2 * self.MARGIN - 2 * metrics.height() - 4,
        )
        slot = plot.width() / max(len(self._weeks), 1)
        top = max((week.count for week in self._weeks), default=0)
        return plot, slot, max(top, 1)

    def _label_width(self) -> float:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return max((metrics.horizontalAdvance(_short_day(week.start)) for week in self._weeks), default=0)

    def bar_rect(self, index: int) -> QRectF:
        """Where the bar of the week at ``index`` is painted (empty for a week with none)."""
        plot, slot, top = self._layout()
        count = self._weeks[index].count
        height = plot.height() * count / top
        gap = max(slot * 0.2, 2)
        return QRectF(plot.left() + index * slot + gap / 2, plot.bottom() - height, slot - gap, height)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.colours()
        painter.fillRect(self.rect(), colours.background)
        metrics = self.fontMetrics()
        if not any(week.count for week in self._weeks):  # no bars: say so rather than show an empty axis
            painter.setPen(colours.text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.summary())
            return
        plot, slot, _top = self._layout()
        label_width = self._label_width() + 8
        every = max(1, int(label_width // max(slot, 1)) + 1)  # label every n-th week when narrow
        bold = QFont(self.font())
        bold.setBold(True)
        for index, week in enumerate(self._weeks):
            bar = self.bar_rect(index)
            centre = bar.center().x()
            if week.count:
                painter.fillRect(bar, colours.accent)
                number = QLocale().toString(week.count)
                painter.setPen(colours.text)
                painter.drawText(
                    QPointF(centre - metrics.horizontalAdvance(number) / 2, bar.top() - metrics.descent() - 2), number
                )
            last = index == len(self._weeks) - 1
            if (len(self._weeks) - 1 - index) % every == 0:
                label = _short_day(week.start)
                painter.setFont(bold if last else self.font())
                width = painter.fontMetrics().horizontalAdvance(label)
                x = centre - width / 2
                painter.setPen(colours.text)
                painter.drawText(QPointF(x, plot.bottom() + metrics.ascent() + 4), label)
                painter.setFont(self.font())
        painter.setPen(QPen(colours.text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))


# The stages, furthest along first; each has its own fill so that none depends on colour alone.
_STAGE_FILLS = (
    ("interviewed", Qt.BrushStyle.SolidPattern),
    ("scheduled", Qt.BrushStyle.Dense3Pattern),
    ("contacted", Qt.BrushStyle.BDiagPattern),
    ("found", Qt.BrushStyle.NoBrush),
)


class OccupationProgressChart(QWidget):
    """One segmented bar per occupation: a slot for each person toward the target (more when
    more people were found), filled by how far each has got, with the numbers in words above."""

    MARGIN = 8
    BAR_HEIGHT = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OccupationProgress] = []
        self._lines = 1
        self.setAccessibleName(self.tr("Progress per occupation"))
        self.setMinimumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._describe()

    def _stage_names(self) -> dict[str, str]:
        return {
            "interviewed": self.tr("Interviewed"),
            "scheduled": self.tr("Scheduled"),
            "contacted": self.tr("Contacted"),
            "found": self.tr("Found"),
        }

    def _lines_per_row(self) -> int:
        """1 when every title and its numbers fit on one line at this width, else 2 (title above
        its numbers), so the numbers are never cut off."""
        bold = QFont(self.font())
        bold.setBold(True)
        titles, words = QFontMetrics(bold), self.fontMetrics()
        room = self.width() - 2 * self.MARGIN - 12
        for row in self._rows:
            if titles.horizontalAdvance(row.occupation.title) + words.horizontalAdvance(self.row_words(row)) > room:
                return 2
        return 1

    def _row_height(self) -> int:
        return self._lines * self.fontMetrics().height() + self.BAR_HEIGHT + 14

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        lines = self._lines_per_row()
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        legend = self.fontMetrics().height() + 10
        return QSize(420, 2 * self.MARGIN + legend + max(len(self._rows), 1) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def set_rows(self, rows: Sequence[OccupationProgress]) -> None:
        self._rows = list(rows)
        self._describe()
        self._lines = self._lines_per_row()
        self.updateGeometry()
        self.update()

    def rows(self) -> list[OccupationProgress]:
        return list(self._rows)

    def row_words(self, row: OccupationProgress) -> str:
        target = row.occupation.target_interviews
        words = self.tr(
            "{interviewed} of %n interviewed · {scheduled} scheduled · {contacted} contacted · {found} found",
            "",
            target,
        )
        return words.format(
            interviewed=QLocale().toString(row.interviewed),
            scheduled=QLocale().toString(row.scheduled),
            contacted=QLocale().toString(row.contacted),
            found=QLocale().toString(row.found),
        )

    def summary(self) -> str:
        if not self._rows:
            return self.tr("No occupations yet.")
        lines = [
            self.tr("{title}: {progress}").format(title=row.occupation.title, progress=self.row_words(row))
            for row in self._rows
        ]
        return self.tr("Progress toward each occupation's target. {rows}.").format(rows=self.tr("; ").join(lines))

    def _describe(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def colours(self) -> ChartColours:
        return chart_colours(self.palette())

    def bar_rect(self, index: int) -> QRectF:
        """The whole track of the occupation at ``index``: its target, or everyone found if more."""
        metrics = self.fontMetrics()
        top = self.MARGIN + metrics.height() + 10 + index * self._row_height() + self._lines * metrics.height() + 4
        return QRectF(self.MARGIN, top, self.width() - 2 * self.MARGIN, self.BAR_HEIGHT)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        colours = self.colours()
        painter.fillRect(self.rect(), colours.background)
        metrics = self.fontMetrics()
        if not self._rows:
            painter.setPen(colours.text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.summary())
            return
        self._paint_legend(painter, colours)
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(self._rows):
            track = self.bar_rect(index)
            words_y = track.top() - metrics.descent() - 4
            title_y = words_y - (self._lines - 1) * metrics.height()
            painter.setFont(bold)
            title = painter.fontMetrics().elidedText(
                row.occupation.title, Qt.TextElideMode.ElideRight, int(track.width())
            )
            painter.setPen(colours.text)
            painter.drawText(QPointF(track.left(), title_y), title)
            painter.setFont(self.font())
            words = metrics.elidedText(self.row_words(row), Qt.TextElideMode.ElideRight, int(track.width()))
            if self._lines == 1:
                painter.drawText(QPointF(track.right() - metrics.horizontalAdvance(words), words_y), words)
            else:
                painter.drawText(QPointF(track.left(), words_y), words)
            self._paint_bar(painter, colours, track, row)

    def _paint_legend(self, painter: QPainter, colours: ChartColours) -> None:
        metrics = self.fontMetrics()
        x = float(self.MARGIN)
        y = float(self.MARGIN)
        box = metrics.height() - 4
        names = self._stage_names()
        for stage, style in reversed(_STAGE_FILLS):
            swatch = QRectF(x, y + 2, box * 1.6, box)
            self._fill(painter, colours, swatch, style)
            x = swatch.right() + 4
            painter.setPen(colours.text)
            painter.drawText(QPointF(x, y + metrics.ascent()), names[stage])
            x += metrics.horizontalAdvance(names[stage]) + 14
        painter.setPen(QPen(colours.text, 2))
        painter.drawLine(QPointF(x + 2, y), QPointF(x + 2, y + metrics.height()))
        painter.drawText(QPointF(x + 8, y + metrics.ascent()), self.tr("Target"))

    @staticmethod
    def _fill(painter: QPainter, colours: ChartColours, rect: QRectF, style: Qt.BrushStyle) -> None:
        painter.setPen(QPen(colours.accent, 1))
        painter.setBrush(QBrush(colours.accent, style))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_bar(self, painter: QPainter, colours: ChartColours, track: QRectF, row: OccupationProgress) -> None:
        target = max(row.occupation.target_interviews, 1)
        slots = max(target, row.found)
        unit = track.width() / slots
        counts = {
            "interviewed": row.interviewed,
            "scheduled": row.scheduled,
            "contacted": row.contacted,
            "found": row.found,
        }
        painter.setPen(QPen(colours.faint, 1, Qt.PenStyle.DashLine))
        painter.drawRect(track.adjusted(0.5, 0.5, -0.5, -0.5))  # the empty slots toward the target
        for stage, style in reversed(_STAGE_FILLS):  # found first, interviewed last, on top
            if counts[stage]:
                filled = QRectF(track.left(), track.top(), unit * counts[stage], track.height())
                self._fill(painter, colours, filled, style)
        if unit >= 8:  # a gap between slots, so people can be counted by eye
            painter.setPen(QPen(colours.background, 2))
            for slot in range(1, slots):
                x = track.left() + unit * slot
                painter.drawLine(QPointF(x, track.top()), QPointF(x, track.bottom()))
        target_x = track.left() + unit * target
        painter.setPen(QPen(colours.text, 2))
        painter.drawLine(QPointF(target_x - 1, track.top() - 3), QPointF(target_x - 1, track.bottom() + 3))


class ChartPanel(QWidget):
    """A picture under its heading, with an "As text" switch that shows its words instead."""

    def __init__(self, heading: str, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        title = QLabel(heading)
        title.setObjectName("sectionHeading")
        title.setWordWrap(True)  # on two lines rather than cut short at a large zoom
        self.as_text = QToolButton()
        self.as_text.setText(self.tr("As text"))
        self.as_text.setCheckable(True)
        self.as_text.setToolTip(self.tr("Show this picture's numbers as words"))
        self.as_text.setAccessibleName(self.tr("Show {picture} as text").format(picture=heading))
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.hide()
        self.as_text.toggled.connect(self._show_words)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.as_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(chart)
        layout.addWidget(self.words)

    def refresh_words(self) -> None:
        self.words.setText(self.chart.summary())

    def _show_words(self, on: bool) -> None:
        self.refresh_words()
        self.words.setVisible(on)
        self.chart.setVisible(not on)
