<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>Categories</name>
        <message>
            <source>Accuracy</source>
            <translation>Exactitude</translation>
        </message>
        <message>
            <source>Addition</source>
            <translation>Ajout</translation>
        </message>
        <message>
            <source>Fluency</source>
            <translation>Fluidité</translation>
        </message>
        <message>
            <source>Grammar</source>
            <translation>Grammaire</translation>
        </message>
        <message>
            <source>Inconsistent</source>
            <translation>Incohérent</translation>
        </message>
        <message>
            <source>Inconsistent use of terminology</source>
            <translation>Terminologie incohérente</translation>
        </message>
        <message>
            <source>Inconsistent with translation memory</source>
            <translation>Incohérent avec la mémoire de traduction</translation>
        </message>
        <message>
            <source>Linguistic conventions</source>
            <translation>Conventions linguistiques</translation>
        </message>
        <message>
            <source>Locale conventions</source>
            <translation>Conventions locales</translation>
        </message>
        <message>
            <source>Mistranslation</source>
            <translation>Erreur de traduction</translation>
        </message>
        <message>
            <source>Name format</source>
            <translation>Format des noms</translation>
        </message>
        <message>
            <source>Number format</source>
            <translation>Format des nombres</translation>
        </message>
        <message>
            <source>Omission</source>
            <translation>Omission</translation>
        </message>
        <message>
            <source>Organizational style</source>
            <translation>Style maison</translation>
        </message>
        <message>
            <source>Punctuation</source>
            <translation>Ponctuation</translation>
        </message>
        <message>
            <source>Spelling</source>
            <translation>Orthographe</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Style</translation>
        </message>
        <message>
            <source>Terminology</source>
            <translation>Terminologie</translation>
        </message>
        <message>
            <source>Typography</source>
            <translation>Typographie</translation>
        </message>
        <message>
            <source>Unidiomatic</source>
            <translation>Non idiomatique</translation>
        </message>
        <message>
            <source>Untranslated</source>
            <translation>Non traduit</translation>
        </message>
    </context>
    <context>
        <name>Checking</name>
        <message>
            <source>Checking stopped; F7 checks the whole document again.</source>
            <translation>Contrôle interrompu ; F7 relance le contrôle de tout le document.</translation>
        </message>
        <message>
            <source>Checks done; the document-wide checks still running…</source>
            <translation>Contrôles faits ; les contrôles sur tout le document sont encore en cours…</translation>
        </message>
        <message>
            <source>Document checked.</source>
            <translation>Document contrôlé.</translation>
        </message>
        <message>
            <source>First checks done; agreement and other parse-based checks still running…</source>
            <translation>Premiers contrôles terminés ; les contrôles d’accord et autres contrôles par analyse syntaxique sont en cours…</translation>
        </message>
        <message>
            <source>First flags shown; still running: {checks}, then the parse-based checks…</source>
            <translation>Premiers signalements affichés ; encore en cours : {checks}, puis les contrôles par analyse syntaxique…</translation>
        </message>
        <message>
            <source>First flags shown; still running: {checks}…</source>
            <translation>Premiers signalements affichés ; encore en cours : {checks}…</translation>
        </message>
        <message>
            <source>French language model ready.</source>
            <translation>Modèle de langue française prêt.</translation>
        </message>
        <message>
            <source>French language model unavailable: agreement checks are off.</source>
            <translation>Modèle de langue française indisponible : les contrôles d’accord sont désactivés.</translation>
        </message>
        <message>
            <source>Loading the French language model…</source>
            <translation>Chargement du modèle de langue française…</translation>
        </message>
        <message>
            <source>The document check failed: {error}</source>
            <translation>Le contrôle du document a échoué : {error}</translation>
        </message>
        <message numerus="yes">
            <source>{checks} and %n other(s)</source>
            <translation>
                <numerusform>{checks} et %n autre</numerusform>
                <numerusform>{checks} et %n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Edit source of segment {row}</source>
            <translation>modification de la source du segment {row}</translation>
        </message>
        <message>
            <source>Edit target of segment {row}</source>
            <translation>modification de la cible du segment {row}</translation>
        </message>
        <message>
            <source>Ignore {check} in segment {row}</source>
            <translation>problème {check} ignoré dans le segment {row}</translation>
        </message>
        <message>
            <source>Mark segment {row} {status}</source>
            <translation>segment {row} marqué {status}</translation>
        </message>
        <message>
            <source>Turn off check {check}</source>
            <translation>désactivation du contrôle {check}</translation>
        </message>
    </context>
    <context>
        <name>Consistency</name>
        <message>
            <source>Make segments {numbers} consistent</source>
            <translation>harmonisation des segments {numbers}</translation>
        </message>
        <message>
            <source>Nothing to change: these segments already agree.</source>
            <translation>Rien à modifier : ces segments concordent déjà.</translation>
        </message>
    </context>
    <context>
        <name>ConsistencyView</name>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Make all like this one</source>
            <translation>&amp;Tout aligner sur celui-ci</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Give every segment of the group the selected translation (one undo step)</source>
            <translation>Appliquer la traduction sélectionnée à tous les segments du groupe (une seule étape d’annulation)</translation>
        </message>
        <message>
            <source>Inconsistency</source>
            <translation>Incohérence</translation>
        </message>
        <message>
            <source>No inconsistency found.</source>
            <translation>Aucune incohérence détectée.</translation>
        </message>
        <message>
            <source>Same source, different translations</source>
            <translation>Même source, traductions différentes</translation>
        </message>
        <message>
            <source>Same translation, different sources</source>
            <translation>Même traduction, sources différentes</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Term rendered two ways</source>
            <translation>Terme traduit de deux façons</translation>
        </message>
        <message>
            <source>{title}: « {term} »</source>
            <translation>{title} : « {term} »</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>A new interface language takes effect the next time translator-gui starts.</source>
            <translation>Une nouvelle langue d’interface s’applique au prochain démarrage de translator-gui.</translation>
        </message>
        <message>
            <source>Add glossaries</source>
            <translation>Ajouter des glossaires</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>American (en_US)</source>
            <translation>américain (en_US)</translation>
        </message>
        <message>
            <source>Ask first</source>
            <translation>Demander d’abord</translation>
        </message>
        <message>
            <source>Automatic (system language)</source>
            <translation>Automatique (langue du système)</translation>
        </message>
        <message>
            <source>British (en_GB)</source>
            <translation>britannique (en_GB)</translation>
        </message>
        <message>
            <source>British and American (en_GB suggestions)</source>
            <translation>britannique et américain (suggestions en_GB)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Choisir un fichier</translation>
        </message>
        <message>
            <source>Confirm silently</source>
            <translation>Valider sans rien demander</translation>
        </message>
        <message>
            <source>Confirming a segment with major or critical issues:</source>
            <translation>Validation d’un segment avec des problèmes majeurs ou critiques :</translation>
        </message>
        <message>
            <source>Draft (translation):</source>
            <translation>Pré-traduction (à réviser) :</translation>
        </message>
        <message>
            <source>Draft language:</source>
            <translation>Langue de la pré-traduction :</translation>
        </message>
        <message>
            <source>English spelling of this project:</source>
            <translation>Orthographe anglaise de ce projet :</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Taille de police :</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Police :</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Glossaries</source>
            <translation>Glossaires</translation>
        </message>
        <message>
            <source>Glossaries (*.csv *.tsv *.tbx);;All files (*)</source>
            <translation>Glossaires (*.csv *.tsv *.tbx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Langue de l’interface :</translation>
        </message>
        <message>
            <source>Open Source and Draft</source>
            <translation>Ouvrir la source et la pré-traduction</translation>
        </message>
        <message>
            <source>Refuse</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Reviewer initials:</source>
            <translation>Initiales du réviseur :</translation>
        </message>
        <message>
            <source>Reviewer name (author of changes and comments):</source>
            <translation>Nom du réviseur (auteur des modifications et des commentaires) :</translation>
        </message>
        <message>
            <source>Save a recovery copy every:</source>
            <translation>Enregistrer une copie de récupération toutes les :</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Source (original):</source>
            <translation>Source (original) :</translation>
        </message>
        <message>
            <source>Source language of new documents:</source>
            <translation>Langue source des nouveaux documents :</translation>
        </message>
        <message>
            <source>Source language:</source>
            <translation>Langue source :</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Par défaut (système)</translation>
        </message>
        <message>
            <source>Target language of new documents:</source>
            <translation>Langue cible des nouveaux documents :</translation>
        </message>
        <message>
            <source>Texts (*.txt *.docx);;All files (*)</source>
            <translation>Textes (*.txt *.docx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>What it looks for</source>
            <translation>Ce qu’il recherche</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>(delete)</source>
            <translation>(supprimer)</translation>
        </message>
        <message>
            <source>(no suggestions)</source>
            <translation>(aucune suggestion)</translation>
        </message>
        <message>
            <source>Add “{word}” to my dictionary</source>
            <translation>Ajouter « {word} » à mon dictionnaire</translation>
        </message>
        <message>
            <source>Add “{word}” to the project dictionary</source>
            <translation>Ajouter « {word} » au dictionnaire du projet</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Hint: {hint}</source>
            <translation>Indication : {hint}</translation>
        </message>
        <message>
            <source>Ignore all</source>
            <translation>Tout ignorer</translation>
        </message>
        <message>
            <source>Ignore this {check} issue</source>
            <translation>Ignorer ce problème {check}</translation>
        </message>
        <message>
            <source>Merge with next segment</source>
            <translation>Fusionner avec le segment suivant</translation>
        </message>
        <message>
            <source>Replace with “{fix}”</source>
            <translation>Remplacer par « {fix} »</translation>
        </message>
        <message>
            <source>Split segment here</source>
            <translation>Scinder le segment ici</translation>
        </message>
        <message>
            <source>Suggestion: &lt;b&gt;{fix}&lt;/b&gt;</source>
            <translation>Suggestion : &lt;b&gt;{fix}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Turn off check {check} everywhere</source>
            <translation>Désactiver le contrôle {check} partout</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Check that it is the right file and that it is saved as plain text (UTF-8), Word (.docx), TSV, TMX or XLIFF, then try again. Your open work is unchanged.</source>
            <translation>Vérifiez qu’il s’agit du bon fichier et qu’il est enregistré en texte brut (UTF-8), Word (.docx), TSV, TMX ou XLIFF, puis réessayez. Votre travail en cours n’a pas été modifié.</translation>
        </message>
        <message>
            <source>Something went wrong inside translator-gui. Your document is still open; save it under a new name to be safe.

The details are in {log}.</source>
            <translation>Une erreur s’est produite dans translator-gui. Votre document est toujours ouvert ; par précaution, enregistrez-le sous un nouveau nom.

Les détails figurent dans {log}.</translation>
        </message>
        <message>
            <source>The file could not be used: {problem}</source>
            <translation>Le fichier n’a pas pu être utilisé : {problem}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>You do not have permission to use “{name}”. Choose another folder or ask your administrator. Your open work is unchanged.</source>
            <translation>Vous n’avez pas l’autorisation d’utiliser « {name} ». Choisissez un autre dossier ou adressez-vous à votre administrateur. Votre travail en cours n’a pas été modifié.</translation>
        </message>
        <message>
            <source>{error}. Your open work is unchanged.</source>
            <translation>{error}. Votre travail en cours n’a pas été modifié.</translation>
        </message>
        <message>
            <source>“{name}” could not be used: {problem}</source>
            <translation>« {name} » n’a pas pu être utilisé : {problem}</translation>
        </message>
        <message>
            <source>“{name}” does not exist any more. Choose another file. Your open work is unchanged.</source>
            <translation>« {name} » n’existe plus. Choisissez un autre fichier. Votre travail en cours n’a pas été modifié.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n segment(s) changed by the reviewer were imported.</source>
            <translation>
                <numerusform>%n segment modifié par le réviseur a été importé.</numerusform>
                <numerusform>%n segments modifiés par le réviseur ont été importés.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Bilingual Review Table (Word)…</source>
            <translation>Tableau de révision &amp;bilingue (Word)…</translation>
        </message>
        <message>
            <source>&amp;Clean Corrected Word Document…</source>
            <translation>Document Word corrigé &amp;sans marques de révision…</translation>
        </message>
        <message>
            <source>&amp;Import Reviewed Bilingual Table…</source>
            <translation>&amp;Importer un tableau bilingue révisé…</translation>
        </message>
        <message>
            <source>&amp;Quality Report (HTML)…</source>
            <translation>Rapport &amp;qualité (HTML)…</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Exportation impossible</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Importation impossible</translation>
        </message>
        <message>
            <source>Corrected Word Document with &amp;Tracked Changes…</source>
            <translation>&amp;Document Word corrigé avec modifications suivies…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} exporté</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>Exportation de {name}…</translation>
        </message>
        <message>
            <source>Import a reviewed bilingual table</source>
            <translation>Importer un tableau bilingue révisé</translation>
        </message>
        <message>
            <source>Import review from {name}</source>
            <translation>importation de la révision de {name}</translation>
        </message>
        <message>
            <source>Quality Report (&amp;CSV)…</source>
            <translation>Rapport qualité (&amp;CSV)…</translation>
        </message>
        <message>
            <source>Review imported with remarks</source>
            <translation>Révision importée avec des remarques</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Cancelled; your work is unchanged.</source>
            <translation>Annulé ; votre travail n’a pas été modifié.</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Ouverture impossible</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Effacer la liste</translation>
        </message>
        <message>
            <source>Open project or bilingual file</source>
            <translation>Ouvrir un projet ou un fichier bilingue</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>{name} ouvert</translation>
        </message>
        <message numerus="yes">
            <source>Opened {source} and {draft}: %n segment(s)</source>
            <translation>
                <numerusform>{source} et {draft} ouverts : %n segment</numerusform>
                <numerusform>{source} et {draft} ouverts : %n segments</numerusform>
            </translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <source>Opening {source} and {draft}…</source>
            <translation>Ouverture de {source} et de {draft}…</translation>
        </message>
        <message>
            <source>Projects and bilingual files ({known});;Texts to check on their own ({texts});;All files (*)</source>
            <translation>Projets et fichiers bilingues ({known});;Textes à contrôler seuls ({texts});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <source>Save the changes to this document before closing it?</source>
            <translation>Enregistrer les modifications de ce document avant de le fermer ?</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing it?</source>
            <translation>Enregistrer les modifications de {name} avant de le fermer ?</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Saving {name}…</source>
            <translation>Enregistrement de {name}…</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>translator-gui projects ({pattern})</source>
            <translation>Projets translator-gui ({pattern})</translation>
        </message>
        <message>
            <source>{title}; your work is unchanged.</source>
            <translation>{title} ; votre travail n’a pas été modifié.</translation>
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message numerus="yes">
            <source>%n replacement(s)</source>
            <translation>
                <numerusform>%n remplacement</numerusform>
                <numerusform>%n remplacements</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Replace all</source>
            <translation>&amp;Tout remplacer</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Rechercher le &amp;suivant</translation>
        </message>
        <message>
            <source>Find &amp;previous</source>
            <translation>Rechercher le &amp;précédent</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>Rechercher et remplacer</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Rechercher :</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>Respecter la casse</translation>
        </message>
        <message>
            <source>No target contains these words.</source>
            <translation>Aucune cible ne contient ces mots.</translation>
        </message>
        <message>
            <source>Pre&amp;view replacements</source>
            <translation>&amp;Aperçu des remplacements</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>Expression régulière</translation>
        </message>
        <message>
            <source>Replace in targets:</source>
            <translation>Remplacer dans les cibles :</translation>
        </message>
        <message>
            <source>Replace “{find}” with “{replace}”</source>
            <translation>remplacement de « {find} » par « {replace} »</translation>
        </message>
        <message numerus="yes">
            <source>Replaced in %n segment(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Remplacé dans %n segment. Ctrl+Z pour annuler.</numerusform>
                <numerusform>Remplacé dans %n segments. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>The replacement is not valid: {error}.</source>
            <translation>Le remplacement n’est pas valide : {error}.</translation>
        </message>
        <message>
            <source>This regular expression is not valid: {error}.</source>
            <translation>Cette expression régulière n’est pas valide : {error}.</translation>
        </message>
        <message>
            <source>Type the words to find.</source>
            <translation>Saisissez les mots à rechercher.</translation>
        </message>
        <message numerus="yes">
            <source>{replacements} in %n segment(s). Untick the segments to leave alone, then Replace all.</source>
            <translation>
                <numerusform>{replacements} dans %n segment. Décochez les segments à laisser tels quels, puis cliquez sur Tout remplacer.</numerusform>
                <numerusform>{replacements} dans %n segments. Décochez les segments à laisser tels quels, puis cliquez sur Tout remplacer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssuesPanel</name>
        <message numerus="yes">
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n problème</numerusform>
                <numerusform>%n problèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Apply suggestion</source>
            <translation>&amp;Appliquer la suggestion</translation>
        </message>
        <message>
            <source>&amp;Ignore</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>(delete)</source>
            <translation>(supprimer)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Cate&amp;gory</source>
            <translation>Caté&amp;gorie</translation>
        </message>
        <message>
            <source>Chec&amp;k</source>
            <translation>Con&amp;trôle</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>Delete the words</source>
            <translation>Supprimer les mots</translation>
        </message>
        <message>
            <source>Ignore this occurrence</source>
            <translation>Ignorer cette occurrence</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Replace with “{fix}”</source>
            <translation>Remplacer par « {fix} »</translation>
        </message>
        <message>
            <source>Severit&amp;y</source>
            <translation>Gra&amp;vité</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Show only {check}</source>
            <translation>N’afficher que {check}</translation>
        </message>
        <message>
            <source>Si&amp;de</source>
            <translation>Cô&amp;té</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Côté</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Suggestion: {fix}</source>
            <translation>Suggestion : {fix}</translation>
        </message>
        <message>
            <source>Turn &amp;off this check</source>
            <translation>&amp;Désactiver ce contrôle</translation>
        </message>
        <message>
            <source>Turn off check {check} everywhere</source>
            <translation>Désactiver le contrôle {check} partout</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Mots</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n issue(s)</source>
            <translation>
                <numerusform>{shown} sur %n problème</numerusform>
                <numerusform>{shown} sur %n problèmes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>both</source>
            <translation>les deux</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>validé</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>critique</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>pré-traduit</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>major</source>
            <translation>majeur</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>mineur</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutre</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>target</source>
            <translation>cible</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> Show: </source>
            <translation> Afficher : </translation>
        </message>
        <message>
            <source>&amp;Apply Suggestion</source>
            <translation>&amp;Appliquer la suggestion</translation>
        </message>
        <message>
            <source>&amp;Checks</source>
            <translation>&amp;Contrôles</translation>
        </message>
        <message>
            <source>&amp;Confirm and Go to Next Unconfirmed</source>
            <translation>&amp;Valider et passer au segment non validé suivant</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Rec&amp;hercher…</translation>
        </message>
        <message>
            <source>&amp;Ignore Issue</source>
            <translation>&amp;Ignorer le problème</translation>
        </message>
        <message>
            <source>&amp;Merge with Next Segment</source>
            <translation>&amp;Fusionner avec le segment suivant</translation>
        </message>
        <message>
            <source>&amp;Next Issue</source>
            <translation>Problème &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;Next Segment</source>
            <translation>Segment &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;Open Project…</source>
            <translation>&amp;Ouvrir un projet…</translation>
        </message>
        <message>
            <source>&amp;Previous Issue</source>
            <translation>Problème &amp;précédent</translation>
        </message>
        <message>
            <source>&amp;Previous Segment</source>
            <translation>Segment &amp;précédent</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Segment</source>
            <translation>&amp;Segment</translation>
        </message>
        <message>
            <source>&amp;Split Segment at Cursor</source>
            <translation>S&amp;cinder le segment au curseur</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Add &amp;Term to Glossary</source>
            <translation>Ajouter un &amp;terme au glossaire</translation>
        </message>
        <message>
            <source>Add the words selected on each side to the project glossary</source>
            <translation>Ajouter les mots sélectionnés de chaque côté au glossaire du projet</translation>
        </message>
        <message>
            <source>Apply the suggestion of the issue at the cursor</source>
            <translation>Appliquer la suggestion du problème au curseur</translation>
        </message>
        <message>
            <source>Check &amp;Whole Document</source>
            <translation>Contrôler tout le &amp;document</translation>
        </message>
        <message>
            <source>Confirm ⏎</source>
            <translation>Valider ⏎</translation>
        </message>
        <message>
            <source>Consistency</source>
            <translation>Cohérence</translation>
        </message>
        <message>
            <source>Containing text…</source>
            <translation>Contenant le texte…</translation>
        </message>
        <message>
            <source>Copy Source to Target</source>
            <translation>Copier la source dans la cible</translation>
        </message>
        <message>
            <source>E&amp;xport Glossary (TBX, CSV)…</source>
            <translation>E&amp;xporter le glossaire (TBX, CSV)…</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>Find and &amp;Replace…</source>
            <translation>Rechercher et rem&amp;placer…</translation>
        </message>
        <message>
            <source>Ignore the issue at the cursor (this occurrence)</source>
            <translation>Ignorer le problème au curseur (cette occurrence)</translation>
        </message>
        <message>
            <source>Import &amp;Glossary (TBX, CSV)…</source>
            <translation>Importer un &amp;glossaire (TBX, CSV)…</translation>
        </message>
        <message>
            <source>Issues</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Move First Sentence to Previous Segment</source>
            <translation>Déplacer la première phrase vers le segment précédent</translation>
        </message>
        <message>
            <source>Move Last Sentence to Next Segment</source>
            <translation>Déplacer la dernière phrase vers le segment suivant</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <source>Open Source and &amp;Draft…</source>
            <translation>Ouvrir la source et la pré-&amp;traduction…</translation>
        </message>
        <message>
            <source>Open a French source and its English draft</source>
            <translation>Ouvrir une source française et sa pré-traduction anglaise</translation>
        </message>
        <message>
            <source>Open a saved project, a bilingual file (TSV, TMX, XLIFF…) or a text to check</source>
            <translation>Ouvrir un projet enregistré, un fichier bilingue (TSV, TMX, XLIFF…) ou un texte à contrôler</translation>
        </message>
        <message>
            <source>Revert Target to &amp;Draft</source>
            <translation>Rétablir la pré-&amp;traduction dans la cible</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Select the next flagged words</source>
            <translation>Sélectionner les mots signalés suivants</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Scinder</translation>
        </message>
        <message>
            <source>Terminology</source>
            <translation>Terminologie</translation>
        </message>
        <message>
            <source>The new interface language takes effect the next time translator-gui starts.</source>
            <translation>La nouvelle langue d’interface s’appliquera au prochain démarrage de translator-gui.</translation>
        </message>
        <message>
            <source>The termbase could not be read: {error}</source>
            <translation>La base terminologique n’a pas pu être lue : {error}</translation>
        </message>
        <message>
            <source>{name}[*] — translator-gui</source>
            <translation>{name}[*] — translator-gui</translation>
        </message>
    </context>
    <context>
        <name>Memory</name>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) (the most recent)</source>
            <translation>
                <numerusform>%n segment (le plus récent)</numerusform>
                <numerusform>%n segments (les plus récents)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Concordance…</source>
            <translation>&amp;Concordance…</translation>
        </message>
        <message>
            <source>Add the correction to the glossary…</source>
            <translation>Ajouter la correction au glossaire…</translation>
        </message>
        <message>
            <source>Add to glossary</source>
            <translation>Ajouter au glossaire</translation>
        </message>
        <message>
            <source>Apply this correction everywhere</source>
            <translation>Appliquer cette correction partout</translation>
        </message>
        <message>
            <source>Concordance</source>
            <translation>Concordance</translation>
        </message>
        <message>
            <source>Concordance…</source>
            <translation>Concordance…</translation>
        </message>
        <message>
            <source>Forget this correction</source>
            <translation>Oublier cette correction</translation>
        </message>
        <message>
            <source>Insert memory match into segment {row}</source>
            <translation>insertion d’une correspondance de la mémoire dans le segment {row}</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Correspondances</translation>
        </message>
        <message>
            <source>Matches from the translation memory appear here.</source>
            <translation>Les correspondances de la mémoire de traduction s’affichent ici.</translation>
        </message>
        <message>
            <source>No translation memory is open.</source>
            <translation>Aucune mémoire de traduction n’est ouverte.</translation>
        </message>
        <message>
            <source>Replace “{old}” with “{new}” everywhere</source>
            <translation>remplacement de « {old} » par « {new} » partout</translation>
        </message>
        <message>
            <source>Search the translation memory's sources and targets</source>
            <translation>Rechercher dans les sources et les cibles de la mémoire de traduction</translation>
        </message>
        <message>
            <source>Source term for “{term}” (may stay empty):</source>
            <translation>Terme source pour « {term} » (facultatif) :</translation>
        </message>
        <message>
            <source>Translation memory unavailable: {error}</source>
            <translation>Mémoire de traduction indisponible : {error}</translation>
        </message>
        <message>
            <source>Words to find in the memory (sources and targets)</source>
            <translation>Mots à rechercher dans la mémoire (sources et cibles)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Every segment is confirmed.</source>
            <translation>Tous les segments sont validés.</translation>
        </message>
        <message>
            <source>No issues left.</source>
            <translation>Plus aucun problème.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>Introuvable.</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Traitement en cours…</translation>
        </message>
    </context>
    <context>
        <name>QaGate</name>
        <message numerus="yes">
            <source>%n critical</source>
            <translation>
                <numerusform>%n critique</numerusform>
                <numerusform>%n critiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n issue(s) still open ({summary}) in {segments}.</source>
            <translation>
                <numerusform>%n problème encore ouvert ({summary}) dans {segments}.</numerusform>
                <numerusform>%n problèmes encore ouverts ({summary}) dans {segments}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n major</source>
            <translation>
                <numerusform>%n majeur</numerusform>
                <numerusform>%n majeurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minor</source>
            <translation>
                <numerusform>%n mineur</numerusform>
                <numerusform>%n mineurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n neutral</source>
            <translation>
                <numerusform>%n neutre</numerusform>
                <numerusform>%n neutres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message>
            <source>Confirm it anyway?</source>
            <translation>Le valider quand même ?</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>Exporter quand même</translation>
        </message>
        <message>
            <source>Fix or ignore them first (Settings › QA gate).</source>
            <translation>Corrigez-les ou ignorez-les d’abord (Paramètres › Validation d’un segment).</translation>
        </message>
        <message>
            <source>Most frequent:</source>
            <translation>Les plus fréquents :</translation>
        </message>
        <message>
            <source>Open issues</source>
            <translation>Problèmes ouverts</translation>
        </message>
        <message numerus="yes">
            <source>Segment {number} has %n open issue(s) ({summary}):</source>
            <translation>
                <numerusform>Le segment {number} a %n problème ouvert ({summary}) :</numerusform>
                <numerusform>Le segment {number} a %n problèmes ouverts ({summary}) :</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment {number} not confirmed: {summary} open. Fix or ignore them first.</source>
            <translation>Segment {number} non validé : problèmes ouverts ({summary}). Corrigez-les ou ignorez-les d’abord.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Restore it?</source>
            <translation>Le restaurer ?</translation>
        </message>
        <message>
            <source>Restore unsaved work?</source>
            <translation>Restaurer le travail non enregistré ?</translation>
        </message>
        <message>
            <source>The project itself was last saved on {when}.</source>
            <translation>Le projet lui-même a été enregistré pour la dernière fois le {when}.</translation>
        </message>
        <message>
            <source>Unsaved work restored. Save it to keep it.</source>
            <translation>Travail non enregistré restauré. Enregistrez-le pour le conserver.</translation>
        </message>
        <message>
            <source>an unsaved document</source>
            <translation>un document non enregistré</translation>
        </message>
        <message>
            <source>translator-gui did not close properly last time. Work on {which} was saved automatically on {when}.</source>
            <translation>translator-gui ne s’est pas fermé correctement la dernière fois. Le travail sur {which} a été enregistré automatiquement le {when}.</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} à {time}</translation>
        </message>
        <message>
            <source>{name} (not yet saved as a project)</source>
            <translation>{name} (pas encore enregistré comme projet)</translation>
        </message>
    </context>
    <context>
        <name>Repair</name>
        <message>
            <source>Apply suggestion of {check} in segment {row}</source>
            <translation>application de la suggestion {check} dans le segment {row}</translation>
        </message>
        <message>
            <source>Cannot find the sentences: {error}</source>
            <translation>Impossible de trouver les phrases : {error}</translation>
        </message>
        <message>
            <source>Click in the text where the segment should be split.</source>
            <translation>Cliquez dans le texte à l’endroit où scinder le segment.</translation>
        </message>
        <message>
            <source>Confirm and go to next</source>
            <translation>Valider et passer au suivant</translation>
        </message>
        <message>
            <source>Copy source to target {}</source>
            <translation>copie de la source dans la cible {}</translation>
        </message>
        <message>
            <source>Delete the words</source>
            <translation>Supprimer les mots</translation>
        </message>
        <message>
            <source>Hint only, edit the words yourself: {hint}</source>
            <translation>Simple indication, modifiez les mots vous-même : {hint}</translation>
        </message>
        <message>
            <source>Hint: {hint}</source>
            <translation>Indication : {hint}</translation>
        </message>
        <message>
            <source>Ignore this {check} issue</source>
            <translation>Ignorer ce problème {check}</translation>
        </message>
        <message>
            <source>Merge segments {first} and {second}</source>
            <translation>fusion des segments {first} et {second}</translation>
        </message>
        <message>
            <source>Merge with next segment</source>
            <translation>Fusionner avec le segment suivant</translation>
        </message>
        <message>
            <source>Move a sentence from segment {row} to segment {neighbour}</source>
            <translation>déplacement d’une phrase du segment {row} vers le segment {neighbour}</translation>
        </message>
        <message>
            <source>Move first sentence to previous segment</source>
            <translation>Déplacer la première phrase vers le segment précédent</translation>
        </message>
        <message>
            <source>Move last sentence to next segment</source>
            <translation>Déplacer la dernière phrase vers le segment suivant</translation>
        </message>
        <message>
            <source>No issue here. F8 goes to the next one.</source>
            <translation>Aucun problème ici. F8 passe au suivant.</translation>
        </message>
        <message>
            <source>Put the cursor inside the text to split it.</source>
            <translation>Placez le curseur dans le texte pour le scinder.</translation>
        </message>
        <message>
            <source>Replace with “{fix}”</source>
            <translation>Remplacer par « {fix} »</translation>
        </message>
        <message>
            <source>Revert segment {} to the draft</source>
            <translation>rétablissement de la pré-traduction du segment {}</translation>
        </message>
        <message>
            <source>Split segment {row}</source>
            <translation>scission du segment {row}</translation>
        </message>
        <message>
            <source>There is no neighbouring segment there.</source>
            <translation>Il n’y a pas de segment voisin de ce côté.</translation>
        </message>
        <message>
            <source>There is no next segment to merge with.</source>
            <translation>Il n’y a pas de segment suivant avec lequel fusionner.</translation>
        </message>
        <message>
            <source>This issue has no suggestion to apply.</source>
            <translation>Ce problème n’a pas de suggestion à appliquer.</translation>
        </message>
        <message>
            <source>This issue is out of date; it was re-checked.</source>
            <translation>Ce problème n’est plus à jour ; il a été recontrôlé.</translation>
        </message>
        <message>
            <source>Turn off check {check} everywhere</source>
            <translation>Désactiver le contrôle {check} partout</translation>
        </message>
    </context>
    <context>
        <name>Reviewer</name>
        <message>
            <source>&amp;Initials:</source>
            <translation>&amp;Initiales :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Réviseur</translation>
        </message>
        <message>
            <source>Who is reviewing?</source>
            <translation>Qui révise ?</translation>
        </message>
        <message>
            <source>Your corrections and comments are exported under this name. You can change it in Settings.</source>
            <translation>Vos corrections et commentaires sont exportés sous ce nom. Vous pouvez le modifier dans les paramètres.</translation>
        </message>
        <message>
            <source>Your name, as Word shows it on changes and comments</source>
            <translation>Votre nom, tel que Word l’affiche sur les modifications et les commentaires</translation>
        </message>
    </context>
    <context>
        <name>SegmentModel</name>
        <message>
            <source>Draft</source>
            <translation>Pré-traduit</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Issues</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Low confidence: check that these sentences really match.</source>
            <translation>Confiance faible : vérifiez que ces phrases se correspondent bien.</translation>
        </message>
        <message>
            <source>Post-edit</source>
            <translation>Post-édition</translation>
        </message>
        <message>
            <source>Post-edit distance between the original draft and the current target
