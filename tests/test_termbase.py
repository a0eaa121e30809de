"""The termbase: normalization, lookup in both directions, bundled data, user glossaries."""

from __future__ import annotations

import pytest

from translator_gui.core.model import InputError
from translator_gui.core.termbase import (
    DEPRECATED,
    Termbase,
    TermEntry,
    bundled_termbase,
    read_glossary,
    termbase_for,
    word_key,
)


def entry(identifier, fr, en, fr_variants=(), en_variants=(), fr_deprecated=(), domain="organ"):
    return TermEntry(identifier, domain, {"fr": fr, "en": en},
                     {"fr": list(fr_variants), "en": list(en_variants)},
                     {"fr": list(fr_deprecated)} if fr_deprecated else {})


@pytest.fixture
def termbase() -> Termbase:
    return Termbase([
        entry("un", "Organisation des Nations Unies", "United Nations", ["ONU", "Nations Unies"],
              ["UN"]),
        entry("ga", "Assemblée générale", "General Assembly"),
        entry("who", "Organisation mondiale de la Santé", "World Health Organization", ["OMS"],
              ["WHO"]),
        entry("gdc", "Pacte numérique mondial", "Global Digital Compact",
              fr_deprecated=["compact numérique mondial"], domain="initiative"),
        entry("ch", "Suisse", "Switzerland", domain="place"),
        entry("hr", "droits de l'homme", "human rights", domain="concept"),
    ])


@pytest.mark.parametrize(("first", "second"), [
    ("Assemblée", "assemblee"), ("générales", "Générale"), ("organisations", "Organisation"),
    ("organization", "organisation"), ("labour", "labor"), ("centre", "center"),
    ("programme", "program"), ("généraux", "général"), ("bureaux", "bureau"),
])
def test_word_keys_fold_spelling_differences(first, second):
    assert word_key(first) == word_key(second)


def test_find_in_both_languages(termbase):
    fr = termbase.find("L'Assemblée générale des Nations Unies a voté.", "fr")
    assert {(m.entry.id, m.form) for m in fr} == {("ga", "Assemblée générale"),
                                                 ("un", "Nations Unies")}
    en = termbase.find("The United Nations General Assembly voted.", "en")
    assert {m.entry.id for m in en} == {"ga", "un"}


def test_inflection_case_accents_and_apostrophes_are_tolerated(termbase):
    assert termbase.find("les droits de l’Homme", "fr")[0].entry.id == "hr"
    assert termbase.find("les droits de l'homme", "fr")[0].entry.id == "hr"
    assert termbase.find("l'ASSEMBLEE GENERALE", "fr")[0].entry.id == "ga"


def test_acronyms_are_case_sensitive(termbase):
    assert [m.entry.id for m in termbase.find("The UN and WHO met.", "en")] == ["un", "who"]
    assert termbase.find("who is in un état", "en") == []
    assert termbase.find("Who came? Un homme.", "fr") == []


def test_a_capitalized_name_is_not_the_common_word(termbase):
    assert termbase.find("Il vit en Suisse.", "fr")[0].entry.id == "ch"
    assert termbase.find("le franc suisse", "fr") == []


def test_longest_match_wins():
    terms = Termbase([entry("a", "Conseil de sécurité", "Security Council"),
                      entry("b", "Président du Conseil de sécurité",
                            "President of the Security Council", domain="title")])
    (match,) = terms.find("le Président du Conseil de sécurité", "fr")
    assert match.entry.id == "b"
    both = terms.find("le Président du Conseil de sécurité", "fr", longest=False)
    assert {m.entry.id for m in both} == {"a", "b"}


def test_deprecated_forms_are_found_with_their_status(termbase):
    (match,) = termbase.find("le compact numérique mondial", "fr", statuses=(DEPRECATED,))
    assert match.entry.approved["fr"] == "Pacte numérique mondial"


def test_deprecated_form_differing_only_in_case_needs_its_exact_spelling():
    terms = Termbase([entry("ga", "Assemblée générale", "General Assembly",
                            fr_deprecated=["Assemblée Générale"])])
    assert terms.find("l'Assemblée Générale", "fr", statuses=(DEPRECATED,))
    assert not terms.find("l'Assemblée générale", "fr", statuses=(DEPRECATED,))


