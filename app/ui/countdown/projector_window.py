"""The projector view: only the digits, the stage's shape and its words, huge and high-contrast.

The whole view shows the stage, read from the back of a room: each stage has its own background
and text colour (on track dark green, wrap-up yellow, last minutes black with orange, overtime
red), never colour alone — its shape and words change with it — and every pair is at least 7:1.

It mirrors a CountdownController and never keeps time itself. It opens full-screen on the second
screen when there is one (the projector, while the laptop keeps the notes); F11 toggles
full-screen and Esc leaves it. The countdown keys of the panel work here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.countdown import CountdownSnapshot, word_shapes
from app.ui.countdown.countdown_controller import CountdownController, countdown_words, tr_words
from app.ui.countdown.countdown_keys import apply_key
from app.ui.countdown.stage_look import look_for, paint_stage_shape

DIGITS_HEIGHT_SHARE = 0.48  # of the window height, before fitting the width
WORDS_HEIGHT_SHARE = 0.09  # the words' pixel size; at least MIN_WORDS_SHARE once fitted
MIN_WORDS_SHARE = 0.08  # what the app's own words reach (tested); a far longer translation may go below
MAX_WORDS_LINES = 2
SHAPE_GAP = 24  # between the shape and the words
WIDTH_SHARE = 0.96


@dataclass(frozen=True, slots=True)
class ProjectorLook:
    background: QColor
    text: QColor


# Each pair is >= 7:1 (tested); light and dark backgrounds alternate, so stages differ in
# lightness as well as hue, for a room where some cannot tell the hues apart.
_PROJECTOR_LOOKS = {
    "ready": ProjectorLook(QColor("#111827"), QColor("#f9fafb")),
    "paused": ProjectorLook(QColor("#111827"), QColor("#f9fafb")),
    "finished": ProjectorLook(QColor("#111827"), QColor("#f9fafb")),
    "on_track": ProjectorLook(QColor("#052e16"), QColor("#ffffff")),
    "wrap_up": ProjectorLook(QColor("#fde047"), QColor("#000000")),
    "last_minutes": ProjectorLook(QColor("#000000"), QColor("#fb923c")),
    "overtime": ProjectorLook(QColor("#7f1d1d"), QColor("#ffffff")),
}


def projector_look(shape_key: str) -> ProjectorLook:
    return _PROJECTOR_LOOKS[shape_key]


class ProjectorShape(QWidget):
    """The stage's shape beside its words, in the words' colour on the stage's background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = "ready"
        self._side = 48
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def shape_key(self) -> str:
        return self._key

    def set_shape(self, key: str) -> None:
        if key != self._key:
            self._key = key
            self.update()

    def set_side(self, side: int) -> None:
        if side != self._side:
            self._side = side
            self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, _event) -> None:
        look = projector_look(self._key)
        painter = QPainter(self)
        paint_stage_shape(painter, QRectF(self.rect()), self._key, look.text, look.background)
        painter.end()


def choose_screen(screens: list[QScreen], primary: QScreen | None) -> QScreen | None:
    """The first screen that is not the primary one, else the primary one."""
    for screen in screens:
        if screen is not primary:
            return screen
    return primary


def widest_words(metrics: QFontMetrics) -> str:
    """The widest words the countdown can show, as translated now, measured with ``metrics``."""
    return max((tr_words(words) for words in word_shapes()), key=metrics.horizontalAdvance)


def _digits_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setStretch(QFont.Stretch.Condensed)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


