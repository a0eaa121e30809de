"""English title case carried into a French draft: the capitals of an English title or of a
Title Case name copied on the French common words of its translation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.capitals import (
    _language_names,
    _nationality_forms,
    french_draft_of_english,
)
from translator_gui.core.checks.capitals_source import _convention
from translator_gui.core.checks.text import (
    SPACES,
    Word,
    data_words,
    is_title,
    look_back,
    starts_sentence,
    words,
)

# Title case is English's: a title, a heading or a product name capitalizes its every
# significant word ("Folding Hockey Goal Set", "the Coleman Dynasty Table"). French typography
# (Lexique des règles typographiques de l'Imprimerie nationale) capitalizes only the first
# word of a title or of the name of a work or an organization: the common nouns, adjectives,
# colours and materials after it take lower case (« ensemble de but de hockey pliant »).
_HEADING_SHARE = 0.75  # share of a heading's longer words written with a capital
_LONG = 4  # "longer words": 4 letters or more (English titles keep small words lower case)
_NUMBER_AFTER = re.compile(r"[ \u00a0]*[-#]?\d")  # a model name (« Explorer 200 »)
# A label of a specification list (« Type : », « Action (eau douce) : »): its capital opens an
# item, whatever the English.
_LABEL_AFTER = re.compile(r"[^,;.!?:]{0,30}?[ \u00a0]*:")
# Determiners: only they may stand between a title's first significant word and the start of
# its sentence (« L'Art et la pratique du chant », « Un Homme et une femme »).
_DETERMINERS = frozenset("le la les l un une ce cet cette ces son sa ses notre votre leur nos "
                         "vos leurs".split())
# After the definite article a capital may open a name the way French writes it (« le
# Voyager », « la Force terrestre », « l'Original »), after « de » name a maker (« le couteau de
# Gerber »). An indefinite, demonstrative or possessive determiner introduces a common noun,
# one thing of a kind (« une Performance constante », « ce Kit », « votre Scanner »): English
# title case copied, not a name. (« des » is also « de les », before a name: « le bataillon
# des Chasseurs alpins ».)
_NAME_DETERMINERS = frozenset("le la les l".split())
_OF = frozenset("de d du des".split())
_HYPHENS = ("-", "‑")


def english_heading(source: str) -> bool:
    """Whether the English is written in Title Case: a title or a heading (at least two of its
    longer words after the first, nearly all with a capital), not running text where a
    capital marks a name."""
    longer = [w for w in words(source) if len(w.text) >= _LONG and not starts_sentence(
        source, w.start)]
    if len(longer) < 2:
        return False
    return sum(w.text[0].isupper() for w in longer) >= _HEADING_SHARE * len(longer)


def _common_only(word: str) -> bool:
    """A word the French lexicon knows only as a common word: no reading as a name (« Inde »,
    « Pékin » are names, whatever « inde » and « pékin » mean in lower case)."""
    from translator_gui.core.lexicon import french

    readings = french().analyses(word)
    return bool(readings) and not any(a.pos == "propn" or a.lemma[:1].isupper()
                                      for a in readings)


@cache
def _english_speller() -> object | None:
    from translator_gui.core.spelling import speller_for

    return speller_for("en")


def _common_english(lower: str) -> bool:
    """An English common word, not a name (Gerber, Coleman: a brand copied keeps its capital)."""
    from translator_gui.core.checks.untranslated import is_english_word

    if is_english_word(lower, names_too=False):
        return True
    speller = _english_speller()
    return speller is not None and bool(speller.known(lower))  # type: ignore[attr-defined]


def _adjacent(text: str, left: Word, right: Word) -> bool:
    return right.start - left.end <= 1 and text[left.end:right.start] in ("", " ", "\u00a0")


def _in_capitalized_run(source: str, english: list[Word], j: int) -> bool:
    """The English word stands in a run of capitalized words (a Title Case name inside running
    text: "the Coleman Dynasty Table"), not alone (a name: "the Voyager")."""
    word = english[j]
    if j and _adjacent(source, english[j - 1], word) and english[j - 1].text[:1].isupper() \
            and not starts_sentence(source, english[j - 1].start):
        return True
    return j + 1 < len(english) and _adjacent(source, word, english[j + 1]) and \
        english[j + 1].text[:1].isupper()


def _opens_run(source: str, english: list[Word], j: int) -> bool:
    """The first word of an English run of capitals: the first word of a name, which French
    capitalizes too (« le parti Alternative pour l'Allemagne »)."""
    return not (j and _adjacent(source, english[j - 1], english[j])
                and english[j - 1].text[:1].isupper()
                and not starts_sentence(source, english[j - 1].start))


def _after_brand(source: str, english: list[Word], j: int) -> bool:
    """The English word right after a brand (a capitalized word the English speller does not
    know): the model's name (« Kettler Flipper », « Barracuda Standard »)."""
    if not j or not _adjacent(source, english[j - 1], english[j]):
        return False
    brand = english[j - 1]
    return brand.text[:1].isupper() and not _common_english(brand.lower)


def _translated_title(source: str, english: list[Word], text: str) -> bool:
    """The English has a Title Case name inside running text with a common word the French
    does not copy: a title the draft translated ("the Coleman Dynasty Table"), whose capitals
    the translation may have kept. A run of names alone ("Bombardier Inc", "Stacy Martin")
    explains no capital on a French common word."""
    french_words = {w.lower for w in words(text)}
    for j, word in enumerate(english):
        if not word.text[:1].isupper() or starts_sentence(source, word.start):
            continue
        if word.lower not in french_words and _common_english(word.lower) and \
                _in_capitalized_run(source, english, j):
            return True
    return False


def _opens_sentence(text: str, tokens: list[Word], k: int) -> bool:
    """Only determiners stand between the word and the start of its sentence (« L'Art et la
    pratique du chant », « Le Kit de débutant »): the first significant word of a title keeps
    its capital in French too."""
    j = k - 1
    while j >= 0 and tokens[j].lower in _DETERMINERS:
        if starts_sentence(text, tokens[j].start):
            return True
        j -= 1
    return j < 0


def _translated_run(text: str, tokens: list[Word], k: int, english: set[str]) -> bool:
    """The word stands, after its first word, in a run of three or more capitalized French
    common words of which at most a third are also the English's (« la Stratégie Globale Pour
    Le Développement Durable »): a name translated with English title case, not a name kept
    whole (« Cogeco Câble »). The run does not take in a sentence's first word."""
    first = last = k
    while first and _adjacent(text, tokens[first - 1], tokens[first]) and \
            tokens[first - 1].text[:1].isupper() and \
            not starts_sentence(text, tokens[first - 1].start):
        first -= 1
    while last + 1 < len(tokens) and _adjacent(text, tokens[last], tokens[last + 1]) and \
            tokens[last + 1].text[:1].isupper():
        last += 1
    run = tokens[first:last + 1]
    if k == first or len(run) < 3 or starts_sentence(text, run[0].start) or \
            run[0].lower in _DETERMINERS:
        return False  # (« La Grosse Citrouille »: French capitals of a work's title)
    shared = sum(w.lower in english for w in run)
    return 3 * shared <= len(run) and all(is_title(w.text) and _common_only(w.text)
                                          for w in run)


def official_capitals(context: SegmentContext, text: str) -> set[int]:
    """Where the French text's words keep a capital an accepted termbase form writes the same
    way (« États Membres »): the case of the form, not only its words (« développement
    durable » protects no « Développement Durable »)."""
    from translator_gui.core.checks.text import termbase
    from translator_gui.core.termbase import ACCEPTED

    starts: set[int] = set()
    for match in termbase(context).find(text, "fr", statuses=ACCEPTED):
        written = set(re.findall(r"\w+", match.form))
        starts.update(match.start + w.start for w in words(text[match.start:match.end])
                      if w.text in written)
    return starts


def title_case_words(text: str, source: str) -> Iterator[tuple[Word, bool]]:
    """Common words of the French draft `text` with a capital English title case explains, and
    whether each is the English word itself (copied) rather than a translation."""
    if not any(c.isupper() for c in text[1:]):
        return
    tokens = words(text)
    candidates = [k for k, w in enumerate(tokens) if k and is_title(w.text)]
    if not candidates:
        return
    english = words(source)
    heading: bool | None = None
    translated: bool | None = None  # a Title Case name the French translated, asked once
    product_words = data_words("product-line-words-en.txt")
    english_lowers = {e.lower for e in english}
    # A product-line word (Pro, Max, Super) is part of a name only where the English writes it
    # so: « LEDs blanches Super brillantes » for "super-bright white LEDs" is a capital the
    # English never had.
    english_capitals = {e.lower for e in english if e.text[:1].isupper()}
    for k in candidates:
        word, previous = tokens[k], tokens[k - 1]
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if "-" in word.text or starts_sentence(text, word.start):
            continue  # a compound name (« Moyen-Orient »), a sentence or an item start
        before = text[look_back(text, word.start):word.start].rstrip(SPACES)
        if not before or not (before[-1] in ",'’" or before[-1].islower()):
            continue  # after a code, a number or a bracket: a line glued on
        if text[word.end:word.end + 1] in _HYPHENS or text[word.start - 1:word.start] in _HYPHENS:
            continue  # a compound
        if _NUMBER_AFTER.match(text, word.end) or _LABEL_AFTER.match(text, word.end):
            continue
        in_translated_run = _translated_run(text, tokens, k, english_lowers)
        if not in_translated_run and (previous.lower in _OF or (
                previous.lower in _NAME_DETERMINERS and _adjacent(text, previous, word))
                or text[word.start - 2:word.start] in ("l'", "l’")):
            continue  # « le Voyager », « de Gerber »: a name may stand there
        if in_translated_run:
            pass  # the run's capitals are the English title case's, word by word
        elif _adjacent(text, previous, word) and previous.text[:1].isupper() and not (
                starts_sentence(text, previous.start) and _common_only(previous.text)) or \
                following is not None and _adjacent(text, word, following) and \
                following.text[:1].isupper():
            continue  # inside a run of capitals: a name kept whole (« Cogeco Câble »)
        if _adjacent(text, previous, word) and text[previous.start:word.end] in source or \
                following is not None and _adjacent(text, word, following) and \
                text[word.start:following.end] in source:
            continue  # copied with its neighbour: a name kept in English (« Radio Flyer »)
        lower = word.lower
        if lower in product_words and lower in english_capitals or \
                not _common_only(word.text) or _convention(word.text) or \
                lower in _nationality_forms() or lower in _language_names():
            continue
        if _opens_sentence(text, tokens, k):
            continue
        same = [j for j, e in enumerate(english) if e.lower == lower]
        capitalized = [j for j in same if english[j].text[:1].isupper()
                       and not starts_sentence(source, english[j].start)]
        if capitalized:
            if not _common_english(lower):
                continue  # a brand copied with its capital
            if heading is None:
                heading = english_heading(source)
            if any(_after_brand(source, english, j) for j in capitalized):
                continue  # a model name after its brand (« Ebonite Impact »)
            if heading:
                yield word, True
            elif any(_in_capitalized_run(source, english, j) and not _opens_run(
                    source, english, j) for j in capitalized):
                yield word, True  # inside a Title Case name, not its first word
        elif not any(english[j].text[:1].isupper() for j in same):
            if heading is None:
                heading = english_heading(source)
            if translated is None:
                translated = heading or _translated_title(source, english, text)
            if translated:
                yield word, False  # a translation of a Title Case English


class FrenchTitleCaseCopied(Check):
    id = "fr-title-case-copied"
    name = "English title case copied into French"
    description = ("A French translation keeps the capitals of English title case on its "
                   "common words (« ensemble but Hockey pliant », « notre hamac Camping »): "
                   "French capitalizes only the first word of a title or a name. Counts where "
                   "the English is a title, or the English word stands inside a Title Case "
                   "name of running text (not first in it); a translated word's capital "
                   "counts where the English title case has no word left to explain it. "
                   "Names, brands, the words French capitalizes, model names and "
                   "product-line words the English capitalizes (Pro, Max), words after « de » "
                   "or the definite article (a maker, a name), labels and a title's first "
                   "word are left alone.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    yields_to = ("fr-english-title-case", "fr-capital-without-source")
    bad_examples = (Example("Deluxe Folding Hockey Goal Set",
                            "Ensemble but Hockey pliant de luxe", "en", "fr",
                            flags=("Hockey",)),
                    Example("Our Deluxe Camping Hammock folds into its pouch.",
                            "Notre hamac Camping de luxe se replie dans sa pochette.", "en",
                            "fr", flags=("Camping",)))
    good_examples = (Example("Explorer 200 Inflatable Boat Set",
                             "Ensemble bateau gonflable Explorer 200", "en", "fr"),
                     Example("The Art and Practice of Chant.",
                             "L'Art et la pratique du chant.", "en", "fr"),
                     Example("Speedo Junior Swim Goggle", "Lunettes de natation Junior Speedo",
                             "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        texts = french_draft_of_english(context)
        if texts is None:
            return
        text, source = texts
        flagged = list(title_case_words(text, source))
        if not flagged:
            return
        official = official_capitals(context, text)
        flagged = [(word, copied) for word, copied in flagged if word.start not in official]
        tokens = words(text)
        index = {t.start: i for i, t in enumerate(tokens)}
        reordered = _english_order_once_lower(text, [word for word, _copied in flagged])
        for word, copied in flagged:
            lower = word.lower
            why = ("the capital of the English title case" if copied
                   else "a capital no English word has")
            message = (f"« {word.text} » keeps {why}: French capitalizes only the first word "
                       f"of a title or a name (« {lower} »).")
            k = index[word.start]
            near = {t.lower for t in tokens[max(0, k - 1):k + 2] if t.start != word.start}
            if lower in near:  # « lame Lame »: lower case alone would say the word twice
                yield Finding("target", word.start, word.end, message,
                              hint=f"« {lower} », and one of the two words is one too many")
            elif word.start in reordered or len(lower) != len(word.text):
                yield Finding("target", word.start, word.end, message,
                              hint=f"« {lower} », and the nouns around it in French order")
            else:
                yield Finding("target", word.start, word.end, message, replacement=lower)


def _english_order_once_lower(text: str, flagged: list[Word]) -> set[int]:
    """Where the words, in lower case, would stand in a noun compound of English order
    (« tuyau valve », « 62 pouces golf »): their capitals hid them from that check, and lower
    case alone leaves the words to reorder. The text is read once with every flagged word in
    lower case."""
    from translator_gui.core.checks.word_order import find_compounds, find_measures_first

    lowered = list(text)
    for word in flagged:
        if len(word.lower) == len(word.text):
            lowered[word.start:word.end] = word.lower
    fixed = "".join(lowered)
    spans = [(found.start, found.end) for finder in (find_compounds, find_measures_first)
             for found in finder(fixed)]
    return {word.start for word in flagged
            if any(start < word.end and word.start < end for start, end in spans)}
