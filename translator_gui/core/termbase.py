"""The termbase: approved fr↔en terms, their variants and deprecated forms, found fast in a text.

Entries come from the bundled UN/international-affairs termbase and from the translator's own
glossaries (CSV/TSV with source,target columns, or TBX); a glossary's entries take precedence.
Terms are indexed by normalized token sequences (casefolded, accent-insensitive, apostrophes
unified, light plural folding), so finding every term of a segment costs O(tokens), not O(terms).
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from translator_gui.core import built
from translator_gui.core.model import InputError
from translator_gui.core.resources import resource
from translator_gui.core.text import fold

log = logging.getLogger(__name__)

APPROVED = "approved"
VARIANT = "variant"
DEPRECATED = "deprecated"
ACCEPTED = (APPROVED, VARIANT)

BUNDLED_FOLDER = "termbase"
# The main file first; the other domain files of the folder follow in name order.
BUNDLED_MAIN = "un-fr-en.csv"

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_IZ = re.compile(r"iz(?=[aei])")


# -- normalization -------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The key of one word: folded, and with a plural ending taken off (light, both languages)."""
    key = fold(word)
    if len(key) <= 3 or not key.isalpha():
        return key
    # British and American spellings share a key: organisation/organization, labour/labor,
    # centre/center, programme/program.
    if len(key) > 5:
        if "iz" in key:  # (the pattern compiled once, and run only where it may match)
            key = _IZ.sub("is", key)
        if key.endswith(("our", "ours")) and not key.startswith(("four", "tour", "cour")):
            key = key.replace("our", "or")
        if key.endswith(("tre", "tres")):
            key = key.replace("tre", "ter")
        if key.endswith(("mme", "mmes")):
            key = key.replace("mme", "m")
    # (the plural endings by the last letter: each process keys some 19,000 distinct words)
    last = key[-1]
    if last == "x":
        if key.endswith("eaux"):
            return key[:-1]
        if key.endswith("aux"):
            return key[:-3] + "al"
        return key[:-1]
    if last == "s":
        if key.endswith("ies") and len(key) > 4:
            return key[:-3] + "y"
        return key if key.endswith("ss") else key[:-1]
    return key


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """UN, ONU, WHO, IA: compared case-sensitively so they never match "un", "who" or "ai"."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(word) <= 8 and len(letters) >= 2 and all(c.isupper() for c in letters)


# Texts whose terms a termbase keeps: a whole document's, as far as it goes (the document-wide
# consistency pass, the names check and the parse-based pass ask about every text again after
# the quick checks' chunks: on WMT14 15,195 searches instead of 9,079, 0.65 s of CPU). An entry
# holds a reference to the text and its few matches (most texts have none): ~540 bytes on
# WMT14, 9 MB at most.
_FOUND_TEXTS = 16_384


class Token(NamedTuple):
    """A word of a text: its span, its spelling and its lookup key (a tuple: cheap to build)."""

    start: int
    end: int
    text: str
    key: str


# Like checks.text._words: a chunk of the document check's texts (2 × 512), not 8,192 texts
# of tokens at some 3.5 KB each (29 MB of a 10,000-pair window).
@lru_cache(maxsize=2048)
def tokenize(text: str) -> tuple[Token, ...]:
    """Word tokens with character offsets; elided articles (l', d') come out as their own word."""
    # Columns first, then the tuples made in C (a Token(...) call per word is a Python call;
    # the match methods mapped in C, not called from a comprehension).
    # (the keys are text_keys', kept for the document: the texts tokenized have had them read)
    found = list(_WORD.finditer(text))
    return tuple(map(_NEW_TUPLE, repeat(Token, len(found)), zip(
        map(_START, found), map(_END, found), map(_GROUP, found), text_keys(text),
        strict=True)))


@lru_cache(maxsize=_FOUND_TEXTS)
def text_keys(text: str) -> tuple[str, ...]:
    """The lookup keys of a text's words, tokenize's without their offsets and spellings: all
    that finding terms in most texts reads (on WMT14 two texts in three hold no form's keys in
    a row, and term-scrambled reads the keys of nine in ten only). Kept for a whole document,
    like find's answers: some 250 bytes a text."""
    return tuple(map(word_key, _WORD.findall(text)))


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_NEW_TUPLE = tuple.__new__
_PRIORITY = itemgetter(5)  # a _Form's priority


