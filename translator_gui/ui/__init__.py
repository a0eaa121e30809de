"""The Qt window: a thin view over translator_gui.core."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - loads shiboken's support modules, patched below


def _uses_pyside(module: ModuleType) -> bool:
    """Whether a module's source file mentions PySide6 (shiboken's own test), read directly.

    PySide6 asks this of every module imported after it (to apply `from __feature__` to the
    modules that use Qt) through inspect.getsource, which keeps every such file in
    linecache: some 600 files and 23 MB for the window once spaCy is in, besides the time.
    A module without a .py file answers False, as shiboken's own test does."""
    path = module.__dict__.get("__file__")
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _lighter_import_hook() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_lighter_import_hook()
