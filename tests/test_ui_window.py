"""The review window end to end, offscreen: edit, confirm, undo, fix, ignore, repair, find,
save, reopen, recover after a crash, and survive a bad file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402
from ui_support import install_test_checks, small_document  # noqa: E402

from translator_gui.core.checks.base import check_document  # noqa: E402
from translator_gui.core.model import Status  # noqa: E402
from translator_gui.core.repair import proportional_cut  # noqa: E402
from translator_gui.ui import errors  # noqa: E402
from translator_gui.ui.controllers.files import order_pair  # noqa: E402
from translator_gui.ui.controllers.recovery import RecoveryController  # noqa: E402
from translator_gui.ui.recovery import RecoveryStore  # noqa: E402
from translator_gui.ui.segment_model import Column  # noqa: E402
from translator_gui.ui.window import MainWindow  # noqa: E402

# the offscreen platform cannot resize docks to their hints nor raise windows; harmless there
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WAIT = 20000  # ms; generous for a loaded CI machine, never a sleep


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test():
    yield
    # a check still running on the pool after its window is gone would race the next test
    # (or the interpreter's exit)
    from PySide6.QtCore import QThreadPool

    from translator_gui.ui.workers import running_tasks
    for task in running_tasks():
        task.cancel()
    assert QThreadPool.globalInstance().waitForDone(60000)


@pytest.fixture
def dialogs(monkeypatch):
    """Messages that would pop up, collected instead of shown."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "_dialog_hook", lambda *message: shown.append(message))
    return shown


DEAD_PID = 2**22 + 12345  # above Linux's pid_max default: never a running process


def make_window(qtbot, tmp_path, monkeypatch, document=None, pid=None) -> MainWindow:
    window = MainWindow(RecoveryStore(tmp_path / "recovery", pid))
    # answers to the questions a translator would be asked
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    monkeypatch.setattr(window.recovery_control, "ask_restore", lambda *_: True)
    # the QA gate's questions (confirming with major issues, exporting with open ones): yes
    monkeypatch.setattr(window.qa_gate, "ask_confirm", lambda _text: True)
    monkeypatch.setattr(window.qa_gate, "ask_export", lambda _text: True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    if document is not None:
        window.set_document(document, check_document(document))
    return window


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, dialogs):
    install_test_checks(monkeypatch)
    # its recovery files are named as if by another process, so that a second window in this
    # test process sees them as a crashed session's
    return make_window(qtbot, tmp_path, monkeypatch, small_document(), pid=DEAD_PID)


def editor_of(window, row, column=Column.TARGET):
    window.go_to_row(row, column)
    editor = window.current_editor()
    assert editor is not None
    return editor


def test_editing_the_target_in_place_updates_document_and_title(qtbot, window):
    editor = editor_of(window, 2)
    assert window.document.segments[2].source in window.model.index(2, Column.SOURCE).data()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Really.")
    segment = window.document.segments[2]
    assert segment.target.endswith("two days. Really.")
    assert segment.status == Status.EDITED
    assert window.isWindowModified()
    assert window.undo_stack.count() == 1  # typing merged into one step
    window.undo_stack.undo()
    assert segment.target == segment.draft
    assert editor.toPlainText() == segment.draft  # the open editor follows undo
    assert not window.isWindowModified()


def test_live_recheck_underlines_new_issue(qtbot, window):
    editor = editor_of(window, 4)
    editor.selectAll()
    with qtbot.waitSignal(window.rechecked, timeout=WAIT):
        qtbot.keyClicks(editor, "The report is actually late.")
    # 'actuellement' is not in this source, so the stand-in check stays quiet...
    assert window.model.issues_of(4) == []
    editor = editor_of(window, 4, Column.SOURCE)
    editor.selectAll()
    with qtbot.waitSignal(window.rechecked, timeout=WAIT):
        qtbot.keyClicks(editor, "Le rapport est actuellement en retard.")
    # ...until the source says it: the target's words are now flagged and underlined
    issues = window.model.issues_of(4)
    assert [i.check for i in issues] == ["test-false-friend"]
    target_editor = editor_of(window, 4)
    assert target_editor.highlighter.issues == issues


def test_document_checks_refresh_in_the_background_after_an_edit(qtbot, window):
    editor = editor_of(window, 4)
    editor.selectAll()
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        qtbot.keyClicks(editor, "The report will be published in Peking in July.")
    found = window.model.issues_of(4)
    assert [(i.check, i.suggestion) for i in found] == [("test-name-consistency", "Beijing")]
    # an edit elsewhere that removes the other spelling clears it again
    editor = editor_of(window, 2)
    editor.selectAll()
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        qtbot.keyClicks(editor, "The meeting took place in the capital.")
    assert window.model.issues_of(4) == []


