"""packaging/icons.py: the PNG sizes, and ICO / ICNS containers that other readers accept."""

import struct

import pytest
from PySide6.QtGui import QImage


@pytest.fixture(scope="module")
def icons(load_script):
    return load_script("icons.py")


@pytest.fixture(scope="module")
def written(icons, tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("icons")
    icons.write_icons(str(folder))
    return folder


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_pngs_in_every_size_for_app_and_document(icons, written):
    for name in ("pmdesk", "pmdesk-document"):
        for size in icons.PNG_SIZES:
            image = QImage(str(written / "png" / f"{name}-{size}.png"))
            assert (image.width(), image.height()) == (size, size)
    app = QImage(str(written / "png" / "pmdesk-256.png"))
    document = QImage(str(written / "png" / "pmdesk-document-256.png"))
    assert app.pixelColor(128, 128).alpha() == 255  # drawn, not transparent
    assert app.pixelColor(2, 2).alpha() == 0  # the rounded corner stays clear
    assert document.pixelColor(60, 40).name() == "#ffffff"  # the paper sheet
    assert app != document


def test_ico_is_a_directory_of_pngs(icons, written):
    data = (written / "pmdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _c, _r, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        png = data[offset : offset + length]
        side = width or 256
        assert (width, height, planes, bits) == (width, width, 1, 32)
        assert _png_size(png) == (side, side)
        sizes.append(side)
    assert sizes == sorted(icons.ICO_SIZES)


def test_ico_and_icns_are_read_by_pillow(written):
    Image = pytest.importorskip("PIL.Image")  # an independent reader (matplotlib needs it)
    with Image.open(written / "pmdesk-document.ico") as ico:
        assert ico.format == "ICO"
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    with Image.open(written / "pmdesk.icns") as icns:
        assert icns.format == "ICNS"
        assert icns.size == (1024, 1024)


def test_icns_entries_match_their_types(icons, written):
    data = (written / "pmdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, seen = 8, {}
    while offset < len(data):
        kind = data[offset : offset + 4].decode("ascii")
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        seen[kind] = _png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert seen == dict(icons.ICNS_TYPES)


@pytest.mark.qt_log_ignore("Cannot read file")
def test_a_broken_svg_is_refused(icons, tmp_path, qapp):
    svg = tmp_path / "broken.svg"
    svg.write_text("<svg")
    with pytest.raises(RuntimeError, match="not an SVG image"):
        icons.write_icons(str(tmp_path / "out"), svg=str(svg))
