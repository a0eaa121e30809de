"""Termbase checks: deprecated forms, scrambled or garbled official names, source terms whose
approved translation is missing from the target, and a target naming another entry of the kind."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.spans import DisjointSpans, Enclosures
from translator_gui.core.checks.terms_names import IndexedForm, first_word_index
from translator_gui.core.checks.terms_nationality import generic_name_words, rendered_by_adjective
from translator_gui.core.checks.text import fit_number, look_back, termbase, title_cased, written_as_name
from translator_gui.core.model import Segment
from translator_gui.core.termbase import (
    ACCEPTED,
    Termbase,
    TermEntry,
    TermMatch,
    Token,
    function_words,
    is_acronym,
    text_keys,
    tokenize,
)

_BREAKS = set(".;:!?()[]{}«»\"“”")
_COORDINATORS = frozenset({"et", "ou", "ni", "mais", "and", "or", "nor", "but"})


def _sides(context: SegmentContext) -> list[str]:
    return [side for side in ("source", "target") if context.text(side).strip()]


def _pair(context: SegmentContext) -> tuple[Segment, Termbase, str, str] | None:
    """What the checks comparing a source term with the target read: the segment, the
    termbase and the two languages; None when a side is empty."""
    segment = context.segment
    if not segment.source.strip() or not segment.target.strip():
        return None
    return segment, termbase(context), context.source_language, context.target_language


class DeprecatedTerm(Check):
    id = "term-deprecated"
    whole_text = True
    name = "Deprecated or wrong term"
    description = ("A form the termbase marks as deprecated or wrong (« compact numérique "
                   "mondial » for « Pacte numérique mondial »).")
    category = "Terminology"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Il a salué la mise en œuvre du compact numérique mondial.",
                "He welcomed the implementation of the Global Digital Compact.",
                flags=('compact numérique mondial',)),
        Example("He welcomed the Global Digital Pact.", "Il a salué le Pacte numérique mondial.",
                "en", "fr", flags=('Global Digital Pact',)),
    )
    good_examples = (
        Example("Il a salué la mise en œuvre du Pacte numérique mondial.",
                "He welcomed the implementation of the Global Digital Compact."),
        Example("Le pacte conclu entre les deux partis est fragile.",
                "The pact between the two parties is fragile."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        terms = termbase(context)
        for side in _sides(context):
            text = context.text(side)
            language = context.language(side)
            for match in terms.deprecated(text, language):
                found = text[match.start:match.end]
                form = closest_accepted(match.entry, language, found)
                if form is None:
                    yield Finding(side, match.start, match.end,
                                  f"« {found} » is not the official term.")
                    continue
                yield Finding(side, match.start, match.end,
                              f"« {found} » is not the official term: the termbase has "
                              f"« {form} ».", replacement=fit_case(text, match.start, form))


def closest_accepted(entry: TermEntry, language: str, found: str) -> str | None:
    """The accepted form of the entry that shares most words with what the text says
    (« Royaume Uni » → « Royaume-Uni », not the formal name); the approved term on a tie.
    An acronym replaces only an acronym."""
    words = {t.key for t in tokenize(found)}
    acronym = all(is_acronym(t.text) for t in tokenize(found))
    forms = [f for f in entry.accepted(language)
             if acronym or not all(is_acronym(t.text) for t in tokenize(f))]
    if not forms:
        return None
    return max(forms, key=lambda f: (len(words & {t.key for t in tokenize(f)}),
                                     -abs(len(tokenize(f)) - len(words)), f == forms[0]))


def fit_case(text: str, start: int, form: str) -> str:
    """The form as it should stand at `start`: a common-noun term opening a sentence takes a
    capital (« Renforcement des capacités »); names keep their own capitals."""
    before = text[look_back(text, start):start].rstrip(" \u00a0«\"“(")
    opens_sentence = not before or before[-1] in ".!?:"
    if opens_sentence and form[:1].islower() and text[start:start + 1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _breaks_between(text: str, tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Punctuation between two tokens means they belong to different phrases."""
    return any(c in _BREAKS or c == "," for c in text[tokens[first].end:tokens[last].start])


