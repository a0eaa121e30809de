"""Project file: round trip, atomic save, and refusal of newer or damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translator_gui.core.model import (
    Bead,
    CheckSettings,
    IgnoredIssue,
    InputError,
    InputText,
    Paragraph,
    ReviewDocument,
    Segment,
    Sentence,
    Status,
)
from translator_gui.core.project import FORMAT_VERSION, load_project, save_project


def sample_document(tmp_path: Path) -> ReviewDocument:
    source_file = tmp_path / "source.txt"
    source_file.write_text("Bonjour. Merci.\n", encoding="utf-8")
    source_input = InputText(str(source_file), "fr",
                             [Paragraph("Bonjour. Merci.", {"part": "line", "line": 0})],
                             [Sentence(0, 0, 8), Sentence(0, 9, 15)])
    segments = [
        Segment(0, "Bonjour.", "Hello.", "Hello!", Status.EDITED, Bead([0], [0], 0.93)),
        Segment(1, "Merci.", "Thank.", "Thanks.", Status.CONFIRMED, Bead([1], [1], 0.4),
                source_original="Merci !", note="client prefers informal"),
    ]
    checks = CheckSettings({"fr-calque"}, {"number-mismatch": "critical"},
                           [IgnoredIssue(1, "repeated-word", "target", "the", 0)], ["/x/g.tbx"])
    return ReviewDocument(segments, "fr", "en", source_input=source_input, checks=checks,
                          source_path=str(source_file))


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    document = sample_document(tmp_path)
    path = tmp_path / "job.tgp"
    save_project(document, path)
    loaded = load_project(path)
    assert loaded.segments == document.segments
    assert loaded.checks == document.checks
    assert loaded.source_input == document.source_input
    assert (loaded.source_language, loaded.target_language) == ("fr", "en")
    assert Path(loaded.source_path).resolve() == Path(document.source_path).resolve()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT_VERSION
    assert {"source", "draft", "target", "status", "bead"} <= set(data["segments"][0])


def test_paths_follow_a_moved_project_folder(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    document = sample_document(folder)
    save_project(document, folder / "job.tgp")
    moved = tmp_path / "b"
    folder.rename(moved)
    assert load_project(moved / "job.tgp").source_path == str((moved / "source.txt").resolve())


def test_save_is_atomic_and_leaves_no_temporary(tmp_path: Path, monkeypatch) -> None:
    document = sample_document(tmp_path)
    path = tmp_path / "job.tgp"
    save_project(document, path)
    before = path.read_bytes()
    import translator_gui.core.project as project

    def crash(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project.os, "replace", crash)
    document.segments[0].target = "changed"
    with pytest.raises(InputError, match="could not save"):
        save_project(document, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_newer_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.tgp"
    path.write_text(json.dumps({"format": FORMAT_VERSION + 1, "segments": []}), encoding="utf-8")
    with pytest.raises(InputError, match="newer translator_gui"):
        load_project(path)


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "damaged"),
    ('{"hello": 1}', "not a translator_gui project"),
    ('{"format": 1, "segments": [{"id": 0}]}', "damaged"),
])
def test_damaged_projects(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.tgp"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        load_project(path)


def test_saved_project_has_ordinary_permissions(tmp_path: Path) -> None:
    import os
    import stat

    path = tmp_path / "shared.tgp"
    save_project(sample_document(tmp_path), path)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    path.chmod(0o640)
    save_project(sample_document(tmp_path), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# -- validation against the schema (issue 13, item 9) -------------------------------------------
def _saved(tmp_path: Path) -> dict:
    path = tmp_path / "good.tgp"
    save_project(sample_document(tmp_path), path)
    return json.loads(path.read_text(encoding="utf-8"))


def _set(data: dict, dotted: str, value) -> None:
    *steps, last = dotted.split(".")
    node = data
    for step in steps:
        node = node[int(step)] if step.isdigit() else node[step]
    node[int(last) if last.isdigit() else last] = value


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("segments.0.target", 42, "segments[0].target must be text, not 42"),
    ("segments.0.target", None, "segments[0].target must be text, not null"),
    ("segments.1.source", ["Merci."], 'segments[1].source must be text, not ["Merci."]'),
    ("segments.0.bead", "0-0", 'segments[0].bead must be an object, not "0-0"'),
    ("checks", [], "checks must be an object or null, not []"),
    ("source_language", 7, "source_language must be text, not 7"),
    ("segments.0.status", "done", 'segments[0].status is "done", not one of "draft", '
                                  '"edited", "confirmed"'),
    ("segments.0.bead.source", [5], "segments[0].bead.source names sentence 5, but "
                                    "inputs.source has 2"),
    ("segments.0.bead.target", [-1], "segments[0].bead.target[0] is -1, out of range "
                                     "(minimum 0)"),
    ("segments.1.id", 0, "segments[1].id 0 is used twice"),
    ("inputs.source.sentences.1", [0, 9, 99], "inputs.source.sentences[1] spans 9-99, outside "
                                              "its paragraph's text"),
    ("inputs.source.sentences.0", [3, 0, 1], "inputs.source.sentences[0] names paragraph 3, "
                                             "but there are 1"),
    ("segments.0.note", [[[[[[[[[["deep"]]]]]]]]]],
     'segments[0].note must be text, not [[[[[[[[[["deep"]]]]]]]]]]'),
    ("checks.ignored.0.segment", "1", 'checks.ignored[0].segment must be a whole number, '
                                      'not "1"'),
])
def test_wrong_types_are_refused_naming_the_field(tmp_path: Path, field, value, problem) -> None:
    data = _saved(tmp_path)
    _set(data, field, value)
    path = tmp_path / "bad.tgp"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path)
    assert str(caught.value) == f"{path}: the project file is damaged: {problem}"
    # The loader's own schema walk and the reference validator agree on what breaks it.
    from jsonschema import Draft202012Validator

    from translator_gui.core.project_schema import SCHEMA

    schema_broken = "names" not in problem and "used twice" not in problem and \
        "spans" not in problem
    assert Draft202012Validator(SCHEMA).is_valid(data) == (not schema_broken)


@pytest.mark.parametrize(("content", "problem"), [
    ('{"format": true, "segments": []}', "unknown project format true"),
    ('{"format": 1.0, "segments": []}', "unknown project format 1.0"),
    ('{"format": 1, "segments": ' + "[" * 50_000 + "]" * 50_000 + "}",
     "the project file is damaged (values nested too deeply)"),
    ("", "the project file is empty"),
])
def test_odd_projects_are_refused(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "odd.tgp"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path)
    assert str(caught.value) == f"{path}: {problem}"


def test_every_saved_project_satisfies_the_schema(tmp_path: Path) -> None:
    from jsonschema import Draft202012Validator

    from translator_gui.core.project_schema import SCHEMA, validate_project_json

    assert validate_project_json(_saved(tmp_path)) is None
    Draft202012Validator.check_schema(SCHEMA)
    assert Draft202012Validator(SCHEMA).is_valid(_saved(tmp_path))


def test_the_published_schema_is_the_one_used() -> None:
    from translator_gui.core.project_schema import schema_json

    published = Path(__file__).resolve().parents[1] / "docs" / "project.schema.json"
    assert published.read_text(encoding="utf-8") == schema_json()


def test_unknown_fields_are_ignored(tmp_path: Path) -> None:
    data = _saved(tmp_path)
    data["view"] = {"row": 3}
    data["segments"][0]["flag"] = True
    path = tmp_path / "newer.tgp"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_project(path).segments[0].target == "Hello!"


def test_project_text_has_one_line_per_segment_and_reads_back(tmp_path: Path) -> None:
    from translator_gui.core.project import document_to_json, dump_project_json

    path = tmp_path / "job.tgp"
    document = sample_document(tmp_path)
    save_project(document, path)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == document_to_json(document, path)
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    first = lines.index('"segments": [') + 1
    assert lines[first].startswith('  {"id": 0, "source": "Bonjour."')
    assert lines[first + 1].startswith('  {"id": 1, "source": "Merci."')
    assert lines[first + 2] == "]"
    assert dump_project_json({"format": 1, "segments": []}) == '{\n"format": 1,\n"segments": []\n}\n'


def test_the_project_is_written_in_pieces_none_of_them_long(tmp_path: Path, monkeypatch) -> None:
    """A save on a worker encodes a piece at a time (the window waits for the interpreter at
    every call into Python): no piece longer than a segment's line, the same text as one dump,
    and a long list inside an input (its paragraphs) split item by item too."""
    from translator_gui.core import disk
    from translator_gui.core.project import document_to_json, dump_project_json

    document = sample_document(tmp_path)
    paragraphs = [Paragraph(f"Paragraphe {i} « é ».", {"index": i}) for i in range(300)]
    assert document.source_input is not None
    document.source_input.paragraphs = paragraphs
    written: list[bytes] = []
    real = disk.os.fdopen

    class Recording:
        def __init__(self, stream) -> None:
            self.stream = stream

        def __enter__(self):
            self.stream.__enter__()
            return self

        def __exit__(self, *exc) -> None:
            self.stream.__exit__(*exc)

        def write(self, data: bytes) -> int:
            written.append(bytes(data))
            return self.stream.write(data)

        def __getattr__(self, name: str):
            return getattr(self.stream, name)

    monkeypatch.setattr(disk.os, "fdopen", lambda *args, **kwargs: Recording(real(*args, **kwargs)))
    path = tmp_path / "pieces.tgp"
    save_project(document, path)
    data = document_to_json(document, path)
    assert b"".join(written).decode("utf-8") == dump_project_json(data)
    assert json.loads(path.read_text(encoding="utf-8")) == data
    assert len(written) > 300
    longest_segment = max(len(json.dumps(s, ensure_ascii=False).encode()) for s in data["segments"])
    longest_paragraph = max(len(json.dumps(p, ensure_ascii=False).encode())
                            for p in data["inputs"]["source"]["paragraphs"])
    assert max(len(piece) for piece in written) <= max(longest_segment, longest_paragraph) + 8


def test_a_save_makes_each_segments_value_as_it_writes_it(tmp_path: Path, monkeypatch) -> None:
    """The segments' JSON values are made one at a time and dropped once written: a save
    holding all of them (an autosave of 10,000 segments on a worker) filled the cyclic
    collector's young generation, which the window's thread then walked."""
    from translator_gui.core import project

    alive = [0]
    most = [0]

    class Counted(dict):
        def __del__(self) -> None:
            alive[0] -= 1

    real = project.segment_to_json

    def counted(segment: Segment) -> dict:
        alive[0] += 1
        most[0] = max(most[0], alive[0])
        return Counted(real(segment))

    monkeypatch.setattr(project, "segment_to_json", counted)
    document = ReviewDocument([Segment(i, f"Phrase {i}.", "Draft.", f"Target {i}.",
                                       Status.EDITED, Bead([i], [i], 0.9)) for i in range(200)],
                              "fr", "en")
    path = tmp_path / "many.tgp"
    save_project(document, path)
    assert most[0] <= 2  # the one written and the next one
    assert alive[0] == 0
    assert [s.target for s in load_project(path).segments] == [f"Target {i}." for i in range(200)]
    eager = project.document_to_json(document, path)
    assert isinstance(eager["segments"], list) and len(eager["segments"]) == 200
    assert path.read_text(encoding="utf-8") == project.dump_project_json(eager)
