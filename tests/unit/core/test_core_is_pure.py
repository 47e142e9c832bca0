"""pmdesk.core and pmdesk.operations import neither Qt nor SQLAlchemy (ARCHITECTURE.md, layers)."""

import subprocess
import sys

CHECK = r"""
import importlib, pkgutil, sys

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "matplotlib"):
            raise ImportError(f"PACKAGE imported {name}")
        return None

sys.meta_path.insert(0, Blocker())
import PACKAGE as package
count = 0
for info in pkgutil.walk_packages(package.__path__, "PACKAGE."):
    importlib.import_module(info.name)
    count += 1
print(count)
"""


def test_core_imports_no_qt_and_no_sql():
    result = subprocess.run(
        [sys.executable, "-c", CHECK.replace("PACKAGE", "pmdesk.core")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 2  # entities and plandata at least


def test_operations_import_no_qt_and_no_sql():
    """The edit rules run (and are tested) without Qt."""
    result = subprocess.run(
        [sys.executable, "-c", CHECK.replace("PACKAGE", "pmdesk.operations")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 5


def test_blocker_really_blocks():
    probe = CHECK.replace("import PACKAGE as package", "import sqlalchemy")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode != 0
