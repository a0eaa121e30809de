"""The Qt window: a thin view over translator_gui.core."""
