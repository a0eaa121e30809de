"""Spell checking with Hunspell dictionaries: which dictionary, which engine, and the word lists
(project and user dictionaries, "ignore all") that make a word correct.

Two engines read the same .aff/.dic files. The `hunspell` binding (LGPL-3.0, C++ over
libhunspell) looks a word up in 2-7 µs and loads a dictionary in 0.1 s; spylls (MPL-2.0, pure
Python) needs 0.1-1 ms a word and 2-5 s to load, but installs anywhere. The binding is used
when it imports (`.ci/install` builds it on Debian), spylls otherwise. Answers are cached per
word, so a document's vocabulary is looked up once.

The dictionaries come from LibreOffice's dictionary project and ship in resources/spelling/
(their licences are in its README.md); a system dictionary (/usr/share/hunspell) serves a
language we do not ship.
"""

from __future__ import annotations

import codecs
import ctypes
import logging
import os
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from translator_gui.core.resources import resource

log = logging.getLogger(__name__)

CONFIG_DIR_VARIABLE = "TRANSLATOR_GUI_CONFIG_DIR"
USER_DICTIONARY = "dictionary.txt"
SYSTEM_FOLDERS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts")
MAX_SUGGESTIONS = 5


class Engine(Protocol):
    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class _HunspellEngine:
    """libhunspell: through ctypes when the library loads that way, else through the binding.

    The binding holds the interpreter lock for the whole of a call, and a suggestion takes
    libhunspell 0.05-0.2 s: a spelling check on a worker froze the window that long for each
    misspelt word. A ctypes call releases the lock while libhunspell works."""

    name = "hunspell"

    def __init__(self, aff: Path, dic: Path) -> None:
        self._lock = threading.Lock()  # libhunspell is not thread-safe per handle
        self._library = _libhunspell()
        self._handle: Any = None
        self._speller: Any = None
        if self._library is not None:
            handle = self._library.Hunspell_create(os.fsencode(aff), os.fsencode(dic))
            if handle:
                self._handle = handle
                self._encoding = _codec(self._library.Hunspell_get_dic_encoding(handle))
                return
        import hunspell  # type: ignore[import-not-found]

        self._speller = hunspell.HunSpell(str(dic), str(aff))

    def spell(self, word: str) -> bool:
        with self._lock:
            try:
                if self._handle is not None:
                    return bool(self._library.Hunspell_spell(self._handle,
                                                             word.encode(self._encoding)))
                return bool(self._speller.spell(word))
            except UnicodeEncodeError:
                return False  # a character the dictionary's encoding cannot hold

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            try:
                if self._handle is None:
                    return list(self._speller.suggest(word))
                encoded = word.encode(self._encoding)
            except UnicodeEncodeError:
                return []
            found = ctypes.POINTER(ctypes.c_char_p)()
            count = self._library.Hunspell_suggest(self._handle, ctypes.byref(found), encoded)
            try:
                return [found[i].decode(self._encoding, "replace") for i in range(count)]
            finally:
                if count > 0:
                    self._library.Hunspell_free_list(self._handle, ctypes.byref(found), count)

    def __del__(self, _is_finalizing: Callable[[], bool] = sys.is_finalizing) -> None:
        # At the interpreter's exit the process's memory goes back whole: freeing a
        # dictionary word by word then costs a tenth of a second for nothing. The check is
        # bound when the class is made: at shutdown the module's globals may already be None.
        if self._handle is not None and self._library is not None and not _is_finalizing():
            self._library.Hunspell_destroy(self._handle)
            self._handle = None


LIBHUNSPELL_NAMES = ("hunspell-1.7", "hunspell")


def _library_paths() -> Iterator[str]:
    """Where libhunspell may be: on Linux its usual soname first (the dynamic loader finds it
    without find_library's run of ldconfig in a subprocess), then what find_library says."""
    for name in LIBHUNSPELL_NAMES:
        if sys.platform.startswith("linux"):
            yield f"lib{name}.so.0"
        import ctypes.util

        path = ctypes.util.find_library(name)
        if path is not None:
            yield path


