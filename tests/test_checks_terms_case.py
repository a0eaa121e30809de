"""An official French name written with English capitals (term-capitals)."""

from __future__ import annotations

import pytest
from check_support import run

from translator_gui.core.checks.base import Severity


@pytest.mark.parametrize(("french", "flagged", "replacement"), [
    ("Le Conseil Économique et Social a siégé.", "Conseil Économique et Social", None),
    ("Le pays a rejoint l'Organisation Mondiale du Commerce en 2001.",
     "Organisation Mondiale du Commerce", None),
    ("Le Fonds des Nations Unies pour l'Enfance a lancé un appel.",
     "Fonds des Nations Unies pour l'Enfance", "Fonds des Nations Unies pour l'enfance"),
    ("Elle défend les intérêts du Sud Global.", "Sud Global", "Sud global"),
    # one finding however many entries or forms read the words
    ("Les Objectifs de Développement Durable ont été adoptés en 2015.",
     "Objectifs de Développement Durable", "objectifs de développement durable"),
    ("Le Programme Alimentaire Mondial a livré des vivres.",
     "Programme Alimentaire Mondial", "Programme alimentaire mondial"),
])
def test_an_official_name_with_english_capitals(french, flagged, replacement) -> None:
    findings = run("term-capitals", "x", french, "en", "fr")
    if replacement is None:  # a deprecated form: term-deprecated reports it, with its fix
        assert findings == []
        (deprecated,) = run("term-deprecated", "x", french, "en", "fr")
        assert french[deprecated.start:deprecated.end] == flagged
        return
    (finding,) = findings
    assert (finding.side, french[finding.start:finding.end], finding.replacement) == (
        "target", flagged, replacement)


@pytest.mark.parametrize("french", [
    "Elle défend les intérêts du Sud global auprès de l'Organisation mondiale du commerce.",
    # French style capitals: ministries' portfolios, « droits de l'Homme »
    "Le ministère de l'Intérieur et la Ligue des droits de l'Homme ont répondu.",
    "La ministre de la Santé a rencontré le ministre de l'Éducation nationale.",
    # a heading in capitals
    "L'ORGANISATION MONDIALE DU COMMERCE",
])
def test_french_capitals_of_names_stay_quiet(french) -> None:
    assert run("term-capitals", "x", french, "en", "fr") == []


def test_an_english_target_is_not_read() -> None:
    assert run("term-capitals", "Le Sud global.", "The Global South.") == []


def test_in_a_french_source_it_is_a_note() -> None:
    (finding,) = run("term-capitals", "Les pays du Sud Global ont voté.",
                     "Countries of the Global South voted.")
    assert (finding.side, finding.severity) == ("source", Severity.NEUTRAL)


@pytest.mark.parametrize(("english", "french", "flagged", "replacement"), [
    ("Her grandfather fought in World War I.", "Son grand-père a combattu pendant la première "
     "guerre mondiale.", "première guerre mondiale", "Première Guerre mondiale"),
    ("The town was rebuilt after the Second World War.",
     "La ville a été reconstruite après la deuxième guerre mondiale.",
     "deuxième guerre mondiale", "Deuxième Guerre mondiale"),
    ("The Great Depression ruined many farmers.",
     "La grande dépression a ruiné beaucoup d'agriculteurs.", "grande dépression",
     "Grande Dépression"),
])
def test_a_historical_event_in_lower_case(english, french, flagged, replacement) -> None:
    (finding,) = run("term-capitals", english, french, "en", "fr")
    assert (french[finding.start:finding.end], finding.replacement) == (flagged, replacement)


def test_an_event_written_the_french_way_stays_quiet() -> None:
    assert run("term-capitals", "After World War II, trade grew.",
               "Après la Seconde Guerre mondiale, le commerce a progressé.", "en", "fr") == []
    # an ordinary depression: no capitals in the English either
    assert run("term-capitals", "A great depression followed the loss.",
               "Une grande dépression a suivi la perte.", "en", "fr") == []
