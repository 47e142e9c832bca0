"""The bytes of a .pmdb file: the SQLite header check and pmdesk's per-page checksums.

A .pmdb is an ordinary SQLite database whose pages keep ``RESERVED_BYTES`` unused bytes at
their end (header byte 20, "reserved space", meant for exactly this by SQLite; the cksumvfs
extension uses it the same way). pmdesk writes a keyed BLAKE2b digest of each page there when
it saves, and checks every page before SQLite parses the file. SQLite's own quick_check finds
broken b-trees but not a flipped byte inside a name or a date, nor damage in unused space;
the checksums find both, so a file that a sync client, a USB stick or another program changed
is reported as damaged instead of being read as a silently different plan.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import struct

from pmdesk.store.errors import DamagedError, ForeignDatabaseError, NotAPlanError, PmdbError
from pmdesk.store.identity import APPLICATION_ID, SCHEMA_VERSION

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
PAGE_SIZE = 4096
RESERVED_BYTES = 8
MAX_FILE_SIZE = 1 << 30  # a 10,000-task plan is ~3 MB; a GiB is damage or not ours


class WalModeError(PmdbError):
    """The file was switched to write-ahead logging, which pmdesk never uses."""


@dataclasses.dataclass(frozen=True, slots=True)
class Header:
    """The fields of the 100-byte database header pmdesk relies on."""

    page_size: int
    write_version: int
    read_version: int
    reserved: int
    change_counter: int
    page_count: int
    version_valid_for: int
    text_encoding: int
    user_version: int
    application_id: int

    @classmethod
    def parse(cls, raw: bytes) -> Header:
        page_size = struct.unpack_from(">H", raw, 16)[0]
        return cls(
            page_size=65536 if page_size == 1 else page_size,
            write_version=raw[18],
            read_version=raw[19],
            reserved=raw[20],
            change_counter=struct.unpack_from(">I", raw, 24)[0],
            page_count=struct.unpack_from(">I", raw, 28)[0],
            version_valid_for=struct.unpack_from(">I", raw, 92)[0],
            text_encoding=struct.unpack_from(">I", raw, 56)[0],
            user_version=struct.unpack_from(">i", raw, 60)[0],
            application_id=struct.unpack_from(">i", raw, 68)[0],
        )


_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"<?xml", "an XML file"),
)


def _describe(raw: bytes) -> str:
    """What a file that is not an SQLite database looks like, for the error message."""
    for signature, what in _SIGNATURES:
        if raw.startswith(signature):
            return f"it looks like {what}"
    if raw.startswith(MAGIC[:6]):
        return "it is not a complete database file"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not a database file"
    return "it looks like a text file" if b"\x00" not in raw else "it is not a database file"


def check_header(raw: bytes, file_size: int, name: str) -> Header:
    """Check the first bytes of a file (at least 100 when it has them) before SQLite sees it.

    A newer schema (user_version above ours) passes: the caller decides what to do with it.
    """
    if file_size == 0:
        raise NotAPlanError(f"{name} is empty (0 bytes), so it is not a pmdesk plan.")
    if file_size < HEADER_SIZE or not raw.startswith(MAGIC):
        raise NotAPlanError(f"{name} is not a pmdesk plan: {_describe(raw[:HEADER_SIZE])}.")
    header = Header.parse(raw)
    if header.application_id != APPLICATION_ID:
        raise ForeignDatabaseError(f"{name} is a database of another program, not a pmdesk plan.")
    if header.write_version == 2 or header.read_version == 2:
        raise WalModeError(
            f"{name} was switched to write-ahead logging (WAL) by another program, "
            "which pmdesk does not use on shared files; it cannot be opened safely."
        )
    page_size = header.page_size
    broken = (
        page_size < 512
        or page_size & (page_size - 1)
        or header.write_version != 1
        or header.read_version != 1
        or header.reserved != RESERVED_BYTES
        or header.text_encoding != 1
        or header.user_version < 1
        or header.version_valid_for != header.change_counter
    )
    if broken:
        raise DamagedError(f"{name} is damaged: its database header is not valid.")
    expected = header.page_count * page_size
    if file_size < expected:
        raise DamagedError(
            f"{name} is incomplete: it ends after {file_size:,} of its {expected:,} bytes "
            "(an interrupted copy or download?)."
        )
    if file_size != expected:
        raise DamagedError(f"{name} is damaged: its size does not match its database header.")
    if file_size > MAX_FILE_SIZE:
        raise DamagedError(f"{name} is too large ({file_size:,} bytes) to be a pmdesk plan.")
    return header


# -- page checksums ---------------------------------------------------------------------
def _page_digest(page: memoryview, number: int) -> bytes:
    # The page number keys the digest, so two swapped (each intact) pages are caught too.
    return hashlib.blake2b(
        page, digest_size=RESERVED_BYTES, salt=number.to_bytes(16, "little")
    ).digest()


def stamp_checksums(image: bytearray, page_size: int) -> None:
    """Write each page's digest into its reserved bytes, in place."""
    view = memoryview(image)
    usable = page_size - RESERVED_BYTES
    for number, offset in enumerate(range(0, len(image), page_size), start=1):
        view[offset + usable : offset + page_size] = _page_digest(
            view[offset : offset + usable], number
        )


