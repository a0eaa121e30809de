"""The headless command line: align, check, export and import-review, for batch work and CI.

Exit codes: 0 no issue of severity minor or worse, 1 there are, 2 bad usage or bad input.
Input errors print one line naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from translator_gui import __version__, cli_memory
from translator_gui.core.model import Bead, InputError, ReviewDocument, Segment

if TYPE_CHECKING:
    from translator_gui.core.checks.base import Issue

COMMANDS = ("align", "check", "export", "import-review", "checks", "memory")
SEVERITIES = ("neutral", "minor", "major", "critical")
EXIT_CLEAN, EXIT_ISSUES, EXIT_ERROR = 0, 1, 2
DEFAULT_SOURCE_LANGUAGE = "fr"
SEGMENT_NUMBERING = "1-based"  # check --format json: segments[].id and issues[].segment


_collector_paused = False
_threshold_after: int | None = None
# What the check command's process lets build up between two collections once its tables are
# loaded (the first threshold of gc.set_threshold; Python's own is 700). Its checks allocate
# millions of short-lived containers, freed by reference counting: with 700, a WMT14 check
# (3,003 pairs, one process) ran 780 collections, 1.25 s of its 17.6 s of CPU at load 10, to
# collect 5,107 objects in all; with 100,000, 4 collections, 0.27 s. With 1,000,000 the two
# processes of that check run none (they ran some six, 0.19-0.20 s of CPU over objects nearly
# all alive: tables, caches, issues), the same peak memory (335 MB); a longer document is
# still collected every million net allocations.
CHECK_COLLECTION_THRESHOLD = 1_000_000


def pause_collector(threshold: int | None = None) -> None:
    """Pause the cyclic garbage collector while a command loads its tables (resume_collector
    ends the pause). `threshold`: the collector's first threshold from then on (a process
    that ends with its command: the check command's __main__)."""
    global _collector_paused, _threshold_after
    gc.disable()
    _collector_paused = True
    _threshold_after = threshold


def resume_collector() -> None:
    """End pause_collector's pause: what is loaded by now (modules, tables, dictionaries) is
    frozen out of the collector's sight, as it lives until the process ends, and the
    collector runs over the rest (every `threshold` allocations, when pause_collector was
    given one)."""
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.freeze()
        if _threshold_after is not None:
            gc.set_threshold(_threshold_after, *gc.get_threshold()[1:])
        gc.enable()


