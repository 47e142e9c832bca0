"""Makers of bad .pmdb files for the bad-input tests (each returns the path it wrote)."""

from __future__ import annotations

import sqlite3
import struct
import zipfile
import zlib
from pathlib import Path

from pmdesk.store.fileformat import stamp_checksums


def tampered(source: Path, target: Path, *statements: str, limits: bool = False) -> Path:
    """A copy of ``source`` changed by SQL, with its checksums stamped again.

    This is what a careful attacker (or another program that knows our format) produces:
    the page checksums match, so the deeper checks have to catch it.
    """
    conn = sqlite3.connect(":memory:")
    conn.deserialize(source.read_bytes())
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    image = bytearray(conn.serialize())
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    stamp_checksums(image, page_size)
    target.write_bytes(bytes(image))
    return target


def restamped(path: Path) -> None:
    """Stamp the checksums of a file again after its bytes were edited."""
    image = bytearray(path.read_bytes())
    page_size = struct.unpack_from(">H", image, 16)[0]
    stamp_checksums(image, 65536 if page_size == 1 else page_size)
    path.write_bytes(bytes(image))


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def zip_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.xml", "<Project><Name>Not a plan</Name></Project>")
    return path


def foreign_sqlite(path: Path) -> Path:
    """A sound SQLite database of another program (a browser history, say)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE urls(id INTEGER PRIMARY KEY, url TEXT, visits INTEGER)")
    conn.executemany(
        "INSERT INTO urls(url, visits) VALUES (?, ?)", [("https://example.org", 3)] * 50
    )
    conn.commit()
    conn.close()
    return path


def patched(source: Path, target: Path, offset: int, raw: bytes, restamp: bool = False) -> Path:
    image = bytearray(source.read_bytes())
    image[offset : offset + len(raw)] = raw
    target.write_bytes(bytes(image))
    if restamp:
        restamped(target)
    return target
