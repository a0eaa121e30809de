"""The translator's preferences: one module over QSettings, every key with a typed default.

Everything the translator configures lives in one folder, ~/.config/translator-gui on Linux
(core.spelling.user_config_dir: the personal dictionary and checklist are there too). Tests
(and anyone who wants a portable setup) point it at a folder with the environment variable
TRANSLATOR_GUI_CONFIG_DIR; settings and recovery files then live there.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from translator_gui.core.spelling import user_config_dir

log = logging.getLogger(__name__)

CONFIG_DIR_VARIABLE = "TRANSLATOR_GUI_CONFIG_DIR"
# Where versions up to 0.x kept the window's settings: Qt's per-application folder
# (organisation/application) with the application's name added once more.
_NESTED = ("translator-gui", "translator-gui")
MAX_RECENT = 10


@dataclass(frozen=True)
class Option:
    key: str
    default: Any


# Every setting the window reads, with its default; the type of the default is the type.
SOURCE_LANGUAGE = Option("languages/source", "fr")
TARGET_LANGUAGE = Option("languages/target", "en")
FONT_FAMILY = Option("view/font_family", "")  # empty: the system's default font
FONT_SIZE = Option("view/font_size", 0)  # 0: the system's default size
# The window's language: "auto" (the system's), or one of i18n.LANGUAGES; read at start.
INTERFACE_LANGUAGE = Option("view/interface_language", "auto")
DISABLED_CHECKS = Option("checks/disabled", [])
SEVERITY_OVERRIDES = Option("checks/severity", {})
GLOSSARIES = Option("checks/glossaries", [])
AUTOSAVE_SECONDS = Option("files/autosave_seconds", 30)
RECENT_FILES = Option("files/recent", [])
LAST_FOLDER = Option("files/last_folder", "")
# project path -> id of the segment the translator was on, to reopen a project there
LAST_SEGMENTS = Option("files/last_segments", {})
MAX_LAST_SEGMENTS = 50
WINDOW_GEOMETRY = Option("window/geometry", b"")
WINDOW_STATE = Option("window/state", b"")
RECHECK_DELAY_MS = Option("checks/recheck_delay_ms", 300)
# Who reviews: the author of tracked changes and comments written from the window.
REVIEWER_NAME = Option("reviewer/name", "")
REVIEWER_INITIALS = Option("reviewer/initials", "")
REVIEWER_ASKED = Option("reviewer/asked", False)  # the first-start question was put once
# Confirming a segment with open major/critical issues: "ask", "block" or "silent".
QA_GATE = Option("checks/qa_gate", "ask")
QA_GATE_CHOICES = ("ask", "block", "silent")
DEFAULT_AUTHOR = "translator_gui"


def reviewer_name() -> str:
    """The author written into exported tracked changes and comments."""
    return str(get(REVIEWER_NAME)).strip() or DEFAULT_AUTHOR


def config_dir() -> Path:
    """Where settings, the log and the recovery file live: the one configuration folder."""
    path = user_config_dir()
    path.mkdir(parents=True, exist_ok=True)
    if not os.environ.get(CONFIG_DIR_VARIABLE) and path not in _LOOKED_FOR_NESTED:
        _LOOKED_FOR_NESTED.add(path)
        _bring_up_nested_settings(path)
    return path


_LOOKED_FOR_NESTED: set[Path] = set()


def _bring_up_nested_settings(path: Path) -> None:
    """Move what an earlier version wrote to path/translator-gui/translator-gui up into path
    (once; anything already at the new place wins), then drop the emptied folders."""
    nested = path.joinpath(*_NESTED)
    if not nested.is_dir():
        return
    for item in nested.iterdir():
        destination = path / item.name
        if destination.exists():
            continue
        try:
            shutil.move(str(item), str(destination))
        except OSError as error:
            log.warning("could not move %s to %s: %s", item, destination, error)
    for folder in (nested, nested.parent):
        try:
            folder.rmdir()
        except OSError:
            break  # not empty: something stayed behind (kept, never deleted)


def _store() -> QSettings:
    # An ini file in config_dir() on every platform, so tests and users find it in one place.
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def get(option: Option) -> Any:
    raw = _store().value(option.key)
    if raw is None:
        return _copy(option.default)
    return _convert(raw, option.default)


def set(option: Option, value: Any) -> None:  # noqa: A001 - settings.set reads naturally
    store = _store()
    if isinstance(option.default, (list, dict)):
        store.setValue(option.key, json.dumps(value))
    elif isinstance(option.default, bytes):
        store.setValue(option.key, bytes(value).hex())
    else:
        store.setValue(option.key, value)
    store.sync()


def reset(option: Option) -> None:
    store = _store()
    store.remove(option.key)
    store.sync()


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value)) if isinstance(value, (list, dict)) else value


def _convert(raw: Any, default: Any) -> Any:
    """QSettings' ini backend returns strings; bring them back to the default's type."""
    try:
        if isinstance(default, bool):
            return raw in (True, "true", "1", 1)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, (list, dict)):
            value = json.loads(raw) if isinstance(raw, str) else raw
            return value if isinstance(value, type(default)) else _copy(default)
        if isinstance(default, bytes):
            return bytes.fromhex(raw) if isinstance(raw, str) else bytes(raw)
        return str(raw)
    except (TypeError, ValueError):
        return _copy(default)


def add_recent_file(path: str) -> list[str]:
    """Put `path` (a project, or "source|draft" for a pair) at the top of the recent files."""
    recent = [p for p in get(RECENT_FILES) if p != path]
    recent.insert(0, path)
    del recent[MAX_RECENT:]
    set(RECENT_FILES, recent)
    return recent


def remember_segment(project_path: str, segment_id: int) -> None:
    places = {p: i for p, i in get(LAST_SEGMENTS).items() if p != project_path}
    places[project_path] = segment_id  # newest last; the oldest go first
    set(LAST_SEGMENTS, dict(list(places.items())[-MAX_LAST_SEGMENTS:]))


def remembered_segment(project_path: str) -> int | None:
    value = get(LAST_SEGMENTS).get(project_path)
    return value if isinstance(value, int) else None
