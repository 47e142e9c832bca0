"""Fixtures for printing tests: the demo plan without a working copy, and PDF rasterising."""

import shutil
import subprocess

import pytest
from print_helpers import grey
from PySide6.QtGui import QImage


@pytest.fixture
def make_document(qtbot, monkeypatch):
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    made = []

    def make(data=None):
        from pmdesk.core.demo import build_demo_plan

        doc = pmdesk.document.Document(data if data is not None else build_demo_plan())
        made.append(doc)
        return doc

    yield make
    for doc in made:
        doc.close()


@pytest.fixture
def demo(make_document):
    return make_document()


def _tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


@pytest.fixture
def rasterise(tmp_path):
    """rasterise(pdf, dpi) -> list of grey numpy pages, via pdftoppm."""
    tool = _tool("pdftoppm")

    def run(pdf, dpi=60):
        prefix = tmp_path / f"{pdf.stem}-{dpi}"
        subprocess.run(
            [tool, "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)], check=True, timeout=60
        )
        pages = sorted(tmp_path.glob(f"{prefix.name}-*.png"))
        return [grey(QImage(str(p))) for p in pages]

    return run


@pytest.fixture
def pdf_text():
    tool = _tool("pdftotext")

    def run(pdf):
        return subprocess.run(
            [tool, "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60, text=True
        ).stdout

    return run
