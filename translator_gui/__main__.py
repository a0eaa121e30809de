"""Entry point: `translator-gui COMMAND ...` runs headless; no command opens the window."""

from __future__ import annotations

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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from translator_gui import cli

    if args and (args[0] in cli.COMMANDS or args[0].startswith("-")):
        return cli.main(args)
    if len(args) > 2:
        print("translator-gui: give a source and a draft, or one project, or a command "
              "(see translator-gui --help)", file=sys.stderr)
        return cli.EXIT_ERROR
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return cli.EXIT_ERROR
    # The window is imported only here, so headless commands never load Qt.
    from translator_gui.ui.app import run_window

    return run_window(args)


if __name__ == "__main__":
    raise SystemExit(main())
