"""Frictions of a day's review in the window (issue 13): F8 through both sides, undo steps
the size of one stretch of typing, the issue's words in full, opening that validates first,
saving off the GUI thread, a small window that still shows the texts."""

from __future__ import annotations

import pytest
from test_ui_window import (  # noqa: F401 - the autouse fixture works by being imported
    DEAD_PID,
    WAIT,
    _no_worker_outlives_its_test,
    editor_of,
    make_window,
)
from ui_support import install_test_checks, small_document

from translator_gui.ui import errors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def shown(monkeypatch):
    """Messages that would pop up, collected instead of shown."""
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "_dialog_hook", lambda *message: messages.append(message))
    return messages


@pytest.fixture
def review(qtbot, tmp_path, monkeypatch, shown):
    """The window on the small document, with the stand-in checks."""
    install_test_checks(monkeypatch)
    return make_window(qtbot, tmp_path, monkeypatch, small_document(), pid=DEAD_PID)


def test_a_lone_english_text_opens_as_english_and_the_status_bar_says_so(qtbot, tmp_path,
                                                                           review):
    window = review
    lone = tmp_path / "notes.txt"
    lone.write_text("The project is under way in the regions. It started in 2023 and it will "
                    "be finished by the end of the year.\n", encoding="utf-8")
    with qtbot.waitSignal(window.document_loaded, timeout=WAIT):
        window.files.open_path(str(lone))
    assert (window.document.source_language, window.document.target_language) == ("en", "fr")
    assert window.statusBar().currentMessage() == (
        "notes.txt reads as English, not French: checked as English")
