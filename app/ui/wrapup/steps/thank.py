"""Step one: thank the person before leaving."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from app.core.entities import WrapUpState
from app.core.wrapup import WrapUpStep
from app.ui.wrapup.steps.base import StepPage, WrapUpServices


class ThankPage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.THANK, services, parent)
        self.thanked = QCheckBox(self.tr("I thanked them for their time"))
        self.thanked.setAccessibleName(self.tr("I thanked them for their time"))
        self.thanked.toggled.connect(self._on_toggled)
        tip = QLabel(
            self.tr(
                "A simple “Thank you, this was really helpful” at the end of the 20 minutes matters, "
                "and keeping to the time you asked for is a thank-you in itself."
            )
        )
        tip.setWordWrap(True)
        self.body.addWidget(self.thanked)
        self.body.addWidget(tip)
        self.body.addStretch(1)

    def refresh(self) -> None:
        state = self.services.wrapups.progress(self.interview_id).state(WrapUpStep.THANK)
        self.thanked.blockSignals(True)
        self.thanked.setChecked(state is WrapUpState.DONE)
        self.thanked.blockSignals(False)

    def _on_toggled(self, checked: bool) -> None:
        if self.subject is None:
            return
        state = WrapUpState.DONE if checked else WrapUpState.PENDING
        self.services.wrapups.set_step(self.interview_id, WrapUpStep.THANK, state)
        self.say(self.tr("Marked as done.") if checked else "")
        self.edited.emit()
