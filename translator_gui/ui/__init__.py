"""The Qt window: a thin view over translator_gui.core."""

import sys


def _pin_singletons() -> None:
    """Work around PySide6 6.12 on Python 3.11: its void methods return None without a reference.

    Every call such as QObject.setObjectName() drops one reference to None (and some bool
    returning overrides one to True/False). On Python >= 3.12 these objects are immortal and
    nothing happens; on 3.11 the count reaches zero after a few thousand calls and the
    interpreter aborts with "none_dealloc". Giving them a practically infinite count makes
    them immortal here too, which is exactly what Python 3.12 does.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False, Ellipsis, NotImplemented):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += 1 << 40


_pin_singletons()