def test_ctrl_enter_confirms_and_jumps_to_next_unconfirmed(qtbot, window):
    window.document.segments[1].status = Status.CONFIRMED
    editor = editor_of(window, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.document.segments[0].status == Status.CONFIRMED
    assert window.current_row() == 2  # row 1 was already confirmed
    editor = window.current_editor()
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 3
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row() == 2
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.segments[0].status == Status.DRAFT
    window.undo_stack.redo()
    assert window.document.segments[0].status == Status.CONFIRMED
    qtbot.waitUntil(lambda: window.status.confirmed_label.text() == "Confirmed 2 / 5", timeout=WAIT)


def test_keyboard_alone_find_fix_confirm_undo_save(qtbot, tmp_path, window):
    window.project_path = str(tmp_path / "keyboard.json")
    editor_of(window, 0)
    editor = window.current_editor()
    qtbot.keyClick(editor, Qt.Key.Key_F8)  # next issue: "actually" in segment 1
    editor = window.current_editor()
    assert (window.current_row(), editor.textCursor().selectedText()) == (0, "actually")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)  # apply it
    assert window.document.segments[0].target == "The project is currently under way."
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_F8)  # on to the double space
    editor = window.current_editor()
    assert (window.current_row(), editor.side) == (1, "source")
    qtbot.keyClick(editor, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.model.issues_of(1) == []  # ignored
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.model.issues_of(1)) == 1  # the ignore is undone
    editor_of(window, 0)
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.document.segments[0].status == Status.CONFIRMED
    with qtbot.waitSignal(window.saved, timeout=WAIT):  # written on a worker
        qtbot.keyClick(window.current_editor(), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "keyboard.json").is_file() and not window.isWindowModified()


def test_undo_and_redo_take_the_translator_to_the_segment_they_change(qtbot, window):
    # an undo in a segment out of sight used to change it silently, the cursor staying put
    control = Qt.KeyboardModifier.ControlModifier
    editor = editor_of(window, 0)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Soon.")
    editor = editor_of(window, 3)
    qtbot.keyClick(editor, Qt.Key.Key_Z, control)
    assert window.document.segments[0].target == "The project is actually under way."
    assert window.current_row() == 0 and window.current_editor().side == "target"
    editor_of(window, 4)
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Z,
                   control | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.segments[0].target.endswith(" Soon.")
    assert window.current_row() == 0
    editor_of(window, 1)
    window.repair.merge_current()  # segments 2 and 3 become one
    editor_of(window, 0)
    window.undo_action.trigger()
    assert len(window.document.segments) == 5 and window.current_row() == 1
    assert window.document.segments[0].target.endswith(" Soon.")  # one step, not two
    editor = window.current_editor()
    qtbot.keyClicks(editor, "x")  # typing in the segment at hand: undo stays there
    qtbot.keyClick(editor, Qt.Key.Key_Z, control)
    assert window.current_row() == 1 and window.current_editor() is editor


def test_alt_enter_leaves_the_cursor_after_the_applied_words(qtbot, window):
    editor = editor_of(window, 0)
    qtbot.keyClick(editor, Qt.Key.Key_F8)
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    editor = window.current_editor()
    assert editor.textCursor().position() == len("The project is currently")
    qtbot.keyClicks(editor, " still")
    assert window.document.segments[0].target == "The project is currently still under way."


def test_quick_fix_from_the_issues_panel_and_undo(qtbot, window):
    panel = window.issues_panel
    panel.refresh()
    issue = window.model.issues_of(0)[0]
    assert panel.select_issue(issue)
    panel.fix_button.click()
    assert window.document.segments[0].target == "The project is currently under way."
    assert window.model.issues_of(0) == []
    window.undo_stack.undo()
    assert window.document.segments[0].target == "The project is actually under way."
    with qtbot.waitSignal(window.rechecked, timeout=WAIT):
        pass  # the undo's re-check after the pause
    assert [i.check for i in window.model.issues_of(0)] == ["test-false-friend"]


def test_quick_fix_from_the_context_menu_of_the_underlined_word(qtbot, window):
    editor = editor_of(window, 3)
    position = editor.toPlainText().index("actually") + 2
    cursor = editor.textCursor()
    cursor.setPosition(position)
    point = editor.cursorRect(cursor).center()
    menu = editor.build_context_menu(point)
    labels = [a.text() for a in menu.actions()]
    assert "Replace with “currently”" in labels
    next(a for a in menu.actions() if a.text() == "Replace with “currently”").trigger()
    assert window.document.segments[3].target == "The experts are currently in Geneva."


def test_ignore_one_occurrence_survives_recheck_and_undoes(qtbot, window):
    issue = window.model.issues_of(3)[0]
    window.issues_panel.refresh()
    window.issues_panel.select_issue(issue)
    window.issues_panel.ignore_button.click()
    assert window.model.issues_of(3) == []
    ignored = window.document.checks.ignored
    assert [(i.segment, i.check, i.text) for i in ignored] == [(3, "test-false-friend",
                                                                 "actually")]
    assert window.checking.recheck_row(3) == []  # the engine honours the ignore
    assert window.model.issues_of(0) != []  # other occurrences are still flagged
    window.undo_stack.undo()
    assert window.document.checks.ignored == []
    assert window.model.issues_of(3) == [issue]


def test_turn_a_check_off_everywhere(window):
    window.repair.disable_check("test-false-friend")
    assert "test-false-friend" in window.document.checks.disabled
    assert all(i.check != "test-false-friend" for i in window.model.all_issues())
    assert window.checking.recheck_row(0) == []
    window.undo_stack.undo()
    assert "test-false-friend" not in window.document.checks.disabled
    assert len(window.model.issues_of(0)) == 1


