# The window.

app--name = Caravan
app--tagline = Programmation de festivals

nav--works = Œuvres
settings--language = Langue de l’interface

works--heading = Œuvres
# $count (Number) - how many works the list holds
works--count =
    { $count ->
        [one] { $count } œuvre
        [many] { $count } d’œuvres
       *[other] { $count } œuvres
    }
works--column-title = Titre
works--column-original = Titre original
works--column-kind = Type
works--column-year = Année
works--column-poster = Affiche
works--empty = Il n’y a encore aucune œuvre.
works--loading = Chargement…

work--back = Retour aux œuvres
work--no-synopsis = Pas encore de synopsis.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = Étiquette de langue : { $lang }

error--heading = Une erreur s’est produite
error--dismiss = Fermer

media--drop-hint = Déposez ici des affiches, photogrammes ou pochettes pour les ajouter.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = Ajout des images : { $done } sur { $total }
media--none = Pas encore d’images.
media--kind-label = Type des images déposées

nav--label = Rubriques de l’application
nav--submissions = Candidatures
nav--duplicates = Doublons

search--placeholder = Rechercher titres, réalisateurs, artistes…
search--label = Rechercher des œuvres dans n’importe quelle langue ou écriture
search--none = Aucun résultat.
search--results = Œuvres trouvées

submissions--edition = Édition
submissions--tab-table = Tableau
submissions--tab-stats = Statistiques
submissions--column-section = Section du festival
submissions--column-status = Statut
submissions--column-judging = Sélection
submissions--column-countries = Pays
submissions--column-languages = Langues
# $title (String) - the title of the submitted work
submissions--select-row = Sélectionner « { $title } »
submissions--select-shown = Sélectionner les lignes affichées
submissions--empty = Aucune candidature ne correspond.
submissions--views = Vues des candidatures de l’édition
submissions--column-selected = Sélectionnée
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    { $total ->
        [one] { $total } candidature affichée
        [many] { $total } de candidatures affichées
       *[other] { $total } candidatures affichées
    }
# $count (Number) - rows selected
submissions--selected =
    { $count ->
        [one] { $count } sélectionnée
        [many] { $count } sélectionnées
       *[other] { $count } sélectionnées
    }
filter--label = Filtres
filter--any-status = Tous les statuts
filter--any-judging = Tous les statuts de sélection
filter--text = Mots d’un titre ou d’un nom
filter--any-section = Toutes les sections
filter--any-country = Tous les pays
filter--any-language = Toutes les langues
bulk--label = Modifier les candidatures sélectionnées
bulk--status = Nouveau statut
bulk--judging = Nouveau statut de sélection
bulk--status-unchanged = Statut : inchangé
bulk--judging-unchanged = Sélection : inchangée
bulk--apply = Appliquer à la sélection
# $count (Number) - submissions the last change touched
bulk--undo =
    { $count ->
        [one] Annuler la modification de { $count } candidature
        [many] Annuler la modification de { $count } de candidatures
       *[other] Annuler la modification de { $count } candidatures
    }

