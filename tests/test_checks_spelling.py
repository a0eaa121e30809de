"""The spelling check: misspelt words on both sides, and everything it must leave alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core import spelling
from translator_gui.core.checks.base import SegmentContext, get_check, to_issue
from translator_gui.core.model import CheckSettings, ReviewDocument, Segment
from translator_gui.core.spelling import speller_for


@pytest.fixture(autouse=True)
def _user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(spelling.CONFIG_DIR_VARIABLE, str(tmp_path / "config"))
    spelling.forget_user_words()
    yield
    spelling.forget_user_words()


def document(source: str, target: str, source_language: str = "fr",
             target_language: str = "en") -> ReviewDocument:
    return ReviewDocument([Segment(0, source, target, target)], source_language, target_language,
                          source_path="s.txt", draft_path="d.txt")


def run(source: str, target: str, source_language: str = "fr", target_language: str = "en",
        doc: ReviewDocument | None = None) -> list[tuple[str, int, int, str, str | None]]:
    doc = doc or document(source, target, source_language, target_language)
    context = SegmentContext(doc.segments[0], source_language, target_language, doc)
    return [(f.side, f.start, f.end, context.text(f.side)[f.start:f.end], f.replacement)
            for f in get_check("spelling").check_segment(context)]


BAD = [
    # (source, target, expected findings)
    ("Il est possible de le recevoir.", "It is possiblly too late to recieve it.",
     [("target", 6, 15, "possiblly", "possibly"), ("target", 28, 35, "recieve", "receive")]),
    ("Le gouvernment a adopté le rapport.", "The government adopted the report.",
     [("source", 3, 14, "gouvernment", "gouvernement")]),
    ("Il est parti.", "Possiblly he left.", [("target", 0, 9, "Possiblly", "Possibly")]),
    ("Les terminaux sont neufs.", "The termnials are new.",
     [("target", 4, 13, "termnials", "terminals")]),
    ("Une aquisition importante.", "A major acquisition.",
     [("source", 4, 14, "aquisition", "acquisition")]),
    # a compound: the part that is not a word is flagged, not the whole
    ("Une politique anti-corruption.", "An anti-coruption policy.",
     [("target", 8, 17, "coruption", "corruption")]),
    # a prefix or a combining form does not hide a misspelt word after it
    ("Une réforme socio-économique.", "A socio-ecnomic reform.",
     [("target", 8, 15, "ecnomic", "economic")]),
    ("Le rapport est reçu.", "The report was recieved by the planemakr.",
     [("target", 15, 23, "recieved", "received"), ("target", 31, 40, "planemakr", None)]),
]


@pytest.mark.parametrize(("source", "target", "expected"), BAD)
def test_misspelt_words_are_flagged_with_the_dictionary_s_best_suggestion(source, target, expected):
    assert run(source, target) == expected


def test_a_word_without_suggestion_gets_a_hint_not_a_fix():
    doc = document("Le texte.", "The çç report.")
    context = SegmentContext(doc.segments[0], "fr", "en", doc)
    (finding,) = get_check("spelling").check_segment(context)
    assert (finding.start, finding.end, finding.replacement) == (4, 6, None)
    assert finding.hint == "The dictionary has no word a typo away: check the spelling."


def test_the_check_offers_words_a_typo_away_and_leaves_hunspell_s_search_to_the_menu(
        monkeypatch):
    """Hunspell's own search costs 0.1-0.2 s a French word: a document check offers the words a
    typo away only; a person asking about the word (the menu) gets Hunspell's guesses too."""
    speller = speller_for("fr", {"fr": "fr_FR"})
    assert speller is not None
    asked: list[str] = []
    monkeypatch.setattr(speller, "_engine", _Asking(speller._engine, asked))
    monkeypatch.setattr(speller, "_suggestions", {})
    monkeypatch.setattr(speller, "_close", {})
    text = "Le pneumaticien et le gouvernment."
    doc = document(text, "The tyre fitter and the government.")
    context = SegmentContext(doc.segments[0], "fr", "en", doc)
    found = [(text[f.start:f.end], f.replacement, f.hint)
             for f in get_check("spelling").check_segment(context)]
    assert found == [
        ("pneumaticien", None, "The dictionary has no word a typo away: check the spelling."),
        ("gouvernment", "gouvernement", "Suggestions: gouvernement, gouvernent")]
    assert asked == []
    spelling.suggestions("pneumaticien", "fr", {"fr": "fr_FR"})
    assert asked == ["pneumaticien"]


