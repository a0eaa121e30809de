"""Repetition checks: a word or group said twice in a row (French, English), a content word
repeated a few words later, a verb and its object from the same stem."""

from __future__ import annotations

import operator
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.prefilters import repeat_candidates, word_may_repeat
from translator_gui.core.checks.text import (
    APOSTROPHES,
    LETTER,
    Found,
    data_words,
    findings,
    french_doc,
    starts_sentence,
    words,
)
from translator_gui.core.checks.text_index import fold
from translator_gui.core.lexicon import features as lexicon_features

_REPEATED_WORD = re.compile(
    rf"(?<![\w{APOSTROPHES}-])({LETTER}+)[ \t\u00a0]+(\1)(?![\w{APOSTROPHES}-])", re.IGNORECASE)
_REPEATED_GROUP = re.compile(
    rf"(?<![\w'’-])((?:{LETTER}+(?:[ \t\u00a0]+|['’]))"
    rf"{{1,3}}{LETTER}+)[ \t\u00a0]+\1(?![\w'’-])", re.IGNORECASE)


_NOUN_OF_ITSELF = re.compile(
    rf"(?<![\w{APOSTROPHES}-])({LETTER}{{4,}})[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
    rf"(\1)(?![\w{APOSTROPHES}-])", re.IGNORECASE)
# A lower-case word of five letters or more said again two or three words later, across a
# short noun phrase: "the global strategy for global health".
_WORD_AGAIN = re.compile(r"(?<![\w'’-])([a-z][a-z-]{4,})\s+((?:[a-z][\w'’-]*\s+){2,3}?)\1"
                         r"(?![\w'’-])")


_LETTERS = re.compile(rf"{LETTER}+")
# A group of words said again right after itself is two to four words long (_REPEATED_GROUP).
_LONGEST_GROUP = 4
_IN_A_ROW = [b"\x01" * distance for distance in range(_LONGEST_GROUP + 1)]


def _may_repeat(text: str, language: str) -> bool:
    """Whether the text's letter runs hold what the patterns below need: a run of one to four
    words said again right after itself (each run folded as re compares without case:
    gates.fold), or in English a run said again after its own "of" or "of the". Every match
    of theirs is such runs (its words are whole runs, only spaces or apostrophes between
    them); most texts have none, and the patterns' back-references cost a search at every
    word."""
    keys = fold("\n".join(_LETTERS.findall(text))).split("\n")
    for distance in range(1, _LONGEST_GROUP + 1):
        # (a byte per run: whether it is the run `distance` runs on; a group said again is
        # `distance` of them in a row)
        if _IN_A_ROW[distance] in bytes(map(operator.eq, keys, keys[distance:])):
            return True
    if language == "en":
        for at, key in enumerate(keys):
            if key == "of" and at and (keys[at - 1:at] == keys[at + 1:at + 2] or (
                    keys[at + 1:at + 2] == ["the"] and keys[at - 1:at] == keys[at + 2:at + 3])):
                return True
    return False


