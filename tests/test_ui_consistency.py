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
    """What the list shows: each group's row (bold), then its variants' rows (indented)."""
    from PySide6.QtCore import Qt

    from translator_gui.ui.consistency_view import VARIANT_INDENT, VARIANT_ROLE

    model = view.list.model()
    rows: list[tuple[str, str, list[tuple[str, str]]]] = []
    for row in range(model.rowCount()):
        text, numbers = (model.index(row, column).data() for column in (0, 1))
        if model.index(row, 0).data(VARIANT_ROLE) is None:
            assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
            rows.append((text, numbers, []))
        else:
            assert text.startswith(VARIANT_INDENT)
            rows[-1][2].append((text[len(VARIANT_INDENT):], numbers))
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


def test_many_groups_are_listed_at_once_in_full(qtbot):
    from translator_gui.ui.consistency_view import ConsistencyView

    view = ConsistencyView()
    qtbot.addWidget(view)
    document, groups = _many_groups(3000)
    view.show_groups(groups, document)
    assert view.list.model().rowCount() == 9000  # one row per group and per variant
    tree = _tree(view)
    assert len(tree) == 3000
    assert tree[2500] == ("Same source, different translations", "5001, 5002",
                          [("Article 2500 adopted.", "5001"), ("Article 2500 passed.", "5002")])
    assert view.summary.text() == "3000 groups"
    activated: list[int] = []
    view.segment_activated.connect(activated.append)
    view.select_variant(2500, 1)
    view.list.activated.emit(view.list.currentIndex())
    assert activated == [5001]  # the position of "Article 2500 passed."
    assert view.apply_button.isEnabled()


def _resets(view) -> list[None]:
    resets: list[None] = []
    view.list.model().modelReset.connect(lambda: resets.append(None))
    return resets


def test_the_same_groups_again_keep_the_list(qtbot):
    from translator_gui.ui.consistency_view import ConsistencyView

    view = ConsistencyView()
    qtbot.addWidget(view)
    document, groups = _many_groups(3)
    view.show_groups(groups, document)
    resets = _resets(view)
    view.show_groups(list(groups), document)
    assert resets == []
    document.segments[0].target = "Article 0 was adopted."  # what the list quotes changed
    view.show_groups(list(groups), document)
    assert len(resets) == 1
    assert _tree(view)[0][2][0] == ("Article 0 was adopted.", "1")


EXPECTED_TITLES = ["Same source, different translations",
                   "Term rendered two ways: « Cour internationale de Justice »"]


@pytest.mark.parametrize(("owner", "busy"), [
    ("checking", "passes_running"),  # the document pass
    ("recovery_control", "writing"),  # an autosave being written
])
def test_a_refresh_waits_for_other_work_and_comes_after_it(qtbot, window, monkeypatch, owner,
                                                           busy):
    controller = window.consistency
    qtbot.waitUntil(lambda: controller.task is None and window.checking.idle(), timeout=10_000)
    running = [True]
    monkeypatch.setattr(getattr(window, owner), busy, lambda: running[0])
    controller.retry.setInterval(10)
    window.consistency_view.show_groups([], window.document)
    controller.refresh_in_background()
    assert controller.task is None and controller.wanted  # no snapshot, no worker
    assert not controller.running()
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
    resets = _resets(window.consistency_view)
    controller.refresh_in_background()
    assert controller.task is not None
    qtbot.waitUntil(lambda: controller.task is None, timeout=10_000)
    assert resets == []
    window.review.set_text(0, "target", "The Council endorsed the resolution.")
    controller.refresh_in_background()
    qtbot.waitUntil(lambda: controller.task is None and bool(resets), timeout=10_000)
    assert _tree(window.consistency_view)[0][2][0] == ("The Council endorsed the resolution.",
                                                       "1")




def test_the_groups_after_a_pass_read_its_snapshot_while_nothing_changed(qtbot, window,
                                                                         monkeypatch):
    controller, review = window.consistency, window.review
    qtbot.waitUntil(lambda: controller.task is None and window.checking.idle(), timeout=10_000)
    taken: list[int] = []
    snapshot = review.snapshot
    monkeypatch.setattr(review, "snapshot", lambda: taken.append(review.revision) or snapshot())
    window.consistency_view.show_groups([], window.document)
    with qtbot.waitSignal(window.checks_finished, timeout=10_000):
        window.checking.check_document_in_background(full=True)
    qtbot.waitUntil(lambda: controller.task is None
                    and len(window.consistency_view.groups) == 2, timeout=10_000)
    assert len(taken) == 1  # the pass's own; the groups were worked out on it
    assert [t[0] for t in _tree(window.consistency_view)] == EXPECTED_TITLES
    review.set_text(2, "target", "The Council adopted the resolution.")  # edited since
    controller.refresh_in_background()
    qtbot.waitUntil(lambda: controller.task is None, timeout=10_000)
    assert taken == [taken[0], review.revision]
    assert _tree(window.consistency_view)[0][2] == [
        ("The Council adopted the resolution.", "1, 3"),
        ("The Council passed the resolution.", "4")]
