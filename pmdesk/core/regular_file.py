"""Opening files that must be regular files: never blocking on a FIFO, never reading a device
(a symlink to /dev/zero) or a giant whole.

Opening a FIFO for reading blocks until someone writes to it, so a FIFO named ``x.pmdb`` or a
lock file that is one would hang pmdesk before any check ran. The file is therefore opened
non-blocking and checked with ``fstat`` on the open descriptor (no race with a swap).
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO


class NotRegularFile(OSError):
    """The path is a folder, a FIFO, a device or a socket; ``folder`` tells a folder."""

    def __init__(self, path: str | os.PathLike[str], folder: bool) -> None:
        super().__init__(f"{os.fspath(path)} is not a regular file")
        self.folder = folder


class FileTooLarge(OSError):
    """The file holds more bytes than the caller reads."""

    def __init__(self, path: str | os.PathLike[str], size: int) -> None:
        super().__init__(f"{os.fspath(path)} is too large ({size:,} bytes)")
        self.size = size


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` opened for binary reading; NotRegularFile unless it is a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, stat.S_ISDIR(mode))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """All bytes of a regular file of at most ``limit`` bytes (read at most limit + 1)."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise FileTooLarge(path, size)
        data = handle.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise FileTooLarge(path, len(data))
    return data
