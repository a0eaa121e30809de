"""False friends between French and English, in both directions."""

from __future__ import annotations

import pytest
from check_support import (
    run,
)

from translator_gui.core.checks.false_friends import (
    _candidate_rows,
    _rows_from,
    false_friends,
    inflect_like,
)

FALSE_FRIENDS_BAD = [
    ("Il a acheté le livre dans une librairie.", "He bought the book in a library.", "library"),
    ("Le délai de dépôt est fixé au 12 mai.", "The filing delay is set for 12 May.", "delay"),
    ("Il est actuellement ministre.", "He is actually a minister.", "actually"),
    ("Elle a assisté à la cérémonie.", "She assisted the ceremony.", "assisted"),
    ("C'est un sujet sensible.", "It is a sensible subject.", "sensible"),
    ("Il faut résumer le rapport.", "The report must be resumed.", "resumed"),
    ("La location de voitures a augmenté.", "Car location has increased.", "location"),
    ("Gallimard a édité ce roman en 1950.", "Gallimard edited this novel in 1950.", "edited"),
    ("Une éventuelle hausse des prix inquiète.", "An eventual price rise is worrying.", "An eventual"),
    ("L'ancien président a parlé.", "The ancient president spoke.", "ancient"),
    ("Il a suivi une formation en gestion de projet.", "He followed a formation in project "
     "management.", "formation"),
    ("Les agents contrôlent les colis à l'entrée.", "Officers control parcels at the entrance.",
     "control"),
    ("Les candidats passeront le concours en mai.", "Candidates will pass the competition in "
     "May.", "pass"),
    ("Elle a remis sa démission lundi.", "She handed in her demission on Monday.", "demission"),
    ("Nous ignorions que le vol était annulé.", "We ignored that the flight was cancelled.",
     "ignored"),
]


FALSE_FRIENDS_GOOD = [
    ("Il a acheté le livre dans une librairie.", "He bought the book in a bookshop."),
    ("Il a emprunté le livre à la bibliothèque.", "He borrowed the book from the library."),
    ("Le délai de dépôt est fixé au 12 mai.", "The filing deadline is 12 May."),
    ("Le train a eu du retard.", "The train suffered a delay."),
    ("Il est actuellement ministre ; en fait, il l'est depuis 2020.",
     "He is currently a minister; actually, he has been since 2020."),
    ("Ma Zhaoxu a assisté à la cérémonie.", "Ma Zhaoxu attended the ceremony."),
    ("Il a assisté le ministre.", "He assisted the minister."),  # « assister quelqu'un » = assist
    ("La demande des consommateurs a baissé.", "Consumer demand fell."),
    ("Stage Entertainment adapte des comédies musicales.",
     "Stage Entertainment adapts musicals."),  # a company name, not a false friend
    ("Le contrôle des passeports a été renforcé.", "Passport controls were tightened."),
    ("La formation du nouveau gouvernement a pris trois semaines.",
     "The formation of the new government took three weeks."),
    ("Elle a réussi l'examen du barreau.", "She passed the bar exam."),
    ("Il a ignoré les avertissements de la police.", "He ignored the police warnings."),
    # attending « la conférence » is attending a conference: only giving one is a lecture
    ("Elle a assisté à la conférence de Genève sur le désarmement.",
     "She attended the Geneva conference on disarmament."),
]


@pytest.mark.parametrize(("source", "target", "expected"), FALSE_FRIENDS_BAD)
def test_false_friend_flags(source, target, expected):
    findings = run("false-friend", source, target)
    assert [target[f.start:f.end] for f in findings] == [expected]
    assert findings[0].replacement or findings[0].hint


@pytest.mark.parametrize(("source", "target"), FALSE_FRIENDS_GOOD)
def test_false_friend_spares(source, target):
    assert run("false-friend", source, target) == []


def test_false_friend_english_source():
    findings = run("false-friend", "He is actually a minister.", "Il est actuellement ministre.",
                   "en", "fr")
    assert findings and findings[0].replacement == "en fait"
    assert run("false-friend", "He is actually a minister.", "Il est en fait ministre.",
               "en", "fr") == []


def test_false_friends_data_has_at_least_sixty_french_pairs():

    assert sum(1 for f in false_friends() if f.fr_en) >= 60


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Ma Zhaoxu a assisté et a abordé la cérémonie d'ouverture.",
     "Ma Zhaoxu assisted and approached the opening ceremony.", True),
    ("Il a assisté à la réunion.", "He assisted the meeting.", True),
    ("Il est venu assister à la conférence.", "He came to assist the conference.", True),
    ("Il a assisté le ministre pendant la réunion.", "He assisted the minister during the meeting.",
     False),
    ("Il a assisté à la cérémonie.", "He attended and assisted the ceremony organisers.", False),
])
def test_false_friend_assister_with_an_event(source, target, flagged):
    assert bool(run("false-friend", source, target)) is flagged


@pytest.mark.parametrize(("source", "target", "suggestion"), [
    ("Ma Zhaoxu a assisté à la cérémonie.", "Ma Zhaoxu assisted the ceremony.", "attended"),
    ("Il travaille dans deux librairies.", "He works in two libraries.", "bookshops"),
    ("Le délai est court.", "The delay is short.", "deadline"),
    ("Le livre a été édité en 2020.", "The book was edited in 2020.", "published"),
    ("Il est actuellement ministre.", "He is actually a minister.", "currently"),
])
def test_false_friend_suggestion_fits_the_sentence(source, target, suggestion):
    findings = run("false-friend", source, target)
    assert [f.replacement for f in findings] == [suggestion]


@pytest.mark.parametrize(("flagged", "stem", "expected"), [
    ("editing", "issue*", "issuing"), ("edits", "publish*", "publishes"),
    ("delays", "deadline*", "deadlines"), ("assist", "attend*", "attend"),
    ("libraries", "bookshop*", "bookshops"), ("actual", "present at", "present at"),
])
def test_inflect_like(flagged, stem, expected):

    assert inflect_like(flagged, stem, "en") == expected


