"""Exports write like saving: through links to their target, never over read-only files,
keeping an existing file's mode and giving a new one the usual mode."""

from __future__ import annotations

import os
import stat

import pytest

from pmdesk.cli import main
from pmdesk.io.formats import export_file
from pmdesk.io.result import InteropError
from pmdesk.store.pmdb import blank_plan, save_plan

EXTENSIONS = (".xml", ".gan", ".csv", ".xlsx")


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_an_export_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path, extension):
    real = tmp_path / f"real{extension}"
    real.write_text("old")
    link = tmp_path / f"link{extension}"
    link.symlink_to(real)
    export_file(blank_plan(), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() != b"old"


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_a_read_only_target_is_refused_and_left_alone(tmp_path, extension):
    target = tmp_path / f"ro{extension}"
    target.write_text("keep me")
    target.chmod(0o444)
    with pytest.raises(InteropError, match="read-only"):
        export_file(blank_plan(), target)
    assert target.read_text() == "keep me"


def test_cli_export_force_does_not_overwrite_a_read_only_file(tmp_path, capsys):
    plan = tmp_path / "p.pmdb"
    save_plan(blank_plan(), plan)
    target = tmp_path / "ro.csv"
    target.write_text("keep me")
    target.chmod(0o444)
    assert main(["export", str(plan), "-o", str(target), "--force"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err
    assert target.read_text() == "keep me"


def test_an_existing_target_keeps_its_mode(tmp_path):
    target = tmp_path / "t.xml"
    target.write_text("old")
    target.chmod(0o640)
    export_file(blank_plan(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_export_gets_the_usual_mode(tmp_path):
    old = os.umask(0o022)
    try:
        export_file(blank_plan(), tmp_path / "new.gan")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.gan").stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["new.gan"]  # no temporary left behind
