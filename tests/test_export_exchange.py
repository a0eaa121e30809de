"""XLIFF 2.x / 1.2 and TMX export: each file keeps its format's rules and reads back the same."""

from __future__ import annotations

import pytest
from exchange_validation import read_pairs, validate_tmx, validate_xliff

from translator_gui.core.export import export_document
from translator_gui.core.export.exchange import tmx_bytes, xliff_bytes
from translator_gui.core.model import ReviewDocument, Segment, Status

AWKWARD = [
    ("Le comité « ad hoc » s'est réuni.", "The ad hoc committee met."),
    ("Coût : 3,5 % & <taxes>.", "Cost: 3.5% & <taxes>."),
    ('Il a dit "oui" ]]> puis non.', 'He said "yes" ]]> then no.'),
    ("Résolution A/RES/78/311 adoptée.", "Resolution A/RES/78/311 adopted."),
]


def _document() -> ReviewDocument:
    segments = [Segment(i, source, target, target) for i, (source, target) in
                enumerate(AWKWARD)]
    segments[1].target = "It costs 3.5% & <taxes>."
    segments[1].status = Status.EDITED
    segments[2].status = Status.CONFIRMED
    segments[3].note = "Check the symbol <A/RES> & its year"
    return ReviewDocument(segments, draft_path="/somewhere/draft.docx")


def _expected(document: ReviewDocument) -> list[tuple[str, str]]:
    return [(s.source, s.target) for s in document.segments]


@pytest.mark.parametrize("version", ["2.0", "2.1", "1.2"])
def test_xliff_is_valid_and_reads_back_the_same_pairs(version):
    document = _document()
    data = xliff_bytes(document, version)
    assert validate_xliff(data) == []
    assert read_pairs(data, "xliff") == _expected(document)


def test_xliff2_records_status_and_notes():
    data = xliff_bytes(_document(), "2.1").decode("utf-8")
    assert 'version="2.1"' in data and 'srcLang="fr"' in data and 'trgLang="en"' in data
    assert 'state="reviewed"' in data and 'state="final"' in data
    assert "&lt;A/RES&gt; &amp; its year" in data
    last_unit = data[data.index('<unit id="3"'):]
    assert last_unit.index("<notes>") < last_unit.index("<segment")


def test_xliff12_uses_the_12_namespace_and_approves_confirmed_units():
    data = xliff_bytes(_document(), "1.2").decode("utf-8")
    assert 'xmlns="urn:oasis:names:tc:xliff:document:1.2"' in data
    assert "document:1.1" not in data
    assert data.count('approved="yes"') == 1
    # the machine translation the edited target came from travels along as an alt-trans
    assert data.count("<alt-trans") == 1 and "Cost: 3.5% &amp; &lt;taxes&gt;." in data


def test_tmx_is_valid_and_reads_back_the_same_pairs():
    document = _document()
    document.segments.append(Segment(9, "Sans traduction.", "", ""))
    data = tmx_bytes(document)
    assert validate_tmx(data) == []
    # a translation memory holds pairs: a segment without a target is left out
    assert read_pairs(data, "tmx") == _expected(document)[:4]
    assert b'creationtool="translator_gui"' in data
    assert b"<note>Check the symbol &lt;A/RES&gt; &amp; its year</note>" in data


@pytest.mark.parametrize("suffix", [".xlf", ".xliff", ".tmx"])
def test_the_readers_read_what_export_writes(tmp_path, suffix):
    from translator_gui.core.readers import read_bilingual

    document = _document()
    path = tmp_path / f"pairs{suffix}"
    export_document(document, path)
    assert [(s.strip(), t.strip()) for s, t in read_bilingual(path)] == _expected(document)


def test_validators_catch_broken_files():
    assert validate_xliff(b"<xliff") and validate_tmx(b"<tmx")
    bad_xliff = (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
                 b'srcLang="fr"><file id="f"><unit id="1"><segment><target>x</target>'
                 b'</segment></unit><unit id="1"><segment><source>a</source></segment></unit>'
                 b'</file></xliff>')
    problems = validate_xliff(bad_xliff)
    assert any("one <source>" in p for p in problems)
    assert any("not unique" in p for p in problems)
    assert any("trgLang" in p for p in problems)
    bad_tmx = (b'<tmx version="1.4"><header srclang="fr"/><body><tu><tuv><seg>a</seg></tuv>'
               b'</tu></body></tmx>')
    problems = validate_tmx(bad_tmx)
    assert any("creationtool" in p for p in problems) and any("xml:lang" in p for p in problems)


def test_unknown_xliff_version_is_refused():
    with pytest.raises(ValueError):
        xliff_bytes(_document(), "3.0")


@pytest.mark.parametrize("name", ["empty.xlf", "empty.tmx"])
def test_nothing_to_exchange_is_an_input_error(tmp_path, name):
    from translator_gui.core.model import InputError

    document = ReviewDocument([Segment(0, "Seule la source.", "", "")])
    with pytest.raises(InputError, match="nothing to put"):
        export_document(document, tmp_path / name)
    assert validate_xliff(xliff_bytes(ReviewDocument([]), "2.0"))  # a file needs a unit
