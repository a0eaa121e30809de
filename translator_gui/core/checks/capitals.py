"""Capitalization checks: a name in capitals after its normal form, French months, days and
nationality adjectives with a capital."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import Any

from translator_gui.core import lexicon
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.prefilter_words import word_spans as prefilter_words
from translator_gui.core.checks.text import (
    SPACES,
    WORD,
    Found,
    Word,
    data_rows,
    data_words,
    findings,
    french_doc,
    is_all_caps,
    is_title,
    look_back,
    starts_sentence,
    words,
)
from translator_gui.core.model import ReviewDocument


class NameInCapitals(Check):
    id = "name-in-capitals"
    name = "Name in capitals after its normal form"
    description = ("A surname written in capitals (« MA a appelé ») after the same name appeared "
                   "in normal case (« Ma Zhaoxu »): machine translation copies the English "
                   "capitals of a byline or an abbreviation. Acronyms (ONU, ANASE) are spared: "
                   "only words seen earlier as part of a name count. A draft naming what its "
                   "source names (a brand's own capitals) and an English source are left "
                   "alone.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MAJOR
    languages = ("fr", "en")
    scope = "document"
    bad_examples = (Example("Ma Zhaoxu a pris la parole. MA a appelé tous les pays à agir.",
                            "Ma Zhaoxu spoke. Ma called on all countries to act.", flags=('MA',)),)
    good_examples = (Example("Ma Zhaoxu a salué l'ANASE et l'ONU.",
                             "Ma Zhaoxu praised ASEAN and the UN."),)

    def check_document(self, document: ReviewDocument,
                       contexts: list[SegmentContext]) -> Iterable[tuple[int, Finding]]:
        function_words = data_words("french-words.tsv", "function") | _NAME_FUNCTION_WORDS
        seen: dict[str, set[str]] = {}
        for index, context in enumerate(contexts):
            for side in ("source", "target"):
                language = context.language(side)
                if language not in self.languages or (language == "en" and side == "source"
                                                      and context.text("target")):
                    continue  # an English source's capitals are its author's, not a draft's
                text = context.text(side)
                names = seen.setdefault(language, set())
                # The words and what lies between them, cut in C: the words' tuples (text.words,
                # some four times the cost) are made only for a word in capitals seen earlier
                # as a name (no text of WMT14's 6,006, 15 of WMT20 dev's 2,602); the quick
                # checks make the others' when they read them, after the document pass.
                parts = _WORDS_AND_GAPS.split(text)
                spellings = parts[1::2]
                here = [] if _headline(spellings, language) else [
                    (w, start) for w, start in _name_words(parts) if w not in function_words]
                # the cheap test first, over every word in C (compress): most words are not in
                # capitals (a long text has hundreds of thousands of words)
                capitals = [k for k in compress(count(), map(str.isupper, spellings))
                            if is_all_caps(spellings[k])]
                offsets = list(accumulate(map(len, parts))) if capitals else []
                tokens: list[Word] = []  # made when a word in capitals was a name earlier
                first_seen: dict[str, int] = {}  # where each name word first appears here
                for w, start in here:
                    first_seen.setdefault(w, start)
                opposite: set[str] | None = None  # the other side's words, read once if asked
                shouting: bool | None = None  # counted when first asked
                for k in capitals:
                    lower = spellings[k].lower()
                    if lower not in names and first_seen.get(lower, len(text)) >= offsets[2 * k]:
                        continue  # not a name seen earlier
                    if shouting is None:
                        shouting = _shouting(text)
                    if shouting:
                        break  # a heading or a telegram: no name stands out
                    tokens = tokens or words(text)
                    word = tokens[k]
                    glued = text[max(0, word.start - 1):word.start] + text[word.end:word.end + 1]
                    if (not any(c.isalnum() or c in "&/.-_" for c in glued)
                            and not _caps_neighbour(tokens, k, text, names)
                            # English never keeps a surname in capitals, even where the
                            # French source does (« MA a appelé » → "Ma called").
                            and not (side == "target" and language != "en"
                                     and word.lower in (opposite := opposite
                                                        or _opposite_words(context, side)))):
                        normal = word.text[0] + word.text[1:].lower()
                        yield index, Finding(
                            side, word.start, word.end,
                            f"« {word.text} » is written in capitals, but the name appeared "
                            f"earlier as « {normal} ».", replacement=normal)
                names.update(w for w, _start in here)


# Small words that start title-case runs without being names (« Le Monde », "At The Top").
_NAME_FUNCTION_WORDS = frozenset(
    "le la les de du des d l et en au aux un une the of and a an at in on for to by with from as "
    "is it or mr mrs ms m mme dr st saint san santa new".split())


def _shouting(text: str) -> bool:
    """Most of the text's letters are capitals (a heading, a telegram): no name stands out."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.5 * len(letters)


