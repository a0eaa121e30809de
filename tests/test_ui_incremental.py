"""Results taken in by parts: the issues panel updates the rows of the segments whose issues
changed (never a reset for a re-check or a document pass), and the checking controller takes
a pass's results in slices; either way the issues equal those of a fresh full check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from test_ui_window import WAIT, dialogs, make_window  # noqa: F401 - a fixture
from ui_support import PAIRS, install_test_checks

from translator_gui.core.checks import base as base_check
from translator_gui.core.checks.base import check_document
from translator_gui.core.model import Bead, ReviewDocument, Segment
from translator_gui.ui.issues_panel import RowCounts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PEKING = "The meeting took place in Peking. It lasted two days."


def _sixty_segments() -> ReviewDocument:
    segments = [Segment(index, PAIRS[index % 5][0], PAIRS[index % 5][1], PAIRS[index % 5][1],
                        bead=Bead([index], [index], 0.9)) for index in range(60)]
    return ReviewDocument(segments, "fr", "en")


def _keys(issues) -> list[tuple[int, str, str, int, int]]:
    return [(i.segment, i.check, i.side, i.start, i.end) for i in issues]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, dialogs):  # noqa: F811
    install_test_checks(monkeypatch)
    window = make_window(qtbot, tmp_path, monkeypatch, _sixty_segments())
    window.issues_panel.refresh()
    return window


def test_row_counts_give_where_each_segment_starts():
    counts = RowCounts([2, 0, 3, 1, 0, 4])
    assert [counts.start(p) for p in range(7)] == [0, 2, 2, 5, 6, 6, 10]
    counts.add(1, 2)
    counts.add(5, -4)
    assert [counts.start(p) for p in range(7)] == [0, 2, 4, 7, 8, 8, 8]
    assert counts.counts == [2, 2, 3, 1, 0, 0]


def test_a_bulk_edit_and_its_document_pass_update_the_panel_without_a_reset(qtbot, window,
                                                                           monkeypatch):
    from translator_gui.ui.controllers import checking
    monkeypatch.setattr(checking, "SLICE", 3)  # the results come in over several turns
    panel = window.issues_panel
    resets, moved = [], []
    panel.model.modelReset.connect(lambda: resets.append(True))
    panel.model.rowsInserted.connect(lambda _parent, first, last: moved.append(("+", first, last)))
    panel.model.rowsRemoved.connect(lambda _parent, first, last: moved.append(("-", first, last)))
    changes = [(i, PEKING) for i in range(2, 60, 5) if i != 32]  # one Beijing left: 32
    changes += [(i, "The project is currently under way.") for i in range(0, 60, 5)]
    changes += [(i, "The experts are currently in Geneva.") for i in range(3, 60, 5)]
    window.repair.replace_in_targets(changes, "Replace")
    window.checking.recheck_timer.stop()
    window.checking.recheck_pending()
    assert window.checking.bulk_task is not None
    qtbot.waitUntil(lambda: window.checking.idle() and not panel.pending(), timeout=WAIT)
    expected = check_document(window.document)
    assert _keys(window.review.all_issues()) == _keys(expected)
    assert _keys(panel.model.issues) == _keys(expected)
    assert resets == []
    # the false friends went one by one and the Peking issues came one by one
    assert len([m for m in moved if m[0] == "-"]) == 24
    assert len([m for m in moved if m[0] == "+"]) == 11
    assert panel.count_label.text() == f"{len(expected)} issues"
    assert [panel.check_box.itemData(i) for i in range(panel.check_box.count())] == [
        "All", "test-double-space", "test-name-consistency"]


def test_the_selected_issue_stays_selected_while_others_change(qtbot, window):
    panel = window.issues_panel
    chosen = window.review.issues_of(11)[0]
    assert panel.select_issue(chosen)
    window.repair.replace_in_targets([(0, "The project is currently under way."),
                                      (3, "The experts are currently in Geneva.")], "Replace")
    qtbot.waitUntil(lambda: window.checking.idle() and not panel.pending(), timeout=WAIT)
    assert window.review.issues_of(0) == []
    assert panel.current_issue() == chosen
    assert panel.view.currentIndex().row() == panel.proxy.mapFromSource(
        panel.model.index(_keys(panel.model.issues).index(_keys([chosen])[0]), 0)).row()


def test_a_filter_applies_to_rows_that_come_in(qtbot, window):
    panel = window.issues_panel
    panel.set_filter("check", "test-name-consistency")
    assert panel.proxy.rowCount() == 0
    window.repair.replace_in_targets([(7, PEKING), (12, PEKING)], "Peking")
    qtbot.waitUntil(lambda: window.checking.idle() and not panel.pending(), timeout=WAIT)
    shown = [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]
    assert shown == ["8", "13"]
    assert panel.proxy.parent(QModelIndex()) == QModelIndex()


def test_a_merge_rebuilds_the_list_and_its_numbers(qtbot, window):
    panel = window.issues_panel
    assert window.repair.merge_with_next(0)
    qtbot.waitUntil(lambda: window.checking.idle() and not panel.pending(), timeout=WAIT)
    assert _keys(panel.model.issues) == _keys(window.review.all_issues())
    row = _keys(panel.model.issues).index(_keys(window.review.issues_of(6))[0])
    assert panel.model.index(row, 0).data() == "6"  # segment 6 is the 6th row now


def test_a_document_pass_is_taken_in_over_several_turns(qtbot, window, monkeypatch):
    from translator_gui.ui.controllers import checking
    monkeypatch.setattr(checking, "SLICE", 2)
    monkeypatch.setattr(checking, "BUDGET_SECONDS", 0.0)  # one slice per turn of the loop
    turns: list[int] = []
    original = window.checking._take_in

    def counted() -> None:
        turns.append(len(window.checking._intake))
        original()

    monkeypatch.setattr(window.checking, "_take_in", counted)
    window.checking.apply_timer.timeout.disconnect()
    window.checking.apply_timer.timeout.connect(counted)
    changes = [(i, PEKING) for i in range(2, 60, 5) if i != 32]
    window.repair.replace_in_targets(changes, "Peking")
    window.checking.recheck_timer.stop()
    window.checking.recheck_pending()
    qtbot.waitUntil(lambda: window.checking.idle() and not window.issues_panel.pending(),
                    timeout=WAIT)
    assert _keys(window.review.all_issues()) == _keys(check_document(window.document))
    # 11 re-checked segments, then the pass's targets (every segment with issues), by twos
    assert len(turns) >= 6 + len(window.review.document_scope_targets(
        window.review.prepare_document_scope().run())) // 2


def test_a_full_check_drops_what_is_left_of_an_older_document_pass(qtbot, window):
    from translator_gui.ui.controllers.checking import Intake

    applied: list[list[int]] = []
    checking = window.checking
    checking.apply_timer.stop()
    checking._intake.append(Intake("document", applied.append, [0, 1, 2]))
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        checking.check_document_in_background(full=True)
    qtbot.waitUntil(checking.idle, timeout=WAIT)
    assert applied == []
    assert _keys(window.review.all_issues()) == _keys(check_document(window.document))


def test_the_panel_follows_typing_after_a_pause(qtbot, window, monkeypatch):
    """While issues keep changing (typing), the list waits for a pause in the changes; it
    shows them once the pause comes, or after UPDATE_MAX_WAIT_SECONDS at the latest."""
    from translator_gui.ui import issues_panel

    panel = window.issues_panel
    segment = window.document.segments[2]
    other = window.review.issues_of(window.document.segments[0].id)[0]
    moved = [other.__class__(**{**other.__dict__, "segment": segment.id, "start": start,
                                "end": start + 3}) for start in range(0, 6)]
    window.review.set_issues(segment.id, [moved[0]])
    assert panel.pending() and moved[0] not in panel.model.issues  # not at once
    qtbot.waitUntil(lambda: not panel.pending(), timeout=WAIT)
    assert moved[0] in panel.model.issues
    monkeypatch.setattr(issues_panel, "UPDATE_MAX_WAIT_SECONDS", 0.0)
    window.review.set_issues(segment.id, [moved[1]])
    window.review.set_issues(segment.id, [moved[2]])  # past the longest wait: no new delay
    qtbot.waitUntil(lambda: not panel.pending(), timeout=WAIT)
    assert [i for i in panel.model.issues if i.segment == segment.id] == [moved[2]]


class _ParsedMeeting(base_check.Check):
    """A parse-based stand-in: flags « réunion » in the source when the target lacks
    "meeting" (a parse would tell; here a word is enough)."""

    id = "test-parsed-meeting"
    name = "Meeting (test, parse-based)"
    description = "réunion is a meeting"
    category = "Accuracy/Mistranslation"
    severity = base_check.Severity.MINOR
    needs_parse = True

    def wants_parse(self, text):
        return "réunion" in text

    def check_segment(self, context):
        at = context.segment.source.find("réunion")
        if at >= 0 and "meeting" not in context.segment.target:
            yield base_check.Finding("source", at, at + 7, "réunion is a meeting", hint="meeting")


class _Analyser:
    """The French model as the controller sees it, parsing nothing (the check needs none)."""

    loaded = tried = available = True

    def __init__(self):
        self.parsed: list[str] = []

    def cached(self, text):
        return text in self.parsed

    def prefetch(self, texts, batch_size=8):
        self.parsed += texts
        return len(texts)


def test_a_typed_edit_answers_with_the_quick_checks_then_the_parse_based_ones(
        qtbot, window, monkeypatch):
    """The checks needing no parse answer at once; the parse-based ones after a pause, their
    texts parsed on a worker: then the issues are those of a fresh full check."""
    from translator_gui.core import morphology

    monkeypatch.setitem(base_check._REGISTRY, _ParsedMeeting.id, _ParsedMeeting())
    analyser = _Analyser()
    monkeypatch.setattr(morphology, "french", lambda: analyser)
    window.set_document(_sixty_segments(), check_document(_sixty_segments()))
    analyser.parsed.clear()  # nothing parsed yet
    row = 2  # « La réunion a eu lieu à Pékin. » / "The meeting took place in Beijing."
    segment = window.document.segments[row]
    assert window.review.issues_of(segment.id) == []
    window.review.set_text(segment.id, "target", "The session took place in Beijing.")
    window.checking.recheck_timer.stop()
    window.checking.recheck_pending()
    assert window.review.issues_of(segment.id) == []  # the quick checks find nothing
    assert window.checking.parse_pending == {segment.id} and not window.checking.idle()
    with qtbot.waitSignal(window.rechecked, timeout=WAIT):
        pass  # the pause, the parse on a worker, then the full re-check
    assert window.checking.parse_task is None
    qtbot.waitUntil(window.checking.idle, timeout=WAIT)
    assert analyser.parsed == [segment.source]  # parsed on the worker, once
    expected = [i for i in check_document(window.document) if i.segment == segment.id]
    assert [(i.check, i.side, i.start, i.end) for i in expected] == [
        ("test-parsed-meeting", "source", 3, 10)]
    assert window.review.issues_of(segment.id) == expected
    # typing again: the parse-based issue stays (it still fits) until the pass after the pause
    window.review.set_text(segment.id, "target", "The meeting took place in Beijing.")
    window.checking.recheck_timer.stop()
    window.checking.recheck_pending()
    assert window.review.issues_of(segment.id) == expected
    qtbot.waitUntil(window.checking.idle, timeout=WAIT)
    assert window.review.issues_of(segment.id) == []


def test_what_follows_results_taken_in_runs_in_a_turn_of_its_own(qtbot, window):
    from translator_gui.ui.controllers.checking import Intake

    checking = window.checking
    qtbot.waitUntil(checking.idle, timeout=WAIT)
    events: list[str] = []
    checking._take_in_later(Intake("document", lambda ids: events.append(f"took {ids}"),
                                   [0, 1], lambda: events.append("then")))
    checking._intake.append(Intake("recheck", lambda ids: events.append(f"took {ids}"), [5]))
    checking._take_in()
    # the first intake's last slice ends the turn: its `then` and the next intake come after
    assert events == ["took [0, 1]"]
    assert not checking.idle() and checking.passes_running()
    qtbot.waitUntil(checking.idle, timeout=WAIT)
    assert events == ["took [0, 1]", "then", "took [5]"]


def test_what_follows_results_taken_in_is_dropped_with_the_document(qtbot, window):
    from translator_gui.ui.controllers.checking import Intake

    checking = window.checking
    qtbot.waitUntil(checking.idle, timeout=WAIT)
    events: list[str] = []
    checking._take_in_later(Intake("document", lambda ids: None, [0],
                                   lambda: events.append("then")))
    checking._take_in()
    checking.cancel_all()
    assert checking.idle()
    qtbot.wait(20)
    assert events == []
