"""Test configuration: Qt runs offscreen, settings and recovery files go to a temporary folder."""

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

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Property tests draw a share of their written example counts by default and all of them under
# `--hypothesis-profile=thorough` (tests/property_budget.py says how; the README documents it).
# Registered here, before hypothesis's plugin loads the profile the command line names.
from property_budget import DEFAULT, THOROUGH  # noqa: E402

settings.register_profile("default", max_examples=DEFAULT)
settings.register_profile("thorough", max_examples=THOROUGH)


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
    name = re.sub(r"\W", "_", request.node.name)[:30]
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=_private_folders))


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
    # Fresh folders for every test, made with mkdtemp inside one session folder:
    # tmp_path_factory.mktemp lists every folder it made before to number the next one, which
    # cost more per test as the suite went on (6 ms at the start, 24 ms at the end).
    # The window's settings, log and recovery file must never touch the real user folder,
    # nor the real translation memory (memory.sqlite in the user's data folder).
    saved = {name: os.environ.get(name) for name in _PRIVATE}
    for name, prefix in _PRIVATE.items():
        os.environ[name] = tempfile.mkdtemp(prefix=prefix, dir=_private_folders)
    yield
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
# the aligner's loops on a fresh checkout (seconds) and the LibreOffice conversions are among
# them.
LONGEST_FIRST = ("test_kill_during_save.py", "test_long_sentences.py", "test_align_dp.py",
                 "test_export_docx.py", "test_docx_corpus.py", "test_packaging.py",
                 "test_termbase.py", "test_metrics.py", "test_align.py", "test_align_tokens.py",
                 "test_export_bilingual.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)


def pytest_sessionfinish(session: pytest.Session) -> None:
    # At exit pytest collects garbage five times over to report the exceptions of finalizers;
    # each pass walks every object left, spaCy's model and Qt's wrappers included (~1.2 s of
    # CPU per worker). One collection here runs those finalizers, and freezing what survives
    # leaves pytest's passes only the objects made after it.
    import gc

    gc.collect()
    gc.freeze()
