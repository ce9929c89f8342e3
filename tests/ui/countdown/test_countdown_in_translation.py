"""The countdown speaks the person's language: its buttons, its cue, and the stage words core marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton

from app.core.countdown import CountdownSettings
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.countdown.countdown_panel import CountdownPanel
from app.ui.countdown.next_steps_cue import NextStepsCue
from app.ui.countdown.projector_window import ProjectorWindow
from tests.fakes import installed_translation

LONG_STAGE = "Últimos minutos antes de despedirse con calma"

SPANISH = {
    ("CountdownStage", "Wrap up"): "Cierre",
    ("CountdownStage", "Last minutes"): LONG_STAGE,
    ("Countdown", "{stage} — %n min left"): lambda n: "{stage} — queda %n min" if n == 1 else "{stage} — quedan %n min",
    ("Countdown", "{stage} — under 1 min left"): "{stage} — queda menos de 1 min",
    ("Countdown", "Paused · {words}"): "En pausa · {words}",
    ("Countdown", "Time is up"): "Se acabó el tiempo",
    ("CountdownPanel", "Start"): "Empezar",
    ("CountdownPanel", "Pause"): "Pausar",
    ("CountdownPanel", "Add 1 minute"): "Añadir 1 minuto",
    ("CountdownPanel", "Click the time, then:"): "Pulsa la hora y luego:",
    ("NextStepsCue", "Time to move to next steps"): "Es hora de pasar a los siguientes pasos",
}


@pytest.fixture
def spanish(qapp):
    with installed_translation(SPANISH):
        yield


@pytest.fixture
def controller(qapp, clock):
    return CountdownController(clock, CountdownSettings())


def run_for(controller, clock, seconds):
    for _ in range(seconds):
        clock.advance(1)
        controller.refresh()


def test_the_strip_and_its_stage_words_are_in_the_persons_language(qtbot, spanish, controller, clock):
    panel = CountdownPanel(controller, confirm_restart=lambda _parent: True)
    qtbot.addWidget(panel)
    cue = NextStepsCue(controller)
    qtbot.addWidget(cue)
    hint = panel.findChild(QLabel, "countdownHint")
    assert hint.text().startswith("Pulsa\u00a0la\u00a0hora\u00a0y\u00a0luego:")
    assert cue.accessibleName() == "Es hora de pasar a los siguientes pasos"
    assert {"Empezar", "Añadir 1 minuto"} <= {button.accessibleName() for button in panel.findChildren(QPushButton)}

    controller.start()
    run_for(controller, clock, 16 * 60)  # 4:00 left: the wrap-up stage, a counted "min"
    assert panel.words_text() == "Cierre — quedan 4 min"
    run_for(controller, clock, 3 * 60 - 1)  # 1:01 left
    assert panel.words_text() == f"{LONG_STAGE} — queda 1 min"
    assert "Pausar" in {button.text() for button in panel.findChildren(QPushButton)}
    controller.pause()
    assert panel.words_text() == f"En pausa · {LONG_STAGE} — queda 1 min"
    controller.start()
    run_for(controller, clock, 61)
    assert panel.words_text() == "Se acabó el tiempo"


def test_the_projector_sizes_its_words_for_the_widest_translated_words(qtbot, spanish, controller, clock):
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    run_for(controller, clock, 20 * 60 - 30)  # under a minute left in the last minutes
    controller.pause()
    words = window.words_text()
    assert words == f"En pausa · {LONG_STAGE} — queda menos de 1 min"
    label = next(child for child in window.findChildren(QLabel) if child.text() == words)
    # Wrapped on at most two lines, inside the window.
    metrics = QFontMetrics(label.font())
    needed = metrics.boundingRect(QRect(0, 0, label.width(), 100000), Qt.TextFlag.TextWordWrap, words)
    assert needed.height() <= 2 * metrics.lineSpacing() + 2
    assert needed.height() <= label.height()
    assert label.geometry().right() <= window.width()
