"""Termbase checks: deprecated forms, scrambled or garbled official names, missing translations."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.base import SegmentContext, check_document, get_check
from translator_gui.core.model import ReviewDocument, Segment


def run(check_id: str, source: str, target: str = "", source_language: str = "fr",
        target_language: str = "en", glossaries: list[str] | None = None):
    document = ReviewDocument([Segment(0, source, target, target)], source_language,
                              target_language, source_path="s.txt",
                              draft_path="d.txt" if target else None)
    document.checks.glossaries = list(glossaries or [])
    context = SegmentContext(document.segments[0], source_language, target_language, document)
    return [(f.side, (source if f.side == "source" else target)[f.start:f.end],
             f.replacement or f.hint)
            for f in get_check(check_id).check_segment(context)]


DEPRECATED_BAD = [
    ("Il a salué la mise en œuvre du compact numérique mondial.",
     "compact numérique mondial", "Pacte numérique mondial"),
    # The closest accepted form, so that the fix fits the sentence (« membre des Nations Unies »).
    ("Le pays est membre des Nations-Unies.", "Nations-Unies", "Nations Unies"),
    ("L'Assemblée Générale a voté.", "Assemblée Générale", "Assemblée générale"),
]
DEPRECATED_GOOD = [
    "Il a salué la mise en œuvre du Pacte numérique mondial.",
    "Le pacte conclu entre les deux partis est fragile.",
    "L'Assemblée générale a voté.",
    "L'ASSEMBLÉE GÉNÉRALE A VOTÉ.",  # a heading in capitals is not the deprecated spelling
    "Le pays est membre de l'Organisation des Nations Unies.",
    # a deprecated form inside a longer accepted one is that one (« Macédoine » of the old
    # name inside the new name)
    "La Macédoine du Nord a rejoint l'OTAN en 2020.",
]


@pytest.mark.parametrize(("source", "words", "suggestion"), DEPRECATED_BAD)
def test_deprecated_term_flags(source, words, suggestion):
    assert run("term-deprecated", source) == [("source", words, suggestion)]


@pytest.mark.parametrize("source", DEPRECATED_GOOD)
def test_deprecated_term_spares(source):
    assert run("term-deprecated", source) == []


def test_deprecated_term_on_the_english_side():
    found = run("term-deprecated", "Le Pacte numérique mondial a été adopté.",
                "The Global Digital Pact was adopted.")
    assert found == [("target", "Global Digital Pact", "Global Digital Compact")]


def test_a_deprecated_name_inside_the_official_one_is_not_reported():
    assert run("term-deprecated", "La Macédoine du Nord a rejoint l'OTAN.",
               "North Macedonia joined NATO.") == []
    assert run("term-deprecated", "La Macédoine a rejoint l'OTAN.",
               "Macedonia joined NATO.") == [("source", "Macédoine", "Macédoine du Nord"),
                                             ("target", "Macedonia", "North Macedonia")]


SCRAMBLED_BAD = [
    ("Elle met en œuvre la résolution générale de l'Assemblée.",
     "résolution générale de l'Assemblée", "résolution de l'Assemblée générale"),
    ("Il a évoqué l'initiative mondiale pour une gouvernance de l'IA.",
     "initiative mondiale pour une gouvernance de l'IA",
     "Initiative mondiale pour la gouvernance de l'IA"),
]
SCRAMBLED_BAD.append(
    ("Le Programme de développement des Nations Unies a publié son rapport.",
     "Programme de développement des Nations Unies",
     "Programme des Nations Unies pour le développement"))
SCRAMBLED_GOOD = [
    "Le programme de développement des Nations Unies pour 2030 est ambitieux.",
    "Le Programme des Nations Unies pour le développement a publié son rapport.",
    "Elle met en œuvre la résolution de l'Assemblée générale.",
    "La sécurité du Conseil est assurée.",
    "Il a évoqué l'Initiative mondiale pour la gouvernance de l'IA.",
    "La politique générale, l'Assemblée l'a votée.",
    "Le sous-secrétaire général a parlé.",
    "Le développement durable du programme est assuré.",
    "Le financement durable du développement est une priorité.",
]


@pytest.mark.parametrize(("source", "words", "suggestion"), SCRAMBLED_BAD)
def test_scrambled_term_flags(source, words, suggestion):
    assert run("term-scrambled", source) == [("source", words, suggestion)]


@pytest.mark.parametrize("source", SCRAMBLED_GOOD)
def test_scrambled_term_spares(source):
    assert run("term-scrambled", source) == []


def test_scrambled_term_on_the_english_side():
    found = run("term-scrambled", "L'Assemblée générale a voté.", "The Assembly General voted.")
    assert found == [("target", "Assembly General", "General Assembly")]


def test_another_accepted_form_in_lower_case_is_no_scramble():
    # "Health Minister" and "Minister of Health" are both forms of one entry
    assert run("term-scrambled", "Il a été ministre de la santé pendant quatre ans.",
               "He served as minister of health for four years.") == []
    assert run("term-scrambled", "Il a été ministre de la santé.",
               "He served as minister health of the region.") != []


def test_a_scrambled_name_keeps_its_number():
    # "States members" is "Member States": the fix is in the plural the text gave it
    found = run("term-scrambled", "Les États membres ont voté.", "The States members voted.")
    assert found == [("target", "States members", "Member States")]
    found = run("term-scrambled", "The Member States voted.", "Les membres États ont voté.",
                "en", "fr")
    assert [(side, words) for side, words, _fix in found] == [("target", "membres États")]
    assert found[0][2].split() == ["États", "Membres"]


def test_scrambled_name_with_its_own_and():
    # the name's own "and" / « et »: its two sides swapped is the name scrambled
    found = run("term-scrambled", "Le rapport a été transmis au Conseil économique et social.",
                "The report was sent to the Social and Economic Council.")
    assert found == [("target", "Social and Economic Council", "Economic and Social Council")]
    assert run("term-scrambled", "Le rapport a été transmis au Conseil économique et social.",
               "The report was sent to the Economic and Social Council.") == []


def test_garbled_name_with_a_doubled_word():
    (found,) = run("term-scrambled", "L'initiative mondiale de gouvernance mondiale du président "
                   "a fourni une solution.")
    assert found[1] == "initiative mondiale de gouvernance mondiale"
    # The missing word may occur later in the sentence: the phrase is still garbled.
    (found,) = run("term-scrambled", "L'initiative mondiale de gouvernance mondiale du président "
                   "a montré la voie de la gouvernance mondiale de l'IA.")
    assert found[1] == "initiative mondiale de gouvernance mondiale"


MISSING_BAD = [
    ("Le Pacte numérique mondial a été adopté.", "The World Digital Pact was adopted.",
     "Global Digital Compact"),
    ("L'ONU a publié le rapport.", "The Organization released the report.", "United Nations"),
    ("Le Conseil de sécurité s'est réuni.", "The council met.", "Security Council"),
    # a name French writes in lower case, English in Title Case
    ("Le pays a pris du retard sur les objectifs de développement durable.",
     "The country has fallen behind on the aims of lasting development.",
     "Sustainable Development Goals"),
]
MISSING_GOOD = [
    ("Le Pacte numérique mondial a été adopté.", "The Global Digital Compact was adopted."),
    ("L'ONU a publié le rapport.", "The UN released the report."),
    ("L'OMS et l'OTAN se sont réunies à Genève.", "WHO and NATO met in Geneva."),
    ("L'OTAN s'est réunie.", "Nato met."),  # British house style for acronyms
    ("Les Nations Unies ont publié les rapports.", "The United Nations released the reports."),
    ("Le sommet s'est tenu à Pékin.", "The summit was held in Beijing."),
    ("Une Australienne emprisonnée en Thaïlande.", "Australian woman jailed in Thai prison."),
    ("Le régulateur suisse a réagi.", "The Swiss regulator reacted."),  # adjective, not the place
    ("Le directeur général a démissionné.", "The chief executive resigned."),  # generic title
    ("Les chefs d'État se sont réunis.", "World leaders met."),  # a title, even in Title Case
    ("Les objectifs de développement durable sont loin.", "The SDGs are far off."),
    ("L'Organisation mondiale de la Santé a parlé.", "The World Health Organisation spoke."),
]


@pytest.mark.parametrize(("source", "target", "suggestion"), MISSING_BAD)
def test_missing_translation_flags(source, target, suggestion):
    (found,) = run("term-missing-translation", source, target)
    assert found[0] == "source" and found[2] == suggestion


@pytest.mark.parametrize(("source", "target"), MISSING_GOOD)
def test_missing_translation_spares(source, target):
    assert run("term-missing-translation", source, target) == []


def test_missing_translation_english_source():
    (found,) = run("term-missing-translation", "The Security Council met.",
                   "Le Conseil s'est réuni.", "en", "fr")
    assert found == ("source", "Security Council", "Conseil de sécurité")
    assert run("term-missing-translation", "The UN met.", "L'ONU s'est réunie.", "en", "fr") == []


def test_a_user_glossary_overrides_the_bundled_translation(tmp_path):
    glossary = tmp_path / "house.csv"
    glossary.write_text("source,target\nConseil de sécurité,UNSC\n", encoding="utf-8")
    source, target = "Le Conseil de sécurité s'est réuni.", "The Security Council met."
    assert run("term-missing-translation", source, target) == []
    found = run("term-missing-translation", source, target, glossaries=[str(glossary)])
    assert found == [("source", "Conseil de sécurité", "UNSC")]


def test_seed_style_errors_are_flagged_in_a_monolingual_document():
    text = ("Il a noté l'importance de l'atelier pour la mise en œuvre du compact numérique "
            "mondial. L'atelier met en œuvre la résolution générale de l'Assemblée des Nations "
            "Unies.")
    sentences = [s.strip() + "." for s in text.split(".") if s.strip()]
    document = ReviewDocument([Segment(i, s, "", "") for i, s in enumerate(sentences)], "fr", "en",
                              source_path="seed.txt")
    flagged = {(i.check, sentences[i.segment][i.start:i.end]) for i in check_document(document)}
    assert ("term-deprecated", "compact numérique mondial") in flagged
    assert any(check == "term-scrambled" and words.startswith("résolution générale de l'Assemblée")
               for check, words in flagged)


@pytest.mark.parametrize(("source", "target"), [
    ("Le Crédit Suisse a renvoyé un trader.", "Credit Suisse fired a trader."),
    ("Les rebelles ont quitté l'est de la RDC.", "The rebels left eastern DRC."),
    ("Les Émirats arabes unis ont voté pour.", "The UAE voted in favour."),
])
def test_missing_translation_spares_other_names_and_reordered_acronyms(source, target):
    assert run("term-missing-translation", source, target) == []


@pytest.mark.parametrize("target", [
    "It is banned by the United States and the United Nations.",
    "They had approvals in South Korea, after Africa and South America.",
])
def test_scrambled_term_spares_coordinated_names(target):
    assert run("term-scrambled", "Il est interdit.", target) == []


def test_a_country_may_go_by_its_short_name():
    assert run("term-missing-translation", "La Fédération de Russie a voté contre.",
               "Russia voted against.") == []


def test_scrambled_term_takes_in_a_doubled_word_next_to_it():
    """"the global initiative of global governance": the fix replaces both "global"s, so
    applying it does not leave "the global Global Governance Initiative"."""
    target = ("He declared that the global initiative of global governance of Chinese President "
              "Xi Jinping has provided a solution.")
    found = [f for f in run("term-scrambled", "Il a déclaré.", target) if f[0] == "target"]
    assert found == [("target", "global initiative of global governance",
                      "Global Governance Initiative")]


def fixes(check_id: str, source: str, target: str) -> list[tuple[str, str, str | None]]:
    """What each finding's replacement makes of its side: (side, span, fixed sentence)."""
    document = ReviewDocument([Segment(0, source, target, target)], "fr", "en",
                              source_path="s.txt", draft_path="d.txt")
    context = SegmentContext(document.segments[0], "fr", "en", document)
    out = []
    for f in get_check(check_id).check_segment(context):
        text = source if f.side == "source" else target
        fixed = None if f.replacement is None else text[:f.start] + f.replacement + text[f.end:]
        out.append((f.side, text[f.start:f.end], fixed))
    return out


