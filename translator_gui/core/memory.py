"""The translation memory: every confirmed segment, kept in SQLite, searchable and learnt from.

One file (WAL journal, busy timeout) that several windows and the command line share. Each
write commits at once, so a crash never loses a confirmed segment. Concordance goes through
an FTS5 index of source and target; fuzzy matches retrieve candidates through the same
index's rarest words and score them with rapidfuzz; the word-level edits of each confirmed
segment are kept so that corrections carry over (core/memory_learning.py).
"""

from __future__ import annotations

import functools
import getpass
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from translator_gui.core.memory_learning import (
    Correction,
    CorrectionTable,
    DiffPart,
    kept_keys,
    word_diff,
    word_edits,
)
from translator_gui.core.model import InputError, ReviewDocument, Status

SCHEMA_VERSION = 1
MEMORY_FILE = "memory.sqlite"
DATA_DIR_VARIABLE = "TRANSLATOR_GUI_DATA_DIR"
FUZZY_THRESHOLD = 70.0
# Fuzzy candidates come from the rarest words of the segment: at most this many words, each
# worth looking up only if it is in fewer than this many segments.
_FUZZY_WORDS = 10
_FUZZY_WORD_ROWS = 500
_FUZZY_CANDIDATES = 60
# FTS5 (unicode61) tokens: letters and digits; everything else separates.
_FTS_TOKEN = re.compile(r"[^\W_]+")

_SCHEMA = f"""
CREATE TABLE segments(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    draft TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL,
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    project TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    UNIQUE(project, source_language, target_language, source)
);
CREATE VIRTUAL TABLE segments_fts USING fts5(
    source, target, content='segments', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
-- New rows are indexed by add_many in one INSERT ... SELECT per transaction (three times
-- faster than a trigger per row); changes and deletions keep the index right by trigger.
CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, source, target)
        VALUES ('delete', old.id, old.source, old.target);
    DELETE FROM edits WHERE segment = old.id;
    DELETE FROM kept WHERE segment = old.id;
END;
CREATE TRIGGER segments_au AFTER UPDATE OF source, target ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, source, target)
        VALUES ('delete', old.id, old.source, old.target);
    INSERT INTO segments_fts(rowid, source, target) VALUES (new.id, new.source, new.target);
END;
CREATE TABLE edits(
    segment INTEGER NOT NULL,
    pair TEXT NOT NULL,
    key TEXT NOT NULL,
    old TEXT NOT NULL,
    new TEXT NOT NULL,
    left_word TEXT NOT NULL DEFAULT '',
    right_word TEXT NOT NULL DEFAULT ''
);
CREATE INDEX edits_segment ON edits(segment);
CREATE INDEX edits_pair_key ON edits(pair, key);
CREATE TABLE kept(segment INTEGER NOT NULL, pair TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX kept_segment ON kept(segment);
CREATE TABLE forgotten(pair TEXT NOT NULL, key TEXT NOT NULL, new TEXT NOT NULL,
                       PRIMARY KEY(pair, key, new));
PRAGMA user_version = {SCHEMA_VERSION};
"""


class TranslationMemoryError(InputError):
    """The memory file cannot be used (not a memory, damaged, too new, busy); names the file."""


def default_memory_path() -> Path:
    """memory.sqlite in the user's data folder (TRANSLATOR_GUI_DATA_DIR overrides it)."""
    folder = os.environ.get(DATA_DIR_VARIABLE)
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("translator-gui", appauthor=False)
    return Path(folder) / MEMORY_FILE


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a container): stay anonymous
        return ""


@dataclass(frozen=True)
class MemorySegment:
    """One remembered segment."""

    source: str
    target: str
    source_language: str
    target_language: str
    draft: str = ""
    project: str = ""
    author: str = ""
    date: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "draft": self.draft,
                "source_language": self.source_language,
                "target_language": self.target_language, "project": self.project,
                "author": self.author, "date": self.date}


@dataclass(frozen=True)
class ConcordanceHit:
    """A segment holding the searched words; spans say where, in source and in target."""

    segment: MemorySegment
    source_spans: tuple[tuple[int, int], ...] = ()
    target_spans: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {**self.segment.to_json(), "source_spans": [list(s) for s in self.source_spans],
                "target_spans": [list(s) for s in self.target_spans]}