def _headline(spellings: list[str], language: str = "fr") -> bool:
    """A title in Title Case (« Kettler Axos Cycle P Exercise Bike ») or a short label: its
    capitals are the title's, so its words are not taken for a person's name. English
    capitalizes titles and nationalities in running text ("Chinese Vice-Minister of Foreign
    Affairs"), so it takes a larger share of capitals to make an English headline."""
    if len(spellings) < 6:
        return True  # a label or a product name, not a sentence that introduces a person
    longer = [w for w in spellings if len(w) > 3]
    share = 0.75 if language == "en" else 0.5
    return len(longer) >= 3 and sum(w[0].isupper() for w in longer) > share * len(longer)


def _opposite_words(context: SegmentContext, side: str) -> set[str]:
    """The other side's words in lower case. A name the source has too: in capitals, the target
    keeps the original's style; in normal case ("Slendertone uses…" → « SLENDERTONE
    utilise… »), the draft's capitals are a brand's own styling the translation knows (GERBER,
    INTECH), not a byline's surname copied: machine translation copies a surname's capitals
    only from a source that has them."""
    other = context.text("target" if side == "source" else "source")
    return {part for w in words(other) for part in (w.lower, *w.lower.split("-"))}


def _adjacent(text: str, left: Word, right: Word) -> bool:
    return right.start - left.end <= 1 and text[left.end:right.start] in ("", " ", "-", "\u00a0")


# A text cut at its words (text.WORD): the text before the first word, the word, what lies
# between it and the next word, the next word... and the text after the last word.
_WORDS_AND_GAPS = re.compile(f"({WORD.pattern})")
# What may lie between two words of one name (as _adjacent reads it)
_NAME_GAPS = frozenset(("", " ", "-", "\u00a0"))
_FIRST = itemgetter(0)  # a word's first letter (words are never empty)


def _name_words(parts: list[str]) -> Iterator[tuple[str, int]]:
    """Lower-cased words of runs of two or more title-case words (« Ma Zhaoxu »), with offsets;
    `parts`: the text cut at its words (_WORDS_AND_GAPS), word k at 2k + 1."""
    spellings = parts[1::2]
    # The words opening with a capital (found in C: most do not), then those in title case
    # (only they can be: each worked out once, not again as its neighbours' neighbour)
    titled = {k for k in compress(count(), map(str.isupper, map(_FIRST, spellings)))
              if is_title(spellings[k].split("-")[0])}
    offsets: list[int] = []  # where each part ends, worked out for a text with a name
    for k in sorted(titled) if len(titled) > 1 else ():  # (a run is two words at least)
        before = k - 1 in titled and parts[2 * k] in _NAME_GAPS
        after = k + 1 in titled and parts[2 * k + 2] in _NAME_GAPS
        if before or after:
            offsets = offsets or list(accumulate(map(len, parts)))
            yield spellings[k].lower(), offsets[2 * k]