# Scrambled names of entries other than the seed's, on both sides, with the sentence the
# replacement makes: articles, capitals and neighbouring words stay right.
SCRAMBLED_PAIRS = [
    ("Il a parlé à l'Organisation de Santé mondiale.", "He spoke to the Organization of World Health.",
     "Il a parlé à l'Organisation mondiale de la Santé.",
     "He spoke to the World Health Organization."),
    ("La Cour de Justice internationale a statué.", "The Court of International Justice ruled.",
     "La Cour internationale de Justice a statué.", "The International Court of Justice ruled."),
    ("Le Fonds international monétaire a prêté.", "The Fund Monetary International lent.",
     "Le Fonds monétaire international a prêté.", "The International Monetary Fund lent."),
    ("L'Organisation de l'aviation internationale civile a publié.",
     "The Organization of International Civil Aviation published.",
     "L'Organisation de l'aviation civile internationale a publié.",
     "The International Civil Aviation Organization published."),
    # An official name takes "the" in English.
    ("Elle a rejoint une Organisation de Santé mondiale.",
     "She joined a Organization of World Health.",
     "Elle a rejoint une Organisation mondiale de la Santé.",
     "She joined the World Health Organization."),
    # A word of the name said twice: the fix takes both in and leaves no double.
    ("Elle a cité la Banque européenne d'investissement européenne.",
     "She cited the European Bank of European Investment.",
     "Elle a cité la Banque européenne d'investissement.",
     "She cited the European Investment Bank."),
]


