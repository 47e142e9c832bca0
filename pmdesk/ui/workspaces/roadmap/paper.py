"""What the roadmap's board and timeline give the printing layer: the legend and page fonts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmdesk.ui.workspaces.roadmap import style
from pmdesk.ui.workspaces.roadmap.board_painter import Fonts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pmdesk.printing.swatches import Swatch

    _View = QWidget  # the mixin is always mixed into a widget
else:
    _View = object


class RoadmapPaperMixin(_View):
    """For a roadmap view (a QWidget) that prints through pmdesk.printing."""

    def legend_swatches(self) -> list[Swatch]:
        """What the status colours mean, for the printed legend."""
        from pmdesk.printing.swatches import Swatch

        # Named translate, not tr: pyside6-lupdate reads tr(a, b) as a source and a comment.
        translate = QCoreApplication.translate
        names = {
            "idea": translate("Roadmap", "Idea"),
            "planned": translate("Roadmap", "Planned"),
            "in_progress": translate("Roadmap", "In progress"),
            "at_risk": translate("Roadmap", "At risk"),
            "done": translate("Roadmap", "Done"),
        }
        return [Swatch(names.get(key, key), style.status_color(key)) for key in style.STATUSES]

    def paper_fonts(self) -> Fonts:
        """The view's fonts in page units (printing and exports scale the painter)."""
        from pmdesk.printing.units import page_font

        return Fonts(page_font(self.font()))
