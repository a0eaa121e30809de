"""The Qt-free heart of translator_gui: model, readers, segmentation, alignment, checks, export."""
