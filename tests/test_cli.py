"""The command line end to end: align, check, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cli_support
import pytest

from translator_gui import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

FRENCH = ("Le deuxième atelier s'est ouvert à Pékin le 12 mai. Des experts de 40 pays y "
          "participent.\nLa résolution a été adoptée en juillet 2024. Elle encourage la "
          "coopération internationale.\n")
ENGLISH = ("The second workshop opened in Beijing on 12 May. Experts from 40 countries are "
           "taking part.\nThe resolution was adopted in July 2024. It encourages international "
           "cooperation.\n")


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    source, draft = tmp_path / "source.txt", tmp_path / "draft.txt"
    source.write_text(FRENCH, encoding="utf-8")
    draft.write_text(ENGLISH, encoding="utf-8")
    return source, draft


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_align_json_schema(pair, capsys) -> None:
    code, out, _ = run_cli(capsys, "align", *pair, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["source_sentences"]) == 4 and len(data["target_sentences"]) == 4
    assert [b["source"] for b in data["beads"]] == [[0], [1], [2], [3]]
    assert [b["target"] for b in data["beads"]] == [[0], [1], [2], [3]]
    assert all(0.0 <= b["confidence"] <= 1.0 for b in data["beads"])


def test_align_tsv(pair, capsys) -> None:
    code, out, _ = run_cli(capsys, "align", *pair)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("Le deuxième atelier s'est ouvert à Pékin le 12 mai.\t"
                        "The second workshop opened in Beijing on 12 May.")


def test_align_presegmented_takes_lines_as_they_are(tmp_path, capsys) -> None:
    source, draft = tmp_path / "s.txt", tmp_path / "d.txt"
    source.write_text("Un. Deux.\nTrois.\n", encoding="utf-8")
    draft.write_text("One. Two.\nThree.\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "align", source, draft, "--presegmented", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["source_sentences"] == ["Un. Deux.", "Trois."]
    assert data["beads"] == [{"source": [0], "target": [0], "confidence": data["beads"][0]["confidence"]},
                             {"source": [1], "target": [1], "confidence": data["beads"][1]["confidence"]}]


def test_check_json_schema_and_exit_code(pair, capsys) -> None:
    code, out, _ = run_cli(capsys, "check", *pair, "--format", "json")
    data = json.loads(out)
    assert code in (0, 1)
    # one numbering for people (the window, the text output, the reports): from 1
    assert data["segment_numbering"] == "1-based"
    assert [s["id"] for s in data["segments"]] == list(range(1, len(data["segments"]) + 1))
    for issue in data["issues"]:
        assert set(issue) == {"segment", "side", "start", "end", "check", "category", "severity",
                              "message", "suggestion", "replacement", "hint"}
        assert issue["side"] in ("source", "target", "both")
        assert issue["severity"] in ("neutral", "minor", "major", "critical")
        text = data["segments"][issue["segment"] - 1]["target" if issue["side"] != "source"
                                                      else "source"]
        assert 0 <= issue["start"] < issue["end"] <= len(text)
    serious = any(i["severity"] != "neutral" for i in data["issues"])
    assert code == (1 if serious else 0)


def test_check_bilingual_tsv_and_save(tmp_path, capsys) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("Bonjour.\tHello.\nLe chat dort.\tThe cat sleeps.\n", encoding="utf-8")
    project = tmp_path / "job.tgp"
    code, out, _ = run_cli(capsys, "check", tsv, "--format", "json", "--save", project)
    data = json.loads(out)
    assert [s["source"] for s in data["segments"]] == ["Bonjour.", "Le chat dort."]
    assert project.is_file()
    code_again, out_again, _ = run_cli(capsys, "check", project, "--format", "json")
    assert json.loads(out_again)["segments"] == data["segments"] and code_again == code


def test_check_lone_text_checks_its_own_side(tmp_path, capsys) -> None:
    text = tmp_path / "french.txt"
    text.write_text("Le chat dort. Il fait beau.\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", text, "--format", "json")
    data = json.loads(out)
    assert [s["source"] for s in data["segments"]] == ["Le chat dort.", "Il fait beau."]
    assert all(s["target"] == "" for s in data["segments"])
    assert all(i["side"] == "source" for i in data["issues"])


def test_check_text_format_is_readable(pair, capsys) -> None:
    _code, out, _ = run_cli(capsys, "check", *pair)
    assert out.strip().splitlines()[-1].startswith("4 segments checked")


def test_unknown_check_id_is_a_usage_error(pair, capsys) -> None:
    code, _out, err = run_cli(capsys, "check", *pair, "--disable", "no-such-check")
    assert code == 2 and "no-such-check" in err


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty"),
    ("Déjà vu".encode("cp1252"), "byte offset 1"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, pair, capsys, content, problem) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run_cli(capsys, "align", bad, pair[1])
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "bad.txt" in err and problem in err


def test_swapped_languages_are_refused(pair, capsys) -> None:
    source, draft = pair
    code, _out, err = run_cli(capsys, "align", draft, source)
    assert code == 2 and "swapped" in err


def test_english_to_french_works_too(pair, capsys) -> None:
    source, draft = pair
    code, out, _ = run_cli(capsys, "align", draft, source, "--source-language", "en",
                           "--target-language", "fr", "--format", "json")
    assert code == 0 and len(json.loads(out)["beads"]) == 4


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["align", "only-one-file.txt"])
    assert raised.value.code == 2
    assert cli.main([]) == 2


def test_module_entry_point_in_a_subprocess(pair) -> None:
    result = subprocess.run([sys.executable, "-m", "translator_gui", "align", *map(str, pair),
                             "--format", "json"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["beads"]) == 4
    # The check command's process ends without the interpreter's shutdown (its collector
    # paused while it loads): all of its output is written all the same, the same as here.
    checked = subprocess.run([sys.executable, "-m", "translator_gui", "check", *map(str, pair),
                              "--format", "json"], capture_output=True, text=True, check=False)
    code, out, _err = cli_support.run_cli("check", *pair, "--format", "json")
    assert (checked.returncode, json.loads(checked.stdout)) == (code, json.loads(out))
    missing = subprocess.run([sys.executable, "-m", "translator_gui", "check", "nope.tsv"],
                             capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert missing.stderr.strip() == "translator-gui: nope.tsv: file not found"


def test_export_every_format_and_import_review(pair, tmp_path, capsys) -> None:
    import docx

    project = tmp_path / "job.tgp"
    run_cli(capsys, "check", *pair, "--save", project)
    for name in ("out.docx", "report.html", "report.csv", "out.xlf", "out.tmx"):
        code, _out, err = run_cli(capsys, "export", project, "--to", tmp_path / name,
                                  "--track-changes", "--comments")
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 0 and name in err
    review = tmp_path / "review.docx"
    assert run_cli(capsys, "export", project, "--to", review, "--bilingual")[0] == 0
    reviewed = docx.Document(str(review))
    table = reviewed.tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    target_column = next(i for i, title in enumerate(header) if title.startswith("Target"))
    cell = table.rows[1].cells[target_column]
    for run in cell.paragraphs[0].runs[1:]:
        run.text = ""
    cell.paragraphs[0].runs[0].text = "The second workshop began."
    reviewed.save(str(review))
    code, _out, err = run_cli(capsys, "import-review", project, review)
    assert code == 0 and "1 segment(s) changed" in err
    code, out, _ = run_cli(capsys, "check", project, "--format", "json")
    assert json.loads(out)["segments"][0]["target"] == "The second workshop began."


def test_export_to_an_unknown_format_is_refused(pair, tmp_path, capsys) -> None:
    project = tmp_path / "job.tgp"
    run_cli(capsys, "check", *pair, "--save", project)
    code, _out, err = run_cli(capsys, "export", project, "--to", tmp_path / "out.pdf")
    assert code == 2 and "out.pdf" in err and ".docx" in err


def test_glossary_terms_are_used_and_a_broken_glossary_stops_the_run(pair, tmp_path, capsys):
    glossary = tmp_path / "client.csv"
    glossary.write_text("source,target\natelier,seminar\n", encoding="utf-8")
    _code, out, _ = run_cli(capsys, "check", *pair, "--glossary", glossary, "--format", "json")
    missing = [i for i in json.loads(out)["issues"] if i["check"] == "term-missing-translation"]
    # The client wants "seminar" for « atelier »; the draft says "workshop".
    assert [(i["segment"], i["suggestion"]) for i in missing] == [(1, "seminar")]
    _code, out_without, _ = run_cli(capsys, "check", *pair, "--format", "json")
    assert not [i for i in json.loads(out_without)["issues"]
                if i["check"] == "term-missing-translation"]
    broken = tmp_path / "broken.tbx"
    broken.write_bytes(b"\x00\x01 not xml")
    code, _out, err = run_cli(capsys, "check", *pair, "--glossary", broken)
    assert code == 2 and "broken.tbx" in err


def test_checks_lists_the_severity_each_check_emits(capsys) -> None:
    code, out, _ = run_cli(capsys, "checks")
    assert code == 0
    rows = {line.split()[0]: line.split()[1] for line in out.splitlines()}
    assert rows["fr-calque"] == "neutral–major"  # graded per pattern
    assert rows["fr-space-before-punctuation"] == "neutral–minor"  # neutral in a house style
    assert rows["number-mismatch"] == "major"


def test_check_json_and_text_name_the_same_segment_number(pair, tmp_path, capsys) -> None:
    glossary = tmp_path / "client.csv"
    glossary.write_text("source,target\nrésolution,decision\n", encoding="utf-8")
    _code, out, _ = run_cli(capsys, "check", *pair, "--glossary", glossary, "--format", "json")
    data = json.loads(out)
    _code, text, _ = run_cli(capsys, "check", *pair, "--glossary", glossary)
    numbers = [int(line.split(" · ")[0].split()[1]) for line in text.splitlines()
               if line.startswith("segment ")]
    assert numbers == [i["segment"] for i in data["issues"]] == [3]  # « La résolution… », the third sentence


ENGLISH_ALONE = ("The governement has adopted a new policy on climate change. It will be put in "
                 "place over the coming months by the regions and their partners.\n")


def test_a_lone_english_text_is_checked_as_english_and_says_so(tmp_path, capsys) -> None:
    text = tmp_path / "notes.txt"
    text.write_text(ENGLISH_ALONE, encoding="utf-8")
    _code, out, err = run_cli(capsys, "check", text, "--format", "json")
    assert err == ("translator-gui: notes.txt reads as English, not French: checked as English "
                   "(--source-language fr checks it as French)\n")
    spelling = [(i["segment"], i["side"], i["start"], i["end"], i["replacement"])
                for i in json.loads(out)["issues"] if i["check"] == "spelling"]
    assert spelling == [(1, "source", 4, 15, "government")]  # English words, en dictionary
    # asked for French, it is read as French: no guess, no note
    _code, out, err = run_cli(capsys, "check", text, "--source-language", "fr", "--format",
                              "json")
    assert err == ""
    assert [i["message"] for i in json.loads(out)["issues"]
            if i["check"] == "spelling" and i["start"] == 4][0].count("fr_FR") == 1


def test_a_lone_french_text_is_checked_as_french_without_a_note(tmp_path, capsys) -> None:
    text = tmp_path / "texte.txt"
    text.write_text(FRENCH, encoding="utf-8")
    _code, _out, err = run_cli(capsys, "check", text, "--format", "json")
    assert err == ""


def test_the_collector_paused_for_loading_runs_again_once_the_first_segments_are_checked(
        pair, capsys) -> None:
    import gc

    seen: list[bool] = []
    from translator_gui.core.checks import base

    real = base.finish_all

    def finishing(document, per_segment):  # after the quick checks' first pass
        seen.append(gc.isenabled())
        return real(document, per_segment)

    try:
        cli.pause_collector()
        assert not gc.isenabled()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(base, "finish_all", finishing)
            code, out, _err = run_cli(capsys, "check", *pair, "--format", "json")
        assert seen == [True] and gc.isenabled() and code in (0, 1)
        assert json.loads(out)["segments"]
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_check_process_collects_less_often_once_its_tables_are_loaded(pair, capsys) -> None:
    """The threshold given to pause_collector (the check command's __main__ gives
    CHECK_COLLECTION_THRESHOLD) holds from the end of the pause; without one, Python's."""
    import gc

    before = gc.get_threshold()
    try:
        cli.pause_collector(54_321)
        assert gc.get_threshold() == before  # not while the tables load (no collection then)
        code, _out, _err = run_cli(capsys, "check", *pair, "--format", "json")
        assert code in (0, 1) and gc.isenabled()
        assert gc.get_threshold() == (54_321, *before[1:])
        gc.set_threshold(*before)
        cli.pause_collector()
        run_cli(capsys, "check", *pair, "--format", "json")
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)
        gc.enable()
        gc.unfreeze()
