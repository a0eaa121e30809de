"""What the aligner reads in a sentence: tokens that survive translation, and folded words.

Split from align.py. `_analyse` reads one sentence; `_analyse_side` reads a whole side at
once (one scan, each distinct word folded once) and finds exactly the same tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from translator_gui.core.align_features import _entries_from_arrays

Lexicon = dict[str, list[str]]

_NUMBER = re.compile(r"\d+")
_PUNCTUATION = re.compile(r"[?!:;()\"«»“”„]")
# words whose first letter is not a lowercase Latin-1 one (the loop checks isupper())
_CAPITALISED = re.compile(r"(?<![^\W\d_])[^\W\d_a-zß-ÿ][^\W\d_]*")
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_START = set(".!?:;«»\"“”—–-(…") | {""}
_QUOTES = set("\"«»“”„")
_STOPS = _CLAUSE_START | {"\x00"}  # what may end a clause before a word (\x00: _END below)


def _fold_table() -> dict[int, str]:
    """Accent folding for the Latin letters (U+00C0-U+024F), as a str.translate table."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char)
                       if not unicodedata.combining(c))
        if base != char:
            table[code] = base
    table.update({ord("œ"): "oe", ord("Œ"): "OE", ord("æ"): "ae", ord("Æ"): "AE",
                  ord("ß"): "ss"})
    return table


_FOLD = _fold_table()


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()  # most English sentences: nothing to fold, and 20x faster
    return text.translate(_FOLD).lower()


def _inside_clause(sentence: str, start: int) -> bool:
    """True when the word at `start` does not open a sentence or a quote (so a capital there
    marks a name), including after a title such as M. Dr. Mme. St."""
    k = start - 1
    while k >= 0 and sentence[k].isspace():
        k -= 1
    if k < 0:
        return False
    if sentence[k] not in _CLAUSE_START:
        return True
    if sentence[k] != ".":
        return False
    end = k
    while k > 0 and sentence[k - 1].isalpha():
        k -= 1
    return 1 <= end - k <= 3 and sentence[k].isupper() and (k == 0 or sentence[k - 1].isspace())


def _analyse(sentence: str, prefix: int) -> tuple[list[str], list[str]]:
    """(tokens, words): the bag of tokens, and the folded words (for learning pairs)."""
    words = _WORD.findall(_fold(sentence))
    tokens = [w[:prefix] for w in words if len(w) >= prefix]
    tokens.extend("#" + (n.lstrip("0")[:12] or "0") for n in _NUMBER.findall(sentence))
    tokens.extend('"' if p in _QUOTES else p for p in _PUNCTUATION.findall(sentence))
    for match in _CAPITALISED.finditer(sentence):
        text = match.group()
        if text[0].isupper() and len(text) >= 2 and _inside_clause(sentence, match.start()):
            tokens.append("^" + _fold(text))  # a capital inside a clause: a name
    return tokens, words


# ---------------------------------------------------------------------------------------------
# Tokens of whole documents


_END = "\x00"  # joins the sentences of a side: no pattern below matches it or across it
# Letters, digits and the kept marks are disjoint, so one scan finds the runs that _WORD,
# _NUMBER and _PUNCTUATION find apart, in text order.
_PIECES = re.compile(r"[^\W\d_]+|\d+|[?!:;()\"«»“”„]|\x00")
_MARKS = set("?!:;()\"«»“”„")
_WORD_PIECE, _NUMBER_PIECE, _MARK_PIECE, _END_PIECE = range(4)


@dataclass
class _Analysis:
    """Every sentence of one side analysed: tokens and folded words, laid end to end.

    Token i of the side is `names[token[i]]`, in the order `_analyse` lists them (a sentence's
    prefixes, numbers, marks, names, then lexicon tokens; sentence after sentence).
    """

    names: list[str]  # token text per local token id
    token: np.ndarray  # int64 local token ids, sentence after sentence
    sizes: np.ndarray  # int64 tokens per sentence
    words: list[str]  # folded word per word id
    word: np.ndarray  # int64 word ids of the folded words, sentence after sentence
    word_sentence: np.ndarray  # int64 sentence of each word


