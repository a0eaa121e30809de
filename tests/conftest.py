"""Test configuration: Qt runs offscreen, settings and recovery files go to a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
