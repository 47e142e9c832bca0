"""Which pages each view prints: the one place that knows how a workspace's widget becomes a
PageSource (printout.py). The GUI (File > Print, Print Preview) and ``pmdesk print`` both
come here, so the preview shows exactly what prints and what the command line writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter

from pmdesk.core.translation import QT_TRANSLATE_NOOP  # typed: returns the str it marks
from pmdesk.printing.pages import PicturePages, StackedPages, TablePages, TableRow
from pmdesk.printing.printout import PageSource
from pmdesk.printing.setup import PageSetup, PrintError
from pmdesk.printing.swatches import SwatchLegend
from pmdesk.printing.viewshapes import (
    CanvasView,
    GanttView,
    PlanView,
    PnlView,
    ResourcesView,
    RoadmapView,
)

if TYPE_CHECKING:
    from pmdesk.printing.gantt import GanttPlan

VIEW_TITLES = {
    "gantt": QT_TRANSLATE_NOOP("Printing", "Gantt"),
    "tracking": QT_TRANSLATE_NOOP("Printing", "Tracking Gantt"),
    "resources": QT_TRANSLATE_NOOP("Printing", "Resources"),
    "roadmap": QT_TRANSLATE_NOOP("Printing", "Roadmap board"),
    "timeline": QT_TRANSLATE_NOOP("Printing", "Roadmap timeline"),
    "executive": QT_TRANSLATE_NOOP("Printing", "Executive timeline"),
    "canvas": QT_TRANSLATE_NOOP("Printing", "Strategy canvas"),
    "pnl": QT_TRANSLATE_NOOP("Printing", "P&L"),
}
# The workspace tab that shows each printable view.
TAB_OF = {
    "gantt": "gantt",
    "tracking": "gantt",
    "resources": "resources",
    "roadmap": "roadmap",
    "timeline": "roadmap",
    "executive": "executive",
    "canvas": "canvas",
    "pnl": "pnl",
}
CANVAS_SIZES = {"strategy": QSizeF(1500, 720), "errc": QSizeF(1300, 860), "bmc": QSizeF(1600, 1000)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def view_title(key: str) -> str:
    return _tr(VIEW_TITLES[key])


def print_key(tab: str, widget: object) -> str:
    """The printable view a tab shows now (the roadmap tab prints its board or timeline)."""
    if tab == "roadmap" and getattr(widget, "mode", None) == "timeline":
        return "timeline"
    if tab == "gantt" and getattr(getattr(widget, "chart", None), "tracking", False):
        return "tracking"  # the Gantt tab shows the Tracking Gantt (View > Tracking Gantt)
    return tab


def default_setup(key: str) -> PageSetup:
    """A view's setup before the user changed anything: the Gantt landscape with its table;
    one-page views (canvas, executive timeline) landscape on one page."""
    if key in ("canvas", "executive"):
        return PageSetup(landscape=True, pages_wide=1, pages_tall=1, legend="none")
    if key == "pnl":
        return PageSetup(landscape=True, legend="none")
    return PageSetup(landscape=True)


def _unprintable(key: str, widget: object) -> TypeError:
    # Our bug, not the user's: a workspace widget lost what printing reads (viewshapes.py).
    return TypeError(f"{type(widget).__name__} does not have what printing the {key} view reads.")


def source_for(key: str, widget: object, setup: PageSetup) -> PageSource:
    """The PageSource printing view ``key`` as ``widget`` shows it."""
    if key in ("gantt", "tracking"):
        from pmdesk.printing.gantt import GanttPages, GanttPlan

        tracking = key == "tracking"
        if not isinstance(widget, GanttView):  # the command line: the plan, every task expanded
            if not isinstance(widget, PlanView):
                raise _unprintable(key, widget)
            plan = GanttPlan.of_document(widget.document, tracking)
        else:
            renderer = widget.chart.renderer
            plan = GanttPlan(
                widget.document,
                widget.model,
                list(widget.rows.rows),
                widget.items,
                renderer.bars.show_critical,
                renderer.bars.show_baseline,
                renderer.working_intervals,
                tracking,
            )
        pages = GanttPages(plan, setup)
        return StackedPages(pages, _notes(plan)) if setup.notes_page else pages
    if key == "executive":
        from pmdesk.printing.executive import ExecutivePages

        if not isinstance(widget, PlanView):
            raise _unprintable(key, widget)
        return ExecutivePages(widget.document, setup)
    if key in ("roadmap", "timeline"):
        if not isinstance(widget, RoadmapView):
            raise _unprintable(key, widget)
        view = widget.timeline if key == "timeline" else widget.board
        fonts = view.paper_fonts()
        content = view.content_size()
        breaks = view.page_breaks() if hasattr(view, "page_breaks") else ()
        header = getattr(view, "header_height", 0.0) if key == "roadmap" else 0.0
        return PicturePages(
            view_title(key),
            content.size(),
            lambda painter, clip: view.render_content(painter, clip, fonts=fonts),
            setup.pages_wide,
            setup.pages_tall,
            breaks,
            _legend(view),
            repeat_top=header,
        )
    if key == "canvas":
        if not isinstance(widget, CanvasView):
            raise _unprintable(key, widget)
        canvas = widget.current_view()
        size = CANVAS_SIZES[widget.mode]
        titles = {
            "strategy": QCoreApplication.translate("Printing", "Strategy canvas"),
            "errc": QCoreApplication.translate("Printing", "Four actions (ERRC)"),
            "bmc": QCoreApplication.translate("Printing", "Business model"),
        }
        return PicturePages(
            titles[widget.mode],
            size,
            lambda painter, _clip: canvas.render_content(
                painter, QRectF(0, 0, size.width(), size.height())
            ),
            setup.pages_wide,
            setup.pages_tall or 1,
        )
    if key == "resources":
        if not isinstance(widget, ResourcesView):
            raise _unprintable(key, widget)
        return StackedPages(_resource_sheet(widget), _usage(widget, setup))
    if key == "pnl":
        if not isinstance(widget, PnlView):
            raise _unprintable(key, widget)
        return StackedPages(_pnl_sheet(widget), _pnl_kpis(widget), _pnl_chart(widget, setup))
    raise PrintError(
        QCoreApplication.translate("Printing", "There is no view “{key}” to print.").format(key=key)
    )


def _notes(plan: GanttPlan) -> TablePages | None:
    """The notes of the printed tasks that have some, one row each (None when none has)."""
    tasks = plan.document.data.tasks
    rows = [
        TableRow(
            [str(plan.model.number_of(t) or ""), tasks[t].name, " ".join(tasks[t].notes.split())]
        )
        for t in plan.rows
        if tasks[t].notes.strip()
    ]
    if not rows:
        return None
    return TablePages(
        QCoreApplication.translate("Printing", "Notes"),
        [
            "ID",
            QCoreApplication.translate("Printing", "Name"),
            QCoreApplication.translate("Printing", "Notes"),
        ],
        rows,
        [True, False, False],
    )


# -- resources ---------------------------------------------------------------------------------
def _resource_sheet(widget: ResourcesView) -> TablePages:
    from pmdesk.models.resourcecells import COLUMNS
    from pmdesk.theme import light_colour

    over_colour = light_colour("negative")  # paper: the light red

    model = widget.model
    rows = []
    for number, resource_id in enumerate(model.ids):
        over = model.is_overallocated(resource_id)
        cells = [str(resource_id), *(model.cell_text(number, c) for c in range(len(COLUMNS)))]
        rows.append(
            TableRow(
                cells,
                bold=over,
                colours={1: over_colour, len(cells) - 1: over_colour} if over else {},
            )
        )
    headers = ["ID", *(QCoreApplication.translate("TableColumns", c.title) for c in COLUMNS)]
    return TablePages(
        QCoreApplication.translate("Printing", "Resource sheet"),
        headers,
        rows,
        [True, *(c.numeric for c in COLUMNS)],
    )


def _usage(widget: ResourcesView, setup: PageSetup) -> PicturePages:
    grid = widget.usage
    size = grid.content_size()

    def render(painter: QPainter, clip: QRectF) -> None:
        selected, grid.selected_id = grid.selected_id, None  # no screen highlight on paper
        try:
            grid.paint(painter, QRect(0, 0, size.width(), size.height()), QPoint(0, 0))
        finally:
            grid.selected_id = selected

    breaks = [grid.header_height + top for top in grid.row_tops()]
    return PicturePages(
        QCoreApplication.translate("Printing", "Resource usage by week"),
        QSizeF(size),
        render,
        setup.pages_wide,
        setup.pages_tall,
        breaks,
        _legend(grid),
        repeat_top=grid.header_height,
    )


def _legend(view: object) -> SwatchLegend | None:
    """The legend of a view's colours, from the view itself (it knows what they mean)."""
    swatches = getattr(view, "legend_swatches", None)
    return SwatchLegend(swatches()) if callable(swatches) else None


