"""Nouns listed after a first one that has its determiner, without their own: « un altimètre,
baromètre et boussole », « l'engagement à la compétition, qualité et innovation ». English
says the article once for the whole list ("an altimeter, barometer and compass"); French
repeats it before each noun (« un altimètre, un baromètre et une boussole »). Only words the
lexicon reads as nouns (or nouns and verb forms) count, so a list of adjectives is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity, register
from translator_gui.core.checks.text import Found, findings
from translator_gui.core.lexicon import french

_LIST = re.compile(
    r"\b(?P<det>le|la|les|l['’]|un|une|des|du|au|aux)\s*(?P<first>[a-zà-ÿ]{3,})"
    r"(?:\s+[a-zà-ÿ]+)?,\s+(?P<second>[a-zà-ÿ]{3,})(?:,\s+(?P<more>[a-zà-ÿ]{3,}))?"
    r"\s+(?:et|ou)\s+(?P<last>[a-zà-ÿ]{3,})\b")


def _noun(word: str, determined: bool = False) -> bool:
    """A noun, and nothing but a noun or a verb form (« pêche », « chasse »: in a list after a
    determined noun, a noun); after its own determiner any noun reading will do."""
    readings = french().analyses(word)
    if not any(a.pos == "noun" for a in readings):
        return False
    return determined or all(a.pos in ("noun", "verb") for a in readings)


def find_bare_listed_nouns(text: str) -> Iterator[Found]:
    """The span from the second noun of a list to its last, when the first has a determiner
    and the others, all plain nouns, have none."""
    if "," not in text:
        return
    for match in _LIST.finditer(text):
        others = [match.group(name) for name in ("second", "more", "last") if match.group(name)]
        if not _noun(match.group("first"), determined=True) or not all(map(_noun, others)):
            continue
        yield Found(match.start("second"), match.end("last"),
                    f"« {match.group('second')} » and the nouns after it have no determiner "
                    f"while « {match.group('first')} » has one: French repeats it before each "
                    "noun of a list.",
                    hint=f"a determiner before each noun (« {match.group('det')} … »)")


@register
class FrenchListedNounsWithoutDeterminer(Check):
    id = "fr-listed-noun-without-determiner"
    name = "Listed nouns without their determiner (French)"
    description = ("Nouns listed after a first one that has its determiner, without their own "
                   "(« un altimètre, baromètre et boussole »): English says the article once "
                   "for a list, French repeats it before each noun.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("It has an altimeter, barometer and compass.",
                            "Il a un altimètre, baromètre et boussole.", "en", "fr",
                            flags=("baromètre et boussole",)),)
    good_examples = (Example("It has an altimeter, barometer and compass.",
                             "Il a un altimètre, un baromètre et une boussole.", "en", "fr"),
                     Example("Strong, light and cheap.",
                             "La tente est solide, légère et bon marché.", "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", find_bare_listed_nouns)