def test_merge_and_split_are_undoable(qtbot, window):
    assert window.repair.merge_with_next(0)
    assert window.model.rowCount() == 4
    merged = window.document.segments[0]
    assert merged.source.startswith("Le projet") and merged.source.endswith("douze pays.")
    assert merged.bead.source == [0, 1]
    window.undo_stack.undo()
    assert window.model.rowCount() == 5
    assert window.document.segments[1].source == "Il compte  douze pays."
    # split the two-sentence segment at the cursor, in the target
    editor = editor_of(window, 2)
    at = editor.toPlainText().index("It lasted")
    cursor = editor.textCursor()
    cursor.setPosition(at)
    editor.setTextCursor(cursor)
    window.repair.split_current()
    assert window.model.rowCount() == 6
    first, second = window.document.segments[2:4]
    assert (first.source, first.target) == ("La réunion a eu lieu à Pékin.",
                                            "The meeting took place in Beijing.")
    assert (second.source, second.target) == ("Elle a duré deux jours.", "It lasted two days.")
    assert second.id != first.id
    window.undo_stack.undo()
    assert window.model.rowCount() == 5
    window.undo_stack.redo()
    assert window.document.segments[3].target == "It lasted two days."


def test_move_a_sentence_into_the_next_segment(window):
    assert window.repair.move_sentence(2, "target", 1)
    assert window.document.segments[2].target == "The meeting took place in Beijing."
    assert window.document.segments[3].target.startswith("It lasted two days. The experts")
    # the draft moved along: the pair is still unedited, only re-aligned
    assert window.document.segments[3].status == Status.DRAFT
    window.undo_stack.undo()
    assert window.document.segments[2].target.endswith("It lasted two days.")


def test_find_selects_the_words_and_replace_all_is_one_undo_step(qtbot, window):
    dialog = window.find_dialog
    window.replace_action.trigger()
    assert dialog.isVisible() and dialog.replace_edit.isVisible()
    dialog.find_edit.setText("Beijing")
    dialog.next_button.click()
    assert window.current_row() == 2
    editor = window.current_editor()
    assert editor.textCursor().selectedText() == "Beijing"
    dialog.find_edit.setText(r"\bactually\b")
    dialog.regex_box.setChecked(True)
    dialog.replace_edit.setText("currently")
    planned = dialog.preview()
    assert [p.row for p in planned] == [0, 3]
    assert dialog.preview_table.rowCount() == 2
    dialog.preview_table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # leave row 3
    dialog.replace_button.click()
    assert window.document.segments[0].target == "The project is currently under way."
    assert window.document.segments[3].target == "The experts are actually in Geneva."
    window.undo_stack.undo()
    assert window.document.segments[0].target == "The project is actually under way."


def test_ctrl_h_starts_from_the_selected_words(qtbot, window):
    editor = editor_of(window, 0)
    qtbot.keyClick(editor, Qt.Key.Key_F8)  # selects "actually"
    window.find_dialog.find_edit.setText("something typed before")
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_dialog
    assert dialog.isVisible() and dialog.replace_edit.isVisible()
    assert dialog.find_edit.text() == "actually"
    dialog.close()
    dialog.regex_box.setChecked(True)
    editor = editor_of(window, 2)
    editor.select_span(4, 15)  # "meeting too", taken literally under regex
    window.find_action.trigger()
    assert dialog.find_edit.text() == "meeting\\ too"
    editor = editor_of(window, 3)  # nothing selected: the last search stays
    window.find_action.trigger()
    assert dialog.find_edit.text() == "meeting\\ too"


