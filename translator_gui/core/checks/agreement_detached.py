"""A participle or adjective opening its sentence, detached by a comma, agrees with the subject
after the comma: « Fabriquée en cuir, les gants sont souples » → « Fabriqués ». Machine
translation carries the English participle over without its agreement (English has none), and
the noun that settles it comes only after the comma. Read from the lexicon of forms
(resources/lexicon); reported by fr-noun-phrase-agreement."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from translator_gui.core.checks.agreement_words import (
    _adjective,
    _adverb,
    _agrees,
    _determiner,
    _elided,
    _gap,
    _noun,
    _readings,
    inflect,
)
from translator_gui.core.checks.text import WORD_START, Found, Word

# Words that may follow the detached participle inside its phrase (« Conçue pour », « Faite
# de », « Fabriqué en »): a participle right before a determiner or a number is a preposition
# (« Vu la situation », « Passé 18 h », « Compris les frais »).
_PHRASE_OPENERS = frozenset({"en", "de", "d", "pour", "par", "avec", "à", "dans", "sur", "sous",
                             "selon", "comme", "et", "ou", "mais"})
# Clitics that stand between a subject and its verb (« les gants se lavent », « … ne sont »).
_CLITICS = frozenset({"ne", "n", "se", "s", "le", "la", "l", "les", "lui", "leur", "y", "en",
                      "vous", "nous", "me", "m", "te", "t"})
_ENDS = frozenset({".", "!", "?", ";", ":", "…"})
# The longest detached phrase read (words up to its comma).
_REACH = 14


def _sentence_starts(text: str, text_words: list[Word]) -> Iterator[int]:
    """The indices of the words opening a sentence: the first word when nothing but quotes,
    brackets or dashes stand before it, and each word with one of _ENDS before it (since the
    word before it). (The end marks found by a search and their next words by bisection: the
    text between every two words read in turn cost ten times this.)"""
    if not text_words:
        return
    starts = list(map(WORD_START, text_words))
    last = -1  # the last index given
    if not text[:starts[0]].strip(" «\"“(—-\n"):
        yield 0
        last = 0
    for mark in _END_MARKS.finditer(text):
        # (an end mark is no letter: never inside a word, so between the word before the
        # next word and that word)
        k = bisect_right(starts, mark.start())
        if last < k < len(starts):
            yield k
            last = k


_END_MARKS = re.compile("[" + "".join(sorted(_ENDS)) + "]")


def _subject_after(text: str, text_words: list[Word], c: int) -> tuple[tuple[str, str], str] | None:
    """(gender, number) and the text of the noun subject right after the comma before word
    `c`: determiner, noun, adjectives, then its verb (or a clitic before it)."""
    if c + 2 >= len(text_words):
        return None
    det = _determiner(_elided(text, text_words[c]))
    if det is None or _gap(text, text_words[c], text_words[c + 1]):
        return None
    noun = _noun(text_words[c + 1].text, det, determined=True)
    if noun is None or noun[0][0] is None or noun[0][1] is None:
        return None
    wanted = (noun[0][0], noun[0][1])
    k = c + 2
    while k < len(text_words) and not _gap(text, text_words[k - 1], text_words[k]):
        adjective = _adjective(text_words[k].text, "")
        if adjective is None or not _agrees(adjective[0], wanted):
            break
        k += 1
    if k >= len(text_words) or _gap(text, text_words[k - 1], text_words[k]):
        return None
    following = text_words[k].lower
    if following not in _CLITICS and not any(
            a.pos == "verb" and "3" in a.person and a.number in (wanted[1], None)
            for a in _readings(following)):
        return None
    return wanted, text_words[c + 1].text


def detached_participles(text: str, text_words: list[Word], flagged: set[int]
                         ) -> Iterator[Found]:
    size = len(text_words)
    for start in _sentence_starts(text, text_words):
        p = start
        while p + 1 < size and _adverb(text_words[p].lower) \
                and not _gap(text, text_words[p], text_words[p + 1]):
            p += 1  # « Parfaitement conçu pour … »
        word = text_words[p]
        if word.start in flagged or not word.text[:1].isupper() and p == start:
            continue
        adjective = _adjective(word.text.lower(), "")
        if adjective is None or p + 1 >= size:
            continue
        nxt = text_words[p + 1]
        between = text[word.end:nxt.start]
        comma: int | None = None
        if between.strip() == ",":
            comma = p + 1
        elif between == " " and nxt.lower in _PHRASE_OPENERS:
            comma = next((k for k in range(p + 2, min(size, p + _REACH))
                          if text[text_words[k - 1].end:text_words[k].start].strip(" '’-")),
                         None)
        if comma is None or text[text_words[comma - 1].end:text_words[comma].start].strip() \
                != ",":
            continue  # no phrase, or one that ends in something else than a comma (or too far)
        subject = _subject_after(text, text_words, comma)
        if subject is None:
            continue
        wanted, noun = subject
        analyses, lemma = adjective
        if _agrees(analyses, wanted):
            continue
        form = inflect(word.lower, lemma, *wanted)
        flagged.add(word.start)
        message = f"« {word.text} » should agree with « {noun} », the subject after the comma."
        if form and form != word.lower:
            yield Found(word.start, word.end, message, replacement=word.text[:1] + form[1:]
                        if word.text[:1].isupper() else form)
        else:
            yield Found(word.start, word.end, message,
                        hint=f"the form of « {lemma} » that agrees with « {noun} »")


# Adverbs inside a bracketed participle (« (non inclus) », « (également fournies) »).
_BRACKET_ADVERBS = frozenset({"non", "pas", "également", "aussi", "toujours", "déjà", "bien",
                              "vendu", "vendus", "vendue", "vendues"})


def bracketed_participles(text: str, text_words: list[Word], flagged: set[int]
                          ) -> Iterator[Found]:
    """A participle alone in brackets after a noun agrees with it: « 4 piles AAA (non
    inclus) » → « incluses »."""
    if "(" not in text:
        return  # (most texts: no bracket opens before a word)
    for k, word in enumerate(text_words[1:], start=1):
        if text[text_words[k - 1].end:word.start].strip() != "(" or word.start in flagged:
            continue
        p = k
        while p + 1 < len(text_words) and text_words[p].lower in _BRACKET_ADVERBS \
                and text[text_words[p].end:text_words[p + 1].start] == " ":
            p += 1
        if p + 1 < len(text_words) and text[text_words[p].end:text_words[p + 1].start] \
                .strip()[:1] != ")" or p + 1 == len(text_words) and \
                text[text_words[p].end:].strip()[:1] != ")":
            continue  # only « (… participle) »: the participle ends the bracket
        participle = _adjective(text_words[p].text, None)
        if participle is None or not any(a.pos == "ppas" for a in participle[0]):
            continue
        head = _head_before(text, text_words, k)
        if head is None:
            continue
        wanted, noun = head
        if _agrees(participle[0], wanted):
            continue
        word_p = text_words[p]
        form = inflect(word_p.lower, participle[1], *wanted)
        flagged.add(word_p.start)
        message = f"« {word_p.text} » should agree with « {noun} » before the bracket."
        if form and form != word_p.lower:
            yield Found(word_p.start, word_p.end, message, replacement=form)
        else:
            yield Found(word_p.start, word_p.end, message,
                        hint=f"the form of « {participle[1]} » that agrees with « {noun} »")


def _head_before(text: str, text_words: list[Word], k: int) -> tuple[tuple[str, str], str] | None:
    """(gender, number) and text of the noun the bracket at word `k` follows: past adjectives
    and codes in capitals or figures (« piles AAA », « piles alcalines »); None when unsure
    (a noun coordinated with another, of either gender, or no noun)."""
    n = k - 1
    while n >= 0 and (not text_words[n].text.islower() and not text_words[n].text[:1].isupper()
                      or text_words[n].text.isupper() or _adjective(text_words[n].text, "")):
        if _gap(text, text_words[n], text_words[n + 1]) and n + 1 < k:
            return None
        n -= 1
    if n < 0:
        return None
    det = None
    if n >= 1 and not _gap(text, text_words[n - 1], text_words[n]):
        det = _determiner(_elided(text, text_words[n - 1]))
        if text_words[n - 1].lower in {"et", "ou"} or (
                n >= 2 and text_words[n - 2].lower in {"et", "ou"}):
            return None
    counted = re.search(r"\d[ \u00a0]$", text[:text_words[n].start]) is not None
    if det is None and not counted:
        return None  # « accessoires en option (non inclus) »: the noun after a preposition
        # may complement another; only a noun after its determiner or its number is the head
    noun = _noun(text_words[n].text, det or (None, None), determined=True)
    if noun is None or noun[0][0] is None or noun[0][1] is None:
        return None
    return (noun[0][0], noun[0][1]), text_words[n].text
