"""Start the review window: the application object, crash safety, the files to open."""

from __future__ import annotations

import gc
import importlib.util
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from translator_gui.core.checks.base import PARSE_CHUNK

from . import errors, i18n
from .window import MainWindow
from .workers import running_tasks

log = logging.getLogger(__name__)

SAMPLE_SOURCE = "samples/seed-fr.txt"
SAMPLE_DRAFT = "samples/seed-en-draft.txt"


def bundled_sample() -> list[str]:
    """The sample pair of a checkout, when there is one."""
    root = Path(__file__).resolve().parents[2]
    source, draft = root / SAMPLE_SOURCE, root / SAMPLE_DRAFT
    if source.is_file() and draft.is_file():
        return [str(source), str(draft)]
    return []


# Parses the French model keeps for re-use. The whole-document check parses the French texts
# its checks want PARSE_CHUNK (256) segments at a time, then checks them: one chunk must fit.
# A live re-check parses the edited segment once, then reuses it while the translator types.
# A parse costs some 35 KB: the core's default (morphology._CACHE_SIZE, 5,000 parses, some
# 175 MB) is sized for batch runs, and even 1,000 held 35 MB of a 10,000-pair window.
WINDOW_PARSE_CACHE = PARSE_CHUNK + 64


def limit_core_caches() -> None:
    if importlib.util.find_spec("translator_gui.core.morphology") is None:
        return
    from translator_gui.core import morphology

    analyser = morphology.french()
    analyser.cache_size = min(analyser.cache_size, WINDOW_PARSE_CACHE)


# The window's process keeps a million long-lived objects (the document, the checks' caches,
# the snapshots workers read). A full collection scans them all with the interpreter lock
# held — 0.5 to 3 s measured, from whichever thread triggered it — and the window cannot
# repaint meanwhile. The young generations are still collected as usual; full collections
# are left out (long-lived cyclic garbage is rare here: texts, issues and caches are freed
# by their reference counts).
FULL_COLLECTION_THRESHOLD = 1_000_000


def spare_the_full_collections() -> None:
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_THRESHOLD)


# How long a thread may keep the interpreter lock while another waits for it (Python's default
# is 5 ms). The GUI thread takes the lock for every call from Qt into Python (a paint, a
# timer) and, while a worker re-checks or measures on, waited a switch interval for each of
# them: a frame of a few hundred such calls froze for a second. A shorter interval costs the
# workers a little throughput and keeps the window answering.
GUI_SWITCH_INTERVAL = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    # The application's name only: settings live in one folder (settings.config_dir), and an
    # organisation name would nest Qt's own per-application folders one level deeper.
    app.setApplicationName("translator-gui")
    app.setApplicationDisplayName("translator-gui")
    # Fusion draws from the palette, so light and dark follow the system's colour scheme.
    app.setStyle("Fusion")
    limit_core_caches()
    spare_the_full_collections()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    return app


def run_window(files: list[str]) -> int:
    """Open the window on `files` (SOURCE DRAFT, a project, or nothing: the sample)."""
    app = create_application()
    i18n.install_translators()  # before any widget: strings are translated as they are made
    errors.install_excepthook()
    window = MainWindow()
    window.show()
    # A name on the work: asked once, on the first start (Settings changes it later).
    from .reviewer import ask_once
    QTimer.singleShot(0, lambda: ask_once(window))
    restored = window.recovery_control.offer_recovery()
    if not restored:
        chosen = list(files) if files else bundled_sample()
        if chosen:
            QTimer.singleShot(0, lambda: window.files.open_files(chosen))
    # The French model loads only when a text needs a parse: on the document check's worker,
    # or on a worker before a live re-check that needs one (CheckingController).
    code = app.exec()
    # Worker threads may still be inside spaCy; let them end before the interpreter does.
    for task in running_tasks():
        task.cancel()
    QThreadPool.globalInstance().waitForDone(15000)
    return code
