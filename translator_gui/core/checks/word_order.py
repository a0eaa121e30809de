"""French word order carried over from English: an adjective French places after its noun put
before it, as English does (« un pliant fauteuil » for « un fauteuil pliant », « la européenne
Commission », « une électrique glacière »).

French puts most adjectives after the noun. Some classes never go before it in ordinary
prose: past participles, relational adjectives (-ique, -aire, -al), adjectives of aptitude in
-able, colours and nationalities (resources/checks/adjective-position-fr.tsv, with the words
of those shapes French does place first: « un magnifique paysage », « le principal
problème »). Which words are adjectives and which nouns comes from the French lexicon
(core/lexicon.py); no parse is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import and_, itemgetter

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
    both_sides,
    common_capitalized,
    data_rows,
    data_words,
    findings,
    look_back,
    words,
)
from translator_gui.core.checks.text_index import WORD_ANSWERS
from translator_gui.core.lexicon import Analysis, french
from translator_gui.core.text import fold

# Words after which an adjective opens a noun phrase: determiners, prepositions, numbers.
_OPENERS = frozenset("le la les l un une des du au aux ce cet cette ces mon ma mes ton ta tes "
                     "son sa ses notre nos votre vos leur leurs chaque quelques plusieurs "
                     "aucun aucune tout toute tous toutes de d à en avec pour par sans sur "
                     "sous dans entre vers chez contre".split())
_ELIDED = frozenset({"l", "d"})
_DETERMINERS = frozenset("le la les l un une des du au aux ce cet cette ces mon ma mes ton ta "
                         "tes son sa ses notre nos votre vos leur leurs chaque quelques "
                         "plusieurs aucun aucune".split())
_VOWELS = tuple("aeiouyhàâéèêëîïôûù")
_PREPOSITIONS = frozenset("à de d avec pour sans en par sur dans sous entre contre".split())
_DIGIT = re.compile(r"\d")
# A word ending a noun phrase: what may follow the noun when the pair is swapped as it is.
_PHRASE_END = set(".,;:!?)]»\"”/")


@cache
def _table() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(suffixes of the postnominal classes, colour adjectives, adjectives that may precede)."""
    rows = data_rows("adjective-position-fr.tsv")
    suffixes = tuple(row[1] for row in rows if row[0] == "suffix")
    colours = frozenset(row[1] for row in rows if row[0] == "colour")
    before = frozenset(row[1] for row in rows if row[0] == "before")
    return suffixes, colours, before


@cache
def _nationalities() -> frozenset[str]:
    return frozenset(form for row in data_rows("nationalities-fr.tsv") for form in row)


def _postnominal(word: str, readings: tuple[Analysis, ...]) -> bool:
    """Whether `word` is an adjective of a class French places after the noun."""
    suffixes, colours, before = _table()
    lemmas = {a.lemma for a in readings if a.pos in ("adj", "ppas")}
    singular = word[:-1] if word.endswith(("s", "x")) else word
    if not lemmas or lemmas & before or {word, singular, singular[:-1]} & before:
        return False
    kinds = {a.pos for a in readings}
    if lemmas & colours or word in _nationalities():
        return kinds <= {"adj", "noun", "ppas"}
    if kinds - {"adj", "ppas"}:
        return False  # also a noun, a verb form or a function word: the reading is unsure
    if "ppas" in kinds:
        return True
    if any(lemma.endswith("able") for lemma in lemmas):
        # Adjectives of aptitude made from a verb (réglable, lavable); the evaluative ones
        # (« une inaltérable amitié », « d'intolérables douleurs ») may come first.
        return any(_from_verb(lemma) for lemma in lemmas)
    return any(lemma.endswith(suffixes) for lemma in lemmas)


def _from_verb(adjective: str) -> bool:
    """« réglable » from « régler », « pliable » from « plier »; not the negative ones in
    in-/im-/ir- (« inoubliable »), which are evaluative."""
    if adjective.startswith(("in", "im", "ir")):
        return False
    stem = adjective[:-4]  # « réglable » → « régl », « rechargeable » → « recharge »
    return any(a.pos == "inf" for verb in (stem + "er", stem + "r")
               for a in french().analyses(verb))


