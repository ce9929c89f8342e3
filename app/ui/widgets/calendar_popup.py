"""A date picker whose pop-up shows every week whole.

Qt sizes a date edit's calendar pop-up from font metrics alone, so a style sheet's padding on
table cells (the theme's) or a large zoom cut its last row off. This calendar asks its own grid
how tall its rows really are.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QTableView, QWidget


class RoomyCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As the date edit's own calendar: no week numbers.
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        grid = self.findChild(QTableView)
        if grid is None or grid.model() is None or not self.isVisible():
            return hint  # measured once shown, when the style sheet has been applied
        model = grid.model()
        rows = sum(max(grid.rowHeight(row), grid.sizeHintForRow(row)) for row in range(model.rowCount()))
        columns = sum(
            max(grid.columnWidth(column), grid.sizeHintForColumn(column)) for column in range(model.columnCount())
        )
        navigation = self.findChild(QWidget, "qt_calendar_navigationbar")
        bar = navigation.sizeHint().height() if navigation is not None else 0
        frame = 2 * grid.frameWidth() + 4
        return QSize(max(hint.width(), columns + frame), max(hint.height(), rows + bar + frame))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        popup = self.window()
        if popup is not self:
            # The pop-up was sized before the rows were measured: give it the room they need.
            needed = self.sizeHint()
            if needed.height() > self.height() or needed.width() > self.width():
                popup.resize(popup.size() + (needed - self.size()).expandedTo(QSize(0, 0)))


def give_roomy_calendar(edit: QDateTimeEdit) -> None:
    """Pop up a calendar that shows every week whole (call after setCalendarPopup(True))."""
    edit.setCalendarWidget(RoomyCalendar())
