"""What the English source says about the number of a French noun, for the agreement checks:
when a determiner or an adjective disagrees with its noun in number (« les décision », « avec
poignée confortables »), either word may be the wrong one, and a monolingual grammar checker
can only say so. The source can decide: machine translation often gets a noun's number wrong
while the words around it follow the English ("the decisions" → « les décision »). Where the
English names the noun's cognate (resources/checks/cognates-fr-en.tsv) in one number only, and
the French words around the noun show that number too, the noun is the odd one out: its other
form (the lexicon's, same lemma and gender) is the fix."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from translator_gui.core.checks.agreement_words import _determiner
from translator_gui.core.checks.base import Finding, SegmentContext
from translator_gui.core.checks.text import Found, Word, data_rows, words
from translator_gui.core.lexicon import french

_DATA = "cognates-fr-en.tsv"
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")
# English words before a noun that show it is one thing (a modifier noun is singular in English
# whatever it counts, "shoe rack": a singular noun alone is no evidence).
_ONE = frozenset({"a", "an", "one", "each", "every", "this", "that", "another", "single"})
# English function words that may follow a noun phrase's head.
_AFTER_NOUN = frozenset("and or with for of in on to is was has that which from by at as "
                        "but so if".split())
# English words ending in -s that are no plural of a noun.
_NOT_PLURAL = ("ss", "us", "is", "ous", "ics")
# Endings that build a French noun's other number, confirmed by the lexicon.
_NUMBER_EDITS = (("", "s"), ("", "x"), ("s", ""), ("x", ""), ("al", "aux"), ("aux", "al"),
                 ("ail", "aux"))


def _fold(word: str) -> str:
    """Lower case without accents (« sécurité » → securite)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


