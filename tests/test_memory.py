"""The translation memory file: writing, upserts, sharing, damage, concordance, fuzzy matches."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from translator_gui.core.memory import (
    SCHEMA_VERSION,
    MemorySegment,
    TranslationMemory,
    TranslationMemoryError,
    default_memory_path,
    fold,
    fts_phrase,
    phrase_spans,
)
from translator_gui.core.memory_tmx import export_tmx, import_tmx, read_tmx
from translator_gui.core.model import ReviewDocument, Segment, Status


def seg(source: str, target: str, draft: str = "", project: str = "p") -> MemorySegment:
    return MemorySegment(source, target, "fr", "en", draft=draft, project=project,
                         author="ann", date="2026-11-01T10:00:00Z")


@pytest.fixture
def memory(tmp_path: Path):
    with TranslationMemory(tmp_path / "tm.sqlite") as opened:
        yield opened


def test_default_path_is_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TRANSLATOR_GUI_DATA_DIR", str(tmp_path / "data"))
    assert default_memory_path() == tmp_path / "data" / "memory.sqlite"
    with TranslationMemory() as opened:
        assert opened.path == tmp_path / "data" / "memory.sqlite"
    assert (tmp_path / "data" / "memory.sqlite").is_file()


def test_write_and_read_back_every_field(memory):
    assert memory.add(seg("Le chat dort.", "The cat sleeps.", "The cat sleep."))
    assert list(memory.segments()) == [MemorySegment(
        "Le chat dort.", "The cat sleeps.", "fr", "en", "The cat sleep.", "p", "ann",
        "2026-11-01T10:00:00Z")]


def test_the_file_is_wal_versioned_and_committed_at_once(memory, tmp_path):
    memory.add(seg("Le chat dort.", "The cat sleeps."))
    # Another connection sees the segment without the first one closing: it was committed.
    other = sqlite3.connect(tmp_path / "tm.sqlite")
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert other.execute("SELECT source, target FROM segments").fetchall() == [
        ("Le chat dort.", "The cat sleeps.")]
    other.close()


def test_upsert_is_idempotent_and_updates_a_changed_target(memory):
    assert memory.add(seg("Le chat dort.", "The cat sleeps."))
    assert not memory.add(seg("Le chat dort.", "The cat sleeps."))
    assert memory.add(seg("Le chat dort.", "The cat is asleep."))
    assert [s.target for s in memory.segments()] == ["The cat is asleep."]
    assert memory.add(seg("Le chat dort.", "The cat sleeps.", project="other"))
    assert len(memory) == 2


def test_two_memories_on_one_file_share_it(tmp_path):
    path = tmp_path / "shared.sqlite"
    with TranslationMemory(path) as first, TranslationMemory(path) as second:
        first.add(seg("Un.", "One."))
        second.add(seg("Deux.", "Two."))
        assert len(first) == 2
        assert [h.segment.target for h in second.search("un")] == ["One."]


def test_add_document_keeps_only_confirmed_segments(memory):
    document = ReviewDocument([
        Segment(0, "Le chat dort.", "The cat sleep.", "The cat sleeps.", Status.CONFIRMED),
        Segment(1, "Le chien aboie.", "The dog bark.", "The dog barks.", Status.EDITED),
        Segment(2, "Vide.", "", "", Status.CONFIRMED)])
    assert memory.add_document(document, project="doc", author="bob") == 1
    assert memory.add_document(document, project="doc", author="bob") == 0
    [kept] = memory.segments()
    assert (kept.source, kept.draft, kept.target, kept.project, kept.author) == (
        "Le chat dort.", "The cat sleep.", "The cat sleeps.", "doc", "bob")


@pytest.mark.parametrize("content", [b"this is not a database, just text" * 50,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_file_gives_an_error_naming_it(tmp_path, content):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(content)
    with pytest.raises(TranslationMemoryError) as raised:
        TranslationMemory(path).search("chat")
    assert raised.value.path == str(path)
    assert str(raised.value).startswith(f"{path}: ")


def test_another_sqlite_database_is_not_taken_for_a_memory(tmp_path):
    path = tmp_path / "other.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes(text)")
    db.commit()
    db.close()
    with pytest.raises(TranslationMemoryError, match="not a translation memory"):
        TranslationMemory(path)


def test_a_memory_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(TranslationMemoryError, match="newer"):
        TranslationMemory(path)


# -- concordance ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ('conseil "OR', '"conseil OR"*'),
    ("NEAR(a b) AND source:x", '"NEAR a b AND source x"*'),
    ("  «»  ", None),
    ("l'État", '"l État"*'),
])
def test_typed_text_becomes_one_safe_phrase(typed, expected):
    assert fts_phrase(typed) == expected


def test_fold_keeps_offsets():
    assert fold("Élysée ŒUVRE") == "elysee œuvre"


def test_concordance_ignores_case_and_accents_and_finds_prefixes(memory):
    memory.add(seg("Le Conseil européen a décidé.", "The European Council decided."))
    memory.add(seg("Le conseil municipal s'est réuni.", "The town council met."))
    memory.add(seg("Une décision européenne.", "A European decision."))
    hits = memory.search("conseil europeen")
    assert [h.segment.source for h in hits] == ["Le Conseil européen a décidé."]
    assert hits[0].source_spans == ((3, 19),)
    assert hits[0].target_spans == ()
    prefix = memory.search("europ")
    assert [h.segment.source for h in prefix] == ["Une décision européenne.",
                                                  "Le Conseil européen a décidé."]
    assert prefix[0].source_spans == ((13, 23),) and prefix[0].target_spans == ((2, 10),)


@pytest.mark.parametrize("typed", ['"', 'conseil" OR "x', "source:conseil", "conseil*)",
                                   "NOT conseil", "-conseil", "{source}: conseil"])
def test_operators_and_quotes_in_the_text_cannot_break_the_search(memory, typed):
    memory.add(seg("Le Conseil européen a décidé.", "The European Council decided."))
    hits = memory.search(typed)
    assert all("Conseil" in h.segment.source for h in hits)


def test_phrase_spans_match_whole_words_from_their_start():
    assert phrase_spans("la reconstitution du conseil", "conseil") == ((21, 28),)
    assert phrase_spans("un reconseil", "conseil") == ()


def test_concordance_filters_on_languages(memory):
    memory.add(seg("Le chat.", "The cat."))
    memory.add(MemorySegment("The cat.", "Le chat.", "en", "fr"))
    assert [h.segment.source_language for h in memory.search("chat", source_language="en")] == ["en"]


# -- fuzzy matches -------------------------------------------------------------------------------

def test_fuzzy_matches_score_and_show_what_differs(memory):
    memory.add(seg("Le Conseil a adopté le budget annuel.", "The Council adopted the annual budget."))
    memory.add(seg("Le Conseil a rejeté le budget annuel.", "The Council rejected the annual budget."))
    memory.add(seg("Il pleut sur la ville.", "It rains on the town."))
    matches = memory.fuzzy("Le Conseil a adopté le budget rectificatif.", "fr", "en")
    assert [m.segment.target for m in matches] == ["The Council adopted the annual budget.",
                                                   "The Council rejected the annual budget."]
    assert 70 <= matches[1].score < matches[0].score < 100
    first = matches[0]
    assert [(p.kind, p.old, p.new) for p in first.diff if p.kind != "equal"] == [
        ("replace", "annuel", "rectificatif")]
    start, end = first.changed_spans()[0]
    assert first.segment.source[start:end] == "annuel"


def test_fuzzy_exact_match_scores_100_and_other_pairs_are_left_out(memory):
    memory.add(seg("Le chat dort.", "The cat sleeps."))
    memory.add(MemorySegment("Le chat dort.", "Die Katze schläft.", "fr", "de"))
    matches = memory.fuzzy("Le chat dort.", "fr", "en")
    assert [(m.segment.target, m.score) for m in matches] == [("The cat sleeps.", 100.0)]
    assert matches[0].diff[0].kind == "equal" and len(matches[0].diff) == 1


def test_fuzzy_below_the_threshold_finds_nothing(memory):
    memory.add(seg("Le chat dort sur le canapé du salon.", "The cat sleeps on the sofa."))
    assert memory.fuzzy("Le chien mange dans la cuisine.", "fr", "en") == []
    assert memory.fuzzy("", "fr", "en") == []


# -- TMX -----------------------------------------------------------------------------------------

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr-FR" segtype="sentence" datatype="plaintext"
 adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/><body>
<tu creationid="ann" creationdate="20250102T030405Z">
 <tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>chat<ept i="1">&lt;/b&gt;</ept> dort.</seg></tuv>
 <tuv xml:lang="en-GB"><seg>The cat sleeps.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Seul.</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Hund.</seg></tuv><tuv xml:lang="en"><seg>Dog.</seg></tuv></tu>
</body></tmx>"""


