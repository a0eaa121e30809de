"""A negation lost or added across the pair, in both directions, not fooled by the idioms that
only look negative."""

from __future__ import annotations

import pytest
from check_support import only

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


def flagged(source: str, target: str, languages: tuple[str, str] = ("fr", "en")
            ) -> list[tuple[str, str | None]]:
    document = ReviewDocument([Segment(0, source, target, target)], *languages,
                              source_path="s.txt", draft_path="d.txt")
    only(document, "negation-mismatch")
    return [(target[i.start:i.end], i.hint) for i in check_document(document)]


@pytest.mark.parametrize(("source", "target", "words"), [
    ("La commission n'a pas approuvé le budget.", "The commission approved the budget.",
     "approved"),
    ("Le ministre ne participera jamais à ces négociations.",
     "The minister will participate in these negotiations.", "participate"),
    ("Le comité a adopté le rapport.", "The committee has not adopted the report.", "not"),
    ("Les États membres ont ratifié la convention.",
     "The member states haven't ratified the convention.", "n't"),
    ("Le pays ne produit plus de charbon.", "The country produces coal.", "produces"),
])
def test_lost_or_added_negation_fr_en(source, target, words) -> None:
    assert [w for w, _hint in flagged(source, target)] == [words]


@pytest.mark.parametrize(("source", "target", "words"), [
    ("The company does not accept returns.", "La société accepte les retours.", "accepte"),
    ("The product is compatible with all models.",
     "Le produit n'est pas compatible avec tous les modèles.", "n'"),
])
def test_lost_or_added_negation_en_fr(source, target, words) -> None:
    assert [w for w, _hint in flagged(source, target, ("en", "fr"))] == [words]


@pytest.mark.parametrize(("source", "target"), [
    ("Il ne reste que deux jours avant le vote.", "Only two days remain before the vote."),
    ("Il faut agir avant qu'il ne soit trop tard.", "We must act before it is too late."),
    ("À moins que le gouvernement ne change d'avis, la loi passera.",
     "Unless the government changes its mind, the law will pass."),
    ("Non seulement il a signé, mais il a payé.", "Not only did he sign, but he also paid."),
    ("Le pays produit plus que jamais.", "The country produces more than ever."),
    ("Il ne produit plus de charbon.", "It no longer produces coal."),
    ("Personne n'a signé le texte.", "Nobody signed the text."),
    ("Il n'a pas réussi à convaincre le jury.", "He failed to convince the jury."),
    ("Ce n'est pas impossible, a-t-il ajouté.", "It is possible, he added."),
    ("Le texte a été adopté, que le Royaume-Uni le veuille ou non.",
     "The text was adopted, whether or not the UK wants it."),
    ("Ni le Mexique ni le Canada n'ont signé.", "Neither Mexico nor Canada signed."),
    ("Il a signé sans hésiter.", "He signed without hesitation."),
    ("La croissance n'a pas dépassé 2 %.", "Growth did not exceed 2%."),
])
def test_same_polarity_stays_quiet(source, target) -> None:
    assert flagged(source, target) == []


@pytest.mark.parametrize(("source", "target", "languages", "words"), [
    ("Le musée n'ouvre que le samedi.", "The museum does not open on Saturday.", ("fr", "en"),
     "not"),
    ("Cette aide ne concerne que les agriculteurs.", "This aid does not concern farmers.",
     ("fr", "en"), "not"),
    ("Only two members voted for the motion.",
     "Deux membres n'ont pas voté pour la motion.", ("en", "fr"), "n'"),
])
def test_a_restriction_read_as_a_negation(source, target, languages, words) -> None:
    """« ne … que » is "only": a negation in its place says the opposite."""
    assert [w for w, _hint in flagged(source, target, languages)] == [words]