@pytest.mark.parametrize(("source", "target", "fixed_source", "fixed_target"), SCRAMBLED_PAIRS)
def test_scrambled_names_are_fixed_on_both_sides(source, target, fixed_source, fixed_target):
    found = {side: fixed for side, _span, fixed in fixes("term-scrambled", source, target)}
    assert found == {"source": fixed_source, "target": fixed_target}
    # The fixed pair re-checks clean.
    assert run("term-scrambled", fixed_source, fixed_target) == []


def test_one_garbled_phrase_names_one_entry_on_both_sides():
    """« initiative mondiale de sécurité mondiale » could be a garbled Global Security Initiative
    (every word there) or a garbled Global Initiative on Data Security (a word doubled, one
    missing): the reading that leaves nothing out wins, the same on both sides."""
    found = run("term-scrambled", "Il a salué l'initiative mondiale de sécurité mondiale.",
                "He praised the global initiative of global security.")
    assert found == [
        ("source", "initiative mondiale de sécurité mondiale", "Initiative pour la sécurité mondiale"),
        ("target", "global initiative of global security", "Global Security Initiative")]


def test_the_other_side_decides_between_two_readings():
    """When the English names the Global Initiative on Data Security, the French garble is read
    as that same initiative."""
    found = run("term-scrambled", "Il a salué l'initiative mondiale de sécurité mondiale.",
                "He praised the Global Initiative on Data Security.")
    assert found == [("source", "initiative mondiale de sécurité mondiale",
                      "Initiative mondiale sur la sécurité des données")]


