"""Test configuration: Qt runs offscreen, settings and recovery files go to a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_config_dir(tmp_path_factory, monkeypatch):
    # The window's settings, log and recovery file must never touch the real user folder.
    monkeypatch.setenv("TRANSLATOR_GUI_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    # ...nor the real translation memory (memory.sqlite in the user's data folder).
    monkeypatch.setenv("TRANSLATOR_GUI_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def _english_interface(request):
    # The window as it starts on an English system: its English catalogue (the plural forms,
    # "1 issue" / "2 issues") installed, whatever the machine running the tests speaks.
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from translator_gui.ui import i18n

        i18n.install_translators("en")
    yield