def test_lookup_cost_grows_with_tokens_not_terms():
    text = " ".join(["la coopération internationale pour le développement durable"] * 10)

    def build(count):
        return Termbase(entry(str(i), f"terme{i} numéro {i}", f"term{i} number {i}")
                        for i in range(count))

    from scaling import cpu_seconds

    def timing(terms):
        return cpu_seconds(lambda: [terms.find(text, "fr") for _ in range(30)])

    # 100 times the terms: a lookup that read every term would cost ~100 times more (building
    # 30,000 terms, as this test did, cost 4 s of CPU for the same verdict).
    small, large = build(100), build(10_000)
    assert timing(large) < 5 * timing(small) + 0.02


def test_bundled_termbase_is_found_and_large():
    terms = bundled_termbase()
    assert len(terms) >= 300
    assert terms.find("l'Organisation mondiale de la Santé", "fr")
    assert terms.find("the Security Council", "en")


def test_the_index_prepared_at_install_is_the_one_made_from_the_files(tmp_path, monkeypatch):
    """The bundled termbase read from its prepared table (core/built.py) has the very entries
    and index that tokenizing its files gives, and finds the same terms."""
    from translator_gui.core import built, termbase

    monkeypatch.setattr(built, "folder", lambda: tmp_path)
    made = Termbase.from_plain(termbase._make_bundled())
    built.write(termbase._BUNDLED_TABLE)
    read = Termbase.from_plain(built.prepared(termbase._BUNDLED_TABLE))
    assert read.entries == made.entries and read._index == made._index
    assert read._owner == made._owner and len(read) >= 300
    form = read._index["fr"]["organisation"][0]
    assert any(form.entry is entry for entry in read.entries)  # shared, not copied
    text = "L'Organisation mondiale de la Santé et le Conseil de sécurité."
    assert read.find(text, "fr") == made.find(text, "fr") != []


