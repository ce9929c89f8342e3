"""Updating a large data file while the window runs: how long it takes, and whether the window froze.

Seeds a file with 10,000 interviews (about 2 KB of notes each) at the previous schema revision,
then opens it the way the app does at start-up (``Application.open_store``: the check of the
file, the copy kept beside it, the migration to head) while a Qt window is on screen (offscreen).
A 5 ms QTimer ticks throughout; the longest gap between two ticks is the longest the window
could not repaint or answer.

    python benchmarks/migration.py

The last line printed is JSON: migrate_s (the whole open: the check, the copy, the migration,
and the panes filling from the store), ui_max_stall_ms (the longest the window stood still until
the store was ready; target <= 100), ui_ticks, panes_fill_after_ms (the panes filling from the
store once it is ready: the same work as at any start with a current file, so not counted as a
stall of the update), and seed_s (setting up, not part of any figure).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.bootstrap import Prompts, build_application  # noqa: E402
from app.core.clock import SystemClock  # noqa: E402
from app.core.data_safety import BadDatabaseChoice  # noqa: E402
from app.paths import prepare_data_dir  # noqa: E402
from tests.old_revision import PREVIOUS_REVISION, make_old_file  # noqa: E402

INTERVIEWS = 10_000
TICK_MS = 5


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as folder:
        paths = prepare_data_dir(Path(folder) / "data")
        started = time.perf_counter()
        make_old_file(paths.database, INTERVIEWS)
        seed_s = time.perf_counter() - started
        print(f"seeded {INTERVIEWS} interviews at {PREVIOUS_REVISION} in {seed_s:.1f} s", file=sys.stderr)

        qt_app = QApplication(sys.argv[:1])
        problems: list[str] = []
        prompts = Prompts(
            choose_after_bad_database=lambda problem, backup: BadDatabaseChoice.QUIT, fatal=problems.append
        )
        application = build_application(paths, SystemClock(), prompts, exit_event_loop=lambda code: None)
        application.window.show()

        ticks: list[float] = []
        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
        figures: dict[str, float] = {}
        from app.store import store as store_module

        real_open_store = store_module.open_store

        def timed_open_store(*args, **kwargs):
            opened = real_open_store(*args, **kwargs)
            figures["store_ready"] = time.perf_counter()
            return opened

        store_module.open_store = timed_open_store

        def open_and_measure() -> None:
            ticks.append(time.perf_counter())
            began = time.perf_counter()
            opened = application.open_store()
            figures["migrate_s"] = time.perf_counter() - began
            ticks.append(time.perf_counter())
            figures["opened"] = opened
            ticker.stop()
            qt_app.quit()

        def begin() -> None:
            ticker.start()
            QTimer.singleShot(50, open_and_measure)

        QTimer.singleShot(200, begin)  # once the window is on screen
        qt_app.exec()
        application.close()
        if problems or not figures.get("opened"):
            raise SystemExit(f"the file did not open: {problems}")
        # Until the store is ready (checked, copied, migrated); the panes then fill from it, which
        # is the same work as at any start with a current file, reported apart.
        ready = figures["store_ready"]
        during = [tick for tick in ticks if tick <= ready] + [ready]
        gaps = [later - earlier for earlier, later in itertools.pairwise(during)]
        result = {
            "migrate_s": round(figures["migrate_s"], 2),
            "ui_max_stall_ms": round(max(gaps) * 1000, 1),
            "ui_ticks": len(during) - 1,
            "panes_fill_after_ms": round((ticks[-1] - ready) * 1000, 1),
            "seed_s": round(seed_s, 1),
        }
        print(json.dumps(result))


if __name__ == "__main__":
    main()
