"""The lean-bundle rules: what they leave out, what they must keep, and the pruning of
libraries nothing needs any more."""

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]

KEPT = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",  # the window icon is an SVG
    "PySide6/plugins/imageformats/qico.dll",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf",
    "matplotlib/mpl-data/matplotlibrc",
    "libsqlite3.so.0",
    "libxcb-cursor.so.0",
    "pycountry/databases/iso4217.json",
    "pycountry/locales/de/LC_MESSAGES/iso4217.mo",
    "resources/translations/pmdesk_id.qm",
    "resources/translations/qtbase_id.qm",
    "babel/locale-data/root.dat",
    "babel/locale-data/id.dat",
    "babel/locale-data/id_ID.dat",
    "babel/locale-data/en_GB.dat",
    "babel/locale-data/fr.dat",
    "babel/global.dat",
    "PySide6/Qt/translations/qtbase_id.qm",
]
LEFT_OUT = [
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6\\translations\\qtbase_fr.qm",
    "PySide6/Qt/translations/designer_id.qm",
    "babel/locale-data/fr_CA.dat",
    "babel/locale-data/de_DE.dat",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/plugins/platforms/qdirect2d.dll",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "matplotlib/mpl-data/sample_data/goog.npz",
    "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
    "matplotlib/mpl-data/fonts/ttf/cmr10.ttf",
    "matplotlib/mpl-data/fonts/afm/pagd8a.afm",
    "libcups.so.2",
    "libdbus-1.so.3",
    "pycountry/databases/iso639-3.json",
    "pycountry/locales/de/LC_MESSAGES/iso639-3.mo",
    "pycountry/locales/de/LC_MESSAGES/iso3166-2.po",
]


@pytest.mark.parametrize("dest", KEPT)
def test_what_pmdesk_uses_is_kept(rules, dest):
    assert rules.rule_for(dest) is None


@pytest.mark.parametrize("dest", LEFT_OUT)
def test_what_pmdesk_does_not_use_is_left_out(rules, dest):
    assert rules.rule_for(dest) is not None


def _imported_modules() -> set[str]:
    names = set()
    for path in (ROOT / "pmdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def test_no_module_pmdesk_imports_is_excluded(rules):
    used = _imported_modules()
    assert "PySide6.QtNetwork" in used and "PySide6.QtSvg" in used  # the scan sees them
    excluded = set(rules.EXCLUDED_MODULES)
    clash = {
        name for name in used if any(name == ex or name.startswith(ex + ".") for ex in excluded)
    }
    assert not clash, f"pmdesk imports modules the bundle leaves out: {sorted(clash)}"


def test_every_rule_says_why(rules):
    assert all(reason.strip() for reason in rules.EXCLUDED_MODULES.values())
    assert all(rule.reason.strip() for rule in rules.FILE_RULES)


def _entry(tmp_path, dest, size=10):
    source = tmp_path / dest.replace("/", "_")
    source.write_bytes(b"x" * size)
    return (dest, str(source), "BINARY")


def test_split_toc_reports_sizes(rules, tmp_path):
    kept_entry = _entry(tmp_path, "PySide6/Qt/plugins/platforms/libqxcb.so")
    dropped = _entry(tmp_path, "PySide6/Qt/plugins/platforms/libqvnc.so", size=1234)
    kept, removed = rules.split_toc([kept_entry, dropped])
    assert kept == [kept_entry]
    assert [(dest, size) for _rule, dest, size in removed] == [
        ("PySide6/Qt/plugins/platforms/libqvnc.so", 1234)
    ]


def test_libraries_nothing_needs_any_more_are_pruned(rules, tmp_path):
    entries = {
        dest: _entry(tmp_path, dest)
        for dest in (
            "PySide6/QtGui.abi3.so",
            "PySide6/Qt/lib/libQt6Gui.so.6",
            "libfontconfig.so.1",
            "libexpat.so.1",
            "libpango-1.0.so.0",
            "libpython3.11.so.1.0",
        )
    }
    needs = {  # by source path; what the left-out GTK theme needed (Pango) has no root left
        entries["PySide6/QtGui.abi3.so"][1]: ["libQt6Gui.so.6"],
        entries["PySide6/Qt/lib/libQt6Gui.so.6"][1]: ["libfontconfig.so.1", "libc.so.6"],
        entries["libfontconfig.so.1"][1]: ["libexpat.so.1"],
    }
    kept, removed = rules.prune_unreferenced(
        list(entries.values()), lambda path: needs.get(path, [])
    )
    assert {entry[0] for entry in kept} == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libfontconfig.so.1",
        "libexpat.so.1",
        "libpython3.11.so.1.0",
    }
    assert [dest for _rule, dest, _size in removed] == ["libpango-1.0.so.0"]


def test_elf_needed_reads_a_real_library(rules):
    import shutil
    import sys

    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is a Linux build tool")
    import PySide6.QtCore as qtcore

    assert any(name.startswith("libQt6Core") for name in rules.elf_needed(qtcore.__file__))


def test_symbol_tables_are_found_in_elf_files_only(tmp_path, load_script):
    import shutil
    import subprocess
    import sys

    build = load_script("build_bundle.py")
    text = tmp_path / "notes.txt"
    text.write_text("not a program")
    assert not build.has_symbol_table(str(text))
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        pytest.skip("checked against readelf on Linux")
    import PySide6.QtCore as qtcore

    for path in (qtcore.__file__, sys.executable):
        sections = subprocess.run(
            ["readelf", "-S", "-W", path], capture_output=True, text=True
        ).stdout
        assert build.has_symbol_table(path) == (" .symtab " in sections), path


def test_windows_version_numbers(load_script):
    version = load_script("windows/version_info.py")
    assert version.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version.version_tuple("1.2.3.dev4+g123") == (1, 2, 3, 4)
    assert version.version_tuple("2") == (2, 0, 0, 0)


def test_the_mac_app_declares_the_plan_type(load_script):
    plist = load_script("macos/info_plist.py").info_plist("1.2.3")
    declared = plist["UTExportedTypeDeclarations"][0]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["pmdb"]
    document = plist["CFBundleDocumentTypes"][0]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    assert plist["CFBundleShortVersionString"] == "1.2.3"
