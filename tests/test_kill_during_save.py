"""Kill -9 during save, autosave and export: the file on disk is always the old or the new
complete version, and the next start leaves no temporary file behind (issue 13)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.project import load_project, save_project

ROOT = Path(__file__).resolve().parents[1]
# Half a megabyte of JSON: preparing and writing it takes tens of milliseconds, the slow-disk
# flush below as long or longer, so kills land in every phase of a write; 4,000 segments cost the
# suite some 9 s of CPU more (writing, reading back, loading per trial) for no other case.
SEGMENTS = 1500
# The suite runs fewer save and autosave trials than the audit's 100 (40 save, 30 autosave,
# 30 export) to stay quick; TRANSLATOR_GUI_KILL_TRIALS=100 runs them all.
TRIALS = int(os.environ.get("TRANSLATOR_GUI_KILL_TRIALS", "25"))

# One Python imports the writers once and forks a fresh child for each trial: the child is a
# real process that writes and is killed with SIGKILL (no cleanup, no finally blocks), without
# paying for a new interpreter and its imports (Qt, lxml, python-docx) thirty times over.
FORK_SERVER = r"""
import os, sys, time, traceback
# A slow disk: each flush to disk takes a while (the seconds each trial asks for), so kills
# land while a temporary is written as well as while the text is being prepared. Each flush
# says so first ("syncing"): the first flush of a write is the temporary's, before the
# rename, and a trial that kills on that word cuts a write in the middle for sure.
_fsync = os.fsync
FLUSH = [0.15]
os.fsync = lambda descriptor: (print("syncing", flush=True), time.sleep(FLUSH[0]),
                               _fsync(descriptor))[2]
from translator_gui.core.project import load_project, save_project
from translator_gui.core.export.exchange import write_tmx
from translator_gui.ui.recovery import RecoveryStore


def write_until_killed(document, kind, project, out, version):
    print(os.getpid(), flush=True)
    for segment in document.segments:
        segment.target = f"{version} {segment.id} " + "x" * 300
    store = RecoveryStore(out, pid=4242)
    print("ready", flush=True)
    while True:
        if kind == "save":
            save_project(document, project)
        elif kind == "autosave":
            store.write(document, project)
        else:
            write_tmx(document, out)
        print("wrote", flush=True)


