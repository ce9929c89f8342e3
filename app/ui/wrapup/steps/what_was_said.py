"""What was said in the interview, read-only, to look back on while weighing it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.core.entities import PickedQuestion


def _paragraphs(words: str) -> str:
    return "<br>".join(escape(line) for line in words.strip().splitlines())


class WhatWasSaid(QWidget):
    """The interview's notes, then each picked question that got an answer, with the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("What was said"))
        heading.setStyleSheet("font-weight: 600;")
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Your notes and answers from the interview, read-only"))
        self.text.setOpenLinks(False)  # a link typed into the notes is words here, not a way out
        heading.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)

    def show_said(self, notes: str, questions: Sequence[PickedQuestion]) -> None:
        answered = [question for question in questions if question.answer.strip()]
        parts: list[str] = []
        if notes.strip():
            parts.append(f"<h3>{escape(self.tr('Notes'))}</h3><p>{_paragraphs(notes)}</p>")
        if answered:
            parts.append(f"<h3>{escape(self.tr('Answers'))}</h3>")
            for question in answered:
                parts.append(f"<p><b>{escape(question.text)}</b><br>{_paragraphs(question.answer)}</p>")
        if not parts:
            parts.append(f"<p>{escape(self.tr('No notes or answers were written in this interview.'))}</p>")
        scrolled = self.text.verticalScrollBar().value()
        self.text.setHtml("".join(parts))
        self.text.verticalScrollBar().setValue(scrolled)  # a refresh keeps the place being read

    def plain_text(self) -> str:
        return self.text.toPlainText()
