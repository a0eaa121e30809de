"""The French monolingual checks: each catches its bad cases and spares good French that looks
like an error, on whichever side is French (fr→en and en→fr)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks import all_checks, check_document, check_segment, get_check
from translator_gui.core.checks.base import Severity
from translator_gui.core.checks.french import calques, conjugate
from translator_gui.core.model import ReviewDocument, Segment


def only(document: ReviewDocument, check_id: str) -> ReviewDocument:
    """Switch every other check off, so a test reads one check (and loads spaCy only if it
    needs it)."""
    document.checks.disabled = {c.id for c in all_checks() if c.id != check_id}
    return document


def flagged(check_id: str, french: str, english: str = "", *, french_is_source: bool = True,
            extra: tuple[str, ...] = ()) -> list[str]:
    """The French words `check_id` flags when `french` is one side of a one-pair document.

    `extra` adds French segments before it (document-scope checks read earlier segments).
    """
    segments = []
    for index, text in enumerate((*extra, french)):
        source, target = (text, english) if french_is_source else (english, text)
        segments.append(Segment(index, source, target, target))
    languages = ("fr", "en") if french_is_source else ("en", "fr")
    document = only(ReviewDocument(segments, *languages), check_id)
    side = "source" if french_is_source else "target"
    last = segments[-1].id
    return [french[i.start:i.end] for i in check_document(document)
            if i.check == check_id and i.side == side and i.segment == last]


def assert_flags(check_id: str, french: str, expected: list[str], **kwargs: object) -> None:
    found = flagged(check_id, french, **kwargs)  # type: ignore[arg-type]
    if not expected:
        assert found == [], f"{check_id} cried wolf on {french!r}: {found}"
        return
    for words in expected:
        assert any(words in span or span in words for span in found), (
            f"{check_id} missed {words!r} in {french!r} (found {found})")


# -- repeated words ---------------------------------------------------------------------------

@pytest.mark.parametrize("french, expected", [
    ("Il a parlé de de la réforme.", ["de de"]),
    ("Le le rapport a été publié.", ["Le le"]),
    ("Les pays pays membres ont voté.", ["pays pays"]),
    ("Les pays les pays membres ont voté.", ["Les pays les pays"]),
    ("Il faut renforcer de la coopération de la coopération.", ["de la coopération de la"]),
    # legitimate: reflexive pronouns, « en en », names
    ("Nous nous réjouissons de vous voir et vous vous en souvenez.", []),
    ("Il a gagné en en parlant peu.", []),
    ("Ils ont passé leurs vacances à Bora Bora.", []),
    ("Le club CAP Barbell CAP Barbell est connu ; de plus en plus, petit à petit.", []),
    ("Dimensions (L x l x H) : 17 x 8 x 2 pouces.", []),
    ("L'ONU, l'ANASE et l'UE.", []),
])
def test_repeated_word(french: str, expected: list[str]) -> None:
    assert_flags("fr-repeated-word", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Il a déclaré que l'initiative mondiale de gouvernance mondiale du président a réussi.",
     ["mondiale de gouvernance mondiale"]),
    ("La sécurité alimentaire de la sécurité régionale est menacée.", ["sécurité"]),
    ("Le renforcement du renforcement des capacités est essentiel.", ["renforcement"]),
    ("La stratégie nationale de développement national a été adoptée.", ["national"]),
    # parallel structures, idioms, comparisons and verbs in between are spared
    ("Les pays développés et les pays en développement ont négocié.", []),
    ("Ils se sont retrouvés face à face, jour après jour, de plus en plus souvent.", []),
    ("Le peuple et l'armée avancent main dans la main.", []),
    ("Les voyages autres que les voyages d'affaires sont concernés.", []),
    ("Le milieu marin est le milieu le moins bien connu.", []),
    ("Un trafiquant de drogue fournissant de la drogue à son avocat.", []),
])
def test_repeated_content_word(french: str, expected: list[str]) -> None:
    assert_flags("fr-repeated-content-word", french, expected)


@pytest.mark.parametrize("french, expected", [
    ("Il a reconnu le rôle de la Chine pour renforcer le renforcement des capacités.",
     ["renforcer le renforcement"]),
    ("Il faut développer le développement durable.", ["développer le développement"]),
    ("Il faut protéger la protection des civils.", ["protéger la protection"]),
    ("Il faut appliquer l'application de la loi.", ["appliquer l'application"]),
    ("Il faut renforcer les capacités des pays.", []),
    ("Ils vont former des formateurs et aider les aidants.", []),
    ("Le renforcement des capacités permet de renforcer la coopération.", []),
])
def test_verb_object_same_stem(french: str, expected: list[str]) -> None:
    assert_flags("fr-verb-object-same-stem", french, expected)


# -- calques -----------------------------------------------------------------------------------

@pytest.mark.parametrize("french, expected", [
    ("Le deuxième atelier, organisé par le ministère, a ouvert à l'Université Tsinghua le 12 mai.",
     ["a ouvert"]),
    ("La conférence a ouvert lundi à Genève.", ["a ouvert"]),
    ("Le gouvernement doit adresser les défis du changement climatique.", ["adresser les défis"]),
    ("Il faut adresser les préoccupations des pays en développement.", ["adresser"]),
    ("Il a adressé la question des réfugiés lors du débat.", ["adressé la question des"]),
    ("Le ministre a assisté et a abordé la cérémonie d'ouverture.", ["assisté et a abordé"]),
    ("Le secrétaire général a adressé l'Assemblée générale.", ["adressé l'Assemblée"]),
    ("Cette initiative a contribué à la sagesse et pointant la direction de la gouvernance.",
     ["pointant la direction"]),
    ("Nous allons supporter la proposition de la délégation.", ["supporter la proposition"]),
    ("Il a réalisé que la situation était grave.", ["réalisé que"]),
    ("Elle est en charge de la coordination.", ["en charge"]),
    ("Cela fait du sens pour les pays.", ["fait du sens"]),
    ("Le pays a priorisé la mise en œuvre de la résolution.", ["priorisé"]),
    ("Ces mesures vont impacter les plus pauvres.", ["impacter"]),
    ("Il faut compléter le formulaire avant lundi.", ["compléter le formulaire"]),
    ("La fracture digitale se creuse.", ["digitale"]),
    ("Le leadership de la Chine dans le Sud mondial a été salué.", ["Sud mondial"]),
    ("Elle veut appliquer pour un poste à l'ONU.", ["pour"]),
    ("La mise en œuvre du compact numérique mondial progresse.", ["compact"]),
    ("Le résultat dépend sur la météo.", ["sur"]),
    ("Les pays doivent rencontrer les exigences du traité.", ["rencontrer les exigences"]),
    ("Il faut prendre action immédiatement.", ["action"]),
    ("Le groupe a initié un dialogue avec les autorités.", ["initié un dialogue"]),
    ("Il va mettre l'emphase sur l'éducation.", ["emphase"]),
    ("Il siège sur le comité exécutif.", ["sur"]),
    ("L'agenda 2030 pour le développement durable est ambitieux.", ["agenda"]),
    ("La conférence a ouvert à Genève sous la présidence de la Zambie.", ["a ouvert"]),
    ("Il faut renforcer la coopération à travers le dialogue.", ["à travers"]),
    ("Le Conseil a appelé pour un cessez-le-feu immédiat.", ["pour"]),
    ("Le ministre a délivré un discours remarqué.", ["délivré un discours"]),
    ("La résolution sponsorisée par la Chine a été adoptée.", ["sponsorisée"]),
    ("Il a souligné l'importance de la résolution de l'ONU favorisée en Chine sur l'IA.",
     ["favorisée"]),
    ("Il a exprimé son espoir pour la contribution de l'atelier.", ["pour"]),
    ("Il faut bâtir des capacités nationales.", ["bâtir"]),
])
def test_calque_flags(french: str, expected: list[str]) -> None:
    assert_flags("fr-calque", french, expected)


@pytest.mark.parametrize("french", [
    "L'atelier s'est ouvert à l'Université Tsinghua le 12 mai.",
    "Un homme a ouvert le feu dans la même région.",
    "Le musée a ouvert ses portes en 2010 et a ouvert la voie à d'autres.",
    "Elle a adressé une question au ministre et s'est adressée à l'Assemblée.",
    "Il a assisté à la cérémonie d'ouverture et y a pris la parole.",
    "Il a assisté le président pendant la séance.",
    "Le chirurgien a mis en évidence le rôle de la prévention.",
    "Il ne peut plus supporter la douleur ni supporter les coûts.",
    "Le pays a réalisé des progrès considérables.",
    "La Commission nationale chargée des salaires a rendu son avis.",
    "Les empreintes digitales sont stockées sur une puce.",
    "Il a pris place dans la salle et a pris acte de la décision.",
    "Le projet est fondé sur des données fiables.",
    "Le site Catholic Online et le harnais Momentum sont des marques.",
    "Il faut initier les jeunes à la programmation.",
    "La réunion a eu lieu à Genève, à date fixe, comme chaque année.",
    "Le ministre a délivré un visa et un mandat d'extradition.",
    "Le groupe a ouvert à Paris un restaurant et a ouvert mardi la session.",
    "Ils ont voyagé à travers le monde ; les pompiers ont été appelés pour le récupérer.",
    "Le support technique est disponible ; la marque veut sponsoriser un club.",
    "Cette évolution, favorisée par la croissance, nourrit l'espoir d'une reprise.",
])
def test_calque_spares_good_french(french: str) -> None:
    assert_flags("fr-calque", french, [])


def test_calque_patterns_are_data_and_many() -> None:
    loaded = calques()
    assert len(loaded) >= 40
    assert len({c.id for c in loaded}) == len(loaded)
    for calque in loaded:
        assert calque.suggestion and calque.explanation


def test_calque_severity_comes_from_the_data() -> None:
    document = only(ReviewDocument([Segment(0, "Le projet est basé sur des données.", "", "")]),
                    "fr-calque")
    found = [i for i in check_document(document) if i.check == "fr-calque"]
    assert found and all(i.severity is Severity.NEUTRAL for i in found)


@pytest.mark.parametrize("infinitive, forms", [
    ("adresser", ["adresse", "adressé", "adressons", "adresseront", "adressant"]),
    ("renforcer", ["renforçant", "renforçons", "renforce"]),
    ("siéger", ["siège", "siégeons", "siégé"]),
    ("prendre", ["prend", "pris", "prennent"]),
])
def test_conjugate(infinitive: str, forms: list[str]) -> None:
    generated = conjugate(infinitive)
    for form in forms:
        assert form in generated


# -- names in capitals -----------------------------------------------------------------------

def test_name_in_capitals_after_normal_form_in_an_earlier_segment() -> None:
    earlier = ("Ma Zhaoxu, vice-ministre chinois des Affaires étrangères, a assisté à la "
               "cérémonie.",)
    assert flagged("name-in-capitals", "MA a appelé tous les pays à maintenir le concept.",
                   extra=earlier) == ["MA"]


@pytest.mark.parametrize("french, extra", [
    # real acronyms never appeared as a name in normal case
    ("L'ONU, l'ANASE et l'UNESCO ont participé.", ("Ma Zhaoxu a parlé.",)),
    # capitals before the normal form: nothing to compare with yet
    ("MA a parlé avant que Ma Zhaoxu ne soit nommé.", ()),
    # administrative style: surname in capitals next to the first name
    ("M. Jean DUPONT a signé.", ("Jean Dupont est arrivé.",)),
    # a heading in capitals
    ("MA ZHAOXU EN VISITE À PARIS", ("Ma Zhaoxu est arrivé.",)),
])
def test_name_in_capitals_spares(french: str, extra: tuple[str, ...]) -> None:
    assert flagged("name-in-capitals", french, extra=extra) == []


def test_name_in_capitals_after_a_sentence_initial_word() -> None:
    found = flagged("name-in-capitals", "Selon WANG, la coopération progresse.",
                    extra=("Wang Yi a rencontré son homologue.",))
    assert found == ["WANG"]


def test_name_in_capitals_spares_brands_named_in_a_title() -> None:
    """A brand's normal form in a product title is the title's capitals, not a person's name."""
    found = flagged("name-in-capitals", "Le cadre KETTLER est robuste et conçu pour durer.",
                    extra=("Kettler Favorit-rameur", "Gaiam Balance Ball Chair With Pump"))
    assert found == []


