"""Fast streaming of a large MSPDI file: its task, resource and assignment lists in batches.

``iterparse`` hands every element of the file to Python one by one; a file written by
Microsoft Project has some 80 elements per task, so at 20,000 tasks that per-element cost
alone is seconds. The long lists (``<Tasks>``, ``<Resources>``, ``<Assignments>``) are
therefore cut, in the file's bytes, into batches of a few thousand complete elements, each
parsed in one C call; everything else (project properties, calendars) still goes through
``iterparse``. The file is memory-mapped, never read whole into a tree.

The cut is only trusted for UTF-8 files; any surprise (another encoding, a CDATA section
that holds a closing tag, a parse error in a batch) raises ``FastPathUnavailable`` and the
reader starts over with plain ``iterparse``.
"""

from __future__ import annotations

import mmap
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping

from pmdesk.io.result import InteropError

BATCH = 2000
MAX_ELEMENT_BYTES = 32 << 20  # one task of Microsoft Project is a few KB
LISTS = ("Tasks", "Resources", "Assignments")
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([\w.-]+)[\"']")
_ROOT = re.compile(rb"<((?:[\w.-]+:)?Project)\b[^>]*>")  # group 1: the root's name


Handler = Callable[[ET.Element], None]  # reads one element of a list (a task...)


class FastPathUnavailable(Exception):
    """The file needs the plain, element-by-element reader."""


class _Chain:
    """A read()-able stream over several byte ranges of the mapped file."""

    def __init__(self, data: mmap.mmap, ranges: list[tuple[int, int]]) -> None:
        self._data = data
        self._ranges = ranges
        self._index = 0
        self._offset = ranges[0][0] if ranges else 0

    def read(self, size: int = -1) -> bytes:
        while self._index < len(self._ranges):
            start, end = self._ranges[self._index]
            if self._offset >= end:
                self._index += 1
                if self._index < len(self._ranges):
                    self._offset = self._ranges[self._index][0]
                continue
            stop = end if size is None or size < 0 else min(end, self._offset + size)
            chunk = self._data[self._offset : stop]
            self._offset = stop
            return chunk
        return b""


def _list_ranges(data: mmap.mmap, prefix: bytes, name: str) -> tuple[int, int] | None:
    """(start, end) of the content of the ``<name>`` list, or None.

    Plain byte search (memchr speed); the list elements carry the root's prefix, if any.
    """
    opening = b"<" + prefix + name.encode() + b">"
    start = data.find(opening)
    if start < 0:
        return None
    end = data.find(b"</" + prefix + name.encode() + b">", start)
    if end < 0:
        raise FastPathUnavailable
    return start + len(opening), end


def _trie(words: list[bytes]) -> bytes:
    """A regular expression matching exactly these words, their common prefixes factored
    out: at each ``<`` the engine follows one branch per byte instead of trying every word
    in turn (about 60 of them for a Microsoft Project task)."""
    groups: dict[bytes, list[bytes]] = {}
    ends = False
    for word in words:
        if word:
            groups.setdefault(word[:1], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(head) + _trie(rest) for head, rest in sorted(groups.items())]
    if not branches:
        return b""
    body = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
    return b"(?:" + body + b")?" if ends else body


def skipping(names: Iterable[str], defaults: Mapping[str, str] | None = None) -> re.Pattern[bytes]:
    """A pattern matching simple elements with these names (value only, no children), and
    the elements of ``defaults`` holding exactly their default value (``<Milestone>0``).

    Removing the values a reader skips anyway (derived ones: slack, costs, variances...)
    and the ones that read the same as an absent element before the C parser sees them
    more than halves its work on a Microsoft Project file.
    """
    named = _trie(sorted(name.encode() for name in names))
    literal = _trie(
        sorted(f"{tag}>{value}</{tag}".encode() for tag, value in (defaults or {}).items())
    )
    if not literal:
        return re.compile(rb"<(" + named + rb")>[^<]*</\1>")
    return re.compile(rb"<(?:(" + named + rb")>[^<]*</\1|" + literal + rb")>")


def stream(
    path: str,
    handlers: Mapping[str, Handler],
    ns: str,
    skip: Mapping[str, re.Pattern[bytes]] | None = None,
) -> Iterator[tuple[str, ET.Element]]:
    """Yield ("end", element) events for everything outside the long lists, and call
    ``handlers[local name]`` for every child of the long lists, batch by batch, first.
    ``skip[local name]`` removes the simple child elements the handler does not read."""
    skip = skip or {}
    with open(path, "rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            raise FastPathUnavailable from None
    try:
        head = data[:200]
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise FastPathUnavailable  # UTF-16
        declared = _DECLARATION.match(head)
        if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
            raise FastPathUnavailable
        root = _ROOT.search(data)
        if root is None:
            raise FastPathUnavailable
        wrapper_start = root.group(0)
        if wrapper_start.endswith(b"/>"):
            raise FastPathUnavailable
        root_name = root.group(1)
        wrapper_end = b"</" + root_name + b">"
        prefix = root_name[: -len(b"Project")]  # b"" or b"ms:"
        lists = []
        for name in LISTS:
            span = _list_ranges(data, prefix, name)
            if span is not None:
                lists.append((name, span))
        lists.sort(key=lambda item: item[1][0])
        for name, (start, end) in lists:
            child = name[:-1]
            closing = b"</" + prefix + child.encode() + b">"
            batch_start = start
            while batch_start < end:
                # the end of the BATCH-th element from here (or of the list)
                cut, found = batch_start, 0
                while found < BATCH:
                    at = data.find(closing, cut, end)
                    if at < 0:
                        break
                    if at - cut > MAX_ELEMENT_BYTES:
                        # One element is parsed whole: a tree of a gigabyte would not fit.
                        raise InteropError(
                            f"{os.path.basename(path)} has a {child} element of "
                            f"{at - cut:,} bytes; pmdesk reads them up to {MAX_ELEMENT_BYTES:,}."
                        )
                    cut, found = at + len(closing), found + 1
                if not found:
                    if data[batch_start:end].strip():
                        raise FastPathUnavailable  # text that is not a list element
                    break
                chunk = data[batch_start:cut]
                if child in skip and not prefix and b"<![CDATA[" not in chunk:
                    # (inside CDATA, as in Notes, text that looks like a tag is text)
                    chunk = skip[child].sub(b"", chunk)
                _parse_batch(chunk, wrapper_start, wrapper_end, handlers[child], ns + child)
                batch_start = cut
        # The rest of the file, without the lists' contents, element by element.
        ranges, position = [], 0
        for _name, (start, end) in lists:
            ranges.append((position, start))
            position = end
        ranges.append((position, len(data)))
        yield from ET.iterparse(_Chain(data, ranges))
    finally:
        data.close()


def _parse_batch(chunk: bytes, start: bytes, end: bytes, handler: Handler, tag: str) -> None:
    try:
        holder = ET.fromstring(start + chunk + end)
    except ET.ParseError:
        raise FastPathUnavailable from None
    for element in holder:
        if element.tag != tag:
            raise FastPathUnavailable  # something else sits in the list: read it slowly
        handler(element)
