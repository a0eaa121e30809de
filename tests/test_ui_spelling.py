"""Spelling in the window: the red squiggle, the right-click suggestions, Add to dictionary and
Ignore all as one undoable step."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QUndoStack

from translator_gui.core import spelling
from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.review import ReviewSession
from translator_gui.ui.editor import SPELLING_COLOR, SegmentEditor, underline_format
from translator_gui.ui.spelling_actions import AcceptWordCommand


def spelling_issue(segment: int, start: int, end: int, replacement: str | None = "possibly",
                   hint: str | None = "Suggestions: possibly, possible") -> Issue:
    return Issue(segment, "target", start, end, "spelling", "Linguistic conventions/Spelling",
                 Severity.MINOR, "« possiblly » is not in the en_GB dictionary.", replacement,
                 replacement, hint)


def test_a_misspelt_word_gets_the_red_spell_check_squiggle():
    fmt = underline_format(spelling_issue(0, 6, 15))
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert fmt.underlineColor() == SPELLING_COLOR
    other = underline_format(Issue(0, "target", 0, 2, "repeated-word", "Fluency",
                                   Severity.MINOR, "m"))
    assert other.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def _menu_at_word(qtbot, issue: Issue):
    editor = SegmentEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("It is possiblly fine.")
    editor.highlighter.set_issues([issue])
    editor.resize(400, 60)
    editor.show()
    cursor = editor.textCursor()
    cursor.setPosition(8)
    return editor, editor.build_context_menu(editor.cursorRect(cursor).center())


def test_right_click_offers_the_suggestions_and_the_dictionary(qtbot):
    editor, menu = _menu_at_word(qtbot, spelling_issue(0, 6, 15))
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[:5] == ["possibly", "possible", "Add “possiblly” to the project dictionary",
                          "Add “possiblly” to my dictionary", "Ignore all"]
    fixes: list[Issue] = []
    words: list[tuple[str, str]] = []
    editor.quick_fix_requested.connect(fixes.append)
    editor.accept_word_requested.connect(lambda w, s: words.append((w, s)))
    next(a for a in menu.actions() if a.text() == "possible").trigger()
    assert [(i.start, i.end, i.replacement) for i in fixes] == [(6, 15, "possible")]
    next(a for a in menu.actions() if a.text() == "Ignore all").trigger()
    next(a for a in menu.actions() if a.text().startswith("Add “possiblly” to my")).trigger()
    assert words == [("possiblly", "ignore"), ("possiblly", "user")]


def test_no_suggestion_says_so(qtbot):
    _editor, menu = _menu_at_word(qtbot, spelling_issue(0, 6, 15, None, None))
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[0] == "(no suggestions)"
    assert not menu.actions()[0].isEnabled()


def _session() -> ReviewSession:
    document = ReviewDocument([Segment(0, "a", "It is possiblly fine.", "It is possiblly fine."),
                               Segment(1, "b", "Possiblly not.", "Possiblly not."),
                               Segment(2, "c", "All good.", "All good.")], "fr", "en")
    issues = [spelling_issue(0, 6, 15), spelling_issue(1, 0, 9),
              Issue(2, "target", 0, 3, "repeated-word", "Fluency", Severity.MINOR, "m")]
    return ReviewSession(document, issues)


def test_add_to_project_dictionary_clears_the_word_everywhere_in_one_undo(qtbot):
    review, stack = _session(), QUndoStack()
    stack.push(AcceptWordCommand(review, "possiblly", "project"))
    assert review.document.checks.words == ["possiblly"]
    assert [i.check for i in review.all_issues()] == ["repeated-word"]
    stack.undo()
    assert review.document.checks.words == []
    assert [(i.segment, i.check) for i in review.all_issues()] == [
        (0, "spelling"), (1, "spelling"), (2, "repeated-word")]


def test_ignore_all_and_user_dictionary(qtbot, tmp_path):
    review, stack = _session(), QUndoStack()
    stack.push(AcceptWordCommand(review, "possiblly", "ignore"))
    assert review.document.checks.ignored_words == ["possiblly"]
    assert len(review.all_issues()) == 1
    stack.undo()
    assert review.document.checks.ignored_words == []
    spelling.forget_user_words()
    stack.push(AcceptWordCommand(review, "possiblly", "user"))
    path = spelling.user_config_dir() / spelling.USER_DICTIONARY
    assert path.read_text(encoding="utf-8") == "possiblly\n"
    assert len(review.all_issues()) == 1
    stack.undo()
    assert path.read_text(encoding="utf-8") == ""
    assert len(review.all_issues()) == 3
