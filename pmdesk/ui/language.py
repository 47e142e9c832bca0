"""Which language the interface speaks, and loading its translations.

The choice, first that applies: ``--lang`` (which sets PMDESK_LANG for the process), the
PMDESK_LANG environment variable, View > Language (kept in the settings as ``ui/language``,
applied at the next start), then the system locale; a language pmdesk has no translation
for falls back to English, the source language.

Translations are pmdesk's own ``pmdesk_LANG.qm`` (built from resources/translations/*.ts by
pyside6-lrelease: ``make translations``) and Qt's ``qtbase_LANG.qm`` for Qt's own dialogs,
from PySide6's translations folder when the wheel ships one for the language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from pmdesk.core import localeformat, translation
from pmdesk.core.translation import LANGUAGES, SOURCE_LANGUAGE, UnknownLanguage, normalise_language  # noqa: F401
from pmdesk.gantt import timegrid
from pmdesk.models import taskcolumns

ENV = "PMDESK_LANG"  # also set by --lang
SETTINGS_KEY = "ui/language"
# The locale whose number, date and currency formats go with each interface language.
LOCALES = {"en": None, "id": "id_ID"}  # None: keep the system's (an English UI in en_GB stays GB)
normalise = normalise_language


def system_language() -> str:
    """The system locale's language when pmdesk has it, else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        try:
            return normalise(name)
        except UnknownLanguage:
            continue
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to start in (see the module docstring for the order)."""
    code = os.environ.get(ENV, "").strip()
    if code:
        try:
            return normalise(code)
        except UnknownLanguage:
            pass  # a stray value in the environment must not stop the program
    if settings is not None:
        stored = str(settings.value(SETTINGS_KEY) or "")
        if stored in LANGUAGES:
            return stored
    return system_language()


def translations_folder() -> Path:
    """resources/translations beside the package (source tree or bundle)."""
    base = getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parents[2]
    return Path(base) / "resources" / "translations"


def _core_translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_language(
    app: QCoreApplication, language: str, folder: str | Path | None = None
) -> list[QTranslator]:
    """Load ``language``'s translations into ``app`` and make the core speak it too.

    Returns the translators installed (kept as children of ``app``). English installs none.
    ``folder`` holds pmdesk's .qm files (default: ``translations_folder()``).
    A missing .qm (a source checkout that did not run ``make translations``) leaves the
    interface in English rather than failing.
    """
    for old in app.findChildren(QTranslator, "pmdesk_translator"):
        app.removeTranslator(old)
        old.deleteLater()
    translation.set_translator(_core_translator)
    locale_name = LOCALES.get(language)
    QLocale.setDefault(QLocale(locale_name) if locale_name else QLocale.system())
    localeformat.set_default_locale(QLocale().name())  # the core's formats follow Qt's
    # The table's "Mon 2026-10-05": the weekday in the interface language, the date ISO.
    taskcolumns.use_weekday_names(
        tuple(QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8))
        if locale_name
        else None
    )
    installed: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        timegrid.use_language_names()
        return installed
    ours = str(folder or translations_folder())
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own strings (button boxes, text fields' menus): Qt's catalogue when the wheel has
    # one for the language, else pmdesk's stand-in of the same name (qtbase_id: none ships).
    for name, folders in (
        (f"pmdesk_{language}", (ours,)),
        (f"qtbase_{language}", (qt_folder, ours)),
    ):
        for place in folders:
            translator = QTranslator(app)
            translator.setObjectName("pmdesk_translator")
            if translator.load(name, place) and app.installTranslator(translator):
                installed.append(translator)
                break
            translator.deleteLater()
    timegrid.use_language_names()  # after the translators: the label words come from them
    return installed


_CORE_TRANSLATOR: list[QTranslator] = []  # kept alive for the process (commands)


def install_core_language(language: str, folder: str | Path | None = None) -> bool:
    """The command line's language without a Qt application: the core's ``translate`` answers
    from ``pmdesk_LANG.qm`` and the formats follow the language's locale. False (English kept)
    when the catalogue is missing."""
    translator = QTranslator()
    if not translator.load(f"pmdesk_{language}", str(folder or translations_folder())):
        return False
    _CORE_TRANSLATOR[:] = [translator]

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    translation.set_translator(translate)
    localeformat.set_default_locale(LOCALES.get(language))
    return True


def store_language(settings: QSettings, language: str) -> None:
    """Remember View > Language's choice for the next start."""
    settings.setValue(SETTINGS_KEY, normalise(language))
    settings.sync()
