"""The attribute after a copula agrees in number with the copula itself: « sont » has a plural
subject, so « … sont spécialement conçu » is wrong whatever that subject is, and « est » a
singular one (« … est parfaitement équilibrés »). Machine translation breaks the subjects the
noun-phrase check has to find (a name inside it, a long chain of complements, a bare noun), but
the copula right before the attribute is enough to see a number clash. Only the number: the
gender belongs to the subject. Read from the lexicon of forms (resources/lexicon), reported by
fr-noun-phrase-agreement, whose attribute reading this one completes."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import compress

from translator_gui.core.checks.agreement_words import (
    _DATA,
    _GN,
    _adjective,
    _adverb,
    _agrees,
    _determiner,
    _elided,
    _gap,
    _next,
    _readings,
    _verb_number,
    copula_at,
)
from translator_gui.core.checks.text import WORD_LOWER, Found, Word, data_words

_NUMBER = {"s": "singular", "p": "plural", "": "either"}
# Subjects whose copula's number says nothing of the attribute's: « on est prêts », « c'est »,
# « ce sont » (a noun phrase follows), the polite « vous ».
_UNRELIABLE = frozenset({"on", "c", "ce", "ça", "cela", "ceci", "vous", "nous", "je", "j", "tu"})
# Words between a copula and its attribute (negation, adverbs of degree).
_NEGATIONS = frozenset({"pas", "plus", "jamais", "guère", "point"})
# Words after an attribute that make it part of something else: « haut de gamme » (an
# invariable phrase), a noun after it (« sont nouvelle génération »).
_LOCUTION_LINKS = frozenset({"de", "d"})




@cache
def _triggers() -> frozenset[str]:
    """The words that may open a copula (the copulas and the modals of the agreement data)."""
    return data_words(_DATA, "copula") | data_words(_DATA, "modal")


def _copula_at(text_words: list[Word], k: int) -> tuple[str, int] | None:
    """(number, index after it) when a third-person copula starts at `k` (« sont », « est »,
    « peuvent être », « ne doivent pas être »), from the agreement data's copulas and modals."""
    copula = copula_at(text_words, k)
    if copula is None:
        return None
    verb, m = copula
    number = _verb_number(verb)
    return None if number is None else (number, m)


def _has_subject(text: str, text_words: list[Word], k: int) -> bool:
    """Whether the word before the copula at `k` may end its subject: a word of the text
    joined to it by a space (not a comma), neither a determiner (« à l'est ») nor a
    preposition nor a subject pronoun that tells nothing (« on », « c' »)."""
    if k < 1 or text[text_words[k - 1].end:text_words[k].start] not in {" ", "'", "’"}:
        return False
    before = text_words[k - 1]
    if before.lower in _UNRELIABLE or _determiner(_elided(text, before)) is not None:
        return False
    if before.lower in {"ne", "n"}:  # « … ne sont pas »: the subject is before the negation
        return _has_subject(text, text_words, k - 1)
    readings = _readings(before.lower)
    return not any(a.pos in {"prep", "det", "conj"} for a in readings)


def _head_number(text: str, text_words: list[Word], k: int) -> str | None:
    """The number of the head of « N1 de N2 (adj) » right before the copula at `k` (past
    « ne »), when there is such a chain and its head reads one way; None otherwise."""
    _chain, _opens_clause = _lexicon_check._chain, _lexicon_check._opens_clause
    j = k - 1
    if j >= 1 and text_words[j].lower in {"ne", "n"}:
        j -= 1
    chain: list[tuple[str | None, str | None, int]] = []
    for at in range(j, max(0, j - 3), -1):  # « charbon actif »: the noun before its adjectives
        chain = list(_chain(text, text_words, at))
        if chain:
            break
    if not chain:
        return None
    first = min(at for _g, _n, at in chain)
    if not _opens_clause(text, text_words, first):
        return None  # « se relie à toutes les bouteilles d'eau … peut »: no subject
    numbers = {n for _g, n, at in chain if at == first}
    return numbers.pop() if len(numbers) == 1 else None


