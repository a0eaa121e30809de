"""Writing export files: atomically, and readable by whoever the translator sends them to."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from translator_gui.core.model import InputError
from translator_gui.core.project import write_atomically


def write_file(path: str | Path, data: bytes) -> None:
    """Write atomically (temporary file in the same folder, then rename)."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise InputError(str(path), f"cannot write the file ({error.strerror or error})") from None


_CONTENT_TYPES = "[Content_Types].xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def keep_unreferenced_parts(written: bytes, original: bytes) -> bytes:
    """The written package with the parts of `original` it lacks put back, content types too.

    python-docx saves only the parts reachable through relationships; a part nothing refers
    to (an add-in's data, a thumbnail a tool forgot to link) would silently vanish from the
    translator's file. Everything else of the written package is kept as written.
    """
    with zipfile.ZipFile(io.BytesIO(original)) as before, \
            zipfile.ZipFile(io.BytesIO(written)) as after:
        present = {name.lower() for name in after.namelist()}
        missing = [item for item in before.infolist() if not item.is_dir()
                   and item.filename.lower() not in present and item.filename != _CONTENT_TYPES]
        if not missing:
            return written
        types = _merged_content_types(after.read(_CONTENT_TYPES), before.read(_CONTENT_TYPES),
                                      [item.filename for item in missing])
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for item in after.infolist():
                data = types if item.filename == _CONTENT_TYPES else after.read(item.filename)
                package.writestr(item, data)
            for item in missing:
                package.writestr(item, before.read(item.filename))
    return out.getvalue()


def _merged_content_types(written: bytes, original: bytes, names: list[str]) -> bytes:
    parser = etree.XMLParser(resolve_entities=False)
    target = etree.fromstring(written, parser)
    source = etree.fromstring(original, parser)
    overrides = {e.get("PartName", "").lower(): e for e in source.iter(f"{_CT}Override")}
    known_overrides = {e.get("PartName", "").lower() for e in target.iter(f"{_CT}Override")}
    defaults = {e.get("Extension", "").lower(): e for e in source.iter(f"{_CT}Default")}
    known_defaults = {e.get("Extension", "").lower() for e in target.iter(f"{_CT}Default")}
    for name in names:
        key = "/" + name.lower()
        if key in overrides and key not in known_overrides:
            target.append(_copy_element(overrides[key]))
            known_overrides.add(key)
            continue
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if extension in defaults and extension not in known_defaults:
            target.insert(0, _copy_element(defaults[extension]))
            known_defaults.add(extension)
    return etree.tostring(target, xml_declaration=True, encoding="UTF-8", standalone=True)


def _copy_element(element: etree._Element) -> etree._Element:
    copied = etree.Element(element.tag)
    for name, value in element.attrib.items():
        copied.set(name, value)
    return copied


@dataclass(frozen=True)
class WrittenFile:
    """What an export wrote, in one line for the translator (command line or window)."""

    path: str
    description: str

    def summary(self) -> str:
        return f"{self.path}: {self.description}"

    def __str__(self) -> str:
        return self.path