# -- P&L ---------------------------------------------------------------------------------------
def _pnl_sheet(widget: PnlView) -> TablePages:
    model = widget.model
    columns = model.columnCount()
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    rows = []
    for row in range(model.rowCount()):
        cells: list[str] = []
        colours: dict[int, QColor] = {}
        bold = fill = None
        for column in range(columns):
            index = model.index(row, column)
            cells.append(str(model.data(index) or ""))
            brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
            if brush is not None:
                colours[column] = brush.color()
            if column == 0:
                font = model.data(index, Qt.ItemDataRole.FontRole)
                bold = font is not None and font.bold()
                background = model.data(index, Qt.ItemDataRole.BackgroundRole)
                fill = background.color() if background is not None else None
        rows.append(TableRow(cells, bool(bold), fill, colours))
    scenario = widget.scenario.currentText()
    title = QCoreApplication.translate("Printing", "Profit and loss") + (
        f" — {scenario}" if scenario else ""
    )
    return TablePages(title, headers, rows, [False] + [True] * (columns - 1))


def _pnl_kpis(widget: PnlView) -> TablePages:
    tiles = widget.kpis.tiles.values()
    rows = [TableRow([tile.title.text(), tile.value.text()]) for tile in tiles]
    return TablePages(
        QCoreApplication.translate("Printing", "Key figures"),
        [
            QCoreApplication.translate("Printing", "Figure"),
            QCoreApplication.translate("Printing", "Value"),
        ],
        rows,
        [False, True],
    )


def _pnl_chart(widget: PnlView, setup: PageSetup) -> PicturePages:
    """The chart as vectors: matplotlib writes SVG (text kept as text), Qt paints it."""
    from io import BytesIO

    import matplotlib
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from pmdesk.theme import paper

    with paper():  # the printed chart is light whatever the screen shows
        figure = widget.chart.figure()
    buffer = BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg")
    svg = QSvgRenderer(QByteArray(buffer.getvalue()))
    points = figure.get_size_inches() * 96
    size = QSizeF(float(points[0]), float(points[1]))

    def render(painter: QPainter, _clip: QRectF) -> None:
        svg.render(painter, QRectF(0, 0, size.width(), size.height()))

    return PicturePages(
        QCoreApplication.translate("Printing", "Revenue, cost and cumulative cash"),
        size,
        render,
        1,
        1,
    )
