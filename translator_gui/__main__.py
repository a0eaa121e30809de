"""Entry point: `translator-gui COMMAND ...` runs headless; no command opens the window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping, Sequence

NO_DISPLAY = ("translator-gui: no display available (set DISPLAY or WAYLAND_DISPLAY, or use the "
              "command line: translator-gui check SOURCE DRAFT; see translator-gui --help)")


def display_missing(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """No screen for the window: on Linux and the BSDs Qt needs an X11 or Wayland display
    unless a platform is chosen (QT_QPA_PLATFORM=offscreen...); without one QApplication
    aborts the process (exit 134) after a page of plugin messages."""
    if environ.get("QT_QPA_PLATFORM") or platform.startswith(("win", "cygwin", "darwin")):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def unreachable_display(environ: Mapping[str, str] = os.environ,
                        platform: str = sys.platform) -> str | None:
    """The display named by the environment when nothing answers there (an X server that was
    stopped, a stale DISPLAY in an ssh session): Qt would abort on it as on no display at all.
    None when a display answers, or when it cannot be told without Qt."""
    if environ.get("QT_QPA_PLATFORM") or platform.startswith(("win", "cygwin", "darwin")):
        return None
    import socket  # only the window's start asks (not every command)

    wayland, x11 = environ.get("WAYLAND_DISPLAY"), environ.get("DISPLAY")
    if wayland:
        folder = environ.get("XDG_RUNTIME_DIR", "")
        path = wayland if os.path.isabs(wayland) else os.path.join(folder, wayland)
        if _answers(socket.AF_UNIX, path):
            return None
    if x11:
        host, _, rest = x11.rpartition(":")
        number = rest.partition(".")[0]
        if not number.isdigit() or host.startswith("/"):
            return None  # a launchd socket or another form: Qt knows it, not we
        if host in ("", "unix"):
            # Linux also listens on the abstract socket of the same name.
            path = f"/tmp/.X11-unix/X{number}"
            if _answers(socket.AF_UNIX, path) or (
                    platform.startswith("linux") and _answers(socket.AF_UNIX, "\0" + path)):
                return None
        if host != "unix" and _answers(socket.AF_INET, (host or "localhost", 6000 + int(number))):
            return None
    return x11 or wayland or None


def _answers(family: int, address: str | tuple[str, int]) -> bool:
    import socket

    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(2.0)
            probe.connect(address)
        return True
    except (OSError, ValueError):
        return False


# Commands that only read their inputs and print (a --save is written and renamed before
# they return): their process may end without the interpreter's shutdown.
QUICK_EXIT = ("check", "align", "checks")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    paused = argv is None and args[:1] == ["check"]
    if paused:
        # The check command's start builds some hundreds of thousands of long-lived objects
        # (modules, tables, termbase): the cyclic collector would go over them again and
        # again as they grow, for nothing (a fifth of the start's CPU). The command resumes
        # it once they are loaded (cli.resume_collector).
        gc.disable()
        # The patterns the checks compile, compiled at install (a fifth of a short check's CPU)
        from translator_gui.core import heap, regex_codes

        regex_codes.install()
        heap.keep_freed_memory()
    from translator_gui import cli

    if paused:
        cli.pause_collector(cli.CHECK_COLLECTION_THRESHOLD)
    if args and (args[0] in cli.COMMANDS or args[0].startswith("-")):
        code = cli.main(args)
        if argv is None and args[0] in QUICK_EXIT:
            _leave(code)
        return code
    if len(args) > 2:
        print("translator-gui: give a source and a draft, or one project, or a command "
              "(see translator-gui --help)", file=sys.stderr)
        return cli.EXIT_ERROR
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return cli.EXIT_ERROR
    if (display := unreachable_display()) is not None:
        print(f"translator-gui: the display {display} does not answer (is its X or Wayland "
              "server running?); the command line needs none: see translator-gui --help",
              file=sys.stderr)
        return cli.EXIT_ERROR
    # The window is imported only here, so headless commands never load Qt.
    from translator_gui.ui.app import run_window

    return run_window(args)


def _leave(code: int) -> None:
    """End a headless command's process now that its output is written: the interpreter's own
    shutdown would free every table, dictionary and cache one object at a time (libhunspell's
    dictionaries alone take a tenth of a second), for nothing a process exit does not do."""
    import logging

    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        code = code or 1  # the reader went away: the output was not all written
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
