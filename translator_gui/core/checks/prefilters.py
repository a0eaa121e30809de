"""Cheap lexical tests that tell a parse-based check whether a French text is worth parsing.

Each answers from the lexicon of forms (core/lexicon.py) in microseconds, and errs on the side
of parsing: a text is turned away only when the lexicon shows there is nothing for the check
to find (every adjective agrees with a noun next to it, no verb whose number its nearest noun
contradicts, no word said twice). Words the lexicon does not know are always worth a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from translator_gui.core import lexicon, morphology
from translator_gui.core.checks.prefilter_words import _word_spans, _words
from translator_gui.core.lexicon import Analysis

if TYPE_CHECKING:
    from translator_gui.core.checks.base import Check, Issue, SegmentContext
    from translator_gui.core.model import ReviewDocument

_Pair = tuple[str | None, str | None]  # (gender, number), each None when unknown
_PRONOUNS = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p")}
_AGREEING = frozenset({"adj", "ppas"})
_DETERMINERS = frozenset("le la les l un une des du au aux ce cet cette ces mon ma mes ton ta tes "
                         "son sa ses notre nos votre vos leur leurs quelques plusieurs chaque "
                         "certains certaines".split())
_SUBJECT_PRONOUNS = frozenset("il elle ils elles on qui ce c cela ça ceci celui celle ceux celles "
                              "chacun chacune nous vous je j tu".split())
_ADJECTIVE_WINDOW = 3  # words either side where an adjective's noun usually is
_FAR = 8  # how far back to look for a noun when none is that close


@cache
def _data(name: str, *keys: str) -> frozenset[str]:
    """text.data_words, imported when first asked (base imports this module before text can be
    imported): imported inside the functions asking, it cost 2 µs a call, some 14,000 calls on
    WMT14's French."""
    from translator_gui.core.checks.text import data_words

    return data_words(name, *keys)


# The questions about one word (its readings, whether it is a form of « être »...) are cached:
# each is asked of most words of every text, by several prefilters.
# A document run asks each test twice per text (which texts to parse in a batch, then whether a
# check runs on the segment) and several tests cut the same text into words: the words are kept
# for the most recent texts, the answers (a few bytes each) for as many texts as a long
# document has, so that the second question of a 10,000-segment run is not worked out again.
_ANSWERS = 16384


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[Analysis, ...]:
    found = lexicon.french().analyses(word)
    if not found and "oe" in word:
        found = lexicon.french().analyses(word.replace("oe", "œ"))  # « oeuvre », « boeuf »
    if not found and "-" in word:
        # « anti-européen », « vice-gouverneur », « a-t-il »: the last part inflects
        found = lexicon.french().analyses(word.rsplit("-", 1)[1])
    return found


@lru_cache(maxsize=65536)
def _unknown(word: str) -> bool:
    return word.islower() and len(word) > 2 and not _readings(word)


_FUNCTION = frozenset({"det", "pron", "prep", "conj", "adv", "other"})


@lru_cache(maxsize=65536)
def _features(word: str, parts: frozenset[str]) -> tuple[_Pair, ...]:
    """The (gender, number) of each reading of `word` among the parts of speech `parts`.
    (Cached: asked for nearly every word of every text.)"""
    readings = _readings(word)
    if "noun" in parts and (len(word) < 3 or any(
            a.pos in _FUNCTION or a.pos == "ppas"
            or a.pos == "verb" and a.lemma in ("être", "avoir") for a in readings)):
        # « la », « non », « est », « adopté »: a grammatical word or a participle, not the
        # noun an adjective goes with
        readings = tuple(a for a in readings if a.pos != "noun")
    return tuple((a.gender, a.number) for a in readings if a.pos in parts)


def _clash(left: tuple[str | None, str | None], right: tuple[str | None, str | None]) -> bool:
    return bool((left[0] and right[0] and left[0] != right[0])
                or (left[1] and right[1] and left[1] != right[1]))


def _agrees_with_one(adjective: Sequence[_Pair], nouns: Sequence[_Pair]) -> bool:
    return any(not _clash(a, n) for a in adjective for n in nouns)


_NOUN = frozenset({"noun"})


@lru_cache(maxsize=65536)
def _grammatical(word: str) -> bool:
    return any(a.pos in {"det", "prep"} for a in _readings(word.lower()))


