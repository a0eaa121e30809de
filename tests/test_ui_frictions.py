"""Frictions of a day's review in the window (issue 13): F8 through both sides, undo steps
the size of one stretch of typing, the issue's words in full, opening that validates first,
saving off the GUI thread, a small window that still shows the texts."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from test_ui_window import (  # noqa: F401 - the autouse fixture works by being imported
    DEAD_PID,
    WAIT,
    _no_worker_outlives_its_test,
    editor_of,
    make_window,
)
from ui_support import install_test_checks, small_document

from translator_gui.ui import editor as editor_module
from translator_gui.ui import errors
from translator_gui.ui.segment_model import Column

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
    window = make_window(qtbot, tmp_path, monkeypatch, small_document(), pid=DEAD_PID)
    # F8 and Ctrl+Z are the window's shortcuts: they answer only once it is the active window,
    # which on a loaded machine can come after the test's first key (lost: F8 did nothing).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    return window


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


def landed(window) -> tuple[int, str, str]:
    editor = window.current_editor()
    return window.current_row(), editor.side, editor.textCursor().selectedText()


def test_f8_visits_the_source_issues_of_the_segment_it_starts_in(qtbot, review):
    window = review
    editor = editor_of(window, 1)  # the target, cursor at its start; the source has "  "
    qtbot.keyClick(editor, Qt.Key.Key_F8)
    assert landed(window) == (1, "source", "  ")
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_F8)
    assert landed(window) == (3, "target", "actually")
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert landed(window) == (1, "source", "  ")
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert landed(window) == (0, "target", "actually")
    # from the start of a target, Shift+F8 goes back through its own segment's source first
    qtbot.keyClick(editor_of(window, 1), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert landed(window) == (1, "source", "  ")


def test_f8_does_not_pass_over_an_issue_at_the_start_of_the_target(qtbot, review):
    window = review
    window.model.set_text(0, "target", "actually, the project is under way.")
    # The edit's re-check and the document pass it schedules (1.5 s later) finish first: one
    # landing after F8 reopened the editor under the keypress and lost its selection.
    qtbot.waitUntil(window.checking.idle, timeout=WAIT)
    assert [(i.start, i.end) for i in window.model.issues_of(0)] == [(0, 8)]
    qtbot.keyClick(editor_of(window, 0), Qt.Key.Key_F8)
    assert landed(window) == (0, "target", "actually")


def test_the_issue_f8_lands_on_is_spelt_out_under_the_grid(qtbot, review):
    window = review
    qtbot.keyClick(editor_of(window, 0), Qt.Key.Key_F8)
    note = window.issue_note
    assert note.isVisible()
    assert note.text() == ("<b style='color:#f07f0c'>Major</b> · Accuracy/Mistranslation · "
                           "“actuellement” means currently — Suggestion: <b>currently</b> "
                           "(Alt+Enter) <i style='color:gray'>test-false-friend</i>")
    editor_of(window, 4)  # elsewhere: the note goes
    assert not note.isVisible()


def test_one_undo_step_per_stretch_of_typing(qtbot, review, monkeypatch):
    window = review
    now = [1000.0]
    monkeypatch.setattr(editor_module, "_clock", lambda: now[0], raising=False)
    control = Qt.KeyboardModifier.ControlModifier
    segment = window.document.segments[2]
    draft = segment.target
    editor = editor_of(window, 2)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " Really.")  # one stretch of typing: one step
    assert window.undo_stack.count() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Home, control)  # the cursor jumps: a new step
    qtbot.keyClicks(editor, "So. ")
    assert window.undo_stack.count() == 2
    now[0] += 5  # a pause: a new step, though the cursor stayed where the typing left it
    qtbot.keyClicks(editor, "Yes. ")
    assert window.undo_stack.count() == 3
    assert segment.target == "So. Yes. " + draft + " Really."
    qtbot.keyClick(editor, Qt.Key.Key_Z, control)  # undoes the last stretch only
    assert segment.target == "So. " + draft + " Really."
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Z, control)
    assert segment.target == draft + " Really."
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Z, control)
    assert segment.target == draft


def test_typing_after_a_fix_or_a_click_is_a_step_of_its_own(qtbot, review, monkeypatch):
    window = review
    monkeypatch.setattr(editor_module, "_clock", lambda: 1000.0, raising=False)  # no pause
    editor = editor_of(window, 0)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " Soon")
    qtbot.keyClick(editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # "actually"
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(window.current_editor(), " still")
    segment = window.document.segments[0]
    assert segment.target == "The project is currently still under way. Soon"
    assert window.undo_stack.count() == 3  # typing, the fix, typing
    editor = window.current_editor()
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    qtbot.keyClicks(editor, "X")
    assert window.undo_stack.count() == 4
    window.undo()
    assert segment.target == "The project is currently still under way. Soon"


def test_opening_validates_the_file_before_asking_to_save(qtbot, tmp_path, review,
                                                          monkeypatch, shown):
    window = review
    window.model.set_text(0, "target", "Work in progress.")
    window.changed_outside_undo = True
    answers = ["cancel"]
    asked: list[str] = []
    monkeypatch.setattr(window.files, "ask_save_changes",
                        lambda: asked.append(window.files.document_name()) or answers.pop(0))
    bad = tmp_path / "broken.tgp"
    bad.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(window.load_failed, timeout=WAIT):
        window.files.open_path(str(bad))
    assert asked == [] and "broken.tgp" in shown[-1][2]  # refused, nothing asked
    good = tmp_path / "texte.txt"
    good.write_text("Le projet est en cours. Il a commencé en 2023.\n", encoding="utf-8")
    with qtbot.waitSignal(window.load_failed, timeout=WAIT):
        window.files.open_path(str(good))  # it opens; the translator then says Cancel
    assert asked == ["Untitled"] and window.document.segments[0].target == "Work in progress."
    answers.append("discard")
    with qtbot.waitSignal(window.document_loaded, timeout=WAIT):
        window.files.open_path(str(good))
    assert [s.source for s in window.document.segments] == ["Le projet est en cours.",
                                                            "Il a commencé en 2023."]


def test_a_small_window_gives_its_room_to_the_texts(qtbot, review, monkeypatch):
    window = review  # 1200 x 800, the panels at their usual sizes
    asked: list[tuple[list[str], list[int], Qt.Orientation]] = []
    monkeypatch.setattr(window, "resizeDocks", lambda docks, sizes, orientation: asked.append(
        ([d.objectName() for d in docks], list(sizes), orientation)))
    # (the offscreen platform does not lay docks out; the window's request is what counts)
    monkeypatch.setattr(window, "width", lambda: 640)
    monkeypatch.setattr(window, "height", lambda: 420)
    window.panels.keep_the_texts_wide()
    side = sorted(d.objectName() for d in window.panels.docks_in(Qt.DockWidgetArea.RightDockWidgetArea))
    bottom = [d.objectName() for d in window.panels.docks_in(Qt.DockWidgetArea.BottomDockWidgetArea)]
    assert side == ["matches_dock", "terminology_dock"] and bottom
    requested = {tuple(sorted(names)): (sizes, orientation) for names, sizes, orientation in asked}
    assert requested[tuple(side)] == ([160, 160], Qt.Orientation.Horizontal)  # a quarter
    if max(d.height() for d in window.panels.docks_in(Qt.DockWidgetArea.BottomDockWidgetArea)) > 140:
        assert requested[tuple(sorted(bottom))] == ([140] * len(bottom), Qt.Orientation.Vertical)
    # the side panel's buttons no longer hold it wide: what does not fit goes under »
    panel = window.terminology_panel
    buttons = sum(b.sizeHint().width() for b in (panel.add_button, panel.import_button,
                                                   panel.export_button))
    assert panel.minimumSizeHint().width() < buttons


def test_a_narrow_grid_leaves_out_the_post_edit_column(qtbot, review):
    view = review.view
    assert not view.isColumnHidden(Column.DISTANCE)
    review.resize(640, 420)
    qtbot.waitUntil(lambda: view.isColumnHidden(Column.DISTANCE), timeout=WAIT)
    review.resize(1200, 800)  # room again: the column comes back
    qtbot.waitUntil(lambda: not view.isColumnHidden(Column.DISTANCE), timeout=WAIT)
    # the # column is as wide as the document's numbers need, not five digits
    assert view.columnWidth(Column.NUMBER) < view.fontMetrics().horizontalAdvance("99999") + 20


@pytest.fixture
def slow_disk(monkeypatch):
    """save_project waits for `release` before writing: a save of a very large project."""
    from translator_gui.core import project

    release = threading.Event()
    real = project.save_project

    def save_project(document, path):
        assert release.wait(30), "the test never released the save"
        real(document, path)

    monkeypatch.setattr(project, "save_project", save_project)
    return release


def test_save_writes_on_a_worker_and_the_window_goes_on(qtbot, tmp_path, review, slow_disk):
    window = review
    path = tmp_path / "job.tgp"
    editor = editor_of(window, 2)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Saved.")
    assert window.files.save_to(str(path))  # returns at once: the worker waits for the disk
    assert not path.exists() and window.files.is_saving()
    assert window.statusBar().currentMessage() == "Saving job.tgp…"
    assert not window.files.save_to(str(path))  # a second save waits its turn
    window.changed_outside_undo = True
    assert window.recovery_control.autosave() is None  # no autosave racing the save
    qtbot.keyClicks(window.current_editor(), " Typed while saving.")  # the window answers
    with qtbot.waitSignal(window.saved, timeout=WAIT):
        slow_disk.set()
    from translator_gui.core.project import load_project
    assert load_project(path).segments[2].target.endswith("two days. Saved.")  # the copy
    assert window.is_modified()  # what was typed during the save is not in the file
    assert window.statusBar().currentMessage() == "Saved job.tgp"


def test_a_save_that_fails_leaves_the_work_unsaved_and_says_so(qtbot, tmp_path, review,
                                                                shown, monkeypatch):
    from translator_gui.core import project
    from translator_gui.core.model import InputError

    def refuse(_document, path):
        raise InputError(str(path), "could not save the project (disk full)")

    monkeypatch.setattr(project, "save_project", refuse)
    window = review
    window.model.set_text(0, "target", "Changed.")
    window.changed_outside_undo = True
    assert window.files.save_to(str(tmp_path / "full.tgp"))
    qtbot.waitUntil(lambda: not window.files.is_saving(), timeout=WAIT)
    assert shown and "disk full" in shown[-1][2]
    assert window.is_modified() and window.project_path is None


def test_an_autosave_overtaken_by_a_save_leaves_no_recovery_file(qtbot, tmp_path, review,
                                                                  monkeypatch):
    window = review
    release = threading.Event()
    real_write = window.recovery.write

    def slow_write(*args, **kwargs):
        assert release.wait(30)
        real_write(*args, **kwargs)

    monkeypatch.setattr(window.recovery, "write", slow_write)
    window.model.set_text(2, "target", "Older text.")
    window.changed_outside_undo = True
    assert window.recovery_control.autosave() is not None  # its copy: "Older text."
    window.model.set_text(2, "target", "Newer text.")
    assert window.files.save_to(str(tmp_path / "job.tgp"), wait=True)
    with qtbot.waitSignal(window.autosaved, timeout=WAIT):
        release.set()  # the autosave lands after the save
    assert not window.recovery.exists()
