"""ReviewSession without Qt: every edit and its inverse, re-checks, cancellation, opening."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ui_support import PAIRS, install_test_checks, small_document

from translator_gui.core.cancel import Cancelled
from translator_gui.core.checks import base
from translator_gui.core.checks.base import Check, Issue, Severity, check_document
from translator_gui.core.find import compile_pattern, next_match
from translator_gui.core.model import Bead, IgnoredIssue, InputError, ReviewDocument, Segment, Status
from translator_gui.core.opening import PROJECT_SUFFIXES, open_document
from translator_gui.core.readers import BILINGUAL_SUFFIXES, MONOLINGUAL_SUFFIXES
from translator_gui.core.repair import sentence_spans
from translator_gui.core.review import (
    ChangeKind,
    ReviewSession,
    document_scope_issues,
    snapshot_of,
)

ACTUALLY = ("test-false-friend", "target", 15, 23)  # "actually" in segment 0's target


@pytest.fixture
def review(monkeypatch) -> ReviewSession:
    install_test_checks(monkeypatch)
    document = small_document()
    return ReviewSession(document, check_document(document))


@pytest.fixture
def heard(review):
    """What the session announced: ("segments", kind, ids) and ("issues", ids)."""
    events: list[tuple] = []
    review.segments_changed.connect(
        lambda change: events.append(("segments", change.kind, change.segment_ids)))
    review.issues_changed.connect(lambda ids: events.append(("issues", ids)))
    return events


def spans(issues: list[Issue]) -> list[tuple[str, str, int, int]]:
    return [(i.check, i.side, i.start, i.end) for i in issues]


def test_the_index_holds_the_issues_per_segment(review):
    assert spans(review.issues_of(0)) == [ACTUALLY]
    assert spans(review.issues_of(1)) == [("test-double-space", "source", 9, 11)]
    assert review.issues_of(2) == []
    assert review.counts_by_severity()[Severity.MAJOR] == 2
    assert [i.segment for i in review.all_issues()] == [0, 1, 3]


def test_set_text_and_its_inverse(review, heard):
    before = review.revision
    edit = review.set_text(4, "target", "The report comes out in July.")
    assert review.document.segments[4].target == "The report comes out in July."
    assert review.document.segments[4].status == Status.EDITED
    assert review.segment_revision(4) == 1 and review.revision > before
    assert heard == [("segments", ChangeKind.TEXT, (4,))]
    review.restore_texts([edit])
    assert review.document.segments[4].target == PAIRS[4][1]
    assert review.document.segments[4].status == Status.DRAFT
    assert review.segment_revision(4) == 2


def test_undoing_a_text_edit_restores_a_confirmation(review):
    old = review.set_status(4, Status.CONFIRMED)
    assert old == Status.DRAFT
    edit = review.set_text(4, "target", "Out in July.")
    assert review.document.segments[4].status == Status.EDITED
    review.restore_texts([edit])
    assert review.document.segments[4].status == Status.CONFIRMED
    review.set_status(4, old)
    assert review.document.segments[4].status == Status.DRAFT


def test_an_edit_that_cuts_an_issue_away_drops_it_and_says_so(review, heard):
    review.set_text(0, "target", "The project")  # "actually" (15-23) no longer fits
    assert review.issues_of(0) == []
    assert heard == [("segments", ChangeKind.TEXT, (0,)), ("issues", frozenset({0}))]


def test_apply_fix_puts_the_replacement_in_place(review):
    (issue,) = review.issues_of(0)
    assert issue.replacement == "currently"
    edit = review.apply_fix(issue)
    assert review.document.segments[0].target == "The project is currently under way."
    review.restore_texts([edit])
    assert review.document.segments[0].target == PAIRS[0][1]


def test_apply_fix_refuses_hints_and_stale_issues(review):
    (issue,) = review.issues_of(0)
    hint = Issue(0, "target", 15, 23, "test-false-friend", "Accuracy", Severity.MAJOR,
                 "m", "lors de / devant", None, "lors de / devant")
    review.set_issues(0, [hint])
    assert review.apply_fix(hint) is None
    assert review.apply_fix(issue) is None  # no longer among the segment's issues
    assert review.document.segments[0].target == PAIRS[0][1]


def test_ignore_and_unignore_one_occurrence(review):
    (issue,) = review.issues_of(3)
    record = review.ignore(issue)
    assert record == IgnoredIssue(3, "test-false-friend", "target", "actually", 0)
    assert review.document.checks.ignored == [record]
    assert review.issues_of(3) == []
    assert review.recheck_now(3) == []  # a re-check keeps it dismissed
    review.unignore(record, issue)
    assert review.document.checks.ignored == []
    assert review.issues_of(3) == [issue]


def test_disable_and_enable_a_check(review):
    was, removed = review.disable_check("test-false-friend")
    assert not was and sorted(removed) == [0, 3]
    assert "test-false-friend" in review.document.checks.disabled
    assert review.issues_of(0) == [] and review.issues_of(3) == []
    review.enable_check("test-false-friend", was, removed)
    assert review.document.checks.disabled == set()
    assert spans(review.issues_of(0)) == [ACTUALLY]


def test_merge_and_its_inverse(review, heard):
    first, old, new = review.plan_merge(0)
    old_issues = {s.id: review.issues_of(s.id) for s in old}
    review.replace_segments(first, len(old), new)
    merged = review.document.segments[0]
    assert [s.id for s in review.document.segments] == [0, 2, 3, 4]
    assert merged.source == "Le projet est actuellement en cours. Il compte  douze pays."
    assert merged.target == "The project is actually under way. It has twelve countries."
    assert merged.bead.source == [0, 1] and merged.bead.confidence == 1.0
    assert heard[0] == ("segments", ChangeKind.ROWS, (0,))
    review.replace_segments(0, 1, old, old_issues)
    assert [s.target for s in review.document.segments] == [p[1] for p in PAIRS]
    assert spans(review.issues_of(0)) == [ACTUALLY]
    assert review.row_of(1) == 1


def test_split_cuts_both_sides(review):
    at = PAIRS[2][0].index("Elle")
    new_ids = review.split(2, "source", at)
    assert new_ids == [2, 5]
    assert [review.segment(i).source for i in new_ids] == ["La réunion a eu lieu à Pékin.",
                                                           "Elle a duré deux jours."]
    assert [review.segment(i).target for i in new_ids] == [
        "The meeting took place in Beijing.", "It lasted two days."]
    # the inverse: the two halves give the one segment back
    review.replace_segments(2, 2, [small_document().segments[2]])
    assert [s.id for s in review.document.segments] == [0, 1, 2, 3, 4]
    assert review.document.segments[2].source == PAIRS[2][0]


def test_move_a_sentence_to_the_next_segment_and_back(review):
    first, old, new = review.plan_move_sentence(2, "target", 1)
    assert first == 2
    review.replace_segments(first, len(old), new)
    here, there = review.document.segments[2:4]
    assert here.target == "The meeting took place in Beijing."
    assert there.target == "It lasted two days. The experts are actually in Geneva."
    # the draft moves along, so each pair is measured against its own draft
    assert here.draft == "The meeting took place in Beijing."
    assert there.draft == "It lasted two days. The experts are actually in Geneva."
    # the draft sentence index moves with it (segment 2's one bead index held both sentences)
    assert there.bead.target == [2, 3] and here.bead.target == []
    review.replace_segments(first, len(new), old)
    assert [s.target for s in review.document.segments] == [p[1] for p in PAIRS]


def test_move_a_sentence_has_nowhere_to_go_at_the_ends(review):
    assert review.plan_move_sentence(0, "target", -1) is None
    assert review.plan_move_sentence(4, "source", 1) is None


def test_sentence_rules_that_cannot_be_used_say_so(monkeypatch):
    # no quiet fall-back to another splitter: the failure reaches the translator
    from translator_gui.core import segment

    def broken(self, text):
        raise RuntimeError("rules unusable")

    monkeypatch.setattr(segment.Segmenter, "split", broken)
    with pytest.raises(InputError, match="sentence rules for 'fr' cannot be used"):
        sentence_spans("Une phrase. Deux phrases.", "fr")


def test_replace_all_uses_the_core_find_and_is_undone_in_one_step(review, heard):
    pattern = compile_pattern("actually", regex=False, match_case=True)
    edits = review.replace_all(pattern, "currently", regex=False)
    assert [e.segment_id for e in edits] == [0, 3]
    assert review.document.segments[3].target == "The experts are currently in Geneva."
    assert heard[0] == ("segments", ChangeKind.TEXT, (0, 3))
    review.restore_texts(edits)
    assert [s.target for s in review.document.segments] == [p[1] for p in PAIRS]
    assert review.document.segments[3].status == Status.DRAFT


def test_next_match_wraps_round_from_the_cursor(review):
    pattern = compile_pattern("actually", regex=False, match_case=True)
    document = review.document
    assert next_match(document, pattern, 0, "target", 23, 1).row == 3
    assert next_match(document, pattern, 3, "target", 30, 1).row == 0  # wraps
    assert next_match(document, pattern, 3, "target", 16, -1).row == 0
    assert next_match(document, pattern, 2, None, 0, 1).row == 3
    assert next_match(document, compile_pattern("zzz", False, False), 0, None, 0, 1) is None


def test_import_a_review(review, tmp_path):
    import docx

    from translator_gui.core.export import export_document
    path = tmp_path / "review.docx"
    export_document(review.document, path, bilingual=True, issues=review.all_issues())
    table = docx.Document(str(path)).tables[0]
    reviewed = docx.Document(str(path))
    table = reviewed.tables[0]
    cell = table.rows[2].cells[2]  # segment 2's target
    cell.paragraphs[0].text = "It counts twelve countries."
    for extra in cell.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    reviewed.save(str(path))
    report, edits = review.import_review(path)
    assert [(e.segment_id, e.new_text) for e in edits] == [(1, "It counts twelve countries.")]
    assert review.document.segments[1].target == "It counts twelve countries."
    assert report.edits[0].segment == 1
    review.restore_texts(edits)
    assert review.document.segments[1].target == PAIRS[1][1]


def test_recheck_after_edits(review):
    review.set_text(0, "target", "The project is currently under way.")
    review.set_text(2, "target", "It is actually late.")
    result = review.recheck([0, 2])
    assert result.issues[0] == [] and result.revisions == {0: 1, 2: 1}
    assert review.apply_recheck(result) == [0]  # segment 2 had no issue, still has none
    assert review.issues_of(0) == []


def test_results_of_segments_edited_meanwhile_are_dropped(review):
    job = review.prepare_recheck([0, 3])
    review.set_text(3, "target", "The experts are in Geneva.")
    review.set_text(0, "target", "The project is actually under way!")
    result = job.run()
    assert review.apply_recheck(result) == []  # both were edited after the snapshot
    assert spans(review.issues_of(0)) == [ACTUALLY]


def test_recheck_results_in_slices(review):
    for segment in review.document.segments:
        review.set_issues(segment.id, [])
    result = review.recheck([0, 1, 3])
    assert review.apply_recheck(result, [3]) == [3]
    assert review.issues_of(0) == []
    assert review.apply_recheck(result, [0, 1]) == [0, 1]
    assert spans(review.issues_of(0)) == [ACTUALLY]


def test_one_cancellation_convention(review):
    with pytest.raises(Cancelled):
        review.recheck([0, 1], cancelled=lambda: True)
    with pytest.raises(Cancelled):
        check_document(review.document, cancelled=lambda: True)
    with pytest.raises(Cancelled):
        document_scope_issues(review.document, cancelled=lambda: True)
    with pytest.raises(Cancelled):
        from translator_gui.core.export import export_document
        export_document(review.document, "/nonexistent/x.tmx", cancelled=lambda: True)


def test_snapshots_share_the_copies_of_unchanged_segments(review):
    first = review.snapshot()
    status_before = review.document.segments[3].status
    review.set_text(2, "target", "A new target.")
    review.set_status(3, Status.CONFIRMED)
    second = review.snapshot()
    live = review.document.segments
    assert [s is t for s, t in zip(first.segments, second.segments, strict=True)] == [
        True, True, False, False, True]
    # neither snapshot is the live document, and each keeps the texts of its moment
    assert all(s is not t for s, t in zip(second.segments, live, strict=True))
    assert (first.segments[2].target, second.segments[2].target) == (
        "The meeting took place in Beijing. It lasted two days.", "A new target.")
    assert (first.segments[3].status, second.segments[3].status) == (status_before,
                                                                    Status.CONFIRMED)
    assert status_before != Status.CONFIRMED
    assert vars(second.segments[4]) == vars(live[4])


def test_a_snapshot_copy_changed_by_its_reader_is_taken_again(review):
    first = review.snapshot()
    first.segments[1].target = "changed by a worker"
    second = review.snapshot()
    assert second.segments[1] is not first.segments[1]
    assert second.segments[1].target == review.document.segments[1].target


def test_a_snapshot_takes_again_a_segment_changed_outside_the_session(review):
    first = review.snapshot()
    review.document.segments[2].note = "checked with the client"  # no session edit says so
    review.document.segments[3].bead = Bead([3], [3], 0.5)
    second = review.snapshot()
    assert [s is t for s, t in zip(first.segments, second.segments, strict=True)] == [
        True, True, False, False, True]
    assert (first.segments[2].note, second.segments[2].note) == ("", "checked with the client")
    assert second.segments[3].bead.confidence == 0.5
    assert [vars(s) for s in second.segments] == [vars(s) for s in review.document.segments]


def test_set_texts_edits_many_segments_and_announces_them_once(review, heard):
    edits = review.set_texts([(4, "Out in July."), (2, PAIRS[2][1]), (0, "Actually, no.")])
    assert [(e.segment_id, e.side, e.old_text, e.new_text, e.old_status) for e in edits] == [
        (4, "target", PAIRS[4][1], "Out in July.", Status.DRAFT),
        (2, "target", PAIRS[2][1], PAIRS[2][1], Status.DRAFT),
        (0, "target", PAIRS[0][1], "Actually, no.", Status.DRAFT)]
    assert [s.status for s in review.document.segments] == [
        Status.EDITED, Status.DRAFT, Status.DRAFT, Status.DRAFT, Status.EDITED]
    # segment 0's issue (15-23) no longer fits its 13 characters: dropped and announced
    assert heard == [("segments", ChangeKind.TEXT, (4, 2, 0)), ("issues", frozenset({0}))]
    assert review.issues_of(0) == []
    sources = review.set_texts([(1, "La séance est levée.")], side="source")
    assert (sources[0].side, review.document.segments[1].source) == (
        "source", "La séance est levée.")
    with pytest.raises(KeyError):
        review.set_texts([(99, "no such segment")])
    review.restore_texts(edits)
    assert [s.target for s in review.document.segments] == [t for _s, t in PAIRS]


def test_a_merge_gives_the_new_segment_its_own_copy(review):
    review.snapshot()
    review.merge(0)
    snapshot = review.snapshot()
    assert [s.id for s in snapshot.segments] == [s.id for s in review.document.segments]
    assert snapshot.segments[0].source == review.document.segments[0].source
    assert snapshot.segments[0] is not review.document.segments[0]


def test_document_scope_issues_come_from_the_engine(review):
    review.set_text(4, "target", "The report on Peking will be published in July.")
    found = document_scope_issues(snapshot_of(review.document))
    assert [(i.segment, i.check, i.start, i.end) for i in found] == [
        (4, "test-name-consistency", 14, 20)]
    review.replace_document_scope_issues(found)
    assert spans(review.issues_of(4)) == [("test-name-consistency", "target", 14, 20)]
    assert spans(review.issues_of(0)) == [ACTUALLY]  # segment-scope issues stay


def _sixty_segments() -> ReviewDocument:
    segments = [Segment(index, *PAIRS[index % 5][:1], PAIRS[index % 5][1], PAIRS[index % 5][1],
                        bead=Bead([index], [index], 0.9)) for index in range(60)]
    return ReviewDocument(segments, "fr", "en")


def _by_segment(issues: list[Issue]) -> dict[int, list[tuple[str, str, int, int]]]:
    found: dict[int, list[tuple[str, str, int, int]]] = {}
    for issue in issues:
        found.setdefault(issue.segment, []).append((issue.check, issue.side, issue.start,
                                                    issue.end))
    return found


def test_a_document_pass_taken_in_by_slices_equals_a_fresh_full_check(monkeypatch):
    install_test_checks(monkeypatch)
    document = _sixty_segments()
    review = ReviewSession(document, check_document(document))
    # Peking in every fifth segment, Beijing gone but from one: the names checks change
    changes = [(i, "The meeting took place in Peking. It lasted two days.")
               for i in range(2, 60, 5) if i != 32]
    changes += [(3, "The experts are in Geneva."), (5, "The project is actually under way.")]
    review.set_texts(changes)
    review.apply_recheck(review.recheck([i for i, _text in changes]))
    job = review.prepare_document_scope()
    result = job.run()
    targets = review.document_scope_targets(result)
    heard: list[frozenset[int]] = []
    review.issues_changed.connect(heard.append)
    changed = []
    for first in range(0, len(targets), 7):
        changed += review.apply_document_scope(result, targets[first:first + 7])
    assert _by_segment(review.all_issues()) == _by_segment(check_document(review.document))
    # only the segments whose document-scope issues differ were touched and announced
    peking = [i for i, _text in changes[:-2]]
    assert sorted(changed) == peking
    assert sorted(set().union(*heard)) == peking


def test_a_document_pass_keeps_segments_edited_since_its_snapshot(review):
    review.set_text(4, "target", "The report on Peking will be published in July.")
    job = review.prepare_document_scope()
    review.set_text(4, "target", "The report on Peking is out in July.")
    result = job.run()
    assert review.apply_document_scope(result) == []
    assert review.issues_of(4) == []  # the next pass, on the new text, says
    review.set_text(2, "target", "The meeting took place in Peking.")  # Beijing gone
    result = review.prepare_document_scope().run()
    assert review.apply_document_scope(result) == []  # nothing listed, nothing found


# -- opening: every format in the readers' list ----------------------------------------------
def _document() -> ReviewDocument:
    return small_document()


def _write(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx
        made = docx.Document()
        made.add_paragraph("Le projet est en cours. Il a commencé en 2023.")
        made.save(str(path))
    elif suffix in MONOLINGUAL_SUFFIXES:
        path.write_text("Le projet est en cours. Il a commencé en 2023.\n", encoding="utf-8")
    elif suffix in (".tsv", ".tab"):
        path.write_text("".join(f"{s}\t{t}\n" for s, t in PAIRS), encoding="utf-8")
    elif suffix == ".tmx":
        from translator_gui.core.export.exchange import tmx_bytes
        path.write_bytes(tmx_bytes(_document()))
    else:
        from translator_gui.core.export.exchange import xliff_bytes
        path.write_bytes(xliff_bytes(_document(), "1.2" if suffix == ".xlf" else "2.1"))


@pytest.mark.parametrize("suffix", sorted(BILINGUAL_SUFFIXES))
def test_open_every_bilingual_format(tmp_path, suffix):
    path = tmp_path / f"x{suffix}"
    _write(path)
    opened = open_document([path], "fr", "en")
    assert opened.kind == "bilingual" and opened.project_path is None
    assert [(s.source, s.target) for s in opened.document.segments] == PAIRS


@pytest.mark.parametrize("suffix", sorted(MONOLINGUAL_SUFFIXES))
def test_open_every_lone_text_format(tmp_path, suffix):
    path = tmp_path / f"x{suffix}"
    _write(path)
    opened = open_document([str(path)], "fr", "en")
    assert opened.kind == "single"
    assert [s.source for s in opened.document.segments] == ["Le projet est en cours.",
                                                            "Il a commencé en 2023."]


@pytest.mark.parametrize("suffix", PROJECT_SUFFIXES)
def test_open_a_project(tmp_path, suffix):
    from translator_gui.core.project import save_project
    path = tmp_path / f"p{suffix}"
    save_project(_document(), path)
    opened = open_document([str(path)])
    assert opened.kind == "project" and opened.project_path == str(path)
    assert [s.target for s in opened.document.segments] == [p[1] for p in PAIRS]


def test_open_a_source_and_its_draft(tmp_path):
    source, draft = tmp_path / "fr.txt", tmp_path / "en.txt"
    source.write_text("Le projet est en cours.\n\nLa réunion a eu lieu à Pékin.\n", "utf-8")
    draft.write_text("The project is under way.\n\nThe meeting took place in Beijing.\n",
                     "utf-8")
    opened = open_document([source, draft], "fr", "en")
    assert opened.kind == "pair"
    assert [s.target for s in opened.document.segments] == [
        "The project is under way.", "The meeting took place in Beijing."]


def test_two_files_must_both_be_texts(tmp_path):
    text, table = tmp_path / "fr.txt", tmp_path / "x.tab"
    _write(text)
    _write(table)
    with pytest.raises(InputError, match=re.escape("both must be monolingual")):
        open_document([text, table])


def test_a_snapshot_copies_each_segment_and_shares_nothing_it_edits() -> None:
    from translator_gui.core.model import Bead, ReviewDocument, Segment
    from translator_gui.core.review import snapshot_of

    document = ReviewDocument([Segment(0, "Un.", "One.", "One.", bead=Bead([0], [0], 0.9))])
    snapshot = snapshot_of(document)
    document.segments[0].target = "Changed."
    assert snapshot.segments[0] == Segment(0, "Un.", "One.", "One.", bead=Bead([0], [0], 0.9))
    assert type(snapshot.segments[0]) is Segment and snapshot.segments[0].number == 1


def _counted(review: ReviewSession) -> dict[Severity, int]:
    counts = {severity: 0 for severity in Severity}
    for issue in review.all_issues():
        counts[issue.severity] += 1
    return counts


def test_the_counts_by_severity_follow_every_change_of_the_index(review):
    """The counts are kept as the index changes (the status bar asks after each edit)."""
    before = review.counts_by_severity()
    assert before == _counted(review) and sum(before.values()) == 3
    issue = review.issues_of(0)[0]
    review.set_issues(2, [Issue(2, "target", 0, 3, "test-double-space", "Fluency",
                                Severity.CRITICAL, "x")])
    assert review.counts_by_severity()[Severity.CRITICAL] == 1
    review.set_text(0, "target", "Short.")  # the "actually" span no longer fits: dropped
    assert review.issues_of(0) == []
    assert review.counts_by_severity() == _counted(review)
    review.ignore(review.issues_of(1)[0])
    assert review.counts_by_severity() == _counted(review)
    was_disabled, removed = review.disable_check("test-double-space")
    assert review.counts_by_severity() == _counted(review)
    review.enable_check("test-double-space", was_disabled, removed)
    assert review.counts_by_severity() == _counted(review)
    review.merge(2)
    review.replace_all_issues([issue], keep=[3])
    assert review.counts_by_severity() == _counted(review)
    review.set_document(small_document(), [issue])
    assert review.counts_by_severity() == _counted(review)
    assert sum(review.counts_by_severity().values()) == 1


def test_live_rechecks_follow_the_settings_at_once(review):
    """The live re-check keeps the list of enabled checks between keystrokes, but a check
    switched off (or on again) counts from the next re-check."""
    assert spans(review.recheck_now(0)) == [ACTUALLY]
    review.document.checks.disabled.add("test-false-friend")
    assert review.recheck_now(0) == []
    review.document.checks.disabled.discard("test-false-friend")
    assert spans(review.recheck_now(0)) == [ACTUALLY]


def test_live_rechecks_take_in_a_checklist_edited_on_disk(review, tmp_path, monkeypatch):
    from translator_gui.core import review as review_module
    from translator_gui.core.spelling import CONFIG_DIR_VARIABLE

    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(tmp_path))
    header = "id\tseverity\tsource\ttarget\ttarget_lacks\tmessage\n"
    assert spans(review.recheck_now(4)) == []
    (tmp_path / "checklist.tsv").write_text(
        header + "no-july\tminor\t\t\\bJuly\\b\t\tNo months.\n", encoding="utf-8")
    monkeypatch.setattr(review_module, "LIVE_CHECKS_SECONDS", 0.0)
    assert spans(review.recheck_now(4)) == [("checklist:no-july", "target", 32, 36)]


class _WantsReunion(Check):
    """A parse-based stand-in wanting the French texts that say « réunion »."""

    id = "test-wants-reunion"
    name = "Réunion (test, parse-based)"
    description = "wants « réunion » parsed"
    category = "Accuracy/Mistranslation"
    needs_parse = True

    def wants_parse(self, text):
        return "réunion" in text

    def check_segment(self, context):
        return ()


def test_parse_pending_follows_the_segments_texts(review, monkeypatch):
    """Asked after every keystroke: typing in the English leaves the answer (the French texts
    the parse-based checks want) to the last one, the checks not asked again; a French edit,
    or a check switched off, asks again."""
    from translator_gui.core import review as review_module

    monkeypatch.setitem(base._REGISTRY, _WantsReunion.id, _WantsReunion())
    asked: list[str] = []
    texts_to_parse = review_module.texts_to_parse
    monkeypatch.setattr(review_module, "texts_to_parse", lambda checks, context, wants: (
        asked.append(context.segment.source), texts_to_parse(checks, context, wants))[1])
    french = review.segment(2).source
    assert review.parse_pending(2) == [french] and len(asked) == 1
    review.set_text(2, "target", "The session took place in Beijing.")
    assert review.parse_pending(2) == [french] and len(asked) == 1
    review.set_text(2, "source", "La séance a eu lieu à Pékin.")
    assert review.parse_pending(2) is None  # nothing wanted, no parse-based issue
    review.set_text(2, "source", "La réunion a eu lieu à Pékin.")
    assert review.parse_pending(2) == ["La réunion a eu lieu à Pékin."]
    assert len(asked) == 3
    review.document.checks.disabled.add(_WantsReunion.id)
    assert review.parse_pending(2) is None
