"""The whole-document check on two processes gives exactly check_document's issues, in its order,
and falls back to one process when the second one fails."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest
from cli_support import run_cli

from translator_gui.core import morphology
from translator_gui.core.checks import processes
from translator_gui.core.checks.base import all_checks, check_document
from translator_gui.core.checks.processes import check_document_in_processes
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.readers import read_bilingual

SEED = Path(__file__).resolve().parents[1] / "samples" / "seed-fr-en.tsv"
# Pairs only a whole-document check flags: one source translated two ways (consistency), a
# name seen in normal case then in capitals (name-in-capitals), a term rendered two ways.
DOCUMENT_WIDE = [
    ("Le Conseil de sécurité a adopté la résolution.", "The Security Council adopted the resolution."),
    ("Le Conseil de sécurité a adopté la résolution.", "The Safety Council adopted the resolution."),
    ("Ma Zhaoxu a pris la parole devant les délégués.", "Ma Zhaoxu spoke to the delegates."),
    ("MA a appelé tous les pays à agir ensemble dès demain.", "MA called on all countries to act."),
]
# Pairs a parse-based check flags (agreement read from the parse).
PARSED = [
    ("Les granulés de charbon actif ne peut pas être régénérés.",
     "Activated carbon granules cannot be regenerated."),
    ("La résolution a été adopté à l'unanimité.", "The resolution was adopted unanimously."),
]

needs_fork = pytest.mark.skipif(not hasattr(processes.os, "fork"), reason="no fork here")


def _document(copies: int = 3) -> ReviewDocument:
    pairs = read_bilingual(SEED) * copies + DOCUMENT_WIDE + PARSED
    return ReviewDocument([Segment(i, fr, en, en) for i, (fr, en) in enumerate(pairs)], "fr", "en",
                          bilingual_path=str(SEED))


@pytest.fixture
def small_blocks(monkeypatch):
    # A short document goes to two processes too, in small blocks, so both take some.
    monkeypatch.setattr(processes, "MIN_SEGMENTS", 2)
    monkeypatch.setattr(processes, "BLOCK", 3)
    monkeypatch.setattr(processes, "usable_processes", lambda: 2)


def _without_parse(document: ReviewDocument) -> ReviewDocument:
    document.checks.disabled.update(c.id for c in all_checks() if c.needs_parse)
    return document


@needs_fork
def test_two_processes_give_the_issues_of_one_in_the_same_order(small_blocks) -> None:
    one = check_document(_without_parse(_document()))
    two = check_document_in_processes(_without_parse(_document()), 2)
    assert two == one
    assert {"inconsistent-target", "name-in-capitals", "term-missing-translation"} <= {
        i.check for i in two}
    # every copy of the seed gets the same issues as the first
    first = [(i.check, i.start, i.end) for i in one if i.segment < 13]
    assert [(i.check, i.start, i.end) for i in one if 13 <= i.segment < 26] == first


@needs_fork
def test_the_second_process_takes_its_share(small_blocks, monkeypatch) -> None:
    taken: list[int] = []
    original_blocks, original_from_start = processes._quick_blocks, processes._from_start
    parent = os.getpid()

    def counting(*args):
        done = original_blocks(*args)
        taken.extend(done)  # the parent's share (the worker's list stays in the worker)
        return done

    def after_the_worker_took_one(claims):
        # After its first block the parent waits (asleep, up to 60 s) for the worker to claim
        # one from the end, so both take a share of a short document whatever the machine's
        # load: 20 copies of the seed made that likely for seconds of CPU, never certain.
        if os.getpid() == parent and claims[0] > 0:
            deadline = time.monotonic() + 60
            while claims[1] == len(document.segments) and time.monotonic() < deadline:
                time.sleep(0.005)
        return original_from_start(claims)

    monkeypatch.setattr(processes, "_quick_blocks", counting)
    monkeypatch.setattr(processes, "_from_start", after_the_worker_took_one)
    document = _without_parse(_document(copies=2))
    assert check_document_in_processes(document, 2) == check_document(document)
    assert 0 < len(taken) < len(document.segments)
    assert taken[:3] == [0, 1, 2]  # the parent works from the start
    # each segment was checked by exactly one of them: the parent's blocks from the start,
    # the worker's from the end
    assert taken == list(range(len(taken)))


@needs_fork
def test_a_failing_second_process_leaves_the_work_to_the_first(small_blocks, monkeypatch,
                                                                caplog) -> None:
    def broken(*_args):
        raise RuntimeError("worker broke")

    monkeypatch.setattr(processes, "_worker", broken)
    document = _without_parse(_document(copies=1))
    with caplog.at_level(logging.WARNING, logger="translator_gui.core.checks.processes"):
        assert check_document_in_processes(document, 2) == check_document(document)
    assert "checking on one" in caplog.text


@needs_fork
def test_the_worker_is_waited_for_once_its_issues_are_used(small_blocks) -> None:
    # (not before: its exit, unmapping its memory, goes on while the issues are finished)
    document = _without_parse(_document(copies=1))
    assert check_document_in_processes(document, 2) == check_document(document)
    [worker] = processes._ending
    processes.wait_for_workers()
    assert processes._ending == []
    with pytest.raises(ChildProcessError):  # waited for already: no process left behind
        os.waitpid(worker, os.WNOHANG)


def test_claims_take_a_quarter_of_what_is_left_within_bounds(monkeypatch) -> None:
    monkeypatch.setattr(processes, "BLOCK", 16)
    monkeypatch.setattr(processes, "MAX_BLOCK", 256)

    shared = processes._Claims(3003)  # the two processes' claims, as the fork shares them
    shared[0] = 16
    assert processes._from_start(shared) == range(16, 272)  # 2,987 left: at most 256
    assert processes._from_end(shared) == range(2747, 3003)
    shared[0], shared[1] = 1000, 1100  # 100 left: a quarter, 25
    assert processes._from_end(shared) == range(1075, 1100)
    shared[0], shared[1] = 1000, 1040  # 40 left: no fewer than 16
    assert processes._from_start(shared) == range(1000, 1016)
    shared[0], shared[1] = 1000, 1010  # fewer than 16 left: all of them
    assert processes._from_start(shared) == range(1000, 1010)
    assert processes._from_start(shared) is None and processes._from_end(shared) is None
    shared.close()


def test_one_process_or_a_short_document_checks_in_this_process(monkeypatch) -> None:
    monkeypatch.setattr(processes, "_worker", None)  # a fork would fail loudly
    document = _without_parse(_document(copies=1))
    assert len(document.segments) < processes.MIN_SEGMENTS
    assert check_document_in_processes(document, 2) == check_document(document)
    monkeypatch.setattr(processes, "MIN_SEGMENTS", 2)
    assert check_document_in_processes(document, 1) == check_document(document)


def test_jobs_below_one_is_a_usage_error() -> None:
    code, out, err = run_cli("check", SEED, "--jobs", "0")
    assert (code, out) == (2, "")
    assert "--jobs needs 1 or more" in err


@needs_fork
def test_the_command_line_prints_the_same_with_one_or_two_jobs(small_blocks) -> None:
    one = run_cli("check", SEED, "--format", "json", "--jobs", "1",
                  *(f"--disable={c.id}" for c in all_checks() if c.needs_parse))
    two = run_cli("check", SEED, "--format", "json", "--jobs", "2",
                  *(f"--disable={c.id}" for c in all_checks() if c.needs_parse))
    assert one[0] == 1 and one == two


@pytest.mark.slow
@needs_fork
def test_the_parse_based_checks_run_in_the_second_process_with_the_same_issues(
        small_blocks) -> None:
    one = check_document(_document())
    two = check_document_in_processes(_document(), 2)
    assert two == one
    last = len(_document().segments)
    assert [(i.segment, i.check, i.start, i.end) for i in two if i.segment >= last - 2
            and i.check.startswith("fr-") and i.side == "source"] == [
        (last - 2, "fr-subject-verb-agreement", 33, 37),
        (last - 1, "fr-participle-agreement", 20, 26)]


@needs_fork
def test_the_check_feeding_wants_parse_runs_in_the_second_process(small_blocks,
                                                                  monkeypatch) -> None:
    # Its findings per text are what the parse-based adjective check's wants_parse reads: the
    # worker, which asks, runs it on every segment (the first block's too: what it loads is
    # loaded after the fork, in the worker only), instead of both processes working them
    # out. A missing model keeps the parse pass quick (its checks stay silent).
    previous = morphology.set_french(morphology.Morphology("no_such_model_installed"))
    try:
        feeding = next(c for c in all_checks() if c.feeds_wants_parse)
        in_parent: list[int] = []
        original = type(feeding).check_segment

        def counting(self, context):  # appends in the worker stay in the worker
            in_parent.append(context.segment.id)
            return original(self, context)

        monkeypatch.setattr(type(feeding), "check_segment", counting)
        two = check_document_in_processes(_document(copies=1), 2)
        assert in_parent == []  # not even the first block (checked before the fork)
        assert two == check_document(_document(copies=1))
        assert (7, "fr-noun-phrase-agreement") in {(i.segment, i.check) for i in two}
    finally:
        morphology.set_french(previous)
