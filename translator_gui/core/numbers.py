"""Numbers, times and dates found in French or English text, normalized so the two can be compared.

« 3,5 » and "3.5", « 1 234 » and "1,234", « 1er juillet » and "July 1", « deux » and 2, « 15 h »
and "3 p.m." all come out with the same candidate values. Each mention is either firm (a figure
written in digits, which the other side should carry) or soft (a spelled-out number, a time, a
number inside a code such as G20): soft mentions only ever serve as evidence, never as an issue.
Word lists (number words, months, scale words, units) are data under resources/checks/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count

from translator_gui.core.resources import resource
from translator_gui.core.text import fold

_SPACES = " \u00a0\u202f\u2009"


@dataclass
class NumberMention:
    """A number at a character span, with every value it may stand for."""

    start: int
    end: int
    text: str
    values: frozenset[float]
    kind: str = "number"  # number, ordinal, time, code, word, decade, month, weekday
    firm: bool = True  # written in digits and standing alone: the other side should have it
    unit: str | None = None  # the unit word right after it (km, miles...), folded
    primary: float | None = None  # the value under the text's own language conventions
    # the values once multiplied by a scale word written with the figure ("3.5 million"):
    # two scaled figures compare by these alone (« 3,5 milliards » is not "3.5 million")
    scaled: frozenset[float] = frozenset()
    scale: float = 1.0  # that scale word's value
    matched: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class NumberWords:
    """One language's number words (folded) by kind: cardinal, ordinal, scale, approx, month..."""

    words: dict[str, tuple[float, str]]
    # Further values a word may stand for ("fortnight" is 14 days, or « 15 jours »).
    also: dict[str, set[float]] = field(default_factory=dict)
    _readings: dict[str, _Reading] = field(default_factory=dict, compare=False, repr=False)
    # whether some piece of a word is a number word (not reading(word)[3]), by spelling
    _number_in: _NumberIn = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_number_in", _NumberIn(self))

    def value(self, word: str) -> tuple[float, str] | None:
        return self.words.get(_fold(word))

    def values(self, word: str) -> set[float]:
        known = self.value(word)
        return ({known[0]} if known else set()) | self.also.get(_fold(word), set())

    def reading(self, word: str) -> _Reading:
        """What _spelled_numbers reads of a word (its pieces between hyphens, their number
        values, its folding, whether none is a number word), worked out once per word: every
        text with a figure repeats the language's common words."""
        found = self._readings.get(word)
        if found is None:
            pieces = _HYPHEN.split(word) if "-" in word or "‑" in word else [word]
            known = [self.value(piece) for piece in pieces]
            found = (pieces, known, _fold(word), not any(known))
            if len(self._readings) >= _READINGS:
                self._readings.clear()  # (a bound: the words of a long document only)
            self._readings[word] = found
        return found


# A word's reading (NumberWords.reading), and how many words each language's table keeps.
_Reading = tuple[list[str], list[tuple[float, str] | None], str, bool]
_READINGS = 8192


class _NumberIn(dict[str, bool]):
    """Spelling -> whether some piece of the word is a number word (its reading's last field
    false), worked out when first asked: _spelled_numbers picks a text's number words out of
    all its words in C (map over this dict), and reads only those in Python."""

    def __init__(self, words: NumberWords) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, word: str) -> bool:
        if len(self) >= _READINGS:
            self.clear()  # (a bound, as NumberWords.reading's)
        found = self[word] = not self._words.reading(word)[3]
        return found


# Every word of every text is looked up among the number words: its folding is remembered.
_fold = lru_cache(maxsize=65536)(fold)
# The last few texts folded whole: the date check looks for month names, then for weekdays, in
# the same two texts.
_fold_text = lru_cache(maxsize=8)(fold)