def _agree(adjective: tuple[Analysis, ...], noun: tuple[Analysis, ...]) -> bool:
    """Whether some reading of the adjective agrees with some reading of the noun."""
    return any(a.gender in (None, n.gender) or n.gender is None
               for a in adjective if a.pos in ("adj", "ppas")
               for n in noun if n.pos == "noun"
               if a.number in (None, n.number) or n.number is None)


_FIRST = itemgetter(0)  # a word's first letter (no word is empty)


@lru_cache(maxsize=WORD_ANSWERS)
def _postnominal_word(word: str) -> bool:
    """_postnominal of a word, on its readings (asked of most words of every French text)."""
    return _postnominal(word, french().analyses(word))


def find(text: str) -> Iterator[Found]:
    tokens = words(text)
    lexicon = french()
    # (the adjectives French places after the noun, few, picked in C: read on the lower case,
    # the word's own in the lower-case words tested below)
    for k in compress(range(len(tokens) - 1), map(_postnominal_word, map(WORD_LOWER, tokens[:-1]))):
        adjective, noun = tokens[k], tokens[k + 1]
        if (len(adjective.text) < 3 or len(noun.text) < 3 or not adjective.text.islower()
                or text[adjective.end:noun.start] != " "):
            continue
        if not _postnominal_word(adjective.text):
            continue  # (tested first: most words are no such adjective, and it is cached)
        previous = tokens[k - 1] if k else None
        if not _opens_phrase(text, previous, adjective):
            continue
        after_determiner = previous is not None and previous.lower in _DETERMINERS and (
            text[previous.end:adjective.start] in (" ", "'", "’"))
        if not noun.text.islower() and not (
                after_determiner and adjective.text in _nationalities() and noun.text[1:].islower()):
            continue  # a name (« la Commission » after « européenne » only)
        adjective_readings = lexicon.analyses(adjective.text)
        noun_readings = lexicon.analyses(noun.lower)
        # Between a determiner and a noun no verb can stand: « un rembourré siège » (« siège »
        # is also a form of « siéger »).
        others = {a.pos for a in noun_readings} - ({"noun", "verb"} if after_determiner
                                                   else {"noun"})
        if not any(a.pos == "noun" for a in noun_readings) or others:
            continue
        if not _postnominal(adjective.text, adjective_readings):
            continue
        agree = _agree(adjective_readings, noun_readings)
        if not agree and any(a.pos == "ppas" for a in adjective_readings):
            continue  # a participle and its bare object or adverb (« donné licence »,
            # « forgés main »)
        swapped = f"{noun.text} {adjective.text}"
        message = (f"« {adjective.text} » goes after its noun in French: « {swapped} », "
                   "not the English order.")
        if agree and _opens_by_itself(text, previous, adjective) and _safe_to_swap(
                text, tokens, k, previous):
            yield Found(adjective.start, noun.end, message, replacement=swapped)
        elif agree:
            yield Found(adjective.start, noun.end, message, hint=swapped)
        else:
            yield Found(adjective.start, noun.end, message,
                        hint=f"{swapped} (the noun first, the adjective agreeing with it)")


def _opens_by_itself(text: str, previous: Word | None, adjective: Word) -> bool:
    """Whether the adjective opens its noun phrase (not after a noun, where swapping the
    pair would leave the first noun's compound in English order)."""
    if previous is None:
        return True
    between = text[previous.end:adjective.start]
    return previous.lower in _OPENERS or between.strip() != ""


def _opens_phrase(text: str, previous: Word | None, adjective: Word) -> bool:
    """Whether the adjective starts a noun phrase: after a determiner, a preposition, a
    number or punctuation (after a verb or a noun it may belong to what comes before)."""
    between = text[previous.end if previous else 0:adjective.start]
    if previous is None or any(c in _PHRASE_END or c in "(«\"“-–—•*" for c in between):
        return True
    if any(c.isdigit() for c in between):
        return True
    if previous.lower in _ELIDED:
        return between in ("'", "’")
    if previous.lower in _OPENERS:
        return between == " "
    # After a noun: « un lanceur intégré air » reads as the English « integrated air launcher »
    # when the adjective cannot belong to the noun before it... or can it? Only a noun that is
    # nothing else, and no verb, may stand there.
    readings = french().analyses(previous.lower)
    return bool(readings) and all(a.pos == "noun" for a in readings) and between == " "


