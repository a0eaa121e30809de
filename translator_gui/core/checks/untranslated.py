"""Untranslated text: English words left in French, a target identical to its source, a side in
the wrong language (French left in English: untranslated_en.py)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from translator_gui.core import built
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.names import names_in_document
from translator_gui.core.checks.text import (
    both_sides,
    common_capitalized,
    common_words,
    is_common_word,
    known_name,
    look_back,
    sentence_initial,
)
from translator_gui.core.checks.text_index import WORD_ANSWERS
from translator_gui.core.language import looks_like
from translator_gui.core.lexicon import french as french_lexicon
from translator_gui.core.resources import resource
from translator_gui.core.spelling import speller_for
from translator_gui.core.text import fold

_TRANSLATE_HINT = "Translate it into English."
_LETTERS = re.compile(r"[^\W\d_]{2,}")


class TargetIdenticalToSource(Check):
    id = "target-identical"
    whole_text = True
    name = "Target identical to the source"
    description = "The target repeats the source word for word although it has real words."
    category = "Accuracy/Untranslated"
    severity = Severity.CRITICAL
    whole_segment = True
    bad_examples = (
        Example("Le Conseil a adopté la résolution.", "Le Conseil a adopté la résolution.",
                flags=('Le Conseil a adopté la résolution.',)),
    )
    good_examples = (
        Example("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
        Example("A/RES/78/111", "A/RES/78/111"),
        Example("Xi Jinping", "Xi Jinping"),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        if segment.source.strip() != segment.target.strip():
            return
        words = _LETTERS.findall(segment.target)
        # Names, symbols and short titles legitimately stay as they are.
        lowercase = [w for w in words if w[0].islower()]
        if len(words) < 3 or len(lowercase) < 2:
            return
        start = len(segment.target) - len(segment.target.lstrip())
        yield Finding("target", start, len(segment.target.rstrip()),
                      "The target is a copy of the source: left untranslated?",
                      hint="Translate the segment.")


class WrongLanguage(Check):
    id = "wrong-language"
    name = "Text in the wrong language"
    description = ("A side is written in the other language of the pair (guessed from the share "
                   "of each language's function words).")
    category = "Accuracy/Untranslated"
    severity = Severity.CRITICAL
    whole_segment = True
    bad_examples = (
        Example("Le Conseil a adopté la résolution sur la coopération.",
                "Le Conseil a adopté hier la résolution sur la coopération internationale.",
                flags=('Le Conseil a adopté hier la résolution sur la coopération internationale.',)),
    )
    good_examples = (
        Example("Le Conseil a adopté la résolution sur la coopération.",
                "The Council adopted the resolution on cooperation in the field of AI."),
        Example("Il a cité « The Times ».", "He quoted The Times."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        for side in ("target", "source"):
            text = segment.text(side)
            expected = context.language(side)
            other = context.language("source" if side == "target" else "target")
            if expected == other:
                continue
            if looks_like(text, other, minimum_words=8):  # (guess_language(text) == other)
                start = len(text) - len(text.lstrip())
                yield Finding(side, start, len(text.rstrip()),
                              f"This {side} looks like {other.upper()}, not {expected.upper()}.",
                              hint=f"Check that the {side} is the {expected.upper()} text of "
                                   "the pair.")
                return


# A word, or each part of words glued together by a lost line break ("poundsWhat").
_LOWER_WORD = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-ÖØ-Þ]+(?=[^a-zà-öø-ÿ]|$)|[^\W\d_]{3,}")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


@lru_cache(maxsize=1)
def english_words() -> dict[str, bool]:
    """English words → whether the word is also a name (Ford, Turner); as prepared at install
    when it was (core/built.py: a dictionary read back whole instead of 52,000 lines split)."""
    words: dict[str, bool] = built.prepared(_ENGLISH_WORDS)
    return words


def _english_word_sources() -> list[bytes]:
    return [resource("checks", "english-words.txt").read_bytes(),
            b"words: w.rstrip('*') -> w.endswith('*'), '#' lines left out"]


def _make_english_words() -> dict[str, bool]:
    text = resource("checks", "english-words.txt").read_text(encoding="utf-8")
    return {w.rstrip("*"): w.endswith("*") for w in text.splitlines()
            if w and not w.startswith("#")}


_ENGLISH_WORDS = built.register(built.Table("english-words", _english_word_sources,
                                            _make_english_words))


def is_english_word(word: str, names_too: bool = True) -> bool:
    """Whether a lowercase word is English (with its -s, -ed, -ing forms); `names_too=False`
    leaves out the words that are also names."""
    words = english_words()
    candidates = [word] + [word[:-len(ending)] + replacement for ending, replacement in (
        ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
        if word.endswith(ending) and len(word) - len(ending) >= 3]
    for candidate in candidates:
        if candidate in words:
            return names_too or not words[candidate]
    return False


_VOWEL = re.compile("[aeiouy]")


def is_english_not_french(word: str) -> bool:
    """Whether a lowercase word is English and no French word: in the English word list and
    not a common French word, or known to the English Hunspell dictionary (any inflection:
    "older", "pounds", "gripped") and to neither the French dictionary nor the French lexicon.
    A word without a vowel ("lbs", "pkg") is an abbreviation, never counted."""
    if not _VOWEL.search(word):
        return False
    if is_common_word(word, common_words("fr")):
        return False  # (the French common words hold anglicisms of French: stats, emails)
    return is_english_word(word) or _hunspell_english(word)


@lru_cache(maxsize=65536)
def _hunspell_english(word: str) -> bool:
    if len(word) < 3:
        return False
    english, french = speller_for("en"), speller_for("fr")
    if english is None or french is None or not english.known(word):
        return False
    return not french.known(word) and not french_lexicon().knows(word)


@lru_cache(maxsize=WORD_ANSWERS)
def _english_alone(word: str) -> bool:
    """Whether a word the French shares with its English is English by what is known of the
    word alone (UntranslatedEnglishWord asks it before reading the letters around the word):
    a lower-case one English and not French (is_english_not_french), a capitalized one an
    English word that is no name and no common French word. Kept per word: « a », « on »,
    « me » are in most texts of both languages, and each answer costs lookups of hashes."""
    if word.islower():
        return is_english_not_french(word)
    lower = word.lower()
    return not is_common_word(lower, common_words("fr")) and is_english_word(lower, False)


def _known_in_french(word: str) -> bool:
    french = speller_for("fr")
    return french is not None and french.known(word)


@cache
def _english_units() -> dict[str, tuple[str, str]]:
    """English unit name (singular or plural) -> its French (singular, plural)."""
    table: dict[str, tuple[str, str]] = {}
    for line in resource("checks", "units-en-fr.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        english, french = line.split("\t")
        singular, plural = french.split("|")
        for name in english.split("|"):
            table[name] = (singular, plural)
    return table


# A quantity and the unit after it: "12 inches", "1.5 pounds", "3-1/2 feet", "2 x 4 inches".
_DIGIT = re.compile(r"\d")
_QUANTITY_UNIT = re.compile(r"(?<![\w.,/])(\d+(?:[.,]\d+)?(?:[ -]\d+/\d+)?|\d+/\d+)[ \u00a0]?"
                            r"([a-z]+)(?![a-z'’-])")


def _english_units_after_numbers(side: str, french: str, english: str,
                                 english_words_here: set[str] | None = None
                                 ) -> Iterator[Finding]:
    """English units of measurement after a number in the French, copied from the English:
    the French unit is the fix (singular below 2, as French counts). `english_words_here`:
    the English text's words in lower case, when the caller has them."""
    if _DIGIT.search(french) is None:
        return  # (every quantity holds a digit: a search for one is a fourth of the pattern's)
    units = _english_units()
    for match in _QUANTITY_UNIT.finditer(french):
        unit = match.group(2)
        if unit not in units:
            continue
        if english_words_here is None:
            english_words_here = {w.lower() for w in _LOWER_WORD.findall(english)}
        if unit not in english_words_here:
            continue
        amount = match.group(1).replace(",", ".").replace("-", " ").split(" ")[0]
        try:
            value = float(amount) if "/" not in amount else 0.5
        except ValueError:
            continue
        singular, plural = units[unit]
        french_unit = singular if value < 2 else plural
        message = f"« {unit} » is the English unit: « {french_unit} » in French."
        if french[match.end(2):match.end(2) + 1].isalpha():
            # Glued to the next word by a lost line break: the fix is for a person to make.
            yield Finding(side, match.start(2), match.end(2), message, hint=french_unit)
        else:
            yield Finding(side, match.start(2), match.end(2), message, replacement=french_unit)