@pytest.mark.parametrize(("source", "target", "words", "replacement"), [
    # A phrase is replaced whole, in the tense its words around it ask for.
    ("MA a également mis en évidence le rôle de la Chine.",
     "MA also put in evidence the role of China.", "put in evidence", "highlighted"),
    ("Il faut mettre en évidence le rôle de la Chine.",
     "We need to put in evidence the role of China.", "put in evidence", "highlight"),
    ("Elle met en évidence le rôle de la Chine.",
     "She puts in evidence the role of China.", "puts in evidence", "highlights"),
    # A stem cut before its silent e is spelt right in every form.
    ("Il sera éventuellement nommé.", "He will eventually be appointed.", "eventually",
     "possibly"),
    ("Une réforme éventuelle.", "The eventual reform.", "eventual", "possible"),
    # The article follows the new word.
    ("Une éventuelle réforme.", "An eventual reform.", "An eventual", "A possible"),
    # a phrase's replacement takes its first word's inflection
    ("L'hôpital dispose de quarante lits.", "The hospital disposes of forty beds.",
     "disposes of", "possesses"),
    ("Les pays se sont engagés à agir.", "The countries engaged to act.", "engaged",
     "pledged"),
])
def test_false_friend_replacement_fits_the_sentence(source, target, words, replacement):
    # "put in evidence" is also an English calque: the en-calque pattern owns those words
    # (one finding per words) and gives the same fix; the false friend yields to it.
    findings = run("false-friend", source, target) + run("en-calque", source, target)
    (finding,) = findings
    assert (target[finding.start:finding.end], finding.replacement) == (words, replacement)


def test_a_replacement_of_another_word_class_is_only_a_hint():
    """"evidence" (a noun) is never replaced by "obvious": the renderings become a hint."""
    (finding,) = run("false-friend", "Cela relève de l'évidence.", "This is a matter of evidence.")
    assert finding.replacement is None
    assert finding.hint == "obvious… / clear / plain / highlight…"


def test_assisted_at_is_the_calque_s_alone():
    # "assisted at the meeting" is the en-calque pattern's (one finding per words).
    target = "He assisted at the meeting."
    assert run("false-friend", "Il a assisté à la réunion.", target) == []
    found = run("en-calque", "Il a assisté à la réunion.", target)
    assert [(target[f.start:f.end], f.replacement) for f in found] == [("assisted at", "attended")]


def test_a_calque_owns_its_words_so_the_false_friend_inside_stays_quiet():
    # "put in evidence" is one calque ("highlighted"); replacing "evidence" alone would give
    # "put in obvious".
    target = "The report put in evidence the gaps."
    assert run("false-friend", "Le rapport a mis en évidence les lacunes.", target) == []
    assert run("false-friend", "C'est une évidence.", "It is an evidence.") != []


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # "may" renders « pourrait »: it does not account for « éventuellement ».
    ("Il pourrait éventuellement partir.", "He may eventually leave.", ["eventually"]),
    ("Il partira éventuellement.", "He may possibly leave.", []),
    # "delay" renders « retard », and « délai » has its own rendering.
    ("Le retard dépasse le délai.", "The delay exceeds the deadline.", []),
    # Two « librairie », one rendered right: the other "library" is still flagged.
    ("Une librairie et une autre librairie.", "A bookshop and another library.", ["library"]),
])
def test_false_friends_are_judged_word_by_word(source, target, flagged):
    assert [target[f.start:f.end] for f in run("false-friend", source, target)] == flagged


def test_at_least_250_pairs_each_with_its_forms():
    friends = false_friends()
    assert len(friends) >= 250
    assert sum(1 for f in friends if f.wrong or f.right) >= 80


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # the cognate is wrong in this sense...
    ("Il a présenté une demande d'asile en mai.", "He filed an asylum demand in May.",
     ["demand"]),
    ("Le pays investit dans la formation des enseignants.",
     "The country invests in the formation of teachers.", ["formation"]),
    ("Les dégâts sont importants après la tempête.",
     "The damage is important after the storm.", ["important"]),
    ("Le coût global du projet a doublé.", "The global cost of the project doubled.",
     ["global"]),
    ("La police a contrôlé les papiers des voyageurs.",
     "Police controlled the papers of the travellers.", ["controlled"]),
    ("Les chercheurs ont mené une expérience sur des souris.",
     "The researchers conducted an experience on mice.", ["experience"]),
    ("Le ministre et ses collaborateurs sont arrivés.",
     "The minister and his collaborators arrived.", ["collaborators"]),
    ("Les manifestations ont rassemblé 10 000 personnes.",
     "The manifestations drew 10,000 people.", ["manifestations"]),
    ("La réunion du comité a lieu lundi.", "The committee reunion takes place on Monday.",
     ["reunion"]),
    ("Il prétend avoir été menacé.", "He pretends to have been threatened.", ["pretends"]),
    ("Le parquet de Paris a ouvert une enquête.", "The Paris parquet opened an inquiry.",
     ["parquet"]),
    ("Il a saisi le Conseil de sécurité.", "He seized the Security Council.", ["seized"]),
    ("L'hôpital dispose de quarante lits.", "The hospital disposes of forty beds.",
     ["disposes of"]),
    ("La France s'est engagée à fermer ses centrales.",
     "France engaged to close its power plants.", ["engaged"]),
    ("Le matériel médical manque dans les hôpitaux.",
     "Medical material is lacking in hospitals.", ["material"]),
    ("L'audience a été ajournée à lundi.", "The audience was adjourned to Monday.",
     ["audience"]),
    ("Le caissier a été licencié pour faute lourde.",
     "The cashier was licensed for gross misconduct.", ["licensed"]),
    ("Les collaborateurs du ministère ont fait grève.",
     "The collaborators of the ministry went on strike.", ["collaborators"]),
    # a right rendering of another source word (« fin » is the "end") does not excuse it
    ("L'expérience sera répétée sur des rats.", "The experience will be repeated on rats.",
     ["experience"]),
    ("Les gendarmes ont contrôlé les automobilistes.", "Gendarmes controlled the drivers.",
     ["controlled"]),
    ("Le chantier sera achevé à la fin du mois.",
     "The building site will be achieved at the end of the month.", ["achieved"]),
    # "auditors" renders « auditeurs », not « contrôlé »
    ("Les auditeurs ont contrôlé les dépenses du ministère.",
     "The auditors controlled the expenditure of the ministry.", ["controlled"]),
    ("Le Conseil a rejeté la demande du gouvernement.",
     "The Council rejected the demand of the government.", ["demand"]),
    # « réaliser » + any object carried out, not only the listed kinds of work
    ("Les ingénieurs ont réalisé plusieurs essais en soufflerie.",
     "The engineers realized several wind tunnel trials.", ["realized"]),
    ("Le groupe a réalisé l'acquisition d'un concurrent.",
     "The group realized the acquisition of a competitor.", ["realized"]),
    # a person's « demande » is a request; « rester » somewhere is to stay; a large delegation;
    # a large family; an assault
    ("La demande de l'avocat a été rejetée.", "The demand of the lawyer was rejected.",
     ["demand"]),
    ("Elle est restée chez sa sœur tout l'été.", "She rested at her sister's all summer.",
     ["rested"]),
    ("Il est resté dix ans à la tête du parti.", "He rested ten years at the head of the party.",
     ["rested"]),
    ("Une importante délégation chinoise est attendue.",
     "An important Chinese delegation is expected.", ["An important"]),
    ("Les familles nombreuses recevront une aide.", "Numerous families will receive aid.",
     ["Numerous"]),
    ("Une femme a été victime d'une agression à Lyon.",
     "A woman was the victim of an aggression in Lyon.", ["aggression"]),
    # a form ending in an apostrophe is glued to the next word (« dispose d'un »)
    ("Le boîtier dispose d'un écran tactile.", "The case disposes of a touch screen.",
     ["disposes of"]),
    # a source word that could explain the cognate is rendered by its own look-alike:
    # « site » is the "site", so "location" renders « location »
    ("La location de salles et l'emplacement du site sont discutés.",
     "Room location and the site's location are discussed.", ["location"]),
    ("L'usine fermera définitivement ses portes en mars.",
     "The factory will definitely close its doors in March.", ["definitely"]),
    ("Trois enfants souffrent d'une intoxication au monoxyde de carbone.",
     "Three children suffer from carbon monoxide intoxication.", ["intoxication"]),
    ("La compagnie a passé une commande de 30 navires.",
     "The company placed a command for 30 ships.", ["a command"]),
    ("Il est hébergé chez un parent éloigné.", "He is staying with a distant parent.",
     ["parent"]),
    ("La mairie a obtenu une subvention conséquente.",
     "The town hall obtained a consequent subsidy.", ["consequent"]),
    # « rapport »: a report, a ratio; "rapport" only for good relations
    ("Le rapport de la commission d'enquête a fuité.",
     "The rapport of the commission of inquiry leaked.", ["rapport"]),
])
def test_context_makes_the_cognate_wrong(source, target, flagged):
    assert [target[f.start:f.end] for f in run("false-friend", source, target)] == flagged


