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
