"""The French lexicon of forms: readings, lemmas, lookups of every spelling, lazy loading."""

from __future__ import annotations

import pytest

from translator_gui.core import lexicon
from translator_gui.core.lexicon import Analysis, Lexicon
from translator_gui.core.resources import resource


@pytest.mark.parametrize(("form", "expected"), [
    ("mondiales", {("adj", "f", "p", "mondial")}),
    ("coopération", {("noun", "f", "s", "coopération")}),
    ("sont", {("verb", None, "p", "être")}),
    ("menées", {("ppas", "f", "p", "mener"), ("adj", "f", "p", "mener"),
                ("noun", "f", "p", "menée")}),
    ("vieil", {("adj", "m", "s", "vieux"), ("noun", "m", "s", "vieux")}),
    ("nouvelles", {("adj", "f", "p", "nouveau"), ("noun", "f", "p", "nouveau")}),
    ("internationaux", {("adj", "m", "p", "international"),
                        ("noun", "m", "p", "international")}),
    ("été", {("ppas", None, None, "être"), ("noun", "m", "s", "été")}),
    ("zygomatiques", {("adj", None, "p", "zygomatique")}),
    ("xqzwv", set()),
])
def test_features(form: str, expected: set[tuple[str, str | None, str | None, str]]) -> None:
    assert lexicon.features(form) == expected


def test_capitalized_word_is_also_read_in_lower_case() -> None:
    assert ("ppas", "f", "p", "organiser") in lexicon.features("Organisées")
    assert ("adj", "f", "p", "organiser") in lexicon.features("Organisées")


def test_typographic_apostrophe_reads_like_the_straight_one() -> None:
    assert lexicon.features("aujourd’hui") == {("adv", None, None, "aujourd'hui")}


def test_finite_verb_forms_carry_person_and_number() -> None:
    readings = lexicon.french().analyses("organisent")
    assert Analysis("verb", None, "p", "organiser", "3") in readings
    assert {a.person for a in lexicon.french().analyses("étais") if a.pos == "verb"} == {"12"}


def test_every_line_of_the_file_is_found_by_bisection() -> None:
    text = resource("lexicon", "fr-forms.tsv").read_bytes().decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(lines) > 400_000
    reader = Lexicon()
    # the first, the last and an even spread of the others (ordered by UTF-8 bytes)
    for line in lines[:3] + lines[-3:] + lines[::997]:
        form, code = line.split("\t")
        assert reader._code(form) == int(code), form
    assert reader._code("") is None
    assert reader._code("\uffff") is None


def test_loading_is_lazy() -> None:
    reader = Lexicon()
    assert reader._data is None
    assert reader.features("mondial") == {("adj", "m", "s", "mondial")}
    assert reader._data is not None


def test_the_forms_index_answers_as_the_bisection(monkeypatch) -> None:
    text = resource("lexicon", "fr-forms.tsv").read_bytes()
    lines = [line for line in text.split(b"\n") if line and not line.startswith(b"#")]
    sample = list(dict.fromkeys(lines[:3] + lines[-3:] + lines[::499]))
    reader = Lexicon()
    reader.load()
    index = lexicon.index_arrays(lexicon.index_of(b"# header\n" + b"\n".join(sample)))
    assert index is not None and len(index[0]) == len(sample)
    reader._index = index
    for line in sample:
        form, _, code = line.decode("utf-8").partition("\t")
        assert reader._code(form) == int(code) == reader._searched(form), form
    for unknown in ("", "xqzwv", "\uffff", "Maison"):  # (« maison » is in the file)
        assert reader._code(unknown) is None


def test_the_index_is_read_after_some_lookups_only(monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(lexicon, "INDEX_AFTER", 3)
    monkeypatch.setattr(lexicon, "_forms_index", lambda data: asked.append(data))
    reader = Lexicon()
    reader._code("maison")
    reader._code("maisons")
    assert asked == []
    assert reader._code("mondiale") is not None  # the third: the index is asked for, and
    assert len(asked) == 1  # without it (None here) the bisection answers
    assert reader._code("mondial") is not None and len(asked) == 1


def test_a_damaged_index_is_not_used() -> None:
    assert lexicon.index_arrays({"hashes": b"\0" * 8}) is None
    assert lexicon.index_arrays({"hashes": b"\0" * 16, "codes": b"\0\0"}) is None
    whole = lexicon.index_of(b"maison\t1\nmaisons\t2\n")
    assert lexicon.index_arrays(whole) is not None
    assert lexicon.index_arrays({**whole, "starts": whole["starts"][:-4]}) is None
    assert lexicon.index_arrays({**whole, "starts": b"\0" * len(whole["starts"])}) is None


def test_the_index_buckets_hold_their_hashes() -> None:
    """Each bucket of the index starts where the hashes with its top bits start: a lookup
    searches that bucket only."""
    index = lexicon.index_arrays(lexicon.index_of(
        "".join(f"forme{i}\t{i % 60000}\n" for i in range(5000)).encode()))
    assert index is not None
    hashes, _codes, starts = index
    assert starts[0] == 0 and starts[-1] == len(hashes) == 5000
    for bucket in range(len(starts) - 1):
        for at in range(starts[bucket], starts[bucket + 1]):
            assert (hashes[at] >> 48) + 32768 == bucket
