"""packaging/linux/build_deb.py: the package's layout, its dependencies and its scripts."""

import os

import pytest


@pytest.fixture(scope="module")
def deb(load_script):
    return load_script("linux/build_deb.py")


def test_depends_come_from_the_libraries_the_bundle_leaves_to_the_system(deb, monkeypatch):
    monkeypatch.setattr(
        deb,
        "needed_from_system",
        lambda bundle: {
            "libc.so.6",
            "libm.so.6",
            "libGL.so.1",
            "libcups.so.2",
            "libwayland-client.so.0",
        },
    )
    depends, recommends = deb.dependencies("bundle")
    assert depends == ["libc6", "libcups2", "libgl1"]
    assert "libwayland-client0" in recommends and "shared-mime-info" in recommends


def test_an_unknown_system_library_stops_the_build(deb, monkeypatch):
    monkeypatch.setattr(deb, "needed_from_system", lambda bundle: {"libmystery.so.3"})
    with pytest.raises(SystemExit, match="no Debian package known for libmystery.so.3"):
        deb.dependencies("bundle")


def test_the_staged_tree(deb, tmp_path, monkeypatch):
    bundle = tmp_path / "dist" / "pmdesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "pmdesk").write_bytes(b"\x7fELF")
    os.symlink("pmdesk", bundle / "pmdesk-cli")
    icons = tmp_path / "icons"
    (icons / "png").mkdir(parents=True)
    for size in deb.ICON_SIZES:
        for name in ("pmdesk", "pmdesk-document"):
            (icons / "png" / f"{name}-{size}.png").write_bytes(b"png")
    monkeypatch.setattr(deb, "BUNDLE", str(bundle))
    root = tmp_path / "root"
    deb.stage(str(root), str(icons))
    assert os.readlink(root / "usr/bin/pmdesk") == "../lib/pmdesk/pmdesk"
    assert os.readlink(root / "usr/bin/pmdesk-cli") == "../lib/pmdesk/pmdesk-cli"
    assert os.path.islink(root / "usr/lib/pmdesk/pmdesk-cli")  # kept a link, not a copy
    desktop = (root / "usr/share/applications/pmdesk.desktop").read_text()
    assert "MimeType=application/x-pmdesk-plan;" in desktop and "Exec=pmdesk %f" in desktop
    mime = (root / "usr/share/mime/packages/pmdesk.xml").read_text()
    assert 'value="SQLite format 3"' in mime and 'offset="68" value="PMDB"' in mime
    hicolor = root / "usr/share/icons/hicolor"
    assert (hicolor / "48x48/apps/pmdesk.png").is_file()
    assert (hicolor / "48x48/mimetypes/application-x-pmdesk-plan.png").is_file()
    assert (hicolor / "scalable/apps/pmdesk.svg").is_file()


def test_the_mime_magic_matches_what_pmdesk_writes(deb):
    from pmdesk.store.identity import APPLICATION_ID

    assert APPLICATION_ID.to_bytes(4, "big") == b"PMDB"  # what the XML's magic looks for


def test_maintainer_scripts_refresh_the_databases_on_install_and_removal(deb):
    for script in (deb.POSTINST, deb.POSTRM):
        assert "update-mime-database /usr/share/mime" in script
        assert "update-desktop-database" in script
    assert '"$1" = "remove"' in deb.POSTRM
    control = deb.control("1.2.3", 1000, ["libc6"], ["xdg-utils"])
    assert "Version: 1.2.3\n" in control and "Depends: libc6\n" in control
