# Error messages, one per stable error code: the id is error--<code>.

# $path (String) - the database file
error--db-not-sqlite = { $path } n’est pas une base de données Caravan : ce n’est pas un fichier SQLite. Rien n’a été modifié.
# $path (String) - the database file
error--db-foreign = { $path } est une base SQLite d’un autre programme, pas de Caravan. Rien n’a été modifié.
# $path (String) - the database file
error--db-corrupt = { $path } est endommagé et illisible. Rien n’a été modifié ; restaurez-le à partir d’une sauvegarde.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } a été écrit par une version plus récente de Caravan (schéma { $found } ; cette version connaît jusqu’au schéma { $supported }). Mettez Caravan à jour pour l’ouvrir. Rien n’a été modifié.
# $path (String) - the database file
error--db-busy = { $path } est utilisé par un autre programme. Réessayez dans un instant.
# $path (String) - the database file
error--db-read-only = Impossible d’écrire dans { $path } : vérifiez ses autorisations.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = Impossible d’ouvrir { $path } : { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = Erreur de base de données dans { $path } : { $reason }
error--db-no-data-dir = Cet ordinateur n’a pas de dossier pour les données des applications. Choisissez un fichier de base de données avec --db ou CARAVAN_DB.

# $slug (String) - the slug asked for
error--slug-taken = L’identifiant court « { $slug } » est déjà utilisé.
# $value (String) - the slug given
error--slug-invalid = « { $value } » n’est pas un identifiant court valide : utilisez des lettres latines minuscules, des chiffres et des tirets simples.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = « { $value } » n’est pas une étiquette de langue. Utilisez une étiquette BCP 47 ; l’interface existe en { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = L’interface n’est pas disponible en « { $value } ». Choisissez parmi { $supported }.
# $value (String) - the code given
error--country-invalid = « { $value } » n’est pas un code de pays ISO 3166-1.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what } : « { $value } » n’est pas une valeur acceptée.
# $what (String) - the name of the field, from what--*
error--value-empty = { $what } ne peut pas être vide.

# $work (String) - what the user typed to name the work
error--work-not-found = Aucune œuvre « { $work } ». Désignez une œuvre par son numéro, son Submission ID ou Tracking Number FilmFreeway, ou son ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = « { $work } » correspond à plusieurs œuvres ({ $count }). Désignez l’œuvre par son numéro.
# $edition (String) - the edition slug given
error--edition-not-found = Aucune édition « { $edition } ». La commande « caravan editions list » les affiche.

# $command (String) - the word that is not a command
error--cli-unknown-command = « { $command } » n’est pas une commande de Caravan. Lancez « caravan --help » pour voir les commandes.
# $argument (String) - the option that is not known
error--cli-unknown-argument = « { $argument } » n’est pas une option de cette commande. Ajoutez --help pour voir ses options.
# $argument (String) - the argument that is missing
error--cli-missing-argument = Cette commande a besoin de { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = « { $value } » n’est pas une valeur valide pour { $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = La ligne de commande n’est pas valide : { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = Une erreur inattendue s’est produite : { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } est vide. Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } n’est pas une image que Caravan sait lire (JPEG, PNG, WebP, GIF, TIFF ou BMP). Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } s’arrête trop tôt : le fichier est incomplet. Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } est endommagé ({ $reason }). Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } dépasse ce que Caravan accepte (20 000 pixels de côté et 100 mégapixels au plus). Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = Impossible de lire ou d’enregistrer { $file } : { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = Les vignettes de { $file } n’ont pas pu être créées : { $reason }. Rien n’a été enregistré.
# $id (Number) - the image number given
error--media-not-found = Il n’y a pas d’image { $id }.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan n’a pas pu ouvrir sa fenêtre : { $reason }
