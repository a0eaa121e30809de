"""Calques and anglicisms in French, and the verb forms their patterns expand to."""

from __future__ import annotations

import pytest
from check_support import (
    assert_french_flags,
    french_flagged,
    only,
    run,
)

from translator_gui.core.checks import check_document
from translator_gui.core.checks.base import Severity
from translator_gui.core.checks.calques import calques, conjugate
from translator_gui.core.model import ReviewDocument, Segment


@pytest.mark.parametrize("french, expected", [
    ("Le deuxième atelier, organisé par le ministère, a ouvert à l'Université Tsinghua le 12 mai.",
     ["a ouvert"]),
    ("La conférence a ouvert lundi à Genève.", ["a ouvert"]),
    ("Le gouvernement doit adresser les défis du changement climatique.", ["adresser les défis"]),
    ("Il faut adresser les préoccupations des pays en développement.", ["adresser les préoccupations"]),
    ("Il a adressé la question des réfugiés lors du débat.", ["adressé la question de"]),
    ("Le ministre a assisté et a abordé la cérémonie d'ouverture.",
     ["assisté et a abordé", "abordé la cérémonie"]),
    ("Le secrétaire général a adressé l'Assemblée générale.", ["adressé l'Assemblée"]),
    ("Cette initiative a contribué à la sagesse et pointant la direction de la gouvernance.",
     ["pointant la direction"]),
    ("Nous allons supporter la proposition de la délégation.", ["supporter la proposition"]),
    ("Il a réalisé que la situation était grave.", ["réalisé que"]),
    ("Elle est en charge de la coordination.", ["en charge"]),
    ("Cela fait du sens pour les pays.", ["fait du sens"]),
    ("Le pays a priorisé la mise en œuvre de la résolution.", ["priorisé"]),
    ("Ces mesures vont impacter les plus pauvres.", ["impacter"]),
    ("Il faut compléter le formulaire avant lundi.", ["compléter le formulaire"]),
    ("La fracture digitale se creuse.", ["digitale"]),
    ("Le leadership de la Chine dans le Sud mondial a été salué.", ["Sud mondial"]),
    ("Elle veut appliquer pour un poste à l'ONU.", ["pour"]),
    ("La mise en œuvre du compact numérique mondial progresse.", ["compact"]),
    ("Le résultat dépend sur la météo.", ["sur"]),
    ("Les pays doivent rencontrer les exigences du traité.", ["rencontrer les exigences"]),
    ("Il faut prendre action immédiatement.", ["action"]),
    ("La conférence prendra place à Lima en novembre.", ["place"]),
    ("Après trois jours, les négociations ont achevé hier soir à Vienne.", ["ont achevé"]),
    ("La séance avait clôturé à midi.", ["avait clôturé"]),
    ("Le groupe a initié un dialogue avec les autorités.", ["initié un dialogue"]),
    ("Il va mettre l'emphase sur l'éducation.", ["emphase"]),
    ("Il siège sur le comité exécutif.", ["sur"]),
    ("L'agenda 2030 pour le développement durable est ambitieux.", ["agenda"]),
    ("La conférence a ouvert à Genève sous la présidence de la Zambie.", ["a ouvert"]),
    ("Il faut renforcer la coopération à travers le dialogue.", ["à travers"]),
    ("Le Conseil a appelé pour un cessez-le-feu immédiat.", ["pour"]),
    ("Le ministre a délivré un discours remarqué.", ["délivré un discours"]),
    ("La résolution sponsorisée par la Chine a été adoptée.", ["sponsorisée"]),
    ("Il a souligné l'importance de la résolution de l'ONU favorisée en Chine sur l'IA.",
     ["favorisée"]),
    ("Il a exprimé son espoir pour la contribution de l'atelier.", ["pour"]),
    ("Il faut bâtir des capacités nationales.", ["bâtir"]),
    ("Le programme consiste de deux volets.", ["de"]),
    ("Le Japon a accueilli la décision du Conseil.", ["accueilli"]),
    ("Le séminaire fera le focus sur la santé.", ["focus"]),
    ("Le projet soutient la capacité de bâtiment des ministères.", ["de bâtiment"]),
    ("L'atelier porte sur la capacité de construction en Afrique.", ["de construction"]),
    ("Trois événements de côté ont eu lieu.", ["événements de côté"]),
    ("Mr Dupont a remercié Mrs. Martin et Ms Roux.", ["Mr", "Mrs.", "Ms"]),
    ("La séance reprendra à 14:30 demain.", ["14:30"]),
    ("Le ministre est responsable pour la sécurité du site.", ["pour"]),
    ("Les investisseurs sont intéressés dans le projet.", ["dans"]),
    ("Le pays est capable à produire son énergie.", ["à"]),
    ("La région est confrontée avec une sécheresse.", ["avec"]),
    ("La cérémonie a été assistée par trois ministres.", ["a été assistée"]),
    ("Le bureau est au 2nd étage, la salle au 1st.", ["nd", "st"]),
    ("La séance reprendra à 2.30 p.m. demain.", ["2.30 p.m."]),
    ("L'entrée coûte $12 par personne.", ["$12"]),
    ("Le chômage a reculé par 2 points en un an.", ["par"]),
    ("Les prix ont augmenté de plus par 4 % en mars.", ["par"]),
    ("Le sommet des chefs d'État a pris place à huis clos.", ["a pris place"]),
    ("Les élections législatives vont prendre place au printemps.", ["vont prendre place"]),
    ("Les ministres ont négocié derrière les portes closes.", ["derrière les portes closes"]),
    ("Les données sont mises à jour sur une base trimestrielle.",
     ["sur une base trimestrielle"]),
    ("Enfin, dernier mais pas le moindre, le budget a augmenté.",
     ["dernier mais pas le moindre"]),
    ("Le bol est micro-ondes sûr et le couvercle sans danger pour le lave-vaisselle.",
     ["micro-ondes sûr", "sans danger pour le lave-vaisselle"]),
    ("Les délégués ont juste terminé leurs travaux.", ["ont juste"]),
    ("La présidente a introduit les intervenants de la table ronde.", ["introduit"]),
    ("Vingt ONG participeront dans la consultation.", ["dans"]),
    ("Le conflit résultera en une hausse des prix.", ["en"]),
    ("Le budget est en ligne avec les prévisions de la Commission.", ["en ligne avec"]),
    ("La région traverse une sécheresse très sévère.", ["sévère"]),
    ("Elle compte courir pour la présidence en 2027.", ["courir pour"]),
    ("Son fils a gradué de l'université d'Ottawa.", ["gradué"]),
    ("La ministre a stressé l'importance du dialogue.", ["stressé"]),
    ("La porte-parole n'a pas voulu commenter sur la décision du tribunal.", ["commenter sur"]),
    ("Le ministère relâchera ses chiffres du chômage jeudi.", ["relâchera"]),
    ("Le gouverneur a signé la réforme fiscale en loi.", ["en loi"]),
    ("Elle a servi sa peine dans une prison fédérale.", ["servi"]),
    ("Ces ampoules permettent de sauver de l'énergie.", ["sauver"]),
    ("Les experts ont dépensé plusieurs semaines sur le rapport.", ["dépensé"]),
    ("Les négociateurs espèrent atteindre un compromis d'ici mars.", ["atteindre"]),
    ("Le sac à dos vient en plusieurs coloris.", ["vient en"]),
    ("L'Union européenne reste fermement commise à la transition énergétique.", ["commise"]),
    ("Le sénateur présidera sur la commission d'enquête.", ["présidera sur"]),
    ("Le Premier ministre donnera un bref discours à l'ouverture.", ["donnera"]),
    ("Les consultations sont offertes libres de frais.", ["libres de frais"]),
    ("Les biberons sont libres de BPA et le pain est gluten libre.",
     ["libres de BPA", "gluten libre"]),
    ("Les journalistes ont demandé plusieurs questions au porte-parole.", ["demandé"]),
    ("La conférence s'ouvrira le septembre 21, 2026 à Rome.", ["septembre 21, 2026"]),
    ("L'accord, signé avril 30, 2019, expire bientôt.", ["avril 30, 2019"]),
    ("Elle a été élue le 8 novembre, 2022.", [","]),
    ("Les spéculateurs prennent avantage de la crise.", ["avantage"]),
    ("Il faut payer une attention particulière aux enfants.", ["payer une attention"]),
    ("Le ministère peine à remplir les postes vacants.", ["remplir"]),
    ("Les négociations ont fait du progrès cette semaine.", ["du progrès"]),
    ("La coalition promet de tacler le chômage des jeunes.", ["tacler"]),
    ("Ils défendent les règles de la loi et la démocratie.", ["règles de la loi"]),
    ("Ce traité pourrait être un changeur de donne.", ["changeur de donne"]),
    ("Ces ateliers visent à lever la sensibilisation du public.", ["lever la sensibilisation"]),
    ("Une fillette de 8 ans vieille a disparu.", ["vieille"]),
    ("Matériau : acier. Fabrication soignée. Faits au Portugal.", ["Faits"]),
    ("Le syndicat a logé une plainte contre l'employeur.", ["logé"]),
    ("Les candidats prendront l'examen écrit en mai.", ["prendront"]),
    ("La présidente se dit confiante que la loi sera adoptée.", ["confiante"]),
    ("Le chef de l'État livrera son premier discours mardi.", ["livrera"]),
    ("Deux policiers sont chargés de meurtre et d'abus de pouvoir.", ["chargés"]),
    ("La réforme a été passée par l'Assemblée nationale en juin.", ["passée"]),
    ("La finale s'est soldée sur un tirage.", ["tirage"]),
    ("Il faut réduire les gaz de serre du secteur agricole.", ["gaz de serre"]),
    ("Ce traitement a peu d'effets de côté.", ["effets de côté"]),
    ("Son père a été diagnostiqué avec la maladie de Parkinson.", ["avec"]),
    ("Le syndicat dénonce les coupures budgétaires dans l'éducation.", ["coupures"]),
    ("La Réserve fédérale pourrait élever ses taux en mars.", ["élever"]),
    ("Merci de votre fidélité et restez accordés !", ["restez accordés"]),
    ("Les prix sont attendus de baisser au printemps.", ["attendus"]),
    ("Les résultats sont dus pour paraître en avril.", ["dus"]),
    ("Le lac s'est asséché comme résultat du réchauffement.", ["résultat"]),
    ("Le Mercosur négocie une zone de commerce libre.", ["commerce libre"]),
    ("Les victimes du trafic humain sont souvent mineures.", ["trafic humain"]),
    ("Un incendie sauvage menace la ville.", ["incendie sauvage"]),
    ("Ce support de téléphone s'ajuste à la plupart des smartphones.", ["ajuste"]),
    ("Une casserole non bâton de 24 cm.", ["non bâton"]),
    ("Des chaussettes à semelle non-glisse.", ["non-glisse"]),
    ("Évier en acier sans taches.", ["sans taches"]),
    ("Le général a été nommé comme chef d'état-major.", ["comme"]),
    ("Ma sœur travaillait comme une journaliste indépendante.", ["une"]),
    ("Nous avons habité dans ce quartier depuis plusieurs années.", ["habité"]),
    ("Le HCR a œuvré dans la région depuis 1992.", ["œuvré"]),
    ("Les ministres de la NATO et du IMF se réunissent.", ["NATO", "IMF"]),
    ("Les autorités ont pris de nouveaux pas contre la fraude.", ["pris de nouveaux pas"]),
    ("Cette campagne vise à tirer l'attention des jeunes.", ["tirer"]),
    ("Le chômage des jeunes reste sur la baisse.", ["sur la baisse"]),
    ("Le pétrole est tombé à un bas historique.", ["bas historique"]),
    ("Les exportations progressent de 2 % trimestre sur trimestre.", ["trimestre sur trimestre"]),
    ("C'est leur cinquième victoire dans une rangée.", ["dans une rangée"]),
    ("Elle rencontrera avec les syndicats demain.", ["avec"]),
    ("Les participants regardent en avant au prochain sommet.", ["regardent en avant"]),
    ("Nouveautés ! Vérifiez nos dernières offres en ligne.", ["Vérifiez"]),
    ("Le maire a été réélu par une écrasante majorité.", ["par"]),
    ("Les chiffres figurent dans une relâche de presse.", ["relâche"]),
    ("C'est la première fois qu'une telle rencontre prend place.", ["prend place"]),
    ("Montage facile, aucuns outils nécessaires.", ["aucuns"]),
    ("Tout ce qu'il faut pour obtenir commencé.", ["obtenir commencé"]),
    ("Lavable en machine, séchage par culbutage à basse température.", ["séchage par culbutage"]),
    ("La région subit une sévère crise ; selon les officiels, le besoin pour des réformes est "
     "urgent.", ["sévère", "officiels", "besoin pour"]),
    ("Signé en la présence du ministre.", ["en la présence"]),
    # Product texts (en→fr drafts): written for these tests, not taken from any data set.
    ("La lampe vient avec une housse de transport et trois piles.", ["vient avec"]),
    ("Tous nos sacs viennent avec une garantie de cinq ans.", ["viennent avec"]),
    ("Ces gourdes viennent dans trois tailles différentes.", ["viennent dans"]),
    ("Un moyen simple à ranger vos câbles sans nœuds.", ["à"]),
    ("Des boucles rapides qui rendent facile à serrer les sangles.", ["à"]),
    ("Le kit consiste à deux bâtons et un étui.", ["à"]),
    ("Cette tente est petite dans le format et légère dans le poids.",
     ["dans le format", "dans le poids"]),
    ("Ce qui est dans le colis ? Deux gourdes et un mousqueton.", ["Ce qui est dans le colis"]),
    ("Les petits pourront pédaler sur leurs propres dès quatre ans.", ["sur leurs propres"]),
    ("Une veste pour paraître votre meilleur en randonnée.", ["votre meilleur"]),
    ("La marque a été fondée dans les premières 1920s.", ["premières 1920s"]),
    ("Il faut prendre ces autonomies annoncées avec un grain de sel.", ["avec un grain de sel"]),
    ("Pour les longues sorties, ce réchaud est juste le billet.", ["juste le billet"]),
    ("Le fabricant a fait sa marque dans le monde du vélo.", ["sa marque"]),
    ("Une lampe pour lire après l'obscurité.", ["après l'obscurité"]),
    ("Pour la neige, allez avec des pneus cloutés.", ["allez avec"]),
    ("Le levier rend simple à régler le dossier.", ["à"]),
    ("Sur la glace, allez avec une semelle crantée.", ["allez avec"]),
])
def test_calque_flags(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-calque", french, expected)


@pytest.mark.parametrize("french", [
    "L'atelier s'est ouvert à l'Université Tsinghua le 12 mai.",
    "Un homme a ouvert le feu dans la même région.",
    "Le musée a ouvert ses portes en 2010 et a ouvert la voie à d'autres.",
    "Elle a adressé une question au ministre et s'est adressée à l'Assemblée.",
    "Il a assisté à la cérémonie d'ouverture et y a pris la parole.",
    "Il a assisté le président pendant la séance.",
    "Le chirurgien a mis en évidence le rôle de la prévention.",
    "Il ne peut plus supporter la douleur ni supporter les coûts.",
    "Le pays a réalisé des progrès considérables.",
    "La Commission nationale chargée des salaires a rendu son avis.",
    "Les empreintes digitales sont stockées sur une puce.",
    "Il a pris place dans la salle et a pris acte de la décision.",
    "Le projet est fondé sur des données fiables.",
    "Le site Catholic Online et le harnais Momentum sont des marques.",
    "Il faut initier les jeunes à la programmation.",
    "La réunion a eu lieu à Genève, à date fixe, comme chaque année.",
    "La réunion a tenu ses promesses et la conférence a conclu ses travaux.",
    "Le sommet a réuni 40 chefs d'État ; la campagne a amélioré la participation.",
    "Le ministre a délivré un visa et un mandat d'extradition.",
    "Le groupe a ouvert à Paris un restaurant et a ouvert mardi la session.",
    "Ils ont voyagé à travers le monde ; les pompiers ont été appelés pour le récupérer.",
    "Le support technique est disponible ; la marque veut sponsoriser un club.",
    "Cette évolution, favorisée par la croissance, nourrit l'espoir d'une reprise.",
    "Le programme consiste en deux volets ; l'exercice consiste à lire deux textes.",
    "Le Japon a accueilli favorablement la décision ; la ville a accueilli les réfugiés.",
    "Le séminaire mettra l'accent sur la santé ; la capacité de construction de logements croît.",
    "Trois manifestations parallèles ont eu lieu ; il a mis de côté ses notes.",
    "M. Dupont a remercié Mme Martin à 14 h 30 ; le score était de 2:1.",
    "Il est responsable de la sécurité ; le responsable pour l'Europe est intéressé par le projet.",
    "Il est capable de tout ; elle a été confrontée à la crise.",
    "Le juge a été assisté par deux greffiers ; trois ministres ont assisté à la cérémonie.",
    "Le bureau est au 2e étage, la salle au 1er ; la séance reprendra à 14 h 30 et coûte 12 $.",
    "Les prix ont augmenté de 4 % ; la dose a été multipliée par 3 et divisée par 2.",
    "Le chômage a baissé par rapport à 2020 ; le texte a été modifié par 12 voix contre 3.",
    "Les délégués de la réunion ont pris place autour de la table ; la séance a eu lieu à huis clos.",
    "Les portes fermées du musée ; une base militaire ; le dernier, mais non le moins cher.",
    "Le bol passe au lave-vaisselle ; le micro-ondes est sûr et bien isolé.",
    "Il est juste que chacun paie ; c'est juste un début, et le modèle est juste plus petit.",
    "Il a participé à la réunion ; elle est en ligne avec un conseiller ; un juge sévère ; il "
    "court pour sa vie ; le thermomètre est gradué en degrés ; la crise résulte de la guerre.",
    "Les délégués viennent de terminer ; le ministre a introduit une réforme et la présidente "
    "a présenté les intervenants.",
    "Il a commenté sur son blog la décision ; la ministre a commenté les résultats.",
    "Les otages ont été relâchés ; il ne faut relâcher ni nos efforts ni la pression.",
    "Le président a signé la loi, qui est entrée en vigueur ; le projet est devenu loi.",
    "Il a servi son pays pendant trente ans et a purgé sa peine.",
    "Les secouristes ont sauvé des vies ; l'enfant a été sauvé de l'eau.",
    "Elle a dépensé trois millions d'euros et passé trois jours à Paris.",
    "L'inflation a atteint un niveau record ; l'accord a été atteint après minuit.",
    "Il vient en train ; elle viendra en deux temps ; ils viennent avec leurs enfants.",
    "Les crimes commis à Gaza ; les erreurs sont commises au quotidien.",
    "Elle a présidé la séance ; il a été interrogé sur les sanctions.",
    "Il a donné une conférence et prononcé un discours.",
    "L'entrée est libre ; le chlore libre et les sucres libres ; il est libre de partir.",
    "Elle a posé une question et demandé des précisions ; il a demandé la question préalable.",
    "En mai 15 entreprises ont fermé ; le 8 novembre 2022, 400 salariés ; la version mars 2.1.",
    "L'équipe a pris l'avantage ; il a payé l'addition ; elle a rempli le formulaire.",
    "Nous avons fait des progrès ; le progrès technique ; il a taclé son adversaire.",
    "La règle du jeu ; la loi du plus fort ; l'état de droit ; il faut sensibiliser le public.",
    "Un homme de 80 ans, vieux et malade ; une déclaration faite en France ; fabriqué en Italie.",
    "Il a déposé plainte ; elle a pris le test au sérieux ; il est confiant dans l'avenir.",
    "Elle est chargée de mission ; il a été chargé de la sécurité ; le texte est passé au Sénat.",
    "Le tirage au sort a eu lieu ; la soirée s'est terminée par un tirage de la tombola.",
    "Les gaz à effet de serre ; les effets secondaires ; le cancer a été diagnostiqué avec retard.",
    "Une coupure de courant ; la durée de vie de la batterie ; élever des enfants.",
    "Les pianos restent accordés pendant un an ; le ministre est attendu à Paris à midi.",
    "Le retard est dû à la grève ; il est considéré comme le résultat de la crise.",
    "Le libre-échange ; la libre circulation ; il faut ajuster la plupart des paramètres.",
    "Un feu de forêt ; des chevaux sauvages ; un revêtement antiadhésif en acier inoxydable.",
    "Elle a été élue présidente ; il travaille comme un fou, comme un pro ; il est infirmier.",
    "Il n'a pas travaillé depuis 2019 ; elle a vécu à Rome pendant dix ans ; il vit ici depuis 2013.",
    "L'UE, l'OMS et l'OTAN ; le bureau de l'UNICEF ; la loi EU-US ; le groupe WHO-Europe.",
    "Il a fait un pas ; ils ont attiré l'attention ; un rapport sur la hausse des prix.",
    "Un niveau record ; d'année en année ; des chaises en rangée ; une rencontre avec un psychiatre.",
    "Il faut regarder vers l'avenir ; vérifiez les nouveaux produits ; découvrez notre collection.",
    "Il a été élu par une majorité d'électeurs ; les invités prennent place à table.",
    "Aucuns frais ne sont facturés ; il a obtenu gain de cause et commencé les travaux.",
    "Un juge sévère ; les besoins pour 2025 ; les officiels de la course ; en présence du ministre.",
    "Le ministre vient avec sa délégation ; elle viendra avec des amis dans deux semaines.",
    "La tente est facile à monter et simple à transporter le long des sentiers.",
    "Il est facile de serrer les sangles ; la lampe est pratique à utiliser la nuit.",
    "Le kit consiste en deux bâtons ; l'exercice consiste à tenir une planche.",
    "La robe est serrée dans la taille ; le sac est livré avec un étui et existe en trois tailles.",
    "Les poignées faciles à saisir le rendent agréable ; un produit difficile à trouver les jours de fête.",
    "Ce qui est dans la boîte est fragile ; contenu de la boîte : une tente.",
    "Ils vivent sur leurs propres terres et roulent seuls ; c'est son meilleur album.",
    "Les premiers 1000 mètres ; la tente CB-9210S ; au début des années 1950 ; en 1960.",
    "Il a mis son grain de sel ; le billet d'avion est cher ; il a fait sa marque de café.",
    "La nuit venue ; ce sac va avec la veste ; il faut aller avec eux à la gare.",
    "Des poignées faciles à saisir le rendent maniable ; allez avec votre ami au refuge.",
])
def test_calque_spares_good_french(french: str) -> None:
    assert_french_flags("fr-calque", french, [])


def test_calque_patterns_are_data_and_many() -> None:
    from translator_gui.core.checks.text import data_rows

    loaded = calques()
    # every row loads: a row naming a verb with no forms would be skipped, only logged
    assert len(loaded) == len(data_rows("calques-fr.tsv"))
    assert len(loaded) >= 40
    assert len({c.id for c in loaded}) == len(loaded)
    for calque in loaded:
        assert calque.suggestion and calque.explanation


def test_calque_severity_comes_from_the_data() -> None:
    document = only(ReviewDocument([Segment(0, "Le projet est basé sur des données.", "", "")]),
                    "fr-calque")
    found = [i for i in check_document(document) if i.check == "fr-calque"]
    assert found and all(i.severity is Severity.NEUTRAL for i in found)


@pytest.mark.parametrize("infinitive, forms", [
    ("adresser", ["adresse", "adressé", "adressons", "adresseront", "adressant"]),
    ("renforcer", ["renforçant", "renforçons", "renforce"]),
    ("siéger", ["siège", "siégeons", "siégé"]),
    ("prendre", ["prend", "pris", "prennent"]),
])
def test_conjugate(infinitive: str, forms: list[str]) -> None:
    generated = conjugate(infinitive)
    for form in forms:
        assert form in generated


@pytest.mark.parametrize("check_id, french, words", [
    ("fr-calque", "L'atelier a ouvert à l'Université Tsinghua.", "a ouvert"),
])
def test_calques_checks_read_a_french_target(check_id: str, french: str, words: str) -> None:
    """en→fr: the same checks read the target when the target is the French side."""
    assert words in french_flagged(check_id, french, "English source.", french_is_source=False)
    # ...and never read the English side as if it were French
    document = only(ReviewDocument([Segment(0, french, "English.", "English.")], "en", "fr"),
                    check_id)
    assert not [i for i in check_document(document) if i.check == check_id]


def test_a_calque_in_the_french_source_is_a_note_and_in_a_french_draft_an_error() -> None:
    (in_source,) = run("fr-calque", "Le pays a appliqué pour l'adhésion.",
                       "The country applied for membership.")
    assert (in_source.side, in_source.severity) == ("source", Severity.NEUTRAL)
    (in_draft,) = run("fr-calque", "The country applied for membership.",
                      "Le pays a appliqué pour l'adhésion.", "en", "fr")
    assert (in_draft.side, in_draft.severity) == ("target", Severity.MAJOR)