@lru_cache(maxsize=8)
def number_words(language: str) -> NumberWords:
    words: dict[str, tuple[float, str]] = {}
    also: dict[str, set[float]] = {}
    try:
        text = resource("checks", f"numbers-{language}.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return NumberWords({})
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, value, kind = (line.split("\t") + ["", ""])[:3]
        key = fold(word.strip())
        if key in words:
            also.setdefault(key, set()).add(float(value))
        else:
            words[key] = (float(value), kind.strip())
    return NumberWords(words, also)


@lru_cache(maxsize=1)
def units() -> dict[str, tuple[str, float]]:
    table: dict[str, tuple[str, float]] = {}
    for line in resource("checks", "numbers-units.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            unit, quantity, factor = line.split("\t")[:3]
            table[fold(unit)] = (quantity, float(factor))
    return table


# -- patterns ------------------------------------------------------------------------------------

_SP = f"[{_SPACES}]"
# A figure standing alone opens with a digit after no letter, digit, point or comma. Written
# with the look-behind after its first digit (« \d(?<![\w.,]\d) », the same test), a pattern
# opens with a digit, and re leaps from digit to digit in C instead of trying the look-behind
# at every place of the text: three times faster on WMT14's texts with a figure.
_ALONE = r"\d(?<![\w.,]\d)"
# Times first: they must not be read as two plain numbers.
_TIME_FR = re.compile(rf"({_ALONE}\d?){_SP}?(?:h|heures?)(?:{_SP}?(\d{{2}}))?(?![\w])")
_TIME_EN = re.compile(
    rf"(?<![\w.,])(\d{{1,2}})(?:[:.](\d{{2}}))?{_SP}?([ap])\.?{_SP}?m\b\.?|(?<![\w.,:])(\d{{1,2}}):(\d{{2}})(?![\d:])",
    re.I)
# Document symbols (A/RES/78/111, S/2024/12) and codes (G20, COVID-19, A380, 3D).
_SYMBOL = re.compile(
    rf"\b[A-Z]{{1,6}}(?:{_SP}?/{_SP}?[A-Z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)+")
_ATTACHED = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(km2|km²|km/h|kmh|km|cm|mm|m|kg|g|lb|lbs|ft|mph|mi|bn|mn|m|k|l|ml|ha|t)(?![\w])")
_CODE = re.compile(r"\b(?:[A-Za-z]+[-‑]?\d+[A-Za-z]*|\d+[A-Za-z]{1,3}\d*)\b")
_ORDINAL_FR = re.compile(rf"({_ALONE}\d*)(?:er|re|ère|e|ème|eme|ᵉ|ᵉʳ|è|nd|nde|d)(?![\w])")
_ORDINAL_EN = re.compile(rf"({_ALONE}\d*)(?:st|nd|rd|th)(?![\w])", re.I)
_ROMAN_ORDINAL = re.compile(r"\b([IVXLC]+)(?:e|er|ème|ᵉ|st|nd|rd|th)\b")
_DECADE_EN = re.compile(r"(?<![\w.,])(?:(\d{4})|['’](\d{2}))s\b")
_DECADE_FR = re.compile(rf"\bannées{_SP}+(\d{{2}}|\d{{4}})\b", re.I)
_GROUPED = re.compile(rf"{_ALONE}\d{{0,2}}(?:{_SP}\d{{3}})+(?:[.,]\d+)?(?![\d])")
_PLAIN = re.compile(r"\d(?<!\w\d)\d*(?:[.,]\d+)*(?![\d])")  # (_ALONE's test, after no \w)
_WORD = re.compile(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*", re.UNICODE)
_HYPHEN = re.compile(r"[-‑]")
_GROUP = re.Match.group
_DIGIT = re.compile(r"\d")
_UNIT_AFTER = re.compile(rf"[{_SPACES}]*(?:(?:de|d'|d’|of)[{_SPACES}]*)?([^\W\d_]+[²³2]?)")
_NEXT_WORD = re.compile(rf"[{_SPACES}]*(%|°|[^\W\d_]+[²³]?)")


def clock(mention: NumberMention, language: str, evening: bool = False) -> frozenset[tuple[int, int]]:
    """The times of day (hour 0–23, minute) a time mention may stand for: « 15 h 30 » is 15:30,
    "3.30 p.m." 15:30, "3:30" 3:30 or 15:30; a French hour before noon is also the evening one
    when the text says so (`evening`: « à 8 heures du soir »). Empty for another kind."""
    if mention.kind != "time":
        return frozenset()
    if language == "fr":
        found = _TIME_FR.fullmatch(mention.text)
        if found is None:
            return frozenset()
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        hours = {hour % 24, (hour + 12) % 24} if evening and hour < 12 else {hour % 24}
        return frozenset((h, minute) for h in hours)
    found = _TIME_EN.fullmatch(mention.text)
    if found is None:
        return frozenset()
    hour = int(found.group(1) or found.group(4))
    minute = int(found.group(2) or found.group(5) or 0)
    if found.group(3):  # a.m. / p.m.
        hour = hour % 12 + (12 if found.group(3).lower() == "p" else 0)
        return frozenset({(hour, minute)})
    hours = {hour % 24, (hour + 12) % 24} if hour < 12 else {hour % 24}
    return frozenset((h, minute) for h in hours)


def _roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, char in enumerate(text):
        value = values[char]
        if i + 1 < len(text) and values[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total if 0 < total < 400 else None


def _digit_values(text: str, language: str = "fr") -> list[float]:
    """Every value a written figure may have under French or English conventions, the text's
    own language's reading first."""
    compact = "".join(c for c in text if c not in _SPACES)
    values: list[float] = []
    if re.fullmatch(r"\d+", compact):
        return [float(compact)]
    # Decimal comma, thousands point/space (French) or the other way round (English).
    conventions = [(".", ","), (",", ".")]
    if language == "en":
        conventions.reverse()
    for thousands, decimal in conventions:
        integer, _, fraction = compact.partition(decimal)
        if thousands in fraction:
            continue
        groups = integer.split(thousands)
        if len(groups) > 1 and not all(len(g) == 3 for g in groups[1:]):
            continue
        try:
            value = float("".join(groups) + ("." + fraction if fraction else ""))
        except ValueError:
            continue
        if value not in values:
            values.append(value)
    return values


def _scaled(values: set[float], scale: float) -> set[float]:
    return values | {v * scale for v in values}


def extract_numbers(text: str, language: str) -> list[NumberMention]:
    """Every number of the text, firm ones and soft evidence, in text order."""
    mentions: list[NumberMention] = []
    taken = [False] * len(text)

    def add(start: int, end: int, values: set[float], kind: str,
            firm: bool) -> NumberMention | None:
        if any(taken[start:end]) or not values:
            return None
        for i in range(start, end):
            taken[i] = True
        mention = NumberMention(start, end, text[start:end], frozenset(values), kind, firm)
        mentions.append(mention)
        return mention

    # Every pattern but the roman ordinals' and the spelled numbers' holds a digit (\d): a text
    # without one (most) is not searched for them.
    has_digit = _DIGIT.search(text) is not None
    for m in _SYMBOL.finditer(text) if has_digit else ():
        if any(c.isdigit() for c in m.group()):
            values = {float(d) for d in re.findall(r"\d+", m.group())}
            add(m.start(), m.end(), values, "code", False)
    for m in _TIME_FR.finditer(text) if language == "fr" and has_digit else ():
        hour = int(m.group(1))
        if hour <= 24:
            values = {float(hour), float(hour % 12 or 12), float(hour + 12)}
            if m.group(2):
                values.add(float(m.group(2)))
            add(m.start(), m.end(), values, "time", False)
    for m in _TIME_EN.finditer(text) if has_digit else ():
        hour_text = m.group(1) or m.group(4)
        minute = m.group(2) or m.group(5)
        hour = int(hour_text)
        if hour > 24 or (minute and int(minute) > 59):
            continue
        values = {float(hour), float(hour % 12 or 12)}
        if m.group(3) and m.group(3).lower() == "p" and hour < 12:
            values.add(float(hour + 12))
        if minute:
            values.add(float(minute))
        add(m.start(), m.end(), values, "time", False)
    decade = _DECADE_FR if language == "fr" else _DECADE_EN
    for m in decade.finditer(text) if has_digit else ():
        digits = next(g for g in m.groups() if g)
        year = int(digits)
        values = {float(year), float(year % 100)} if year >= 100 else {
            float(year), float(1900 + year), float(2000 + year)}
        add(m.start(), m.end(), values, "decade", True)
    ordinal = _ORDINAL_FR if language == "fr" else _ORDINAL_EN
    for m in ordinal.finditer(text) if has_digit else ():
        add(m.start(), m.end(), {float(m.group(1))}, "ordinal", True)
    for m in _ROMAN_ORDINAL.finditer(text):
        value = _roman(m.group(1))
        if value:
            add(m.start(), m.end(), {float(value)}, "ordinal", False)
    words = number_words(language)
    for m in _ATTACHED.finditer(text) if has_digit else ():
        readings = _digit_values(m.group(1), language)
        suffix = m.group(2).lower()
        known = words.value(suffix)
        if not readings:
            continue
        values = set(readings)
        scale = None
        if known and known[1] == "scale" and suffix != "m":
            values = _scaled(values, known[0])
            scale = known[0]
        elif suffix == "m" and language == "en" and m.start() > 0 and text[m.start() - 1] in "$£€":
            values = _scaled(values, 1e6)
        elif suffix == "k":
            values = _scaled(values, 1e3)
        mention = add(m.start(), m.end(), values, "number", True)
        if mention is not None:
            mention.primary = readings[0]
            mention.unit = fold(suffix) if fold(suffix) in units() else None
            if scale is not None:
                mention.scaled = frozenset(v * scale for v in readings)
                mention.scale = scale
    for m in _CODE.finditer(text) if has_digit else ():
        if re.fullmatch(r"\d+", m.group()):
            continue
        values = {float(d) for d in re.findall(r"\d+", m.group())}
        add(m.start(), m.end(), values, "code", False)
    for pattern in (_GROUPED, _PLAIN) if has_digit else ():
        for m in pattern.finditer(text):
            readings = _digit_values(m.group(), language)
            if not readings:
                continue
            primary = readings[0]
            values = set(readings)
            end = m.end()
            after = _NEXT_WORD.match(text, end)
            unit = None
            scaled: frozenset[float] = frozenset()
            scale = 1.0
            if after:
                word = after.group(1)
                known = words.value(word)
                if known and known[1] == "scale":
                    values = _scaled(values, known[0])
                    scaled = frozenset(v * known[0] for v in readings)
                    scale = known[0]
                    primary *= known[0]
                    # "1,5 milliard" and "1.5 billion": the scale word is part of the figure.
                    end = after.end()
                elif fold(word) in units() or word in ("%", "°"):
                    unit = fold(word)
                    if unit == "km" and text[after.end():after.end() + 2] == "/h":
                        unit = "km/h"
                if unit is None:
                    # "272 millions de kg", "600 million pounds", "3 tonnes of"
                    later = _UNIT_AFTER.match(text, after.end() if known and
                                              known[1] == "scale" else end)
                    if later and fold(later.group(1)) in units():
                        unit = fold(later.group(1))
            before = text[max(0, m.start() - 1):m.start()]
            if before in "/-‑" and before and m.start() >= 2 and text[m.start() - 2].isalpha():
                continue
            mention = add(m.start(), m.end() if unit else end, values, "number", True)
            if mention is not None:
                mention.unit = unit
                mention.primary = primary
                mention.scaled = scaled
                mention.scale = scale
    _spelled_numbers(text, language, words, add)
    mentions.sort(key=lambda n: n.start)
    return mentions


def _spelled_numbers(text: str, language: str, words: NumberWords, add) -> None:
    """Spelled-out numbers ("vingt-cinq", "two hundred", "trois millions") as soft evidence."""
    run: list[tuple[int, int, float, str]] = []

    def flush() -> None:
        if not run:
            return
        total = current = 0.0
        for _start, _end, value, kind in run:
            if kind == "scale" or (value >= 1000 and kind == "cardinal"):
                total += max(1.0, current) * value
                current = 0.0
            elif value == 100:
                current = max(1.0, current) * 100
            else:
                current += value
        total += current
        start, end = run[0][0], run[-1][1]
        values = {total} | {v for _s, _e, v, _k in run}
        add(start, end, values, "word", False)
        run.clear()

    joiners = {"et", "and", "-"}
    # (a word's pieces, their number values and its folded form: NumberWords.reading)
    reading = words.reading
    found = list(_WORD.finditer(text))
    spellings = list(map(_GROUP, found))
    after = 0  # the first word not read yet
    # Only the words with a number word among their pieces are read here, picked out in C
    # (most words have none). What the others did, word by word, is done for the words
    # between two of these: end the run of number words unless each of them joins it (« et »,
    # "and"; a word of several pieces never does). (0.01 s of CPU on WMT14, 6% of the check)
    for i in compress(count(), map(words._number_in.__getitem__, spellings)):
        if run and any(_fold(word) not in joiners for word in spellings[after:i]):
            flush()
        after = i + 1
        m = found[i]
        parts, known, folded, no_number = reading(spellings[i])
        compound = all(known) and {k[1] for k in known if k} <= {"cardinal", "scale"}
        if len(parts) > 1 and all(known) and known[-1][1] == "ordinal" and all(  # type: ignore
                k[1] in ("cardinal", "scale") for k in known[:-1]):  # type: ignore[index]
            # "seventy-eighth", « soixante-dix-huitième »: a spelled-out ordinal.
            flush()
            total = 0.0
            for k in known:
                total = total * k[0] if k[0] >= 100 and total else total + k[0]  # type: ignore
            add(m.start(), m.end(), {total}, "word", False)
            continue
        if len(parts) > 1 and not compound:
            # "nine-year-old", "six-month", "second-year": the number word inside counts.
            flush()
            offset = m.start()
            for part, word_value in zip(parts, known, strict=True):
                if word_value and word_value[1] in ("cardinal", "ordinal"):
                    add(offset, offset + len(part), {word_value[0]}, "word", False)
                offset += len(part) + 1
            continue
        if all(known) and parts:
            kinds = {k[1] for k in known if k}
            if kinds <= {"cardinal", "scale"}:
                gap = text[run[-1][1]:m.start()].strip(_SPACES) if run else ""
                if run and gap and fold(gap) not in joiners:
                    flush()
                value = 0.0
                for k in known:
                    value = value * k[0] if k and k[0] >= 100 and value else value + (k[0] if k
                                                                                     else 0)
                run.append((m.start(), m.end(), value, "cardinal" if len(parts) > 1 else
                            known[0][1]))  # type: ignore[index]
                continue
            flush()
            if len(parts) == 1 and known[0]:
                value, kind = known[0]  # type: ignore[misc]
                if kind == "fraction":
                    add(m.start(), m.end(), {value, 1 / value}, "word", False)
                elif kind not in ("month", "weekday"):
                    add(m.start(), m.end(), words.values(m.group()), "word", False)
        elif folded not in joiners:
            flush()
    flush()  # (what follows the last number word, whatever it is, ends the run)


def _calendar_names(text: str, language: str, kind: str) -> Iterator[tuple[re.Match[str], int]]:
    """Month (`kind` "month") or weekday names in the text, with their number; in English only
    with their capital ("May" the month, not the modal verb)."""
    words = number_words(language)
    # fold() folds each character on its own, so a word folding to a name puts that name in
    # the folded text: a text holding none (most) has no word to look up.
    folded = _fold_text(text)
    if not any(name in folded for name in _names_of_kind(language, kind)):
        return
    for m in _WORD.finditer(text):
        known = words.value(m.group())
        if known and known[1] == kind and (language != "en" or m.group()[0].isupper()):
            yield m, int(known[0])


@lru_cache(maxsize=32)
def _names_of_kind(language: str, kind: str) -> tuple[str, ...]:
    """The (folded) number words of one kind: the month names, or the weekdays."""
    return tuple(word for word, (_value, word_kind) in number_words(language).words.items()
                 if word_kind == kind)


def months(text: str, language: str) -> list[tuple[int, int, int]]:
    """Month names next to a figure (a date: « 12 mai », "May 12", "mai 2024"): (start, end,
    month). English "May" must be capitalized, so the modal verb never counts."""
    found: list[tuple[int, int, int]] = []
    for m, month in _calendar_names(text, language, "month"):
        if language == "en" and len(m.group()) <= 4 and fold(m.group()) != "may" and \
                not text[m.end():m.end() + 1] == ".":
            # Abbreviations (Jan, Mar) only with their point: "mar" is also a verb.
            if fold(m.group()) not in ("june", "july"):
                continue
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 12]
        if re.search(r"\d[\w]*[\s\u00a0]*$", before) or re.match(r"[\s\u00a0,]*\d", after):
            found.append((m.start(), m.end(), month))
        elif _MONTH_CUE[language].search(before) and (language == "en" or m.group().islower()):
            found.append((m.start(), m.end(), month))  # "in May", « en mars »: a date too
    return found


# A word before a month name without a figure that makes it a date ("in May", « en mars »;
# French only in lower case there: « d'Avril » may be a name).
_MONTH_CUE = {
    "en": re.compile(r"\b(?:in|since|until|till|by|from|through|early|late|mid-?|last|next|"
                     r"this|during|before|after)[\s\u00a0]+$", re.IGNORECASE),
    "fr": re.compile(r"(?:\b(?:en|depuis|jusqu['’]en|d['’]ici|début|fin|courant|dès|avant|après|"
                     r"mois[\s\u00a0]+de)[\s\u00a0]+|\bmi-|\bmois[\s\u00a0]+d['’])$", re.IGNORECASE),
}


def mentions_month(text: str, language: str, month: int, kind: str = "month") -> bool:
    """Whether the month (or the day of the week, `kind` "weekday") is named anywhere in the
    text (in any form)."""
    words = number_words(language)
    return any((known := words.value(m.group())) and known[1] == kind and int(known[0]) == month
               for m in _WORD.finditer(text))


def weekdays(text: str, language: str) -> list[tuple[int, int, int]]:
    """Days of the week (« jeudi », "Thursday"): (start, end, day), Monday 1. English writes
    them with a capital; a plural ("Sundays") is a habit, not a date."""
    return [(m.start(), m.end(), day) for m, day in _calendar_names(text, language, "weekday")]


def convertible(first: NumberMention, second: NumberMention, tolerance: float = 0.06) -> bool:
    """Two measures of one quantity in different units that agree once converted."""
    table = units()
    if not first.unit or not second.unit or first.unit == second.unit:
        return False
    a, b = table.get(first.unit), table.get(second.unit)
    if not a or not b or a[0] != b[0]:
        return False
    for x in first.values:
        for y in second.values:
            base_x, base_y = x * a[1], y * b[1]
            if base_x and abs(base_x - base_y) <= tolerance * max(abs(base_x), abs(base_y)):
                return True
    return False


def scale_word(value: float, language: str, plural: bool) -> str | None:
    """The scale word of `language` for `value` (1e6 → « millions » / "million"); English
    never puts a scale word after a figure in the plural."""
    forms = [word for word, (size, kind) in number_words(language).words.items()
             if kind == "scale" and size == value]
    if not forms:
        return None
    # the word that has a plural in -s (not an abbreviation: "m", "bn")
    singular = next((f for f in forms if f + "s" in forms), forms[0])
    return singular + "s" if plural and language == "fr" and singular + "s" in forms \
        else singular


def same_value(first: NumberMention, second: NumberMention) -> bool:
    """Equal, or equal once the more precise figure is rounded (45,72 cm and "46 cm")."""
    both_scaled = bool(first.scaled and second.scaled)
    for x in first.scaled if both_scaled else first.values:
        for y in second.scaled if both_scaled else second.values:
            if abs(x - y) <= 1e-9 * max(1.0, abs(x)):
                return True
            if x != int(x) or y != int(y):
                precise, rough = (x, y) if _decimals(x) > _decimals(y) else (y, x)
                if round(precise, _decimals(rough)) == rough and abs(precise - rough) < 1:
                    return True
    return False


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def format_number(value: float, language: str, grouped: bool | None = None) -> str:
    """A value written the way the language writes it (1 234,5 in French, 1,234.5 in English).

    Four-digit figures are grouped only when asked (`grouped`), so years stay as they are.
    """
    integer = int(value)
    fraction = value - integer
    group = integer >= 10000 or (grouped is True and integer >= 1000)
    if language == "fr":
        digits = f"{integer:,}".replace(",", "\u00a0") if group else str(integer)
        return digits + (f"{fraction:.6f}"[1:].rstrip("0").replace(".", ",") if fraction else "")
    digits = f"{integer:,}" if group else str(integer)
    return digits + (f"{fraction:.6f}"[1:].rstrip("0") if fraction else "")
