"""Crash recovery never offers text older than the saved project (an autosave racing Save),
and the offer shows both times (issue 13, item 4)."""

from __future__ import annotations

import os
import time

import pytest
from ui_support import install_test_checks, small_document

from translator_gui.ui.recovery import RecoveryStore
from translator_gui.ui.window import MainWindow

DEAD_PID = 2**22 + 23456  # above Linux's pid_max default: never a running process


def _window(qtbot, tmp_path, monkeypatch, asked: list, document=None, pid=None) -> MainWindow:
    window = MainWindow(RecoveryStore(tmp_path / "recovery", pid))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    monkeypatch.setattr(window.recovery_control, "ask_restore",
                        lambda *args: asked.append(args) or True)
    qtbot.addWidget(window)
    if document is not None:
        window.set_document(document, [])
    return window


@pytest.fixture
def crashed(qtbot, tmp_path, monkeypatch):
    install_test_checks(monkeypatch)
    asked: list = []
    window = _window(qtbot, tmp_path, monkeypatch, asked, small_document(), pid=DEAD_PID)
    return window, asked


def test_an_autosave_finishing_after_save_is_not_offered(qtbot, tmp_path, monkeypatch,
                                                         crashed) -> None:
    window, asked = crashed
    old = small_document()
    # The autosave took its snapshot, then Save wrote the project (with newer text), then
    # the autosave worker finished writing the older snapshot: the race of the audit.
    taken_at = time.time() - 5
    window.document.segments[2].target = "Saved text."
    project = tmp_path / "job.tgp"
    assert window.files.save_to(str(project), wait=True)
    window.recovery.write(old, str(project), taken_at)
    assert window.recovery.exists()
    # the process dies; the next start must not bring the older text back
    survivor = _window(qtbot, tmp_path, monkeypatch, asked)
    assert not survivor.recovery_control.offer_recovery()
    assert asked == []
    assert not window.recovery.exists()  # discarded, not left to be offered again


def test_a_newer_autosave_is_offered_with_both_times(qtbot, tmp_path, monkeypatch,
                                                     crashed) -> None:
    window, asked = crashed
    project = tmp_path / "job.tgp"
    assert window.files.save_to(str(project), wait=True)
    saved_at = os.stat(project).st_mtime
    window.document.segments[2].target = "Typed after the save."
    window.recovery.write(window.document, str(project), saved_at + 3)
    survivor = _window(qtbot, tmp_path, monkeypatch, asked)
    assert survivor.recovery_control.offer_recovery()
    assert survivor.document.segments[2].target == "Typed after the save."
    assert len(asked) == 1
    autosaved_at, project_path, _name, project_saved_at = asked[0]
    assert (autosaved_at, project_path, project_saved_at) == (saved_at + 3, str(project),
                                                              saved_at)


def test_autosave_records_when_its_snapshot_was_taken(qtbot, crashed) -> None:
    import json

    window, _ = crashed
    window.changed_outside_undo = True
    before = time.time()
    with qtbot.waitSignal(window.autosaved, timeout=20000):
        window.recovery_control.autosave()
    note = json.loads(window.recovery.note_path.read_text(encoding="utf-8"))
    assert before <= note["saved_at"] <= time.time()


def test_an_autosave_due_during_a_bulk_recheck_is_taken_right_after_it(qtbot, crashed,
                                                                       monkeypatch) -> None:
    window, _ = crashed
    window.changed_outside_undo = True
    running = [True]
    monkeypatch.setattr(window.checking, "bulk_running", lambda: running[0])
    window.recovery_control.retry.setInterval(50)
    assert window.recovery_control.autosave() is None  # put off: no copy written meanwhile
    assert window.recovery_control.retry.isActive()
    assert not window.recovery.note_path.exists()
    running[0] = False
    with qtbot.waitSignal(window.autosaved, timeout=20000):
        pass  # the retry takes the copy once the re-check is done
    assert window.recovery.note_path.exists()


def test_the_document_scope_pass_waits_for_an_autosave_being_written(qtbot, crashed,
                                                                     monkeypatch) -> None:
    """One worker at a time beside the window: the document-scope pass after a bulk edit
    starts once the autosave taken right after the re-check is written."""
    window, _ = crashed
    checking = window.checking
    monkeypatch.setattr(window.review, "has_document_checks", lambda: True)
    writing = [True]
    monkeypatch.setattr(window.recovery_control, "writing", lambda: writing[0])
    checking.document_check_timer.stop()
    assert checking.check_document_in_background(full=False) is None
    assert checking.document_task is None
    assert checking.document_check_timer.isActive()  # asked again after its pause
    writing[0] = False
    checking.document_check_timer.stop()
    with qtbot.waitSignal(window.checks_finished, timeout=20000):
        task = checking.check_document_in_background(full=False)
        assert task is not None and checking.document_task is task


