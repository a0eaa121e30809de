"""Crash recovery: the open document is written to a recovery file every few seconds.

Each running window writes its own pair of files (named after its process id): a normal
project (core.project, atomic write) and a small note saying which project it belongs to.
A clean close removes them. Files whose process is gone at start-up mean a session ended
abruptly, and the window offers to restore that work. A second window running alongside
never offers the first one's files.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.model import ReviewDocument
from translator_gui.core.project import load_project, save_project, write_atomically

from . import settings

_NOTE = re.compile(r"recovery-(\d+)\.json$")


@dataclass
class Recovered:
    document: ReviewDocument
    project_path: str | None  # the project the work belonged to (None: never saved)
    saved_at: float  # seconds since the epoch, when the autosaved text was taken

    def project_saved_at(self) -> float | None:
        """When the project file was last written (None: no project, or it is gone)."""
        if not self.project_path:
            return None
        try:
            return os.stat(self.project_path).st_mtime
        except OSError:
            return None

    def is_older_than_project(self) -> bool:
        """The project was saved after this text was taken: restoring it would bring back
        older text over the translator's saved work (an autosave racing a Save)."""
        saved = self.project_saved_at()
        return saved is not None and saved >= self.saved_at


class RecoveryStore:
    def __init__(self, folder: Path | str | None = None, pid: int | None = None):
        self.folder = Path(folder) if folder else settings.config_dir() / "recovery"
        self.pid = os.getpid() if pid is None else pid

    @property
    def document_path(self) -> Path:
        return self.folder / f"recovery-{self.pid}.tgproj.json"

    @property
    def note_path(self) -> Path:
        return self.folder / f"recovery-{self.pid}.json"

    def exists(self) -> bool:
        return self.document_path.is_file() and self.note_path.is_file()

    def write(self, document: ReviewDocument, project_path: str | None,
              taken_at: float | None = None) -> None:
        """Write the recovery copy. `taken_at`: when the snapshot of the document was taken
        (an autosave writes on a worker, and a Save may land between the two)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        save_project(document, self.document_path)
        when = time.time() if taken_at is None else taken_at
        note = {"project_path": project_path, "saved_at": when, "pid": self.pid}
        write_atomically(self.note_path, json.dumps(note).encode("utf-8"))

    def read(self) -> Recovered:
        note = json.loads(self.note_path.read_text(encoding="utf-8"))
        document = load_project(self.document_path)
        return Recovered(document, note.get("project_path"), float(note.get("saved_at", 0)))

    def clear(self) -> None:
        for path in (self.document_path, self.note_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass

    def orphans(self) -> list[RecoveryStore]:
        """Recovery files left by sessions that are no longer running, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for note in self.folder.glob("recovery-*.json"):
            match = _NOTE.fullmatch(note.name)
            if not match:
                continue
            pid = int(match.group(1))
            if pid == self.pid or _running(pid):
                continue
            found.append((note.stat().st_mtime, RecoveryStore(self.folder, pid)))
        return [store for _mtime, store in sorted(found, key=lambda f: f[0], reverse=True)]


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True
