"""Find the data files under resources/, from a checkout or from an installed wheel."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """Return a data file shipped in resources/ (e.g. resource("termbase", "un-fr-en.csv")).

    The wheel maps the top-level resources/ folder onto the package
    translator_gui.resources, and so does an editable install, so one lookup
    through importlib.resources serves both.
    """
    node: Traversable = resources.files("translator_gui.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