@dataclass(frozen=True)
class FuzzyMatch:
    """A remembered segment whose source is like the one at hand (score 0-100).

    `diff` goes from the remembered source (old) to the source at hand (new).
    """

    segment: MemorySegment
    score: float
    diff: tuple[DiffPart, ...] = field(default_factory=tuple)

    def changed_spans(self) -> list[tuple[int, int]]:
        """Where the remembered source differs from the segment at hand (to highlight)."""
        return [(p.old_start, p.old_end) for p in self.diff
                if p.kind != "equal" and p.old_start < p.old_end]

    def to_json(self) -> dict[str, Any]:
        return {**self.segment.to_json(), "score": round(self.score, 1),
                "diff": [p.to_json() for p in self.diff]}


class _FoldTable(dict[int, str]):
    """str.translate table filled on demand: each character to its base letter, lowercased."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[:1] or ch
        lower = base.lower()
        folded = lower if len(lower) == 1 else base
        self[code] = folded
        return folded


_FOLD = _FoldTable()
# Latin letters in a plain dict (str.translate is much faster on one), the rest on demand.
_FOLD_LATIN = {code: _FOLD[code] for code in range(0x250)}
_FOLD_LATIN_MAX = chr(0x24F)
_FOLD_VARIANTS: dict[str, set[str]] = {}
for _code, _folded in _FOLD_LATIN.items():
    if chr(_code) != _folded:
        _FOLD_VARIANTS.setdefault(_folded, set()).add(chr(_code))


def fold(text: str) -> str:
    """Lowercase without diacritics, one character per character (offsets stay valid)."""
    if not text or max(text) <= _FOLD_LATIN_MAX:
        return text.translate(_FOLD_LATIN)
    return text.translate(_FOLD)


def fts_phrase(text: str) -> str | None:
    """A user's words as one safe FTS5 phrase, the last word a prefix; None if no words.

    Quotes, operators (AND OR NOT NEAR), parentheses and column filters in the text are only
    separators here: every word is re-quoted, so nothing the user types changes the query.
    """
    words = _FTS_TOKEN.findall(text)
    if not words:
        return None
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"*'


def _letter_class(folded: str) -> str:
    variants = _FOLD_VARIANTS.get(folded)
    if not variants:
        return re.escape(folded)
    return "[" + "".join(re.escape(v) for v in sorted(variants | {folded})) + "]"


@functools.lru_cache(maxsize=256)
def _phrase_pattern(query: str) -> re.Pattern[str] | None:
    # Each letter matches every letter that folds to it (e: eéèêëEÉ...), so the texts are
    # searched as they are, without folding them first.
    words = ["".join(_letter_class(ch) for ch in w) for w in _FTS_TOKEN.findall(fold(query))]
    if not words:
        return None
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(words) + r"[^\W_]*", re.IGNORECASE)


def phrase_spans(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """Where the query's words occur as a phrase in `text` (diacritics and case ignored)."""
    pattern = _phrase_pattern(query)
    if pattern is None:
        return ()
    return tuple(m.span() for m in pattern.finditer(text))


def _pair(source_language: str, target_language: str) -> str:
    return f"{source_language}>{target_language}"