def test_csv_glossary_with_source_and_target(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("source,target\nPacte numérique mondial,Digital Pact of the World\n",
                    encoding="utf-8")
    terms = read_glossary(path)
    (match,) = terms.find("le Pacte numérique mondial", "fr")
    assert match.entry.accepted("en") == ["Digital Pact of the World"]


def test_tsv_glossary_without_header(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("atelier\tworkshop\nrenforcement des capacités\tcapacity-building\n",
                    encoding="utf-8")
    terms = read_glossary(path)
    assert {m.entry.approved["en"] for m in terms.find(
        "un atelier de renforcement des capacités", "fr")} == {"workshop", "capacity-building"}


def test_csv_glossary_with_the_bundled_columns(tmp_path):
    path = tmp_path / "full.csv"
    path.write_text("id,domain,fr,en,fr_variants,en_variants,fr_deprecated,en_deprecated,note\n"
                    "x,organ,Conseil de sécurité,Security Council,,UNSC,Conseil de Sécurité,,\n",
                    encoding="utf-8")
    (term,) = read_glossary(path).entries
    assert term.accepted("en") == ["Security Council", "UNSC"]
    assert term.deprecated["fr"] == ["Conseil de Sécurité"]


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="fr"><text><body>
<termEntry id="gdc">
  <descrip type="subjectField">initiative</descrip>
  <langSet xml:lang="fr">
    <tig><term>Pacte numérique mondial</term></tig>
    <tig><term>compact numérique mondial</term>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="en-GB"><tig><term>Global Digital Compact</term></tig>
    <tig><term>GDC</term></tig></langSet>
</termEntry>
</body></text></martif>"""


def test_tbx_glossary(tmp_path):
    path = tmp_path / "terms.tbx"
    path.write_text(TBX, encoding="utf-8")
    (term,) = read_glossary(path).entries
    assert term.approved == {"fr": "Pacte numérique mondial", "en": "Global Digital Compact"}
    assert term.variants["en"] == ["GDC"]
    assert term.deprecated["fr"] == ["compact numérique mondial"]
    assert term.domain == "initiative"


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("empty.csv", "", "empty"),
    ("columns.csv", "alpha\nbeta\n", "no source and target columns"),
    ("broken.tbx", "<martif><body>", "not a readable TBX"),
    ("nothing.tbx", "<martif/>", "no term entries"),
    ("latin1.csv", None, "not UTF-8"),
])
def test_bad_glossaries_say_which_file_and_what_is_wrong(tmp_path, name, content, problem):
    path = tmp_path / name
    if content is None:
        path.write_bytes("source,target\nété,summer\n".encode("latin-1"))
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as error:
        read_glossary(path)
    assert error.value.path == str(path)


def test_missing_glossary_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_glossary(tmp_path / "absent.csv")


def test_user_glossary_takes_precedence_over_the_bundled_termbase(tmp_path):
    path = tmp_path / "house.csv"
    path.write_text("fr,en\nConseil de sécurité,UN Security Council\n", encoding="utf-8")
    combined = termbase_for([str(path)])
    matches = combined.find("le Conseil de sécurité", "fr")
    assert [m.entry.accepted("en")[0] for m in matches] == ["UN Security Council"]
    # Entries the glossary does not define still come from the bundled termbase.
    assert combined.find("l'Assemblée générale", "fr")
    # A glossary that cannot be read is skipped, not fatal.
    assert termbase_for([str(tmp_path / "absent.csv")]).find("l'Assemblée générale", "fr")


def test_an_acronym_matches_as_written_or_title_cased_only():
    terms = Termbase([entry("cites", "Convention CITES", "CITES Convention", ["CITES"], ["CITES"],
                            domain="treaty"),
                      entry("unesco", "Organisation des Nations Unies pour l'éducation",
                            "United Nations Educational Organization", ["UNESCO"], ["UNESCO"])])
    assert [m.form for m in terms.find("la CITES et l'Unesco", "fr")] == ["CITES", "UNESCO"]
    # « Cité » folds to the key of CITES (accent and plural dropped) but is a word, not it.
    assert terms.find("la Cité interdite", "fr") == []
    assert terms.find("la cites", "fr") == []


def test_every_csv_of_the_folder_is_loaded():
    from translator_gui.core.termbase import bundled_files

    files = bundled_files()
    assert files[0] == "un-fr-en.csv" and "countries-fr-en.csv" in files
    terms = bundled_termbase()
    assert terms.find("la République argentine", "fr")[0].entry.id == "place.argentina"
    assert terms.find("the Department of Operational Support", "en")[0].entry.domain == "body"
    assert len(terms) >= 2000


def test_extending_an_empty_termbase_copies_the_index_it_would_build() -> None:
    from translator_gui.core.termbase import Termbase, TermEntry

    bundled = Termbase([TermEntry("1", approved={"fr": "Nations Unies", "en": "United Nations"}),
                        TermEntry("2", approved={"fr": "Conseil de sécurité",
                                                 "en": "Security Council"})])
    built = Termbase()
    for entry in bundled.entries:
        built.add(entry, 0)
    copied = Termbase()
    copied.extend(bundled, 0)
    assert copied._index == built._index and copied._owner == built._owner
    assert copied.entries == built.entries
    # the copy is its own: a glossary entry added over it leaves the original alone
    copied.add(TermEntry("3", approved={"fr": "Nations Unies", "en": "UN"}), 1)
    assert [m.entry.id for m in bundled.find("les Nations Unies", "fr")] == ["1"]
    assert [m.entry.id for m in copied.find("les Nations Unies", "fr")] == ["3"]
    assert len(bundled) == 2 and len(copied) == 3


def test_a_text_asked_about_again_gets_the_same_answer_for_each_status(termbase) -> None:
    # find keeps its raw answer per text: a second question with other statuses or without
    # `longest` is answered from it exactly as a first question would be.
    text = "le compact numérique mondial et l'Assemblée générale des Nations Unies"
    first = [(m.entry.id, m.status, m.start, m.end) for m in termbase.find(text, "fr")]
    assert first == [("gdc", DEPRECATED, 3, 28), ("ga", "approved", 34, 52),
                     ("un", "variant", 57, 70)]
    assert [m.entry.id for m in termbase.find(text, "fr", statuses=(DEPRECATED,))] == ["gdc"]
    assert [m.entry.id for m in termbase.find(text, "fr", statuses=("approved",))] == ["ga"]
    assert [(m.entry.id, m.start) for m in termbase.find("les Nations Unies", "fr",
                                                          longest=False)] == [("un", 4)]
    assert [m.entry.id for m in termbase.find(text, "fr")] == ["gdc", "ga", "un"]


def test_a_term_added_after_a_search_is_found_by_the_next_one(termbase) -> None:
    text = "le Conseil de sécurité s'est réuni"
    assert termbase.find(text, "fr") == []
    termbase.add(entry("sc", "Conseil de sécurité", "Security Council"))
    assert [(m.entry.id, m.start, m.end) for m in termbase.find(text, "fr")] == [("sc", 3, 22)]
    copied = Termbase()
    assert copied.find(text, "fr") == []
    copied.extend(termbase, 0)
    assert [m.entry.id for m in copied.find(text, "fr")] == ["sc"]
