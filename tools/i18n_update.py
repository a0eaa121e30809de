"""Refresh the window's translations: extract the strings, keep the translations, compile.

    python tools/i18n_update.py          # after changing strings in translator_gui/ui
    python tools/i18n_update.py --check  # exit 1 when the .ts or .qm files are not up to date

pyside6-lupdate extracts the `translate("Context", "text")` calls of translator_gui/ui into a
fresh catalogue; this script then writes resources/i18n/translator_gui_<lang>.ts itself, so
that messages with "%n" are plural (numerus) messages — pyside6-lupdate's Python reader does
not mark them, and its own merge would flatten the plural forms already translated — and
keeps every existing translation. New strings come in as type="unfinished" for a translator
(Qt Linguist opens the .ts). English needs only the plural messages ("%n issue(s)" -> "1
issue", "2 issues"); the other languages need all of them. Finally pyside6-lrelease compiles
each .ts into the .qm the window loads. Locations are left out of the .ts so that moving code
does not rewrite the catalogue.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "translator_gui" / "ui"
FOLDER = ROOT / "resources" / "i18n"
CATALOGUE = "translator_gui"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}  # code -> the .ts language attribute
PLURAL_ONLY = {"en"}  # the strings are written in English: only plurals need forms
PLURAL_FORMS = {"fr": 2, "en": 2}
Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    forms: list[str] = field(default_factory=list)  # one, or the plural forms
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def plural(self) -> bool:
        return "%n" in self.source


def ts_path(language: str) -> Path:
    return FOLDER / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"{CATALOGUE}_{language}.qm"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def extract(files: list[Path] | None = None) -> list[Message]:
    """Every translatable string of the window, in lupdate's order (by context)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "extracted.ts"
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none",
                        *map(str, files or source_files()), "-ts", str(out)], check=True)
        return list(read_ts(out).values())


def read_ts(path: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    if not path.is_file():
        return messages
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = translation.findall("numerusform") if translation is not None else []
            if numerus:
                forms = [f.text or "" for f in numerus]
            else:
                forms = [translation.text or ""] if translation is not None else [""]
            finished = translation is not None and translation.get("type") not in (
                "unfinished", "obsolete", "vanished")
            message = Message(name, element.findtext("source") or "",
                              element.findtext("comment") or "", forms, finished)
            messages[message.key] = message
    return messages


def merge(extracted: list[Message], old: dict[Key, Message], language: str) -> list[Message]:
    merged = []
    for found in extracted:
        if language in PLURAL_ONLY and not found.plural:
            continue
        wanted = PLURAL_FORMS[language] if found.plural else 1
        previous = old.get(found.key)
        if previous is not None and len(previous.forms) == wanted:
            merged.append(Message(*found.key, forms=previous.forms, finished=previous.finished))
        else:
            merged.append(Message(*found.key, forms=[""] * wanted, finished=False))
    return merged


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(by_context[name], key=lambda m: (m.source, m.comment)):
            element = ET.SubElement(context, "message")
            if message.plural:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.plural:
                for form in message.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(folder: Path = FOLDER) -> list[Path]:
    """Write the .ts and .qm files into `folder`; the paths written."""
    extracted = extract()
    written = []
    for language in LANGUAGES:
        ts = folder / ts_path(language).name
        messages = merge(extracted, read_ts(ts_path(language)), language)
        write_ts(ts, language, messages)
        qm = folder / qm_path(language).name
        compile_qm(ts, qm)
        written += [ts, qm]
    return written


def qm_contents(qm: Path, messages: list[Message]) -> list[str]:
    """What a compiled catalogue answers for each message (both forms of a plural): compares
    catalogues across lrelease versions, whose bytes may differ."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return []
    return [translator.translate(m.context, m.source, m.comment or None, n)
            for m in messages for n in ((1, 2) if m.plural else (-1,))]


def unfinished(language: str) -> list[Message]:
    return [m for m in read_ts(ts_path(language)).values()
            if not m.finished or not all(f.strip() for f in m.forms)]


PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def same(built: Path, committed: Path) -> bool:
    if not committed.is_file():
        return False
    if built.suffix != ".qm":
        return filecmp.cmp(built, committed, shallow=False)
    messages = list(read_ts(built.with_suffix(".ts")).values())
    return qm_contents(built, messages) == qm_contents(committed, messages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a .ts or .qm file is out of date")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            stale = [path.name for path in update(Path(folder)) if not same(path, FOLDER / path.name)]
        for name in stale:
            print(f"{name} is out of date: run python tools/i18n_update.py", file=sys.stderr)
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    update()
    for language in LANGUAGES:
        left = unfinished(language)
        total = len(read_ts(ts_path(language)))
        print(f"{ts_path(language).name}: {total - len(left)}/{total} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