# Noun phrases, as the agreement checks see them: a noun with its determiner.
_DET_FORMS = frozenset("le la les l".split())
_LINK = frozenset({"de", "d", "du", "des"})
_CONTRACTED = frozenset({"du", "des", "au", "aux"})


@lru_cache(maxsize=65536)
def _det_like(word: str) -> bool:
    lower = word.lower()
    return lower in _DET_FORMS or any(a.pos in {"det", "num"} for a in _readings(lower))


def _phrase_start(spans: list[tuple[str, int, int]], j: int) -> int:
    """The first word of the noun phrase whose noun is at `j`: back over its determiner and
    the adjectives and numbers before the noun."""
    k = j
    while k >= 1 and spans[k - 1][0].lower() not in _LINK and (
            _det_like(spans[k - 1][0]) or _before_noun(spans[k - 1][0])):
        k -= 1
    return k


@lru_cache(maxsize=65536)
def _before_noun(word: str) -> bool:
    """An adjective that may stand before its noun (« autre », « grande »): no verb."""
    readings = _readings(word.lower())
    return word.islower() and any(a.pos == "adj" for a in readings) and not any(
        a.pos in {"verb", "inf", "ppas"} for a in readings)


def _with_determiner(spans: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the word at `k` has a determiner (past adjectives and numbers), a contracted
    article (« du », « aux ») included."""
    return _phrase_start(spans, k) < k or k > 0 and spans[k - 1][0].lower() in _CONTRACTED



@lru_cache(maxsize=_ANSWERS)
def adjective_may_disagree(text: str) -> bool:
    """Some adjective or participle agrees with none of the nouns of its noun phrase (or is
    unknown); a noun right after a noun counts too (« les conditions météo »)."""
    return next(_adjective_suspects(text), None) is not None


def adjective_suspects(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the words that make adjective_may_disagree true."""
    spans = _word_spans(text)
    return [spans[i][1:] for i in _adjective_suspects(text)]


def adjective_settled(text: str, settled: list[tuple[int, int]]) -> bool:
    """Whether every suspect word of `text` lies inside one of the `settled` spans after its
    first word: spans of findings (of the lexicon agreement check) that a finding of the
    parse-based check on one word inside them could neither replace nor start with."""
    return all(any(start < word_start and word_end <= end for start, end in settled)
               for word_start, word_end in adjective_suspects(text))


def _adjective_suspects(text: str) -> Iterator[int]:
    """The positions (in `_words(text)`) of the words that make adjective_may_disagree true."""
    words = _words(text)
    spans = _word_spans(text)
    read = list(map(_word_reading, words))
    nouns: list[Sequence[_Pair]] = [r[0] for r in read]
    # (the words after an article, picked in C)
    for j in compress(range(1, len(words)), map(_ARTICLES.__contains__, map(str.lower, words))):
        if not nouns[j] and words[j].islower():
            # « l'armée », « des données », « le marché »: a noun after its article, though
            # the lexicon has the form as a participle too
            nouns[j] = _article_noun(words[j])
    # a capitalized noun inside the sentence (« l'Union africaine », « la Commission
    # européenne »): the noun an adjective right after it goes with
    named: list[Sequence[_Pair]] = [r[1] for r in read]
    if named:
        named[0] = ()
    # (the words that may be suspects, a third of them, picked in C)
    for i in compress(range(len(read)), map(_KIND, read)):
        if read[i][2] == 1:
            # (most words: known, and never an adjective or participle; of _suspect's tests
            # only a noun clashing with the noun it follows may hold)
            suspect = bool(i and nouns[i] and nouns[i - 1] and not any(
                _agrees_with_one(nouns[i], [n]) for n in nouns[i - 1]))
        else:
            suspect = _suspect(words, nouns, named, i)
        # (whether the check passes over the word whatever the parse is asked last: it
        # reads the text around the word, dearer than the lexicon's answers)
        if suspect and _may_attach(text, spans, i) and not _never_flagged(text, spans, i):
            yield i


# The fields of a _word_reading answer the prefilters read in C (map, compress).
_KIND, _KEYS, _OPENS, _ETRE, _THIRD = (itemgetter(n) for n in range(2, 7))


@lru_cache(maxsize=65536)
def _word_reading(word: str) -> tuple[tuple[_Pair, ...], tuple[_Pair, ...], int, frozenset[str],
                                      bool, bool, bool]:
    """What the prefilters read of a word alone, each of them of every word of every text,
    worked out together (each answer remembered on its own cost 1-2 µs more the first time a
    word comes: some 11,300 forms in WMT14's French, four questions each).

    For _adjective_suspects: its noun readings when it is in lower case, its noun readings
    when it is capitalized (a name's, used inside a sentence), and 0 when it is no suspect
    wherever it stands (not a lower-case word of three letters or more, hyphenated, or known
    with a grammatical reading: _suspect's first tests, which read the word alone), 1 when
    the lexicon knows it and reads it as no adjective or participle (_suspect then answers by
    its noun-after-noun test alone), else 2. For repeat_candidates: its keys, what a
    repetition of it may share with it (its lower case, its lemmas, its stem without a plural
    or feminine ending), and whether it may open a repetition (four letters or more, and a
    word the check may read as a noun, adjective or verb whose lemma is not one of its light
    words: unknown to the lexicon, or with such a reading). For participle_may_disagree:
    whether it is a form of « être » (_is_etre). For verb_may_disagree: whether it may be a
    verb of the third person whose number its readings settle (one number), and no
    preposition (« entre », « contre » are read as the preposition)."""
    lower_case = word.islower()
    capitalized = word[:1].isupper() and not word.isupper()
    nouns = _features(word, _NOUN) if lower_case or capitalized else ()
    readings = _readings(word)
    if not lower_case or len(word) < 3 or "-" in word \
            or any(a.pos in _FUNCTION for a in readings):
        kind = 0
    else:
        kind = 1 if readings and not any(a.pos in _AGREEING for a in readings) else 2
    lower = word.lower()
    lowered = readings if lower == word else _readings(lower)
    keys = {lower} | {a.lemma.lower() for a in lowered}
    for ending in ("es", "s", "x", "e"):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            keys.add(lower[: -len(ending)])
    light = _data("repetitions.tsv", "fr", "light")
    opens = len(word) >= 4 and (not lowered or any(
        a.pos not in _NOT_CONTENT and a.lemma not in light for a in lowered))
    etre = any(a.lemma == "être" and a.pos in {"verb", "inf", "ppas", "ppre"} for a in lowered)
    numbers = {a.number for a in readings if a.pos == "verb" and "3" in a.person}
    third = len(numbers) == 1 and None not in numbers and not any(
        a.pos == "prep" for a in readings)
    return (nouns if lower_case else ()), (nouns if capitalized else ()), kind, \
        frozenset(keys), opens, etre, third


_COORDINATION = frozenset({"et", "ou"})


def _may_attach(text: str, spans: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the check may read the word at `i` as an adjective of a noun: it judges one
    of its prenominal adjectives, or an adjective at most four tokens after a lower-case noun
    with its determiner, with only adverbs and adjectives between (and « et », « ou » for
    coordinated adjectives): no punctuation, figure, preposition, determiner or verb."""

    lower = spans[i][0].lower()
    prenominal = _data("agreement-fr.tsv", "prenominal")
    if lower in prenominal or any(a.lemma in prenominal for a in _readings(lower)):
        return True
    for j in range(i - 1, max(-1, i - 5), -1):
        if not text[spans[j][2]:spans[j + 1][1]].isspace():
            return False
        word = spans[j][0]
        readings = _readings(word.lower())
        if word.islower() and (not readings or any(a.pos == "noun" for a in readings)) \
                and _determiner_before(spans, j):
            return True
        kinds = {a.pos for a in readings}
        if word.lower() not in _COORDINATION and not (
                kinds & {"adj", "adv", "ppas", "noun"}
                or "other" in kinds and not kinds & {"det", "prep", "pron", "conj"}):
            return False  # (a noun between may be a modifier tagged as an adjective)
    return False


def _determiner_before(spans: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the noun at `j` may have a determiner: a word that can be one (« de » too:
    « pas de réformes ») at most three words before it, past words that may be adjectives."""
    for k in range(j - 1, max(-1, j - 4), -1):
        word = spans[k][0].lower()
        if word in _DE or _det_like(word) or word in _CONTRACTED:
            return True
        if not any(a.pos in {"adj", "num"} for a in _readings(word)):
            return False
    return False


# Articles: a word right after one is its noun (or an adjective before it), never a verb.
_ARTICLES = frozenset("le la les l un une des du au aux".split())


@lru_cache(maxsize=65536)
def _article_noun(word: str) -> tuple[_Pair, ...]:
    return tuple((a.gender, a.number) for a in _readings(word) if a.pos == "noun")


def _suspect(words: list[str], nouns: list[Sequence[_Pair]],
             named: list[Sequence[_Pair]], i: int) -> bool:
    """Whether the word at `i` (lower case, three letters or more) is unknown, or an adjective
    or participle agreeing with no noun of its noun phrase, or a noun clashing with the noun
    it follows."""
    word = words[i]
    if "-" in word:
        return False  # the check reads no features in a hyphenated form (« anti-nicotine »)
    readings = _readings(word)
    if not readings:
        # an unknown word: the features the check may read in its form, a plural in -s or
        # -x, a masculine when its stem does not end in -e (it reads no gender otherwise)
        stem = word[:-1] if word.endswith(("s", "x")) else word
        guessed = [(None if stem.endswith("e") else "m",
                    "p" if word.endswith(("s", "x")) else "s")]
        return _clashes_nearby(words, nouns, named, i, guessed, forward=False)
    if any(a.pos in _FUNCTION for a in readings):
        return False  # « sur », « plus »: read as a grammatical word
    if i and nouns[i] and nouns[i - 1] and not _features(word, _AGREEING) and not any(
            _agrees_with_one(nouns[i], [n]) for n in nouns[i - 1]):
        return True  # a noun qualifying the noun before it, and clashing with it
    if i and any(a.pos == "noun" for a in readings) and (
            words[i - 1].lower() in _DETERMINERS or _only(words[i - 1], "adj")) and not (
            i + 1 < len(words) and nouns[i + 1]):
        return False  # « les membres », « de courte portée »: the noun itself
    if any(a.pos == "ppas" for a in readings) and any(
            _is_auxiliary(w) for w in words[max(0, i - 4):i]):
        return False  # « ont établi », « s'était exprimé »: a verb (the participle check's)
    adjective = _features(word, _AGREEING)
    if not adjective:
        return False
    return _clashes_nearby(words, nouns, named, i, adjective)


def _clashes_nearby(words: list[str], nouns: list[Sequence[_Pair]],
                    named: list[Sequence[_Pair]], i: int, adjective: Sequence[_Pair],
                    forward: bool = True) -> bool:
    """Whether the adjective at `i`, of these readings, agrees with no noun of its noun
    phrase (`forward`: nor with one after it, for an adjective that may stand before its
    noun)."""
    # its noun phrase: back to a determiner or preposition, forward up to one
    near: list[tuple[str | None, str | None]] = []
    for j in range(i - 1, max(-1, i - 1 - _ADJECTIVE_WINDOW), -1):
        # a noun right after a noun may be its modifier, read as an adjective (« une
        # poche filet intérieur »): not one the adjective can agree with instead
        if not _qualifies(words, nouns, j) and not (j and nouns[j] and nouns[j - 1]):
            near.extend(nouns[j] or named[j])
        if _grammatical(words[j]):
            near.extend(_complemented(words, nouns, j))
            break
    for j in range(i + 1, min(len(words), i + 1 + _ADJECTIVE_WINDOW) if forward else i + 1):
        if _grammatical(words[j]) or _is_auxiliary(words[j]) or any(
                a.pos == "conj" for a in _readings(words[j])):
            break  # « léger est imperméable »: past « est », another phrase
        near.extend(nouns[j])
    if not near:  # the noun is further back (coordinated adjectives, a complement)
        near = list(next((nouns[j] for j in range(i - 1, max(-1, i - _FAR), -1) if nouns[j]), ()))
    return bool(near) and not _agrees_with_one(adjective, near)


# Where the parse-based adjective check (checks/agreement.py, FrenchAdjectiveAgreement) never
# flags a word, whatever the parse: the tests below mirror its unconditional exits, each read
# from the text alone, so a word they pass over needs no parse.
# At least as many pieces as spaCy has tokens; the inverted subject pronoun (« a-t-il »,
# « dit-elle ») is its own token, « -t » another.
_INVERTED = r"(?:il|elle|on|ils|elles)(?![\w-])"
_PIECE = re.compile(rf"-t(?=-{_INVERTED})|-{_INVERTED}|[^\W\d_]+|\d+|[^\w\s]|_")
_AFTER_INVERTED_VERB = re.compile(rf"(?:-t)?-{_INVERTED}")
# Words spaCy tags as a determiner, a preposition or a pronoun, never as what may stand between a
# noun and its adjective (an adverb, an adjective, a conjunction).
_BLOCKING = frozenset("de d du des à au aux pour par sur dans avec sans chez selon parmi le la "
                      "les l un une ce cet cette ces mon ma mes ton ta tes son sa ses notre nos "
                      "votre vos leur leurs".split())


def _never_flagged(text: str, spans: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the adjective check passes over the word at `i` (a plain lower-case word) for
    reasons the text shows: an invariable or uninflected word, a present participle, an
    auxiliary of « avoir » or « être » among the four tokens before it, an idiom before it
    (« en général »), or nothing before it that can stand between a noun and its adjective
    (punctuation, an elided or grammatical word) when it is no adjective placed before its
    noun."""
    from translator_gui.core.checks.agreement import not_inflected

    word, start, end = spans[i]
    lower = word.lower()
    if "-" in word or not word.isalpha():
        return False  # spaCy may cut it otherwise: leave it to the other tests
    invariable = _data("agreement-fr.tsv", "invariable")
    if lower in invariable or lower.rstrip("s") in invariable or lower.endswith("ant") \
            or not_inflected(word):
        return True  # never inflected, or a present participle: the check reads no features
    if _after_auxiliary(text, start) or _after_idiom(text, start):
        return True
    if i == 0:
        return False
    gap = text[spans[i - 1][2]:start]
    blocked = bool(gap.strip()) or spans[i - 1][0].lower() in _BLOCKING or _verb_after_noun(
        text, spans, i - 1)
    # An adjective the check reads before its noun (« les grandes maison »): only those of
    # its prenominal list, before a noun or an adverb.
    prenominal = _data("agreement-fr.tsv", "prenominal")
    placed_before = not _readings(lower) or lower in prenominal or any(
        a.lemma in prenominal for a in _readings(lower))
    return blocked and not placed_before


def _verb_after_noun(text: str, spans: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the word at `i` is the verb of the noun right before it (« l'atelier fait
    partie »): a finite form whose other readings are only its participle (and a noun, when
    it is a participle too), right after a word that is only a noun (so it is no noun with its
    article, nor an adjective of that noun)."""
    if i < 1 or text[spans[i - 1][2]:spans[i][1]].strip():
        return False
    readings = _readings(spans[i][0].lower())
    kinds = {a.pos for a in readings}
    if "verb" not in kinds or "noun" in kinds and "ppas" not in kinds or any(
            a.pos not in {"verb", "ppas", "adj", "noun"}
            or a.pos == "adj" and not a.lemma.endswith(("er", "ir", "re")) for a in readings):
        return False  # (« arrière », a noun or a verb: also an invariable adjective)
    before = _readings(spans[i - 1][0].lower())
    return bool(before) and all(a.pos == "noun" for a in before)


def _after_auxiliary(text: str, start: int) -> bool:
    """A form of « avoir » or « être » among the four tokens before `start`: the last four
    pieces of the text before it, cut so that there are never fewer pieces than spaCy's
    tokens, a form counting only as a whole token (nothing glued to it but an elision)."""
    from translator_gui.core.checks.agreement import _auxiliary_forms

    forms = _auxiliary_forms()
    tail = text[max(0, start - 80):start]
    for match in list(_PIECE.finditer(tail))[-4:]:
        after = tail[match.end():match.end() + 1]
        if after == "-" and _AFTER_INVERTED_VERB.match(tail, match.end()):
            after = ""  # « a-t-il »: the pronoun is a token of its own
        glued = tail[match.start() - 1:match.start()] + after
        if match.group().lower() in forms and not any(c.isalnum() or c == "-" for c in glued):
            return True
    return False


def _after_idiom(text: str, start: int) -> bool:

    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    idioms = _data("agreement-fr.tsv", "idiom")
    longest = max((len(idiom) for idiom in idioms), default=0)
    before = text[max(0, end - longest - 1):end].lower()
    return any(before.endswith(idiom) for idiom in idioms)


_DE = frozenset({"de", "d", "du", "des"})
_ANY = (None, None)  # agrees with anything


def _complemented(words: list[str], nouns: list[Sequence[_Pair]],
                  at: int) -> list[tuple[str | None, str | None]]:
    """When the noun phrase before an adjective opens with « de » at `at` (« projet de loi
    fiscal »), the nouns it complements, up to two hops back (« projet »), as the agreement
    check accepts them: over determiners and « de », a capitalized noun agreeing with anything
    (the check gives a name the benefit of the doubt)."""
    if words[at].lower() not in _DE:
        return []
    found: list[tuple[str | None, str | None]] = []
    k = at
    for _hop in range(2):
        while k >= 0 and (words[k].lower() in _DE or _only(words[k], "det")):
            k -= 1
        if k < 0:
            break
        if nouns[k]:
            found.extend(nouns[k])
        elif words[k][:1].isupper() and _features(words[k], _NOUN):
            found.append(_ANY)
        else:
            break
        k -= 1
    return found


@lru_cache(maxsize=65536)
def _only(word: str, pos: str) -> bool:
    readings = _readings(word.lower())
    return bool(readings) and all(a.pos == pos for a in readings)


@lru_cache(maxsize=65536)
def _is_auxiliary(word: str) -> bool:
    return any(a.lemma in ("être", "avoir") and a.pos in {"verb", "inf", "ppre"}
               for a in _readings(word.lower()))


@lru_cache(maxsize=65536)
def _is_etre(word: str) -> bool:
    return any(a.lemma == "être" and a.pos in {"verb", "inf", "ppas", "ppre"}
               for a in _readings(word.lower()))


def _qualifies(words: list[str], nouns: list[Sequence[_Pair]],
               j: int) -> bool:
    """Whether the word at `j`, a noun or an adjective by its form, reads as an adjective
    qualifying the noun right before it (« affaire solide », « couteau suisse »): then it is
    not the noun an agreement is judged against."""
    if not j or not words[j].islower() or not any(
            a.pos == "adj" for a in _readings(words[j])):
        return False
    before = nouns[j - 1] if nouns else (
        _features(words[j - 1], _NOUN) if words[j - 1].islower() else [])
    return bool(before)


@lru_cache(maxsize=_ANSWERS)
def word_may_repeat(text: str, window: int) -> bool:
    """Two words within `window` words of each other that may share a lemma."""
    return bool(repeat_candidates(text, window))


# Between two words the repetition check reads as parallel or linked (conjunctions and the
# like, by lemma: the forms here are their own lemmas), or as « au centre du centre » (every
# word between one of these forms, whose lemmas are its links): it reports no repetition.
_PARALLEL = frozenset("et ou ni mais que qu comme".split())
_LINK_FORMS = frozenset("le la les l en à au aux un une".split())
_NOT_CONTENT = frozenset({"det", "pron", "prep", "conj", "adv", "num", "other"})


@lru_cache(maxsize=_ANSWERS)
def repeat_candidates(text: str, window: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each word followed within `window` words by one that may share its
    lemma: the first word of every repetition the check may report. As the check reads them:
    the first word is a content word (not a name inside a sentence), the words between are
    plain words (anything else between, punctuation, a hyphen, an elision, a digit, is a
    token the check stops at) and neither all links (« au centre du centre ») nor a frame
    alone (« face à face »), and none of them coordinates or compares."""
    frames = _data("repetitions.tsv", "fr", "pattern")
    spans = _word_spans(text)
    words = _words(text)
    read = list(map(_word_reading, words))
    keys = list(map(_KEYS, read))
    found: list[tuple[int, int]] = []
    # (the words that may open a repetition, two in five, picked in C)
    for i in compress(range(len(words)), map(_OPENS, read)):
        word, start, end = spans[i]
        last = min(len(spans), i + window + 1)
        if all(map(keys[i].isdisjoint, keys[i + 1:last])):
            continue  # (most words: nothing nearby to repeat them)
        if word[0].isupper():
            from translator_gui.core.checks.text import starts_sentence

            if not starts_sentence(text, start):
                continue
        for j in range(i + 1, last):
            gap = text[spans[j - 1][2]:spans[j][1]]
            if gap and not gap.isspace() or j > i + 1 and (
                    not spans[j - 1][0].isalpha() or spans[j - 1][0].lower() in _PARALLEL):
                break  # a token the check stops at
            if keys[i].isdisjoint(keys[j]):
                continue
            between = [w.lower() for w, _s, _e in spans[i + 1:j]]
            if len(between) == 1 and between[0] in frames or all(
                    w in _LINK_FORMS for w in between):
                continue  # (a later word may be the repetition if this one's lemma differs)
            found.append((start, end))
            break
    return tuple(found)


def parse_wanted(document: ReviewDocument, indices: Iterable[int]) -> bool:
    """Whether re-checking these segments (indices) asks for a French parse: a parse-based
    check wants one of their French texts. (A window that has not loaded the French model
    loads it on a worker first, rather than on the GUI thread inside the re-check.)"""
    from translator_gui.core.checks.base import enabled_checks

    checks = [c for c in enabled_checks(document.source_language, document.target_language,
                                        document.checks) if c.needs_parse and c.scope == "segment"]
    if not checks:
        return False
    sides = [side for side, language in (("source", document.source_language),
                                         ("target", document.target_language)) if language == "fr"]
    for index in indices:
        segment = document.segments[index]
        for side in sides:
            text = segment.text(side)
            # past the segment bound, what the check reads of it (SegmentContext.for_check)
            read = text[:morphology.parsed_length(text)]
            if text and any(c.wants_parse(text if c.whole_text else read) for c in checks):
                return True
    return False


# -- texts whose findings would be dropped anyway ------------------------------------------------
#
# A parse-based check may say where its findings on a text would lie (`parse_spans(text)`: each
# finding covers one of those spans; without the method, anywhere) and that they carry hints
# only (`may_replace = False`). Where an issue found before it is graver than any finding it
# could make (or as grave with a fix, the check having none) and covers such a span, one_per_span
# would drop the finding: the text needs no parse for it.


def settled(checks: list[Check], context: SegmentContext, found: list[Issue]) -> bool:
    """Whether every parse-based check wanting this segment's French parsed would lose each
    of its findings to an issue already `found` on the segment. (One no check wants is not.)"""
    from translator_gui.core.checks import base, overlaps

    settings = context.document.checks if context.document is not None else None
    kept: list[Issue] | None = None
    for side in context.sides_in("fr"):
        for check in checks:
            text = context.for_check(check).text(side)
            if not (text and check.wants_parse(text)):
                continue
            spans = getattr(check, "parse_spans", lambda _text: None)(text)
            if spans is None:
                return False
            if kept is None:
                kept = overlaps.one_per_span(overlaps.give_way(found))
            grade = base.effective_severity(check, settings) if settings and \
                check.id in settings.severity else check.severity_range()[1]
            hints_only = not getattr(check, "may_replace", True)
            if not all(any(
                    q.side == side and q.check != check.id and not overlaps.about_whole_segment(q)
                    and check.id not in getattr(base._REGISTRY.get(q.check), "yields_to", ())
                    and q.start <= start and end <= max(q.end, q.start + 1)
                    and (q.severity.rank > grade.rank or q.severity.rank == grade.rank
                         and q.replacement is not None and hints_only)
                    for q in kept) for start, end in spans):
                return False
    return kept is not None


def unsettled(checks: list[Check], contexts: list[SegmentContext],
              found: list[list[Issue]]) -> list[SegmentContext]:
    """`contexts` for the parse pass: a segment the issues `found` so far settle (`settled`)
    stands there with empty texts, so that no check asks for its parse nor runs on it."""
    from translator_gui.core.checks.base import SegmentContext
    from translator_gui.core.model import Segment

    return [SegmentContext(Segment(context.segment.id, "", "", ""), context.source_language,
                           context.target_language, context.document, context.run)
            if settled(checks, context, issues) else context
            for context, issues in zip(contexts, found, strict=True)]
