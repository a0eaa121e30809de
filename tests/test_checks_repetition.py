"""Repetition checks: a word or group twice in a row (French, English), a content word repeated
nearby, a verb and its object from the same stem."""

from __future__ import annotations

import pytest
from check_support import (
    assert_english_flags,
    assert_french_flags,
    english_flagged,
    french_flagged,
    only,
    run,
)

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


@pytest.mark.parametrize("english, expected", [
    ("He spoke about the the reform.", ["the the"]),
    ("Ditta denied using cocaine and and said he had spoken to the suspect.", ["and and"]),
    ("The the report was published.", ["The the"]),
    ("Pierre Nora has shown has shown great interest.", ["has shown has shown"]),
    # grammatical repetitions and names
    ("He had had enough, and he knew that that was true.", []),
    ("What the problem is is the cost.", []),
    ("They flew to Walla Walla and Bora Bora.", []),
])
def test_english_repeated_word(english: str, expected: list[str]) -> None:
    assert_english_flags("en-repeated-word", english, expected)


@pytest.mark.parametrize("french, expected", [
    ("Il a parlé de de la réforme.", ["de de"]),
    ("Le le rapport a été publié.", ["Le le"]),
    ("Les pays pays membres ont voté.", ["pays pays"]),
    ("Les pays les pays membres ont voté.", ["Les pays les pays"]),
    ("Il faut renforcer de la coopération de la coopération.", ["de la coopération de la coopération"]),
    # legitimate: reflexive pronouns, « en en », names
    ("Nous nous réjouissons de vous voir et vous vous en souvenez.", []),
    ("Il a gagné en en parlant peu.", []),
    ("Ils ont passé leurs vacances à Bora Bora.", []),
    ("Le club CAP Barbell CAP Barbell est connu ; de plus en plus, petit à petit.", []),
    ("Dimensions (L x l x H) : 17 x 8 x 2 pouces.", []),
    ("L'ONU, l'ANASE et l'UE.", []),
])
def test_french_repeated_word(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-repeated-word", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Il a déclaré que l'initiative mondiale de gouvernance mondiale du président a réussi.",
     ["mondiale de gouvernance mondiale"]),
    ("La sécurité alimentaire de la sécurité régionale est menacée.",
     ["sécurité alimentaire de la sécurité"]),
    ("Le renforcement du renforcement des capacités est essentiel.", ["renforcement du renforcement"]),
    ("La stratégie nationale de développement national a été adoptée.",
     ["nationale de développement national"]),
    # parallel structures, idioms, comparisons and verbs in between are spared
    ("Les pays développés et les pays en développement ont négocié.", []),
    ("Ils se sont retrouvés face à face, jour après jour, de plus en plus souvent.", []),
    ("Le peuple et l'armée avancent main dans la main.", []),
    ("Les voyages autres que les voyages d'affaires sont concernés.", []),
    ("Le milieu marin est le milieu le moins bien connu.", []),
    ("Un trafiquant de drogue fournissant de la drogue à son avocat.", []),
])
def test_repeated_content_word(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-repeated-content-word", french, expected)


@pytest.mark.parametrize("french, expected", [
    ("Il a reconnu le rôle de la Chine pour renforcer le renforcement des capacités.",
     ["renforcer le renforcement"]),
    ("Il faut développer le développement durable.", ["développer le développement"]),
    ("Il faut protéger la protection des civils.", ["protéger la protection"]),
    ("Il faut appliquer l'application de la loi.", ["appliquer l'application"]),
    ("Il faut renforcer les capacités des pays.", []),
    ("Ils vont former des formateurs et aider les aidants.", []),
    ("Le renforcement des capacités permet de renforcer la coopération.", []),
    # verbs in -ir in the future and the imperfect
    ("Le fonds investira dans des investissements verts.",
     ["investira dans des investissements"]),
    ("Les villes établissaient des établissements scolaires.",
     ["établissaient des établissements"]),
    ("Le pays investira dans la santé et finira la route.", []),
    # a preposition that is also a verb form (« entre », « contre ») governs no object
    ("La concurrence entre les entreprises et la lutte contre la contrefaçon.", []),
])
def test_verb_object_same_stem(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-verb-object-same-stem", french, expected)


def test_english_repeated_word_reads_an_english_source() -> None:
    """en→fr: the English check reads the source when the source is the English side."""
    found = english_flagged("en-repeated-word", "He spoke about the the reform.",
                            english_is_target=False)
    assert found == ["the the"]


@pytest.mark.parametrize("check_id, french, words", [
    ("fr-repeated-word", "Il a parlé de de la réforme.", "de de"),
    ("fr-verb-object-same-stem", "Il faut renforcer le renforcement.", "renforcer le renforcement"),
])
def test_repetition_checks_read_a_french_target(check_id: str, french: str, words: str) -> None:
    """en→fr: the same checks read the target when the target is the French side."""
    assert words in french_flagged(check_id, french, "English source.", french_is_source=False)
    # ...and never read the English side as if it were French
    document = only(ReviewDocument([Segment(0, french, "English.", "English.")], "en", "fr"),
                    check_id)
    assert not [i for i in check_document(document) if i.check == check_id]


@pytest.mark.parametrize(("english", "kept"), [
    ("He praised the global Global Governance Initiative.", "Global"),  # a name starts there
    ("The the report was published.", "The"),
    ("He spoke about the the reform.", "the"),
])
def test_repeated_word_keeps_the_right_capital(english: str, kept: str) -> None:
    (finding,) = run("en-repeated-word", "Texte.", english)
    assert finding.replacement == kept


@pytest.mark.parametrize(("source", "english", "expected"), [
    # a dictionary word doubled inside a name, which the source says once
    ("La Banque mondiale a publié ses chiffres.", "The World Bank Bank published its figures.",
     [("Bank Bank", "Bank")]),
    ("Le Conseil de sécurité se réunit.", "The Security Council Council meets.",
     [("Council Council", "Council")]),
    # a name said twice on both sides, or no dictionary word
    ("Il a joué à Sing Sing.", "He played at Sing Sing.", []),
    ("Le groupe Duran Duran a joué.", "The band Duran Duran played.", []),
])
def test_a_capitalized_word_doubled_in_a_name(source, english, expected) -> None:
    found = run("en-repeated-word", source, english)
    assert [(english[f.start:f.end], f.replacement) for f in found] == expected


@pytest.mark.parametrize(("english", "expected"), [
    ("The cooperation of cooperation between the two countries grew.",
     [("cooperation of cooperation", "cooperation")]),
    ("It is a question of the question of funding.",
     [("question of the question", "question")]),
    ("He translated it word for word, pound for pound, and the best of the rest.", []),
])
def test_a_noun_said_again_after_its_own_of(english, expected) -> None:
    found = run("en-repeated-word", "Texte source.", english)
    assert [(english[f.start:f.end], f.replacement) for f in found] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("He spoke about the the reform.", "en", True),
    ("Les pays les pays membres ont voté.", "fr", True),
    ("de la coopération de la coopération", "fr", True),
    ("Des A B C D A B C D ici.", "fr", True),  # four words said again: the longest group
    ("QU'il qu'il", "fr", True),  # an elided word and its run, in another case
    ("the cooperation of the Cooperation", "en", True),
    ("the cooperation of cooperation", "en", True),
    ("Les PAYS pays membres", "fr", True),  # in another case
    # the same word further on, or « de » three words on: nothing either pattern can match
    ("Le rapport de la commission de la défense a été publié.", "fr", False),
    ("A B C D E A B C D E", "fr", False),  # five words: longer than a group
    ("the cooperation of cooperation", "fr", False),  # the "of" pattern is English only
    ("He had enough and knew it.", "en", False),
])
def test_repetition_gate(text: str, language: str, expected: bool) -> None:
    """The letter-run test that spares a text the back-reference patterns: open wherever one
    of them may match (each of these matches one of them), closed on a text where none can."""
    from translator_gui.core.checks import repetition

    assert repetition._may_repeat(text, language) is expected
    matched = bool(repetition._REPEATED_WORD.search(text) or repetition._REPEATED_GROUP.search(
        text) or language == "en" and repetition._NOUN_OF_ITSELF.search(text))
    assert matched is expected


@pytest.mark.parametrize(("source", "english", "expected"), [
    ("Le fonds régional d'aide aux réfugiés a doublé.",
     "The regional fund for regional refugee aid doubled.", ["regional fund for regional"]),
    ("Le cadre juridique de la coopération a été renforcé.",
     "The legal framework of legal cooperation was strengthened.",
     ["legal framework of legal"]),
    # the source says it twice too, a parallel, a word after an article
    ("L'accord régional sur la sécurité régionale a été signé.",
     "The regional agreement on regional security was signed.", []),
    ("Les prix augmentent de plus en plus vite.", "Prices rise faster and faster each year.", []),
    ("Le fond de la boîte est au fond du carton.",
     "The bottom of the box is at the bottom of the carton.", []),
])
def test_a_word_said_again_inside_one_english_phrase(source, english, expected) -> None:
    found = run("en-repeated-content-word", source, english)
    assert [english[f.start:f.end] for f in found] == expected
    assert all(f.replacement is None and f.hint for f in found)
