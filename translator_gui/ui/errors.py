"""What the translator sees when something goes wrong.

Expected failures (a file we cannot read) become a plain message saying what to do. Anything
unexpected goes through sys.excepthook to the log and a dialog with the details; the window
stays open and the document in it is untouched.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from translator_gui.core.model import InputError
from translator_gui.ui import settings
from translator_gui.ui.i18n import translate

log = logging.getLogger("translator_gui")

# Tests replace this to answer dialogs without a human; it receives (kind, title, text).
_dialog_hook = None


def log_path() -> Path:
    return settings.config_dir() / "translator-gui.log"


def setup_logging() -> None:
    path = log_path()
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler):
            if Path(handler.baseFilename) == path.resolve():
                return
            log.removeHandler(handler)  # the configuration folder moved (tests do that)
            handler.close()
    try:
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def describe(error: BaseException) -> str:
    """One paragraph a translator can act on."""
    if isinstance(error, InputError):
        advice = translate(
            "Errors", "Check that it is the right file and that it is saved as plain text "
            "(UTF-8), Word (.docx), TSV, TMX or XLIFF, then try again. Your open work is "
            "unchanged.")
        if error.path:
            where = translate("Errors", "“{name}” could not be used: {problem}").format(
                name=Path(error.path).name, problem=error.problem)
        else:
            where = translate("Errors", "The file could not be used: {problem}").format(
                problem=error.problem)
        return f"{where}\n\n{advice}"
    if isinstance(error, FileNotFoundError):
        return translate("Errors", "“{name}” does not exist any more. Choose another file. "
                         "Your open work is unchanged.").format(name=error.filename)
    if isinstance(error, PermissionError):
        return translate("Errors", "You do not have permission to use “{name}”. Choose another "
                         "folder or ask your administrator. Your open work is unchanged."
                         ).format(name=error.filename)
    unchanged = translate("Errors", "{error}. Your open work is unchanged.")
    if isinstance(error, OSError):
        return unchanged.format(error=error.strerror or error)
    return unchanged.format(error=error)


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    """A plain message box for a failure we expected could happen."""
    text = error if isinstance(error, str) else describe(error)
    log.warning("%s: %s", title, text)
    if _dialog_hook is not None:
        _dialog_hook("error", title, text)
        return
    QMessageBox.warning(parent, title, text)


def excepthook(kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
    """Log an unexpected exception and show it; never let it close the window."""
    details = "".join(traceback.format_exception(kind, error, trace))
    setup_logging()
    log.error("unexpected error\n%s", details)
    if isinstance(error, KeyboardInterrupt):
        QApplication.quit()
        return
    if _dialog_hook is not None:
        _dialog_hook("crash", translate("Errors", "Unexpected error"), details)
        return
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(kind, error, trace)
        return
    text = translate("Errors", "Something went wrong inside translator-gui. Your document is "
                     "still open; save it under a new name to be safe.\n\nThe details are "
                     "in {log}.").format(log=log_path())
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Errors", "Unexpected error"), text,
                      QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    setup_logging()
    sys.excepthook = excepthook
