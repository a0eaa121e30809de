"""The French lexicon of inflected forms: form -> lemma, part of speech, gender, number.

Read from resources/lexicon (built by tools/build_french_lexicon.py from the Dicollecte
Hunspell dictionary). It answers most agreement questions with a dictionary lookup, without
loading a parser: « mondiale » is an adjective, feminine singular, of « mondial ».

Loading is lazy and cheap (one file read, no per-form parsing): the forms stay one sorted
byte string searched by bisection, and each answer is cached.
"""

from __future__ import annotations

import mmap
import threading
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NamedTuple

from translator_gui.core.resources import resource

# Parts of speech (coarse): noun adj ppas (past participle) ppre (present participle) inf
# verb (a finite form) adv det pron prep conj num propn intj other.
NOMINAL = frozenset({"noun", "adj", "ppas"})


class Analysis(NamedTuple):
    """One reading of a form. gender "m" / "f", number "s" / "p"; None means either (an
    epicene or invariable word); person is "" or the persons of a finite verb ("13")."""

    pos: str
    gender: str | None
    number: str | None
    lemma: str
    person: str = ""


Feature = tuple[str, str | None, str | None, str]


class Lexicon:
    """Forms of one language, loaded on first use."""

    def __init__(self, forms: str = "fr-forms.tsv", analyses: str = "fr-analyses.tsv"):
        self._forms_name = forms
        self._analyses_name = analyses
        self._data: bytes | mmap.mmap | None = None
        self._start = 0
        self._sets: list[tuple[tuple[str, str | None, str | None, str, str], ...]] = []
        self._lock = threading.Lock()
        self.analyses = lru_cache(maxsize=65536)(self._analyses)

    def load(self) -> None:
        if self._data is not None:
            return
        with self._lock:
            if self._data is not None:
                return
            sets = []
            for line in resource("lexicon", self._analyses_name).read_text(
                    encoding="utf-8").splitlines():
                if line.startswith("#"):
                    continue
                parsed = []
                for item in line.split(";"):
                    pos, gender, number, person, edit = item.split(",")
                    parsed.append((pos, gender or None, number or None, person, edit))
                sets.append(tuple(parsed))
            data = _mapped(resource("lexicon", self._forms_name))
            start = 0
            while data[start:start + 1] == b"#":
                start = data.find(b"\n", start) + 1
            self._sets, self._start = sets, start
            self._data = data

    def _code(self, form: str) -> int | None:
        """The analysis-set number of `form` exactly as written, or None."""
        self.load()
        data = self._data
        assert data is not None
        key = form.encode("utf-8")
        first = self._start
        lo, hi = first, len(data)  # the line, if any, starts in [lo, hi)
        while lo < hi:
            mid = (lo + hi) // 2
            # the start of the line holding mid (the first line's: after the header's newline)
            line = max(first, data.rfind(b"\n", first, mid) + 1)
            tab = data.find(b"\t", line)
            end = data.find(b"\n", tab)
            if end < 0:
                end = len(data)  # a last line without its newline
            here = data[line:tab]
            if here == key:
                return int(data[tab + 1:end])
            if here < key:
                lo = end + 1
            else:
                hi = line
        return None

    def _analyses(self, form: str) -> tuple[Analysis, ...]:
        """Every reading of `form`; a capitalized word is also looked up in lower case."""
        found: list[Analysis] = []
        seen: set[int] = set()
        for spelling in dict.fromkeys((form, form.lower(), _apostrophe(form.lower()))):
            code = self._code(spelling)
            if code is None or code in seen:
                continue
            seen.add(code)
            for pos, gender, number, person, edit in self._sets[code]:
                found.append(Analysis(pos, gender, number, _apply(spelling, edit), person))
        return tuple(found)

    def features(self, form: str) -> set[Feature]:
        """{(pos, gender, number, lemma)} of a form; empty when the lexicon does not know it."""
        return {(a.pos, a.gender, a.number, a.lemma) for a in self.analyses(form)}

    def knows(self, form: str) -> bool:
        return bool(self.analyses(form))

    def lemmas(self, form: str, pos: str | None = None) -> set[str]:
        return {a.lemma for a in self.analyses(form) if pos is None or a.pos == pos}


def _mapped(node: Traversable) -> bytes | mmap.mmap:
    """A file's bytes mapped in memory (read where a bisection looks: the 7 MB of forms are
    not copied at each start), or read whole where it cannot be mapped (inside a zip)."""
    if isinstance(node, Path):
        try:
            with open(node, "rb") as file:
                return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file cannot be mapped
            pass
    return node.read_bytes()


def _apostrophe(form: str) -> str:
    return form.replace("’", "'")


def _apply(form: str, edit: str) -> str:
    if not edit:
        return form
    digits = 0
    while digits < len(edit) and edit[digits].isdigit():
        digits += 1
    cut = int(edit[:digits])
    return (form[:len(form) - cut] if cut else form) + edit[digits:]


_french = Lexicon()


def french() -> Lexicon:
    """The shared French lexicon."""
    return _french


def features(form: str) -> set[Feature]:
    """{(pos, gender, number, lemma)} of a French form (see Lexicon.features)."""
    return _french.features(form)
