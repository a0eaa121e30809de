"""Only the aligner's optional C extension; everything else is in pyproject.toml.

translator_gui/core/_align_kernels.c holds the aligner's table loops, reached through ctypes
(core/align_native.py). It is built when a C compiler is there and skipped without one
(`optional`): the aligner then uses numba, or numpy, for the same table.
"""

import sys

from setuptools import Extension, setup

# keep every multiply and add rounded apart (no fused multiply-add), as numpy does, so the
# C table holds the same numbers as the reference
FLAGS = [] if sys.platform == "win32" else ["-O2", "-ffp-contract=off"]

setup(ext_modules=[Extension("translator_gui.core._align_kernels",
                             sources=["translator_gui/core/_align_kernels.c"],
                             extra_compile_args=FLAGS, optional=True)])
