"""Colours for pictures, taken from the widget's palette and made readable against it.

Charts paint on the palette's Base with its Text; their one accent starts from Highlight and is
lightened (on a dark background) or darkened (on a light one) until it stands out from the
background by the 4.5:1 contrast that WCAG asks of text, so a bar is as easy to see as a word in
light and dark themes alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

READABLE_CONTRAST = 4.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""
    return 0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF()) + 0.0722 * _channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """From 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(colour: QColor, background: QColor, ratio: float = READABLE_CONTRAST) -> QColor:
    """``colour`` with its lightness moved away from ``background`` until they contrast by ``ratio``;
    black or white when no shade of its hue does."""
    if contrast_ratio(colour, background) >= ratio:
        return QColor(colour)
    lighten = luminance(background) < 0.18
    hue, saturation, lightness, alpha = colour.getHslF()
    hue = max(hue, 0.0)  # achromatic colours report -1
    steps = 50
    for step in range(1, steps + 1):
        shade = lightness + (1 - lightness) * step / steps if lighten else lightness * (1 - step / steps)
        candidate = QColor.fromHslF(hue, saturation, shade, alpha)
        if contrast_ratio(candidate, background) >= ratio:
            return candidate
    return QColor("white") if lighten else QColor("black")


@dataclass(frozen=True, slots=True)
class ChartColours:
    background: QColor
    text: QColor
    accent: QColor  # bars: readable against the background
    faint: QColor  # grid lines and empty slots; decoration only, never the only carrier of meaning


def chart_colours(palette: QPalette) -> ChartColours:
    background = palette.color(QPalette.ColorRole.Base)
    text = readable_on(palette.color(QPalette.ColorRole.Text), background)
    accent = readable_on(palette.color(QPalette.ColorRole.Highlight), background)
    faint = QColor(text)
    faint.setAlpha(90)
    return ChartColours(background, text, accent, faint)