def _caps_neighbour(tokens: list[Word], k: int, text: str, names: set[str]) -> bool:
    """True for « Jean DUPONT » (the administrative style) or a run of capitals (a heading).

    A capitalized neighbour counts as a first name when it is a known name word or stands
    mid-sentence (« Selon WANG » starts a sentence; « Jean DUPONT » names a person).
    """
    for n in (k - 1, k + 1):
        if 0 <= n < len(tokens):
            left, right = (tokens[n], tokens[k]) if n < k else (tokens[k], tokens[n])
            neighbour = tokens[n]
            if not _adjacent(text, left, right):
                continue
            if is_all_caps(neighbour.text):
                return True
            if is_title(neighbour.text) and (neighbour.lower in names
                                             or not starts_sentence(text, neighbour.start)):
                return True
    return False


_DATE_BEFORE = re.compile(r"(?:\b\d{1,2}(?:er)?|\b1\s*er|premier|\ben|début|fin|mi-|courant|"
                          r"depuis|au\s+mois\s+d(?:e|['’])|jusqu'en)[\s\u00a0]*$", re.IGNORECASE)


def _capital_at_one(text: str, lowered: str, names: Iterable[str]) -> bool:
    """Whether a capital opens one of the `names` (lower case) where `lowered`, the text in
    lower case and as long (each letter at its place), holds it: what a capitalized month or
    day needs (737 of WMT14's 3,003 sources hold a name's letters, 17 one with a capital; the
    others' words were made and read for nothing)."""
    for name in names:
        at = lowered.find(name)
        while at >= 0:
            if text[at].isupper():
                return True
            at = lowered.find(name, at + 1)
    return False


class FrenchCapitalizedDate(Check):
    id = "fr-capitalized-month-day"
    name = "Capitalized month or day (French)"
    description = ("Month and day names take lower case in French running text (« le 12 mai », "
                   "« lundi »). Spared: sentence starts, holidays (« le 14 Juillet »), names "
                   "(« Journal du Dimanche », « Mai 68 », « place du 4-Septembre »).")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("L'atelier s'est ouvert le 12 Mai et a fermé Lundi.",
                            "The workshop opened on 12 May and closed on Monday.",
                            flags=('Mai', 'Lundi')),)
    good_examples = (Example("Lundi, le défilé du 14 Juillet a été annulé, selon le Journal du "
                             "Dimanche.", "On Monday the Bastille Day parade was cancelled."),
                     Example("Mai 68 reste dans les mémoires ; la sonde est arrivée sur Mars.",
                             "May 68 is remembered; the probe reached Mars."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[Found]:
        months = data_words("dates-fr.tsv", "month")
        days = data_words("dates-fr.tsv", "day")
        holidays = data_words("dates-fr.tsv", "holiday")
        title_before = data_words("dates-fr.tsv", "title-before")
        title_after = data_words("dates-fr.tsv", "title-after")
        calendar = months | days
        lowered = text.lower()
        if not any(name in lowered for name in calendar):
            return  # (most texts: no month or day named, in any case)
        if len(lowered) == len(text) and not _capital_at_one(text, lowered, calendar):
            return  # (nearly all the others: « mai » in « maintenant », or a name in lower case)
        tokens = words(text)
        for k, word in enumerate(tokens):
            lower = word.lower
            if not is_title(word.text) or lower not in calendar:
                continue
            if starts_sentence(text, word.start):
                continue
            before_text = text[max(0, word.start - 30) : word.start]
            after_text = text[word.end : word.end + 20]
            previous = [t for t in tokens[max(0, k - 3) : k]
                        if t.lower not in {"du", "de", "des", "d", "le", "la", "l"}]
            if previous and is_title(previous[-1].text) and not starts_sentence(
                    text, previous[-1].start):
                continue  # part of a title: Journal du Dimanche
            if any(t.lower in title_before for t in tokens[max(0, k - 3) : k]):
                continue  # place du 4-Septembre, révolution d'Octobre
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following and _adjacent(text, word, following) and (
                    following.text in title_after or following.lower in title_after
                    or following.text[0].isupper()):
                continue
            if lower in months:
                date_before = _DATE_BEFORE.search(before_text)
                year_after = re.match(r"[\s\u00a0]+\d{4}\b", after_text)
                if re.match(r"[\s\u00a0]+\d{2}\b(?!\d)", after_text):
                    continue  # Mai 68: an event's name
                if not (date_before or year_after):
                    continue  # Avril, Juin: first names and surnames
                day = re.search(r"(\d{1,2}|1\s*er)[\s\u00a0]*$", before_text)
                if day and f"{day.group(1).replace(' ', '')} {lower}" in holidays:
                    continue
            yield Found(word.start, word.end,
                        f"Month and day names take lower case in French: « {lower} ».",
                        replacement=lower)


_PRENOMINAL = frozenset("jeunes vieux nombreux autres petits grands premiers derniers "
                        "anciens nouveaux simples pauvres riches bons".split())


@cache
def _nationality_forms() -> frozenset[str]:
    return frozenset(form.lower() for row in data_rows("nationalities-fr.tsv") for form in row)


class FrenchCapitalizedNationality(Check):
    id = "fr-capitalized-nationality-adjective"
    name = "Capitalized nationality adjective (French)"
    description = ("Nationality adjectives take lower case in French (« les experts chinois »); "
                   "only the nouns for the people take a capital (« les Chinois »). Reads the "
                   "word before: a common noun makes the nationality an adjective.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Les experts Chinois ont participé.", "Chinese experts took part.",
                            flags=('Chinois',)),)
    good_examples = (Example("Les Chinois et les jeunes Français ont participé avec des experts "
                             "chinois.", "The Chinese and young French people took part with "
                             "Chinese experts."),)

    needs_parse = True

    def wants_parse(self, text: str) -> bool:
        return _nationality_after_word(text)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str,
              context: SegmentContext | None = None) -> Iterator[Found]:
        forms = _nationality_forms()
        candidates = [w for w in words(text) if is_title(w.text) and w.lower in forms
                      and not starts_sentence(text, w.start)]
        if not candidates:
            return
        doc = french_doc(text, context)
        if doc is None:
            return  # the word class of the word before needs the model
        by_start = {t.idx: t for t in doc}
        for word in candidates:
            token = by_start.get(word.start)
            if token is None or token.i == 0:
                continue
            previous = doc[token.i - 1]
            if (previous.pos_ == "NOUN" and previous.text.islower() and previous.is_alpha
                    and previous.idx + len(previous.text) + 1 >= word.start
                    and previous.text not in _PRENOMINAL and len(previous.text) > 2):
                yield Found(word.start, word.end,
                            f"« {word.text} » is an adjective here (after « {previous.text} »); "
                            "French nationality adjectives take lower case.",
                            replacement=word.lower)


