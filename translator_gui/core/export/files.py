"""Writing export files: atomically, and readable by whoever the translator sends them to."""

from __future__ import annotations

import os
from pathlib import Path

from translator_gui.core.model import InputError


def write_file(path: str | Path, data: bytes) -> None:
    """Write atomically (temporary file in the same folder, then rename)."""
    try:
        from translator_gui.core.project import write_atomically
    except ImportError:  # pragma: no cover - project module always ships with the core
        Path(path).write_bytes(data)
        return
    try:
        write_atomically(path, data)
        # A temporary file is private (0600); a file for the client gets the usual rights.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(path, 0o666 & ~umask)
    except OSError as error:
        raise InputError(str(path), f"cannot write the file ({error.strerror or error})") from None
