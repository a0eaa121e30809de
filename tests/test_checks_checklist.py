"""Checklists: the reviewer's own rules, from a TSV file, run as checks `checklist:<id>`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from translator_gui.cli import main
from translator_gui.core.checklist import (
    checklist_rules,
    parse_checklist,
    read_checklist,
    user_checklist_path,
)
from translator_gui.core.checks.base import all_checks, check_segment
from translator_gui.core.model import InputError, ReviewDocument, Segment

HEADER = "id\tseverity\tsource\ttarget\ttarget_lacks\tmessage\n"
RULES = HEADER + (
    "# the client's rules\n"
    "cop-name\tmajor\t(?i)\\bCdP\\b\t\t\\bCOP\\b\tCdP is COP in English.\n"
    "no-whilst\tminor\t\t\\b[Ww]hilst\\b\t\tWrite 'while', not 'whilst'.\n"
    "sg-hyphen\tcritical\t\t(?i)secretary general\t\tThe UN hyphenates Secretary-General.\n"
    "\n"
    "euro-sign\t\t€\t\t€|\\beuros?\\b|EUR\tThe amount lost its currency.\n"
)


def rules_file(tmp_path: Path, text: str = RULES, name: str = "rules.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def catalogue_off() -> set[str]:
    """Every catalogue check switched off: the tests read the checklist rules alone."""
    return {c.id for c in all_checks()}


def run(tmp_path: Path, source: str, target: str, text: str = RULES):
    document = ReviewDocument([Segment(0, source, target, target)], "fr", "en")
    document.checks.checklists = [str(rules_file(tmp_path, text))]
    document.checks.disabled = catalogue_off()
    return [(i.check, i.side, i.start, i.end, i.severity.value, i.message)
            for i in check_segment(document, 0) if i.check.startswith("checklist:")]


def test_target_matches_are_reported_on_the_words_matched(tmp_path):
    assert run(tmp_path, "Pendant qu'il parlait.", "Whilst he spoke, whilst she wrote.") == [
        ("checklist:no-whilst", "target", 0, 6, "minor", "Write 'while', not 'whilst'."),
        ("checklist:no-whilst", "target", 17, 23, "minor", "Write 'while', not 'whilst'."),
    ]
    assert run(tmp_path, "Le Secrétaire général.", "The Secretary General spoke.") == [
        ("checklist:sg-hyphen", "target", 4, 21, "critical",
         "The UN hyphenates Secretary-General.")]


def test_source_matches_when_the_target_lacks_a_word(tmp_path):
    assert run(tmp_path, "La CdP 28 s'est ouverte.", "The conference opened.") == [
        ("checklist:cop-name", "source", 3, 6, "major", "CdP is COP in English.")]
    # the target has what the rule asks for: quiet
    assert run(tmp_path, "La CdP 28 s'est ouverte.", "COP 28 opened.") == []


def test_empty_severity_is_minor_and_empty_target_condition_reports_the_source(tmp_path):
    assert run(tmp_path, "Il coûte 30 €.", "It costs 30.") == [
        ("checklist:euro-sign", "source", 12, 13, "minor", "The amount lost its currency.")]
    assert run(tmp_path, "Il coûte 30 €.", "It costs 30 euros.") == []


def test_clean_text_stays_quiet(tmp_path):
    assert run(tmp_path, "Le Secrétaire général a parlé.", "The Secretary-General spoke.") == []
    assert run(tmp_path, "", "") == []


def test_rule_with_only_target_lacks_flags_the_whole_target(tmp_path):
    text = HEADER + "needs-ref\tmajor\t\t\t\\[\\d+\\]\tEvery sentence cites a reference.\n"
    assert run(tmp_path, "Une phrase.", " A sentence. ", text) == [
        ("checklist:needs-ref", "target", 1, 12, "major", "Every sentence cites a reference.")]


@pytest.mark.parametrize(("text", "line", "problem"), [
    (HEADER + "a\tmajor\t(unclosed\t\t\tm\n", 2, "bad regular expression in source"),
    (HEADER + "# comment\nb\turgent\tx\t\t\tm\n", 3, "unknown severity 'urgent'"),
    ("id\tseverity\tsource\ttarget\tmessage\nc\tminor\tx\t\t\n", 1, "missing column target_lacks"),
    (HEADER + "d\tminor\tx\t\tm\n", 2, "5 tab-separated columns, the header has 6"),
    (HEADER + "e\tminor\tx\t\t\tm\ne\tminor\ty\t\t\tm\n", 3, "id 'e' already used on line 2"),
    (HEADER + "f\tminor\t\t\t\tm\n", 2, "has no condition"),
    (HEADER + "g h\tminor\tx\t\t\tm\n", 2, "the id must be one word"),
    ("# only a comment\n", 1, "no header"),
])
def test_a_bad_file_names_the_file_and_line(tmp_path, text, line, problem):
    path = rules_file(tmp_path, text)
    with pytest.raises(InputError) as raised:
        read_checklist(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: line {line}: ")
    assert problem in message
    assert "\n" not in message


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin1.tsv"
    path.write_bytes((HEADER + "a\tminor\tcaf\xe9\t\t\tm\n").encode("latin-1"))
    with pytest.raises(InputError, match=r"line 2: not UTF-8"):
        read_checklist(path)


def test_parse_keeps_file_and_line_of_each_rule():
    rules = parse_checklist(RULES, "client.tsv")
    assert [(r.id, r.severity, r.line) for r in rules] == [
        ("cop-name", "major", 3), ("no-whilst", "minor", 4), ("sg-hyphen", "critical", 5),
        ("euro-sign", "minor", 7)]
    assert rules[0].check_id == "checklist:cop-name"


def test_user_checklist_applies_to_every_project(tmp_path):
    user = user_checklist_path()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(HEADER + "no-whilst\tmajor\t\twhilst\t\tUser rule.\n"
                    "mine\tminor\t\tamongst\t\tUser only.\n", encoding="utf-8")
    project = rules_file(tmp_path)
    rules = checklist_rules([str(project)])
    # the project's rule of the same id wins over the user's
    assert [(r.id, r.severity) for r in rules] == [
        ("cop-name", "major"), ("no-whilst", "minor"), ("sg-hyphen", "critical"),
        ("euro-sign", "minor"), ("mine", "minor")]
    document = ReviewDocument([Segment(0, "Parmi eux.", "Amongst them, amongst us.",
                                       "Amongst them, amongst us.")], "fr", "en")
    document.checks.disabled = catalogue_off()
    assert [(i.check, i.start) for i in check_segment(document, 0)
            if i.check.startswith("checklist:")] == [("checklist:mine", 14)]


def test_command_line_checklist_option(tmp_path, capsys):
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("Pendant qu'il parlait.\tWhilst he spoke.\n", encoding="utf-8")
    extra = rules_file(tmp_path, HEADER + "spoke\tneutral\t\tspoke\t\tSaid, not spoke.\n",
                       "extra.tsv")
    code = main(["check", str(tsv), "--format", "json", "--checklist", str(rules_file(tmp_path)),
                 "--checklist", str(extra),
                 *[arg for check in sorted(catalogue_off()) for arg in ("--disable", check)]])
    found = [(i["check"], i["start"], i["end"], i["severity"])
             for i in json.loads(capsys.readouterr().out)["issues"]
             if i["check"].startswith("checklist:")]
    assert found == [("checklist:no-whilst", 0, 6, "minor"), ("checklist:spoke", 10, 15, "neutral")]
    assert code == 1


def test_command_line_bad_checklist_exits_2_with_one_line(tmp_path, capsys):
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("Bonjour.\tHello.\n", encoding="utf-8")
    bad = rules_file(tmp_path, HEADER + "a\tminor\t[oops\t\t\tm\n", "bad.tsv")
    assert main(["check", str(tsv), "--checklist", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"translator-gui: {bad}: line 2: bad regular expression in source")
    missing = tmp_path / "nowhere.tsv"
    assert main(["check", str(tsv), "--checklist", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err


def test_command_line_bad_user_checklist_exits_2(tmp_path, capsys):
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("Bonjour.\tHello.\n", encoding="utf-8")
    user = user_checklist_path()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(HEADER + "x\tsevere\tBonjour\t\t\tm\n", encoding="utf-8")
    assert main(["check", str(tsv)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"translator-gui: {user}: line 2: unknown severity 'severe' "
        "(one of neutral, minor, major, critical)")
    assert os.path.exists(user)


def test_the_documented_examples_parse_and_fire():
    import re

    docs = Path(__file__).resolve().parents[1] / "docs" / "checklists.md"
    blocks = re.findall(r"```tsv\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    rules = [rule for block in blocks for rule in parse_checklist(block, "checklists.md")]
    fired = {r.id for r in rules if r.fires("La CdP a 5 % de 3 €.", "The CdP has 5 of 3.")}
    assert fired == {"cop-name", "percent", "euro-sign"}
    assert {r.id for r in rules if r.fires("", "Whilst it's the 2th.")} == {
        "no-whilst", "contractions", "ordinal"}
