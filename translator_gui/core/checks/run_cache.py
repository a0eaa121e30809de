"""The checks' per-revision cache of whole-document values (RunCache), carried across edits.

What the checks compute once for a whole document (the names it writes, its house style...) is
valid until the document's next edit. A live re-check follows every keystroke, and computing
such a value again over 10,000 segments each time cost milliseconds per keystroke: a value
stored with an `update` follows an edit of a few segments' texts instead (the document logs
which segments' texts changed: ReviewDocument.texts_edited_since); a value without one, or any
other edit (rows merged, split, replaced; an edit made outside the model's methods), starts
again from nothing.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from translator_gui.core.model import ReviewDocument

T = TypeVar("T")
_MISSING = object()
# update(value, document, indices of the segments whose texts changed) -> the value now
Update = Callable[[Any, ReviewDocument, frozenset[int]], Any]


class RunCache:
    """What the checks compute once for a whole document (its house style, whether it is
    bilingual, the names it writes), valid until the document's next edit — or carried over
    it by the value's `update` when only some segments' texts changed.

    The engine hands one to every SegmentContext of a run; live re-checks of the same revision
    share it. The GUI thread and a worker may check at once: every access holds a lock.
    """

    def __init__(self, document: ReviewDocument | None = None) -> None:
        self._owner = weakref.ref(document) if document is not None else None
        self.stamp = _stamp(document)
        self._values: dict[str, Any] = {}
        self._updates: dict[str, Update] = {}
        self._lock = threading.RLock()

    def owned_by(self, document: ReviewDocument) -> bool:
        return self._owner is not None and self._owner() is document

    def get(self, key: str, compute: Callable[[], T], update: Update | None = None) -> T:
        """The value stored under `key`, computed by `compute()` the first time. With `update`,
        the value is carried to the document's next revisions when only some segments' texts
        changed: update(value, document, their indices) returns it for the new texts (it may
        change and return the same object: the older cache gives it up)."""
        # A value stored is read without the lock (reading a dict is atomic; a value is stored
        # whole, once computed): some 54,000 reads a WMT14 check, a lock round each.
        stored = self._values.get(key, _MISSING)
        if stored is not _MISSING and (update is None or self._updates.get(key) == update):
            return stored  # type: ignore[no-any-return]
        with self._lock:
            if key not in self._values:
                self._values[key] = compute()
            if update is not None:
                self._updates[key] = update
            value: T = self._values[key]
            return value

    def carried_to(self, document: ReviewDocument, edited: frozenset[int]) -> RunCache:
        """A cache for the document's current revision holding the values that can follow an
        edit of the texts of the segments at `edited`; this one is left empty."""
        fresh = RunCache(document)
        with self._lock:
            for key, update in self._updates.items():
                if key in self._values:
                    fresh._values[key] = update(self._values[key], document, edited)
                    fresh._updates[key] = update
            self._values.clear()
            self._updates.clear()
        return fresh

    def __deepcopy__(self, memo: dict[int, Any]) -> RunCache:
        return RunCache()  # a copied document starts with nothing computed


def _stamp(document: ReviewDocument | None) -> tuple[int, int]:
    # The segment count too: a caller that edits the list directly still invalidates.
    return (document.revision, len(document.segments)) if document is not None else (-1, 0)


_RUN_CACHE_LOCK = threading.Lock()


def run_cache(document: ReviewDocument | None) -> RunCache:
    """The document's cache for its current revision (after an edit, a new one carrying what
    can follow the edit)."""
    if document is None:
        return RunCache()
    with _RUN_CACHE_LOCK:
        cache = document.check_cache
        stamp = _stamp(document)
        if isinstance(cache, RunCache) and cache.owned_by(document) and cache.stamp == stamp:
            return cache
        edited = None
        if (isinstance(cache, RunCache) and cache.owned_by(document)
                and cache.stamp[1] == stamp[1]):
            edited = document.texts_edited_since(cache.stamp[0])
        fresh = (cache.carried_to(document, edited) if edited is not None
                 and isinstance(cache, RunCache) else RunCache(document))
        document.check_cache = fresh
        return fresh
