"""How close to the true second the countdown's digits flip, and what counting costs in CPU.

Runs the real CountdownPanel (offscreen) on the real SystemClock for 60 s (``--seconds N`` to
change it). Each time the panel's digits change, the steady clock is read and compared with the
instant the count truly reached that value (taken from the saved start of the running stretch).
CPU is the process time used while counting, as a share of the wall time.

Last line: {"max_error_ms": ..., "cpu_percent": ..., "seconds": ...}
Targets: max_error_ms <= 50, cpu_percent <= 1.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path


def _parse_shown(text: str) -> int:
    """Signed seconds the digits show: positive before zero, negative in overtime."""
    sign = -1 if text.startswith("+") else 1
    minutes, seconds = text.lstrip("+").split(":")
    return sign * (int(minutes) * 60 + int(seconds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to count (default 60)")
    parser.add_argument("--planned", type=int, default=None, help="planned length in seconds (default: ends mid-run)")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.clock import SystemClock
    from app.core.countdown import CountdownSettings
    from app.ui.countdown.countdown_controller import CountdownController
    from app.ui.countdown.countdown_panel import CountdownPanel

    app = QApplication.instance() or QApplication([])
    clock = SystemClock()
    # By default the count passes every stage and reaches zero half-way through (from a minute
    # on), so stage changes and overtime flips are measured too.
    planned = args.planned or max(60, int(args.seconds // 2))
    settings = CountdownSettings(
        planned_seconds=planned, wrap_up_seconds=max(2, planned * 2 // 3), last_minutes_seconds=max(1, planned // 3)
    )
    controller = CountdownController(clock, settings)
    panel = CountdownPanel(controller, confirm_restart=lambda _parent: False)
    panel.resize(1000, 120)
    panel.show()
    app.processEvents()

    flips: list[tuple[float, str]] = []
    last_text = [panel.digits_text()]

    def on_tick(_snapshot) -> None:
        text = panel.digits_text()
        if text != last_text[0]:
            flips.append((clock.elapsed(), text))
            last_text[0] = text

    controller.tick.connect(on_tick)  # connected after the panel, so it sees the panel's new text
    controller.start()
    start_steady = json.loads(controller.state_json())["segment"]["steady"]
    total = controller.snapshot().total_seconds
    cpu_start = time.process_time()
    wall_start = clock.elapsed()
    stopper = QTimer()
    stopper.setSingleShot(True)
    stopper.setTimerType(Qt.TimerType.PreciseTimer)
    stopper.timeout.connect(app.quit)
    stopper.start(int(args.seconds * 1000))
    app.exec()
    wall = clock.elapsed() - wall_start
    cpu = time.process_time() - cpu_start
    controller.stop()

    errors_ms = []
    for seen_at, text in flips:
        shown = _parse_shown(text)
        # Before zero a value d appears when the remaining time reaches d; from zero on, an
        # overtime value o appears when the overtime reaches o.
        true_at = start_steady + (total - shown) if shown > 0 else start_steady + total - shown
        errors_ms.append((seen_at - true_at) * 1000)
    expected_flips = int(wall)
    early = [e for e in errors_ms if e < 0]
    max_error = max((abs(e) for e in errors_ms), default=float("nan"))
    print(f"flips seen: {len(flips)} of about {expected_flips} (planned {planned} s, {len(early)} early)")
    if errors_ms:
        print(
            f"flip error ms: median {statistics.median(errors_ms):.2f}, "
            f"p95 {sorted(errors_ms)[int(0.95 * (len(errors_ms) - 1))]:.2f}, max {max_error:.2f}"
        )
    print(f"cpu: {cpu:.3f} s over {wall:.1f} s")
    print(
        json.dumps(
            {
                "max_error_ms": round(max_error, 3),
                "cpu_percent": round(100 * cpu / wall, 3) if wall > 0 else None,
                "seconds": round(wall, 3),
                "flips": len(flips),
                "missed_flips": max(0, expected_flips - len(flips)),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
