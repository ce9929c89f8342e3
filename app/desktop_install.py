"""Desktop integration for the current user on Linux and other freedesktop systems.

``infointerview --install-desktop`` puts the shipped desktop entry (its ``Exec`` pointing at the
command that ran it), the AppStream metainfo and the icon (the one SVG, plus PNGs of it from 16 to
512 pixels) under the XDG data folder; ``--uninstall-desktop`` takes exactly those files away. Both
refresh the desktop database when ``update-desktop-database`` is there.

The PNGs are rendered from the SVG with Qt: at build time into a bundle (``packaging/render_icons.py``),
and here, at install time, when the app runs from source or a wheel that has none.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app import APP_ID
from app.paths import resource

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Where the PNGs rendered at build time are kept inside the shipped resources (a bundle has them).
RENDERED_ICONS = ("icons", "hicolor")
FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


class DesktopInstallError(Exception):
    """The desktop integration cannot be installed here; the message says why in one line."""


@dataclass
class DesktopReport:
    data_home: Path
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    database_refreshed: bool = False


def is_freedesktop(platform: str | None = None) -> bool:
    return (sys.platform if platform is None else platform).startswith(FREEDESKTOP_PLATFORMS)


def data_home() -> Path:
    """``$XDG_DATA_HOME`` (``~/.local/share`` when unset), as platformdirs reads it."""
    from platformdirs import user_data_path

    return user_data_path()


def installed_command(frozen: bool | None = None, executable: str | None = None, argv0: str | None = None) -> list[str]:
    """The command that starts this installation of the app: the bundle's own program, the
    ``infointerview`` script that is running, or this Python with ``-m app``."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    argv0 = sys.argv[0] if argv0 is None else argv0
    if frozen:
        return [str(Path(executable).resolve())]
    script = Path(argv0)
    if script.name.startswith("infointerview") and script.is_file():
        # Not resolved: the script may be a link in ~/.local/bin that should keep working.
        return [str(script.absolute())]
    return [str(Path(executable).absolute()), "-m", "app"]


_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED = set('"`$\\')


def exec_value(command: Sequence[str]) -> str:
    """``command`` as the value of a desktop entry's ``Exec`` key: each argument quoted when the
    specification says it must be, ``%`` doubled (it starts field codes), and then the backslashes
    of the string doubled, as every desktop entry string value has them."""

    def quoted(argument: str) -> str:
        if argument and not any(character in _EXEC_RESERVED for character in argument):
            return argument
        return '"' + "".join("\\" + c if c in _EXEC_ESCAPED else c for c in argument) + '"'

    line = " ".join(quoted(argument).replace("%", "%%") for argument in command)
    return _string_value(line)


def _string_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def desktop_entry_for(command: Sequence[str], shipped: str) -> str:
    """The shipped desktop entry with ``Exec`` set to ``command`` and ``TryExec`` to its program, so
    the menu drops the entry if the program is removed without ``--uninstall-desktop``."""
    lines: list[str] = []
    group = ""
    for line in shipped.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            group = stripped
        elif group == "[Desktop Entry]" and stripped.startswith(("Exec=", "TryExec=")):
            if stripped.startswith("Exec="):
                lines.append(f"TryExec={_string_value(command[0])}")
                lines.append(f"Exec={exec_value(command)}")
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def icon_targets(home: Path) -> dict[str, Path]:
    """Each icon file (by its size, or "scalable") and where it goes under the hicolor theme."""
    hicolor = home / "icons" / "hicolor"
    targets = {"scalable": hicolor / "scalable" / "apps" / f"{APP_ID}.svg"}
    for size in ICON_SIZES:
        targets[str(size)] = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return targets


def installed_files(home: Path) -> list[Path]:
    return [
        home / "applications" / DESKTOP_FILE,
        home / "metainfo" / METAINFO_FILE,
        *icon_targets(home).values(),
    ]


def rendered_icon(size: int) -> Path:
    """Where a PNG rendered at build time is shipped (it may be missing outside a bundle)."""
    return resource(*RENDERED_ICONS, f"{size}x{size}.png")


