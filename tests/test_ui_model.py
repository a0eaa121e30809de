"""The grid's table model, the issue list model, settings, commands and find & replace logic."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from ui_support import install_test_checks, small_document  # noqa: E402

from translator_gui.core.checks.base import check_document  # noqa: E402
from translator_gui.core.find import compile_pattern, find_matches, plan_replacements  # noqa: E402
from translator_gui.core.metrics import segment_distance  # noqa: E402
from translator_gui.core.model import Status  # noqa: E402
from translator_gui.ui import settings  # noqa: E402
from translator_gui.ui.commands import EditTextCommand, SetStatusCommand  # noqa: E402
from translator_gui.ui.issues_panel import IssueListModel  # noqa: E402
from translator_gui.ui.segment_model import (  # noqa: E402
    Column,
    IssuesRole,
    SegmentModel,
    WorstSeverityRole,
)


@pytest.fixture
def model(qapp, monkeypatch):
    install_test_checks(monkeypatch)
    document = small_document()
    model = SegmentModel()
    model.set_document(document, check_document(document))
    return model


def test_segment_model_passes_qtmodeltester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_issue_list_model_passes_qtmodeltester(qtmodeltester, model):
    issues = IssueListModel(model)
    issues.refresh()
    assert issues.rowCount() == 3  # two false friends, one double space
    qtmodeltester.check(issues, force_py=True)


def test_cells_show_their_side_of_the_issues(model):
    target = model.index(0, Column.TARGET)
    source = model.index(1, Column.SOURCE)
    assert [i.check for i in target.data(IssuesRole)] == ["test-false-friend"]
    assert model.index(0, Column.SOURCE).data(IssuesRole) == []
    assert [i.side for i in source.data(IssuesRole)] == ["source"]
    assert model.index(0, Column.ISSUES).data() == "● 1"
    assert model.index(0, Column.ISSUES).data(Qt.ItemDataRole.ForegroundRole).name() == "#f07f0c"
    assert model.index(0, Column.ISSUES).data(WorstSeverityRole) == "major"
    assert model.index(2, Column.ISSUES).data() == ""


def test_low_confidence_bead_is_marked(model):
    low = model.index(4, Column.NUMBER)
    high = model.index(0, Column.NUMBER)
    assert low.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert high.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Low confidence" in low.data(Qt.ItemDataRole.ToolTipRole)


def test_set_data_changes_the_core_document_and_says_so(qtbot, model):
    index = model.index(2, Column.TARGET)
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, "The meeting was held in Beijing. It lasted two days.")
    segment = model.document.segments[2]
    assert segment.target.startswith("The meeting was held")
    assert segment.status == Status.EDITED
    assert model.index(3, Column.DISTANCE).data() == "—"
    # the post-edit distance is measured after a pause, never while the row paints
    assert model.index(2, Column.DISTANCE).data() == "…"
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda first, last, *_: (
            first.row(), first.column(), last.column()) == (2, Column.DISTANCE, Column.DISTANCE)):
        pass
    chrf, ter = segment_distance(segment.draft, segment.target)
    assert model.index(2, Column.DISTANCE).data() == f"TER {ter:.0f} · chrF {chrf:.0f}"


def test_typing_merges_into_one_undo_step(model):
    stack = QUndoStack()
    session = object()
    for text in ("The project is c", "The project is cu", "The project is currently"):
        stack.push(EditTextCommand(model.session, 0, "target", text, session))
    assert stack.count() == 1
    stack.push(EditTextCommand(model.session, 0, "target", "Other", object()))
    assert stack.count() == 2
    stack.undo()
    assert model.document.segments[0].target == "The project is currently"
    stack.undo()
    assert model.document.segments[0].target == "The project is actually under way."
    assert model.document.segments[0].status == Status.DRAFT


def test_undoing_an_edit_restores_a_confirmation(model):
    stack = QUndoStack()
    stack.push(SetStatusCommand(model.session, 4, Status.CONFIRMED))
    stack.push(EditTextCommand(model.session, 4, "target", "The report comes out in July."))
    assert model.document.segments[4].status == Status.EDITED
    stack.undo()
    assert model.document.segments[4].status == Status.CONFIRMED


def test_settings_have_typed_defaults_and_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv(settings.CONFIG_DIR_VARIABLE, str(tmp_path))
    assert settings.get(settings.AUTOSAVE_SECONDS) == 30
    assert settings.get(settings.DISABLED_CHECKS) == []
    settings.set(settings.AUTOSAVE_SECONDS, 45)
    settings.set(settings.DISABLED_CHECKS, ["a", "b"])
    settings.set(settings.SEVERITY_OVERRIDES, {"a": "critical"})
    assert settings.get(settings.AUTOSAVE_SECONDS) == 45
    assert settings.get(settings.DISABLED_CHECKS) == ["a", "b"]
    assert settings.get(settings.SEVERITY_OVERRIDES) == {"a": "critical"}
    assert (tmp_path / "settings.ini").is_file()
    for path in [f"p{i}.json" for i in range(12)]:
        settings.add_recent_file(path)
    recent = settings.get(settings.RECENT_FILES)
    assert recent[0] == "p11.json" and len(recent) == settings.MAX_RECENT


def test_find_and_replace_plans_without_changing_anything(model):
    document = model.document
    plain = compile_pattern("actually", regex=False, match_case=True)
    assert [(m.row, m.side) for m in find_matches(document, plain)] == [(0, "target"),
                                                                         (3, "target")]
    planned = plan_replacements(document, plain, "currently", regex=False)
    assert [p.new for p in planned] == ["The project is currently under way.",
                                        "The experts are currently in Geneva."]
    assert document.segments[0].target == "The project is actually under way."
    regex = compile_pattern(r"in (\w+)\.$", regex=True, match_case=False)
    planned = plan_replacements(document, regex, r"at \1.", regex=True)
    assert [p.new for p in planned] == ["The experts are actually at Geneva.",
                                        "The report will be published at July."]
    literal = compile_pattern("(", regex=False, match_case=False)
    assert find_matches(document, literal) == []


def test_an_issue_change_names_its_cells_and_roles(model):
    """Only the underlines and the Issues cell change: a view refits no height for it, and
    repaints three cells rather than the screen it repaints for a range."""
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(
        (first.row(), first.column(), last.row(), last.column(), [int(r) for r in roles])))
    segment = model.segment(2)
    found = model.issues_of(model.segment(0).id)
    model.session.set_issues(segment.id, [dataclasses.replace(found[0], segment=segment.id)])
    display, foreground, tooltip = (Qt.ItemDataRole.DisplayRole.value,
                                    Qt.ItemDataRole.ForegroundRole.value,
                                    Qt.ItemDataRole.ToolTipRole.value)
    assert changed == [
        (2, Column.SOURCE, 2, Column.SOURCE, [int(IssuesRole)]),
        (2, Column.TARGET, 2, Column.TARGET, [int(IssuesRole)]),
        (2, Column.ISSUES, 2, Column.ISSUES,
         [display, foreground, tooltip, int(IssuesRole), int(WorstSeverityRole)])]
    assert model.index(2, Column.ISSUES).data() == "● 1"


def test_the_grid_refits_a_row_for_its_texts_not_for_its_underlines(qtbot, model):
    from translator_gui.ui.grid import SegmentView

    view = SegmentView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    refitted: list[int] = []
    view.resizeRowToContents = refitted.append  # type: ignore[method-assign]
    index = model.index(1, Column.TARGET)
    model.dataChanged.emit(index, index, [int(IssuesRole)])
    assert refitted == []
    model.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
    model.dataChanged.emit(index, index, [])
    assert refitted == [1, 1]


def test_a_side_whose_underlines_did_not_change_is_not_announced(model):
    """Typing in the target changes the target's issues at every keystroke: the source cell is
    not repainted for it, but is as soon as its own underlines change."""
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(
        (first.row(), first.column(), last.row(), last.column())))
    row = 1
    segment = model.segment(row)
    found = model.issues_of(segment.id)
    source_issue = next(i for i in found if i.side == "source")
    target_issue = dataclasses.replace(model.issues_of(model.segment(0).id)[0],
                                       segment=segment.id)
    model.session.set_issues(segment.id, [source_issue, target_issue])
    assert (row, Column.SOURCE, row, Column.SOURCE) in changed  # first news of the row
    changed.clear()
    moved = dataclasses.replace(target_issue, start=target_issue.start + 1)
    model.session.set_issues(segment.id, [source_issue, moved])
    # the Issues cell still shows two issues, the worst in the same colour: not repainted
    assert changed == [(row, Column.TARGET, row, Column.TARGET)]
    changed.clear()
    model.session.set_issues(segment.id, [moved])
    assert changed == [(row, Column.SOURCE, row, Column.SOURCE),
                       (row, Column.ISSUES, row, Column.ISSUES)]
    changed.clear()
    model.session.replace_all_issues([source_issue, moved])  # every row announced at once
    changed.clear()
    model.session.set_issues(segment.id, [moved])  # compared with nothing since: both sides
    assert changed == [(row, Column.SOURCE, row, Column.SOURCE),
                       (row, Column.TARGET, row, Column.TARGET),
                       (row, Column.ISSUES, row, Column.ISSUES)]


def test_a_text_edit_announces_its_cells_one_by_one(model):
    """The edited text's cell, then Status and Post-edit: no range over the row's cells (a
    view repaints a strip of the next row for a range)."""
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(
        (first.row(), first.column(), last.row(), last.column())))
    model.set_text(2, "target", "The meeting was held in Beijing.")
    assert changed[:3] == [(2, Column.TARGET, 2, Column.TARGET),
                           (2, Column.STATUS, 2, Column.STATUS),
                           (2, Column.DISTANCE, 2, Column.DISTANCE)]


def test_the_next_keystrokes_announce_only_the_cells_whose_value_changed(qtbot, model):
    """Typing on: the status is already Edited and the distance shows "…" until measured, so
    only the text's cell is announced; the distance once measured, and a status set, are."""
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(
        (first.row(), first.column(), last.row(), last.column())))
    model.set_text(2, "target", "The meeting was held in Beijing.")
    changed.clear()
    model.set_text(2, "target", "The meeting was held in Beijing,")
    assert changed == [(2, Column.TARGET, 2, Column.TARGET)]
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda first, last, *_: (
            first.row(), first.column()) == (2, Column.DISTANCE)):
        pass
    measured = model.index(2, Column.DISTANCE).data()
    assert measured.startswith("TER ")
    changed.clear()
    # the measured value shows until the new text is measured: announced once (what the
    # model last announced was "…"), then no more
    model.set_text(2, "target", "The meeting was held in Beijing, ")
    model.set_text(2, "target", "The meeting was held in Beijing, in")
    assert changed == [(2, Column.TARGET, 2, Column.TARGET),
                       (2, Column.DISTANCE, 2, Column.DISTANCE),
                       (2, Column.TARGET, 2, Column.TARGET)]
    assert model.index(2, Column.DISTANCE).data() == measured
    changed.clear()
    model.set_status(2, Status.CONFIRMED)
    model.set_text(2, "target", "The meeting was held in Beijing, in May.")
    assert changed == [(2, Column.STATUS, 2, Column.STATUS),
                       (2, Column.TARGET, 2, Column.TARGET),
                       (2, Column.STATUS, 2, Column.STATUS)]
    assert model.index(2, Column.STATUS).data() == "Edited"