def test_ctrl_z_in_the_replace_dialog_undoes_the_replace_all(qtbot, window):
    # "Replaced … Undo with Ctrl+Z": the key used to erase the typed words instead
    dialog = window.find_dialog
    window.replace_action.trigger()
    qtbot.keyClicks(dialog.find_edit, "actually")
    qtbot.keyClicks(dialog.replace_edit, "currently")
    dialog.replace_button.click()
    assert window.document.segments[0].target == "The project is currently under way."
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(dialog.replace_edit, Qt.Key.Key_Z, control)
    assert window.document.segments[0].target == "The project is actually under way."
    assert dialog.replace_edit.text() == "currently"  # the words stay, to try again
    qtbot.keyClick(dialog.replace_edit, Qt.Key.Key_Z,
                   control | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.segments[0].target == "The project is currently under way."
    qtbot.keyClicks(dialog.replace_edit, "X")  # typing in the field: Ctrl+Z is the field's
    qtbot.keyClick(dialog.replace_edit, Qt.Key.Key_Z, control)
    assert dialog.replace_edit.text() == "currently"
    assert window.document.segments[0].target == "The project is currently under way."


def test_issues_panel_drops_an_issue_whose_words_were_cut_away(qtbot, window):
    # the edit dropped the stale issue quietly and the re-check, finding none, stayed quiet:
    # the panel went on listing it (with the new text's letters at the old span)
    panel = window.issues_panel
    panel.refresh()
    assert [i.segment for i in panel.model.issues].count(0) == 1
    with qtbot.waitSignal(window.model.issues_changed, timeout=1000):
        window.repair.replace_in_targets([(0, "Under way.")], "shorten")
    qtbot.waitUntil(lambda: 0 not in [i.segment for i in panel.model.issues], timeout=3000)
    assert panel.model.rowCount() == len(window.model.all_issues())


def test_row_filters(window):
    window.filter_box.setCurrentIndex(1)  # with issues
    assert window.proxy.rowCount() == 3
    window.filter_box.setCurrentIndex(3)  # low-confidence alignment
    assert window.proxy.rowCount() == 1
    window.filter_box.setCurrentIndex(0)
    window.filter_edit.setText("genève")
    window.navigation.apply_row_filter()
    assert window.proxy.rowCount() == 1
    window.filter_edit.clear()
    window.document.segments[0].status = Status.CONFIRMED
    window.filter_box.setCurrentIndex(2)  # unconfirmed
    assert window.proxy.rowCount() == 4


def test_ctrl_s_keeps_the_cursor_in_the_segment(qtbot, tmp_path, window):
    # saving used to close the cell editor: the next keystroke landed at the segment's start
    window.project_path = str(tmp_path / "typing.tgp")
    editor = editor_of(window, 2)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Really")
    with qtbot.waitSignal(window.saved, timeout=WAIT):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert window.current_editor() is editor
    qtbot.keyClicks(window.current_editor(), "!")
    assert window.document.segments[2].target.endswith(" Really!")
    assert window.isWindowModified()
    window.undo_stack.undo()  # the typing after the save is its own step
    assert window.document.segments[2].target.endswith(" Really")
    assert not window.isWindowModified()


def test_exports_and_first_save_are_offered_next_to_the_work(qtbot, tmp_path, monkeypatch,
                                                              window):
    # they used to be offered in the last folder browsed (or the folder the app started in)
    from PySide6.QtWidgets import QFileDialog

    from translator_gui.ui import settings
    job = tmp_path / "job"
    job.mkdir()
    settings.set(settings.LAST_FOLDER, str(tmp_path))
    window.document.source_path = str(job / "source.txt")
    window.document.draft_path = str(job / "draft.txt")
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _caption, suggested, _filter: (offered.append(suggested)
                                                                      or ("", "")))
    window.export.export_dialog("Word documents (*.docx)", {"track_changes": True})
    window.files.save_as()
    assert offered == [str(job / "source-corrected.docx"), str(job / "source.tgp")]
    window.project_path = str(tmp_path / "saved" / "x.tgp")  # a project: its own folder
    (tmp_path / "saved").mkdir()
    window.export.export_dialog("Word documents (*.docx)", {"track_changes": True})
    assert offered[-1] == str(tmp_path / "saved" / "x-corrected.docx")


def test_a_project_reopens_on_the_segment_it_was_left_at(qtbot, tmp_path, monkeypatch,
                                                          window):
    path = str(tmp_path / "resume.tgp")
    editor_of(window, 3)
    assert window.files.save_to(path, wait=True)
    window.close()
    again = make_window(qtbot, tmp_path, monkeypatch)
    with qtbot.waitSignal(again.document_loaded, timeout=WAIT):
        again.files.open_path(path)
    assert again.current_row() == 3
    again.set_document(small_document())  # not a project: from the top
    assert again.current_row() == 0


@pytest.mark.parametrize("typed, saved", [("x.tgp", "x.tgp"), ("x", "x.tgp"),
                                           ("old.json", "old.json")])
def test_save_as_uses_the_project_suffix_of_the_command_line(qtbot, tmp_path, monkeypatch,
                                                             window, typed, saved):
    # the CLI and README call a project PROJECT.tgp; "x.tgp" once became "x.tgp.json"
    from PySide6.QtWidgets import QFileDialog
    offered = []

    def answer(_parent, _caption, suggested, name_filter):
        offered.append((suggested, name_filter))
        return str(tmp_path / typed), name_filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    assert window.files.save_as(wait=True)
    assert window.project_path == str(tmp_path / saved) and (tmp_path / saved).is_file()
    assert offered[0][0].endswith(".tgp") and "*.tgp" in offered[0][1]


def test_save_close_and_reopen_finds_everything_as_left(qtbot, tmp_path, monkeypatch, window):
    window.repair.quick_fix(window.model.issues_of(0)[0])
    window.repair.ignore_issue(window.model.issues_of(3)[0])
    editor_of(window, 0)
    window.navigation.confirm_and_next()
    path = str(tmp_path / "review.json")
    assert window.files.save_to(path, wait=True)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("review.json")
    window.close()
    again = make_window(qtbot, tmp_path, monkeypatch)
    with qtbot.waitSignal(again.checks_finished, timeout=WAIT):
        again.files.open_path(path)  # loaded on a worker, then checked in the background
    first = again.document.segments[0]
    assert first.target == "The project is currently under way."
    assert first.status == Status.CONFIRMED
    assert again.model.issues_of(3) == []  # still ignored
    assert [i.check for i in again.model.issues_of(1)] == ["test-double-space"]
    assert again.project_path == path
    assert not again.isWindowModified()


