"""Test configuration: Qt runs offscreen, settings and recovery files go to a temporary folder.

The cases of a parametrized example table run as one test of the run (case_tables.py): write a
new example as a row of its table (a `pytest.mark.parametrize` list), not as a test function of
its own; a failure still names every failing case, and one case runs alone by its id."""

import os
import re
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# With PYTHONDONTWRITEBYTECODE set (many containers and CI images set it) every test process
# compiles the package and rewrites the test modules' asserts from source on every run: some
# 7 s of CPU per process, and the suite runs three (the controller and one worker per core).
# The same holds for each command-line run the tests start (python -m translator_gui ...).
# Compiled files then go to a cache folder outside the checkout instead, which leaves the tree
# as clean as the setting meant to keep it.
if sys.dont_write_bytecode and sys.pycache_prefix is None:
    import tempfile

    sys.pycache_prefix = os.path.join(tempfile.gettempdir(),
                                      f"translator-gui-pycache-{getattr(os, 'getuid', int)()}")
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

# The tests' temporary files (tmp_path, mkdtemp, the window's settings and translation memory,
# projects, recovery files, LibreOffice's profile) go to memory where the machine has a tmpfs
# and TMPDIR does not say otherwise. The program flushes every save to disk (fsync: the
# settings file, SQLite's synchronous=FULL memory, each atomic write and its folder): on a disk
# each flush is a wait of milliseconds, more when other programs write too, on a tmpfs none,
# and the suite makes some thousands. Flushing itself is still called; kill -9 trials do not
# depend on it (test_kill_during_save slows it down on purpose). Set after the bytecode cache
# above, which stays on disk across runs.
_MEMORY = "/dev/shm"
# Only a tmpfs with room for the largest inputs the tests write (a 50 MB file, LibreOffice's
# profile and conversions): a container's default /dev/shm is 64 MB.
_ROOM = 1 << 30


def _memory_has_room() -> bool:
    try:
        stats = os.statvfs(_MEMORY)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize >= _ROOM


if ("TMPDIR" not in os.environ and sys.platform.startswith("linux") and os.path.isdir(_MEMORY)
        and os.access(_MEMORY, os.W_OK | os.X_OK) and _memory_has_room()):
    os.environ["TMPDIR"] = _MEMORY  # the command lines, LibreOffice and fork servers started
    tempfile.tempdir = None  # recomputed from TMPDIR on next use

import case_tables  # noqa: E402
import pytest  # noqa: E402

# The environment variables naming the window's folders, and the prefix of each test's own.
_PRIVATE = {"TRANSLATOR_GUI_CONFIG_DIR": "config", "TRANSLATOR_GUI_DATA_DIR": "data"}


@pytest.fixture(scope="session")
def _private_folders(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("private")


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, _private_folders: Path) -> Path:
    """pytest's tmp_path, a fresh folder named after the test, made by mkdtemp in the session
    folder: pytest numbers each one after listing every folder it made before in this process,
    a cost that grew with every test of the run (quadratic over the suite: 2 ms a test halfway
    through a worker's 2,000)."""
    return _new_tmp_path(request.node.name, _private_folders)


def _new_tmp_path(name: str, parent: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=re.sub(r"\W", "_", name)[:30] + "-", dir=parent))


@pytest.fixture(autouse=True)
def _private_folders_in_english(request: pytest.FixtureRequest,
                                _private_folders: Path) -> Iterator[None]:
    # One fixture for every test (each fixture a test uses costs it some setup and teardown).
    # The window as it starts on an English system: its English catalogue (the plural forms,
    # "1 issue" / "2 issues") installed, whatever the machine running the tests speaks.
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from translator_gui.ui import i18n

        i18n.install_translators("en")
    with private_folders(_private_folders):
        yield


@contextmanager
def private_folders(parent: Path) -> Iterator[None]:
    """Fresh folders for the window's settings and data, for every test (and every case of a
    grouped table: tests/case_tables.py), made with mkdtemp inside one session folder:
    tmp_path_factory.mktemp lists every folder it made before to number the next one, which
    cost more per test as the suite went on (6 ms at the start, 24 ms at the end).
    The window's settings, log and recovery file must never touch the real user folder,
    nor the real translation memory (memory.sqlite in the user's data folder)."""
    saved = {name: os.environ.get(name) for name in _PRIVATE}
    for name, prefix in _PRIVATE.items():
        os.environ[name] = tempfile.mkdtemp(prefix=prefix, dir=parent)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture(scope="session")
def libreoffice_profile(tmp_path_factory) -> Path:
    """One LibreOffice user profile for every conversion of the session: the first run
    creates it (seconds), later runs reuse it."""
    return tmp_path_factory.mktemp("libreoffice") / "profile"


# Modules holding the longest tests (seconds of CPU each: kill -9 trials, LibreOffice, wheel
# builds, scaling measurements) run first: with parallel workers (pytest-xdist) a long test
# started last keeps one core busy while the other has finished. Order within a module is kept.
# The one-long-line command-line test (two cold runs of the program), numba's first compile of
# the aligner's loops on a fresh checkout (seconds), the LibreOffice conversions and the
# recording of the regular expressions in a fresh interpreter (~10 s, the longest test) are
# among them.
LONGEST_FIRST = ("test_kill_during_save.py", "test_regex_codes.py", "test_long_sentences.py",
                 "test_align_dp.py", "test_export_docx.py", "test_docx_corpus.py",
                 "test_packaging.py", "test_termbase.py", "test_metrics.py", "test_align.py",
                 "test_align_tokens.py", "test_export_bilingual.py")


