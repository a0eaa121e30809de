"""Capitals of a French draft read against its English source: a capital inside a French
sentence that nothing in the English accounts for."""

from __future__ import annotations

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
from translator_gui.core.checks.capitals import _nationality_forms, french_draft_of_english
from translator_gui.core.checks.text import (
    SPACES,
    Word,
    data_rows,
    is_title,
    look_back,
    starts_sentence,
    termbase,
    words,
)
from translator_gui.core.termbase import ACCEPTED, TermMatch
from translator_gui.core.text import fold

# Lemma endings of the nouns for the inhabitants of a place (« les Washingtoniens », « les
# Lyonnais »): French gives them a capital, and the lexicon reads them as adjective and noun.
_DEMONYM_ENDINGS = ("ien", "ain", "ais", "ois", "éen")
# Words after a capitalized generic that make it the start of a name (« l'Organisation des
# Nations unies »): a preposition or an article before a capital.
_NAME_LINKS = frozenset("de du des d la le les l pour sur en et".split())


@cache
def _capitalized_nouns() -> dict[str, str]:
    """Lower-case word → kind, from resources/checks/capitalized-nouns-fr.tsv."""
    return {row[1].lower(): row[0] for row in data_rows("capitalized-nouns-fr.tsv") if len(row) > 1}


def _convention(word: str) -> str | None:
    """The kind of French capital by convention the word is (institution, name-start…)."""
    table = _capitalized_nouns()
    lower = word.lower()
    kind = table.get(lower)
    if kind is None and lower[-1:] in ("s", "x"):
        kind = table.get(lower[:-1])
    return kind


def _is_common_word(word: str) -> bool:
    """A French common word (noun, verb, adjective…) with no reading as a name, not a noun
    for a nationality or the inhabitants of a place."""
    from translator_gui.core.lexicon import french

    lexicon = french()
    readings = lexicon.analyses(word.lower())
    if not readings:
        return False
    if not any(a.pos != "propn" and not a.lemma[:1].isupper() for a in readings):
        return False  # a name only
    if word.lower() in _nationality_forms():
        return False
    poses = {a.pos for a in readings}
    return not ({"adj", "noun"} <= poses
                and any(a.lemma.endswith(_DEMONYM_ENDINGS) for a in readings))


def _unexplained_capitals(source: str, draft_words: set[str]) -> bool:
    """Whether the English has a capitalized word the French does not copy: a name or a title
    the French may have translated with capitals of its own. A sentence's first word counts
    when it is no common English word ("Japan's premier producer")."""
    for word in words(source):
        if word.text[0].isupper() and word.text not in draft_words and word.text != "I" and not (
                starts_sentence(source, word.start) and _common_english(word.lower)):
            return True
    return False


def _common_english(word: str) -> bool:
    """A lower-case word that is a common English (or shared French) word, not a name."""
    from translator_gui.core.checks.untranslated import english_words, is_english_word
    from translator_gui.core.lexicon import french
    from translator_gui.core.spelling import speller_for

    if word in _english_stopwords() or is_english_word(word, names_too=False):
        return True
    if english_words().get(word) or not word.isalpha():
        return False  # a name too ("japan*"), or a code
    if french().analyses(word):
        return True
    english = speller_for("en")  # the word list leaves out some words ("powered")
    return english is not None and english.known(word)


