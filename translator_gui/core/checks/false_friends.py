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
    # Context rules, each a regex on one side where {w} stands for the word itself: `wrong`
    # (the cognate is wrong only there: "assurer la sécurité"), `right` (the cognate is
    # right there: "demand for energy", "realized that").
    wrong: tuple[tuple[str, re.Pattern[str]], ...] = ()
    right: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # Correct renderings that other source words may account for ("may" renders the French
    # conditional, not « éventuellement »): (rendering, source words producing it).
    accounted: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    sense: str = ""
    hint_only: bool = False


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


def _contexts(cell: str, french: re.Pattern[str] | None, english: re.Pattern[str] | None
              ) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """`fr:REGEX; en:REGEX`: each rule names the side it reads; {w} is the word's forms."""
    rules = []
    for item in cell.split(";"):
        item = item.strip()
        if not item or ":" not in item:
            continue
        side, _, regex = item.partition(":")
        side = side.strip()
        word = french if side == "fr" else english
        forms = word.pattern if word is not None else r"(?!)"
        rules.append((side, re.compile(regex.strip().replace("{w}", f"(?P<w>{forms})"),
                                       re.IGNORECASE)))
    return tuple(rules)


def _accounted(cell: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """`RENDERING=SOURCE WORDS; …`: a correct rendering another source word accounts for."""
    pairs = []
    for item in cell.split(";"):
        rendering, _, source = item.partition("=")
        if rendering.strip() and source.strip():
            pairs.append((re.compile(rf"(?<![\w-])(?:{rendering.strip()})(?![\w-])",
                                     re.IGNORECASE),
                           re.compile(rf"(?<![\w-])(?:{source.strip()})(?![\w-])",
                                      re.IGNORECASE)))
    return tuple(pairs)


@lru_cache(maxsize=1)
def false_friends() -> list[FalseFriend]:
    friends = []
    text = resource("checks", "false-friends-fr-en.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("direction\t"):
            continue
        (direction, fr, en_false, en_correct, fr_correct, wrong, right, accounted,
         sense) = (line.split("\t") + [""] * 9)[:9]
        french, english = _pattern(fr), _pattern(en_false)
        hint_only = en_correct.startswith("~")
        en_correct = en_correct.lstrip("~")
        friends.append(FalseFriend(french, english, _pattern(en_correct),
                                   _pattern(fr_correct), _suggestion(en_correct, True),
                                   _suggestion(fr_correct, False), direction in ("both", "fr-en"),
                                   direction in ("both", "en-fr"),
                                   _contexts(wrong, french, english),
                                   _contexts(right, french, english),
                                   _accounted(accounted), sense.strip(), hint_only))
    return friends


def _in_context(rules: tuple[tuple[str, re.Pattern[str]], ...], side: str, text: str,
                span: tuple[int, int]) -> bool:
    """Whether one of the rules for `side` matches around the word at `span` ({w} is that
    word), or anywhere within 60 characters of it when the rule has no {w}."""
    for rule_side, rule in rules:
        if rule_side != side:
            continue
        if "w" in rule.groupindex:
            if any(m.span("w") == span or (m.start("w") <= span[0] < m.end("w"))
                   for m in rule.finditer(text)):
                return True
        elif rule.search(text, max(0, span[0] - 60), min(len(text), span[1] + 60)):
            return True
    return False


def _article_fit(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """Take a preceding "a"/"an" into the span when the replacement needs the other one
    ("an important" → "a large", "a tentative" → "an attempt")."""
    before = re.search(r"(?<![\w-])(a|an|A|An)\s+$", text[:start])
    if before is None or not replacement:
        return start, end, replacement
    article = before.group(1)
    wanted = "an" if replacement[0].lower() in "aeiou" else "a"
    if article.lower() == wanted:
        return start, end, replacement
    fitted = wanted.capitalize() if article[0].isupper() else wanted
    return before.start(1), end, f"{fitted} {replacement}"


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
        source_side, target_side = ("fr", "en") if french_source else ("en", "fr")
        reported: list[tuple[int, int]] = []
        # An English calque pattern owns its words ("put in evidence" → "highlighted"): a fix of
        # "evidence" alone inside it would damage the sentence ("put in obvious").
        owned = (calque_spans(segment.target, segment.source)
                 if context.target_language == "en" else [])
        for friend in false_friends():
            if french_source:
                if not friend.fr_en:
                    continue
                trigger, wrong, right = friend.french, friend.english_false, friend.english_correct
                explains, suggestion = friend.french_correct, friend.english_suggestion
            else:
                if not friend.en_fr:
                    continue
                trigger, wrong, right = friend.english_false, friend.french, friend.french_correct
                explains, suggestion = friend.english_correct, friend.french_suggestion
            if trigger is None or wrong is None:
                continue
            words = [m for m in trigger.finditer(source) if self._counts(
                friend, source_side, segment.source, source, m)]
            if not words:
                continue
            cognates = [m for m in wrong.finditer(target) if self._counts(
                friend, target_side, segment.target, target, m)]
            if not cognates:
                continue
            # The context decides for the pair: a word with a "wrong" rule is a false friend
            # only where a rule matches, on either side.
            if friend.wrong and not any(
                    _in_context(friend.wrong, source_side, source, w.span()) for w in words) \
                    and not any(_in_context(friend.wrong, target_side, target, c.span())
                                for c in cognates):
                continue
            if any(_in_context(friend.right, target_side, target, c.span()) for c in cognates):
                continue
            # Align word by word: cognates another source word accounts for (« retard » →
            # "delay" beside « délai ») are not renderings of this word; correct renderings
            # count against it only when no other source word accounts for them.
            explained = len(list(explains.finditer(source))) if explains is not None else 0
            rendered = self._renderings(friend, right, source, target) if french_source else (
                len(list(right.finditer(target))) if right is not None else 0)
            unrendered = len(words) - rendered
            spare = len(cognates) - explained
            count = min(unrendered, spare)
            if count <= 0:
                continue
            ratio = words[0].start() / max(1, len(source))
            ordered = sorted(cognates, key=lambda c: abs(c.start() / max(1, len(target)) - ratio))
            source_word = segment.source[words[0].start():words[0].end()]
            for found in ordered[:count]:
                target_word = segment.target[found.start():found.end()]
                if (source_word[:1].isupper() and not sentence_initial(
                        segment.source, words[0].start())) or (
                        target_word[:1].isupper() and not sentence_initial(
                            segment.target, found.start())) or (
                        source_word[:1].isupper() and source_word in segment.target):
                    continue
                if any(a < found.end() and found.start() < b for a, b in reported + owned):
                    continue
                reported.append(found.span())
                message = f"« {target_word} » is a false friend of « {source_word} » here."
                if friend.sense:
                    message += f" {friend.sense}"
                fix = inflect_like(target_word, suggestion, context.target_language)
                if fix is None or friend.hint_only or context.target_language != "en":
                    yield Finding("target", found.start(), found.end(), message, hint=fix)
                    continue
                start, end, fix = _article_fit(segment.target, found.start(), found.end(),
                                               _case_like(target_word, fix))
                yield Finding("target", start, end, message, replacement=fix)

    @staticmethod
    def _counts(friend: FalseFriend, side: str, text: str, lowered: str,
                match: re.Match[str]) -> bool:
        """A word outside the contexts where the cognate is right."""
        return not _in_context(friend.right, side, lowered, match.span())

    @staticmethod
    def _renderings(friend: FalseFriend, right: re.Pattern[str] | None, source: str,
                    target: str) -> int:
        """Correct renderings in the target that no other source word accounts for."""
        if right is None:
            return 0
        count = 0
        for match in right.finditer(target):
            claimed = any(rendering.fullmatch(match.group()) and producer.search(source)
                          for rendering, producer in friend.accounted)
            count += not claimed
        return count


def _case_like(model: str, text: str) -> str:
    if model[:1].isupper() and text[:1].islower():
        return text[0].upper() + text[1:]
    return text
