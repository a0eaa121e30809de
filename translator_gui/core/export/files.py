"""Writing export files: atomically, and readable by whoever the translator sends them to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.model import InputError
from translator_gui.core.project import write_atomically


def write_file(path: str | Path, data: bytes) -> None:
    """Write atomically (temporary file in the same folder, then rename)."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise InputError(str(path), f"cannot write the file ({error.strerror or error})") from None


@dataclass(frozen=True)
class WrittenFile:
    """What an export wrote, in one line for the translator (command line or window)."""

    path: str
    description: str

    def summary(self) -> str:
        return f"{self.path}: {self.description}"

    def __str__(self) -> str:
        return self.path
