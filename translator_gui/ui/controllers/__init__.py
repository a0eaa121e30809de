"""The window's behaviour in small parts, each a thin adapter between widgets and the
ReviewSession: files, recovery, checking, navigation, repair, export."""

from collections.abc import Callable
from typing import Any


def bound(function: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """`function(*args)` as a slot taking nothing (Qt may pass `checked` to a partial)."""
    return lambda: function(*args)