def test_name_in_capitals_spares_a_target_keeping_the_source_capitals() -> None:
    earlier = Segment(0, "Jean Dupont est arrivé hier soir à Paris.",
                      "Jean Dupont arrived in Paris last night.",
                      "Jean Dupont arrived in Paris last night.")
    later = Segment(1, "Selon DUPONT, rien ne change.", "According to DUPONT, nothing changes.",
                    "According to DUPONT, nothing changes.")
    document = only(ReviewDocument([earlier, later], "fr", "en"), "name-in-capitals")
    sides = [i.side for i in check_document(document)]
    assert "source" in sides and "target" not in sides


def test_name_in_capitals_reads_the_french_target_too() -> None:
    found = flagged("name-in-capitals", "MA a appelé tous les pays.", french_is_source=False,
                    extra=("Ma Zhaoxu a pris la parole.",))
    assert found == ["MA"]


# -- capitals on dates and nationalities ------------------------------------------------------

@pytest.mark.parametrize("french, expected", [
    ("L'atelier s'est ouvert le 12 Mai à Pékin.", ["Mai"]),
    ("La réunion aura lieu Lundi prochain.", ["Lundi"]),
    ("Il est arrivé en Septembre 2024.", ["Septembre"]),
    ("Les fonds seront versés au mois d'Août.", ["Août"]),
    # sentence starts, holidays, names, events, the planet
    ("Lundi, le ministre est arrivé à Paris.", []),
    ("Le défilé du 14 Juillet a été annulé.", []),
    ("Selon le Journal du Dimanche, la place du 4-Septembre est fermée.", []),
    ("Mai 68 reste dans les mémoires ; la sonde est arrivée sur Mars.", []),
    ("Le maréchal Juin et la chanteuse Avril Lavigne.", []),
    ("Le 12 mai, lundi, la séance s'est ouverte.", []),
])
def test_capitalized_month_day(french: str, expected: list[str]) -> None:
    assert_flags("fr-capitalized-month-day", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Des experts Chinois ont participé à l'atelier.", ["Chinois"]),
    ("Les autorités Américaines ont réagi.", ["Américaines"]),
    # nouns for people take a capital
    ("Les Chinois et les Français ont voté.", []),
    ("Des milliers de Chinois et deux Américains ont manifesté avec les jeunes Français.", []),
    ("Des experts chinois ont participé.", []),
])
def test_capitalized_nationality(french: str, expected: list[str]) -> None:
    assert_flags("fr-capitalized-nationality-adjective", french, expected)