class _Asking:
    """An engine that notes the words Hunspell's own search is asked about."""

    def __init__(self, engine, asked: list[str]) -> None:
        self._engine, self._asked = engine, asked

    def spell(self, word: str) -> bool:
        return self._engine.spell(word)

    def suggest(self, word: str) -> list[str]:
        self._asked.append(word)
        return self._engine.suggest(word)


def test_a_french_fix_that_would_break_agreement_is_a_suggestion():
    # the dictionary's best guess for « rohingyase » is the plural « rohingyas »: a fix after
    # a plural noun, only a suggestion after the singular « origine »
    def found(text: str) -> list[tuple[str, str | None, str | None]]:
        doc = document(text, "They live here.")
        context = SegmentContext(doc.segments[0], "fr", "en", doc)
        return [(text[f.start:f.end], f.replacement, f.hint)
                for f in get_check("spelling").check_segment(context) if f.side == "source"]

    [(word, replacement, hint)] = found("Il est d'origine rohingyase et vit ici.")
    assert (word, replacement) == ("rohingyase", None) and hint.startswith("Suggestions: rohingyas")
    assert found("Des familles rohingyase vivent ici.")[0][1] == "rohingyas"


def test_a_name_inside_a_sentence_and_an_elided_known_word_are_not_asked_about(monkeypatch):
    """Their answer could not change what is flagged (a capitalized word inside a sentence is
    taken for a name; « d'abord » is judged by « abord » when the whole is unknown): the
    dictionary is not asked about them, as it is about a capitalized word opening a sentence."""
    speller = speller_for("fr", {"fr": "fr_FR"})
    assert speller is not None
    spelled: list[str] = []
    monkeypatch.setattr(speller, "_engine", _Spelling(speller._engine, spelled))
    monkeypatch.setattr(speller, "_known", {})
    monkeypatch.setattr(speller, "_rejected", set())
    text = "Gouvernmant dit que Zorglubowski a vu d'abord le gouvernment de Zorglubowski."
    assert [word for _side, _s, _e, word, _r in run(text, "The government.")] == [
        "Gouvernmant", "gouvernment"]
    assert "Gouvernmant" in spelled and "gouvernment" in spelled
    assert "Zorglubowski" not in spelled and "d'abord" not in spelled
    # the same name opening a sentence is asked about (and flagged: no name opens a sentence)
    assert [word for _side, _s, _e, word, _r in run(
        "Zorglubowski a vu le texte.", "He saw it.")] == ["Zorglubowski"]
    # and, known now to be unknown, inside a sentence it is still taken for a name
    assert [word for _side, _s, _e, word, _r in run(text, "The government.")] == [
        "Gouvernmant", "gouvernment"]


class _Spelling:
    """An engine that notes the words it is asked to spell."""

    def __init__(self, engine, spelled: list[str]) -> None:
        self._engine, self._spelled = engine, spelled

    def spell(self, word: str) -> bool:
        self._spelled.append(word)
        return self._engine.spell(word)

    def suggest(self, word: str) -> list[str]:
        return self._engine.suggest(word)


