"""A thin Qt widget showing a matplotlib Figure (the QtAgg canvas, imported on first use)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class FigureWidget(QWidget):
    """Holds one FigureCanvasQTAgg; ``set_figure`` swaps the figure shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self.figure = None

    def set_figure(self, figure, on_pick=None) -> None:
        """Show ``figure``; ``on_pick(event)`` gets matplotlib's pick events (clicked artists)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        if on_pick is not None:
            self.canvas.mpl_connect("pick_event", on_pick)
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()
