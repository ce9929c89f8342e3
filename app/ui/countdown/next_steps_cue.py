"""The next-steps cue shown beside the notes once the wrap-up stage begins.

It appears without taking focus (the person is typing notes), has no focusable parts except by
Tab, and stays dismissed until the countdown is restarted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.core.countdown import CountdownSnapshot, CountdownStage, CountdownState
from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.widgets.i18n import tr_label

# Marked here, translated when the cue is built.
CUE_TITLE = QT_TRANSLATE_NOOP("NextStepsCue", "Time to move to next steps")
CUE_STEPS = (
    QT_TRANSLATE_NOOP("NextStepsCue", "Ask for referrals: “Who else should I talk to about this work?”"),
    QT_TRANSLATE_NOOP("NextStepsCue", "Ask for a business card, or the best way to stay in touch."),
    QT_TRANSLATE_NOOP("NextStepsCue", "Thank them for their time."),
)
_CUE_STAGES = (CountdownStage.WRAP_UP, CountdownStage.LAST_MINUTES, CountdownStage.OVERTIME)


class NextStepsCue(QFrame):
    dismissed = Signal()

    def __init__(self, controller: CountdownController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepsCue")
        cue_title = tr_label("NextStepsCue", CUE_TITLE)
        steps = [tr_label("NextStepsCue", step) for step in CUE_STEPS]
        self.setAccessibleName(cue_title)
        self.setAccessibleDescription(" ".join(steps))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._dismissed = False
        # As tall as its words: beside the notes it sits at the top rather than filling the column.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        title = QLabel("▲ " + cue_title)  # a sign before the whole title, not a sentence built of pieces
        title.setObjectName("cueTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        title.setWordWrap(True)
        self._dismiss = QPushButton(self.tr("Dismiss"))
        self._dismiss.setAccessibleName(self.tr("Dismiss the next-steps cue"))
        self._dismiss.setToolTip(self.tr("Hide this cue; it comes back if the countdown is restarted"))
        # Clicking must not pull the caret out of the notes; Tab can still reach it.
        self._dismiss.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._dismiss.clicked.connect(self.dismiss)

        # Title, steps, then the button: stacked, so a narrow column never squeezes the words.
        self.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        for step in steps:
            label = QLabel("•  " + step)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._dismiss)
        layout.addLayout(bottom)

        controller.stage_changed.connect(self._on_stage)
        controller.state_changed.connect(self._on_state)
        self.setVisible(self._should_show(controller.snapshot()))

    def dismiss(self) -> None:
        self._dismissed = True
        self.hide()
        self.dismissed.emit()

    @staticmethod
    def _in_wrap_up(snapshot: CountdownSnapshot) -> bool:
        return snapshot.state is not CountdownState.NOT_STARTED and snapshot.stage in _CUE_STAGES

    def _should_show(self, snapshot: CountdownSnapshot) -> bool:
        return not self._dismissed and self._in_wrap_up(snapshot)

    def _on_stage(self, snapshot: CountdownSnapshot) -> None:
        if snapshot.stage is CountdownStage.ON_TRACK:
            # Minutes were added back, or the countdown restarted: the cue may be needed again.
            self._dismissed = False
        # As tall as its words: beside the notes it sits at the top rather than filling the column.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setVisible(self._should_show(snapshot))

    def _on_state(self, snapshot: CountdownSnapshot) -> None:
        if snapshot.state is CountdownState.FINISHED:
            return  # the interview is over; leave the cue as it is for the wrap-up that follows
        self.setVisible(self._should_show(snapshot))
