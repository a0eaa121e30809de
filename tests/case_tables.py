"""A parametrized test's cases run as one test of the run (conftest.py groups them at collection):
every case runs, and a failure lists every failing case with its id and its own message.

pytest's own cost per test (setup, teardown, its reports across pytest-xdist's channel to the
controller) is some 3-4 ms of CPU (measured on 1,000 empty parametrized tests under `-n 2`),
more than most example cases' own work: a table of 400 examples paid ~1.5 s for that alone,
and the suite holds some 2,500 such cases. Grouped, a table pays it once.

Only cases that share nothing but their parameters are grouped: a module-level test function,
parametrized directly (not through fixtures), whose other fixtures are of module or session
scope (set up once either way) or renewed for each case as for each test (tmp_path, capsys,
monkeypatch: RENEWED_FUNCTION_FIXTURES), with no mark of its own on the case but a selection
mark (slow: the cases marked alike are grouped together). A case with an xfail or skip mark,
or a test using another fixture of function scope (qtbot, caplog, one built on tmp_path...)
keeps one test per case. The window's private folders (conftest's autouse fixture) are made
fresh for every case, as for every test.

A failing table names each failing case (`test_x[id]`) with its message; that case alone runs as
a test of its own with `pytest 'tests/test_x.py::test_x[id]'` (a selection of one case is not
grouped), with pytest's full report. New examples go in the tables (a row of the parametrize
list), and land in the same grouped test.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from _pytest.python import get_direct_param_fixture_func

# Fixtures of function scope the cases of a group may share: pytest's own request object and
# the suite's autouse fixture (each case gets fresh private folders from `fresh_case`).
SHARED_FUNCTION_FIXTURES = frozenset({"request", "_private_folders_in_english"})
# Fixtures of function scope renewed for each case: tmp_path (a fresh folder, from `fresh_case`),
# capsys (what was printed before the case is read away: the case reads only its own output),
# monkeypatch (undone after each case). A case asking for one of them directly may be grouped.
RENEWED_FUNCTION_FIXTURES = frozenset({"tmp_path", "capsys", "monkeypatch"})
# Marks of a case that only select it (-m "not slow"): pytest selects case by case before the
# cases are grouped, and the cases carrying the same ones are grouped apart from the others.
SELECTION_MARKS = frozenset({"slow"})

# What the suite makes fresh for each case (conftest.py): given the fixture values set up for the
# group and the case's name, enters the case's private folders and gives the fixtures' new values
# (tmp_path).
FreshCase = Callable[[dict[str, object], str], AbstractContextManager[dict[str, object]]]


class CaseTable(pytest.Function):
    """One test running the cases of a parametrized test function, each with its parameters."""

    cases: list[pytest.Function]
    fresh_case: FreshCase

    def runtest(self) -> None:
        # how many cases this test ran, for the run's summary (conftest.py: "cases run")
        self.user_properties.append(("cases", len(self.cases)))
        failures = []
        argnames = self._fixtureinfo.argnames
        shared = {name: self.funcargs[name] for name in argnames}
        capsys = self.funcargs.get("capsys")
        monkeypatch = self.funcargs.get("monkeypatch")
        for case in self.cases:
            params = case.callspec.params
            with self.fresh_case(self.funcargs, case.name) as renewed:
                arguments = {name: params[name] if name in params else renewed.get(name, value)
                             for name, value in shared.items()}
                if isinstance(capsys, pytest.CaptureFixture):
                    capsys.readouterr()
                try:
                    self.obj(**arguments)
                except (Exception, pytest.fail.Exception) as error:
                    failures.append(f"{case.name}: {_where(error, self.path)}"
                                    f"{type(error).__name__}: {error}")
                finally:
                    if isinstance(monkeypatch, pytest.MonkeyPatch):
                        monkeypatch.undo()
        if failures:
            pytest.fail(f"{len(failures)} of {len(self.cases)} cases failed (each runs alone as "
                        f"{self.path.name}::{self.originalname}[id]):\n\n"
                        + "\n\n".join(failures), pytrace=False)


def _where(error: BaseException, module: Path) -> str:
    """The line of the test module the error came from (its last frame there)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if Path(f.filename) == module]
    return f"(line {frames[-1].lineno}) " if frames else ""


def _groupable(item: pytest.Item) -> bool:
    if not isinstance(item, pytest.Function) or type(item) is not pytest.Function:
        return False
    callspec = getattr(item, "callspec", None)
    if (callspec is None or not isinstance(item.parent, pytest.Module)
            or any(mark.name not in SELECTION_MARKS for mark in callspec.marks)):
        return False
    for name in item.fixturenames:
        definitions = item._fixtureinfo.name2fixturedefs.get(name)
        if not definitions:
            if name not in SHARED_FUNCTION_FIXTURES:
                return False
            continue
        definition = definitions[-1]
        if definition.func is get_direct_param_fixture_func:
            if name not in callspec.params or definition.scope != "function":
                return False
        elif definition.scope == "function" and not (
                name in SHARED_FUNCTION_FIXTURES
                or (name in RENEWED_FUNCTION_FIXTURES and name in item._fixtureinfo.argnames)):
            return False
    return True


def grouped(items: list[pytest.Item],
            fresh_case: FreshCase) -> list[pytest.Item]:
    """`items` with each test function's groupable cases (two or more) replaced by one
    CaseTable where the first of them stood; the order of everything else is kept."""
    groups: dict[tuple[str, str], list[pytest.Function]] = {}
    for item in items:
        if _groupable(item):
            assert isinstance(item, pytest.Function) and item.parent is not None
            marks = tuple(sorted(mark.name for mark in item.callspec.marks))
            groups.setdefault((item.parent.nodeid, item.originalname, marks), []).append(item)
    tables: dict[int, pytest.Item] = {}
    dropped: set[int] = set()
    for cases in groups.values():
        if len(cases) < 2:
            continue
        first = cases[0]
        table = CaseTable.from_parent(
            first.parent, name=f"{first.originalname}[{len(cases)}-cases]",
            callspec=first.callspec, callobj=first.obj, fixtureinfo=first._fixtureinfo,
            originalname=first.originalname)
        table.cases = cases
        table.fresh_case = fresh_case
        tables[id(first)] = table
        dropped.update(id(case) for case in cases[1:])
    return [tables.get(id(item), item) for item in items if id(item) not in dropped]


def cases_run(reports: list[pytest.TestReport]) -> int:
    """How many cases the tests of these reports ran: a table's cases, one for any other test."""
    return sum(next((int(value) for name, value in report.user_properties if name == "cases"), 1)
               for report in reports if report.when == "call")
