"""The sense table of false friends (resources/checks/senses-en-fr.tsv): common polysemous English
words whose French draft took the word of another sense, read as rows of the false-friend check.

A row names the English word, the French word of the wrong sense, the French renderings of the
right one, and the English context that selects the right sense: a phrase around the word
(`{w} opener`, `heavy-{w}`) or a word a few words before or after it (`steel`). The check fires
only for an occurrence of the English word the context selects, where the draft has the
wrong-sense word and no right-sense rendering."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from translator_gui.core.checks.text import data_rows, lower_same_length

# Words between the context word and the word itself (a clause's punctuation stops the reach).
_NEAR = 3
_GAP = r"[^\w.\x3b:!?()]+"  # (\x3b: the table's rules are split on semicolons)


# Word classes a context may name as `<class>` (a material, a colour, a body part...): one
# entry stands for every word of the class (resources/checks/sense-classes-en.tsv).
CLASSES = "sense-classes-en.tsv"


@lru_cache(maxsize=1)
def word_classes() -> dict[str, str]:
    """class name -> its words as a regex alternation (longest first)."""
    classes: dict[str, list[str]] = {}
    for row in data_rows(CLASSES):
        if len(row) > 1 and row[0] != "class":  # (the header)
            classes.setdefault(row[0].lower(), []).extend(
                word.strip() for word in row[1].split("|") if word.strip())
    return {name: "(?:" + "|".join(
        r"[\s-]+".join(re.escape(lower_same_length(w)) for w in re.split(r"[ -]", word))
        for word in sorted(set(words), key=len, reverse=True)) + ")"
        for name, words in classes.items()}


def _phrase(entry: str) -> str:
    """A context entry as a regex: `*` ends any word, `#` is a number, a space or hyphen is
    either, `<class>` any word of a class (word_classes), {w} stays."""
    pieces = []
    for piece in re.split(r"(\{w\}|<[a-z-]+>|\*|#|[ -])", lower_same_length(entry.strip())):
        if piece == "{w}":
            pieces.append("{w}")
        elif piece.startswith("<") and piece.endswith(">") and len(piece) > 2:
            pieces.append(word_classes()[piece[1:-1]])  # an unknown class is a table error
        elif piece == "#":
            pieces.append(r"\d[\d,./]*")
        elif piece == "*":
            pieces.append(r"[\w'-]*")
        elif piece in (" ", "-"):
            pieces.append(r"[\s-]+")
        elif piece:
            pieces.append(re.escape(piece))
    return "".join(pieces)


def context_rule(cell: str) -> str:
    """The `wrong` rule (`en:REGEX`) of a sense row: its phrases with {w}, and its words found
    up to _NEAR words before or after the word. Phrases that end or begin with the word share
    one alternation each, so the word's own pattern appears a few times, not once a phrase
    (compiling the rule is most of what a row costs)."""
    before, after, other, near = [], [], [], []
    for entry in cell.split("|"):
        if not entry.strip():
            continue
        if "{w}" not in entry:
            near.append(_phrase(entry))
            continue
        phrase = _phrase(entry)
        if phrase.count("{w}") == 1 and phrase.endswith("{w}") and phrase != "{w}":
            before.append(phrase[:-3])
        elif phrase.count("{w}") == 1 and phrase.startswith("{w}") and phrase != "{w}":
            after.append(phrase[3:])
        else:
            other.append(phrase)
    alternatives = [rf"(?<![\w-]){p}(?![\w])" for p in other]
    if before:
        alternatives.append(r"(?<![\w-])(?:" + "|".join(before) + r"){w}(?![\w])")
    if after:
        alternatives.append(r"{w}(?:" + "|".join(after) + r")(?![\w])")
    if near:
        words = "(?:" + "|".join(near) + ")"
        between = rf"(?:{_GAP}[\w'’-]+){{0,{_NEAR}}}?{_GAP}"
        alternatives.append(rf"(?<![\w-]){words}{between}{{w}}")
        alternatives.append(rf"{{w}}{between}{words}(?![\w])")
    return "en:" + "|".join(alternatives) if alternatives else ""


def sense_cells(line: str) -> list[str] | None:
    """The nine cells of the false-friend tables for one line of the sense table (None for a
    comment or the header): direction en-fr, the wrong French word, the English word, the
    English words that account for the French word (a hint-only fix is decided by the check),
    the right renderings, the context rule, no right rule, the right renderings other source
    words account for, the sense."""
    if not line.strip() or line.startswith("#") or line.startswith("en\t"):
        return None
    cells = (line.split("\t") + [""] * 7)[:7]
    english, wrong, right, context, explained, sense, accounted = cells
    return ["en-fr", wrong, english, explained, right, context_rule(context), "", accounted,
            sense]


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if unicodedata.category(c) != "Mn")


_ENGLISH_WORD = re.compile(r"[^\W\d_]{5,}")


def english_stems(source: str, skip: list[tuple[int, int]]) -> dict[str, list[str]]:
    """The English words of five letters or more of `source`, by their first five letters,
    less those at the spans `skip` (the flagged word's own occurrences)."""
    stems: dict[str, list[str]] = {}
    for match in _ENGLISH_WORD.finditer(source):
        if any(s <= match.start() < e for s, e in skip):
            continue
        word = _plain(match.group())
        stems.setdefault(word[:5], []).append(word)
    return stems


def renders_another_word(rendering: str, stems: dict[str, list[str]]) -> bool:
    """Whether a French rendering is the look-alike of another English word of the source
    (« résistant » of "resistant", « massages » of "massage", « elliptique » of "elliptical"):
    it translates that word, not the one the check is judging."""
    for french in _ENGLISH_WORD.findall(rendering):
        plain = _plain(french)
        for english in stems.get(plain[:5], ()):
            common = 5
            while (common < min(len(plain), len(english))
                   and plain[common] == english[common]):
                common += 1
            if common >= 0.7 * min(len(plain), len(english)):
                return True
    return False
