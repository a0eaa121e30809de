"""Lexicon-based French noun-phrase agreement (translator_gui.core.checks.agreement_lexicon)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_lexicon import find, inflect


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Il a acheté des lunettes noirs pour l'hiver.", [("lunettes noirs", "lunettes noires", None)]),
    ("Une nouveau maison se dresse au bout.", [("nouveau maison", "nouvelle maison", None)]),
    ("La poignée est robustes.", [("robustes", "robuste", None)]),
    ("Les poignées sont très solide.", [("solide", "solides", None)]),
    ("Il suit les technologies numériques et émergents.", [("technologies numériques et émergents",
                                                       "technologies numériques et émergentes", None)]),
    ("Le sac léger et pliante suit partout.", [("sac léger et pliante", "sac léger et pliant", None)]),
    # « grand » agrees like any adjective (only compounds such as « grand-mère » keep it)
    ("Elle habite une grand maison près de la grand-route.", [("grand maison", "grande maison", None)]),
    # more adjectives that stand before the noun, and a noun that is also an adjective
    ("Les principaux priorités du budget sont connues.",
     [("principaux priorités", "principales priorités", None)]),
    ("Les enfants sont les premiers victimes du conflit.",
     [("premiers victimes", "premières victimes", None)]),
    # a noun that is also an adjective of both genders takes its own gender after its
    # determiner (« oculaire », « solaire »)
    ("Le boîtier a un viseur oculaire longue portée et un capteur solaire intégrée.",
     [("capteur solaire intégrée", "capteur solaire intégré", None)]),
    ("On règle un oculaire courte et fine.", [
        ("oculaire courte", None, "the masculine singular form of « court »"),
        ("oculaire courte et fine", None, "the masculine singular form of « fin »")]),
    # a list of adjectives after commas that « et » ends qualifies the noun too
    ("Le kit promet une fixation rapide, facile et sûr ; une toile solide, légère, la meilleure.",
     [("fixation rapide, facile et sûr", "fixation rapide, facile et sûre", None)]),
    # an adjective before its noun after a preposition, without a determiner
    ("Un tribunal de premier instance ; vendu en petit série.",
     [("premier instance", "première instance", None), ("petit série", "petite série", None)]),
    # an invariable prefix and a hyphen before an adjective that agrees
    ("La poêle est anti-adhésif ; des attaches auto-agrippante.",
     [("anti-adhésif", "anti-adhésive", None),
      ("attaches auto-agrippante", "attaches auto-agrippantes", None)]),
    # a noun that is also a participle, before « qui », is the antecedent
    ("Il répare les produits qui sont vendues ici.", [("vendues", "vendus", None)]),
    # a quantifier opens the noun phrase as a determiner does (« chaque », « aucune »)
    ("Chaque housse est vendu seule ; aucune lame n'est fourni.",
     [("vendu", "vendue", None), ("fourni", "fournie", None)]),
    # after « être » a present participle is its adjective, a complement after it or not
    ("La base de la bascule est vraiment amusant pour les petits ; la montre est résistante à "
     "l'eau.", [("amusant", "amusante", None)]),
    # a number word is the noun's determiner (« piles » may be a verb without one)
    ("Le coffret comprend trois piles rechargeable.",
     [("piles rechargeable", "piles rechargeables", None)]),
    # attributes after other copulas, a modal + « être », a negation, and subject pronouns
    ("Sur la table, la nappe reste blanc.", [("blanc", "blanche", None)]),
    ("Ces étagères doivent être fixé au mur.",
     [("fixé", "fixées", None)]),
    ("Les housses ne sont pas lavable en machine.", [("lavable", "lavables", None)]),
    ("Elles sont léger et ils sont solide.", [("léger", "légères", None),
                                              ("solide", "solides", None)]),
    ("Une fois gonflée, elle semble robustes.",
     [("robustes", "robuste", None)]),
    # « est », « a » after the adjective are the verb, not the nouns « est » (east), « a »
    ("Cette valise solide et léger est livrée avec une sangle.",
     [("valise solide et léger", "valise solide et légère", None)]),
    ("Un délégué pour les questions économiques et sociaux a pris la parole.",
     [("questions économiques et sociaux", "questions économiques et sociales", None)]),
    # a plural noun-or-adjective after a singular noun: wrong either way, but it may be a
    # noun the draft put there (« le gril caractéristiques »): a hint
    # a noun that is also an adjective (« produits », « volants »), after its determiner and
    # before an adjective, is the noun
    ("Il offre des produits coûteuses à l'achat.",
     [("produits coûteuses", "produits coûteux", None)]),
    ("Le vélo a des volants pondérées.",
     [("volants pondérées", "volants pondérés", None)]),
    # a bare noun opening the text, its adjectives, then the copula; a number opening it
    ("Housse imperméable est fourni.", [("fourni", "fournie", None)]),
    ("Trois sangles réglables sont fourni.", [("fourni", "fournies", None)]),
    ("La serrure automatiques se ferme seule.",
     [("serrure automatiques", None, "the feminine singular form of « automatique »")]),
])
def test_flags_disagreeing_adjective_with_its_inflected_form(text, expected):
    # An adjective next to its noun: the two words that disagree are the span, the fix keeps
    # the noun and inflects the adjective; an attribute after a copula is flagged alone.
    assert _spans(text) == expected


def test_adjective_after_a_complement_gets_a_hint_not_a_replacement():
    text = "Il vend une barre de soutien réglables."
    found = list(find(text))
    assert [(text[f.start:f.end], f.replacement) for f in found] == [("réglables", None)]
    assert found[0].hint == "the masculine singular form of « réglable »"


@pytest.mark.parametrize("text", [
    # an adjective used as a pronoun before a verb the lexicon also reads as a noun
    "La première est arrivée hier ; la principale a un défaut ; les premières victimes.",
    # after a preposition the numbered phrase complements a noun the adjective may agree with
    "Une maison de trois logements sur quatre étages située près du port.",
    # pronoun attributes: inversions, constructions, impersonal « il », agreeing forms
    "Est-il prêt ? Il est important de noter que elles sont prêtes.",
    "Elle est fière de son travail et ils sont contents.",
    "Ils sont plus légers, elles restent solides et elle semble heureuse.",
    "La porte doit être ouverte et les pièces peuvent être remplacées.",
    "Le directeur des ventes nationales a présenté le bilan.",
    "Les secteurs public et privé ont signé l'accord.",
    "Une vue rapide des couleurs vives suffit.",
    "Les ministres présentes ont voté la résolution.",
    "La résolution a été adoptée par les États membres.",
    "Elle porte une robe marron et des chaussures rouges.",
    "Le vélo et la remorque légers tiennent dans le coffre.",
    "Les courants d'air froids entrent par la fenêtre.",
    "Une tige adaptateur se visse sur le trépied.",
    "Il choisit une haute performance et une pleine puissance.",
    "Le réalisateur l'a choisie pour le rôle principal.",
    "Quatre projets hôteliers totalisant six cents chambres ont été lancés.",
    "Il a trahi cette confiance et tenté de fuir.",
    "Il est en charge de la satisfaction passagers et de l'expérience client.",
    "Une trousse accessoires complète est vendue avec le bénéfice par action ajusté.",
    "Le couvercle pratique a deux charnières et la lampe frontale est fournie.",
    "Les produits laitiers et les volants réglables sont livrés.",
    "Il vend une maison de trois logements sur quatre étages située derrière la cour.",
    "Le principe d'une aide accrue à la sécurité est soutenu par le sénat.",
    # « toute » is an adverb too (« toute petite »), not the noun's determiner
    "Toute petite, la lampe tient dans la poche ; chaque housse est vendue seule.",
    # an invariable phrase after the copula (resources/checks/agreement-fr.tsv, locution)
    "Ces lampes sont bon marché et la montre est haut de gamme ; les tenues sont dernier cri.",
    # a prefix before a noun makes an invariable adjective (« anti-rides »)
    "Une crème anti-rides et des gants anti-coupures ; une lame semi-rigide.",
    # « à nouveau », « de nouveau »: adverbs, not an adjective before its noun
    "Il la tient à nouveau dans ses bras et revient de nouveau lundi, de bonne heure.",
    # an adjective after a bare noun and its adjective in English order may qualify the noun
    # before them (« des vélos haute gamme » in English order)
    "Il vend des freins haute performance légers et des cadres haute résistance solides.",
])
def test_stays_quiet_on_correct_or_ambiguous_french(text):
    assert _spans(text) == []


def test_inflect_confirms_the_form_in_the_lexicon():
    assert inflect("national", "national", "m", "p") == "nationaux"
    assert inflect("actif", "actif", "f", "s") == "active"
    assert inflect("rapide", "rapide", "f", "p") == "rapides"


@pytest.mark.parametrize(("form", "lemma", "gender", "number", "expected"), [
    # a participle's lemma is its infinitive: its forms are built from the form itself
    ("expédié", "expédier", "f", "p", "expédiées"),
    ("peintes", "peindre", "m", "s", "peint"),
    ("prise", "prendre", "m", "p", "pris"),
    ("reçus", "recevoir", "f", "s", "reçue"),
])
def test_inflect_finds_participles_from_their_form(form, lemma, gender, number, expected):
    assert inflect(form, lemma, gender, number) == expected


def test_a_participle_attribute_gets_its_agreeing_form_as_the_fix():
    assert _spans("Les factures sont envoyé demain.") == [("envoyé", "envoyées", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the phrase complements no noun: nothing before it can take the adjective
    ("Le vendeur propose une veste chaud pour l'hiver.", [("veste chaud", "veste chaude", None)]),
    ("On a mis la couverture épais sur le lit.",
     [("couverture épais", "couverture épaisse", None)]),
])
def test_an_unrelated_noun_before_does_not_silence_the_adjective(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # the adjective may qualify the noun the phrase complements, back along « de », « à », « en »
    "Les frais de port gratuits attirent les clients.",
    "Il vend des sacs à dos légers et des lampes de poche étanches.",
    "Les boucles en métal brillantes tiennent bien.",
    "Les taux d'intérêt élevés inquiètent les ménages.",
    # an adverbial phrase is not a noun phrase
    "Ils ont été par la suite libérés.",
    # the noun phrase is inside a complement, not the subject of the copula
    "Les lampes fournies avec le vélo sont légères.",
])
def test_quiet_when_the_adjective_may_qualify_a_noun_the_phrase_complements(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the copula agrees with the noun the phrase complements: that noun is the subject
    ("Les housses de couette sont lavé en machine.",
     [("lavé", "lavées", None)]),
    # a bare noun opening a text (a title or a list item) before its complement
    ("Sac de couchage incluse dans le prix.", [("incluse", None,
                                                "the masculine singular form of « inclure »")]),
    # a participle that is also a noun (« mises ») after « a été »
    ("La mesure a été mises en œuvre.",
     [("mises", "mise", None)]),
])
def test_flags_attributes_of_a_subject_beyond_the_nearest_noun(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # coordinated subjects before the copula: the masculine plural is right
    "Les essais et les mises à jour logicielles étaient prévus.",
    # a name ends with the noun; a single capitalized word alone may be a name
    "Franklin sport a été fondé en 1946 ; Rockstar est détenu par Apple.",
    # a present participle with its complement is invariable
    "Il propose une valise coûtant 90 euros et une crème résistant à l'eau.",
])
def test_quiet_on_coordinated_named_or_participial_subjects(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text", [
    # the complement starts with an adjective or a numeral before its noun
    "Ce panier de grande taille est conçu pour durer.",
    "Les sacs à quatre poches sont conçus pour la randonnée.",
    # a quantifier before a noun that is also an adverb (« ensemble »)
    "Chaque ensemble de housse de couette est livré plié.",
])
def test_quiet_when_the_head_is_behind_an_adjective_numeral_or_quantifier(text):
    assert _spans(text) == []


def test_two_disagreeing_adjectives_get_hints_not_a_half_fix():
    text = "Elle cuisine sur une poêle lourd émaillé."
    assert [(text[f.start:f.end], f.replacement) for f in find(text)] == [
        ("poêle lourd", None), ("poêle lourd émaillé", None)]


def test_person_nouns_set_after_a_noun_as_modifiers_are_appositions():
    assert _spans("Ils veulent une expérience passager agréable et une interface utilisateur "
                  "simple.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # after a preposition no finite verb can stand: « poches » is the noun, not « tu poches »
    ("Un sac avec poches profond pour le matériel.", [("poches profond", "poches profondes", None)]),
    # a common noun opening the text (a list item) right before its copula is its subject
    ("Batterie n'est pas inclus.", [("inclus", "incluse", None)]),
])
def test_flags_bare_nouns_a_verb_reading_or_a_missing_article_used_to_hide(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # a first name or a brand opening the text is no common noun
    "Pierre est parti tôt.",
    "Rockstar est détenu par un fonds.",
    # the noun the complement depends on is not known to be a noun (« brut »): unknown head
    "Le prix du brut de référence américain a baissé.",
    # the chain « d'une amie de ma sœur » is the object of a preposition, not the subject
    "Le fils d'une amie de ma sœur a été blessé hier.",
])
def test_quiet_when_the_subject_or_the_head_is_uncertain(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # attributes coordinated after the copula agree with the subject each
    ("Ces lampes sont étonnamment puissant et léger.",
     [("puissant", "puissantes", None), ("léger", "légères", None)]),
    ("Les chaises sont légères, solides et très robuste.", [("robuste", "robustes", None)]),
    ("Elles sont légères et solide.", [("solide", "solides", None)]),
    # « qui » stands for the noun phrase before it
    ("Elle vend des tables qui sont solide.", [("solide", "solides", None)]),
    # an adverb between the noun and its adjective
    ("Il a une veste vraiment chaud pour l'hiver.",
     [("veste vraiment chaud", "veste vraiment chaude", None)]),
    ("Ces anneaux sont non toxique.", [("toxique", "toxiques", None)]),
    # (the parse-based check is not asked to parse for it: the lexicon's fix settles it)
    ("Les organisations non gouvernementaux ont protesté.",
     [("organisations non gouvernementaux", "organisations non gouvernementales", None)]),
    # « mais » after a present participle: no complement follows, it is the adjective
    ("Sa peau résistant mais souple ne craint rien.",
     [("peau résistant", "peau résistante", None)]),
])
def test_flags_coordinated_attributes_relatives_and_adverbs(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Les pièces sont solides, légères et durables.",
    "La lame est tranchante et le manche solide.",
    "Cette valise est légère, et les roues robustes.",
    # a list after commas that « et » does not end is no coordination
    "Le principe est simple, points forts de métal et vis.",
    # « qui » after a complement may stand for the noun before it
    "Malgré un changement dans la loi qui a été voté plus tôt.",
    # a bare noun set after a noun qualifies it (« une tente dôme »): the adjective may agree
    # with the first
    "Une tente dôme familiale pour cinq personnes.",
    "Une musique rock savamment dosée.",
    # a head read as an adjective (« totale ») does not hide the noun before it
    "Le plan de réforme totale de ses services qui a été approuvé hier.",
    "Il est facile et rapide de monter la tente.",
])
def test_quiet_on_agreeing_coordinations_and_uncertain_antecedents(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a past participle that is also a first- or second-person verb (« requis », « mis »)
    ("Les étagères sont mis en place.",
     [("mis", "mises", None)]),
    ("Il voit une nappe mis sur la table.",
     [("nappe mis", "nappe mise", None)]),
])
def test_a_first_or_second_person_verb_reading_does_not_hide_the_participle(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # « du » holds the preposition: « incluse » may agree with « garantie »
    "Garantie du fabricant incluse.",
    # a verb ends the chain of complements: « rembourrées » agrees with « bretelles »
    "Le sac comprend des bretelles réglables rembourrées.",
])
def test_quiet_when_the_contracted_article_links_to_an_agreeing_noun(text):
    assert _spans(text) == []


def test_coordinated_adjectives_that_both_disagree_get_hints():
    # fixing « lourd » alone leaves « encombrant » wrong in the same span, and the reverse
    text = "Il marche sans chaussures lourd et encombrant."
    assert _spans(text) == [
        ("chaussures lourd", None, "the feminine plural form of « lourd »"),
        ("chaussures lourd et encombrant", None, "the feminine plural form of « encombrant »")]


@pytest.mark.parametrize(("text", "expected"), [
    # the complement of « N de N » is no subject: the attribute takes the first noun's gender
    ("La tige de réglage est inclus dans la boîte.", [("inclus", "incluse", None)]),
    ("Sangle de transport est fourni avec le tapis.", [("fourni", "fournie", None)]),
    ("Cette porte en métal est chromé.", [("chromé", "chromée", None)]),
])
def test_attribute_agrees_with_the_head_not_its_complement(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # agrees with the head
    "La tige de réglage est incluse dans la boîte.",
    # a collective head may leave the agreement to its complement
    "Une série de tests sont prévus pour demain.",
    # coordinated subjects; a name inside the subject
    "La lampe et le support de fixation sont inclus.",
    "La housse Pro Line modèle de voyage est conçu pour durer.",
    # « qui » may stand for the complement
    "Une housse de coussin qui est lavé souvent s'use vite.",
    # the subject starts after a bare noun: not a noun phrase of its own
    "Un support barre de toit de voiture est conçu pour les vans.",
])
def test_quiet_when_the_head_of_the_subject_is_uncertain(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a brand or model name between the noun and its copula leaves the noun the subject
    ("Le sac de couchage est chaud. La lampe Petzl Tikka est vendu avec sa housse.",
     [("vendu", "vendue", None)]),
    ("Cette bouteille Nalgene est fourni sans bouchon.", [("fourni", "fournie", None)]),
])
def test_a_name_after_the_noun_does_not_hide_its_attribute(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "La lampe Petzl Tikka est vendue avec sa housse.",
    "Le président Barack Obama est arrivé à Paris.",
    # after a preposition the noun is a complement, not the subject
    "Le sac de la marque Deuter est conçu pour la randonnée.",
])
def test_quiet_on_names_after_an_agreeing_or_complement_noun(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # « que » after a compared attribute opens the comparison, not a construction
    ("Ces valises sont plus léger que les anciennes.", [("léger", "légères", None)]),
    ("Elles sont aussi solide que l'acier.", [("solide", "solides", None)]),
])
def test_a_compared_attribute_still_agrees(text, expected):
    assert _spans(text) == expected


def test_quiet_on_an_agreeing_comparison_and_a_construction():
    assert _spans("Ces valises sont plus légères que les anciennes et sont faciles à ranger.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # « et » after a compound tense joins two clauses: the noun after it is a new subject
    ("Le chantier a commencé et une passerelle provisoire a été construit.",
     [("construit", "construite", None)]),
])
def test_a_subject_after_a_clause_and_et_is_checked(text, expected):
    assert _spans(text) == expected


def test_quiet_on_nouns_coordinated_after_an_adjective():
    # « et » after an adjective may join two nouns the attribute qualifies together
    assert _spans("Une porte usée et un volet sont remplacés.") == []


def test_the_message_names_the_subject_the_attribute_agrees_with():
    # the copula agrees with the first noun, not the complement: the message names that noun
    found = list(find("Les housses du coussin sont lavé en machine."))
    assert [(f.start, f.end, f.replacement) for f in found] == [(28, 32, "lavées")]
    assert found[0].message == "« lavé » should agree with « housses » (feminine plural)."


@pytest.mark.parametrize(("text", "expected"), [
    # the plural copula has a plural subject: the singular noun the phrase complements is not
    # it, and an attribute agreeing with that noun alone is still wrong
    ("Nous proposons une gamme de tentes qui sont légères et réglable.",
     [("réglable", "réglables", None)]),
    ("Le catalogue présente une collection de montres qui sont élégantes et durable.",
     [("durable", "durables", None)]),
])
def test_a_noun_the_copula_does_not_agree_with_is_no_subject(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Une sélection de vins et un plateau de fromages sont offerts.",
    "La boîte de vitesses est solide et fiable.",
    "Une gamme de tentes qui est légère et réglable.",
])
def test_quiet_on_coordinated_subjects_and_agreeing_attributes(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a negation or an adverb between the modal and « être » (« ne doit pas être », « peut
    # aussi être », « a toujours été »)
    ("Cette housse ne doit pas être repassé en machine.", [("repassé", "repassée", None)]),
    ("Les sangles peuvent aussi être réglé en hauteur.", [("réglé", "réglées", None)]),
    ("La bâche a toujours été posé sur le toit.", [("posé", "posée", None)]),
    # a word after a full stop or a comma opens no construction with the attribute
    ("La lampe est bien protégé. À moins de 2 kilos, elle se range partout.",
     [("protégé", "protégée", None)]),
    # « peu », « presque » are degree adverbs like « très »
    ("Une peinture peu coûteux sèche vite.",
     [("peinture peu coûteux", "peinture peu coûteuse", None)]),
    ("La toile est presque sec.", [("sec", None, "the feminine singular form of « sec »")]),
])
def test_attributes_after_a_modal_with_adverbs_and_before_a_new_sentence(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Cette housse ne doit pas être repassée en machine.",
    "Les sangles peuvent aussi être réglées en hauteur.",
    # a construction right after the attribute is still left alone
    "Ces tentes sont faciles à monter et la toile est fière de sa couleur.",
    "La lampe est bien protégée. À moins de 2 kilos, elle se range partout.",
    "Une peinture peu coûteuse sèche vite et la toile est presque sèche.",
])
def test_quiet_on_agreeing_attributes_after_a_modal_or_before_a_new_sentence(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # after coordinated nouns a singular adjective qualifies only the last one
    ("Le kit comprend un sac à dos et une lampe puissant.",
     [("lampe puissant", "lampe puissante", None)]),
    ("Il faut du courage et une patience infini pour réussir.",
     [("patience infini", "patience infinie", None)]),
])
def test_a_singular_adjective_after_coordinated_nouns_agrees_with_the_last(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # a plural adjective may qualify both coordinated nouns, whatever their genders
    "Il vend des chapeaux et des écharpes colorés pour l'hiver.",
    "La ville et le pays entier ont célébré ; le sel et la farine sont mélangés.",
])
def test_quiet_when_the_adjective_may_qualify_both_coordinated_nouns(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # « ultra » before an adjective is a degree adverb (« ultra compact »)
    ("Il range tout dans une benne ultra compact.",
     [("benne ultra compact", "benne ultra compacte", None)]),
    # a bare noun whose verb readings are of the first or second person only (« plaques »:
    # « tu plaques ») has no subject before it: before an adjective it is the noun
    ("Pour le sol, plaques maniable en mousse.",
     [("plaques maniable", "plaques maniables", None)]),
])
def test_flags_through_ultra_and_bare_nouns_of_personal_verb_forms(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Des images ultra nettes ; tu plaques solide contre le mur.",
    # after a number word the phrase may complement the noun before (« une maison … située »)
    "Une maison de trois logements sur quatre étages située près du port.",
])
def test_quiet_on_agreeing_ultra_and_personal_verbs(text):
    assert _spans(text) == []


def test_plein_air_is_a_locution_not_a_noun_an_adjective_agrees_with():
    # « innovants » qualifies « produits »; « (de) plein air » is an adjectival locution
    assert _spans("Il vend des produits de plein air innovants et des jeux en plein air.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # after « et », a word that may be a noun too (« blancs », « verts ») is the adjective
    # coordinated with the one before « et », whatever follows it
    ("Les drapeaux bleus et verts flottent ; les nappes jaunes et verts sont rangées.",
     [("nappes jaunes et verts", "nappes jaunes et vertes", None)]),
    ("Il vend des chemises bleues et blancs pour l'été.",
     [("chemises bleues et blancs", "chemises bleues et blanches", None)]),
])
def test_an_adjective_after_et_that_may_be_a_noun(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # a noun after « et » with no adjective before it: another noun phrase
    "Il vend des pommes et poires vertes.",
    "Les fenêtres ouvertes et volets fermés protègent la maison.",
    "Les murs blancs et noirs sont repeints.",
])
def test_a_noun_after_et_stays_another_noun_phrase(text):
    assert _spans(text) == []


def test_verbs_joined_by_et_do_not_make_coordinated_subjects():
    # « lave et range » joins two verbs: the relative's attribute still agrees with « vestes »
    text = "Elle lave et range des vestes de cuir qui sont abîmés."
    assert _spans(text) == [("abîmés", "abîmées", None)]
    # nouns joined by « et »: the attribute may agree with them together
    assert _spans("Les essais et les mises à jour du logiciel étaient prévus.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a comma after the adjective ends its noun phrase: the word after it opens another
    ("Il a une poignée de frein réglables, roues libres et béquille.", ["réglables"]),
    ("Ce sont des paires de gants noir, d'où leur succès.", ["noir"]),
])
def test_an_adjective_before_a_comma_is_still_read(text, expected):
    assert [t for t, _r, _h in _spans(text)] == expected


def test_a_comparative_before_a_comma_stays_quiet():
    # « plus jeunes, … »: a degree adverb and a comma, the comparative may be said of the subject
    assert _spans("Ils ont des poils sur la zone pubienne plus jeunes, dit l'étude.") == []


def test_verbs_joined_by_et_before_a_subject_with_its_complement():
    # « démonte et nettoie » joins verbs: « la housse de siège » is still one subject
    text = "On démonte et nettoie facilement : la housse de siège est lavables."
    assert [t for t, _r, _h in _spans(text)] == ["lavables"]
