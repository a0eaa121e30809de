"""The words a shipped Hunspell dictionary accepts, asked of libhunspell once at install.

libhunspell looks a French word up in 20-50 µs (fr_FR's affix rules; en_GB 5-15 µs), and a
document's spelling check asks it about every distinct word of both sides (WMT14's 3,003 pairs:
some 21,000 words, 0.4 s). At install (`python -m translator_gui.core.built`) libhunspell is
asked about every word of a list per shipped dictionary: the forms of the French lexicon
(resources/lexicon) for French, the English word list (resources/checks/english-words.txt) for
English, and each dictionary's own stems (its .dic). The words it accepts are kept as their
word_hash, sorted, in buckets (core/lexicon.py's index layout). Speller.known answers yes from
that table and asks libhunspell about every other word (capitalized, elided, unlisted, wrong).

libhunspell accepts every form of the French lexicon (some 470,000) and some fifty stems
besides: French's table is kept over the lexicon's own prepared index of the forms
(core/lexicon.py, read anyway by the checks) as the forms libhunspell rejects and the words it
accepts outside the forms, instead of a second copy of 470,000 hashes (4 MB).

The answers are libhunspell's own: the table holds only words it said yes about, for the very
.aff, .dic and word list the table's name is the digest of, and only a Speller whose engine is
libhunspell reading the shipped files uses it (spylls, or a system dictionary, never does). A
word outside the table with the hash of one inside would be taken for it, as in the lexicon's
index: one chance in 2^64 over the table's size.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from translator_gui.core import built, lexicon
from translator_gui.core.lexicon import index_arrays, index_of, word_hash
from translator_gui.core.resources import resource

# The word list asked about per language, beside each dictionary's stems.
WORD_LISTS = {"fr": ("lexicon", "fr-forms.tsv"), "en": ("checks", "english-words.txt")}
# The table's layout: a change here names new prepared files.
_FORMAT = (b"accepted words 2: lexicon.index_of of the words libhunspell accepts; over the "
           b"lexicon's forms index: the sorted word_hash of the forms rejected and of the "
           b"words accepted outside the forms")
# The word list whose prepared index (lexicon.py) a table is kept over.
_OVER_FORMS = ("lexicon", lexicon._FORMS)
# lexicon.index_of's layout (core/lexicon.py: its buckets of hashes by their top 16 bits).
_BUCKET_SHIFT = 48
_BUCKETS = 1 << 16


def _language(locale: str) -> str:
    return locale.split("_")[0]


def _shipped(locale: str) -> tuple[Path, Path] | None:
    """The shipped .aff and .dic of a dictionary (not a system one), or None."""
    aff = resource("spelling", f"{locale}.aff")
    dic = resource("spelling", f"{locale}.dic")
    if not (isinstance(aff, Path) and aff.is_file() and isinstance(dic, Path) and dic.is_file()):
        return None
    return aff, dic


def _sources(locale: str) -> list[built.Source]:
    from translator_gui.core.spelling import LIBHUNSPELL_NAMES

    files = _shipped(locale)
    word_list = WORD_LISTS.get(_language(locale))
    # (the files as Paths: counted by the digests noted at install, not read at each start)
    return [_FORMAT, lexicon._INDEX_FORMAT, Path(__file__),
            " ".join(LIBHUNSPELL_NAMES).encode(), *(files or ()),
            built.source_file(resource(*word_list)) if word_list else b""]


def _universe(locale: str) -> list[str]:
    """The words libhunspell is asked about: the language's word list and the stems of the
    dictionary's .dic, each once."""
    words: list[str] = []
    word_list = WORD_LISTS.get(_language(locale))
    if word_list:
        for line in resource(*word_list).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                # « form<TAB>number » (the lexicon), « word » or « word* » (the English list)
                words.append(line.split("\t")[0].rstrip("*"))
    files = _shipped(locale)
    if files is not None:
        for line in files[1].read_text(encoding="utf-8-sig", errors="replace").splitlines()[1:]:
            stem = line.split("/")[0].split()
            if stem:
                words.append(stem[0])
    return list(dict.fromkeys(w for w in words if w and w.strip() == w))


def accepted_index(words: Iterable[str], spell: Callable[[str], bool]) -> dict[str, bytes]:
    """lexicon.index_of of the `words` that `spell` accepts (each word once)."""
    kept = [w for w in dict.fromkeys(words) if "\n" not in w and "\t" not in w and spell(w)]
    return index_of("".join(f"{w}\t0\n" for w in kept).encode("utf-8"))