def _runs_tests(config: pytest.Config) -> bool:
    """True in a process that runs tests: a pytest-xdist worker, or pytest run with -n 0 (the
    controller of a parallel run only hands tests out)."""
    return hasattr(config, "workerinput") or getattr(config.option, "dist", "no") == "no"


# The cyclic garbage collector in the test processes. By default every 700 new objects start a
# young collection, and every hundredth or so a full one over everything alive: spaCy's model,
# the checks' tables, Qt's wrappers, the windows the tests froze (MainWindow.set_document
# freezes what is alive). Measured over a whole run: some 3,300 young and 15 full collections
# per worker, 6-8 s of its CPU, the full ones ~0.3 s each. Here young collections come every
# YOUNG new objects, full collections never on their own: at the end of a test, once the
# middle generation has been collected FULL_AFTER times, one full collection runs and what
# survives it (what is alive then: modules, tables, module fixtures) is frozen, so the next
# one walks only what was made since. Cyclic garbage of any age is still collected, at the
# next test boundary at the latest.
YOUNG = 10_000
FULL_AFTER = 10


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    # Property tests draw a share of their written example counts by default and all of them
    # under `--hypothesis-profile=thorough` (tests/property_budget.py says how; the README
    # documents it). Registered before hypothesis's plugin loads the profile the command line
    # names (tryfirst), in the processes that run tests and wherever that profile is loaded:
    # the controller of a parallel run imports no hypothesis otherwise (~0.4 s of CPU and of
    # the run's wall clock, before it starts the workers).
    if _runs_tests(config) or config.getoption("--hypothesis-profile", None):
        from hypothesis import settings
        from property_budget import DEFAULT, THOROUGH

        settings.register_profile("default", max_examples=DEFAULT)
        settings.register_profile("thorough", max_examples=THOROUGH)
    if not _runs_tests(config):
        return
    import gc

    gc.set_threshold(YOUNG, 10, 1 << 30)
    # The regular expressions' recorded codes (core/regex_codes.py), as the check command
    # takes them: each test process compiled some 5,000 patterns of the checks' tables on its
    # own (~2 s of CPU). A pattern the table lacks compiles as always; the codes are re's own
    # (the same Pattern objects: see test_regex_codes.py, which uninstalls them).
    from translator_gui.core import regex_codes

    regex_codes.install()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    yield
    import gc

    if gc.isenabled() and gc.get_count()[2] >= FULL_AFTER:
        gc.collect()
        gc.freeze()


# The window's pause before its document-scope checks run after an edit (1.5 s, so that typing
# is not interrupted by them), shortened in the tests: the tests waiting for that pass after an
# edit slept through it, some 10 s of the suite's wall clock. What they prove is that the pass
# comes after the edit, on a worker, with the right issues; none measures the pause.
DOCUMENT_CHECK_DELAY_MS = 100


def pytest_runtest_setup(item: pytest.Item) -> None:
    # Once the window's checking module is loaded (by a test module or a test), before each
    # test: a dictionary lookup and an assignment.
    checking = sys.modules.get("translator_gui.ui.controllers.checking")
    if checking is not None:
        checking.DOCUMENT_CHECK_DELAY_MS = DOCUMENT_CHECK_DELAY_MS


@contextmanager
def _fresh_case(values: dict[str, object], name: str) -> Iterator[dict[str, object]]:
    """What each case of a grouped table gets fresh, as each test does (case_tables.py): its
    private folders, and its own tmp_path when it asks for one."""
    parent = values["_private_folders"]
    assert isinstance(parent, Path)
    with private_folders(parent):
        yield {"tmp_path": _new_tmp_path(name, parent)} if "tmp_path" in values else {}


# After pytest's own selection (-k, -m, node ids), which reads each case on its own.
@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    # A parametrized test's cases that share nothing but their parameters run as one test
    # (case_tables.py: pytest's cost per test, ~3.5 ms of CPU under xdist, was more than most
    # example cases' own work); a failure still lists every failing case by its id.
    items[:] = case_tables.grouped(items, _fresh_case)
    items.sort(key=rank)


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    # The controller of a parallel run: hypothesis's plugin imports hypothesis for its summary
    # at the end of the run (~0.4 s of CPU, the run waiting for it). Imported here on a thread
    # instead, once the workers are started, while the controller only waits for their reports.
    if not _runs_tests(session.config):
        import importlib
        import threading

        threading.Thread(target=importlib.import_module,
                         args=("hypothesis.internal.observability",), daemon=True).start()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # The cases run, beside pytest's count of tests (a grouped table is one test): the figure
    # to compare with runs before the grouping.
    passed = case_tables.cases_run(terminalreporter.stats.get("passed", []))
    failed = case_tables.cases_run(terminalreporter.stats.get("failed", []))
    if passed or failed:
        terminalreporter.write_line(f"cases run: {passed + failed:,} ({failed:,} in failed tests)"
                                    if failed else f"cases run: {passed:,}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    # At exit pytest collects garbage five times over to report the exceptions of finalizers;
    # each pass walks every object left, spaCy's model and Qt's wrappers included (~1.2 s of
    # CPU per worker). One collection here runs those finalizers, and freezing what survives
    # leaves pytest's passes only the objects made after it.
    import gc

    gc.collect()
    gc.freeze()
