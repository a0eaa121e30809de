"""English verb and noun forms, enough to give a replacement the inflection of the words it
replaces ("assisted" → "attended", "put in evidence" → "highlighted", "has declared" → "declared").

Regular forms follow the spelling rules; the irregular verbs the checks need are listed in
resources/checks/english-irregular-verbs.tsv. Nothing here guesses beyond those rules: a form
it cannot place is answered with None, and the caller offers a hint instead of a replacement.
"""

from __future__ import annotations

import re
from functools import cache

from translator_gui.core.resources import read_resource_text

FORMS = ("base", "3sg", "past", "pp", "ing")
_VOWELS = "aeiou"
# Verbs stressed on their last syllable double its consonant (preferred, committed).
_DOUBLING = frozenset("admit commit compel control occur omit patrol permit prefer propel "
                      "refer regret submit transfer transmit equip excel expel "
                      "confer deter incur infer".split())
MODALS = frozenset("to will would can could may might must should shall not n't do does did "
                   "let cannot".split())
THIRD_PERSON_PLURAL = frozenset("i you we they".split())


@cache
def _irregular() -> dict[str, tuple[str, str, str, str, str]]:
    table: dict[str, tuple[str, str, str, str, str]] = {}
    for line in read_resource_text("checks", "english-irregular-verbs.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 5:
            base, third, past, participle, ing = cells[:5]
            table[base] = (base, third, past, participle, ing)
    return table


def _stem_doubles(base: str) -> bool:
    if base in _DOUBLING:
        return True
    # One syllable ending consonant-vowel-consonant (stop, plan), not w/x/y.
    return (len(base) >= 3 and base[-1] not in _VOWELS + "wxy" and base[-2] in _VOWELS
            and base[-3] not in _VOWELS and sum(c in _VOWELS for c in base) == 1)


def verb_forms(base: str) -> tuple[str, str, str, str, str]:
    """(base, 3rd person singular, past, past participle, -ing) of an English verb."""
    base = base.lower()
    irregular = _irregular().get(base)
    if irregular:
        return irregular
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past = base + "d"
        ing = base + "ing" if base.endswith(("ee", "ye", "oe")) else base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        past, ing = base[:-1] + "ied", base + "ing"
    elif _stem_doubles(base):
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    return base, third, past, past, ing


def all_forms(base: str) -> frozenset[str]:
    return frozenset(verb_forms(base))


def forms_pattern(base: str) -> str:
    """A regex alternation of every form of the verb (longest first)."""
    # Longest first; forms of one length in a fixed order (a set's order changes with every
    # process's string hashing, and the pattern is the key of its prepared gate).
    forms = sorted(all_forms(base), key=lambda form: (-len(form), form))
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


def form_of(word: str, base: str, previous: str = "") -> str | None:
    """Which form of `base` `word` is ("base", "3sg", "past", "pp", "ing"), None if none.

    A form shared by two slots ("put" base and past, "declared" past and participle) is told
    apart by the word before it: an auxiliary of the perfect makes a participle, a modal or
    "to" a base form, anything else a past tense.
    """
    word = word.lower()
    forms = verb_forms(base)
    slots = [slot for slot, form in zip(FORMS, forms, strict=True) if form == word]
    if not slots:
        return None
    if len(slots) == 1:
        return slots[0]
    previous = previous.lower()
    if "pp" in slots and previous in {"has", "have", "had", "having", "been", "be", "being",
                                      "is", "are", "was", "were", "'s", "'ve", "'d"}:
        return "pp"
    if "base" in slots and (previous in MODALS or previous in THIRD_PERSON_PLURAL):
        return "base"
    if "past" in slots:
        return "past"
    return slots[0]


def inflect(base: str, slot: str) -> str:
    """The `slot` form of `base`; a phrasal verb ("carry out") inflects its first word."""
    head, _, rest = base.partition(" ")
    form = verb_forms(head)[FORMS.index(slot)]
    return f"{form} {rest}" if rest else form


def like(word: str, word_base: str, new_base: str, previous: str = "") -> str | None:
    """`new_base` in the form `word` has as a form of `word_base` ("assisted", "assist",
    "attend" → "attended"), with its capitalization; None when `word` is not such a form."""
    slot = form_of(word, word_base, previous)
    if slot is None:
        return None
    return match_case(word, inflect(new_base, slot))


def match_case(model: str, text: str) -> str:
    """`text` capitalized like `model`: "Assisted" → "Attended", "ASSISTED" → "ATTENDED"."""
    if not model or not text:
        return text
    if len(model) > 1 and model.isupper():
        return text.upper()
    if model[0].isupper():
        return text[0].upper() + text[1:]
    return text


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"
