"""A parametrized test's cases grouped into one test of the run (case_tables.py): every case runs
with its own parameters and private folders, a failure lists every failing case, and a case
that needs a fresh fixture or carries a mark stays a test of its own."""

from __future__ import annotations

import pytest

pytest_plugins = ("pytester",)

# The suite's wiring (conftest.py), in a plugin of the inner run.
PLUGIN = '''
import os
import pathlib
import tempfile
from contextlib import contextmanager

import pytest

import case_tables


@contextmanager
def private_folders(parent):
    saved = os.environ.get("TRANSLATOR_GUI_CONFIG_DIR")
    os.environ["TRANSLATOR_GUI_CONFIG_DIR"] = tempfile.mkdtemp(dir=parent)
    yield
    os.environ["TRANSLATOR_GUI_CONFIG_DIR"] = saved or ""


@contextmanager
def fresh_case(values, name):
    with private_folders(values["_private_folders"]):
        yield ({"tmp_path": pathlib.Path(tempfile.mkdtemp(dir=values["_private_folders"]))}
               if "tmp_path" in values else {})


@pytest.fixture(scope="session")
def _private_folders(tmp_path_factory):
    return tmp_path_factory.mktemp("private")


@pytest.fixture(autouse=True)
def _private_folders_in_english(_private_folders):
    with private_folders(_private_folders):
        yield


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    items[:] = case_tables.grouped(items, fresh_case)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a selection mark")
'''

TESTS = '''
import os

import pytest

FOLDERS = []


@pytest.fixture(scope="module")
def table():
    return {"a": "A", "b": "B", "c": "C", "d": "D"}


@pytest.mark.parametrize(("word", "expected"), [("a", "A"), ("b", "X"), ("c", "C"), ("d", "Y")],
                         ids=["alpha", "bravo", "charlie", "delta"])
def test_upper(table, word, expected):
    FOLDERS.append(os.environ["TRANSLATOR_GUI_CONFIG_DIR"])
    assert table[word] == expected


def test_each_case_had_its_own_folder():
    assert len(FOLDERS) == len(set(FOLDERS)) == 4


@pytest.mark.parametrize("name", ["one", "two"])
def test_with_a_fresh_folder(tmp_path, name):
    assert not list(tmp_path.iterdir())
    (tmp_path / name).touch()


@pytest.mark.parametrize("word", ["un", "deux"])
def test_reading_its_own_output(capsys, word):
    print(word)
    assert capsys.readouterr().out == word + "\\n"
    print("left unread")


@pytest.mark.parametrize("value", ["patched", "again"])
def test_patching(monkeypatch, value):
    assert os.sep == "/"
    monkeypatch.setattr(os, "sep", value)


@pytest.fixture
def folder_file(tmp_path):
    return tmp_path / "x"


@pytest.mark.parametrize("name", ["one", "two"])
def test_through_a_fixture_of_tmp_path(folder_file, name):
    assert not folder_file.exists()


@pytest.mark.parametrize("number", [1, 2, pytest.param(3, marks=pytest.mark.xfail(strict=True))])
def test_marked(number):
    assert number < 3


@pytest.fixture(params=[1, 2])
def indirect(request):
    return request.param


def test_through_a_fixture(indirect):
    assert indirect in (1, 2)


@pytest.mark.parametrize("size", [pytest.param(1, marks=pytest.mark.slow), 2,
                                  pytest.param(3, marks=pytest.mark.slow), 4])
def test_sized(size):
    assert size


def test_patching_was_undone():
    assert os.sep == "/"
'''

# One process, and none of the plugins the suite does not load (pyproject.toml's addopts)
OPTIONS = ("-p", "inner_plugin", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:benchmark",
           "-p", "no:anyio", "-p", "no:platformdirs")


@pytest.fixture
def inner(pytester: pytest.Pytester) -> pytest.Pytester:
    import case_tables

    pytester.syspathinsert(case_tables.__file__.rsplit("/", 1)[0])
    pytester.makepyfile(inner_plugin=PLUGIN, test_inner=TESTS)
    pytester.syspathinsert()
    return pytester


def test_a_table_fails_once_listing_every_failing_case_with_its_message(inner) -> None:
    result = inner.runpytest_inprocess(*OPTIONS)
    # one test for the four cases of test_upper; the tmp_path cases, the indirect parameter
    # and the marked case each stay a test of their own; the two unmarked ones are grouped
    # one test for the four cases of test_upper, and for each other table whose cases share
    # nothing or renew what they ask for (tmp_path, capsys, monkeypatch), the cases marked slow
    # apart from the others; the xfail case, the indirect parameter and a fixture of function
    # scope keep one test per case
    result.assert_outcomes(passed=12, failed=1, xfailed=1)
    names = [r.nodeid.split("::")[1] for r in result.reprec.getreports("pytest_runtest_logreport")
             if r.when == "call"]
    assert names == ["test_upper[4-cases]", "test_each_case_had_its_own_folder",
                     "test_with_a_fresh_folder[2-cases]", "test_reading_its_own_output[2-cases]",
                     "test_patching[2-cases]", "test_through_a_fixture_of_tmp_path[one]",
                     "test_through_a_fixture_of_tmp_path[two]", "test_marked[2-cases]",
                     "test_marked[3]", "test_through_a_fixture[1]", "test_through_a_fixture[2]",
                     "test_sized[2-cases]", "test_sized[2-cases]", "test_patching_was_undone"]
    output = result.stdout.str()
    assert "2 of 4 cases failed" in output
    assert "test_upper[bravo]: (line 17) AssertionError: assert 'B' == 'X'" in output
    assert "test_upper[delta]: (line 17) AssertionError: assert 'D' == 'Y'" in output
    assert "alpha" not in output and "charlie" not in output


def test_one_case_selected_runs_alone_with_pytest_s_own_report(inner) -> None:
    result = inner.runpytest_inprocess(*OPTIONS, "test_inner.py::test_upper[bravo]")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*test_upper?bravo?*", "E       AssertionError: assert 'B' == 'X'"])
    assert "cases failed" not in result.stdout.str()


def test_selection_by_keyword_is_made_case_by_case_before_grouping(inner) -> None:
    result = inner.runpytest_inprocess(*OPTIONS, "-k", "alpha or charlie")
    result.assert_outcomes(passed=1, deselected=21)
    result = inner.runpytest_inprocess(*OPTIONS, "-m", "slow", "-v")
    result.assert_outcomes(passed=1, deselected=21)
    result.stdout.fnmatch_lines(["*test_sized?2-cases?*"])