@pytest.mark.parametrize(("source", "target"), [
    # ... and right in this one.
    ("La demande d'énergie augmente.", "The demand for energy is rising."),
    ("La formation d'un gouvernement prendra du temps.",
     "The formation of a government will take time."),
    ("Il a réalisé que le temps pressait.", "He realized that time was short."),
    ("C'est une question importante.", "It is an important question."),
    ("Le réchauffement global menace les côtes.", "Global warming threatens the coasts."),
    ("L'armée contrôle la ville.", "The army controls the city."),
    ("Les inspecteurs ont contrôlé les dépenses.", "The inspectors checked the expenditure."),
    # "realize" a profit or savings is English (to gain)
    ("Le groupe a réalisé un bénéfice record.", "The group realized a record profit."),
    ("La ville a réalisé des économies d'énergie.", "The city realized energy savings."),
    # an ambition, a mistake, the scale of something: "realize" is English
    ("Elle a enfin réalisé son rêve d'enfance.", "She finally realized her childhood dream."),
    ("Il a réalisé son erreur trop tard.", "He realized his mistake too late."),
    ("Elle a noué d'excellents rapports avec la presse.",
     "She built an excellent rapport with the press."),
    ("La réunion des anciens élèves aura lieu en juin.",
     "The reunion of former students will take place in June."),
    ("L'agression russe contre l'Ukraine a commencé en 2022.",
     "Russian aggression against Ukraine began in 2022."),
    ("De nombreuses familles ont fui.", "Numerous families fled."),
    ("Il est définitivement le meilleur candidat.", "He is definitely the best candidate."),
    ("Le reste du temps à Paris fut calme.", "The rest of the time in Paris was calm."),
    ("La location de salles près du site est chère.",
     "Room rental near the location is expensive."),
    ("Il a été arrêté pour ivresse publique.", "He was arrested for public intoxication."),
    ("Ses parents vivent à Dakar.", "His parents live in Dakar."),
    ("Le général a pris le commandement des troupes.", "The general took command of the troops."),
    ("Le pays n'a pas réalisé tout son potentiel.", "The country has not realized its full "
     "potential."),
    ("La demande du gouvernement en gaz a baissé.", "Government demand for gas fell."),
    ("Il a une longue expérience du terrain.", "He has long experience in the field."),
    ("Le régime militaire est tombé.", "The military regime fell."),
    ("Elle reste convaincue.", "The rest of the team is convinced."),
    ("Sans préjudice de l'article 5.", "Without prejudice to article 5."),
    ("L'hôpital dispose de quarante lits.", "The hospital has forty beds."),
    ("La France s'est engagée à fermer ses centrales.",
     "France pledged to close its power plants."),
    ("Le pays s'est engagé dans la guerre.", "The country engaged in the war."),
    ("Il s'est fiancé à Rome.", "He got engaged to his partner in Rome."),
    ("Le matériau est résistant.", "The material is resistant."),
    ("L'audience était nombreuse au concert.", "The audience at the concert was large."),
    ("Les joueurs licenciés du club ont voté.", "The club's licensed players voted."),
])
def test_context_makes_the_cognate_right(source, target):
    assert run("false-friend", source, target) == []


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Please insert the 30-round magazine.", "Veuillez insérer le magazine de 30 coups.",
     ["magazine"]),
    ("A protective phone case.", "Un cas de téléphone protecteur.", ["cas"]),
    ("The deputy director spoke.", "Le député directeur a parlé.", ["député"]),
    ("The fund supports young farmers in the region.",
     "Le fonds supporte les jeunes agriculteurs de la région.", ["supporte"]),
    ("Visa applications are processed within ten days.",
     "Les applications de visa sont traitées en dix jours.", ["applications"]),
    ("Graduates can apply for a position in the ministry.",
     "Les diplômés peuvent appliquer pour un poste au ministère.", ["appliquer"]),
    ("The airline reported record profits this quarter.",
     "La compagnie a rapporté des bénéfices records ce trimestre.", ["rapporté"]),
    ("Thousands of fans attended the final.", "Des milliers de fans ont attendu la finale.",
     ["attendu"]),
    ("Prices have doubled over the past decade.",
     "Les prix ont doublé au cours de la dernière décade.", ["décade"]),
    ("Official figures show a drop in crime.",
     "Les figures officielles montrent une baisse de la criminalité.", ["figures"]),
    ("They bought a large farm in Normandy.", "Ils ont acheté une large ferme en Normandie.",
     []),  # (« ferme » is not among the nouns a width cannot describe: left alone)
    ("Small farmers need more support from the state.",
     "Les petits agriculteurs ont besoin de plus de support de l'État.", ["support"]),
    ("The mayor introduced her successor to the council.",
     "La maire a introduit son successeur au conseil.", ["introduit"]),
    # "could" renders « pourraient »: it does not account for « éventuellement »
    ("The dispute could eventually reach the Supreme Court.",
     "Le litige pourrait éventuellement atteindre la Cour suprême.", ["éventuellement"]),
])
def test_english_source_false_friends_in_the_french(source, target, flagged):
    found = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in found] == flagged