@pytest.mark.parametrize(("source", "target"), [
    ("Le musée n'ouvre que le samedi.", "The museum only opens on Saturdays."),
    ("Le musée n'ouvre que le samedi.", "The museum is open on Saturdays alone."),
    ("On n'a d'autre choix que d'attendre.", "We have no choice but to wait."),
    ("La ligne ne sera rouverte qu'en mars.", "The line will not reopen until March."),
    ("Personne n'a dit que la réforme était facile.", "Nobody said the reform was easy."),
    ("Il ne pense pas que le texte passera.", "He does not think the text will pass."),
])
def test_a_restriction_said_right_stays_quiet(source, target) -> None:
    assert flagged(source, target) == []


@pytest.mark.parametrize(("source", "target", "languages", "words", "hint"), [
    ("Aucun pays n'a ratifié le protocole.", "Every country ratified the protocol.",
     ("fr", "en"), "Every", "add the negation (no / none)"),
    ("Rien n'a changé depuis l'an dernier.", "Everything has changed since last year.",
     ("fr", "en"), "Everything", "add the negation (nothing)"),
    ("Personne ne s'est présenté au guichet.", "Somebody came to the counter.",
     ("fr", "en"), "Somebody", "add the negation (nobody)"),
    ("Nobody came to the second meeting.", "Tout le monde est venu à la deuxième réunion.",
     ("en", "fr"), "Tout le monde", "add the negation"),
    # the English negative-looking word only translates the source's own (« contre », « opposé »)
    ("Aucune délégation n'a voté contre le texte.", "Each delegation voted against the text.",
     ("fr", "en"), "Each", "add the negation (no / none)"),
    ("Personne ne s'est opposé à la réforme.", "Everybody opposed the reform.",
     ("fr", "en"), "Everybody", "add the negation (nobody)"),
    # the opposite of « ne … plus », « ni … ni », « pas encore », "no longer", "not yet"
    ("La centrale ne produit plus d'électricité.", "The plant still produces electricity.",
     ("fr", "en"), "still", "add the negation (no longer)"),
    ("Ni Paris ni Berlin n'ont commenté.", "Both Paris and Berlin commented.",
     ("fr", "en"), "Both", "add the negation (neither … nor)"),
    ("Le budget n'est pas encore voté.", "The budget has already been voted.",
     ("fr", "en"), "already", "add the negation (not)"),
    ("The museum no longer opens on Sundays.", "Le musée ouvre toujours le dimanche.",
     ("en", "fr"), "toujours", "add the negation"),
    ("The report has not yet been translated.", "Le rapport a déjà été traduit.",
     ("en", "fr"), "déjà", "add the negation"),
])
def test_a_negative_quantifier_rendered_by_its_opposite(source, target, languages, words,
                                                         hint) -> None:
    """« Personne n'a répondu » / "Everyone answered": the opposite, even when the verb is
    rephrased."""
    assert flagged(source, target, languages) == [(words, hint)]


@pytest.mark.parametrize(("source", "target"), [
    ("Personne n'a réussi l'examen.", "Everyone failed the exam."),
    ("Aucun pays n'a ratifié le protocole.", "No country ratified the protocol."),
    ("Rien n'est gratuit, mais tout le monde paie.", "Nothing is free, but everyone pays."),
    # one more negative word in the English than the source has: it says the negation
    ("Personne ne s'est opposé à la réforme.", "Everyone refrained from opposing the reform."),
    ("La centrale ne produit plus d'électricité.", "The plant no longer produces electricity."),
    ("Ni Paris ni Berlin n'ont commenté.", "Neither Paris nor Berlin commented; both were silent."),
    ("Le budget n'est pas encore voté.", "The budget has not been voted yet, as already said."),
])
def test_a_negative_quantifier_said_otherwise_stays_quiet(source, target) -> None:
    assert flagged(source, target) == []



