"""The People page's lists as Qt models over plain rows: everyone (sorted and filtered through a
QSortFilterProxyModel) and the occupations with their target and progress.

Both stay fast at tens of thousands of people: the rows are plain dataclasses read in one query,
what the filter looks in is worked out once per row, and sorting orders the rows in Python by a
key rather than comparing cells one pair at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.core.bulk import collector_paused
from app.core.entities import ContactStatus, OccupationProgress
from app.core.people import PersonRow
from app.ui.widgets.dates import day_words
from app.ui.widgets.i18n import tr_enum

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the person's or occupation's id
MAX_TARGET = 99
_Index = QModelIndex | QPersistentModelIndex
_NEVER = datetime.min.replace(tzinfo=UTC)
_STATUS_ORDER = {status: number for number, status in enumerate(ContactStatus)}


class PeopleModel(QAbstractTableModel):
    NAME, ORGANISATION, TITLE, OCCUPATIONS, STATUS, SOURCE, LAST = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._haystacks: list[str] = []  # what the text filter looks in, per row
        self._titles: dict[int, str] = {}
        self._by_id: dict[int, PersonRow] = {}
        # Every person's emails by id, read only when a filter is first typed.
        self.emails_source: Callable[[], dict[int, str]] | None = None
        self._places: tuple[dict[int, int], int] | None = None  # row number by id, for a version
        self.version = 0  # rises with every change of the rows (filters keep what they worked out by it)
        self._occupation_text: list[str] = []
        self._headers = [
            QCoreApplication.translate("PeopleModel", "Name"),
            QCoreApplication.translate("PeopleModel", "Organisation"),
            QCoreApplication.translate("PeopleModel", "Title"),
            QCoreApplication.translate("PeopleModel", "Occupations"),
            QCoreApplication.translate("PeopleModel", "Status"),
            QCoreApplication.translate("PeopleModel", "Source"),
            QCoreApplication.translate("PeopleModel", "Last contact"),
        ]
        self._no_name = QCoreApplication.translate("PeopleModel", "(no name yet)")
        self._statuses = {status: tr_enum(status) for status in ContactStatus}
        self._sources: dict = {}
        self.zone: tzinfo = UTC  # the person's zone, for the day of the last contact

    # -- filling ---------------------------------------------------------------------------
    def set_rows(self, rows: list[PersonRow], occupation_titles: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._titles = occupation_titles
        self._by_id = {row.id: row for row in rows}
        self.version += 1
        # Worked out when first needed (the first filter or sort), so the list shows sooner.
        self._occupation_text = []
        self._haystacks = []
        self.endResetModel()

    def _occupation_texts(self) -> list[str]:
        if len(self._occupation_text) != len(self._rows):
            titles = self._titles
            self._occupation_text = [", ".join([titles.get(i, "") for i in row.occupation_ids]) for row in self._rows]
        return self._occupation_text

    def _haystack_list(self) -> list[str]:
        if len(self._haystacks) != len(self._rows):
            with collector_paused():  # one string per person, none in a cycle
                emails = self.emails_source() if self.emails_source is not None else {}
                self._haystacks = [
                    f"{row.full_name}\n{row.organisation}\n{row.job_title}\n{emails.get(row.id, '')}".casefold()
                    for row in self._rows
                ]
        return self._haystacks

    def prepare_filtering(self) -> None:
        """Read what a filter looks in now (the filter box got the keyboard), not on the first key."""
        self._haystack_list()

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def update_row(self, row: PersonRow) -> bool:
        """Show one person's row anew where it stands; False if they are not listed."""
        number = self.row_of(row.id)
        if number < 0:
            return False
        self._rows[number] = row
        self._by_id[row.id] = row
        self._haystacks = []  # their emails may have changed too: read again when next filtered
        if len(self._occupation_text) == len(self._rows):
            self._occupation_text[number] = ", ".join([self._titles.get(i, "") for i in row.occupation_ids])
        self.version += 1
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
        return True

    def name_of(self, contact_id: int) -> str:
        row = self._by_id.get(contact_id)
        return "" if row is None else row.full_name

    def ids_named(self, name: str) -> list[int]:
        wanted = " ".join(name.split()).casefold()
        return [row.id for row in self._rows if row.full_name.casefold() == wanted]

    def rows(self) -> list[PersonRow]:
        return self._rows

    def haystacks(self) -> list[str]:
        """What the text filter looks in, for each row in order."""
        return self._haystack_list()

    def row_of(self, contact_id: int) -> int:
        if self._places is None or self._places[1] != self.version:
            self._places = ({row.id: number for number, row in enumerate(self._rows)}, self.version)
        return self._places[0].get(contact_id, -1)

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Order the rows by a column (text by its words, status by the pipeline, dates by time)."""
        key = self._sort_key(column)
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        order_of = sorted(range(len(self._rows)), key=lambda n: key(n), reverse=order == Qt.SortOrder.DescendingOrder)
        place = {old: new for new, old in enumerate(order_of)}
        haystacks, occupations = self._haystacks, self._occupation_text
        self._rows = [self._rows[n] for n in order_of]
        self._haystacks = [haystacks[n] for n in order_of] if len(haystacks) == len(order_of) else []
        self._occupation_text = [occupations[n] for n in order_of] if len(occupations) == len(order_of) else []
        self.version += 1
        self.changePersistentIndexList(before, [self.index(place[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[int], object] | None:
        rows = self._rows
        if column == self.NAME:
            return lambda n: rows[n].full_name.casefold()
        if column == self.ORGANISATION:
            return lambda n: rows[n].organisation.casefold()
        if column == self.TITLE:
            return lambda n: rows[n].job_title.casefold()
        if column == self.OCCUPATIONS:
            texts = self._occupation_texts()
            return lambda n: texts[n].casefold()
        if column == self.STATUS:
            return lambda n: _STATUS_ORDER[rows[n].status]
        if column == self.SOURCE:
            return lambda n: self._source_text(rows[n]).casefold()
        if column == self.LAST:
            return lambda n: rows[n].last_interaction or _NEVER
        return None

    # -- the model -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self._headers[section] if horizontal and 0 <= section < len(self._headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.NAME:
            return row.full_name or self._no_name
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.TITLE:
            return row.job_title
        if column == self.OCCUPATIONS:
            if len(self._occupation_text) != len(self._rows):
                return ", ".join([self._titles.get(i, "") for i in row.occupation_ids])
            return self._occupation_text[index.row()]
        if column == self.STATUS:
            return self._statuses[row.status]
        if column == self.SOURCE:
            return self._source_text(row)
        if column == self.LAST:
            return day_words(row.last_interaction.astimezone(self.zone).date()) if row.last_interaction else ""
        return None

    def _source_text(self, row: PersonRow) -> str:
        text = self._sources.get(row.source)
        if text is None:
            text = self._sources[row.source] = tr_enum(row.source)
        return text


class PeopleFilter(QSortFilterProxyModel):
    """Text (name, organisation, title, email), occupation and status filters over PeopleModel.

    Sorting asks the people model to order its rows (one key per row) and follows that order,
    which is hundreds of times quicker than comparing cells through Python one pair at a time.
    """

    def __init__(self, people: PeopleModel, parent=None) -> None:
        super().__init__(parent)
        self._people = people
        self._needle = ""
        self._occupation_id: int | None = None
        self._status: ContactStatus | None = None
        self._accepted: list[bool] | None = None
        self._worked_out_at = -1  # the people model's version the filter was worked out for
        self.setSourceModel(people)
        people.modelAboutToBeReset.connect(self._forget)
        people.layoutAboutToBeChanged.connect(self._forget)  # worked out by row number

    def set_text(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle != self._needle:
            self._needle = needle
            self._refilter()

    def set_occupation(self, occupation_id: int | None) -> None:
        if occupation_id != self._occupation_id:
            self._occupation_id = occupation_id
            self._refilter()

    def set_status(self, status: ContactStatus | None) -> None:
        if status != self._status:
            self._status = status
            self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._people.sort_rows(column, order)

    def _forget(self) -> None:
        self._accepted = None

    def _refilter(self) -> None:
        self.beginFilterChange()
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _work_out(self) -> list[bool]:
        """Whether each row passes, worked out for every row in one pass."""
        people = self._people
        rows = people.rows()
        needle, occupation, status = self._needle, self._occupation_id, self._status
        words = needle.split()
        haystacks = people.haystacks() if words else []
        accepted = []
        for number, row in enumerate(rows):
            ok = (occupation is None or occupation in row.occupation_ids) and (status is None or row.status == status)
            if ok and words:
                haystack = haystacks[number]
                ok = all(word in haystack for word in words)
            accepted.append(ok)
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not (self._needle or self._occupation_id is not None or self._status is not None):
            return True
        if self._accepted is None or self._worked_out_at != self._people.version:
            self._accepted = self._work_out()
            self._worked_out_at = self._people.version
        return self._accepted[source_row]


class OccupationsModel(QAbstractTableModel):
    """Each occupation with its target (editable) and its progress toward it."""

    TITLE, TARGET, PROGRESS = range(3)

    def __init__(self, set_target: Callable[[int, int], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[OccupationProgress] = []
        self._set_target = set_target
        self._headers = [
            QCoreApplication.translate("OccupationsModel", "Occupation"),
            QCoreApplication.translate("OccupationsModel", "Target"),
            # Two lines, so that the column stays narrow.
            QCoreApplication.translate("OccupationsModel", "Found / contacted /\nscheduled / interviewed"),
        ]

    def set_rows(self, rows: list[OccupationProgress]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> OccupationProgress:
        return self._rows[row]

    def row_of(self, occupation_id: int | None) -> int:
        for number, row in enumerate(self._rows):
            if row.occupation.id == occupation_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self._headers[section] if horizontal and 0 <= section < len(self._headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TARGET and self._set_target is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.occupation.id
        if role == Qt.ItemDataRole.EditRole and column == self.TARGET:
            return row.occupation.target_interviews
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return row.occupation.title
            if column == self.TARGET:
                return str(row.occupation.target_interviews)
            if column == self.PROGRESS:
                return QCoreApplication.translate(
                    "OccupationsModel", "{found} / {contacted} / {scheduled} / {interviewed} of {target}"
                ).format(
                    found=row.found,
                    contacted=row.contacted,
                    scheduled=row.scheduled,
                    interviewed=row.interviewed,
                    target=row.occupation.target_interviews,
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "OccupationsModel",
                "{title}: {found} people found, {contacted} contacted, {scheduled} scheduled, "
                "{interviewed} interviewed; the target is {target}.",
            ).format(
                title=row.occupation.title,
                found=row.found,
                contacted=row.contacted,
                scheduled=row.scheduled,
                interviewed=row.interviewed,
                target=row.occupation.target_interviews,
            )
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        if self._set_target is None:
            return False
        try:
            target = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= target <= MAX_TARGET:
            return False
        row = self._rows[index.row()]
        if target != row.occupation.target_interviews:
            row.occupation.target_interviews = target
            self._set_target(row.occupation.id, target)
            self.dataChanged.emit(index, self.index(index.row(), self.PROGRESS))
        return True
