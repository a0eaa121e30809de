"""The window in French: Qt's translation system, catalogues kept complete and compiled."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt

from translator_gui.ui import i18n, settings
from translator_gui.ui.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "translator_gui" / "ui"
FOLDER = ROOT / "resources" / "i18n"
FRENCH = FOLDER / "translator_gui_fr.ts"
ENGLISH = FOLDER / "translator_gui_en.ts"
sys.path.insert(0, str(ROOT / "tools"))
import i18n_update  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def keys(path: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def translated_in_code() -> set[tuple[str, str]]:
    """Every translate("Context", "text") and QT_TRANSLATE_NOOP of translator_gui/ui, read by
    Python's own parser: a call pyside6-lupdate's reader misses (it skips a count written as
    a call, len(x)) shows up as a string missing from the catalogue."""
    found = set()
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, text = node.args[:2]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    found.add((context.value, text.value))
    return found


@pytest.fixture
def french(qapp):
    installed = i18n.install_translators("fr")
    yield installed
    i18n.install_translators("en")


def make_window(qtbot, tmp_path):
    from translator_gui.ui.window import MainWindow

    window = MainWindow(RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    return window


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


# -- the catalogues ----------------------------------------------------------------------------
def test_every_string_of_the_window_is_in_the_french_catalogue() -> None:
    in_code = translated_in_code()
    in_catalogue = keys(FRENCH)
    assert len(in_code) > 300
    assert in_code - in_catalogue == set()  # run tools/i18n_update.py
    assert in_catalogue - in_code == set()  # strings the window no longer has


def test_lupdate_extracts_what_the_catalogue_holds(tmp_path) -> None:
    extracted = {(m.context, m.source) for m in i18n_update.extract()}
    assert extracted == keys(FRENCH)
    assert {k for k in extracted if "%n" in k[1]} == keys(ENGLISH)


def test_nothing_is_left_unfinished_and_plurals_have_their_forms() -> None:
    for path in (FRENCH, ENGLISH):
        for message in messages(path):
            translation = message.find("translation")
            assert translation is not None
            source = message.findtext("source")
            assert translation.get("type") is None, source
            if "%n" in (source or ""):
                assert message.get("numerus") == "yes", source
                forms = [f.text or "" for f in translation.iter("numerusform")]
                assert len(forms) == 2 and all("%n" in f for f in forms), source
            else:
                assert (translation.text or "").strip(), source


def test_french_keeps_placeholders_accelerators_and_typography() -> None:
    placeholder = re.compile(r"\{\w*\}|%n|%p")
    for message in messages(FRENCH):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), source
            assert text.count("&") == source.count("&"), source  # one accelerator each
            assert "“" not in text and '"' not in text, text  # « guillemets »
            # a non-breaking space before : ; ? ! and inside « » (never a plain one)
            assert not re.search(r" [:;?!»]|« ", text), text


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path) -> None:
    # compared by what they answer, message by message (lrelease versions differ in bytes)
    for ts in (FRENCH, ENGLISH):
        built = tmp_path / ts.with_suffix(".qm").name
        i18n_update.compile_qm(ts, built)
        sources = list(i18n_update.read_ts(ts).values())
        fresh = i18n_update.qm_contents(built, sources)
        assert len(fresh) > len(sources) - 1 and fresh != [m.source for m in sources]
        assert i18n_update.qm_contents(ts.with_suffix(".qm"), sources) == fresh, (
            f"{ts.name} changed without its .qm: run python tools/i18n_update.py")


def test_the_catalogue_loads_and_translates_plurals(french) -> None:
    assert len(french) == 2  # the window's and Qt's own
    assert QCoreApplication.translate("IssuesPanel", "%n issue(s)", "", 1) == "1 problème"
    assert QCoreApplication.translate("IssuesPanel", "%n issue(s)", "", 0) == "0 problème"
    assert QCoreApplication.translate("IssuesPanel", "%n issue(s)", "", 3) == "3 problèmes"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # qtbase_fr


def test_english_plurals(qapp) -> None:
    assert QCoreApplication.translate("IssuesPanel", "%n issue(s)", "", 1) == "1 issue"
    assert QCoreApplication.translate("IssuesPanel", "%n issue(s)", "", 2) == "2 issues"


def test_qt_ships_its_french_catalogue() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").is_file()


# -- which language ------------------------------------------------------------------------
@pytest.mark.parametrize(("choice", "preferred", "expected"), [
    ("auto", ["fr-FR", "fr"], "fr"),
    ("auto", ["fr_CA"], "fr"),
    ("auto", ["en-US", "en"], "en"),
    ("auto", ["C"], "en"),
    ("auto", ["de-DE", "de", "fr-FR"], "fr"),  # German is not offered; French is preferred next
    ("auto", ["de-DE", "en-GB", "fr-FR"], "en"),
    ("auto", [], "en"),
    ("en", ["fr-FR"], "en"),  # the setting wins over the system
    ("fr", ["en-US"], "fr"),
])
def test_the_interface_language_follows_the_system_unless_set(choice, preferred, expected):
    assert i18n.interface_language(choice, preferred) == expected


def test_the_setting_is_read_when_no_choice_is_given(qapp) -> None:
    settings.set(settings.INTERFACE_LANGUAGE, "fr")
    assert i18n.interface_language(preferred=["en-US"]) == "fr"
    settings.reset(settings.INTERFACE_LANGUAGE)
    assert i18n.interface_language(preferred=["en-US"]) == "en"


# -- the window ----------------------------------------------------------------------------
def test_the_window_speaks_french_with_the_french_setting(qtbot, tmp_path, french) -> None:
    window = make_window(qtbot, tmp_path)
    assert menu_titles(window) == ["&Fichier", "É&dition", "&Segment", "&Contrôles",
                                   "&Affichage"]
    assert window.save_action.text() == "&Enregistrer"
    assert window.open_pair_action.text() == "Ouvrir la source et la pré-&traduction…"
    assert window.confirm_action.text() == "&Valider et passer au segment non validé suivant"
    assert window.next_issue_action.text() == "Problème &suivant"
    assert window.undo_action.text() == "&Annuler"
    assert window.issues_dock.windowTitle() == "Problèmes"
    assert window.memory.dock.windowTitle() == "Correspondances"
    assert window.filter_box.itemText(0) == "Tous les segments"
    assert window.issues_panel.fix_button.text() == "&Appliquer la suggestion"
    assert window.model.headerData(3, Qt.Orientation.Horizontal) == "Statut"
    assert window.status.confirmed_label.text() == "Validés\u00a0: 0 / 0"


def test_the_window_stays_english_by_default(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    assert menu_titles(window) == ["&File", "&Edit", "&Segment", "&Checks", "&View"]
    assert window.save_action.text() == "&Save"
    assert window.issues_dock.windowTitle() == "Issues"
    assert window.status.confirmed_label.text() == "Confirmed 0 / 0"


def test_settings_offer_the_interface_language(qtbot, tmp_path, french) -> None:
    from translator_gui.core.model import ReviewDocument
    from translator_gui.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(ReviewDocument())
    qtbot.addWidget(dialog)
    box = dialog.interface_language
    assert [box.itemData(i) for i in range(box.count())] == ["auto", "en", "fr"]
    assert box.itemText(0) == "Automatique (langue du système)"
    assert box.currentData() == "auto"
    box.setCurrentIndex(2)
    dialog.apply()
    assert dialog.language_changed
    assert settings.get(settings.INTERFACE_LANGUAGE) == "fr"


def test_a_french_system_gets_the_french_window(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    try:
        installed = i18n.install_translators()
        assert [Path(t.filePath()).name for t in installed] == ["translator_gui_fr.qm",
                                                                "qtbase_fr.qm"]
        window = make_window(qtbot, tmp_path)
        assert menu_titles(window)[0] == "&Fichier"
    finally:
        i18n.install_translators("en")


def test_the_catalogues_ship_in_the_package() -> None:
    from translator_gui.core.resources import resource

    assert resource("i18n", "translator_gui_fr.qm").is_file()
    assert resource("i18n", "translator_gui_en.qm").is_file()


def test_the_update_tool_reports_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n_update.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def accelerator(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_french_menus_give_each_entry_its_own_alt_letter(qtbot, tmp_path, french) -> None:
    window = make_window(qtbot, tmp_path)
    menus = [window.menuBar(), *window.menus.values(), window.export_menu]
    for menu in menus:
        letters = [accelerator(a.text()) for a in menu.actions() if a.text()]
        letters = [letter for letter in letters if letter]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


def test_core_values_shown_in_french(french) -> None:
    assert i18n.category_label("Accuracy/Mistranslation") == "Exactitude/Erreur de traduction"
    assert i18n.category_label("Terminology") == "Terminologie"
    assert i18n.category_label("Accuracy/Something new") == "Exactitude/Something new"
    assert i18n.severity_label("major") == "majeur"
    assert i18n.status_label("confirmed") == "validé"
    assert i18n.side_label("target") == "cible"
    from translator_gui.ui.controllers.qa_gate import summary

    issues = [_issue("critical"), _issue("critical"), _issue("major")]
    assert summary(issues) == "2 critiques, 1 majeur"


def _issue(severity: str):
    from translator_gui.core.checks.base import Issue, Severity

    return Issue(0, "target", 0, 1, "test", "Accuracy", Severity(severity), "message")


# Where Qt shows a string a person reads: the call, and which positional arguments are text.
SHOWN = {
    **dict.fromkeys(("setText", "setWindowTitle", "setToolTip", "setStatusTip", "setLabelText",
                     "setPlaceholderText", "setSpecialValueText", "setSuffix", "setFormat",
                     "setIconText", "addAction", "addMenu", "addItem", "addItems",
                     "addRow", "addToolBar", "addButton", "setHorizontalHeaderLabels",
                     "setHeaderLabels", "showMessage", "show_message", "QPushButton", "QLabel",
                     "QAction", "QCheckBox", "QDockWidget", "add_dock"), (0,)),
    **dict.fromkeys(("information", "question", "warning", "critical", "getText",
                     "show_error"), (1, 2)),
    **dict.fromkeys(("getOpenFileName", "getOpenFileNames", "getSaveFileName"), (1, 3)),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
    "addTab": (1,),

}
NOT_WORDS = {"translator-gui"}  # the program's name


def plain_text(node: ast.AST) -> bool:
    """A literal with words in it, not passed through translate()."""
    if isinstance(node, ast.Constant):
        return (isinstance(node.value, str) and node.value not in NOT_WORDS
                and re.search(r"[A-Za-z]{2}", node.value) is not None)
    if isinstance(node, ast.JoinedStr):
        return any(plain_text(value) for value in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(plain_text(element) for element in node.elts)
    if isinstance(node, ast.BinOp):
        return plain_text(node.left) or plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return plain_text(node.body) or plain_text(node.orelse)
    return False


def test_no_label_of_the_window_bypasses_translate() -> None:
    untranslated = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            receiver = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id in ("log", "logging"):
                continue  # the log stays English
            for index in SHOWN.get(name, ()):
                if index < len(node.args) and plain_text(node.args[index]):
                    untranslated.append(f"{path.relative_to(ROOT)}:{node.lineno}: "
                                        f"{ast.unparse(node.args[index])[:60]}")
    assert untranslated == []  # wrap them in translate("Context", "...")