Draft: {draft}</source>
            <translation>Distance de post-édition entre la pré-traduction d’origine et la cible actuelle
Pré-traduction : {draft}</translation>
        </message>
        <message>
            <source>Segment {row}: source sentence(s) {source} ↔ draft sentence(s) {draft}, alignment confidence {confidence}</source>
            <translation>Segment {row} : phrase(s) source {source} ↔ phrase(s) de la pré-traduction {draft}, confiance de l’alignement {confidence}</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Source ({language})</source>
            <translation>Source ({language})</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Target ({language})</source>
            <translation>Cible ({language})</translation>
        </message>
        <message>
            <source>The target is still the original draft.</source>
            <translation>La cible est encore la pré-traduction d’origine.</translation>
        </message>
        <message>
            <source>✔ Confirmed</source>
            <translation>✔ Validé</translation>
        </message>
    </context>
    <context>
        <name>SegmentView</name>
        <message>
            <source>All segments</source>
            <translation>Tous les segments</translation>
        </message>
        <message>
            <source>Low-confidence alignment</source>
            <translation>Alignement peu fiable</translation>
        </message>
        <message>
            <source>Unconfirmed</source>
            <translation>Non validés</translation>
        </message>
        <message>
            <source>With issues</source>
            <translation>Avec problèmes</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>Add “{}” to my dictionary</source>
            <translation>ajout de « {} » à mon dictionnaire</translation>
        </message>
        <message>
            <source>Add “{}” to the project dictionary</source>
            <translation>ajout de « {} » au dictionnaire du projet</translation>
        </message>
        <message>
            <source>Ignore “{}” everywhere</source>
            <translation>« {} » ignoré partout</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Checking %p%</source>
            <translation>Contrôle : %p %</translation>
        </message>
        <message>
            <source>Confirmed {confirmed} / {total}</source>
            <translation>Validés : {confirmed} / {total}</translation>
        </message>
        <message>
            <source>Post-edit distance of the whole document: sacrebleu chrF and TER of the original draft against the current targets</source>
            <translation>Distance de post-édition de tout le document : chrF et TER (sacrebleu) de la pré-traduction d’origine par rapport aux cibles actuelles</translation>
        </message>
        <message>
            <source>Post-edit: chrF {chrf} · TER {ter}</source>
            <translation>Post-édition : chrF {chrf} · TER {ter}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop checking the whole document (F7 starts it again)</source>
            <translation>Arrêter le contrôle de tout le document (F7 le relance)</translation>
        </message>
    </context>
    <context>
        <name>Terminology</name>
        <message>
            <source>Add term</source>
            <translation>Ajouter un terme</translation>
        </message>
        <message>
            <source>Added “{source}” → “{target}” to {name}.</source>
            <translation>« {source} » → « {target} » ajouté à {name}.</translation>
        </message>
        <message>
            <source>Cannot add the term</source>
            <translation>Impossible d’ajouter le terme</translation>
        </message>
        <message>
            <source>Cannot export the glossary</source>
            <translation>Impossible d’exporter le glossaire</translation>
        </message>
        <message>
            <source>Cannot use this glossary</source>
            <translation>Impossible d’utiliser ce glossaire</translation>
        </message>
        <message>
            <source>Export glossary</source>
            <translation>Exporter le glossaire</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n term(s) to {name}.</source>
            <translation>
                <numerusform>%n terme exporté vers {name}.</numerusform>
                <numerusform>%n termes exportés vers {name}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Glossaries (*.tbx *.csv *.tsv);;TBX (*.tbx);;CSV (*.csv);;TSV (*.tsv)</source>
            <translation>Glossaires (*.tbx *.csv *.tsv);;TBX (*.tbx);;CSV (*.csv);;TSV (*.tsv)</translation>
        </message>
        <message numerus="yes">
            <source>Glossary {name}: %n term(s).</source>
            <translation>
                <numerusform>Glossaire {name} : %n terme.</numerusform>
                <numerusform>Glossaire {name} : %n termes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import glossary</source>
            <translation>Importer un glossaire</translation>
        </message>
        <message>
            <source>Source term:</source>
            <translation>Terme source :</translation>
        </message>
        <message>
            <source>The project has no glossary to export yet.</source>
            <translation>Le projet n’a pas encore de glossaire à exporter.</translation>
        </message>
        <message>
            <source>Translation of “{term}”:</source>
            <translation>Traduction de « {term} » :</translation>
        </message>
    </context>
    <context>
        <name>TerminologyPanel</name>
        <message>
            <source>&amp;Add term… (Ctrl+Shift+T)</source>
            <translation>&amp;Ajouter un terme… (Ctrl+Maj+T)</translation>
        </message>
        <message>
            <source>&amp;Import glossary…</source>
            <translation>&amp;Importer un glossaire…</translation>
        </message>
        <message>
            <source>(also: {variants})</source>
            <translation>(aussi : {variants})</translation>
        </message>
        <message>
            <source>Approved translation</source>
            <translation>Traduction approuvée</translation>
        </message>
        <message>
            <source>E&amp;xport glossary…</source>
            <translation>E&amp;xporter le glossaire…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>In target</source>
            <translation>Dans la cible</translation>
        </message>
        <message>
            <source>No termbase or glossary term in this segment.</source>
            <translation>Aucun terme de la base terminologique ou du glossaire dans ce segment.</translation>
        </message>
        <message>
            <source>Reading the termbase…</source>
            <translation>Lecture de la base terminologique…</translation>
        </message>
        <message>
            <source>Source term</source>
            <translation>Terme source</translation>
        </message>
        <message>
            <source>termbase</source>
            <translation>base terminologique</translation>
        </message>
    </context>
</TS>
