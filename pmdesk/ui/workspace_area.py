"""The central area: one tab widget per role (Product, Project), tabs built on first show.

A tab's view is constructed only when the tab is first shown, so start-up pays for one view
and a heavy one (charts) costs nothing until it is opened.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from pmdesk.document import Document
from pmdesk.ui import workspaces

# A view's remembered state: JSON values kept in the settings (see workspaces/__init__.py)
ViewState = dict[str, Any]


def _apply_view_state(view: QWidget, state: ViewState) -> None:
    state = dict(state)
    splitters = state.pop("_splitters", None) or {}
    for splitter in view.findChildren(QSplitter):
        saved = splitters.get(splitter.objectName())
        if saved:
            splitter.restoreState(QByteArray.fromBase64(saved.encode("ascii")))
    if state and hasattr(view, "restore_state"):
        view.restore_state(state)


class _TabSlot(QWidget):
    """Holds a tab's view once it is built."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.view: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)


class WorkspaceArea(QStackedWidget):
    """Roles as pages of a stack, each page a QTabWidget of that role's tabs."""

    currentChanged_ = Signal(str)  # tab key (QStackedWidget has its own currentChanged(int))
    viewCreated = Signal(str, QWidget)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._tabs: dict[str, QTabWidget] = {}
        self._slots: dict[str, _TabSlot] = {}
        self._pending_state: dict[str, ViewState] = {}
        for role, (_title, keys) in workspaces.ROLES.items():
            tabs = QTabWidget(self)
            tabs.setDocumentMode(True)
            tabs.setObjectName(f"tabs_{role}")
            for key in keys:
                slot = _TabSlot(key, tabs)
                self._slots[key] = slot
                tabs.addTab(slot, workspaces.title(key))
            tabs.currentChanged.connect(self._on_tab_changed)
            self._tabs[role] = tabs
            self.addWidget(tabs)

    # -- roles and tabs ------------------------------------------------------------------
    def role(self) -> str:
        for role, tabs in self._tabs.items():
            if tabs is self.currentWidget():
                return role
        raise AssertionError("no current role")

    def set_role(self, role: str) -> None:
        if self.currentWidget() is not self._tabs[role]:
            self.setCurrentWidget(self._tabs[role])
            self._on_tab_changed()

    def current_key(self) -> str:
        return self.current_key_of(self.role())

    def current_key_of(self, role: str) -> str:
        """The key of ``role``'s current tab (shown or not)."""
        return cast(_TabSlot, self._tabs[role].currentWidget()).key  # every tab is a slot

    def keys(self, role: str | None = None) -> tuple[str, ...]:
        return workspaces.ROLES[role or self.role()][1]

    def set_current(self, key: str) -> None:
        """Show tab ``key`` (switching role if needed)."""
        role = workspaces.role_of(key)
        tabs = self._tabs[role]
        tabs.blockSignals(True)
        tabs.setCurrentWidget(self._slots[key])
        tabs.blockSignals(False)
        self.setCurrentWidget(tabs)
        self._on_tab_changed()

    def preselect(self, key: str) -> None:
        """Make ``key`` the current tab of its role without showing or building it."""
        tabs = self._tabs[workspaces.role_of(key)]
        tabs.blockSignals(True)
        tabs.setCurrentWidget(self._slots[key])
        tabs.blockSignals(False)

    def tab_bar(self, role: str) -> QTabWidget:
        return self._tabs[role]

    # -- views ---------------------------------------------------------------------------
    def current_view(self) -> QWidget:
        return self.view(self.current_key())

    def view(self, key: str) -> QWidget:
        """The view of tab ``key``, built now if it was not yet."""
        slot = self._slots[key]
        if slot.view is None:
            view = workspaces.widget_class(key)(self._document, slot)
            slot.box.addWidget(view)
            slot.view = view
            state = self._pending_state.pop(key, None)
            if state:
                _apply_view_state(view, state)
            self.viewCreated.emit(key, view)
        return slot.view

    def built_views(self) -> dict[str, QWidget]:
        return {key: slot.view for key, slot in self._slots.items() if slot.view is not None}

    def set_document(self, document: Document) -> None:
        """Show another document: views of the old one are dropped, rebuilt when shown."""
        self._document = document
        for slot in self._slots.values():
            if slot.view is not None:
                slot.view.setParent(None)
                slot.view.deleteLater()
                slot.view = None
        self.current_view()

    # -- remembered view state (splitters, column widths) --------------------------------
    # A view's splitters (named with setObjectName) are remembered without the view doing
    # anything; a view with more to keep offers save_state()/restore_state().
    def save_state(self) -> dict[str, ViewState]:
        state = dict(self._pending_state)
        for key, view in self.built_views().items():
            view_state = dict(view.save_state()) if hasattr(view, "save_state") else {}
            splitters = {
                # QByteArray converts to bytes; PySide6's stub does not say so
                s.objectName(): bytes(  # type: ignore[call-overload]
                    s.saveState().toBase64()
                ).decode("ascii")
                for s in view.findChildren(QSplitter)
                if s.objectName()
            }
            if splitters:
                view_state["_splitters"] = splitters
            state[key] = view_state
        return state

    def restore_state(self, state: dict[str, ViewState]) -> None:
        for key, view_state in state.items():
            if key not in self._slots or not isinstance(view_state, dict):
                continue
            view = self._slots[key].view
            if view is not None:
                _apply_view_state(view, view_state)
            else:
                self._pending_state[key] = view_state

    def _on_tab_changed(self, *_args: object) -> None:
        key = self.current_key()
        self.view(key)
        self.currentChanged_.emit(key)
