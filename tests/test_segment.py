"""SRX segmentation: the hard French and English cases, and exact offsets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translator_gui.core.model import InputError
from translator_gui.core.segment import Segmenter


@pytest.mark.parametrize(("text", "expected"), [
    ("M. Dupont est arrivé. Il repart demain.", ["M. Dupont est arrivé.", "Il repart demain."]),
    ("Le Dr Martin a parlé. Puis il est parti.", ["Le Dr Martin a parlé.", "Puis il est parti."]),
    ("Certains pays, p. ex. la France, ont voté. Les autres non.",
     ["Certains pays, p. ex. la France, ont voté.", "Les autres non."]),
    ("Il a dit : « Bonjour. » puis il est parti. Ensuite, rien.",
     ["Il a dit : « Bonjour. » puis il est parti.", "Ensuite, rien."]),
    ("La résolution A/RES/78/311 a été adoptée. Elle encourage la coopération.",
     ["La résolution A/RES/78/311 a été adoptée.", "Elle encourage la coopération."]),
    ("La croissance atteint 3,5 % cette année. Le chômage baisse.",
     ["La croissance atteint 3,5 % cette année.", "Le chômage baisse."]),
    ("Le 1er juillet, la loi entre en vigueur. Elle change tout.",
     ["Le 1er juillet, la loi entre en vigueur.", "Elle change tout."]),
    ("Des fruits, des légumes, etc. sont vendus ici. Le marché ouvre tôt.",
     ["Des fruits, des légumes, etc. sont vendus ici.", "Le marché ouvre tôt."]),
])
def test_french_hard_cases(text: str, expected: list[str]) -> None:
    assert Segmenter("fr").sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Smith went to Washington. He stayed.", ["Mr. Smith went to Washington.", "He stayed."]),
    ("The U.S. delegation agreed. Others did not.",
     ["The U.S. delegation agreed.", "Others did not."]),
    ("The meeting ends at 5 p.m. on Friday. Lunch is at noon.",
     ["The meeting ends at 5 p.m. on Friday.", "Lunch is at noon."]),
    ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
])
def test_english_hard_cases(text: str, expected: list[str]) -> None:
    assert Segmenter("en").sentences(text) == expected


def test_offsets_give_the_paragraph_back() -> None:
    text = "  M. Dupont est arrivé.   Le Dr Martin, p. ex., a dit « Bonjour. »\tFin. "
    spans = Segmenter("fr").split(text)
    assert spans[0][0] == 2
    rebuilt, position = [], 0
    for start, end in spans:
        rebuilt.append(text[position:start])
        rebuilt.append(text[start:end])
        position = end
    rebuilt.append(text[position:])
    assert "".join(rebuilt) == text
    assert all(not text[s:e].startswith(" ") and not text[s:e].endswith(" ") for s, e in spans)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Le chat dort.", "M. Durand vient.", " ", "  ", "Oui ?",
                                 "3,5 %.", "« Bien. »", "etc.", "\n", "A/RES/78/311."]),
                max_size=12))
def test_spans_are_ordered_disjoint_and_in_bounds(pieces: list[str]) -> None:
    text = " ".join(pieces)
    spans = Segmenter("fr").split(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        previous_end = end
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_user_srx_file(tmp_path: Path) -> None:
    srx = tmp_path / "rules.srx"
    srx.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="no"/>
  <body>
    <languagerules>
      <languagerule languagerulename="Semicolons">
        <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern=".*" languagerulename="Semicolons"/>
    </maprules>
  </body>
</srx>""", encoding="utf-8")
    assert Segmenter("fr", str(srx)).sentences("Un; deux. Trois") == ["Un;", "deux. Trois"]


def test_bad_srx_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        Segmenter("fr", str(tmp_path / "missing.srx"))
    broken = tmp_path / "broken.srx"
    broken.write_text("<srx>", encoding="utf-8")
    with pytest.raises(InputError, match="SRX"):
        Segmenter("fr", str(broken))


def test_segmenting_does_not_import_the_schema_validator() -> None:
    """choppa imports xmlschema for a validation we never ask for; it is left unloaded (0.4 s
    of every start) and still there for whoever uses it."""
    probe = ("import sys; from translator_gui.core.segment import Segmenter;"
             "assert Segmenter('fr').sentences('M. Dupont part. Il revient.') =="
             " ['M. Dupont part.', 'Il revient.'];"
             "assert not [m for m in sys.modules if m.startswith('xmlschema.')], 'loaded';"
             "import xmlschema; assert xmlschema.XMLSchema.__name__.startswith('XMLSchema')")
    subprocess.run([sys.executable, "-c", probe], check=True)
