"""False friends between French and English, from resources/checks/false-friends-fr-en.tsv."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from translator_gui.core import built
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.calques_en import calque_spans
from translator_gui.core.checks.false_friends_senses import (
    english_stems,
    renders_another_word,
    sense_cells,
)
from translator_gui.core.checks.gate_index import string_finder
from translator_gui.core.checks.text import (
    both_sides,
    data_rows,
    english_article_fix,
    look_back,
    lower_same_length,
    sentence_initial,
    termbase,
)
from translator_gui.core.english_morph import verb_forms
from translator_gui.core.resources import resource
from translator_gui.core.termbase import ACCEPTED


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
    english_renderings: tuple[str, ...] = ()  # the right renderings, for a hint
    french_renderings: tuple[str, ...] = ()
    # Context rules, each a regex on one side where {w} stands for the word itself: `wrong`
    # (the cognate is wrong only there: "assurer la sécurité"), `right` (the cognate is
    # right there: "demand for energy", "realized that").
    wrong: tuple[tuple[str, re.Pattern[str]], ...] = ()
    right: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # Correct renderings that other source words may account for ("may" renders the French
    # conditional, not « éventuellement »): (rendering, source words producing it).
    accounted: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    sense: str = ""  # what makes the cognate wrong (or right), said in the message
    hint_only: bool = False  # the fix needs rephrasing: a hint, never a replacement
    # A row of the sense table: only the source words its `wrong` rules select count.
    select: bool = False


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
            words.append(escaped.replace("'", "['’]"))
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
    # A word glued to a dash ("maintain--just") still ends there; a hyphenated compound does not.
    # (a form ending in an apostrophe, « dispose d' », is glued to the next word: « d'un »)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?:(?<=['’])|(?![\w]|-\w))")


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


def inflect_like(flagged: str, suggestion: str | None, language: str,
                 before: str = "") -> str | None:
    """Give an English stem suggestion the inflection of the flagged word.

    The data stores right renderings as stems (« attend* »); the translator needs the word
    that fits the sentence: "assisted" → "attended", "libraries" → "bookshops", "eventually"
    → "possibly". A flagged phrase is inflected by its first word, read with the words
    `before` it when its form is ambiguous ("MA also put in evidence" → "highlighted").
    Only regular English endings are produced.
    """
    if suggestion is None or not suggestion.endswith("*"):
        return suggestion
    stem = suggestion.rstrip("*").strip()
    if language != "en" or " " in stem:
        return stem
    words = flagged.lower().split()
    word = words[0] if len(words) > 1 else flagged.lower()
    if len(words) > 1 and verb_forms(word)[0] == word == verb_forms(word)[2]:
        # put, set, read: a present or a past, as the words before tell
        form = _verb_form_after(before)
        return _ed(stem) if form == "participle" else stem
    if word.endswith("ing"):
        return (stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem) + "ing"
    if word.endswith("ed"):
        return _ed(stem)
    if word.endswith("ly") and not stem.endswith("ly"):
        return _adverb(stem)
    if word.endswith("s") and not word.endswith("ss"):
        if stem.endswith(("s", "x", "z", "ch", "sh")):
            return stem + "es"
        if stem.endswith("y") and stem[-2:-1] not in _VOWELS:
            return stem[:-1] + "ies"
        return stem + "s"
    if _truncated(stem):
        return stem + "e"  # "possibl*" stands for possible, possibly
    return stem


_VOWELS = ("a", "e", "i", "o", "u")


def _truncated(stem: str) -> bool:
    """A stem cut before a silent e: an English word does not end in a consonant + l."""
    return len(stem) > 2 and stem[-1] == "l" and stem[-2] not in (*_VOWELS, "l")


def _ed(stem: str) -> str:
    if _truncated(stem):
        return stem + "ed"  # (never reached by the data: kept regular)
    return stem + ("d" if stem.endswith("e") else "ed")


def _adverb(stem: str) -> str:
    if stem.endswith("ll") or _truncated(stem):
        return stem + "y"  # full → fully, possibl → possibly
    if stem.endswith("le") and stem[-3:-2] not in _VOWELS:
        return stem[:-1] + "y"  # possible → possibly, simple → simply
    if stem.endswith("y") and stem[-2:-1] not in _VOWELS:
        return stem[:-1] + "ily"
    if stem.endswith("ic"):
        return stem + "ally"
    return stem + "ly"


def _verb_form_after(before: str) -> str:
    """"base" or "participle" (a past form) for a verb after the text `before`: "to" or a
    modal asks for the base, "has" or a subject for the past ("MA also put")."""
    cues = {row[1].lower(): row[0] for row in data_rows("tense-cues-en.tsv") if len(row) > 1}
    for word in reversed(re.findall(r"[^\W\d_]+", before.lower())):
        kind = cues.get(word)
        if kind == "skip":
            continue
        return "base" if kind == "base" else "participle"
    return "base"  # nothing before: an imperative or a heading ("Put in evidence…")


@lru_cache(maxsize=1)
def _word_classes() -> tuple[tuple[str, str], ...]:
    rows = [(row[0].lower(), row[1]) for row in data_rows("word-classes-en.tsv") if len(row) > 1]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def word_class(word: str) -> str | None:
    """noun, adjective or adverb from an English word's ending; None when it does not tell."""
    lower = word.lower()
    return next((kind for ending, kind in _word_classes()
                 if lower.endswith(ending) and len(lower) > len(ending) + 2), None)


