"""Writing an export file atomically: a temporary file beside the target, then a rename.

Exports write the way saving a plan does: through a symbolic link the file it points to is
replaced (the link stays a link), a read-only file or one the user may not change is left
alone, an existing file keeps its permissions, and a new one gets the usual permissions
(0666 less the umask, as any program's new file), not the 0600 of a temporary file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat

from pmdesk.core.export_target import replace_refusal
from pmdesk.io.result import InteropError


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Replace ``path`` with ``content`` so that a crash never leaves a half-written file."""
    path = os.fspath(path)
    target = os.path.realpath(path)  # a link to a file: write the file, keep the link
    refusal = replace_refusal(target)
    if refusal is not None:
        raise InteropError(f"{refusal}; export under another name.")
    folder = os.path.dirname(target)
    suffix = os.path.splitext(target)[1]
    temporary = os.path.join(folder, f".pmdesk-{secrets.token_hex(6)}{suffix}")
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    created = False
    try:
        # 0o666 less the umask, like any new file; an existing target's mode is kept below.
        handle = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
        created = True
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temporary, target)
        created = False
    except OSError as exc:
        raise InteropError(f"Could not write {path}: {exc.strerror or exc}.") from None
    finally:
        if created:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
