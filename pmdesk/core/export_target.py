"""Whether an export may replace the file at a path: the rule saving a plan follows too.

A file marked read-only (no write bit, which binds root as well) or one the user may not
change is left alone, as its owner meant; a folder, FIFO or device is no export target.
"""

from __future__ import annotations

import os
import stat


def replace_refusal(target: str | os.PathLike[str]) -> str | None:
    """Why the existing file at ``target`` must not be replaced, or None (also when absent)."""
    name = os.fspath(target)
    try:
        info = os.stat(target)
    except OSError:
        return None
    if stat.S_ISDIR(info.st_mode):
        return f"{name} is a folder"
    if not stat.S_ISREG(info.st_mode):
        return f"{name} is not a regular file"
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return f"{name} is a read-only file"
    if not os.access(target, os.W_OK):
        return f"You have no permission to change {name}"
    return None
