"""Translation of the core's sentences without Qt: ``translate(context, text)`` returns the
English source unless the UI layer has installed a translator (``set_translator``), which the
GUI wires to ``QCoreApplication.translate``. pyside6-lupdate extracts ``translate("Ctx", "...")``
calls from core modules like any other, so core sentences land in the same .ts files.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source, disambiguation, n) -> translated text
Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None

SOURCE_LANGUAGE = "en"
# Code -> the language's own name (a menu shows each name in its own language, untranslated).
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}


class UnknownLanguage(ValueError):
    """A language code pmdesk has no translation for (the message is for a person)."""


LANGUAGE_ENV = "PMDESK_LANG"
"""The environment variable naming the interface language (set by --lang; read by the GUI,
the CLI and the reports)."""


def normalise_language(code: str) -> str:
    """``"id_ID.UTF-8"``, ``"id-ID"``, ``"ID"`` -> ``"id"``; unknown codes raise UnknownLanguage."""
    base = code.strip().split(".")[0].replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGES:
        choices = ", ".join(f"{c} ({name})" for c, name in LANGUAGES.items())
        raise UnknownLanguage(f'pmdesk has no "{code}" translation; the choices are {choices}.')
    return base


def set_translator(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (None: back to the English source)."""
    global _translator
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Marks ``text`` for pyside6-lupdate where it is defined (a table of titles) and returns
    it unchanged; ``translate(context, text)`` translates it where it is shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; with ``n`` >= 0, "%n" in it becomes ``n``."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


class TranslatedLabels(dict[str, str]):
    """A table of English labels (each marked with QT_TRANSLATE_NOOP where the table is
    written) whose lookups, ``labels[key]`` and ``labels.get(key)``, answer in the interface
    language; iterating gives the English labels (for reading typed or imported text)."""

    def __init__(self, context: str, labels: dict[str, str]) -> None:
        super().__init__(labels)
        self.context = context

    def __getitem__(self, key: str) -> str:
        return translate(self.context, super().__getitem__(key))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        # not dict.get: that would skip the translating __getitem__ above
        return self[key] if key in self else default  # noqa: SIM401
