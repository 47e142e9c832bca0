"""What the bundle leaves out, and why: the lean-bundle rules the PyInstaller spec applies.

Two kinds. EXCLUDED_MODULES are Python modules PyInstaller is told not to follow (with them go
the libraries only they load). FILE_RULES drop files PyInstaller's hooks collect anyway (Qt
plugins and translations, matplotlib data) by a regular expression on the file's place in
the bundle. Each rule names what pmdesk does instead, so that a rule that stops being true
(pmdesk starts loading translations, exporting JPEG, talking TLS) is easy to find and drop.
The spec writes what each rule removed, with sizes, for `packaging/bundle_size.py`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

# module -> why pmdesk does not need it at run time
EXCLUDED_MODULES: dict[str, str] = {
    "tkinter": "pmdesk's GUI is Qt",
    "_tkinter": "pmdesk's GUI is Qt",
    "PIL.ImageTk": "pmdesk's GUI is Qt",
    "PIL._imagingtk": "pmdesk's GUI is Qt",
    "PIL.ImageQt": "matplotlib draws through its own QtAgg canvas",
    # matplotlib imports Pillow for reading and writing images; pmdesk's charts are only ever
    # drawn on screen or printed by Qt, so Pillow's optional codecs (and their libraries) stay out.
    "PIL._avif": "matplotlib never asks Pillow for AVIF",
    "PIL.AvifImagePlugin": "matplotlib never asks Pillow for AVIF",
    "PIL._webp": "matplotlib never asks Pillow for WebP",
    "PIL.WebPImagePlugin": "matplotlib never asks Pillow for WebP",
    "PIL._imagingcms": "no colour management of images",
    "PIL.ImageCms": "no colour management of images",
    "PIL._imagingft": "matplotlib renders text with its own FreeType build",
    "PIL.ImageFont": "matplotlib renders text with its own FreeType build",
    "PySide6.QtQml": "no QML",
    "PySide6.QtQuick": "no QML",
    "PySide6.QtQuickWidgets": "no QML",
    "PySide6.QtOpenGL": "pmdesk paints with Qt's raster engine",
    "PySide6.QtOpenGLWidgets": "pmdesk paints with Qt's raster engine",
    "PySide6.QtDBus": "no D-Bus services",
    "PySide6.QtSql": "the store uses Python's sqlite3 through SQLAlchemy",
    "PySide6.QtTest": "tests only",
    "PySide6.QtWebEngineCore": "no web views",
    "numpy.f2py": "build tool, not used at run time",
    "numpy.distutils": "build tool, not used at run time",
    "numpy._core._multiarray_tests": "numpy's own test helper",
    "numpy.testing": "numpy's test helpers",
    "sqlalchemy.dialects.mysql": "plans are SQLite files (PostgreSQL later), never MySQL",
    "sqlalchemy.dialects.mssql": "plans are SQLite files (PostgreSQL later), never SQL Server",
    "sqlalchemy.dialects.oracle": "plans are SQLite files (PostgreSQL later), never Oracle",
    "hypothesis": "test tool",
    "pytest": "test tool",
    "_pytest": "test tool",
    "pytestqt": "test tool",
    "pydoc": "no interactive help",
    "lib2to3": "no source conversion",
    "readline": "no interactive prompt",
    # Only http.client asks for ssl, inside a try; hashlib and hmac fall back to Python's own
    # hashes without _hashlib. Together they carry OpenSSL (libssl, libcrypto).
    "ssl": "pmdesk makes no network connections",
    "_ssl": "pmdesk makes no network connections",
    "_hashlib": "Python's built-in hashes do (OpenSSL's are not needed)",
    "numpy._core._simd": "numpy's SIMD test module",
}

# The matplotlib backends PyInstaller's hook collects: only the one pmdesk draws with.
MATPLOTLIB_BACKENDS = ["QtAgg"]


@dataclass(frozen=True)
class FileRule:
    reason: str
    pattern: str  # searched (case-insensitively) in the bundle path, with forward slashes

    def matches(self, dest: str) -> bool:
        return re.search(self.pattern, dest.replace("\\", "/"), re.IGNORECASE) is not None


_PLUGINS = r"(^|/)plugins/"
FILE_RULES: tuple[FileRule, ...] = (
    # pmdesk loads its own catalogues (resources/translations) and Qt's qtbase_LANG.qm for the
    # languages it speaks (pmdesk.ui.language); Qt's other catalogues and languages stay out.
    FileRule(
        "Qt translations of tools and languages pmdesk does not speak",
        r"^(?!resources/).*/translations/(?!qtbase_(en|id)\.qm$)[^/]+\.qm$",
    ),
    FileRule(
        "Qt platforms for embedded devices and VNC (kept: xcb, wayland, windows, cocoa, offscreen)",
        _PLUGINS + r"platforms/(lib)?q(vnc|linuxfb|eglfs|minimal|minimalegl|vkkhrdisplay|"
        r"direct2d)\.(so|dll|dylib)$",
    ),
    FileRule(
        "EGL device integration of the eglfs platform",
        _PLUGINS + r"egldeviceintegrations/|Qt6EglFs",
    ),
    FileRule(
        "xcb OpenGL integration (pmdesk paints with the raster engine)",
        _PLUGINS + r"xcbglintegrations/",
    ),
    FileRule("TLS backends (pmdesk makes no network connections)", _PLUGINS + r"tls/"),
    FileRule("network reachability plugins", _PLUGINS + r"networkinformation/"),
    FileRule(
        "image formats pmdesk neither reads nor writes (it uses PNG, SVG and ICO)",
        _PLUGINS + r"imageformats/(lib)?q(gif|jpeg|tga|tiff|wbmp|webp|pdf|icns|macheif|"
        r"macjp2)\.(so|dll|dylib)$",
    ),
    FileRule("touch-screen and tablet input of embedded Linux", _PLUGINS + r"generic/"),
    FileRule(
        "Wayland compositor side (pmdesk is a Wayland client)",
        _PLUGINS + r"wayland-graphics-integration-server/|Qt6WaylandCompositor",
    ),
    FileRule(
        "GTK platform theme (it pulls GTK, Pango and Cairo from the build machine; Qt's "
        "own dialogs and the desktop portal are used)",
        _PLUGINS + r"platformthemes/(lib)?qgtk3\.",
    ),
    FileRule(
        "the build machine's CUPS and D-Bus libraries: the user's own must talk to their "
        "printers and session bus (the .deb depends on libcups2 and libdbus-1-3)",
        r"^lib(cups\.so|dbus-1\.so)",
    ),
    FileRule(
        "pycountry's other ISO tables and their translations (pmdesk looks up currencies "
        "only, ISO 4217)",
        r"pycountry/(databases/(?!iso4217\.json$)|locales/.+/(?!iso4217\.mo$)[^/]+$)",
    ),
    FileRule(
        "Babel's regional variants of languages pmdesk does not speak (3.7 MB; formats of "
        "such a locale fall back to its language's, fr_CA to fr: pmdesk.core.localeformat)",
        r"babel/locale-data/(?!(en|id)_)[a-z]{2,3}_[A-Za-z0-9_]+\.dat$",
    ),
    FileRule(
        "matplotlib sample data, toolbar images and the fonts of its PDF/PS backends",
        r"mpl-data/(sample_data|images|plot_directive|fonts/afm|fonts/pdfcorefonts)/",
    ),
    FileRule(
        "matplotlib fonts for TeX-like math and serif text (pmdesk's charts use DejaVu Sans)",
        r"mpl-data/fonts/ttf/(STIX|cm[a-z]+10|DejaVuSerif)",
    ),
)


def rule_for(dest: str) -> FileRule | None:
    """The rule that leaves ``dest`` out of the bundle, or None to keep it."""
    for rule in FILE_RULES:
        if rule.matches(dest):
            return rule
    return None


def split_toc(toc) -> tuple[list, list[tuple[FileRule, str, int]]]:
    """PyInstaller TOC entries (dest, source, kind) -> (kept entries, [(rule, dest, bytes)])."""
    kept, removed = [], []
    for entry in toc:
        dest, source = entry[0], entry[1]
        rule = rule_for(dest)
        if rule is None:
            kept.append(entry)
        else:
            size = os.path.getsize(source) if source and os.path.isfile(source) else 0
            removed.append((rule, dest, size))
    return kept, removed


def prune_unreferenced(binaries, needed_of) -> tuple[list, list[tuple[FileRule, str, int]]]:
    """Drop the shared libraries at the top of the bundle that no kept binary needs any more.

    PyInstaller collects the libraries each plugin links (a GTK theme brings Pango, Cairo,
    GLib's GIO...); once the plugin is left out, so are they. Roots are everything but the
    top-level libraries (extension modules, Qt's libraries and plugins, libpython);
    ``needed_of(source_path)`` gives the file names a binary links directly (DT_NEEDED).
    """

    def top_level(dest: str) -> bool:
        dest = dest.replace("\\", "/")
        return "/" not in dest and not os.path.basename(dest).startswith("libpython")

    by_name = {os.path.basename(entry[0]): entry for entry in binaries}
    reached: set[str] = set()
    todo = [entry for entry in binaries if not top_level(entry[0])]
    while todo:
        entry = todo.pop()
        for name in needed_of(entry[1]):
            name = os.path.basename(name)
            if name in by_name and name not in reached:
                reached.add(name)
                todo.append(by_name[name])
    kept, removed = [], []
    for entry in binaries:
        if top_level(entry[0]) and os.path.basename(entry[0]) not in reached:
            size = os.path.getsize(entry[1]) if os.path.isfile(entry[1]) else 0
            removed.append((UNREFERENCED, entry[0], size))
        else:
            kept.append(entry)
    return kept, removed


UNREFERENCED = FileRule("libraries that only the left-out plugins and libraries needed", r"^$")


def elf_needed(path: str) -> list[str]:
    """DT_NEEDED of an ELF file, by `readelf -d` (binutils, which strip needs as well)."""
    import subprocess

    result = subprocess.run(["readelf", "-d", path], capture_output=True, text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def module_sizes(needed_of=None) -> list[tuple[FileRule, str, int]]:
    """What each EXCLUDED_MODULES entry would have added: its files in this environment
    (a package's folder, or the module's file) and, for an extension module, the libraries it
    links from its wheel's own "NAME.libs" folder (Pillow's codecs). Modules that are not
    installed here add nothing and are not listed."""
    import importlib.util

    found = []
    for name, why in EXCLUDED_MODULES.items():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin or not os.path.isfile(spec.origin):
            continue
        if spec.submodule_search_locations:
            folder = os.path.dirname(spec.origin)
            size = sum(
                os.path.getsize(os.path.join(base, f))
                for base, _dirs, files in os.walk(folder)
                for f in files
            )
        else:
            size = os.path.getsize(spec.origin)
            if needed_of is not None and spec.origin.endswith((".so", ".pyd", ".dylib")):
                top = os.path.dirname(spec.origin)
                while os.path.isfile(os.path.join(top, "__init__.py")):
                    top = os.path.dirname(top)
                for library in needed_of(spec.origin):
                    for libs in (d for d in os.listdir(top) if d.endswith(".libs")):
                        path = os.path.join(top, libs, os.path.basename(library))
                        if os.path.isfile(path):
                            size += os.path.getsize(path)
        found.append((FileRule(f"module {name}: {why}", r"^$"), spec.origin, size))
    return found


def write_report(path: str, removed: list[tuple[FileRule, str, int]]) -> None:
    """One line per removed file: reason, bundle path, bytes (read by bundle_size.py)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as report:
        for rule, dest, size in removed:
            report.write(f"{rule.reason}\t{dest}\t{size}\n")
