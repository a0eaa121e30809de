"""Frictions of a day's review in the window (issue 13): F8 through both sides, undo steps
the size of one stretch of typing, the issue's words in full, opening that validates first,
saving off the GUI thread, a small window that still shows the texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_window import (  # noqa: F401 - fixtures
    WAIT,
    _no_worker_outlives_its_test,
    dialogs,
    editor_of,
    make_window,
    window,
)

from translator_gui.ui.segment_model import Column

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_lone_english_text_opens_as_english_and_the_status_bar_says_so(qtbot, tmp_path,
                                                                           window):
    lone = tmp_path / "notes.txt"
    lone.write_text("The project is under way in the regions. It started in 2023 and it will "
                    "be finished by the end of the year.\n", encoding="utf-8")
    with qtbot.waitSignal(window.document_loaded, timeout=WAIT):
        window.files.open_path(str(lone))
    assert (window.document.source_language, window.document.target_language) == ("en", "fr")
    assert window.statusBar().currentMessage() == (
        "notes.txt reads as English, not French: checked as English")
