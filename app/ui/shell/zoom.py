"""Larger text and controls, live, from 100 to 300 %.

``QT_SCALE_FACTOR`` is read once at start-up, so the zoom scales what can change while the app
runs: the application font (every widget that does not fix its own size follows it), the
application's style sheet (its font sizes, paddings and borders in pt and px), the style's metrics
for icons, check boxes and scroll bars, and sizes widgets set in pixels, which read
``zoom_factor()`` (``scaled(px)``) and recompute when their font changes.

A new application style sheet (a theme) is taken as the sheet at 100 % the next time the zoom is
applied; ``apply_zoom(zoom_percent(), force=True)`` scales it at once.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

ZOOM_PROPERTY = "infointerviewZoomPercent"
BASE_FONT_PROPERTY = "infointerviewBaseFont"
BASE_SHEET_PROPERTY = "infointerviewBaseStyleSheet"
SCALED_SHEET_PROPERTY = "infointerviewScaledStyleSheet"
_SIZE = re.compile(r"(?<![\w#.-])(\d+(?:\.\d+)?)(px|pt)\b")

_SCALED_METRICS = (
    QStyle.PixelMetric.PM_SmallIconSize,
    QStyle.PixelMetric.PM_ButtonIconSize,
    QStyle.PixelMetric.PM_ToolBarIconSize,
    QStyle.PixelMetric.PM_ListViewIconSize,
    QStyle.PixelMetric.PM_TabBarIconSize,
    QStyle.PixelMetric.PM_IconViewIconSize,
    QStyle.PixelMetric.PM_MessageBoxIconSize,
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    QStyle.PixelMetric.PM_ScrollBarExtent,
    QStyle.PixelMetric.PM_FocusFrameHMargin,
    QStyle.PixelMetric.PM_FocusFrameVMargin,
)


def zoom_percent() -> int:
    app = QApplication.instance()
    value = app.property(ZOOM_PROPERTY) if app is not None else None
    return int(value) if isinstance(value, int) else 100


def zoom_factor() -> float:
    return zoom_percent() / 100


def scaled(pixels: int | float) -> int:
    """A size given in pixels at 100 %, at the current zoom."""
    return round(pixels * zoom_factor())


class ZoomStyle(QProxyStyle):
    """The app's style with its icon, indicator and scroll bar sizes scaled by the zoom."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in _SCALED_METRICS:
            return round(value * zoom_factor())
        return value


def scale_style_sheet(sheet: str, percent: int) -> str:
    """Every size in pt or px of ``sheet`` at ``percent`` (borders stay at least their width)."""

    def scaled_size(match: re.Match) -> str:
        value = float(match.group(1)) * percent / 100
        text = f"{value:.1f}".rstrip("0").rstrip(".") if match.group(2) == "pt" else str(round(value))
        return text + match.group(2)

    return sheet if percent == 100 else _SIZE.sub(scaled_size, sheet)


def _scale_application_sheet(app: QApplication, percent: int) -> None:
    current = app.styleSheet()
    if current != app.property(SCALED_SHEET_PROPERTY):
        app.setProperty(BASE_SHEET_PROPERTY, current)  # set by someone else: a theme, at 100 %
    base = app.property(BASE_SHEET_PROPERTY) or ""
    scaled_sheet = scale_style_sheet(base, percent)
    app.setProperty(SCALED_SHEET_PROPERTY, scaled_sheet)
    if scaled_sheet != current:
        app.setStyleSheet(scaled_sheet)


def apply_zoom(percent: int, force: bool = False) -> None:
    """Scale the application's font, style sheet and the style's metrics to ``percent`` of their
    size at start."""
    app = QApplication.instance()
    if app is None or (percent == zoom_percent() and not force):
        return
    base = app.property(BASE_FONT_PROPERTY)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(BASE_FONT_PROPERTY, base)
    if not isinstance(app.style(), ZoomStyle) and percent != 100:
        # Made the first time the zoom is used: the start-up need not pay for it.
        name = app.style().name()
        app.setStyle(ZoomStyle(QStyleFactory.create(name) if name else None))
    app.setProperty(ZOOM_PROPERTY, percent)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(base.pixelSize() * percent / 100))
    app.setFont(font)
    _scale_application_sheet(app, percent)
    # A widget with a style sheet of its own keeps the font it had: polished again, it takes the new one.
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
