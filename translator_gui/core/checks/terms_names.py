"""The termbase's multi-word accepted forms indexed by their content words, as the scrambled-name
reading (checks/terms.py, term-scrambled) looks them up: by each content word, and by the first."""

from __future__ import annotations

from functools import lru_cache

from translator_gui.core.termbase import ACCEPTED, Termbase, _Form, function_words


def _content(keys: tuple[str, ...], language: str) -> list[int]:
    glue = function_words(language)
    return [i for i, key in enumerate(keys) if key not in glue]


IndexedForm = tuple[_Form, list[int], list[str], frozenset[str]]


@lru_cache(maxsize=8)
def content_index(terms: Termbase, language: str) -> dict[str, list[IndexedForm]]:
    """Multi-word accepted forms by each of their content words, with those content words
    worked out once (built once per termbase: termbase_for hands out one Termbase per set of
    glossaries, never changed afterwards)."""
    index: dict[str, list[IndexedForm]] = {}
    for bucket in terms._index.get(language, {}).values():
        for form in bucket:
            if len(form.keys) < 2 or form.status not in ACCEPTED:
                continue
            content = _content(form.keys, language)
            if len(content) < 2:
                continue
            content_keys = [form.keys[i] for i in content]
            entry = (form, content, content_keys, frozenset(content_keys))
            for key in entry[3]:
                index.setdefault(key, []).append(entry)
    return index


@lru_cache(maxsize=8)
def first_word_index(terms: Termbase, language: str
                     ) -> dict[str, list[tuple[IndexedForm, dict[str, int]]]]:
    """The forms of content_index by their first content word, each with its place in the
    index's list of each of its content words."""
    index = content_index(terms, language)
    places: dict[int, dict[str, int]] = {}
    for key, entries in index.items():
        for place, entry in enumerate(entries):
            places.setdefault(id(entry), {})[key] = place
    firsts: dict[str, list[tuple[IndexedForm, dict[str, int]]]] = {}
    for key, entries in index.items():
        for entry in entries:
            if entry[2][0] == key:
                firsts.setdefault(key, []).append((entry, places[id(entry)]))
    return firsts
