"""The Consistency view: groups of inconsistent segments, "Make all like this one" as one
undoable step."""

from __future__ import annotations

import pytest
from ui_support import install_test_checks

from translator_gui.core.checks.base import check_document
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.ui.recovery import RecoveryStore
from translator_gui.ui.window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PAIRS = [
    ("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
    ("La séance est levée.", "The meeting rose."),
    ("Le Conseil a adopté la résolution.", "The Council passed the resolution."),
    ("Le Conseil a adopté la résolution.", "The Council passed the resolution."),
    ("La Cour internationale de Justice a siégé.", "The International Court of Justice sat."),
    ("La Cour internationale de Justice a statué.", "The World Court ruled."),
]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    install_test_checks(monkeypatch)
    document = ReviewDocument([Segment(i, s, t, t) for i, (s, t) in enumerate(PAIRS)], "fr", "en")
    window = MainWindow(RecoveryStore(tmp_path / "recovery", 2**22 + 13))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(document, check_document(document))
    return window


def _tree(view) -> list[tuple[str, str, list[tuple[str, str]]]]:
    rows = []
    for index in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(index)
        rows.append((top.text(0), top.text(1),
                     [(top.child(c).text(0), top.child(c).text(1))
                      for c in range(top.childCount())]))
    return rows


def test_the_view_groups_the_inconsistencies(qtbot, window):
    window.consistency.refresh()
    assert _tree(window.consistency_view) == [
        ("Same source, different translations", "1, 3, 4",
         [("The Council adopted the resolution.", "1"),
          ("The Council passed the resolution.", "3, 4")]),
        ("Term rendered two ways: « Cour internationale de Justice »", "5, 6",
         [("International Court of Justice", "5"), ("World Court", "6")]),
    ]
    assert window.consistency_view.summary.text() == "2 groups"


def test_make_all_like_this_one_is_one_undo_step(qtbot, window):
    window.consistency.refresh()
    view = window.consistency_view
    view.select_variant(0, 0)
    assert view.apply_button.isEnabled()
    count = window.undo_stack.count()
    view.apply_button.click()
    targets = [s.target for s in window.document.segments]
    assert targets[2] == targets[3] == "The Council adopted the resolution."
    assert window.undo_stack.count() == count + 1
    assert [t[0] for t in _tree(view)] == [
        "Term rendered two ways: « Cour internationale de Justice »"]
    view.select_variant(0, 0)
    view.apply_button.click()
    assert window.document.segments[5].target == "The International Court of Justice ruled."
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [s.target for s in window.document.segments] == [t for _s, t in PAIRS]


def test_groups_computed_for_a_document_are_not_shown_for_the_next_one(qtbot, window):
    window.consistency.refresh_in_background()  # groups of PAIRS, delivered on a later event
    clean = ReviewDocument([Segment(0, "La séance est levée.", "The meeting rose.",
                                    "The meeting rose.")], "fr", "en")
    window.set_document(clean, check_document(clean))
    qtbot.waitUntil(lambda: window.consistency.task is None, timeout=10_000)
    assert window.consistency_view.groups == []


def _many_groups(count: int) -> tuple[ReviewDocument, list]:
    from translator_gui.core.checks.consistency import INCONSISTENT_TARGET, ConsistencyGroup

    segments, groups = [], []
    for number in range(count):
        first, second = 2 * number, 2 * number + 1
        source = f"Article {number} adopté."
        adopted, passed = f"Article {number} adopted.", f"Article {number} passed."
        segments += [Segment(first, source, adopted, adopted),
                     Segment(second, source, passed, passed)]
        groups.append(ConsistencyGroup(INCONSISTENT_TARGET, "target", [first, second],
                                       {f"article {number} adopted": [first],
                                        f"article {number} passed": [second]}))
    return ReviewDocument(segments, "fr", "en"), groups


def test_many_groups_are_listed_over_several_turns_and_in_full(qtbot):
    from translator_gui.ui.consistency_view import FIRST_GROUPS, ConsistencyView

    view = ConsistencyView()
    qtbot.addWidget(view)
    document, groups = _many_groups(FIRST_GROUPS * 3)
    view.show_groups(groups, document)
    assert view.tree.topLevelItemCount() == FIRST_GROUPS  # the rest after this turn
    assert view.filling()
    qtbot.waitUntil(lambda: not view.filling(), timeout=10_000)
    tree = _tree(view)
    assert len(tree) == FIRST_GROUPS * 3
    assert tree[250] == ("Same source, different translations", "501, 502",
                         [("Article 250 adopted.", "501"), ("Article 250 passed.", "502")])
    assert view.summary.text() == "300 groups"


def test_the_same_groups_again_keep_the_list(qtbot):
    from translator_gui.ui.consistency_view import ConsistencyView

    view = ConsistencyView()
    qtbot.addWidget(view)
    document, groups = _many_groups(3)
    view.show_groups(groups, document)
    first = view.tree.topLevelItem(0)
    view.show_groups(list(groups), document)
    assert view.tree.topLevelItem(0) is first
    document.segments[0].target = "Article 0 was adopted."  # what the list quotes changed
    view.show_groups(list(groups), document)
    assert view.tree.topLevelItem(0) is not first
    assert _tree(view)[0][2][0] == ("Article 0 was adopted.", "1")


EXPECTED_TITLES = ["Same source, different translations",
                   "Term rendered two ways: « Cour internationale de Justice »"]


def test_a_refresh_waits_for_the_pass_running_and_comes_after_it(qtbot, window, monkeypatch):
    controller = window.consistency
    qtbot.waitUntil(lambda: controller.task is None and window.checking.idle(), timeout=10_000)
    running = [True]
    monkeypatch.setattr(window.checking, "passes_running", lambda: running[0])
    controller.retry.setInterval(10)
    window.consistency_view.show_groups([], window.document)
    controller.refresh_in_background()
    assert controller.task is None and controller.wanted  # no snapshot, no worker
    qtbot.wait(50)
    assert controller.task is None and window.consistency_view.groups == []
    running[0] = False
    qtbot.waitUntil(lambda: not controller.wanted and controller.task is None, timeout=10_000)
    assert [t[0] for t in _tree(window.consistency_view)] == EXPECTED_TITLES


def test_groups_found_again_unchanged_keep_the_list(qtbot, window):
    controller = window.consistency
    controller.refresh_in_background()
    qtbot.waitUntil(lambda: controller.task is None
                    and len(window.consistency_view.groups) == 2, timeout=10_000)
    first = window.consistency_view.tree.topLevelItem(0)
    controller.refresh_in_background()
    assert controller.task is not None
    qtbot.waitUntil(lambda: controller.task is None, timeout=10_000)
    assert window.consistency_view.tree.topLevelItem(0) is first
    window.review.set_text(0, "target", "The Council endorsed the resolution.")
    controller.refresh_in_background()
    qtbot.waitUntil(lambda: controller.task is None
                    and window.consistency_view.tree.topLevelItem(0) is not first, timeout=10_000)
    assert _tree(window.consistency_view)[0][2][0] == ("The Council endorsed the resolution.", "1")