# Markup copied into the text (an XML or HTML tag, a CSS rule block): code, not prose.
_MARKUP = re.compile(r"<[^<>\n]{1,300}>|\{[^{}]*:[^{}]*\}")
# A hyphenated compound ("easy-to-use", "3-year-old"): judged as one word.
_COMPOUND = re.compile(r"(?<![\w‑-])(?:\d+-)?[^\W\d_]+(?:[-‑][^\W\d_]+)+(?![\w‑-])")
_COMPOUND_GLUE = frozenset({"to", "the", "of", "and", "in", "on", "a", "for", "by", "at"})


def _english_compounds(french: str, english: str) -> list[tuple[int, int]]:
    """The hyphenated compounds of the French copied from the English, every part of them
    English and none French ("easy-to-use", "wide-grip", but not « anti-âge » nor
    "e-mail")."""
    if "-" not in french and "‑" not in french:
        return []
    english_compounds = {m.group().lower().replace("‑", "-") for m in _COMPOUND.finditer(english)}
    if not english_compounds:
        return []  # (none to be copied: the French is not read)
    found = []
    for match in _COMPOUND.finditer(french):
        compound = match.group()
        if compound.lower().replace("‑", "-") not in english_compounds:
            continue
        if french_lexicon().knows(compound) or _known_in_french(compound):
            continue  # « high-tech », « best-of »: compounds French took from English
        parts = [p for p in re.split(r"[-‑]", compound) if not p.isdigit()]
        content = [p for p in parts if p.lower() not in _COMPOUND_GLUE]
        if (content and all(len(p) >= 3 and p.islower() for p in content)
                and all(is_english_not_french(p) for p in content)):
            found.append(match.span())
    return found