class ProjectorWindow(QWidget):
    def __init__(self, controller: CountdownController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._controller = controller
        self.setWindowTitle(self.tr("Interview countdown"))
        self.setAccessibleName(self.tr("Interview countdown, projector view"))
        self.setAutoFillBackground(True)
        self._look_key = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1024, 768)

        self._digits = QLabel()
        self._digits.setAccessibleName(self.tr("Time remaining"))
        self._digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._digits.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._digits.setFont(_digits_font(self.font()))
        self._words = QLabel()
        self._words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._words.setWordWrap(True)  # big enough for the back of the room, on two lines if need be
        self._words.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        words_font = QFont(self.font())
        words_font.setBold(True)
        self._words.setFont(words_font)

        self._shape = ProjectorShape()
        self._shape.setAccessibleName("")  # the words say the stage
        words_row = QHBoxLayout()
        words_row.setSpacing(0)
        words_row.addStretch(1)
        words_row.addWidget(self._shape)
        words_row.addSpacing(SHAPE_GAP)
        words_row.addWidget(self._words)
        words_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self._digits, 10)
        layout.addLayout(words_row, 4)
        # Only digits and words show; the way out is in the tooltip and the title.
        self.setToolTip(self.tr("Esc leaves full screen; Esc again closes this window. F11 toggles full screen."))
        layout.addStretch(1)

        self._fitted_for: tuple[int, int, str] | None = None
        controller.tick.connect(self._render)
        self._render(controller.snapshot())

    # ----- for tests ---------------------------------------------------------------------

    def digits_text(self) -> str:
        return self._digits.text()

    def words_text(self) -> str:
        return self._words.text()

    def digits_label(self) -> QLabel:
        return self._digits

    def words_label(self) -> QLabel:
        return self._words

    def shape_key(self) -> str:
        return self._shape.shape_key

    def colours(self) -> tuple[QColor, QColor]:
        """(background, text) of the stage shown now."""
        look = projector_look(self._look_key)
        return look.background, look.text

    # ----- showing -----------------------------------------------------------------------

    def show_on(self, screen: QScreen | None) -> None:
        """Open full-screen on ``screen`` (None: wherever the window system puts it)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
        elif not apply_key(self._controller, event):
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    # ----- rendering ---------------------------------------------------------------------

    def _render(self, snapshot: CountdownSnapshot) -> None:
        if self._digits.text() != snapshot.digits:
            self._digits.setText(snapshot.digits)
            self._fit_fonts()
        words = countdown_words(snapshot)
        if self._words.text() != words:
            self._words.setText(words)
            self._digits.setAccessibleDescription(words)
            self._place_words()
        key = look_for(snapshot).key
        if key != self._look_key:
            self._look_key = key
            look = projector_look(key)
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, look.background)
            palette.setColor(QPalette.ColorRole.WindowText, look.text)
            self.setPalette(palette)
            # Its own sheet, so the theme's (which colours every label) never dims the stage's words.
            self.setStyleSheet(
                f"ProjectorWindow {{ background: {look.background.name()}; }}"
                f" QLabel {{ color: {look.text.name()}; background: transparent; }}"
            )
            self._shape.set_shape(key)

    def _fit_fonts(self) -> None:
        """Make the digits as big as the window allows, sized for their widest form.

        The fit is for the digits' shape ("00:00" or "+00:00"), not their value, so the size
        only changes when the window does or overtime begins.
        """
        width, height = self.width(), self.height()
        sample = re.sub(r"\d", "0", self._digits.text() or "00:00")
        key = (width, height, sample)
        if key == self._fitted_for or width <= 0 or height <= 0:
            return
        self._fitted_for = key
        font = self._digits.font()
        size = max(12, int(height * DIGITS_HEIGHT_SHARE))
        font.setPixelSize(size)
        while size > 12 and QFontMetrics(font).horizontalAdvance(sample) > width * WIDTH_SHARE:
            size = int(size * 0.97)
            font.setPixelSize(size)
        self._digits.setFont(font)
        self._fit_words()

    def _fit_words(self) -> None:
        """Words at least MIN_WORDS_SHARE of the height, sized for the widest words the countdown
        can show in the person's language (so they never grow and shrink each minute), on at
        most two lines; the shape beside them is as tall as a line."""
        words_font = self._words.font()
        size = max(12, int(self.height() * WORDS_HEIGHT_SHARE))
        words_font.setPixelSize(size)
        widest = widest_words(QFontMetrics(words_font))
        # Below the floor only when a language's words are too long for two lines even there.
        while size > 12 and _lines_needed(words_font, widest, self._words_room(size)) > MAX_WORDS_LINES:
            size = max(12, int(size * 0.96))
            words_font.setPixelSize(size)
        self._words.setFont(words_font)
        self._shape.set_side(size)
        self._place_words()

    def _place_words(self) -> None:
        """As wide as the words need (on one line if they fit), so the shape stays beside them."""
        room = self._words_room(self._words.font().pixelSize())
        needed = QFontMetrics(self._words.font()).horizontalAdvance(self._words.text()) + 8
        self._words.setFixedWidth(max(1, int(min(room, needed))))
        if self.layout() is not None:
            self.layout().invalidate()
            self.layout().activate()  # place the resized words now, not on a later event

    def _words_room(self, size: int) -> float:
        return self.width() * WIDTH_SHARE - size - SHAPE_GAP


def _lines_needed(font: QFont, words: str, width: float) -> int:
    metrics = QFontMetrics(font)
    wrapped = metrics.boundingRect(QRect(0, 0, max(1, int(width)), 100000), Qt.TextFlag.TextWordWrap, words)
    return round(wrapped.height() / metrics.lineSpacing())