def test_recovery_after_a_crash(qtbot, tmp_path, monkeypatch, window):
    editor = editor_of(window, 4)
    editor.selectAll()
    qtbot.keyClicks(editor, "The report comes out in July.")
    with qtbot.waitSignal(window.autosaved, timeout=WAIT):
        window.recovery_control.timer.start(50)  # the periodic autosave, made quick for the test
    assert window.recovery.exists()
    # the process dies here: no closeEvent, the recovery file stays behind
    survivor = make_window(qtbot, tmp_path, monkeypatch)
    assert survivor.recovery_control.offer_recovery()
    assert survivor.document.segments[4].target == "The report comes out in July."
    assert survivor.document.segments[4].draft == "The report will be published in July."
    assert survivor.isWindowModified()  # restored work is not saved yet
    # the survivor now holds the work: its own recovery copy replaces the dead session's
    assert survivor.recovery.exists() and not window.recovery.exists()
    assert not make_window(qtbot, tmp_path, monkeypatch).recovery_control.offer_recovery()


def test_a_window_still_running_is_not_taken_for_a_crash(qtbot, tmp_path, monkeypatch,
                                                          window):
    import os
    running = make_window(qtbot, tmp_path, monkeypatch, small_document(), pid=os.getppid())
    running.changed_outside_undo = True
    with qtbot.waitSignal(running.autosaved, timeout=WAIT):
        running.recovery_control.autosave()
    assert not make_window(qtbot, tmp_path, monkeypatch).recovery_control.offer_recovery()
    assert running.recovery.exists()


def test_a_clean_close_leaves_no_recovery_file(qtbot, window):
    window.model.set_text(0, "target", "Changed.")
    window.changed_outside_undo = True
    with qtbot.waitSignal(window.autosaved, timeout=WAIT):
        window.recovery_control.autosave()
    window.close()
    assert not window.recovery.exists()


def test_closing_with_unsaved_changes_asks_first(qtbot, monkeypatch, window):
    window.model.set_text(0, "target", "Changed.")
    window.changed_outside_undo = True
    asked = []
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: asked.append(1) or "cancel")
    assert not window.close()
    assert asked and window.isVisible()


def test_a_bad_file_is_reported_and_the_open_work_is_kept(qtbot, tmp_path, window, dialogs):
    window.model.set_text(0, "target", "Work in progress.")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a word file")
    good = tmp_path / "draft.txt"
    good.write_text("Hello.", encoding="utf-8")
    window.changed_outside_undo = False  # no save prompt for this test
    with qtbot.waitSignal(window.load_failed, timeout=WAIT):
        window.files.open_pair(str(bad), str(good))
    assert dialogs and "broken.docx" in dialogs[-1][2]
    assert window.document.segments[0].target == "Work in progress."
    with qtbot.waitSignal(window.load_failed, timeout=WAIT):
        window.files.open_path(str(tmp_path / "missing.json"))
    assert "missing.json" in dialogs[-1][2]
    assert window.model.rowCount() == 5


def test_open_a_source_and_draft_on_a_worker(qtbot, tmp_path, window):
    source = tmp_path / "texte-fr.txt"
    draft = tmp_path / "texte-en.txt"
    source.write_text("Le projet est actuellement en cours. Il a commencé en 2023.\n\n"
                      "La réunion a eu lieu à Pékin.\n", encoding="utf-8")
    draft.write_text("The project is actually under way. It started in 2023.\n\n"
                     "The meeting took place in Beijing.\n", encoding="utf-8")
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        window.files.open_pair(str(source), str(draft))
    assert window.model.rowCount() == 3
    assert window.windowTitle().startswith("texte-fr.txt")
    assert [i.check for i in window.model.all_issues()] == ["test-false-friend"]


def test_unexpected_errors_are_logged_and_the_window_stays(window, dialogs):
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        errors.excepthook(type(error), error, error.__traceback__)
    assert dialogs[-1][0] == "crash" and "boom" in dialogs[-1][2]
    assert window.isVisible()
    assert "boom" in errors.log_path().read_text(encoding="utf-8")


def test_dropped_files_are_ordered_source_then_draft():
    assert order_pair(["/x/report-en.txt", "/x/report-fr.txt"]) == ["/x/report-fr.txt",
                                                                  "/x/report-en.txt"]
    assert order_pair(["/x/a.txt", "/x/b-draft.txt"]) == ["/x/a.txt", "/x/b-draft.txt"]


def test_split_point_on_the_other_side_prefers_a_sentence_end():
    text = "First sentence here. Second one."
    assert proportional_cut(text, 0.5) == text.index("Second")


def test_export_report_and_round_trip_a_bilingual_review(qtbot, tmp_path, window):
    docx = pytest.importorskip("docx")
    report = tmp_path / "report.html"
    with qtbot.waitSignal(window.exported, timeout=WAIT):
        window.export.export_to(str(report), track_changes=False, comments=False, bilingual=False)
    assert "actually" in report.read_text(encoding="utf-8")
    table_path = tmp_path / "review.docx"
    with qtbot.waitSignal(window.exported, timeout=WAIT):
        window.export.export_to(str(table_path), track_changes=False, comments=False, bilingual=True)
    # the reviewer corrects one target in Word
    reviewed = docx.Document(str(table_path))
    table = reviewed.tables[0]
    row = next(r for r in table.rows[1:]
               if r.cells[1].text.strip() == window.document.segments[4].source)
    row.cells[2].text = "The report comes out in July."
    reviewed.save(str(table_path))
    assert window.export.import_review(str(table_path))
    assert window.document.segments[4].target == "The report comes out in July."
    window.undo_stack.undo()
    assert window.document.segments[4].target == "The report will be published in July."


