"""The memory widgets: Concordance dialog, Matches pane, and the controller's writes and actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from translator_gui.core.checks.base import check_segment
from translator_gui.core.memory import MemorySegment, TranslationMemory
from translator_gui.core.model import ReviewDocument, Segment, Status
from translator_gui.core.review import ReviewSession
from translator_gui.ui.memory_panel import (
    FOUND_STYLE,
    ConcordanceDialog,
    MatchesPane,
    MemoryController,
    highlighted,
)
from translator_gui.ui.segment_model import SegmentModel


@pytest.fixture
def memory(tmp_path: Path):
    with TranslationMemory(tmp_path / "tm.sqlite") as opened:
        opened.add_many([
            MemorySegment("Le Conseil a adopté le budget annuel.",
                          "The Council adopted the annual budget.", "fr", "en", project="b",
                          date="2026-01-01T00:00:00Z"),
            MemorySegment("Un.", "The committee has taken a decision.", "fr", "en",
                          draft="The committee has took a decision."),
            MemorySegment("Deux.", "The minister has taken part.", "fr", "en",
                          draft="The minister has took part.")])
        yield opened


def test_highlighted_escapes_and_marks():
    assert highlighted("a <b> c", [(2, 5)], "X") == 'a <span style="X">&lt;b&gt;</span> c'


def test_concordance_dialog_shows_highlighted_hits(qtbot, memory):
    dialog = ConcordanceDialog(memory)
    qtbot.addWidget(dialog)
    hits = dialog.search("conseil")
    assert [h.segment.target for h in hits] == ["The Council adopted the annual budget."]
    assert dialog.summary.text() == "1 segment"  # the English catalogue's plural forms
    assert f'<span style="{FOUND_STYLE}">Conseil</span>' in dialog.results_html()


def test_concordance_dialog_searches_as_you_type(qtbot, memory):
    dialog = ConcordanceDialog(memory)
    qtbot.addWidget(dialog)
    dialog.query.setText("budg")
    qtbot.waitUntil(lambda: len(dialog.hits) == 1)


def test_concordance_without_memory_says_so(qtbot):
    dialog = ConcordanceDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.search("conseil") == []
    assert dialog.summary.text() == "No translation memory is open."


def test_matches_pane_shows_differences_and_inserts_with_a_key(qtbot, memory):
    pane = MatchesPane()
    qtbot.addWidget(pane)
    pane.set_memory(memory, "fr", "en")
    with qtbot.waitSignal(pane.matches_shown):
        pane.show_matches_for("Le Conseil a adopté le budget rectificatif.")
    [match] = pane.matches
    assert match.segment.target == "The Council adopted the annual budget."
    assert match.changed_spans() == [(30, 36)]
    assert "#f4b6b6" in pane.view.toHtml()  # the changed word is painted
    with qtbot.waitSignal(pane.insert_requested) as inserted:
        assert pane.insert_match(1)
    assert inserted.args == ["The Council adopted the annual budget."]
    assert not pane.insert_match(2)


def test_a_late_answer_for_another_segment_is_dropped(qtbot, memory):
    pane = MatchesPane()
    qtbot.addWidget(pane)
    pane.source = "current"
    pane.set_matches("older", memory.fuzzy("Le Conseil a adopté le budget annuel.", "fr", "en"))
    assert pane.matches == []


class FakeWindow(QMainWindow):
    """What the controller needs of a window."""

    def __init__(self, document: ReviewDocument) -> None:
        super().__init__()
        self.review = ReviewSession(document)
        self.model = SegmentModel(self.review)
        self.undo_stack = QUndoStack(self)
        self.row = 0
        self.project_path: str | None = None

    @property
    def document(self) -> ReviewDocument:
        return self.model.document

    def current_row(self) -> int:
        return self.row


def window_with(qtbot, path: Path, *targets: str) -> tuple[FakeWindow, MemoryController]:
    document = ReviewDocument([Segment(i, f"Phrase {i}.", t, t) for i, t in enumerate(targets)])
    window = FakeWindow(document)
    qtbot.addWidget(window)
    controller = MemoryController(window, path)
    qtbot.waitUntil(lambda: controller.memory is not None or controller.error is not None)
    return window, controller


def test_controller_gives_the_memory_to_the_checks(qtbot, memory):
    window, controller = window_with(qtbot, memory.path, "She has took the train.")
    assert window.document.memory is controller.memory
    [issue] = [i for i in check_segment(window.document, 0) if i.check == "memory-correction"]
    assert (issue.start, issue.end, issue.replacement) == (8, 12, "taken")
    controller.close()


def test_a_damaged_memory_leaves_the_document_usable(qtbot, tmp_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage" * 500)
    window, controller = window_with(qtbot, broken, "Text.")
    assert controller.memory is None and str(broken) in (controller.error or "")
    assert window.document.memory is None
    assert check_segment(window.document, 0) is not None  # checks still run


def test_confirmed_segments_are_written_off_the_gui_thread(qtbot, tmp_path):
    window, controller = window_with(qtbot, tmp_path / "new.sqlite", "One.", "Two.")
    window.review.set_status(0, Status.CONFIRMED)
    with qtbot.waitSignal(controller.remembered) as written:
        controller.statuses_changed()
    assert written.args == [1]
    assert [s.target for s in controller.memory.segments()] == ["One."]
    controller.statuses_changed()  # nothing new: nothing written
    window.review.set_status(1, Status.CONFIRMED)
    with qtbot.waitSignal(controller.remembered) as written:
        controller.project_saved("/somewhere/report.tgp")
    assert written.args == [2]  # both confirmed segments, now under the project's name
    assert {s.project for s in controller.memory.segments()} == {"untitled", "report"}
    controller.close()


def test_inserting_a_match_is_one_undoable_edit(qtbot, memory):
    window, controller = window_with(qtbot, memory.path, "Draft.")
    controller.insert_into_target("The Council adopted the annual budget.")
    assert window.document.segments[0].target == "The Council adopted the annual budget."
    window.undo_stack.undo()
    assert window.document.segments[0].target == "Draft."
    controller.close()


def test_issue_actions_apply_everywhere_glossary_and_forget(qtbot, memory):
    window, controller = window_with(qtbot, memory.path, "He has took it.", "Nothing here.",
                                     "They took part.")
    [issue] = [i for i in check_segment(window.document, 0) if i.check == "memory-correction"]
    assert controller.apply_everywhere(issue) == 2
    assert [s.target for s in window.document.segments] == [
        "He has taken it.", "Nothing here.", "They taken part."]
    window.undo_stack.undo()  # one step undoes every segment
    assert [s.target for s in window.document.segments] == [
        "He has took it.", "Nothing here.", "They took part."]
    glossary = controller.add_to_glossary(issue, source_term="pris")
    assert glossary is not None and str(glossary) in window.document.checks.glossaries
    assert glossary.read_text(encoding="utf-8") == (
        "source\ttarget\ten_deprecated\npris\ttaken\ttook\n")
    assert controller.forget(issue)
    assert [i for i in check_segment(window.document, 0) if i.check == "memory-correction"] == []
    controller.close()


def test_the_context_menu_offers_the_three_actions_for_memory_corrections(qtbot, memory):
    from PySide6.QtWidgets import QMenu

    window, controller = window_with(qtbot, memory.path, "He has took it.")
    issues = check_segment(window.document, 0)
    menu = QMenu(window)
    controller.extend_menu(menu, issues)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Apply this correction everywhere", "Add the correction to the glossary…",
        "Forget this correction"]
    menu.actions()[1].trigger()  # apply everywhere
    assert window.document.segments[0].target == "He has taken it."
    controller.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_review_window_remembers_confirmed_segments_and_offers_matches(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from translator_gui.ui.recovery import RecoveryStore
    from translator_gui.ui.window import MainWindow

    monkeypatch.setenv("TRANSLATOR_GUI_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow(RecoveryStore(tmp_path / "recovery"))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    qtbot.addWidget(window)
    window.show()
    controller = window.memory
    qtbot.waitUntil(lambda: controller.memory is not None, timeout=20000)
    assert controller.concordance_action.shortcut().toString() == "Ctrl+K"
    document = ReviewDocument([Segment(0, "Le chat dort sur le canapé.", "The cat sleep.",
                                       "The cat sleeps on the sofa."),
                               Segment(1, "Le chat dort sur le lit.", "The cat sleeps.",
                                       "The cat sleeps.")])
    window.set_document(document, [])
    assert window.document.memory is controller.memory
    with qtbot.waitSignal(controller.remembered, timeout=20000) as written:
        window.review.set_status(0, Status.CONFIRMED)
    assert written.args == [1]
    with qtbot.waitSignal(controller.pane.matches_shown, timeout=20000):
        window.go_to_row(1, edit=False)
        controller.current_segment_changed()
    assert [m.segment.target for m in controller.pane.matches] == ["The cat sleeps on the sofa."]
    assert controller.pane.insert_match(1)
    assert window.document.segments[1].target == "The cat sleeps on the sofa."
    dialog = controller.open_concordance()
    assert [h.segment.source for h in dialog.search("canape")] == ["Le chat dort sur le canapé."]
    dialog.close()
    assert QThreadPool.globalInstance().waitForDone(60000)
    controller.close()
