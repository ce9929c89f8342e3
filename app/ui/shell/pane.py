"""What the shell tells an area's pane while the data file opens, typed.

The data comes in two steps: the read models (plain sqlite3, enough to show the home view at once)
and then the full store. Each area's factory says which of the three a pane takes, so nothing
probes a pane for the methods it happens to have.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.store.read_models import ReadModels
    from app.store.store import Store


class Pane(Protocol):
    """The messages an area's pane receives from the shell."""

    def show_loading(self, text: str) -> None:
        """Say what is happening while the data file is opened or updated."""

    def set_reads(self, reads: ReadModels) -> None:
        """The read models are there: enough to show what the pane shows."""

    def set_store(self, store: Store) -> None:
        """The full store is open: the pane is handed its part of it and may write."""

    def write_typed_text(self) -> bool:
        """Write what the person typed and is not saved yet; False if some of it could not be."""


@dataclass(slots=True)
class PaneHooks:
    """A pane as the shell sees it: the widget and the calls it takes, each optional.

    ``on_store`` is given the store and hands the pane only the repositories and read models it
    uses, typed (``TodayData``, ``InterviewData``, …): no pane holds the whole store. A pane that
    takes no read models gets nothing until the store is open.
    """

    widget: QWidget
    on_loading: Callable[[str], None] | None = None
    on_reads: Callable[[ReadModels], None] | None = None
    on_store: Callable[[Store], None] | None = None
    on_write_typed_text: Callable[[], bool] | None = None

    def show_loading(self, text: str) -> None:
        if self.on_loading is not None:
            self.on_loading(text)

    def set_reads(self, reads: ReadModels) -> None:
        if self.on_reads is not None:
            self.on_reads(reads)

    def set_store(self, store: Store) -> None:
        if self.on_store is not None:
            self.on_store(store)

    def write_typed_text(self) -> bool:
        return self.on_write_typed_text is None or self.on_write_typed_text()
