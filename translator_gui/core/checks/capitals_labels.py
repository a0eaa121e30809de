"""A label of a specification list whose capital the translation lost: "Weight: 20 oz Size:
10 in Includes: a filter" → « Poids : 20 oz taille : 10 po comprend : un filtre ». Run on one
line, each "Label:" opens an item of the list, and both languages write it with a capital; a
translation that lower-cases it makes the item run into the value before it.

The two sides' label colons are paired in order (only when they are as many); a label of one
word in the source, after a value (a number, a unit, a bracket, a content word), with a
capital, and its partner of one word in lower case in the translation is flagged, the capital
being the fix. Running text with a colon (« il a déclaré : ») has no capitalized one-word label
list in its source, and two label colons at least are asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.mt_support import both_sides
from translator_gui.core.checks.text import SPACES, data_words, look_back

# A word, then a colon that ends a label: spaces before it (French), then a space or the end
# after it (not a time « 10:30 », not a ratio, not a web address).
_LABEL_COLON = re.compile(rf"([^\W\d_][\w’'-]*)[{SPACES}]*:(?=[{SPACES}\t\n]|$)")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*|\S")
# A list of specifications has two labels at least; one colon may be running text's.
_MIN_LABELS = 2


class _Label(NamedTuple):
    start: int  # where the label's last word (the one before the colon) starts
    end: int
    one_word: bool  # no other word of the label before it (a value or the text's start)
    opens_sentence: bool  # nothing but the text's start or a sentence end before it


def _labels(text: str, language: str) -> list[_Label]:
    links = data_words("terms-function-words.tsv", language)
    found = []
    for match in _LABEL_COLON.finditer(text):
        start, end = match.span(1)
        before = text[look_back(text, start):start].rstrip(SPACES + "\t")
        opens = not before or before[-1] in ".!?:;•*\n\r([«\"“"
        previous = _WORD.findall(text[max(0, start - 40):start])
        last = previous[-1] if previous else ""
        unit = len(previous) > 1 and previous[-2][:1].isdigit()  # "10 in", « 20 oz »
        # After a capitalized word, the label has two words ("Cartridge Capacity"); after a
        # function word (« capacité de la cartouche »), the word before the colon does not open
        # the label: only a label of one word says which word takes the capital.
        capitalized = last[:1].isupper() and not last.isupper()  # (a code, « AA », is a value)
        one_word = opens or unit or not (capitalized or last.lower() in links)
        if any(c.isupper() for c in last[1:]) and not last.isupper():
            one_word = False  # words glued by a lost line break ("hourCartridge capacité :")
        found.append(_Label(start, end, one_word, opens))
    return found


def lost_label_capitals(source: str, source_language: str, draft: str,
                        draft_language: str) -> Iterator[_Label]:
    """The draft's one-word labels in lower case whose source label has a capital."""
    source_labels = _labels(source, source_language)
    if len(source_labels) < _MIN_LABELS:
        return
    draft_labels = _labels(draft, draft_language)
    if len(draft_labels) != len(source_labels):
        return  # no telling which label is which
    capitalized = [source[s.start].isupper() for s in source_labels]
    if sum(capitalized) < _MIN_LABELS:
        return
    for label, is_capital, theirs in zip(draft_labels, capitalized, source_labels, strict=True):
        if is_capital and theirs.one_word and label.one_word and not label.opens_sentence \
                and not theirs.opens_sentence and draft[label.start].islower():
            yield label


@register
class LabelCapitalLost(Check):
    id = "label-capital-lost"
    name = "Label of a list lost its capital"
    description = ("A one-line list of specifications (\"Weight: 20 oz Size: 10 in\"): each "
                   "label the source writes with a capital opens an item, and the translation "
                   "writes it in lower case after the value before it (« Poids : 20 oz taille : "
                   "10 po »). The labels of both sides are paired in order, only when they are "
                   "as many, and only labels of one word are judged.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    bad_examples = (
        Example("Weight: 20 oz Size: 10 in Includes: pre-filter, bottle clip",
                "Poids : 20 oz taille : 10 po comprend : préfiltre, clip de bouteille", "en",
                "fr", flags=("taille", "comprend")),
        Example("Poids : 1,2 kg Couleur : rouge Matière : coton",
                "Weight: 1.2 kg colour: red material: cotton", flags=("colour", "material")),
    )
    good_examples = (
        Example("Weight: 20 oz Size: 10 in Includes: pre-filter",
                "Poids : 20 oz Taille : 10 po Comprend : préfiltre", "en", "fr"),
        # running text: one colon, a word in lower case the French keeps in lower case
        Example("The President said: we will act.", "Le président a déclaré : nous agirons.",
                "en", "fr"),
        # a label of two words: which French word opens it is not told
        Example("Weight: 2 kg Cartridge Capacity: 500 l",
                "Poids : 2 kg capacité de la cartouche : 500 l", "en", "fr"),
        # labels as many as the source's on separate sentences: already capitalized there
        Example("Colour: red. Size: large.", "Couleur : rouge. Taille : grande.", "en", "fr"),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context) or ":" not in context.segment.target:
            return
        draft = context.segment.target
        for label in lost_label_capitals(context.segment.source, context.source_language,
                                         draft, context.target_language):
            word = draft[label.start:label.end]
            yield Finding("target", label.start, label.end,
                          f"« {word} » opens an item of the list, as its source label does: "
                          f"it takes a capital.", replacement=word[:1].upper() + word[1:])