# A run of letters with a capital after a lower-case letter: words glued by a lost line break
# (« stepsDurable », « TentFortunately ») or a brand written whole (JetBlue, iPhone).
_GLUED = re.compile(r"[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]")
_LETTER_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])")
_GLUED_PIECE = re.compile(r"[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+(?![a-zà-öø-ÿ])")


def _glued_copies(french: str, english: str) -> list[tuple[int, int]]:
    """English words glued together by a lost line break, copied whole from the English
    (« stepsDurable », « bagManufacturer », « TentFortunately »): two English words left
    untranslated, whatever each word alone looks like (« fit », « Box » are French-looking).
    A run opening in lower case is never a brand once past two letters (iPhone, eBay are
    spared); one opening with a capital is a brand (JetBlue, DryFloor) unless a later piece is
    an English sentence opener (« SpeedoIn », « BoxThe ») or a piece is a heading of a product
    sheet (« MatteMagnification », « DetailsBlack »)."""
    if not _GLUED.search(french):
        return []
    found = []
    for match in _LETTER_RUN.finditer(french):
        run = match.group()
        if not _GLUED.search(run) or re.match(r"[a-zà-öø-ÿ]{1,2}[A-ZÀ-ÖØ-Þ]", run):
            continue
        pieces = [piece.lower() for piece in _GLUED_PIECE.findall(run)]
        if run[0].isupper() and not (any(piece in _sentence_openers() for piece in pieces[1:])
                                     or any(piece in _headings() for piece in pieces)):
            continue
        if re.search(r"(?<![^\W\d_])" + re.escape(run) + r"(?![^\W\d_])", english):
            found.append(match.span())
    return found


