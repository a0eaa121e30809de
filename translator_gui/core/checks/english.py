"""Checks that read English, on whichever side is English: repeated words, French conventions
left in the English, and French words left untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.french import (
    LETTER,
    data_words,
    findings,
    repeated_words,
    starts_sentence,
)


@register
class EnglishRepeatedWord(Check):
    id = "en-repeated-word"
    name = "Repeated word (English)"
    description = ("The same word twice in a row (\"the the\"), except the repetitions English "
                   "grammar allows (\"had had\", \"that that\", \"what it is is\").")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("en",)
    bad_examples = (Example("Il a parlé de la réforme.", "He spoke about the the reform."),)
    good_examples = (Example("Il avait eu raison.", "He had had a point, and he knew that that "
                                                      "was true."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "en", lambda text: repeated_words(text, "en"))


@cache
def _english_number_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    units = "|".join(re.escape(u) for u in sorted(data_words("number-context.tsv", "en", "unit"),
                                                  key=len, reverse=True))
    decimal_comma = re.compile(
        rf"(?<![\d.,\w])(\d+),(\d{{1,2}})(?![\d,])(?=[\s\u00a0\u202f]*(?:{units})(?!\w))",
        re.IGNORECASE)
    # 1 234 567: groups of three digits after a space (ordinary, no-break or narrow).
    # A group after another digit group ("0800 123 456") is a phone number or a code.
    thousand_spaces = re.compile(r"(?<![\d.,\w+])(?<!\d[\u00a0\u202f ])\d{1,3}"
                                 r"(?:[\u00a0\u202f ]\d{3})+(?![\d\w])")
    return decimal_comma, thousand_spaces


@register
class EnglishFrenchNumberFormat(Check):
    id = "en-french-number-format"
    name = "French number format in English"
    description = ("French number punctuation left in the English: a decimal comma (\"3,5 %\" → "
                   "\"3.5%\") or spaces between thousands (\"1 234\" → \"1,234\").")
    category = "Locale conventions/Number format"
    severity = Severity.MINOR
    languages = ("en",)
    bad_examples = (Example("La croissance a atteint 3,5 % pour 1 234 habitants.",
                            "Growth reached 3,5 % for 1 234 inhabitants."),)
    good_examples = (Example("La croissance a atteint 3,5 %.",
                             "Growth reached 3.5% for 1,234 inhabitants in 2013, 2014 and 2015."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "en", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str]]:
        decimal_comma, thousand_spaces = _english_number_patterns()
        for match in decimal_comma.finditer(text):
            fixed = f"{match.group(1)}.{match.group(2)}"
            yield (match.start(), match.end(),
                   f"English writes the decimal separator as a point: \"{fixed}\".", fixed)
        for match in thousand_spaces.finditer(text):
            number = match.group()
            groups = re.split(r"[\u00a0\u202f ]", number)
            # "in 2013 400 people": a year followed by a count is two numbers, not one.
            if len(groups[0]) == 4 or (len(groups) == 2 and groups[0] in {"19", "20"}):
                continue
            fixed = ",".join(groups)
            yield (match.start(), match.end(),
                   "English separates thousands with a comma, not a space.", fixed)


_SPACE_BEFORE = re.compile(rf"(?<={LETTER}|\d)[ \u00a0\u202f]+([:;?!])(?=\s|$|[\"”’)])")
_GUILLEMETS = re.compile(r"«[\s\u00a0\u202f]*|[\s\u00a0\u202f]*»")
_FRENCH_ORDINAL = re.compile(r"\b(\d{1,4})(er|ère|re|e|ème|è)\b(?![.\d])")


@register
class EnglishFrenchPunctuation(Check):
    id = "en-french-punctuation"
    name = "French punctuation in English"
    description = ("French typography left in the English: « guillemets », a space before a "
                   "colon, semicolon, question or exclamation mark, French ordinals (\"1er\").")
    category = "Linguistic conventions/Punctuation"
    severity = Severity.MINOR
    languages = ("en",)
    bad_examples = (Example("Il a dit : « non » le 1er juillet.",
                            "He said : « no » on 1er July."),)
    good_examples = (Example("Il a dit : « non » le 1er juillet.",
                             "He said: \"no\" on 1 July; at 12:30, ratio 3:1."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "en", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str]]:
        for match in _SPACE_BEFORE.finditer(text):
            mark = match.group(1)
            yield (match.start(), match.end(),
                   f"English puts no space before \"{mark}\".", mark)
        for match in _GUILLEMETS.finditer(text):
            quote = "“" if "«" in match.group() else "”"
            yield (match.start(), match.end(),
                   "French guillemets in English: use quotation marks.", quote)
        for match in _FRENCH_ORDINAL.finditer(text):
            number = int(match.group(1))
            suffix = ("th" if 10 <= number % 100 <= 20
                      else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th"))
            yield (match.start(), match.end(),
                   f"French ordinal \"{match.group()}\" in English.", f"{number}{suffix}")


_FRENCH_ACCENTS = re.compile("[éèêëàâîïôûùüçœ]")
# Endings of French words that English loanwords (café, attaché, château, née) do not have.
_FRENCH_ENDINGS = ("ité", "ités", "ière", "ières", "ère", "ères", "ement", "ements", "aise",
                   "aises", "ienne", "iennes", "ique", "iques", "ies", "eur", "eurs", "euse",
                   "euses", "tion", "tions", "ance", "ences", "ence", "aire", "aires", "ées")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|(?<!\w)'[^']*'(?!\w)")
_TOKEN = re.compile(rf"{LETTER}+(?:['’-]{LETTER}+)*")
_ENGLISH_DETERMINERS = frozenset("the a an this that these those of its their his her our".split())


@cache
def _loanword_pattern() -> re.Pattern[str]:
    loans = sorted(data_words("french-words.tsv", "loanword"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in loans)
                      + r")(?!\w)", re.IGNORECASE)


@register
class EnglishUntranslatedFrench(Check):
    id = "en-untranslated-french"
    name = "French left untranslated in English"
    description = ("French words left in the English: a run of two or more French words, or a "
                   "French noun after an English determiner (\"the gouvernement\"). Names "
                   "(Assemblée nationale, Le Monde) and loanwords (coup d'état, raison d'être, "
                   "déjà vu) are spared.")
    category = "Accuracy/Untranslated"
    severity = Severity.MAJOR
    languages = ("en",)
    bad_examples = (Example("Le ministre des affaires étrangères est arrivé.",
                            "The minister of affaires étrangères arrived with the gouvernement."),)
    good_examples = (Example("Un coup d'État, selon Le Monde.",
                             "A coup d'état, according to Le Monde, was no raison d'être."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "en", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[tuple[int, int, str, str | None]]:
        function = data_words("french-words.tsv", "function")
        content = data_words("french-words.tsv", "content")
        french = function | content
        masked = [m.span() for m in _loanword_pattern().finditer(text)]
        tokens = [m for m in _TOKEN.finditer(text)
                  if not any(a <= m.start() < b for a, b in masked)]
        run: list[re.Match[str]] = []

        def close(run: list[re.Match[str]]) -> Iterator[tuple[int, int, str, str | None]]:
            if len(run) >= 2 and not _is_name(run, text) and not _inside_name(run, tokens, text):
                yield (run[0].start(), run[-1].end(),
                       f"\"{text[run[0].start():run[-1].end()]}\" looks like French left "
                       "untranslated.", None)

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
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        for token in tokens:
            word = token.group()
            if (word.islower() and len(word) >= 5 and _FRENCH_ACCENTS.search(word)
                    and word.endswith(_FRENCH_ENDINGS) and word not in french
                    and not any(a <= token.start() < b for a, b in quoted)
                    and not _inside_name([token], tokens, text)):
                yield (token.start(), token.end(),
                       f"\"{word}\" is a French word left untranslated.", None)
        # A single French noun where English grammar expects a noun: "the gouvernement".
        for k, token in enumerate(tokens):
            word = token.group().lower()
            if (word in content and token.group().islower() and k > 0
                    and tokens[k - 1].group().lower() in _ENGLISH_DETERMINERS
                    and text[tokens[k - 1].end():token.start()] == " "
                    and (k + 1 >= len(tokens) or tokens[k + 1].group().lower() not in french)
                    and (k < 2 or tokens[k - 2].group().lower() not in french)):
                yield (token.start(), token.end(),
                       f"\"{token.group()}\" is a French word left untranslated.", None)


def _inside_name(run: list[re.Match[str]], tokens: list[re.Match[str]], text: str) -> bool:
    """« La Belle et la Bête », « Otages du Monde »: lower-case French words between capitals."""
    position = next(k for k, t in enumerate(tokens) if t is run[0])
    before = tokens[position - 1] if position else None
    after_index = position + len(run)
    after = tokens[after_index] if after_index < len(tokens) else None
    joined = (before is not None and before.group()[0].isupper()
              and text[before.end():run[0].start()] in (" ", "\u00a0"))
    followed = (after is not None and after.group()[0].isupper()
                and text[run[-1].end():after.start()] in (" ", "\u00a0"))
    return joined or followed


def _is_name(run: list[re.Match[str]], text: str) -> bool:
    """A French proper name quoted in English: starts with a capital mid-sentence (Le Monde)."""
    first = run[0].group()
    return first[0].isupper() and (not starts_sentence(text, run[0].start())
                                   or any(m.group()[0].isupper() for m in run[1:]))
