"""Number checks: figures and dates carried over between the sides, number formats of each
language, United Nations document symbols."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import cache

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import Found, alternation, both_sides, data_rows, data_words, findings
from translator_gui.core.numbers import (
    NumberMention,
    clock,
    convertible,
    extract_numbers,
    format_number,
    mentions_month,
    months,
    same_value,
    scale_word,
    units,
    weekdays,
)


@cache
def _number_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    units = alternation(data_words("number-context.tsv", language, "unit"))
    counts = alternation(data_words("number-context.tsv", language, "count"))
    # (each opens with its first digit, the look-behind after it: « \d(?<![…]\d) » tests what
    # « (?<![…])\d » does, and re then leaps from digit to digit in C instead of trying the
    # look-behind at every place of the text, as core/numbers.py's patterns do)
    decimal_point = re.compile(
        rf"(\d(?<![\d.,/\w]\d)\d{{0,2}})\.(\d{{1,2}})(?![\d.,/])"
        rf"(?=[\s\u00a0\u202f]*(?:{units})(?!\w))", re.IGNORECASE)
    thousands_comma = re.compile(
        rf"\d(?<![\d.,/\w]\d)\d{{0,2}}(?:(?:,\d{{3}}){{2,}}(?![\d,])"
        rf"|([,.])\d{{3}}(?![\d.,])(?=[\s\u00a0\u202f]*(?:{counts})(?!\w)))",
        re.IGNORECASE)
    return decimal_point, thousands_comma


class FrenchNumberFormat(Check):
    id = "fr-number-format"
    name = "Number format (French)"
    description = ("English number punctuation in French: a decimal point (« 3.5 % » → « 3,5 % ») "
                   "or commas between thousands (« 1,234,567 » → « 1 234 567 »; a point, "
                   "« 3.000 personnes », too). Only numbers whose reading is certain are flagged "
                   "(a unit after a decimal, two thousands groups, or counted things after "
                   "« 12,000 » or « 12.000 »).")
    category = "Locale conventions/Number format"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("La croissance a atteint 3.5 % pour 1,234,567 habitants.",
                            "Growth reached 3.5% for 1,234,567 inhabitants.",
                            flags=('3.5', '1,234,567')),)
    good_examples = (Example("La croissance a atteint 3,5 % ; voir le paragraphe 3.2 et la "
                             "version 2.0.", "Growth reached 3.5%; see paragraph 3.2."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[Found]:
        if _DIGIT.search(text) is None:
            return  # (both patterns need a digit: most texts have none)
        decimal_point, thousands_comma = _number_patterns("fr")
        for match in decimal_point.finditer(text):
            fixed = f"{match.group(1)},{match.group(2)}"
            yield Found(match.start(), match.end(),
                        f"French writes the decimal separator as a comma: « {fixed} ».",
                        replacement=fixed)
        for match in thousands_comma.finditer(text):
            mark = match.group(1) or ","
            fixed = match.group().replace(mark, "\u202f")
            yield Found(match.start(), match.end(),
                        "French separates thousands with a (narrow no-break) space, not a "
                        f"{'point' if mark == '.' else 'comma'}.", replacement=fixed)


@cache
def _symbol_pattern() -> re.Pattern[str]:
    prefixes = alternation(row[0] for row in data_rows("document-symbols.tsv"))
    part = r"[A-Z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?"
    return re.compile(rf"(?<![\w/])(?:{prefixes})(?:[ \u00a0]*/[ \u00a0]*{part}){{2,}}")


class BrokenDocumentSymbol(Check):
    id = "broken-document-symbol"
    whole_text = True
    name = "Broken document symbol"
    description = ("A United Nations document symbol broken by spaces around its slashes "
                   "(« A / RES / 78/111 » → « A/RES/78/111 »). Symbols are identifiers and are "
                   "written the same in every language.")
    category = "Linguistic conventions/Punctuation"
    severity = Severity.MAJOR
    # Symbols are the same in every language, so the check reads both sides.
    languages = ("fr", "en")
    bad_examples = (Example("la résolution A / RES / 78/111 de l'Assemblée",
                            "resolution A / RES / 78/111",
                            flags=('A / RES / 78/111', 'A / RES / 78/111')),)
    good_examples = (Example("les résolutions A/RES/78/311 et S/RES/2231 (2015), et le document "
                             "E/CN.6/2024/L.3", "resolutions A/RES/78/311 and S/RES/2231 (2015)"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        for language in ("fr", "en"):
            yield from findings(context, language, self._find)

    @staticmethod
    def _find(text: str) -> Iterator[Found]:
        if "/" not in text:
            return  # (a symbol has two slashes at least)
        for match in _symbol_pattern().finditer(text):
            symbol = match.group()
            fixed = re.sub(r"[ \u00a0]*/[ \u00a0]*", "/", symbol)
            if fixed != symbol:
                yield Found(match.start(), match.end(),
                            "A document symbol is written without spaces around its slashes.",
                            replacement=fixed)


@cache
def month_names(language: str, table: str = "month-names.tsv", count: int = 12
                ) -> tuple[str, ...]:
    """The twelve month names of `language` as written in running text (resources/checks/
    month-names.tsv), January first; empty when the language has none listed. With
    "weekday-names.tsv" and 7, the days of the week, Monday first."""
    names = {int(row[1]): row[2] for row in data_rows(table)
             if len(row) >= 3 and row[0] == language}
    return tuple(names[n] for n in range(1, count + 1)) if len(names) == count else ()


class NumberMismatch(Check):
    id = "number-mismatch"
    whole_text = True
    name = "Number not carried over"
    description = ("A figure of one side is missing from the other or differs from it, compared "
                   "after locale normalization (3,5 = 3.5; 1 234 = 1,234; deux = 2; 15 h = 3 p.m.).")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Le budget atteint 3,5 millions d'euros.", "The budget reaches 4.5 million euros.",
                flags=('4.5 million',)),
        Example("Il y avait 1 234 participants.", "There were 1,243 participants.",
                flags=('1,243',)),
        Example("Le taux est passé à 12 %.", "The rate rose to 21%.", flags=('21',)),
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
        if _DIGIT.search(segment.source) is None and _DIGIT.search(segment.target) is None:
            # Every finding is about a figure or a symbol, and both are written with digits
            # (spelled-out numbers and Roman ordinals are only evidence): three texts in four
            # of the news have none, and working out their numbers was most of the check's time.
            return
        source = extract_numbers(segment.source, context.source_language)
        target = extract_numbers(segment.target, context.target_language)
        yield from _symbols_differ(segment.source, segment.target, source, target)
        yield from _times_differ(segment.source, segment.target, source, target, context)
        yield from _units_differ(segment.source, segment.target, source, target)
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
                message = f"« {mention.text} » does not match the source ({wanted})."
                # Only a bare figure is replaced by a bare figure (a unit or a word stays).
                if suggestion is not None and _BARE_FIGURE.fullmatch(mention.text):
                    yield Finding("target", mention.start, mention.end, message,
                                  replacement=suggestion)
                else:
                    yield Finding("target", mention.start, mention.end, message,
                                  hint=f"The source has {wanted}.")
        if not extra:
            for mention in missing:
                yield Finding("source", mention.start, mention.end,
                              f"« {mention.text} » is missing from the target.",
                              hint=f"Carry « {mention.text} » over into the target.")


@cache
def _evening(language: str) -> re.Pattern[str]:
    """The words that put an hour before noon in the evening (number-context.tsv)."""
    return re.compile(rf"\b(?:{alternation(data_words('number-context.tsv', language, 'evening'))})\b",
                      re.IGNORECASE)


def _times_differ(source: str, target: str, source_mentions: list[NumberMention],
                  target_mentions: list[NumberMention],
                  context: SegmentContext) -> Iterator[Finding]:
    """Times of day paired in order when both sides have as many: a target time the source's
    cannot be (« à 10 heures » / "at 11 a.m.")."""
    languages = (context.source_language, context.target_language)
    if set(languages) != {"fr", "en"}:
        return
    source_times = [m for m in source_mentions if m.kind == "time"]
    if not source_times:
        return
    target_times = [m for m in target_mentions if m.kind == "time"]
    if len(source_times) != len(target_times):
        return
    evening = [bool(_evening(language).search(text))
               for language, text in zip(languages, (source, target), strict=True)]
    for first, second in zip(source_times, target_times, strict=True):
        wanted = clock(first, languages[0], any(evening))
        found = clock(second, languages[1], any(evening))
        if wanted and found and wanted.isdisjoint(found):
            yield Finding("target", second.start, second.end,
                          f"The source says « {first.text} »; the target says "
                          f"« {second.text} ».", hint=f"The source says « {first.text} ».")


def _measure(text: str, mention: NumberMention) -> tuple[str, float] | None:
    """(quantity, size) of the unit written after a figure, when it surely is one: not after a
    scale word ("£708 million in"), not "in" (a preposition), not a capital M (« 708 M£ »)."""
    if not mention.firm or not mention.unit or mention.scale != 1.0 or mention.unit == "in":
        return None
    after = text[mention.end:mention.end + 12].lstrip(" \u00a0\u202f")
    if after[:1].isupper():
        return None
    return units().get(mention.unit)


def _units_differ(source: str, target: str, source_mentions: list[NumberMention],
                  target_mentions: list[NumberMention]) -> Iterator[Finding]:
    """A figure carried over with a unit of the same quantity but another size (« 1,5 mètre »
    for "1.5 km"): the number matches, the measure does not."""
    for first in source_mentions:
        known = _measure(source, first)
        if known is None:
            continue
        for second in target_mentions:
            other = _measure(target, second)
            if (other is not None and other[0] == known[0]
                    and max(known[1], other[1]) > 1.5 * min(known[1], other[1])
                    and same_value(first, second)
                    and not any(same_value(first, m) and _measure(target, m) == known
                                for m in target_mentions)):
                yield Finding("target", second.start, second.end,
                              f"« {second.text} {second.unit} »: the source's figure is in "
                              f"{first.unit} ({first.text} {first.unit}).",
                              hint=f"The source says {first.text} {first.unit}.")
                break


_DIGIT = re.compile(r"\d")
_BARE_FIGURE = re.compile(r"[\d.,\s\u00a0\u202f]+")


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
            message = f"The document symbol « {mention.text} » differs from the source's."
            if len(missing) == 1:
                yield Finding("target", mention.start, mention.end, message,
                              replacement=missing[0])
            else:
                yield Finding("target", mention.start, mention.end, message,
                              hint="The source has " + " or ".join(sorted(missing)) + ".")


def _written(mention: NumberMention, language: str) -> str:
    """The source figure as the target language writes it (the suggestion)."""
    if mention.scale != 1 and mention.primary is not None:
        # "3.5 million" → « 3,5 millions »: the figure and the scale word of its size
        base = mention.primary / mention.scale
        word = scale_word(mention.scale, language, plural=base >= 2)
        if word is not None:
            return f"{format_number(base, language)} {word}"
    if mention.primary is None or mention.kind != "number" or mention.primary != int(
            mention.primary) and mention.primary > 1e6:
        return mention.text
    grouped = bool(re.search(r"\d[\s\u00a0\u202f.,]\d{3}(?!\d)", mention.text))
    return format_number(mention.primary, language, grouped)


def _match(first: list[NumberMention], second: list[NumberMention]) -> None:
    """Mark each mention of `first` that some mention of `second` has the value of.

    Only mentions within 1 of a value can match (equal, or equal once rounded), so `second`
    is looked up by the whole part of its values, and each set of values asked about once:
    comparing every pair was quadratic in a long sentence full of figures."""
    near: dict[float, list[NumberMention]] = {}
    for other in second:
        for value in other.values:
            near.setdefault(_whole(value), []).append(other)
    answers: dict[frozenset[float], bool] = {}
    for mention in first:
        if mention.matched:
            continue
        if mention.values not in answers:
            answers[mention.values] = any(
                same_value(mention, other) for value in mention.values
                for whole in (_whole(value) - 1, _whole(value), _whole(value) + 1)
                for other in near.get(whole, ()))
        if answers[mention.values]:
            mention.matched = True


def _whole(value: float) -> float:
    return float(math.floor(value)) if math.isfinite(value) else value


class DateMismatch(Check):
    id = "date-month-mismatch"
    whole_text = True
    name = "Month or day changed"
    description = ("A date names one month (or one day of the week) in the source and a "
                   "different one in the target.")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("L'atelier s'est ouvert le 12 mai.", "The workshop opened on 12 March.",
                flags=('March',)),
        Example("Adoptée en juillet 2024, la résolution...", "Adopted in June 2024, the resolution...",
                flags=('June',)),
        Example("La réunion aura lieu jeudi.", "The meeting will take place on Tuesday.",
                flags=('Tuesday',)),
    )
    good_examples = (
        Example("L'atelier s'est ouvert le 12 mai.", "The workshop opened on May 12."),
        Example("Le 1er juillet, il a parlé.", "On 1 July, he spoke."),
        Example("Il est parti en mai 2020 et revenu en juin 2021.",
                "He left in May 2020 and came back in June 2021."),
        Example("Ouvert du lundi au vendredi.", "Open Monday to Friday, closed on Sundays."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        for found, kind, table, count in ((months, "month", "month-names.tsv", 12),
                                          (weekdays, "weekday", "weekday-names.tsv", 7)):
            source_names = found(segment.source, context.source_language)
            if not source_names:
                continue
            target_names = found(segment.target, context.target_language)
            if not target_names:
                continue
            names = month_names(context.target_language, table, count)
            yield from _changed(segment.source, segment.target, source_names, target_names,
                                context.target_language, kind, names)


def _changed(source: str, target: str, source_names: list[tuple[int, int, int]],
             target_names: list[tuple[int, int, int]], language: str, kind: str,
             names: tuple[str, ...]) -> Iterator[Finding]:
    """The first target month (or day) the source does not name, where a source one is
    missing from the target (in `language`): the source's name as its fix."""
    source_values = {value for _s, _e, value in source_names}
    mentioned: dict[int, bool] = {}  # each name looked for once in the target
    for start, end, value in source_names:
        if value not in mentioned:
            mentioned[value] = mentions_month(target, language, value, kind)
        if mentioned[value]:
            continue
        for t_start, t_end, t_value in target_names:
            if t_value not in source_values:
                suggestion = names[value - 1] if names else None
                message = (f"The source says {source[start:end]}; "
                           f"the target says {target[t_start:t_end]}.")
                if suggestion and target[t_start:t_end].isalpha():
                    yield Finding("target", t_start, t_end, message, replacement=suggestion)
                else:
                    yield Finding("target", t_start, t_end, message,
                                  hint=f"The source says {source[start:end]}.")
                break
        return