@lru_cache(maxsize=1)
def _libhunspell() -> Any:
    """libhunspell's C interface through ctypes (calls release the interpreter lock), or None
    when the library cannot be found that way."""
    for path in _library_paths():
        try:
            library = ctypes.CDLL(path)
            handle, text = ctypes.c_void_p, ctypes.c_char_p
            library.Hunspell_create.argtypes = [text, text]
            library.Hunspell_create.restype = handle
            library.Hunspell_destroy.argtypes = [handle]
            library.Hunspell_destroy.restype = None
            library.Hunspell_spell.argtypes = [handle, text]
            library.Hunspell_spell.restype = ctypes.c_int
            library.Hunspell_get_dic_encoding.argtypes = [handle]
            library.Hunspell_get_dic_encoding.restype = text
            word_list = ctypes.POINTER(ctypes.POINTER(text))
            library.Hunspell_suggest.argtypes = [handle, word_list, text]
            library.Hunspell_suggest.restype = ctypes.c_int
            library.Hunspell_free_list.argtypes = [handle, word_list, ctypes.c_int]
            library.Hunspell_free_list.restype = None
        except (OSError, AttributeError) as error:
            log.debug("libhunspell %s not usable through ctypes: %s", path, error)
            continue
        return library
    return None


def _codec(encoding: bytes | None) -> str:
    """The Python codec of a dictionary's SET line (UTF-8 when unknown)."""
    name = (encoding or b"UTF-8").decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


class _SpyllsEngine:
    name = "spylls"

    def __init__(self, aff: Path, dic: Path) -> None:
        from spylls.hunspell import Dictionary  # type: ignore[import-untyped]

        self._dictionary: Any = Dictionary.from_files(str(aff.with_suffix("")))
        self._lock = threading.Lock()

    def spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._dictionary.lookup(word))

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            found: list[str] = []
            for suggestion in self._dictionary.suggest(word):
                found.append(suggestion)
                if len(found) >= MAX_SUGGESTIONS:
                    break
            return found


def engine_name() -> str:
    """The engine in use: "hunspell" (libhunspell, through ctypes or its binding), else "spylls"."""
    return "hunspell" if _hunspell_available() else "spylls"


@lru_cache(maxsize=1)
def _hunspell_available() -> bool:
    """libhunspell through ctypes, or else its binding: either serves _HunspellEngine."""
    if os.environ.get("TRANSLATOR_GUI_SPELLING_ENGINE") == "spylls":
        return False
    if _libhunspell() is not None:
        return True
    try:
        import hunspell  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


