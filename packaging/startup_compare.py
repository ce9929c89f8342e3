"""Start-up of the built bundle against the source install, on the same existing data folder.

    python packaging/startup_compare.py [--runs N] [--bundle dist/infointerview/infointerview]

Alternates the two (offscreen), N runs each, and prints the medians of process start to first paint
and to the home view filled from the store; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.startup import time_until  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "infointerview" / "infointerview"))
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="infointerview-startup-") as scratch:
        data = Path(scratch) / "data"
        commands = {
            "source": [sys.executable, "-m", "app", "--data-dir", str(data)],
            "bundle": [arguments.bundle, "--data-dir", str(data)],
        }
        time_until(commands["source"], "home-loaded")  # creates the store; later starts find it at head
        results: dict[str, dict[str, list[float]]] = {name: {"first-paint": [], "home-loaded": []} for name in commands}
        for _ in range(arguments.runs):
            for name, command in commands.items():
                for milestone in ("first-paint", "home-loaded"):
                    results[name][milestone].append(time_until(command, milestone))
    summary = {
        f"{name}_{milestone.replace('-', '_')}_s": round(statistics.median(values), 3)
        for name, milestones in results.items()
        for milestone, values in milestones.items()
    }
    for key, value in summary.items():
        print(f"{key}: {value}")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
