"""The version resource of pmdesk.exe and pmdesk-cli.exe (Explorer's Properties > Details,
and what installers and virus scanners read), made from pmdesk.__version__ by the spec."""

from __future__ import annotations

import re


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); a suffix such as '.dev3' or 'rc1' is ignored."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info(version: str):
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = [
        StringStruct("CompanyName", "pmdesk"),
        StringStruct("FileDescription", "pmdesk: product and project planning"),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", "pmdesk"),
        StringStruct("LegalCopyright", "GNU GPL version 3 or later"),
        StringStruct("OriginalFilename", "pmdesk.exe"),
        StringStruct("ProductName", "pmdesk"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(
            filevers=numbers,
            prodvers=numbers,
            mask=0x3F,
            flags=0x0,
            OS=0x40004,
            fileType=0x1,
            subtype=0x0,
            date=(0, 0),
        ),
        kids=[
            StringFileInfo([StringTable("040904B0", strings)]),  # US English, Unicode
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
