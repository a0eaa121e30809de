"""What the window's process pays at start: PySide's import hook without linecache, the
heavy modules imported on first use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# One fresh process for both tests below (each start imports Qt and the window, ~0.9 s of CPU):
# it imports what the window's start imports, then a module of the standard library, and says
# what each test asks of it.
_PROBE = """
import json, sys, linecache
import translator_gui.ui.window, translator_gui.ui.app, translator_gui.core.pipeline
import translator_gui.core.segment
loaded = [m for m in sys.modules if m.split('.')[0] in ('sacrebleu', 'portalocker')
          or m.startswith('xmlschema.')]
import wave
feature = sys.modules['shibokensupport.feature']
print(json.dumps({
    "wave": feature.pyside_feature_dict['wave'],
    "grid": feature.pyside_feature_dict['translator_gui.ui.grid'],
    "kept": [f for f in linecache.cache if f.endswith(('wave.py', 'grid.py'))],
    "loaded": loaded}))
"""


@pytest.fixture(scope="module")
def started() -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", _PROBE], check=True, cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)  # (its errors: to pytest's)
    return json.loads(result.stdout.splitlines()[-1])


def test_modules_imported_after_qt_are_not_kept_in_linecache(started) -> None:
    assert started["wave"] == -1
    assert started["grid"] == 0
    assert not started["kept"], started["kept"]


def test_the_window_starts_without_sacrebleu_nor_the_schema_validator(started) -> None:
    assert not started["loaded"], started["loaded"]
