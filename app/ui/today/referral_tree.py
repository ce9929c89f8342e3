"""Who led to whom: the people whose names came from another, as an expandable tree."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.core.entities import ContactStatus
from app.core.today import ReferralNode
from app.ui.widgets.i18n import tr_enum

MAX_SHOWN = 300  # people drawn; the rest are counted in words
MAX_DESCRIBED = 30  # links spelled out in the description
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 60


def _status_words(status: str) -> str:
    try:
        return tr_enum(ContactStatus(status))
    except ValueError:
        return status


class ReferralTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forest: list[ReferralNode] = []
        self._total = 0  # people in the forest, shown or not
        self._summary = ""
        # One item for each different text of the Status and "Led to" columns (see _fit_columns).
        self._samples: dict[int, dict[str, QTreeWidgetItem]] = {1: {}, 2: {}}
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Person"), self.tr("Status"), self.tr("Led to")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.header().setStretchLastSection(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Who led to whom"))
        self.setMinimumHeight(160)
        self._describe()
        self._fit_columns()

    def set_forest(self, forest: Sequence[ReferralNode]) -> None:
        """Draw the first ``MAX_SHOWN`` people of ``forest``; the rest are counted in words.

        The items are put together off the tree and handed to it in one go (each item added to a
        tree one by one makes it redo its rows), and the words describing it are worked out once."""
        self._forest = forest = list(forest)
        self._total = sum(node.size() for node in forest)
        self.setUpdatesEnabled(False)
        self.clear()
        tops: list[QTreeWidgetItem] = []
        shown = 0
        locale = QLocale()
        statuses: dict[str, str] = {}
        samples = self._samples = {1: {}, 2: {}}
        stack: list[tuple[ReferralNode, QTreeWidgetItem | None]] = [(node, None) for node in reversed(forest)]
        while stack and shown < MAX_SHOWN:
            node, parent = stack.pop()
            led_to = node.led_to
            if node.status not in statuses:
                statuses[node.status] = _status_words(node.status)
            item = QTreeWidgetItem([node.name, statuses[node.status], locale.toString(led_to) if led_to else ""])
            item.setData(0, CONTACT_ROLE, node.contact_id)
            samples[1].setdefault(item.text(1), item)
            samples[2].setdefault(item.text(2), item)
            if parent is None:
                tops.append(item)
            else:
                parent.addChild(item)
            shown += 1
            stack.extend((child, item) for child in reversed(node.children))
        if not forest:
            placeholder = QTreeWidgetItem([self.tr("No referrals yet: when someone gives you a name, it shows here.")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            tops.append(placeholder)
        if self._total > shown:
            more = QTreeWidgetItem([self.tr("… and %n more person(s)", "", self._total - shown)])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            tops.append(more)
        self.addTopLevelItems(tops)
        if not forest:
            placeholder.setFirstColumnSpanned(True)  # only once it is in the tree does this take
        self.expandAll()
        self._fit_columns()
        self.setUpdatesEnabled(True)
        self._describe()

    def _fit_columns(self) -> None:
        """Status and "Led to" as wide as their widest text, as "resize to contents" makes them, but
        measuring each different text once rather than every one of the hundreds of rows (the same
        few statuses and numbers repeat)."""
        header = self.header()
        for column, samples in self._samples.items():
            width = header.sectionSizeHint(column)
            for item in samples.values():
                width = max(width, self.sizeHintForIndex(self.indexFromItem(item, column)).width())
            header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._fit_columns()

    def forest(self) -> list[ReferralNode]:
        return list(self._forest)

    def summary(self) -> str:
        """The tree in words (worked out once for each forest drawn)."""
        return self._summary

    def _words(self) -> str:
        if not self._forest:
            return self.tr("No referrals yet.")
        links = []
        stack = list(reversed(self._forest))
        while stack and len(links) < MAX_DESCRIBED:
            node = stack.pop()
            if node.children:
                names = self.tr(", ").join(child.name for child in node.children)
                links.append(self.tr("{name} led to {names}").format(name=node.name, names=names))
            stack.extend(reversed(node.children))
        text = self.tr("%n person(s) in referral chains: ", "", self._total) + self.tr("; ").join(links)
        if stack:
            text += self.tr("; …")
        return text + self.tr(".")

    def _describe(self) -> None:
        self._summary = self._words()
        self.setAccessibleDescription(self._summary)
