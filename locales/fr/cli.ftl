# The caravan command line: help text and the lines it prints.

cli--about = Caravan : la programmation de festivals par-delà les langues et les frontières. Chaque commande accepte aussi --json.
cli--usage-heading = Utilisation :
cli--commands-heading = Commandes
cli--options-heading = Options
cli--arguments-heading = Arguments
cli--command-value = COMMANDE
cli--arg-help = Afficher cette aide
cli--arg-version = Afficher la version
cli--arg-db = Le fichier de base de données (par défaut : celui de Caravan dans le dossier de données de cet ordinateur ; aussi CARAVAN_DB)
cli--arg-lang = La langue des messages et des titres, une étiquette BCP 47 comme fr ou zh-TW (aussi CARAVAN_LANG)
cli--arg-json = Écrire un seul document JSON sur la sortie standard
cli--arg-generate = Ajouter aussi ce nombre d’œuvres générées, pour essayer Caravan à grande échelle
cli--arg-slug = Un nom court fait de lettres minuscules, de chiffres et de tirets
cli--arg-name = Le nom complet
cli--arg-year = L’année
cli--arg-sections = Une section de l’édition, par son nom court (à répéter pour plusieurs)
cli--arg-edition = Seulement les œuvres soumises à cette édition, par son nom court
cli--arg-limit = Combien en afficher (50 par défaut)
cli--arg-offset = Combien en sauter d’abord (0 par défaut)
cli--arg-work = L’œuvre : son numéro, son Submission ID ou Tracking Number FilmFreeway, ou son ISRC

cli--demo--about = Créer l’alliance de démonstration : ses membres, deux éditions et des œuvres dans de nombreuses écritures (la relancer ne change rien)
cli--edition--about = Ajouter des éditions de festival
cli--edition-add--about = Ajouter une édition avec ses sections
cli--editions--about = Éditions de festival
cli--editions-list--about = Lister les éditions et leurs sections
cli--works--about = Films et musique
cli--works-list--about = Lister les œuvres, titres dans la langue choisie
cli--works-show--about = Afficher une œuvre avec toutes les variantes linguistiques de ses titres

cli--error-prefix = Erreur :

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = Démonstration prête. Alliances : { $alliances } ; membres : { $members } ; éditions : { $editions } ; œuvres : { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = Édition « { $slug } » ajoutée.
cli--editions-none = Aucune édition pour l’instant.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = Œuvres { $from } à { $to } sur { $total }

cli--media--about = Affiches, photogrammes et pochettes
cli--media-add--about = Ajouter une image à une œuvre : conservée telle quelle, avec des vignettes en trois tailles
cli--media-list--about = Lister les images d’une œuvre
cli--media-remove--about = Retirer une image de son œuvre
cli--media-similar--about = Trouver les œuvres qui portent la même image
cli--arg-file = Le fichier image
cli--arg-kind = poster, still ou cover (poster par défaut)
cli--arg-id = Le numéro de l’image
cli--media-none = Cette œuvre n’a pas encore d’images.
# $id (Number) - the image removed
cli--media-removed = Image { $id } retirée.
cli--media-no-similar = Aucune image n’apparaît sous deux œuvres.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = Les œuvres { $a } et { $b } portent la même image (écart { $distance }).
