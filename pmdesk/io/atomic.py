"""Writing an export file atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile

from pmdesk.io.result import InteropError


def write_atomic(path, content: str | bytes) -> None:
    """Replace ``path`` with ``content`` so that a crash never leaves a half-written file."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    suffix = os.path.splitext(path)[1]
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".pmdesk-", suffix=suffix, dir=folder)
        if isinstance(content, bytes):
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(content)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise InteropError(f"Could not write {path}: {exc.strerror or exc}.") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
