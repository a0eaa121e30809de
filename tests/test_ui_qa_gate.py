"""The QA gate (confirming with open major issues, exporting with open issues) and a name on
the work (the reviewer as author of exported changes and comments)."""

from __future__ import annotations

import pytest
from ui_support import install_test_checks, small_document

from translator_gui.core.checks.base import check_document
from translator_gui.core.model import Status
from translator_gui.ui import reviewer, settings
from translator_gui.ui.controllers.qa_gate import summary
from translator_gui.ui.recovery import RecoveryStore
from translator_gui.ui.window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WAIT = 20000


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    install_test_checks(monkeypatch)
    document = small_document()  # segment 1 (row 0) has an open major issue
    window = MainWindow(RecoveryStore(tmp_path / "recovery", 2**22 + 11))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "discard")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(document, check_document(document))
    return window


def _questions(window, monkeypatch, answer: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(window.qa_gate, "ask_confirm",
                        lambda text: asked.append(text) or answer)
    monkeypatch.setattr(window.qa_gate, "inform", lambda text: asked.append(text))
    return asked


def test_confirming_with_a_major_issue_asks_first(qtbot, window, monkeypatch):
    asked = _questions(window, monkeypatch, False)
    window.go_to_row(0)
    window.navigation.confirm_and_next()
    assert window.document.segments[0].status != Status.CONFIRMED
    assert len(asked) == 1 and asked[0].startswith("Segment 1 has 1 open issue (1 major):")
    assert "“actuellement” means currently" in asked[0]
    asked = _questions(window, monkeypatch, True)
    window.navigation.confirm_and_next()
    assert window.document.segments[0].status == Status.CONFIRMED


def test_a_segment_without_serious_issues_confirms_without_a_question(qtbot, window, monkeypatch):
    asked = _questions(window, monkeypatch, False)
    window.go_to_row(1)  # only a minor issue there, or none
    window.navigation.confirm_and_next()
    assert window.document.segments[1].status == Status.CONFIRMED
    assert asked == []


def test_the_gate_can_block_or_stay_silent(qtbot, window, monkeypatch):
    asked = _questions(window, monkeypatch, True)
    settings.set(settings.QA_GATE, "block")
    window.go_to_row(0)
    window.navigation.confirm_and_next()
    assert window.document.segments[0].status != Status.CONFIRMED
    assert len(asked) == 1 and "Fix or ignore them first" in asked[0]
    settings.set(settings.QA_GATE, "silent")
    window.navigation.confirm_and_next()
    assert window.document.segments[0].status == Status.CONFIRMED
    assert len(asked) == 1


def test_export_shows_the_open_issues_with_export_anyway(qtbot, window, monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(window.qa_gate, "ask_export", lambda text: shown.append(text) or False)
    opened: list[str] = []
    monkeypatch.setattr("translator_gui.ui.controllers.export.QFileDialog.getSaveFileName",
                        lambda *a, **k: opened.append("dialog") or ("", ""))
    window.export.export_dialog("Word documents (*.docx)", {"track_changes": True})
    assert opened == []  # cancelled at the summary
    open_issues = [i for i in window.review.all_issues() if i.severity.rank >= 1]
    segments = len({i.segment for i in open_issues})
    assert shown[0].startswith(f"{len(open_issues)} issues still open "
                               f"({summary(open_issues)}) in {segments} segment")
    monkeypatch.setattr(window.qa_gate, "ask_export", lambda text: True)
    window.export.export_dialog("Word documents (*.docx)", {"track_changes": True})
    assert opened == ["dialog"]


def test_the_reviewer_signs_exported_changes(qtbot, window, tmp_path, monkeypatch):
    import translator_gui.core.export as export_module

    real = export_module.export_document
    authors: list[str] = []
    initials: list[str | None] = []

    def spy(*args, **kwargs):
        authors.append(kwargs.get("author"))
        initials.append(kwargs.get("initials"))
        return real(*args, **kwargs)

    monkeypatch.setattr(export_module, "export_document", spy)
    with qtbot.waitSignal(window.exported, timeout=WAIT):
        window.export.export_to(str(tmp_path / "a.docx"), bilingual=True)
    settings.set(settings.REVIEWER_NAME, "Ana <R&D> López")
    settings.set(settings.REVIEWER_INITIALS, "AnL")
    with qtbot.waitSignal(window.exported, timeout=WAIT):
        window.export.export_to(str(tmp_path / "b.docx"), bilingual=True)
    assert authors == ["translator_gui", "Ana <R&D> López"]
    assert initials == [None, "AnL"]  # the reviewer's own initials sign the comments


def test_reviewer_name_and_initials(qtbot, monkeypatch):
    assert settings.reviewer_name() == "translator_gui"
    assert reviewer.initials_of("Ana María  López") == "AML"
    dialog = reviewer.ReviewerDialog(first_start=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Jean Dupont")
    assert dialog.initials.text() == "JD"  # follows the name until typed
    dialog.apply()
    assert settings.get(settings.REVIEWER_NAME) == "Jean Dupont"
    assert settings.get(settings.REVIEWER_INITIALS) == "JD"
    assert settings.reviewer_name() == "Jean Dupont"


def test_the_name_is_asked_once_on_first_start_without_blocking(qtbot):
    dialog = reviewer.ask_once()
    assert dialog is not None  # open() returned: nothing waits on the answer
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.name.setText("Li Wei")
    dialog.accept()
    assert settings.get(settings.REVIEWER_NAME) == "Li Wei"
    assert settings.get(settings.REVIEWER_INITIALS) == "LW"
    assert reviewer.ask_once() is None
    settings.set(settings.REVIEWER_NAME, "")
    assert reviewer.ask_once() is None  # asked once, whatever the answer
