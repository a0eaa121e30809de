"""Sentence segmentation with SRX rules (LanguageTool's, through choppa-srx, or the user's own).

Sentences are returned as character spans of their paragraph, so joining the spans with the
text between them gives the paragraph back exactly: nothing is lost or altered.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from choppa import DEFAULT_SRX_RULESET, SrxDocument, SrxTextIterator

from translator_gui.core.model import InputError


@lru_cache(maxsize=8)
def _rules(srx_path: str | None) -> SrxDocument:
    if srx_path is None:
        return SrxDocument(ruleset=DEFAULT_SRX_RULESET)
    if not Path(srx_path).is_file():
        raise InputError(srx_path, "SRX rules file not found")
    try:
        return SrxDocument(ruleset=Path(srx_path))
    except Exception as error:  # the SRX parser raises several kinds on bad XML
        raise InputError(srx_path, f"not a valid SRX file ({error})") from error


class Segmenter:
    """Splits paragraphs into sentences for one language."""

    def __init__(self, language: str, srx_path: str | None = None):
        self.language = language
        self.srx_path = srx_path
        self._rules = _rules(srx_path)
        # LanguageTool's rule file keys its language maps as "<code>_two" (a paragraph ends
        # at a blank line); we always hand over one paragraph, so single line breaks stay inside.
        self._language_key = f"{language}_two" if srx_path is None else language

    def split(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans (start, end) of a paragraph, without their surrounding whitespace."""
        if not text.strip():
            return []
        spans: list[tuple[int, int]] = []
        position = 0
        for piece in SrxTextIterator(self._rules, self._language_key, text):
            if text.startswith(piece, position):
                start = position
            else:  # the engine may normalise a piece; find it rather than trust its length
                found = text.find(piece.strip(), position)
                if found < 0:
                    continue
                start = found
                piece = piece.strip()
            end = start + len(piece)
            position = end
            left = start + (len(piece) - len(piece.lstrip()))
            right = end - (len(piece) - len(piece.rstrip()))
            if right > left:
                spans.append((left, right))
        return spans

    def sentences(self, text: str) -> list[str]:
        return [text[start:end] for start, end in self.split(text)]
