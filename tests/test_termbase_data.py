"""The bundled fr↔en termbase (every CSV file of resources/termbase/) is well formed and coherent."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter

import pytest

from translator_gui.core.resources import resource
from translator_gui.core.termbase import bundled_files, bundled_termbase, is_acronym, tokenize

HEADER = ["id", "domain", "fr", "en", "fr_variants", "en_variants", "fr_deprecated",
          "en_deprecated", "note"]
DOMAINS = {"organ", "body", "fund-programme", "agency", "title", "treaty", "initiative",
           "place", "concept", "acronym", "government", "goal", "event", "nationality",
           "currency"}
LIST_COLUMNS = ["fr_variants", "en_variants", "fr_deprecated", "en_deprecated"]
LANGUAGES = ("fr", "en")


FILES = bundled_files()


def _text(name: str = "un-fr-en.csv") -> str:
    return resource("termbase", name).read_text(encoding="utf-8")


def _rows() -> list[dict[str, str]]:
    return [row for name in FILES for row in csv.DictReader(io.StringIO(_text(name)))]


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


def test_the_folder_holds_the_main_file_and_the_domain_files():
    assert FILES[0] == "un-fr-en.csv"
    assert len(FILES) >= 5
    assert all(name.endswith("-fr-en.csv") for name in FILES)


@pytest.mark.parametrize("name", FILES)
def test_header_is_exact_and_file_is_plain_utf8(name):
    text = _text(name)
    assert not text.startswith("\ufeff")
    assert next(csv.reader(io.StringIO(text))) == HEADER
    assert "\r" not in text


@pytest.mark.parametrize("name", FILES)
def test_every_row_has_all_columns(name):
    for number, row in enumerate(csv.reader(io.StringIO(_text(name))), start=1):
        assert len(row) == len(HEADER), f"{name} line {number} has {len(row)} fields"


def test_at_least_2000_entries():
    assert len(ROWS) >= 2000


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


def _form_key(form: str) -> tuple[str, ...]:
    """How the lookup tells two forms apart: acronyms as written, other words by their key."""
    return tuple(token.text if is_acronym(token.text) else token.key for token in tokenize(form))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_accepted_form_names_one_entry_only(language):
    """Two entries sharing a form would make the lookup suggest either translation at random."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for row in ROWS:
        for form in _accepted(row, language):
            owners.setdefault(_form_key(form), set()).add(row["id"])
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}


def _inflections(stem: str) -> set[str]:
    if stem.endswith("al"):
        return {stem, stem + "e", stem + "es", stem[:-2] + "aux"}
    if stem.endswith("en"):
        return {stem, stem + "s", stem + "ne", stem + "nes"}
    if stem.endswith("e"):
        return {stem, stem + "s"}
    return {stem, stem + "s", stem + "e", stem + "es"}


# Adjectives UN and EU French never capitalize inside a name (« Assemblée générale »,
# « Cour internationale de Justice », « Comité économique et social européen »).
_LOWER_ADJECTIVES = {form for stem in (
    "général", "mondial", "international", "européen", "africain", "économique", "social",
    "national", "régional", "permanent", "spécial", "exécutif", "humanitaire", "politique",
    "culturel", "scientifique", "technique", "financier", "monétaire", "commercial", "juridique",
    "consultatif", "intergouvernemental", "interaméricain", "durable", "numérique", "nucléaire",
    "chimique", "biologique", "maritime", "météorologique", "alimentaire", "agricole",
    "industriel", "pénal", "civil", "militaire", "intégré", "intérimaire", "commun", "central",
) for form in _inflections(stem)}


def test_french_names_keep_their_adjectives_in_lower_case():
    wrong = []
    for row in ROWS:
        for form in [row["fr"], *_split(row["fr_variants"])]:
            words = re.findall(r"[^\W\d_]+", form)
            wrong += [(row["id"], form) for word in words[1:]
                      if word[:1].isupper() and word.lower() in _LOWER_ADJECTIVES]
    assert wrong == []


_EN_SMALL_WORDS = {"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "against",
                   "with", "from", "by", "or"}


@pytest.mark.parametrize("domain", ["organ", "agency", "fund-programme", "event"])
def test_english_names_of_organizations_are_in_title_case(domain):
    """"World Health Organization", "International Day of Peace": every word but the small ones
    takes a capital in English names of organizations and observances."""
    wrong = []
    for row in (r for r in ROWS if r["domain"] == domain and "lower case" not in r["note"]):
        words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", row["en"])
        wrong += [(row["id"], word) for word in words
                  if word[:1].islower() and word not in _EN_SMALL_WORDS]
    assert wrong == []


def test_nationalities_and_currencies_are_lower_case_in_french():
    wrong = [row["id"] for row in ROWS if row["domain"] in ("nationality", "currency")
             and not row["fr"][:1].islower()]
    assert wrong == []


def test_nationalities_are_capitalized_in_english():
    assert [row["id"] for row in ROWS if row["domain"] == "nationality"
            and not row["en"][:1].isupper()] == []


def test_ministries_and_ministers_are_lower_case_in_french():
    """UN French: « ministère de la santé », « ministre des finances » (a common noun)."""
    wrong = [row["id"] for row in ROWS if row["domain"] == "government"
             and row["fr"].split()[0].lower() in ("ministère", "ministre")
             and not row["fr"][:1].islower()]
    assert wrong == []


def test_every_entry_is_found_by_its_own_approved_terms():
    """Each approved term, looked up in the loaded termbase, is found as a whole and leads back
    to its own entry: nothing in the data is unreachable."""
    terms = bundled_termbase()
    unreachable = []
    for row in ROWS:
        for language in LANGUAGES:
            text = row[language]
            matches = terms.find(text, language, statuses=("approved", "variant"))
            if not any(m.entry.id == row["id"] and m.start == 0 and m.end == len(text.rstrip(
                    ".)»\"")) or (m.entry.id == row["id"] and m.start == 0) for m in matches):
                unreachable.append((row["id"], language, text))
    assert unreachable == []


def test_bundled_termbase_loads_every_row_once():
    assert len(bundled_termbase()) == len(ROWS)
    assert len({entry.id for entry in bundled_termbase().entries}) == len(ROWS)
