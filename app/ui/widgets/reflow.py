"""Side-by-side parts that stack top to bottom when the page is too narrow for them.

At a large zoom (presentation mode) or on a narrow screen a page's columns would need more width
than the window has. ``fit_width`` turns the widest side-by-side parts (splitters, and box rows a
pane marks with ``mark_reflowing``) to top-to-bottom, one at a time, until the page fits: the page
then scrolls down instead of hiding controls off the right edge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLayout, QSplitter, QTableView, QWidget

REFLOW_PROPERTY = "reflowsWhenNarrow"


def mark_reflowing(layout: QBoxLayout) -> None:
    """A left-to-right row that may stack its items when the page is too narrow."""
    layout.setProperty(REFLOW_PROPERTY, True)


Part = QSplitter | QBoxLayout


def _parts(page: QWidget) -> list[Part]:
    # Hidden ones too: a stack of pages is as wide as its widest page, shown or not.
    rows = [layout for layout in page.findChildren(QBoxLayout) if layout.property(REFLOW_PROPERTY) is True]
    return [*page.findChildren(QSplitter), *rows]


def _forms_wrap_long_rows(page: QWidget) -> None:
    """A form puts a label above its field when the two do not fit side by side."""
    for form in page.findChildren(QFormLayout):
        if form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


def _side_by_side(part: Part) -> bool:
    if isinstance(part, QSplitter):
        return part.orientation() == Qt.Orientation.Horizontal
    return part.direction() == QBoxLayout.Direction.LeftToRight


def _set_side_by_side(part: Part, side_by_side: bool) -> None:
    if _side_by_side(part) == side_by_side:
        return
    if isinstance(part, QSplitter):
        part.setOrientation(Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical)
    else:
        part.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom)


def _width(part: Part) -> int:
    return part.minimumSizeHint().width() if isinstance(part, QSplitter) else part.minimumSize().width()


def _needed(page: QWidget) -> int:
    # Let every layout below hear of the change now, and splitters pass their new minimum up
    # (a splitter keeps the one it had when a page deep inside it changed).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    # Hidden pages of a stack do not pass a new minimum up by themselves: ask every one again.
    for widget in page.findChildren(QWidget):
        widget.updateGeometry()
    for layout in page.findChildren(QLayout):
        layout.invalidate()
    layout = page.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    return page.minimumSizeHint().width()


def _keep_headings_whole(page: QWidget, available: int) -> None:
    """A table is at least as wide as its column headings (up to the page), so a narrow column
    stacks the page rather than cutting every heading to "…"."""
    for table in page.findChildren(QTableView):
        if not _in_splitter(table, page):
            continue  # only a splitter can stack to make room; elsewhere the table scrolls sideways
        header = table.horizontalHeader()
        if header.isHidden() or table.model() is None:
            continue
        headings = sum(
            header.sectionSizeFromContents(column).width()
            for column in range(header.count())
            if not header.isSectionHidden(column)
        )
        extra = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(max(0, min(headings + extra, available - 2 * max(_inset(table, page), 30))))


def _inset(table: QWidget, page: QWidget) -> int:
    """The margins left of ``table`` once its splitter stacks: the splitter's own from the page's
    edge and the table's within its part of the splitter (the same again on the right)."""
    part = table
    while part.parentWidget() is not None and not isinstance(part.parentWidget(), QSplitter):
        part = part.parentWidget()
    splitter = part.parentWidget()
    if splitter is None or not table.isVisibleTo(page):
        return 30
    return splitter.mapTo(page, QPoint(0, 0)).x() + table.mapTo(part, QPoint(0, 0)).x()


def _in_splitter(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QSplitter):
            return True
        parent = parent.parentWidget()
    return False


def _tall_enough(splitters: list[QSplitter], available: int) -> None:
    """A splitter gives its parts their minimum height, which knows nothing of words that wrap:
    a stacked part gets the height its wrapped words need at about the page's width."""
    for splitter in splitters:
        stacked = splitter.orientation() == Qt.Orientation.Vertical
        for index in range(splitter.count()):
            part = splitter.widget(index)
            if stacked and part.hasHeightForWidth():
                part.setMinimumHeight(part.heightForWidth(max(1, available - 40)))
                part.setProperty("reflowHeight", True)
            elif part.property("reflowHeight") is True:
                part.setMinimumHeight(0)
                part.setProperty("reflowHeight", False)


def fit_width(page: QWidget, available: int) -> bool:
    """Stack as few parts of ``page`` as it takes to fit ``available`` pixels; True when it fits."""
    _keep_headings_whole(page, available)
    _forms_wrap_long_rows(page)
    parts = _parts(page)
    for part in parts:
        _set_side_by_side(part, True)
    fits = _needed(page) <= available
    # The widest first: stacking it frees the most width.
    for part in sorted(parts, key=_width, reverse=True):
        if fits:
            break
        _set_side_by_side(part, False)
        fits = _needed(page) <= available
    _tall_enough(page.findChildren(QSplitter), available)
    return fits
