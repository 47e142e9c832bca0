"""The build scripts in packaging/ are not a package (the name is taken by PyPA's `packaging`):
tests load them from their files."""

import importlib.util
import pathlib
import sys

import pytest

PACKAGING = pathlib.Path(__file__).resolve().parents[3] / "packaging"


def load(relative: str):
    path = PACKAGING / relative
    name = "pmdesk_packaging_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules():
    return load("bundle_rules.py")


@pytest.fixture(scope="session")
def load_script():
    return load
