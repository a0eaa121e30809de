"""Real Word files from other projects' test suites, read, corrected and exported back.

Each file of tests/data/docx-corpus/ (origins and licences in its MANIFEST.tsv) is read as the
draft and paired with itself; some words of its sentences are changed — one in the middle, one
at a run boundary, one beside a hyperlink or a field — a word is dropped here and there and one
added, and the project is exported as plain edits and as tracked changes. Then:
accepting our revisions gives exactly the corrected text and rejecting them exactly the draft
(whitespace included); hyperlink and field texts are not changed by edits made outside them;
every part of the package, its content type and every paragraph, table, section, field and
bookmark are still there; every XML part is well formed; and LibreOffice opens the result.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from fixtures.docx_corpus import (
    accept_author,
    content_types,
    read_parts,
    reject_author,
    revision_authors,
    shown,
    structure,
    w,
    xml_parts,
)

from translator_gui.core.docx_io import iter_docx_paragraphs
from translator_gui.core.export import export_document
from translator_gui.core.model import Bead, InputText, ReviewDocument, Segment
from translator_gui.core.pipeline import read_input

CORPUS = Path(__file__).parent / "data" / "docx-corpus"
FILES = sorted(CORPUS.glob("*.docx"))
AUTHOR = "Corpus Reviewer"
_WORD = re.compile(r"\w{2,}")


def _key(location: dict) -> str:
    return (f"{location['part']}:{location.get('section', '')}:{location.get('kind', '')}:"
            f"{location['path']}")


# -- the corrections -----------------------------------------------------------------------------
@dataclass
class Plan:
    document: ReviewDocument
    expected: dict[str, str]  # corrected text by paragraph location
    draft: dict[str, str]  # the draft's text by paragraph location
    held: dict[str, list[tuple[str, str]]]  # hyperlink and field texts by location
    kinds: dict[str, int]  # how many edits of each kind were made


def _pick(words: list[tuple[int, int]], shown_owners: list[str], runs: list[int],
          text: str) -> dict[str, tuple[int, int]]:
    """One word per kind of place: beside a link or field, at a run boundary, in the middle."""
    picks: dict[str, tuple[int, int]] = {}
    plain = [(a, b) for a, b in words if not any(shown_owners[a:b])]
    for a, b in plain:
        before = a - 1 if a >= 1 and not text[a - 1].isspace() else a - 2
        after = b if b < len(text) and not text[b].isspace() else b + 1
        if (0 <= before and shown_owners[before]) or (after < len(text) and shown_owners[after]):
            picks.setdefault("beside-link-or-field", (a, b))
        if (a > 0 and runs[a - 1] != runs[a]) or (b < len(text) and runs[b] != runs[b - 1]):
            picks.setdefault("run-boundary", (a, b))
    if plain:
        middle = plain[len(plain) // 2]
        if middle not in picks.values():
            picks["middle"] = middle
    return picks


def _link_edge(owners: list[str], text: str, start: int, end: int,
               taken: set[tuple[int, int]]) -> tuple[int, str] | None:
    """Where a link or field meets plain text at a space, and the words to add there."""
    for at in range(max(start, 1), min(end, len(text) - 1)):
        if any(a - 1 <= at <= b + 1 for a, b in taken):
            continue
        if owners[at - 1] and not owners[at] and text[at] == " ":
            return at, " really"  # just after the link, before the space
        if not owners[at - 1] and owners[at] and text[at - 1] == " ":
            return at, "really "  # just before the link, after the space
    return None


def _replacement(word: str) -> str:
    return "revised" if word.lower() != "revised" else "amended"


def plan_corrections(path: Path, limit: int = 60) -> Plan:
    draft = read_input(path, "en")
    original = docx.Document(str(path))
    walked = {_key(location): paragraph for location, paragraph in iter_docx_paragraphs(original)}
    draft_texts = {key: shown(paragraph._p).text for key, paragraph in walked.items()}
    held = {key: shown(paragraph._p).held() for key, paragraph in walked.items()}
    views = {}
    for paragraph in draft.paragraphs:
        key = _key(paragraph.location)
        view = shown(walked[key]._p)
        # The reader must read what Word shows, or nothing below can be placed.
        assert paragraph.text == view.text, (key, paragraph.text, view.text)
        views[key] = view
    kinds: dict[str, int] = {}
    targets: list[str] = []
    edited = 0
    for index, sentence in enumerate(draft.sentences):
        text = draft.sentence_text(index)
        paragraph = draft.paragraphs[sentence.paragraph]
        view = views[_key(paragraph.location)]
        if edited >= limit:
            targets.append(text)
            continue
        words = [(m.start() + sentence.start, m.end() + sentence.start)
                 for m in _WORD.finditer(text)]
        picks = _pick(words, view.owners, view.runs, paragraph.text)
        edits: list[tuple[int, int, str]] = []
        for kind, (a, b) in picks.items():
            edits.append((a, b, _replacement(paragraph.text[a:b])))
            kinds[kind] = kinds.get(kind, 0) + 1
        taken = set(picks.values())
        boundary = _link_edge(view.owners, paragraph.text, sentence.start, sentence.end, taken)
        if boundary is not None:  # a word added right against a link or field, outside it
            at, words_added = boundary
            edits.append((at, at, words_added))
            kinds["added-beside-link-or-field"] = kinds.get("added-beside-link-or-field", 0) + 1
        spare = [w for w in words if w not in taken and not any(view.owners[w[0]:w[1]])
                 and all(abs(w[0] - t[1]) > 1 and abs(t[0] - w[1]) > 1 for t in taken)]
        if spare and edited % 3 == 1:  # a word dropped with the space before it
            a, b = spare[-1]
            if a > sentence.start and paragraph.text[a - 1] == " ":
                edits.append((a - 1, b, ""))
                kinds["deleted"] = kinds.get("deleted", 0) + 1
        elif spare and edited % 3 == 2:  # a word added in front of another
            a, _ = spare[0]
            edits.append((a, a, "really "))
            kinds["inserted"] = kinds.get("inserted", 0) + 1
        if not edits:
            targets.append(text)
            continue
        edited += 1
        new = paragraph.text
        for a, b, replacement in sorted(edits, reverse=True):
            new = new[:a] + replacement + new[b:]
        shift = len(new) - len(paragraph.text)
        targets.append(new[sentence.start:sentence.end + shift])
    segments = [Segment(i, "", draft.sentence_text(i), target, bead=Bead([i], [i]))
                for i, target in enumerate(targets)]
    document = ReviewDocument(segments, draft_input=draft, draft_path=draft.path)
    expected = dict(draft_texts)
    for key, text in _corrected_paragraphs(draft, targets).items():
        expected[key] = text
    return Plan(document, expected, draft_texts, held, kinds)


def _corrected_paragraphs(draft: InputText, targets: list[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for index, sentence in enumerate(draft.sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(
            (sentence.start, sentence.end, targets[index]))
    for number, paragraph in enumerate(draft.paragraphs):
        text = paragraph.text
        for start, end, target in sorted(by_paragraph.get(number, []), reverse=True):
            text = text[:start] + target + text[end:]
        texts[_key(paragraph.location)] = text
    return texts


# -- reading the export back ---------------------------------------------------------------------
def _texts(data: bytes, view: str) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Paragraph texts (and link/field texts) by location after accepting or rejecting our
    revisions ("accept"/"reject"), or as written ("as-is")."""
    document = docx.Document(io.BytesIO(data))
    if view != "as-is":
        for part in document.part.package.iter_parts():
            element = getattr(part, "_element", None)
            if element is not None:
                (accept_author if view == "accept" else reject_author)(element, AUTHOR)
    texts, held = {}, {}
    for location, paragraph in iter_docx_paragraphs(document):
        seen = shown(paragraph._p)
        texts[_key(location)] = seen.text
        held[_key(location)] = seen.held()
    return texts, held


