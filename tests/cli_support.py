"""Run the command line in this process: the same `main` the entry point calls, its exit code
and what it printed, without starting a Python that imports spaCy again (seconds per run).

Tests about the process itself (the entry point, no display, kill -9) still start one.
"""

from __future__ import annotations

import contextlib
import io
import tempfile

import pytest

from translator_gui import cli


def run_cli(*args: object) -> tuple[int, str, str]:
    """`translator-gui ARGS` in this process: (exit code, stdout, stderr).

    Usable from module-scoped fixtures (no capsys): the settings and the translation memory go
    to a private temporary folder, as in every test (conftest.py).
    """
    out, err = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory() as private, pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRANSLATOR_GUI_CONFIG_DIR", f"{private}/config")
        patch.setenv("TRANSLATOR_GUI_DATA_DIR", f"{private}/data")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()