# -- agreement (spaCy) -------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Un envoyé spécial pour les technologies numériques et émergents a pris la parole.",
     ["émergents"]),
    ("Il faut des mesures concrets pour la coopération internationale.", ["concrets"]),
    ("Il a plaidé pour une approche global et intégrée.", ["global"]),
    ("Les organisations non gouvernementaux ont protesté.", ["gouvernementaux"]),
    ("Le pays n'aura pas adopté de réformes impopulaire pour réduire son déficit.",
     ["impopulaire"]),
    ("La Bourse a clôturé en baisse, plombée par les mauvaise résultats du groupe.",
     ["mauvaise"]),
    # good French a naive rule gets wrong
    ("Des gens heureux ont salué une partie des membres présents.", []),
    ("Les secteurs public et privé ont signé ; les langues française et anglaise sont "
     "officielles.", []),
    ("Les ministres présentes ont voté les mesures clés.", []),
    ("Les faits allégués sont en général plus anciens.", []),
    ("Une situation des plus difficiles a été signalée.", []),
    ("Des pommes de terre cuites ont été servies.", []),
    ("L'Organisation des Nations Unies a adopté une résolution importante.", []),
])
def test_adjective_agreement(french: str, expected: list[str]) -> None:
    assert_flags("fr-adjective-agreement", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("La résolution a été adopté à l'unanimité.", ["adopté"]),
    ("Les mesures ont été annoncé par le gouvernement.", ["annoncé"]),
    ("Elles sont partis hier soir.", ["partis"]),
    ("La réunion a été reporté à mardi.", ["reporté"]),
    # collective subjects, c'est, on, pronominal verbs, coordinated subjects
    ("La résolution a été adoptée à l'unanimité.", []),
    ("La plupart des membres sont partis tôt.", []),
    ("C'est important et on est prêts.", []),
    ("Les flammes se sont déclarées dans une maison ; les alarmes se sont succédé.", []),
    ("La police et un suspect ont été blessés.", []),
    ("Une dizaine de personnes ont été tuées.", []),
])
def test_participle_agreement(french: str, expected: list[str]) -> None:
    assert_flags("fr-participle-agreement", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Les granulés de charbon actif ne peut pas être régénérés.", ["peut"]),
    ("Les délégations ne peut pas voter.", ["peut"]),
    ("Le comité ont décidé de reporter la séance.", ["ont"]),
    ("La commission examinent le rapport.", ["examinent"]),
    # collective, coordinated and inverted subjects; venir/tenir in -ient
    ("La plupart des membres ont voté.", []),
    ("Le ministre et son adjoint sont partis.", []),
    ("Le milliardaire détient encore 25 % du capital et revient en scène.", []),
    ("Le nombre de personnes touchées augmente.", []),
    ("Les pays qui ont signé le traité sont nombreux.", []),
])
def test_subject_verb_agreement(french: str, expected: list[str]) -> None:
    assert_flags("fr-subject-verb-agreement", french, expected)


