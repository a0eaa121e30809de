"""Guess which language a text is in, from the share of each language's function words.

Enough to notice a draft in the wrong language or two files given in swapped order; the word
lists are data in resources/lang/stopwords-<code>.txt, so adding a language adds a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from translator_gui.core.resources import resource

# A word; in its group, the letters before an apostrophe (« l » of « l'amour », "don" of
# "don't"): what a language's function words are compared with
_WORD = re.compile(r"([^\W\d_]+)(?:['’][^\W\d_]+)?", re.UNICODE)


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    lists: dict[str, frozenset[str]] = {}
    for entry in resource("lang").iterdir():
        name = entry.name
        if name.startswith("stopwords-") and name.endswith(".txt"):
            code = name[len("stopwords-"):-len(".txt")]
            words = (line.strip().lower() for line in entry.read_text(encoding="utf-8").splitlines())
            lists[code] = frozenset(w for w in words if w and not w.startswith("#"))
    return lists


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in resource("lang", "languages.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, name = line.partition("\t")
            names[code.strip()] = name.strip()
    return names


def language_name(code: str) -> str:
    """"French" for "fr" (resources/lang/languages.tsv); an unknown code is shown as is."""
    return _language_names().get(code, code)


def language_scores(text: str) -> dict[str, float]:
    """Share of the text's words that are function words of each known language."""
    return _scores(_WORD.findall(text))


def _scores(found: list[str]) -> dict[str, float]:
    """language_scores of the words found in a text (_WORD.findall: each word's letters
    before an apostrophe)."""
    if not found:
        return {}
    # Lowered in one go (words of letters, joined by spaces: the same letters), not one by
    # one: a third of the language guess's time. (str.lower reads no word's letters beside
    # another's, but for a Greek final sigma, in no function word list.)
    words = " ".join(found).lower().split(" ")
    # (map and sum in C: the check asks this of both sides of every segment)
    return {code: sum(map(vocabulary.__contains__, words)) / len(words)
            for code, vocabulary in function_words().items()}


def looks_like(text: str, code: str, minimum_words: int = 8) -> bool:
    """guess_language(text, minimum_words) == code, the other languages' shares counted only
    when the text's share of `code`'s function words may make it the guess (it must reach
    _LEAST_SHARE): most texts checked for the other language of a pair are not in it."""
    found = _WORD.findall(text)
    vocabulary = function_words().get(code)
    if len(found) < minimum_words or vocabulary is None:
        return False
    words = " ".join(found).lower().split(" ")
    if sum(map(vocabulary.__contains__, words)) / len(words) < _LEAST_SHARE:
        return False
    return _guess(found) == code


# The share of its function words the guessed language reaches at least
_LEAST_SHARE = 0.12


def guess_language(texts: Iterable[str] | str, minimum_words: int = 8) -> str | None:
    """The most likely language code, or None when the text is too short or unclear."""
    text = texts if isinstance(texts, str) else " ".join(texts)
    found = _WORD.findall(text)
    if len(found) < minimum_words:
        return None
    return _guess(found)


def _guess(found: list[str]) -> str | None:
    """guess_language of the words found in a text (_WORD.findall), enough of them."""
    scores = _scores(found)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    # Function words make up a quarter or more of running text; demand a clear lead.
    if best_score < _LEAST_SHARE or best_score < 1.8 * runner_up:
        return None
    return best
