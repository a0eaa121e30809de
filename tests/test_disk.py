"""Writing files safely: read-only respected, symlinks written through, Word locks noticed,
the temporaries of a killed save cleaned, and a bad destination refused before any work."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from translator_gui import cli
from translator_gui.core.disk import (
    check_writable,
    clean_orphaned_temporaries,
    word_lock_file,
    write_atomically,
)
from translator_gui.core.model import InputError, ReviewDocument, Segment
from translator_gui.core.project import load_project, save_project

ROOT = Path(__file__).resolve().parents[1]


def _document() -> ReviewDocument:
    return ReviewDocument([Segment(0, "Bonjour.", "Hello.", "Hello!")])


def test_read_only_project_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "job.tgp"
    save_project(_document(), path)
    before = path.read_bytes()
    path.chmod(0o444)
    changed = _document()
    changed.segments[0].target = "Hi!"
    with pytest.raises(InputError) as caught:
        save_project(changed, path)
    assert str(caught.value) == (f"{path}: the file is read-only; make it writable or choose "
                                 "another name")
    assert path.read_bytes() == before
    assert oct(path.stat().st_mode & 0o777) == "0o444"


def test_export_over_a_read_only_file_is_refused(tmp_path: Path, capsys) -> None:
    project = tmp_path / "job.tgp"
    save_project(_document(), project)
    out = tmp_path / "out.tmx"
    out.write_bytes(b"keep me")
    out.chmod(0o444)
    code = cli.main(["export", str(project), "--to", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (f"translator-gui: {out}: the file is read-only; make it writable or choose "
                   "another name\n")
    assert out.read_bytes() == b"keep me"


def test_check_save_over_a_read_only_project_is_refused_before_checking(tmp_path: Path,
                                                                        capsys) -> None:
    source = tmp_path / "in.tsv"
    source.write_text("Bonjour.\tHello.\n", encoding="utf-8")
    project = tmp_path / "job.tgp"
    project.write_bytes(b"old")
    project.chmod(0o444)
    code = cli.main(["check", str(source), "--save", str(project)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""  # refused before the checks ran and printed anything
    assert captured.err == (f"translator-gui: {project}: the file is read-only; make it "
                            "writable or choose another name\n")
    assert project.read_bytes() == b"old"


def test_save_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "projects" / "job.tgp"
    real.parent.mkdir()
    save_project(_document(), real)
    link = tmp_path / "link.tgp"
    link.symlink_to(real)
    changed = _document()
    changed.segments[0].target = "Hi there!"
    save_project(changed, link)
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert load_project(real).segments[0].target == "Hi there!"
    assert sorted(p.name for p in real.parent.iterdir()) == ["job.tgp"]


def test_write_through_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "real.csv")
    write_atomically(link, b"a,b\n")
    assert link.is_symlink() and (tmp_path / "real.csv").read_bytes() == b"a,b\n"


@pytest.mark.parametrize(("name", "lock"), [
    ("document.docx", "~$cument.docx"),  # Word drops characters of longer names
    ("memo.docx", "~$memo.docx"),
    ("report.docx", ".~lock.report.docx#"),  # LibreOffice
])
def test_a_word_file_open_elsewhere_is_named(tmp_path: Path, name: str, lock: str) -> None:
    target = tmp_path / name
    target.write_bytes(b"PK")
    (tmp_path / lock).write_bytes(b"someone")
    assert word_lock_file(target) == tmp_path / lock
    with pytest.raises(InputError) as caught:
        check_writable(target)
    assert str(caught.value) == (f"{target}: the file is open in Word or another program (lock "
                                 f"file {lock}): close it there first, or delete the lock file "
                                 "if no program has it open")


def test_no_lock_no_complaint(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"PK")
    assert word_lock_file(target) is None
    assert check_writable(target) == target


def test_export_to_a_missing_folder_fails_at_once(tmp_path: Path, capsys) -> None:
    project = tmp_path / "job.tgp"
    document = ReviewDocument([Segment(i, "Le chat dort.", "The cat sleeps.", "The cat sleeps.")
                               for i in range(2000)])
    save_project(document, project)
    out = tmp_path / "missing" / "out.docx"
    started = time.perf_counter()
    code = cli.main(["export", str(project), "--to", str(out)])
    elapsed = time.perf_counter() - started
    assert code == 2
    assert capsys.readouterr().err == (f"translator-gui: {out}: the folder {out.parent} does "
                                       "not exist\n")
    # The checks over 2,000 segments take seconds; the refusal comes before them.
    assert elapsed < 1.0


def test_export_to_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(InputError) as caught:
            check_writable(folder / "out.docx")
        assert str(caught.value) == (f"{folder / 'out.docx'}: the folder {folder} is "
                                     "read-only; choose another folder")
    finally:
        folder.chmod(0o755)


def test_orphaned_temporaries_of_dead_processes_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "P.tgp"
    save_project(_document(), path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    orphan = tmp_path / f".P.tgp.{dead_pid}.abc123.tmp"
    orphan.write_bytes(b"x" * 1000)
    alive = tmp_path / f".P.tgp.{os.getppid()}.def456.tmp"  # a save in progress elsewhere
    alive.write_bytes(b"y")
    old_style = tmp_path / ".P.tgp.k3j4h5.tmp"  # before the pid was in the name
    old_style.write_bytes(b"z")
    old = time.time() - 3600
    os.utime(old_style, (old, old))
    recent_old_style = tmp_path / ".P.tgp.zzzzzz.tmp"
    recent_old_style.write_bytes(b"z")
    other = tmp_path / ".Q.tgp.1.aaa.tmp"
    other.write_bytes(b"q")

    load_project(path)  # the next start

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["P.tgp", alive.name, recent_old_style.name, other.name])


def test_clean_returns_what_it_removed(tmp_path: Path) -> None:
    path = tmp_path / "a[1].tgp"
    orphan = tmp_path / ".a[1].tgp.999999999.x.tmp"
    orphan.write_bytes(b"")
    assert clean_orphaned_temporaries(path) == [orphan]
