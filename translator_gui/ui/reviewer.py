"""A name on the work: the reviewer's name and initials, asked once on the first start, used as
the author of the tracked changes and comments the window exports."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import settings
from .i18n import translate


def initials_of(name: str) -> str:
    """"Ana María López" -> "AML": the first letter of each word, at most four."""
    return "".join(word[0].upper() for word in re.findall(r"[^\W\d_]+", name))[:4]


class ReviewerDialog(QDialog):
    """Name and initials; the initials follow the name until the reviewer types their own."""

    def __init__(self, parent: QWidget | None = None, first_start: bool = False):
        super().__init__(parent)
        self.setWindowTitle(translate("Reviewer", "Who is reviewing?") if first_start
                            else translate("Reviewer", "Reviewer"))
        self.name = QLineEdit(settings.get(settings.REVIEWER_NAME), self)
        self.name.setPlaceholderText(translate(
            "Reviewer", "Your name, as Word shows it on changes and comments"))
        self.initials = QLineEdit(settings.get(settings.REVIEWER_INITIALS), self)
        self.initials.setMaxLength(6)
        self._initials_typed = bool(self.initials.text())
        self.name.textEdited.connect(self._follow_name)
        self.initials.textEdited.connect(lambda _text: setattr(self, "_initials_typed", True))
        form = QFormLayout()
        form.addRow(translate("Reviewer", "&Name:"), self.name)
        form.addRow(translate("Reviewer", "&Initials:"), self.initials)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first_start:
            layout.addWidget(QLabel(translate(
                "Reviewer", "Your corrections and comments are exported under this "
                                    "name. You can change it in Settings."), self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _follow_name(self, name: str) -> None:
        if not self._initials_typed:
            self.initials.setText(initials_of(name))

    def apply(self) -> None:
        name = " ".join(self.name.text().split())
        settings.set(settings.REVIEWER_NAME, name)
        settings.set(settings.REVIEWER_INITIALS,
                     self.initials.text().strip() or initials_of(name))


def ask_once(parent: QWidget | None = None) -> ReviewerDialog | None:
    """On the first start, ask for the reviewer's name (once, whatever the answer); the dialog
    if the question was put. It opens without blocking (nothing waits on the answer), so a
    start-up that nobody answers, as in a test, goes on."""
    if settings.get(settings.REVIEWER_ASKED) or settings.get(settings.REVIEWER_NAME):
        return None
    settings.set(settings.REVIEWER_ASKED, True)
    dialog = ReviewerDialog(parent, first_start=True)
    dialog.accepted.connect(dialog.apply)
    dialog.open()
    return dialog