def test_issue_has_id_severity_and_suggestions():
    doc = document("Il est possible.", "It is possiblly.")
    check = get_check("spelling")
    context = SegmentContext(doc.segments[0], "fr", "en", doc)
    spelt = [to_issue(check, doc.segments[0], f, doc.checks) for f in check.check_segment(context)]
    assert len(spelt) == 1
    issue = spelt[0]
    assert issue is not None and issue.check == "spelling"
    assert (issue.side, issue.start, issue.end, issue.severity.value) == ("target", 6, 15, "minor")
    assert issue.replacement == "possibly"
    # the only dictionary word one typo away: the fix, with no list of alternatives
    assert issue.hint is None


def test_several_near_words_are_listed_nearest_first():
    doc = document("Il est reçu.", "It is recieved.")
    check = get_check("spelling")
    context = SegmentContext(doc.segments[0], "fr", "en", doc)
    (finding,) = list(check.check_segment(context))
    assert finding.replacement == "received"
    assert finding.hint == "Suggestions: received, relieved"


@pytest.mark.parametrize(("locale", "word", "near"), [
    ("en_GB", "recieve", ["receive", "relieve"]),  # two letters swapped; one replaced
    ("en_GB", "acommodation", ["accommodation"]),  # a letter left out
    ("fr_FR", "ecole", ["école"]),  # an accent left out
    ("fr_FR", "gouvernment", ["gouvernement", "gouvernent"]),  # added before removed
    ("fr_FR", "réalisationde", ["réalisation de"]),  # a lost space before a short word
    ("fr_FR", "crématisés", []),  # two long halves: no cut
    ("en_GB", "xqzvvkw", []),  # nothing near: Hunspell's own search takes over
])
def test_near_words_are_the_dictionarys_words_one_typo_away(locale, word, near):
    speller = speller_for(locale[:2], {locale[:2]: locale})
    assert speller is not None
    assert speller.near_words(word) == near


def test_suggestions_do_not_depend_on_the_clock():
    """Hunspell's own search stops on a timer: a busy machine got other suggestions. Words a
    typo away are found without it, the same on every run."""
    speller = speller_for("fr", {"fr": "fr_FR"})
    assert speller is not None
    first = speller.near_words("réalisationde")
    speller._suggestions.clear()
    assert speller.suggest("réalisationde") == first == ["réalisation de"]


GOOD = [
    ("M. Zuckerberg a rencontré l'OCDE à Bruxelles le 3 mai.",
     "Mr Zuckerberg met the OECD in Brussels on 3 May."),
    # names and tokens written the same on both sides
    ("Le logiciel xtrabackup de Kwiatkowskyj fonctionne.",
     "kwiatkowskyj's xtrabackup software works."),
    # numbers, codes, URLs, e-mail addresses
    ("Voir le document A/RES/76/307, la norme ISO-9001, le 2e alinéa et 3x4.",
     "See document A/RES/76/307, standard ISO-9001, the 2nd paragraph and 3x4."),
    ("Écrivez à jean.dupont@exemple.fr ou voyez https://www.exemple.fr/rapport_final.",
     "Write to jean.dupont@exemple.fr or see https://www.exemple.fr/rapport_final."),
    ("www.qzxwv.org publie les chiffres.", "www.qzxwv.org publishes the figures."),
    # acronyms in capitals, with inner capitals
    ("Le QZXW et l'OQZX ont signé.", "The QZXW and OQZX signed."),
    ("Il utilise un iPhone et eBay.", "He uses an iPhone and eBay."),
    # a word quoted from the other language, and an elided article before a name
    ("La « laïcité » est un principe.", "The principle of « laïcité » applies."),
    ("L'avis d'Ouagadougou et l'Europe.", "The opinion of Ouagadougou and Europe."),
    # typographic apostrophes, œ typed as oe, capitals without accents
    ("L’homme aujourd’hui a du coeur. Etat de droit.", "Today’s man doesn’t give up."),
    # possessives of names, abbreviations with their full stop
    ("Le rapport de Qzarbek, etc.", "Qzarbek's report, etc."),
    # British and American spellings both pass until the project chooses
    ("La couleur du centre.", "The color of the centre."),
    # markup character references: the entity's name is no word to correct (nbsp -> NBS)
    ("Vitesse et&nbsp;distance cumulée &amp; temps.",
     "Speed and&nbsp;cumulative distance &#160;&amp; time&hellip;"),
    # words built by rule: productive prefixes, combining forms in -o, closed compounds with a
    # productive head, and units without a vowel
    ("Une surperformance après la reprivatisation ; une étude socio-économique et "
     "médico-légale sur 3 millions de bpj.",
     "A strong showing after reprivatization; the carmaker's robo-taxis and seatbacks."),
    ("", ""),
]


