"""French left untranslated in an English text: a run of French words, a French noun after an
English determiner, a word only French spells that way ("préfecture", "fonctionnaires")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache, lru_cache

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import LETTER, Found, data_words, findings, starts_sentence
from translator_gui.core.checks.untranslated import (
    _TRANSLATE_HINT,
    _VOWEL,
    _known_in_french,
    _within,
    is_english_word,
)
from translator_gui.core.lexicon import french as french_lexicon
from translator_gui.core.spelling import Speller, speller_for

# Endings English words do not have (the English lists have the few that do: "questionnaire").
_FRENCH_ONLY_ENDINGS = ("aire", "aires", "eux", "euse", "euses", "eau", "eaux", "ement",
                        "ements", "ette", "ettes", "oire", "oires", "ais", "ait", "aient",
                        "ienne", "iennes", "ique", "iques", "ités", "ions")


@lru_cache(maxsize=65536)
def _french_only(word: str) -> bool:
    """A lower-case word the French dictionary and lexicon know and no English list does,
    spelt as English never is (an accent, a French ending: "préfecture", "fonctionnaires";
    not "inhumation", a rare English word the English dictionary lacks)."""
    if not (_FRENCH_ACCENTS.search(word) or word.endswith(_FRENCH_ONLY_ENDINGS)):
        return False
    if is_english_word(word) or not _VOWEL.search(word):
        return False
    english = speller_for("en")
    if english is None or english.known(word) or not _known_in_french(word):
        return False
    return french_lexicon().knows(word)


_FRENCH_ACCENTS = re.compile("[éèêëàâîïôûùüçœ]")
# Endings of French words that English loanwords (café, attaché, château, née) do not have.
_FRENCH_ENDINGS = ("ité", "ités", "ière", "ières", "ère", "ères", "ement", "ements", "aise",
                   "aises", "ienne", "iennes", "ique", "iques", "ies", "eur", "eurs", "euse",
                   "euses", "tion", "tions", "ance", "ences", "ence", "aire", "aires", "ées")
_QUOTED_TEXT = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|(?<!\w)'[^']*'(?!\w)")
_TOKEN = re.compile(rf"{LETTER}+(?:['’-]{LETTER}+)*")


# The last text _tokens read, and its words: (text, words), replaced whole
_LAST_TOKENS: tuple[str, list[str]] = ("", [])


def _tokens(text: str) -> list[str]:
    """_TOKEN.findall(text), kept for the last text read (the very same string object, which
    the entry keeps alive): the draft's words are read by the monolingual rules, then by the
    comparison with the source (_copied_from_source), a sixth of the check's time. The
    caller must not change the list."""
    global _LAST_TOKENS
    last = _LAST_TOKENS
    if last[0] is text:
        return last[1]
    words = _TOKEN.findall(text)
    _LAST_TOKENS = (text, words)
    return words
_ENGLISH_DETERMINERS = frozenset("the a an this that these those of its their his her our".split())


@cache
def _french_words() -> frozenset[str]:
    """The French function and content words of french-words.tsv."""
    return data_words("french-words.tsv", "function") | data_words("french-words.tsv", "content")


@cache
def _loanword_pattern() -> re.Pattern[str]:
    # (words of one length in a fixed order: the same pattern, and recorded code, in every
    # process)
    loans = sorted(data_words("french-words.tsv", "loanword"), key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in loans)
                      + r")(?!\w)", re.IGNORECASE)


class EnglishUntranslatedFrench(Check):
    id = "en-untranslated-french"
    name = "French left untranslated in English"
    description = ("French words left in the English: a run of two or more French words, or a "
                   "French noun after an English determiner (\"the gouvernement\"), a word of "
                   "the source only French knows (\"made valoir that\"). Names "
                   "(Assemblée nationale, Le Monde) and loanwords (coup d'état, raison d'être, "
                   "déjà vu) are spared.")
    category = "Accuracy/Untranslated"
    severity = Severity.MAJOR
    languages = ("en",)
    bad_examples = (Example("Le ministre des affaires étrangères est arrivé.",
                            "The minister of affaires étrangères arrived with the gouvernement.",
                            flags=('affaires étrangères', 'gouvernement')),
                    # a word the source has and only French knows, however it is spelt
                    Example("La délégation a fait valoir que le texte était équilibré.",
                            "The delegation made valoir that the text was balanced.",
                            flags=('valoir',)))
    good_examples = (Example("Un coup d'État, selon Le Monde.",
                             "A coup d'état, according to Le Monde, was no raison d'être."),
                     # a noun English borrowed, a quoted title, a Latin phrase
                     Example("Une inhumation, « Le complot », cum grano salis.",
                             "An inhumation, \"Le complot\", cum grano salis."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        source = context.segment.source if (
            context.source_language == "fr" and context.target_language == "en"
            and context.segment.source and context.segment.target) else ""
        folded_source = " ".join(source.lower().split())
        previous_end = -1
        for finding in findings(context, "en", self._find):
            if finding.side == "target" and folded_source:
                # « conseil municipal » left whole: the span takes the words after the flagged
                # one as long as the source has them in that order
                start, end = _widened(context.segment.target, finding.start, finding.end,
                                      folded_source)
                if start < previous_end:
                    continue  # inside the span just widened
                if (start, end) != (finding.start, finding.end):
                    finding = replace(finding, start=start, end=end, message=(
                        f"\"{context.segment.target[start:end]}\" is French left "
                        "untranslated."))
                previous_end = end
            yield finding
        if folded_source:
            yield from _copied_from_source(context.segment.target, folded_source)

    @staticmethod
    def _find(text: str) -> Iterator[Found]:
        content = data_words("french-words.tsv", "content")
        french = _french_words()
        # Each finding is on a word of the French list, on a word with a French accent, or on
        # a lower-case word only French knows (_french_only: with a French ending, here): an
        # English text with none (46 of WMT14's 3,003 have a listed word, 78 an accent, and
        # the "-ions", "-ement" of 395 more are English) is done here.
        if _FRENCH_ACCENTS.search(text) is None:
            words = _tokens(text)
            if not any(lower in french or lower.replace("’", "'") in french
                       for lower in map(str.lower, words)) and not any(
                    word.endswith(_FRENCH_ONLY_ENDINGS) and word.islower() and len(word) >= 5
                    and _french_only(word) for word in words):
                return
        masked = [m.span() for m in _loanword_pattern().finditer(text)]
        masked_starts = [a for a, _b in masked]
        tokens = [m for m in _TOKEN.finditer(text) if not _within(masked, masked_starts, m.start())]
        where = {m.start(): k for k, m in enumerate(tokens)}
        run: list[re.Match[str]] = []

        def close(run: list[re.Match[str]]) -> Iterator[Found]:
            if len(run) >= 2 and not _is_name(run, text) and not _inside_french_name(
                    run, tokens, text, where[run[0].start()]):
                yield Found(run[0].start(), run[-1].end(),
                            f"\"{text[run[0].start():run[-1].end()]}\" looks like French left "
                            "untranslated.", hint=_TRANSLATE_HINT)

        for k, token in enumerate(tokens):
            word = token.group().lower().replace("’", "'")
            previous = tokens[k - 1] if k else None
            contiguous = previous is not None and re.fullmatch(
                r"[\s,]*", text[previous.end():token.start()]) is not None
            if word in french:
                if run and not contiguous:
                    yield from close(run)
                    run = []
                run.append(token)
                continue
            yield from close(run)
            run = []
        yield from close(run)
        # A French-looking word: an accent and a French ending ("inclusivité", "économique").
        quoted = [m.span() for m in _QUOTED_TEXT.finditer(text)]
        quote_starts = [a for a, _b in quoted]
        for k, token in enumerate(tokens):
            word = token.group()
            if (word.islower() and len(word) >= 5 and _FRENCH_ACCENTS.search(word)
                    and word.endswith(_FRENCH_ENDINGS) and word not in french
                    and not _french_only(word)
                    and not _within(quoted, quote_starts, token.start())
                    and not _inside_french_name([token], tokens, text, k)):
                yield Found(token.start(), token.end(),
                            f"\"{word}\" is a French word left untranslated.",
                            hint=_TRANSLATE_HINT)
        # A word only French knows: in the French dictionary and lexicon, in neither English
        # list ("préfecture", "fonctionnaires"), lower case (not a name), outside quotations.
        flagged_starts = set()
        for k, token in enumerate(tokens):
            word = token.group()
            if (word.islower() and len(word) >= 5 and word not in french
                    and not _within(quoted, quote_starts, token.start())
                    and _french_only(word)
                    and not _next_to_a_name(tokens, text, k)):
                flagged_starts.add(token.start())
                yield Found(token.start(), token.end(),
                            f"\"{word}\" is a French word left untranslated.",
                            hint=_TRANSLATE_HINT)
        # A single French noun where English grammar expects a noun: "the gouvernement".
        for k, token in enumerate(tokens):
            word = token.group().lower()
            if (word in content and token.group().islower() and k > 0
                    and tokens[k - 1].group().lower() in _ENGLISH_DETERMINERS
                    and text[tokens[k - 1].end():token.start()] == " "
                    and (k + 1 >= len(tokens) or tokens[k + 1].group().lower() not in french)
                    and (k < 2 or tokens[k - 2].group().lower() not in french)):
                yield Found(token.start(), token.end(),
                            f"\"{token.group()}\" is a French word left untranslated.",
                            hint=_TRANSLATE_HINT)


def _inside_french_name(run: list[re.Match[str]], tokens: list[re.Match[str]], text: str,
                        position: int) -> bool:
    """« La Belle et la Bête », « Otages du Monde »: lower-case French words between capitals
    (`position`: the index of the run's first word among `tokens`)."""
    before = tokens[position - 1] if position else None
    after_index = position + len(run)
    after = tokens[after_index] if after_index < len(tokens) else None
    joined = (before is not None and before.group()[0].isupper()
              and text[before.end():run[0].start()] in (" ", "\u00a0"))
    followed = (after is not None and after.group()[0].isupper()
                and text[run[-1].end():after.start()] in (" ", "\u00a0"))
    return joined or followed


def _next_to_a_name(tokens: list[re.Match[str]], text: str, k: int) -> bool:
    """A capitalized word right before or after the word, other than an English determiner
    opening the sentence ("The fonctionnaires"): the word may belong to a French name."""
    for j in (k - 1, k + 1):
        if not 0 <= j < len(tokens):
            continue
        other = tokens[j].group()
        between = text[tokens[min(j, k)].end():tokens[max(j, k)].start()]
        if other[0].isupper() and between in (" ", "\u00a0") and \
                other.lower() not in _ENGLISH_DETERMINERS:
            return True
    return False


def _is_name(run: list[re.Match[str]], text: str) -> bool:
    """A French proper name quoted in English: starts with a capital mid-sentence (Le Monde)."""
    first = run[0].group()
    return first[0].isupper() and (not starts_sentence(text, run[0].start())
                                   or any(m.group()[0].isupper() for m in run[1:]))


_NEXT_WORD = re.compile(rf"[ \u00a0]+({LETTER}+(?:['’]{LETTER}+)*)")
_PREVIOUS_WORD = re.compile(rf"({LETTER}+(?:['’]{LETTER}+)*)[ \u00a0]+$")
_MAX_WIDENED_WORDS = 6


def _widened(target: str, start: int, end: int, source: str) -> tuple[int, int]:
    """The span of the longest run of target words around [start, end) (up to six more on
    each side) that the lower-cased source also has, word for word; it never starts or ends
    on a function word."""
    function = ("de", "du", "des", "d", "la", "le", "les", "l", "et", "the", "a", "an", "of")

    def has(left: int, right: int) -> bool:
        return " ".join(target[left:right].lower().split()) in source

    best_end = end
    for _ in range(_MAX_WIDENED_WORDS):
        following = _NEXT_WORD.match(target, end)
        if following is None or not has(start, following.end()):
            break
        end = following.end()
        if following.group(1).lower() not in function:
            best_end = end
    best_start = start
    for _ in range(_MAX_WIDENED_WORDS):
        preceding = _PREVIOUS_WORD.search(target[:start])
        if preceding is None or not has(preceding.start(1), best_end):
            break
        start = preceding.start(1)
        if preceding.group(1).lower() not in function:
            best_start = start
    return best_start, best_end


def _only_french(word: str, english: Speller) -> bool:
    """Whether a word of the draft that the source has too is one only French knows, whatever
    the words around it (_copied_from_source)."""
    if not word.isalpha() or not word.islower() or len(word) < 4 or word in _french_words() \
            or _FRENCH_ACCENTS.search(word) or word.endswith(_FRENCH_ONLY_ENDINGS):
        return False  # (the monolingual rules above read the words a spelling gives away)
    if is_english_word(word) or english.known(word) or not _known_in_french(word) \
            or not french_lexicon().knows(word):
        return False
    # not a noun English may have borrowed ("inhumation", "microblog")
    return not any(a.pos in {"noun", "adj", "propn", "other"}
                   for a in french_lexicon().analyses(word))


def _copied_from_source(target: str, folded_source: str) -> Iterator[Finding]:
    """A lower-case word of the draft that the French source has too and that only French
    knows, however it is spelt ("made valoir that" for « a fait valoir que »): no accent or
    French ending says it, the source does (the monolingual rules above need one)."""
    english = speller_for("en")
    if english is None:
        return
    # What is said of a word alone, each distinct word of the draft the source has asked once
    # (most drafts share none that gets past the first tests): the words that may be flagged
    in_source = set(_TOKEN.findall(folded_source))  # (once: a long text has many words)
    copied = {word for word in in_source.intersection(_tokens(target))
              if _only_french(word, english)}
    if not copied:
        return
    quoted = [m.span() for m in _QUOTED_TEXT.finditer(target)]
    quote_starts = [a for a, _b in quoted]
    tokens = list(_TOKEN.finditer(target))
    for k, token in enumerate(tokens):
        word = token.group()
        if word not in copied:
            continue
        if _within(quoted, quote_starts, token.start()) or any(
                not is_english_word(near.group().lower()) and not english.known(near.group())
                for near in tokens[max(0, k - 1):k] + tokens[k + 1:k + 2]):
            continue  # a quoted title, a foreign phrase ("cum grano salis")
        yield Finding("target", token.start(), token.end(),
                      f"\"{word}\" is the French word of the source left untranslated.",
                      hint=_TRANSLATE_HINT)
