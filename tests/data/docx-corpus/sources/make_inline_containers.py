"""Write handmade__inline-containers.docx: the inline wrappers Word and other tools leave around
runs, which LibreOffice does not write (simple fields, smart tags, custom XML, w:dir, moves,
nested content controls), plus a part no relationship refers to.

    python tests/data/docx-corpus/sources/make_inline_containers.py tests/data/docx-corpus/
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

PARAGRAPHS = [
    # a simple field between plain words
    '<w:p {ns}><w:r><w:t xml:space="preserve">This is page </w:t></w:r>'
    '<w:fldSimple w:instr=" PAGE "><w:r><w:t>4</w:t></w:r></w:fldSimple>'
    '<w:r><w:t xml:space="preserve"> of the annual activity report.</w:t></w:r></w:p>',
    # a smart tag and custom XML around words
    '<w:p {ns}><w:r><w:t xml:space="preserve">The office in </w:t></w:r>'
    '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">'
    '<w:r><w:t>Geneva</w:t></w:r></w:smartTag>'
    '<w:r><w:t xml:space="preserve"> opened in </w:t></w:r>'
    '<w:customXml w:element="year"><w:r><w:t>2019</w:t></w:r></w:customXml>'
    '<w:r><w:t xml:space="preserve"> with a small team of experts.</w:t></w:r></w:p>',
    # a complex field with its result between words, split across runs
    '<w:p {ns}><w:r><w:t xml:space="preserve">The report was printed on </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>3 May</w:t></w:r><w:r><w:t xml:space="preserve"> 2024</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:t xml:space="preserve"> in the central office.</w:t></w:r></w:p>',
    # nested content controls and a bookmark inside a word
    '<w:p {ns}><w:r><w:t xml:space="preserve">Signed by </w:t></w:r>'
    '<w:sdt><w:sdtPr><w:alias w:val="Signatory"/></w:sdtPr><w:sdtContent>'
    '<w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent>'
    '<w:r><w:t>Maria Example</w:t></w:r></w:sdtContent></w:sdt>'
    '</w:sdtContent></w:sdt>'
    '<w:r><w:t xml:space="preserve"> for the secre</w:t></w:r><w:bookmarkStart w:id="7" w:name="mid"/>'
    '<w:r><w:t xml:space="preserve">tariat and its partners.</w:t></w:r><w:bookmarkEnd w:id="7"/></w:p>',
    # right-to-left run wrapper, a move already tracked by someone else, a deletion of theirs
    '<w:p {ns}><w:r><w:t xml:space="preserve">The name </w:t></w:r>'
    '<w:dir w:val="rtl"><w:r><w:rPr><w:rtl/></w:rPr><w:t>שלום</w:t></w:r></w:dir>'
    '<w:r><w:t xml:space="preserve"> means peace and the </w:t></w:r>'
    '<w:del w:id="90" w:author="Earlier Editor" w:date="2024-01-01T00:00:00Z"><w:r>'
    '<w:delText xml:space="preserve">old </w:delText></w:r></w:del>'
    '<w:moveTo w:id="91" w:author="Earlier Editor" w:date="2024-01-01T00:00:00Z"><w:r>'
    '<w:t xml:space="preserve">moved </w:t></w:r></w:moveTo>'
    '<w:r><w:t xml:space="preserve">words stay where the editor left them.</w:t></w:r></w:p>',
    # a hyperlink made of several runs, one of them bold, with words on both sides
    '<w:p {ns}><w:r><w:t xml:space="preserve">Read the </w:t></w:r>'
    '<w:hyperlink w:anchor="mid"><w:r><w:t xml:space="preserve">full </w:t></w:r>'
    '<w:r><w:rPr><w:b/></w:rPr><w:t>text</w:t></w:r></w:hyperlink>'
    '<w:r><w:t xml:space="preserve"> before the vote and the </w:t></w:r>'
    '<w:r><w:t>summary</w:t></w:r><w:r><w:t xml:space="preserve"> after it.</w:t></w:r></w:p>',
]


def build() -> bytes:
    document = docx.Document()
    body = document.element.body
    section = body[-1]
    for template in PARAGRAPHS:
        section.addprevious(etree.fromstring(template.format(ns=NS)))
    buffer = io.BytesIO()
    document.save(buffer)
    # A part nothing refers to (tools leave such parts: old thumbnails, add-in data).
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/customXml/addin.xml" '
                                    b'ContentType="application/xml"/></Types>')
            target.writestr(item, data)
        target.writestr("customXml/addin.xml", b'<?xml version="1.0"?><addin state="kept"/>')
    return out.getvalue()


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    (folder / "handmade__inline-containers.docx").write_bytes(build())
