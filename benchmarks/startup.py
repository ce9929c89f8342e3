"""Start-up time: process start to first paint, against a bare PySide6 QMainWindow.

Runs the real app as a subprocess (offscreen, temp data dir) and a bare QMainWindow the same way,
alternating, and takes the median of several runs of each. Then seeds a store with 10,000
interviews and 10,000 contacts and measures the time until the home view shows data.

    python benchmarks/startup.py [--runs N]

The last line printed is JSON: bare_s, first_paint_s, first_paint_ratio, loaded_10k_s,
loaded_10k_ratio (targets: first_paint_ratio <= 1.5, loaded_10k_ratio <= 2.5).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write(f"first-paint {time.time():.6f}\n"); sys.stdout.flush()
            watched.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(942, 706)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INFOINTERVIEW_STARTUP_PROBE="1", PYTHONPATH=str(ROOT))
    env.pop("INFOINTERVIEW_DATA_DIR", None)
    return env


def time_until(command: list[str], milestone: str) -> float:
    """Seconds from just before the process is spawned to the milestone line's own timestamp."""
    started = time.time()
    process = subprocess.Popen(command, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in process.stdout:
            name, stamp = line.split()
            if name == milestone:
                return float(stamp) - started
        raise RuntimeError(f"the process ended before reporting {milestone}")
    finally:
        process.kill()
        process.wait()
        process.stdout.close()


def app_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(data_dir)]


def seed(data_dir: Path, interviews: int, contacts: int) -> None:
    from app.core.clock import SystemClock
    from app.paths import prepare_data_dir
    from app.store.store import open_store

    paths = prepare_data_dir(data_dir)
    open_store(paths.database, SystemClock()).dispose()
    rng = random.Random(7)
    now = datetime.now(UTC).replace(tzinfo=None)
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.executemany(
            "INSERT INTO occupations (id, title, notes, target_interviews, position, archived, created_at) "
            "VALUES (?, ?, '', 3, ?, 0, ?)",
            [(i, f"Occupation {i}", i, now) for i in range(1, 41)],
        )
        connection.executemany(
            "INSERT INTO contacts (id, full_name, source, organisation, status, occupation_id, created_at, updated_at) "
            "VALUES (?, ?, 'friend', ?, 'prospect', ?, ?, ?)",
            [
                (i, f"Person {i}", f"Organisation {i % 500}", rng.randint(1, 40), now, now)
                for i in range(1, contacts + 1)
            ],
        )
        statuses = ("planned", "finished", "finished", "cancelled")
        connection.executemany(
            "INSERT INTO interviews (contact_id, occupation_id, scheduled_at, planned_minutes, reserve_minutes, "
            "status, created_at, updated_at) VALUES (?, ?, ?, 20, 5, ?, ?, ?)",
            [
                (
                    rng.randint(1, contacts),
                    rng.randint(1, 40),
                    now + timedelta(hours=rng.randint(-5000, 5000)),
                    rng.choice(statuses),
                    now,
                    now,
                )
                for _ in range(interviews)
            ],
        )
        connection.executemany(
            "INSERT INTO action_items (title, kind, due_on, created_at) VALUES (?, 'other', ?, ?)",
            [(f"Follow up {i}", (now + timedelta(days=rng.randint(-10, 30))).date(), now) for i in range(2000)],
        )
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    runs = max(5, parser.parse_args().runs)
    with tempfile.TemporaryDirectory() as temp:
        bare_script = Path(temp) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW)
        empty = Path(temp) / "empty"
        seeded = Path(temp) / "seeded"
        first_run_s = time_until(app_command(empty), "home-loaded")  # creates and migrates the store
        seed(seeded, interviews=10_000, contacts=10_000)
        time_until(app_command(seeded), "home-loaded")  # warm the file cache like a second start
        bare, first_paint, loaded = [], [], []
        for _ in range(runs):
            bare.append(time_until([sys.executable, str(bare_script)], "first-paint"))
            first_paint.append(time_until(app_command(empty), "first-paint"))
            loaded.append(time_until(app_command(seeded), "home-loaded"))
    bare_s = statistics.median(bare)
    first_paint_s = statistics.median(first_paint)
    loaded_s = statistics.median(loaded)
    print(f"bare QMainWindow runs (s):      {', '.join(f'{x:.3f}' for x in bare)}")
    print(f"app first paint runs (s):       {', '.join(f'{x:.3f}' for x in first_paint)}")
    print(f"app 10k home loaded runs (s):   {', '.join(f'{x:.3f}' for x in loaded)}")
    print(f"first start with migration (s): {first_run_s:.3f}")
    print(
        json.dumps(
            {
                "bare_s": round(bare_s, 4),
                "first_paint_s": round(first_paint_s, 4),
                "first_paint_ratio": round(first_paint_s / bare_s, 3),
                "loaded_10k_s": round(loaded_s, 4),
                "loaded_10k_ratio": round(loaded_s / bare_s, 3),
                "first_start_with_migration_s": round(first_run_s, 4),
                "runs": runs,
            }
        )
    )


if __name__ == "__main__":
    main()
