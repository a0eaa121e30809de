"""Checklists: the reviewer's own rules, read from a UTF-8 TSV file (see docs/checklists.md).

    id	severity	source	target	target_lacks	message

`source`, `target` and `target_lacks` are Python regular expressions, empty meaning no
condition; `#` lines are comments. A rule fires on a segment when `source` matches the source
(or is empty), `target` matches the target (or is empty) and `target_lacks` does not match the
target (or is empty). A file that cannot be used raises InputError naming the file and the line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.model import InputError
from translator_gui.core.spelling import user_config_dir

log = logging.getLogger(__name__)

COLUMNS = ("id", "severity", "source", "target", "target_lacks", "message")
SEVERITIES = ("neutral", "minor", "major", "critical")
USER_CHECKLIST = "checklist.tsv"
_ID = re.compile(r"^[\w.-]+$")


@dataclass(frozen=True)
class ChecklistRule:
    """One rule of a checklist, its regexes compiled."""

    id: str
    severity: str
    source: re.Pattern[str] | None
    target: re.Pattern[str] | None
    target_lacks: re.Pattern[str] | None
    message: str
    path: str = ""
    line: int = 0

    @property
    def check_id(self) -> str:
        return f"checklist:{self.id}"

    def fires(self, source: str, target: str) -> bool:
        return ((self.source is None or self.source.search(source) is not None)
                and (self.target is None or self.target.search(target) is not None)
                and (self.target_lacks is None or self.target_lacks.search(target) is None))

    def spans(self, source: str, target: str) -> list[tuple[str, int, int]]:
        """Where the rule is reported when it fires: the words `target` matched, else the words
        `source` matched (on the source), else the whole target."""
        for side, pattern, text in (("target", self.target, target),
                                    ("source", self.source, source)):
            if pattern is None:
                continue
            found = [(side, m.start(), m.end()) for m in pattern.finditer(text)
                     if m.end() > m.start()]
            return found or [(side, *_whole(text))]
        return [("target", *_whole(target))]


def _whole(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))


def _compile(cell: str, column: str, where: str) -> re.Pattern[str] | None:
    if not cell:
        return None
    try:
        return re.compile(cell)
    except re.error as error:
        raise InputError(None, f"{where}: bad regular expression in {column} "
                               f"({error.msg}): {cell}") from None


def parse_checklist(text: str, path: str) -> list[ChecklistRule]:
    """The rules of a checklist's text; InputError("PATH: line N: problem") if it is unusable."""
    rules: list[ChecklistRule] = []
    header: list[str] | None = None
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}: line {number}"
        cells = line.split("\t")
        if header is None:
            header = [c.strip().lower() for c in cells]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise InputError(None, f"{where}: missing column{'s' if len(missing) > 1 else ''} "
                                       f"{', '.join(missing)} (the header must name "
                                       f"{' '.join(COLUMNS)}, separated by tabs)")
            continue
        if len(cells) != len(header):
            raise InputError(None, f"{where}: {len(cells)} tab-separated columns, the header has "
                                   f"{len(header)}")
        row = dict(zip(header, cells, strict=True))
        rule_id = row["id"].strip()
        if not _ID.match(rule_id):
            raise InputError(None, f"{where}: the id must be one word (letters, digits, . _ -), "
                                   f"not {rule_id!r}")
        if rule_id in seen:
            raise InputError(None, f"{where}: id {rule_id!r} already used on line {seen[rule_id]}")
        seen[rule_id] = number
        severity = row["severity"].strip().lower() or "minor"
        if severity not in SEVERITIES:
            raise InputError(None, f"{where}: unknown severity {row['severity'].strip()!r} "
                                   f"(one of {', '.join(SEVERITIES)})")
        source, target, target_lacks = (_compile(row[c], c, where)
                                         for c in ("source", "target", "target_lacks"))
        if source is None and target is None and target_lacks is None:
            raise InputError(None, f"{where}: rule {rule_id!r} has no condition (source, target "
                                   "and target_lacks are all empty)")
        message = row["message"].strip() or f"Checklist rule {rule_id}."
        rules.append(ChecklistRule(rule_id, severity, source, target, target_lacks, message,
                                   path, number))
    if header is None:
        raise InputError(None, f"{path}: line 1: no header (expected {' '.join(COLUMNS)})")
    return rules


def read_checklist(path: str | Path) -> list[ChecklistRule]:
    """The rules of a checklist file; InputError naming the file and the line if unusable."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(name, f"cannot read the checklist ({error.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise InputError(None, f"{name}: line {line}: not UTF-8 text") from None
    return parse_checklist(text, name)


def user_checklist_path() -> Path:
    """The user's own checklist: checklist.tsv in the user config folder (may not exist)."""
    return user_config_dir() / USER_CHECKLIST


_CACHE: dict[str, tuple[int | None, list[ChecklistRule]]] = {}


def _cached(path: str) -> list[ChecklistRule]:
    try:
        stamp: int | None = Path(path).stat().st_mtime_ns
    except OSError:
        stamp = None
    cached = _CACHE.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    rules = read_checklist(path)
    _CACHE[path] = (stamp, rules)
    return rules


def checklist_rules(paths: Sequence[str] = (), include_user: bool = True,
                    strict: bool = False) -> list[ChecklistRule]:
    """The rules of the project's checklists and of the user's, re-read when a file changes.

    With `strict`, a bad file raises InputError (the command line stops); otherwise it is
    logged and skipped so that one bad file does not stop the other checks.
    """
    files: list[str] = list(paths)
    user = user_checklist_path()
    if include_user and user.is_file():
        files.append(str(user))
    rules: list[ChecklistRule] = []
    seen: set[str] = set()
    for path in files:
        try:
            found = _cached(path)
        except InputError as error:
            if strict:
                raise
            log.warning("checklist skipped: %s", error)
            continue
        for rule in found:
            if rule.id not in seen:  # the project's rule wins over the user's of the same id
                seen.add(rule.id)
                rules.append(rule)
    return rules


def rules_firing(rules: Iterable[ChecklistRule], source: str, target: str
                 ) -> list[ChecklistRule]:
    return [rule for rule in rules if rule.fires(source, target)]
