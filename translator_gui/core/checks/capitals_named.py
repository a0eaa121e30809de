"""A name the English writes with a capital (the planet, the book) whose French noun the
draft writes in lower case: "the future of the Earth's resources" → « les ressources de la
terre » for « de la Terre »; "the Moon" → « la lune » for « la Lune ».

French writes these nouns in lower case in their other senses (« la terre » is also soil or
land, « une bible » a reference book), so the French alone does not tell the name: the English
capital does, mid-sentence and outside a run of capitalized words (a title, a brand: "Down To
Earth"). The noun is flagged only after its article (« la terre », « de la terre »), and not
when the English also has a word that French renders by the same noun in another sense
("soil", "land"). Names and other senses: resources/checks/named-nouns-en-fr.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.capitals import french_draft_of_english
from translator_gui.core.checks.false_friends import _pattern as forms_pattern
from translator_gui.core.checks.text import data_rows, lower_same_length, sentence_initial


class _Name(NamedTuple):
    english: re.Pattern[str]  # the capitalized English name
    french: re.Pattern[str]  # its French noun in lower case after its article
    written: str  # the French noun as French writes it, with its capital
    other: re.Pattern[str] | None  # English words of its other senses


# The article before the noun, also inside « de la », « à la », « du », « au »
_ARTICLES = {"la": r"\bla", "le": r"\b(?:le|du|au)", "les": r"\b(?:les|des|aux)"}


@cache
def _names() -> tuple[_Name, ...]:
    names = []
    for row in data_rows("named-nouns-en-fr.tsv"):
        if len(row) < 2 or row[0] == "english":
            continue
        article, _, noun = row[1].partition(" ")
        names.append(_Name(
            re.compile(r"(?<![\w-])" + re.escape(row[0]) + r"(?![\w-])"),
            re.compile(_ARTICLES.get(article.lower(), re.escape(article)) + r"\s+(?P<noun>"
                       + re.escape(noun.lower()) + r")(?![\w-])", re.IGNORECASE),
            # (the false-friend tables' form lists: `|` between forms, `*` ends any word)
            noun, forms_pattern(row[2]) if len(row) > 2 else None))
    return tuple(names)


def _inside_capitals(text: str, start: int, end: int) -> bool:
    """Whether the name stands next to another capitalized word (a title, a brand)."""
    before = re.search(r"([^\W\d_][\w'-]*)\W*$", text[max(0, start - 40):start])
    after = re.match(r"\W*([^\W\d_][\w'-]*)", text[end:end + 40])
    return any(m is not None and m.group(1)[:1].isupper() and m.group(1) != "I"
               for m in (before, after))  # ("Earth's": the « s » is in lower case)


@register
class FrenchNamedNounLowercase(Check):
    id = "fr-named-noun-lowercase"
    name = "A name's capital lost (French draft)"
    description = ("The English writes a name with a capital (the Earth, the Moon, the Bible) "
                   "and the French draft writes its French noun in lower case, as its other "
                   "sense (« les ressources de la terre » for \"the Earth's resources\": « la "
                   "Terre »). Judged only after the noun's article, mid-sentence, outside a "
                   "title, and when the English has no word of the noun's other senses (soil, "
                   "land).")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (
        Example("Oceans cover most of the Earth's surface.",
                "Les océans couvrent la majeure partie de la surface de la terre.", "en", "fr",
                flags=("terre",)),
        Example("The astronauts walked on the Moon in 1969.",
                "Les astronautes ont marché sur la lune en 1969.", "en", "fr", flags=("lune",)),
    )
    good_examples = (
        Example("Forests cover a third of the Earth.", "Les forêts couvrent un tiers de la Terre.",
                "en", "fr"),
        Example("Water the earth around the roots.", "Arrosez la terre autour des racines.",
                "en", "fr"),
        Example("The Earth has rich soil here.", "La Terre a ici une terre riche.", "en", "fr"),
        Example("Read Down To Earth Magazine every month.",
                "Lisez le magazine de la terre chaque mois.", "en", "fr"),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        texts = french_draft_of_english(context)
        if texts is None:
            return
        draft, source = texts
        for name in _names():
            said = [m for m in name.english.finditer(source)
                    if not sentence_initial(source, m.start())
                    and not _inside_capitals(source, m.start(), m.end())]
            if not said:
                continue
            # the English without the name itself: a word of the noun's other senses there
            # (soil, land, or the name in lower case) may be what the lower case renders
            rest = lower_same_length(name.english.sub(" ", source))
            if name.other is not None and name.other.search(rest):
                continue
            lowered = [m for m in name.french.finditer(draft)
                       if draft[m.start("noun")].islower()]
            for m in lowered[:len(said)]:
                yield Finding("target", m.start("noun"), m.end("noun"),
                              f"« {m.group('noun')} » names {said[0].group()} here, as the "
                              f"English capital says: French writes « {name.written} ».",
                              replacement=name.written)