import--open = Importer…
import--heading = Importer des candidatures
import--kind = Type de fichier
import--kind-filmfreeway = Export FilmFreeway (CSV ou texte Unicode)
import--kind-ddex = Publication DDEX (XML ERN)
import--path-label = Fichier à importer
import--path-placeholder = Chemin du fichier, ou déposez-le sur la fenêtre
import--kind-table = Tout tableau (CSV ou XLSX), avec une correspondance de colonnes
import--files-all = Tableaux et messages DDEX
import--browse = Choisir un fichier…
import--encoding = Encodage
import--encoding-detect = Détection automatique
import--mapping-name = Nom de la correspondance
import--mapping-saved = Correspondances enregistrées
import--mapping-choose = Utiliser une correspondance enregistrée…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = Lu en { $encoding }
# $column (String) - the column's header
import--target-of = Contenu de la colonne « { $column } »
import--target-field = Conserver comme champ
import--target-id = Identifiant (pour retrouver l’œuvre)
import--target-title = Titre
import--target-original-title = Titre original
import--target-original-language = Langue du titre original
import--target-synopsis = Synopsis (anglais)
import--target-original-synopsis = Synopsis (langue originale)
import--target-directors = Réalisation
import--target-writers = Scénario
import--target-producers = Production
import--target-cast = Interprétation
import--target-countries = Pays
import--target-languages = Langues
import--target-year = Année
import--target-runtime = Durée
import--target-completion-date = Date d’achèvement
import--target-genres = Genres de l’œuvre
import--target-category = Catégorie (section)
import--target-status = Statut de la candidature
import--target-judging = Statut de sélection
import--target-submission-date = Date de candidature
import--target-isan = Numéro ISAN
import--target-eidr = Identifiant EIDR
import--target-isrc = Code ISRC
import--target-iswc = Code ISWC
import--target-ignore = Ne pas importer
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = Non importés, car ce ne sont pas des œuvres : { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings =
    { $count ->
        [1] Un avertissement : la ligne a été importée, mais ce point mérite votre attention.
        [one] { $count } avertissement : les lignes ont été importées, mais ce point mérite votre attention.
        [many] { $count } d’avertissements : les lignes ont été importées, mais ces points méritent votre attention.
       *[other] { $count } avertissements : les lignes ont été importées, mais ces points méritent votre attention.
    }
import--column-warning = Avertissement
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = Traiter « { $value } » comme { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = « { $value } » désigne désormais { $suggestion }, ici et dans toutes les importations suivantes ({ $works ->
    [1] une œuvre mise à jour
    [one] { $works } œuvre mise à jour
    [many] { $works } d’œuvres mises à jour
   *[other] { $works } œuvres mises à jour
}).
import--partial = Importer les lignes valides même si certaines sont refusées
import--dry-run = Vérifier seulement, sans rien enregistrer
import--run = Importer
# $rows (Number) - rows read so far
import--progress = Lignes lues : { $rows }
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = Importées : { $imported } ; mises à jour : { $updated } ; inchangées : { $unchanged } ; refusées : { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = Vérification faite, rien n’a été enregistré. À importer : { $imported } ; à mettre à jour : { $updated } ; inchangées : { $unchanged } ; à refuser : { $rejected }.
# $count (Number) - problems found
import--refused =
    { $count ->
        [one] Rien n’a été importé : { $count } problème doit d’abord être corrigé.
        [many] Rien n’a été importé : { $count } de problèmes doivent d’abord être corrigés.
       *[other] Rien n’a été importé : { $count } problèmes doivent d’abord être corrigés.
    }
import--column-line = Ligne
import--column-column = Colonne
import--column-problem = Problème

export--label = Exporter :
export--format-csv = Fichier CSV
export--format-xlsx = Classeur Excel (XLSX)
export--format-json = Fichier JSON
# $path (String) - the file written
export--done = Export enregistré dans { $path }

stats--by-country = Candidatures par pays
stats--by-language = Candidatures par langue
stats--by-genre = Candidatures par genre
stats--by-status = Candidatures par statut
# $count (Number) - entries in the edition
stats--total =
    { $count ->
        [one] { $count } candidature
        [many] { $count } de candidatures
       *[other] { $count } candidatures
    }

duplicates--heading = Doublons probables
duplicates--none = Aucun doublon probable.
# $id (Number) - the work to keep
duplicates--keep = Fusionner en gardant le n° { $id }
duplicates--dismiss = Œuvres distinctes
# $score (Number) - likeness from 0 to 1
duplicates--score = Ressemblance : { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = Paires affichées : { $shown } sur { $total }
duplicates--more = Afficher plus de paires
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = Fusionner l’œuvre n° { $other } dans l’œuvre n° { $keep } ? Titres, synopsis, générique, identifiants, images et candidatures de l’œuvre n° { $other } passent tous à l’œuvre n° { $keep }, puis l’œuvre n° { $other } est supprimée. Cette opération est irréversible.
duplicates--merge = Fusionner

edit--add-language = Ajouter une langue
edit--edit = Modifier
edit--remove = Supprimer
# $language (String) - the language's name
edit--edit-language = Modifier le titre et le synopsis en { $language }
# $language (String) - the language's name
edit--remove-language = Supprimer le titre et le synopsis en { $language }
edit--tag = Étiquette de langue
edit--tag-placeholder = Étiquette BCP 47, par ex. fr ou zh-Hant
edit--title = Titre
edit--synopsis = Synopsis de l’œuvre
edit--original = C’est la version originale
edit--save = Enregistrer
edit--cancel = Annuler

identifier--add = Ajouter l’identifiant
identifier--placeholder = ISAN, EIDR, ISRC ou ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = Alliance
alliance--heading = Échanges au sein de l’alliance
alliance--identity = Ce profil
alliance--identity-none = Ce profil n’a pas encore d’identité. Créez-en une pour échanger avec les autres membres : ses clés restent sur cet ordinateur.
alliance--identity-name = Nom du festival
alliance--identity-member = Nom court du membre (tel qu’il figure dans le registre de l’alliance)
alliance--identity-country = Pays (code ISO à deux lettres)
alliance--passphrase = Phrase secrète
alliance--passphrase-hint = Sert uniquement à protéger les clés lorsque le trousseau du système n’est pas disponible. Conservez-la : sans elle, les clés ne peuvent pas être ouvertes.
alliance--identity-make = Créer les clés
alliance--fingerprint = Empreinte, à lire aux autres membres
alliance--qr-label = L’empreinte sous forme de code QR
alliance--sealed-in-keychain = Les clés sont conservées dans le trousseau du système.
alliance--sealed-in-passphrase = Les clés sont protégées par une phrase secrète.
alliance--write-card = Enregistrer la fiche de membre
alliance--card-written = Fiche de membre enregistrée dans
alliance--members = Membres
alliance--members-none = Aucun membre pour l’instant.
alliance--country-unknown = Pays non indiqué
alliance--card-path = Chemin d’une fiche de membre (.json)
alliance--import-card = Importer la fiche
# $member (String) - the member's name
alliance--card-imported = Fiche de « { $member } » importée.
# $member (String) - the member's name
alliance--card-rotated = Fiche de « { $member } » importée : ses clés ont été remplacées, et l’ancienne clé a signé les nouvelles.
alliance--compare = Avant de vous fier à la fiche, lisez cette empreinte au membre par téléphone, ou comparez-la avec lui en personne :
alliance--verify = Marquer comme vérifiée
alliance--verify-typed = L’empreinte telle que le membre l’a lue
alliance--points = Points d’échange
alliance--points-none = Aucun point d’échange pour l’instant : ajoutez le dossier ou l’adresse web où l’alliance se retrouve.
alliance--point-location = Dossier ou adresse (https://…)
alliance--point-name = Nom (facultatif)
alliance--point-add = Ajouter
alliance--point-remove = Supprimer
alliance--sync = Synchronisation
alliance--sync-button = Synchroniser maintenant
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = Publication : { $done } sur { $total } enveloppes
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = Réception : { $done } sur { $total } enveloppes
alliance--unlock = Ouvrir les clés
alliance--sync-log = Journal de la dernière synchronisation
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = Envoyées : { $published } ; appliquées : { $applied } ; ignorées (destinées à d’autres membres) : { $skipped } ; refusées : { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = Enveloppe { $seq } ({ $kind }) appliquée, envoyée par
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = Enveloppe { $seq } ({ $kind }) ignorée car destinée à d’autres membres, envoyée par
# $seq (Number) - the envelope's number
alliance--log-refused = Enveloppe { $seq } refusée, envoyée par
alliance--notes = Notes
alliance--note-to = Destinataires
alliance--note-no-cards = Importez la fiche d’un membre pour pouvoir lui écrire.
alliance--note-to-all = Aucun membre coché : la note ira à tous les membres dont la fiche est enregistrée.
alliance--note-text = Texte de la note
alliance--note-send = Chiffrer et mettre en attente
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = Note { $seq } chiffrée ; elle partira à la prochaine synchronisation.
alliance--notes-none = Aucune note pour l’instant.
envelope-kind--note = note
envelope-kind--card = fiche de membre
envelope-kind--recommendation = recommandation
envelope-kind--recommendation-state = réponse à une recommandation
envelope-kind--catalogue = catalogue
recommendations--heading = Recommandations
recommendations--inbox = Reçues
recommendations--outbox = Envoyées
recommendations--none = Aucune pour l’instant.
recommendations--from = Envoyée par
recommendations--to = Envoyée à
recommendations--history = Historique
recommendations--edition = Édition où l’inscrire
recommendations--section = Section
recommendations--section-suggested = Section suggérée
recommendations--accept = Accepter
recommendations--reason = Motif du refus
recommendations--decline = Refuser
recommendations--program = Marquer comme programmée
recommendations--person = Recommander un juré ou un invité
recommendations--person-name = Nom
recommendations--person-as = En tant que
recommendations--note = Note aux membres
recommendations--send = Recommander
catalogues--heading = Catalogues
catalogues--publish = Publier le catalogue de ce festival
# $count (Number) - works in the catalogue
catalogues--published =
    { $count ->
        [1] Le catalogue, qui compte une œuvre, a été chiffré ; il partira à la prochaine synchronisation.
        [one] Le catalogue, qui compte { $count } œuvre, a été chiffré ; il partira à la prochaine synchronisation.
        [many] Le catalogue, qui compte { $count } d’œuvres, a été chiffré ; il partira à la prochaine synchronisation.
       *[other] Le catalogue, qui compte { $count } œuvres, a été chiffré ; il partira à la prochaine synchronisation.
    }
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member } : { $count }
catalogues--none = Aucun catalogue de membre n’est encore arrivé.
catalogues--search = Rechercher dans les catalogues, dans n’importe quelle écriture
# $edition (String) - the edition's name
catalogues--take = Ajouter à { $edition }
# $edition (String) - the edition's name
catalogues--taken = Ajoutée à { $edition }
recommend--heading = Recommander aux membres
recommend--sent = Recommandation chiffrée ; elle partira à la prochaine synchronisation.
recommend--history = Recommandations de cette œuvre
rights--heading = Droits de projection
rights--none = Aucun droit de projection enregistré.
rights--world = Monde entier
rights--territory = Territoire (code ISO, ou WORLD)
rights--excluded = exclu
directory--any = indifférent
directory--none = néant
directory--alliance = Alliance concernée
directory--tier = Niveau
directory--kind = Type
directory--country = Pays
directory--country-code = Pays (code ISO)
directory--city = Ville
directory--slug = Nom court
directory--name = Nom complet
directory--languages = Langues de travail (étiquettes de langue, séparées par des virgules)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = membre depuis { $date }
directory--joined-input = Date d’adhésion (YYYY ou YYYY-MM-DD)
directory--add = Inscrire ou modifier un membre
directory--save = Enregistrer le membre
# $member (String) - the member's name
directory--saved = « { $member } » figure désormais au registre.
directory--none-match = Aucun membre ne correspond à ces filtres.
registry--heading = Registres
# $count (Number) - how many members
registry--members =
    { $count ->
        [1] un membre
        [one] { $count } membre
        [many] { $count } de membres
       *[other] { $count } membres
    }
# $member (String) - the secretariat's short name
registry--secretariat = Secrétariat : { $member }
registry--no-secretariat = Aucun secrétariat désigné pour l’instant
# $date (String) - the date and time, already formatted
registry--issued = registre du { $date }
registry--publish = Publier le registre
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published =
    { $count ->
        [1] Le registre de « { $alliance } », qui compte un membre, a été chiffré ; il partira à la prochaine synchronisation.
        [one] Le registre de « { $alliance } », qui compte { $count } membre, a été chiffré ; il partira à la prochaine synchronisation.
        [many] Le registre de « { $alliance } », qui compte { $count } de membres, a été chiffré ; il partira à la prochaine synchronisation.
       *[other] Le registre de « { $alliance } », qui compte { $count } membres, a été chiffré ; il partira à la prochaine synchronisation.
    }
admissions--heading = Admission des membres
admissions--criteria = Critères d’admission
admissions--criterion-key = Nom court du critère
admissions--criterion-text = Le critère, dans la langue de l’interface
admissions--criterion-add = Ajouter le critère
admissions--apply = Nouvelle demande d’adhésion
admissions--contact = Coordonnées
admissions--submit = Enregistrer la demande
admissions--applications = Demandes d’adhésion
admissions--none = Aucune demande d’adhésion pour l’instant.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = Justificatifs encore manquants : { $criteria }
admissions--sponsors = Parrains
admissions--sponsor-as = Membre parrain
admissions--sponsor-note = Ce que dit le parrain
admissions--sponsor = Ajouter le parrain
admissions--outcome = Décision
admissions--on = Jour de la décision
admissions--for = Pour
admissions--against = Contre
admissions--abstain = Abstentions
admissions--decision-note = Note sur la décision
admissions--decide = Enregistrer la décision
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = Décision du { $date } : pour { $for }, contre { $against }, abstentions { $abstain }.
directory--view = Affichage de l’annuaire
directory--as-list = Liste
directory--as-map = Carte
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = Carte du monde des membres — membres : { $members } ; pays : { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — membres : { $count }
nav--jury = Jurys
jury--heading = Jurys
jury--section = Section du festival
jury--round = Tour
jury--no-round = Cette section n’a pas encore de grille d’évaluation pour ce tour : ajoutez d’abord ses critères (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric =
    { $entries ->
        [1] Grille d’évaluation — une candidature
        [one] Grille d’évaluation — { $entries } candidature
        [many] Grille d’évaluation — { $entries } de candidatures
       *[other] Grille d’évaluation — { $entries } candidatures
    }
jury--assignment = Attribution
jury--reviews-per-entry = Évaluations par candidature
jury--max-load = Nombre maximal de candidatures par juré
jury--assign = Attribuer les candidatures aux jurés
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = Attributions effectuées : { $added }. Candidatures qui manquent encore de jurés : { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load =
    { $count ->
        [1] une candidature
        [one] { $count } candidature
        [many] { $count } de candidatures
       *[other] { $count } candidatures
    }
jury--juror = Juré
jury--scoring = Notation
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = Candidatures notées : { $done } sur { $total }
jury--progress-label = Candidatures notées
jury--keys = Touches : un chiffre donne la note du critère en surbrillance (0 vaut dix), ↑ et ↓ passent d’un critère à l’autre, ← et → d’une candidature à l’autre, N mène à la prochaine candidature pas encore notée. Chaque modification est enregistrée aussitôt.
jury--screener = Ouvrir le lien de visionnage
jury--saved = enregistré
jury--previous = Candidature précédente
jury--next = Candidature suivante
jury--next-unscored = Prochaine candidature à noter
jury--nothing-to-score = Aucune candidature n’est attribuée à ce juré dans ce tour.
jury--results = Résultats
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = Concordance entre jurés (α de Krippendorff) : { $alpha }
jury--rank = Rang
jury--work = Œuvre
jury--count = Jurés
jury--normalized = Moyenne normalisée
jury--mean = Moyenne
jury--disagreement = désaccord entre jurés
jury--matrix = Qui évalue quoi
jury--assigned-cell = attribuée
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = Seules les { $shown } premières candidatures sur { $total } sont affichées ; les résultats les présentent toutes.
jury--distribution = Les totaux de chaque juré sur l’échelle
jury--distribution-label = Les totaux de chaque juré sous forme de points sur l’échelle, avec sa moyenne sous forme de trait : les points d’un juré sévère se trouvent à gauche, ceux d’un juré indulgent à droite.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean =
    { $count ->
        [1] moyenne de { $mean } sur une candidature
        [one] moyenne de { $mean } sur { $count } candidature
        [many] moyenne de { $mean } sur { $count } de candidatures
       *[other] moyenne de { $mean } sur { $count } candidatures
    }
jury--ballots = Scrutins des prix
jury--award = Prix
jury--ballot-round = Tour de scrutin
jury--voter = Votant
jury--vote = Enregistrer le vote
jury--tally = Dépouiller le scrutin
# $count (Number) - votes
jury--votes =
    { $count ->
        [1] une voix
        [one] { $count } voix
        [many] { $count } de voix
       *[other] { $count } voix
    }
# $cast (Number) - votes cast
jury--no-winner = Aucun lauréat à ce tour (suffrages exprimés : { $cast }) : il faut voter à nouveau au tour suivant.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = « { $title } » l’emporte (suffrages exprimés : { $cast }).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = Remporté par « { $title } » au tour de scrutin { $round }, avec { $votes } voix sur { $cast }.
jury--setup = Paramétrer le tour
jury--criterion-key = Nom court du critère
jury--criterion-label = Critère, dans la langue de l’interface
jury--min = Note la plus basse
jury--max = Note la plus haute
jury--step = Pas
jury--weight = Poids
jury--criterion-add = Ajouter le critère
jury--juror-email = Adresse électronique du juré
jury--juror-name = Nom du juré
jury--juror-languages = Langues que comprend le juré (étiquettes de langue, séparées par des virgules)
jury--juror-card = Fichier de la fiche du juré (pour les dossiers de juré)
jury--juror-add = Ajouter le juré
# $what (String) - what was added
jury--setup-added = Ajout effectué : « { $what } ».
jury--packets = Dossiers de juré et feuilles de notes
jury--file = Fichier (un chemin)
jury--packet-export = Chiffrer un dossier de juré pour ce juré
jury--sheet-merge = Fusionner une feuille de notes
jury--packet-open = Ouvrir un dossier de juré (sur l’ordinateur portable du juré)
jury--sheet-export = Chiffrer ma feuille de notes pour le président du jury
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written =
    { $entries ->
        [1] Le dossier de juré pour { $juror } a été écrit, avec une candidature.
        [one] Le dossier de juré pour { $juror } a été écrit, avec { $entries } candidature.
        [many] Le dossier de juré pour { $juror } a été écrit, avec { $entries } de candidatures.
       *[other] Le dossier de juré pour { $juror } a été écrit, avec { $entries } candidatures.
    }
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened =
    { $entries ->
        [1] Le dossier de juré de « { $chair } » est ouvert : une candidature à noter.
        [one] Le dossier de juré de « { $chair } » est ouvert : { $entries } candidature à noter.
        [many] Le dossier de juré de « { $chair } » est ouvert : { $entries } de candidatures à noter.
       *[other] Le dossier de juré de « { $chair } » est ouvert : { $entries } candidatures à noter.
    }
# $scores (Number) - scores in the sheet
jury--sheet-written =
    { $scores ->
        [1] La feuille de notes a été écrite, avec une note.
        [one] La feuille de notes a été écrite, avec { $scores } note.
        [many] La feuille de notes a été écrite, avec { $scores } de notes.
       *[other] La feuille de notes a été écrite, avec { $scores } notes.
    }
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = La feuille de notes de { $juror } a été fusionnée ; notes plus récentes que celles enregistrées : { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = La feuille de notes de { $juror } a déjà été fusionnée ; rien à faire.
jury--screener-file = La copie de visionnage, sur cet ordinateur
jury--screener-path = Une copie de visionnage sur cet ordinateur (son chemin)
jury--screener-attach = Lire ce fichier à côté des notes
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = Attribuer « { $title } » à { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = Retirer « { $title } » à { $juror }
jury--comment = Votre commentaire sur cette œuvre (enregistré au fil de la saisie ; les autres jurés ne le voient jamais)
jury--conflict-reason = Motif (le conflit d’intérêts)
jury--conflict-add = Déclarer le conflit
jury--conflict-declared = Le conflit d’intérêts est déclaré : cette paire n’est jamais attribuée, notée ni comptée.

export--save-as = Enregistrer sous…
work--unresolved = Valeurs conservées telles quelles
work--unresolved-country = Pays
work--unresolved-language = Langue
work--unresolved-status = Statut de la candidature
