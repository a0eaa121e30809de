"""Offline checks of exported XLIFF 2.x / 1.2 and TMX 1.4 by the rules of their specifications
(well-formed, required elements and attributes, unique ids): what the exchange tests assert."""

from __future__ import annotations

from lxml import etree

from translator_gui.core.export.exchange import XLIFF2_NS, XLIFF12_NS, XML_NS


def _parse(data: bytes) -> tuple[etree._Element | None, list[str]]:
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        return etree.fromstring(data, parser), []
    except etree.XMLSyntaxError as error:
        return None, [f"not well-formed XML: {error}"]


def validate_xliff(data: bytes) -> list[str]:
    """Problems with an XLIFF 2.x or 1.2 file by the rules of its specification ([] = valid)."""
    root, problems = _parse(data)
    if root is None:
        return problems
    if root.tag == f"{{{XLIFF2_NS}}}xliff":
        return _validate_xliff2(root)
    if root.tag == f"{{{XLIFF12_NS}}}xliff":
        return _validate_xliff12(root)
    return [f"root element {root.tag} is not an XLIFF 2 or 1.2 <xliff>"]


def _validate_xliff2(root: etree._Element) -> list[str]:
    ns = f"{{{XLIFF2_NS}}}"
    problems = []
    if root.get("version") not in ("2.0", "2.1", "2.2"):
        problems.append(f"version is {root.get('version')!r}")
    if not root.get("srcLang"):
        problems.append("<xliff> lacks srcLang")
    files = root.findall(f"{ns}file")
    if not files:
        problems.append("no <file>")
    file_ids = [f.get("id") for f in files]
    if None in file_ids or len(set(file_ids)) != len(file_ids):
        problems.append("<file> ids missing or not unique")
    states = {"initial", "translated", "reviewed", "final"}
    for file_element in files:
        unit_ids = []
        if file_element.find(f"{ns}unit") is None and file_element.find(f"{ns}group") is None:
            problems.append(f"<file> {file_element.get('id')} has no unit")
        for unit in file_element.iter(f"{ns}unit"):
            unit_ids.append(unit.get("id"))
            children = [c.tag for c in unit if isinstance(c.tag, str)]
            segments = [c for c in unit if c.tag == f"{ns}segment"]
            if not segments:
                problems.append(f"unit {unit.get('id')} has no <segment>")
            if f"{ns}notes" in children and children.index(f"{ns}notes") > min(
                    (i for i, t in enumerate(children) if t in (f"{ns}segment", f"{ns}ignorable")),
                    default=len(children)):
                problems.append(f"unit {unit.get('id')}: <notes> must come before segments")
            for segment in segments:
                extra = [a for a in segment.attrib if a not in
                         ("id", "canResegment", "state", "subState")]
                if extra:
                    problems.append(f"unit {unit.get('id')}: <segment> attributes {extra} "
                                    f"are not allowed")
                if segment.get("state") and segment.get("state") not in states:
                    problems.append(f"unit {unit.get('id')}: state {segment.get('state')!r}")
                sources = segment.findall(f"{ns}source")
                targets = segment.findall(f"{ns}target")
                if len(sources) != 1 or len(targets) > 1:
                    problems.append(f"unit {unit.get('id')}: needs one <source>, at most one "
                                    f"<target>")
                if targets and not root.get("trgLang"):
                    problems.append("<target> present but <xliff> lacks trgLang")
        if None in unit_ids or len(set(unit_ids)) != len(unit_ids):
            problems.append("unit ids missing or not unique within a file")
    return problems


def _validate_xliff12(root: etree._Element) -> list[str]:
    ns = f"{{{XLIFF12_NS}}}"
    problems = []
    if root.get("version") != "1.2":
        problems.append(f"version is {root.get('version')!r}, expected '1.2'")
    files = root.findall(f"{ns}file")
    if not files:
        problems.append("no <file>")
    for file_element in files:
        for required in ("original", "source-language", "datatype"):
            if not file_element.get(required):
                problems.append(f"<file> lacks {required}")
        body = file_element.find(f"{ns}body")
        if body is None:
            problems.append("<file> has no <body>")
            continue
        ids = []
        for unit in body.iter(f"{ns}trans-unit"):
            ids.append(unit.get("id"))
            if len(unit.findall(f"{ns}source")) != 1:
                problems.append(f"trans-unit {unit.get('id')} needs exactly one <source>")
            if len(unit.findall(f"{ns}target")) > 1:
                problems.append(f"trans-unit {unit.get('id')} has several <target>")
        if None in ids or len(set(ids)) != len(ids):
            problems.append("trans-unit ids missing or not unique")
    return problems


def validate_tmx(data: bytes) -> list[str]:
    """Problems with a TMX 1.4 file by the rules of its DTD ([] = valid)."""
    root, problems = _parse(data)
    if root is None:
        return problems
    if root.tag != "tmx" or root.get("version") != "1.4":
        problems.append("root is not <tmx version='1.4'>")
    header = root.find("header")
    if header is None:
        return [*problems, "no <header>"]
    for required in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                     "srclang", "datatype"):
        if not header.get(required):
            problems.append(f"<header> lacks {required}")
    body = root.find("body")
    if body is None:
        return [*problems, "no <body>"]
    for number, unit in enumerate(body.findall("tu"), start=1):
        variants = unit.findall("tuv")
        if not variants:
            problems.append(f"tu {number} has no <tuv>")
        for variant in variants:
            if not variant.get(f"{{{XML_NS}}}lang"):
                problems.append(f"tu {number}: <tuv> lacks xml:lang")
            if variant.find("seg") is None:
                problems.append(f"tu {number}: <tuv> lacks <seg>")
    return problems


def read_pairs(data: bytes, kind: str) -> list[tuple[str, str]]:
    """Re-read (source, target) pairs with translate-toolkit (for checking a written file)."""
    if kind == "tmx":
        from translate.storage.tmx import tmxfile

        return [(u.source, u.target) for u in tmxfile.parsestring(data).units]
    root, _ = _parse(data)
    if root is not None and root.tag == f"{{{XLIFF2_NS}}}xliff":
        from translate.storage.xliff2 import Xliff2File

        return [(u.source, u.target) for u in Xliff2File.parsestring(data).units]
    from translate.storage.xliff import xlifffile

    return [(u.source, u.target) for u in xlifffile.parsestring(data).units
            if not u.isheader()]

