"""The bundled UN fr↔en termbase (resources/termbase/un-fr-en.csv) is well formed and coherent."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter

import pytest

from translator_gui.core.resources import resource

HEADER = ["id", "domain", "fr", "en", "fr_variants", "en_variants", "fr_deprecated",
          "en_deprecated", "note"]
DOMAINS = {"organ", "body", "fund-programme", "agency", "title", "treaty", "initiative",
           "place", "concept", "acronym"}
LIST_COLUMNS = ["fr_variants", "en_variants", "fr_deprecated", "en_deprecated"]
LANGUAGES = ("fr", "en")


def _text() -> str:
    return resource("termbase", "un-fr-en.csv").read_text(encoding="utf-8")


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_text())))


def _split(value: str) -> list[str]:
    return value.split("|") if value else []


def _accepted(row: dict[str, str], language: str) -> list[str]:
    return [row[language], *_split(row[f"{language}_variants"])]


def _fold_words(text: str) -> tuple[str, ...]:
    """Words compared without case and accents: how a term lookup sees two spellings."""
    text = unicodedata.normalize("NFD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return tuple(re.findall(r"[^\W_]+", text))


ROWS = _rows()


def test_header_is_exact_and_file_is_plain_utf8():
    text = _text()
    assert not text.startswith("\ufeff")
    assert next(csv.reader(io.StringIO(text))) == HEADER
    assert "\r" not in text


def test_every_row_has_all_columns():
    for number, row in enumerate(csv.reader(io.StringIO(_text())), start=1):
        assert len(row) == len(HEADER), f"line {number} has {len(row)} fields"


def test_at_least_300_entries():
    assert len(ROWS) >= 300


def test_ids_are_unique_and_well_formed():
    counts = Counter(row["id"] for row in ROWS)
    assert [i for i, n in counts.items() if n > 1] == []
    for row in ROWS:
        assert re.fullmatch(r"[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*", row["id"]), row["id"]


def test_domains_are_from_the_allowed_set():
    assert {row["domain"] for row in ROWS} <= DOMAINS
    # Every domain the README documents is actually used.
    assert {row["domain"] for row in ROWS} == DOMAINS


def test_approved_terms_are_present():
    for row in ROWS:
        assert row["fr"], row["id"]
        assert row["en"], row["id"]


def test_fields_are_stripped():
    for row in ROWS:
        for column, value in row.items():
            assert value == value.strip(), (row["id"], column)
            assert "  " not in value, (row["id"], column)
            assert "\n" not in value, (row["id"], column)


@pytest.mark.parametrize("column", LIST_COLUMNS)
def test_lists_split_cleanly(column):
    for row in ROWS:
        items = _split(row[column])
        for item in items:
            assert item, f"{row['id']}: empty item in {column}"
            assert item == item.strip(), f"{row['id']}: padded item {item!r} in {column}"
        assert len(items) == len(set(items)), f"{row['id']}: repeated item in {column}"
        # Only the variant and deprecated lists use "|"; the approved terms never contain it.
    for row in ROWS:
        assert "|" not in row["fr"] and "|" not in row["en"], row["id"]


def test_variants_do_not_repeat_the_approved_term():
    for row in ROWS:
        for language in LANGUAGES:
            assert row[language] not in _split(row[f"{language}_variants"]), row["id"]


def test_no_duplicate_fr_en_pairs():
    counts = Counter((row["fr"], row["en"]) for row in ROWS)
    assert [pair for pair, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_form_is_both_accepted_and_deprecated(language):
    accepted = {form for row in ROWS for form in _accepted(row, language)}
    deprecated = {form for row in ROWS for form in _split(row[f"{language}_deprecated"])}
    assert sorted(accepted & deprecated) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_case_only_deprecations_stay_within_their_entry(language):
    """A deprecated form may differ from an accepted one only by case or accents
    (« Conseil de Sécurité ») when both belong to the same entry; across entries such a pair
    would make the lookup flag the other entry's correct spelling."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for row in ROWS:
        for form in _accepted(row, language):
            owners.setdefault(_fold_words(form), set()).add(row["id"])
    for row in ROWS:
        for form in _split(row[f"{language}_deprecated"]):
            same_words = owners.get(_fold_words(form), set())
            assert same_words <= {row["id"]}, (row["id"], form, same_words)