def render_png_icons(svg: Path, out_dir: Path, sizes: Sequence[int] = ICON_SIZES) -> list[Path]:
    """Render ``svg`` into ``out_dir/NxN.png`` for each size, with Qt's SVG renderer."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    application = None
    if QGuiApplication.instance() is None:
        # No window is needed to paint into an image; offscreen works without a display.
        application = QGuiApplication(["infointerview", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise DesktopInstallError(f"the icon {svg} could not be read as SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"{size}x{size}.png"
        if not image.save(str(target), "PNG"):
            raise DesktopInstallError(f"could not write the icon {target}")
        written.append(target)
    del application
    return written


def _refresh_database(applications: Path, which: Callable[[str], str | None]) -> bool:
    tool = which("update-desktop-database")
    if tool is None:
        return False
    try:
        result = subprocess.run([tool, str(applications)], capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def install_desktop(
    home: Path | None = None,
    command: Sequence[str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> DesktopReport:
    """Install the desktop entry, metainfo and icons for this user; raises DesktopInstallError."""
    if not is_freedesktop():
        raise DesktopInstallError(
            "--install-desktop is for Linux desktops; on Windows and macOS the installer adds the app to the menu"
        )
    home = data_home() if home is None else home
    command = installed_command() if command is None else list(command)
    report = DesktopReport(home)
    shipped = resource("desktop", DESKTOP_FILE).read_text(encoding="utf-8")
    contents: dict[Path, bytes] = {
        home / "applications" / DESKTOP_FILE: desktop_entry_for(command, shipped).encode("utf-8"),
        home / "metainfo" / METAINFO_FILE: resource("desktop", METAINFO_FILE).read_bytes(),
    }
    targets = icon_targets(home)
    svg = resource("icons", "infointerview.svg")
    contents[targets["scalable"]] = svg.read_bytes()
    pngs = {size: rendered_icon(size) for size in ICON_SIZES}
    if not all(path.is_file() for path in pngs.values()):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="infointerview-icons-") as scratch:
            for path in render_png_icons(svg, Path(scratch)):
                size = int(path.stem.split("x")[0])
                contents[targets[str(size)]] = path.read_bytes()
    else:
        for size, path in pngs.items():
            contents[targets[str(size)]] = path.read_bytes()
    try:
        for target, data in contents.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.part")
            partial.write_bytes(data)
            partial.replace(target)
            report.written.append(target)
    except OSError as problem:
        raise DesktopInstallError(f"could not write {problem.filename}: {problem.strerror}") from problem
    report.database_refreshed = _refresh_database(home / "applications", which)
    return report


def uninstall_desktop(home: Path | None = None, which: Callable[[str], str | None] = shutil.which) -> DesktopReport:
    """Remove exactly the files ``install_desktop`` writes; other files are left alone."""
    if not is_freedesktop():
        raise DesktopInstallError("--uninstall-desktop is for Linux desktops")
    home = data_home() if home is None else home
    report = DesktopReport(home)
    for path in installed_files(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as problem:
            raise DesktopInstallError(f"could not remove {path}: {problem.strerror}") from problem
        report.removed.append(path)
    report.database_refreshed = _refresh_database(home / "applications", which)
    return report


def main(uninstall: bool) -> int:
    """The command line's ``--install-desktop`` / ``--uninstall-desktop``; an exit status."""
    try:
        report = uninstall_desktop() if uninstall else install_desktop()
    except DesktopInstallError as problem:
        print(f"infointerview: {problem}", file=sys.stderr)
        return 1
    if uninstall:
        print(f"Removed {len(report.removed)} files from {report.data_home}.")
    else:
        print(f"Installed the menu entry, metainfo and icons under {report.data_home}:")
        for path in report.written:
            print(f"  {path}")
    if not report.database_refreshed:
        print("(update-desktop-database was not run; the menu may need a new login to notice.)")
    return 0