# The letters right before a word, past one character at most (the check's word before ends
# there: a spaCy token of letters that ends one character or less before the word).
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+\W?$")
_GRAMMATICAL = frozenset({"det", "pron", "prep", "conj", "other"})


@lru_cache(maxsize=16384)
def _nationality_after_word(text: str) -> bool:
    """Whether a capitalized nationality inside a sentence follows, glued or past one
    character, a lower-case word of three letters or more that may be a noun (not only a
    grammatical word, nor one of the adjectives placed before a noun): only there does the
    check, reading the word before's part of speech, flag one. (Asked twice per text in a
    document run.)"""
    forms = _nationality_forms()
    # (first through the words the other parse prefilters have cut already: the same words
    # where a nationality can be, and most texts name none)
    if not any(word[:1].isupper() and word.lower() in forms for word, _start, _end in
               prefilter_words(text)):
        return False
    for w in words(text):
        if not (is_title(w.text) and w.lower in forms) or starts_sentence(text, w.start):
            continue
        before = _LETTERS_BEFORE.search(text, max(0, w.start - 40), w.start)
        if before is None:
            continue
        previous = before.group()
        previous = previous if previous[-1].isalpha() else previous[:-1]
        if len(previous) > 2 and previous.islower() and previous not in _PRENOMINAL and not (
                (readings := lexicon.french().analyses(previous))
                and all(a.pos in _GRAMMATICAL for a in readings)):
            return True
    return False