@cache
def _english_number_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    units = alternation(data_words("number-context.tsv", "en", "unit"))
    # (opening with their first digit, as _number_patterns')
    decimal_comma = re.compile(
        rf"(\d(?<![\d.,\w]\d)\d*),(\d{{1,2}})(?![\d,])(?=[\s\u00a0\u202f]*(?:{units})(?!\w))",
        re.IGNORECASE)
    # 1 234 567: groups of three digits after a space (ordinary, no-break or narrow).
    # A group after another digit group ("0800 123 456") is a phone number or a code.
    thousand_spaces = re.compile(r"\d(?<![\d.,\w+]\d)(?<!\d[\u00a0\u202f ]\d)\d{0,2}"
                                 r"(?:[\u00a0\u202f ]\d{3})+(?![\d\w])")
    return decimal_comma, thousand_spaces


@cache
def _symbol_after() -> re.Pattern[str]:
    """An amount with its currency symbol after it, the French way (« 25 € », « 3,5 M$ » not):
    English puts the symbol first."""
    symbols = alternation(data_words("number-context.tsv", "en", "symbol-first"))
    # (opening with the amount's first digit, as _number_patterns')
    return re.compile(rf"(?P<amount>\d(?<![\d.,\w$€£¥]\d)(?:\d{{0,2}}(?:[\u00a0\u202f ]\d{{3}})+"
                      rf"(?:,\d{{1,2}})?|[\d,.]*\d|))[\u00a0\u202f ]?"
                      rf"(?P<symbol>{symbols})(?![\w$€£¥])")


