"""Write the bundled samples: the seed as .docx, an English MT draft (.txt, .docx), a bilingual TSV.

Run `python samples/make_samples.py` (or `--out DIR` to write elsewhere). The output is
deterministic: the same script writes byte-identical files, so the committed samples can be
checked against it. samples/seed-fr.txt is the seed itself and is only read, never written: the
script checks that its sentences below put together give that file back exactly.

The English draft is written sentence by sentence as a machine translation would render the
French, with the errors listed in samples/README.md planted on purpose.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
SEED = "seed-fr.txt"

# One list per paragraph; each item is one French sentence and the English draft sentence(s)
# for it. Two French sentences become two English ones, which gives 1-2 alignment beads.
PARAGRAPHS: list[list[tuple[str, list[str]]]] = [
    [
        ("Le deuxième atelier de renforcement des capacités de l'IA, organisé par le ministère "
         "chinois des affaires étrangères, a ouvert à l'Université Tsinghua à Pékin le 12 mai.",
         ["The second AI capacity-building workshop, organized by the Chinese Ministry of "
          "Foreign Affairs, opened at Tsinghua University in Beijing on 21 May."]),
        ("Des responsables et des experts de près de 40 pays et d'organisations internationales, "
         "dont l'ANASE et l'Union africaine, participent à l'atelier.",
         ["Officials and experts from nearly 14 countries and international organizations, "
          "including ASEAN and the African Union, participate in the workshop."]),
    ],
    [
        ("Ma Zhaoxu, vice-ministre chinois des Affaires étrangères, a assisté et a abordé la "
         "cérémonie d'ouverture.",
         ["Ma Zhaoxu, Chinese Vice-Minister of Foreign Affairs, assisted and approached the "
          "opening ceremony."]),
        ("Il a déclaré que l'initiative mondiale de gouvernance mondiale du président chinois "
         "Xi Jinping a fourni une solution chinoise à ce défi contemporain, contribuant à la "
         "sagesse chinoise et pointant la direction de la gouvernance mondiale de l'IA.",
         ["He declared that the global initiative of global governance of Chinese President "
          "Xi Jinping has provided a Chinese solution to this contemporary challenge.",
          "It contributes to Chinese wisdom and points the direction of the global governance "
          "of AI."]),
        ("MA a appelé tous les pays à maintenir le concept d'un avenir commun pour l'humanité et "
         "à maintenir l'innovation, l'ouverture, l'équité, l'inclusivité et la gouvernance "
         "collaborative dans la mise en œuvre de l'initiative mondiale de la gouvernance de "
         "l'IA, faisant de l'IA un bien public international qui profite à toute l'humanité.",
         ["MA called on all countries to maintain the concept of a common future for humanity "
          "and to maintain innovation, openness, equity, inclusivité and collaborative "
          "governance in the implementation of the global initiative of the governance of AI, "
          "making AI an international public good that profits to all humanity."]),
    ],
    [
        ("MA a également mis en évidence le rôle de la Chine en tant que défenseur actif, "
         "promoteur et pionnier dans le renforcement des capacités de l'IA.",
         ["MA also put in evidence the role of China as an active defender, promoter and "
          "pioneer in the capacity-building of AI."]),
        ("Il a noté que la Chine a priorisé la mise en œuvre de la résolution de l'Assemblée "
         "générale des Nations Unies sur le renforcement de la coopération internationale dans "
         "le renforcement des capacités de l'IA, a annoncé le programme universel de "
         "renforcement des capacités de l'IA et a établi le groupe d'amis de renforcement des "
         "capacités de l'IA.",
         ["He noted that China has prioritized the implementation of the General Resolution of "
          "the Assembly of the United Nations on enhancing international cooperation in the "
          "capacity-building of AI, announced the universal AI capacity-building programme and "
          "established the group of friends of AI capacity-building."]),
    ],
    [
        ("Dans un discours vidéo, un sous-secrétaire général des Nations Unies et un envoyé "
         "spécial pour les technologies numériques et émergents, Amandeep Singh Gill, a souligné "
         "l'importance de la résolution de l'ONU favorisée en Chine sur l'IA, et a exprimé son "
         "espoir pour la contribution de l'atelier à la gouvernance mondiale de l'IA et à la "
         "coopération internationale.",
         ["In a video speech, a United Nations Under-Secretary-General and special envoy for "
          "digital and emerging technologies, Amandeep Singh Gill, underlined the importance of "
          "the UN resolution favoured in China on AI, and expressed his hope for the "
          "contribution of the workshop to the global governance of AI and to international "
          "cooperation."]),
    ],
    [
        ("Chola Milambo, représentant permanent de la Zambie auprès de l'ONU et coprésident du "
         "groupe d'amis de renforcement des capacités de l'IA, a reconnu le leadership de la "
         "Chine pour renforcer le renforcement des capacités de l'IA dans le Sud mondial, notant "
         "l'importance de l'atelier pour la mise en œuvre du compact numérique mondial et de la "
         "résolution des Nations Unies.",
         ["Chola Milambo, Permanent Representative of Zambia to the UN and co-president of the "
          "group of friends of AI capacity-building, recognized China's leadership in "
          "strengthening the reinforcement of AI capacity-building in the Global South, noting "
          "the importance of the workshop for the implementation of the Global Digital Pact and "
          "of the United Nations resolution."]),
    ],
    [
        ("L'atelier fait partie des actions de suivi de la Chine pour mettre en œuvre la "
         "résolution générale de l'Assemblée des Nations Unies A / RES / 78/111.",
         ["The workshop is part of China's follow-up actions to implement the general "
          "resolution of the United Nations Assembly A / RES / 78/111."]),
        ("La résolution, adoptée à l'unanimité en juillet 2024, encourage le renforcement de la "
         "coopération internationale de l'IA par l'échange de politiques, le soutien technique, "
         "l'assistance financière, la formation du personnel et la recherche conjointe.",
         ["The resolution was adopted unanimously in July 2024.",
          "It encourages the strengthening of international cooperation of AI through policy "
          "exchange, technical support, financial assistance, personnel formation and joint "
          "research."]),
        ("Il représente le premier document de consensus mondial axé sur le renforcement des "
         "capacités de l'IA.",
         ["He represents the first global consensus document focused on AI "
          "capacity-building."]),
        ("Le premier atelier a eu lieu à Shanghai en septembre 2024.",
         ["The first atelier took place in Shanghai in September 2024."]),
    ],
]


@dataclass
class Layout:
    """What a formatted version of the text carries besides its paragraphs."""

    language: str
    title: str
    header: str
    footer: str
    table: list[tuple[str, str]]
    # (paragraph index, words, "bold" or "italic"): runs formatted inside body paragraphs.
    emphasis: list[tuple[int, str, str]] = field(default_factory=list)


FRENCH = Layout(
    language="fr-FR",
    title="Ouverture à Pékin du deuxième atelier de renforcement des capacités en IA",
    header="Communiqué de presse — Atelier sur le renforcement des capacités en IA",
    footer="Document de travail — ne pas diffuser",
    table=[("Atelier", "Deuxième atelier de renforcement des capacités en IA"),
           ("Lieu", "Université Tsinghua, Pékin"),
           ("Date", "12 mai")],
    emphasis=[(1, "Ma Zhaoxu", "bold"), (5, "A / RES / 78/111", "italic")],
)

ENGLISH = Layout(
    language="en-GB",
    title="Opening in Beijing of the second workshop of capacity building in AI",
    header="Press release — Workshop on AI capacity-building",
    footer="Working document — not for distribution",
    table=[("Workshop", "Second AI capacity-building workshop"),
           ("Venue", "Tsinghua University, Beijing"),
           ("Date", "12 May")],
    emphasis=[(1, "Ma Zhaoxu", "bold"), (5, "A / RES / 78/111", "italic")],
)

# The table goes after this body paragraph, so body blocks follow a table in both documents.
TABLE_AFTER_PARAGRAPH = 0
# Fixed document properties: Word files carry dates, and the samples must not change per run.
STAMP = datetime.datetime(2025, 5, 12, 9, 0, 0)
ZIP_DATE = (2025, 5, 12, 9, 0, 0)


def french_paragraphs() -> list[str]:
    return [" ".join(source for source, _ in paragraph) for paragraph in PARAGRAPHS]


def english_paragraphs() -> list[str]:
    return [" ".join(" ".join(draft) for _, draft in paragraph) for paragraph in PARAGRAPHS]


def sentence_pairs() -> list[tuple[str, str]]:
    return [(source, " ".join(draft)) for paragraph in PARAGRAPHS for source, draft in paragraph]


def check_seed(samples: Path) -> None:
    """The French sentences above must be the seed, character for character."""
    seed = (samples / SEED).read_text(encoding="utf-8")
    if seed.splitlines() != french_paragraphs():
        sys.exit(f"{samples / SEED}: its paragraphs differ from the French sentences in "
                 f"{Path(__file__).name}; fix the script, never the seed")


def _add_runs(paragraph, text: str, marks: list[tuple[str, str]]) -> None:
    """Add `text` as runs, the marked words bold or italic (each mark applies once)."""
    pieces: list[tuple[str, str | None]] = [(text, None)]
    for words, style in marks:
        for i, (piece, current) in enumerate(pieces):
            if current is None and words in piece:
                before, _, after = piece.partition(words)
                pieces[i:i + 1] = [(before, None), (words, style), (after, None)]
                break
        else:
            raise ValueError(f"{words!r} is not in paragraph {text[:40]!r}")
    for piece, style in pieces:
        if piece:
            run = paragraph.add_run(piece)
            run.bold = style == "bold" or None
            run.italic = style == "italic" or None


def build_document(layout: Layout, paragraphs: list[str]) -> docx.Document:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    properties = document.core_properties
    properties.title = layout.title
    properties.author = "translator_gui samples"
    properties.last_modified_by = "translator_gui samples"
    properties.language = layout.language
    properties.created = STAMP
    properties.modified = STAMP
    properties.last_printed = STAMP
    properties.revision = 1

    section = document.sections[0]
    section.header.paragraphs[0].text = layout.header
    section.footer.paragraphs[0].text = layout.footer

    document.add_heading(layout.title, level=0)
    for index, text in enumerate(paragraphs):
        paragraph = document.add_paragraph()
        _add_runs(paragraph, text, [(words, style) for i, words, style in layout.emphasis
                                    if i == index])
        if index == TABLE_AFTER_PARAGRAPH:
            table = document.add_table(rows=len(layout.table), cols=2)
            table.style = "Table Grid"
            for row, (label, value) in zip(table.rows, layout.table, strict=True):
                row.cells[0].text = label
                row.cells[0].paragraphs[0].runs[0].bold = True
                row.cells[1].text = value
    return document


def docx_bytes(document: docx.Document) -> bytes:
    """The document as a .docx whose zip entries carry a fixed date, so reruns are identical."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            entry.create_system = 3
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def write_samples(out: Path, samples: Path = HERE) -> list[Path]:
    check_seed(samples)
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "seed-fr.docx": docx_bytes(build_document(FRENCH, french_paragraphs())),
        "seed-en-draft.docx": docx_bytes(build_document(ENGLISH, english_paragraphs())),
        "seed-en-draft.txt": ("\n".join(english_paragraphs()) + "\n").encode("utf-8"),
        "seed-fr-en.tsv": "".join(f"{source}\t{target}\n"
                                  for source, target in sentence_pairs()).encode("utf-8"),
    }
    written = []
    for name, data in files.items():
        path = out / name
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE,
                        help="folder to write into (default: the samples folder)")
    args = parser.parse_args(argv)
    for path in write_samples(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
