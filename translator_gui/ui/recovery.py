"""Crash recovery: the open document is written to a recovery file every few seconds.

The file is a normal project (core.project, atomic write) plus a small note saying which
project it belongs to. A clean close removes both; finding them at start-up means the last
session ended abruptly, and the window offers to restore the work.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.model import ReviewDocument
from translator_gui.core.project import load_project, save_project, write_atomically

from . import settings


@dataclass
class Recovered:
    document: ReviewDocument
    project_path: str | None  # the project the work belonged to (None: never saved)
    saved_at: float  # seconds since the epoch


class RecoveryStore:
    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else settings.config_dir() / "recovery"

    @property
    def document_path(self) -> Path:
        return self.folder / "recovery.tgproj.json"

    @property
    def note_path(self) -> Path:
        return self.folder / "recovery-note.json"

    def exists(self) -> bool:
        return self.document_path.is_file() and self.note_path.is_file()

    def write(self, document: ReviewDocument, project_path: str | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        save_project(document, self.document_path)
        note = {"project_path": project_path, "saved_at": time.time(), "pid": os.getpid()}
        write_atomically(self.note_path, json.dumps(note).encode("utf-8"))

    def read(self) -> Recovered:
        note = json.loads(self.note_path.read_text(encoding="utf-8"))
        document = load_project(self.document_path)
        # Paths inside the recovery file are relative to its folder; when the work belongs
        # to a saved project, the project's own input paths are the ones that still matter.
        return Recovered(document, note.get("project_path"), float(note.get("saved_at", 0)))

    def clear(self) -> None:
        for path in (self.document_path, self.note_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
