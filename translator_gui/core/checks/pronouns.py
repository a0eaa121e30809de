""""He"/"she" in an English draft for a French « Il »/« Elle » that stands for a thing:
French gives every noun a gender (« la résolution… Elle encourage »), English says "it".

The antecedent is taken to be the subject of the sentence just before (in the previous segment
or the same one): when that subject is a thing on one side (« La résolution », "It") and a
person on neither (a noun of resources/checks/animate-nouns.tsv, a name, "He"), the pronoun
stands for a thing.
"""

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
from translator_gui.core.checks.mt_support import (
    TOKEN,
    both_sides,
    previous_text,
    rows,
    sentences,
)

_ENGLISH_SUBJECT = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?][\"”’)]\s))(He|She)\b(?!['’])")
_FRENCH_SUBJECT = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?][\"”’)]\s))(Il|Elle)\b(?!['’-])")


@cache
def _lexicon(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, prefixes of starred words) of one language in animate-nouns.tsv."""
    whole: set[str] = set()
    prefixes: list[str] = []
    for row in rows("animate-nouns.tsv"):
        if len(row) < 2 or row[0] != language:
            continue
        word = row[1].lower()
        if word.endswith("*"):
            prefixes.append(word[:-1])
        else:
            whole.add(word)
    return frozenset(whole), tuple(prefixes)


def _is_animate(word: str, language: str) -> bool:
    whole, prefixes = _lexicon(language)
    word = word.lower().replace("’", "'")
    return word in whole or any(word.startswith(p) and len(word) - len(p) <= 3
                                for p in prefixes)


@cache
def _subject_words(kind: str, language: str) -> frozenset[str]:
    """Determiners and thing pronouns opening a subject (resources/checks/subject-words.tsv)."""
    return frozenset(row[2] for row in rows("subject-words.tsv")
                     if len(row) >= 3 and row[0] == kind and row[1] == language)


def _subject_kind(sentence: str, language: str) -> str:
    """"person", "thing" or "unknown": what the sentence's opening words (its subject, in the
    plain declarative sentences of a report) name."""
    tokens = [m.group() for m in TOKEN.finditer(sentence)][:6]
    if not tokens:
        return "unknown"
    if tokens[0][:2].lower() in ("l'", "l’") and len(tokens[0]) > 2:
        tokens[:1] = [tokens[0][:2], tokens[0][2:]]  # « L'ambassadeur »: its noun apart
    first = tokens[0]
    lowered = first.lower().replace("’", "'")
    if _is_animate(lowered, language):
        return "person"
    if lowered in _subject_words("thing", language):
        return "thing"
    if lowered.rstrip("'") in _subject_words("determiner", language) or lowered in ("l'",):
        # The determiner's noun, past adjectives: « La résolution », "The new resolution".
        for token in tokens[1:4]:
            word = token.lower().replace("’", "'")
            if word.startswith("l'"):
                word = word[2:]
            if _is_animate(word, language):
                return "person"
            if token[:1].isupper() and language == "en":
                return "unknown"  # "The Secretary-General", "The UN": leave it
            if word.isalpha() and len(word) >= 3 and not word.endswith(("ly", "ed")):
                return "thing"
        return "unknown"
    if first[:1].isupper():
        return "person" if first.isupper() or first.istitle() else "unknown"
    return "unknown"


def _could_stand_for(sentence: str, pronoun: str) -> bool:
    """Whether the French sentence's subject could be what « Il »/« Elle » stands for: a
    plural subject (« Les mesures ») or one of the other gender (« La réunion … Il ») cannot,
    so the pronoun stands for something named before it."""
    from translator_gui.core.lexicon import french

    tokens = [m.group().lower().replace("’", "'") for m in TOKEN.finditer(sentence)][:4]
    if tokens and tokens[0].startswith("l'") and len(tokens[0]) > 2:
        tokens[:1] = ["l", tokens[0][2:]]  # « L'organisation »: one token
    if not tokens or tokens[0].rstrip("'") not in _subject_words("determiner", "fr"):
        return True
    wanted = "m" if pronoun == "Il" else "f"
    determiner = "l'" if tokens[0] == "l" else tokens[0]
    readings = [a for a in french().analyses(determiner) if a.pos == "det"]
    if readings and all(a.number == "p" for a in readings):
        return False
    genders = {a.gender for a in readings} - {None}
    if len(genders) != 1:  # « l' », « son », « leur »: the noun's gender
        noun = tokens[1] if len(tokens) > 1 else ""
        genders = {a.gender for a in french().analyses(noun) if a.pos == "noun"} - {None}
    return len(genders) != 1 or wanted in genders


def _object_antecedent(sentence: str, pronoun: str) -> bool:
    """Whether the French sentence's direct objects name one thing « Il »/« Elle » can stand
    for when its subject cannot (« Le Conseil a adopté la résolution. Elle encourage… »):
    every singular noun of the pronoun's gender after a determiner not governed by a preposition
    (« au siège », « à la conférence » are no objects) is a thing, and there is one. A word the
    lexicon also reads as an adjective or a verb (« la lauréate ») leaves the question open."""
    from translator_gui.core.lexicon import french

    tokens = [m.group().lower().replace("’", "'") for m in TOKEN.finditer(sentence)]
    determiners = _subject_words("determiner", "fr")
    prepositions = _subject_words("preposition", "fr")
    wanted = "m" if pronoun == "Il" else "f"
    found = False
    for k in range(2, len(tokens)):
        token = tokens[k]
        noun = token[2:] if token.startswith("l'") and len(token) > 2 else tokens[k + 1] \
            if token in determiners and k + 1 < len(tokens) else ""
        if not noun or token in ("au", "aux", "du", "des") or tokens[k - 1] in prepositions:
            continue
        analyses = french().analyses(noun)
        readings = [a for a in analyses if a.pos == "noun"]
        if len(readings) != len(analyses):
            return False  # also an adjective or a verb: « la lauréate », « le représentant »
        genders = {a.gender for a in readings} - {None}
        if not readings or any(a.number == "p" for a in readings) or len(genders) != 1:
            if wanted in genders or not readings:
                return False  # a word of that gender the lexicon reads two ways: no answer
            continue
        if wanted not in genders:
            continue
        if _is_animate(noun, "fr"):
            return False
        found = True
    return found


def _opens_with_a_thing_pronoun(sentence: str) -> bool:
    first = TOKEN.search(sentence)
    return first is not None and first.group().lower() in _subject_words("thing", "en")


_REPORTING = re.compile(r"\b(?:said|says|told|added|stated|according\s+to|a\s+déclaré|a\s+dit|"
                       r"a\s+ajouté|a\s+indiqué|a\s+expliqué|selon|déclare|affirme|"
                       r"estime|explique|ajoute)\b", re.IGNORECASE)
# a first name and a surname mid-sentence; not after an article: a person's name takes none
# ("the European Commission", « la Banque Mondiale » are bodies)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<![Tt]he\s)(?<![Ll][ae]\s)(?<![Ll]es\s)(?<![Dd]u\s)"
                   r"\b[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+")


def _mentions_a_person(sentence: str, language: str) -> bool:
    """A person anywhere in the sentence: a person noun, someone quoted, a first name and
    surname mid-sentence ("said consultant Jay Sorensen")."""
    if any(_is_animate(m.group(), language) for m in TOKEN.finditer(sentence)):
        return True
    return bool(_REPORTING.search(sentence) or _NAME.search(sentence))


# How much text before a pronoun holds the sentence before it: segmenting all the text before
# every pronoun made a long run-on sentence quadratic.
_SENTENCE_WINDOW = 2000


def _before(previous: str, text: str, position: int) -> str:
    """The text before `position` that the sentence before the pronoun is in: the segment's
    text so far after the previous segment's, or only its last `_SENTENCE_WINDOW` characters."""
    if position <= _SENTENCE_WINDOW:
        return f"{previous} {text[:position]}"
    return text[position - _SENTENCE_WINDOW:position]


