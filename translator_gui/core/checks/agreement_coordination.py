"""Coordinated French adjectives that disagree with each other, read from the lexicon of forms:
« élégante et léger », « lumineuses et joliment définis », « forte et robuste et léger ».
Adjectives joined by « et », « ou » or « mais » qualify the same noun, so they share its gender and
number whatever that noun is: two of them that clash show an agreement error even when the
noun is far, unknown or a name (« Élégante et léger, la gourde… »). Which one is wrong depends
on the noun, so the finding spans the pair and gives a hint."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from typing import NamedTuple

from translator_gui.core.checks.agreement_words import (
    _GN,
    _adjective,
    _adverb,
    _compatible,
    _determiner,
    _elided,
    _gap,
    _next,
    _noun,
    _readings,
)
from translator_gui.core.checks.text import WORD_LOWER, Found, Word
from translator_gui.core.lexicon import Analysis, french

_GENDER = {"m": "masculine", "f": "feminine"}
_NUMBER = {"s": "singular", "p": "plural"}
_CONJUNCTIONS = frozenset({"et", "ou", "mais"})


class _Item(NamedTuple):
    at: int
    gender: str | None
    number: str | None
    lemma: str
    participle: bool


def _item(text: str, text_words: list[Word], k: int,
          adjective: tuple[list[Analysis], str] | None) -> _Item | None:
    """The gender and number a coordinated adjective shows (None where it shows none), from
    `adjective`, the lexicon check's reading of the word (adjective readings and lemma)."""
    word = text_words[k]
    if adjective is None:
        return None
    readings, lemma = adjective
    if any(a.pos == "ppre" for a in french().analyses(word.lower)):
        return None  # « carburant et accessoires »: a present participle is often a noun
    genders = {a.gender for a in readings}
    numbers = {a.number for a in readings}
    return _Item(k, genders.pop() if len(genders) == 1 else None,
                 numbers.pop() if len(numbers) == 1 else None, lemma,
                 any(a.pos == "ppas" for a in readings))


def _opens_noun(text: str, text_words: list[Word], item: _Item) -> bool:
    """Whether the next word is a noun the adjective at `item` agrees with (it may then stand
    before that noun and belong to another noun phrase)."""
    following = text_words[item.at + 1]
    if text[text_words[item.at].end:following.start] != " " or not following.text.islower():
        return False
    return any(a.pos == "noun" and (not item.gender or not a.gender or a.gender == item.gender)
               and (not item.number or not a.number or a.number == item.number)
               for a in french().analyses(following.lower))


def _clash(first: _Item, second: _Item) -> bool:
    return bool((first.gender and second.gender and first.gender != second.gender)
                or (first.number and second.number and first.number != second.number))


def coordinated_clashes(text: str, text_words: list[Word], flagged: set[int]) -> Iterator[Found]:
    """Findings on chains of adjectives joined by « et »/« ou » (and commas before the last
    one) where two of them clash in gender or number; words already in `flagged` (start
    offsets) are left alone."""
    def adjective_at(k: int) -> tuple[list[Analysis], str] | None:
        word = text_words[k]
        form = word.text
        if not form.islower():  # « Élégante et léger, … »: a sentence may open with them
            before = text[text_words[k - 1].end:word.start].strip() if k else \
                text[:word.start].strip(" «\"“(")
            if not (form[:1].isupper() and form[1:].islower()) or before not in {
                    "", ".", "!", "?", ";", ":"}:
                return None
            form = form.lower()
        return _adjective(form, _next(text, text_words, k))

    adverb = _adverb
    size = len(text_words)
    k = 0
    while k < size - 2:
        # Only a word before « et »/« ou », or before a comma list that one ends, can open a
        # chain: look at those alone (the lexicon is asked about a few words per sentence).
        c = next((c for c in range(k + 1, size - 1) if text_words[c].lower in _CONJUNCTIONS),
                 None)
        if c is None:
            return
        k = c - 1
        while True:  # « puissant, plus léger et réglable »: the list starts before the commas
            p = k
            while p >= 1 and text[text_words[p - 1].end:text_words[p].start] == " " \
                    and adverb(text_words[p - 1].lower):
                p -= 1
            if p < 1 or text[text_words[p - 1].end:text_words[p].start] != ", " \
                    or adjective_at(p - 1) is None:
                break
            k = p - 1
        first = _item(text, text_words, k, adjective_at(k))
        if first is None:
            k = c + 1
            continue
        chain, m, joined = [first], k, False
        while m + 2 < size:
            between = text[text_words[m].end:text_words[m + 1].start]
            if between == " " and text_words[m + 1].lower in _CONJUNCTIONS \
                    and text[text_words[m + 1].end:text_words[m + 2].start] == " ":
                n, conjunction = m + 2, True
            elif between == ", ":
                n, conjunction = m + 1, False
            else:
                break
            while n < size - 1 and adverb(text_words[n].lower) \
                    and text[text_words[n].end:text_words[n + 1].start] == " ":
                n += 1  # « lumineuses et joliment définis »
            item = _item(text, text_words, n, adjective_at(n))
            if item is None:
                break
            chain.append(item)
            joined = joined or conjunction
            m = n
        k = max(m, c) + 1
        if not joined or len(chain) < 2:
            continue  # a list after commas alone may qualify several nouns
        last = chain[-1]
        if last.at + 1 < size and text_words[last.at + 1].lower == "par" and last.participle:
            continue  # « … et durement réprimé par les gouvernements »: a passive verb
        if last.at + 1 < size and _opens_noun(text, text_words, last):
            continue  # « de taille réelle et petites camionnettes »: it stands before a noun
        pair = min(((a, b) for x, a in enumerate(chain) for b in chain[x + 1:]
                    if _clash(a, b) and a.lemma != b.lemma),
                   key=lambda p: p[1].at - p[0].at, default=None)  # the nearest two
        if pair is None:
            continue  # « sportifs et sportives »: one word in both genders, on purpose
        a, b = pair
        if any(text_words[x].start in flagged for x in range(a.at, b.at + 1)):
            continue
        left, right = text_words[a.at], text_words[b.at]
        flagged.add(right.start)
        yield Found(left.start, right.end,
                    f"« {left.text} » and « {right.text} » qualify the same noun but do not "
                    f"agree with each other ({_describe(a)} / {_describe(b)}).",
                    hint=f"give « {left.text} » and « {right.text} » the gender and number of "
                         "the noun they qualify")


