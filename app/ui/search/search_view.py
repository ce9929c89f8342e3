"""One search box across every interview, with highlighted snippets; activating a result asks
the main window to open that interview at the match.

It is handed the search repository alone; the shell's navigator opens the interview at the match.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SearchUnavailable
from app.core.search import SearchHit, SearchResults, plain_snippet, snippet_parts
from app.ui.widgets.accessibility import name_clear_button
from app.ui.widgets.i18n import tr_enum

log = logging.getLogger(__name__)

HIT_ROLE = Qt.ItemDataRole.UserRole + 20
HTML_ROLE = Qt.ItemDataRole.UserRole + 21
TYPING_PAUSE_MS = 150


def _visible(text: str) -> str:
    """Text safe for rich-text display: escaped, NULs shown as a symbol, line breaks as spaces."""
    return html.escape(text.replace("\x00", "␀").replace("\n", " ").replace("\r", " "))


def _where(hit: SearchHit, shown: Callable[[str], str]) -> str:
    """Where the match is: "Notes", or "Answer to “What does a typical week look like?”"."""
    place = tr_enum(hit.place)
    if not hit.question_text:
        return place
    return QCoreApplication.translate("SearchView", "{place} to “{question}”").format(
        place=place, question=shown(hit.question_text)
    )


def hit_html(hit: SearchHit) -> str:
    details = " · ".join(part for part in (hit.organisation, hit.occupation_title) if part)
    head = f"<b>{_visible(hit.contact_name)}</b>"
    if details:
        head += f" · {_visible(details)}"
    where = _where(hit, _visible)
    marked = "".join(
        f"<b><u>{_visible(text)}</u></b>" if matched else _visible(text) for text, matched in snippet_parts(hit.snippet)
    )
    return f"{head}<br><i>{where}:</i> {marked}"


def hit_words(hit: SearchHit) -> str:
    """The same result as plain words, for screen readers and tooltips."""
    where = _where(hit, str)
    parts = [hit.contact_name, hit.organisation, hit.occupation_title]
    return f"{', '.join(part for part in parts if part)} — {where}: {plain_snippet(hit.snippet).replace(chr(0), '␀')}"


class _HitDelegate(QStyledItemDelegate):
    """Paints a result's rich text (matched words bold and underlined, not only coloured)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(100, option.rect.width() - 12))
        return document

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 8))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)


class SearchView(QWidget):
    # interview id, where the match was (a MatchPlace value), picked question id or None, the query
    open_interview = Signal(int, str, object, str)
    results_shown = Signal(int)  # how many results are listed

    def __init__(self, search, parent: QWidget | None = None) -> None:
        """``search`` is a SearchRepository (anything with ``search(text) -> list[SearchHit]``)."""
        super().__init__(parent)
        self._search = search
        self._shown_query = ""
        self._page = 0
        self._listed = 0

        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search interviews"))
        self.query.setPlaceholderText(
            self.tr("Search your interviews: notes, answers, takeaways, next steps, people, places…")
        )
        name_clear_button(self.query)
        self.query.setMaxLength(1000)
        self.query.textEdited.connect(self._on_edited)
        self.query.returnPressed.connect(self.search_now)

        self.summary = QLabel(self.tr("Type a word or two; accents and capitals do not matter."))
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.itemActivated.connect(self._on_activated)
        # The next page comes by itself when the list is scrolled, or walked with the keys, to
        # its end; the button stays for when the page does not fill the list.
        self.results.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.results.currentRowChanged.connect(self._on_row_changed)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Search"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.more_button = QPushButton(self.tr("Show &more results"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        focus = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        focus.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.activated.connect(self.focus_query)
        self.query.installEventFilter(self)

    def showEvent(self, event) -> None:
        # Notes may have changed since the last search; coming back shows the current results.
        # The box takes the keyboard, so typing on arrival is never lost.
        super().showEvent(event)
        QTimer.singleShot(0, self.query, self.query.setFocus)  # dropped if the box is gone
        if self.query.text().strip():
            self.search_now()

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def eventFilter(self, watched, event) -> bool:
        # Down from the box goes to the results, as in a browser's address bar.
        if (
            watched is self.query
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return False

    def _on_edited(self, _text: str) -> None:
        self._pause.start()

    def search_now(self) -> None:
        self._pause.stop()
        self._fetch(self.query.text(), page=0, replace=True)

    def show_more(self) -> None:
        if self.more_button.isHidden():
            return
        self._fetch(self._shown_query, page=self._page + 1, replace=False)

    def _fill_list(self) -> None:
        self.results.doItemsLayout()
        if self.results.isVisible() and self.results.verticalScrollBar().maximum() == 0:
            self.show_more()

    def _on_scrolled(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value > 0 and value == bar.maximum():
            self.show_more()

    def _on_row_changed(self, row: int) -> None:
        if row >= 0 and row == self.results.count() - 1:
            self.show_more()

    def _fetch(self, text: str, *, page: int, replace: bool) -> None:
        try:
            results = self._search.search(text, page=page) if text.strip() else SearchResults.empty()
        except SearchUnavailable as error:
            log.warning("search failed: %s", error)
            self.summary.setText(
                self.tr("Search is not available right now (the database could not be read). Try again.")
            )
            return
        self._page = page  # only once the page has come, so a failed one is asked for again
        self._show(text, results, replace=replace)

    def _show(self, text: str, results: SearchResults, *, replace: bool) -> None:
        self._shown_query = text
        if replace:
            self.results.clear()
        for hit in results.hits:
            item = QListWidgetItem(hit_words(hit))
            item.setData(HIT_ROLE, hit)
            item.setData(HTML_ROLE, hit_html(hit))
            item.setToolTip(hit_words(hit))
            self.results.addItem(item)
        self.more_button.setVisible(results.has_more)
        if results.has_more and self.isVisible():
            # Once the list is laid out: if the page leaves it unfilled, bring the next one.
            QTimer.singleShot(0, self, self._fill_list)
        count = self.results.count()
        if not text.strip():
            self.summary.setText(self.tr("Type a word or two; accents and capitals do not matter."))
        elif not count:
            self.summary.setText(self.tr("Nothing in your interviews matches “{words}”.").format(words=text.strip()))
        elif results.has_more and results.by_relevance:
            self.summary.setText(
                self.tr("First %Ln match(es), best first — Enter or double-click opens one.", "", count)
            )
        elif results.has_more:
            self.summary.setText(
                self.tr(
                    "First %Ln match(es), too common to rank (add a word to narrow) — Enter or double-click opens one.",
                    "",
                    count,
                )
            )
        elif results.by_relevance:
            self.summary.setText(self.tr("%Ln match(es), best first — Enter or double-click opens one.", "", count))
        else:
            self.summary.setText(
                self.tr(
                    "%Ln match(es), too common to rank (add a word to narrow) — Enter or double-click opens one.",
                    "",
                    count,
                )
            )
        self.results_shown.emit(count)

    def hit_at(self, row: int) -> SearchHit:
        return self.results.item(row).data(HIT_ROLE)

    def _on_activated(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.open_interview.emit(hit.interview_id, hit.place.value, hit.picked_question_id, self._shown_query)
