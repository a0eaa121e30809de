"""Opening the translator's files, one way for the command line and the window.

`open_document(paths)` decides from the file names what the files are — a project, a
bilingual file taken as already aligned, a source and its draft, or a lone text — using the
readers' own list of formats (translator_gui.core.readers), so `check x.tab` and the window
open the same files the same way. The policy of which checks a new document starts with
(the translator's usual choices) lives here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.cancel import CancelCheck, Progress
from translator_gui.core.language import guess_language, language_name
from translator_gui.core.model import InputError, ReviewDocument
from translator_gui.core.project import PROJECT_SUFFIX
from translator_gui.core.readers import BILINGUAL_SUFFIXES, MONOLINGUAL_SUFFIXES

# .tgp is the project suffix the command line and the README use; .json opens projects saved
# by earlier versions of the window
PROJECT_SUFFIXES = (PROJECT_SUFFIX, ".json")


@dataclass
class OpenedDocument:
    document: ReviewDocument
    project_path: str | None  # set when the file was a project (saving goes back there)
    kind: str  # "project", "bilingual", "pair" or "single"
    # what was assumed on the way, for a person (e.g. a lone text's language was guessed)
    note: str | None = None
    # a lone text's language was guessed and differs from the one asked for
    guessed_language: str | None = None


def file_kind(path: str | Path) -> str:
    """"project", "bilingual" or "monolingual" (anything unknown is read as plain text)."""
    suffix = Path(path).suffix.lower()
    if suffix in PROJECT_SUFFIXES:
        return "project"
    if suffix in BILINGUAL_SUFFIXES:
        return "bilingual"
    return "monolingual"


def openable_suffixes() -> dict[str, tuple[str, ...]]:
    """The suffixes each kind of file is known by, for a file dialog's filters."""
    return {"project": PROJECT_SUFFIXES,
            "bilingual": tuple(sorted(BILINGUAL_SUFFIXES)),
            "monolingual": tuple(sorted(MONOLINGUAL_SUFFIXES))}


def open_document(paths: Sequence[str | Path], source_language: str = "fr",
                  target_language: str = "en", *, presegmented: bool = False,
                  srx_path: str | None = None, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None,
                  guess_language: bool = False) -> OpenedDocument:
    """One file (project, bilingual file, lone text) or two (a source and its draft).

    With `guess_language`, a lone text is read in the language its words show (an English
    file given where French was the default is checked as English, the pair turned round),
    and `note` says so.

    Raises InputError naming the file for anything it cannot open, and Cancelled
    (translator_gui.core.cancel) when `cancelled()` says stop.
    """
    from translator_gui.core import pipeline

    names = [str(p) for p in paths]
    if len(names) == 2:
        for path in names:
            if file_kind(path) != "monolingual":
                raise InputError(path, "with two files, both must be monolingual texts "
                                       "(.txt or .docx)")
        document = pipeline.open_pair(names[0], names[1], source_language, target_language,
                                      presegmented=presegmented, srx_path=srx_path,
                                      progress=progress, cancelled=cancelled)
        return OpenedDocument(document, None, "pair")
    if len(names) != 1:
        raise InputError(None, f"open one file or a source and its draft, not {len(names)} files")
    path = names[0]
    kind = file_kind(path)
    if kind == "project":
        from translator_gui.core.project import load_project

        return OpenedDocument(load_project(path), path, "project")
    if kind == "bilingual":
        return OpenedDocument(pipeline.open_bilingual(path, source_language, target_language),
                              None, "bilingual")
    # a text alone: one segment per sentence, only its own side is checked
    document = pipeline.open_single(path, source_language, other_language=target_language,
                                    presegmented=presegmented, srx_path=srx_path)
    guessed = _lone_text_language(document) if guess_language else None
    if guessed is None or guessed == source_language:
        return OpenedDocument(document, None, "single")
    # Read it again in its own language (sentence rules differ); the pair turns round when
    # it is the other language of the pair (an English text in a French→English setup).
    other = source_language if guessed == target_language else target_language
    document = pipeline.open_single(path, guessed, other_language=other,
                                    presegmented=presegmented, srx_path=srx_path)
    note = (f"{Path(path).name} reads as {language_name(guessed)}, not "
            f"{language_name(source_language)}: checked as {language_name(guessed)}")
    return OpenedDocument(document, None, "single", note, guessed)


# Enough running text to tell the language from its function words, read quickly.
_GUESS_SENTENCES = 400


def _lone_text_language(document: ReviewDocument) -> str | None:
    return guess_language(s.source for s in document.segments[:_GUESS_SENTENCES])


def apply_default_checks(document: ReviewDocument, disabled: Iterable[str] = (),
                         severity: Mapping[str, str] | None = None,
                         glossaries: Iterable[str] = ()) -> None:
    """A new document starts with the translator's usual check choices: checks switched off
    are added, severities the document does not set yet are taken, glossaries appended once."""
    document.checks.disabled |= set(disabled)
    for check_id, grade in (severity or {}).items():
        document.checks.severity.setdefault(check_id, grade)
    for glossary in glossaries:
        if glossary not in document.checks.glossaries:
            document.checks.glossaries.append(glossary)