# Words whose readings in the lexicon make them verbs, adjectives or adverbs, never nouns or
# names: a capital on one inside a French sentence is the English title case carried over.
_NOT_NAMES = frozenset({"verb", "inf", "ppas", "ppre", "adj", "adv"})
_DETERMINERS = frozenset("le la les l du des au aux un une ce cet cette ces son sa ses".split())
# (a tuple: the empty string after a text's last word is in every string)
_HYPHENS = ("-", "‑")


@cache
def _language_names() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("languages-fr.tsv") if row)


# A one-word label of a specification list (« 10 po Comprend : »): its capital opens an item.
_COLON_AFTER = re.compile(r"[ \u00a0\u202f]*:")


class FrenchEnglishTitleCase(Check):
    id = "fr-english-title-case"
    name = "English title case carried into French"
    description = ("A French translation of English keeps the English capitals: a verb, an "
                   "adjective or an adverb capitalized inside a sentence (« Ensuite, Mesurez », "
                   "« livré Assemblé », « Organisation Mondiale »), a language after « en » "
                   "(« en Anglais »). French capitalizes only the first word of a name; the "
                   "termbase's official forms (« Nations Unies ») are respected, and words copied "
                   "from the English (names, brands) are left alone.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Then, Open the box and Remove the film Carefully.",
                            "Ensuite, Ouvrez la boîte et retirez le film Soigneusement.", "en",
                            "fr", flags=("Ouvrez", "Soigneusement")),
                    Example("The guide is also available in English.",
                            "Le guide existe aussi en Anglais.", "en", "fr",
                            flags=("Anglais",)))
    good_examples = (Example("The United Nations and the Swiss Army praised the English.",
                             "Les Nations Unies et l'Armée suisse ont salué les Anglais.",
                             "en", "fr"),
                     Example("Then, open the box: Remove the film. Super Bowl tickets.",
                             "Ensuite, ouvrez la boîte : Retirez le film. Billets du Super Bowl.",
                             "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        texts = french_draft_of_english(context)
        if texts is None:
            return
        text, source = texts
        from translator_gui.core.checks.text import termbase
        from translator_gui.core.lexicon import french
        from translator_gui.core.termbase import ACCEPTED

        official = [(m.start, m.end) for m in termbase(context).find(text, "fr",
                                                                      statuses=ACCEPTED)]
        english = {w.lower for w in words(source)}
        languages = _language_names()
        tokens = words(text)
        for k, word in enumerate(tokens):
            if not is_title(word.text) or starts_sentence(text, word.start):
                continue
            if text[word.end:word.end + 1] in _HYPHENS or \
                    text[word.start - 1:word.start] in _HYPHENS:
                continue  # a compound (« Moyen-Orient »)
            if _COLON_AFTER.match(text, word.end):
                continue  # a label opening an item of a list (« 10 po Comprend : »)
            previous = tokens[k - 1] if k else None
            before = text[look_back(text, word.start):word.start].rstrip(SPACES)
            if not before or not (before[-1] == "," or before[-1].islower()):
                continue  # after a code, a number or a brace: a new line glued on, not a sentence
            if previous is not None and previous.lower == "en" and word.lower in languages \
                    and _adjacent(text, previous, word):
                yield Finding("target", word.start, word.end,
                              f"Language names take lower case in French: « en {word.lower} ».",
                              replacement=word.lower)
                continue
            if previous is not None and previous.lower in _DETERMINERS and \
                    _adjacent(text, previous, word) or text[word.start - 2:word.start] in (
                    "l'", "l’"):
                continue  # an adjective made a name (« le Pacifique », « le Grand Nord »)
            if word.lower in english or any(s <= word.start < e for s, e in official):
                continue  # a name or a brand copied from the English, or an official form
            readings = french().analyses(word.text)
            if not readings or any(a.lemma[:1].isupper() for a in readings):
                continue  # unknown, or a proper name the lexicon knows
            if not {a.pos for a in readings} <= _NOT_NAMES and not (
                    previous is not None and _title_case_name(text, previous, word, readings)):
                continue  # a noun may start a name (« la Banque »)
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is not None and _adjacent(text, word, following) and \
                    following.text[:1].isupper() and following.lower in english:
                continue  # the first word of a copied name or title (« Super Bowl »)
            yield Finding("target", word.start, word.end,
                          f"« {word.text} » keeps the English capital: French writes "
                          f"« {word.lower} » inside a sentence.", replacement=word.lower)


def french_draft_of_english(context: SegmentContext) -> tuple[str, str] | None:
    """(French draft, English source) when the segment is a French translation of English with
    both texts: English capitals carried over exist only there."""
    if context.source_language != "en" or context.target_language != "fr":
        return None
    text, source = context.text("target"), context.text("source")
    return (text, source) if text and source else None


def _title_case_name(text: str, previous: Word, word: Word, readings: tuple[Any, ...]) -> bool:
    """An adjective capitalized after the capitalized common noun that opens a name: English
    title case in a French institution name (« Organisation Mondiale », « Union Européenne »),
    where only the first word takes a capital. Place names are the other way round (« la mer
    Rouge »): after a generic word of place the capital is right."""
    if not any(a.pos == "adj" for a in readings) or not _adjacent(text, previous, word):
        return False
    if not is_title(previous.text) or previous.lower in data_words("place-generics-fr.tsv"):
        return False
    from translator_gui.core.lexicon import french

    before = french().analyses(previous.text)
    return bool(before) and any(a.pos == "noun" for a in before) and not any(
        a.lemma[:1].isupper() for a in before)


# A full stop after a word, one space, then a lower-case word: the draft starts a sentence
# without its capital (« … sans plomb. la tête plate … »). Numbered lists (« 12. ») and
# abbreviations (« 3 po. de long », « etc. ») go on in lower case and are spared.
_LOWER_START = re.compile(r"(?<![\w.'’-])([^\W\d_]{3,})\.[ \u00a0]([^\W\d_][\w'’-]*)")


class FrenchLowercaseSentenceStart(Check):
    id = "fr-lowercase-sentence-start"
    name = "Sentence starting in lower case (French draft)"
    description = ("A sentence of the French draft starts with a lower-case letter after the "
                   "full stop that ends the one before (« … sans plomb. la tête plate … »). "
                   "Abbreviations (« etc. », « 3 po. de long »), numbered lists and names "
                   "written in lower case (« iPhone ») are spared.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("The lid is sealed. Its handle folds away.",
                            "Le couvercle est étanche. sa poignée se replie.", "en", "fr",
                            flags=("sa",)),)
    good_examples = (Example("Pears, apples, etc. and plums. It is 3 in. long.",
                             "Poires, pommes, etc. et prunes. Il mesure 3 po. de long.",
                             "en", "fr"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        # The draft's sentences are the translator's to deliver, not the source's.
        if context.target_language != "fr":
            return
        text = context.text("target")
        for start, end, word in _lowercase_starts(text):
            capital = word[0].upper() + word[1:]
            yield Finding("target", start, end,
                          f"« {word} » starts a sentence: it takes a capital (« {capital} »).",
                          replacement=capital)


def _lowercase_starts(text: str) -> Iterator[tuple[int, int, str]]:
    if ". " not in text and ".\u00a0" not in text:
        return
    from translator_gui.core.lexicon import french

    abbreviations = data_words("abbreviations-fr.tsv")
    for match in _LOWER_START.finditer(text):
        before, word = match.group(1), match.group(2)
        if not word[0].islower() or any(c.isupper() for c in word[1:]):
            continue  # a capital already, or a name written in lower case (« iPhone »)
        if before.lower() in abbreviations or before.isupper():
            continue  # « etc. », « po. », an acronym (« CIRC. »)
        readings = french().analyses(word)
        if not readings or any(a.lemma[:1].isupper() for a in readings):
            continue  # not a French word, or a name
        yield match.start(2), match.end(2), word