def test_deprecated_form_is_replaced_by_the_closest_accepted_form():
    assert fixes("term-deprecated", "Le Royaume Uni a voté.", "The UK voted.") == [
        ("source", "Royaume Uni", "Le Royaume-Uni a voté.")]


@pytest.mark.parametrize(("source", "target"), [
    ("Maurice Dupont est arrivé hier.", "Maurice Dupont arrived yesterday."),  # a first name
    ("Le ministère de la Santé a publié le rapport.", "The health department published it."),
    ("La Cour suprême a tranché.", "The justices decided."),  # a national institution
    ("Les Français ont voté.", "France voted."),  # a nationality
])
def test_missing_translation_spares_first_names_and_generic_institutions(source, target):
    assert run("term-missing-translation", source, target) == []


def test_missing_translation_is_a_hint_never_a_replacement():
    """The finding sits on the French source; the English name is advice for the target."""
    document = ReviewDocument([Segment(0, "Il vit à Maurice.", "He lives in France.",
                                       "He lives in France.")],
                              "fr", "en", source_path="s.txt", draft_path="d.txt")
    context = SegmentContext(document.segments[0], "fr", "en", document)
    (finding,) = get_check("term-missing-translation").check_segment(context)
    assert (finding.replacement, finding.hint) == (None, "Mauritius")


def _clean_pairs() -> list[tuple[str, str]]:
    """Sentences built around a few hundred termbase entries, written with their official forms:
    no term check may fire on them."""
    import csv
    import io

    from translator_gui.core.resources import resource
    from translator_gui.core.termbase import bundled_files

    rows = [row for name in bundled_files() for row in csv.DictReader(io.StringIO(
        resource("termbase", name).read_text(encoding="utf-8")))]
    chosen = [row for row in rows if " " in row["fr"] and " " in row["en"]][::4]
    return [(f"Selon le rapport, {row['fr']} a été mentionné hier.",
             f"According to the report, {row['en']} was mentioned yesterday.") for row in chosen]


