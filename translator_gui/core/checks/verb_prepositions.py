"""French verbs whose object needs a preposition (resources/checks/verb-prepositions-fr.tsv):
machine translation of an English transitive verb drops it (« participer la réunion », from
"attend the meeting"; « bénéficier les mesures »). The fix puts the preposition before the
determiner, contracted as French wants it (« à la », « au », « aux », « des », « d'une »)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import itemgetter

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
    WORD_TEXT,
    Found,
    Word,
    data_rows,
    data_words,
    findings,
    words,
)
from translator_gui.core.checks.text_index import WORD_ANSWERS
from translator_gui.core.lexicon import french

_VERB_READINGS = frozenset({"verb", "inf", "ppas", "ppre"})
# Determiners an object opens with, and what the preposition makes of them. « du », « des »,
# « de la » are left out: they may already hold « de » (« participer de la même logique »).
_WITH_A = {"le": "au", "les": "aux", "la": "à la", "l": "à l", "un": "à un", "une": "à une",
           "ce": "à ce", "cet": "à cet", "cette": "à cette", "ces": "à ces", "son": "à son",
           "sa": "à sa", "ses": "à ses", "leur": "à leur", "leurs": "à leurs", "mon": "à mon",
           "ma": "à ma", "mes": "à mes", "notre": "à notre", "nos": "à nos", "votre": "à votre",
           "vos": "à vos", "plusieurs": "à plusieurs", "chaque": "à chaque"}
_WITH_DE = {"le": "du", "les": "des", "la": "de la", "l": "de l", "un": "d'un", "une": "d'une",
            "ce": "de ce", "cet": "de cet", "cette": "de cette", "ces": "de ces",
            "son": "de son", "sa": "de sa", "ses": "de ses", "leur": "de leur",
            "leurs": "de leurs", "mon": "de mon", "ma": "de ma", "mes": "de mes",
            "notre": "de notre", "nos": "de nos", "votre": "de votre", "vos": "de vos",
            "plusieurs": "de plusieurs", "chaque": "de chaque"}
# Words before the verb that make a following noun phrase its subject, not its object
# (« la réunion à laquelle participe le ministre », « ainsi procède la commission »), or
# that already stand for the complement (« y participe », « en bénéficie »).
_INVERSION = frozenset("où que qu dont lequel laquelle lesquels lesquelles auquel auxquels "
                       "auxquelles duquel desquels desquelles quoi comment quand ainsi aussi "
                       "y en".split())
_PREPOSITION_FORMS = {"à": frozenset({"à", "au", "aux"}),
                      "de": frozenset({"de", "du", "des", "d"})}
_SUBJECTS = frozenset("je j tu il elle on nous vous ils elles qui ne n se s a ai as avons avez "
                      "ont avait avaient aura auront aurait auraient eu ayant avoir pas jamais "
                      "déjà puis également aussi et ou est sont était étaient sera seront serait "
                      "seraient être étant".split())  # (« sont parvenus »: the auxiliary être)
_BREAKS = set(".,;:!?()[]«»\"“”—–")


@cache
def _verbs() -> dict[str, tuple[str, frozenset[str]]]:
    """infinitive -> (preposition, the object nouns that need it; empty: any object)."""
    table = {}
    for row in data_rows("verb-prepositions-fr.tsv"):
        if row[0] == "verb" and len(row) >= 3:
            objects = frozenset(w for w in (row[3] if len(row) > 3 else "").split("|") if w)
            table[row[1]] = (row[2], objects)
    return table


def _lemma(word: Word, previous: Word | None) -> str | None:
    """The listed verb `word` is a form of, when it reads as a verb here."""
    lemma, shown_by_subject = _listed_verb(word.lower)
    if lemma is None:
        return None
    if shown_by_subject and (previous is None or previous.lower not in _SUBJECTS):
        return None  # « le participe passé », « la nuit », « assisté »: a subject or an
        # auxiliary must show the verb
    return lemma


@lru_cache(maxsize=WORD_ANSWERS)
def _listed_verb(lower: str) -> tuple[str | None, bool]:
    """(the listed verb the word is a form of, or None; whether only a subject or an
    auxiliary before it shows it is that verb). Asked of every word of every French text:
    answered from the word alone, once."""
    readings = french().analyses(lower)
    lemmas = {a.lemma for a in readings if a.pos in _VERB_READINGS} & _verbs().keys()
    if len(lemmas) != 1:
        return None, False
    if any(a.pos in {"adv", "prep", "conj", "det", "pron", "other"} for a in readings):
        return None, False  # « plus »: a function word before a rare verb form
    verbal = {a.pos for a in readings if a.pos in _VERB_READINGS}
    return lemmas.pop(), any(a.pos == "noun" for a in readings) or verbal == {"ppas"}


_LEMMA = itemgetter(0)  # of _listed_verb's answer


def find(text: str) -> Iterator[Found]:
    tokens = words(text)
    times = data_words("verb-prepositions-fr.tsv", "time")
    impersonal = data_words("verb-prepositions-fr.tsv", "impersonal")
    # (the forms of a listed verb, few, picked in C: the loop over every word of every text
    # was most of this check's time)
    for k in compress(range(len(tokens) - 2),
                      map(_LEMMA, map(_listed_verb, map(WORD_LOWER, tokens[:-2])))):
        word = tokens[k]
        previous = tokens[k - 1] if k else None
        lemma = _lemma(word, previous)
        if lemma is None:
            continue
        preposition, objects = _verbs()[lemma]
        det, noun = tokens[k + 1], tokens[k + 2]
        table = _WITH_A if preposition == "à" else _WITH_DE
        contracted = table.get(det.lower)
        between = text[word.end:det.start]
        if contracted is None or between.strip() or not between:
            continue
        if det.lower == "l" and text[det.end:det.end + 1] not in {"'", "’"}:
            continue
        clause = _clause_before(text, tokens, k)
        if lemma in impersonal and any(
                t.lower == "il" for t in clause[-3:]):
            continue  # « il manque les moyens »: impersonal, the noun phrase is what lacks
        if clause and preposition == "de" and clause[0].lower in _PREPOSITION_FORMS["de"]:
            clause = clause[1:]  # « Des policiers ont abusé… », « De nombreuses écoles
            # manquent… »: the subject's determiner, not a complement put first
        if any(t.lower in _INVERSION or t.lower in _PREPOSITION_FORMS[preposition]
               for t in clause[-4:]) or (previous is not None
                                         and previous.lower in {"lui", "leur"}):
            continue  # the complement comes first or the noun phrase is the subject
        following = [t.lower for t in tokens[k + 2:k + 4]]
        if any(t in times for t in following):
            continue  # « a participé la semaine dernière »: a time, not the object
        if objects and noun.lower not in objects and not (
                k + 3 < len(tokens) and tokens[k + 3].lower in objects):
            continue
        if det.text[:1].isupper():
            continue  # a name (« participer La Poste ») or a title
        replacement = contracted if det.text.islower() else contracted.capitalize()
        yield Found(det.start, det.end,
                    f"« {lemma} » takes « {preposition} » before its object: "
                    f"« {word.text} {contracted}{text[det.end:det.end + 1] if det.lower == 'l' else ''}"
                    f"{'' if det.lower == 'l' else ' '}{noun.text} ».".replace("  ", " "),
                    replacement=replacement)


def _clause_before(text: str, tokens: list[Word], k: int) -> list[Word]:
    """The words of the clause before token `k` (back to a punctuation mark)."""
    clause: list[Word] = []
    for n in range(k - 1, -1, -1):
        if any(c in _BREAKS for c in text[tokens[n].end:tokens[n + 1].start]):
            break
        clause.insert(0, tokens[n])
    return clause


@register
class FrenchVerbMissingPreposition(Check):
    id = "fr-verb-missing-preposition"
    name = "Verb missing its preposition (French)"
    description = ("A French verb whose object takes « à » or « de » followed directly by a "
                   "noun phrase (« participer la réunion » → « participer à la réunion », "
                   "« bénéficier les mesures » → « bénéficier des mesures »): the English "
                   "transitive verb carried over. « Assister » counts only before an event "
                   "(« assister le ministre » is right); subject inversions and times "
                   "(« participé la semaine dernière ») are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("The delegates attended the opening ceremony.",
                            "Les délégués ont assisté la cérémonie d'ouverture.", "en", "fr",
                            flags=("la",)),)
    good_examples = (Example("Ministers took part in the meeting last week.",
                             "Les ministres ont participé la semaine dernière à la réunion à "
                             "laquelle participe le Japon.", "en", "fr"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", find)


@lru_cache(maxsize=65536)
def _only(word: str, pos: str) -> bool:
    """Whether every reading of the word has this part of speech."""
    readings = french().analyses(word)
    return bool(readings) and all(a.pos == pos for a in readings)


def find_adjective_infinitive(text: str) -> Iterator[Found]:
    """An adjective followed directly by an infinitive (« facile utiliser », « prêt
    servir »): English "easy to use" without the « à » or « de » French needs."""
    tokens = words(text)
    bare = data_words("verb-prepositions-fr.tsv", "bare")
    # (an infinitive after a word, rare, picked in C)
    for k in compress(range(len(tokens) - 1), map(_only, map(WORD_TEXT, tokens[1:]), repeat("inf"))):
        adjective, verb = tokens[k], tokens[k + 1]
        if (not adjective.text.islower() or not verb.text.islower()
                or text[adjective.end:verb.start] != " "):
            continue
        if not _only(verb.text, "inf") or not _only(adjective.text, "adj") or {
                a.lemma for a in french().analyses(adjective.text)} & bare:
            continue
        yield Found(adjective.start, verb.end,
                    f"« {adjective.text} » joins its infinitive with a preposition in French: "
                    f"« {adjective.text} à {verb.text} » or « {adjective.text} de "
                    f"{verb.text} », not the English bare \"to\".",
                    hint=f"{adjective.text} à {verb.text} (« de » after an impersonal "
                         f"« il est {adjective.text} »)")


@register
class FrenchAdjectiveMissingPreposition(Check):
    id = "fr-adjective-missing-preposition"
    name = "Adjective and infinitive without a preposition (French)"
    description = ("An adjective followed directly by an infinitive (« facile utiliser », "
                   "« prêt servir »): English \"easy to use\" without the « à » or « de » French "
                   "joins them with. Adjectives that take a bare infinitive (« censé faire ») "
                   "are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("A tent easy to set up.", "Une tente facile monter.", "en", "fr",
                            flags=("facile monter",)),)
    good_examples = (Example("A tent easy to set up.", "Une tente facile à monter.", "en", "fr"),
                     Example("He is supposed to come.", "Il est censé venir.", "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", find_adjective_infinitive)
