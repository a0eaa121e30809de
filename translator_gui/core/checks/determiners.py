"""French determiners left out by machine translation of English: a bare common noun as the
subject of a finite verb (« Enfants vont adorer la cloche », from "Kids will love the bell";
« Poignée est faite de cuir »). English generic plurals and mass nouns go without an article;
a French subject needs one (les enfants, la poignée).

The parse (spaCy, through core.morphology) says which noun is the subject of which verb; the
French lexicon (core/lexicon.py) says that the word is only a noun and gives its gender and
number for the article to add. Coordinated nouns (« Parents et enfants sont venus »), names
and nouns followed by punctuation before their verb (headlines, appositions) are spared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import compress
from typing import Any

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.text import (
    WORD_LOWER,
    Found,
    data_rows,
    data_words,
    findings,
    french_doc,
    words,
)
from translator_gui.core.lexicon import french

_CLAUSE_OPENERS = frozenset(",;.!?")
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# Dependents that show the noun has its determiner (or is not bare): an article, a possessive,
# a number, a preposition.
_DETERMINED = frozenset({"det", "nmod:poss", "nummod", "case"})
# A clause-initial word: at the start, or after a sentence or clause mark.
_CLAUSE_START = re.compile(r"(?:^|[.;,!?]\s+)([^\W\d_]{3,})")
_VOWELS = tuple("aeiouyàâéèêëîïôûù")
# The words after a clause-initial noun up to the first mark spaCy always reads as punctuation
# (a full stop is not one: « M. », « etc. » end words).
_UNTIL_PUNCTUATION = re.compile(r"[^,;:!?()«»\"“”…]*")
_LETTERS = re.compile(r"[^\W\d_]+")
# A full stop after three lower-case letters (not « etc. »), then a capital: a sentence's end,
# a punctuation token between the noun and any verb after it (« M. », « av. » end words).
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{3})(?<!etc)\.\s+(?=[A-ZÀ-Ý])")


def _noun_here(word: str) -> bool:
    """A noun, possibly also a verb form or an adjective (« sangles », « clients ») when the
    parse has already read it as a noun; never a function word or a name only."""
    if word.lower() in data_words("determiners-fr.tsv", "bare"):
        return False  # « Monsieur ne croit pas », « Nombre de pays ont signé »
    # As written: a capitalized word the lexicon knows as a name (« Pékin », « Menton ») is one.
    kinds = {a.pos for a in french().analyses(word)}
    return "noun" in kinds and kinds <= {"noun", "verb", "adj"}


# Words after which a clause-opening form that may be a verb is the verb (« estime que »,
# « réclame une enquête »): « que », and determiners that are never object pronouns.
_AFTER_A_VERB = frozenset("que qu un une des du ce cet cette ces son sa ses mon ma mes notre "
                          "nos votre vos leurs".split())


def may_have_bare_subject(text: str) -> bool:
    """A cheap test before parsing: some clause opens with a word that is only a noun, with a
    word the lexicon knows as a verb after it before any punctuation (the check wants the
    noun's finite verb after it, nothing between them), and is not a capitalized word after
    a comma (the check takes that for a name) nor glued to a hyphen or an apostrophe."""
    for match in _CLAUSE_START.finditer(text):
        word = match.group(1)
        if not _noun_here(word) or (not word.islower() and text[:match.start(1)].rstrip()
                                    .endswith(",")) or word.isupper():
            continue
        if any(a.pos == "verb" and a.lemma in ("être", "avoir")
               for a in french().analyses(word.lower())):
            continue  # « est », « a »: the auxiliary, never read as the subject noun
        if text[match.end(1):match.end(1) + 1] in {"-", "'", "’"}:
            continue  # « vice-ministre », « aujourd'hui »: no token of letters alone
        after = _LETTERS.match(text, match.end(1) + 1)
        if after and text[match.end(1):after.start()] == " " \
                and after.group().lower() in _AFTER_A_VERB \
                and any(a.pos == "verb" for a in french().analyses(word.lower())):
            continue  # « Estime que … », « Réclame la démission »: the verb, not its subject
        found = _UNTIL_PUNCTUATION.match(text, match.end(1))
        clause = _SENTENCE_END.split(found.group() if found else "", maxsplit=1)[0]
        following = _LETTERS.findall(clause)
        if any(_may_be_its_verb(following, k) for k in range(len(following))):
            return True
    return False


# Words after which a form that is also a noun or an adjective may be a finite verb: clitics
# and negation (« ne porte », « se forme »).
_BEFORE_A_VERB = frozenset("ne n se s y en le la les l lui leur me m te t nous vous".split())
_VERB_FORMS = frozenset({"verb", "inf", "ppas", "ppre"})


def _may_be_its_verb(following: list[str], k: int) -> bool:
    """Whether the word at `k` of the words after a clause-opening noun may be the finite
    verb the check wants: a form the lexicon has as a finite verb, and only as a verb form
    (or « être », « avoir »), unless it comes right after the noun or after a clitic (a form
    that is also an adjective, « politique », is read as one there, and one that is also a
    noun after a determiner or a preposition, « la place »)."""
    readings = french().analyses(following[k].lower())
    if not any(a.pos == "verb" for a in readings):
        return False
    if all(a.pos in _VERB_FORMS for a in readings) or any(
            a.lemma in ("être", "avoir") for a in readings):
        return True
    if any(a.pos == "adj" for a in readings):
        return False  # « politique », « forte »: the noun's adjective
    if k == 0 or following[k - 1].lower() in _BEFORE_A_VERB:
        return True
    # a noun or verb form (« offre », « reste ») is the verb unless a determiner or a
    # preposition stands before it, or before an adjective before it (« la dernière place »)
    before = {a.pos for a in french().analyses(following[k - 1].lower())}
    if "adj" in before and k >= 2:
        before |= {a.pos for a in french().analyses(following[k - 2].lower())} - {"adj"}
    return not before & {"det", "prep", "conj"}


def _finite(verb: Any) -> bool:
    """Whether the verb, or its auxiliary or copula, is a finite form for both the parse and
    the lexicon (a broken title can parse a noun as a verb: « Bâton sauteur Pogo »)."""
    for word in [verb, *(c for c in verb.children if c.dep_ in {"aux", "aux:pass", "cop"})]:
        if "Fin" in word.morph.get("VerbForm") and any(
                a.pos == "verb" for a in french().analyses(word.lower_)):
            return True
    return False


def _article(noun: Any, verb: Any) -> str | None:
    """The definite article the noun takes (« les », « le », « la », « l' »), or None when the
    lexicon does not settle its gender and number."""
    readings = [a for a in french().analyses(noun.lower_) if a.pos == "noun"]
    numbers = {a.number for a in readings}
    genders = {a.gender for a in readings}
    number = numbers.pop() if len(numbers) == 1 else "?"
    if number is None:  # invariable (« poids »): the verb tells
        finite = [verb, *(c for c in verb.children if c.dep_ in {"aux", "aux:pass", "cop"})]
        parsed = {n for t in finite for n in t.morph.get("Number")}
        number = {"Plur": "p", "Sing": "s"}.get(parsed.pop()) if len(parsed) == 1 else "?"
    if number == "p":
        return "les"
    if number != "s" or noun.lower_.startswith("h"):
        return None  # (« le héros », « l'homme »: the h decides, the lexicon does not say)
    if noun.lower_.startswith(_VOWELS):
        return "l'"
    if len(genders) != 1 or None in genders:
        return None
    return "le" if genders == {"m"} else "la"


def find(text: str, other: str = "", context: SegmentContext | None = None) -> Iterator[Found]:
    """Bare subject nouns of `text`; `other` is the other side of the pair, where a name
    copied as it is (« Menton », a town that is also a noun) shows it is a name."""
    doc = french_doc(text, context)
    if doc is None:
        return
    for token in doc:
        if token.dep_ not in _SUBJECT or not token.is_alpha:
            continue
        # A capitalized common noun opening a sentence is often read as a name; with the
        # other side at hand, a word it does not copy is no name.
        if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and other and token.i == 0):
            continue
        word = token.text
        if len(word) < 3 or word.isupper() or not _noun_here(word):
            continue
        previous = doc[token.i - 1] if token.i else None
        if previous is not None and previous.text not in _CLAUSE_OPENERS:
            continue  # not at the start of its clause: something stands before it
        if not word.islower() and (previous is not None and previous.text == ","
                                   or re.search(rf"\b{re.escape(word)}\b", other)):
            continue  # a capital inside a sentence, or a word copied from the other side: a name
        if any(c.dep_ in _DETERMINED or c.pos_ in {"DET", "NUM"} for c in token.children):
            continue
        if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
            continue  # « Parents et enfants sont venus »: coordinated bare nouns are French
        verb = token.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i < token.i or not _finite(verb):
            continue
        if any(doc[i].is_punct for i in range(token.i + 1, verb.i)):
            continue  # a headline (« Feux repeints : … ») or an apposition before the verb
        article = _article(token, verb)
        message = (f"« {word} » is the subject of « {verb.text} » without a determiner: "
                   "French needs one (« les enfants », « la poignée »).")
        # The span takes in the space before the noun: the gap where the article goes.
        start, end = token.idx, token.idx + len(word)
        gap = text[start - 1:start] if start else ""
        if gap == " ":
            start -= 1
        if article is None:
            yield Found(start, end, message,
                        hint=f"an article before « {word} » (le, la, l', les)")
            continue
        noun = word if word.islower() else word[0].lower() + word[1:]
        fixed = f"{article}{noun}" if article.endswith("'") else f"{article} {noun}"
        if not word.islower():
            fixed = fixed[0].upper() + fixed[1:]
        yield Found(start, end, message, replacement=(" " if gap == " " else "") + fixed)


@register
class FrenchBareSubjectNoun(Check):
    id = "fr-bare-subject-noun"
    name = "Subject noun without a determiner (French)"
    description = ("A common noun opening its clause as the subject of a finite verb with no "
                   "article (« Enfants vont adorer ce jeu », « Poignée est faite de cuir »): "
                   "the English bare plural or mass noun carried over. The article the noun "
                   "takes is the fix when the lexicon gives its gender and number. "
                   "Coordinated nouns, names and headlines are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Children will love this game.", "Enfants vont adorer ce jeu.",
                            "en", "fr", flags=("Enfants",)),)
    good_examples = (Example("Children will love this game.",
                             "Les enfants vont adorer ce jeu.", "en", "fr"),
                     Example("Parents and children came.", "Parents et enfants sont venus.",
                             "en", "fr"))
    needs_parse = True

    def wants_parse(self, text: str) -> bool:
        return may_have_bare_subject(text)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        others = context.sides_in("en")
        other = context.text(others[0]) if others else ""
        for side in context.sides_in("fr"):
            text = context.text(side)
            if not text:
                continue
            for found in find(text, other, context):
                yield Finding(side, found.start, found.end, found.message,
                              replacement=found.replacement, hint=found.hint)


# Verbs after which a bare noun is an attribute, not an object (« il est médecin », « devenir
# membre »).
_COPULAS = frozenset("être devenir rester sembler paraître demeurer nommer élire appeler "
                     "constituer".split())


@cache
def _locutions() -> frozenset[tuple[str, str]]:
    return frozenset((row[0], row[1]) for row in data_rows("verb-noun-locutions-fr.tsv"))


@lru_cache(maxsize=65536)
def _verb_lemmas(word: str) -> frozenset[str]:
    """The lemmas of a word that is only a verb form (finite or infinitive), not a copula."""
    readings = french().analyses(word)
    if not readings or any(a.pos not in ("verb", "inf") for a in readings):
        return frozenset()
    lemmas = frozenset(a.lemma for a in readings)
    return frozenset() if lemmas & _COPULAS else lemmas


@lru_cache(maxsize=65536)
def _only_noun(word: str) -> bool:
    """A word that is only a noun (a plural in -es may also be the second person of a verb,
    « sangles », which MT of English never produces)."""
    readings = [a for a in french().analyses(word)
                if not (a.pos == "verb" and a.person == "2" and word.endswith("es"))]
    return bool(readings) and all(a.pos == "noun" for a in readings)




def find_bare_objects(text: str) -> Iterator[Found]:
    """A verb followed directly by a noun with no determiner (« assure confort », « perdre
    air »): the English object without its article. The verbal locutions that take a bare noun
    (« avoir besoin », « faire appel », resources/checks/verb-noun-locutions-fr.tsv) and
    coordinated or listed nouns (« allier performance et confort ») are French."""
    tokens = words(text)
    # (the verb forms, one word in eight, picked in C)
    for k in compress(range(len(tokens) - 1), map(_verb_lemmas, map(WORD_LOWER, tokens[:-1]))):
        verb, noun = tokens[k], tokens[k + 1]
        if (len(noun.text) < 3 or not noun.text.islower() or text[verb.end:noun.start] != " "
                or not (verb.text.islower() or verb.text[1:].islower() and k == 0)):
            continue  # (a capital opening the text: an imperative, « Réglez hauteur »)
        lemmas = _verb_lemmas(verb.lower)
        if not lemmas or not _only_noun(noun.text):
            continue
        if any((lemma, noun.text) in _locutions() for lemma in lemmas):
            continue
        following = tokens[k + 2] if k + 2 < len(tokens) else None
        if text[noun.end:noun.end + 1] == "," or (
                following is not None and following.lower in ("et", "ou")
                and text[noun.end:following.start] == " "):
            continue  # « allier performance et confort », « obtenir contrats, prêts… »
        yield Found(verb.start, noun.end,
                    f"« {noun.text} » follows « {verb.text} » without a determiner: French "
                    "needs one before an object (the English noun without its article).",
                    hint=f"an article before « {noun.text} » (le, la, l', les, un, une, du, "
                         "de la, des)")


@register
class FrenchBareObjectNoun(Check):
    id = "fr-bare-object-noun"
    name = "Object noun without a determiner (French)"
    description = ("A verb followed directly by a common noun with no article (« cette housse "
                   "assure protection », « perdre air »): the English bare object carried "
                   "over. Verbal locutions that take a bare noun (« avoir besoin », « faire "
                   "appel », « prendre part », resources/checks/verb-noun-locutions-fr.tsv), "
                   "attributes after « être » and coordinated nouns are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("The cover ensures protection.", "La housse garantit protection.",
                            "en", "fr", flags=("garantit protection",)),)
    good_examples = (Example("The cover ensures protection.",
                             "La housse garantit une protection.", "en", "fr"),
                     Example("You need help and it takes place today.",
                             "Vous avez besoin d'aide et cela a lieu aujourd'hui.", "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", find_bare_objects)