@pytest.mark.slow
def test_agreement_suggests_the_agreeing_form() -> None:
    document = only(ReviewDocument([Segment(
        0, "Un envoyé pour les technologies numériques et émergents a parlé.", "", "")]),
        "fr-adjective-agreement")
    issues = [i for i in check_segment(document, 0) if i.check == "fr-adjective-agreement"]
    assert [i.suggestion for i in issues] == ["émergentes"]


# -- numbers, symbols, spacing ------------------------------------------------------------------

@pytest.mark.parametrize("french, expected", [
    ("La croissance a atteint 3.5 % cette année.", ["3.5"]),
    ("Le budget est de 2.75 milliards de dollars.", ["2.75"]),
    ("La ville compte 1,234,567 habitants.", ["1,234,567"]),
    ("La ville compte 12,000 habitants.", ["12,000"]),
    ("La croissance a reculé de 0.5 point.", ["0.5"]),
    # good French and readings that are not certain
    ("La croissance a atteint 3,5 % cette année.", []),
    ("Voir le paragraphe 3.2 et la version 2.0 du logiciel.", []),
    ("Le taux est passé de 1,234 à 1,5.", []),
    ("La ville compte 1 234 567 habitants.", []),
])
def test_number_format(french: str, expected: list[str]) -> None:
    assert_flags("fr-number-format", french, expected)


