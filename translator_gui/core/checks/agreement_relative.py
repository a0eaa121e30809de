"""A compound relative pronoun that agrees with no noun it may stand for: « les principaux défis
auxquelles la région est confrontée » (« défis » is masculine: « auxquels »), « le cadre dans
laquelle ». « Lequel » and its forms take the gender and number of their antecedent, the noun
right before them (past the preposition that governs them: « le texte sur lequel », « la
réunion au cours de laquelle ») or the noun that noun complements (« la liste des pays sur
laquelle »). Reported by fr-determiner-agreement, with the form that agrees with the noun right
before as the fix when that noun has one gender and one number."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import compress

from translator_gui.core.checks.agreement_lexicon import _nouns_before
from translator_gui.core.checks.agreement_words import _GENDER, _NUMBER, _determiner, _readings
from translator_gui.core.checks.mt_support import match_case
from translator_gui.core.checks.text import WORD_LOWER, Found, Word, data_words

_DATA = "agreement-fr.tsv"
# Each form: the preposition it contains or follows (« à », « de », none), gender, number.
_FORMS = {"lequel": ("", "m", "s"), "laquelle": ("", "f", "s"),
          "lesquels": ("", "m", "p"), "lesquelles": ("", "f", "p"),
          "auquel": ("à", "m", "s"), "auxquels": ("à", "m", "p"), "auxquelles": ("à", "f", "p"),
          "duquel": ("de", "m", "s"), "desquels": ("de", "m", "p"),
          "desquelles": ("de", "f", "p")}
_WRITTEN = {(p, g, n): form for form, (p, g, n) in _FORMS.items()}
_WRITTEN[("à", "f", "s")] = "à laquelle"
_WRITTEN[("de", "f", "s")] = "de laquelle"


def _noun_features(form: str) -> set[tuple[str | None, str | None]]:
    """Gender and number of `form` read as a noun; none for a determiner or a pronoun that the
    lexicon also lists as a noun (« la » the note, « un » the figure)."""
    readings = _readings(form)
    if any(a.pos in ("det", "pron") for a in readings):
        return set()
    return {(a.gender, a.number) for a in readings if a.pos == "noun"}


@cache
def _prepositions() -> tuple[str, ...]:
    """The prepositions of agreement-fr.tsv, longest first (« au cours » before « cours »)."""
    return tuple(sorted(data_words(_DATA, "relative-preposition"), key=lambda p: (-len(p), p)))


def _preposition_before(before: str) -> int:
    """Length of the preposition `before` ends with (« au cours », « sur »), 0 if none."""
    lowered = before.lower().replace("’", "'")
    for phrase in _prepositions():
        if lowered.endswith(phrase) and (len(lowered) == len(phrase) or
                                         lowered[-len(phrase) - 1] in " '"):
            return len(phrase)
    return 0


def _antecedent(text: str, text_words: list[Word], k: int, of: bool) -> int | None:
    """Index of the noun right before the pronoun phrase starting at word `k`, past the
    preposition governing it; None when punctuation or anything else stands between. A form
    with « de » (`of`) needs a preposition ending with it (« au cours de laquelle »)."""
    before = text[:text_words[k].start]
    if not before.endswith((" ", "'", "’")):
        return None
    before = before[:-1]
    cut = _preposition_before(before)
    if not cut and of:
        return None  # « sur le territoire de laquelle »: the complement of the noun before
    before = before[:len(before) - cut]
    if not before or before[-1] not in " '’" and not before[-1].isalpha():
        return None
    before = before.rstrip(" ") if before.endswith(" ") else before
    j = next((n for n in range(k - 1, -1, -1) if text_words[n].end == len(before)), None)
    if j is None:
        return None
    noun = text_words[j]
    if not _noun_features(noun.lower) and j >= 1 and any(
            a.pos == "adj" for a in _readings(noun.lower)) and \
            text[text_words[j - 1].end:noun.start] == " ":
        j -= 1  # « les défis mondiaux auxquels »: the noun before its adjective
    return j if _noun_features(text_words[j].lower) and text_words[j].text.islower() else None


# How far back, within the clause, a noun may be the antecedent (« un processus de plusieurs
# étapes dans lequel »: the process).
_WINDOW = 8


def _nouns_back(text: str, text_words: list[Word], j: int) -> list[set[tuple[str | None, str | None]]]:
    """Gender and number of the nouns before the one at `j`, back to a punctuation mark or
    `_WINDOW` words: any of them may be the antecedent."""
    found = []
    for n in range(j - 1, max(-1, j - 1 - _WINDOW), -1):
        if any(c in ",;:.!?()«»\"" for c in text[text_words[n].end:text_words[n + 1].start]):
            break
        readings = _readings(text_words[n].lower)
        if any(a.pos == "verb" for a in readings) and not any(a.pos == "noun" for a in readings):
            break  # a verb: another clause, or the one the noun phrase is the object of
        features = _noun_features(text_words[n].lower)
        if features and text_words[n].text.islower():
            found.append(features)
    return found


def _agrees(features: set[tuple[str | None, str | None]], gender: str, number: str) -> bool:
    return any((g is None or g == gender) and (n is None or n == number) for g, n in features)




def relative_pronoun_clashes(text: str, text_words: list[Word]) -> Iterator[Found]:
    """Findings on the compound relative pronouns of `text` that agree with no noun they may
    stand for."""
    # (the few compound relative pronouns picked in C)
    for k in compress(range(len(text_words)), map(_FORMS.__contains__, map(WORD_LOWER, text_words))):
        word = text_words[k]
        if k == 0:
            continue
        preposition, gender, number = _FORMS[word.lower]
        start = k
        if not preposition and text_words[k - 1].lower in {"à", "de"} and \
                text[text_words[k - 1].end:word.start] == " ":
            preposition, start = text_words[k - 1].lower, k - 1  # « à laquelle »
        j = _antecedent(text, text_words, start, preposition == "de")
        if j is None:
            continue
        nearest = _noun_features(text_words[j].lower)
        if j >= 1 and text[text_words[j - 1].end:text_words[j].start] in {" ", "'", "’"}:
            shown = _determiner(text_words[j - 1].lower)  # « le cadre »: the gender it shows
            if shown is not None and shown[0] is not None:
                nearest = {(shown[0], n) for g, n in nearest if g in (None, shown[0])}
        earlier = _nouns_back(text, text_words, j)
        if _agrees(nearest, gender, number) or any(
                _agrees({features}, gender, number)
                for features in _nouns_before(text, text_words, j)) or any(
                _agrees(features, gender, number) for features in earlier):
            continue
        noun = text_words[j]
        message = (f"« {text[text_words[start].start:word.end]} » "
                   f"({_GENDER[gender]} {_NUMBER[number]}) agrees with no noun it may stand "
                   f"for: « {noun.text} » is ")
        if len(nearest) == 1 and None not in next(iter(nearest)):
            wanted_gender, wanted_number = next(iter(nearest))
            assert wanted_gender is not None and wanted_number is not None
            fixed = match_case(text[text_words[start].start:word.end],
                               _WRITTEN[(preposition, wanted_gender, wanted_number)])
            message += f"{_GENDER[wanted_gender]} {_NUMBER[wanted_number]}."
            if earlier:  # it may stand for a noun further back
                yield Found(text_words[start].start, word.end, message,
                            hint=f"« {fixed} » if it stands for « {noun.text} »")
            else:
                yield Found(text_words[start].start, word.end, message, replacement=fixed)
        else:
            yield Found(text_words[start].start, word.end, message + "another form.",
                        hint=f"the form of « lequel » that agrees with « {noun.text} »")
