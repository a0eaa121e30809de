"""The termbase's multi-word accepted forms indexed by their content words, as the scrambled-name
reading (checks/terms.py, term-scrambled) looks them up: by each content word, and by the first."""

from __future__ import annotations

from functools import lru_cache

from translator_gui.core.termbase import ACCEPTED, Termbase, _Form, function_words

IndexedForm = tuple[_Form, list[int], list[str], frozenset[str]]


@lru_cache(maxsize=8)
def _indexed_forms(terms: Termbase, language: str) -> tuple[IndexedForm, ...]:
    """The multi-word accepted forms of two content words or more, with those content words
    worked out once, in the termbase's order (built once per termbase: termbase_for hands out
    one Termbase per set of glossaries, never changed afterwards)."""
    forms: list[IndexedForm] = []
    glue = function_words(language)
    for bucket in terms._index.get(language, {}).values():
        for form in bucket:
            if len(form.keys) < 2 or form.status not in ACCEPTED:
                continue
            # (the content words' places; this is built before the check's first text is read)
            content = [i for i, key in enumerate(form.keys) if key not in glue]
            if len(content) < 2:
                continue
            content_keys = [form.keys[i] for i in content]
            forms.append((form, content, content_keys, frozenset(content_keys)))
    return tuple(forms)


@lru_cache(maxsize=8)
def content_index(terms: Termbase, language: str) -> dict[str, list[IndexedForm]]:
    """The forms of _indexed_forms by each of their content words, in the termbase's order."""
    index: dict[str, list[IndexedForm]] = {}
    for entry in _indexed_forms(terms, language):
        for key in entry[3]:
            index.setdefault(key, []).append(entry)
    return index


@lru_cache(maxsize=8)
def first_word_index(terms: Termbase, language: str
                     ) -> dict[str, list[tuple[int, IndexedForm]]]:
    """The forms of _indexed_forms by their first content word, each with its place in the
    termbase's order (which is their order in each list of content_index)."""
    firsts: dict[str, list[tuple[int, IndexedForm]]] = {}
    for place, entry in enumerate(_indexed_forms(terms, language)):
        firsts.setdefault(entry[2][0], []).append((place, entry))
    return firsts