def repeated_words(text: str, language: str, other: str | None = None) -> Iterator[Found]:
    """« le le », "the the": the same word twice in a row, minus the grammatical pairs.
    `other`: the other side's text, which tells a name said twice from a word doubled."""
    if not _may_repeat(text, language):
        return
    legitimate = data_words("repetitions.tsv", language, "pair")
    for match in _REPEATED_WORD.finditer(text):
        first, second = match.group(1), match.group(2)
        if f"{first} {second}".lower() in legitimate:
            continue
        if len(first) == 1 and first.lower() not in "aày":
            continue  # « L x l x H »: letters as symbols
        # Two capitals in a row are a name (Bora Bora, Sirhan Sirhan), not a slip — unless a
        # dictionary word the other side does not double ("Monetary Fund Fund", « Fonds »).
        if first[0].isupper() and second[0].isupper() and not _doubled_in_a_name(
                first, language, other):
            continue
        if first.isupper() and len(first) > 1:
            continue
        yield Found(match.start(), match.end(), f"« {first} » is repeated.",
                    replacement=_kept(first, second, text, match.start()))
    if language == "en":
        # "the cooperation of cooperation": a noun said again after its own "of" ("word for
        # word", "pound for pound" are idioms)
        for match in _NOUN_OF_ITSELF.finditer(text):
            first = match.group(1)
            if first[:1].isupper():
                continue  # (a name)
            yield Found(match.start(), match.end(), f"« {first} » is said twice.",
                        replacement=first)
    # A repeated group of words: « de la coopération de la coopération », "has shown has shown".
    for match in _REPEATED_GROUP.finditer(text):
        group = match.group(1)
        letters = re.findall(rf"{LETTER}+", group)
        if all(w[:1].isupper() for w in letters) or max(len(w) for w in letters) < 2:
            continue  # a name said twice in a title (CAP Barbell CAP Barbell), « L x l x »
        second = match.group()[len(match.group()) - len(group):]
        yield Found(match.start(), match.end(), f"« {group} » is repeated.",
                    replacement=_kept(group, second, text, match.start()))


def _doubled_in_a_name(word: str, language: str, other: str | None) -> bool:
    """Whether a capitalized word said twice is a slip inside a name: an English dictionary
    word (not a name) that the other side, present, does not say twice."""
    if language != "en" or other is None or not other.strip():
        return False
    from translator_gui.core.checks.untranslated import is_english_word

    lower = word.lower()
    if not is_english_word(lower, names_too=False):
        return False
    return re.search(rf"(?<!\w){re.escape(lower)}\s+{re.escape(lower)}(?!\w)",
                     other.lower()) is None


def _kept(first: str, second: str, text: str, start: int) -> str:
    """The occurrence to keep: the capitalized one when only the second has a capital
    mid-sentence ("the global Global Governance Initiative" keeps "Global": it starts a name),
    otherwise the first (which carries a sentence-initial capital: "The the")."""
    if first[:1].islower() and second[:1].isupper() and not starts_sentence(text, start):
        return second
    return first


class FrenchRepeatedWord(Check):
    id = "fr-repeated-word"
    name = "Repeated word (French)"
    description = ("The same word or group of words twice in a row (« le le », « de de », « les "
                   "pays les pays »), except the repetitions French grammar allows (« nous "
                   "nous », « vous vous », « en en »).")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Il a parlé de de la réforme.", "He spoke about the reform.",
                            flags=('de de',)),)
    good_examples = (Example("Nous nous réjouissons de vous voir.",
                             "We look forward to seeing you."),
                     Example("Vous vous souvenez de Bora Bora ?", "Do you remember Bora Bora?"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: repeated_words(text, "fr"))


_CONTENT_POS = {"NOUN", "ADJ", "VERB"}
_REPEAT_WINDOW = 4  # tokens from one occurrence to the next
_PARALLEL = frozenset("et ou ni mais que qu comme".split())
_LINKS = frozenset("le la les l en à au aux un une".split())


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
                            "He praised the Global Governance Initiative.",
                            flags=('mondiale de gouvernance mondiale',)),)
    good_examples = (Example("Les pays développés et les pays en développement ont négocié.",
                             "Developed and developing countries negotiated."),
                     Example("Ils se sont retrouvés face à face, jour après jour.",
                             "They met face to face, day after day."))

    needs_parse = True

    may_replace = False  # a hint: which of the two words to keep is the reviewer's call

    def wants_parse(self, text: str) -> bool:
        return word_may_repeat(text, _REPEAT_WINDOW)

    def parse_spans(self, text: str) -> list[tuple[int, int]]:
        # a finding runs from the first word of a repetition to the second
        return list(repeat_candidates(text, _REPEAT_WINDOW))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    def _find(self, text: str, context: SegmentContext | None = None) -> Iterator[Found]:
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
                yield Found(start, other[1],
                            f"« {other[2]} » repeats « {form} » a few words earlier; machine "
                            "translation often doubles a word and drops another.",
                            hint=f"Keep one « {form} » and check the source for the word "
                                 "the draft dropped.")
                break