@pytest.mark.parametrize(("source", "target"), GOOD)
def test_clean_text_stays_quiet(source, target):
    assert run(source, target) == []


def test_english_to_french_reads_each_side_with_its_own_dictionary():
    assert run("The government adopted it.", "Le gouvernment l'a adopté.", "en", "fr") == [
        ("target", 3, 14, "gouvernment", "gouvernement")]


def test_a_chosen_english_dictionary_flags_the_other_variant():
    doc = document("La couleur.", "The color.")
    doc.checks.dictionaries = {"en": "en_GB"}
    assert run("La couleur.", "The color.", doc=doc) == [("target", 4, 9, "color", "colour")]
    doc.checks.dictionaries = {"en": "en_US"}
    assert run("La couleur.", "The colour.", doc=document("La couleur.", "The colour.")) == []
    doc2 = document("La couleur.", "The colour.")
    doc2.checks.dictionaries = {"en": "en_US"}
    assert run("La couleur.", "The colour.", doc=doc2) == [("target", 4, 10, "colour", "color")]


def test_termbase_and_glossary_words_are_never_flagged(tmp_path: Path):
    glossary = tmp_path / "client.csv"
    glossary.write_text("source,target\nzorblaxine,zorblaxin\n", encoding="utf-8")
    # alone on one side, the word is unknown ...
    assert [(s, a, b, w) for s, a, b, w, _r in run("La zorblaxine agit.", "It acts.")] == [
        ("source", 3, 13, "zorblaxine")]
    # ... unless the glossary has it
    doc = document("La zorblaxine agit.", "It acts.")
    doc.checks.glossaries = [str(glossary)]
    assert run("La zorblaxine agit.", "It acts.", doc=doc) == []


def test_add_to_project_dictionary_and_ignore_all():
    doc = document("Le qzarbeck est là.", "It is here.")
    assert [w for _s, _a, _b, w, _r in run("", "", doc=doc)] == ["qzarbeck"]
    spelling.add_to_project_dictionary(doc.checks, "qzarbeck")
    assert run("", "", doc=doc) == []
    assert CheckSettings.from_json(doc.checks.to_json()).words == ["qzarbeck"]
    doc = document("Le vlorpique est là.", "It is here.")
    spelling.ignore_all(doc.checks, "vlorpique")
    assert run("", "", doc=doc) == []
    assert CheckSettings.from_json(doc.checks.to_json()).ignored_words == ["vlorpique"]


def test_user_dictionary_is_a_plain_text_file_in_the_user_config_folder(tmp_path: Path):
    doc = document("Le qzarbeck est là.", "It is here.")
    spelling.add_to_user_dictionary("qzarbeck")
    path = tmp_path / "config" / "dictionary.txt"
    assert path.read_text(encoding="utf-8") == "qzarbeck\n"
    assert run("", "", doc=doc) == []
    spelling.forget_user_words()
    assert "qzarbeck" in spelling.user_words()


def test_dictionaries_ship_inside_the_package():
    for locale in ("fr_FR", "en_GB", "en_US"):
        files = spelling.dictionary_files(locale)
        assert files is not None
        assert files[0].name == f"{locale}.aff" and files[1].name == f"{locale}.dic"
    assert spelling.dictionary_choices("en") == ["en_GB", "en_US"]
    assert spelling.default_dictionary("fr") == "fr_FR"
    assert spelling.dictionary_files("xx_XX") is None


