"""Where the window keeps the translator's settings: one folder, found by people."""

from __future__ import annotations

import gc

from translator_gui.core import spelling
from translator_gui.ui import settings
from translator_gui.ui.app import create_application


def test_settings_live_in_one_folder_beside_the_dictionary(qapp, tmp_path, monkeypatch):
    thresholds = gc.get_threshold()
    create_application()  # names the application as the window does
    gc.set_threshold(*thresholds)
    monkeypatch.delenv(settings.CONFIG_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    settings.set(settings.FONT_SIZE, 13)
    assert (tmp_path / "translator-gui" / "settings.ini").is_file()
    assert settings.config_dir() == tmp_path / "translator-gui" == spelling.user_config_dir()
    assert not (tmp_path / "translator-gui" / "translator-gui").exists()


def test_settings_of_the_nested_folder_move_up_once(tmp_path, monkeypatch):
    monkeypatch.delenv(settings.CONFIG_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    old = tmp_path / "translator-gui" / "translator-gui" / "translator-gui"
    (old / "recovery").mkdir(parents=True)
    (old / "settings.ini").write_text("[view]\nfont_size=15\n", encoding="utf-8")
    (old / "recovery" / "recovery-1.json").write_text("{}", encoding="utf-8")
    # a file already at the new place wins over the old copy
    (tmp_path / "translator-gui" / "dictionary.txt").write_text("new\n", encoding="utf-8")
    (old / "dictionary.txt").write_text("old\n", encoding="utf-8")
    assert settings.get(settings.FONT_SIZE) == 15
    folder = tmp_path / "translator-gui"
    assert (folder / "recovery" / "recovery-1.json").is_file()
    assert (folder / "dictionary.txt").read_text(encoding="utf-8") == "new\n"
    assert (old / "dictionary.txt").read_text(encoding="utf-8") == "old\n"  # kept, not lost
    assert not (old / "settings.ini").exists()
