"""Step five: rate how the conversation went, reflect, and see the trend across interviews."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.core.wrapup import MAX_SCORE, MIN_SCORE, EvaluationAspect, SelfEvaluation, WrapUpStep
from app.ui.widgets.evaluation_chart import EvaluationChart
from app.ui.widgets.i18n import tr_enum
from app.ui.wrapup.steps.base import StepPage, WrapUpServices


class EvaluatePage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.EVALUATE, services, parent)
        score_words = {
            1: self.tr("poor"),
            2: self.tr("weak"),
            3: self.tr("fair"),
            4: self.tr("good"),
            5: self.tr("excellent"),
        }
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("1 = poor, 5 = excellent")), 0, 0)
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            grid.addWidget(QLabel(str(score)), 0, score)
        self.groups: dict[EvaluationAspect, QButtonGroup] = {}
        for row, aspect in enumerate(EvaluationAspect, start=1):
            grid.addWidget(QLabel(tr_enum(aspect)), row, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for score in range(MIN_SCORE, MAX_SCORE + 1):
                button = QRadioButton()
                button.setAccessibleName(
                    self.tr("{aspect}: {score}, {words}").format(
                        aspect=tr_enum(aspect), score=score, words=score_words[score]
                    )
                )
                button.setToolTip(self.tr("{score} — {words}").format(score=score, words=score_words[score]))
                group.addButton(button, score)
                grid.addWidget(button, row, score)
            group.idClicked.connect(self.changed)
            self.groups[aspect] = group
        grid_row = QHBoxLayout()
        grid_row.addLayout(grid)
        grid_row.addStretch(1)
        self.body.addLayout(grid_row)
        self.reflection = QPlainTextEdit()
        self.reflection.setAccessibleName(self.tr("Reflection"))
        self.reflection.setPlaceholderText(self.tr("What went well? What will you do differently next time?"))
        self.reflection.setFixedHeight(self.reflection.fontMetrics().lineSpacing() * 3 + 14)
        self.reflection.textChanged.connect(self.changed)
        self.body.addWidget(self.reflection)
        self.save_button = QPushButton(self.tr("Save ratings"))
        self.save_button.clicked.connect(self.save)
        self.body.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.chart = EvaluationChart(services.clock.local_zone())
        self.body.addWidget(self.chart, 1)

    def refresh(self) -> None:
        evaluation = self.services.wrapups.evaluation(self.interview_id)
        for aspect, group in self.groups.items():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            if evaluation is not None and aspect in evaluation.scores:
                group.button(evaluation.scores[aspect]).setChecked(True)
        self.reflection.setPlainText(evaluation.reflection if evaluation else "")
        self.chart.set_points(self.services.wrapups.evaluation_history())

    def scores(self) -> dict[EvaluationAspect, int]:
        return {aspect: group.checkedId() for aspect, group in self.groups.items() if group.checkedId() >= MIN_SCORE}

    def autosave_values(self) -> tuple[dict[EvaluationAspect, int], str]:
        # Saved as it stands: a reflection with no rating yet is kept too.
        return self.scores(), self.reflection.toPlainText().replace("\x00", "")

    @staticmethod
    def write_values(services: WrapUpServices, interview_id: int, values) -> None:
        scores, reflection = values
        services.wrapups.save_evaluation(SelfEvaluation(interview_id, dict(scores), reflection))

    def on_saved(self) -> None:
        self.chart.set_points(self.services.wrapups.evaluation_history())

    def save(self) -> bool:
        """Save what is picked and typed; to mark the step done, at least one rating is needed."""
        saved = self.save_now()
        self.on_saved()
        scores = self.scores()
        if not scores:
            self.warn(self.tr("Pick a rating for at least one aspect, or skip this step."))
            return False
        if saved:
            missing = len(self.groups) - len(scores)
            if missing:
                self.say(self.tr("Ratings saved. %n aspect(s) left unrated.", "", missing))
            else:
                self.say(self.tr("Ratings saved."))
            self.edited.emit()
        return saved

    def commit(self) -> bool:
        return self.save()