def copula_clashes(text: str, text_words: list[Word], flagged: set[int]) -> Iterator[Found]:
    """Attributes that clash in number with the copula right before them; words already in
    `flagged` (start offsets) are left alone."""
    _coordinated = _lexicon_check._coordinated
    idioms = data_words(_DATA, "idiom")
    size = len(text_words)
    triggers = _triggers()
    # (the copulas and modals, a few a text, picked in C)
    for k in compress(range(1, size - 1),
                      map(triggers.__contains__, map(WORD_LOWER, text_words[1:size - 1]))):
        copula = _copula_at(text_words, k)
        if copula is None or not _has_subject(text, text_words, k):
            continue
        number, m = copula
        if m >= size or any(_gap(text, text_words[n], text_words[n + 1]) for n in range(k, m)):
            continue
        while m < size - 1 and (text_words[m].lower in _NEGATIONS or _adverb(text_words[m].lower)) \
                and not _gap(text, text_words[m], text_words[m + 1]):
            m += 1
        if m >= size or _gap(text, text_words[m - 1], text_words[m]):
            continue
        if text_words[m - 1].lower in {"des", "les"}:
            continue  # « est des plus utiles »: a superlative of a plural set
        verb = text_words[k]
        # (the subject's head, read back along its chain of complements, is worked out at the
        # first clash only: most copulas have none)
        heads: list[str | None] = []
        # « sont puissant, léger et réglable »: each coordinated attribute agrees too
        for n in _coordinated(text, text_words, m):
            found = _clash(text, text_words, n, number, flagged, idioms)
            if found is None:
                continue
            # Either word may be the wrong one (« beaucoup de gens est allergiques »: the
            # verb), and the gender is the subject's: the two words that disagree are the span
            # (the first attribute's; a later one's alone), with a hint.
            attribute, shown = found
            if not heads:
                heads.append(_head_number(text, text_words, k))
            if heads[0] == shown:
                continue  # « Les granulés de charbon ne peut pas être régénérés »: the attribute
                # agrees with the head of the subject, the verb is the odd one (the subject-verb
                # check reports it, with its fix)
            flagged.add(attribute.start)
            yield Found(verb.start if n == m else attribute.start, attribute.end,
                        f"« {verb.text} » is {_NUMBER[number]} but « {attribute.text} » is "
                        f"{_NUMBER[shown]}.",
                        hint=f"make « {verb.text} » and « {attribute.text} » agree in number "
                             "with the subject")
    yield from purpose_attributes(text, text_words, flagged)


def _clash(text: str, text_words: list[Word], n: int, number: str, flagged: set[int],
           idioms: frozenset[str]) -> tuple[Word, str] | None:
    """(the attribute at `n`, the number it shows) when it can only be an adjective of the
    other number than the copula's `number`; None otherwise."""
    attribute = text_words[n]
    if attribute.start in flagged:
        return None
    following = _next(text, text_words, n)
    adjective = _adjective(attribute.text, following, attribute=True)
    if adjective is None:
        return None
    numbers = {a.number for a in adjective[0]}
    if None in numbers or number in numbers:
        return None
    if following and (following in _LOCUTION_LINKS or any(
            a.pos == "noun" for a in _readings(following))):
        return None  # « sont haut de gamme », « sont grand public »: a phrase, not an adjective
    phrase = text[max(0, attribute.start - 12):attribute.end].lower()
    if any(phrase.endswith(idiom) for idiom in idioms):
        return None  # « bien sûr »
    return attribute, numbers.pop() or ""


# Subject pronouns and the gender and number an attribute takes after them.
_PRONOUNS: dict[str, _GN] = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"),
                             "elles": ("f", "p")}


