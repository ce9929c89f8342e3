"""Where a person came from: who referred them (up to the first one), and whom they referred.

One tree: the chain of referrers from the first one down to the person (in bold), and under the
person everyone their name led to. Activating anyone else picks that person in People. A line
above the tree says the same in words, for screen readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.errors import NotFound
from app.core.pipeline import PersonLink, ReferralChain, ReferralNode
from app.ui.shell import events
from app.ui.widgets.i18n import tr_enum
from app.ui.widgets.refresh import RefreshWhenShown

if TYPE_CHECKING:
    from app.store.outreach_repository import OutreachRepository

PERSON_ROLE = Qt.ItemDataRole.UserRole + 32


class ReferralTab(QWidget):
    person_activated = Signal(int)  # a contact id, to pick in People

    def __init__(self, data_events: events.DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outreach: OutreachRepository | None = None
        self._contact_id: int | None = None
        self.chain: ReferralChain | None = None
        self._refresher = RefreshWhenShown(self, self.refresh)
        data_events.changed.connect(self._on_data_changed)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Referral chain"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)
        hint = QLabel(self.tr("Double-click someone, or press Enter, to open them."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        self._show_nobody()

    def set_data(self, outreach: OutreachRepository) -> None:
        self._outreach = outreach
        self.refresh()

    def show_person(self, contact_id: int | None) -> None:
        if contact_id != self._contact_id:
            self._contact_id = contact_id
            self.refresh()

    def refresh(self) -> None:
        if self._outreach is None or self._contact_id is None:
            self._show_nobody()
            return
        try:
            self.chain = self._outreach.referral_chain(self._contact_id)
        except NotFound:
            self._show_nobody()
            return
        self._show(self.chain)

    def _on_data_changed(self, kinds: frozenset) -> None:
        if events.CONTACTS in kinds:
            self._refresher.request()

    # ---- showing ------------------------------------------------------------------------------

    def _show_nobody(self) -> None:
        self.chain = None
        self.tree.clear()
        self.summary.setText(self.tr("Choose a person to see who referred them, and whom they referred."))

    def _item(self, person: PersonLink, parent: QTreeWidget | QTreeWidgetItem) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [person.full_name, tr_enum(person.status)])
        item.setData(0, PERSON_ROLE, person.contact_id)
        return item

    def _add_referred(self, node: ReferralNode, item: QTreeWidgetItem) -> None:
        for child in node.referred:
            self._add_referred(child, self._item(child.person, item))

    def _show(self, chain: ReferralChain) -> None:
        self.tree.clear()
        parent: QTreeWidget | QTreeWidgetItem = self.tree
        for referrer in chain.referred_by:
            parent = self._item(referrer, parent)
        own = self._item(chain.person, parent)
        font = own.font(0)
        font.setBold(True)
        own.setFont(0, font)
        own.setToolTip(0, self.tr("The person shown"))
        self._add_referred(chain.tree, own)
        self.tree.expandAll()
        self.tree.setCurrentItem(own)
        self.summary.setText(self._in_words(chain))

    def _in_words(self, chain: ReferralChain) -> str:
        name = chain.person.full_name
        if chain.referred_by:
            arrow = self.tr(" → ")
            route = arrow.join([*(link.full_name for link in chain.referred_by), name])
            up = self.tr("How the name came: {route}.").format(route=route)
        else:
            up = self.tr("Nobody referred {name}.").format(name=name)
        count = chain.tree.count()
        if count:
            direct = len(chain.tree.referred)
            down = self.tr("Their name led to %n people, {direct} of them directly.", "", count).format(direct=direct)
        else:
            down = self.tr("They have not referred anyone yet.")
        return f"{up} {down}"

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, PERSON_ROLE)
        if contact_id is not None and contact_id != self._contact_id:
            self.person_activated.emit(contact_id)
