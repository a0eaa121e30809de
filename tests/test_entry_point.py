"""Starting translator-gui: the window without a screen says so in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from translator_gui.__main__ import NO_DISPLAY, display_missing

ROOT = Path(__file__).resolve().parents[1]


def test_without_a_display_the_window_says_so_in_one_line_and_exits_2() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "translator_gui"], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=120)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", NO_DISPLAY + "\n")


def test_what_counts_as_a_display() -> None:
    assert display_missing({}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "win32")
    assert not display_missing({}, "darwin")
