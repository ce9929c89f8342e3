"""Render the app's one SVG icon into PNGs (16 to 512 pixels) with Qt: ``python packaging/render_icons.py OUT``.

The PyInstaller spec runs this at build time and ships OUT as ``app/resources/icons/hicolor``, where
``infointerview --install-desktop`` finds them; without them it renders the same PNGs itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.desktop_install import render_png_icons  # noqa: E402
from app.paths import resource  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/render_icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in render_png_icons(resource("icons", "infointerview.svg"), Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