def test_negation_patterns_skipped_by_their_gates_would_have_found_nothing(monkeypatch) -> None:
    import dataclasses

    from translator_gui.core.checks import negation
    from translator_gui.core.checks.gate_index import GateIndex

    texts = {"fr": ["Il ne reste que deux jours.", "Personne n'est venu.", "Rien n'a changé.",
                    "Aucun pays n'a signé, ni la France ni l'Allemagne.", "Jamais de la vie.",
                    "Pas de chance. Mais pas ici.", "Le projet a été approuvé."],
             "en": ["He did not sign.", "No one came, nobody knew.", "It isn't over.",
                    "Not only did he sign, but he paid.", "There were no 3 votes."]}
    gated = {language: [[m.span() for m in negation.negations(text, language)] for text in
                        sentences] for language, sentences in texts.items()}
    every = {language: dataclasses.replace(negation._patterns(language), negation_gates=GateIndex(
        [None] * len(negation._patterns(language).negations))) for language in texts}
    monkeypatch.setattr(negation, "_patterns", every.__getitem__)
    ungated = {language: [[m.span() for m in negation.negations(text, language)] for text in
                          sentences] for language, sentences in texts.items()}
    assert gated == ungated
    assert gated["fr"][1] == [(0, 11)] and gated["en"][0] == [(7, 10)]


def _restriction_findings(source: str, target: str) -> list[tuple[str, str, str | None]]:
    document = ReviewDocument([Segment(0, source, target, target)], "en", "fr",
                              source_path="s.txt", draft_path="d.txt")
    only(document, "negation-mismatch")
    return [(i.side, source[i.start:i.end] if i.side == "source" else target[i.start:i.end],
             i.hint) for i in check_document(document)]


@pytest.mark.parametrize(("source", "target", "word"), [
    ("Only four members voted in favour.", "Quatre membres ont voté pour.", "Only"),
    ("The fund covers merely a tenth of the needs.", "Le fonds couvre un dixième des besoins.",
     "merely"),
    # a negative word that renders the source's own ("against" / « contre ») says no "only"
    ("Only two judges ruled against the appeal.", "Deux juges ont statué contre l'appel.",
     "Only"),
])
def test_an_english_restriction_the_french_drops(source, target, word):
    assert _restriction_findings(source, target) == [
        ("source", word, "render the restriction (seulement, seul, ne … que)")]


@pytest.mark.parametrize(("source", "target"), [
    ("Only four members voted in favour.", "Seuls quatre membres ont voté pour."),
    ("Only four members voted in favour.", "Quatre membres seulement ont voté pour."),
    ("The fund covers only a tenth of the needs.", "Le fonds ne couvre qu'un dixième des besoins."),
    ("He merely added a footnote.", "Il s'est contenté d'ajouter une note."),
    ("Only ten people came.", "À peine dix personnes sont venues."),
    # "only" that restricts no clause
    ("This is the only way forward.", "C'est la voie à suivre."),
    ("Not only the poor but the rich suffer.", "Les pauvres comme les riches souffrent."),
    ("Apply only if eligible.", "Postulez si vous remplissez les conditions."),
])
def test_an_english_restriction_rendered_or_idiomatic_stays_quiet(source, target):
    assert _restriction_findings(source, target) == []


@pytest.mark.parametrize(("source", "target", "languages", "words"), [
    # « non » + an adjective whose cognate the translation keeps without its negation
    ("Le Conseil compte dix sièges non permanents.", "The Council has ten permanent seats.",
     ("fr", "en"), ["permanent"]),
    ("Chargeur non compatible avec ce modèle.", "Charger compatible with this model.",
     ("fr", "en"), ["compatible"]),
    ("The non-permanent seats are elected.", "Les sièges permanents sont élus.", ("en", "fr"),
     ["permanents"]),
])
def test_a_negative_prefix_lost(source, target, languages, words) -> None:
    assert [w for w, _hint in flagged(source, target, languages)] == words


@pytest.mark.parametrize(("source", "target"), [
    ("Le Conseil compte dix sièges non permanents.", "The Council has ten non-permanent seats."),
    ("Chargeur non compatible avec ce modèle.", "Charger not compatible with this model."),
    # a noun after « non » (« le non-respect »), said with a negative word
    ("Le non-respect des règles est sanctionné.", "Failure to respect the rules is punished."),
])
def test_quiet_when_the_negative_prefix_is_kept_or_said_otherwise(source, target) -> None:
    assert flagged(source, target) == []
