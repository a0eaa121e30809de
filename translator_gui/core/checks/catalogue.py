"""Imports every check family so that each registers itself once, in a stable order."""

# Each family module registers its checks on import; add new families here.
from translator_gui.core.checks import (  # noqa: F401
    english,
    french,
    pair,
    spelling,
    terms,
)
