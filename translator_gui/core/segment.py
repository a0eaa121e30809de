"""Sentence segmentation with SRX rules (LanguageTool's, through choppa-srx, or the user's own).

Sentences are returned as character spans of their paragraph, so joining the spans with the
text between them gives the paragraph back exactly: nothing is lost or altered.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import types
from functools import lru_cache
from pathlib import Path
from typing import Any


class _DeferredModule(types.ModuleType):
    """Stands in sys.modules for a module until one of its attributes is used, then imports
    it for real (importlib.util.LazyLoader is no help here: Python 3.11's import statement
    reads the module's __spec__, which makes the lazy module load at once)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            # what tools ask of any module (PySide's import hook asks for __file__, inspect
            # for __wrapped__): not a use of the module, so no reason to import it
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _defer_xmlschema() -> None:
    """choppa imports xmlschema when it is imported, only to validate an SRX file against a
    schema when asked to (never here); importing it cost 0.4 s of CPU on every start."""
    if "xmlschema" not in sys.modules and importlib.util.find_spec("xmlschema") is not None:
        sys.modules["xmlschema"] = _DeferredModule("xmlschema")


_defer_xmlschema()

from choppa import DEFAULT_SRX_RULESET, SrxDocument, SrxTextIterator  # noqa: E402

from translator_gui.core.model import InputError  # noqa: E402


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


# Rules every language gets; a language the rules do not know gets only these, and its text
# would silently not be cut into sentences at all.
_GENERIC_RULES = {"GeneralImportant", "ByLineBreak", "ByTwoLineBreaks", "Default"}
_CODE_PATTERN = re.compile(r"^\((?:[A-Z]+)\|([a-z]+)\)\.\*$")


def known_languages(rules: SrxDocument) -> list[str]:
    """The language codes an SRX rule set has rules of its own for (LanguageTool's: fr, en...)."""
    codes = []
    for language_map in rules.language_map_list:
        match = _CODE_PATTERN.match(language_map.language_pattern.pattern)
        if match:
            codes.append(match.group(1))
    return sorted(set(codes))


_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")


def _refuse_unknown_language(rules: SrxDocument, language: str, key: str,
                             srx_path: str | None) -> None:
    if not _LANGUAGE_CODE.match(language):  # 'french' would match the rules of 'fr'...
        raise InputError(None, f"unknown language code {language!r}: give an ISO 639-1 code "
                               f"such as fr or en (or fr-CA)")
    names = {getattr(rule, "name", "") for rule in rules.get_language_rule_list(key)}
    if names - _GENERIC_RULES:
        return
    if srx_path is None:
        raise InputError(None, f"unknown language code {language!r}: sentence splitting knows "
                               f"{', '.join(known_languages(rules))} (ISO 639-1 codes), or give "
                               f"your own rules with --srx")
    raise InputError(srx_path, f"these SRX rules have no rules for the language {language!r}")


class Segmenter:
    """Splits paragraphs into sentences for one language."""

    def __init__(self, language: str, srx_path: str | None = None):
        self.language = language
        self.srx_path = srx_path
        self._rules = _rules(srx_path)
        # LanguageTool's rule file keys its language maps as "<code>_two" (a paragraph ends
        # at a blank line); we always hand over one paragraph, so single line breaks stay inside.
        self._language_key = f"{language}_two" if srx_path is None else language
        _refuse_unknown_language(self._rules, language, self._language_key, srx_path)

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
