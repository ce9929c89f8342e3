"""Getting the data out and back: export, import, backup (and how long it holds up the UI), rescue.

Seeds a store with 10,000 people and 10,000 interviews with notes (about 200 words each), then times:
- export_json_s: the complete JSON export to a file;
- import_json_s: reading, checking and importing that file into an empty store;
- backup_s: one backup (online copy plus integrity check of the copy);
- backup_ui_stall_ms: the longest a 5 ms Qt timer was late while a backup ran in a worker thread
  (target <= 16);
- rescue_s: rescuing a copy of the file with pages overwritten in the middle.

Prints one JSON object as its last line.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PEOPLE = 10_000
INTERVIEWS = 10_000
NOTE_WORDS = 200
TICK_MS = 5


def _timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _backup_stall_ms(database: Path | None, backups_dir: Path, now) -> float:
    """The longest gap between ticks of a 5 ms timer, beyond 5 ms, while a backup runs
    (or, with no database, while the worker only waits a second: the machine's own noise)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from app.core.retention import BackupReason
    from app.store.backups import make_backup

    app = QCoreApplication.instance() or QCoreApplication([])
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done = threading.Event()

    def work() -> None:
        try:
            if database is None:
                time.sleep(1.0)
            else:
                make_backup(database, backups_dir, now, BackupReason.PERIODIC)
        finally:
            done.set()

    timer.start()
    worker = threading.Thread(target=work)
    worker.start()
    while not done.is_set():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, TICK_MS)
    worker.join()
    timer.stop()
    gaps = [(b - a) * 1000 - TICK_MS for a, b in itertools.pairwise(ticks)]
    return max(0.0, max(gaps, default=0.0))


def main() -> None:
    from datetime import UTC, datetime

    from app.core.retention import BackupReason
    from app.store.backups import make_backup
    from app.store.portability import export_json, import_document, read_import
    from app.store.rescue import rescue_database
    from app.store.store import open_store
    from tests.fakes import FakeClock
    from tests.store.data_seed import seed

    clock = FakeClock()
    now = datetime(2026, 12, 3, 13, 30, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database = root / "data" / "infointerview.db"
        database.parent.mkdir()
        open_store(database, clock).dispose()
        seed(database, people=PEOPLE, interviews=INTERVIEWS, note_words=NOTE_WORDS)
        size_mb = database.stat().st_size / 1e6

        export_s, _ = _timed(lambda: export_json(database, root / "data" / "attachments", root / "all.json", now))
        export_mb = (root / "all.json").stat().st_size / 1e6

        empty = root / "empty" / "infointerview.db"
        empty.parent.mkdir()
        open_store(empty, clock).dispose()
        import_s, _ = _timed(
            lambda: import_document(empty, empty.parent / "attachments", read_import(root / "all.json")[1])
        )

        backup_s, _ = _timed(lambda: make_backup(database, root / "backups", now, BackupReason.MANUAL))
        stall_ms = _backup_stall_ms(database, root / "backups-stall", now)
        idle_stall_ms = _backup_stall_ms(None, root / "unused", now)

        damaged = root / "damaged.db"
        shutil.copyfile(database, damaged)
        page = 4096
        pages = damaged.stat().st_size // page
        with damaged.open("r+b") as handle:
            handle.seek(pages // 2 * page)
            handle.write(b"\xa5" * page * 20)
        rescue_s, report = _timed(lambda: rescue_database(damaged, root / "rescued.db", clock))

    from app.core.data_safety import describe_rescue

    print(f"database {size_mb:.1f} MB, export {export_mb:.1f} MB; rescue: {describe_rescue(report)}")
    print(
        json.dumps(
            {
                "export_json_s": round(export_s, 2),
                "import_json_s": round(import_s, 2),
                "backup_s": round(backup_s, 2),
                "backup_ui_stall_ms": round(stall_ms, 1),
                "rescue_s": round(rescue_s, 2),
                "idle_timer_lateness_ms": round(idle_stall_ms, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
