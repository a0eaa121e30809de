"""Starting translator-gui: the window without a screen says so in one line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from translator_gui.__main__ import NO_DISPLAY, display_missing, unreachable_display

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


def _free_display_number() -> int:
    """A display number nothing listens on, locally or over TCP."""
    for number in range(613, 700):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            with socket.socket() as probe:
                if probe.connect_ex(("localhost", 6000 + number)) != 0:
                    return number
    raise AssertionError("no free display number")


def test_a_display_that_does_not_answer_is_named_in_one_line() -> None:
    """A stale DISPLAY (the X server stopped, an ssh session without forwarding) made Qt abort
    with exit 134 and a page of plugin messages."""
    number = _free_display_number()
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = f":{number}"
    result = subprocess.run([sys.executable, "-m", "translator_gui"], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"translator-gui: the display :{number} does not answer (is its X or Wayland server "
        "running?); the command line needs none: see translator-gui --help"]


def test_a_display_that_answers_is_used() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert port > 6000  # an ephemeral port: a valid display number over TCP
        assert unreachable_display({"DISPLAY": f"127.0.0.1:{port - 6000}"}, "linux") is None
    assert unreachable_display({"DISPLAY": f"127.0.0.1:{port - 6000}"}, "linux") == (
        f"127.0.0.1:{port - 6000}")
    # Qt decides where the form is not ours to read, or when a platform is chosen.
    assert unreachable_display({"DISPLAY": "/private/tmp/launchd/org.xquartz:0"}, "linux") is None
    assert unreachable_display({"DISPLAY": ":613", "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert unreachable_display({"DISPLAY": ":613"}, "darwin") is None