@cache
def _english_stopwords() -> frozenset[str]:
    from translator_gui.core.resources import resource

    lines = resource("lang", "stopwords-en.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _adjacent(text: str, left: Word, right: Word) -> bool:
    return right.start - left.end <= 1 and text[left.end:right.start] in ("", " ", "\u00a0")


class FrenchCapitalWithoutSource(Check):
    id = "fr-capital-without-source"
    name = "Capital the English source does not have (French draft)"
    description = ("A common word written with a capital inside a sentence of the French draft "
                   "(« un dessin en forme de Dôme », « Stockage et Organisation des plaques ») "
                   "where the English source has no capital it could come from: the source "
                   "writes every word of the sentence in lower case except its names, and the "
                   "draft copies those names. Names, nationalities, the words French itself "
                   "capitalizes (« l'État », « le Parlement », trademarks used as nouns: "
                   "« Velcro », resources/checks/capitalized-nouns-fr.tsv) and capitalized "
                   "runs are left alone.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    yields_to = ("fr-english-title-case",)
    bad_examples = (Example("The tent has a dome shape and a large porch.",
                            "La tente a une forme de Dôme et un grand auvent.", "en", "fr",
                            flags=("Dôme",)),)
    good_examples = (Example("The state taxes drivers who live in Oregon.",
                             "L'État taxe les automobilistes qui vivent en Oregon.", "en", "fr"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        texts = french_draft_of_english(context)
        if texts is None or not any(c.isupper() for c in texts[0][1:]):
            return
        text, source = texts
        tokens = words(text)
        # A word the English has with a capital too is a name or a word copied over; one the
        # English writes in lower case only is a common word whatever else the English names.
        english = {w.text for w in words(source)}
        capitalized = {w.lower() for w in english if w[:1].isupper()}
        candidates = [k for k, word in enumerate(tokens)
                      if k and is_title(word.text) and word.lower not in capitalized]
        if not candidates or _unexplained_capitals(source, {w.text for w in tokens}):
            return
        terms: list[TermMatch] | None = None
        for k in candidates:
            word = tokens[k]
            if "-" in word.text or starts_sentence(text, word.start):
                continue  # a compound name (« États-Unis »), a sentence or an item start
            before = text[look_back(text, word.start):word.start].rstrip(SPACES)
            if not before or not (before[-1] in ",'’" or before[-1].islower()):
                continue  # after a code, a number or a bracket: a line glued on
            previous, following = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
            if _adjacent(text, previous, word) and previous.text[0].isupper() and not \
                    starts_sentence(text, previous.start):
                continue  # inside a capitalized run: a name (« Le » opening a sentence is not)
            if following is not None and _adjacent(text, word, following) and \
                    following.text[0].isupper():
                continue
            if not _is_common_word(word.text) or self._starts_name(text, tokens, k):
                continue
            if terms is None:  # (found once, for the first word that gets this far)
                terms = termbase(context).find(text, "fr", statuses=ACCEPTED)
            if _termbase_capital(terms, word):
                continue  # « des Casques bleus »: the official form writes it so
            message = (f"« {word.text} » has a capital the English source does not have: "
                       f"French writes « {word.lower} » inside a sentence.")
            if previous.lower == word.lower or (following is not None
                                                and following.lower == word.lower):
                # « lame Lame »: lower case alone would leave the word said twice
                yield Finding("target", word.start, word.end, message,
                              hint=f"« {word.lower} », and one of the two words is one too many")
            else:
                yield Finding("target", word.start, word.end, message, replacement=word.lower)

    @staticmethod
    def _starts_name(text: str, tokens: list[Word], k: int) -> bool:
        """A word French capitalizes by convention (« l'État »), or a generic that opens a
        name here (« la Banque mondiale », « l'Organisation des Nations unies »)."""
        kind = _convention(tokens[k].text)
        if kind is None:
            return False
        if kind != "name-start":
            return True
        return _name_follows(tokens, k)


def _termbase_capital(terms: list[TermMatch], word: Word) -> bool:
    """Whether an accepted French form of a termbase entry found around the word (`terms`,
    the text's) writes it with its capital (« Casque bleu » for « des Casques bleus »)."""
    stem = word.text.rstrip("sx")
    for match in terms:
        if match.start <= word.start < match.end and any(
                form_word.rstrip("sx") == stem
                for form in match.entry.accepted("fr") for form_word in form.split()):
            return True
    return False


def _name_follows(tokens: list[Word], k: int) -> bool:
    """The rest of a name follows the generic tokens[k] opens: an adjective (« la Banque
    mondiale », « l'Assemblée nationale ») or a link and a capital (« l'Organisation des
    Nations unies »)."""
    from translator_gui.core.lexicon import french

    after = tokens[k + 1:k + 3]
    if not after:
        return False
    readings = french().analyses(after[0].text)
    if after[0].text[0].islower() and readings and all(
            a.pos in ("adj", "ppas") for a in readings):
        return True  # « la Banque mondiale »
    return after[0].lower in _NAME_LINKS and len(after) > 1 and after[1].text[0].isupper()


def _cognate(english: str, french_word: str) -> bool:
    """The same word in the two languages (« Assemblée » / "assembly", « Collège » /
    "college", « Cour » / "court"): equal once folded, or sharing their first five letters
    (four for short words)."""
    a, b = fold(english.lower()), fold(french_word.lower())
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return a == b or common >= 5 or (common >= 4 and min(len(a), len(b)) <= 5)


def _may_be_adjective(word: str) -> bool:
    """A lower-case word the lexicon reads as an adjective, among other readings (« nationale »
    is also a road)."""
    from translator_gui.core.lexicon import french

    return word[:1].islower() and any(a.pos in ("adj", "ppas") for a in french().analyses(word))


# Kinds of capitalized-nouns-fr.tsv whose capital names one institution (« l'Assemblée », « la
# Cour ») or opens the name of an organization (« l'Organisation des Nations unies »).
_INSTITUTION_KINDS = frozenset({"institution", "name-start"})
# What introduces an institution or a name in French: a determiner, « de » or « à » with the
# article in them (« du Conseil », « au Sénat »). Without one the noun is a common noun
# (« Nécessite Assemblée » for "requires assembly").
_BEFORE_AN_INSTITUTION = frozenset(
    "le la les l un une ce cet cette ces son sa ses notre votre leur nos vos leurs de d du des "
    "au aux".split())


@register
class FrenchInstitutionCapital(Check):
    id = "fr-institution-capital"
    name = "Institution's capital on a common noun (French draft)"
    description = ("A word French capitalizes when it names an institution or opens a name "
                   "(« l'Assemblée », « la Cour », « l'Organisation des Nations unies ») "
                   "written with its capital as a common noun, with no determiner to make it "
                   "the institution and no rest of a name after it, where the English source "
                   "has the same word in lower case (« Nécessite Assemblée » for \"requires "
                   "assembly\", « stockage et Organisation des plaques » for \"storage and "
                   "organization\"). Often a mistranslation as well (assembly: « montage »): "
                   "the hint says so.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.MINOR
    languages = ("fr",)
    bad_examples = (Example("It speeds up storage and organization of your tools.",
                            "Il accélère le rangement et Organisation de vos outils.", "en",
                            "fr", flags=("Organisation",)),)
    good_examples = (Example("He testified before the court and the national assembly.",
                             "Il a témoigné devant la Cour et l'Assemblée nationale.", "en",
                             "fr"),
                     Example("The report of the European commission.",
                             "Le rapport de la Commission européenne.", "en", "fr"))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        texts = french_draft_of_english(context)
        if texts is None or not any(c.isupper() for c in texts[0][1:]):
            return
        text, source = texts
        tokens = words(text)
        english: list[Word] | None = None
        for k, word in enumerate(tokens):
            if not k or not is_title(word.text) or \
                    _convention(word.text) not in _INSTITUTION_KINDS:
                continue
            if "-" in word.text or starts_sentence(text, word.start):
                continue  # a compound, a sentence or an item start
            before = text[look_back(text, word.start):word.start].rstrip(SPACES)
            if not before or not (before[-1] == "," or before[-1].islower()):
                continue  # after an elision (« l'Assemblée »), a code, a bracket
            previous = tokens[k - 1]
            if previous.lower in _BEFORE_AN_INSTITUTION or previous.text[:1].isupper() and \
                    not starts_sentence(text, previous.start):
                continue  # the institution itself, or inside a run of capitals (a name)
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is not None and _adjacent(text, word, following) and (
                    following.text[:1].isupper() or _may_be_adjective(following.text)) or \
                    _name_follows(tokens, k):
                continue  # the first word of a name (« Assemblée nationale »)
            if english is None:
                english = words(source)
            cognates = [e for e in english if _cognate(e.text, word.text)]
            if not cognates or any(e.text[:1].isupper() for e in cognates):
                continue  # no English word to read, or the English names an institution too
            said = cognates[0].text
            yield Finding("target", word.start, word.end,
                          f"« {word.text} » has the capital of an institution's name, but the "
                          f"English says \"{said}\" in lower case: the common noun takes lower "
                          f"case in French.",
                          hint=f"« {word.lower} », or the French word for \"{said}\" here")
