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


# The languages the app is shipped in, by code, each with its name in itself (never translated: a
# person who cannot read the current language finds theirs).
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
LANGUAGES = tuple(LANGUAGE_NAMES)
LANGUAGE_KEY = "interface/language"  # in the window settings file, read before the window is built


def chosen_locale(setting: str, system: QLocale | None = None) -> QLocale:
    """The locale to show the app in: the person's choice when it is a shipped language, else the
    system's (whose own country and clock are kept when its language is the chosen one)."""
    system = system or QLocale.system()
    if setting not in LANGUAGES:
        return system
    if QLocale.languageToCode(system.language()) == setting:
        return system
    return QLocale(setting)


def language_code(locale: QLocale | None = None) -> str:
    """ "es" for any Spanish locale; the code shipped files are named with."""
    return QLocale.languageToCode((locale or QLocale()).language())


def remove_translations(translators: list[QTranslator]) -> None:
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
