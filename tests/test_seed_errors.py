"""The seed's machine-translation errors, and the draft's planted ones, flagged through the CLI.

Each case names the words an issue must cover; the rules behind them are general (see the
check modules' own tests for good sentences that look like these errors).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_support import french_flagged
from cli_support import run_cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

# (French words, the check whose issue on the source side must overlap them, what error)
SEED_ERRORS = [
    ("initiative mondiale de gouvernance mondiale", "term-scrambled",
     "a word said twice, garbled official name"),
    ("résolution générale de l'Assemblée", "term-scrambled",
     "scrambled term"),
    ("renforcer le renforcement", "fr-verb-object-same-stem",
     "same stem in verb and object"),
    ("MA a appelé", "name-in-capitals",
     "surname in capitals after « Ma Zhaoxu »"),
    # Read from the morphological lexicon (the parse-based check gives way to it on the words).
    ("numériques et émergents", "fr-noun-phrase-agreement",
     "agreement of coordinated adjectives"),
    ("compact numérique mondial", "term-deprecated",
     "official term is « Pacte numérique mondial »"),
    ("A / RES / 78/111", "broken-document-symbol",
     "broken UN document symbol"),
    ("a assisté et a abordé la cérémonie", "fr-calque",
     "calque of 'attended and addressed'"),
    ("a ouvert à l'Université", "fr-calque",
     "intransitive « ouvrir »: « s'est ouvert »"),
    ("initiative mondiale de la gouvernance de l'IA", "term-deprecated",
     "near-miss of an official name"),
]

# (English words, the check that must flag them on the target, what error) for errors
# planted in the draft
DRAFT_ERRORS = [
    ("21 May", "number-mismatch",
     "changed date"),
    ("14", "number-mismatch",
     "changed number"),
    ("assisted", "false-friend",
     "false friend of « assister à »"),
    ("inclusivité", "en-untranslated-french",
     "untranslated French word"),
    ("General Resolution of the Assembly", "term-scrambled",
     "scrambled term"),
    ("Global Digital Pact", "term-deprecated",
     "wrong official term"),
]


def run_check(*files: Path) -> dict:
    # In this process: the entry point itself is tested in test_cli.py.
    code, out, err = run_cli("check", *files, "--format", "json")
    assert code == 1, err
    return json.loads(out)


@pytest.fixture(scope="module")
def seed_alone() -> dict:
    return run_check(SAMPLES / "seed-fr.txt")


@pytest.fixture(scope="module")
def seed_with_draft() -> dict:
    return run_check(SAMPLES / "seed-fr.txt", SAMPLES / "seed-en-draft.txt")


def flagged(data: dict, side: str, words: str) -> list[dict]:
    """Issues on `side` that overlap an occurrence of `words` in some segment."""
    hits = []
    for segment in data["segments"]:
        text = segment[side]
        start = text.find(words)
        while start >= 0:
            end = start + len(words)
            hits += [i for i in data["issues"]
                     if i["segment"] == segment["id"] and i["side"] in (side, "both")
                     and i["start"] < end and i["end"] > start]
            start = text.find(words, start + 1)
    return hits


@pytest.mark.slow
@pytest.mark.parametrize(("words", "check", "kind"), SEED_ERRORS,
                         ids=[w for w, _c, _k in SEED_ERRORS])
def test_seed_error_flagged_in_the_french_alone(seed_alone: dict, words: str, check: str,
                                                kind: str) -> None:
    found = {i["check"] for i in flagged(seed_alone, "source", words)}
    assert check in found, f"« {words} » ({kind}) not flagged by {check}: {found}"


@pytest.mark.slow
@pytest.mark.parametrize(("words", "check", "kind"), SEED_ERRORS,
                         ids=[w for w, _c, _k in SEED_ERRORS])
def test_seed_error_flagged_beside_the_draft(seed_with_draft: dict, words: str, check: str,
                                             kind: str) -> None:
    found = {i["check"] for i in flagged(seed_with_draft, "source", words)}
    assert check in found, f"« {words} » ({kind}) not flagged by {check}: {found}"


@pytest.mark.slow
@pytest.mark.parametrize(("words", "check", "kind"), DRAFT_ERRORS,
                         ids=[w for w, _c, _k in DRAFT_ERRORS])
def test_planted_draft_error_flagged(seed_with_draft: dict, words: str, check: str,
                                     kind: str) -> None:
    found = {i["check"] for i in flagged(seed_with_draft, "target", words)}
    assert check in found, f"« {words} » ({kind}) not flagged by {check}: {found}"


@pytest.mark.slow
def test_every_issue_suggestion_is_text_or_null(seed_with_draft: dict) -> None:
    for issue in seed_with_draft["issues"]:
        assert issue["suggestion"] is None or issue["suggestion"].strip()
        assert issue["message"].strip()


# (check id, French sentence of the seed, words that check alone must flag there)
SEED_ERRORS_ONE_CHECK = [
    ("fr-calque", "Le deuxième atelier de renforcement des capacités de l'IA, organisé par le "
     "ministère chinois des affaires étrangères, a ouvert à l'Université Tsinghua à Pékin le 12 "
     "mai.", "a ouvert"),
    ("fr-calque", "Ma Zhaoxu, vice-ministre chinois des Affaires étrangères, a assisté et a abordé "
     "la cérémonie d'ouverture.", "assisté et a abordé"),
    ("fr-repeated-content-word", "Il a déclaré que l'initiative mondiale de gouvernance mondiale "
     "du président chinois Xi Jinping a fourni une solution chinoise à ce défi contemporain.",
     "mondiale de gouvernance mondiale"),
    ("fr-verb-object-same-stem", "Chola Milambo a reconnu le leadership de la Chine pour renforcer "
     "le renforcement des capacités de l'IA dans le Sud mondial.", "renforcer le renforcement"),
    # the lexicon's check settles « numériques et émergents »: the parse-based
    # fr-adjective-agreement is not asked to parse for words it would lose to it
    ("fr-noun-phrase-agreement", "Dans un discours vidéo, un sous-secrétaire général des Nations "
     "Unies et un envoyé spécial pour les technologies numériques et émergents, Amandeep Singh "
     "Gill, a souligné l'importance de la résolution.", "technologies numériques et émergents"),
    ("broken-document-symbol", "L'atelier fait partie des actions de suivi de la Chine pour mettre "
     "en œuvre la résolution générale de l'Assemblée des Nations Unies A / RES / 78/111.",
     "A / RES / 78/111"),
]


@pytest.mark.slow
@pytest.mark.parametrize("check_id, french, words", SEED_ERRORS_ONE_CHECK)
def test_seed_error_flagged_by_its_check_alone(check_id: str, french: str, words: str) -> None:
    assert words in french_flagged(check_id, french)