class _Names:
    """Local ids for strings, in order of first use."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []

    def id(self, name: str) -> int:
        known = self.ids.get(name)
        if known is None:
            known = self.ids[name] = len(self.names)
            self.names.append(name)
        return known


def _analyse_side(sentences: Sequence[str], prefix: int, lexicon: Lexicon) -> _Analysis:
    """What `_analyse` finds in each sentence (plus lexicon tokens), for all of them at once:
    one regular-expression scan over the side, folding each distinct word once."""
    count = len(sentences)
    text = _END.join(sentences)
    # a text holding _END itself, or a capital sigma (whose lower case depends on the letters
    # around it, so a word alone may lower differently than in its sentence): one by one
    if text.count(_END) != count - 1 or "Σ" in text:
        return _analyse_one_by_one(sentences, prefix, lexicon)
    pieces = _PIECES.findall(text)
    distinct = list(dict.fromkeys(pieces))
    position = {piece: k for k, piece in enumerate(distinct)}
    piece_id = np.fromiter(map(position.__getitem__, pieces), dtype=np.int64, count=len(pieces))
    tokens = _Names()
    words = _Names()
    kind = np.empty(len(distinct), dtype=np.int64)
    token_of = np.full(len(distinct), -1, dtype=np.int64)  # the piece's token, if any
    word_of = np.full(len(distinct), -1, dtype=np.int64)
    lexicon_of: list[list[int]] = [[] for _ in distinct]
    for k, piece in enumerate(distinct):
        if piece == _END:
            kind[k] = _END_PIECE
        elif piece[0].isdecimal():  # what \d matches
            kind[k] = _NUMBER_PIECE
            token_of[k] = tokens.id("#" + (piece.lstrip("0")[:12] or "0"))
        elif piece in _MARKS:
            kind[k] = _MARK_PIECE
            token_of[k] = tokens.id('"' if piece in _QUOTES else piece)
        else:
            # folding maps letters to letters, so the words of the folded sentence are the
            # folded words of the sentence
            kind[k] = _WORD_PIECE
            folded = _fold(piece)
            word_of[k] = words.id(folded)
            if len(folded) >= prefix:
                token_of[k] = tokens.id(folded[:prefix])
            lexicon_of[k] = [tokens.id(t) for t in lexicon.get(folded, ())]
    piece_kind = kind[piece_id]
    is_end = piece_kind == _END_PIECE
    sentence = np.cumsum(is_end) - is_end  # the ends themselves belong to no sentence
    keep = ~is_end
    piece_id, piece_kind, sentence = piece_id[keep], piece_kind[keep], sentence[keep]
    is_word = piece_kind == _WORD_PIECE
    word = word_of[piece_id[is_word]]
    word_sentence = sentence[is_word]

    # the parts of each sentence's token list, in _analyse's order: prefixes, numbers, marks,
    # names, lexicon tokens (a stable sort by (sentence, part) puts them there)
    parts: list[tuple[np.ndarray, np.ndarray, int]] = []
    has_token = token_of[piece_id] >= 0
    for part, piece_kind_wanted in enumerate((_WORD_PIECE, _NUMBER_PIECE, _MARK_PIECE)):
        chosen = has_token & (piece_kind == piece_kind_wanted)
        parts.append((token_of[piece_id[chosen]], sentence[chosen], part))
    starts = np.cumsum([0] + [len(s) + 1 for s in sentences[:-1]])
    name_ids: list[int] = []
    name_at: list[int] = []
    name_token: dict[str, int] = {}  # each distinct name folded once
    for match in _CAPITALISED.finditer(text):
        name = match.group()
        if len(name) < 2 or not name[0].isupper():
            continue
        start = match.start()
        # most names follow a word and one space: inside a clause, no need to look further
        before = text[start - 2] if start >= 2 and text[start - 1] == " " else " "
        if before.isspace() or before in _STOPS:
            if not _inside_joined_clause(text, start):
                continue
        known = name_token.get(name)
        if known is None:
            known = name_token[name] = tokens.id("^" + _fold(name))
        name_ids.append(known)
        name_at.append(start)
    name_sentence = np.searchsorted(starts, np.array(name_at, dtype=np.int64), side="right") - 1
    parts.append((np.array(name_ids, dtype=np.int64), name_sentence.astype(np.int64), 3))
    if lexicon:  # each word's lexicon tokens, word after word
        counts = np.fromiter(map(len, lexicon_of), dtype=np.int64, count=len(distinct))
        offsets = np.cumsum(counts) - counts
        flat = np.fromiter((t for found in lexicon_of for t in found), dtype=np.int64,
                           count=int(counts.sum()))
        word_piece = piece_id[is_word]
        per_word = counts[word_piece]
        owner = np.repeat(np.arange(len(word_piece)), per_word)
        within = np.arange(int(per_word.sum())) - np.repeat(np.cumsum(per_word) - per_word,
                                                             per_word)
        parts.append((flat[offsets[word_piece[owner]] + within], word_sentence[owner], 4))
    token = np.concatenate([p[0] for p in parts])
    token_sentence = np.concatenate([p[1] for p in parts])
    part_of = np.concatenate([np.full(len(p[0]), p[2], dtype=np.int64) for p in parts])
    order = np.argsort(token_sentence * 5 + part_of, kind="stable")
    return _Analysis(tokens.names, token[order],
                     np.bincount(token_sentence, minlength=count).astype(np.int64),
                     words.names, word, word_sentence)


def _inside_joined_clause(text: str, start: int) -> bool:
    """_inside_clause on sentences joined by _END (which counts as the sentence's start)."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] == _END:
        return False
    if text[k] not in _CLAUSE_START:
        return True
    if text[k] != ".":
        return False
    end = k
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return (1 <= end - k <= 3 and text[k].isupper()
            and (k == 0 or text[k - 1].isspace() or text[k - 1] == _END))


def _analyse_one_by_one(sentences: Sequence[str], prefix: int, lexicon: Lexicon) -> _Analysis:
    """The same, sentence by sentence with `_analyse` (the reference, and the way for text
    that contains _END itself)."""
    tokens = _Names()
    words = _Names()
    token: list[int] = []
    sizes: list[int] = []
    word: list[int] = []
    word_sentence: list[int] = []
    for index, sentence in enumerate(sentences):
        found, folded_words = _analyse(sentence, prefix)
        found.extend(t for w in folded_words if w in lexicon for t in lexicon[w])
        token.extend(tokens.id(t) for t in found)
        sizes.append(len(found))
        word.extend(words.id(w) for w in folded_words)
        word_sentence.extend([index] * len(folded_words))
    return _Analysis(tokens.names, np.array(token, dtype=np.int64),
                     np.array(sizes, dtype=np.int64), words.names,
                     np.array(word, dtype=np.int64), np.array(word_sentence, dtype=np.int64))


def _encode_analysis(names: list[str], token: np.ndarray, sizes: np.ndarray,
                     vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`_encode` of the token lists an analysis holds: vocabulary ids in order of first
    occurrence (new tokens appended), then the (token, sentence, count) entries."""
    if len(token):
        distinct, first = np.unique(token, return_index=True)
        by_first = distinct[np.argsort(first, kind="stable")]
        for local in by_first.tolist():
            vocabulary.setdefault(names[local], len(vocabulary))
        mapping = np.zeros(len(names), dtype=np.int64)
        mapping[by_first] = [vocabulary[names[local]] for local in by_first.tolist()]
        token = mapping[token]
    return _entries_from_arrays(token, sizes)


# ---------------------------------------------------------------------------------------------
# Both sides at once


# Below this many sentences (both sides) a second process costs more than it saves.
_FORK_FROM = 4_000


def analyse_sides(source: Sequence[str], target: Sequence[str], prefix: int,
                  lexicon_s: Lexicon, lexicon_t: Lexicon) -> tuple[_Analysis, _Analysis]:
    """`_analyse_side` of both sides; on a long document, the target's in a forked child
    process while this one reads the source (a second core halves the wait).

    Forking is safe only in a process running one thread (a lock held by another thread at
    the fork would stay held in the child): the command line. A window aligns on a worker
    thread, so it reads the sides one after the other; so does any platform without fork.
    Whatever goes wrong in the child, the target is read here instead.
    """
    if len(source) + len(target) < _FORK_FROM or not _may_fork():
        return (_analyse_side(source, prefix, lexicon_s),
                _analyse_side(target, prefix, lexicon_t))
    import os
    import pickle

    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # the child: analyse, send, leave without running any cleanup
        status = 1
        try:
            os.close(reader)
            data = pickle.dumps(_analyse_side(target, prefix, lexicon_t),
                                protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(writer, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    side_s = _analyse_side(source, prefix, lexicon_s)
    with os.fdopen(reader, "rb") as stream:
        data = stream.read()
    _pid, status = os.waitpid(child, 0)
    side_t = None
    if status == 0 and data:
        try:
            side_t = pickle.loads(data)
        except Exception:  # noqa: BLE001 - a broken reply: read the target here
            side_t = None
    if not isinstance(side_t, _Analysis):
        side_t = _analyse_side(target, prefix, lexicon_t)
    return side_s, side_t


def _may_fork() -> bool:
    import os
    import sys
    import threading

    # macOS: system frameworks may not survive a fork even with one thread
    return hasattr(os, "fork") and sys.platform.startswith("linux") and \
        threading.active_count() == 1