@pytest.mark.parametrize(("source", "target"), [
    ("She reads a fashion magazine.", "Elle lit un magazine de mode."),
    ("In this case, the rule applies.", "Dans ce cas, la règle s'applique."),
    ("The deputies of the National Assembly voted.", "Les députés de l'Assemblée ont voté."),
    ("The chip sits under an aluminium heat sink on the board.",
     "La puce se trouve sous un dissipateur en aluminium sur la carte."),
    # instances counted are cases, whatever catalogue texts carry
    ("The number of new cases has doubled since May.",
     "Le nombre de nouveaux cas a doublé depuis mai."),
    ("The fund supports young farmers in the region.",
     "Le fonds soutient les jeunes agriculteurs de la région."),
    ("The new rules apply to all members.", "Les nouvelles règles s'appliquent à tous."),
    ("Download the application for your phone.",
     "Téléchargez l'application pour votre téléphone."),
    ("Apply by hand to clean skin.", "S'applique à la main sur une peau propre."),
    ("The press reported that the minister had resigned.",
     "La presse a rapporté que le ministre avait démissionné."),
    ("The dispute could possibly reach the Supreme Court.",
     "Le litige pourrait éventuellement atteindre la Cour suprême."),
    ("The figure skater won gold.", "La patineuse artistique a gagné l'or."),
    # an official name of the termbase holds its words
    ("Countries of the Global South met in Havana.", "Les pays du Sud global se sont réunis."),
    ("Contact technical support for help.", "Contactez le support technique pour de l'aide."),
    ("A large majority voted yes.", "Une large majorité a voté oui."),
    ("The bill introduced a new tax.", "Le projet de loi a introduit une nouvelle taxe."),
])
def test_english_source_right_senses_stay_quiet(source, target):
    assert run("false-friend", source, target, "en", "fr") == []


def test_a_french_stem_is_never_pasted():
    # "chair" → « chair » (flesh): the right French words are stems (« présid… »), so a hint.
    found = run("false-friend", "The chair of the committee spoke.", "La chair du comité a parlé.",
                "en", "fr")
    assert [(f.replacement, bool(f.hint)) for f in found] == [(None, True)]


# English source, French draft: the English word's sense makes the French cognate wrong.
EN_FR_BAD = [
    ("Tighten the fence posts and fit the new attachment before use.",
     "Serrez les poteaux et montez le nouvel attachement avant usage.", "attachement"),
    ("This lamp is the newest addition to our garden range.",
     "Cette lampe est la plus récente addition à notre gamme de jardin.", "addition"),
    ("Check the tyre pressure and the inflation of the spare wheel.",
     "Vérifiez la pression des pneus et l'inflation de la roue de secours.", "inflation"),
    ("The hinges are simple to maintain and rust-free.",
     "Les charnières sont simples à maintenir et inoxydables.", "maintenir"),
    ("A rechargeable battery that lasts up to ten hours.",
     "Une batterie rechargeable dernière jusqu'à dix heures.", "dernière"),
    ("Stack the wood chips near the stove.", "Empilez les puces de bois près du poêle.", "puces"),
    ("We realized that the lid was missing.", "Nous avons réalisé que le couvercle manquait.",
     "réalisé que"),    ("Exports fell sharply, a dramatic decline in one year.",
     "Les exportations ont chuté, un déclin dramatique en un an.", "dramatique"),
    ("The hotel offers luxurious rooms with a sea view.",
     "L'hôtel propose des chambres luxurieuses avec vue sur la mer.", "luxurieuses"),
    ("This treatment is highly effective against malaria.",
     "Ce traitement est hautement effectif contre le paludisme.", "effectif"),
]
EN_FR_GOOD = [
    ("The delegation reaffirmed its attachment to multilateralism.",
     "La délégation a réaffirmé son attachement au multilatéralisme."),
    ("Inflation rose to 4 per cent in the euro area.", "L'inflation a atteint 4 % dans la zone euro."),
    ("The council must maintain the ceasefire.", "Le conseil doit maintenir le cessez-le-feu."),
    ("The motion of censure was adopted by the assembly.",
     "La motion de censure a été adoptée par l'assemblée."),
    ("The addition of salt improves the taste.", "L'addition de sel améliore le goût."),
    ("A battery that lasts ten hours, the last of the range.",
     "Une batterie qui dure dix heures, la dernière de la gamme."),
    ("Each parcel of land was registered.", "Chaque parcelle de terrain a été enregistrée."),
    ("The humanitarian situation is dramatic.", "La situation humanitaire est dramatique."),
    ("She studied dramatic arts before opening a luxurious hotel.",
     "Elle a étudié l'art dramatique avant d'ouvrir un hôtel luxueux."),
    ("The effective participation of women is essential.",
     "La participation effective des femmes est essentielle."),
]