def test_exporting_over_the_draft_is_refused_and_reported(qtbot, tmp_path, window, dialogs):
    draft = tmp_path / "draft.xlf"
    draft.write_text("original", encoding="utf-8")
    window.document.draft_path = str(draft)
    with qtbot.waitSignal(window.load_failed, timeout=WAIT):
        window.export.export_to(str(draft), track_changes=False, comments=False, bilingual=False)
    assert dialogs[-1][1] == "Cannot export" and "draft" in dialogs[-1][2]
    assert draft.read_text(encoding="utf-8") == "original"


def test_issues_panel_filters_are_reachable_from_the_keyboard(window):
    # Shift+Tab from the list skipped the filters, and they had no Alt+letter
    panel = window.issues_panel
    boxes = [panel.check_box, panel.category_box, panel.severity_box, panel.side_box]
    buddies = {label.buddy(): label.text() for label in panel.findChildren(QLabel)
               if label.buddy() is not None}
    assert all("&" in buddies.get(box, "") for box in boxes)
    keys = [buddies[box][buddies[box].index("&") + 1].lower() for box in boxes]
    taken = {text[text.index("&") + 1].lower()
             for text in [a.text() for a in window.menuBar().actions()]
             + [b.text() for b in (panel.fix_button, panel.ignore_button,
                                   panel.disable_button)] if "&" in text}
    assert len(set(keys)) == 4 and not set(keys) & taken
    focusable, widget = [], panel.check_box
    while len(focusable) < 6:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(panel):
            focusable.append(widget)
        widget = widget.nextInFocusChain()
    assert focusable == boxes + [panel.view, panel.fix_button]


def test_issues_panel_filters_and_click_selects_the_words(qtbot, window):
    panel = window.issues_panel
    panel.refresh()
    assert panel.proxy.rowCount() == 3
    panel.set_filter("severity", "minor")
    assert panel.proxy.rowCount() == 1
    panel.set_filter("severity", "All")
    panel.set_filter("side", "target")
    assert panel.proxy.rowCount() == 2
    panel.set_filter("check", "test-double-space")
    assert panel.proxy.rowCount() == 0
    panel.set_filter("side", "All")
    index = panel.proxy.index(0, 4)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(index).center())
    editor = window.current_editor()
    assert (window.current_row(), editor.side) == (1, "source")
    assert editor.textCursor().selectedText() == "  "


def test_grid_tooltip_names_the_issue_under_the_mouse(window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from translator_gui.ui.editor import issue_tooltip, issues_at
    from translator_gui.ui.segment_model import IssuesRole
    window.go_to_row(2)  # the editor is elsewhere; row 3 is painted by the delegate
    index = window.proxy.index(3, Column.TARGET)
    option = QStyleOptionViewItem()
    option.initFrom(window.view)
    option.font = window.view.font()
    option.rect = window.view.visualRect(index)
    text = index.data()
    start = text.index("actually")
    layout, _height = window.delegate.layout_for(text, option.font, option.rect.width() - 8, [])
    line = layout.lineAt(0)
    x = option.rect.left() + 4 + line.cursorToX(start + 3)[0]
    y = option.rect.top() + 3 + line.height() / 2
    from PySide6.QtCore import QPoint
    position = window.delegate.position_at(option, index, QPoint(int(x), int(y)))
    found = issues_at(index.data(IssuesRole), position)
    assert [i.check for i in found] == ["test-false-friend"]
    assert "currently" in issue_tooltip(found)


def test_settings_dialog_applies_check_choices_to_the_document(window):
    from translator_gui.ui import settings
    from translator_gui.ui.dialogs import SettingsDialog
    dialog = SettingsDialog(window.document, window)
    table = dialog.checks_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).text() == "test-double-space")
    table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog._severity_boxes["test-false-friend"].setCurrentText("critical")
    dialog.autosave.setValue(60)
    assert dialog.apply()
    assert window.document.checks.disabled == {"test-double-space"}
    assert window.document.checks.severity == {"test-false-friend": "critical"}
    assert settings.get(settings.DISABLED_CHECKS) == ["test-double-space"]
    assert settings.get(settings.AUTOSAVE_SECONDS) == 60
    window.apply_view_settings()
    assert window.recovery_control.timer.interval() == 60000
    assert [i.severity for i in window.checking.recheck_row(0)] == ["critical"]


def test_opening_can_be_cancelled_and_keeps_the_work(qtbot, tmp_path, window):
    source = tmp_path / "fr.txt"
    draft = tmp_path / "en.txt"
    source.write_text("Une phrase.\n" * 200, encoding="utf-8")
    draft.write_text("A sentence.\n" * 200, encoding="utf-8")
    with qtbot.waitSignal(window.load_failed, timeout=WAIT) as blocker:
        task = window.files.open_pair(str(source), str(draft))
        task.cancel()
    assert blocker.args == ["cancelled"]
    assert window.model.rowCount() == 5


