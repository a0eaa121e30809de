"""`translator-gui memory ...` and `check --memory`: exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translator_gui import cli
from translator_gui.core.memory import MemorySegment, TranslationMemory
from translator_gui.core.model import ReviewDocument, Segment, Status
from translator_gui.core.project import save_project


def run_cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "tm.sqlite"
    with TranslationMemory(path) as memory:
        memory.add(MemorySegment("Le Conseil européen a décidé.", "The European Council decided.",
                                 "fr", "en", draft="The European Council has decide.",
                                 project="budget", author="ann", date="2026-01-02T03:04:05Z"))
        memory.add(MemorySegment("Il pleut.", "It rains.", "fr", "en", project="weather",
                                 date="2026-01-03T00:00:00Z"))
    return path


def test_search_json_shape(db, capsys):
    code, out, _err = run_cli(capsys, "memory", "search", "conseil europ", "--db", db,
                              "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["hits"]
    [hit] = data["hits"]
    assert {k: hit[k] for k in ("source", "target", "project", "date", "author", "draft")} == {
        "source": "Le Conseil européen a décidé.", "target": "The European Council decided.",
        "project": "budget", "date": "2026-01-02T03:04:05Z", "author": "ann",
        "draft": "The European Council has decide."}
    assert hit["source_spans"] == [[3, 19]]


def test_search_text_marks_the_words(db, capsys):
    code, out, err = run_cli(capsys, "memory", "search", '"pleut(', "--db", db)
    assert code == 0
    assert out.splitlines() == ["Il [pleut].", "    It rains.", "    weather · 2026-01-03T00:00:00Z"]
    assert err.strip() == "1 hit(s)"


def test_search_without_words_finds_nothing(db, capsys):
    code, out, _err = run_cli(capsys, "memory", "search", "«»", "--db", db, "--format", "json")
    assert (code, json.loads(out)) == (0, {"hits": []})


def test_stats_json(db, capsys):
    code, out, _err = run_cli(capsys, "memory", "stats", "--db", db, "--format", "json")
    assert code == 0
    stats = json.loads(out)
    assert (stats["segments"], stats["projects"], stats["corrections"]) == (2, 2, 0)
    assert stats["language_pairs"] == [{"source_language": "fr", "target_language": "en",
                                        "segments": 2}]


def test_export_then_import_into_another_memory(db, tmp_path, capsys):
    tmx = tmp_path / "out.tmx"
    assert run_cli(capsys, "memory", "export", tmx, "--db", db)[0] == 0
    other = tmp_path / "other.sqlite"
    code, _out, err = run_cli(capsys, "memory", "import", tmx, "--db", other)
    assert code == 0 and err.startswith("2 unit(s) read, 2 new or changed")
    with TranslationMemory(other) as memory, TranslationMemory(db) as original:
        assert list(memory.segments()) == list(original.segments())


def test_add_project_remembers_its_confirmed_segments(tmp_path, capsys):
    document = ReviewDocument([
        Segment(0, "Le chat dort.", "The cat sleep.", "The cat sleeps.", Status.CONFIRMED),
        Segment(1, "Le chien aboie.", "The dog bark.", "The dog bark.", Status.DRAFT)])
    project = tmp_path / "doc.tgp"
    save_project(document, project)
    path = tmp_path / "tm.sqlite"
    code, _out, err = run_cli(capsys, "memory", "add", project, "--db", path, "--author", "eve")
    assert code == 0 and err.startswith("1 confirmed segment(s), 1 new or changed")
    with TranslationMemory(path) as memory:
        [kept] = memory.segments()
    assert (kept.source, kept.target, kept.draft, kept.project, kept.author) == (
        "Le chat dort.", "The cat sleeps.", "The cat sleep.", "doc", "eve")


@pytest.mark.parametrize("action", [["search", "x"], ["stats"], ["export", "out.tmx"]])
def test_a_damaged_memory_exits_2_with_one_line(tmp_path, capsys, action):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    code, out, err = run_cli(capsys, "memory", *action, "--db", broken)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"translator-gui: {broken}: ")


def test_import_of_a_missing_file_exits_2(tmp_path, capsys):
    code, _out, err = run_cli(capsys, "memory", "import", tmp_path / "none.tmx",
                              "--db", tmp_path / "tm.sqlite")
    assert code == 2 and "none.tmx: file not found" in err


def test_memory_without_action_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as raised:
        cli.main(["memory"])
    assert raised.value.code == 2


def test_check_with_memory_flags_remembered_corrections(tmp_path, capsys):
    path = tmp_path / "tm.sqlite"
    with TranslationMemory(path) as memory:
        memory.add_many([
            MemorySegment("Un.", "The committee has taken a decision.", "fr", "en",
                          draft="The committee has took a decision."),
            MemorySegment("Deux.", "The minister has taken part.", "fr", "en",
                          draft="The minister has took part.")])
    tsv = tmp_path / "new.tsv"
    tsv.write_text("Elle a pris le train.\tShe has took the train.\n", encoding="utf-8")
    code, out, _err = run_cli(capsys, "check", tsv, "--memory", path, "--format", "json")
    issues = [i for i in json.loads(out)["issues"] if i["check"] == "memory-correction"]
    assert code == 1
    assert [(i["start"], i["end"], i["replacement"], i["message"]) for i in issues] == [
        (8, 12, "taken", "you changed this 2 times")]
    code, out, _err = run_cli(capsys, "check", tsv, "--format", "json")
    assert [i for i in json.loads(out)["issues"] if i["check"] == "memory-correction"] == []


def test_check_with_a_missing_memory_exits_2(tmp_path, capsys):
    tsv = tmp_path / "new.tsv"
    tsv.write_text("Il pleut.\tIt rains.\n", encoding="utf-8")
    code, _out, err = run_cli(capsys, "check", tsv, "--memory", tmp_path / "none.sqlite")
    assert code == 2 and "none.sqlite: translation memory not found" in err