def _export(plan: Plan, out: Path, tracked: bool) -> bytes:
    started = time.perf_counter()
    export_document(plan.document, out, track_changes=tracked, author=AUTHOR)
    # Generous for a shared machine; the audit saw one file run for 900 s.
    assert time.perf_counter() - started < 60
    return out.read_bytes()


def _assert_package_kept(draft: bytes, exported: bytes) -> None:
    before, after = read_parts(draft), read_parts(exported)
    assert sorted(after) == sorted(before)
    assert content_types(after) == content_types(before)
    xml_parts(after)  # every XML part well formed
    for name in before:
        if not name.endswith((".xml", ".rels")):
            assert after[name] == before[name], name  # media and binaries copied as they are


def _assert_structure_kept(draft: bytes, exported: bytes, view: str) -> None:
    before = structure(xml_parts(read_parts(draft)))
    roots = xml_parts(read_parts(exported))
    if view != "as-is":
        for root in roots.values():
            (accept_author if view == "accept" else reject_author)(root, AUTHOR)
    assert structure(roots) == before


@pytest.fixture(scope="module")
def plans():
    """Each file's plan of corrections, made once for the tests below (each plan reads its file
    twice; three tests read them all): a plan is a function of the file alone."""
    made: dict[str, Plan] = {}

    def get(path: Path) -> Plan:
        if path.name not in made:
            made[path.name] = plan_corrections(path)
        return made[path.name]

    return get


