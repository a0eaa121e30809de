"""The one cancellation convention of the core.

Long work (opening and aligning, checking a document, re-checking segments, exporting) takes
`cancelled`, a callable answering "should I stop?" (for instance `threading.Event().is_set`),
and when it answers yes the work raises `Cancelled` — never an empty or partial result, which
a caller could take for the real answer. Nothing the work was building is kept.
"""

from __future__ import annotations

from collections.abc import Callable

CancelCheck = Callable[[], bool]
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The caller asked the work to stop; nothing was changed."""


def stop_if(cancelled: CancelCheck | None) -> None:
    """Raise Cancelled when `cancelled()` says so (None never cancels)."""
    if cancelled is not None and cancelled():
        raise Cancelled


def cancelling_progress(progress: Progress | None,
                        cancelled: CancelCheck | None) -> Progress | None:
    """A progress callback that also stops the work: writers report progress as they go, so
    that is where they learn the translator pressed Cancel."""
    if cancelled is None:
        return progress

    def report(done: int, total: int) -> None:
        stop_if(cancelled)
        if progress is not None:
            progress(done, total)

    return report
