"""The app's English, as app.py installs it: plural forms come from workshop_en.qm."""

from __future__ import annotations

import pytest

from workshop.ui.translations import install_translators


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """Every UI test sees "1 card" and "2 cards", as a user does, not "1 card(s)"."""
    installed = install_translators(qapp, "en")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
