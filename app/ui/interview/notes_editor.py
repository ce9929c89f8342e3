"""A plain-text editor for notes and answers that refuses pastes it could not show smoothly.

Qt lays out a paragraph as one unit, so a single line of hundreds of thousands of characters
makes every keystroke after it slow (half a second for a line of a megabyte). Such a paste is
refused with a message (the clipboard still holds it); anything else, emoji, right-to-left
text, NUL characters, a megabyte of ordinary text, goes in as it is. Stored text that already
has such a line (written before the limit, or imported) is shown with the line broken at spaces,
and the person is told; the words are unchanged, and the breaks are saved with the next edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.note_chunks import MAX_LINE_CHARS, break_long_lines

MAX_DOCUMENT_CHARS = 4_000_000


def paste_refusal(current_length: int, pasted: str) -> str | None:
    """Why ``pasted`` cannot go into a document of ``current_length`` characters, or None."""
    translate = QCoreApplication.translate
    if current_length + len(pasted) > MAX_DOCUMENT_CHARS:
        count = len(pasted)  # lupdate reads a count only from a plain name
        return translate(
            "NotesEditor",
            "Not pasted: %Ln character(s) would make these notes longer than {limit} characters. Paste a shorter part.",
            None,
            count,
        ).format(limit=f"{MAX_DOCUMENT_CHARS:,}")
    longest = max((len(line) for line in pasted.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        return translate(
            "NotesEditor",
            "Not pasted: the text has a line of {length} characters, too long to edit smoothly "
            "(the limit is {limit} per line). Add line breaks to it first.",
        ).format(length=f"{longest:,}", limit=f"{MAX_LINE_CHARS:,}")
    return None


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (emoji differ)."""
    return len(text[:index].encode("utf-16-le")) // 2


class NotesEditor(QPlainTextEdit):
    notice = Signal(str)  # a paste was refused, or long lines were broken, in words a person can act on

    def __init__(self, accessible_name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)

    def set_text_quietly(self, text: str) -> None:
        """Show stored text without it counting as an edit (lines too long to edit smoothly
        are shown broken at spaces, and the person is told)."""
        shown, breaks = break_long_lines(text)
        self.blockSignals(True)
        try:
            self.setPlainText(shown)
            self.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self.blockSignals(False)
        if breaks:
            self.notice.emit(
                QCoreApplication.translate(
                    "NotesEditor",
                    "Lines longer than {limit:,} characters are shown broken at spaces, so that this text "
                    "stays quick to edit. No words were changed; the breaks are saved with your next edit.",
                ).format(limit=MAX_LINE_CHARS)
            )

    def insert_at_cursor(self, text: str) -> None:
        self.textCursor().insertText(text)
        self.ensureCursorVisible()

    def select_range(self, start: int, end: int) -> None:
        """Select ``[start, end)`` given as Python string indexes into the text."""
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            refusal = paste_refusal(self.document().characterCount(), source.text())
            if refusal:
                self.notice.emit(refusal)
                return
        super().insertFromMimeData(source)