def _last_sentence(text: str) -> str:
    spans = sentences(text)
    if not spans:
        return ""
    start, end = spans[-1]
    return text[start:end]


def _pronouns(context: SegmentContext, english_pattern: re.Pattern[str]
              ) -> tuple[str, str, list[re.Match[str]], list[re.Match[str]]] | None:
    """A French → English pair's texts and the subject pronouns opening their sentences
    (« Il »/« Elle », and the English ones `english_pattern` finds), or None when the pair is
    not French → English or either side has none."""
    if context.source_language != "fr" or context.target_language != "en":
        return None
    if not both_sides(context):
        return None
    source, target = context.segment.source, context.segment.target
    english = _subjects(english_pattern, target)
    french = _subjects(_FRENCH_SUBJECT, source) if english else []
    if not french:
        return None
    return source, target, french, english


@register
class InanimatePronoun(Check):
    id = "en-pronoun-inanimate"
    name = "He/she for a thing"
    description = ("\"He\"/\"She\" in the English for a French « Il »/« Elle » that stands for a "
                   "thing: French nouns all have a gender (« La résolution… Elle encourage »), "
                   "English says \"It\". Fires only when no person is named in the sentences "
                   "before, on either side.")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    languages = ("en",)
    bad_examples = (Example("La résolution a été adoptée. Elle encourage la coopération.",
                            "The resolution was adopted. She encourages cooperation.",
                            flags=('She',)),)
    good_examples = (Example("La ministre a été élue. Elle encourage la coopération.",
                             "The minister was elected. She encourages cooperation."),
                     Example("La résolution a été adoptée. Elle encourage la coopération.",
                             "The resolution was adopted. It encourages cooperation."),
                     Example("Le rapport compte 250 pages. Il a déclaré que tout allait bien.",
                             "The report has 250 pages. He said that all was well."),
                     # « Il » cannot stand for « la réunion »: it is someone named earlier
                     Example("La réunion a eu lieu au siège. Il a évoqué les enjeux.",
                             "The meeting took place at headquarters. He mentioned the stakes."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        pronouns = _pronouns(context, _ENGLISH_SUBJECT)
        if pronouns is None:
            return
        source, target, french, english = pronouns
        before_fr = previous_text(context, "source")
        before_en = previous_text(context, "target")
        for k, pronoun in enumerate(english):
            if k >= len(french):
                break
            french_pronoun = french[k]
            previous_fr = _last_sentence(_before(before_fr, source, french_pronoun.start()))
            previous_en = _last_sentence(_before(before_en, target, pronoun.start()))
            kinds = {_subject_kind(previous_fr, "fr"), _subject_kind(previous_en, "en")}
            # The sentence before speaks of a thing on one side and of no person on either.
            if "thing" not in kinds or "person" in kinds:
                continue
            if not _could_stand_for(previous_fr, french_pronoun.group(1)) and \
                    not _opens_with_a_thing_pronoun(previous_en) and \
                    not _object_antecedent(previous_fr, french_pronoun.group(1)):
                # « La réunion … Il » stands for someone named earlier, unless the English
                # already took the thread up with "It" (« La résolution … encourage » / "It
                # encourages", then « Il représente »: a French pronoun of the wrong gender)
                continue
            if _mentions_a_person(previous_fr, "fr") or _mentions_a_person(previous_en, "en"):
                continue
            if _does_what_a_person_does(target, pronoun.end(1)):
                continue  # "He said", "She was sentenced": a person, named further back
            word = pronoun.group(1)
            yield Finding("target", pronoun.start(1), pronoun.end(1),
                          f"« {french_pronoun.group(1)} » stands for a thing here (no person "
                          f"is named before it): English says \"It\", not \"{word}\".",
                          replacement="It")


_PREDICATE = re.compile(r"\s+(?:was|is|were|are|has\s+been|had\s+been|became|becomes|remains|"
                        r"remained)\s+(?:(?:the|a|an|his|her|their|one\s+of\s+the)\s+)?"
                        r"(\w+)(?:\s+(\w+))?", re.IGNORECASE)
_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been|will\s+be|"
                      r"would\s+be)\s+(\w+)", re.IGNORECASE)


def _does_what_a_person_does(text: str, position: int) -> bool:
    """Whether the words after the pronoun ending at `position` say what only a person does
    ("He said") or undergoes ("She was sentenced")."""
    following = TOKEN.search(text, position)
    if following and following.group().lower() in _subject_words("person-verb", "en"):
        return True
    passive = _PASSIVE.match(text, position)
    if passive is not None and passive.group(1).lower() in _subject_words(
            "person-participle", "en"):
        return True
    # "He was the victim", "She became a lawyer": a person noun said of the pronoun
    said = _PREDICATE.match(text, position)
    return said is not None and any(word and _is_animate(word, "en") for word in said.groups())


_ENGLISH_IT = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?][\"”’)]\s))(It)\b(?!['’])")
# The pronouns each subject pattern opens with, as written (the patterns tell case): a text
# holding none of them has no match.
_PRONOUNS = {_ENGLISH_SUBJECT: ("He", "She"), _FRENCH_SUBJECT: ("Il", "Elle"),
             _ENGLISH_IT: ("It",)}


