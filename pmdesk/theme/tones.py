"""Style sheets that name theme roles instead of colours, and follow a palette change.

``set_tone(label, "color: $error_text;")`` fills each ``$role`` (``string.Template``'s
placeholders: CSS has braces but no dollar signs) with the role's colour
for the application's palette now, and again whenever the application's palette changes
(the system switched between light and dark), so a caption or KPI tile never keeps the
other theme's colours.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QEvent, QObject

from pmdesk.theme import ROLES, css_rgba

_TEMPLATE = "pmdesk_tone"


class _RoleColours(dict[str, str]):
    def __missing__(self, role: str) -> str:
        if role not in ROLES:
            raise KeyError(role)
        return css_rgba(role)


def fill(template: str) -> str:
    """``template`` with every ``$role`` replaced by the role's colour now."""
    return Template(template).substitute(_RoleColours())


class _Follower(QObject):
    """One filter for every toned widget: re-fills its style sheet on a palette change."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            template = watched.property(_TEMPLATE)
            if isinstance(template, str):
                watched.setStyleSheet(fill(template))  # type: ignore[attr-defined]
        return False


_follower: _Follower | None = None


def set_tone(widget: QObject, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` (``$role`` for colours), kept in step
    with the palette."""
    global _follower
    if _follower is None:
        _follower = _Follower()
    widget.setProperty(_TEMPLATE, template)
    widget.setStyleSheet(fill(template))  # type: ignore[attr-defined]
    widget.installEventFilter(_follower)
