"""A number of two or more written in figures before a singular noun (« 30 ampoule », « avec 4
pile ») : the noun is plural after it, as after « trente » (the determiner check reads number
words; figures are no words to it). Decimals below two (« 1,5 litre »), years and identifiers
(« article 30 paragraphe ») are left alone. Read from the lexicon of forms (resources/lexicon),
reported by fr-determiner-agreement."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from translator_gui.core.checks.text import Found, data_rows
from translator_gui.core.lexicon import french

# A whole number in figures (not part of a decimal, a fraction, a range or a grouped number)
# and the word after it.
_FIGURES = re.compile(r"(?<![\d,./:\-–\w])(\d{1,3})[ \u00a0]([^\W\d_]+)\b(?![-'’])")
_DIGIT = re.compile(r"\d")
_LABEL_NUMBER = re.compile(r"[ \u00a0]\d")
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")
# Plural endings a singular noun takes, tried in turn and confirmed by the lexicon.
_PLURAL_ENDINGS = (("", "s"), ("", "x"), ("al", "aux"), ("ail", "aux"))


@cache
def _mistranslations() -> tuple[frozenset[str], tuple[str, ...]]:
    """The French words the false-friend tables list as a wrong rendering of English (« comte »
    for a package's "count"): inflecting one may only make a wrong word plural, so it gets a
    hint. Whole forms, and the stems of forms ending in `*`."""
    forms: set[str] = set()
    for name in ("false-friends-fr-en.tsv", "homographs-en-fr.tsv"):
        for row in data_rows(name):
            if len(row) > 1 and row[0] in {"en-fr", "both"}:
                forms.update(f.strip() for f in row[1].split("|") if f.strip())
    return (frozenset(f for f in forms if not f.endswith("*")),
            tuple(sorted(f[:-1] for f in forms if f.endswith("*"))))


def _maybe_mistranslated(noun: str) -> bool:
    whole, stems = _mistranslations()
    return noun in whole or noun.startswith(stems)


@cache
def _calendar() -> frozenset[str]:
    """The French month names (« le 30 juin »): a date, not a count."""
    return frozenset(row[2] for row in data_rows("month-names.tsv") if row[0] == "fr")


def _plural(noun: str) -> str | None:
    """The plural of a noun of one lemma, confirmed by the lexicon; None when unsure."""
    lemmas = {a.lemma for a in french().analyses(noun) if a.pos == "noun"}
    if len(lemmas) != 1:
        return None
    lemma = lemmas.pop()
    found = {noun[:len(noun) - len(cut)] + ending for cut, ending in _PLURAL_ENDINGS
             if noun.endswith(cut) and any(
                 a.pos == "noun" and a.lemma == lemma and a.number == "p"
                 for a in french().analyses(noun[:len(noun) - len(cut)] + ending))}
    return found.pop() if len(found) == 1 else None


def _name_like(text: str, previous: re.Match[str]) -> bool:
    """Whether the word before the number is a name or a code (« Sportline 345 »), not a word
    in capitals only because it opens the sentence (« Ses 2 enfant »)."""
    word = previous.group(1)
    if word.islower():
        return False
    opening = not text[:previous.start()].rstrip(" \u00a0«\"“(")[-1:].strip(".!?;") if \
        previous.start() else True
    return not (opening and word[:1].isupper() and word[1:].islower()
                and french().analyses(word.lower()))  # (unknown to the lexicon: a name)


def _noun_only(word: str) -> bool:
    readings = french().analyses(word)
    return bool(readings) and all(a.pos == "noun" for a in readings)


def numeral_clashes(text: str) -> Iterator[Found]:
    if _DIGIT.search(text) is None:
        return  # (most texts: no figure, and _FIGURES tries its look-behind at every character)
    for match in _FIGURES.finditer(text):
        count, noun = int(match.group(1)), match.group(2)
        if count < 2 or not noun.islower() or noun in _calendar():
            continue
        readings = french().analyses(noun)
        nouns = [a for a in readings if a.pos == "noun"]
        if not nouns or not all(a.number == "s" for a in nouns) \
                or any(a.pos not in {"noun", "verb"} for a in readings):
            continue  # a noun that may be plural or invariable, or a word that may be another
            # thing than a noun or a verb (after a number a verb form is the noun: « 30 pile »)
        if any(a.pos == "verb" and a.lemma in {"être", "avoir"} for a in readings):
            continue  # « le 72 est »: a model's number and its verb
        before = text[:match.start()].rstrip(" \u00a0")
        previous = re.search(r"(\S+)$", before)
        if previous is not None and (_name_like(text, previous) or _noun_only(
                previous.group(1).lower())):
            continue  # « article 30 paragraphe », « Sportline 345 podomètre », « poids : 20
            # longueur »: a number naming a thing, a model, a value after its label
        if _LABEL_NUMBER.match(text, match.end()):
            continue  # « l'article 3 alinéa 2 »: a label and its number, one after the other
        after = _NEXT_WORD.match(text, match.end())
        following = french().analyses(after.group(1)) if after is not None else ()
        if any(a.pos == "noun" for a in following) and all(a.number == "p" for a in following):
            continue  # « 3 aluminium brûleurs »: the count is the next noun's (English order)
        plural = _plural(noun)
        message = f"« {noun} » is singular after the number {count}: the noun is plural."
        start, end = match.start(2), match.end(2)
        if plural is not None and not _maybe_mistranslated(noun):
            yield Found(start, end, message, replacement=plural)
        else:
            yield Found(start, end, message, hint=f"the plural of « {noun} »")
