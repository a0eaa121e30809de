"""Walk a Word document's paragraphs in reading order and find them again by location.

Reading and write-back share this walker, so a location recorded when a DOCX is read names
the same paragraph when the corrected text is written into a copy of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

_HEADER_FOOTER_KINDS = ("default", "first_page", "even_page")
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"),
                                          qn("w:sdt"), qn("w:sdtContent"))


def _blocks(container: Any) -> list[Any]:
    """The w:p and w:tbl children of a body, cell, header or footer, content controls opened."""
    blocks = []
    for child in container.iterchildren():
        if child.tag in (_P, _TBL):
            blocks.append(child)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                blocks.extend(_blocks(content))
    return blocks


def _walk(container: Any, parent: Any, prefix: list[int]) -> Iterator[tuple[list[int], DocxParagraph]]:
    for index, block in enumerate(_blocks(container)):
        if block.tag == _P:
            yield [*prefix, index], DocxParagraph(block, parent)
        else:
            for row_index, row in enumerate(block.iterchildren(_TR)):
                for cell_index, cell in enumerate(row.iterchildren(_TC)):
                    yield from _walk(cell, parent, [*prefix, index, row_index, cell_index])


def _header_footer_parts(document: DocxDocument) -> Iterator[tuple[str, int, str, Any]]:
    """(part, section index, kind, header/footer object) for each header/footer actually defined.

    Linked headers (inherited from the previous section) are skipped, so text that Word shows
    in several sections is read, and written back, once.
    """
    for section_index, section in enumerate(document.sections):
        for part in ("header", "footer"):
            for kind in _HEADER_FOOTER_KINDS:
                name = part if kind == "default" else f"{kind}_{part}"
                story = getattr(section, name)
                if story.is_linked_to_previous:
                    continue
                yield part, section_index, kind, story


def iter_docx_paragraphs(document: DocxDocument) -> Iterator[tuple[dict[str, Any], DocxParagraph]]:
    """Every paragraph of the document in reading order: headers, body (tables inline), footers."""
    stories = list(_header_footer_parts(document))
    for part, section_index, kind, story in stories:
        if part == "header":
            for path, paragraph in _walk(story._element, story, []):
                yield {"part": "header", "section": section_index, "kind": kind,
                       "path": path}, paragraph
    for path, paragraph in _walk(document.element.body, document._body, []):
        yield {"part": "body", "path": path}, paragraph
    for part, section_index, kind, story in stories:
        if part == "footer":
            for path, paragraph in _walk(story._element, story, []):
                yield {"part": "footer", "section": section_index, "kind": kind,
                       "path": path}, paragraph


def find_paragraph(document: DocxDocument, location: dict[str, Any]) -> DocxParagraph:
    """The paragraph a location recorded by iter_docx_paragraphs points at (KeyError if gone)."""
    part = location.get("part")
    if part == "body":
        container, parent = document.element.body, document._body
    elif part in ("header", "footer"):
        section = document.sections[int(location["section"])]
        kind = location.get("kind", "default")
        name = part if kind == "default" else f"{kind}_{part}"
        story = getattr(section, name)
        container, parent = story._element, story
    else:
        raise KeyError(f"not a Word location: {location!r}")
    path = [int(p) for p in location["path"]]
    node = container
    steps = list(path)
    while steps:
        blocks = _blocks(node)
        index = steps.pop(0)
        if index >= len(blocks):
            raise KeyError(f"no block {index} at {location!r}")
        node = blocks[index]
        if node.tag == _P:
            if steps:
                raise KeyError(f"path goes through a paragraph: {location!r}")
            return DocxParagraph(node, parent)
        if len(steps) < 3:
            raise KeyError(f"path ends inside a table: {location!r}")
        row_index, cell_index = steps.pop(0), steps.pop(0)
        rows = list(node.iterchildren(_TR))
        cells = list(rows[row_index].iterchildren(_TC)) if row_index < len(rows) else []
        if cell_index >= len(cells):
            raise KeyError(f"no cell {row_index},{cell_index} at {location!r}")
        node = cells[cell_index]
    raise KeyError(f"empty path: {location!r}")