def _fits(flagged: str, replacement: str, language: str) -> bool:
    """Whether the replacement can take the flagged words' place: a phrase by a word, or a
    word by one of the same class (a noun by a noun)."""
    if " " in flagged.strip():
        return True
    if language == "fr":
        # « peut effectivement » → « peut efficacité »: an adverb wants an adverb (or a phrase)
        return " " in replacement.strip() or not _french_adverb(flagged) or _french_adverb(
            replacement)
    if language != "en":
        return True
    first, second = word_class(flagged), word_class(replacement.split()[-1])
    if first == "adverb" and " " not in replacement.strip() and not replacement.endswith("ly"):
        return False  # "rudely" → "harsh": an adverb wants an adverb
    return first is None or second is None or first == second


def _french_adverb(word: str) -> bool:
    from translator_gui.core.lexicon import french

    return any(a.pos == "adv" for a in french().analyses(word.lower()))


def _same_gender_and_number(flagged: str, replacement: str, language: str) -> bool:
    """Whether a French replacement keeps the flagged noun's gender and number, so the
    determiner and adjectives around it still agree (« une parcelle » must not become « une
    colis »); a word the lexicon does not know, or an English one, is not held back here."""
    if language != "fr" or " " in flagged.strip():
        return True
    from translator_gui.core.lexicon import french

    def genders_numbers(word: str) -> set[tuple[str | None, str | None]]:
        return {(a.gender, a.number) for a in french().analyses(word.lower())
                if a.pos in {"noun", "adj"}}

    old = genders_numbers(flagged)
    if not old:
        return True  # an adverb or a verb: nothing around it agrees with it
    new = genders_numbers(replacement.split()[0])  # a phrase agrees by its head, first
    if not new:
        return False
    return any((g1 is None or g2 is None or g1 == g2) and (n1 is None or n2 is None or n1 == n2)
               for g1, n1 in old for g2, n2 in new)