@pytest.fixture(scope="module")
def exports(tmp_path_factory, plans):
    """Each file's plan and exports, made once for the tests below."""
    made: dict[str, tuple[Plan, bytes, bytes]] = {}

    def get(path: Path) -> tuple[Plan, bytes, bytes]:
        if path.name not in made:
            plan = plans(path)
            folder = tmp_path_factory.mktemp(path.stem)
            plain = _export(plan, folder / "plain.docx", tracked=False)
            tracked = _export(plan, folder / "tracked.docx", tracked=True)
            made[path.name] = (plan, plain, tracked)
        return made[path.name]

    return get


def test_the_corpus_is_there_with_its_origins():
    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in manifest if line and not line.startswith("#")]
    assert rows[0] == ["file", "project", "origin", "licence", "what it exercises"]
    listed = {row[0] for row in rows[1:]}
    assert listed == {p.name for p in FILES}
    assert all(len(row) == 5 and all(row) for row in rows[1:])
    assert 25 <= len(FILES) <= 40
    assert sum(p.stat().st_size for p in FILES) < 3_000_000


def test_the_corrections_reach_every_kind_of_place(plans):
    kinds: dict[str, int] = {}
    for path in FILES:
        for kind, count in plans(path).kinds.items():
            kinds[kind] = kinds.get(kind, 0) + count
    assert set(kinds) == {"beside-link-or-field", "run-boundary", "middle", "deleted", "inserted",
                          "added-beside-link-or-field"}
    assert min(kinds.values()) >= 10, kinds


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_gets_corrections(path, plans):
    assert sum(plans(path).kinds.values()) >= 1


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_plain_export_is_the_corrected_text(path, exports):
    plan, plain, _ = exports(path)
    texts, held = _texts(plain, "as-is")
    assert texts == plan.expected
    assert held == plan.held  # words changed beside a link or field stay outside it
    assert revision_authors(xml_parts(read_parts(plain))).get(AUTHOR) is None


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_accepting_the_revisions_gives_the_corrected_text(path, exports):
    plan, _, tracked = exports(path)
    texts, held = _texts(tracked, "accept")
    assert texts == plan.expected
    assert held == plan.held


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_rejecting_the_revisions_gives_the_draft(path, exports):
    plan, _, tracked = exports(path)
    texts, held = _texts(tracked, "reject")
    assert texts == plan.draft
    assert held == plan.held


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_part_or_structure_is_lost(path, exports):
    _, plain, tracked = exports(path)
    draft = path.read_bytes()
    _assert_package_kept(draft, plain)
    _assert_package_kept(draft, tracked)
    _assert_structure_kept(draft, plain, "as-is")
    _assert_structure_kept(draft, tracked, "accept")
    _assert_structure_kept(draft, tracked, "reject")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_revision_ids_are_unique(path, exports):
    _, _, tracked = exports(path)
    marks = [e for root in xml_parts(read_parts(tracked)).values()
             for e in root.iter(w("ins"), w("del"), w("moveFrom"), w("moveTo"))]
    ours = [e.get(w("id")) for e in marks if e.get(w("author")) == AUTHOR]
    theirs = {e.get(w("id")) for e in marks if e.get(w("author")) != AUTHOR}
    assert ours and len(ours) == len(set(ours))
    assert not theirs & set(ours)


# -- LibreOffice opens what we write -----------------------------------------------------------
LIBREOFFICE_SUBSET = [p for p in FILES if p.name in {
    "mammoth__footnotes.docx", "python-docx__par-hyperlinks.docx",
    "python-docx__tbl-having-applied-style.docx", "lo__fields-and-revisions.docx",
    "lo__bidi-and-controls.docx", "handmade__inline-containers.docx"}]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install "
                           "libreoffice-writer-nogui")
def test_libreoffice_converts_the_exports(exports, tmp_path, libreoffice_profile):
    assert len(LIBREOFFICE_SUBSET) == 6
    files = []
    for path in LIBREOFFICE_SUBSET:
        plan, plain, tracked = exports(path)
        for name, data in (("plain", plain), ("tracked", tracked)):
            out = tmp_path / f"{path.stem}-{name}.docx"
            out.write_bytes(data)
            files.append(out)
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{libreoffice_profile}", "--headless",
         "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path / "txt"),
         *map(str, files)], capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    for out in files:
        converted = tmp_path / "txt" / (out.stem + ".txt")
        assert converted.exists(), (out.name, completed.stdout, completed.stderr)
        if out.stem.endswith("-plain"):
            assert "revised" in converted.read_text(encoding="utf-8-sig"), out.name
