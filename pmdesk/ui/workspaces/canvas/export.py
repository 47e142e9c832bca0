"""Export a canvas view (strategy curves, ERRC grid, business model canvas) to PNG, PDF or SVG
through the view's own painter; printing.output does the writing."""

from __future__ import annotations

import os

from PySide6.QtCore import QRectF, QSizeF

from pmdesk.printing.output import ExportError
from pmdesk.printing.output import export_picture as write_picture
from pmdesk.printing.views import CANVAS_SIZES as EXPORT_SIZES
from pmdesk.printing.viewshapes import CanvasPaper

__all__ = ["EXPORT_SIZES", "ExportError", "export_picture"]


def export_picture(
    view: CanvasPaper, path: str | os.PathLike[str], size: QSizeF, title: str
) -> None:
    """Write ``view.render_content`` at ``size`` (page units, 1/96 inch) to a .png, .pdf or .svg."""
    write_picture(
        lambda painter, _rect: view.render_content(
            painter, QRectF(0, 0, size.width(), size.height())
        ),
        size,
        path,
        title,
    )