def _subjects(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of one of the subject patterns in `text`; none, without running it, in a
    text that holds none of its pronouns. (Each pattern tries its look-behinds at every place
    of the text: the three over WMT14's texts cost 0.068 s of CPU, the substring tests 0.004,
    and one text in twelve to twenty holds a pronoun.)"""
    if not any(map(text.__contains__, _PRONOUNS[pattern])):
        return []
    return list(pattern.finditer(text))


@register
class PersonPronoun(Check):
    id = "en-pronoun-person"
    name = "\"It\" for a person"
    description = ("\"It\" in the English for a French « Il »/« Elle » that stands for a person "
                   "named just before (« La ministre est arrivée. Elle a salué… » → \"It "
                   "welcomed\"): English says \"He\" or \"She\". Fires only when the sentence "
                   "before opens with a person on the French side and \"It\" does what only a "
                   "person does (\"It said\", \"It thanked\").")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    languages = ("en",)
    bad_examples = (Example("La ministre est arrivée à Genève. Elle a remercié les délégués.",
                            "The minister arrived in Geneva. It thanked the delegates.",
                            flags=('It',)),)
    good_examples = (Example("La société a publié ses comptes. Elle a déclaré un bénéfice.",
                             "The company published its accounts. It declared a profit."),
                     Example("Le ministre est arrivé. Il faut dire que le temps presse.",
                             "The minister arrived. It must be said that time is short."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        pronouns = _pronouns(context, _ENGLISH_IT)
        if pronouns is None:
            return
        source, target, french, english = pronouns
        if len(french) != len(english):
            return  # (« Il faut »… → "We must": the pronouns do not pair up)
        before_fr = previous_text(context, "source")
        person_verbs = _subject_words("person-verb", "en")
        for pronoun, french_pronoun in zip(english, french, strict=True):
            following = TOKEN.search(target, pronoun.end(1))
            if not following or following.group().lower() not in person_verbs:
                continue
            previous_fr = _last_sentence(_before(before_fr, source, french_pronoun.start()))
            if _subject_kind(previous_fr, "fr") != "person" or not _agrees(
                    previous_fr, french_pronoun.group(1)):
                continue
            word = "He" if french_pronoun.group(1) == "Il" else "She"
            yield Finding("target", pronoun.start(1), pronoun.end(1),
                          f"« {french_pronoun.group(1)} » stands for the person named before "
                          f"it: English says \"{word}\", not \"It\".", replacement=word)


def _agrees(sentence: str, pronoun: str) -> bool:
    """Whether the French sentence's opening person can be « Il » (masculine) or « Elle »."""
    from translator_gui.core.lexicon import french

    wanted = "m" if pronoun == "Il" else "f"
    for token in [m.group().lower() for m in TOKEN.finditer(sentence)][:3]:
        genders = {a.gender for a in french().analyses(token) if a.pos in ("det", "noun")}
        if genders - {None}:
            return wanted in genders
    return True


def _subject_gender(sentence: str) -> str | None:
    """The gender of the French sentence's opening subject when it is one singular thing whose
    determiner or noun says its gender (« La résolution » → "f"), else None."""
    from translator_gui.core.lexicon import french

    tokens = [m.group().lower().replace("’", "'") for m in TOKEN.finditer(sentence)][:3]
    if tokens and tokens[0].startswith("l'") and len(tokens[0]) > 2:
        tokens[:1] = ["l'", tokens[0][2:]]
    if len(tokens) < 2 or tokens[0].rstrip("'") not in _subject_words("determiner", "fr"):
        return None
    determiner, noun = tokens[0], tokens[1]
    readings = [a for a in french().analyses(noun) if a.pos == "noun"]
    if not readings or any(a.number == "p" for a in readings) or _is_animate(noun, "fr"):
        return None
    genders = {a.gender for a in readings} - {None}
    for reading in french().analyses(determiner):
        if reading.pos == "det" and reading.number == "p":
            return None
    return genders.pop() if len(genders) == 1 else None


def _next_word(text: str, position: int, skip: frozenset[str] = frozenset()) -> str:
    for match in TOKEN.finditer(text, position):
        word = match.group().lower().replace("’", "'")
        if word not in skip:
            return word
    return ""


@register
class FrenchPronounGender(Check):
    id = "fr-pronoun-gender"
    name = "Il/Elle of the wrong gender"
    description = ("« Il » or « Elle » opening a French sentence, for the thing the sentence "
                   "before is about, in the other gender (« La résolution a été adoptée. Il "
                   "représente… »): English says \"It\" for both, and machine translation "
                   "guesses. Fires only where the other side says \"It\" and the sentence before "
                   "opens with one singular thing on both sides; impersonal « Il faut », « Il "
                   "est important de » are left alone.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("The resolution was adopted in July. It represents a first step.",
                            "La résolution a été adoptée en juillet. Il représente une "
                            "première étape.", "en", "fr", flags=("Il",)),)
    good_examples = (Example("The resolution was adopted in July. It represents a first step.",
                             "La résolution a été adoptée en juillet. Elle représente une "
                             "première étape.", "en", "fr"),
                     Example("The resolution was adopted. It is important to apply it.",
                             "La résolution a été adoptée. Il est important de l'appliquer.",
                             "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context) or len(context.sides_in("fr")) != 1:
            return
        (side,) = context.sides_in("fr")
        other = "source" if side == "target" else "target"
        if context.language(other) != "en":
            return
        french, english = context.text(side), context.text(other)
        pronouns = _subjects(_FRENCH_SUBJECT, french)
        # "It" only: after « La réforme … », « Il » with "He" is someone named earlier
        its = _subjects(_ENGLISH_IT, english) if pronouns else []
        if not its:
            return
        negation = frozenset(("ne", "n'"))
        for pronoun in pronouns:
            place = pronoun.start() / max(1, len(french))
            it = min(its, key=lambda m: abs(m.start() / max(1, len(english)) - place))
            if abs(it.start() / max(1, len(english)) - place) > 0.25:
                continue
            if _next_word(french, pronoun.end(1), negation) in _subject_words(
                    "impersonal", "fr") or _next_word(english, it.end(1)) in _subject_words(
                    "impersonal", "en"):
                continue
            previous_fr = _last_sentence(_before(previous_text(context, side), french,
                                                 pronoun.start()))
            previous_en = _last_sentence(_before(previous_text(context, other), english,
                                                 it.start()))
            gender = _subject_gender(previous_fr)
            said = pronoun.group(1)
            if gender is None or gender == ("m" if said == "Il" else "f"):
                continue
            if _subject_kind(previous_en, "en") != "thing" and not _opens_with_a_thing_pronoun(
                    previous_en):
                continue
            if _mentions_a_person(previous_fr, "fr") or _mentions_a_person(previous_en, "en"):
                continue
            right = "Elle" if said == "Il" else "Il"
            yield Finding(side, pronoun.start(1), pronoun.end(1),
                          f"« {said} » stands for the subject of the sentence before, which is "
                          f"{'feminine' if gender == 'f' else 'masculine'}: « {right} ».",
                          replacement=right)
