"""The keyboard shortcuts sheet (F1 or Ctrl+?): every shortcut of the registry, grouped by where it
works. It is not modal, so it can stay open beside the window while the person tries the keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.shell.shortcuts import AREAS, by_area


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        intro = QLabel(
            self.tr(
                "Tab moves between controls and Shift+Tab back; in a table the arrow keys move and Enter "
                "opens the row. Alt with an underlined letter presses that button or reaches that field."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setTabKeyNavigation(False)
        # The keys as wide as they need, up to 40 % of the sheet; the descriptions take the rest and wrap.
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for area, shortcuts in by_area():
            group = QTreeWidgetItem([QCoreApplication.translate("Shortcuts", AREAS[area])])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in shortcuts:
                group.addChild(QTreeWidgetItem([item.shown_keys(), item.translated_description()]))
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self._fit_keys_column()

    def _fit_keys_column(self) -> None:
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), int(self.width() * 0.4)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_keys_column()

    def rows(self) -> list[tuple[str, str, str]]:
        """(area, keys, description) as shown, for tests and screen readers alike."""
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                shown.append((group.text(0), item.text(0), item.text(1)))
        return shown