def test_each_place_name_differs_between_languages_somewhere():
    """Place entries exist because French and English names differ, or because UN usage departs
    from common usage (« Ivory Coast » deprecated, « Viet Nam » explained in the note)."""
    for row in (r for r in ROWS if r["domain"] == "place"):
        forms = set(_accepted(row, "fr")) ^ set(_accepted(row, "en"))
        assert forms or row["fr_deprecated"] or row["en_deprecated"] or row["note"], row["id"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_deprecated_forms_of_an_entry_are_distinct_words(language):
    """Lookups ignore case and accents, so two deprecated forms spelled with the same words
    would report the same text twice, unless they differ only in case from an accepted form
    (then each is matched exactly as written)."""
    for row in ROWS:
        accepted = {_fold_words(form) for form in _accepted(row, language)}
        seen: set[tuple[str, ...]] = set()
        for form in _split(row[f"{language}_deprecated"]):
            words = _fold_words(form)
            if words in accepted:
                continue
            assert words not in seen, (row["id"], form)
            seen.add(words)


def _entry(fr: str) -> dict[str, str]:
    found = [row for row in ROWS if row["fr"] == fr]
    assert len(found) == 1, f"expected one entry for {fr!r}, found {len(found)}"
    return found[0]


@pytest.mark.parametrize(("fr", "en"), [
    ("Organisation des Nations Unies", "United Nations"),
    ("Assemblée générale", "General Assembly"),
    ("Conseil de sécurité", "Security Council"),
    ("Secrétaire général", "Secretary-General"),
    ("Secrétaire général adjoint", "Under-Secretary-General"),
    ("Sous-Secrétaire général", "Assistant Secretary-General"),
    ("Programme des Nations Unies pour le développement", "United Nations Development Programme"),
    ("Pacte numérique mondial", "Global Digital Compact"),
    ("Initiative mondiale pour la gouvernance de l'intelligence artificielle",
     "Global AI Governance Initiative"),
    ("renforcement des capacités", "capacity-building"),
    ("Sud global", "Global South"),
    ("Pékin", "Beijing"),
    ("Zambie", "Zambia"),
    ("Association des nations de l'Asie du Sud-Est", "Association of Southeast Asian Nations"),
])
def test_core_entries_are_present(fr, en):
    assert _entry(fr)["en"] == en


@pytest.mark.parametrize(("fr", "column", "form"), [
    ("Pacte numérique mondial", "fr_deprecated", "compact numérique mondial"),
    ("Pacte numérique mondial", "en_deprecated", "Global Digital Pact"),
    ("Sud global", "fr_deprecated", "Sud mondial"),
    ("Organisation des Nations Unies", "fr_deprecated", "Nations-Unies"),
    ("Organisation des Nations Unies", "fr_variants", "ONU"),
    ("Organisation des Nations Unies", "en_variants", "UN"),
    ("Organisation mondiale de la Santé", "fr_variants", "OMS"),
    ("Organisation mondiale de la Santé", "en_variants", "WHO"),
    ("Conseil de sécurité", "fr_deprecated", "Conseil de Sécurité"),
    ("Secrétaire général", "fr_deprecated", "Secrétaire-Général"),
    ("Initiative mondiale pour la gouvernance de l'intelligence artificielle", "fr_variants",
     "Initiative mondiale pour la gouvernance de l'IA"),
])
def test_documented_variants_and_deprecations(fr, column, form):
    assert form in _split(_entry(fr)[column])


def test_acronyms_are_listed_as_variants_not_as_approved_terms():
    """The approved term is the full name; its acronym goes in the variants (BRICS, UNICEF and
    the like, which have no expansion in use, are the exception)."""
    for row in ROWS:
        if row["domain"] in {"agency", "fund-programme"}:
            for language in LANGUAGES:
                assert not re.fullmatch(r"[A-Z]{2,6}", row[language]), row["id"]