@lru_cache(maxsize=4)
def function_words(language: str) -> frozenset[str]:
    """The words that glue a term's content words together (de, la, pour; of, the, for)."""
    words: set[str] = set()
    for line in resource("checks", "terms-function-words.tsv").read_text(
            encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, _, word = line.partition("\t")
            if lang == language:
                words.add(word_key(word.strip()))
    return frozenset(words)


# -- entries -------------------------------------------------------------------------------------

@dataclass
class TermEntry:
    """One concept: its approved term, other acceptable forms and deprecated forms per language."""

    id: str
    domain: str = ""
    approved: dict[str, str] = field(default_factory=dict)
    variants: dict[str, list[str]] = field(default_factory=dict)
    deprecated: dict[str, list[str]] = field(default_factory=dict)
    note: str = ""
    origin: str = "bundled"  # "bundled" or the glossary's file name

    def accepted(self, language: str) -> list[str]:
        """The approved term first, then the variants (acronyms included)."""
        forms = [self.approved[language]] if self.approved.get(language) else []
        return forms + [v for v in self.variants.get(language, []) if v]

    def languages(self) -> set[str]:
        return set(self.approved) | set(self.variants)


class _Form(NamedTuple):
    """A form of an entry as the index holds it (a tuple: thousands are built at each start)."""

    keys: tuple[str, ...]
    surface: tuple[str, ...]  # the form's words as written (acronyms must match exactly)
    text: str
    entry: TermEntry
    status: str
    priority: int  # higher wins: user glossaries over the bundled termbase


@dataclass(frozen=True)
class TermMatch:
    """A term form found at a character span of a text."""

    entry: TermEntry
    form: str
    status: str
    language: str
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


class Termbase:
    """Entries indexed per language by the key of their first word."""

    def __init__(self, entries: Iterable[TermEntry] = ()) -> None:
        self.entries: list[TermEntry] = []
        self._index: dict[str, dict[str, list[_Form]]] = {}
        # Keys of forms a higher-priority source already defines: lower ones are shadowed.
        # None until add() needs it: it is the priority of the index's forms with those keys
        # (_owners), which a termbase read from plain data, or copied, need not work out.
        self._owner: dict[tuple[str, tuple[str, ...]], int] | None = {}
        # find's raw answers per (text, language), with a capital and without, until the next
        # add or extend.
        self._found: dict[tuple[str, str], _Found] = {}
        # (language, first key) -> the forms of that bucket by their second key (_forms_at),
        # made when a text first holds that first key, until the next add or extend.
        self._following: dict[tuple[str, str], _Following] = {}
        for entry in entries:
            self.add(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def plain(self) -> dict[str, Any]:
        """The entries and the index as plain data (marshal writes it; from_plain reads it):
        per language, the first keys, how many forms each has, and the forms' fields in
        columns (entries by number). (Columns, not a tuple a form: the bundled termbase is
        read in the serial start of every check, and its forms are then made in C, and
        marshal reads 6,600 tuples fewer: 0.01 s of its 0.04 s.)"""
        number = {id(entry): i for i, entry in enumerate(self.entries)}
        index: dict[str, tuple[list[Any], ...]] = {}
        for language, buckets in self._index.items():
            forms = [form for bucket in buckets.values() for form in bucket]
            index[language] = (list(buckets), list(map(len, buckets.values())),
                               [f.keys for f in forms], [f.surface for f in forms],
                               [f.text for f in forms], [number[id(f.entry)] for f in forms],
                               [f.status for f in forms], [f.priority for f in forms])
        return {
            "entries": [(e.id, e.domain, e.approved, e.variants, e.deprecated, e.note, e.origin)
                        for e in self.entries],
            "index": index,
        }

    @classmethod
    def from_plain(cls, plain: dict[str, Any]) -> Termbase:
        """The termbase `plain()` describes, without tokenizing its forms again."""
        termbase = cls()
        entries = [TermEntry(*fields) for fields in plain["entries"]]
        termbase.entries = entries
        for language, (firsts, sizes, *columns) in plain["index"].items():
            keys, surfaces, texts, numbers, statuses, priorities = columns
            forms = list(map(_NEW_TUPLE, repeat(_Form), zip(
                keys, surfaces, texts, map(entries.__getitem__, numbers), statuses, priorities,
                strict=True)))
            termbase._index[language] = {first: forms[end - size:end] for first, size, end in
                                         zip(firsts, sizes, accumulate(sizes), strict=True)}
        termbase._owner = None
        return termbase

    def _owners(self) -> dict[tuple[str, tuple[str, ...]], int]:
        """_owner, worked out from the index when it is not kept: every form of the index
        with some keys has the priority of the source that defines them (add() drops the
        lower ones' forms, and shadows a lower source's)."""
        if self._owner is None:
            self._owner = {(language, form.keys): form.priority
                           for language, index in self._index.items()
                           for forms in index.values() for form in forms}
        return self._owner

    def add(self, entry: TermEntry, priority: int = 0) -> None:
        self._found, self._following = {}, {}
        owners = self._owners()
        self.entries.append(entry)
        for language in entry.languages() | set(entry.deprecated):
            forms = [(f, APPROVED if i == 0 and entry.approved.get(language) else VARIANT)
                     for i, f in enumerate(entry.accepted(language))]
            forms += [(f, DEPRECATED) for f in entry.deprecated.get(language, []) if f]
            for text, status in forms:
                tokens = tokenize(text)
                if not tokens:
                    continue
                keys = tuple(t.key for t in tokens)
                owner = owners.get((language, keys))
                if owner is not None and owner > priority:
                    continue
                owners[(language, keys)] = priority
                form = _Form(keys, tuple(t.text for t in tokens), text, entry, status, priority)
                bucket = self._index.setdefault(language, {}).setdefault(keys[0], [])
                if owner is not None and owner < priority:
                    bucket[:] = [f for f in bucket if f.keys != keys]
                bucket.append(form)

    def extend(self, other: Termbase, priority: int) -> None:
        if not self.entries and set(map(_PRIORITY, chain.from_iterable(chain.from_iterable(
                map(dict.values, other._index.values()))))) <= {priority}:
            # Into an empty termbase at the priority `other` was built with: adding each entry
            # again would build this very index; copy it (the bundled termbase under the
            # glossaries, at every start).
            self._found, self._following = {}, {}
            self.entries = list(other.entries)
            self._owner = None if other._owner is None else dict(other._owner)
            self._index = {language: {key: list(forms) for key, forms in index.items()}
                           for language, index in other._index.items()}
            return
        for entry in other.entries:
            self.add(entry, priority)

    def find(self, text: str, language: str, statuses: Sequence[str] = (APPROVED, VARIANT,
                                                                         DEPRECATED),
             longest: bool = True, capital: bool = True) -> list[TermMatch]:
        """Every form of `statuses` found in the text; with `longest`, a match inside a longer
        one is dropped ("Nations Unies" inside "Assemblée générale des Nations Unies"); without
        `capital`, an accepted form may open in lower case (« un sous-secrétaire général »)."""
        if not self._index.get(language):
            return []
        both = self._found.get((text, language))
        if both is None:
            both = self._find_every(text, language)
            if len(self._found) >= _FOUND_TEXTS:
                self._found.clear()
            self._found[(text, language)] = both
        matches = [m for m in both[0 if capital else 1] if m.status in statuses]
        if longest and matches:
            matches = _longest(matches)
        return matches

    def deprecated(self, text: str, language: str) -> list[TermMatch]:
        """The deprecated forms in `text`, except inside a longer form of any status:
        « Macédoine » inside « Macédoine du Nord » is the official name, not the old one."""
        return [m for m in self.find(text, language) if m.status == DEPRECATED]

    def _find_every(self, text: str, language: str) -> _Found:
        """Every form of every status found in the text, in token order, with their capitals
        and without (find's raw answers: the checks ask about the same text several times, for
        different statuses, and about French texts and sources both ways)."""
        keys = text_keys(text)
        index = self._index[language]
        # The words some form opens with (a few in a text: "the", « la », a name), found in C:
        # the other words are passed over without looking them up one by one.
        opening = index.keys() & keys
        if not opening:
            return _NONE_FOUND
        matches: list[TermMatch] = []  # those whose names have their capitals
        loose: list[TermMatch] = []  # and those whose names may open in lower case
        size = len(keys)
        tokens: tuple[Token, ...] = ()  # the words' spellings and offsets, when first needed
        for i in compress(count(), map(opening.__contains__, keys)):  # (picked out in C)
            # (only the forms that may stand there: one word, or the next word their second:
            # « la » and "the" open hundreds of forms, 135,000 tried on WMT14's texts for
            # some 1,300 found)
            following = self._following.get((language, keys[i])) or self._forms_at(
                language, keys[i])
            for form in following.get(keys[i + 1] if i + 1 < size else None, following[None]):
                n = len(form.keys)
                # The keys first, compared in one go (most forms sharing a first word differ
                # there); then each word's spelling (acronyms, capitals).
                if i + n > size or (n > 1 and keys[i:i + n] != form.keys):
                    continue
                if not tokens:
                    tokens = tokenize(text)
                if all(_same_word(tokens[i + k], form.keys[k], form.surface[k])
                       for k in range(n)):
                    if form.status == DEPRECATED and _is_accepted_surface(
                            self, language, text[tokens[i].start:tokens[i + n - 1].end], form):
                        continue
                    match = TermMatch(form.entry, form.text, form.status, language,
                                      tokens[i].start, tokens[i + n - 1].end, i, i + n)
                    loose.append(match)
                    # Wrong forms are wrong whatever their case; names need their capital.
                    if form.status == DEPRECATED or _same_word(tokens[i], form.keys[0],
                                                                form.surface[0], True):
                        matches.append(match)
        return tuple(matches), tuple(loose)

    def _forms_at(self, language: str, first: str) -> _Following:
        """The forms of `language` opening with the key `first` by their second key, each
        list in the index's order with the one-word forms among them; under None, the one-word
        forms alone (what a text's last word, or one followed by no form's second word, may
        open)."""
        following: _Following = {None: []}
        for form in self._index[language][first]:
            if len(form.keys) == 1:
                for forms in following.values():
                    forms.append(form)
            else:
                following.setdefault(form.keys[1], list(following[None])).append(form)
        self._following[(language, first)] = following
        return following

    def contains_any(self, text: str, language: str, forms: Iterable[str]) -> bool:
        """Whether one of `forms` occurs in the text, with the termbase's tolerance."""
        where = _token_positions(text)
        size = len(text_keys(text))
        for form in forms:
            form_tokens = tokenize(form)
            n = len(form_tokens)
            if not n:
                continue
            for i in where.get(form_tokens[0].key, ()):
                tokens = tokenize(text)
                if i + n <= size and all(
                        _same_word(tokens[i + k], form_tokens[k].key, form_tokens[k].text)
                        for k in range(n)):
                    return True
        return False


@lru_cache(maxsize=16)
def _token_positions(text: str) -> dict[str, list[int]]:
    """Where each word key occurs among a text's tokens (looked up, not scanned for)."""
    where: dict[str, list[int]] = {}
    for i, key in enumerate(text_keys(text)):
        where.setdefault(key, []).append(i)
    return where


# find's raw answers for a text: the matches whose names have their capitals, and those
# whose names may open in lower case (_same_word's `first`)
_Found = tuple[tuple[TermMatch, ...], tuple[TermMatch, ...]]
# The forms opening with one key by their second key (None: the one-word forms alone)
_Following = dict[str | None, list[_Form]]
_NONE_FOUND: _Found = ((), ())


def _longest(matches: list[TermMatch]) -> list[TermMatch]:
    """The matches no longer match holds ("Nations Unies" inside "Assemblée générale des
    Nations Unies")."""
    matches.sort(key=lambda m: (m.first_token, -(m.last_token - m.first_token)))
    # Every match kept so far starts at or before this one, so the one reaching furthest
    # tells whether a longer match holds it (comparing with each kept match was
    # quadratic in a long sentence full of terms).
    kept: list[TermMatch] = []
    reach, reach_first = -1, -1  # the furthest last token kept, the earliest start there
    for match in matches:
        if reach > match.last_token or (reach == match.last_token
                                         and reach_first < match.first_token):
            continue
        kept.append(match)
        if match.last_token > reach:
            reach, reach_first = match.last_token, match.first_token
        elif match.last_token == reach:
            reach_first = min(reach_first, match.first_token)
    return kept


def _same_word(token: Token, key: str, surface: str, first: bool = False) -> bool:
    if token.key != key:
        return False
    if is_acronym(surface):
        # NATO/Nato, UNESCO/Unesco (British style), but UN never "Un", WHO never "Who".
        # Only the acronym itself or its title-case spelling: "Cité" is not CITES.
        return token.text == surface or (len(surface) >= 4 and token.text == surface.capitalize())
    if first and surface[:1].isupper() and token.text[:1].islower():
        # A name written with a capital is not the common word: Suisse (the country) is not
        # « suisse » (Swiss), Chine is not « chine ».
        return False
    # An acronym in the text never stands for a lowercase word of a term ("UN" is not "un").
    return not (is_acronym(token.text) and len(token.text) <= 3 and not is_acronym(surface)
                and surface.lower() == surface)


def _is_accepted_surface(termbase: Termbase, language: str, found: str, form: _Form) -> bool:
    """A deprecated form that folds to an accepted one ("Nations unies" vs "Nations Unies")
    only counts when written exactly as deprecated, never as the accepted spelling."""
    accepted = [f for f in form.entry.accepted(language) if tokenize(f) and
                tuple(t.key for t in tokenize(f)) == form.keys]
    if not accepted:
        return False
    return found != form.text or found in accepted


# -- reading -------------------------------------------------------------------------------------

def _split_list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _rows_from_table(text: str, delimiter: str, name: str) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [r for r in reader if any(c.strip() for c in r)]
    if not rows:
        raise InputError(name, "the glossary is empty")
    header = [h.strip().lower().lstrip("\ufeff") for h in rows[0]]
    return [dict(zip(header, (c.strip() for c in row), strict=False)) for row in rows[1:]]


def read_table(text: str, name: str, source_language: str = "fr", target_language: str = "en",
               origin: str = "bundled", delimiter: str | None = None) -> list[TermEntry]:
    """Entries of a CSV/TSV termbase: either the bundled layout (id, domain, fr, en, fr_variants,
    ...) or a plain glossary with source and target columns (named so or by language code)."""
    if delimiter is None:
        first = text.splitlines()[0] if text.strip() else ""
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
    rows = _rows_from_table(text, delimiter, name)
    header_line = text.lstrip("\ufeff").splitlines()[0].lower()
    columns = {c.strip() for c in next(csv.reader([header_line], delimiter=delimiter))}
    source_column = next((c for c in ("source", source_language, "src", "term")
                          if c in columns), None)
    target_column = next((c for c in ("target", target_language, "tgt", "translation")
                          if c in columns), None)
    if source_column is None or target_column is None:
        # A two-column glossary without a header: its first row is an entry too.
        cells = next(csv.reader([text.lstrip("\ufeff").splitlines()[0]], delimiter=delimiter))
        if len(cells) >= 2:
            rows = [{"source": cells[0].strip(), "target": cells[1].strip()}] + [
                {"source": r.get(list(r)[0], ""), "target": r.get(list(r)[1], "")}
                for r in rows if len(r) >= 2]
            source_column, target_column = "source", "target"
        else:
            raise InputError(name, "no source and target columns (expected a header such as "
                                   f"'source,target' or '{source_language},{target_language}')")
    entries: list[TermEntry] = []
    for number, row in enumerate(rows, start=2):
        source, target = row.get(source_column, ""), row.get(target_column, "")
        if not source and not target:
            continue
        entry = TermEntry(row.get("id") or f"{origin}:{number}", row.get("domain", ""),
                          note=row.get("note", ""), origin=origin)
        for language, term in ((source_language, source), (target_language, target)):
            if term:
                entry.approved[language] = term
            variants = _split_list(row.get(f"{language}_variants"))
            deprecated = _split_list(row.get(f"{language}_deprecated"))
            if variants:
                entry.variants[language] = variants
            if deprecated:
                entry.deprecated[language] = deprecated
        entries.append(entry)
    return entries


def read_tbx(data: bytes, name: str, origin: str = "bundled") -> list[TermEntry]:
    """Entries of a TBX file (TBX 2 termEntry/langSet/tig and TBX 3 conceptEntry/langSec/termSec);
    a term whose administrative status says deprecated or superseded is kept as deprecated."""
    from lxml import etree

    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as error:
        raise InputError(name, f"not a readable TBX file ({error})") from None
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    entries: list[TermEntry] = []
    for number, concept in enumerate(root.xpath(
            "//*[local-name()='termEntry' or local-name()='conceptEntry']"), start=1):
        entry = TermEntry(concept.get("id") or f"{origin}:{number}", origin=origin)
        for domain in concept.xpath(".//*[local-name()='descrip'][@type='subjectField']"):
            entry.domain = (domain.text or "").strip()
        for lang_set in concept.xpath("./*[local-name()='langSet' or local-name()='langSec']"):
            language = (lang_set.get(xml_lang) or lang_set.get("lang") or "").split("-")[0].lower()
            if not language:
                continue
            for term in lang_set.xpath(".//*[local-name()='term']"):
                text = "".join(term.itertext()).strip()
                if not text:
                    continue
                group = term.getparent()
                status = " ".join(
                    (n.text or "") for n in group.xpath(
                        ".//*[local-name()='termNote'][@type='administrativeStatus' or "
                        "@type='normativeAuthorization']")).lower()
                if "deprecated" in status or "superseded" in status:
                    entry.deprecated.setdefault(language, []).append(text)
                elif language not in entry.approved:
                    entry.approved[language] = text
                else:
                    entry.variants.setdefault(language, []).append(text)
        if entry.approved:
            entries.append(entry)
    if not entries:
        raise InputError(name, "no term entries found in the TBX file")
    return entries


def read_glossary(path: str | Path, source_language: str = "fr",
                  target_language: str = "en") -> Termbase:
    """A translator's glossary (CSV, TSV or TBX); raises InputError naming the file and problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read the glossary ({error.strerror})") from None
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        return Termbase(read_tbx(data, str(path), origin=path.name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "the glossary is not UTF-8 text") from None
    delimiter = "\t" if suffix in (".tsv", ".tab", ".txt") else None
    return Termbase(read_table(text, str(path), source_language, target_language,
                               origin=path.name, delimiter=delimiter))


def bundled_files() -> list[str]:
    """The CSV files of the bundled termbase, the main file first, then the others by name."""
    try:
        names = sorted(node.name for node in resource(BUNDLED_FOLDER).iterdir()
                       if node.name.endswith(".csv"))
    except (FileNotFoundError, NotADirectoryError, OSError):
        return []
    return sorted(names, key=lambda name: (name != BUNDLED_MAIN, name))


@lru_cache(maxsize=1)
def bundled_termbase() -> Termbase:
    """The termbase shipped in resources/termbase, every CSV file of the folder (empty, with a
    warning, if there is none); its index as prepared at install when it is (core/built.py)."""
    return Termbase.from_plain(built.prepared(_BUNDLED_TABLE))


def _bundled_files_read() -> list[tuple[str, bytes | None]]:
    found: list[tuple[str, bytes | None]] = []
    for name in bundled_files():
        try:
            found.append((name, resource(BUNDLED_FOLDER, name).read_bytes()))
        except OSError:
            found.append((name, None))
    return found


def bundled_sources() -> list[bytes]:
    """What the bundled termbase's index is made from: its files, and the code that reads and
    indexes them (this module, and text.fold's)."""
    from translator_gui.core import text

    parts = [Path(__file__).read_bytes(), Path(text.__file__).read_bytes()]
    for name, data in _bundled_files_read():
        parts += [name.encode(), data if data is not None else b"<unreadable>"]
    return parts


def _make_bundled() -> dict[str, Any]:
    entries: list[TermEntry] = []
    for name, data in _bundled_files_read():
        if data is None:
            log.warning("bundled termbase file %s/%s is unreadable", BUNDLED_FOLDER, name)
            continue
        entries += read_table(data.decode("utf-8"), f"{BUNDLED_FOLDER}/{name}", "fr", "en",
                              origin="bundled")
    if not entries:
        log.warning("bundled termbase %s/ is missing", BUNDLED_FOLDER)
    return Termbase(entries).plain()


_BUNDLED_TABLE = built.register(built.Table("termbase", bundled_sources, _make_bundled))


_COMBINED: dict[tuple, Termbase] = {}


def _combined_key(glossaries: Sequence[str], source_language: str, target_language: str,
                  bundled: bool) -> tuple:
    stamps: list[tuple[str, int | None]] = []
    for glossary in glossaries:
        try:
            stamps.append((str(glossary), Path(glossary).stat().st_mtime_ns))
        except OSError:
            stamps.append((str(glossary), None))
    return (tuple(stamps), source_language, target_language, bundled)


def termbase_if_built(glossaries: Sequence[str] = (), source_language: str = "fr",
                      target_language: str = "en", bundled: bool = True) -> Termbase | None:
    """The termbase `termbase_for` would return when it is built already, else None (so that a
    caller on the GUI thread can have it built elsewhere instead of waiting)."""
    return _COMBINED.get(_combined_key(glossaries, source_language, target_language, bundled))


def termbase_for(glossaries: Sequence[str] = (), source_language: str = "fr",
                 target_language: str = "en", bundled: bool = True) -> Termbase:
    """The bundled termbase overlaid with the glossaries (later glossaries win over earlier)."""
    key = _combined_key(glossaries, source_language, target_language, bundled)
    if key not in _COMBINED:
        combined = Termbase()
        if bundled:
            combined.extend(bundled_termbase(), priority=0)
        for rank, glossary in enumerate(glossaries, start=1):
            try:
                combined.extend(read_glossary(glossary, source_language, target_language),
                                priority=rank)
            except InputError as error:
                log.warning("glossary skipped: %s", error)
        if len(_COMBINED) > 8:
            _COMBINED.clear()
        _COMBINED[key] = combined
    return _COMBINED[key]