class UsageError(Exception):
    """A combination of arguments that argparse cannot refuse by itself."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="translator-gui",
        description="Review machine translation: align a source with its draft, flag MT errors, "
                    "export the corrections. Without a command, opens the window "
                    "(translator-gui [SOURCE DRAFT | PROJECT]).")
    parser.add_argument("--version", action="version", version=f"translator-gui {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def languages(sub: argparse.ArgumentParser, guessed: bool = False) -> None:
        # check: unset means "fr, unless a lone text's words say otherwise" (cmd_check)
        sub.add_argument("--source-language", default=None if guessed else "fr", metavar="CODE",
                         help="language of the source (default: fr"
                              + ("; a lone text's language is guessed)" if guessed else ")"))
        sub.add_argument("--target-language", default="en", metavar="CODE",
                         help="language of the draft/target (default: en)")
        sub.add_argument("--srx", metavar="FILE", help="your own SRX segmentation rules")

    align = commands.add_parser("align", help="segment and align a source and its draft")
    align.add_argument("source", help="source text (.txt or .docx)")
    align.add_argument("draft", help="draft translation (.txt or .docx)")
    align.add_argument("--presegmented", action="store_true",
                       help="one sentence per line: take lines as sentences, as they are")
    align.add_argument("--format", choices=("tsv", "json"), default="tsv")
    languages(align)

    check = commands.add_parser("check", help="flag machine-translation errors")
    check.add_argument("input", help="a bilingual file (.tsv, .tmx, .xlf), a project (.tgp), "
                                     "a source text, or a lone text to check on its own")
    check.add_argument("draft", nargs="?", help="the draft, when INPUT is the source text")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--save", metavar="PROJECT", help="also save the project file")
    check.add_argument("--disable", action="append", default=[], metavar="CHECK",
                       help="switch a check off (repeatable; see `translator-gui checks`)")
    check.add_argument("--glossary", action="append", default=[], metavar="FILE",
                       help="your own glossary (CSV/TSV/TBX); it takes precedence (repeatable)")
    check.add_argument("--checklist", action="append", default=[], metavar="FILE",
                       help="your own rules, a TSV checklist (docs/checklists.md; repeatable)")
    check.add_argument("--min-severity", choices=SEVERITIES, default="neutral",
                       help="report only issues at least this severe")
    check.add_argument("--presegmented", action="store_true",
                       help="one sentence per line in monolingual inputs")
    check.add_argument("--memory", metavar="PATH", help="a translation memory to check against")
    check.add_argument("--jobs", type=int, default=None, metavar="N",
                       help="processes to check a long document on (default: 2 when two "
                            "cores are free; 1 checks in this process only)")
    languages(check, guessed=True)

    export = commands.add_parser("export", help="write the corrected document or a report")
    export.add_argument("project", help="a project file saved by check --save or the window")
    export.add_argument("--to", required=True, metavar="FILE",
                                        help="output; its extension picks the format: .docx .xlf .xliff .tmx "
                             ".html .htm .csv")
    export.add_argument("--track-changes", action="store_true",
                        help="DOCX: corrections as Word tracked changes against the draft")
    export.add_argument("--comments", action="store_true",
                        help="DOCX: open issues as Word comments")
    export.add_argument("--bilingual", action="store_true",
                        help="DOCX: a bilingual review table instead of the document layout")
    export.add_argument("--author", default="translator_gui", help="author of revisions/comments")
    export.add_argument("--initials", default=None,
                        help="initials on comments (default: from --author)")
    export.add_argument("--xliff-version", choices=("1.2", "2.1"), default=None,
                        help="XLIFF version for .xlf/.xliff (default: 2.1)")
    export.add_argument("--mqm-threshold", type=float, default=None, metavar="POINTS",
                        help="report: MQM penalty points per 1,000 words above which it fails")

    review = commands.add_parser("import-review",
                                 help="bring back a reviewer's edits from a bilingual review DOCX")
    review.add_argument("project")
    review.add_argument("reviewed", help="the bilingual review .docx after the reviewer's edits")

    commands.add_parser("checks", help="list the checks with their id, category and severity")
    cli_memory.add_memory_parser(commands)
    return parser


# -- helpers -------------------------------------------------------------------------------------


def _load_document(args: argparse.Namespace) -> ReviewDocument:
    from translator_gui.core.opening import open_document

    paths = [args.input] + ([args.draft] if args.draft else [])
    guess = args.source_language is None
    source_language = args.source_language or DEFAULT_SOURCE_LANGUAGE
    opened = open_document(paths, source_language, args.target_language,
                           presegmented=args.presegmented, srx_path=args.srx,
                           guess_language=guess)
    if opened.note:
        from translator_gui.core.language import language_name

        print(f"translator-gui: {opened.note} (--source-language {source_language} checks it "
              f"as {language_name(source_language)})", file=sys.stderr)
    return opened.document


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (("…" if start > width else "") + left + "[" + text[start:end] + "]" + right
            + ("…" if end + width < len(text) else "")).replace("\n", " ")


def _format_issue_text(issue: Issue, segment: Segment) -> str:
    text = segment.text("target" if issue.side == "both" else issue.side)
    lines = [f"segment {issue.segment + 1} · {issue.side} · {issue.severity.value} · "
             f"{issue.check} ({issue.category})",
             f"    {_context(text, issue.start, issue.end)}",
             f"    {issue.message}"]
    if issue.suggestion:
        lines.append(f"    suggestion: {issue.suggestion}")
    return "\n".join(lines)


# -- commands ------------------------------------------------------------------------------------


def cmd_align(args: argparse.Namespace) -> int:
    from translator_gui.core.pipeline import align_pair

    # the beads straight to the output: no review document (segments, issues) is needed
    source, draft, beads = align_pair(args.source, args.draft, args.source_language,
                                      args.target_language, presegmented=args.presegmented,
                                      srx_path=args.srx)
    if args.format == "json":
        _write_alignment_json(sys.stdout, source.sentence_texts(), draft.sentence_texts(), beads)
    else:
        out = sys.stdout
        for bead in beads:
            out.write(f"{_one_line(source.join(bead.source))}\t"
                      f"{_one_line(draft.join(bead.target))}\n")
    return EXIT_CLEAN


def _write_alignment_json(out: TextIO, source: list[str], target: list[str],
                          beads: list[Bead]) -> None:
    """The `align --format json` object, written piece by piece (what json.dump would write,
    without building it all in memory first: a 10,000-sentence alignment is 2 MB of text)."""
    quote = json.JSONEncoder(ensure_ascii=False).encode

    def sentences(texts: list[str]) -> None:
        for start in range(0, len(texts), 1000):
            part = ", ".join(map(quote, texts[start:start + 1000]))
            out.write((", " if start else "") + part)

    out.write('{"source_sentences": [')
    sentences(source)
    out.write('], "target_sentences": [')
    sentences(target)
    out.write('], "beads": [')
    for k, bead in enumerate(beads):
        data = bead.to_json()
        out.write(f'{", " if k else ""}{{"source": [{", ".join(map(str, data["source"]))}], '
                  f'"target": [{", ".join(map(str, data["target"]))}], '
                  f'"confidence": {float(data["confidence"])!r}}}')
    out.write("]}\n")


def _one_line(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")


def cmd_check(args: argparse.Namespace) -> int:
    from translator_gui.core.checks.base import Severity, all_checks

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs needs 1 or more")
    if args.save:
        from translator_gui.core.disk import check_writable

        check_writable(args.save)  # before the checks run, not after
    document = _load_document(args)
    if "spelling" not in args.disable:
        from translator_gui.core.spelling import load_in_background

        # Read while the checks' modules import and the other checks run.
        load_in_background((document.source_language, document.target_language))
    known = {c.id for c in all_checks()}
    unknown = [c for c in args.disable if c not in known and not c.startswith("checklist:")]
    if unknown:
        raise UsageError(f"unknown check id(s): {', '.join(unknown)} "
                         "(`translator-gui checks` lists them)")
    from translator_gui.core.termbase import read_glossary

    for glossary in args.glossary:
        if not Path(glossary).is_file():
            raise InputError(glossary, "glossary file not found")
        # Read it now so a broken glossary stops the run with its reason, instead of the
        # checks quietly running without the terms the translator asked for.
        read_glossary(glossary, document.source_language, document.target_language)
    from translator_gui.core.checklist import checklist_rules

    checklists = [str(Path(c).resolve()) for c in args.checklist]
    # Read every checklist now (the project's, these, the user's): a bad one stops the run
    # with its file and line, instead of its rules silently missing.
    checklist_rules([*document.checks.checklists, *checklists], strict=True)
    document.checks.checklists.extend(c for c in checklists if c not in document.checks.checklists)
    cli_memory.attach_memory(document, args.memory)
    document.checks.disabled.update(args.disable)
    document.checks.glossaries.extend(str(Path(g).resolve()) for g in args.glossary)
    issues = _check_whole(document, args.jobs)
    floor = Severity(args.min_severity).rank
    shown = [i for i in issues if i.severity.rank >= floor]
    if args.save:
        from translator_gui.core.project import save_project

        save_project(document, args.save)
    if args.format == "json":
        # One numbering for people, the window's and the reports': segments count from 1
        # (Segment.number), in `id` and in each issue's `segment` alike, and the file says so.
        # json.dumps, not json.dump: dump writes through the pure-Python encoder, a write per
        # piece; dumps is the C encoder in one go (WMT14's 1 MB: 0.02 s -> 0.01 s of CPU).
        sys.stdout.write(json.dumps(
            {"segment_numbering": SEGMENT_NUMBERING,
             "segments": [{"id": s.number, "source": s.source, "target": s.target}
                          for s in document.segments],
             "issues": [{**i.to_json(), "segment": i.segment + 1} for i in shown]},
            ensure_ascii=False) + "\n")
    else:
        by_id = {segment.id: segment for segment in document.segments}
        for issue in shown:
            print(_format_issue_text(issue, by_id[issue.segment]))
        counts = {s: sum(1 for i in shown if i.severity.value == s) for s in SEVERITIES}
        summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no issues"
        print(f"{len(document.segments)} segments checked: {summary}")
    serious = any(i.severity.rank >= Severity.MINOR.rank for i in shown)
    if (processes := sys.modules.get("translator_gui.core.checks.processes")) is not None:
        processes.wait_for_workers()  # (now that the output is written: see there)
    return EXIT_ISSUES if serious else EXIT_CLEAN


def _check_whole(document: ReviewDocument, jobs: int | None) -> list[Issue]:
    """check_document, on two processes for a long document when the machine has two cores
    free (the same issues in the same order); never with a translation memory open (an
    SQLite connection must not cross a fork)."""
    from translator_gui.core.checks import check_document
    from translator_gui.core.checks.processes import (
        MIN_SEGMENTS,
        check_document_in_processes,
        usable_processes,
    )

    if len(document.segments) < MIN_SEGMENTS:
        processes = 1  # (not worth a second process: multiprocessing is not even imported)
    else:
        processes = min(2, usable_processes()) if jobs is None else jobs
    # The first segments' quick checks have loaded their tables by the first progress report.
    loaded = lambda _done, _total: resume_collector()  # noqa: E731
    if processes < 2 or getattr(document, "memory", None) is not None:
        return check_document(document, progress=loaded)
    return check_document_in_processes(document, processes, progress=loaded)


def cmd_export(args: argparse.Namespace) -> int:
    from translator_gui.core.checks import check_document
    from translator_gui.core.disk import check_writable
    from translator_gui.core.export import export_document, export_format
    from translator_gui.core.project import load_project

    export_format(args.to)
    check_writable(args.to)  # a missing or read-only folder fails now, not after the checks
    document = load_project(args.project)
    issues = check_document(document)
    result = export_document(document, args.to, track_changes=args.track_changes,
                             comments=args.comments, bilingual=args.bilingual, issues=issues,
                             author=args.author, initials=args.initials,
                             xliff_version=args.xliff_version,
                             mqm_threshold=args.mqm_threshold)
    print(result.summary(), file=sys.stderr)
    return EXIT_CLEAN


def cmd_import_review(args: argparse.Namespace) -> int:
    from translator_gui.core.disk import check_writable
    from translator_gui.core.export import apply_review_edits, import_review
    from translator_gui.core.project import load_project, save_project

    document = load_project(args.project)
    check_writable(args.project)
    report = import_review(document, args.reviewed)
    if report.refused:
        # Rows that do not match their segment mean the table was renumbered, sorted or
        # edited outside the Target column: applying anything could overwrite other segments.
        print(report.summary(), file=sys.stderr)
        return EXIT_ERROR
    apply_review_edits(document, report.edits)
    save_project(document, args.project)
    print(report.summary(), file=sys.stderr)
    return EXIT_CLEAN


def cmd_checks(_args: argparse.Namespace) -> int:
    from translator_gui.core.checks.base import all_checks

    checks = sorted(all_checks(), key=lambda c: c.id)
    id_width = max(len(c.id) for c in checks)
    category_width = max(len(c.category) for c in checks)
    for check in checks:
        # The severity actually emitted: a range when the check grades its own findings.
        mildest, gravest = check.severity_range()
        grade = mildest.value if mildest == gravest else f"{mildest.value}–{gravest.value}"
        print(f"{check.id:{id_width}}  {grade:16}  {check.category:{category_width}}  "
              f"{check.name}")
    return EXIT_CLEAN


HANDLERS = {"align": cmd_align, "check": cmd_check, "export": cmd_export,
            "import-review": cmd_import_review, "checks": cmd_checks,
            "memory": cli_memory.cmd_memory}


@functools.cache
def _parser() -> argparse.ArgumentParser:
    # Built once per process: parsing never changes it, and a caller running many commands
    # in one process (the tests run ~900) would rebuild it each time (~5 ms).
    return build_parser()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    logging.basicConfig(level=logging.WARNING, format="translator-gui: %(message)s")
    try:
        return HANDLERS[args.command](args)
    except InputError as error:
        print(f"translator-gui: {error}", file=sys.stderr)
    except UsageError as error:
        print(f"translator-gui: {error}", file=sys.stderr)
    except KeyboardInterrupt:
        print("translator-gui: interrupted", file=sys.stderr)
    except BrokenPipeError:
        pass
    except Exception as error:  # noqa: BLE001 - the promise is one line, never a traceback
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        print(f"translator-gui: internal error ({type(error).__name__}: {error}); "
              "please report it with the files that caused it", file=sys.stderr)
    return EXIT_ERROR