def _safe_to_swap(text: str, tokens: list[Word], k: int, previous: Word | None) -> bool:
    """Whether « noun adjective » can replace « adjective noun » as it is: the noun ends its
    phrase (no compound goes on) and an elided or special determiner still fits."""
    noun = tokens[k + 1]
    after = text[noun.end:noun.end + 2]
    following = tokens[k + 2] if k + 2 < len(tokens) else None
    ends = not after.strip() and following is None or after[:1] in _PHRASE_END or (
        following is not None and following.lower in _OPENERS - _DETERMINERS | {"et", "ou"})
    if not ends:
        return False
    if previous is not None and previous.lower in _ELIDED | {"cet", "bel", "nouvel", "vieil"}:
        return noun.lower.startswith(_VOWELS) and previous.lower in _ELIDED
    if previous is not None and previous.lower in {"ce"}:
        return not noun.lower.startswith(_VOWELS)
    return True


@register
class FrenchAdjectiveBeforeNoun(Check):
    id = "fr-adjective-before-noun"
    name = "Adjective before its noun (French word order)"
    description = ("An adjective French places after the noun — a past participle, a "
                   "relational adjective (-ique, -aire, -al), an adjective in -able, a colour, "
                   "a nationality — put before it as in English (« un pliant fauteuil » → "
                   "« un fauteuil pliant »). Adjectives of those shapes that French may put "
                   "first (« un magnifique paysage », « le principal problème ») are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("A padded seat for the folding chair.",
                            "Un rembourré siège pour la chaise pliante.", "en", "fr",
                            flags=("rembourré siège",)),
                    Example("An electric cooler for the car.",
                            "Une électrique glacière pour la voiture.", "en", "fr",
                            flags=("électrique glacière",)))
    good_examples = (Example("A magnificent landscape and the main problem.",
                             "Un magnifique paysage et le principal problème.", "en", "fr"),
                     Example("An adjustable strap.", "Une sangle réglable.", "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", find)


@lru_cache(maxsize=65536)
def _noun_numbers(word: str, verb_too: bool = False) -> frozenset[str | None] | None:
    """The numbers of a word that is only a noun for the lexicon (None otherwise); a plural
    noun in -es may also be the second person of a verb (« sangles », « bâches »), a form
    MT of English never produces; `verb_too` lets the word be a verb form as well (« voyage »,
    « cuisine »: a finite verb has no bare plural object after it in French either)."""
    readings = [a for a in french().analyses(word)
                if not (a.pos == "verb" and (verb_too or a.person == "2" and word.endswith("es")))]
    if not readings or any(a.pos != "noun" for a in readings):
        return None
    return frozenset(a.number for a in readings)


def find_compounds(text: str) -> Iterator[Found]:
    """English compound order or a preposition left out between two nouns: a singular noun
    right before a plural one (« des exercice bandes » for "exercise bands"), or two singular
    nouns after a word that is no determiner (« avec protection corps », « un filtre eau
    douce »). English puts its modifier noun first and in the singular; French puts the head
    first and joins the complement with a preposition (« bandes d'exercice »). A French noun in
    apposition follows its head, which carries the plural (« des compétences clés ») and its
    determiner (« le portique écotaxe »); the nouns French sets in apposition (« clé »,
    « mère », months, times, directions) are listed in resources/checks/noun-compounds-fr.tsv."""
    tokens = words(text)
    # (the words that may be nouns, read on the lower case, the word's own in the lower-case
    # words tested below; the pairs of them side by side, a few a text, picked in C: a noun
    # before a word that may be no noun is passed over below, as before any word that is not
    # only a noun, read as it is written)
    nouns = list(map(bool, map(_noun_numbers, map(WORD_LOWER, tokens), repeat(True))))
    for k in compress(range(len(tokens) - 1), map(and_, nouns, nouns[1:])):
        modifier, head = tokens[k], tokens[k + 1]
        if (len(modifier.text) < 3 or len(head.text) < 3 or not modifier.text.islower()
                or not head.text.islower() or text[modifier.end:head.start] != " "):
            continue
        first, second = _noun_numbers(modifier.text, True), _noun_numbers(head.text)
        if first != {"s"} or second not in ({"p"}, {"s"}):
            continue
        if modifier.text in data_words("noun-compounds-fr.tsv", "preposition") or (
                head.text.startswith(modifier.text)):
            continue  # « côté audiences » (informal « as for »), « manche manches » (a slip)
        if second == {"s"} and not _bare_pair(text, tokens, k):
            continue
        swapped = _joined(head.text, modifier.text)
        kept = _joined(modifier.text, head.text)
        number = "the second in the plural" if second == {"p"} else "with no determiner"
        yield Found(modifier.start, head.end,
                    f"« {modifier.text} {head.text} »: two nouns side by side without a "
                    f"preposition, {number} — the English compound order or a "
                    "preposition left out.",
                    hint=f"« {swapped} » if « {modifier.text} » qualifies « {head.text} » "
                         f"(the English order), « {kept} » if the preposition is missing; "
                         "or « à », « en », « pour » as the sense wants")


def _bare_pair(text: str, tokens: list[Word], k: int) -> bool:
    """Whether two singular nouns at `k` read as a compound French does not make: no
    determiner before the first (« le portique écotaxe » is an apposition), the second not a
    noun French sets in apposition, and not inside a quotation (a title, a name)."""
    modifier, head = tokens[k], tokens[k + 1]
    previous = tokens[k - 1] if k else None
    if previous is not None and previous.lower in _DETERMINERS:
        return False
    if _noun_numbers(modifier.text) != {"s"} and not (
            previous is not None and previous.lower in _PREPOSITIONS
            and text[previous.end:modifier.start] in (" ", "'", "’")):
        return False  # a verb form and a bare noun (« aura lieu », « demande conseil »),
        # unless a preposition shows the first word is a noun (« avec housse protection »)
    if head.text in data_words("noun-compounds-fr.tsv", "modifier") or (
            modifier.text in data_words("noun-compounds-fr.tsv", "modifier")):
        return False
    if head.text.endswith(tuple(data_words("noun-compounds-fr.tsv", "suffix"))):
        return False  # « minorité sunnite »: a noun qualifying another as an adjective does
    before = text[look_back(text, modifier.start, 300):modifier.start]
    return before.count("«") <= before.count("»") and before.count('"') % 2 == 0


# An acronym between a determiner and a common noun: « le GPS récepteur » for "the GPS receiver"
# (French: « le récepteur GPS »).
_ACRONYM_FIRST = re.compile(
    r"\b(?P<det>le|la|les|l['’]|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|"
    r"votre|vos|du|au|aux)\s*(?P<acronym>[A-Z]{2,5})\s+(?P<noun>[a-zà-ÿ]{3,})\b")


def find_acronym_first(text: str) -> Iterator[Found]:
    """An acronym put before the noun it qualifies, as English does (« la LED lampe », « le
    USB câble »): French puts it after (« la lampe à LED », « le câble USB »). Only a word the
    lexicon reads as nothing but a noun counts as that noun, and not one French sets bare after
    another (resources/checks/noun-compounds-fr.tsv: « le SMUR début juillet »)."""
    if text[1:].lower() == text[1:]:
        return  # (no capital after the first letter: no acronym after a determiner)
    for match in _ACRONYM_FIRST.finditer(text):
        noun = match.group("noun")
        readings = french().analyses(noun)
        if not readings or any(a.pos != "noun" for a in readings) or noun in data_words(
                "noun-compounds-fr.tsv", "modifier"):
            continue
        acronym = match.group("acronym")
        yield Found(match.start("acronym"), match.end("noun"),
                    f"« {acronym} {noun} »: the acronym stands before its noun, in the English "
                    "order.", hint=f"« {noun} {acronym} »: the acronym after its noun")


# A measure (a number and its unit) right before a noun: « un 3,5 pouces cadre » for
# "a 3.5-inch frame" (French: « un cadre de 3,5 pouces »).
_MEASURE_UNITS = ("pouces?|pieds?|livres?|onces?|pintes?|gallons?|milles?|verges?|yards?|lbs?|oz|"
                  "po|mm|cm|m|km|kg|g|l|ml|cl|litres?|mètres?|centimètres?|millimètres?|kilos?|"
                  "kilogrammes?|grammes?|watts?|volts?|ampères?|degrés?|heures?|minutes?|"
                  "secondes?|jours?|ans?|mois|places?|personnes?|vitesses?|pièces?|morceaux?")
_MEASURE_NOUN = re.compile(r"(?<![\w,.])(\d+(?:[.,]\d+)?(?:[ -]\d+/\d+)?[\s\u00a0-]?"
                           rf"(?:{_MEASURE_UNITS})\.?) ([^\W\d_]{{3,}})(?![\w'’-])")


def find_measures_first(text: str) -> Iterator[Found]:
    """A measure right before the noun it measures (« une 16 onces bouteille », « un 5 ans
    garantie »): the English order of "a 16-ounce bottle"; French puts the noun first and the
    measure after « de » (« une bouteille de 16 onces »)."""
    if _DIGIT.search(text) is None:
        return
    for match in _MEASURE_NOUN.finditer(text):
        measure, noun = match.group(1), match.group(2)
        if not noun.islower() or _noun_numbers(noun) is None:
            continue
        yield Found(match.start(), match.end(),
                    f"« {match.group()} »: the measure before its noun, in English order; French "
                    f"puts the noun first (« {noun} de {measure} »).",
                    hint=f"{noun} de {measure}")


def _joined(head: str, complement: str) -> str:
    return f"{head} d'{complement}" if complement.startswith(_VOWELS) else f"{head} de {complement}"


@register
class FrenchEnglishCompoundOrder(Check):
    id = "fr-compound-noun-order"
    name = "Noun compound in English order (French)"
    description = ("Two nouns side by side with no preposition between — a singular noun "
                   "before a plural one (« des exercice bandes », « une salade tomates ») or "
                   "two singular nouns after a word that is no determiner (« avec housse "
                   "protection »): the English compound order, modifier first, or a "
                   "preposition left out. French puts the head noun first and joins its "
                   "complement with a preposition (« des bandes d'exercice »). French "
                   "appositions (« des compétences clés », « le portique écotaxe », « début "
                   "juillet ») are spared. A measure or an acronym before its noun (« une 16 "
                   "onces bouteille », « le GPS récepteur ») is the same English order.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("Tent with aluminium pegs.",
                            "Tente avec des aluminium piquets.", "en", "fr",
                            flags=("aluminium piquets",)),)
    good_examples = (Example("Tent with aluminium pegs.",
                             "Tente avec des piquets en aluminium.", "en", "fr"),
                     Example("Key skills and key roles.",
                             "Des compétences clés et des rôles clés.", "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        yield from findings(context, "fr", find_compounds)
        yield from findings(context, "fr", find_measures_first)
        yield from findings(context, "fr", find_acronym_first)


def find_names_first(text: str, english: str) -> Iterator[Found]:
    """A name copied from the English right before a common noun (« la Coleman glacière »,
    « un Victorinox couteau »): the English order of a brand or name used as a modifier, which
    French puts after its noun (« la glacière Coleman »). The name is a capitalized word of
    the English that French does not know (not « Paris », not « Le »); a name the English
    writes with the same noun after it (« Greenwich Village ») is copied whole."""
    tokens = words(text)
    lexicon = french()
    english_words: _EnglishWords | None = None  # read once, when a name needs it
    # (the capitalized words, few, picked in C)
    for k in compress(range(len(tokens) - 1),
                      map(str.isupper, map(_FIRST, map(WORD_TEXT, tokens[:-1])))):
        name, noun = tokens[k], tokens[k + 1]
        if (len(name.text) < 3 or not name.text[0].isupper()
                or not (name.text[1:].islower() or name.text.isupper())
                or len(noun.text) < 3 or not noun.text.islower()
                or text[name.end:noun.start] != " "
                or name.start and text[name.start - 1].isalnum()):
            continue  # (a name in capitals too: « la NIKON jumelle », « un LCD affichage »)
        if _noun_numbers(noun.text) is None or noun.text in data_words(
                "noun-compounds-fr.tsv", "modifier"):
            continue  # (« Morsi début juillet »: a time after a name)
        if lexicon.knows(name.lower) or fold(name.text) in common_capitalized():
            continue
        if english_words is None:
            english_words = _EnglishWords(english)
        if not english_words.has(name.text) or english_words.has_pair(name.text, noun.text):
            continue
        yield Found(name.start, noun.end,
                    f"« {name.text} {noun.text} »: the name before its noun, in English order; "
                    f"French puts the noun first (« {noun.text} {name.text} »).",
                    hint=f"{noun.text} {name.text}")
    if _DIGIT.search(text) is not None:  # (a model name has a digit)
        yield from _models_first(text, english)


_LETTERS = re.compile(r"[^\W\d_]+")
# a word and the next, spaces between (possessive: a long word is not tried from each letter)
_PAIRS = re.compile(r"(?<![^\W\d_])([^\W\d_]++)(?=\s+([^\W\d_]++))")


class _EnglishWords:
    """The English text's words and the pairs of words with only spaces between them, read
    once: a name is looked up there instead of searched for in the whole text each time (a
    long sentence of names was quadratic)."""

    def __init__(self, english: str) -> None:
        self.words = set(_LETTERS.findall(english))
        self.pairs: set[tuple[str, str]] | None = None  # read at the first pair asked about
        self.text = english

    def has(self, word: str) -> bool:
        """`word` standing alone (no letter either side) in the English."""
        if word.isalpha():
            return word in self.words
        return re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", self.text) is not None

    def has_pair(self, first: str, second: str) -> bool:
        """`first` then `second`, spaces between, in any case."""
        if first.isalpha() and second.isalpha():
            if self.pairs is None:
                self.pairs = {(a.casefold(), b.casefold()) for a, b in _PAIRS.findall(self.text)}
            return (first.casefold(), second.casefold()) in self.pairs
        return re.search(rf"(?<![^\W\d_]){re.escape(first)}\s+{re.escape(second)}"
                         r"(?![^\W\d_])", self.text, re.IGNORECASE) is not None


# A model name of letters and digits (« MX350 », « S14-N », « 3.0 ») and the word after it.
_MODEL_NOUN = re.compile(r"(?<![\w.,/-])((?=[\w.-]*\d)(?=[\w.-]*[^\W\d_])[^\W_][\w.-]*[^\W_]) "
                         r"([^\W\d_]{3,})(?![\w'’-])")


# An ordinal is no model name: « le 1er mars », « la 2e édition », "the 3rd round". Its ending
# is in lower case: a capital after the digits makes a model code (« 58807E », « 500D »).
_ORDINAL = re.compile(r"\d+(?:er|re|ère|e|è|ème|eme|nd|nde|d|st|rd|th)")


def _models_first(text: str, english: str) -> Iterator[Found]:
    """A model name copied from the English right before a common noun (« le Kestrel MX350
    casque » for "the Kestrel MX350 helmet"): the English order again."""
    for match in _MODEL_NOUN.finditer(text):
        model, noun = match.group(1), match.group(2)
        if (_ORDINAL.fullmatch(model) or not noun.islower() or _noun_numbers(noun) is None
                or re.fullmatch(_MEASURE_UNITS, noun)):
            continue
        if not re.search(rf"(?<![\w.-]){re.escape(model)}(?![\w-])", english) or re.search(
                rf"(?<![\w.-]){re.escape(model)}\s+{re.escape(noun)}", english, re.IGNORECASE):
            continue
        yield Found(match.start(), match.end(),
                    f"« {match.group()} »: the model name before its noun, in English order; "
                    f"French puts the noun first (« {noun} {model} »).",
                    hint=f"{noun} {model}")


@register
class FrenchNameBeforeNoun(Check):
    id = "fr-name-before-noun"
    name = "Name before its noun (French word order)"
    description = ("A brand or name copied from the English right before a common noun "
                   "(« la Coleman glacière », « un Victorinox couteau »): the English order of a "
                   "name used as a modifier; French puts the noun first (« la glacière "
                   "Coleman »). Names French knows and names the English writes with the same "
                   "noun (« Greenwich Village ») are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("The Zanetti kettle boils fast.",
                            "La Zanetti bouilloire chauffe vite.", "en", "fr",
                            flags=("Zanetti bouilloire",)),)
    good_examples = (Example("The Zanetti kettle boils fast.",
                             "La bouilloire Zanetti chauffe vite.", "en", "fr"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        others = context.sides_in("en")
        if len(others) != 1:
            return
        english = context.text(others[0])
        for side in context.sides_in("fr"):
            for found in find_names_first(context.text(side), english):
                yield Finding(side, found.start, found.end, found.message, hint=found.hint)
