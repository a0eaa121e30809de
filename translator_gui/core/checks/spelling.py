"""The spelling check: words that no dictionary, word list or termbase of the project knows.

A reviewer's spell checker must not cry wolf on what a bilingual text is full of: names and
tokens written the same on both sides, numbers, codes, URLs, e-mail addresses, acronyms, terms
of the termbase or glossaries, and words quoted from the other language. Those are never
flagged; what is left is looked up in the side's Hunspell dictionary (core/spelling.py).
"""

from __future__ import annotations

import operator
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import DamerauLevenshtein

from translator_gui.core import built
from translator_gui.core import termbase as termbase_module
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity, register
from translator_gui.core.checks.text import data_rows, look_back, termbase
from translator_gui.core.resources import resource
from translator_gui.core.spelling import (
    Speller,
    dictionary_choices,
    speller_for,
    user_words,
    word_key,
)
from translator_gui.core.termbase import Termbase, TermEntry
from translator_gui.core.text import fold

# A run of non-space characters: a word lies inside one. (_CHUNK and _NOT_PROSE define which
# runs are no prose; the words are read from the whole text, _not_prose_runs, held to them.)
_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-‑][^\W\d_]+)*")
# Chunks that are not prose: URLs, e-mail addresses, paths, codes, numbers, handles, markup.
_NOT_PROSE = re.compile(
    r"""(?xi)
    ://|^www\.|@|[\\/_=<>{}|~^$%#*+\[\]]      # URLs, e-mails, paths, code, markup
    | \d                                        # numbers, codes (A4, COVID-19, 2e, 1st)
    | [^\W\d_]\.[^\W\d_]                        # e.g., U.S., example.com
    """)
