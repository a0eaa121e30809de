"""Entry point: `translator-gui COMMAND ...` runs headless; no command opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from translator_gui import cli

    if args and (args[0] in cli.COMMANDS or args[0].startswith("-")):
        return cli.main(args)
    if len(args) > 2:
        print("translator-gui: give a source and a draft, or one project, or a command "
              "(see translator-gui --help)", file=sys.stderr)
        return cli.EXIT_ERROR
    # The window is imported only here, so headless commands never load Qt.
    from translator_gui.ui.app import run_window

    return run_window(args)


if __name__ == "__main__":
    raise SystemExit(main())
