"""GUI tests: QSettings() anywhere (also in views) writes pmdesk's INI file in the test's
PMDESK_CONFIG_DIR, never the real user's settings."""

import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk.core import localeformat, translation
from pmdesk.ui import language
from pmdesk.ui.settings import use_pmdesk_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _pmdesk_settings(qapp, _isolated_home):
    qapp.setOrganizationName("pmdesk")
    qapp.setApplicationName("pmdesk")
    use_pmdesk_settings()
    yield


# The interface languages for the tests that switch language (test_language and the walks).
@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory) -> Path:
    """The .qm files built from the .ts sources for this test run (as `make translations` does)."""
    folder = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        subprocess.run(
            [
                str(lrelease),
                "-silent",
                str(source),
                "-qm",
                str(folder / source.with_suffix(".qm").name),
            ],
            check=True,
            timeout=120,
        )
    return folder


@pytest.fixture
def speak(qapp, qm_folder):
    """speak("id") loads a language for one test; English again afterwards."""

    def load(code: str):
        return language.install_language(qapp, code, qm_folder)

    yield load
    language.install_language(qapp, "en")
    translation.set_translator(None)
    localeformat.set_default_locale(None)
