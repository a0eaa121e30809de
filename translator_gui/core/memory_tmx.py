"""TMX exchange for the translation memory: streaming import (lxml iterparse) and export.

Import keeps each unit's author (creationid/changeid) and date (changedate/creationdate);
our own exports also carry the draft and the project as <prop type="x-draft">/"x-project"
so that a memory moved to another machine still teaches its corrections.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

from translator_gui import __version__
from translator_gui.core.memory import MemorySegment, TranslationMemory, now_iso
from translator_gui.core.model import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Inline codes: their text is formatting markup of the original file, not words; keep tails.
_INLINE_CODES = {"bpt", "ept", "ph", "it", "ut"}
BATCH = 5000


def _matches(code: str, language: str) -> bool:
    return code == language or code.split("-")[0].split("_")[0] == language


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""  # a comment or a processing instruction
    return tag if tag[0] != "{" else tag.rpartition("}")[2]


def _seg_text(seg: etree._Element) -> str:
    if not len(seg):
        return seg.text or ""
    parts = [seg.text or ""]
    for child in seg:
        if _local(child.tag) not in _INLINE_CODES:
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _tmx_date(value: str | None) -> str:
    """TMX dates are 20261129T101500Z; the memory keeps ISO 8601."""
    if not value or len(value) < 15 or value[8] != "T":
        return ""
    return f"{value[0:4]}-{value[4:6]}-{value[6:8]}T{value[9:11]}:{value[11:13]}:{value[13:15]}Z"


def read_tmx(path: str | Path, source_language: str = "fr", target_language: str = "en",
             project: str | None = None) -> Iterator[MemorySegment]:
    """The units of a TMX file holding both languages, as memory segments (streamed)."""
    path = Path(path)
    project = path.stem if project is None else project
    source_language, target_language = source_language.lower(), target_language.lower()
    sides: dict[str, int] = {}  # language code as written -> 0 source, 1 target, -1 neither

    def side(code: str) -> int:
        if code not in sides:
            lowered = code.lower()
            sides[code] = (0 if _matches(lowered, source_language)
                           else 1 if _matches(lowered, target_language) else -1)
        return sides[code]

    try:
        for _event, tu in etree.iterparse(str(path), tag="{*}tu", huge_tree=True,
                                          resolve_entities=False, no_network=True):
            texts = ["", ""]
            props: dict[str, str] = {}
            for child in tu:
                tag = _local(child.tag)
                if tag == "tuv":
                    which = side(child.get(XML_LANG) or child.get("lang") or "")
                    if which < 0 or texts[which]:
                        continue
                    for seg in child:
                        if _local(seg.tag) == "seg":
                            texts[which] = _seg_text(seg).strip()
                            break
                elif tag == "prop":
                    props[child.get("type", "")] = child.text or ""
            if texts[0] and texts[1]:
                yield MemorySegment(
                    texts[0], texts[1], source_language, target_language,
                    draft=props.get("x-draft", ""), project=props.get("x-project", project),
                    author=tu.get("changeid") or tu.get("creationid") or "",
                    date=_tmx_date(tu.get("changedate") or tu.get("creationdate")) or now_iso())
            tu.clear(keep_tail=False)
            while tu.getprevious() is not None:  # free what iterparse has built so far
                del tu.getparent()[0]
    except OSError as error:
        raise InputError(str(path), f"cannot read the TMX file ({error})") from error
    except etree.XMLSyntaxError as error:
        raise InputError(str(path), f"not a well-formed TMX file ({error})") from error


def import_tmx(memory: TranslationMemory, path: str | Path, source_language: str = "fr",
               target_language: str = "en", project: str | None = None,
               progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Add a TMX file to the memory; returns (units read, segments new or changed).

    A reader thread parses the file while this one writes to the database: lxml and SQLite
    both work outside the GIL, so the two halves overlap on two cores.
    """
    batches: queue.Queue[list[MemorySegment] | BaseException | None] = queue.Queue(maxsize=4)

    def read() -> None:
        try:
            batch: list[MemorySegment] = []
            for segment in read_tmx(path, source_language, target_language, project):
                batch.append(segment)
                if len(batch) >= BATCH:
                    batches.put(batch)
                    batch = []
            if batch:
                batches.put(batch)
            batches.put(None)
        except BaseException as error:  # noqa: BLE001 - handed to the writing thread
            batches.put(error)

    reader = threading.Thread(target=read, name="tmx-reader", daemon=True)
    reader.start()
    read_count = changed = 0
    try:
        while True:
            item = batches.get()
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            read_count += len(item)
            changed += memory.add_many(item)
            if progress:
                progress(read_count)
    finally:
        while reader.is_alive():  # let the reader finish (it may be blocked on a full queue)
            try:
                batches.get(timeout=0.1)
            except queue.Empty:
                pass
    return read_count, changed


# Characters XML 1.0 cannot hold (a stray control character pasted from a PDF, say).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _tmx_stamp(iso: str) -> str:
    return iso.replace("-", "").replace(":", "") if iso else ""


def export_tmx(memory: TranslationMemory, path: str | Path) -> int:
    """Write every remembered segment to a TMX 1.4 file; returns the number of units."""
    count = 0
    segments = memory.segments()
    first = next(segments, None)
    source_language = first.source_language if first else "fr"
    with etree.xmlfile(str(path), encoding="utf-8") as xml:
        xml.write_declaration()
        with xml.element("tmx", version="1.4"):
            xml.write(etree.Element("header", {
                "creationtool": "translator-gui", "creationtoolversion": __version__,
                "segtype": "sentence", "o-tmf": "translator-gui", "adminlang": "en",
                "srclang": source_language, "datatype": "plaintext"}))
            with xml.element("body"):
                for segment in ([first] if first else []):
                    xml.write(_unit(segment))
                    count += 1
                for segment in segments:
                    xml.write(_unit(segment))
                    count += 1
    return count


def _unit(segment: MemorySegment) -> etree._Element:
    attributes = {"creationdate": _tmx_stamp(segment.date)} if segment.date else {}
    if segment.author:
        attributes["creationid"] = _xml_text(segment.author)
    tu = etree.Element("tu", attributes)
    for kind, value in (("x-project", segment.project), ("x-draft", segment.draft)):
        if value:
            prop = etree.SubElement(tu, "prop", type=kind)
            prop.text = _xml_text(value)
    for language, text in ((segment.source_language, segment.source),
                           (segment.target_language, segment.target)):
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: language})
        etree.SubElement(tuv, "seg").text = _xml_text(text)
    return tu