def test_the_post_edit_distance_waits_for_the_passes_and_the_autosave(qtbot, crashed,
                                                                      monkeypatch) -> None:
    from translator_gui.ui.controllers import status

    window, _ = crashed
    checking = window.checking
    started: list[str] = []
    monkeypatch.setattr(status, "run_task", lambda *args, **kwargs: started.append(
        kwargs.get("name", "")))
    # the document-scope pass after edits is waited for; the full check after opening is not
    checking.document_task, checking.document_task_full = object(), False  # type: ignore[assignment]
    assert checking.passes_running()
    checking.document_task_full = True
    assert not checking.passes_running()
    checking.document_task_full = False
    window._distance_timer.stop()
    window.status.update_distance()
    assert started == [] and window._distance_timer.isActive()
    checking.document_task = None
    assert not checking.passes_running()
    monkeypatch.setattr(window.recovery_control, "writing", lambda: True)
    window._distance_timer.stop()
    window.status.update_distance()
    assert started == [] and window._distance_timer.isActive()
    monkeypatch.setattr(window.recovery_control, "writing", lambda: False)
    window._distance_timer.stop()
    window.status.update_distance()
    assert started == ["post-edit distance"]
    assert not window._distance_timer.isActive()


def test_an_autosave_waits_for_the_document_pass_but_not_for_long(qtbot, crashed,
                                                                  monkeypatch) -> None:
    from translator_gui.ui.controllers import recovery

    window, _ = crashed
    window.changed_outside_undo = True
    control = window.recovery_control
    monkeypatch.setattr(window.checking, "passes_running", lambda: True)
    clock = [1000.0]
    control.clock = lambda: clock[0]
    assert control.autosave() is None  # put off while the document-scope pass runs
    assert control.retry.isActive()
    clock[0] += recovery.PASS_WAIT_SECONDS - 1
    control.retry.stop()
    assert control.autosave() is None
    assert control.retry.isActive()
    clock[0] += 1  # waited long enough: a translator typing on keeps starting passes
    control.retry.stop()
    with qtbot.waitSignal(window.autosaved, timeout=20000):
        assert control.autosave() is not None
    assert window.recovery.note_path.exists()


def test_an_autosave_waits_for_the_consistency_groups_being_worked_out(qtbot, crashed,
                                                                      monkeypatch) -> None:
    window, _ = crashed
    window.changed_outside_undo = True
    control = window.recovery_control
    running = [True]
    monkeypatch.setattr(window.consistency, "running", lambda: running[0])
    assert not window.checking.passes_running()
    assert control.autosave() is None  # two workers beside the window: it waits
    assert control.retry.isActive()
    running[0] = False
    control.retry.stop()
    with qtbot.waitSignal(window.autosaved, timeout=20000):
        assert control.autosave() is not None


def test_the_document_scope_pass_lets_an_autosave_put_off_go_first(qtbot, crashed,
                                                                  monkeypatch) -> None:
    """After a bulk re-check, the autosave put off by it is taken before the document-scope
    pass starts, whichever timer fires first."""
    window, _ = crashed
    window.changed_outside_undo = True
    checking, control = window.checking, window.recovery_control
    monkeypatch.setattr(window.review, "has_document_checks", lambda: True)
    running = [True]
    monkeypatch.setattr(checking, "bulk_running", lambda: running[0])
    assert control.autosave() is None and control.due()
    running[0] = False  # the re-check is done; the pass's timer fires before the retry
    checking.document_check_timer.stop()
    assert checking.check_document_in_background(full=False) is None
    assert checking.document_task is None and checking.document_check_timer.isActive()
    control.retry.stop()
    assert not control.due()
    with qtbot.waitSignal(window.autosaved, timeout=20000):
        assert control.autosave() is not None
    checking.document_check_timer.stop()
    with qtbot.waitSignal(window.checks_finished, timeout=20000):
        assert checking.check_document_in_background(full=False) is not None


def _autosave_on_a_clock(crashed, monkeypatch, **states: bool):
    """The window with unsaved changes, its recovery control on a clock the test moves, and
    the checking controller's `states` (passes_running, taking_in…) as flags the test sets."""
    window, _ = crashed
    window.changed_outside_undo = True
    control = window.recovery_control
    clock = [1000.0]
    control.clock = lambda: clock[0]
    flags = dict(states)
    for name in flags:
        monkeypatch.setattr(window.checking, name, lambda name=name: flags[name])
    return window, control, clock, flags


def test_an_autosave_waits_for_results_being_taken_in_even_past_its_wait(qtbot, crashed,
                                                                        monkeypatch) -> None:
    from translator_gui.ui.controllers import recovery

    window, control, clock, flags = _autosave_on_a_clock(
        crashed, monkeypatch, passes_running=True, taking_in=False)
    assert control.autosave() is None  # the document pass runs: put off
    clock[0] += recovery.PASS_WAIT_SECONDS + 1  # waited long enough for the pass...
    flags["taking_in"] = True  # ...but its results are being taken in on the GUI thread
    control.retry.stop()
    assert control.autosave() is None and control.retry.isActive()
    flags["taking_in"] = flags["passes_running"] = False
    control.retry.stop()
    with qtbot.waitSignal(window.autosaved, timeout=20000):
        assert control.autosave() is not None


def test_a_bulk_recheck_starts_the_autosave_wait_for_passes_afresh(qtbot, crashed,
                                                                  monkeypatch) -> None:
    from translator_gui.ui.controllers import recovery

    window, control, clock, flags = _autosave_on_a_clock(
        crashed, monkeypatch, bulk_running=False, passes_running=True)
    assert control.autosave() is None  # a pass: the wait begins
    flags["bulk_running"] = True
    clock[0] += recovery.PASS_WAIT_SECONDS + 60  # a long re-check
    assert control.autosave() is None
    flags["bulk_running"] = False  # the pass after it: a wait of its own, not one begun before
    control.retry.stop()
    assert control.autosave() is None and control.retry.isActive()
