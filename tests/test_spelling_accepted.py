"""The words libhunspell accepts, asked at install (core/spelling_accepted.py): the speller
answers from the table exactly as libhunspell does."""

from __future__ import annotations

from array import array

import pytest

from translator_gui.core import spelling, spelling_accepted
from translator_gui.core.lexicon import index_arrays
from translator_gui.core.spelling_accepted import AcceptedWords, accepted_index

pytestmark = pytest.mark.skipif(spelling.engine_name() != "hunspell",
                                reason="the table holds libhunspell's answers")

# Words of several kinds: known forms, capitalized and elided ones, names, typos, English.
WORDS = ("maison", "maisons", "Maison", "l'indépendance", "aujourd'hui", "gouvernment",
         "recevoir", "recieve", "colour", "color", "Paris", "zzzq", "réalisationde", "œuvre",
         "oeuvre", "anti-corruption", "don't", "the", "The", "organisation", "organization",
         "ÉTAT", "état", "x", "")


def _table(locale: str, words: tuple[str, ...]) -> AcceptedWords:
    engine = spelling.engine_for(locale)
    assert engine is not None
    arrays = index_arrays(accepted_index(words, engine.spell))
    assert arrays is not None
    return AcceptedWords(arrays[0], arrays[2])


@pytest.mark.parametrize("locale", ["fr_FR", "en_GB"])
def test_the_table_holds_exactly_the_words_libhunspell_accepts(locale: str) -> None:
    engine = spelling.engine_for(locale)
    assert engine is not None
    table = _table(locale, WORDS)
    assert {w for w in WORDS if w in table} == {w for w in WORDS if engine.spell(w)}
    assert any(w in table for w in WORDS) and not all(w in table for w in WORDS)


@pytest.mark.parametrize("locale", ["fr_FR", "en_GB"])
def test_a_speller_with_a_table_answers_as_libhunspell(locale: str) -> None:
    engine = spelling.engine_for(locale)
    assert engine is not None
    # a table of a few of the words: the others are asked of libhunspell
    with_table = spelling.Speller(locale, engine, _table(locale, WORDS[:8]))
    without = spelling.Speller(locale, engine)
    assert [with_table.known(w) for w in WORDS] == [without.known(w) for w in WORDS]
    assert with_table.unknown(set(WORDS)) == without.unknown(set(WORDS))


def test_an_empty_table_accepts_nothing() -> None:
    arrays = index_arrays(accepted_index([], lambda _word: True))
    assert arrays is not None
    assert "maison" not in AcceptedWords(arrays[0], arrays[2])
    assert array("q") == arrays[0]


def test_the_universe_holds_the_word_list_and_the_stems() -> None:
    words = spelling_accepted._universe("fr_FR")
    assert len(words) == len(set(words)) > 400_000
    assert {"maison", "maisons", "mondiale"} <= set(words)
    assert all(w and w.strip() == w for w in words)


def test_only_a_libhunspell_speller_of_a_shipped_dictionary_reads_a_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert spelling_accepted.accepted_words("xx_XX") is None  # no such dictionary shipped
    monkeypatch.setattr(spelling, "_SPELLERS", {})
    monkeypatch.setattr(spelling, "_ENGINES", {"fr_FR": object()})  # not libhunspell
    monkeypatch.setattr(spelling_accepted, "accepted_words", lambda _locale: pytest.fail())
    found = spelling.speller("fr_FR")
    assert found is not None and found._accepted is None


@pytest.mark.parametrize("locale", ["fr_FR", "en_GB"])
def test_the_prepared_table_answers_as_libhunspell(locale: str) -> None:
    table = spelling_accepted.accepted_words(locale)
    engine = spelling.engine_for(locale)
    assert engine is not None
    if table is None:
        # Not prepared (a plain `pip install -e .`, no `python -m translator_gui.core.built`):
        # the speller then has no table and asks libhunspell about every word.
        speller = spelling.Speller(locale, engine, spelling_accepted.accepted_words(locale))
        assert speller._accepted is None
        assert [speller.known(w) for w in WORDS] == [engine.spell(w) for w in WORDS]
        return
    sample = spelling_accepted._universe(locale)[::997]
    assert [w in table for w in sample] == [engine.spell(w) for w in sample]
    assert all(engine.spell(w) for w in WORDS if w in table)  # (the others: not all asked)


def test_a_table_kept_over_a_word_lists_index_answers_as_its_own() -> None:
    from translator_gui.core.lexicon import index_of

    forms = b"# header\nmaison\t1\nmaisons\t2\nzzzq\t3\n"
    plain = accepted_index(["maison", "maisons", "Paris"], lambda _word: True)
    over = spelling_accepted.over_forms(plain, forms)  # « zzzq » rejected, « Paris » besides
    listed, own = index_arrays(index_of(forms)), index_arrays(plain)
    assert listed is not None and own is not None
    rejected, others = array("q"), array("q")
    rejected.frombytes(over["rejected"])
    others.frombytes(over["others"])
    assert len(rejected) == len(others) == 1
    table = AcceptedWords(listed[0], listed[2], rejected, others)
    words = ("maison", "maisons", "zzzq", "Paris", "paris", "Maison", "")
    assert [w in table for w in words] == [w in AcceptedWords(own[0], own[2]) for w in words]
    assert [w in table for w in words] == [True, True, False, True, False, False, False]


def test_the_french_table_is_kept_over_the_lexicons_index() -> None:
    from translator_gui.core import lexicon

    table = spelling_accepted.accepted_words("fr_FR")
    if table is None:
        return  # (not prepared: test_the_prepared_table_answers_as_libhunspell)
    index = lexicon.french().prepared_index()
    assert index is not None and table._hashes is index[0]  # one copy of the hashes