class _Covered:
    """Whether a phrase is a term match already, or mostly an accepted one: a match holds it,
    or an accepted match inside it covers 80% of it (looked up, not compared with every match
    of a long sentence)."""

    def __init__(self, matches: list[TermMatch]) -> None:
        self._given = matches
        self._matches: list[TermMatch] = []
        self._spans: Enclosures | None = None  # made when first asked (most texts never ask)

    def __call__(self, start: int, end: int) -> bool:
        if self._spans is None:
            self._matches = sorted(self._given, key=lambda m: (m.start, m.end))
            self._spans = Enclosures((m.start, m.end) for m in self._matches)
        return self._spans.holds(start, end) or any(
            m.status in ACCEPTED and (m.end - m.start) >= (end - start) * 0.8
            for m in map(self._matches.__getitem__, self._spans.inside(start, end)))


class ScrambledTerm(Check):
    id = "term-scrambled"
    whole_text = True
    name = "Scrambled or garbled official name"
    description = ("The content words of a multi-word termbase term appear together but out of "
                   "order, with other function words, or with one word doubled in place of "
                   "another: suggest the official form.")
    category = "Terminology"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Elle met en œuvre la résolution générale de l'Assemblée.",
                "She implements the General Assembly resolution.",
                flags=("résolution générale de l'Assemblée",)),
        Example("Il a évoqué l'initiative mondiale pour une gouvernance de l'IA.",
                "He mentioned the Global AI Governance Initiative.",
                flags=("initiative mondiale pour une gouvernance de l'IA",)),
        Example("L'initiative mondiale de gouvernance mondiale du président a fourni une solution.",
                "The President's Global AI Governance Initiative provided a solution.",
                flags=('initiative mondiale de gouvernance mondiale',)),
    )
    good_examples = (
        Example("Elle met en œuvre la résolution de l'Assemblée générale.",
                "She implements the General Assembly resolution."),
        Example("La sécurité du Conseil est assurée.", "The Council's security is ensured."),
        Example("Il a évoqué l'Initiative mondiale pour la gouvernance de l'IA.",
                "He mentioned the Global AI Governance Initiative."),
        Example("La politique générale, l'Assemblée l'a votée.",
                "The general policy was voted by the Assembly."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        terms = termbase(context)
        candidates: dict[str, list[_Candidate]] = {}
        named: dict[str, set[str]] = {}
        for side in _sides(context):
            text = context.text(side)
            language = context.language(side)
            keys = text_keys(text)
            found = terms.find(text, language)
            named[side] = {m.entry.id for m in found if m.status in ACCEPTED}
            candidates[side] = (list(_scrambled(text, keys, language, terms, found))
                                if len(keys) >= 2 else [])
            named[side] |= {c.entry_id for c in candidates[side]}
        for side, found_here in candidates.items():
            other = named.get("target" if side == "source" else "source", set())
            # The same garbled phrase on both sides names one concept: an entry the other side
            # also names wins; then the reading that leaves no word of the name out; then the
            # longest name.
            found_here.sort(key=lambda c: (c.entry_id not in other, c.missing, -c.size,
                                           -(c.end - c.start)))
            text = context.text(side)
            reported = DisjointSpans()
            for candidate in found_here:
                if reported.overlaps(candidate.start, candidate.end):
                    continue
                reported.add(candidate.start, candidate.end)
                form = fit_number(text[candidate.start:candidate.end], candidate.form,
                                  context.language(side))
                start, replacement = _with_article(text, candidate.start,
                                                   fit_case(text, candidate.start, form),
                                                   context.language(side))
                start, end, replacement = _settled(text, start, candidate.end, replacement,
                                                   context.language(side), terms)
                yield Finding(side, start, end, candidate.message, replacement=replacement)


# Characters around a fix that the words joining it into a longer name lie within (names are a
# few words long).
_SETTLE_REACH = 1000
_SPACE = re.compile(r"\s")


def _settled(text: str, start: int, end: int, replacement: str, language: str,
             terms: Termbase) -> tuple[int, int, str]:
    """The fix widened until applying it leaves no garbled name over its words: a reordered
    name may join the words around it into a longer one ("General Assembly resolution" + "of
    the United Nations" is the garbled "United Nations General Assembly resolution"), and
    the fix must then be the longer name, or applying it would raise a new finding.
    Only the text around the fix is read again (all of it, once per finding, was quadratic in
    a long sentence)."""
    low = look_back(text, start, _SETTLE_REACH)
    after = _SPACE.search(text, min(len(text), end + _SETTLE_REACH))
    high = after.start() if after else len(text)
    start, end, replacement = _settled_within(text[low:high], start - low, end - low,
                                              replacement, language, terms)
    return start + low, end + low, replacement


def _settled_within(text: str, start: int, end: int, replacement: str, language: str,
                    terms: Termbase) -> tuple[int, int, str]:
    for _ in range(3):
        fixed = text[:start] + replacement + text[end:]
        edge = start + len(replacement)
        found = terms.find(fixed, language)
        wider = [c for c in _scrambled(fixed, text_keys(fixed), language, terms, found)
                 if c.start < edge and start < c.end and (c.start < start or c.end > edge)]
        if not wider:
            break
        best = max(wider, key=lambda c: (c.size, c.end - c.start))
        low, high = min(start, best.start), max(edge, best.end)
        form = fit_case(fixed, best.start, best.form)
        replacement = fixed[low:best.start] + form + fixed[best.end:high]
        start, end = low, end + (high - edge)
    return start, end, replacement


_INDEFINITE = re.compile(r"\b(an?)\s+$", re.IGNORECASE)


def _with_article(text: str, start: int, form: str, language: str) -> tuple[int, str]:
    """An English official name takes "the": "a global initiative of global governance" becomes
    "the Global Governance Initiative", not "a Global Governance Initiative"."""
    if language != "en" or not form[:1].isupper():
        return start, form
    article = _INDEFINITE.search(text, look_back(text, start), start)
    if article is None:
        return start, form
    the = "The" if article.group(1)[0].isupper() else "the"
    return article.start(1), f"{the} {form}"


@dataclass(frozen=True)
class _Candidate:
    """A phrase that reads as a garbled form of a termbase name."""

    start: int
    end: int
    form: str
    message: str
    entry_id: str
    missing: int  # content words of the name absent from the phrase
    size: int  # content words in the name


def _scrambled(text: str, keys: tuple[str, ...], language: str, terms: Termbase,
               found: list[TermMatch]) -> Iterable[_Candidate]:
    """The phrases of the text (its words' keys: text_keys) that read as a garbled name."""
    glue = function_words(language)
    # The text's content words, a set made in C: names are ruled out on it before the words'
    # places are worked out (a loop over every word of every text) for the few texts left.
    present = set(keys).difference(glue)
    firsts = first_word_index(terms, language)
    held: list[tuple[int, IndexedForm, int]] = []
    for first in firsts.keys() & present:
        for place, entry in firsts[first]:
            # Every word of the name there (reordered), or all but one of four or more with
            # the first there (garbled): anything else cannot be this name (78,154 of the
            # 79,242 met on WMT14; two forms of one text go together).
            absent = 0 if present >= entry[3] else 1 if len(entry[2]) >= 4 and len(
                entry[3].difference(present)) == 1 else 2
            if absent < 2:
                held.append((place, entry, absent))
    if not held:
        return  # (nine texts in ten: the words' spellings and offsets are never read)
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key not in glue:
            positions.setdefault(key, []).append(i)
    # The names held, in the order a walk over the text's words through content_index meets
    # them: by the text's first word of theirs, then by their place in that word's list, the
    # termbase's order (which of two forms of one text is read).
    rank = {key: r for r, key in enumerate(positions)}
    met = sorted(((min(rank[k] for k in entry[3] if k in rank), place, entry, absent)
                  for place, entry, absent in held), key=_MET_ORDER)
    covered = _Covered(found)
    seen: set[str] = set()
    tokens = tokenize(text)
    for _r, _place, (form, content, content_keys, _distinct), absent in met:
        if form.text in seen:
            continue
        seen.add(form.text)
        reordered = []
        if not absent:
            reordered = list(_reordered(text, tokens, form, content, positions, covered,
                                        language))[:1]
        missing = 0
        if not reordered and len(content_keys) >= 4:
            garbled = _garbled(text, tokens, form, content_keys, positions, covered)
            reordered = [garbled] if garbled else []
            missing = 1
        for start, end, form_text, message in reordered:
            if " ".join(text[start:end].lower().split()) in {
                    " ".join(f.lower().split()) for f in form.entry.accepted(language)}:
                continue  # another accepted form in lower case ("minister of health")
            yield _Candidate(start, end, form_text, message, form.entry.id, missing,
                             len(content))


_MET_ORDER = itemgetter(0, 1)


def _widen(text: str, tokens: tuple[Token, ...], first: int, last: int,
           keys: set[str]) -> tuple[int, int]:
    """Take in a word of the name said twice right next to the phrase (« the global initiative
    of global governance »): left outside, the fix would leave it doubled."""
    while first > 0 and tokens[first - 1].key in keys and not _breaks_between(
            text, tokens, first - 1, first):
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].key in keys and not _breaks_between(
            text, tokens, last, last + 1):
        last += 1
    return first, last


def _reordered(text, tokens, form, content, positions, covered, language):
    """All content words within a short phrase, but ordered or glued differently."""
    content_keys = [form.keys[i] for i in content]
    span_limit = len(form.keys) + 3
    first_key = content_keys[0]
    for anchor_key in dict.fromkeys([first_key, *content_keys]):  # a fixed order
        for anchor in positions[anchor_key]:
            window = range(max(0, anchor - span_limit + 1), min(len(tokens), anchor + span_limit))
            chosen: list[int] = []
            used: set[int] = set()
            for key in content_keys:
                candidates = [i for i in window if tokens[i].key == key and i not in used]
                if not candidates:
                    break
                best = min(candidates, key=lambda i: abs(i - anchor))
                chosen.append(best)
                used.add(best)
            else:
                first, last = min(chosen), max(chosen)
                if last - first + 1 > span_limit or _breaks_between(text, tokens, first, last):
                    continue
                first, last = _widen(text, tokens, first, last, set(content_keys))
                start, end = tokens[first].start, tokens[last].end
                if covered(start, end):
                    continue
                if any(tokens[i].key in _COORDINATORS and tokens[i].key not in form.keys
                       for i in range(first, last + 1)):
                    continue  # "the United States and the United Nations": two names (an
                    # "and" of the name itself is its own: "Social and Economic Council")
                if any(tokens[i].key not in form.keys for i in range(first, last + 1)
                       if tokens[i].key not in function_words(language)):
                    continue
                in_order = chosen == sorted(chosen)
                if in_order:
                    # Same words, same order, other glue: a near-miss of an official name.
                    if len(content) < 3:
                        continue
                    if tuple(t.key for t in tokens[first:last + 1]) == form.keys[
                            content[0]:content[-1] + 1]:
                        continue  # only the capitals differ: not a garbled name
                    yield (start, end, form.text,
                           f"« {text[start:end]} » looks like a garbled « {form.text} ».")
                    return
                if not any(w[:1].isupper() for w in form.surface):
                    continue  # « financement durable du développement »: common nouns reorder
                head = tokens[chosen[0]]
                official = (len(content) >= 3 and head.text[:1].isupper()
                            and form.surface[content[0]][:1].isupper() and chosen[0] == first)
                # Either two words that touch in the name come out swapped, or a long name
                # opens with its capitalized head but reshuffles the rest (« Programme de
                # développement des Nations Unies » for the UNDP).
                if not (_swapped_adjacent(chosen, content, form) or official):
                    continue
                yield (start, end, form.text,
                       f"« {text[start:end]} » has the words of « {form.text} » out of order.")
                return


def _swapped_adjacent(chosen: list[int], content: list[int], form) -> bool:
    """Two content words that touch in the term (noun + adjective, "Assemblée générale"), or
    that only its own "and" joins ("Economic and Social Council"), come out reversed: that
    reading is almost never a legitimate paraphrase of an official name."""
    for a in range(len(content) - 1):
        joined = content[a + 1] == content[a] + 1 or (
            content[a + 1] == content[a] + 2 and form.keys[content[a] + 1] in _COORDINATORS)
        if joined and chosen[a] > chosen[a + 1]:
            return True
    return False


def _garbled(text, tokens, form, content_keys, positions, covered):
    """A long official name with one content word missing and another doubled in its place
    (« initiative mondiale de gouvernance mondiale »). "Missing" means missing from the
    phrase: the word may well occur elsewhere in the sentence."""
    span_limit = len(form.keys) + 2
    for anchor in positions.get(content_keys[0], ()):
        window = range(anchor, min(len(tokens), anchor + span_limit))
        keys_in_window = [tokens[i].key for i in window]
        present = [k for k in content_keys if k in keys_in_window]
        if len(present) != len(content_keys) - 1:
            continue
        order = [keys_in_window.index(k) for k in present]
        if order != sorted(order):
            continue
        last = anchor + max(order)
        # The doubled word: one of the term's words again right after the phrase.
        doubled = [i for i in range(last + 1, min(len(tokens), last + 3))
                   if tokens[i].key in present]
        if not doubled or _breaks_between(text, tokens, anchor, doubled[0]):
            continue
        first, last = _widen(text, tokens, anchor, doubled[0], set(content_keys))
        start, end = tokens[first].start, tokens[last].end
        if covered(start, end):
            continue
        return (start, end, form.text,
                f"« {text[start:end]} » looks like a garbled « {form.text} » "
                f"(a word repeated, one missing).")
    return None


class TermMissingTranslation(Check):
    id = "term-missing-translation"
    whole_text = True
    name = "Termbase translation missing"
    description = ("A source term from the termbase whose approved translation (or an accepted "
                   "variant or acronym) is not in the target.")
    category = "Terminology"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Le Pacte numérique mondial a été adopté.", "The World Digital Pact was adopted.",
                flags=('Pacte numérique mondial',)),
        Example("L'ONU a publié le rapport.", "The Organization released the report.",
                flags=('ONU',)),
    )
    good_examples = (
        Example("Le Pacte numérique mondial a été adopté.", "The Global Digital Compact was adopted."),
        Example("L'ONU a publié le rapport.", "The UN released the report."),
        Example("L'OMS et l'OTAN se sont réunies à Genève.", "WHO and NATO met in Geneva."),
        Example("Les Nations Unies ont publié les rapports.", "The United Nations released the reports."),
        # a meeting (« la réunion ») at a sentence start is not the island (« La Réunion »)
        Example("La réunion a eu lieu au siège.", "The meeting took place at headquarters."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        pair = _pair(context)
        if pair is None:
            return
        segment, terms, source_language, target_language = pair
        matches = terms.find(segment.source, source_language, statuses=ACCEPTED)
        # A deprecated form of the entry in the target is its rendering, only the wrong form:
        # term-deprecated reports it there with the official form as the fix.
        deprecated = {m.entry.id for m in terms.deprecated(segment.target, target_language)
                      } if matches else set()
        rendered: dict[tuple[tuple[str, ...], bool], bool] = {}
        reported: set[tuple[int, int]] = set()
        acronyms = _Acronyms(segment.target)
        stems = _Stems(segment.target)
        for match in matches:
            if match.entry.id in deprecated:
                continue
            found = segment.source[match.start:match.end]
            # Names (capitalized, or acronyms) have one right translation; a common-noun term
            # of the bundled termbase (« mise en œuvre », « directeur général ») is often and
            # rightly paraphrased. A client's own glossary is binding for every term in it.
            if match.entry.origin == "bundled" and not written_as_name(
                    segment.source, match.start, found, source_language) and not (
                    match.entry.domain != "title"
                    and title_cased(match.entry.accepted(target_language)[:1])):
                continue  # (« objectifs de développement durable »: French writes names
                # in lower case that English writes "Sustainable Development Goals"; titles,
                # « chef d'État », "Head of State", are paraphrased: "leaders")
            # Ministries, courts and parliaments exist in every country, nationalities and
            # currencies are adjectives and common nouns: translators rightly paraphrase them
            # ("the House", "Magistrates' Court", « les Français » → "France").
            if match.entry.domain in _GENERIC_DOMAINS and match.entry.origin == "bundled":
                continue
            wanted = match.entry.accepted(target_language)
            if not wanted:
                continue
            place = match.entry.domain == "place"
            # The target's answer is the same for every occurrence of a term: a long sentence
            # naming one term a thousand times reads the target once, not a thousand times.
            key = (tuple(wanted), place)
            if key not in rendered:
                rendered[key] = (
                    terms.contains_any(segment.target, target_language, wanted)
                    # present but scrambled: term-scrambled reports it on the target
                    or _content_words_present(segment.target, target_language, wanted[0])
                    # Thailand → "Thai", "a US official" → « un responsable américain »
                    or stems.present(wanted, place) or rendered_by_adjective(
                        match.entry, terms, segment.target, source_language, target_language)
                    # « Émirats arabes unis » → "UAE": the initials of the translation
                    or any(acronyms.has(_initials(form)) for form in wanted
                           if len(_initials(form)) >= 2))
            if rendered[key]:
                continue
            if _inside_longer_name(segment.source, match):
                continue  # « Crédit Suisse », « agence Chine nouvelle »: another name
            if found.isupper() and acronyms.has(found):
                continue  # RDC → DRC, UE → EU: the same letters in English order
            if (match.start, match.end) in reported:
                continue  # two entries of one name (the goals, and a report's entry)
            reported.add((match.start, match.end))
            yield Finding("source", match.start, match.end,
                          f"The termbase translation « {wanted[0]} » of "
                          f"« {segment.source[match.start:match.end]} » is not in the target.",
                          hint=wanted[0])


_GENERIC_DOMAINS = frozenset({"government", "nationality", "currency"})


_FOLLOWING_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")


def _inside_longer_name(text: str, match: TermMatch) -> bool:
    """A place name glued to a capitalized word is part of a longer name (Crédit Suisse), or a
    person's first name (Maurice Dupont, Georgia Smith)."""
    if match.entry.domain != "place":
        return False
    following = _FOLLOWING_WORD.match(text, match.end)
    if following and following.group(1)[:1].isupper() and not is_acronym(following.group(1)):
        return True
    before = text[look_back(text, match.start):match.start].rstrip()
    previous = before.split()[-1] if before.split() else ""
    previous = previous.split("'")[-1].split("’")[-1]
    if previous[:1].isupper() and before[-1:].isalpha():
        head = before[:len(before) - len(previous)].rstrip()
        return bool(head) and head[-1] not in ".!?:;«\"“("
    return False


def _initials(form: str) -> str:
    return "".join(word[0] for word in re.findall(r"[^\W\d_]+", form)
                   if word[0].isupper()).upper()


class _Acronyms:
    """The acronyms of a text, letters sorted: "DRC" answers for « RDC »."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._letters: set[str] | None = None  # read when first asked (most texts never are)

    def has(self, acronym: str) -> bool:
        if self._letters is None:
            self._letters = {"".join(sorted(word.rstrip("s")))
                             for word in re.findall(r"\b[A-Z]{2,}s?\b", self._text)}
        return "".join(sorted(acronym)) in self._letters


class _Stems:
    """Whether a name's stem is in the target (Thailand → "Thai"; a formal name's main word:
    « Fédération de Russie » → "Russia"), the target's words read once, not once per term."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._cut: set[str] | None = None  # each word less its last two letters (4 at least)
        self._prefixes: set[str] = set()  # every prefix of 4 letters or more of each word

    def present(self, forms: list[str], place: bool = False) -> bool:
        if self._cut is None:
            words = [key for key in text_keys(self._text) if len(key) >= 4]
            self._cut = {w[:max(4, len(w) - 2)] for w in words}
            self._prefixes = {w[:n] for w in words for n in range(4, len(w) + 1)}
        for form in forms:
            tokens = tokenize(form)
            if len(tokens) != 1 and not place:
                continue
            for token in tokens:
                key = token.key
                if len(key) < 4 or (len(tokens) > 1 and (not token.text[:1].isupper()
                                                         or key in generic_name_words())):
                    continue
                # a target word's stem starts the key, or the key's stem starts a target word
                if any(key[:n] in self._cut for n in range(4, len(key) + 1)) or \
                        key[:max(4, len(key) - 2)] in self._prefixes:
                    return True
        return False


def _content_words_present(text: str, language: str, form: str) -> bool:
    glue = function_words(language)
    keys = set(text_keys(text))
    content = [t.key for t in tokenize(form) if t.key not in glue]
    return len(content) >= 2 and all(k in keys for k in content)


# Domains of one kind: an organ of the United Nations taken for a body, agency or programme
# (the International Court of Justice for the International Criminal Court) is one confusion.
_KINDS = {"organ": "institution", "body": "institution", "agency": "institution",
          "fund-programme": "institution"}


def _kind(entry: TermEntry) -> str:
    return _KINDS.get(entry.domain, entry.domain)


# Kinds of entries French writes in lower case in running text (« un sous-secrétaire général »,
# « le directeur exécutif »): there a lower-case form still names the entry.
_LOWER_CASE_DOMAINS = frozenset({"title"})


class TermMismatch(Check):
    id = "term-mismatch"
    whole_text = True
    name = "Another term of the same kind in the target"
    description = ("The source names one termbase entry and the target, in its place, the "
                   "approved rendering of another entry of the same kind that the source does "
                   "not name (\"Under-Secretary-General\" for « Sous-Secrétaire général », which "
                   "is \"Assistant Secretary-General\"): one side is wrong, and only the reviewer "
                   "knows which.")
    category = "Terminology"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Le Vice-Secrétaire général a ouvert la séance.",
                "The Under-Secretary-General opened the meeting.",
                flags=("Under-Secretary-General",)),
    )
    good_examples = (
        Example("Le Secrétaire général et la Vice-Secrétaire générale ont ouvert la séance.",
                "The Secretary-General and the Deputy Secretary-General opened the meeting."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        pair = _pair(context)
        if pair is None:
            return
        segment, terms, source_language, target_language = pair
        # Both sides are read whatever either holds: the cost follows the length of the texts,
        # not whether a term happens to occur in the first of them.
        rendered = terms.find(segment.target, target_language, statuses=ACCEPTED)
        named = [m for m in terms.find(segment.source, source_language, statuses=ACCEPTED,
                                       capital=False)
                 if m.entry.domain in _LOWER_CASE_DOMAINS
                 or segment.source[m.start:m.start + 1].isupper()]
        if not named or not rendered:
            return
        rendered_ids = {m.entry.id for m in rendered}
        named_ids = {m.entry.id for m in named}
        # Source terms whose translation the target lacks, by kind, each entry once: a long
        # sentence naming terms many times asks about each entry once, not per occurrence.
        unrendered: dict[str, dict[str, TermEntry]] = {}
        for entry in {m.entry.id: m.entry for m in named}.values():
            # Rendered inside a longer term counts ("Vice-Minister" in "Vice-Minister of
            # Foreign Affairs" for « vice-ministre chinois des Affaires étrangères »).
            if entry.id not in rendered_ids and not terms.contains_any(
                    segment.target, target_language, entry.accepted(target_language)):
                unrendered.setdefault(_kind(entry), {})[entry.id] = entry
        glue = function_words(target_language)
        taken_for: dict[str, TermEntry | None] = {}  # target entry → the source's entry
        for match in rendered:
            entry = match.entry
            if entry.id in named_ids or _kind(entry) not in unrendered:
                continue
            if entry.id not in taken_for:
                taken_for[entry.id] = None
                if not terms.contains_any(segment.source, source_language,
                                          entry.accepted(source_language)):
                    # (else the source names it too, in some form)
                    words = {t.key for t in tokenize(entry.accepted(target_language)[0]
                                                     if entry.accepted(target_language)
                                                     else match.form)} - glue
                    words |= {t.key for t in tokenize(match.form)} - glue
                    for expected in unrendered[_kind(entry)].values():
                        wanted = expected.accepted(target_language)
                        # Two words in common at least (Under-/Assistant Secretary-General):
                        # entries sharing one word (Secretary-General, Secretary of State) are
                        # not one taken for the other, only two titles in one sentence.
                        if wanted and len(words & ({t.key for t in tokenize(wanted[0])}
                                                   - glue)) >= 2:
                            taken_for[entry.id] = expected
                            break
            taken = taken_for[entry.id]
            if taken is None:
                continue
            wanted = taken.accepted(target_language)
            theirs = entry.accepted(source_language)
            yield Finding(
                "target", match.start, match.end,
                f"The source's term is « {wanted[0]} » in the termbase; "
                f"« {segment.target[match.start:match.end]} » is another one"
                + (f" (« {theirs[0]} »)." if theirs else "."),
                hint=f"« {wanted[0]} », or correct the source if it names the wrong one.")