def test_post_edit_distance_in_the_status_bar(qtbot, window):
    window.model.set_text(0, "target", "The project is currently under way.")
    window.status.update_distance()
    qtbot.waitUntil(lambda: "chrF" in window.status.distance_label.text()
                    and "chrF 100.0" not in window.status.distance_label.text(), timeout=WAIT)


def test_dropping_two_files_opens_them_as_source_and_draft(qtbot, tmp_path, window):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent
    draft = tmp_path / "note-en.txt"
    source = tmp_path / "note-fr.txt"
    source.write_text("Le projet est actuellement en cours.\n", encoding="utf-8")
    draft.write_text("The project is actually under way.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(draft)), QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        window.dropEvent(event)
    assert window.document.source_path == str(source)  # the English file is the draft
    assert [i.check for i in window.model.all_issues()] == ["test-false-friend"]


def test_recent_files_remember_what_was_opened(qtbot, tmp_path, window):
    from translator_gui.ui import settings
    path = tmp_path / "recent.json"
    assert window.files.save_to(str(path), wait=True)
    window.files.fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[0] == "recent.json"
    assert settings.get(settings.RECENT_FILES)[0] == str(path)


def test_a_lone_text_opens_with_its_own_side_only(qtbot, tmp_path, window):
    lone = tmp_path / "texte.txt"
    lone.write_text("Le projet est en cours. Il a commencé en 2023.\n", encoding="utf-8")
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        window.files.open_path(str(lone))
    assert [s.source for s in window.document.segments] == ["Le projet est en cours.",
                                                            "Il a commencé en 2023."]
    assert all(s.target == "" for s in window.document.segments)


def test_grid_context_menu_fixes_the_words_under_the_mouse(qtbot, window):
    window.go_to_row(0)  # row 3 is painted, not edited
    index = window.proxy.index(3, Column.TARGET)
    rect = window.view.visualRect(index)
    text = index.data()
    layout, _h = window.delegate.layout_for(text, window.view.font(), rect.width() - 8, [])
    x = rect.left() + 4 + layout.lineAt(0).cursorToX(text.index("actually") + 2)[0]
    from PySide6.QtCore import QPoint
    menu = window.repair.context_menu(index, QPoint(int(x), rect.top() + 8))
    fix = next(a for a in menu.actions() if a.text() == "Replace with “currently”")
    fix.trigger()
    assert window.document.segments[3].target == "The experts are currently in Geneva."
    merge = next(a for a in menu.actions() if a.text() == "Merge with next segment")
    merge.trigger()
    assert window.model.rowCount() == 4


def test_a_hint_is_shown_but_never_pasted_into_the_text(window):
    from translator_gui.core.checks.base import Issue, Severity
    hint = Issue(4, "target", 4, 10, "test-hint", "Style", Severity.MINOR,
                 "Say it more simply", "report … out", hint="report … out")
    window.model.set_segment_issues(4, [hint])
    assert not window.repair.quick_fix(hint)
    assert window.document.segments[4].target == "The report will be published in July."
    window.issues_panel.refresh()
    assert window.issues_panel.select_issue(hint)
    assert not window.issues_panel.fix_button.isEnabled()
    assert window.issues_panel.ignore_button.isEnabled()


def test_the_whole_document_check_shows_progress_and_can_be_stopped(qtbot, window):
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        task = window.checking.check_document_in_background()
        assert window.status.check_progress.isVisibleTo(window)
    assert not window.status.check_progress.isVisibleTo(window)
    task = window.checking.check_document_in_background()
    window.status.check_stop.click()
    assert task.is_cancelled() and not window.status.check_stop.isVisibleTo(window)
    assert len(window.model.all_issues()) == 3  # the issues already shown stay


def test_starting_the_window_offers_the_recovery_file_first(qtbot, monkeypatch):
    import sys

    from PySide6.QtWidgets import QApplication

    from translator_gui.ui import app as app_module
    from translator_gui.ui.recovery import RecoveryStore
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_window installs its own
    install_test_checks(monkeypatch)
    # what a crashed session left behind
    RecoveryStore(pid=DEAD_PID).write(small_document(), None)
    shown: list[MainWindow] = []
    monkeypatch.setattr(RecoveryController, "ask_restore", lambda self, *_: True)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app_module, "limit_core_caches", lambda: None)  # global; tested apart
    assert app_module.run_window([]) == 0
    window = shown[0]
    qtbot.addWidget(window)
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    assert [s.source for s in window.document.segments] == [s.source for s in
                                                            small_document().segments]
    assert window.isWindowModified()


def test_the_bundled_sample_is_found_in_a_checkout():
    from translator_gui.ui.app import bundled_sample
    found = bundled_sample()
    assert [p.rsplit("/", 1)[-1] for p in found] == ["seed-fr.txt", "seed-en-draft.txt"]


