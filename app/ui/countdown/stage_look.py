"""How each countdown stage looks: a colour, a shape and words, so nothing relies on colour alone.

Shapes: on track is a circle with a tick, wrap-up a triangle, last minutes a diamond with "!",
overtime an octagon (a stop sign) with "+". Not started, paused and finished have their own
neutral shapes (an open circle, two bars, a square) drawn in grey.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.countdown import CountdownSnapshot, CountdownStage, CountdownState


@dataclass(frozen=True, slots=True)
class StageLook:
    key: str  # names the shape: "ready", "paused", "finished" or a stage's value
    accent: QColor  # shapes and borders on a light background
    tint: QColor  # the panel's background
    on_dark: QColor  # words on the projector's black background (all pass 7:1 on black)


_LOOKS = {
    "ready": StageLook("ready", QColor("#4b5563"), QColor("#f3f4f6"), QColor("#e5e7eb")),
    "paused": StageLook("paused", QColor("#4b5563"), QColor("#f3f4f6"), QColor("#e5e7eb")),
    "finished": StageLook("finished", QColor("#4b5563"), QColor("#f3f4f6"), QColor("#e5e7eb")),
    CountdownStage.ON_TRACK.value: StageLook("on_track", QColor("#166534"), QColor("#e7f6ec"), QColor("#86efac")),
    CountdownStage.WRAP_UP.value: StageLook("wrap_up", QColor("#92400e"), QColor("#fff3d6"), QColor("#fde047")),
    CountdownStage.LAST_MINUTES.value: StageLook(
        "last_minutes", QColor("#9a3412"), QColor("#ffe4d2"), QColor("#fdba74")
    ),
    CountdownStage.OVERTIME.value: StageLook("overtime", QColor("#991b1b"), QColor("#fde2e2"), QColor("#fca5a5")),
}


def look_for(snapshot: CountdownSnapshot) -> StageLook:
    if snapshot.state is CountdownState.NOT_STARTED:
        return _LOOKS["ready"]
    if snapshot.state is CountdownState.PAUSED:
        return _LOOKS["paused"]
    if snapshot.state is CountdownState.FINISHED:
        return _LOOKS["finished"]
    return _LOOKS[snapshot.stage.value]


def _regular_polygon(centre: QPointF, radius: float, sides: int, rotation: float) -> QPolygonF:
    points = []
    for index in range(sides):
        angle = rotation + 2 * math.pi * index / sides
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return QPolygonF(points)


class StageShape(QWidget):
    """The stage's shape, painted (so it scales to any size and needs no image plugin)."""

    def __init__(self, side: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side = side
        self._look = _LOOKS["ready"]
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # The words beside it already say the stage; the shape is decoration to a screen reader.
        self.setAccessibleName("")

    @property
    def shape_key(self) -> str:
        return self._look.key

    def set_look(self, look: StageLook) -> None:
        if look != self._look:
            self._look = look
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paint_stage_shape(painter, QRectF(self.rect()), self._look.key, self._look.accent, QColor("white"))
        painter.end()


def paint_stage_shape(painter: QPainter, area: QRectF, key: str, fill: QColor, mark: QColor) -> None:
    """The shape of stage ``key`` filled with ``fill``, its tick, "!" or "+" in ``mark``, centred in ``area``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(area.width(), area.height())
    box = QRectF(area.left() + (area.width() - side) / 2, area.top() + (area.height() - side) / 2, side, side).adjusted(
        2, 2, -2, -2
    )
    centre = box.center()
    radius = box.width() / 2
    painter.setPen(QPen(fill, max(2.0, side / 14)))
    painter.setBrush(fill)
    mark_pen = QPen(mark, max(2.0, side / 10), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if key == "on_track":
        painter.drawEllipse(box)
        painter.setPen(mark_pen)
        path = QPainterPath(QPointF(centre.x() - radius * 0.45, centre.y()))
        path.lineTo(centre.x() - radius * 0.1, centre.y() + radius * 0.35)
        path.lineTo(centre.x() + radius * 0.45, centre.y() - radius * 0.35)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif key == "wrap_up":
        painter.drawPolygon(
            _regular_polygon(QPointF(centre.x(), centre.y() + radius * 0.2), radius * 1.1, 3, -math.pi / 2)
        )
    elif key in ("last_minutes", "overtime"):
        if key == "last_minutes":
            painter.drawPolygon(_regular_polygon(centre, radius, 4, -math.pi / 2))
            text = "!"
        else:
            painter.drawPolygon(_regular_polygon(centre, radius, 8, math.pi / 8))
            text = "+"
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(8, int(side * 0.55)))
        painter.setFont(font)
        painter.setPen(mark)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    elif key == "paused":
        bar = box.width() * 0.28
        painter.drawRect(QRectF(box.left() + box.width() * 0.12, box.top(), bar, box.height()))
        painter.drawRect(QRectF(box.right() - box.width() * 0.12 - bar, box.top(), bar, box.height()))
    elif key == "finished":
        painter.drawRect(box.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1))
    else:  # ready
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05))
    painter.restore()