# -- dictionaries --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _defaults() -> dict[str, list[str]]:
    """language -> its dictionaries, the default first (resources/spelling/languages.tsv)."""
    table: dict[str, list[str]] = {}
    text = resource("spelling", "languages.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, _, locales = line.partition("\t")
        table[language.strip()] = [loc.strip() for loc in locales.split(",") if loc.strip()]
    return table


def dictionary_choices(language: str) -> list[str]:
    """The dictionaries offered for a language, the default first (en: en_GB, en_US)."""
    return list(_defaults().get(language, []))


def default_dictionary(language: str) -> str | None:
    choices = dictionary_choices(language)
    return choices[0] if choices else None


def dictionary_files(locale: str) -> tuple[Path, Path] | None:
    """The .aff and .dic of a dictionary: the shipped ones, else the system's; None if neither."""
    shipped = resource("spelling", f"{locale}.aff")
    if shipped.is_file():
        aff = Path(str(shipped))
        dic = aff.with_suffix(".dic")
        if dic.is_file():
            return aff, dic
    for folder in SYSTEM_FOLDERS:
        aff, dic = Path(folder, f"{locale}.aff"), Path(folder, f"{locale}.dic")
        if aff.is_file() and dic.is_file():
            return aff, dic
    return None


_ENGINES: dict[str, Engine | None] = {}
_ENGINES_LOCK = threading.Lock()
# One lock per dictionary: a thread loading fr_FR does not hold back one that wants en_GB.
_LOADING: dict[str, threading.Lock] = {}
_BACKGROUND: list[threading.Thread] = []


def engine_for(locale: str) -> Engine | None:
    """The loaded dictionary (loaded once per process); None when it cannot be found."""
    engine = _ENGINES.get(locale)
    if engine is not None:
        return engine
    with _ENGINES_LOCK:
        lock = _LOADING.setdefault(locale, threading.Lock())
    with lock:
        if locale not in _ENGINES:
            files = dictionary_files(locale)
            if files is None:
                log.warning("no Hunspell dictionary %s (shipped or in %s)", locale,
                            ", ".join(SYSTEM_FOLDERS))
                _ENGINES[locale] = None
            else:
                engine_class = _HunspellEngine if _hunspell_available() else _SpyllsEngine
                _ENGINES[locale] = engine_class(*files)
        return _ENGINES[locale]


def load_in_background(languages: Iterable[str]) -> None:
    """Start loading the dictionaries of these languages (each one's choices, the default
    first) on a thread, while the caller goes on (imports, other checks): libhunspell reads
    a dictionary without the interpreter lock (0.1 s for fr_FR), so on a second core this
    costs the caller nothing; a check asking for a dictionary meanwhile waits for that one
    only. The thread loads nothing without libhunspell through ctypes (the other engines hold
    the lock: they load when first asked, as before)."""
    locales = [locale for language in dict.fromkeys(languages)
               for locale in dictionary_choices(language) if locale not in _ENGINES]
    if not locales:
        return
    thread = threading.Thread(target=_load_all, args=(locales,), name="dictionaries",
                              daemon=True)
    thread.start()
    _BACKGROUND.append(thread)


def _load_all(locales: list[str]) -> None:
    if not _hunspell_available() or _libhunspell() is None:
        return  # (found here too: looking for the library takes time as well)
    for locale in locales:
        try:
            engine_for(locale)
        except Exception:  # noqa: BLE001 - asked again where it is used, and reported there
            log.debug("dictionary %s not loaded in the background", locale, exc_info=True)
            with _ENGINES_LOCK:
                _LOADING.pop(locale, None)


def background_done() -> None:
    """Wait for the dictionaries load_in_background started (before a fork: a child must not
    inherit a lock a vanished thread holds)."""
    while _BACKGROUND:
        _BACKGROUND.pop().join()


class Speller:
    """One dictionary with a per-word cache of answers and suggestions."""

    def __init__(self, locale: str, engine: Engine, accepted: Container[str] | None = None
                 ) -> None:
        self.locale = locale
        self._engine = engine
        # Words the engine is known to accept, asked at install (core/spelling_accepted.py)
        self._accepted = accepted
        self._known: dict[str, bool] = {}
        # the words of _known answered no, kept apart: unknown() finds a text's among them in
        # one set operation
        self._rejected: set[str] = set()
        self._suggestions: dict[str, list[str]] = {}
        self._close: dict[str, list[str]] = {}

    def known(self, word: str) -> bool:
        answer = self._known.get(word)
        if answer is None:
            accepted = self._accepted
            answer = (accepted is not None and word in accepted) or self._engine.spell(word)
            self._remember(word, answer)
        return answer

    def _known_to_engine(self, word: str) -> bool:
        """known(), asking the engine without the accepted-words table first: for the edits
        near_words tries, nearly all no words, the table's lookup (a hash of the word, some
        3 µs) only came before the engine's answer; the table holds the engine's own."""
        answer = self._known.get(word)
        if answer is None:
            answer = self._engine.spell(word)
            self._remember(word, answer)
        return answer

    def _remember(self, word: str, answer: bool) -> None:
        if len(self._known) > 200_000:
            self._known.clear()
            self._rejected.clear()
        self._known[word] = answer
        if not answer:
            self._rejected.add(word)

    def unasked(self, words: set[str]) -> set[str]:
        """The words of `words` known() has not answered yet (in C: a set less a dict's keys)."""
        return words.difference(self._known)

    def known_at_hand(self, word: str) -> bool:
        """Whether the word is known by what is at hand, without the engine: an answer given
        before, or the accepted-words table (which holds only words the engine accepts)."""
        answer = self._known.get(word)
        if answer is not None:
            return answer
        accepted = self._accepted
        return accepted is not None and word in accepted

    def unknown(self, words: set[str], unasked: set[str] | None = None) -> set[str]:
        """The words of `words` the dictionary does not know (known() of each). Those asked
        before (nearly all of a text's, past a document's first texts) are told apart from
        the others, and the unknown ones found, by set operations in C (set.difference reads
        a dict's keys as a set's). `unasked`: those not asked before, when the caller has them
        (self.unasked(words))."""
        answers = self._known
        asked = words.difference(answers) if unasked is None else unasked
        if len(answers) + len(asked) > 200_000:
            return {word for word in words if not self.known(word)}  # (the cache is cleared)
        for word in asked:
            self.known(word)
        return words & self._rejected

    def suggest(self, word: str) -> list[str]:
        """Up to MAX_SUGGESTIONS words: the dictionary's words one typo away first (the same
        answer on every machine); Hunspell's own search only when there is none. Hunspell cuts
        its search by the clock, so on a busy machine it answers differently ("réalisationde":
        « réalisation de » or « réalisation »), and costs 0.05-0.2 s a word."""
        found = self._suggestions.get(word)
        if found is None:
            found = self.near_words(word)
            if not found:
                found = [s for s in self._engine.suggest(word) if s != word]
            found = found[:MAX_SUGGESTIONS]
            if len(self._suggestions) > 20_000:
                self._suggestions.clear()
            self._suggestions[word] = found
        return found

    def close_words(self, word: str) -> list[str]:
        """near_words, remembered: what a whole-document check offers for a misspelt word.
        Hunspell's own search (suggest) is left to a person asking about one word (the
        window's menu): 0.1-0.2 s a word for French, most of the spelling check's time on a
        document, and past one typo it guesses from the word's letters (« pneumaticien »:
        « pneumatiquement », « pneumatisme »), cut by the clock."""
        found = self._close.get(word)
        if found is None:
            found = self.near_words(word)[:MAX_SUGGESTIONS]
            if len(self._close) > 20_000:
                self._close.clear()
            self._close[word] = found
        return found

    def near_words(self, word: str) -> list[str]:
        """Known words one edit from `word` (a letter left out, two letters swapped, a wrong
        letter, a letter too many, an accent) or cut in two known words, one of them short; in a fixed
        order: accents and case, a letter added, two swapped, one replaced, one removed, a cut.
        The letters tried are the dictionary's own (its .aff TRY line)."""
        if len(word) < 3 or len(word) > 40 or not word.replace("-", "").isalpha():
            return []
        letters = _try_letters(self.locale)
        folded = _without_accents(word.lower())
        accents: list[str] = []
        added: list[str] = []
        swapped: list[str] = []
        replaced: list[str] = []
        removed: list[str] = []
        for i in range(len(word) + 1):
            head, tail = word[:i], word[i:]
            added.extend(head + c + tail for c in letters)
            if tail:
                removed.append(head + tail[1:])
                replaced.extend(head + c + tail[1:] for c in letters if c != tail[0])
            if len(tail) > 1 and tail[0] != tail[1]:
                swapped.append(head + tail[1] + tail[0] + tail[2:])
        for candidate in replaced:
            if _without_accents(candidate.lower()) == folded:
                accents.append(candidate)
        found: list[str] = []
        seen = {word}
        for group in (accents, added, swapped, replaced, removed):
            for candidate in group:
                if candidate not in seen:
                    seen.add(candidate)
                    if self._known_to_engine(candidate):
                        found.append(candidate)
                        if len(found) >= MAX_SUGGESTIONS:
                            return found
        for i in range(2, len(word) - 1):
            first, second = word[:i], word[i:]
            # two words glued by a lost space: one of them short (« réalisationde », "inthe");
            # two long ones are more often a word the dictionary lacks (« crématisés »)
            if min(len(first), len(second)) > 3 or "-" in first[-1:] + second[:1]:
                continue
            if self.known(first) and self.known(second):
                found.append(f"{first} {second}")
        return found[:MAX_SUGGESTIONS]


@lru_cache(maxsize=16)
def _try_letters(locale: str) -> str:
    """The letters a dictionary says to try when looking for a word (its .aff TRY line, most
    frequent first): lower-case letters only, without the marks; a-z when there is none."""
    files = dictionary_files(locale)
    line = ""
    if files is not None:
        for raw in files[0].read_bytes().splitlines():
            if raw.startswith(b"TRY"):
                line = raw[3:].decode("utf-8", "replace").strip()
                break
    letters = [c for c in dict.fromkeys(line) if c.isalpha() and c.islower()]
    return "".join(letters) or "abcdefghijklmnopqrstuvwxyz"


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c))


