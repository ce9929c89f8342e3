"""The occupations to explore, each with its target (changed in place) and its progress toward it,
and the buttons that add, rename and remove them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import Occupation, OccupationProgress
from app.ui.people.people_models import ID_ROLE, OccupationsModel

if TYPE_CHECKING:
    from app.store.repositories import OccupationRepository

MAX_OCCUPATION_TITLE = 200


def list_table(name: str) -> QTableView:
    """A table whose rows are chosen whole, one at a time (``name`` is already translated)."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # arrows move inside; Tab leaves the table
    return table


class OccupationsPanel(QWidget):
    chosen = Signal(object)  # the occupation clicked in the table (its id)
    added = Signal(int)  # an occupation added or found by its title: to be shown

    def __init__(
        self,
        ask_text: Callable[..., tuple[str, bool]],
        confirm: Callable[[QWidget, str, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask_text = ask_text
        self._confirm = confirm
        self._occupations: OccupationRepository | None = None
        self._current: int | None = None
        self.model = OccupationsModel(self._set_target)
        self.table = list_table(self.tr("Occupations"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OccupationsModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OccupationsModel.TITLE, self.fontMetrics().averageCharWidth() * 16)
        header.setSectionResizeMode(OccupationsModel.TARGET, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OccupationsModel.PROGRESS, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._clicked())
        add = QPushButton(self.tr("Add occupation…"))
        add.clicked.connect(self.add_occupation)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_occupation)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_occupation)
        buttons = QHBoxLayout()
        for button in (add, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Occupations to explore (double-click a target to change it)"))
        heading.setWordWrap(True)  # wraps rather than widening the page at a large zoom
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.mark(None)

    def set_repository(self, occupations: OccupationRepository) -> None:
        self._occupations = occupations

    def set_rows(self, rows: list[OccupationProgress]) -> None:
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        self.mark(self._current)

    def mark(self, occupation_id: int | None) -> None:
        """Show which occupation's people are listed (None: everyone's)."""
        self._current = occupation_id
        row = self.model.row_of(occupation_id) if occupation_id is not None else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row < 0:
            selection.clearSelection()
        else:
            self.table.selectRow(row)
        selection.blockSignals(False)
        self.table.viewport().update()
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)

    def _occupation(self) -> Occupation | None:
        row = self.model.row_of(self._current) if self._current is not None else -1
        return self.model.row_at(row).occupation if row >= 0 else None

    def _clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen.emit(rows[0].data(ID_ROLE))

    def _set_target(self, occupation_id: int, target: int) -> None:
        row = self.model.row_of(occupation_id)
        if row >= 0 and self._occupations is not None:
            self._occupations.update(self.model.row_at(row).occupation)

    def add_occupation(self) -> None:
        title, ok = self._ask_text(self, self.tr("Add an occupation"), self.tr("Occupation you want to explore:"))
        title = title.strip()[:MAX_OCCUPATION_TITLE]
        if ok and title and self._occupations is not None:
            # An occupation already listed is shown rather than made twice.
            occupation, _added = self._occupations.add_or_find(Occupation(title=title))
            self.added.emit(occupation.id)

    def rename_occupation(self) -> None:
        occupation = self._occupation()
        if occupation is None or self._occupations is None:
            return
        title, ok = self._ask_text(self, self.tr("Rename occupation"), self.tr("Occupation:"), text=occupation.title)
        title = title.strip()[:MAX_OCCUPATION_TITLE]
        if ok and title:
            occupation.title = title
            self._occupations.update(occupation)

    def remove_occupation(self) -> None:
        occupation = self._occupation()
        if occupation is None or self._occupations is None:
            return
        if self._confirm(
            self,
            self.tr("Remove the occupation “{title}”?").format(title=occupation.title),
            self.tr("Its people and interviews stay, without this occupation."),
        ):
            self.chosen.emit(None)
            self._occupations.delete(occupation.id)