def test_a_language_without_dictionary_is_not_checked():
    assert run("Il est possible.", "Es ist möglichx.", "fr", "de") == []


def test_suggestions_for_a_menu():
    assert spelling.suggestions("possiblly", "en")[:1] == ["possibly"]
    assert spelling.suggestions("anything", "xx") == []


@pytest.mark.parametrize("engine", ["spylls"])
def test_the_pure_python_engine_reads_the_same_dictionaries(engine, monkeypatch):
    pytest.importorskip("spylls")
    files = spelling.dictionary_files("en_US")
    assert files is not None
    speller = spelling._SpyllsEngine(*files)
    assert speller.spell("possibly") and not speller.spell("possiblly")


def _require_libhunspell() -> None:
    """The libhunspell shared library is there wherever .ci/install could install it (apt):
    its absence there fails. Elsewhere (a plain `pip install`) the program runs on the engine
    it falls back to, which must read the dictionary; only the tests of the library's own
    engine are then left out."""
    if spelling._libhunspell() is not None:
        return
    assert shutil.which("apt-get") is None, \
        "libhunspell is missing although apt is here: .ci/install installs libhunspell-dev"
    fallback = spelling.engine_for("fr_FR")
    assert fallback is not None and fallback.spell("maison")
    pytest.skip("no libhunspell here and no apt to install it (plain pip install): the "
                "fallback engine, checked above, is the one in use")


def _libhunspell_engine(locale: str):
    _require_libhunspell()
    files = spelling.dictionary_files(locale)
    assert files is not None
    engine = spelling._HunspellEngine(*files)
    assert engine._handle is not None
    return engine


def test_libhunspell_through_ctypes_answers_as_the_binding():
    hunspell = pytest.importorskip("hunspell")
    engine = _libhunspell_engine("fr_FR")
    aff, dic = spelling.dictionary_files("fr_FR")
    binding = hunspell.HunSpell(str(dic), str(aff))
    for word in ("maison", "maisonn", "café", "cafe", "aujourd’hui", "œuvre", "éléphantt"):
        assert engine.spell(word) == binding.spell(word), word
    assert engine.suggest("maisonn")[:2] == binding.suggest("maisonn")[:2] == ["maison", "maisons"]
    assert engine.suggest("éléphantt")[:1] == ["éléphant"]
    assert not engine.spell("emoji😀")


def test_a_suggestion_leaves_the_interpreter_to_other_threads():
    """libhunspell takes 0.05-0.2 s to suggest for a long unknown word; the binding held the
    interpreter lock all along, and the window waited for a worker's spelling check."""
    import threading
    import time

    engine = _libhunspell_engine("en_GB")
    ticks: list[float] = []
    done = threading.Event()

    def ticker() -> None:
        while not done.is_set():
            time.sleep(0.001)
            ticks.append(time.perf_counter())

    thread = threading.Thread(target=ticker)
    thread.start()
    time.sleep(0.02)
    began = time.perf_counter()
    for word in ("Xyzzyplughtwisty", "Qwertyuiopasdfgh", "Stdgnoisticsxq"):
        engine.suggest(word)
    ended = time.perf_counter()
    done.set()
    thread.join()
    during = [t for t in ticks if began < t < ended]
    # holding the lock, the ticker would tick once per suggestion at most
    assert len(during) >= 10, (len(during), ended - began)