def over_forms(accepted: dict[str, bytes], forms: bytes) -> dict[str, bytes]:
    """The accepted words' index (accepted_index) kept over the index of a forms file
    (lexicon.index_of): the sorted hashes of the forms not accepted and of the words accepted
    outside the forms. A word is accepted when its hash is among the forms' but not among
    the rejected, or among the others."""
    import numpy as np

    words = np.frombuffer(accepted["hashes"], dtype=np.int64)
    listed = np.frombuffer(index_of(forms)["hashes"], dtype=np.int64)
    return {"over": b"forms", "rejected": np.setdiff1d(listed, words).tobytes(),
            "others": np.setdiff1d(words, listed).tobytes()}


def _make(locale: str) -> dict[str, bytes]:
    from translator_gui.core.spelling import _hunspell_available, _HunspellEngine

    files = _shipped(locale)
    if files is None or not _hunspell_available():
        return {}  # (no table: the speller asks its engine about every word)
    engine = _HunspellEngine(*files)
    accepted = accepted_index(_universe(locale), engine.spell)
    if WORD_LISTS.get(_language(locale)) == _OVER_FORMS:
        return over_forms(accepted, resource(*_OVER_FORMS).read_bytes())
    return accepted


def _table(locale: str) -> built.Table:
    return built.register(built.Table(f"spelling-accepted-{locale}",
                                      lambda: _sources(locale), lambda: _make(locale)))


def _shipped_locales() -> list[str]:
    from translator_gui.core.spelling import dictionary_choices

    text = resource("spelling", "languages.tsv").read_text(encoding="utf-8")
    languages = [line.split("\t")[0].strip() for line in text.splitlines()
                 if line.strip() and not line.startswith("#")]
    return [locale for language in languages for locale in dictionary_choices(language)
            if _shipped(locale) is not None]


_TABLES = {locale: _table(locale) for locale in _shipped_locales()}


class AcceptedWords:
    """`word in accepted`: whether the prepared table holds the word's hash."""

    def __init__(self, hashes: array, starts: array,  # type: ignore[type-arg]
                 rejected: array | None = None,  # type: ignore[type-arg]
                 others: array | None = None) -> None:  # type: ignore[type-arg]
        """`hashes` and `starts`: an index's (lexicon.index_arrays); `rejected` and `others`
        (sorted hashes), when the index is another's (a word list's): those of its words not
        accepted, and the words accepted besides."""
        self._hashes = hashes
        self._starts = starts
        self._rejected = rejected or None  # (empty: none)
        self._others = others or None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word_hash(word)
        if self._others is not None and _holds(self._others, key):
            return True
        bucket = (key >> _BUCKET_SHIFT) + _BUCKETS // 2
        end = self._starts[bucket + 1]
        at = bisect_left(self._hashes, key, self._starts[bucket], end)
        if not (at < end and self._hashes[at] == key):
            return False
        return self._rejected is None or not _holds(self._rejected, key)


def _holds(hashes: array, key: int) -> bool:  # type: ignore[type-arg]
    at = bisect_left(hashes, key)
    return at < len(hashes) and hashes[at] == key


@lru_cache(maxsize=8)
def accepted_words(locale: str) -> AcceptedWords | None:
    """The words libhunspell accepts with the shipped dictionary `locale`, as prepared at
    install from these very files; None without the table (not prepared, or stale)."""
    table = _TABLES.get(locale)
    if table is None:
        return None
    index = built.read(table)
    if not isinstance(index, dict) or not index:
        return None
    if "over" in index:
        # kept over the lexicon's index of the forms (the same forms file: the table's name
        # is the digest of it, and the index is only read when made from it)
        forms = lexicon.french().prepared_index() \
            if WORD_LISTS.get(_language(locale)) == _OVER_FORMS else None
        rejected, others = array("q"), array("q")
        try:
            rejected.frombytes(index["rejected"])
            others.frombytes(index["others"])
        except (KeyError, TypeError, ValueError):
            return None
        return None if forms is None else AcceptedWords(forms[0], forms[2], rejected, others)
    arrays = index_arrays(index)
    return None if arrays is None else AcceptedWords(arrays[0], arrays[2])
