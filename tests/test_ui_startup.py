"""What the window's process pays at start: PySide's import hook without linecache, the
heavy modules imported on first use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(probe: str) -> None:
    subprocess.run([sys.executable, "-c", probe], check=True, cwd=ROOT)


def test_modules_imported_after_qt_are_not_kept_in_linecache() -> None:
    _run("import sys, linecache, translator_gui.ui.window;"
         "import wave;"
         "feature = sys.modules['shibokensupport.feature'];"
         "assert feature.pyside_feature_dict['wave'] == -1;"
         "assert feature.pyside_feature_dict['translator_gui.ui.grid'] == 0;"
         "kept = [f for f in linecache.cache if f.endswith(('wave.py', 'grid.py'))];"
         "assert not kept, kept")


def test_the_window_starts_without_sacrebleu_nor_the_schema_validator() -> None:
    _run("import sys, translator_gui.ui.app, translator_gui.core.pipeline,"
         " translator_gui.core.segment;"
         "loaded = [m for m in sys.modules if m.split('.')[0] in ('sacrebleu', 'portalocker')"
         " or m.startswith('xmlschema.')];"
         "assert not loaded, loaded")
