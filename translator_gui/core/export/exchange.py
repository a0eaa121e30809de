"""XLIFF 2.x / 1.2 and TMX 1.4 export of the aligned, corrected pairs, through translate-toolkit.

translate-toolkit builds the units; a few details it leaves loose are put right here so each
file keeps to its format's rules (XLIFF 2: xml:space on source/target rather than segment, notes
at unit level; XLIFF 1.2: the 1.2 namespace). The tests check those rules offline
(tests/exchange_validation.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxml import etree

from translator_gui.core.export.files import WrittenFile, write_file
from translator_gui.core.model import ReviewDocument, Segment, Status

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
TOOL = "translator_gui"

# Segment status -> XLIFF 2 segment state / XLIFF 1.2 target state.
_XLIFF2_STATE = {Status.DRAFT: "translated", Status.EDITED: "reviewed", Status.CONFIRMED: "final"}
_XLIFF12_STATE = {Status.DRAFT: "needs-review-translation", Status.EDITED: "translated",
                  Status.CONFIRMED: "final"}


def _original_name(document: ReviewDocument) -> str:
    for path in (document.draft_path, document.source_path, document.bilingual_path):
        if path:
            return Path(path).name
    return "document"


def _xml_safe(segment: Segment) -> Segment:
    """The segment with control characters as spaces: XML cannot hold them, and dropping
    them (as the XML libraries do) glues the words on either side together."""
    from dataclasses import replace

    from translator_gui.core.characters import map_control_characters as clean

    return replace(segment, source=clean(segment.source), draft=clean(segment.draft),
                   target=clean(segment.target), note=clean(segment.note))


def _exportable(document: ReviewDocument) -> list[Segment]:
    # A unit needs a source; a segment the translator emptied on both sides carries nothing.
    return [_xml_safe(s) for s in document.segments if s.source.strip() or s.target.strip()]


def xliff_bytes(document: ReviewDocument, version: str = "2.1") -> bytes:
    """The document as XLIFF ("2.0", "2.1" or "1.2")."""
    if version.startswith("2"):
        return _xliff2(document, version)
    if version in ("1.2", "1"):
        return _xliff12(document)
    raise ValueError(f"unknown XLIFF version {version!r} (2.0, 2.1 or 1.2)")


def _xliff2(document: ReviewDocument, version: str) -> bytes:
    from translate.storage.xliff2 import Xliff2File

    store = Xliff2File(sourcelanguage=document.source_language,
                       targetlanguage=document.target_language)
    for segment in _exportable(document):
        unit = store.addsourceunit(segment.source)
        unit.target = segment.target
        unit.setid(str(segment.id))
        element = unit.xmlelement  # the <segment>
        element.set("state", _XLIFF2_STATE[segment.status] if segment.target else "initial")
        space = element.attrib.pop(f"{{{XML_NS}}}space", None)
        for child in element:
            if child.tag in (f"{{{XLIFF2_NS}}}source", f"{{{XLIFF2_NS}}}target") and space:
                child.set(f"{{{XML_NS}}}space", space)
        for stray in element.findall(f"{{{XLIFF2_NS}}}notes"):
            element.remove(stray)
        if segment.note.strip():
            unit_element = element.getparent()
            notes = etree.Element(f"{{{XLIFF2_NS}}}notes")
            note = etree.SubElement(notes, f"{{{XLIFF2_NS}}}note")
            note.text = segment.note
            unit_element.insert(0, notes)
    root = store.document.getroot()
    root.set("version", "2.1" if version == "2.1" else "2.0")
    file_element = root.find(f"{{{XLIFF2_NS}}}file")
    if file_element is not None:
        file_element.set("original", _original_name(document))
    etree.cleanup_namespaces(root)
    return etree.tostring(store.document, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True)


def _xliff12(document: ReviewDocument) -> bytes:
    from translate.storage.xliff import xlifffile

    original = _original_name(document)
    skeleton = etree.Element(f"{{{XLIFF12_NS}}}xliff", nsmap={None: XLIFF12_NS})
    skeleton.set("version", "1.2")
    file_element = etree.SubElement(skeleton, f"{{{XLIFF12_NS}}}file")
    file_element.set("original", original)
    file_element.set("source-language", document.source_language)
    file_element.set("target-language", document.target_language)
    file_element.set("datatype", "plaintext")
    file_element.set("tool-id", TOOL)
    header = etree.SubElement(file_element, f"{{{XLIFF12_NS}}}header")
    tool = etree.SubElement(header, f"{{{XLIFF12_NS}}}tool")
    tool.set("tool-id", TOOL)
    tool.set("tool-name", TOOL)
    etree.SubElement(file_element, f"{{{XLIFF12_NS}}}body")
    store = xlifffile.parsestring(etree.tostring(skeleton, xml_declaration=True,
                                                 encoding="UTF-8"))
    for segment in _exportable(document):
        unit = store.addsourceunit(segment.source, filename=original)
        unit.target = segment.target
        unit.setid(str(segment.id))
        element = unit.xmlelement
        target = element.find(f"{{{XLIFF12_NS}}}target")
        if target is not None:
            target.set("state", _XLIFF12_STATE[segment.status] if segment.target else "new")
        if segment.status == Status.CONFIRMED:
            element.set("approved", "yes")
        elif "approved" in element.attrib:
            del element.attrib["approved"]
        if segment.note.strip():
            unit.addnote(segment.note, origin="translator")
        if segment.draft and segment.draft != segment.target:
            # The machine translation the target was corrected from, for CAT tools to show.
            unit.addalttrans(segment.draft, origin="machine-translation",
                             lang=document.target_language)
    root = store.document.getroot()
    etree.cleanup_namespaces(root)
    return etree.tostring(store.document, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True)


def tmx_bytes(document: ReviewDocument) -> bytes:
    """The corrected pairs as TMX 1.4 (pairs with both sides only: a memory needs both)."""
    from translate.storage.tmx import tmxfile

    store = tmxfile(sourcelanguage=document.source_language,
                    targetlanguage=document.target_language)
    for segment in map(_xml_safe, document.segments):
        if segment.source.strip() and segment.target.strip():
            unit = store.addsourceunit(segment.source)
            unit.target = segment.target
            if segment.note.strip():
                unit.addnote(segment.note)
    header = store.document.getroot().find("header")
    if header is not None:
        header.set("creationtool", TOOL)
        header.set("creationtoolversion", _version())
        header.set("creationdate", dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ"))
    return bytes(store)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("translator-gui")
    except Exception:  # noqa: BLE001 - running from a checkout that was never installed
        return "0"


def write_xliff(document: ReviewDocument, path: str | Path,
                version: str = "2.1") -> WrittenFile:
    write_file(path, xliff_bytes(document, version))
    return WrittenFile(str(path), f"XLIFF {version}, {len(_exportable(document))} unit(s)")


def write_tmx(document: ReviewDocument, path: str | Path) -> WrittenFile:
    write_file(path, tmx_bytes(document))
    pairs = sum(1 for s in document.segments if s.source.strip() and s.target.strip())
    return WrittenFile(str(path), f"TMX 1.4, {pairs} translation unit(s)")