# A verb (a whole run of letters: \b before it, spaces after it), a preposition it may take
# (« coopérer à la coopération »), a determiner and a noun of a suffix that makes nouns of
# verbs. The verb's ending is tested on each match (_VERB_FORM): in the pattern it made the
# search try each ending at each letter of every word, twice the time (0.17 s against 0.09 s
# for WMT14's and WMT20 dev's French, the same matches).
_STEM_OBJECT = re.compile(
    rf"\b(?P<verb>{LETTER}{{5,}})\s+"
    r"(?:(?P<preposition>à|de|d['’]|dans|sur|pour|avec|par|en)\s*)?"
    r"(?:le|la|les|l['’]|un|une|des|du|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre"
    r"|nos)\s*"
    rf"(?P<noun>{LETTER}+(?:ment|tion|sion|age|ance|ence|ure|ée|ise)s?)\b",
    re.IGNORECASE)
_VERB_FORM = re.compile(
    rf"{LETTER}{{4,}}(?:er|ir|re|ant|é|ée|és|ées|e|es|ent|ons|ez|ait|aient|era|eront|erait"
    r"|eraient|ira|iront|irait|iraient|issent|issait|issaient|issons)", re.IGNORECASE)


def _stem_objects(text: str) -> Iterator[re.Match[str]]:
    """The matches of _STEM_OBJECT whose verb has a verb's ending, as a search with the
    endings in the pattern finds them: where the verb has none, the search goes on from the
    next character (a later word of that match may start one)."""
    at = 0
    while (match := _STEM_OBJECT.search(text, at)) is not None:
        if _VERB_FORM.fullmatch(match.group("verb")):
            yield match
            at = match.end()
        else:
            at = match.start() + 1


_VERB_ENDINGS = ("iraient", "issaient", "eraient", "irait", "issait", "iront", "issent", "issons",
                 "erait", "eront", "aient", "ira", "era", "ait", "ent", "ons", "ant", "ées",
                 "és", "ée", "er", "ir", "re", "ez", "es", "é", "e")


