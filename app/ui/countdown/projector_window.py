"""The projector view: only the digits and the stage words, huge and high-contrast.

It mirrors a CountdownController and never keeps time itself. It opens full-screen on the second
screen when there is one (the projector, while the laptop keeps the notes); F11 toggles
full-screen and Esc leaves it. The countdown keys of the panel work here too.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPalette, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.countdown import CountdownSnapshot, word_shapes
from app.ui.countdown.countdown_controller import CountdownController, countdown_words, tr_words
from app.ui.countdown.countdown_keys import apply_key
from app.ui.countdown.stage_look import look_for

DIGITS_HEIGHT_SHARE = 0.48  # of the window height, before fitting the width
WORDS_HEIGHT_SHARE = 0.075
WIDTH_SHARE = 0.96


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
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1024, 768)

        self._digits = QLabel()
        self._digits.setAccessibleName(self.tr("Time remaining"))
        self._digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._digits.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._digits.setStyleSheet("color: white;")
        self._digits.setFont(_digits_font(self.font()))
        self._words = QLabel()
        self._words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        words_font = QFont(self.font())
        words_font.setBold(True)
        self._words.setFont(words_font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self._digits, 6)
        layout.addWidget(self._words, 1)
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
        colour = look_for(snapshot).on_dark.name()
        style = f"color: {colour};"
        if self._words.styleSheet() != style:
            self._words.setStyleSheet(style)

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
        words_font = self._words.font()
        size = max(12, int(self.height() * WORDS_HEIGHT_SHARE))
        words_font.setPixelSize(size)
        # Sized for the widest words the countdown can show, in the person's language, so they
        # never grow and shrink each minute.
        widest = widest_words(QFontMetrics(words_font))
        while size > 12 and QFontMetrics(words_font).horizontalAdvance(widest) > self.width() * WIDTH_SHARE:
            size = int(size * 0.95)
            words_font.setPixelSize(size)
        self._words.setFont(words_font)
