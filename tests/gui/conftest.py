"""GUI tests: QSettings() anywhere (also in views) writes pmdesk's INI file in the test's
PMDESK_CONFIG_DIR, never the real user's settings."""

import pytest

from pmdesk.ui.settings import use_pmdesk_settings


@pytest.fixture(autouse=True)
def _pmdesk_settings(qapp, _isolated_home):
    qapp.setOrganizationName("pmdesk")
    qapp.setApplicationName("pmdesk")
    use_pmdesk_settings()
    yield
