"""The check catalogue: machine-translation errors flagged where they are, with a fix."""

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    Issue,
    SegmentContext,
    Severity,
    all_checks,
    check_document,
    check_segment,
    get_check,
    register,
)

__all__ = ["Check", "Example", "Finding", "Issue", "SegmentContext", "Severity", "all_checks",
           "check_document", "check_segment", "get_check", "register"]
