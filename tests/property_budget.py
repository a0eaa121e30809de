"""How many examples a property test draws: the count written in the test under
`--hypothesis-profile=thorough`, a share of it in the default profile (tests/conftest.py
registers both).

The written counts were chosen for thoroughness; every run of the suite drawing them all cost
some 20 s of CPU. Hypothesis draws new random examples on every run and replays the failures
it saved, so the default share keeps finding the bugs each test targets (planted bugs were
found at the share as at the full count; see the commit that introduced this module) while
a thorough run draws them all.
"""

from __future__ import annotations

import math

from hypothesis import settings

# The thorough profile's count: hypothesis's own default, under which the written counts hold.
THOROUGH = 100
# The default profile's: the share of each written count drawn on an ordinary run.
DEFAULT = 35
# Counts this small are kept whole: a share of them would say little.
SMALL = 10


def examples(written: int) -> int:
    """The number of examples to draw for a test written with `written`: all of them under
    the thorough profile, the default share (at least SMALL, at most `written`) otherwise."""
    share = settings.default.max_examples / THOROUGH
    return min(written, max(SMALL, math.ceil(written * share)))
