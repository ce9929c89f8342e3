"""Who led to whom: the people whose names came from another, as an expandable tree."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
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
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Person"), self.tr("Status"), self.tr("Led to")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Who led to whom"))
        self.setMinimumHeight(160)
        self._describe()

    def set_forest(self, forest: Sequence[ReferralNode]) -> None:
        self._forest = list(forest)
        self.setUpdatesEnabled(False)
        self.clear()
        shown = 0
        stack: list[tuple[ReferralNode, QTreeWidgetItem | None]] = [(node, None) for node in reversed(self._forest)]
        while stack and shown < MAX_SHOWN:
            node, parent = stack.pop()
            led_to = node.led_to
            item = QTreeWidgetItem(
                [node.name, _status_words(node.status), QLocale().toString(led_to) if led_to else ""]
            )
            item.setData(0, CONTACT_ROLE, node.contact_id)
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            shown += 1
            stack.extend((child, item) for child in reversed(node.children))
        if not self._forest:
            placeholder = QTreeWidgetItem([self.tr("No referrals yet: when someone gives you a name, it shows here.")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            placeholder.setFirstColumnSpanned(True)
            self.addTopLevelItem(placeholder)
        total = sum(node.size() for node in self._forest)
        if total > shown:
            more = QTreeWidgetItem([self.tr("… and %n more person(s)", "", total - shown)])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(more)
        self.expandAll()
        self.setUpdatesEnabled(True)
        self._describe()

    def forest(self) -> list[ReferralNode]:
        return list(self._forest)

    def summary(self) -> str:
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
        total = sum(node.size() for node in self._forest)
        text = self.tr("%n person(s) in referral chains: ", "", total) + self.tr("; ").join(links)
        if stack:
            text += self.tr("; …")
        return text + self.tr(".")

    def _describe(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)