class PageStamps:
    """``stamp_checksums`` for the images of one working copy, stamped at each Save and
    autosave: a page whose content is that of the same page last time keeps its digest
    instead of being hashed again (a 10k-task plan has a thousand pages; an edit and the
    save-time stamp change a few).

    The images live in two buffers of this object's, used in turn: the last image stays for
    the next comparison, the other one receives the next image. A fresh megabytes-large
    buffer per save would be handed back to the system by the C allocator and faulted in
    again each time (slower than all the hashing spared)."""

    def __init__(self) -> None:
        self._last = bytearray()
        self._spare = bytearray()
        self._page_size = 0

    def stamped(self, raw: bytes, page_size: int) -> bytearray:
        """``raw`` with exactly what ``stamp_checksums(raw, page_size)`` writes; the buffer
        returned stays as it is until the next call (Save and autosave have written it by
        then)."""
        last = self._last if page_size == self._page_size else b""
        image = self._spare
        image[:] = raw
        view = memoryview(image)
        usable = page_size - RESERVED_BYTES
        for number, offset in enumerate(range(0, len(image), page_size), start=1):
            content, end = offset + usable, offset + page_size
            # bytes slices compare with memcmp: far cheaper than the digest they spare
            if end <= len(last) and image[offset:content] == last[offset:content]:
                view[content:end] = last[content:end]
            else:
                view[content:end] = _page_digest(view[offset:content], number)
        view.release()  # a buffer with an export cannot be resized by the next call
        self._spare, self._last = self._last, image
        self._page_size = page_size
        return image


def first_bad_page(image: bytes, page_size: int) -> int | None:
    """The number of the first page whose digest does not match, or None when all match."""
    view = memoryview(image)
    usable = page_size - RESERVED_BYTES
    for number, offset in enumerate(range(0, len(image), page_size), start=1):
        if view[offset + usable : offset + page_size] != _page_digest(
            view[offset : offset + usable], number
        ):
            return number
    return None


def check_image(image: bytes, name: str) -> Header:
    """Header check plus every page's checksum: the whole file as read, before SQLite."""
    header = check_header(image[:HEADER_SIZE], len(image), name)
    bad = first_bad_page(image, header.page_size)
    if bad is not None:
        raise DamagedError(
            f"{name} is damaged: page {bad} of {header.page_count} does not match its checksum "
            "(changed by another program, or a disk or sync error)."
        )
    return header


def blank_image() -> bytes:
    """An empty database image whose pages keep the reserved bytes the checksums need.

    Python's sqlite3 cannot set the reserved-space size (SQLITE_FCNTL_RESERVE_BYTES), so it is
    set on an empty one-page database: header byte 20, and the cell content offset of page 1's
    (empty) b-tree moved to the end of the now smaller usable area. Backup, VACUUM and
    serialize keep the setting for every page created afterwards.
    """
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.commit()
        image = bytearray(conn.serialize())
    finally:
        conn.close()
    if len(image) != PAGE_SIZE or image[20] != 0:
        raise RuntimeError("unexpected layout of an empty SQLite database")
    image[20] = RESERVED_BYTES
    struct.pack_into(">H", image, HEADER_SIZE + 5, PAGE_SIZE - RESERVED_BYTES)
    return bytes(image)