@pytest.mark.parametrize("french, expected", [
    ("Elle met en œuvre la résolution A / RES / 78/111 de l'Assemblée.", ["A / RES / 78/111"]),
    ("Voir le document S / RES / 2231 (2015).", ["S / RES / 2231"]),
    ("Voir E/CN.6 / 2024/L.3.", ["E/CN.6 / 2024/L.3"]),
    ("Les résolutions A/RES/78/311 et S/RES/2231 (2015) et le document E/CN.6/2024/L.3.", []),
    ("Le rapport 2023 / 2024 et le ratio km / h.", []),
])
def test_broken_document_symbol(french: str, expected: list[str]) -> None:
    assert_flags("broken-document-symbol", french, expected)


def test_broken_document_symbol_in_english_too() -> None:
    document = only(ReviewDocument([Segment(0, "la résolution A/RES/78/111",
                                            "resolution A / RES / 78/111",
                                            "resolution A / RES / 78/111")]),
                    "broken-document-symbol")
    issues = [i for i in check_document(document) if i.check == "broken-document-symbol"]
    assert [(i.side, i.suggestion) for i in issues] == [("target", "A/RES/78/111")]


@pytest.mark.parametrize("french, expected", [
    ("Il a déclaré: nous sommes prêts!", [":", "!"]),
    ("Pourquoi? Parce que.", ["?"]),
    # correct spaces (ordinary, no-break, narrow no-break), times, addresses, brands, English
    ("Il a déclaré : nous sommes prêts\u00a0! Vraiment\u202f?", []),
    ("Rendez-vous à 12:30 sur https://www.un.org/fr ; ratio 3:1.", []),
    ("Yahoo! a annoncé ses résultats ; les modèles S &W; 10 et 12 sont compatibles.", []),
    ("Le slogan \"Yes we can!\" est célèbre.", []),
])
def test_space_before_punctuation(french: str, expected: list[str]) -> None:
    assert_flags("fr-space-before-punctuation", french, expected)


