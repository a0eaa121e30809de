"""The project file: a documented, versioned JSON format, saved atomically.

See docs/project-format.md. A crash while saving never leaves half a file: the JSON is written
to a temporary file in the same folder, flushed to disk, then renamed over the old one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from translator_gui.core.disk import clean_orphaned_temporaries, write_atomically
from translator_gui.core.model import (
    Bead,
    CheckSettings,
    InputError,
    InputText,
    Paragraph,
    ReviewDocument,
    Segment,
    Sentence,
    Status,
)

FORMAT_VERSION = 1
APPLICATION = "translator_gui"
PROJECT_SUFFIX = ".tgp"


def _input_to_json(text: InputText | None, base: Path, lazy: bool = False
                   ) -> dict[str, Any] | None:
    if text is None:
        return None
    paragraphs = ({"text": p.text, "location": p.location, "style": p.style}
                  for p in text.paragraphs)
    sentences = ([s.paragraph, s.start, s.end] for s in text.sentences)
    data = {
        "path": _path_to_json(text.path, base),
        "language": text.language,
        "kind": text.kind,
        "paragraphs": paragraphs if lazy else list(paragraphs),
        "sentences": sentences if lazy else list(sentences),
    }
    if text.fingerprint:
        data["fingerprint"] = dict(text.fingerprint)
    return data


def _input_from_json(data: dict[str, Any] | None, base: Path) -> InputText | None:
    if not data:
        return None
    return InputText(
        _path_from_json(data.get("path"), base), data["language"],
        [Paragraph(p["text"], p.get("location") or {}, p.get("style")) for p in data["paragraphs"]],
        [Sentence(int(p), int(s), int(e)) for p, s, e in data["sentences"]],
        data.get("kind", "text"), data.get("fingerprint"),
    )


def _path_to_json(path: str | None, base: Path) -> dict[str, str] | None:
    """Keep both forms: the relative one survives moving the project folder with its files."""
    if not path:
        return None
    absolute = Path(path).resolve()
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        relative = str(absolute)
    return {"absolute": str(absolute), "relative": relative}


def _path_from_json(data: dict[str, str] | str | None, base: Path) -> str | None:
    if not data:
        return None
    if isinstance(data, str):
        return data
    relative = base / data.get("relative", "")
    if data.get("relative") and relative.exists():
        return str(relative.resolve())
    return data.get("absolute")


def segment_to_json(segment: Segment) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": segment.id, "source": segment.source, "draft": segment.draft,
        "target": segment.target, "status": segment.status.value, "bead": segment.bead.to_json(),
    }
    if segment.source_original != segment.source:
        data["source_original"] = segment.source_original
    if segment.note:
        data["note"] = segment.note
    return data


def segment_from_json(data: dict[str, Any]) -> Segment:
    return Segment(
        int(data["id"]), data["source"], data["draft"], data["target"],
        Status(data.get("status", "draft")), Bead.from_json(data.get("bead") or {}),
        data.get("source_original", data["source"]), data.get("note", ""),
    )


def document_to_json(document: ReviewDocument, project_path: str | Path,
                     lazy: bool = False) -> dict[str, Any]:
    """The project's JSON value. `lazy`: its long lists (the segments, an input's paragraphs
    and sentences) are generators, each item made as it is written (see save_project)."""
    base = Path(project_path).resolve().parent
    segments = (segment_to_json(s) for s in document.segments)
    return {
        "format": FORMAT_VERSION,
        "application": APPLICATION,
        "source_language": document.source_language,
        "target_language": document.target_language,
        "files": {
            "source": _path_to_json(document.source_path, base),
            "draft": _path_to_json(document.draft_path, base),
            "bilingual": _path_to_json(document.bilingual_path, base),
        },
        "inputs": {
            "source": _input_to_json(document.source_input, base, lazy),
            "draft": _input_to_json(document.draft_input, base, lazy),
        },
        "checks": document.checks.to_json(),
        "segments": segments if lazy else list(segments),
    }


def document_from_json(data: dict[str, Any], project_path: str | Path) -> ReviewDocument:
    base = Path(project_path).resolve().parent
    files = data.get("files") or {}
    inputs = data.get("inputs") or {}
    return ReviewDocument(
        segments=[segment_from_json(s) for s in data["segments"]],
        source_language=data.get("source_language", "fr"),
        target_language=data.get("target_language", "en"),
        source_input=_input_from_json(inputs.get("source"), base),
        draft_input=_input_from_json(inputs.get("draft"), base),
        checks=CheckSettings.from_json(data.get("checks")),
        source_path=_path_from_json(files.get("source"), base),
        draft_path=_path_from_json(files.get("draft"), base),
        bilingual_path=_path_from_json(files.get("bilingual"), base),
    )


def dump_project_json(data: dict[str, Any]) -> str:
    """The project as text: one line per top-level field and per segment.

    Readable and diff-friendly like an indented dump, but written by json's C encoder:
    `indent=` switches json to its pure-Python encoder, four times slower on 20,000 segments.
    """
    return "".join(project_json_pieces(data))


def project_json_pieces(data: dict[str, Any]) -> Iterator[str]:
    """dump_project_json's text in pieces of about a segment each: a save on a worker thread
    encodes and writes them one by one and never holds the interpreter long (the window's
    thread waits for it at every call into Python). The long lists may be generators
    (document_to_json's `lazy`)."""
    yield "{\n"
    for position, (key, value) in enumerate(data.items()):
        yield ("" if position == 0 else ",\n") + f"{_dumped(key)}: "
        if key == "segments" and isinstance(value, list | Iterator):
            yield from _segment_lines(value)
        elif key == "inputs" and isinstance(value, dict) and value:
            yield "{\n  "
            for index, (name, text) in enumerate(value.items()):
                yield (",\n  " if index else "") + f"{_dumped(name)}: "
                yield from _json_pieces(text)
            yield "\n}"
        else:
            yield _dumped(value)
    yield "\n}\n"


def _dumped(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _segment_lines(segments: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The segments' list, one segment a line ("[]" when there is none)."""
    first = True
    for segment in segments:
        yield ("[\n  " if first else ",\n  ") + _dumped(segment)
        first = False
    yield "[]" if first else "\n]"


def _json_pieces(value: Any) -> Iterator[str]:
    """json.dumps(value, ensure_ascii=False) in pieces: long lists (an input's paragraphs)
    and generators item by item, so no one call encodes megabytes."""
    if isinstance(value, dict):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            yield (", " if index else "") + _dumped(key) + ": "
            yield from _json_pieces(item)
        yield "}"
    elif isinstance(value, Iterator) or isinstance(value, list) and len(value) > 64:
        yield "["
        for index, item in enumerate(value):
            yield (", " if index else "") + _dumped(item)
        yield "]"
    else:
        yield _dumped(value)


def save_project(document: ReviewDocument, path: str | Path) -> None:
    """Write the project atomically. Each segment's JSON value is made, encoded and dropped
    in turn (document_to_json's `lazy`), never all 10,000 of them at once: objects made and
    kept while a worker saves (an autosave) were walked by the cyclic collector's young
    collections on the window's thread, and the project's whole value cost memory besides."""
    pieces = project_json_pieces(document_to_json(document, path, lazy=True))
    try:
        write_atomically(path, (piece.encode("utf-8") for piece in pieces))
    except OSError as error:
        raise InputError(str(path), f"could not save the project ({error.strerror or error})") from None


class _NotJson(ValueError):
    """NaN or Infinity: Python's json reads them, but no other JSON reader does."""


def _refuse_constant(name: str) -> Any:
    raise _NotJson(name)


def load_project(path: str | Path) -> ReviewDocument:
    """Read a project, validated against the schema (project_schema.SCHEMA) before use.

    A damaged file is refused with its name and the field at fault, never half-read. The
    temporaries a killed save left next to it are cleaned up on the way.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "project file not found")
    if path.is_dir():
        raise InputError(str(path), "this is a folder, not a file")
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "permission denied: you may not read this file") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read the file ({error.strerror or error})") from None
    clean_orphaned_temporaries(path)
    if not raw.strip():
        raise InputError(str(path), "the project file is empty")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise InputError(str(path), "not a translator_gui project (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"the project file is damaged (invalid JSON at line "
                                    f"{error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise InputError(str(path), "the project file is damaged (values nested too "
                                    "deeply)") from None
    except _NotJson as error:
        raise InputError(str(path), f"the project file is damaged ({error} is not a JSON "
                                    f"number)") from None
    if not isinstance(data, dict) or "format" not in data or "segments" not in data:
        raise InputError(str(path), "not a translator_gui project file")
    version = data["format"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(str(path), f"unknown project format {json.dumps(version)[:40]}")
    if version > FORMAT_VERSION:
        raise InputError(str(path), f"this project was saved by a newer translator_gui (format "
                                    f"{version}; this version reads up to {FORMAT_VERSION}): "
                                    f"update translator_gui to open it")
    from translator_gui.core.project_schema import validate_project_json

    try:
        problem = validate_project_json(data)
    except RecursionError:
        problem = "values nested too deeply"
    if problem:
        raise InputError(str(path), f"the project file is damaged: {problem}")
    try:
        return document_from_json(data, path)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise InputError(str(path), f"the project file is damaged ({error!r})") from None