def _spelt_right(replacement: str, language: str) -> bool:
    """Whether every word of an English replacement is in the English dictionaries (British
    or American): a stem inflected by rule can miss ("bear*" → "beared", "summar*" →
    "summar"); such a fix becomes a hint. Without dictionaries nothing is held back."""
    if language != "en":
        return True
    from translator_gui.core.spelling import speller

    spellers = [s for s in (speller("en_GB"), speller("en_US")) if s is not None]
    if not spellers:
        return True
    return all(any(s.known(word) for s in spellers)
               for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", replacement))


def _keeps_number(friend: FalseFriend, flagged: str, replacement: str, language: str) -> bool:
    """Whether an English replacement keeps a plural flagged noun plural ("journeys" → "day"
    would not): a word counts as plural when the table also lists it without its -s."""
    word = flagged.lower()
    if language != "en" or " " in word or friend.english_false is None:
        return True
    singulars = [word[:-3] + "y"] if word.endswith("ies") else []
    if word.endswith("es"):
        singulars.append(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        singulars.append(word[:-1])
    if not any(friend.english_false.fullmatch(singular) for singular in singulars):
        return True
    return replacement.split()[-1].lower().endswith("s")


def _renderings(forms: str) -> tuple[str, ...]:
    listed = [form.partition(" ~ ")[0].replace("*", "…").strip() for form in forms.split("|")]
    return tuple(form for form in listed if form and form != "—")[:4]


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
        pieces = regex.strip().split("{w}")
        numbered = pieces[0] + "".join(f"(?P<w{k}>{forms}){piece}"
                                       for k, piece in enumerate(pieces[1:]))
        rules.append((side, re.compile(numbered, re.IGNORECASE)))
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


_WINDOW = 200


def _in_context(rules: tuple[tuple[str, re.Pattern[str]], ...], side: str, text: str,
                span: tuple[int, int]) -> bool:
    """Whether one of the rules for `side` matches around the word at `span` ({w} is that
    word), or anywhere within 60 characters of it when the rule has no {w}."""
    for rule_side, rule in rules:
        if rule_side != side:
            continue
        groups = [name for name in rule.groupindex if name.startswith("w")]
        if groups:
            # A context rule reads a few words around the word: searching a window keeps a
            # long sentence with the word many times linear.
            for m in rule.finditer(text, max(0, span[0] - _WINDOW),
                                   min(len(text), span[1] + _WINDOW)):
                if any(m.start(g) <= span[0] < m.end(g) for g in groups if m.group(g)):
                    return True
        elif rule.search(text, max(0, span[0] - 60), min(len(text), span[1] + 60)):
            return True
    return False


def _rendered_by_its_look_alike(word: str, target: str, cognates: list[re.Match[str]]) -> bool:
    """Whether a French source word that could explain the English cognate (« site » beside
    « location », for "location") is rendered by a look-alike of its own elsewhere in the
    target ("the site's location"): then the cognate is not its rendering."""
    stem = _plain_word(word)[:4]
    if len(stem) < 4:
        return False
    return any(_plain_word(m.group())[:4] == stem
               and not any(c.start() <= m.start() < c.end() for c in cognates)
               for m in _TARGET_WORD.finditer(target))


_TARGET_WORD = re.compile(r"[^\W\d_]{4,}")


def _plain_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _literal_starts(forms: str) -> tuple[str, ...]:
    """The literal beginning of each form of a cell (up to its first `*`), lowercased as the
    texts are: a pattern of the cell can only match a text that holds one of them."""
    starts = []
    for form in forms.split("|"):
        form = form.partition(" ~ ")[0].strip()
        if form and form != "—":
            starts.append(lower_same_length(form.split()[0]).split("*")[0])
    return tuple(starts)


class _Row:
    """One row of the false-friend table, compiled on first need: most rows meet no word of
    theirs in a given text, and compiling the ~1,000 patterns of the table costs more than
    checking a short document."""

    def __init__(self, cells: list[str], select: bool = False,
                 starts: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> None:
        self.cells = cells
        self.select = select
        direction, fr, en_false = cells[:3]
        self.fr_en = direction in ("both", "fr-en")
        self.en_fr = direction in ("both", "en-fr")
        self.french_starts, self.english_starts = starts or (
            _literal_starts(fr), _literal_starts(en_false))
        self._friend: FalseFriend | None = None

    def friend(self) -> FalseFriend:
        if self._friend is None:
            self._friend = _compile(self.cells, self.select)
        return self._friend


def _compile(cells: list[str], select: bool = False) -> FalseFriend:
    (direction, fr, en_false, en_correct, fr_correct, wrong, right, accounted, sense) = cells
    hint_only = en_correct.startswith("~")
    en_correct = en_correct.lstrip("~")
    french, english = _pattern(fr), _pattern(en_false)
    # `re:` (sense table): the English that accounts for the French word, as a regex
    english_correct = (re.compile(en_correct[3:]) if en_correct.startswith("re:")
                       else _pattern(en_correct))
    return FalseFriend(french, english, english_correct, _pattern(fr_correct),
                       _suggestion(en_correct, True), _suggestion(fr_correct, False),
                       direction in ("both", "fr-en"), direction in ("both", "en-fr"),
                       _renderings(en_correct), _renderings(fr_correct),
                       _contexts(wrong, french, english), _contexts(right, french, english),
                       _accounted(accounted), sense.strip(), hint_only, select)


# The table of cognates, then the English homographs of product texts (same columns).
_TABLES = ("false-friends-fr-en.tsv", "homographs-en-fr.tsv")
# The senses of common polysemous English words (its own columns: false_friends_senses).
_SENSES = "senses-en-fr.tsv"


@lru_cache(maxsize=1)
def _rows() -> tuple[_Row, ...]:
    """The rows of the tables, as prepared at install when they were (core/built.py: the
    senses table's rules written out and every row's word beginnings, ~1,000 rows, instead of
    each start working them out again)."""
    return tuple(_Row(cells, select, (tuple(french), tuple(english)))
                 for cells, select, french, english in built.prepared(_ROWS_TABLE))


_RowData = tuple[list[str], bool, list[str], list[str]]


def _make_rows() -> list[_RowData]:
    """Each row's cells, whether it is a sense row, and its source words' literal beginnings
    (French, English)."""
    rows: list[tuple[list[str], bool]] = []
    for table in _TABLES:
        text = resource("checks", table).read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#") or line.startswith("direction\t"):
                continue
            rows.append(((line.split("\t") + [""] * 9)[:9], False))
    for line in resource("checks", _SENSES).read_text(encoding="utf-8").splitlines():
        cells = sense_cells(line)
        if cells is not None:
            rows.append((cells, True))
    return [(cells, select, list(_literal_starts(cells[1])), list(_literal_starts(cells[2])))
            for cells, select in rows]


def _row_sources() -> list[bytes]:
    # The tables, and the code reading them: this module, the senses' rules (and the word
    # classes they name), lower_same_length.
    from translator_gui.core.checks import false_friends_senses, text

    return [*(resource("checks", name).read_bytes()
              for name in (*_TABLES, _SENSES, false_friends_senses.CLASSES)),
            *(Path(path).read_bytes()
              for path in (__file__, false_friends_senses.__file__, text.__file__))]


_ROWS_TABLE = built.register(built.Table("false-friend-rows", _row_sources, _make_rows))


@lru_cache(maxsize=2)
def _rows_from(french_source: bool) -> tuple[_Row, ...]:
    """The rows that apply in one direction: a French source skips the English-source rows."""
    return tuple(row for row in _rows() if (row.fr_en if french_source else row.en_fr))


def false_friends() -> list[FalseFriend]:
    """Every pair of the table, compiled."""
    return [row.friend() for row in _rows()]


def _holds(text: str, starts: tuple[str, ...]) -> bool:
    return any(start in text for start in starts)


@lru_cache(maxsize=2)
def _start_finder(french_source: bool
                  ) -> tuple[Callable[[str], list[str]], dict[str, frozenset[int]], tuple[int, ...]]:
    """For one direction, the literal beginnings of the source-side words read off a text where
    a word of the table can begin (after no letter, digit or hyphen: its patterns start
    there) in one pass (gate_index.string_finder), each with the rows (numbers in _rows_from)
    it and the beginnings it begins with make possible; and the rows a word beginning with
    `*` makes possible in any text."""
    index: dict[str, list[int]] = {}
    always: list[int] = []
    for number, row in enumerate(_rows_from(french_source)):
        for start in (row.french_starts if french_source else row.english_starts):
            if start:
                index.setdefault(start, []).append(number)
            else:
                always.append(number)
    return (*string_finder(index, r"(?<![\w-])"), tuple(always))


def _candidate_rows(french_source: bool, source: str) -> list[_Row]:
    """The rows whose source-side word may be in `source`, in table order: a row's pattern
    matches only where one of its words' literal beginnings starts a word of the text (a
    beginning holds no space), so the beginnings are read off the text in one pass instead of
    each row searching it (each place's next run of non-spaces, looked up by its first
    letters, cost WMT14's sources 0.095 s of CPU; 0.026 s so)."""
    find, opened_by, always = _start_finder(french_source)
    numbers = set(always)
    numbers.update(*map(opened_by.__getitem__, set(find(source))))
    table = _rows_from(french_source)
    return [table[number] for number in sorted(numbers)]


def _kept_as_name(context: SegmentContext, source_word: str, source_start: int,
                  target_word: str, target_start: int) -> bool:
    """Whether the flagged words are a name the draft keeps (Stage Entertainment, a song
    called "Habits"): names are not mistranslated by being kept.

    From French, a capital inside a sentence marks a name. From English it does not: English
    capitalizes every word of a product name or a title ("Tactical Extreme Series Case",
    "The Step"), and a draft that translates such a word by its wrong sense (« cas »,
    « étape ») has not kept a name; its capital (« Cour ») is only copied from the English.
    There only a word copied as it is counts as a name, and not one that opens a sentence or a
    heading on both sides before a word in lower case ("Directions and recipes…" →
    « Directions et recettes… »): that capital is the sentence's ("Stage Entertainment
    presents…" stays a name)."""
    segment = context.segment
    copied = source_word[:1].isupper() and source_word in segment.target
    if context.source_language == "en":
        following = segment.source[source_start + len(source_word):].lstrip()[:1]
        return copied and target_word.lower() == source_word.lower() and not (
            not following.isupper()
            and sentence_initial(segment.source, source_start)
            and sentence_initial(segment.target, target_start))
    return copied or (source_word[:1].isupper()
                      and not sentence_initial(segment.source, source_start)) or (
        target_word[:1].isupper() and not sentence_initial(segment.target, target_start))


class FalseFriendCheck(Check):
    id = "false-friend"
    name = "False friend"
    description = ("The target renders a source word by its look-alike with another meaning "
                   "(« librairie » → library, « délai » → delay, « actuellement » → actually); "
                   "fires only when the right rendering is absent.")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Il a acheté le livre dans une librairie.", "He bought the book in a library.",
                flags=('library',)),
        Example("Le délai de dépôt est fixé au 12 mai.", "The filing delay is set for 12 May.",
                flags=('delay',)),
        Example("Il est actuellement ministre.", "He is actually a minister.", flags=('actually',)),
        Example("He is actually a minister.", "Il est actuellement ministre.", "en", "fr",
                flags=('actuellement',)),
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
        reported: set[tuple[int, int]] = set()
        # An English calque pattern owns its words ("put in evidence" → "highlighted"): a fix
        # of "evidence" alone inside it would damage the sentence ("put in obvious").
        # (computed once a word is about to be flagged: most segments have none)
        owned: list[tuple[int, int]] = []
        owned_known = False
        for row in _candidate_rows(french_source, source):
            # The literal test first: a row compiles and runs its patterns only when the
            # texts hold the beginning of one of its words on both sides.
            if not _holds(target, row.english_starts if french_source else row.french_starts):
                continue
            friend = row.friend()
            if french_source:
                if not friend.fr_en:
                    continue
                trigger, wrong, right = friend.french, friend.english_false, friend.english_correct
                suggestion, renderings = friend.english_suggestion, friend.english_renderings
                explains = friend.french_correct
            else:
                if not friend.en_fr:
                    continue
                trigger, wrong, right = friend.english_false, friend.french, friend.french_correct
                suggestion, renderings = friend.french_suggestion, friend.french_renderings
                explains = friend.english_correct
            if trigger is None or wrong is None:
                continue
            words = [m for m in trigger.finditer(source)
                     if not _in_context(friend.right, source_side, source, m.span())
                     and (not friend.select
                          or _in_context(friend.wrong, source_side, source, m.span()))]
            if not words:
                continue
            cognates = [m for m in wrong.finditer(target)
                        if not _in_context(friend.right, target_side, target, m.span())]
            if not cognates:
                continue
            # A pair with "wrong" rules is a false friend only where one matches, either side.
            if friend.wrong and not any(
                    _in_context(friend.wrong, source_side, source, w.span()) for w in words) \
                    and not any(_in_context(friend.wrong, target_side, target, c.span())
                                for c in cognates):
                continue
            # Word by word: a cognate another source word explains (« retard » → "delay"
            # beside « délai ») is not this word's rendering; a correct rendering counts for
            # this word only when no other source word accounts for it ("may" renders
            # « pourrait », not « éventuellement »).
            # (English source: "could" beside « éventuellement » explains nothing when the
            # French renders it by its own word, « pourraient »: the accounted pairs)
            explained = 0 if explains is None else sum(
                not _rendered_by_its_look_alike(m.group(), target, cognates) if french_source
                else not any(rendering.fullmatch(m.group()) and producer.search(target)
                             for rendering, producer in friend.accounted)
                for m in explains.finditer(source))
            # (English source: nor when it is the look-alike of another English word there)
            others = (english_stems(source, [w.span() for w in words])
                      if not french_source and right is not None else {})
            rendered = 0 if right is None else sum(
                not any(rendering.fullmatch(m.group()) and producer.search(source)
                        for rendering, producer in friend.accounted)
                and not renders_another_word(m.group(), others)
                for m in right.finditer(target))
            count = min(len(words) - rendered, len(cognates) - explained)
            if count <= 0:
                continue
            ratio = words[0].start() / max(1, len(source))
            ordered = sorted(cognates, key=lambda c: abs(c.start() / max(1, len(target)) - ratio))
            trigger_word = words[0]
            if not owned_known:
                owned_known = True
                if context.target_language == "en":
                    owned = calque_spans(segment.target, segment.source)
                # an official name holds its words (« le Sud global » for "Global South");
                # not a nationality adjective, itself a word (« polonais » for "polish")
                owned = owned + [(m.start, m.end) for m in termbase(context).find(
                    segment.target, context.target_language, statuses=ACCEPTED)
                    if m.entry.domain not in ("nationality", "currency")]
            for found in ordered[:count]:
                yield from self._flag(context, friend, trigger_word, found, suggestion,
                                      renderings, reported, owned)

    @staticmethod
    def _flag(context: SegmentContext, friend: FalseFriend, trigger_word: re.Match[str],
              found: re.Match[str], suggestion: str | None, renderings: tuple[str, ...],
              reported: set[tuple[int, int]], owned: list[tuple[int, int]]
              ) -> Iterator[Finding]:
        segment = context.segment
        source_word = segment.source[trigger_word.start():trigger_word.end()]
        target_word = segment.target[found.start():found.end()]
        if _kept_as_name(context, source_word, trigger_word.start(), target_word,
                         found.start()):
            return
        if any(s < found.end() and found.start() < e for s, e in [*reported, *owned]):
            return  # a phrase already flagged ("put in evidence") holds the word
        reported.add((found.start(), found.end()))
        message = f"« {target_word} » is a false friend of « {source_word} » here."
        if friend.sense:
            message += f" {friend.sense}"
        replacement = inflect_like(target_word, suggestion, context.target_language,
                                   segment.target[look_back(segment.target, found.start()):
                                                  found.start()])
        if (context.target_language != "en" and suggestion
                and (suggestion not in renderings
                     or any(r.startswith(suggestion) and r.endswith("…") for r in renderings))):
            # A French stem ("présid*", "rend* compte") is no word: the renderings are a hint.
            replacement = None
        if (replacement and not friend.hint_only
                and _fits(target_word, replacement, context.target_language)
                and _spelt_right(replacement, context.target_language)
                and _keeps_number(friend, target_word, replacement, context.target_language)
                and _same_gender_and_number(target_word, replacement,
                                            context.target_language)):
            if target_word[:1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
            start = found.start()
            if context.target_language == "en":
                start, replacement = english_article_fix(segment.target, start, replacement)
            yield Finding("target", start, found.end(), message, replacement=replacement)
        else:
            yield Finding("target", found.start(), found.end(), message,
                          hint=" / ".join(renderings) if renderings else
                          f"A word for what « {source_word} » means here.")