def test_the_window_bounds_the_french_parse_cache(monkeypatch):
    morphology = pytest.importorskip("translator_gui.core.morphology")
    from translator_gui.ui.app import WINDOW_PARSE_CACHE, limit_core_caches
    analyser = morphology.french()
    monkeypatch.setattr(analyser, "cache_size", 20000)  # restored after the test
    limit_core_caches()
    assert analyser.cache_size == WINDOW_PARSE_CACHE
    # one chunk of the document check's parses fits, with room for the segments being edited
    from translator_gui.core.checks.base import PARSE_CHUNK
    assert PARSE_CHUNK < WINDOW_PARSE_CACHE <= 2 * PARSE_CHUNK


def test_only_rows_on_screen_are_measured(qtbot, tmp_path, monkeypatch, dialogs):
    from translator_gui.core.model import Bead, ReviewDocument, Segment
    install_test_checks(monkeypatch)
    short, long = "Court.", " ".join(["Une phrase longue qui doit passer à la ligne."] * 8)
    segments = [Segment(i, long if i % 2 else short, "Short.", "Short.", bead=Bead([i], [i]))
                for i in range(3000)]
    window = make_window(qtbot, tmp_path, monkeypatch, ReviewDocument(segments))
    window.view.fit_visible_rows()
    fitted = set(window.view._fitted)
    assert 0 < len(fitted) < 100  # never all 3,000 rows
    assert window.view.rowHeight(1) > 2 * window.view.rowHeight(0)  # wrapped, not clipped
    window.view.verticalScrollBar().setValue(2000)
    window.view.fit_visible_rows()
    assert max(window.view._fitted) >= 2000 and len(window.view._fitted) < 200


def test_typing_refits_the_row_only_when_the_editor_changes_lines(qtbot, monkeypatch, window):
    """A keystroke on the same lines lays nothing out for the row's height; one that wraps
    onto a new line does (the row grows with the editor), and closing the editor measures the
    row by its cell again."""
    view = window.view
    editor = editor_of(window, 2)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    refitted: list[int] = []
    resize = view.resizeRowToContents
    monkeypatch.setattr(view, "resizeRowToContents",
                        lambda row: (refitted.append(row), resize(row)))
    qtbot.keyClicks(editor, " A")  # the first keystroke fits the row with the editor open
    assert refitted and set(refitted) == {2}
    refitted.clear()
    lines = editor.content_height()
    qtbot.keyClicks(editor, "b")
    assert editor.content_height() == lines and refitted == []
    height = view.rowHeight(2)
    for _word in range(200):
        qtbot.keyClicks(editor, " word")
        if editor.content_height() != lines:
            break
    assert refitted == [2] and view.rowHeight(2) > height  # onto a new line: refitted
    refitted.clear()
    window.close_editor()
    assert refitted == [2]
    assert view.rowHeight(2) == view.sizeHintForRow(2)


def test_live_checks_wait_for_the_french_model_instead_of_freezing(qtbot, monkeypatch, window):
    import threading
    morphology = pytest.importorskip("translator_gui.core.morphology")
    release = threading.Event()

    class Loading:
        loaded = False
        tried = False

    monkeypatch.setattr(morphology, "french", lambda: Loading())
    monkeypatch.setattr(morphology, "preload", lambda: release.wait(WAIT / 1000) or True)
    task = window.checking.preload_language_model()
    editor = editor_of(window, 3)
    editor.selectAll()
    qtbot.keyClicks(editor, "The experts are currently in Geneva.")
    with qtbot.assertNotEmitted(window.rechecked):
        window.checking.recheck_pending()  # what the timer does: nothing yet, the model is loading
    assert window.checking.pending == {3}
    with qtbot.waitSignal(window.rechecked, timeout=WAIT):
        release.set()
    assert window.checking.pending == set()
    assert task.is_done()


def test_a_bulk_edit_is_rechecked_on_a_worker(qtbot, window, monkeypatch):
    from translator_gui.ui.controllers import checking
    monkeypatch.setattr(checking, "LIVE_LIMIT", 1)  # two segments count as a bulk edit here
    monkeypatch.setattr(checking, "SLICE", 1)  # and are taken back one per turn
    window.repair.replace_in_targets([(0, "The project is currently under way."),
                                      (3, "The experts are currently in Geneva.")],
                                     "Replace “actually” with “currently”")
    # the spans still fit the new texts: the issues stay until the re-check says otherwise
    assert [i.check for i in window.model.issues_of(0)] == ["test-false-friend"]
    window.checking.recheck_timer.stop()
    window.checking.recheck_pending()
    assert window.checking.bulk_task is not None  # on a worker, not on the GUI thread
    qtbot.waitUntil(window.checking.idle, timeout=WAIT)
    assert window.model.issues_of(0) == [] and window.model.issues_of(3) == []
    window.undo_stack.undo()
    assert window.document.segments[3].target == "The experts are actually in Geneva."


def test_a_tab_file_opens_as_a_bilingual_file(qtbot, tmp_path, window):
    # the window once had its own list of four suffixes and took x.tab for a damaged project
    table = tmp_path / "x.tab"
    table.write_text("Le projet est en cours.\tThe project is under way.\n", encoding="utf-8")
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        window.files.open_path(str(table))
    assert [(s.source, s.target) for s in window.document.segments] == [
        ("Le projet est en cours.", "The project is under way.")]
    assert window.project_path is None