_SPELLERS: dict[str, Speller | None] = {}


def speller(locale: str) -> Speller | None:
    if locale not in _SPELLERS:
        engine = engine_for(locale)
        if engine is None:
            _SPELLERS[locale] = None
        else:
            from translator_gui.core.spelling_accepted import accepted_words

            # (the table holds libhunspell's answers about the shipped files: only for it)
            accepted = accepted_words(locale) if isinstance(engine, _HunspellEngine) else None
            _SPELLERS[locale] = Speller(locale, engine, accepted)
    return _SPELLERS[locale]


def speller_for(language: str, dictionaries: dict[str, str] | None = None) -> Speller | None:
    """The speller of a language, with the project's choice of dictionary (en: en_GB/en_US)."""
    locale = (dictionaries or {}).get(language) or default_dictionary(language)
    return speller(locale) if locale else None


# -- word lists ----------------------------------------------------------------------------------

def user_config_dir() -> Path:
    """The user's configuration folder (the window's settings live there too)."""
    # Asked for every segment a document run checks: the Path is built once per environment.
    return _config_dir(os.environ.get(CONFIG_DIR_VARIABLE), os.environ.get("XDG_CONFIG_HOME"),
                       os.environ.get("HOME"))


@lru_cache(maxsize=8)
def _config_dir(override: str | None, config_home: str | None, _home: str | None) -> Path:
    if override:
        return Path(override)
    base = config_home or str(Path.home() / ".config")
    return Path(base) / "translator-gui"


