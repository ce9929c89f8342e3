"""The points picked from the notes for the thank-you note, as lines the person checks and edits.

Notes are written about the person ("she mentioned…"), the note is written to them. Each picked
point becomes a line said to them ("Thank you for mentioning …"), or stays the point itself for the
person to word; they choose. A line they edited is never rewritten or cleared for them.

The lines said to the person are written in English (``app.core.second_person``), so in another
interface language only the points to word oneself are offered (``rewrite=False``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.thank_you import MAX_CANDIDATE_POINTS, MAX_POINTS, CandidatePoints, PointWording, point_line
from app.ui.widgets.flow_layout import FlowLayout

POINT_ROLE = Qt.ItemDataRole.UserRole + 60  # the point as found in the notes
# Kept as typed with the wrap-up's other drafts: the choice, each line, and the point it was offered for.
DRAFT_WORDING = "thank_you_wording"
DRAFT_LINES = tuple(f"thank_you_line_{slot + 1}" for slot in range(MAX_POINTS))
DRAFT_LINE_POINTS = tuple(f"thank_you_point_{slot + 1}" for slot in range(MAX_POINTS))
DRAFT_BOXES = (DRAFT_WORDING, *DRAFT_LINES, *DRAFT_LINE_POINTS)


class LineEditor(QPlainTextEdit):
    """One line for the note, wrapped over two rows so a whole sentence can be read and checked."""

    ROWS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Frame, document margins and the rounding of a wrapped line: no scroll bar for two rows.
        chrome = 2 * self.frameWidth() + int(2 * self.document().documentMargin()) + 4
        self.setFixedHeight(self.ROWS * self.fontMetrics().lineSpacing() + chrome)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # a line stays one line; Enter is not a new paragraph here
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class NotePoints(QWidget):
    edited = Signal()  # a line or the choice changed: to be saved
    said = Signal(str)
    warned = Signal(str)

    def __init__(self, parent: QWidget | None = None, rewrite: bool = True) -> None:
        super().__init__(parent)
        self._rewrite = rewrite  # offer thank-you lines rewritten from the notes (English only)
        # The points run the full width above the note, each wrapped whole, so they can be read
        # before picking even on a 1024-pixel screen (side by side they were cut off).
        self.points = QListWidget()
        self.points.setAccessibleName(self.tr("Points from your notes to mention"))
        self.points.setWordWrap(True)
        self.points.setResizeMode(QListView.ResizeMode.Adjust)
        self.points.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.points.itemChanged.connect(self._on_point_ticked)
        self.more = QLabel(self.tr("Your notes hold more points than the %n shown here.", "", MAX_CANDIDATE_POINTS))
        self.more.setWordWrap(True)
        self.more.hide()
        self.as_lines = QRadioButton(self.tr("thank-you lines to edit"))
        self.as_lines.setToolTip(self.tr("Each point said to the person: “Thank you for explaining …”"))
        self.as_points = QRadioButton(self.tr("points to word myself"))
        self.as_points.setToolTip(self.tr("The points go into the note marked for you to put in your own words."))
        self.wording = QButtonGroup(self)
        self.wording.addButton(self.as_lines)
        self.wording.addButton(self.as_points)
        (self.as_lines if rewrite else self.as_points).setChecked(True)
        self.as_lines.setVisible(rewrite)
        self.as_lines.toggled.connect(self._on_wording_changed)
        wording_row = FlowLayout()  # wraps at a large zoom instead of widening the page
        self.wording_label = QLabel(self.tr("Put the points in as:"))
        wording_row.addWidget(self.wording_label)
        wording_row.addWidget(self.as_lines)
        wording_row.addWidget(self.as_points)
        # With one way only (the lines are reworded in English alone), there is no choice to show.
        self.wording_label.setVisible(rewrite)
        self.as_points.setVisible(rewrite)
        lines_form = QFormLayout()
        self.lines: list[LineEditor] = []
        self._line_points: list[str] = [""] * MAX_POINTS  # the point each line was offered for
        self._line_offered: list[str] = [""] * MAX_POINTS  # the words offered, to tell edits apart
        for slot in range(MAX_POINTS):
            line = LineEditor()
            line.setAccessibleName(self.tr("Line {number} for the note").format(number=slot + 1))
            line.setPlaceholderText(self.tr("Tick a point above, or type a line of your own"))
            line.textChanged.connect(lambda slot=slot: self._on_line_edited(slot))
            self.lines.append(line)
            lines_form.addRow(self.tr("Line {number}:").format(number=slot + 1), line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.points, 1)
        layout.addWidget(self.more)
        layout.addLayout(wording_row)
        layout.addLayout(lines_form)

    # ---- filling --------------------------------------------------------------------------

    def show_points(self, found: CandidatePoints, saved: Mapping[str, str]) -> None:
        """The points the notes offer, and the lines and choice as last saved (``DRAFT_BOXES``)."""
        blocked = [self.points, self.as_lines, *self.lines]
        for widget in blocked:
            widget.blockSignals(True)
        self.points.clear()
        self.more.setVisible(found.more_exist)
        if not found.points:
            placeholder = QListWidgetItem(self.tr("Nothing in your notes yet; write your own points into the note."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.points.addItem(placeholder)
        items = {}
        for point in found.points:
            item = QListWidgetItem(point)
            item.setData(POINT_ROLE, point)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.points.addItem(item)
            items[point] = item
        own_words = not self._rewrite or saved.get(DRAFT_WORDING, "") == PointWording.OWN_WORDS.value
        (self.as_points if own_words else self.as_lines).setChecked(True)
        for slot, line in enumerate(self.lines):
            text = saved.get(DRAFT_LINES[slot], "")
            point = saved.get(DRAFT_LINE_POINTS[slot], "") if text else ""
            self._line_points[slot] = point
            self._line_offered[slot] = point_line(point, self.wording_chosen()) if point else ""
            line.setText(text)
            if point in items:
                items[point].setCheckState(Qt.CheckState.Checked)
        for widget in blocked:
            widget.blockSignals(False)

    # ---- what the note gets ---------------------------------------------------------------

    def wording_chosen(self) -> PointWording:
        if not self._rewrite or self.as_points.isChecked():
            return PointWording.OWN_WORDS
        return PointWording.THANK_YOU_LINES

    def note_lines(self) -> list[str]:
        """The lines for the note, as the person left them."""
        return [line.text().strip() for line in self.lines if line.text().strip()]

    def chosen_points(self) -> list[str]:
        return [
            self.points.item(row).data(POINT_ROLE)
            for row in range(self.points.count())
            if self.points.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
            and self.points.item(row).checkState() == Qt.CheckState.Checked
        ]

    def values(self) -> dict[str, str]:
        """What to keep, by draft box (an empty box keeps nothing)."""
        kept = {DRAFT_WORDING: self.wording_chosen().value}
        for slot, line in enumerate(self.lines):
            text = line.text().replace("\x00", "")
            kept[DRAFT_LINES[slot]] = text
            kept[DRAFT_LINE_POINTS[slot]] = self._line_points[slot] if text else ""
        return kept

    # ---- the person's choices -------------------------------------------------------------

    def _untick(self, item: QListWidgetItem) -> None:
        self.points.blockSignals(True)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.points.blockSignals(False)

    def _set_line(self, slot: int, point: str) -> None:
        self._line_points[slot] = point
        self._line_offered[slot] = point_line(point, self.wording_chosen()) if point else ""
        self.lines[slot].setText(self._line_offered[slot])

    def _line_is_as_offered(self, slot: int) -> bool:
        return self.lines[slot].text() == self._line_offered[slot]

    def _on_point_ticked(self, item: QListWidgetItem) -> None:
        point = item.data(POINT_ROLE)
        if item.checkState() != Qt.CheckState.Checked:
            for slot in range(MAX_POINTS):
                if self._line_points[slot] == point:
                    if self._line_is_as_offered(slot):
                        self._set_line(slot, "")
                    else:  # words the person typed stay until they clear them
                        self._line_points[slot] = ""
                        self.said.emit(
                            self.tr("The line you edited stays as you wrote it; clear it if you no longer want it.")
                        )
            return
        if len(self.chosen_points()) > MAX_POINTS:
            self._untick(item)
            self.warned.emit(self.tr("Pick at most %n point(s); a short note reads as more personal.", "", MAX_POINTS))
            return
        free = [slot for slot in range(MAX_POINTS) if not self.lines[slot].text().strip()]
        if not free:
            self._untick(item)
            self.warned.emit(self.tr("Both lines hold words you typed; clear one to use another point."))
            return
        self._set_line(free[0], point)
        self.said.emit(self.tr("Check the line, then press “Write a draft” to put it in the note."))

    def _on_line_edited(self, slot: int) -> None:
        if not self.lines[slot].text().strip() and self._line_points[slot]:
            # Cleared by hand: its point is no longer picked.
            point, self._line_points[slot], self._line_offered[slot] = self._line_points[slot], "", ""
            for row in range(self.points.count()):
                if self.points.item(row).data(POINT_ROLE) == point:
                    self._untick(self.points.item(row))
        self.edited.emit()

    def _on_wording_changed(self, _checked: bool) -> None:
        kept = False
        for slot in range(MAX_POINTS):
            point = self._line_points[slot]
            if not point:
                continue
            if self._line_is_as_offered(slot):
                self._set_line(slot, point)
            else:
                kept = True
        self.edited.emit()
        if kept:
            self.said.emit(self.tr("Lines you changed are kept as you wrote them."))
        elif self.wording_chosen() is PointWording.OWN_WORDS:
            self.said.emit(self.tr("The note will mark the points for you to put in your own words."))
        else:
            self.said.emit(self.tr("The points are written as thank-you lines; check and edit them."))