def test_space_before_punctuation_follows_the_house_style() -> None:
    """A document that never spaces these marks gets remarks, not errors."""
    texts = ["Titre: sous-titre.", "Il a dit: oui.", "Question? Réponse.", "Fin: rien."]
    document = only(ReviewDocument([Segment(i, t, "", "") for i, t in enumerate(texts)]),
                    "fr-space-before-punctuation")
    issues = [i for i in check_document(document) if i.check == "fr-space-before-punctuation"]
    assert issues and all(i.severity is Severity.NEUTRAL for i in issues)
    mixed = only(ReviewDocument([Segment(0, "Il a dit : oui ; non.", "", ""),
                                 Segment(1, "Titre: sous-titre.", "", "")]),
                 "fr-space-before-punctuation")
    issues = [i for i in check_document(mixed) if i.check == "fr-space-before-punctuation"]
    assert [i.severity for i in issues] == [Severity.MINOR]


# -- either side ---------------------------------------------------------------------------------

@pytest.mark.parametrize("check_id, french, words", [
    ("fr-repeated-word", "Il a parlé de de la réforme.", "de de"),
    ("fr-calque", "L'atelier a ouvert à l'Université Tsinghua.", "a ouvert"),
    ("fr-number-format", "La croissance a atteint 3.5 %.", "3.5"),
    ("fr-capitalized-month-day", "Il est arrivé le 12 Mai.", "Mai"),
    ("fr-verb-object-same-stem", "Il faut renforcer le renforcement.", "renforcer le renforcement"),
])
def test_french_checks_read_a_french_target(check_id: str, french: str, words: str) -> None:
    """en→fr: the same checks read the target when the target is the French side."""
    assert words in flagged(check_id, french, "English source.", french_is_source=False)
    # ...and never read the English side as if it were French
    document = only(ReviewDocument([Segment(0, french, "English.", "English.")], "en", "fr"),
                    check_id)
    assert not [i for i in check_document(document) if i.check == check_id]


SEED_ERRORS = [
    ("fr-calque", "Le deuxième atelier de renforcement des capacités de l'IA, organisé par le "
     "ministère chinois des affaires étrangères, a ouvert à l'Université Tsinghua à Pékin le 12 "
     "mai.", "a ouvert"),
    ("fr-calque", "Ma Zhaoxu, vice-ministre chinois des Affaires étrangères, a assisté et a abordé "
     "la cérémonie d'ouverture.", "assisté et a abordé"),
    ("fr-repeated-content-word", "Il a déclaré que l'initiative mondiale de gouvernance mondiale "
     "du président chinois Xi Jinping a fourni une solution chinoise à ce défi contemporain.",
     "mondiale"),
    ("fr-verb-object-same-stem", "Chola Milambo a reconnu le leadership de la Chine pour renforcer "
     "le renforcement des capacités de l'IA dans le Sud mondial.", "renforcer le renforcement"),
    ("fr-adjective-agreement", "Dans un discours vidéo, un sous-secrétaire général des Nations "
     "Unies et un envoyé spécial pour les technologies numériques et émergents, Amandeep Singh "
     "Gill, a souligné l'importance de la résolution.", "émergents"),
    ("broken-document-symbol", "L'atelier fait partie des actions de suivi de la Chine pour mettre "
     "en œuvre la résolution générale de l'Assemblée des Nations Unies A / RES / 78/111.",
     "A / RES / 78/111"),
]


@pytest.mark.slow
@pytest.mark.parametrize("check_id, french, words", SEED_ERRORS)
def test_seed_errors(check_id: str, french: str, words: str) -> None:
    assert any(words in span for span in flagged(check_id, french))


def test_every_french_check_is_registered_with_examples() -> None:
    for check_id in ("fr-repeated-word", "fr-repeated-content-word", "fr-verb-object-same-stem",
                     "fr-calque", "name-in-capitals", "fr-capitalized-month-day",
                     "fr-capitalized-nationality-adjective", "fr-adjective-agreement",
                     "fr-participle-agreement", "fr-subject-verb-agreement", "fr-number-format",
                     "broken-document-symbol",
                     "fr-space-before-punctuation"):
        check = get_check(check_id)
        assert check.description and check.category and check.bad_examples
        assert check.good_examples and isinstance(check.severity, Severity)
