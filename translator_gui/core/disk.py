"""Writing the translator's files safely: atomic replace, read-only and Word locks respected,
symlinks written through, and the temporaries of a killed save cleaned up.

Every writer (project save, autosave, exports) goes through write_atomically, so `path` holds
either the old content or the new one, never half a file, whatever kills the process.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from translator_gui.core.model import InputError

# A temporary of another process that is still alive must be left alone; one whose name
# carries no process id (older versions) is removed once it is clearly abandoned.
_ABANDONED_AFTER_S = 600
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")


def _process_umask() -> int:
    # Read once at import, while single-threaded: os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _process_umask()


def write_target(path: str | Path) -> Path:
    """The file a write to `path` must replace: a symlink is followed to what it points at,
    so saving over `link.tgp` updates the linked project instead of replacing the link."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def word_lock_file(path: str | Path) -> Path | None:
    """The owner file Word keeps next to a document it has open (`~$name.docx`), if any.

    Word drops the first one or two characters of longer names (`document.docx` ->
    `~$cument.docx`), so every spelling is looked for; LibreOffice's `.~lock.name#` too.
    """
    path = Path(path)
    candidates = [path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")]
    if len(path.stem) > 6:
        candidates += [path.with_name("~$" + path.name[1:]), path.with_name("~$" + path.name[2:])]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return None


def check_writable(path: str | Path) -> Path:
    """Refuse at once, with the reason, a destination that cannot or must not be written.

    Returns the file actually written (symlinks followed). Checked before any long work, so an
    export to a missing folder fails in a moment instead of after the checks have run.
    """
    given = Path(path)
    target = write_target(given)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InputError(str(given), "this is a folder: give a file name")
    if not folder.exists():
        raise InputError(str(given), f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(str(given), f"{folder} is not a folder")
    if target.exists():
        mode = target.stat().st_mode
        # The permission bits, not os.access: an administrator may write anything, but a
        # file marked read-only was marked so by someone who meant it.
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target,
                                                                                     os.W_OK):
            raise InputError(str(given), "the file is read-only; make it writable or choose "
                                         "another name")
        lock = word_lock_file(target)
        if lock is not None and target.suffix.lower() in (".docx", ".docm", ".doc"):
            raise InputError(str(given), f"the file is open in Word or another program (lock "
                                         f"file {lock.name}): close it there first, or delete "
                                         f"the lock file if no program has it open")
    if not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & (
            stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise InputError(str(given), f"the folder {folder} is read-only; choose another folder")
    return target


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def clean_orphaned_temporaries(path: str | Path) -> list[Path]:
    """Remove the temporaries a killed save of `path` left in its folder; returns them."""
    target = write_target(path)
    folder = target.parent
    removed: list[Path] = []
    try:
        entries = list(folder.glob(f".{glob_escape(target.name)}.*.tmp"))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        try:
            if match and match.group("name") == target.name:
                if _pid_alive(int(match.group("pid"))):
                    continue
            elif now - entry.stat().st_mtime < _ABANDONED_AFTER_S:
                continue
            entry.unlink()
            removed.append(entry)
        except OSError:
            continue
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def write_atomically(path: str | Path, data: bytes | Iterable[bytes]) -> None:
    """Write bytes so that `path` holds either the old content or the new, never a mix.

    `data` may come in pieces (an iterable of bytes): a writer on a worker thread then never
    holds the interpreter for one long encode of the whole file while the window waits.

    The file keeps the permissions of the one it replaces (a new file gets the usual ones):
    a temporary file is private, but a project or an export is for sharing. A symlink is
    written through: its target is replaced, the link stays. Raises InputError for a
    read-only file or folder, a missing folder, or a Word document open elsewhere.
    """
    target = check_writable(path)
    folder = target.parent
    clean_orphaned_temporaries(target)
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_UMASK
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.",
                                         suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(data, bytes | bytearray | memoryview):
                stream.write(data)
            else:
                for piece in data:
                    stream.write(piece)
            stream.flush()
            os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk, or a power cut can bring back the old file.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
