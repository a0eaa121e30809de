"""The lexicon's answers the French agreement checks share: whether a word is a determiner, a noun,
an adjective of one lemma (and its gender and number), the agreeing form of an adjective, and how
two words are joined. Pure functions of the forms (resources/lexicon), remembered per form."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from translator_gui.core.checks.text import Word, data_words
from translator_gui.core.lexicon import Analysis, french

_DATA = "agreement-fr.tsv"
_GN = tuple[str | None, str | None]
_GENDER = {"m": "masculine", "f": "feminine"}
_NUMBER = {"s": "singular", "p": "plural"}
# Endings an adjective's inflected forms are built from (the lexicon confirms each candidate).
_ENDINGS = ("", "e", "s", "es", "x", "aux", "ale", "ales", "ve", "ves", "se", "ses", "euse",
            "euses", "le", "les", "ne", "nes", "te", "tes", "che", "ches", "que", "ques", "ère",
            "ères", "rice", "rices", "sse", "sses", "ue", "ues", "eil", "eille", "eilles", "lle",
            "lles", "elle", "elles", "ille", "illes")


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


# (remembered: asked some 35 times for each word of a text by the agreement checks, a Python
# call each time around the lexicon's own cache)
@lru_cache(maxsize=16384)
def _readings(form: str) -> tuple[Analysis, ...]:
    if "-" in form and _prefixed(form):
        # « anti-dérapant », « ultra-compact »: an invariable prefix before an adjective; the
        # compound agrees as the adjective does (its noun readings, « anti-rides », are not),
        # or as its spelling without the hyphen does (« antidérapant »)
        prefix, _, rest = form.rpartition("-")
        joined = [a for a in french().analyses(prefix + rest) if a.pos in {"adj", "ppas"}]
        if joined:
            return tuple(joined)
        # (a present participle there is its adjective, inflected as its ending shows:
        # « anti-dérapant » is no verb form)
        readings = [a for a in french().analyses(rest) if a.pos in {"adj", "ppas", "ppre"}]
        if any(a.pos == "adj" for a in readings):  # « ultra-résistant »: the adjective's
            return tuple(a for a in readings if a.pos != "ppre")
        return tuple(_verbal_adjective(rest, a) if a.pos == "ppre" else a for a in readings)
    return french().analyses(form)


def _verbal_adjective(form: str, participle: Analysis) -> Analysis:
    """The adjective a present participle makes, with the gender and number of its ending
    (« -ant », « -ante », « -ants », « -antes »)."""
    lower = form.lower()
    gender = "f" if lower.endswith(("ante", "antes", "ente", "entes")) else "m"
    number = "p" if lower.endswith("s") else "s"
    return participle._replace(pos="adj", gender=gender, number=number)


def _prefixed(form: str) -> bool:
    """Whether `form` is an invariable prefix of the agreement data, a hyphen and a word
    the lexicon does not know whole."""
    prefix = form.rpartition("-")[0]
    return prefix.lower() in data_words(_DATA, "prefix") and not french().analyses(form)


@lru_cache(maxsize=4096)  # pure: asked before nearly every word of every text
def _determiner(form: str) -> _GN | None:
    """Gender and number a determiner shows, or None when `form` is not one."""
    lower = form.lower().replace("’", "'")
    quantifier = lower in data_words(_DATA, "quantifier")
    if lower not in data_words(_DATA, "determiner") and not quantifier:
        return None
    dets = [a for a in _readings(lower) if a.pos == "det"]
    if not dets or quantifier and any(a.pos == "adv" for a in _readings(lower)):
        return None  # (« toute petite »: an adverb too, before an adjective)
    genders = {a.gender for a in dets}
    numbers = {a.number for a in dets}
    return (genders.pop() if len(genders) == 1 else None,
            numbers.pop() if len(numbers) == 1 else None)


@lru_cache(maxsize=16384)  # pure: asked for every word of every text
def _noun(form: str, det: _GN, determined: bool = False) -> tuple[_GN, str] | None:
    """(gender, number) and lemma of a common noun known to the lexicon with one gender and
    one number compatible with its determiner; None when in doubt. After a determiner
    (`determined`) a form that may also be a finite verb counts as a noun (« la lame »)."""
    if not form.islower() or len(form) < 3:
        return None
    readings = _readings(form)
    nouns = [a for a in readings if a.pos == "noun"]
    nouns = _allowed_by(nouns, det)
    excluded = {"inf", "ppre", "ppas", "adj", "adv", "prep", "conj", "pron", "det"}
    if not determined:
        excluded.add("verb")
    if not nouns or any(a.pos in excluded for a in readings):
        return None
    if any(a.pos == "verb" and a.lemma in {"être", "avoir"} for a in readings):
        return None  # « l'est fabriquée », « le as »: an auxiliary, not the noun « est »
    lemmas = {a.lemma for a in nouns}
    if len(lemmas) != 1:
        return None
    lemma = lemmas.pop()
    epicene = data_words(_DATA, "epicene")
    genders = {a.gender for a in nouns}
    numbers = {a.number for a in nouns}
    gender = genders.pop() if len(genders) == 1 else None
    number = numbers.pop() if len(numbers) == 1 else None
    if lemma in epicene or form in epicene:
        gender = None
    if not _compatible(gender, det[0]) or not _compatible(number, det[1]):
        return None  # the determiner and the noun already disagree: another error
    return (gender or det[0], number or det[1]), lemma


@lru_cache(maxsize=4096)
def _nominal(form: str, det: _GN) -> tuple[_GN, str] | None:
    """(gender, number) and lemma of a noun that is also an adjective or a participle of the
    same gender and number (« produits », « volants »), when its determiner and the adjective
    after it make it the noun; None when its readings differ in gender or number."""
    if not form.islower() or len(form) < 3:
        return None
    readings = _readings(form)
    nouns = [a for a in readings if a.pos == "noun"]
    if not nouns or any(a.pos not in {"noun", "adj", "ppas"} for a in readings):
        return None
    # An adjective reading of both genders (« oculaire », « solaire ») says nothing against
    # the noun's gender; one of another gender or number leaves a doubt.
    genders = {a.gender for a in nouns}
    numbers = {a.number for a in readings}
    lemmas = {a.lemma for a in nouns}
    if len(genders) != 1 or len(numbers) != 1 or len(lemmas) != 1 \
            or any(a.gender not in genders | {None} for a in readings):
        return None
    lemma = lemmas.pop()
    gender = None if lemma in data_words(_DATA, "epicene") else genders.pop()
    number = numbers.pop()
    if not _compatible(gender, det[0]) or not _compatible(number, det[1]):
        return None
    return (gender or det[0], number or det[1]), lemma


@lru_cache(maxsize=16384)  # asked before most nouns: 1,024 forms were too few for a long text
def _cardinal(form: str) -> bool:
    """A cardinal number word above one (« deux », « quatre »): the noun after it is plural."""
    readings = _readings(form)
    return bool(readings) and all(a.pos == "num" and a.number == "p" for a in readings)


@lru_cache(maxsize=16384)
def _adjective_only(form: str) -> bool:
    """A word the lexicon knows only as an adjective or a participle (« petites »)."""
    readings = _readings(form)
    return form.islower() and bool(readings) and all(a.pos in {"adj", "ppas"} for a in readings)


def _adjective(form: str, following: str | None = "", attribute: bool = False
               ) -> tuple[list[Analysis], str] | None:
    """The adjective readings of a word that can only be an adjective (or a noun of the same
    lemma), with their one lemma; None for a verb form, an invariable word, several lemmas.
    A present participle (« résistant ») counts as its adjective unless a complement follows
    (`following`, the next word: « résistant à l'eau » may be the invariable participle); in
    an attribute (after « être »), a participle that is also a noun (« mises ») is a participle."""
    # (the next word counts only by whether it drops the present participles: the answers
    # are remembered per form and that, not per form and next word: 8,800 first answers on
    # WMT14's French instead of 12,900, a third of them for a form read before another word)
    return _adjective_read(form, following is None or following in _ENDS_PARTICIPLE or attribute,
                           attribute)


_ENDS_PARTICIPLE = frozenset({"et", "ou", "mais"})


@lru_cache(maxsize=16384)  # pure: asked for most words of every text (its lists are read only)
def _adjective_read(form: str, no_present_participle: bool, attribute: bool
                    ) -> tuple[list[Analysis], str] | None:
    """_adjective, `no_present_participle` when its next word or place makes a present
    participle its adjective."""
    if not form.islower() or "-" in form and not _prefixed(form):
        return None
    # a verb of the first or second person only (« requis », « mis ») has no subject here
    readings = tuple(a for a in _readings(form) if a.pos != "verb" or "3" in a.person)
    if no_present_participle:
        # (after « être » a present participle is its adjective: « est amusant pour »)
        readings = tuple(a for a in readings if a.pos != "ppre")
    if attribute and any(a.pos == "ppas" for a in readings):
        # after « a été », « sont »: neither a noun nor a finite verb can stand there
        readings = tuple(a for a in readings if a.pos not in {"noun", "verb"})
    adjectives = [a for a in readings if a.pos in {"adj", "ppas"}]
    if not adjectives:
        return None
    lemmas = {a.lemma for a in adjectives}
    if len(lemmas) != 1:
        return None
    lemma = lemmas.pop()
    if any(a.pos not in {"adj", "ppas", "noun"} or (a.pos == "noun" and a.lemma != lemma)
           for a in readings):
        return None
    invariable = data_words(_DATA, "invariable")
    if lemma in invariable or form.lower() in invariable:
        return None
    if any(a.pos == "noun" for a in readings) and \
            form.lower().endswith(tuple(data_words(_DATA, "apposition-suffix"))):
        return None  # « une tige adaptateur »: a noun in apposition
    return adjectives, lemma


def _agrees(adjectives: list[Analysis], wanted: _GN, number: bool = True) -> bool:
    return any(_compatible(a.gender, wanted[0]) and (not number or _compatible(a.number, wanted[1]))
               for a in adjectives)


@lru_cache(maxsize=4096)
def inflect(form: str, lemma: str, gender: str | None, number: str | None) -> str | None:
    """The one form of adjective `lemma` with that gender and number, built from the endings
    of the lemma and of the form itself (a participle's lemma is its infinitive: « livré » gives
    « livrée », « conçues » gives « conçu ») and confirmed by the lexicon; None when there is none
    or several."""
    if "-" in form and _prefixed(form):  # « anti-dérapant » → « anti-dérapante »
        prefix, _, rest = form.rpartition("-")
        inflected = inflect(rest, lemma, gender, number)
        if inflected is not None and inflected.startswith(prefix) and \
                not rest.lower().startswith(prefix):
            # read as its welded spelling (« antidérapant »): the hyphen stays where the part
            # after it is a word (« anti-adhésive »), else the welded form (« antidérapante »:
            # « dérapante » is no word)
            part = inflected[len(prefix):]
            return f"{prefix}-{part}" if french().analyses(part) else inflected
        # (a participle the lexicon has no adjective of, « dérapant »: no form to offer)
        return None if inflected is None else f"{prefix}-{inflected}"
    found: set[str] = set()
    stems = {word[:len(word) - cut] for word in (lemma, form.lower()) for cut in range(0, 4)
             if len(word) - cut > 1}
    for stem in sorted(stems):
        for ending in _ENDINGS:
            candidate = stem + ending
            for a in _readings(candidate):
                if a.pos in {"adj", "ppas"} and a.lemma == lemma \
                        and _compatible(a.gender, gender) and _compatible(a.number, number):
                    found.add(candidate)
    if len(found) != 1:
        return None
    return found.pop()


def _elided(text: str, word: Word) -> str:
    return word.text + "'" if text[word.end:word.end + 1] in {"'", "’"} else word.text


def _describe(wanted: _GN) -> str:
    return " ".join(x for x in (_GENDER.get(wanted[0] or ""), _NUMBER.get(wanted[1] or ""))
                    if x)


@lru_cache(maxsize=16384)
def _adverb(form: str) -> bool | None:
    """True for a word that can only be an adverb of degree or manner (« très », « non »,
    « préalablement »), None for an unknown word, False otherwise."""
    if form in data_words(_DATA, "adverb") or form == "non":
        return True
    readings = _readings(form)
    if not readings:
        return None
    return form.endswith("ment") and all(a.pos == "adv" for a in readings)


_COPULA_LEMMAS = frozenset({"être", "rester", "demeurer", "devenir", "sembler", "paraître",
                            "pouvoir", "devoir", "aller", "avoir"})
def _verb_number(form: str) -> str | None:
    numbers = {a.number for a in _readings(form)
               if a.pos == "verb" and a.lemma in _COPULA_LEMMAS and "3" in a.person}
    return numbers.pop() if len(numbers) == 1 else None


# Words of a negation between a verb and what follows it.
_NEGATIONS = frozenset({"pas", "plus", "jamais", "guère", "point"})
# The copulas after a modal or « a » (« peut être », « doit rester », « a été »).
_INFINITIVE_COPULAS = frozenset({"être", "rester", "devenir", "sembler", "paraître", "demeurer",
                                 "été"})


def copula_at(text_words: list[Word], k: int) -> tuple[str, int] | None:
    """(the finite verb, the index after the copula) when a copula of the agreement data starts
    at `k`: « est », « sont », or a modal and a copula (« peut être », « a été »), through a
    negation or adverbs between them (« ne doit pas être », « peut également être », « a
    toujours été »); None otherwise."""
    size = len(text_words)
    word = text_words[k].lower
    if word in data_words(_DATA, "copula"):
        return word, k + 1
    if word not in data_words(_DATA, "modal"):
        return None
    n = k + 1
    while n < size - 1 and n - k <= 3 and (text_words[n].lower in _NEGATIONS
                                           or _adverb(text_words[n].lower)):
        n += 1
    if n >= size or text_words[n].lower not in _INFINITIVE_COPULAS:
        return None
    return word, n + 1


def _next(text: str, text_words: list[Word], k: int) -> str | None:
    """The word after word k in the same stretch of text ("" when a comma or the end comes
    first: nothing complements word k; None when there is no next word at all)."""
    if k + 1 >= len(text_words):
        return None if not text[text_words[k].end:].strip(" ") or \
            text[text_words[k].end:].lstrip(" ")[:1] in ".,;:!?)" else ""
    between = text[text_words[k].end:text_words[k + 1].start]
    if between == " ":
        return text_words[k + 1].lower
    return None if between.lstrip(" ")[:1] in ".,;:!?)" else ""


def _gap(text: str, left: Word, right: Word) -> bool:
    """Whether anything but a space (a comma, a bracket, an apostrophe's elision) separates two
    words; an elided determiner (« l'eau ») is joined by its apostrophe."""
    between = text[left.end:right.start]
    return between.strip(" ") not in {"", "'", "’"} or (between in {"'", "’"}
                                                        and left.lower != "l")


def _nouns_coordinated(text_words: list[Word], start: int, end: int) -> bool:
    """Whether « et », « ou » or « ni » stands among the words from `start` to `end` before
    anything but a finite verb (« fabrique et distribue des produits » joins verbs)."""
    return any(w.lower in {"et", "ou", "ni"} and not (
        (after := _readings(text_words[n + 1].lower)) and all(a.pos == "verb" for a in after))
        for n, w in enumerate(text_words[start:end], start) if n + 1 < len(text_words))


def _agrees_with_next(adjectives: list[Analysis], form: str, after: str | None = None) -> bool:
    """Whether the adjective opens the next noun phrase (« pleine grandeur »); `after` is the
    word after that one."""
    readings = _readings(form)
    if any(a.pos == "verb" and a.lemma in {"être", "avoir"} for a in readings):
        return False  # « la poignée léger est » : « est » is the verb, not the noun « est »
    if after and any(a.pos == "prep" for a in readings) and (
            after in {"l", "toute", "tout", "toutes", "tous"} or _determiner(after) is not None):
        return False  # « une surface glissant pendant l'hiver »: the preposition, not the noun
    return any(_agrees(adjectives, (a.gender, a.number)) for a in readings
               if a.pos == "noun" and form.islower())


def _noun_readings(readings: Iterable[Analysis], shown: _GN | None) -> list[_GN]:
    """Gender and number of each noun reading of a word, narrowed by its determiner (`shown`,
    or None): the readings it allows (« un cours »: not « des cours », courts), their gender
    or number the determiner's where the noun has none of its own (« le bras » is singular)."""
    nouns = [a for a in readings if a.pos == "noun"]
    if shown is None:
        return [(a.gender, a.number) for a in nouns]
    return [(a.gender or shown[0], a.number or shown[1]) for a in _allowed_by(nouns, shown)]


def _allowed_by(nouns: list[Analysis], det: _GN) -> list[Analysis]:
    """The noun readings a determiner allows (« un cours » is not « des cours », courts); all
    of them when it allows none (a disagreement the determiner check reports)."""
    return [a for a in nouns if _compatible(a.gender, det[0])
            and _compatible(a.number, det[1])] or nouns


@lru_cache(maxsize=16384)
def _may_be_adjective(form: str) -> bool:
    """Whether the lexicon has an adjective or participle reading of `form`: _adjective is None
    for any other form, whatever follows it (a question asked of every word after a noun,
    cheaper than _adjective's, whose answers are kept per form and following word)."""
    return any(a.pos in {"adj", "ppas"} for a in _readings(form))


@lru_cache(maxsize=16384)  # pure: asked for every word of every text
def _may_be_noun(form: str) -> bool:
    """Whether the lexicon reads `form` (or its lower case) as a noun: no noun phrase of `find`
    has any other word for its noun, whichever reading settles it (_noun, _nominal, after a
    prenominal adjective)."""
    return any(a.pos == "noun" for a in _readings(form))


# What makes _noun pass over a form whatever its determiner (a finite verb aside: a determiner
# allows it), as « être » and « avoir » do.
_NEVER_NOUN = frozenset({"inf", "ppre", "ppas", "adj", "adv", "prep", "conj", "pron", "det"})
_NOMINAL = frozenset({"noun", "adj", "ppas"})


@lru_cache(maxsize=16384)
def _may_head(form: str) -> bool:
    """Whether `form` as written may be read as the noun of a noun phrase by _noun or _nominal,
    whatever its determiner and the words after it: in lower case, of three letters or more,
    a noun reading, and no reading _noun excludes or every reading _nominal allows. (Otherwise
    only a prenominal adjective before it, or a text's first word in lower case, make it one.)"""
    if not form.islower() or len(form) < 3:
        return False
    readings = _readings(form)
    if not any(a.pos == "noun" for a in readings):
        return False
    return not any(a.pos in _NEVER_NOUN or a.pos == "verb" and a.lemma in {"être", "avoir"}
                   for a in readings) or all(a.pos in _NOMINAL for a in readings)


@lru_cache(maxsize=16384)
def _prenominal_adjective(form: str) -> bool:
    """Whether `form` is read as a prenominal adjective (find's `pre`: « nouvelles »)."""
    adjective = _adjective(form)
    return adjective is not None and adjective[1] in data_words(_DATA, "prenominal")


def _ends_idiom(text: str, end: int) -> bool:
    before = text[max(0, end - 24):end].lower()
    by_last_word, unspaced = _idioms()
    # an idiom of several words ends the text only when its last word is the text's last
    # space-separated piece; the others (one word) are each tried
    candidates = by_last_word.get(before.rpartition(" ")[2], ()) + unspaced
    return any(before.endswith(idiom) and (len(before) == len(idiom)
                                           or not before[-len(idiom) - 1].isalpha())
               for idiom in candidates)


@lru_cache(maxsize=1)
def _idioms() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The idioms of the agreement data by their last word (those holding a space), and those
    of one word, each set in a fixed order."""
    by_last_word: dict[str, tuple[str, ...]] = {}
    unspaced: tuple[str, ...] = ()
    for idiom in sorted(data_words(_DATA, "idiom")):
        if " " in idiom:
            last = idiom.rpartition(" ")[2]
            by_last_word[last] = by_last_word.get(last, ()) + (idiom,)
        else:
            unspaced += (idiom,)
    return by_last_word, unspaced