CLEAN_PAIRS = _clean_pairs()


def test_enough_clean_sentences_are_generated():
    assert len(CLEAN_PAIRS) >= 300


@pytest.mark.parametrize("check_id", ["term-scrambled", "term-deprecated",
                                      "term-missing-translation", "term-mismatch"])
def test_official_forms_stay_quiet(check_id):
    loud = [(source, target, found) for source, target in CLEAN_PAIRS
            if (found := run(check_id, source, target))]
    assert loud == []


def test_a_reordered_name_fix_takes_in_the_longer_name_it_would_form():
    # Applied alone, "General Assembly resolution" would leave "General Assembly resolution of
    # the United Nations", itself a garbled name: the fix is the longer name at once.
    source = ("Le Japon a salué la résolution de l'Assemblée générale des Nations Unies sur "
              "les océans.")
    target = ("Japan welcomed the General Resolution of the Assembly of the United Nations on "
              "the oceans.")
    assert run("term-scrambled", source, target, "fr", "en") == [
        ("target", "General Resolution of the Assembly of the United Nations",
         "United Nations General Assembly resolution")]


def test_a_deprecated_rendering_is_reported_once_on_the_target():
    # The target renders the term, only in its deprecated form: term-deprecated fixes it there;
    # the source term is not reported as missing a translation as well.
    source = "Le Pacte numérique mondial a été salué par les délégations."
    target = "The Global Digital Pact was welcomed by the delegations."
    assert run("term-missing-translation", source, target) == []
    assert run("term-deprecated", source, target) == [
        ("target", "Global Digital Pact", "Global Digital Compact")]


@pytest.mark.parametrize(("source", "target", "source_language", "flagged"), [
    # A title of another rank, the source in capitals or, in running text, in lower case.
    ("Le Vice-Secrétaire général a ouvert la séance.",
     "The Under-Secretary-General opened the meeting.", "fr", "Under-Secretary-General"),
    ("Elle a été nommée secrétaire générale adjointe en 2019.",
     "She was appointed Assistant Secretary-General in 2019.", "fr",
     "Assistant Secretary-General"),
    # One court for another, an organ of the United Nations for a body outside it.
    ("L'affaire a été portée devant la Cour pénale internationale.",
     "The case was brought before the International Court of Justice.", "fr",
     "International Court of Justice"),
    ("Le Programme des Nations Unies pour l'environnement a publié son rapport.",
     "The United Nations Development Programme published its report.", "fr",
     "United Nations Development Programme"),
    # English source, French draft.
    ("The Under-Secretary-General opened the meeting.",
     "Le Sous-Secrétaire général a ouvert la séance.", "en", "Sous-Secrétaire général"),
])
def test_another_term_of_the_kind_in_the_target(source, target, source_language, flagged):
    target_language = "en" if source_language == "fr" else "fr"
    found = run("term-mismatch", source, target, source_language, target_language)
    assert [(side, words) for side, words, _hint in found] == [("target", flagged)]
    assert found[0][2] and found[0][2].startswith("« ")  # a hint for a person, not a fix


@pytest.mark.parametrize(("source", "target"), [
    ("Le Secrétaire général et la Vice-Secrétaire générale ont ouvert la séance.",
     "The Secretary-General and the Deputy Secretary-General opened the meeting."),
    # A longer title holding the source's ("Vice-Minister" in the foreign affairs title).
    ("Le vice-ministre chinois des Affaires étrangères est arrivé.",
     "The Chinese Vice-Minister of Foreign Affairs arrived."),
    # A generic title in lower case, rendered by its ordinary English.
    ("Le secrétaire général du syndicat a démissionné.",
     "The union's general secretary resigned."),
    # Two institutions, each rendered; and one named only in the target, unrelated.
    ("Le Conseil de sécurité a saisi la Cour pénale internationale.",
     "The Security Council referred the case to the International Criminal Court."),
    ("La Cour a rendu son avis.", "The International Court of Justice delivered its opinion."),
    # Two titles sharing one word are two titles, not one taken for the other.
    ("L'ancien secrétaire général de la Maison-Blanche a rencontré la secrétaire d'État.",
     "The former White House Chief of Staff met the Secretary of State."),
])
def test_another_term_of_the_kind_spares(source, target):
    assert run("term-mismatch", source, target) == []


