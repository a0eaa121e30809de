"""Every error planted in the English draft (samples/README.md) is flagged at its words by the
check that owns that kind of error, through `translator-gui check samples/seed-fr-en.tsv`.

The checks are written from linguistic rules and tested on other sentences in their own test
modules; this file only proves the planted errors are among what they catch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run_cli

ROOT = Path(__file__).resolve().parents[1]
TSV = ROOT / "samples" / "seed-fr-en.tsv"
TERMS = ("term-scrambled", "term-deprecated", "term-missing-translation", "term-mismatch",
         "term-loose-rendering")

# (line of the TSV, English words, check ids that may flag them)
PLANTED = [
    (1, "21", ("number-mismatch", "date-mismatch")),
    (2, "14", ("number-mismatch",)),
    (2, "participate", ("en-calque",)),
    (3, "assisted", ("false-friend", "en-calque")),
    (3, "approached", ("en-calque", "false-friend")),
    (4, "declared", ("en-calque",)),
    (4, "global initiative of global governance", TERMS),
    (4, "points the direction of", ("en-calque",)),
    (5, "MA", ("name-in-capitals",)),
    (5, "a common future for humanity", TERMS),
    (5, "inclusivité", ("en-untranslated-french",)),
    (5, "global initiative of the governance of AI", TERMS),
    (5, "profits to", ("en-calque",)),
    (6, "put in evidence", ("en-calque", "false-friend")),
    (7, "General Resolution of the Assembly of the United Nations", TERMS),
    (8, "Under-Secretary-General", ("term-mismatch",)),
    (8, "favoured in", ("en-calque",)),
    (9, "co-president", ("en-calque",)),
    (9, "strengthening the reinforcement", ("en-calque", "en-repeated-notion")),
    (9, "Global Digital Pact", TERMS),
    (10, "general resolution of the United Nations Assembly", TERMS),
    (10, "A / RES / 78/111", ("broken-document-symbol",)),
    (11, "formation", ("false-friend", "en-calque")),
    (11, "of AI", ("en-calque",)),
    (12, "He", ("en-pronoun-inanimate",)),
    (13, "atelier", ("en-untranslated-homograph", "en-untranslated-french")),
]


@pytest.fixture(scope="module")
def report() -> dict:
    # In this process: the entry point itself is tested in test_cli.py.
    code, out, err = run_cli("check", TSV, "--format", "json")
    assert code == 1, err
    return json.loads(out)


@pytest.mark.slow
@pytest.mark.parametrize(("line", "words", "checks"), PLANTED)
def test_planted_error_flagged_at_its_words(report: dict, line: int, words: str,
                                            checks: tuple[str, ...]) -> None:
    segment = report["segments"][line - 1]
    target = segment["target"]
    start = target.find(words)
    assert start >= 0, f"the sample no longer has {words!r} on line {line}"
    end = start + len(words)
    found = [i for i in report["issues"] if i["segment"] == segment["id"]
             and i["side"] in ("target", "both") and i["start"] < end and i["end"] > start]
    assert any(i["check"] in checks for i in found), (
        f"line {line}: {words!r} not flagged by {checks}; got "
        f"{[(i['check'], target[i['start']:i['end']]) for i in found]}")
    # At the words: the issue of the owning check lies within the error's words (± a word).
    owned = [i for i in found if i["check"] in checks]
    assert any(i["start"] >= start - 12 and i["end"] <= end + 12 for i in owned)