class EnglishFrenchNumberFormat(Check):
    id = "en-french-number-format"
    name = "French number format in English"
    description = ("French number punctuation left in the English: a decimal comma (\"3,5 %\" → "
                   "\"3.5%\"), spaces between thousands (\"1 234\" → \"1,234\") or a currency "
                   "symbol after the amount (\"25 €\" → \"€25\").")
    category = "Locale conventions/Number format"
    severity = Severity.MINOR
    languages = ("en",)
    bad_examples = (Example("La croissance a atteint 3,5 % pour 1 234 habitants.",
                            "Growth reached 3,5 % for 1 234 inhabitants.", flags=('3,5', '1 234')),)
    good_examples = (Example("La croissance a atteint 3,5 %.",
                             "Growth reached 3.5% for 1,234 inhabitants in 2013, 2014 and 2015."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "en", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[Found]:
        if _DIGIT.search(text) is None:
            return  # (both patterns need a digit: most texts have none)
        decimal_comma, thousand_spaces = _english_number_patterns()
        # An amount with its symbol after it is one finding, its French digits fixed with it
        # (« 12 500,50 € » → "€12,500.50"), not three overlapping ones.
        amounts = []
        for match in _symbol_after().finditer(text):
            amount = ",".join(re.split(r"[\u00a0\u202f ]", match.group("amount")))
            amount = re.sub(r",(\d{1,2})$", r".\1", amount)
            fixed = f"{match.group('symbol')}{amount}"
            amounts.append((match.start(), match.end()))
            yield Found(match.start(), match.end(),
                        f"English writes the currency symbol before the amount: \"{fixed}\".",
                        replacement=fixed)

        def in_amount(match: re.Match[str]) -> bool:
            return any(start <= match.start() < end for start, end in amounts)
        for match in decimal_comma.finditer(text):
            if in_amount(match):
                continue
            fixed = f"{match.group(1)}.{match.group(2)}"
            yield Found(match.start(), match.end(),
                        f"English writes the decimal separator as a point: \"{fixed}\".",
                        replacement=fixed)
        for match in thousand_spaces.finditer(text):
            number = match.group()
            groups = re.split(r"[\u00a0\u202f ]", number)
            # "in 2013 400 people": a year followed by a count is two numbers, not one.
            if len(groups[0]) == 4 or (len(groups) == 2 and groups[0] in {"19", "20"}) or (
                    in_amount(match)):
                continue
            fixed = ",".join(groups)
            yield Found(match.start(), match.end(),
                        "English separates thousands with a comma, not a space.",
                        replacement=fixed)
