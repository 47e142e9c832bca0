"""Make pmdesk's application and document icons from resources/icons/pmdesk.svg.

    python packaging/icons.py OUTDIR

writes PNGs in the sizes desktops ask for (OUTDIR/png/pmdesk-SIZE.png and
pmdesk-document-SIZE.png), Windows icons (pmdesk.ico, pmdesk-document.ico) and macOS icon sets
(pmdesk.icns, pmdesk-document.icns). Only the SVG is kept in the repository: these are made at
build time. Qt draws the pictures; the ICO and ICNS containers are written here (both are a
small directory of PNG images, which Windows Vista+ and macOS 10.7+ read).
"""

from __future__ import annotations

import os
import struct
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = os.path.join(ROOT, "resources", "icons", "pmdesk.svg")

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can say
# ICNS entry type -> pixel size (the PNG-bearing types; "@2x" ones are the doubled sizes).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def app_icon(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def document_icon(renderer: QSvgRenderer, size: int) -> QImage:
    """A sheet of paper with a folded corner carrying the application icon: how file
    managers tell a .pmdb plan from the program."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    left, top, right, bottom, fold = 40 * s, 12 * s, 216 * s, 244 * s, 52 * s
    sheet = QPainterPath(QPointF(left, top))
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    pen = QPen(QColor("#8a94a6"), max(1.0, 6 * s))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(sheet)
    corner = QPainterPath(QPointF(right - fold, top))
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    painter.setBrush(QColor("#dde3ec"))
    painter.drawPath(corner)
    badge = 136 * s
    renderer.render(painter, QRectF((256 * s - badge) / 2, 92 * s, badge, badge))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG image.")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR, then one ICONDIRENTRY per image)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length, PNG) for each entry type."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out_dir: str, svg: str = SVG) -> list[str]:
    """Write every icon file into ``out_dir``; returns their paths."""
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise RuntimeError(f"{svg} is not an SVG image Qt can draw.")
    os.makedirs(os.path.join(out_dir, "png"), exist_ok=True)
    written = []
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES})
    for name, draw in (("pmdesk", app_icon), ("pmdesk-document", document_icon)):
        pngs = {size: png_bytes(draw(renderer, size)) for size in sizes}
        for size in PNG_SIZES:
            written.append(_write(os.path.join(out_dir, "png", f"{name}-{size}.png"), pngs[size]))
        written.append(
            _write(
                os.path.join(out_dir, f"{name}.ico"),
                ico_bytes({size: pngs[size] for size in ICO_SIZES}),
            )
        )
        written.append(_write(os.path.join(out_dir, f"{name}.icns"), icns_bytes(pngs)))
    return written


def _write(path: str, data: bytes) -> str:
    with open(path, "wb") as handle:
        handle.write(data)
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/icons.py OUTDIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: builds run headless
    app = QGuiApplication.instance() or QGuiApplication([])
    app.setApplicationName("pmdesk-icons")
    paths = write_icons(argv[0])
    print(f"icons: {len(paths)} files in {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
