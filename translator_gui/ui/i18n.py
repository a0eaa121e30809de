"""The interface's language: Qt translators for the window's strings and Qt's standard ones.

The window's strings are written in English inside `translate("Context", "text")` calls
(QCoreApplication.translate: an explicit context that pyside6-lupdate reads, unlike
`self.tr`, whose context is the runtime class). resources/i18n/translator_gui_<lang>.ts
holds the translations and the compiled .qm next to it is what loads; tools/i18n_update.py
refreshes both after strings change. Findings and other core (Qt-free) messages stay English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from translator_gui.core.resources import resource

from . import settings

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Put `text` in the catalogue without translating it here (a module-level label, shown
    later with translate(context, text)); PySide6's own returns an untyped object."""
    return text

SOURCE_LANGUAGE = "en"  # the language the strings are written in
CATALOGUE = "translator_gui"
# Interface languages offered in Settings, besides "auto" (the system's).
LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each in its own language

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resource("i18n")))


def interface_language(choice: str | None = None,
                       preferred: list[str] | None = None) -> str:
    """The language the window speaks: the setting's, or the first of the system's preferred
    languages that the window has (English being its own)."""
    choice = settings.get(settings.INTERFACE_LANGUAGE) if choice is None else choice
    if choice in LANGUAGES:
        return choice
    for name in preferred if preferred is not None else QLocale.system().uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def install_translators(language: str | None = None) -> list[QTranslator]:
    """Load the window's catalogue and Qt's own (standard buttons and dialogs) for `language`
    (default: interface_language()), replacing those installed before. Call it before the
    window is built: strings are translated as widgets are made."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs the application object first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or interface_language()
    # Dates and numbers Qt formats follow the interface when it overrides the system.
    same = QLocale.system().language() == QLocale(language).language()
    QLocale.setDefault(QLocale.system() if same else QLocale(language))
    # English has a catalogue too: the plural forms ("1 issue", "2 issues"); Qt has no
    # qtbase_en, its strings being English already.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOGUE, str(translations_dir())), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


# Labels of core values the window shows (the core keeps English ids).
_SEVERITIES = {
    "critical": QT_TRANSLATE_NOOP("Labels", "critical"),
    "major": QT_TRANSLATE_NOOP("Labels", "major"),
    "minor": QT_TRANSLATE_NOOP("Labels", "minor"),
    "neutral": QT_TRANSLATE_NOOP("Labels", "neutral"),
}
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "draft"),
    "edited": QT_TRANSLATE_NOOP("Labels", "edited"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "confirmed"),
}
_SIDES = {
    "source": QT_TRANSLATE_NOOP("Labels", "source"),
    "both": QT_TRANSLATE_NOOP("Labels", "both"),
    "target": QT_TRANSLATE_NOOP("Labels", "target"),
}


def severity_label(value: str) -> str:
    """"critical" / "major" / "minor" in the interface's language."""
    return translate("Labels", _SEVERITIES[value]) if value in _SEVERITIES else value


def status_label(value: str) -> str:
    return translate("Labels", _STATUSES[value]) if value in _STATUSES else value


def side_label(value: str) -> str:
    return translate("Labels", _SIDES[value]) if value in _SIDES else value


# The parts of the checks' MQM categories ("Accuracy/Mistranslation"); a part not listed
# (a new check's) shows as the core wrote it.
_CATEGORY_PARTS = {part: part for part in (
    QT_TRANSLATE_NOOP("Categories", "Accuracy"),
    QT_TRANSLATE_NOOP("Categories", "Addition"),
    QT_TRANSLATE_NOOP("Categories", "Mistranslation"),
    QT_TRANSLATE_NOOP("Categories", "Omission"),
    QT_TRANSLATE_NOOP("Categories", "Untranslated"),
    QT_TRANSLATE_NOOP("Categories", "Fluency"),
    QT_TRANSLATE_NOOP("Categories", "Linguistic conventions"),
    QT_TRANSLATE_NOOP("Categories", "Grammar"),
    QT_TRANSLATE_NOOP("Categories", "Punctuation"),
    QT_TRANSLATE_NOOP("Categories", "Spelling"),
    QT_TRANSLATE_NOOP("Categories", "Typography"),
    QT_TRANSLATE_NOOP("Categories", "Locale conventions"),
    QT_TRANSLATE_NOOP("Categories", "Name format"),
    QT_TRANSLATE_NOOP("Categories", "Number format"),
    QT_TRANSLATE_NOOP("Categories", "Style"),
    QT_TRANSLATE_NOOP("Categories", "Inconsistent with translation memory"),
    QT_TRANSLATE_NOOP("Categories", "Organizational style"),
    QT_TRANSLATE_NOOP("Categories", "Unidiomatic"),
    QT_TRANSLATE_NOOP("Categories", "Terminology"),
    QT_TRANSLATE_NOOP("Categories", "Inconsistent use of terminology"),
    QT_TRANSLATE_NOOP("Categories", "Inconsistent"),
)}


def category_label(value: str) -> str:
    """An MQM category ("Accuracy/Mistranslation") in the interface's language."""
    return "/".join(translate("Categories", _CATEGORY_PARTS[part]) if part in _CATEGORY_PARTS
                    else part for part in value.split("/"))