def test_tmx_import_keeps_units_of_the_pair_without_inline_codes(memory, tmp_path):
    path = tmp_path / "client.tmx"
    path.write_text(TMX, encoding="utf-8")
    assert import_tmx(memory, path) == (1, 1)
    [unit] = memory.segments()
    assert (unit.source, unit.target, unit.author, unit.date, unit.project) == (
        "Le chat dort.", "The cat sleeps.", "ann", "2025-01-02T03:04:05Z", "client")


def test_tmx_export_round_trip_keeps_draft_and_project(memory, tmp_path):
    memory.add(seg("Le chat dort.", "The cat sleeps.", "The cat sleep.", project="A&B <1>"))
    path = tmp_path / "out.tmx"
    assert export_tmx(memory, path) == 1
    assert list(read_tmx(path)) == list(memory.segments())


def test_a_broken_tmx_names_the_file(tmp_path):
    from translator_gui.core.model import InputError

    path = tmp_path / "broken.tmx"
    path.write_text("<tmx><body><tu>", encoding="utf-8")
    with pytest.raises(InputError, match="broken.tmx"):
        list(read_tmx(path))


def test_tmx_export_survives_characters_xml_cannot_hold(memory, tmp_path):
    memory.add(seg("Le\x0bchat\x00.", "The cat\x1f."))
    path = tmp_path / "out.tmx"
    assert export_tmx(memory, path) == 1
    [unit] = read_tmx(path)
    assert (unit.source, unit.target) == ("Le chat .", "The cat .")


def test_fuzzy_finds_a_sentence_of_common_words_only(tmp_path):
    from translator_gui.core import memory as memory_module

    with TranslationMemory(tmp_path / "tm.sqlite") as opened:
        opened.add_many(seg(f"Il a dit oui {n}.", f"He said yes {n}.") for n in range(30))
        opened.add(seg("Il a dit oui.", "He said yes."))
        # every word of the sentence is in more segments than the lookup takes per word
        original = memory_module._FUZZY_WORD_ROWS
        memory_module._FUZZY_WORD_ROWS = 10
        try:
            matches = opened.fuzzy("Il a dit oui.", "fr", "en", limit=1)
        finally:
            memory_module._FUZZY_WORD_ROWS = original
    assert [(m.segment.target, m.score) for m in matches] == [("He said yes.", 100.0)]
