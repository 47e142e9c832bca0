"""The tool bar of a workspace with modes (roadmap: board/timeline/..., canvas: strategy/...)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QToolBar, QWidget


def mode_toolbar(
    view: QWidget,
    title: str,
    modes: tuple[str, ...],
    titles: dict[str, str],
    set_mode: Callable[[str], object],
) -> tuple[QToolBar, dict[str, QAction]]:
    """A text tool bar starting with one checkable action per mode, calling
    ``set_mode(mode)`` (the view's); returns the bar (to add the view's own actions) and the
    actions."""
    bar = QToolBar(title)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    actions: dict[str, QAction] = {}
    group = QActionGroup(view)
    for mode in modes:
        # Titles are English, marked QT_TRANSLATE_NOOP("Modes", ...) where they are defined.
        action = QAction(QCoreApplication.translate("Modes", titles[mode]), view, checkable=True)

        def choose(_checked: bool = False, m: str = mode) -> None:
            set_mode(m)

        action.triggered.connect(choose)
        group.addAction(action)
        bar.addAction(action)
        actions[mode] = action
    return bar, actions
