"""False friends between French and English, from resources/checks/false-friends-fr-en.tsv."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.calques_en import calque_spans
from translator_gui.core.checks.text import both_sides, lower_same_length, sentence_initial
from translator_gui.core.resources import resource


@dataclass(frozen=True)
class FalseFriend:
    french: re.Pattern[str] | None
    english_false: re.Pattern[str] | None
    english_correct: re.Pattern[str] | None
    french_correct: re.Pattern[str] | None
    english_suggestion: str | None
    french_suggestion: str | None
    fr_en: bool
    en_fr: bool


def _pattern(forms: str) -> re.Pattern[str] | None:
    alternatives = []
    for form in forms.split("|"):
        form = form.strip()
        if not form or form == "—":
            continue
        # "assist* ~ ceremon*": the word, when one of the next few words is the context.
        form, _, context = form.partition(" ~ ")
        words = []
        for word in form.split():
            escaped = re.escape(lower_same_length(word)).replace(r"\*", r"[\w-]*")
            words.append(escaped)
        pattern = r"(?:\s+|'\s*)".join(words)
        if context.strip():
            following = re.escape(lower_same_length(context.strip())).replace(r"\*", r"[\w-]*")
            # The context must be the object, not the end of an adverbial phrase: the words
            # between may not include a preposition or an object pronoun.
            gap = (r"(?:\W+(?!(?:during|for|with|to|in|on|by|from|after|before|while|since|him|"
                   r"her|them|me|us|you)\b)[\w'-]+)")
            pattern += rf"(?={gap}{{0,4}}?\W+{following}(?![\w-]))"
        alternatives.append(pattern)
    if not alternatives:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _suggestion(forms: str, inflectable: bool) -> str | None:
    """The right rendering to offer: the first the data lists when it can be inflected
    (a stem keeps its `*` for inflect_like()), otherwise the first whole word or phrase."""
    listed = [form.strip() for form in forms.split("|") if form.strip() and form != "—"]
    if not listed:
        return None
    if inflectable:
        return listed[0]
    whole = [form for form in listed if "*" not in form]
    return whole[0] if whole else listed[0].replace("*", "")


def inflect_like(flagged: str, suggestion: str | None, language: str) -> str | None:
    """Give an English stem suggestion the inflection of the flagged word.

    The data stores right renderings as stems (« attend* »); the translator needs the word
    that fits the sentence: "assisted" → "attended", "libraries" → "bookshops". Only regular
    English endings are produced; anything else gets the bare stem.
    """
    if suggestion is None or not suggestion.endswith("*"):
        return suggestion
    stem = suggestion.rstrip("*").strip()
    if language != "en" or " " in stem:
        return stem
    word = flagged.lower()
    if word.endswith("ing"):
        return (stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem) + "ing"
    if word.endswith("ed"):
        return stem + ("d" if stem.endswith("e") else "ed")
    if word.endswith("ly") and not stem.endswith("ly"):
        return stem + "ly"
    if word.endswith("s") and not word.endswith("ss"):
        if stem.endswith(("s", "x", "z", "ch", "sh")):
            return stem + "es"
        if stem.endswith("y") and stem[-2:-1] not in ("a", "e", "i", "o", "u"):
            return stem[:-1] + "ies"
        return stem + "s"
    return stem


@lru_cache(maxsize=1)
def false_friends() -> list[FalseFriend]:
    friends = []
    text = resource("checks", "false-friends-fr-en.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("direction\t"):
            continue
        direction, fr, en_false, en_correct, fr_correct = (line.split("\t") + [""] * 5)[:5]
        friends.append(FalseFriend(_pattern(fr), _pattern(en_false), _pattern(en_correct),
                                   _pattern(fr_correct), _suggestion(en_correct, True),
                                   _suggestion(fr_correct, False), direction in ("both", "fr-en"),
                                   direction in ("both", "en-fr")))
    return friends


class FalseFriendCheck(Check):
    id = "false-friend"
    name = "False friend"
    description = ("The target renders a source word by its look-alike with another meaning "
                   "(« librairie » → library, « délai » → delay, « actuellement » → actually); "
                   "fires only when the right rendering is absent.")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Il a acheté le livre dans une librairie.", "He bought the book in a library."),
        Example("Le délai de dépôt est fixé au 12 mai.", "The filing delay is set for 12 May."),
        Example("Il est actuellement ministre.", "He is actually a minister."),
        Example("He is actually a minister.", "Il est actuellement ministre.", "en", "fr"),
    )
    good_examples = (
        Example("Il a acheté le livre dans une librairie.", "He bought the book in a bookshop."),
        Example("Le délai de dépôt est fixé au 12 mai.", "The filing deadline is 12 May."),
        Example("Le train a eu du retard.", "The train was subject to a delay."),
        Example("Il est actuellement ministre ; en fait, il l'est depuis 2020.",
                "He is currently a minister; actually, he has been since 2020."),
        Example("Ma Zhaoxu a assisté à la cérémonie.", "Ma Zhaoxu attended the ceremony."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        languages = (context.source_language, context.target_language)
        if languages not in (("fr", "en"), ("en", "fr")):
            return
        segment = context.segment
        source = lower_same_length(segment.source)
        target = lower_same_length(segment.target)
        french_source = languages == ("fr", "en")
        reported: set[tuple[int, int]] = set()
        # An English calque pattern owns its words ("put in evidence" → "highlighted"): a fix of
        # "evidence" alone inside it would damage the sentence ("put in obvious").
        owned = (calque_spans(segment.target, segment.source)
                 if context.target_language == "en" else [])
        for friend in false_friends():
            if french_source:
                if not friend.fr_en:
                    continue
                trigger, wrong, right = friend.french, friend.english_false, friend.english_correct
                suggestion = friend.english_suggestion
            else:
                if not friend.en_fr:
                    continue
                trigger, wrong, right = friend.english_false, friend.french, friend.french_correct
                suggestion = friend.french_suggestion
            if trigger is None or wrong is None or not trigger.search(source):
                continue
            found = wrong.search(target)
            if found is None or (right is not None and right.search(target)):
                continue
            trigger_word = trigger.search(source)
            assert trigger_word is not None
            source_word = segment.source[trigger_word.start():trigger_word.end()]
            target_word = segment.target[found.start():found.end()]
            # A capitalized word inside a sentence is a name (Stage Entertainment, a song
            # called "Habits"): names are not mistranslated by being kept.
            if (source_word[:1].isupper() and not sentence_initial(
                    segment.source, trigger_word.start())) or (
                    target_word[:1].isupper() and not sentence_initial(
                        segment.target, found.start())) or (
                    source_word[:1].isupper() and source_word in segment.target):
                continue
            if (found.start(), found.end()) in reported or any(
                    start < found.end() and found.start() < end for start, end in owned):
                continue
            reported.add((found.start(), found.end()))
            yield Finding("target", found.start(), found.end(),
                          f"« {target_word} » is a false friend of « {source_word} » here.",
                          inflect_like(target_word, suggestion, context.target_language))
