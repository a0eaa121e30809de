"""The editable glossary: add a term, save, TBX/CSV import and export, a segment's terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from translator_gui.core.glossary import (
    add_term,
    convert,
    load_entries,
    save_entries,
    segment_terms,
)
from translator_gui.core.termbase import TermEntry, read_glossary, termbase_for


def test_add_term_creates_and_extends_a_csv_glossary(tmp_path: Path):
    path = tmp_path / "project.glossary.csv"
    add_term(path, " Pacte  numérique ", "Digital Compact")
    add_term(path, "État partie", "State party")
    assert path.read_text(encoding="utf-8").splitlines() == [
        "id,source,target,source_variants,target_variants,source_deprecated,target_deprecated,"
        "domain,note",
        "project.glossary:1,Pacte numérique,Digital Compact,,,,,,",
        "project.glossary:2,État partie,State party,,,,,,",
    ]
    # the same source again: the new target is approved, the old one kept as a variant
    entry = add_term(path, "pacte numérique", "Digital Pact")
    assert entry.approved == {"fr": "Pacte numérique", "en": "Digital Pact"}
    assert entry.variants == {"en": ["Digital Compact"]}
    entries = load_entries(path)
    assert [(e.approved["fr"], e.approved["en"], e.variants.get("en")) for e in entries] == [
        ("Pacte numérique", "Digital Pact", ["Digital Compact"]),
        ("État partie", "State party", None)]
    # and the checks read it as a glossary
    terms = read_glossary(path)
    assert [m.form for m in terms.find("Un État partie signe.", "fr")] == ["État partie"]


def test_add_term_needs_both_sides(tmp_path: Path):
    with pytest.raises(ValueError):
        add_term(tmp_path / "g.csv", "  ", "State")


def test_tbx_export_and_import_round_trip(tmp_path: Path):
    entries = [TermEntry("t1", "organ", approved={"fr": "Conseil de sécurité",
                                                  "en": "Security Council"},
                         variants={"en": ["UNSC"]}, deprecated={"fr": ["Conseil de Sécurité"]}),
               TermEntry("t2", approved={"fr": "État partie", "en": "State party"})]
    tbx = tmp_path / "out.tbx"
    save_entries(tbx, entries)
    text = tbx.read_text(encoding="utf-8")
    assert "<martif" in text and 'id="t1"' in text and "deprecatedTerm-admn-sts" in text
    back = load_entries(tbx)
    assert [(e.id, e.domain, e.approved, e.variants, e.deprecated) for e in back] == [
        ("t1", "organ", {"fr": "Conseil de sécurité", "en": "Security Council"},
         {"en": ["UNSC"]}, {"fr": ["Conseil de Sécurité"]}),
        ("t2", "", {"fr": "État partie", "en": "State party"}, {}, {})]
    # TBX -> CSV -> TBX keeps every term
    assert convert(tbx, tmp_path / "again.csv") == 2
    assert convert(tmp_path / "again.csv", tmp_path / "again.tbx") == 2
    again = load_entries(tmp_path / "again.tbx")
    assert [(e.approved, e.variants, e.deprecated) for e in again] == [
        (e.approved, e.variants, e.deprecated) for e in back]


def test_tsv_export(tmp_path: Path):
    path = tmp_path / "g.tsv"
    save_entries(path, [TermEntry("a", approved={"fr": "chat", "en": "cat"})])
    assert path.read_text(encoding="utf-8").splitlines()[1] == "a\tchat\tcat\t\t\t\t\t\t"
    assert [e.approved for e in load_entries(path)] == [{"fr": "chat", "en": "cat"}]


def test_segment_terms_for_the_terminology_pane(tmp_path: Path):
    glossary = tmp_path / "client.csv"
    add_term(glossary, "zone euro", "euro area")
    terms = termbase_for((str(glossary),), "fr", "en")
    found = segment_terms(terms, "Le Conseil de sécurité et la zone euro.",
                          "The Security Council and the eurozone.", "fr", "en")
    assert [(t.source_form, t.start, t.end, t.approved, t.in_target, t.origin) for t in found] == [
        ("Conseil de sécurité", 3, 22, "Security Council", True, "bundled"),
        ("zone euro", 29, 38, "euro area", False, "client.csv")]
    assert "UNSC" in found[0].variants
    assert segment_terms(terms, "Il fait beau.", "It is fine.", "fr", "en") == []
