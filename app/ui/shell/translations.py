"""Loading the app's translations (and Qt's own, for standard buttons) for the person's language.

The English catalogue is always installed first: it holds the English plural forms ("1 person",
"2 people") of counted messages. A catalogue for the person's language, when there is one, is
installed after it, so Qt looks there first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOGUE = "infointerview"


def install_translations(directory: Path, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the translators for ``locale`` (default: the system's); returns them, so they live
    as long as the caller keeps them."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []

    def add(translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    english = QTranslator()
    if english.load(str(directory / f"{CATALOGUE}_en.qm")):
        add(english)
    else:
        log.warning("the English catalogue is missing from %s; counted messages will read '(s)'", directory)
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        own = QTranslator()
        if own.load(locale, CATALOGUE, "_", str(directory)):
            add(own)
        qt_own = QTranslator()
        if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            add(qt_own)
    return installed


def remove_translations(translators: list[QTranslator]) -> None:
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
