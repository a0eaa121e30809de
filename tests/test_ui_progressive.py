"""The window underlines the flags of the checks that need no parse before the parse-based
checks have finished, and says in the status bar that they are still running."""

from __future__ import annotations

import threading

import pytest
from ui_support import ActuallyCheck, small_document

from translator_gui.core import morphology
from translator_gui.core.checks import base
from translator_gui.core.checks.base import Check, Finding, SegmentContext
from translator_gui.ui.recovery import RecoveryStore
from translator_gui.ui.window import MainWindow

WAIT = 20000  # ms; generous for a loaded CI machine, never a sleep
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class _SlowParsedCheck(Check):
    """A parse-based check that cannot finish until the test lets it (the parse, say)."""

    id = "test-slow-parsed"
    name = "slow parse-based check"
    description = "flags « rapport » in the French once released"
    category = "Linguistic conventions/Grammar"
    languages = ("fr",)
    needs_parse = True
    release = threading.Event()

    def wants_parse(self, text: str) -> bool:
        return "rapport" in text

    def check_segment(self, context: SegmentContext):
        assert _SlowParsedCheck.release.wait(30)
        at = context.segment.source.find("rapport")
        if at >= 0:
            yield Finding("source", at, at + len("rapport"), "slow")


class _Analyser:
    available = True
    loaded = True
    tried = True

    def prefetch(self, texts: list[str]) -> int:
        return len(texts)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    base.all_checks()
    monkeypatch.setattr(base, "_REGISTRY", {c.id: c for c in (ActuallyCheck(),
                                                              _SlowParsedCheck())})
    monkeypatch.setattr(morphology, "french", lambda: _Analyser())
    _SlowParsedCheck.release.clear()
    window = MainWindow(RecoveryStore(tmp_path / "recovery", 2**22 + 54321))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(small_document(), [])
    yield window
    _SlowParsedCheck.release.set()


def test_first_flags_show_while_parse_based_checks_run(qtbot, window):
    with qtbot.waitSignal(window.first_flags_shown, timeout=WAIT):
        window.checking.check_document_in_background()
    # the quick check's underlines are there; the parse-based check has not answered yet
    assert [i.check for i in window.model.issues_of(0)] == ["test-false-friend"]
    assert window.model.issues_of(4) == []
    assert "still running" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.checks_finished, timeout=WAIT):
        _SlowParsedCheck.release.set()
    assert [i.check for i in window.model.issues_of(4)] == ["test-slow-parsed"]
    assert [i.check for i in window.model.issues_of(0)] == ["test-false-friend"]


class _SlowQuickCheck(Check):
    """A check needing no parse that cannot finish until the test lets it (a dictionary
    loading, say)."""

    id = "test-slow-quick"
    name = "slow quick check"
    description = "waits"
    category = "Style"
    release = threading.Event()

    def check_segment(self, context: SegmentContext):
        assert _SlowQuickCheck.release.wait(30)
        return iter(())


class _NotLoaded(_Analyser):
    loaded = False
    tried = False


def test_the_language_model_loads_only_for_a_text_a_check_wants_parsed(
        qtbot, window, monkeypatch):
    """Nothing loads the French model at start; a live re-check of a text a parse-based check
    wants parsed starts loading it on a worker and waits, instead of loading it on the GUI
    thread; one of a text no check wants parsed runs at once."""
    monkeypatch.setattr(morphology, "french", lambda: _NotLoaded())
    loads: list[int] = []
    monkeypatch.setattr(window.checking, "preload_language_model", lambda: loads.append(1))
    document = window.review.document
    assert "rapport" not in document.segments[0].source
    with qtbot.waitSignal(window.rechecked, timeout=WAIT):
        window.checking.segments_edited([document.segments[0].id])
        window.checking.recheck_pending()
    assert loads == [] and window.checking.pending == set()
    assert "rapport" in document.segments[4].source
    with qtbot.assertNotEmitted(window.rechecked):
        window.checking.segments_edited([document.segments[4].id])
        window.checking.recheck_pending()
    assert loads == [1]
    assert window.checking.pending == {document.segments[4].id}


@pytest.mark.parametrize(("waiting", "parsing", "expected"), [
    (("names", "spelling", "terms", "calques", "numbers"), ("agreement",),
     "First flags shown; still running: names, spelling, terms and 2 others, then the "
     "parse-based checks…"),
    (("names", "spelling", "terms", "calques"), (),
     "First flags shown; still running: names, spelling, terms and 1 other…"),
    (("spelling",), (), "First flags shown; still running: spelling…"),
    ((), ("agreement",),
     "First checks done; agreement and other parse-based checks still running…"),
])
def test_the_status_bar_names_the_checks_still_running(qapp, waiting, parsing, expected):
    from translator_gui.core.checks.base import EarlyIssues
    from translator_gui.ui.controllers.checking import still_running_message

    assert still_running_message(EarlyIssues([], waiting, parsing)) == expected
