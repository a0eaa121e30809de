"""Imports every check family so that each registers itself once, in a stable order."""

# Each family module registers its checks on import; add new families here.
from translator_gui.core.checks import pair  # noqa: F401,E402
from translator_gui.core.checks import terms  # noqa: F401,E402
from translator_gui.core.checks import french  # noqa: F401,E402
from translator_gui.core.checks import english  # noqa: F401,E402
