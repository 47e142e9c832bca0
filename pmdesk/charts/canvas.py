"""A thin Qt widget showing a matplotlib Figure (the QtAgg canvas, imported on first use)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.backend_bases import Event
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

# matplotlib calls a pick handler with its PickEvent (typed as the base Event in its stubs).
PickHandler = Callable[["Event"], Any]


class FigureWidget(QWidget):
    """Holds one FigureCanvasQTAgg; ``set_figure`` swaps the figure shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas: FigureCanvasQTAgg | None = None
        self.figure: Figure | None = None

    def set_figure(self, figure: Figure, on_pick: PickHandler | None = None) -> None:
        """Show ``figure``; ``on_pick(event)`` gets matplotlib's pick events (clicked artists)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.figure = figure
        canvas = FigureCanvasQTAgg(figure)
        self.canvas = canvas
        if on_pick is not None:
            canvas.mpl_connect("pick_event", on_pick)
        self._layout.addWidget(canvas)
        canvas.draw_idle()


class LazyChart(QWidget):
    """A chart tab or pane whose matplotlib figure is drawn when it is first shown.

    Subclasses give ``figure()`` (a new Figure from current data) and may give ``on_pick``.
    ``changed`` is a signal meaning "the data moved on": the chart redraws at once when it is
    visible, else on its next show, so hidden charts cost nothing per edit.
    """

    on_pick: PickHandler | None = None

    def __init__(self, changed: SignalInstance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = True
        self.figure_widget: FigureWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        changed.connect(self._mark_dirty)

    def figure(self) -> Figure:
        raise NotImplementedError

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: the figure's colours are baked in, so
        # draw it again (now if shown, else on the next show).
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._mark_dirty()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def redraw(self) -> None:
        if self.figure_widget is None:
            self.figure_widget = FigureWidget(self)
            self._layout.addWidget(self.figure_widget)
        self.figure_widget.set_figure(self.figure(), self.on_pick)
        self._dirty = False
