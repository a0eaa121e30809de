"""The Terminology pane: the current segment's terms, Ctrl+Shift+T, import and export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_support import install_test_checks

from translator_gui.core.checks.base import check_document
from translator_gui.core.glossary import SegmentTerm, add_term, load_entries
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.ui.recovery import RecoveryStore
from translator_gui.ui.segment_model import Column
from translator_gui.ui.terminology_panel import TerminologyPanel
from translator_gui.ui.window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WAIT = 20000


def test_the_pane_lists_terms_with_their_translation_and_presence(qtbot):
    panel = TerminologyPanel()
    qtbot.addWidget(panel)
    panel.show_terms([
        SegmentTerm("Conseil de sécurité", 3, 22, "Security Council", ("UNSC",), True, "bundled"),
        SegmentTerm("zone euro", 29, 38, "euro area", (), False, "client.csv")])
    assert panel.rows() == [
        ("Conseil de sécurité", "Security Council  (also: UNSC)", "✓", "termbase"),
        ("zone euro", "euro area", "✗", "client.csv")]
    assert not panel.empty_label.isVisibleTo(panel)
    panel.show_terms([])
    assert panel.rows() == []
    assert panel.empty_label.isVisibleTo(panel)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    install_test_checks(monkeypatch)
    document = ReviewDocument([
        Segment(0, "Le Conseil de sécurité se réunit.", "The Council meets.",
                "The Council meets."),
        Segment(1, "Le sommet a eu lieu à Pékin.", "The summit took place in Peking.",
                "The summit took place in Peking."),
    ], "fr", "en")
    document.checks.glossaries = [str(tmp_path / "project.glossary.csv")]
    window = MainWindow(RecoveryStore(tmp_path / "recovery", 2**22 + 7))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(document, check_document(document))
    return window


def _refreshed(qtbot, window):
    qtbot.waitUntil(lambda: not window.terminology.refresh_timer.isActive(), timeout=WAIT)
    window.terminology.refresh()
    if window.terminology.building is not None:  # the termbase is read on a worker first
        qtbot.waitUntil(lambda: window.terminology.building is None, timeout=WAIT)
        window.terminology.refresh()
    return window.terminology_panel.rows()


def test_the_pane_follows_the_current_segment(qtbot, window):
    window.go_to_row(0)
    rows = _refreshed(qtbot, window)
    assert [(r[0], r[1].split("  ")[0], r[2]) for r in rows] == [
        ("Conseil de sécurité", "Security Council", "✗")]
    window.go_to_row(1)
    assert [r[0] for r in _refreshed(qtbot, window)] == ["Pékin"]


def _select(window, row: int, column: Column, words: str) -> None:
    window.go_to_row(row, column)
    editor = window.current_editor()
    assert editor is not None
    text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(text.index(words))
    cursor.setPosition(text.index(words) + len(words), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_ctrl_shift_t_adds_the_words_selected_on_each_side(qtbot, window, tmp_path):
    _select(window, 1, Column.SOURCE, "sommet")
    _select(window, 1, Column.TARGET, "summit")
    assert window.add_term_action.shortcut().toString() == "Ctrl+Shift+T"
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        window.add_term_action.trigger()  # a glossary change re-checks the document
    entries = load_entries(tmp_path / "project.glossary.csv")
    assert [(e.approved["fr"], e.approved["en"]) for e in entries] == [("sommet", "summit")]
    assert ("sommet", "summit", "✓", "project.glossary.csv") in _refreshed(qtbot, window)


def test_one_side_selected_asks_for_the_other(qtbot, window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(window.terminology, "ask_term",
                        lambda s, t: asked.append((s, t)) or (s, "Security Council"))
    _select(window, 0, Column.SOURCE, "Conseil de sécurité")
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    window.terminology.add_term()
    assert asked == [("Conseil de sécurité", "")]
    entries = load_entries(tmp_path / "project.glossary.csv")
    assert [(e.approved["fr"], e.approved["en"]) for e in entries] == [
        ("Conseil de sécurité", "Security Council")]


def test_import_and_export(qtbot, window, tmp_path):
    client = tmp_path / "client.csv"
    add_term(client, "réunion", "session")
    window.terminology.import_glossary(str(client))
    assert window.document.checks.glossaries[-1] == str(client.resolve())
    add_term(tmp_path / "project.glossary.csv", "Pékin", "Beijing")
    window.terminology.export_glossary(str(tmp_path / "out.tbx"))
    assert [(e.approved["fr"], e.approved["en"]) for e in load_entries(tmp_path / "out.tbx")] \
        == [("Pékin", "Beijing")]


def test_the_termbase_is_built_off_the_gui_thread(qtbot, window, monkeypatch):
    """The first segment shown used to build the termbase (1–2 s) on the GUI thread: the pane
    now says it is reading it and fills in when a worker has built it."""
    import threading

    from translator_gui.core import termbase as termbase_module
    from translator_gui.ui.controllers import terminology

    built_on: list[threading.Thread] = []
    real = termbase_module.termbase_for

    def recording(*args, **kwargs):
        built_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(terminology, "termbase_for", recording)
    monkeypatch.setattr(terminology, "termbase_if_built", lambda *args: None)
    window.go_to_row(0)
    qtbot.waitUntil(lambda: not window.terminology.refresh_timer.isActive(), timeout=WAIT)
    window.terminology.refresh()
    panel = window.terminology_panel
    assert panel.rows() == []
    assert panel.empty_label.text() == "Reading the termbase…"
    qtbot.waitUntil(lambda: window.terminology.building is None, timeout=WAIT)
    assert built_on and threading.main_thread() not in built_on
    monkeypatch.setattr(terminology, "termbase_if_built", termbase_module.termbase_if_built)
    row = _refreshed(qtbot, window)[0]
    assert (row[0], row[1].split("  ")[0], row[2]) == ("Conseil de sécurité", "Security Council",
                                                       "✗")
    assert panel.empty_label.text() == "No termbase or glossary term in this segment."