def _scrambled_by_every_word(text, tokens, language, terms, found):
    """term-scrambled's reading as written before first_word_index: every name of every content
    word of the text walked through content_index, in the text's order (the reference)."""
    from translator_gui.core.checks import terms as terms_check
    from translator_gui.core.checks.terms_names import content_index
    from translator_gui.core.termbase import function_words

    glue = function_words(language)
    covered = terms_check._Covered(found)
    positions: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        if token.key not in glue:
            positions.setdefault(token.key, []).append(i)
    seen: set[str] = set()
    for key in positions:
        for form, content, content_keys, distinct in content_index(terms, language).get(key, ()):
            if form.text in seen:
                continue
            seen.add(form.text)
            if content_keys[0] not in positions:
                continue
            absent = len(distinct.difference(positions))
            if absent > 1 or (absent and len(content_keys) < 4):
                continue
            reordered = []
            if not absent:
                reordered = list(terms_check._reordered(text, tokens, form, content, positions,
                                                        covered, language))[:1]
            missing = 0
            if not reordered and len(content_keys) >= 4:
                garbled = terms_check._garbled(text, tokens, form, content_keys, positions,
                                               covered)
                reordered = [garbled] if garbled else []
                missing = 1
            for start, end, form_text, message in reordered:
                yield terms_check._Candidate(start, end, form_text, message, form.entry.id,
                                             missing, len(content))


def _names(language: str) -> list[list[str]]:
    from translator_gui.core.checks.terms_names import content_index
    from translator_gui.core.termbase import bundled_termbase

    # the names sharing a word with many others (« nations », « général »), word by word
    return sorted({tuple(form.text.split()) for entries in content_index(
        bundled_termbase(), language).values() if len(entries) > 3 for form, *_rest in entries})


@pytest.mark.parametrize("language", ["fr", "en"])
def test_names_are_read_in_the_order_a_walk_over_every_word_meets_them(language):
    """first_word_index reads only the names whose first content word is in the text, in the
    order the walk through every content word met them: the same candidates, in the same
    order, as that walk, on texts made of the words many names share, shuffled."""
    import random

    from translator_gui.core.checks import terms as terms_check
    from translator_gui.core.termbase import bundled_termbase, text_keys, tokenize

    terms = bundled_termbase()
    names = _names(language)
    draw = random.Random(20261130)
    nonempty = 0
    for _ in range(300):
        # one or two names, their words shuffled, and a word of a third
        chosen = draw.sample(names, 3)
        words = [*chosen[0], *(chosen[1] if draw.random() < 0.5 else ()), draw.choice(chosen[2])]
        draw.shuffle(words)
        text = " ".join(words)
        tokens = tokenize(text)
        found = terms.find(text, language)
        expected = list(_scrambled_by_every_word(text, tokens, language, terms, found))
        assert list(terms_check._scrambled(text, text_keys(text), language, terms,
                                          found)) == expected
        nonempty += bool(expected)
    assert nonempty >= 20  # the texts do hold names read out of order
@pytest.mark.parametrize(("source", "target", "languages"), [
    ("A US official confirmed the strike.", "Un responsable américain a confirmé la frappe.",
     ("en", "fr")),
    ("Anti-EU feeling is growing in Europe.", "Le sentiment anti-européen grandit en Europe.",
     ("en", "fr")),
    ("UK ministers met on Monday.", "Les ministres britanniques se sont réunis lundi.",
     ("en", "fr")),
    ("Les États-Unis ont voté contre.", "The American delegation voted against.", ("fr", "en")),
])
def test_a_country_rendered_by_its_adjective_is_rendered(source, target, languages):
    assert run("term-missing-translation", source, target, *languages) == []


def test_a_country_rendered_by_another_country_s_adjective_is_still_missing():
    assert run("term-missing-translation", "A US official confirmed the strike.",
               "Un responsable canadien a confirmé la frappe.", "en", "fr") == [
        ("source", "US", "États-Unis d'Amérique")]