print("started", flush=True)
documents = {}  # read once here; each child changes its own copy
while True:
    request = sys.stdin.readline()
    if not request:
        break
    kind, project, out, version, flush = request.rstrip("\n").split("\t")
    FLUSH[0] = float(flush)
    if project not in documents:
        documents[project] = load_project(project)
    pid = os.fork()
    if pid == 0:
        try:
            write_until_killed(documents[project], kind, project, out, version)
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    print(f"ended {os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1}", flush=True)
"""


class ForkServer:
    """A Python with the writers imported that forks one writing child per trial."""

    def __init__(self) -> None:
        self._stderr = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.ended = ""
        self.process = subprocess.Popen([sys.executable, "-c", FORK_SERVER], cwd=ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self._stderr, text=True)
        assert self.readline() == "started", self.errors()

    def readline(self, syncing: bool = False) -> str:
        """The child's next line; the "syncing" lines of its flushes are skipped unless
        `syncing`."""
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        while line == "syncing" and not syncing:
            line = self.process.stdout.readline().strip()
        if line.startswith("ended"):
            self.ended = line
        return line

    def errors(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read()

    def fork(self, *arguments: str) -> int:
        assert self.process.stdin is not None
        self.ended = ""
        self.process.stdin.write("\t".join(arguments) + "\n")
        self.process.stdin.flush()
        return int(self.readline() or 0)

    def kill(self, pid: int) -> None:
        """SIGKILL the child, then wait until it is gone (its last lines may be in the pipe)."""
        if not self.ended:  # a child that died by itself has been reaped: its pid is free
            os.kill(pid, signal.SIGKILL)  # no cleanup, no finally blocks
        while not self.ended:
            line = self.readline()
            assert line == "wrote" or self.ended, (line, self.errors())
        assert self.ended == f"ended {int(signal.SIGKILL)}", (self.ended, self.errors())

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        finally:
            self.process.kill()
            self._stderr.close()


def _document(version: str) -> ReviewDocument:
    return ReviewDocument([Segment(i, f"Phrase {i}.", f"Sentence {i}.",
                                   f"{version} {i} " + "x" * 300) for i in range(SEGMENTS)])


def _versions_of_project(path: Path) -> set[str]:
    data = json.loads(path.read_text(encoding="utf-8"))  # a truncated file fails here
    assert len(data["segments"]) == SEGMENTS
    return {s["target"].split(" ", 1)[0] for s in data["segments"]}


def _versions_of_tmx(path: Path) -> set[str]:
    from exchange_validation import read_pairs

    pairs = read_pairs(path.read_bytes(), "tmx")
    assert len(pairs) == SEGMENTS
    return {target.split(" ", 1)[0] for _, target in pairs}


def _kill_while_writing(server: ForkServer, kind: str, project: Path, out: Path, version: str,
                        rng: random.Random, on_flush: bool) -> None:
    """Kill the writing child anywhere in its second write, or (`on_flush`) while the
    temporary of its first write is being flushed, before the rename.

    A kill on a flush waits for a long one (0.15 s: the kill lands in it even when this
    process is slow to be scheduled); a kill anywhere has short ones (0.03 s), so that its
    wait of one to two whole writes (two flushes each, four for an autosave) is not mostly
    sleep: the trials slept some 10 s of the suite with 0.15 s flushes everywhere."""
    pid = server.fork(kind, str(project), str(out), version, str(0.15 if on_flush else 0.03))
    assert pid > 0, server.errors()
    try:
        assert server.readline() == "ready", server.errors()
        if on_flush:
            assert server.readline(syncing=True) == "syncing", server.errors()
            return
        started = time.perf_counter()
        assert server.readline() == "wrote", server.errors()
        cycle = time.perf_counter() - started  # one whole write on this machine, now
        time.sleep(rng.uniform(0.0, cycle))  # then the kill, anywhere in the next one
    finally:
        server.kill(pid)


@pytest.fixture(scope="module")
def server() -> Iterator[ForkServer]:
    """One fork server for the three kinds of write: each start imports the writers again
    (~1 s of CPU); its children start from the same imports and read their own project."""
    started = ForkServer()
    try:
        yield started
    finally:
        started.close()


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "trials"), [("export", max(4, TRIALS * 30 // 100)),
                                              ("save", max(4, TRIALS * 40 // 100)),
                                              ("autosave", max(3, TRIALS * 30 // 100))])
def test_kill_minus_nine_never_leaves_a_truncated_file(server: ForkServer, tmp_path: Path,
                                                       kind: str, trials: int) -> None:
    rng = random.Random(kind)
    project = tmp_path / "P.tgp"
    save_project(_document("v0"), project)
    out = tmp_path / ("recovery" if kind == "autosave" else "out.tmx")
    if kind == "export":
        from translator_gui.core.export.exchange import write_tmx

        write_tmx(_document("v0"), out)
    elif kind == "autosave":
        out.mkdir()
        from translator_gui.ui.recovery import RecoveryStore

        RecoveryStore(out, pid=4242).write(_document("v0"), str(project))
    seen: set[str] = set()
    cut_mid_write = 0
    for trial in range(1, trials + 1):
        version = f"v{trial}"
        # Every third kill lands in a flush for sure; the others anywhere in a write
        # (preparing the text, writing it, renaming, or between two writes).
        _kill_while_writing(server, kind, project, out, version, rng, on_flush=trial % 3 == 0)
        versions, cut = _check_after_the_kill(kind, tmp_path, project, out, version, seen)
        seen |= versions
        cut_mid_write += cut
    # The trials prove something only if some kills landed while a temporary was being
    # written, and some saves completed.
    assert cut_mid_write > 0 and len(seen) > 1, (cut_mid_write, seen)


def _check_after_the_kill(kind: str, tmp_path: Path, project: Path, out: Path, version: str,
                          seen: set[str]) -> tuple[set[str], bool]:
    """What the killed trial left: its one whole version, and whether a temporary was cut."""
    if kind == "save":
        versions = _versions_of_project(project)
    elif kind == "autosave":
        versions = _versions_of_project(out / "recovery-4242.tgproj.json")
        json.loads((out / "recovery-4242.json").read_text(encoding="utf-8"))
    else:
        versions = _versions_of_tmx(out)
    # One whole version: the old one or the new one, never a mix or a cut.
    assert len(versions) == 1 and versions <= {version} | seen, versions
    folder = out if kind == "autosave" else tmp_path
    cut = any(p.name.endswith(".tmp") for p in folder.iterdir())
    if kind == "save":
        # A partly killed run may have left its temporary; the next start removes it.
        load_project(project)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["P.tgp"]
    else:
        target = (out / "recovery-4242.tgproj.json") if kind == "autosave" else out
        from translator_gui.core.disk import clean_orphaned_temporaries

        clean_orphaned_temporaries(target)
        if kind == "autosave":
            clean_orphaned_temporaries(out / "recovery-4242.json")
        assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    return versions, cut
