"""The checks run once over what makes them compile their regular expressions: at install,
core/regex_codes.py records what `re` compiles meanwhile (a pattern missed here is only compiled
the usual way at run time)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from translator_gui.core.checks.base import all_checks, check_document


def every_pattern() -> None:
    """Open documents as the command line does (plain text in both languages, which the
    segmentation rules cut, and a TSV), run every check over the plain-text ones (they hold
    every example of every check, with the segments it reads beside it) and compile every
    pattern of the calque, false-friend and negation tables (compiled when a text first needs
    one). Each example was also checked as a document of its own, and the TSV's document
    checked again: that recorded no pattern more (4,870 either way) for ~3 s more of CPU."""
    import translator_gui.cli  # noqa: F401 - the command line's own patterns
    from translator_gui.core.checks import calques, calques_en, false_friends, negation

    examples = [example for check in all_checks()
                for example in (*check.bad_examples, *check.good_examples)]
    for source_language, target_language in (("fr", "en"), ("en", "fr")):
        pairs = [pair for e in examples
                 if (e.source_language, e.target_language) == (source_language, target_language)
                 for pair in (*e.others, (e.source, e.target))]
        _opened(pairs, source_language, target_language)
    for calque in calques.calques():
        _ = calque.pattern.compiled
    for english in calques_en.english_calques():
        _ = english.pattern.compiled
        if english.source is not None:
            _ = english.source.compiled
    false_friends.false_friends()
    for language in ("fr", "en"):
        negation._patterns(language)
    for gates in (calques._gates(), calques_en._gates()):
        gates.open("")  # (its finder: every gate string of the table in one pattern)


def _opened(pairs: list[tuple[str, str]], source_language: str, target_language: str) -> None:
    """The pairs opened from a TSV and from two plain-text files, the latter checked."""
    from translator_gui.core.opening import open_document

    with tempfile.TemporaryDirectory() as folder:
        table = Path(folder, "pairs.tsv")
        table.write_text("".join(f"{s}\t{t}\n" for s, t in pairs if "\t" not in s + t
                                 and "\n" not in s + t), encoding="utf-8")
        source, draft = Path(folder, "source.txt"), Path(folder, "draft.txt")
        source.write_text("\n".join(s for s, _t in pairs) + "\n", encoding="utf-8")
        draft.write_text("\n".join(t for _s, t in pairs) + "\n", encoding="utf-8")
        open_document([str(table)], source_language, target_language)
        check_document(open_document([str(source), str(draft)], source_language,
                                     target_language).document)