def _plain(word: str) -> str:
    """Lower case without accents, so that « protéger » and « protection » compare."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same_stem(verb: str, noun: str, whole: bool = False) -> bool:
    """Whether the noun is built on the verb's stem (most of it; all of it when `whole`)."""
    stem = _plain(verb)
    for ending in _VERB_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 4:
            stem = stem[: -len(ending)]
            break
    shared = len(os.path.commonprefix([stem, _plain(noun)]))
    return shared >= 4 and shared >= (len(stem) if whole else 0.7 * len(stem))


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
                            "Capacity-building must be strengthened.",
                            flags=('renforcer le renforcement',)),
                    Example("Les villes vont investir dans l'investissement vert.",
                            "Cities will invest in green projects.",
                            flags=("investir dans l'investissement",)),
                    Example("Ils ont participé à la participation citoyenne.",
                            "They took part in citizen participation.",
                            flags=('participé à la participation',)))
    good_examples = (Example("Il faut renforcer les capacités des pays.",
                             "Countries' capacities must be strengthened."),
                     Example("Ils vont former des formateurs.", "They will train trainers."),
                     Example("Elle a contribué au financement de la construction.",
                             "She contributed to funding the construction."),
                     Example("L'entrée de l'entreprise est fermée.",
                             "The company's entrance is closed."),
                     Example("Des machines conçues pour la concentration des efforts.",
                             "Machines designed to concentrate effort."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[Found]:
        for match in _stem_objects(text):
            verb, noun = match.group("verb"), match.group("noun")
            # across a preposition, the noun must carry the verb's whole stem (« conçues pour
            # la concentration » share four letters only) and the verb must not be a noun
            # with its complement (« l'entrée de l'entreprise »)
            across = match.group("preposition") is not None
            if verb.lower().endswith("ment") or not _same_stem(verb, noun, whole=across):
                continue  # « renforcement du renforcement » is a noun repeated (another check)
            readings = {pos for pos, *_rest in lexicon_features(verb.lower())}
            if across and "noun" in readings or "prep" in readings:
                continue  # (« la concurrence entre les entreprises »: « entre » is no verb)
            yield Found(match.start(), match.end(),
                        f"« {verb} » and « {noun} » say the same thing twice: keep the verb and "
                        "its real object, or the noun alone.", hint=f"{verb} …")


class EnglishRepeatedWord(Check):
    id = "en-repeated-word"
    name = "Repeated word (English)"
    description = ("The same word twice in a row (\"the the\"), except the repetitions English "
                   "grammar allows (\"had had\", \"that that\", \"what it is is\").")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("en",)
    bad_examples = (Example("Il a parlé de la réforme.", "He spoke about the the reform.",
                            flags=('the the',)),)
    good_examples = (Example("Il avait eu raison.", "He had had a point, and he knew that that "
                                                      "was true."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        for side in context.sides_in("en"):
            text = context.text(side)
            other = context.text("target" if side == "source" else "source")
            for found in repeated_words(text, "en", other):
                yield Finding(side, found.start, found.end, found.message,
                              replacement=found.replacement, hint=found.hint)


def _repeats_a_word(text: str) -> bool:
    """Whether `text` says a word of five letters or more twice within six words (its first
    five letters, accents aside: « national … nationale »)."""
    beginnings = [_plain(w)[:5] for w in re.findall(rf"{LETTER}{{5,}}", text)]
    return any(b in beginnings[k + 1:k + 6] for k, b in enumerate(beginnings))


def words_said_again(text: str, source: str) -> Iterator[Found]:
    """"The global strategy for global health": an English word said again right after the
    preposition of its own noun phrase, where the source says no word twice — machine
    translation doubled one word and dropped another (« stratégie mondiale pour la santé »)."""
    if not source:
        return
    links = data_words("repetitions.tsv", "en", "link")
    parallel = data_words("repetitions.tsv", "en", "parallel")
    for match in _WORD_AGAIN.finditer(text):  # (most texts: none, the source is not read)
        between = match.group(2).split()
        if between[-1] not in links or parallel.intersection(between) or _repeats_a_word(
                source):
            continue
        word = match.group(1)
        yield Found(match.start(), match.end(),
                    f"« {word} » is said twice in one phrase, where the source says it once; "
                    "machine translation often doubles a word and drops another.",
                    hint=f"Keep one « {word} » and check the source for the word the draft "
                         "dropped.")


class EnglishRepeatedContentWord(Check):
    id = "en-repeated-content-word"
    name = "Content word repeated in a phrase (English)"
    description = ("An English word said again right after the preposition of its own noun "
                   "phrase (\"the global strategy for global health\") where the source says no "
                   "word twice: machine translation doubled a word and dropped another. A "
                   "repetition the source has too, and parallels (\"more and more\", \"little "
                   "by little\") are spared.")
    category = "Accuracy/Addition"
    severity = Severity.MINOR
    languages = ("en",)
    bad_examples = (Example("La stratégie mondiale pour la santé a été publiée.",
                            "The global strategy for global health was published.",
                            flags=("global strategy for global",)),)
    good_examples = (Example("Le plan national de réconciliation nationale a été adopté.",
                             "The national plan for national reconciliation was adopted."),
                     Example("Il était au bon endroit au bon moment.",
                             "He was in the right place at the right time."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        for side in context.sides_in("en"):
            other = context.text("target" if side == "source" else "source")
            for found in words_said_again(context.text(side), other):
                yield Finding(side, found.start, found.end, found.message, hint=found.hint)