@cache
def _endings() -> tuple[tuple[str, str], ...]:
    found = [(row[1], row[2] if len(row) > 2 else "") for row in data_rows(_DATA)
             if row[0] == "ending" and len(row) >= 2]
    return tuple(sorted(found, key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=4096)
def cognates(lemma: str) -> frozenset[str]:
    """The English spellings a French noun's lemma may have as a cognate (« décision » →
    decision, « batterie » → battery, « forme » → form)."""
    folded = _fold(lemma)
    found = set()
    for french_end, english_end in _endings():
        if french_end == "=":
            found.add(folded)
        elif folded.endswith(french_end) and len(folded) - len(french_end) >= 3:
            found.add(folded[:len(folded) - len(french_end)] + english_end)
    return frozenset(w for w in found if len(w) >= 4)


def _english_numbers(source: str) -> dict[str, tuple[set[str], str]]:
    """Each English singular spelling in `source`, the numbers it shows there ("p" for a
    plural: decisions, batteries; "s" for a singular after a/an/one/each/this) and the word
    as written."""
    numbers: dict[str, tuple[set[str], str]] = {}
    tokens = [t.lower() for t in _ENGLISH_WORD.findall(source)]
    for k, token in enumerate(tokens):
        if token.endswith("s") and not token.endswith(_NOT_PLURAL) and len(token) > 4:
            stems = {token[:-1]}
            if token.endswith("es"):
                stems.add(token[:-2])
            if token.endswith("ies"):
                stems.add(token[:-3] + "y")
            for stem in stems:
                numbers.setdefault(stem, (set(), token))[0].add("p")
        # "a battery and …", "a spare battery." (not "a battery charger": a modifier)
        ends_phrase = k + 1 == len(tokens) or tokens[k + 1] in _AFTER_NOUN
        if ends_phrase and (k >= 1 and tokens[k - 1] in _ONE or (
                k >= 2 and tokens[k - 2] in _ONE and len(tokens[k - 1]) > 2
                and not tokens[k - 1].endswith("s"))):
            numbers.setdefault(token, (set(), token))[0].add("s")
        numbers.setdefault(token, (set(), token))
    return numbers


_numbers_of = lru_cache(maxsize=256)(_english_numbers)


def source_number(source: str, lemma: str) -> tuple[str, str] | None:
    """(number, English word) the English source shows for the French noun `lemma`: "p" when
    its cognate stands there only in the plural, "s" when only after a/an/one/each/this; None
    when the source does not name it, or names it both ways."""
    numbers = _numbers_of(source)
    shown: set[str] = set()
    word = ""
    for cognate in cognates(lemma):
        if cognate in numbers:
            shown |= numbers[cognate][0]
            word = word or numbers[cognate][1]
    if len(shown) != 1:
        return None
    number = shown.pop()
    return number, word


@lru_cache(maxsize=4096)
def other_number(form: str, lemma: str, gender: str | None, number: str) -> str | None:
    """The form of the noun `lemma` in `number` with the same gender, built from `form` and
    confirmed by the lexicon (« décision » → « décisions », « journal » → « journaux »); None
    when there is none or several."""
    found = set()
    for cut, ending in _NUMBER_EDITS:
        if cut and not form.endswith(cut):
            continue
        candidate = form[:len(form) - len(cut)] + ending
        for a in french().analyses(candidate):
            if a.pos == "noun" and a.lemma == lemma and a.number == number \
                    and (gender is None or a.gender in (None, gender)):
                found.add(candidate)
    return found.pop() if len(found) == 1 else None


def noun_fix(source: str, noun: Word, wanted: str) -> tuple[str, str] | None:
    """(the noun's form in number `wanted`, the English word that shows it) when the English
    source shows the noun's cognate in that number only and the lexicon has that one form;
    None otherwise. (The English demonstratives were tried as evidence for a noun after « ce »
    or « ces »: on WMT20 the French demonstrative was as often the rendering of another word,
    « Cette caractéristiques léger vélo » for "This lightweight bike features".)"""
    readings = [a for a in french().analyses(noun.text) if a.pos == "noun"]
    lemmas = {a.lemma for a in readings}
    genders = {a.gender for a in readings}
    if len(lemmas) != 1 or not noun.text.islower():
        return None
    lemma = lemmas.pop()
    shown = source_number(source, lemma)
    if shown is None or shown[0] != wanted:
        return None
    form = other_number(noun.text, lemma, genders.pop() if len(genders) == 1 else None, wanted)
    return None if form is None else (form, shown[1])


def _numbers(form: str, pos: frozenset[str]) -> set[str | None]:
    return {a.number for a in french().analyses(form) if a.pos in pos}


_NOUN = frozenset({"noun"})
_ADJECTIVE = frozenset({"adj", "ppas"})


def decide(text: str, found: Found, source: str) -> Found:
    """`found` (a number clash between a determiner and its noun, « les décision », or a noun
    and its adjective, « poignée confortables ») with the noun's other form as the fix when the
    English source shows the noun in the number of the other word, and nothing else in the
    French speaks for the noun's number; `found` unchanged otherwise."""
    span = [w for w in words(text) if found.start <= w.start and w.end <= found.end]
    if len(span) != 2 or text[span[0].end:span[1].start] not in {" ", "'", "’"}:
        return found
    first, second = span
    det = _determiner(first.text + text[first.end:second.start].strip(" "))
    if det is not None and det[1] is not None:  # « les décision »: determiner + noun
        noun, wanted, other = second, det[1], first
        after = _word_after(text, noun)
        shown = set() if after is None else _numbers(after.lower, _ADJECTIVE)
        if shown and not shown & {wanted, None}:
            return found  # « les décision finale »: the adjective sides with the noun
        rebuilt = text[found.start:noun.start]
    else:  # « poignée confortables »: noun + adjective, the noun bare
        noun, other = first, second
        numbers = _numbers(other.lower, _ADJECTIVE)
        if len(numbers) != 1 or None in numbers or _numbers(other.lower, _NOUN):
            return found
        wanted = numbers.pop() or ""
        genders = {a.gender for a in french().analyses(noun.lower) if a.pos == "noun"}
        if not any(a.gender is None or a.gender in genders
                   for a in french().analyses(other.lower) if a.pos in _ADJECTIVE):
            return found  # « poignée confortables » only: a gender clash wants more than that
        before = _word_before(text, noun)
        if before is not None and _determiner(before.text) is not None:
            return found  # the determiner speaks for the noun's number too
        rebuilt = ""
    if wanted in _numbers(noun.lower, _NOUN):
        return found
    fix = noun_fix(source, noun, wanted)
    if fix is None:
        return found
    form, english = fix
    replacement = form + text[noun.end:found.end] if noun is first else rebuilt + form
    number = "plural" if wanted == "p" else "singular"
    return found._replace(
        message=f"« {noun.text} » should be {number}, as « {other.text} » and the English "
                f"(\"{english}\") are.", replacement=replacement, hint=None)


def _word_after(text: str, word: Word) -> Word | None:
    later = [w for w in words(text) if w.start >= word.end]
    if not later or text[word.end:later[0].start] != " ":
        return None
    return later[0]


def _word_before(text: str, word: Word) -> Word | None:
    earlier = [w for w in words(text) if w.end <= word.start]
    if not earlier or text[earlier[-1].end:word.start] not in {" ", "'", "’"}:
        return None
    return earlier[-1]


def findings_with_source(context: SegmentContext,
                         find: Callable[[str], Iterable[Found]]) -> Iterator[Finding]:
    """`find` on each French side of the segment (as text.findings does), each number clash
    of a French translation decided by its English source (decide); a French source is the
    original, which its translation does not correct."""
    for side in context.sides_in("fr"):
        text = context.text(side)
        if not text:
            continue
        source = context.text("source") if side == "target" and \
            context.language("source") == "en" else ""
        for found in find(text):
            if source:
                found = decide(text, found, source)
            yield Finding(side, found.start, found.end, found.message,
                          replacement=found.replacement, hint=found.hint,
                          severity=found.severity)
