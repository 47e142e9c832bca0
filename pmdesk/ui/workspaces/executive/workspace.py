"""The executive timeline as a tab: the same painter as the printed page (printing/executive.py),
fitted to the widget; export to PNG / PDF / SVG and copy as an image to paste into slides."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from pmdesk.core.errors import PmdeskError
from pmdesk.document import Document
from pmdesk.printing.executive import SLIDE, ExecutiveTimeline
from pmdesk.printing.output import export_picture
from pmdesk.theme import colour, light_colour, paper
from pmdesk.ui import dialogs

MARGIN = 16.0


class TimelineCanvas(QWidget):
    """Paints the timeline into its whole area; repaints when the plan is rescheduled."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setMinimumSize(480, 280)
        self.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        return QSize(1100, 620)

    def timeline(self) -> ExecutiveTimeline:
        return ExecutiveTimeline(self.document)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour("background"))  # the palette's; slides stay light
        self.timeline().paint(
            painter, QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        )
        painter.end()


class ExecutiveWorkspace(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.canvas = TimelineCanvas(document, self)
        bar = QToolBar(self.tr("Executive timeline"), self)
        bar.addAction(self.tr("Copy as image"), self.copy_image).setToolTip(
            self.tr("Copy the timeline as a 16:9 picture, to paste into a slide")
        )
        bar.addAction(self.tr("Export PNG / PDF / SVG…"), self.export_picture)
        hint = QLabel(
            self.tr(
                "Milestones and top-level summary tasks; choose others with "
                "“Show on timeline” in the task's information."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setContentsMargins(8, 2, 8, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(hint)
        layout.addWidget(self.canvas, 1)
        document.rescheduled.connect(self.canvas.update)
        document.changed.connect(lambda *_: self.canvas.update())

    def slide_image(self, width: int = 1920) -> QImage:
        """The timeline on a 16:9 slide, ``width`` pixels wide."""
        scale = width / SLIDE.width()
        image = QImage(
            width, round(SLIDE.height() * scale), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.fill(light_colour("background"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        with paper():  # a picture for a slide: light whatever the screen shows
            self._paint_slide(painter, QRectF(0, 0, SLIDE.width(), SLIDE.height()))
        painter.end()
        return image

    def _paint_slide(self, painter: QPainter, rect: QRectF) -> None:
        ExecutiveTimeline(self.document).paint(painter, rect.adjusted(40, 30, -40, -30))

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.slide_image())

    def export_picture(self, path: str | None = None) -> None:
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the timeline"),
                "timeline.png",
                self.tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"),
            )
            if not path:
                return
            if "." not in path.rsplit("/", 1)[-1]:
                path += "." + chosen.split("*.")[-1].rstrip(")")
        try:
            export_picture(
                self._paint_slide, QSizeF(SLIDE), path, self.tr("Executive timeline"), png_scale=1.5
            )
        except PmdeskError as exc:
            dialogs.show_error(self, self.tr("Cannot export"), str(exc))