_SPACE = re.compile(r"\s")
# Character references of markup (&nbsp; &amp; &#233; &#x2019;): markup, never words to correct.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});?")
_ELISION = re.compile(r"(?i)^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\w)")
_SENTENCE_END = tuple(".!?:;…«“\"'‘(–—-•*")


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, list[tuple[re.Pattern[str], list[str]]]]:
    """language -> (pattern, replacements) of resources/spelling/equivalents.tsv."""
    table: dict[str, list[tuple[re.Pattern[str], list[str]]]] = {}
    text = resource("spelling", "equivalents.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, pattern, replacements = (line.split("\t") + ["", ""])[:3]
        table.setdefault(language, []).append((re.compile(pattern), replacements.split("|")))
    return table


def _rewritten(word: str, language: str) -> Iterator[str]:
    for pattern, replacements in _equivalents().get(language, ()):
        if pattern.search(word):
            for replacement in replacements:
                yield pattern.sub(replacement, word)


_fold = lru_cache(maxsize=65536)(fold)


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _has_inner_capital(word: str) -> bool:
    """iPhone, McDonald, eBay, PhD: brand and name shapes no dictionary is asked about."""
    rest = word[1:]
    return bool(rest) and rest != rest.lower() and not word.isupper()


_JOINER = re.compile(r"['’\-‑]")


def _fold_words(text: str) -> set[str]:
    spellings = _WORD.findall(text)
    words = set(map(_fold, spellings))
    for word in spellings:
        # (a word of letters alone, most, holds no joiner: its parts are not looked for)
        if not word.isalpha() and _JOINER.search(word):
            words.update(_fold(part) for part in _JOINER.split(word))
    return words


def _starts_sentence(text: str, start: int) -> bool:
    before = text[look_back(text, start):start].rstrip()
    return not before or before.endswith(_SENTENCE_END)


class Words:
    """Several sets of folded words looked into as one, without copying them; `text` adds the
    words of a text, folded only when first asked (most segments never need it)."""

    def __init__(self, *sets: AbstractSet[str], text: str | None = None) -> None:
        self._sets: tuple[AbstractSet[str], ...] = sets
        self._text = text

    def __contains__(self, word: object) -> bool:
        self._read()
        return any(word in s for s in self._sets)

    def any(self, wanted: Callable[[str], bool]) -> bool:
        """Whether one of the words is `wanted` (a scan: for the rare word that needs one)."""
        self._read()
        return any(wanted(word) for s in self._sets for word in s)

    def _read(self) -> None:
        if self._text is not None:
            self._sets += (_fold_words(self._text),)
            self._text = None


_NO_WORDS = Words()
# Per termbase object (weakly held, so a dropped termbase frees its words) and its size.
_TERM_WORDS: weakref.WeakKeyDictionary[Termbase, dict[tuple[int, str], frozenset[str]]] = (
    weakref.WeakKeyDictionary())
_TERM_WORDS_LOCK = threading.Lock()


def _term_words(terms: Termbase, language: str) -> frozenset[str]:
    """Every word of every form of the termbase and glossaries in a language, folded."""
    key = (len(terms.entries), language)
    with _TERM_WORDS_LOCK:
        words = _TERM_WORDS.setdefault(terms, {}).get(key)
    if words is None:
        bundled = termbase_module.bundled_termbase().entries
        if bundled and terms.entries[:len(bundled)] == bundled and all(
                map(operator.is_, terms.entries, bundled)):
            # The bundled termbase's words as prepared at install, and the glossaries' own.
            words = _bundled_term_words(language) | _scanned_words(
                terms.entries[len(bundled):], language)
        else:
            words = frozenset(_scanned_words(terms.entries, language))
        with _TERM_WORDS_LOCK:
            per_termbase = _TERM_WORDS.setdefault(terms, {})
            for stale in [k for k in per_termbase if k[0] != key[0]]:
                del per_termbase[stale]  # words of an older size of this termbase
            per_termbase[key] = words
    return words


# Word tables of the project's own checks that list forms of a language: words the tool itself
# knows as right (« kenyans », « ouïghoure ») are no misspellings, whatever Hunspell lacks.
_OWN_WORD_TABLES = {"fr": ("nationalities-fr.tsv",)}


@lru_cache(maxsize=4)
def _own_words(language: str) -> frozenset[str]:
    """The folded words of the project's word tables in a language."""
    return frozenset(_fold(word) for name in _OWN_WORD_TABLES.get(language, ())
                     for row in data_rows(name) for cell in row for word in cell.split())


def _scanned_words(entries: Iterable[TermEntry], language: str) -> set[str]:
    # One scan over every form, a line each (no word runs across a line end).
    return _fold_words("\n".join(
        form for entry in entries
        for form in entry.accepted(language) + entry.deprecated.get(language, [])))


@lru_cache(maxsize=8)
def _bundled_term_words(language: str) -> frozenset[str]:
    return frozenset(built.prepared(_TERM_WORDS_TABLE).get(language, ()))


def _term_word_sources() -> list[bytes]:
    return [*termbase_module.bundled_sources(), Path(__file__).read_bytes()]


def _make_term_words() -> dict[str, list[str]]:
    """The folded words of the bundled termbase, per language."""
    terms = termbase_module.bundled_termbase()
    return {language: sorted(_scanned_words(terms.entries, language))
            for language in sorted(terms._index)}


_TERM_WORDS_TABLE = built.register(built.Table("term-words", _term_word_sources,
                                               _make_term_words))


def misspelt_words(text: str, speller: Speller, skip: Words = _NO_WORDS,
                   other_words: Words = _NO_WORDS,
                   other_speller: Speller | None = None, language: str = "",
                   variants: Iterable[Speller] = ()) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word of `text` the speller does not know, after the exclusions.

    `skip` holds folded words never to flag (termbase, word lists); `other_words` the folded
    words of the other side (names and tokens found on both sides are not flagged);
    `other_speller` lets a word of the other language pass (quoted, or left untranslated: that
    is the untranslated checks' business, not a misspelling). A word another dictionary of the
    language knows (`variants`: en_US beside en_GB) is left out.
    """
    variants = tuple(variants)
    # Each word of the text asked once (most texts hold none the dictionary lacks: done), but
    # those whose answer could not change what is flagged
    words = set(_WORD.findall(text))
    fresh = speller.unasked(words)
    if fresh:
        needless = _answer_not_needed(text, fresh, speller, language)
        words -= needless
        fresh -= needless
    unknown = speller.unknown(words, fresh)
    if not unknown:
        return
    markup = [m.span() for m in _ENTITY.finditer(text)] if "&" in text else []
    # The words of the whole text in one pass (a word never holds a space, so each lies in one
    # run of non-space characters), less those of the runs that are no prose.
    not_prose = _not_prose_runs(text)
    run = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word not in unknown:
            continue  # (nearly every word: _check_word would say so first)
        start = match.start()
        if not_prose:
            while run < len(not_prose) and not_prose[run][1] <= start:
                run += 1
            if run < len(not_prose) and not_prose[run][0] <= start:
                continue
        if markup and any(s <= start < e for s, e in markup):
            continue  # the name of a character reference (&nbsp;), not a word
        if word[:1].isupper() and word.isalpha() and not _starts_sentence(text, start):
            continue  # a name: what _check_word says of such a word, whatever it asks before
        for found in _check_word(text, start, word, speller, skip, other_words,
                                 other_speller, language):
            if not any(_known(found[2], v, language) for v in variants):
                yield found


def _answer_not_needed(text: str, words: set[str], speller: Speller, language: str
                       ) -> set[str]:
    """Words of a text the dictionary was never asked about whose answer could not change
    what misspelt_words flags: a capitalized word of letters alone none of whose places opens
    a sentence (_check_word takes it for a name wherever the dictionary lacks it), and in
    French an elided word (« d'acheter ») whose word after the elision is known at hand
    (_check_word judges that word when the dictionary lacks the whole). libhunspell looks a
    French word up in 20-50 µs: on WMT14 the names and elided words were some 3,500 of the
    11,500 words it was asked about (the table of accepted words answers none of them)."""
    found = set()
    for word in words:
        if word[:1].isupper() and word.isalpha():
            # (every place of the letters, a place of the word or not: none opens a sentence)
            at = text.find(word)
            while at >= 0 and not _starts_sentence(text, at):
                at = text.find(word, at + 1)
            if at < 0:
                found.add(word)
        elif language == "fr":
            elided = _ELISION.match(word)
            if elided and speller.known_at_hand(word[elided.end():]):
                found.add(word)
    return found


# A character every match of _NOT_PROSE holds (« :// », « www. », « @ », the markup and code
# signs, a digit, the full stop of « e.g. »): a run of non-space characters without one is prose.
_NOT_PROSE_SIGN = re.compile(r"[:.@\\/_=<>{}|~^$%#*+\[\]\d]")


def _not_prose_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of non-space characters (_CHUNK) that _NOT_PROSE finds no prose,
    in order: only the runs holding one of its signs (_NOT_PROSE_SIGN, found over the whole
    text) are searched, each once."""
    runs: list[tuple[int, int]] = []
    searched = 0  # the end of the last run searched
    for match in _NOT_PROSE_SIGN.finditer(text):
        at = match.start()
        if at < searched:
            continue  # (that run is known)
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, at)
        searched = space.start() if space else len(text)
        if _NOT_PROSE.search(text[start:searched]):
            runs.append((start, searched))
    return runs


def _check_word(text: str, start: int, word: str, speller: Speller, skip: Words,
                other_words: Words, other_speller: Speller | None,
                language: str) -> Iterator[tuple[int, int, str]]:
    if speller.known(word):
        return
    elided = _ELISION.match(word) if language == "fr" else None
    if elided and not speller.known(word):
        # « l'Europe », « d'Obama »: judge the word after the elided article on its own.
        yield from _check_word(text, start + elided.end(), word[elided.end():], speller, skip,
                               other_words, other_speller, language)
        return
    if len(word) < 2 or _is_acronym(word) or _has_inner_capital(word.replace("’", "'")):
        return
    folded = _fold(word)
    if folded in skip or folded in other_words or word_key(word) in skip:
        return
    if _known(word, speller, language, text, start + len(word)):
        return
    if other_speller is not None and len(word) > 2 and _known(word, other_speller, ""):
        return  # a word of the other language (quoted, or left untranslated: another check's)
    for form in _rewritten(word, language):
        if form and (_known(form, speller, language) or _fold(form) in other_words
                     or _fold(form) in skip or _capitalized_name(text, start, form)):
            return
    parts = re.split(r"[\-‑]", word)
    if len(parts) > 1:
        # A compound the dictionary lacks whose parts are words is fine (« anti-corruption »);
        # otherwise flag the parts that are not.
        offset = start
        for number, part in enumerate(parts):
            if number < len(parts) - 1 and _combining_form(part):
                offset += len(part) + 1
                continue  # « médico-administratif », "robo-dogs": a combining form
            if part and not (_known(part, speller, language) or _fold(part) in skip
                             or _fold(part) in other_words or _is_acronym(part)
                             or _has_inner_capital(part)):
                if not _capitalized_name(text, offset, part):
                    yield offset, offset + len(part), part
            offset += len(part) + 1
        return
    if _capitalized_name(text, start, word):
        return
    if word[:1].isupper() and _spelt_by_the_other_convention(folded, other_words):
        return  # « Mouammar » for "Muammar" opening the sentence: the name, transliterated
    if word.isascii() and word.islower() and len(word) <= 4 and not any(c in _VOWELS for c in word):
        return  # « bpj », "kWh": a unit or an abbreviation, no word has no vowel
    yield start, start + len(word), word


_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")


def _spelt_by_the_other_convention(folded: str, other_words: Words) -> bool:
    """Whether a word of the other side is the same name in that language's transliteration
    (resources/checks/name-transliteration.tsv: Mouammar / Muammar, Kadhafi / Gaddafi)."""
    from translator_gui.core.checks.names import transliterated

    key = transliterated(folded)
    return other_words.any(lambda other: abs(len(other) - len(folded)) <= 3
                           and transliterated(other) == key)


def _combining_form(part: str) -> bool:
    """The first part of a compound built on a combining form ending in -o (médico-, pédo-,
    socio-, franco-, robo-): no dictionary lists these on their own."""
    return len(part) >= 3 and part.islower() and part.endswith("o")


def _known(word: str, speller: Speller, language: str, text: str = "", end: int = -1) -> bool:
    if speller.known(word):
        return True
    if word[:1].isupper() and speller.known(word.lower()):
        return True  # « Possible » at a sentence's start, or Title Case
    if "’" in word and speller.known(word.replace("’", "'")):
        return True
    # An abbreviation the dictionary lists with its full stop (etc., cf., Mr.).
    return 0 <= end < len(text) and text[end] == "." and speller.known(word + ".")


def _capitalized_name(text: str, start: int, word: str) -> bool:
    """A capitalized word inside a sentence is taken for a name no dictionary has to know."""
    return word[:1].isupper() and not _starts_sentence(text, start)


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def ranked(word: str, suggestions: list[str]) -> list[str]:
    """Hunspell's suggestions, nearest first; among equally near ones, those that only add
    letters or swap two (the commonest typos: a letter left out, two letters swapped) first,
    then Hunspell's order ("gouvernment" → « gouvernement » before « gouvernent »)."""
    folded = word.casefold()

    def key(item: tuple[int, str]) -> tuple[int, bool, bool, int]:
        rank, suggestion = item
        other = suggestion.casefold()
        typo = _is_subsequence(folded, other) or sorted(folded) == sorted(other)
        # A split into two words ("co lour", "co-lour") is rarely what was meant.
        split = " " in other or other.count("-") > folded.count("-")
        return (DamerauLevenshtein.distance(folded, other), split, not typo, rank)

    return [s for _rank, s in sorted(enumerate(suggestions), key=key)]


def _close(word: str, suggestion: str) -> bool:
    if not all(c.isalpha() or c in "'’- " for c in suggestion):
        return False
    return DamerauLevenshtein.distance(word.casefold(), suggestion.casefold()) <= 2


def _case_like(model: str, word: str) -> str:
    if model[:1].isupper() and not word[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@register
class Spelling(Check):
    id = "spelling"
    name = "Spelling"
    description = ("A word the side's Hunspell dictionary does not know (fr_FR; en_GB or en_US "
                   "per project), unless it is in the termbase, a glossary, the project or user "
                   "dictionary, or written the same on both sides (names, codes). Until a "
                   "project chooses its English dictionary, British and American spellings both "
                   "pass; once it has, the other variant's spellings are flagged.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    bad_examples = (
        Example("Il est possible de recevoir le rapport.", "It is possiblly too late to recieve it.",
                flags=('possiblly', 'recieve')),
        Example("The government adopted the report.", "Le gouvernment a adopté le rapport.",
                "en", "fr", flags=('gouvernment',)),
    )
    good_examples = (
        Example("M. Zuckerberg a rencontré l'OCDE à Bruxelles le 3 mai.",
                "Mr Zuckerberg met the OECD in Brussels on 3 May."),
        Example("Écrivez à info@example.org ou voyez https://example.org/a_b.",
                "Write to info@example.org or see https://example.org/a_b."),
        Example("La couleur du drapeau.", "The color of the flag."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        settings = context.document.checks if context.document else None
        dictionaries = settings.dictionaries if settings else {}
        skip_words: set[str] = set()
        if settings:
            skip_words = {fold(w) for w in (*settings.words, *settings.ignored_words)}
        skip_words |= {_fold(w) for w in user_words().words}
        terms = termbase(context)
        for side in ("source", "target"):
            text = context.text(side)
            language = context.language(side)
            if not text.strip():
                continue
            speller = speller_for(language, dictionaries)
            if speller is None:
                continue
            # Until the project chooses (en_GB or en_US), a spelling of the language's other
            # dictionary ("color" beside en_GB's "colour") is a variant, not a misspelling.
            chosen = bool(settings and settings.dictionaries.get(language))
            variants = [] if chosen else [
                v for v in (speller_for(language, {language: locale})
                            for locale in dictionary_choices(language)
                            if locale != speller.locale) if v is not None]
            other = "target" if side == "source" else "source"
            other_language = context.language(other)
            other_speller = (speller_for(other_language, dictionaries)
                             if other_language != language else None)
            skip = Words(skip_words, _term_words(terms, language), _own_words(language))
            for start, end, word in misspelt_words(text, speller, skip,
                                                   Words(text=context.text(other)),
                                                   other_speller, language, variants):
                found = self._finding(side, start, end, word, speller)
                if found.replacement and language == "fr" and _breaks_agreement(
                        text, start, end, found.replacement):
                    found = replace(found, replacement=None, hint=found.hint or (
                        f"Suggestion: {found.replacement} (it would not agree with the words "
                        "around it)"))
                yield found

    def _finding(self, side: str, start: int, end: int, word: str, speller: Speller) -> Finding:
        # The dictionary's words a typo away (Hunspell's own, slower search is the menu's)
        suggestions = [_case_like(word, s) for s in ranked(word, speller.close_words(word))]
        # The best suggestion is applied only when it is a plain word a typo away (Hunspell's
        # far guesses, "bpj" → "BPO₄", stay suggestions for a person to weigh).
        best = suggestions[0] if suggestions else None
        replacement = best if best and _close(word, best) else None
        hint = ("Suggestions: " + ", ".join(suggestions)) if (
            len(suggestions) > 1 or (best and replacement is None)) else None
        if replacement is None and hint is None:
            hint = "The dictionary has no word a typo away: check the spelling."
        message = f"« {word} » is not in the {speller.locale} dictionary."
        if replacement:
            message += f" Did you mean « {replacement} »?"
        return Finding(side, start, end, message, replacement=replacement, hint=hint)


def _breaks_agreement(text: str, start: int, end: int, replacement: str) -> bool:
    """Whether the French noun-phrase agreement check (lexicon) flags the replaced word once
    the replacement is in (« d'origine ouïghoure » → « ouïghours »: the dictionary lacks the
    feminine and offers a plural): such a replacement is a suggestion, not a fix."""
    from translator_gui.core.checks.agreement_lexicon import find_cached

    fixed = text[:start] + replacement + text[end:]
    stop = start + len(replacement)
    return any(f.start < stop and f.end > start for f in find_cached(fixed))