class TranslationMemory:
    """A translation memory file. Safe to share between threads (one lock) and processes (WAL)."""

    def __init__(self, path: str | Path | None = None, *, min_correction_count: int = 2,
                 timeout: float = 5.0) -> None:
        self.path = Path(path) if path is not None else default_memory_path()
        self.min_correction_count = min_correction_count
        self._lock = threading.RLock()
        self._tables: dict[str, CorrectionTable] = {}
        self._known_keys: dict[str, set[str]] = {}
        self._common_words: set[str] = set()
        if self.path.is_dir():
            raise TranslationMemoryError(str(self.path), "is a folder, not a translation memory")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise TranslationMemoryError(str(self.path), f"cannot create its folder ({error})") \
                from error
        try:
            self._db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None,
                                       check_same_thread=False)
        except sqlite3.Error as error:
            raise self._error(error) from error
        try:
            self._open(timeout)
        except BaseException:
            self._db.close()
            raise

    # -- opening ---------------------------------------------------------------------------
    def _error(self, error: Exception) -> TranslationMemoryError:
        text = str(error)
        if "locked" in text or "busy" in text:
            problem = "is busy: another program keeps it locked; try again"
        elif isinstance(error, sqlite3.DatabaseError) and ("not a database" in text
                                                           or "malformed" in text
                                                           or "corrupt" in text):
            problem = (f"is not a usable translation memory (damaged or not an SQLite file: "
                       f"{text}); move it aside to start a new one")
        else:
            problem = f"translation memory error: {text}"
        return TranslationMemoryError(str(self.path), problem)

    def _open(self, timeout: float) -> None:
        with self._guard():
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise TranslationMemoryError(
                    str(self.path), f"was written by a newer translator-gui (memory format "
                                    f"{version}, this one reads up to {SCHEMA_VERSION})")
            self._db.execute("PRAGMA journal_mode = WAL")
            # FULL: a confirmed segment survives a power cut, not only a crash of the program.
            self._db.execute("PRAGMA synchronous = FULL")
            if version == 0:
                tables = self._db.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
                if tables:
                    raise TranslationMemoryError(
                        str(self.path), "is an SQLite database but not a translation memory")
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
                        for statement in _statements(_SCHEMA):
                            self._db.execute(statement)
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise

    @contextmanager
    def _guard(self) -> Iterator[None]:
        with self._lock:
            try:
                yield
            except TranslationMemoryError:
                raise
            except sqlite3.Error as error:
                raise self._error(error) from error

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            finally:
                self._tables.clear()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def add(self, segment: MemorySegment) -> bool:
        """Remember one segment (insert, or update the same source in the same project).
        Returns True when something changed. Committed before returning."""
        return self.add_many([segment]) > 0

    def add_many(self, segments: Iterable[MemorySegment], learn: bool = True,
                 progress: Callable[[int], None] | None = None) -> int:
        """Remember many segments in one transaction; returns how many were new or changed."""
        changed = 0
        plain: list[tuple[str, ...]] = []

        def flush() -> int:
            # Segments with nothing to learn go in one executemany (a TMX import, mostly).
            before = db.total_changes
            db.executemany(_UPSERT, plain)
            plain.clear()
            return db.total_changes - before

        with self._transaction() as db:
            last_id = db.execute("SELECT coalesce(max(id), 0) FROM segments").fetchone()[0]
            for number, segment in enumerate(segments, 1):
                values = (segment.source, segment.draft, segment.target, segment.source_language,
                          segment.target_language, segment.project, segment.author,
                          segment.date or now_iso())
                if not (learn and segment.draft):
                    plain.append(values)
                    if len(plain) >= 1000:
                        changed += flush()
                else:
                    if plain:
                        changed += flush()
                    row = db.execute(_UPSERT + " RETURNING id", values).fetchone()
                    if row is not None:
                        changed += 1
                        self._learn(db, row[0], segment)
                if progress and number % 5000 == 0:
                    progress(number)
            if plain:
                changed += flush()
            # Without AUTOINCREMENT a new row takes max(id) + 1: the new rows are those above.
            db.execute("INSERT INTO segments_fts(rowid, source, target) "
                       "SELECT id, source, target FROM segments WHERE id > ?", (last_id,))
        return changed

    def _learn(self, db: sqlite3.Connection, row_id: int, segment: MemorySegment) -> None:
        pair = _pair(segment.source_language, segment.target_language)
        db.execute("DELETE FROM edits WHERE segment = ?", (row_id,))
        db.execute("DELETE FROM kept WHERE segment = ?", (row_id,))
        edits = word_edits(segment.draft, segment.target)
        db.executemany("INSERT INTO edits VALUES (?,?,?,?,?,?,?)",
                       [(row_id, pair, e.key, e.old, e.new, e.left, e.right) for e in edits])
        known = self._keys(db, pair)
        known.update(e.key for e in edits)
        kept = kept_keys(segment.draft, segment.target, known)
        db.executemany("INSERT INTO kept VALUES (?,?,?)", [(row_id, pair, k) for k in sorted(kept)])

    def _keys(self, db: sqlite3.Connection, pair: str) -> set[str]:
        if pair not in self._known_keys:
            self._known_keys[pair] = {k for (k,) in db.execute(
                "SELECT DISTINCT key FROM edits WHERE pair = ?", (pair,))}
        return self._known_keys[pair]

    def add_document(self, document: ReviewDocument, project: str = "", author: str | None = None,
                     only: Iterable[int] | None = None) -> int:
        """Remember the confirmed segments of a document (all of them, or the indices `only`)."""
        author = default_author() if author is None else author
        indices = range(len(document.segments)) if only is None else only
        chosen = [document.segments[i] for i in indices]
        return self.add_many(
            MemorySegment(s.source, s.target, document.source_language, document.target_language,
                          s.draft, project, author)
            for s in chosen if s.status == Status.CONFIRMED and s.source.strip()
            and s.target.strip())

    def forget_correction(self, old: str, new: str, source_language: str,
                          target_language: str) -> None:
        from translator_gui.core.memory_learning import words_key

        with self._transaction() as db:
            db.execute("INSERT OR IGNORE INTO forgotten VALUES (?,?,?)",
                       (_pair(source_language, target_language), words_key(old), new))

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        with self._guard():
            return int(self._db.execute("SELECT count(*) FROM segments").fetchone()[0])

    def segments(self) -> Iterator[MemorySegment]:
        """Every remembered segment, oldest first (for export)."""
        with self._guard():
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM segments ORDER BY id").fetchall()
        for row in rows:
            yield _segment(row)

    def search(self, text: str, limit: int = 50, source_language: str | None = None,
               target_language: str | None = None) -> list[ConcordanceHit]:
        """Concordance: segments whose source or target holds the words of `text` as a phrase
        (case and diacritics ignored, the last word a prefix), most recent first."""
        phrase = fts_phrase(text)
        if phrase is None:
            return []
        sql = (f"SELECT {_COLUMNS_S}, s.id FROM segments_fts "
               "JOIN segments s ON s.id = segments_fts.rowid WHERE segments_fts MATCH ?")
        parameters: list[Any] = []
        if source_language:
            sql += " AND s.source_language = ?"
            parameters.append(source_language)
        if target_language:
            sql += " AND s.target_language = ?"
            parameters.append(target_language)
        sql += " ORDER BY segments_fts.rowid DESC LIMIT ?"
        with self._guard():
            # The words as typed first: a prefix of a short common word ("la*") expands to
            # thousands of terms, so it is only asked for when whole words find too little.
            rows = self._db.execute(sql, [phrase[:-1], *parameters, limit]).fetchall()
            if len(rows) < limit:
                seen = {row[-1] for row in rows}
                rows += [row for row in self._db.execute(sql, [phrase, *parameters, limit])
                         if row[-1] not in seen][:limit - len(rows)]
        rows = [row[:-1] for row in rows]
        hits = []
        for row in rows:
            segment = _segment(row)
            hits.append(ConcordanceHit(segment, phrase_spans(segment.source, text),
                                       phrase_spans(segment.target, text)))
        return hits

    def fuzzy(self, source: str, source_language: str, target_language: str,
              threshold: float = FUZZY_THRESHOLD, limit: int = 5) -> list[FuzzyMatch]:
        """The remembered segments whose source is at least `threshold`% like `source`."""
        words = sorted(set(_FTS_TOKEN.findall(fold(source))), key=lambda w: (-len(w), w))
        if not words:
            return []
        with self._guard():
            # Each word's segments, unless it is in too many to tell them apart (then it is
            # remembered as common and never looked up again: common words stay common).
            postings: dict[str, list[int]] = {}
            for word in words:
                if word in self._common_words:
                    continue
                found = [r for (r,) in self._db.execute(
                    "SELECT rowid FROM segments_fts WHERE segments_fts MATCH ? LIMIT ?",
                    (f'source : "{word}"', _FUZZY_WORD_ROWS + 1))]
                if len(found) > _FUZZY_WORD_ROWS:
                    if len(self._common_words) < 100_000:
                        self._common_words.add(word)
                    continue
                postings[word] = found
            rare = sorted(postings, key=lambda w: (len(postings[w]), w))[:_FUZZY_WORDS]
            votes: Counter[int] = Counter()
            for word in rare:
                votes.update(postings[word])
            if not rare:
                # Only common words ("Il a dit oui."): the segments holding all of them.
                every = " AND ".join(f'"{w}"' for w in words[:8])
                votes.update(r for (r,) in self._db.execute(
                    "SELECT rowid FROM segments_fts WHERE segments_fts MATCH ? "
                    "ORDER BY rowid DESC LIMIT ?", (f"source : ({every})", _FUZZY_CANDIDATES)))
            ids = [i for i, _n in votes.most_common(_FUZZY_CANDIDATES)]
            if not ids:
                return []
            rows = self._db.execute(
                f"SELECT {_COLUMNS}, id FROM segments WHERE id IN ({','.join('?' * len(ids))}) "
                "AND source_language = ? AND target_language = ?",
                [*ids, source_language, target_language]).fetchall()
        candidates = {row[-1]: _segment(row[:-1]) for row in rows}
        scored = process.extract(source, {i: s.source for i, s in candidates.items()},
                                 scorer=fuzz.ratio, score_cutoff=threshold, limit=limit * 3)
        best: dict[tuple[str, str], tuple[float, MemorySegment]] = {}
        for _text, score, row_id in scored:
            segment = candidates[row_id]
            key = (segment.source, segment.target)  # one memory, several projects: show once
            if key not in best or best[key][0] < score:
                best[key] = (float(score), segment)
        chosen = sorted(best.values(), key=lambda m: (-m[0], m[1].date))[:limit]
        return [FuzzyMatch(segment, score, tuple(word_diff(segment.source, source)))
                for score, segment in chosen]

    def corrections(self, source_language: str, target_language: str) -> CorrectionTable:
        """The corrections that carry over for this language pair (cached until a write)."""
        pair = _pair(source_language, target_language)
        with self._guard():
            table = self._tables.get(pair)
            if table is None:
                table = CorrectionTable(self._corrections(pair), self.min_correction_count)
                self._tables[pair] = table
            return table

    def _corrections(self, pair: str) -> list[Correction]:
        kept = dict(self._db.execute(
            "SELECT key, count(DISTINCT segment) FROM kept WHERE pair = ? GROUP BY key",
            (pair,)).fetchall())
        forgotten = set(self._db.execute(
            "SELECT key, new FROM forgotten WHERE pair = ?", (pair,)).fetchall())
        grouped: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for key, old, new, left, right in self._db.execute(
                "SELECT key, old, new, left_word, right_word FROM edits WHERE pair = ?", (pair,)):
            if (key, new) not in forgotten:
                grouped.setdefault((key, new), []).append((old, left, right))
        result = []
        for (key, new), seen in grouped.items():
            old = Counter(o for o, _l, _r in seen).most_common(1)[0][0]
            contexts = frozenset([f"<{lw}" for _o, lw, _r in seen] + [f">{r}" for _o, _l, r in seen])
            result.append(Correction(old, new, len(seen), kept.get(key, 0), contexts))
        return result

    def stats(self) -> dict[str, Any]:
        with self._guard():
            db = self._db
            pairs = db.execute(
                "SELECT source_language, target_language, count(*) FROM segments "
                "GROUP BY 1, 2 ORDER BY 3 DESC").fetchall()
            projects = db.execute("SELECT count(DISTINCT project) FROM segments").fetchone()[0]
            last = db.execute("SELECT max(date) FROM segments").fetchone()[0]
        learnt = sum(len(self.corrections(s, t)) for s, t, _n in pairs)
        return {"path": str(self.path), "format": SCHEMA_VERSION,
                "segments": sum(n for _s, _t, n in pairs),
                "language_pairs": [{"source_language": s, "target_language": t, "segments": n}
                                   for s, t, n in pairs],
                "projects": projects, "corrections": learnt, "last_change": last,
                "bytes": self.path.stat().st_size if self.path.exists() else 0}


_UPSERT = (
    "INSERT INTO segments(source, draft, target, source_language, target_language, project, "
    "author, date) VALUES (?,?,?,?,?,?,?,?) "
    "ON CONFLICT(project, source_language, target_language, source) DO UPDATE SET "
    "draft = excluded.draft, target = excluded.target, author = excluded.author, "
    "date = excluded.date "
    "WHERE segments.target != excluded.target OR segments.draft != excluded.draft")
_FIELDS = ("source", "target", "source_language", "target_language", "draft", "project",
           "author", "date")
_COLUMNS = ", ".join(_FIELDS)
_COLUMNS_S = ", ".join(f"s.{f}" for f in _FIELDS)


def _statements(script: str) -> list[str]:
    """The statements of a script, one by one (executescript would commit mid-transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


def _segment(row: tuple[Any, ...]) -> MemorySegment:
    return MemorySegment(*row)


def open_memory(path: str | Path | None = None, **options: Any) -> TranslationMemory:
    return TranslationMemory(path, **options)
