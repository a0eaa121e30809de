"""French conventions left in an English draft: French name forms (« M. DUPONT », « Madame
Dupont », a surname in capitals after a title) and French words that English dictionaries also
know, left untranslated ("the first atelier" for « le premier atelier »)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.mt_support import both_sides, match_case, rows
from translator_gui.core.checks.text import known_name

_CAPS_SURNAME = r"[A-ZÀ-Ý]{2,}(?:[-'’][A-ZÀ-Ý]{2,})*"
_NAME = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’][A-ZÀ-Ý]?[a-zà-ÿ]+)*"
# A French title before a name in the English: "M. Dupont", "Mme Dupont", "Madame Dupont".
_FRENCH_TITLE = re.compile(
    rf"(?<![\w.])(?P<title>M\.|MM\.|Mme|Mmes|Mlle|Mlles|Monsieur|Madame|Mademoiselle)"
    rf"(?=\s+(?:{_NAME}|{_CAPS_SURNAME})\b)")
_ENGLISH_TITLE_FOR = {"M.": "Mr", "MM.": "Messrs", "Monsieur": "Mr", "Mme": "Ms", "Mmes": "Ms",
                      "Madame": "Ms", "Mlle": "Ms", "Mlles": "Ms", "Mademoiselle": "Ms"}


@cache
def _title_caps() -> re.Pattern[str]:
    """A surname in capitals after an English title or office (resources/checks/titles-en.tsv):
    "Mr DUPONT", "Ms. LE PEN", "Professor DURAND", "Minister DUPONT"."""
    titles: dict[str, list[str]] = {"courtesy": [], "office": []}
    for kind, title, *_ in rows("titles-en.tsv"):
        titles[kind].append(re.escape(title).replace(r"\ ", r"\s+"))

    def either(kind: str) -> str:
        return "|".join(sorted(titles[kind], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.])(?:(?:{either('courtesy')})\s+(?:{_NAME}\s+)?(?=[A-ZÀ-Ý]{{2}})|"
        rf"(?:{either('office')})\s+(?:{_NAME}\s+)?(?=[A-ZÀ-Ý]{{4}}))"
        rf"(?P<surname>{_CAPS_SURNAME}(?:\s+{_CAPS_SURNAME})?)\b(?![\w-])")


# A first name and a surname in capitals without a title: "Gabriel ATTAL", copied from the
# French administrative style (four capitals at least: "Airbus SAS", "Phoenix TV" are names).
_NAME_CAPS = re.compile(rf"\b(?P<first>{_NAME})\s+"
                        rf"(?P<surname>{_CAPS_SURNAME}(?:\s+{_CAPS_SURNAME})?)\b(?![\w-])")
# Two capitals in a row, which every surname in capitals holds (_CAPS_SURNAME): a text without
# (six in seven of WMT14's English) is not searched for one. And what every French title
# (_FRENCH_TITLE) holds, found by a pattern re scans for its first letter: _FRENCH_TITLE
# opens with a look-behind, tried at every place of the text.
_TWO_CAPITALS = re.compile(r"[A-ZÀ-Ý]{2}")
_FRENCH_TITLE_WORD = re.compile(r"M(?:\.|M\.|me|lle|onsieur|adame|ademoiselle)")
_MRS = re.compile(r"\b(?P<title>Mrs)(?P<dot>\.?)(?=\s+[A-ZÀ-Ý])")
_FRENCH_MADAME = re.compile(r"\b(?:Madame|Mme)\b")


def _title_case(surname: str) -> str:
    return re.sub(r"[A-ZÀ-Ý]+", lambda m: m.group()[0] + m.group()[1:].lower(), surname)


@register
class EnglishFrenchNameConvention(Check):
    id = "en-french-name-convention"
    name = "French name conventions in English"
    description = ("French ways of writing names kept in the English: a surname in capitals "
                   "after a title (\"Mr DUPONT\" → \"Mr Dupont\"), French titles (\"M. Dupont\" → "
                   "\"Mr Dupont\", \"Madame Dupont\" → \"Ms Dupont\"), and \"Mrs\" for « Madame », "
                   "which institutional English renders \"Ms\".")
    category = "Locale conventions/Name format"
    severity = Severity.MINOR
    languages = ("en",)
    bad_examples = (Example("Madame Dupont a remercié M. MARTIN.",
                            "Mrs DUPONT thanked M. Martin.", flags=('Mrs', 'DUPONT', 'M.')),)
    good_examples = (Example("Madame Dupont a remercié M. Martin.",
                             "Ms Dupont thanked Mr Martin of the WHO and NATO."),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        source = (context.segment.source if context.source_language == "fr"
                  and both_sides(context) else "")
        for side in context.sides_in("en"):
            text = context.text(side)
            in_capitals = _TWO_CAPITALS.search(text) is not None  # (a surname may be)
            titled = list(_title_caps().finditer(text)) if in_capitals else []
            surnames = [(m.start("surname"), m.group("surname")) for m in titled] + [
                (m.start("surname"), m.group("surname"))
                for m in (_NAME_CAPS.finditer(text) if in_capitals else ())
                if side == "target" and m.group().lower() in source.lower()
                and len(m.group("surname").replace(" ", "")) >= 4
                and known_name(m.group("first"))
                and not any(t.start() <= m.start("surname") < t.end() for t in titled)]
            for start, surname in sorted(surnames):
                yield Finding(side, start, start + len(surname),
                              f"English writes a surname with a capital initial only: "
                              f"\"{_title_case(surname)}\".", replacement=_title_case(surname))
            for match in (_FRENCH_TITLE.finditer(text) if _FRENCH_TITLE_WORD.search(text)
                          else ()):
                title = match.group("title")
                english = _ENGLISH_TITLE_FOR[title]
                # "Madame Chirac" is at home in English journalism; "Mme", "M." are not.
                spelt_out = title in ("Monsieur", "Madame", "Mademoiselle")
                yield Finding(side, match.start("title"), match.end("title"),
                              f"« {title} » is the French title: English writes \"{english}\".",
                              replacement=english,
                              severity=Severity.NEUTRAL if spelt_out else None)
            if side == "target" and ("Madame" in source or "Mme" in source) \
                    and _FRENCH_MADAME.search(source):
                capitals = {m.start() for m in _title_caps().finditer(text)}
                for match in _MRS.finditer(text):
                    # House style (UN, EU: "Ms") unless the name is mangled anyway.
                    yield Finding(side, match.start(), match.end(),
                                  "« Madame » is \"Ms\" in institutional English (\"Mrs\" "
                                  "presumes a married woman).",
                                  replacement="Ms" + match.group("dot"),
                                  severity=Severity.MINOR if match.start() in capitals
                                  else Severity.NEUTRAL)


@cache
def _homographs() -> dict[str, tuple[str, tuple[str, ...]]]:
    table = {}
    for row in rows("french-homographs-en.tsv"):
        if len(row) >= 2:
            others = tuple(o.strip() for o in (row[2] if len(row) > 2 else "").split("|")
                           if o.strip())
            table[row[0].lower()] = (row[1], others)
    return table


@register
class EnglishFrenchHomograph(Check):
    id = "en-untranslated-homograph"
    name = "French word kept in English (also an English word)"
    description = ("A French word the English dictionary also knows, kept as is from the "
                   "source (\"the first atelier\" for « le premier atelier »: English "
                   "\"atelier\" is an artist's studio). Fires only when the source has the "
                   "same word and the draft none of its translations "
                   "(resources/checks/french-homographs-en.tsv).")
    category = "Accuracy/Untranslated"
    severity = Severity.MAJOR
    languages = ("en",)
    bad_examples = (Example("Le premier atelier a eu lieu à Shanghai.",
                            "The first atelier took place in Shanghai.", flags=('atelier',)),)
    good_examples = (Example("Le premier atelier a eu lieu à Shanghai.",
                             "The first workshop took place in Shanghai."),
                     Example("Elle a ouvert un atelier de peinture.",
                             "She opened a painting workshop, an atelier-style studio."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if context.source_language != "fr" or context.target_language != "en":
            return
        if not both_sides(context):
            return
        source = context.segment.source.lower().replace("’", "'")
        target = context.segment.target
        lowered = target.lower()
        for word, (english, others) in _homographs().items():
            if word not in lowered or not re.search(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])",
                                                    source):
                continue
            if any(re.search(rf"(?<![\w-]){re.escape(t.lower())}", lowered)
                   for t in (english, *others)):
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?P<s>s?)(?![\w-])",
                                     target, re.IGNORECASE):
                found = match.group()
                if found[0].isupper() and match.start() > 0 and not target[
                        :match.start()].rstrip().endswith((".", "!", "?")):
                    continue  # a name ("Atelier Dupont")
                plural = english + "s" if match.group("s") and not english.endswith("s") \
                    else english
                yield Finding("target", match.start(), match.end(),
                              f"« {found} » is the French word left untranslated: "
                              f"\"{plural}\".", replacement=match_case(found, plural))