def _describe(item: _Item) -> str:
    return " ".join(x for x in (_GENDER.get(item.gender or ""), _NUMBER.get(item.number or ""))
                    if x) or "either"


def feminine_pair(text_words: list[Word], i: int, wanted: _GN, analyses: list[Analysis]
                   ) -> bool:
    """Whether a masculine plural adjective follows two coordinated feminine nouns (« la
    distance parcourue et les calories dépensés »): it agrees with neither, nor with both
    together, as it would if one of them were masculine (« la robe et le chapeau noirs »).
    `i`: the first word of the noun phrase after « et »."""
    if wanted != ("f", "p") or not all(a.gender == "m" and a.number in ("p", None)
                                       for a in analyses):
        return False
    for k in range(i - 2, max(0, i - 6), -1):
        readings = _readings(text_words[k].lower)
        if any(a.pos == "noun" for a in readings):  # the noun, after its determiner
            return all(a.gender == "f" for a in readings if a.pos == "noun") \
                and _determiner(text_words[k - 1].lower) is not None
        if not readings or not all(a.pos in {"adj", "ppas"} for a in readings):
            return False
    return False


def _simple_noun(text: str, text_words: list[Word], at: int) -> tuple[str, int] | None:
    """(gender, index of its first word) of the noun at `at` after its determiner, or bare
    (« Siège et casque »), when the lexicon gives it one gender; None otherwise."""
    if at < 0 or at >= len(text_words):
        return None
    det: _GN = (None, None)
    first = at
    if at >= 1 and not _gap(text, text_words[at - 1], text_words[at]):
        shown = _determiner(_elided(text, text_words[at - 1]))
        if shown is not None:
            det, first = shown, at - 1
    form = text_words[at].text
    noun = _noun(form.lower() if at == first == 0 else form, det, determined=True)
    if noun is None or noun[0][0] is None:
        return None
    return noun[0][0], first




def coordinated_subjects(text: str, text_words: list[Word], flagged: set[int]
                         ) -> Iterator[Found]:
    """The attribute of two coordinated nouns opening their clause (« le siège et le casque
    sont faites », « Siège et casque sont faites »): plural, masculine when either noun is
    masculine, feminine when both are."""
    _attribute_at, _construction = _lexicon_check._attribute_at, _lexicon_check._construction
    _coordinated, _found = _lexicon_check._coordinated, _lexicon_check._found
    # (each « et », picked in C)
    for e in compress(range(1, len(text_words) - 2), map("et".__eq__, map(WORD_LOWER, text_words[1:-2]))):
        word = text_words[e]
        if _gap(text, text_words[e - 1], word):
            continue
        left = _simple_noun(text, text_words, e - 1)
        if left is None or text[:text_words[left[1]].start].rstrip(" ")[-1:] not in \
                {"", ".", ";", ":", "!", "?", "(", "—", "«", "\n"}:
            continue  # only nouns that open their clause are its subjects
        n2 = e + 1
        if _determiner(_elided(text, text_words[n2])) is not None:
            n2 += 1
        right = _simple_noun(text, text_words, n2)
        if right is None or right[1] != e + 1 or n2 + 1 >= len(text_words) \
                or _gap(text, text_words[n2], text_words[n2 + 1]):
            continue
        m = _attribute_at(text_words, n2 + 1, "p")
        if m is None:
            continue
        wanted: _GN = ("m" if "m" in {left[0], right[0]} else "f", "p")
        for n in _coordinated(text, text_words, m):
            attribute = text_words[n]
            adjective = _adjective(attribute.text, _next(text, text_words, n), attribute=True)
            if adjective is None or attribute.start in flagged:
                break
            if _construction(text, text_words, n):
                break  # « sont faciles à », « sont soutenus par »: left alone
            if not any(_compatible(a.gender, wanted[0]) and _compatible(a.number, "p")
                       for a in adjective[0]):
                flagged.add(attribute.start)
                yield _found(attribute, adjective[1], wanted,
                             f"{text_words[e - 1].text} et {text_words[n2].text}")


# (agreement_lexicon imports this module: it is imported last, once, for the functions above to
# read at call time; imported inside them, as it was, it cost 2 µs a call, twice a text)
from translator_gui.core.checks import agreement_lexicon as _lexicon_check  # noqa: E402
