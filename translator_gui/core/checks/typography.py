"""Typography checks: spacing before « : ; ! ? » in French, French punctuation left in English."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import LETTER, Found, findings, word_before
from translator_gui.core.model import ReviewDocument, Segment

_HIGH_PUNCTUATION = re.compile(r"(?<=[\w»\)\]%])([:;!?]+)")
_DIGIT = re.compile(r"\d")


def _holds_any(text: str, marks: str) -> bool:
    """Whether the text holds one of `marks`: each pattern below opens with a look-behind or a
    word boundary, which re tries at every position of a text; most texts hold none of the
    marks a pattern needs, and a few substring searches tell it."""
    return any(mark in text for mark in marks)
_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-zà-ÿ]")


class FrenchSpaceBeforePunctuation(Check):
    id = "fr-space-before-punctuation"
    name = "Missing space before « : ; ! ? » (French)"
    description = ("French puts a (narrow no-break) space before « : ; ! ? ». Spared: times "
                   "(12:30), ratios, addresses (https://), brand names (Yahoo!), and English "
                   "quoted inside the French.")
    category = "Linguistic conventions/Punctuation"
    severity = Severity.MINOR
    # neutral where the house style omits it, and on the source side
    severities = (Severity.NEUTRAL, Severity.MINOR)
    delivered_convention = True
    languages = ("fr",)
    bad_examples = (Example("Il a déclaré: « Nous sommes prêts! »", "He said: 'We are ready!'",
                            flags=(':', '!')),)
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
    def _find(text: str) -> Iterator[Found]:
        if not _holds_any(text, ":;!?"):
            return  # (most texts: the pattern, which re tries at every position, needs one)
        english_quotes = _english_quotes(text)
        for match in _HIGH_PUNCTUATION.finditer(text):
            start = match.start()
            marks = match.group()
            after = text[match.end() : match.end() + 1]
            if marks[0] == ":" and (after.isdigit() or text.startswith("//", match.end())):
                continue  # 12:30, 3:1, https://
            if after and (after.isalnum() or after in "/\\=_-.@"):
                continue  # a:b identifiers, C:\, emoticons, www.site.fr?x=1
            if marks[0] in "!?" and _LOWER_AFTER.match(text, match.end()):
                previous = word_before(text, start)
                if previous[:1].isupper():
                    continue  # Yahoo! a annoncé
            if any(a <= start < b for a, b in english_quotes):
                continue
            token = word_before(text, start)
            if "://" in token or token.startswith("www.") or "@" in token:
                continue
            if marks[0] == ";" and token.startswith("&"):
                continue  # an HTML entity (&amp;) left in the text, not punctuation
            yield Found(start, start + 1,
                        f"French puts a narrow no-break space before « {marks[0]} ».",
                        replacement="\u202f" + marks[0])


_SPACED_HIGH_PUNCTUATION = re.compile(r"(?<=\w)[ \u00a0\u202f]+[:;!?]")
_STYLE_WINDOW = 20  # segments on each side: about one article or one section


def _style_score(text: str) -> int:
    """Unspaced minus spaced « : ; ! ? » in one French text."""
    # (a text holding none of the marks, most, scores 0 without a cache look-up: each process
    # of a document's check scores every segment once, 0.025 s on WMT14, 0.005 s so)
    return _marked_style_score(text) if _holds_any(text, ":;!?") else 0


@lru_cache(maxsize=65536)
def _marked_style_score(text: str) -> int:
    """_style_score of a text holding one of the marks."""
    return (sum(1 for _ in FrenchSpaceBeforePunctuation._find(text))
            - len(_SPACED_HIGH_PUNCTUATION.findall(text)))


class _HouseStyle:
    """Each segment's style score (_style_score over the French sides) and its position: an
    edit of one segment changes its score only (RunCache), not the 10,000 others'. A score is
    worked out when a window first holds it (window): only the segments around a finding are
    read (each process of a WMT14 check read all 3,003, some 0.012 s of CPU each)."""

    def __init__(self, document: ReviewDocument, sides: tuple[str, ...]) -> None:
        self.sides = sides
        self.segments = document.segments
        self.scores: list[int | None] = [None] * len(document.segments)
        self.positions = {id(segment): i for i, segment in enumerate(document.segments)}

    def _score(self, segment: Segment) -> int:
        return sum(_style_score(segment.text(side)) for side in self.sides)

    def window(self, low: int, high: int) -> int:
        """The sum of the scores of segments low to high (excluded)."""
        scores = self.scores
        total = 0
        for index in range(low, high):
            score = scores[index]
            if score is None:
                score = scores[index] = self._score(self.segments[index])
            total += score
        return total

    def update(self, document: ReviewDocument, edited: frozenset[int]) -> _HouseStyle:
        for index in edited:
            segment = document.segments[index]
            if self.positions.get(id(segment)) != index:  # a new object at that row
                return _HouseStyle(document, self.sides)
            self.scores[index] = None  # (worked out again when a window holds it)
        self.segments = document.segments
        return self


def _document_omits_spaces(context: SegmentContext) -> bool:
    """True when the French around this segment mostly writes « : ; ! ? » without a space.

    Counted over the nearby segments, since a document stitched from several sources (or a
    corpus) may change house style from one article to the next.
    """
    document = context.document
    if document is None:
        return False
    sides = tuple(context.sides_in("fr"))
    style: _HouseStyle = context.run.get(f"fr-house-style:{','.join(sides)}",
                                         lambda: _HouseStyle(document, sides),
                                         _HouseStyle.update)
    index = style.positions.get(id(context.segment))
    if index is None:
        return False
    own = [context.text(side) for side in sides]
    if any(_SPACED_HIGH_PUNCTUATION.search(text) for text in own):
        return False  # the segment itself spaces some marks: the missing ones are slips
    low = max(0, index - _STYLE_WINDOW)
    high = min(len(document.segments), index + _STYLE_WINDOW + 1)
    return style.window(low, high) > 0


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


_SPACE_BEFORE = re.compile(rf"(?<={LETTER}|\d)[ \u00a0\u202f]+([:;?!])(?=\s|$|[\"”’)])")
_GUILLEMETS = re.compile(r"«[\s\u00a0\u202f]*|[\s\u00a0\u202f]*»")
# « 7,4 % »: French spaces a percent sign, English news and reports write "7.4%".
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d)[ \u00a0\u202f]+(%)")
_FRENCH_ORDINAL = re.compile(r"\b(\d{1,4})(er|ère|re|e|ème|è)\b(?![.\d])")


class EnglishFrenchPunctuation(Check):
    id = "en-french-punctuation"
    name = "French punctuation in English"
    description = ("French typography left in the English: « guillemets », a space before a "
                   "colon, semicolon, question or exclamation mark or a percent sign, French "
                   "ordinals (\"1er\").")
    category = "Linguistic conventions/Punctuation"
    severity = Severity.MINOR
    severities = (Severity.NEUTRAL, Severity.MINOR)  # neutral on the source side
    delivered_convention = True
    languages = ("en",)
    bad_examples = (Example("Il a dit : « non » le 1er juillet.",
                            "He said : « no » on 1er July.", flags=(' :', '« ', ' »', '1er')),
                    Example("Le taux est de 7,4 %.", "The rate is 7.4 %.", flags=(' %',)))
    good_examples = (Example("Il a dit : « non » le 1er juillet.",
                             "He said: \"no\" on 1 July; at 12:30, ratio 3:1."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "en", self._find)

    @staticmethod
    def _find(text: str) -> Iterator[Found]:
        for match in _SPACE_BEFORE.finditer(text) if _holds_any(text, ":;?!") else ():
            mark = match.group(1)
            yield Found(match.start(), match.end(),
                        f"English puts no space before \"{mark}\".", replacement=mark)
        digits = _DIGIT.search(text) is not None
        for match in _SPACE_BEFORE_PERCENT.finditer(text) if digits and "%" in text else ():
            yield Found(match.start(), match.end(),
                        "English writes a percentage without a space: \"15%\".",
                        replacement="%")
        for match in _GUILLEMETS.finditer(text) if _holds_any(text, "«»") else ():
            quote = "“" if "«" in match.group() else "”"
            yield Found(match.start(), match.end(),
                        "French guillemets in English: use quotation marks.", replacement=quote)
        for match in _FRENCH_ORDINAL.finditer(text) if digits else ():
            number = int(match.group(1))
            suffix = ("th" if 10 <= number % 100 <= 20
                      else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th"))
            yield Found(match.start(), match.end(),
                        f"French ordinal \"{match.group()}\" in English.",
                        replacement=f"{number}{suffix}")