def pronoun_attributes(text: str, text_words: list[Word], flagged: set[int]) -> Iterator[Found]:
    """The attribute after a subject pronoun and a copula: « elles sont prêt » → « prêtes »."""
    _attribute_at, _construction = _lexicon_check._attribute_at, _lexicon_check._construction
    _coordinated, _ends_idiom, _found = (_lexicon_check._coordinated, _lexicon_check._ends_idiom,
                                         _lexicon_check._found)
    # (the subject pronouns, picked in C)
    for p in compress(range(len(text_words) - 2),
                      map(_PRONOUNS.__contains__, map(WORD_LOWER, text_words[:-2]))):
        pronoun = text_words[p]
        wanted = _PRONOUNS[pronoun.lower]
        if text[pronoun.start - 1:pronoun.start] in {"-", "'", "’"}:
            continue  # an inversion (« est-il »), not a subject
        m = _attribute_at(text_words, p + 1, wanted[1])
        if m is None or _gap(text, pronoun, text_words[p + 1]):
            continue
        if any(_gap(text, text_words[n], text_words[n + 1]) for n in range(p + 1, m)):
            continue  # a comma or a bracket inside: not one clause
        for n in _coordinated(text, text_words, m):  # « elles sont légères et solide »
            attribute = text_words[n]
            adjective = _adjective(attribute.text, _next(text, text_words, n), attribute=True)
            if adjective is None or attribute.start in flagged \
                    or _ends_idiom(text, attribute.end) or _construction(text, text_words, n):
                break
            if not _agrees(adjective[0], wanted):
                flagged.add(attribute.start)
                yield _found(attribute, adjective[1], wanted, pronoun.text)


# « conçue pour être résistante », « faits pour rester souples »: a participle, « pour », a
# copula in the infinitive, then the attribute (adverbs of degree may stand before it).
_PURPOSE_COPULAS = frozenset({"être", "rester", "demeurer", "devenir", "paraître", "sembler"})


def purpose_attributes(text: str, text_words: list[Word], flagged: set[int]) -> Iterator[Found]:
    """The attribute of « … conçue pour être résistant »: it takes the gender and number of the
    participle before « pour » (the same subject's), « résistante »."""
    _construction, _coordinated = _lexicon_check._construction, _lexicon_check._coordinated
    _found = _lexicon_check._found
    # (the words before « pour », picked in C)
    for p in compress(range(len(text_words) - 3),
                      map("pour".__eq__, map(WORD_LOWER, text_words[1:len(text_words) - 2]))):
        participle = text_words[p]
        if text_words[p + 2].lower not in _PURPOSE_COPULAS:
            continue
        readings = [a for a in _readings(participle.lower) if a.pos == "ppas"]
        features = {(a.gender, a.number) for a in readings}
        if not participle.text.islower() or len(features) != 1 or None in next(iter(features)) \
                or any(_gap(text, text_words[n], text_words[n + 1]) for n in range(p, p + 3)):
            continue
        wanted: _GN = next(iter(features))
        m = p + 3
        while m + 1 < len(text_words) and _adverb(text_words[m].lower) is True \
                and not _gap(text, text_words[m], text_words[m + 1]):
            m += 1  # « pour être extrêmement résistant »
        if m >= len(text_words) or _gap(text, text_words[m - 1], text_words[m]):
            continue
        for n in _coordinated(text, text_words, m):  # « … résistant et confortable »
            attribute = text_words[n]
            adjective = _adjective(attribute.text, _next(text, text_words, n), attribute=True)
            if adjective is None or attribute.start in flagged \
                    or _construction(text, text_words, n):
                break
            if not _agrees(adjective[0], wanted):
                flagged.add(attribute.start)
                yield _found(attribute, adjective[1], wanted, participle.text)


# (agreement_lexicon imports this module: it is imported last, once, for the functions above to
# read at call time; imported inside them, as it was, it cost 2 µs a call, thrice a text)
from translator_gui.core.checks import agreement_lexicon as _lexicon_check  # noqa: E402