def word_key(word: str) -> str:
    """How word lists compare words: typographic apostrophes unified, case kept."""
    return word.replace("’", "'").replace("ʼ", "'")


@dataclass
class WordList:
    """A plain-text word list, one word per line (UTF-8; '#' lines are comments)."""

    path: Path | None = None
    words: set[str] = field(default_factory=set)
    _stamp: int | None = None

    @classmethod
    def load(cls, path: Path) -> WordList:
        words = cls(path)
        words.reload()
        return words

    def reload(self) -> None:
        if self.path is None:
            return
        try:
            stamp = self.path.stat().st_mtime_ns
        except OSError:
            self.words, self._stamp = set(), None
            return
        if stamp == self._stamp:
            return
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            log.warning("word list %s unreadable: %s", self.path, error)
            return
        self.words = {word_key(line.strip()) for line in text.splitlines()
                      if line.strip() and not line.startswith("#")}
        self._stamp = stamp

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word_key(word) in self.words

    def add(self, word: str) -> None:
        """Add a word and write the list (atomically) when it has a file."""
        self.words.add(word_key(word.strip()))
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text("".join(f"{w}\n" for w in sorted(self.words)), encoding="utf-8")
        os.replace(temporary, self.path)
        self._stamp = self.path.stat().st_mtime_ns


_USER_WORDS: dict[Path, WordList] = {}
_USER_WORDS_SEEN: list[float] = [0.0]
RELOAD_SECONDS = 1.0


def user_words() -> WordList:
    """The user dictionary (dictionary.txt in the user config folder), re-read when it changes
    (its file looked at no more than once a second: the check asks on every segment)."""
    path = _user_dictionary(os.environ.get(CONFIG_DIR_VARIABLE), os.environ.get("XDG_CONFIG_HOME"),
                            os.environ.get("HOME"))
    words = _USER_WORDS.get(path)
    now = time.monotonic()
    if words is not None and now - _USER_WORDS_SEEN[0] < RELOAD_SECONDS:
        return words
    if words is None:
        _USER_WORDS.clear()
        words = _USER_WORDS[path] = WordList(path)
    words.reload()
    _USER_WORDS_SEEN[0] = now
    return words


@lru_cache(maxsize=8)
def _user_dictionary(override: str | None, config_home: str | None, home: str | None) -> Path:
    # The same Path for the same environment: the check asks on every segment, and a new
    # Path joined and hashed each time cost more than the rest of the question.
    return _config_dir(override, config_home, home) / USER_DICTIONARY


def forget_user_words() -> None:
    """Make the next user_words() look at the disk (tests, a changed config folder)."""
    _USER_WORDS.clear()
    _USER_WORDS_SEEN[0] = 0.0


def add_to_user_dictionary(word: str) -> None:
    forget_user_words()
    user_words().add(word)


def accepted_words(extra: Iterable[str]) -> frozenset[str]:
    return frozenset(word_key(w) for w in extra)


# -- the reviewer's decisions ------------------------------------------------------------------

def add_to_project_dictionary(settings: Any, word: str) -> None:
    """"Add to dictionary" for this project: the word is kept in the project file."""
    word = word_key(word.strip())
    if word and word not in settings.words:
        settings.words.append(word)


def ignore_all(settings: Any, word: str) -> None:
    """"Ignore all": the word passes everywhere in this project (kept with it)."""
    word = word_key(word.strip())
    if word and word not in settings.ignored_words:
        settings.ignored_words.append(word)


def suggestions(word: str, language: str, dictionaries: dict[str, str] | None = None) -> list[str]:
    """The dictionary's suggestions for a word, best first (for a right-click menu)."""
    found = speller_for(language, dictionaries)
    return found.suggest(word) if found is not None else []


def remove_from_user_dictionary(word: str) -> None:
    forget_user_words()
    words = user_words()
    key = word_key(word.strip())
    if key in words.words:
        words.words.discard(key)
        words.save()


def spelling_issues_of_word(issues_by_segment: dict[int, list[Any]], texts: dict[int, Any],
                            word: str) -> dict[int, list[Any]]:
    """The segments whose `spelling` issues flag `word` (same letters, any case): segment id ->
    its issue list without them. `texts` maps a segment id to the Segment."""
    from translator_gui.core.text import fold

    wanted = fold(word_key(word))
    changed: dict[int, list[Any]] = {}
    for segment_id, found in issues_by_segment.items():
        segment = texts.get(segment_id)
        if segment is None:
            continue
        kept = [i for i in found if not (
            i.check == "spelling"
            and fold(word_key(segment.text(i.side)[i.start:i.end])) == wanted)]
        if len(kept) != len(found):
            changed[segment_id] = kept
    return changed
