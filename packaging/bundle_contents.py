"""What the one-folder bundle leaves out: the PyInstaller spec filters with these, and the tests read them.

The rule: ship what the app loads, and take from the host exactly what the PySide6 wheel itself takes
from it (glibc, X11/xcb, GLib, D-Bus, fontconfig and FreeType, the C++ runtime: the Debian packages
``packaging/dev.sh`` installs for a source install). Everything else is Python's own, the app's
dependencies, and the parts of Qt the app uses.
"""

from __future__ import annotations

import re

# Python modules the app never imports at run time (tools, test frameworks, other GUIs, TLS).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "unittest",
    "doctest",
    "pdb",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "test",
    "idlelib",
    "ensurepip",
    "venv",
    "curses",
    "readline",
    "pygments",
    "IPython",
    "setuptools",
    "pip",
    "pytest",
    "_pytest",
    # Nothing talks to the network over TLS (the single-instance socket is local); hashlib uses
    # Python's built-in digests instead of OpenSSL's.
    "ssl",
    "_ssl",
    "_hashlib",
    # Test suites and benchmarks shipped inside dependencies.
    "sqlalchemy.testing",
    "alembic.testing",
    "icalendar.tests",
    "jsonschema.tests",
    "jsonschema.benchmarks",
    "phonenumbers.tests",
    "vobject.tests",
    # Qt bindings the app does not import (their Qt libraries stay when another part needs them).
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
]

# Qt plugins, by folder and by name without "lib" and extension (the same spec builds on Windows
# and macOS); a folder not listed is left out whole. None keeps the whole folder.
QT_PLUGINS: dict[str, set[str] | None] = {
    # A real window (X11 and Wayland; Windows; macOS), and offscreen for checks and tests.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    # Wayland windows, drawn in shared memory: the app paints with Qt's raster engine, never with
    # OpenGL, so neither the xcb nor the Wayland GL integrations (nor libQt6OpenGL) are shipped.
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
    # The icon (SVG), and the business-card pictures the card step offers to attach.
    "imageformats": {"qsvg", "qjpeg", "qgif", "qwebp", "qtiff"},
    "iconengines": None,
    # Typing accents and other scripts (compose key, IBus).
    "platforminputcontexts": None,
    # Native file dialogs where the desktop offers them (GTK, portals in a sandbox).
    "platformthemes": None,
    # The native look on Windows and macOS.
    "styles": None,
    # The chime, when the 'sound' extra (QtMultimedia) was installed for the build.
    "multimedia": None,
}
# Qt libraries only the left-out plugins load.
QT_LIBRARIES_LEFT_OUT = {"libQt6EglFSDeviceIntegration.so.6", "libQt6EglFsKmsSupport.so.6", "libQt6OpenGL.so.6"}

# Libraries from the build machine's system folders that are still shipped: Python's own run-time
# needs (a host may lack them, and the SQLite version matters: FTS5), and the small xcb helpers
# the xcb platform plugin needs that a desktop may not have installed.
HOST_LIBRARIES_KEPT = re.compile(
    r"^lib(python3|sqlite3|ffi|expat|mpdec|z|bz2|lzma|uuid"
    r"|xcb-(cursor|icccm|image|keysyms|render-util|util)|xkbcommon-x11|xkbcommon)\.so"
)
SYSTEM_FOLDERS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def app_languages(translations_dir) -> set[str]:
    """The languages the app has catalogues for (infointerview_<lang>.qm)."""
    return {path.stem.split("_", 1)[1] for path in translations_dir.glob("infointerview_*.qm")}


def keep_binary(destination: str, source: str) -> bool:
    """Whether a shared library or plugin (bundle path, build-machine path) goes into the bundle."""
    parts = re.split(r"[\\/]", destination)
    name = parts[-1]
    if "plugins" in parts:
        index = parts.index("plugins")
        if index + 2 < len(parts):
            group = parts[index + 1]
            if group not in QT_PLUGINS:
                return False
            kept = QT_PLUGINS[group]
            return kept is None or re.sub(r"^lib|\.(so|dll|dylib)$", "", name) in kept
    if name in QT_LIBRARIES_LEFT_OUT:
        return False
    if source.startswith(SYSTEM_FOLDERS) and len(parts) == 1:
        return bool(HOST_LIBRARIES_KEPT.match(name))
    return True


def keep_data(destination: str, languages: set[str]) -> bool:
    """Whether a data file goes into the bundle: Qt's own catalogues only for the app's languages
    (another would mix two languages on one screen); no compiled caches, translation sources, test
    or benchmark data, nor links to left-out libraries.

    pytz's zone files stay out too: vobject imports pytz, but reading and writing vCards never looks
    a zone up by name (its UTC needs no file), and calendars use Python's zoneinfo."""
    parts = re.split(r"[\\/]", destination)
    name = parts[-1]
    if "__pycache__" in parts or name.endswith((".pyc", ".ts")) or name in QT_LIBRARIES_LEFT_OUT:
        return False
    if {"tests", "benchmarks"} & set(parts[:-1]) or parts[:2] == ["pytz", "zoneinfo"]:
        return False
    if "translations" in parts and "Qt" in parts:
        match = re.fullmatch(r"qtbase_(.+)\.qm", name)
        return bool(match) and match.group(1) in languages
    return True
