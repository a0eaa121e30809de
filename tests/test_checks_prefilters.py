"""The lexical tests that decide which French texts a parse-based check gets a parse for
(translator_gui.core.checks.prefilters): they turn texts away only where the check, reading
the parse, could find nothing."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.prefilter_words import _word_spans
from translator_gui.core.checks.prefilters import (
    adjective_may_disagree,
    adjective_settled,
    adjective_suspects,
    word_may_repeat,
)
from translator_gui.core.checks.prefilters_verbs import participle_may_disagree, verb_may_disagree


@pytest.mark.parametrize(("text", "wanted"), [
    # a plural noun before a singular verb, past a complement: worth a parse
    ("Les granulés de charbon actif ne peut pas être régénérés.", True),
    # the head of the subject's phrase agrees: the check flags such a verb only when the parse
    # takes the complement for the subject (a wrong parse: nothing to ask it for)
    ("Le nombre des participants augmente chaque année.", False),
    ("Les responsables de l'église indiquent que tout va bien.", False),
    ("Les membres du bureau de vote sont partis.", False),
    # a singular noun before a plural verb
    ("La commission adoptent le rapport.", True),
    # the subject and the verb agree
    ("Les granulés ne peuvent pas être régénérés.", False),
    # « cette taxe » is a noun after a determiner, not a verb disagreeing with « automobilistes »
    ("Les automobilistes paient cette taxe.", False),
    # a comma between: the check leaves such verbs alone, no parse needed
    ("Les ministres, selon le porte-parole, sera présent.", False),
    # « bus » shows no number in its form: the check cannot judge it
    ("Le bus roulent vite.", False),
    # a pronoun is nearer than the noun
    ("Les enfants disent qu'il vient demain.", False),
    # after a preposition, or a preposition and an article, a word is a noun, not a verb
    # (« fond », « compte », « conserve » are verb forms too)
    ("Il a protégé la sécurité de ses clients à fond.", False),
    ("Il travaille pour le compte de deux hommes.", False),
    ("Les boîtes de conserve de la police.", False),
    # a real verb after its subject's complement is still worth a parse
    ("Le ministre de la police sont venus.", True),
    # an object pronoun right before the verb, or a clitic between: the check leaves the verb
    # to the pronoun (« les » stands between the subject and its verb)
    ("Le directeur des ventes les reçoivent chaque matin.", False),
    ("Le directeur des ventes se lèvent tôt.", False),
    # nouns with no determiner are no subject the check judges (« ministres et experts »)
    ("En réunion, ministres et experts discute du budget.", False),
    # a determiner contradicting the form leaves the noun's number unknown to the check
    ("Les dossier sont prêts.", False),
    # « entre », « contre » are read as prepositions
    ("Les soldats entre les deux camps attendaient.", False),
    # the determiner may stand past an adjective or a number
    ("Les trois nouveaux directeurs a démissionné.", True),
    # coordinated subjects are spared by the check, a noun after a preposition is no subject,
    # nor one in another clause (« que … »)
    ("Une femme et son enfant ont été blessés.", False),
    ("Cinq personnes en contact avec le chaton ont été identifiées.", False),
    ("L'enquête montre que les entreprises britanniques soutiennent le projet.", False),
    # a noun of the verb's number with its determiner stands between: the check leaves it
    ("La lettre que les enfants ont écrite.", False),
    # but a bare one may be tagged an adjective (« de charbon »), and a verb after
    # an agreeing noun far back is still judged
    ("La lentille incassable en polycarbonate offrent une protection.", True),
    # a form read as a noun (after « en », a possessive, an adjective) or as a participle after
    # an auxiliary is no verb the check reads; « est » after an adjective is still the verb
    ("Les serveurs en ligne.", False),
    ("Les téléspectateurs derrière leur poste.", False),
    ("Les autorités américaines ont décrit la scène.", False),
    ("Ces couteaux attrayant est un bon choix.", True),
    # a form also a noun after a determiner and an adjective, or after a verb and an adjective
    # (its object); a participle after an auxiliary and an adverb
    ("Les délégués saluent le nouveau président.", False),
    ("Les partis anti-européens font bonne figure.", False),
    ("Les hommes politiques ont récemment fait des annonces.", False),
    # a dash between
    ("Les enfants – interagit avec eux.", False),
])
def test_verb_may_disagree(text: str, wanted: bool) -> None:
    assert verb_may_disagree(text) is wanted


def test_word_spans_keep_a_known_word_after_an_elision_whole() -> None:
    text = "L'annonce d'aujourd'hui, qu'aujourd’hui."
    assert [(w, text[s:e]) for w, s, e in _word_spans(text)] == [
        ("L", "L"), ("annonce", "annonce"), ("d", "d"), ("aujourd'hui", "aujourd'hui"),
        ("qu", "qu"), ("aujourd’hui", "aujourd’hui")]


@pytest.mark.parametrize(("text", "wanted"), [
    # the auxiliary before an inverted pronoun is a token of its own, as spaCy cuts it: the
    # adjective check passes over a participle after it
    ("« Il n'y aura pas de réponse », a-t-il indiqué.", False),
    ("Les réponses indiqué par lui.", True),
    # « oe » written for « œ »: the lexicon's word, not an unknown one
    ("La mise en oeuvre du projet.", False),
])
def test_adjective_prefilter_reads_inversions_and_oe(text: str, wanted: bool) -> None:
    assert adjective_may_disagree(text) is wanted


def test_word_spans_split_elided_articles_with_their_offsets() -> None:
    text = "L'homme d’État parle aujourd'hui."
    assert [(w, text[s:e]) for w, s, e in _word_spans(text)] == [
        ("L", "L"), ("homme", "homme"), ("d", "d"), ("État", "État"), ("parle", "parle"),
        ("aujourd'hui", "aujourd'hui")]


@pytest.mark.parametrize(("text", "wanted"), [
    # coordinated adjectives, the second one not agreeing with the noun
    ("Les technologies numériques et émergents sont là.", True),
    ("Le projet de loi fiscaux a été adopté.", True),
    # the adjective agrees with the noun the « de » complement hangs on (the agreement check
    # accepts that noun), or with the complement itself
    ("Le projet de loi fiscal a été adopté.", False),
    ("Le projet de loi fiscale a été adopté.", False),
    # a capitalized noun inside the sentence is the noun the adjective goes with
    ("La Commission européenne a parlé.", False),
    ("L'Union africaine.", False),
    # a word that may be a noun but qualifies the noun before it is not the noun the next
    # adjective agrees with (« solide »), nor is a noun past « est » (« imperméable »)
    ("Cette affaire solide et léger est imperméable à l'eau.", True),
    # where the adjective check passes over a word whatever the parse: after an auxiliary
    # (« est grand »: the participle check's), after a preposition or an elided article
    # (« groupe d'amis », « échange de politiques »: a noun), an invariable word, a present
    # participle
    ("La maison est grand.", False),
    ("Le groupe d'amis de renforcement.", False),
    ("L'échange de politiques, le soutien technique.", False),
    ("Les robes marron.", False),
    ("Les femmes souriant.", False),
    # a prenominal adjective after an article still disagrees with the noun after it
    ("Il voit les grandes maison.", True),
    # the check reads an adjective only within four tokens of a noun with its determiner, with
    # adverbs, adjectives (or a noun tagged as one) between: not past a preposition, a figure
    # or punctuation (« en particulier », « en moyenne », « 5600 personnes active »)
    ("Le marché a démarré en force, en particulier en Europe.", False),
    ("Les écoles proposent en moyenne cent heures.", False),
    ("Il parle à environ 5600 personnes active chaque jour.", False),
    ("Le pays n'a pas adopté de réformes impopulaire.", True),
    ("Une poche filet intérieur.", True),
    ("Le mouvement vrai avec vos clubs très propre.", True),
    # a noun after its article, though the lexicon has the form as a participle too
    ("Selon l'armée israélienne, le tir a eu lieu.", False),
    # a hyphenated form shows the check no features; an unknown word's are read in its form
    # (a masculine plural « kenyans »), and only a noun before it counts for it
    ("Le nouveau vaccin anti-nicotine pourrait aider.", False),
    ("Les médias kenyans ont suscité un débat.", False),
    ("La pince multi comprend un tournevis.", True),
    # a finite verb (and participle) right after its subject noun is no noun the next word
    # qualifies; a noun or verb form (« arrière ») may be an adjective between them, and a
    # noun after a noun (« filet ») its modifier: the adjective may go with the first noun
    ("L'atelier fait partie des actions.", False),
    ("Le marchepied arrière impériale permet de rouler.", True),
    ("Une poche filet intérieur.", True),
])
def test_adjective_may_disagree(text: str, wanted: bool) -> None:
    assert adjective_may_disagree(text) is wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # « suisse » qualifies « couteau »: the subject may be « couteau », which disagrees
    ("Ce couteau suisse est couverte par une garantie.", True),
    # subject and participle agree: nothing to parse for
    ("Ce couteau est couvert.", False),
    ("Elle est heureux de partir.", True),
    ("La décision a été adopté hier.", True),
    # subjects the check leaves alone, right before « être » (past clitics and « avoir »)
    ("On est heureuses de partir.", False),
    ("C'est vraiment difficiles à croire.", False),
    ("Je n'ai pas été convaincue.", False),
    # a noun without a determiner is no subject the check judges
    ("Selon eux, prix sont élevée.", False),
    # a pronoun or determiner after « être » is no attribute (« même », « tel »)
    ("La méthode est tel que le reste.", False),
    # the check spares an attribute agreeing with a noun of its subject's phrase (with its
    # determiner; a bare complement, often tagged an adjective, spares nothing)
    ("Les membres du bureau sont partis.", False),
    ("La cale de stock qui est livré avec des sangles.", True),
    ("L'armature en acier est conçu pour durer.", True),
    ("La tente est même livré avec des piquets.", True),
    # a pronominal verb, a subject pronoun the check spares, no attribute after « été »
    ("Elle s'est rendu compte du problème.", False),
    ("Nous sommes heureux de partir.", False),
    ("La réunion a été en grande partie consacrée au budget.", False),
])
def test_participle_may_disagree(text: str, wanted: bool) -> None:
    assert participle_may_disagree(text) is wanted


def test_adjective_settled_inside_a_lexicon_finding() -> None:
    text = "Les technologies numériques et émergents sont là."
    start = text.index("technologies")
    end = text.index(" sont")
    word = text.index("émergents")
    assert adjective_suspects(text) == [(word, end)]
    # a finding from the noun to the adjective settles the adjective inside it
    assert adjective_settled(text, [(start, end)]) is True
    # one that starts on the adjective does not (the parse-based finding would start there)
    assert adjective_settled(text, [(word, end)]) is False
    assert adjective_settled(text, []) is False



@pytest.mark.parametrize(("text", "wanted"), [
    ("Il a salué l'initiative mondiale de gouvernance mondiale.", True),
    ("Le rapport annuel du rapport financier arrive.", True),
    # what the repetition check stops at between the two words: punctuation, an elision, a
    # conjunction, a comparison; links alone (« de ville en ville ») and a frame alone
    # (« face à face »); a first word it never reads as a content word, or a name
    ("Les ventes, selon les ventes passées, montent.", False),
    ("Le camion et le camion rouge.", False),
    ("Il a vu l'avion puis l'avion repartir.", False),
    ("Ils se sont retrouvés face à face.", False),
    ("Nous allons de ville en ville.", False),
    ("Les années passent, les années filent et les années restent.", False),
    ("Il a vu Paris puis Paris encore.", False),
])
def test_word_may_repeat(text: str, wanted: bool) -> None:
    assert word_may_repeat(text, 4) is wanted
