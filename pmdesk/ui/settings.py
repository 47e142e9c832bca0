"""Where pmdesk keeps its preferences (QSettings) and the list of recently opened files.

PMDESK_CONFIG_DIR overrides the platform's place (tests set it): the INI file is then
PMDESK_CONFIG_DIR/pmdesk/pmdesk.ini, so a test run never touches the user's real settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QSettings

RECENT_KEY = "files/recent"
RECENT_LIMIT = 10


def app_settings() -> QSettings:
    """pmdesk's settings: an INI file, in PMDESK_CONFIG_DIR when that is set.

    The folder is also made Qt's user-scope INI path, so a plain ``QSettings()`` in a view
    (with the application's names and INI as default format, see ``use_pmdesk_settings``)
    reads and writes the very same file.
    """
    folder = os.environ.get("PMDESK_CONFIG_DIR")
    if folder:
        os.makedirs(folder, exist_ok=True)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "pmdesk", "pmdesk")


def use_pmdesk_settings() -> None:
    """Make ``QSettings()`` everywhere mean pmdesk's INI file (call once the app exists)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app_settings()


def _as_list(value: object) -> list[str]:
    # QSettings (INI) gives back a str for a one-element list and None for an empty one.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, Iterable) else []


class RecentFiles:
    """Most recently opened first, no duplicates, at most RECENT_LIMIT."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[str]:
        return _as_list(self._settings.value(RECENT_KEY))

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        paths = [p for p in self.paths() if p != path]
        paths.insert(0, path)
        self._store(paths[:RECENT_LIMIT])

    def remove(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(RECENT_KEY, paths)
        self._settings.sync()