class UntranslatedEnglishWord(Check):
    id = "untranslated-english-word"
    name = "English word left in the French"
    description = ("A lowercase English word in the French text, copied unchanged from the English "
                   "side (« filtre à eau pocket »): left untranslated. Names, quotations, "
                   "compounds and words French shares with English are spared.")
    category = "Accuracy/Untranslated"
    severity = Severity.MAJOR
    severities = (Severity.NEUTRAL, Severity.MAJOR)  # neutral in a French source
    bad_examples = (
        Example("Le filtre de poche est livré avec un carry bag.",
                "The pocket filter comes with a carry bag.", flags=('bag',)),
        Example("Couteau de poche Katadyn Folding", "Katadyn Folding Pocket Knife",
                flags=('Folding',)),
        Example("The strap is adjustable.", "La sangle est adjustable.", "en", "fr",
                flags=('adjustable',)),
    )
    good_examples = (
        Example("Le filtre de poche est livré avec un sac de transport.",
                "The pocket filter comes with a carry bag."),
        Example("La « bad bank » regroupera les actifs toxiques.",
                "The bad bank will hold the toxic assets."),
        Example("Il a rencontré les dirigeants de Google à New York.",
                "He met Google executives in New York."),
        Example("Couteau de poche pliant Katadyn", "Katadyn Folding Pocket Knife"),
        Example("Le week-end, le virus circule moins.", "At the weekend, the virus spreads less."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        sides = context.sides_in("fr")
        others = context.sides_in("en")
        if len(sides) != 1 or len(others) != 1:
            return
        side, other = sides[0], others[0]
        french, english = context.text(side), context.text(other)
        english_words_as_written = set(_LOWER_WORD.findall(english))
        english_tokens = set(map(str.lower, english_words_as_written))
        lexicon = common_words("fr")
        if not lexicon:
            return  # without a French lexicon nothing tells a French word from an English one
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(french)]
        quote_starts = [s for s, _e in quoted]
        markup = [m.span() for m in _MARKUP.finditer(french)]
        markup_starts = [s for s, _e in markup]
        units = [f for f in _english_units_after_numbers(side, french, english, english_tokens)
                 if not _within(markup, markup_starts, f.start)]
        yield from units
        unit_starts = {f.start for f in units}
        camel: list[tuple[int, int, bool]] = []  # the last letter run looked at, and its answer
        run: list[tuple[int, int]] = []
        # What the English says of capitalized words, worked out when a capitalized French
        # word first asks (most segments have none that gets this far).
        capitals: list[tuple[bool, set[str], set[str]]] = []

        def english_capitals() -> tuple[bool, set[str], set[str]]:
            if not capitals:
                # (the English words' places, read only then)
                capitals.append(_english_capitals(english, list(_LOWER_WORD.finditer(english))))
            return capitals[0]

        common = common_capitalized()
        # The words the English writes too (each reading of a capital below wants the word so
        # in the English): each distinct word tested once; most texts' are few, or none
        # and said English by what is known of the word alone (_english_alone: « a », « on »
        # are French too, « Florez », « Bogota » no English words): 2,062 of WMT14's 3,003
        # French texts share a word with their English, 278 one of these, whose places are
        # looked for
        french_words = set(_LOWER_WORD.findall(french))
        shared = {word for word in french_words & english_tokens
                  if word.islower() and _english_alone(word)} | {
            word for word in french_words & english_words_as_written
            if not word.islower() and word[1:].islower() and _english_alone(word)}
        for match in _LOWER_WORD.finditer(french) if shared else ():
            word = match.group()
            if word not in shared:
                continue  # (most words: tested before the letters around the word are read)
            lower = word.islower()
            start, end = match.start(), match.end()
            if _in_camel_case_name(french, start, end, camel):
                continue  # iPhone, eBay: one brand name, not glued words
            if _copied_whole(french, start, end, english):
                continue  # WikiLeaks, JetBlue: one name copied whole, not two glued words
            if not lower and not (fold(word) not in common and (
                    not sentence_initial(french, start)
                    and (english_capitals()[0] and word in english_words_as_written
                         or word in english_capitals()[1] and _isolated(french, start, end))
                    # An English sentence or list item opening with the same word: the French
                    # one opens with it too, untranslated ("Features : …", "Includes : …").
                    or sentence_initial(french, start) and word in english_capitals()[2]
                    and _isolated(french, start, end)
                    and word not in names_in_document(context))):
                continue
            capitalized = not word.islower()
            word = word.lower()
            before, after = french[start - 1:start] if start else "", french[end:end + 1]
            # Parts of compounds (anti-, e-mail), web addresses and quotations are deliberate.
            if before in "-‑./@_'’" and before or after in ("-", "‑", "@", "_") and after:
                continue
            if after == "." and french[end + 1:end + 2].isalpha():
                continue
            k = bisect_right(quote_starts, start) - 1  # quotes do not overlap: the last one
            if k >= 0 and end <= quoted[k][1]:  # opening at or before the word holds it or none
                continue
            if _inside_name(french, start, end):
                continue  # "News of the World", "Peter, Paul and Mary"
            if capitalized and _after_a_name(french, start) and (
                    side == "source" or _with_word_before(french, start, end) in english
                    and (not english_capitals()[0] or english.rstrip()[-1:] in ".!?")):
                continue  # « Emmanuel Macron »: a surname, in the author's French or copied
                # with its first name from an English sentence (a title has no full stop)
            # (in a French translation of a Title Case English, a brand's English words after
            # its name are counted: « Ballon Wilson Pickup »)
            if _within(markup, markup_starts, start) or start in unit_starts:
                continue
            run.append((start, end))
        compounds = [span for span in _english_compounds(french, english)
                     + _glued_copies(french, english)
                     if not _within(markup, markup_starts, span[0])
                     and not _within(quoted, quote_starts, span[0])]
        merged: list[tuple[int, int]] = []
        for start, end in sorted(run + compounds):
            if merged and not french[merged[-1][1]:start].strip():
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        # In a French source the English words are the author's borrowings as often as not
        # (« le shutdown », « le cloud »), and the translation rightly keeps them: noted there;
        # in a French translation they are the translation's own and count.
        severity = Severity.NEUTRAL if side == "source" else None
        for start, end in merged:
            yield Finding(side, start, end,
                          f"« {french[start:end]} » is English, as in the English text: "
                          "left untranslated?", hint="Translate it into French.",
                          severity=severity)


def _english_capitals(english: str, tokens_en: list[re.Match[str]]
                      ) -> tuple[bool, set[str], set[str]]:
    """Of an English text and its words (_LOWER_WORD): whether it is in Title Case (an English
    title copied into the French keeps its capitals: there a capital is no sign of a name), its
    capitalized words next to another capitalized word, and those opening a sentence."""
    spelt = [m.group() for m in tokens_en]
    capital = [word[0].isupper() for word in spelt]
    # a capitalized word not all in capitals: a neighbour that makes a capital phrase
    title = [c and not word.isupper() for c, word in zip(capital, spelt, strict=True)]
    last = len(spelt) - 1
    capital_phrases = {word for i, word in enumerate(spelt) if capital[i] and (
        (i > 0 and title[i - 1]) or (i < last and title[i + 1]))}
    positional_capitals = {word for m, word, c in zip(tokens_en, spelt, capital, strict=True)
                           if c and sentence_initial(english, m.start())}
    return _title_case(english), capital_phrases, positional_capitals


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s,]+$")
_WORD_AFTER = re.compile(r"[\s,]+([^\W\d_]+)")


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether the word sits between capitalized words (a title or a name in English)."""
    # Searched near the word only: searching the whole text before it made a long sentence
    # quadratic (122 s for 360,000 characters).
    before = _WORD_BEFORE.search(text, look_back(text, start), start)
    after = _WORD_AFTER.match(text, end)
    left = bool(before and before.group(1)[0].isupper())
    right = bool(after and after.group(1)[0].isupper())
    if text[start:end].lower() in _ENGLISH_GLUE:
        return left or right  # "News of the World": glue next to a capitalized word
    return left and right


def _after_a_name(text: str, start: int) -> bool:
    """The capitalized word follows a name the French lexicon knows (a first name: « Emmanuel
    Macron », « Olaf Scholz »): a surname, whatever English word it spells."""
    before = _WORD_BEFORE.search(text, look_back(text, start), start)
    if before is None or not before.group(1)[:1].isupper() or \
            text[before.end(1):start] not in (" ", "\u00a0"):
        return False
    return known_name(before.group(1))


def _with_word_before(text: str, start: int, end: int) -> str:
    """The word and the one before it (« Emmanuel Macron »)."""
    before = _WORD_BEFORE.search(text, look_back(text, start), start)
    return text[before.start(1) if before else start:end]


_ENGLISH_GLUE = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "with", "by",
                           "from", "or", "a", "an"})


def _title_case(text: str) -> bool:
    """Most longer words capitalized: a heading or product title in English Title Case."""
    words = [w for w in _LOWER_WORD.findall(text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _isolated(text: str, start: int, end: int) -> bool:
    """No capitalized word next to it, looking past English glue ("Bank of America",
    "Standard & Poor's"): not part of a multiword name."""
    starts, words = _letter_runs(text)
    index = bisect_right(starts, start) - 1
    if index < 0 or starts[index] != start:
        return True
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(words) and words[i].group().lower() in _ENGLISH_GLUE | {"s"}:
            i += step
        if 0 <= i < len(words):
            word = words[i]
            if word.group()[0].isupper() and not (
                    step < 0 and sentence_initial(text, word.start())
                    and is_common_word(word.group(), common_words("fr"))):
                return False  # (a capitalized French word opening the sentence: « Le », « Un »)
    return True


@lru_cache(maxsize=4)
def _letter_runs(text: str) -> tuple[list[int], list[re.Match[str]]]:
    """The runs of letters of a text and their starts, found once per text (looking a word up
    among them by bisection: listing them again for every word was quadratic)."""
    runs = list(re.finditer(r"[^\W\d_]+", text))
    return [m.start() for m in runs], runs


def _in_camel_case_name(text: str, start: int, end: int,
                        last: list[tuple[int, int, bool]] | None = None) -> bool:
    """Whether the word is part of a brand written like iPhone or eBay rather than two words
    glued by a lost line break (poundsWhat). Capitalized pairs (JetBlue, but also "LeversCrank"
    from a specification list) cannot be told apart by their shape and are read as words.
    `last` keeps the run of letters last looked at, so the words of one giant run of letters
    (a long glued string) do not each read it all again."""
    if last and last[0][0] <= start and end <= last[0][1]:
        left, right, answer = last[0]
        return (left, right) != (start, end) and answer
    left = start
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    right = end
    while right < len(text) and text[right].isalpha():
        right += 1
    if (left, right) == (start, end):
        return False
    whole = text[left:right]
    piece = re.search(r"[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+(?![a-z])", whole)
    answer = piece is not None and whole[0].islower() and len(piece.group()) < 3
    if last is not None:
        last[:] = [(left, right, answer)]
    return answer


@cache
def _sentence_openers() -> frozenset[str]:
    text = resource("checks", "english-sentence-openers.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


@cache
def _headings() -> frozenset[str]:
    text = resource("checks", "english-headings.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def _copied_whole(text: str, start: int, end: int, other: str) -> bool:
    """Whether the word is part of a longer capitalized run of letters (WikiLeaks, HealthCare)
    that the other side writes whole, as one word: a name copied as it is. Words glued by a
    lost line break (« strapWhat ») open in lower case and stay words."""
    left, right = start, end
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    while right < len(text) and text[right].isalpha():
        right += 1
    if (left, right) == (start, end) or not text[left].isupper():
        return False
    pieces = re.findall(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*", text[left:right])
    if any(piece.lower() in _sentence_openers() for piece in pieces[1:]):
        return False  # « WarrantyThis »: two sentences glued by a lost line break
    return re.search(r"(?<![^\W\d_])" + re.escape(text[left:right]) + r"(?![^\W\d_])",
                     other) is not None


def _within(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether `position` lies in one of the `spans` (sorted, not overlapping; `starts`
    their starts), found by bisection rather than by trying each span."""
    k = bisect_right(starts, position) - 1
    return k >= 0 and position < spans[k][1]