def test_dictionaries_load_on_a_thread_while_the_caller_goes_on(monkeypatch):
    """The command line starts reading a document's dictionaries on a thread (libhunspell
    works without the interpreter lock); a check asking for one gets that very engine."""
    import threading

    _require_libhunspell()
    monkeypatch.setattr(spelling, "_ENGINES", {})
    monkeypatch.setattr(spelling, "_LOADING", {})
    readers: dict[str, str] = {}
    real = spelling.dictionary_files

    def files(locale):
        readers[locale] = threading.current_thread().name
        return real(locale)

    monkeypatch.setattr(spelling, "dictionary_files", files)
    spelling.load_in_background(["fr", "en"])
    french = spelling.engine_for("fr_FR")  # waits for that dictionary only
    assert french is not None and french.spell("maison")
    spelling.background_done()
    assert readers == {"fr_FR": "dictionaries", "en_GB": "dictionaries",
                       "en_US": "dictionaries"}
    assert spelling.engine_for("en_US") is spelling._ENGINES["en_US"] is not None
    assert not any(thread.name == "dictionaries" for thread in threading.enumerate())


def test_the_termbase_words_prepared_at_install_are_those_its_forms_give(tmp_path, monkeypatch):
    """The bundled termbase's folded words come from a table prepared at install
    (core/built.py); a glossary's words are added to them, as a scan of every form gives."""
    from translator_gui.core import built
    from translator_gui.core.checks import spelling as check
    from translator_gui.core.termbase import termbase_for

    monkeypatch.setattr(built, "folder", lambda: tmp_path / "built")
    check._bundled_term_words.cache_clear()
    built.write(check._TERM_WORDS_TABLE)
    glossary = tmp_path / "mine.csv"
    glossary.write_text("source,target\nle zorglubium,the zorglubium-Quark\n", encoding="utf-8")
    terms = termbase_for((str(glossary),), "fr", "en")
    try:
        for language in ("fr", "en"):
            words = check._term_words(terms, language)
            assert words == frozenset(check._scanned_words(terms.entries, language))
            assert "zorglubium" in words and "organisation" in words
        assert {"zorglubium-quark", "quark"} <= check._term_words(terms, "en")
    finally:
        check._bundled_term_words.cache_clear()


@settings(max_examples=examples(400), deadline=None)
@given(st.text(alphabet="ab É.:/@1 \t\n\u00a0wW_-'’&;#", max_size=60))
def test_the_runs_found_no_prose_are_those_each_run_searched_alone_is(text: str) -> None:
    from translator_gui.core.checks.spelling import _CHUNK, _NOT_PROSE, _not_prose_runs

    assert _not_prose_runs(text) == [m.span() for m in _CHUNK.finditer(text)
                                     if _NOT_PROSE.search(m.group())]


def test_words_inside_urls_codes_and_addresses_are_not_read() -> None:
    from translator_gui.core.checks.spelling import misspelt_words

    english = speller_for("en")
    assert english is not None
    text = ("Seee www.exemple.org/abcde, write to zorglub@exemple.org or see U.S.xyzzy "
            "and A4brol; &nbsp;mispeled end")
    assert [(s, e, w) for s, e, w in misspelt_words(text, english)] == [
        (0, 4, "Seee"), (92, 100, "mispeled")]


def test_a_name_opening_the_sentence_in_the_other_language_s_transliteration_passes():
    """« Mouammar » is "Muammar" spelt the French way: a name, not a misspelling; a word the
    other side does not have in any spelling is still checked."""
    assert run("Muammar Gaddafi ruled Libya.", "Mouammar Kadhafi a dirigé la Libye.",
               "en", "fr") == []
    assert run("Muammar Gaddafi ruled Libya.", "Mouammmarx Kadhafi a dirigé la Libye.",
               "en", "fr")[0][3] == "Mouammmarx"


def test_a_word_of_the_project_s_own_french_tables_is_no_misspelling():
    # nationality adjectives the tool lists (resources/checks/nationalities-fr.tsv), whatever
    # the Hunspell dictionary lacks; a misspelling beside them is still flagged
    assert run("Les médias kenyans et une femme ouïghoure.", "Kenyan media and a Uighur.") == []
    assert [found[3] for found in run("Les médias kenyans recemment.", "Kenyan media.")] == \
        ["recemment"]