@pytest.mark.parametrize(("source", "target", "expected"), EN_FR_BAD)
def test_english_source_false_friend_in_french_flags(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == [expected]
    assert findings[0].hint and findings[0].replacement is None  # French renderings: a hint


@pytest.mark.parametrize(("source", "target"), EN_FR_GOOD)
def test_english_source_false_friend_in_french_spares(source, target):
    assert run("false-friend", source, target, "en", "fr") == []


def test_a_french_replacement_keeps_gender_and_number():
    from translator_gui.core.checks.false_friends import _same_gender_and_number

    assert not _same_gender_and_number("parcelle", "colis", "fr")  # feminine -> masculine
    assert _same_gender_and_number("librairie", "bibliothèque", "fr")
    assert _same_gender_and_number("library", "bookshop", "en")


# English homographs of product texts: the sense the English context gives the word makes the
# everyday French rendering wrong (a tent "pole", a poker "chip"), and the French word's own
# sense stays quiet (« les pôles magnétiques »).
HOMOGRAPHS_BAD = [
    ("Slide the tent poles through the sleeves.",
     "Glissez les pôles de la tente dans les fourreaux.", "pôles"),
    ("The spring inside the trigger is made of steel.",
     "Le printemps à l'intérieur de la détente est en acier.", "printemps"),
    ("A stack of poker chips and two decks of cards.",
     "Une pile de puces de poker et deux jeux de cartes.", "puces"),
    ("The stove boils a litre of water in four minutes.",
     "Le poêle fait bouillir un litre d'eau en quatre minutes.", "poêle"),
    ("Mount the scope rings on the rifle.", "Montez les anneaux de portée sur le fusil.",
     "portée"),
    ("Replace the lantern mantle before each trip.",
     "Remplacez le manteau de la lanterne avant chaque sortie.", "manteau"),
    ("Wipe the chopping board dry.", "Essuyez le conseil à découper.", "conseil"),
    ("The basketball court needs new lines.", "La cour de basket a besoin de nouvelles lignes.",
     "cour"),
    ("Fold the camping chair and put it in its bag.",
     "Pliez la chaire de camping et rangez-la dans son sac.", "chaire"),
    ("Swing the aluminum bat harder.", "Balancez plus fort la chauve-souris en aluminium.",
     "chauve-souris"),
    ("Count your steps with the pedometer.", "Comptez vos étapes avec le podomètre.", "étapes"),
    ("A great gift for any angler.", "Un grand cadeau pour tout pêcheur.", "grand"),
    ("Drive the aluminum tent stakes into the ground.",
     "Enfoncez les enjeux de tente en aluminium dans le sol.", "enjeux"),
    ("A can of three tennis balls.", "Une boîte de trois boules de tennis.", "boules"),
    ("Pitch the tent and clip on the rain fly.",
     "Montez la tente et accrochez la mouche de pluie.", "mouche"),
    ("Keep the drinks cold in the cooler.", "Gardez les boissons au frais dans le refroidisseur.",
     "refroidisseur"),
    ("Pack your camping gear in the car.", "Rangez vos engins de camping dans la voiture.",
     "engins"),
    ("The frame is light and strong.", "Le cadre est lumière et solide.", "lumière"),
    ("This stool improves your balance and posture.",
     "Ce tabouret améliore votre balance et votre posture.", "balance"),
    ("Lock the rifles in the gun cabinet.", "Rangez les fusils dans le cabinet à fusils.",
     "cabinet"),
    ("The side pocket is very convenient.", "La poche latérale est très convenable.",
     "convenable"),
    ("We assume that the lid fits.", "Nous assumons que le couvercle s'adapte.",
     "assumons que"),
    ("Sharpen the hooks with a diamond file.",
     "Aiguisez les hameçons avec un fichier diamanté.", "fichier"),
    # A capital the draft copied from English title case is no name kept as it is.
    ("Store the knife in its Hard Case after use.",
     "Rangez le couteau dans son Cas dur après usage.", "Cas"),
]
HOMOGRAPHS_GOOD = [
    ("Magnetic poles attract each other.", "Les pôles magnétiques s'attirent."),
    ("The flowers bloom in spring.", "Les fleurs éclosent au printemps."),
    ("In that case, call us.", "Dans ce cas, appelez-nous."),
    ("The court of appeal ruled on Monday.", "La cour d'appel a statué lundi."),
    ("The board of directors met today.", "Le conseil d'administration s'est réuni aujourd'hui."),
    ("Follow the installation step by step.", "Suivez l'installation étape par étape."),
    ("We sell a wide range of tents.", "Nous vendons une large gamme de tentes."),
    ("The chair of the committee opened the meeting.",
     "Le président du comité a ouvert la séance."),
    ("The bats fly out of the cave at dusk.",
     "Les chauves-souris sortent de la grotte au crépuscule."),
    ("A great number of hikers came.", "Un grand nombre de randonneurs sont venus."),
    ("The stakes are high for the club.", "Les enjeux sont élevés pour le club."),
    ("Bowling balls are heavy.", "Les boules de bowling sont lourdes."),
    ("A trout took the dry fly.", "Une truite a pris la mouche sèche."),
    ("The light of the lamp is bright.", "La lumière de la lampe est vive."),
    ("Save the file on your computer.", "Enregistrez le fichier sur votre ordinateur."),
    ("Check the gear ratio.", "Vérifiez le rapport de l'engrenage."),
    ("Call us at a convenient time.", "Appelez-nous à une heure convenable."),
    ("Check the balance of your bank account.", "Vérifiez la balance de votre compte bancaire."),
    ("The prime minister reshuffled the cabinet.", "Le premier ministre a remanié le cabinet."),
]


@pytest.mark.parametrize(("source", "target", "expected"), HOMOGRAPHS_BAD)
def test_english_homograph_rendered_in_the_wrong_sense(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == [expected]
    # The right French word depends on the sense and changes the article: a hint only.
    assert findings[0].replacement is None and findings[0].hint


@pytest.mark.parametrize(("source", "target"), HOMOGRAPHS_GOOD)
def test_english_homograph_in_the_french_word_s_own_sense_stays_quiet(source, target):
    assert run("false-friend", source, target, "en", "fr") == []


# resources/checks/homographs-en-fr.tsv: more English homographs of catalogue texts, each judged
# against the English word's context (sentences written for these tests, not taken from data).
PRODUCT_HOMOGRAPHS_BAD = [
    ("The lid snaps shut to keep the case dust-free.",
     "Le couvercle se ferme pour garder le cas à l'abri de la poussière.", "cas"),
    ("A fine mesh keeps insects out.", "Une amende maille empêche les insectes d'entrer.",
     "amende"),
    ("The blade has a scratch-free coating.", "La lame a un revêtement rayure gratuit.", "gratuit"),
    ("Roll the mattress flat for storage.", "Roulez le matelas appartement pour le ranger.",
     "appartement"),
    ("This tent will save you space in the trunk.",
     "Cette tente vous enregistrera de l'espace dans le coffre.", "enregistrera"),
    ("The bag leaves plenty of room for your shoes.",
     "Le sac laisse beaucoup de salle pour vos chaussures.", "salle"),
    ("The soft lining makes it comfortable for all-day wear.",
     "La doublure douce la rend confortable pour une usure toute la journée.", "usure"),
    ("Unroll the yoga mat on the floor.", "Déroulez la natte de yoga sur le sol.", "natte"),
    ("Take a compass and a map on every hike.",
     "Prenez un compas et une carte à chaque randonnée.", "compas"),
    ("The lamp runs on three AAA batteries.",
     "La lampe fonctionne avec trois batteries AAA.", "batteries"),
    ("Clean the blade after sanding the powder coat.",
     "Nettoyez la lame après avoir poncé le manteau de poudre.", "manteau"),
    ("Lower the hoop for younger basketball players.",
     "Abaissez le cerceau pour les jeunes joueurs de basketball.", "cerceau"),
    ("Hang your waders on the arrow rest hook.",
     "Accrochez vos cuissardes au crochet du repos de flèche.", "repos"),
    ("Each pruning saw comes with a sheath.", "Chaque vu d'élagage est livrée avec un étui.",
     "vu"),
    ("The quiver holds six arrows.", "Le frisson contient six flèches.", "frisson"),
    ("Use duck calls to bring in the birds.",
     "Utilisez des appels de canard pour attirer les oiseaux.", "appels"),
    ("Set up the blind before dawn to hunt deer.",
     "Installez l'aveugle avant l'aube pour chasser le cerf.", "aveugle"),
    ("Stuffed animals are not included.", "Les animaux empaillés ne sont pas inclus.",
     "empaillés"),
    ("Keep your reels and lures in this tackle box.",
     "Gardez vos moulinets et leurres dans cette boîte de tacle.", "tacle"),
    ("Good exercises to strengthen your core muscles.",
     "De bons exercices pour renforcer vos muscles du noyau.", "noyau"),
    ("The scratches on the club face are cosmetic.",
     "Les rayures sur le visage du club sont esthétiques.", "visage"),
    ("Overall length: 42 inches.", "Durée totale : 42 pouces.", "Durée"),
    ("Fill the bottle with water, then add a tablet; it is safe for kids.",
     "Remplissez la bouteille d'eau, puis ajoutez un comprimé ; c'est coffre-fort pour les "
     "enfants.", "coffre-fort"),
    ("The handle, meanwhile, stays cool to the touch.",
     "La poignée, pendant ce temps, reste froide au toucher.", "pendant ce temps"),
    ("Wear knee pads when you skate.", "Portez des tampons de genou quand vous patinez.",
     "tampons"),
    ("Fill the hydration bladder with two liters of water.",
     "Remplissez la vessie d'hydratation avec deux litres d'eau.", "vessie"),
    ("Replace the rubber tips of the trekking poles.",
     "Remplacez les conseils en caoutchouc des bâtons de marche.", "conseils"),
    ("Refill the propane tank before the trip.",
     "Remplissez le char de propane avant le voyage.", "char"),
    ("Tie the laces of your hiking boots.",
     "Nouez les dentelles de vos chaussures de randonnée.", "dentelles"),
    ("The boots have a steel toe cap.", "Les bottes ont un capuchon d'orteil en acier.",
     "orteil"),
    ("These insoles give good arch support.", "Ces semelles offrent un bon soutien de l'arc.",
     "arc"),
    ("Restring the racket when the strings break.",
     "Recordez la raquette quand les chaînes cassent.", "chaînes"),
    ("Shuffle the deck of cards.", "Mélangez le pont de cartes.", "pont"),
    ("Tie a fluorocarbon leader to the main line.",
     "Attachez un chef en fluorocarbone à la ligne principale.", "chef"),
    ("Weigh your luggage on the digital scale.",
     "Pesez vos bagages sur l'échelle numérique.", "échelle"),
    ("Sharpen the block plane blade.", "Affûtez la lame de l'avion de bloc.", "avion"),
    ("Apply a second coat of wood stain.",
     "Appliquez une deuxième couche de tache pour bois.", "tache"),
    ("Sand the wall before the primer coat.",
     "Poncez le mur avant la couche d'amorce.", "amorce"),
    ("Pour the lemonade from the glass pitcher.",
     "Versez la limonade du lanceur en verre.", "lanceur"),
    ("Two ping pong paddles and three balls.",
     "Deux pagaies de ping-pong et trois balles.", "pagaies"),
    ("Chalk your pool cue before each shot.",
     "Mettez de la craie sur votre queue de piscine avant chaque coup.", "piscine"),
    ("Collect all six action figures.", "Collectionnez les six figures d'action.", "figures"),
    ("The kids ride in the folding wagon.", "Les enfants montent dans le wagon pliant.",
     "wagon"),
    ("Loop the resistance band around your ankles.",
     "Passez le groupe de résistance autour de vos chevilles.", "groupe"),
    ("Zip the mesh screen door at night.",
     "Fermez la porte d'écran en maille la nuit.", "écran"),
    ("Lay the tent footprint under the floor.",
     "Posez l'empreinte de la tente sous le plancher.", "empreinte"),
    ("Drop two purification tablets in a liter of water.",
     "Mettez deux tablettes de purification dans un litre d'eau.", "tablettes"),
    ("Keep waterproof matches in your kit.",
     "Gardez des matchs imperméables dans votre trousse.", "matchs"),
    ("Refill the butane lighter.", "Remplissez le plus léger au butane.", "plus léger"),
    ("The rubber sole grips wet rock.", "La sole en caoutchouc adhère à la roche mouillée.",
     "sole"),
    ("Rack the pistol slide to chamber a round.",
     "Tirez la diapositive du pistolet pour chambrer une cartouche.", "diapositive"),
    ("Attach the rifle sling to the swivels.",
     "Fixez la fronde du fusil aux grenadières.", "fronde"),
    ("The magazine holds ten rounds of ammunition.",
     "Le chargeur contient dix tours de munitions.", "tours"),
    ("Open the bolt before cleaning the rifle.",
     "Ouvrez le boulon avant de nettoyer la carabine.", "boulon"),
    ("Swing out the revolver cylinder.", "Basculez le cylindre du revolver.", "cylindre"),
    ("Lower the hammer gently before holstering the pistol.",
     "Abaissez doucement le marteau avant de ranger le pistolet.", "marteau"),
    ("The scope offers four inches of eye relief.",
     "La lunette offre quatre pouces de soulagement des yeux.", "soulagement"),
    ("Read the green before every putt.", "Lisez le vert avant chaque putt.", "vert"),
    ("Improve your tee shot with this driver.",
     "Améliorez votre photo de départ avec ce driver.", "photo"),
    ("Walk the golf course with a light bag.",
     "Parcourez le cours de golf avec un sac léger.", "cours"),
    ("A light spinning rod for trout.", "Une tige légère de lancer pour la truite.", "tige"),
    ("Lock your bike to the rack.", "Attachez votre moto au support.", "moto"),
    ("The suspension fork has 100 mm of travel.",
     "La fourchette à suspension a 100 mm de débattement.", "fourchette"),
    ("Do three sets of ten reps.", "Faites trois ensembles de dix répétitions.", "ensembles"),
    ("Add reverse crunches to your routine.",
     "Ajoutez des craquements inversés à votre routine.", "craquements"),
    ("The camp cot folds flat.", "Le berceau de camp se plie à plat.", "berceau"),
    ("Keep the rifle muzzle pointed down.", "Gardez le museau du fusil vers le bas.", "museau"),
    ("The zipper has an easy-grasp pull.",
     "La fermeture éclair a une tirette facile-compréhension.", "facile-compréhension"),
    ("Use the cream in conjunction with a healthy diet.",
     "Utilisez la crème en conjonction avec une alimentation saine.", "conjonction"),
    ("Wear the belt during your workout for added emphasis.",
     "Portez la ceinture pendant votre entraînement pour plus d'emphase.", "emphase"),
    ("A good seat for people with back issues.",
     "Un bon siège pour les personnes ayant des questions de dos.", "questions"),
    ("Roll the foam along your IT band.", "Roulez la mousse le long de votre bande informatique.",
     "informatique"),
    ("The kit includes a carry bag, too.", "Le kit comprend un sac de transport, trop.", "trop"),
    ("Your abs contract with every breath.",
     "Vos abdominaux contrat à chaque respiration.", "contrat"),
    ("The jacket has reflective strips for night runs.",
     "La veste a des bandes de réflexion pour courir la nuit.", "réflexion"),
    ("Padded shorts for long bike riding.",
     "Short rembourré pour les longues équitations à vélo.", "équitations"),
    ("A regulation size basketball.", "Un ballon de basket de taille de règlement.",
     "règlement"),
]
PRODUCT_HOMOGRAPHS_GOOD = [
    ("In case of rain, bring a jacket.", "En cas de pluie, apportez une veste."),
    ("That is no longer the case.", "Ce n'est plus le cas."),
    ("He had to pay a fine of $50.", "Il a dû payer une amende de 50 $."),
    ("Shipping is free on all orders.", "La livraison est gratuite pour toutes les commandes."),
    ("They rent a flat in Paris.", "Ils louent un appartement à Paris."),
    ("Save your settings before you quit.", "Enregistrez vos réglages avant de quitter."),
    ("The hotel has a meeting room.", "L'hôtel a une salle de réunion."),
    ("The soles resist wear and tear.", "Les semelles résistent à l'usure."),
    ("Draw a circle with a compass and a ruler.", "Tracez un cercle avec un compas et une règle."),
    ("Charge the car battery overnight.", "Chargez la batterie de la voiture pendant la nuit."),
    ("Hang your winter coat in the hall.", "Accrochez votre manteau d'hiver dans l'entrée."),
    ("The child spins a hula hoop.", "L'enfant fait tourner un cerceau."),
    ("Take a rest after the run.", "Prenez du repos après la course."),
    ("We saw the eagles at dawn.", "Nous avons vu les aigles à l'aube."),
    ("She felt a quiver of fear.", "Elle a ressenti un frisson de peur."),
    ("Call customer service for help.", "Appelez le service client : un appel suffit."),
    ("The dog guides a blind man.", "Le chien guide un homme aveugle."),
    ("The museum shows stuffed birds from the trophy room.",
     "Le musée expose des oiseaux empaillés de la salle des trophées."),
    ("The team will tackle the problem tomorrow.",
     "L'équipe va s'attaquer au problème demain."),
    ("Remove the core of the apple.", "Retirez le noyau de la pomme."),
    ("Apply sunscreen to your face.", "Appliquez de la crème solaire sur votre visage."),
    ("The film has a running time of two hours.", "Le film a une durée de deux heures."),
    ("Lock your jewelry in the hotel safe.", "Rangez vos bijoux dans le coffre-fort de l'hôtel."),
    ("Meanwhile, the water boils.", "Pendant ce temps, l'eau bout."),
    ("Press the stamp on the ink pad.", "Appuyez le tampon sur l'encreur."),
    ("A bladder infection needs treatment.", "Une infection de la vessie doit être soignée."),
    ("Here are some tips for beginners.", "Voici quelques conseils pour les débutants."),
    ("The tank rolled across the battlefield.", "Le char a traversé le champ de bataille."),
    ("She wore a dress with lace trim.", "Elle portait une robe ornée de dentelle."),
    ("I stubbed my big toe.", "Je me suis cogné le gros orteil."),
    ("Walk under the stone arch.", "Passez sous l'arche de pierre."),
    ("Tie the rope to the cleat on the dock.", "Attachez la corde au taquet du quai."),
    ("The bridge crosses the river.", "Le pont traverse la rivière."),
    ("The party leader gave a speech.", "Le chef du parti a prononcé un discours."),
    ("Climb the ladder carefully.", "Montez à l'échelle avec prudence."),
    ("The plane landed at the airport.", "L'avion a atterri à l'aéroport."),
    ("This fabric resists coffee stains.", "Ce tissu résiste aux taches de café."),
    ("The pitcher threw a fastball.", "Le lanceur a lancé une balle rapide."),
    ("Paddle the kayak across the lake.", "Pagayez le kayak pour traverser le lac."),
    ("The kids swim in the pool.", "Les enfants nagent dans la piscine."),
    ("Sales figures rose last year.", "Les chiffres de vente ont augmenté : une figure connue."),
    ("The freight train has forty wagons.", "Le train de marchandises a quarante wagons."),
    ("The band played a concert.", "Le groupe a joué un concert."),
    ("The screen shows the time.", "L'écran affiche l'heure."),
    ("We saw footprints in the snow.", "Nous avons vu des empreintes dans la neige."),
    ("Charge the tablet overnight.", "Chargez la tablette pendant la nuit."),
    ("We watched two football matches.", "Nous avons regardé deux matchs de football."),
    ("This pack is lighter than the old one.", "Ce sac est plus léger que l'ancien."),
    ("Order the grilled sole with lemon.", "Commandez la sole grillée au citron."),
    ("Show the slides with the projector.", "Montrez les diapositives avec le projecteur."),
    ("David killed Goliath with a sling.", "David a tué Goliath avec une fronde."),
    ("Take a tour of the old town.", "Faites un tour de la vieille ville."),
    ("Tighten the nut on the bolt.", "Serrez l'écrou sur le boulon."),
    ("The engine has four cylinders.", "Le moteur a quatre cylindres."),
    ("Drive the nail with a hammer.", "Enfoncez le clou avec un marteau."),
    ("The walls are painted green.", "Les murs sont peints en vert."),
    ("Take a shot of the sunset with your camera.",
     "Prenez une photo du coucher de soleil avec votre appareil."),
    ("She signed up for a language course.", "Elle s'est inscrite à un cours de langue."),
    ("Weld the steel rod to the frame.", "Soudez la tige d'acier au châssis."),
    ("He rides his motorcycle to work.", "Il va au travail à moto."),
    ("Set the knife and fork beside the plate.",
     "Posez le couteau et la fourchette à côté de l'assiette."),
    ("The set includes two cups.", "L'ensemble comprend deux tasses."),
    ("The dog must wear a muzzle.", "Le chien doit porter une muselière ; son museau est court."),
    ("He has a firm grasp of the subject.", "Il a une bonne compréhension du sujet."),
    ("\"And\" is a coordinating conjunction.", "« Et » est une conjonction de coordination."),
    ("His speech was full of pompous emphasis.", "Son discours était plein d'emphase."),
    ("Ask us any question.", "Posez-nous n'importe quelle question."),
    ("He works in the IT department.", "Il travaille au service informatique."),
    ("The bag is too heavy.", "Le sac est trop lourd."),
    ("They signed the contract.", "Ils ont signé le contrat."),
    ("After some reflection, she agreed.", "Après réflexion, elle a accepté."),
    ("She goes horseback riding on Sundays.", "Elle fait de l'équitation le dimanche."),
    ("The new regulation bans plastic bags.",
     "Le nouveau règlement interdit les sacs en plastique."),
]


@pytest.mark.parametrize(("source", "target", "expected"), PRODUCT_HOMOGRAPHS_BAD)
def test_product_homograph_rendered_in_the_wrong_sense(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == [expected]
    assert findings[0].replacement is None and findings[0].hint


@pytest.mark.parametrize(("source", "target"), PRODUCT_HOMOGRAPHS_GOOD)
def test_product_homograph_in_its_own_sense_stays_quiet(source, target):
    assert run("false-friend", source, target, "en", "fr") == []


def test_every_pair_says_the_sense_that_makes_it_wrong_or_right():
    # Issue 8, point 1: at least 250 pairs, each with the sense a translator is told.
    friends = false_friends()
    assert len(friends) >= 250
    assert [f for f in friends if not f.sense] == []


@pytest.mark.parametrize(("source", "target", "flagged", "replacement"), [
    # the noun gets the noun ("disappoint" would not do)
    ("Ce fut une grande déception pour tous.", "It was a great deception for everyone.",
     "deception", "disappointment"),
    ("Les fournitures scolaires sont chères.", "School furniture is expensive.",
     "furniture", "supplies"),
    # a stem inflected by rule that no dictionary knows ("bear*" -> "beared") is only a hint
    ("Elle a supporté la chaleur sans se plaindre.",
     "She supported the heat without complaining.", "supported", None),
    # an adverb is replaced by an adverb only ("indeed" has no -ly: a hint)
    ("Ils ont effectivement signé l'accord.", "They effectively signed the agreement.",
     "effectively", None),
])
def test_a_replacement_is_a_word_of_the_right_kind(source, target, flagged, replacement):
    findings = run("false-friend", source, target)
    assert [target[f.start:f.end] for f in findings] == [flagged]
    assert findings[0].replacement == replacement
    assert findings[0].replacement or findings[0].hint


def test_a_plural_is_not_replaced_by_a_singular():
    # « journées » -> "journeys": the table's first rendering, "day", would lose the plural
    findings = run("false-friend", "Les journées d'étude ont eu lieu à Lyon.",
                   "The study journeys took place in Lyon.")
    assert [f.replacement for f in findings] == [None]
    assert findings[0].hint
    findings = run("false-friend", "Il a acheté le livre dans une librairie.",
                   "He bought the book in a library.")
    assert [f.replacement for f in findings] == ["bookshop"]


def test_a_french_adverb_is_not_replaced_by_a_noun():
    # « effectivement » for "effectively": the table's first French rendering is a noun
    # (« efficacité »), which would leave « peut efficacité »: the renderings become a hint
    target = "Cet outil peut effectivement enlever la rouille."
    (finding,) = run("false-friend", "This tool can effectively remove rust.", target,
                     "en", "fr")
    assert target[finding.start:finding.end] == "effectivement"
    assert finding.replacement is None and finding.hint


@pytest.mark.parametrize("french_source", [True, False])
@pytest.mark.parametrize("text", [
    "il a acheté le livre dans une librairie (actuellement fermée).",
    "he is actually a minister; the library-card, «delay» and e-mail.",
    "actuel", "a", "", "-librairie x-actually", "éventuellement,eventually",
])
def test_a_text_s_candidate_rows_are_those_with_a_word_beginning_there(
        french_source: bool, text: str) -> None:
    # a row is a candidate when one of its words' literal beginnings starts a word of the text
    starts = [p for p in range(len(text)) if not text[p].isspace()
              and (p == 0 or not (text[p - 1].isalnum() or text[p - 1] in "_-"))]
    expected = [row for row in _rows_from(french_source) if any(
        not start or any(text.startswith(start, p) for p in starts)
        for start in (row.french_starts if french_source else row.english_starts))]
    assert _candidate_rows(french_source, text) == expected
