"""The countdown strip at the top of the interview page: big digits, stage shape and words, buttons.

The bare keys (see app/ui/countdown/countdown_keys.py) work when the panel or one of its buttons
has focus, so typing in the notes is never taken over. On a focused button Space presses that
button, as everywhere else. The Ctrl shortcuts (Ctrl+Space, Ctrl+Up/Down, F5 for the projector)
work from anywhere on the page while the panel is shown.

The buttons flow onto a second line when they do not fit (larger text in presentation mode, a
narrow projector screen), and the digits and words follow the zoom.

When the count first reaches 0:00 the strip itself says so and offers "Finish and wrap up" or
"Keep talking". The offer is part of the strip, never a window of its own: it takes no focus (a
person typing notes at 0:00 keeps typing into the notes), none of its buttons is a default
button, and it is never shown on the projector view. Only a click (or Tab to it and a press)
finishes the interview.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.core.countdown import CountdownSnapshot, CountdownStage, CountdownState
from app.ui.countdown.countdown_controller import CountdownController, countdown_words
from app.ui.countdown.countdown_keys import apply_key, install_window_shortcuts, keys_hint
from app.ui.countdown.projector_window import ProjectorWindow, choose_screen
from app.ui.countdown.stage_look import StageShape, look_for
from app.ui.shell.shortcuts import shortcut
from app.ui.shell.zoom import scaled
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.reflow import mark_reflowing

DIGITS_PIXELS = 48  # at 100 %
WORDS_PIXELS = 20
SHAPE_PIXELS = 44


def _keys(shortcut_id: str) -> str:
    return shortcut(shortcut_id).shown_keys()


def _ask_before_restart(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CountdownPanel", "Restart the countdown?"),
        QCoreApplication.translate(
            "CountdownPanel",
            "The countdown will start again from the full planned length, and the time counted so far is lost.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class CountdownPanel(QFrame):
    """Renders one CountdownController; it never keeps time itself."""

    # Words sent to assistive technology: at each stage change, at each whole minute of the last
    # five, and once at 0:00.
    announced = Signal(str)
    projector_requested = Signal()
    finish_requested = Signal()  # "Finish and wrap up" in the time-up offer was pressed

    def __init__(
        self,
        controller: CountdownController,
        parent: QWidget | None = None,
        confirm_restart: Callable[[QWidget], bool] = _ask_before_restart,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._confirm_restart = confirm_restart
        self.setObjectName("countdownPanel")
        # Tab focus only: a click on one of the buttons must not pull the caret out of the notes
        # (Qt would hand click focus to this parent). A click on the digits focuses it on purpose.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Interview countdown"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self._shape = StageShape(44)
        self._digits = QLabel()
        self._digits.setObjectName("countdownDigits")
        self._digits.setAccessibleName(self.tr("Time remaining"))
        self._digits.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)

        self._words = QLabel()
        self._words.setObjectName("countdownWords")
        self._words.setWordWrap(True)
        self._hint = QLabel(keys_hint())
        self._hint.setWordWrap(True)
        self._hint.setToolTip(self.tr("Click the time (or Tab to it) so these keys reach the countdown"))
        self._hint.setObjectName("countdownHint")

        self._toggle_words = {
            CountdownState.NOT_STARTED: self.tr("Start"),
            CountdownState.RUNNING: self.tr("Pause"),
            CountdownState.PAUSED: self.tr("Resume"),
        }
        self._toggle = self._button(
            self.tr("Start"),
            self.tr("Start or pause the countdown ({keys})").format(keys=_keys("countdown.toggle")),
            controller.toggle,
        )
        self._minus5 = self._button(
            "−5",
            self.tr("Take away 5 minutes ({keys})").format(keys=_keys("countdown.take5")),
            lambda: controller.adjust_minutes(-5),
        )
        self._minus1 = self._button(
            "−1",
            self.tr("Take away 1 minute ({keys})").format(keys=_keys("countdown.take")),
            lambda: controller.adjust_minutes(-1),
        )
        self._plus1 = self._button(
            "+1",
            self.tr("Add 1 minute ({keys})").format(keys=_keys("countdown.add")),
            lambda: controller.adjust_minutes(1),
        )
        self._plus5 = self._button(
            "+5",
            self.tr("Add 5 minutes ({keys})").format(keys=_keys("countdown.add5")),
            lambda: controller.adjust_minutes(5),
        )
        self._restart = self._button(
            self.tr("Restart"), self.tr("Start again from the full planned length"), self._on_restart
        )
        self._finish = self._button(self.tr("End"), self.tr("End the interview's countdown"), controller.finish)
        self._time_up = self._time_up_offer()
        self._time_up_dismissed = False  # "Keep talking": not offered again for this interview
        self._projector = self._button(
            self.tr("Projector"),
            self.tr(
                "Show the countdown full screen on the second screen ({keys}); Esc leaves full screen, then closes it"
            ).format(keys=_keys("countdown.projector")),
            self.projector_requested,
        )
        for button, name in (
            (self._minus5, self.tr("Take away 5 minutes")),
            (self._minus1, self.tr("Take away 1 minute")),
            (self._plus1, self.tr("Add 1 minute")),
            (self._plus5, self.tr("Add 5 minutes")),
        ):
            button.setAccessibleName(name)
        self._fit_to_zoom()

        buttons = FlowLayout(spacing=6)  # wraps rather than pushing buttons off a narrow window
        for button in (self._toggle, self._minus5, self._minus1, self._plus1, self._plus5):
            buttons.addWidget(button)
        buttons.addSpacing(10)
        for button in (self._restart, self._finish, self._projector):
            buttons.addWidget(button)

        words_column = QVBoxLayout()
        words_column.setSpacing(4)
        words_column.addWidget(self._words)
        words_column.addLayout(buttons)
        words_column.addWidget(self._hint)
        words_column.addWidget(self._time_up)  # in the hint's place: the hint hides while it shows

        row = QHBoxLayout(self)
        mark_reflowing(row)  # digits above the words and buttons when the window is narrow
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(14)
        shape_and_digits = QHBoxLayout()  # these two stay side by side
        shape_and_digits.setSpacing(14)
        shape_and_digits.addWidget(self._shape, 0, Qt.AlignmentFlag.AlignVCenter)
        shape_and_digits.addWidget(self._digits, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(shape_and_digits)
        row.addLayout(words_column, 1)

        self._projector_window: ProjectorWindow | None = None
        self.projector_requested.connect(self.open_projector)
        first = controller.snapshot()
        self._spoken = SpokenTime(first)
        controller.state_changed.connect(self._spoken.restart_from)
        self._window_shortcuts = install_window_shortcuts(self, controller, self.toggle_projector)
        controller.tick.connect(self._render)
        controller.tick.connect(self._announce)
        controller.stage_changed.connect(self._offer_to_finish_at_time_up)
        self._render(first)

    # ----- for tests and the window ------------------------------------------------------

    @property
    def controller(self) -> CountdownController:
        return self._controller

    def digits_text(self) -> str:
        return self._digits.text()

    def words_text(self) -> str:
        return self._words.text()

    def shape_key(self) -> str:
        return self._shape.shape_key

    def projector_window(self) -> ProjectorWindow | None:
        return self._projector_window

    def time_up_offer(self) -> QFrame:
        """The "Time is up — Finish and wrap up / Keep talking" row, hidden until 0:00."""
        return self._time_up

    def time_up_buttons(self) -> tuple[QPushButton, QPushButton]:
        """("Finish and wrap up", "Keep talking")."""
        return self._time_up_finish, self._time_up_keep

    def keep_talking(self) -> None:
        """Put the time-up offer away for the rest of this interview."""
        self._time_up_dismissed = True
        self._show_time_up(False)

    # ----- behaviour ---------------------------------------------------------------------

    def open_projector(self, screen: QScreen | None = None) -> ProjectorWindow:
        """Show the projector view (one per panel), full-screen on ``screen``.

        Without a screen it goes to the second screen when there is one, else this one.
        """
        if self._projector_window is None:
            self._projector_window = ProjectorWindow(self._controller, self)
        if screen is None:
            screen = choose_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen())
        self._projector_window.show_on(screen)
        return self._projector_window

    def toggle_projector(self) -> None:
        """Open the projector view, or close it when it is open."""
        if self._projector_window is not None and self._projector_window.isVisible():
            self._projector_window.close()
        else:
            self.open_projector()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # The zoom changed the application's font or style sheet. Fitted now, and again once
            # the style sheet has polished the labels (which puts back the font they inherit).
            self._fit_to_zoom()
            QTimer.singleShot(0, self, self._fit_to_zoom)

    def _fit_to_zoom(self) -> None:
        """Digits, words and shape at the zoom; buttons as wide as their words (styles pad short
        labels to 80 px), so the strip fits a 1024-pixel screen; the toggle fits its longest word."""
        digits_font = QFont(self.font())
        digits_font.setPixelSize(scaled(DIGITS_PIXELS))
        digits_font.setBold(True)
        digits_font.setStyleHint(QFont.StyleHint.SansSerif)
        self._digits.setFont(digits_font)
        # Wide enough for "+00:00" so the layout never jumps when overtime begins.
        self._digits.setMinimumWidth(self._digits.fontMetrics().horizontalAdvance("+00:00") + 8)
        words_font = QFont(self.font())
        words_font.setPixelSize(scaled(WORDS_PIXELS))
        words_font.setBold(True)
        self._words.setFont(words_font)
        self._shape.setFixedSize(scaled(SHAPE_PIXELS), scaled(SHAPE_PIXELS))
        for button in (self._minus5, self._minus1, self._plus1, self._plus5, self._restart, self._finish):
            self._fit_width(button, button.text())
        self._fit_width(self._projector, self._projector.text())
        self._fit_width(
            self._toggle, max(self._toggle_words.values(), key=self._toggle.fontMetrics().horizontalAdvance)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if apply_key(self._controller, event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    @staticmethod
    def _fit_width(button: QPushButton, longest: str) -> None:
        # The style's frame and the style sheet's padding around the words, whatever the width.
        option = QStyleOptionButton()
        button.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, max(1, button.sizeHint().height()))
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        width = button.fontMetrics().horizontalAdvance(longest) + (1000 - room.width()) + 6
        button.setFixedWidth(max(width, button.sizeHint().height() + 8))

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        # Tab reaches the buttons; a click does not pull focus away from where the person types.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Never a default button: Enter or Space typed elsewhere must not press it.
        button.setAutoDefault(False)
        button.setDefault(False)
        button.clicked.connect(slot)
        return button

    def _time_up_offer(self) -> QFrame:
        offer = QFrame()
        offer.setObjectName("timeUpOffer")
        offer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label = QLabel(self.tr("Time is up —"))
        label.setObjectName("timeUpWords")
        self._time_up_finish = self._button(
            self.tr("Finish and wrap up"),
            self.tr("End the interview now and start its wrap-up"),
            self.finish_requested,
        )
        self._time_up_keep = self._button(
            self.tr("Keep talking"),
            self.tr("Put this away; finish whenever you like with “Finish interview…”"),
            self.keep_talking,
        )
        row = QHBoxLayout(offer)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(label)
        row.addWidget(self._time_up_finish)
        row.addWidget(self._time_up_keep)
        row.addStretch(1)
        offer.setAccessibleName(self.tr("Time is up"))
        offer.hide()
        return offer

    def _offer_to_finish_at_time_up(self, snapshot: CountdownSnapshot) -> None:
        if (
            snapshot.stage is CountdownStage.OVERTIME
            and snapshot.state is CountdownState.RUNNING
            and not self._time_up_dismissed
            and not self._controller.closed
        ):
            self._show_time_up(True)

    def _show_time_up(self, shown: bool) -> None:
        if self._time_up.isHidden() != shown:
            return
        self._time_up.setVisible(shown)
        self._hint.setHidden(shown or self._controller.closed)

    def _on_restart(self) -> None:
        if self._confirm_restart(self):
            self._controller.restart()

    def _render(self, snapshot: CountdownSnapshot) -> None:
        if self._digits.text() != snapshot.digits:
            self._digits.setText(snapshot.digits)
        words = countdown_words(snapshot)
        if self._words.text() != words:
            self._words.setText(words)
        # The exact time, for a screen reader to ask at any moment; changed silently.
        description = self.tr("{time}, {words}").format(time=snapshot.digits, words=words)
        if self._digits.accessibleDescription() != description:
            self._digits.setAccessibleDescription(description)
        look = look_for(snapshot)
        self._shape.set_look(look)
        if self.property("stage") != look.colours:  # app.qss colours the strip by this property
            self.setProperty("stage", look.colours)
            for widget in (self, self._digits, self._words):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        state = snapshot.state
        toggle_text = self._toggle_words.get(state, self._toggle_words[CountdownState.NOT_STARTED])
        if self._toggle.text() != toggle_text:
            self._toggle.setText(toggle_text)
            self._toggle.setAccessibleName(toggle_text)
        self._toggle.setEnabled(state is not CountdownState.FINISHED)
        adjustable = state in (CountdownState.RUNNING, CountdownState.PAUSED)
        for button in (self._minus5, self._minus1, self._plus1, self._plus5, self._finish):
            button.setEnabled(adjustable)
        # Once the interview is finished only the projector still makes sense.
        self._restart.setEnabled(state is not CountdownState.NOT_STARTED and not self._controller.closed)
        if snapshot.stage is not CountdownStage.OVERTIME or state is CountdownState.FINISHED or self._controller.closed:
            self._show_time_up(False)  # time was added, or the count or the interview is over
        # No key does anything once the interview is over; the time-up offer sits in the hint's place.
        self._hint.setHidden(self._controller.closed or not self._time_up.isHidden())

    def _announce(self, snapshot: CountdownSnapshot) -> None:
        if self._spoken.is_due(snapshot):
            words = countdown_words(snapshot)
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._digits, words))
            self.announced.emit(words)


class SpokenTime:
    """When the countdown is announced: at each stage change, each whole minute of the last five
    and once at 0:00 (once, even when a stage begins on the same second).

    It reads the remaining time of each snapshot, which the core derives from the clock, so a late
    or missed repaint still announces a minute it jumped over, and the number of repaints never
    matters.
    """

    LAST_MINUTES = 5

    def __init__(self, snapshot: CountdownSnapshot) -> None:
        self._stage = self._stage_of(snapshot)
        self._shown: int | None = None

    def restart_from(self, snapshot: CountdownSnapshot) -> None:
        """After a start, pause, adjustment or restart only the time that passes from here counts."""
        self._shown = None

    def is_due(self, snapshot: CountdownSnapshot) -> bool:
        stage = self._stage_of(snapshot)
        stage_changed = stage is not self._stage
        self._stage = stage
        shown = math.ceil(snapshot.remaining_seconds) if snapshot.remaining_seconds > 0 else 0
        before, self._shown = self._shown, shown
        if snapshot.state is CountdownState.NOT_STARTED:
            return False
        if stage_changed:
            return True
        if snapshot.state is not CountdownState.RUNNING or before is None or shown >= before:
            return False
        # A whole minute of the last five was reached since the last repaint. (0:00 is where
        # overtime begins, announced above as a stage change.)
        marks = [minute * 60 for minute in range(self.LAST_MINUTES, 0, -1)]
        return any(shown <= mark < before for mark in marks)

    @staticmethod
    def _stage_of(snapshot: CountdownSnapshot) -> CountdownStage:
        if snapshot.state is CountdownState.NOT_STARTED:
            return CountdownStage.ON_TRACK
        return snapshot.stage
