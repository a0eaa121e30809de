"""The bundled samples exist, open, share one layout, and still carry their planted errors."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import docx
import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FILES = ["seed-fr.txt", "seed-fr.docx", "seed-en-draft.txt", "seed-en-draft.docx",
         "seed-fr-en.tsv", "README.md", "make_samples.py"]
DOCX = ["seed-fr.docx", "seed-en-draft.docx"]


def _load_maker():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    # Registered before running: its dataclasses look their module up by name.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


MAKER = _load_maker()


def _lines(name: str) -> list[str]:
    return (SAMPLES / name).read_text(encoding="utf-8").splitlines()


def _body_paragraphs(document) -> list:
    """Body paragraphs outside tables, the title excluded."""
    return [p for p in document.paragraphs if p.style.name != "Title"]


@pytest.mark.parametrize("name", FILES)
def test_sample_exists_and_is_not_empty(name):
    path = SAMPLES / name
    assert path.is_file()
    assert path.stat().st_size > 0


@pytest.mark.parametrize("name", DOCX)
def test_docx_has_title_table_header_footer_and_emphasis(name):
    document = docx.Document(str(SAMPLES / name))
    titles = [p for p in document.paragraphs if p.style.name in ("Title", "Heading 1")]
    assert len(titles) == 1 and titles[0].text.strip()
    assert document.paragraphs[0].style.name == "Title"  # the title opens the body
    assert len(document.tables) == 1
    table = document.tables[0]
    assert (len(table.rows), len(table.columns)) == (3, 2)
    assert all(cell.text.strip() for row in table.rows for cell in row.cells)
    section = document.sections[0]
    assert section.header.paragraphs[0].text.strip()
    assert section.footer.paragraphs[0].text.strip()
    runs = [run for p in _body_paragraphs(document) for run in p.runs]
    assert any(run.bold for run in runs)
    assert any(run.italic for run in runs)


def test_docx_source_and_draft_share_one_layout():
    source, draft = (docx.Document(str(SAMPLES / name)) for name in DOCX)

    def shape(document):
        body = document.element.body
        blocks = [child.tag.rsplit("}", 1)[1] for child in body.iterchildren()
                  if child.tag.endswith(("}p", "}tbl"))]
        emphasis = [(i, bool(run.bold), bool(run.italic))
                    for i, p in enumerate(_body_paragraphs(document)) for run in p.runs
                    if run.bold or run.italic]
        return blocks, emphasis

    assert shape(source) == shape(draft)


@pytest.mark.parametrize(("docx_name", "txt_name"), [("seed-fr.docx", "seed-fr.txt"),
                                                     ("seed-en-draft.docx", "seed-en-draft.txt")])
def test_docx_paragraphs_are_the_text_file(docx_name, txt_name):
    document = docx.Document(str(SAMPLES / docx_name))
    assert [p.text for p in _body_paragraphs(document)] == _lines(txt_name)


def test_draft_has_the_seeds_paragraphs():
    assert len(_lines("seed-en-draft.txt")) == len(_lines("seed-fr.txt")) == 6
    assert all(line.strip() for line in _lines("seed-en-draft.txt"))


def test_tsv_has_two_non_empty_columns_on_every_line():
    lines = _lines("seed-fr-en.tsv")
    assert lines
    for number, line in enumerate(lines, start=1):
        columns = line.split("\t")
        assert len(columns) == 2, f"line {number}"
        assert all(column.strip() for column in columns), f"line {number}"


def test_tsv_is_the_two_text_files_sentence_by_sentence():
    pairs = [line.split("\t") for line in _lines("seed-fr-en.tsv")]
    assert " ".join(source for source, _ in pairs) == " ".join(_lines("seed-fr.txt"))
    assert " ".join(target for _, target in pairs) == " ".join(_lines("seed-en-draft.txt"))


def test_script_sentences_are_the_seed():
    assert MAKER.french_paragraphs() == _lines("seed-fr.txt")


def test_regenerating_gives_the_committed_files(tmp_path):
    MAKER.write_samples(tmp_path, SAMPLES)
    for name in ("seed-en-draft.txt", "seed-fr-en.tsv"):
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name
    for name in DOCX:
        with zipfile.ZipFile(tmp_path / name) as fresh, zipfile.ZipFile(SAMPLES / name) as kept:
            assert fresh.namelist() == kept.namelist(), name
            for member in kept.namelist():
                assert fresh.read(member) == kept.read(member), (name, member)


def test_regenerating_twice_is_byte_identical(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    MAKER.write_samples(first, SAMPLES)
    MAKER.write_samples(second, SAMPLES)
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


# The errors samples/README.md documents: (TSV line, words in the French, words in the draft).
PLANTED = [
    (1, "le 12 mai", "on 21 May"),
    (2, "près de 40 pays", "nearly 14 countries"),
    (3, "a assisté", "assisted"),
    (5, "l'inclusivité", "inclusivité"),
    (6, "mis en évidence", "put in evidence"),
    (7, "résolution de l'Assemblée générale", "General Resolution of the Assembly"),
    (8, "sous-secrétaire général", "Under-Secretary-General"),
    (9, "coprésident", "co-president"),
    (9, "compact numérique mondial", "Global Digital Pact"),
    (11, "la formation du personnel", "personnel formation"),
    (12, "Il représente", "He represents"),
    (13, "Le premier atelier", "The first atelier"),
]


@pytest.mark.parametrize(("line", "source_words", "draft_words"), PLANTED)
def test_planted_errors_are_still_there_and_documented(line, source_words, draft_words):
    source, target = _lines("seed-fr-en.tsv")[line - 1].split("\t")
    assert source_words in source
    assert draft_words in target
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8").replace("**", "")
    assert draft_words in readme


def test_table_keeps_the_right_date_while_the_body_changes_it():
    source, draft = (docx.Document(str(SAMPLES / name)) for name in DOCX)
    assert source.tables[0].rows[2].cells[1].text == "12 mai"
    assert draft.tables[0].rows[2].cells[1].text == "12 May"
