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
work--lang-tag = Étiquette de langue : { $lang }

error--heading = Une erreur s’est produite
error--dismiss = Fermer

media--drop-hint = Déposez ici des affiches, photogrammes ou pochettes pour les ajouter.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = Ajout des images : { $done } sur { $total }
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
submissions--select-row = Sélectionner « { $title } »
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
bulk--status-unchanged = Statut : inchangé
bulk--judging-unchanged = Sélection : inchangée
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
import--partial = Importer les lignes valides même si certaines sont refusées
import--dry-run = Vérifier seulement, sans rien enregistrer
import--run = Importer
# $rows (Number) - rows read so far
import--progress = Lignes lues : { $rows }
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = Importées : { $imported } ; mises à jour : { $updated } ; inchangées : { $unchanged } ; refusées : { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = Vérification faite, rien n’a été enregistré. À importer : { $imported } ; à mettre à jour : { $updated } ; inchangées : { $unchanged } ; à refuser : { $rejected }.
# $count (Number) - problems found
import--refused =
    { $count ->
        [one] Rien n’a été importé : { $count } problème doit d’abord être corrigé.
        [many] Rien n’a été importé : { $count } de problèmes doivent d’abord être corrigés.
       *[other] Rien n’a été importé : { $count } problèmes doivent d’abord être corrigés.
    }
import--column-line = Ligne
import--column-column = Colonne
import--column-problem = Problème

export--label = Exporter :
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
duplicates--score = Ressemblance : { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = Paires affichées : { $shown } sur { $total }
duplicates--more = Afficher plus de paires
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = Fusionner l’œuvre n° { $other } dans l’œuvre n° { $keep } ? Titres, synopsis, générique, identifiants, images et candidatures de l’œuvre n° { $other } passent tous à l’œuvre n° { $keep }, puis l’œuvre n° { $other } est supprimée. Cette opération est irréversible.
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
