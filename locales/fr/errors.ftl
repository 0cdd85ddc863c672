# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } n’est pas une base de données Caravan : ce n’est pas un fichier SQLite. Rien n’a été modifié.
# $path (String) - the database file
error--db-foreign = { $path } est une base SQLite d’un autre programme, pas de Caravan. Rien n’a été modifié.
# $path (String) - the database file
error--db-corrupt = { $path } est endommagé et illisible. Rien n’a été modifié ; restaurez-le à partir d’une sauvegarde.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } a été écrit par une version plus récente de Caravan (schéma { $found } ; cette version connaît jusqu’au schéma { $supported }). Mettez Caravan à jour pour l’ouvrir. Rien n’a été modifié.
# $path (String) - the database file
error--db-busy = { $path } est utilisé par un autre programme. Réessayez dans un instant.
# $path (String) - the database file
error--db-read-only = Impossible d’écrire dans { $path } : vérifiez ses autorisations.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = Impossible d’ouvrir { $path } : { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = Erreur de base de données dans { $path } : { $reason }
error--db-no-data-dir = Cet ordinateur n’a pas de dossier pour les données des applications. Choisissez un fichier de base de données avec --db ou CARAVAN_DB.

# $slug (String) - the slug asked for
error--slug-taken = Le nom court « { $slug } » est déjà utilisé.
# $value (String) - the slug given
error--slug-invalid = « { $value } » n’est pas un nom court valide : utilisez des lettres latines minuscules, des chiffres et des tirets simples.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = « { $value } » n’est pas une étiquette de langue. Utilisez une étiquette BCP 47 ; l’interface existe en { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = L’interface n’est pas disponible en « { $value } ». Choisissez parmi { $supported }.
# $value (String) - the code given
error--country-invalid = « { $value } » n’est pas un code de pays ISO 3166-1.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what } : « { $value } » n’est pas une valeur acceptée.
# $what (String) - the name of the field, from what--*
error--value-empty = Le champ « { $what } » ne peut pas être vide.

# $work (String) - what the user typed to name the work
error--work-not-found = Aucune œuvre « { $work } ». Désignez une œuvre par son numéro, par ff: suivi de son Submission ID FilmFreeway, ou par son Tracking Number ou un identifiant comme son ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = « { $work } » correspond à plusieurs œuvres ({ $count }). Désignez l’œuvre par son numéro.
# $edition (String) - the edition slug given
error--edition-not-found = Aucune édition « { $edition } ». La commande « caravan editions list » les affiche.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = L’édition « { $edition } » n’a pas de section « { $section } ». Rien n’a été modifié.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = La fenêtre a envoyé une requête que Caravan ne sait pas lire ({ $detail }). Rien n’a été modifié.
# $value (String) - the cursor given
error--cursor-invalid = « { $value } » n’est pas un curseur de cette liste : utilisez la valeur « next » de la page précédente, avec le même tri.
# $change (Number) - the number of the status change
error--status-change-not-found = Il n’y a pas de modification de statut n° { $change }.
# $change (Number) - the number of the status change
error--status-change-undone = La modification de statut n° { $change } a déjà été annulée. Rien n’a été modifié.
error--status-nothing-to-set = Choisissez un statut de candidature, un statut de sélection ou les deux à appliquer.

# $command (String) - the word that is not a command
error--cli-unknown-command = « { $command } » n’est pas une commande de Caravan. Lancez « caravan --help » pour voir les commandes.
# $argument (String) - the option that is not known
error--cli-unknown-argument = « { $argument } » n’est pas une option de cette commande. Ajoutez --help pour voir ses options.
# $argument (String) - the argument that is missing
error--cli-missing-argument = Cette commande a besoin de { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = « { $value } » n’est pas une valeur valide pour { $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = La ligne de commande n’est pas valide : { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = Une erreur inattendue s’est produite : { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } est vide. Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } n’est pas une image que Caravan sait lire (JPEG, PNG, WebP, GIF, TIFF ou BMP). Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } s’arrête trop tôt : le fichier est incomplet. Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } est endommagé ({ $reason }). Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } dépasse ce que Caravan accepte (20 000 pixels de côté et 100 mégapixels au plus). Rien n’a été enregistré.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = Impossible de lire ou d’enregistrer { $file } : { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = Les vignettes de { $file } n’ont pas pu être créées : { $reason }. Rien n’a été enregistré.
# $id (Number) - the image number given
error--media-not-found = Il n’y a pas d’image { $id }.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan n’a pas pu ouvrir sa fenêtre : { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = Impossible de lire { $file } : { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } est vide : il n’a pas de ligne d’en-tête. Rien n’a été importé.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } n’a pas de colonne « { $column } » : ce n’est donc pas un export des candidatures FilmFreeway. Rien n’a été importé.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, ligne { $line } : le fichier ne peut pas être lu comme du CSV ({ $reason }). Rien n’a été importé.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } ne peut pas être lu comme un classeur Excel ({ $reason }). Rien n’a été importé.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } n’a pas la colonne « { $column } » que nomme la correspondance de colonnes. Choisissez une autre correspondance ou corrigez celle-ci. Rien n’a été importé.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = La correspondance de colonnes est illisible : { $detail }. Une correspondance est un document JSON : un nom et, pour chaque en-tête, ce que contient la colonne (title, directors, countries…).
# $detail (String) - unused here
error--mapping-no-name = La correspondance de colonnes n’a pas de nom. Donnez-lui-en un pour l’enregistrer et pour retrouver ses lignes lors de la prochaine importation.
# $detail (String) - unused here
error--mapping-no-title = D’après la correspondance de colonnes, aucune colonne ne contient le titre. Associez une colonne au titre.
# $detail (String) - unused here
error--mapping-no-id = D’après la correspondance de colonnes, aucune colonne ne contient l’identifiant de la ligne. Associez une colonne à l’identifiant : ainsi, une nouvelle importation du fichier mettra à jour ses œuvres au lieu de les ajouter une seconde fois.
# $detail (String) - what is mapped twice
error--mapping-twice = La correspondance de colonnes associe deux colonnes à « { $detail } », qui ne peut occuper qu’une seule colonne.
# $mapping (String) - the name or file given
error--mapping-not-found = Il n’existe ni correspondance de colonnes nommée « { $mapping } », ni fichier de ce nom.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = La correspondance « { $mapping } » est intégrée à Caravan ; enregistrez la vôtre sous un autre nom.
# $encoding (String) - the encoding given
error--encoding-unknown = « { $encoding } » n’est pas un encodage que Caravan connaît. Utilisez un nom comme windows-1252, windows-1251, gb18030 ou shift_jis.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = « { $vocabulary } » n’est pas un type de valeur qu’une importation conserve : utilisez country (pays), language (langue) ou status (statut).
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = « { $code } » n’est pas { $vocabulary ->
    [country] un code de pays (comme QA)
    [language] une étiquette de langue (comme fr ou pt-BR)
   *[status] un statut de candidature (in-consideration, incomplete, disqualified ou withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = Il n’y a pas d’alias pour « { $name } ».
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [1] Une ligne a été refusée ; rien n’a donc été importé. Corrigez-la ou importez les autres lignes avec --partial.
    [one] { $count } problème a été détecté ; rien n’a donc été importé. Corrigez-le ou importez les lignes valides avec --partial.
    [many] { $count } de problèmes ont été détectés ; rien n’a donc été importé. Corrigez-les ou importez les lignes valides avec --partial.
   *[other] { $count } problèmes ont été détectés ; rien n’a donc été importé. Corrigez-les ou importez les lignes valides avec --partial.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, ligne { $line }, colonne { $column } : ce n’est pas du XML bien formé ({ $value }). Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, ligne { $line } : { $element } n’est pas un NewReleaseMessage DDEX ERN ({ $value }). Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, ligne { $line } : cette version d’ERN n’est pas prise en charge ({ $value }) ; Caravan lit ERN 3.4 à 3.8 et 4.x. Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, ligne { $line } : l’enregistrement ou la vidéo { $element } de la publication n’a aucun identifiant (ni ISRC, ni ISAN, ni EIDR, ni identifiant propriétaire). Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } dépasse la taille des messages DDEX que Caravan accepte de lire ({ $value }). Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, ligne { $line } : les éléments sont imbriqués plus profondément que dans n’importe quel message DDEX ({ $value }). Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, ligne { $line }, colonne { $column } : « { $value } » dans { $element } n’est pas un ISRC valide. Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, ligne { $line } : l’enregistrement sonore { $element } n’a pas de titre. Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, ligne { $line }, colonne { $column } : « { $value } » dans { $element } n’est pas une durée ISO 8601 comme PT3M25S. Rien n’a été importé.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, ligne { $line } : { $element } renvoie à une ressource que le message ne contient pas ({ $value }). Rien n’a été importé.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = Ligne { $line } : la ligne n’a pas le même nombre de cellules que l’en-tête ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = Ligne { $line }, colonne « { $column } » : le texte n’est pas en UTF-8 ({ $value }). Enregistrez le fichier en UTF-8 ou en UTF-16.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas une durée comme 1:32:05.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas une date que Caravan sait lire, comme 2025-07-19.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas une année.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas un pays que Caravan connaît.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas une langue que Caravan connaît.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas un statut de candidature FilmFreeway.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = Ligne { $line } : le projet n’a pas de titre.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = Ligne { $line } : la ligne n’a ni Submission ID ni Tracking Number.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = Ligne { $line } : la ligne n’a pas d’identifiant dans la colonne que la correspondance désigne comme identifiant.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = Ligne { $line } : la ligne n’indique aucune catégorie et l’édition n’a aucune section où la placer.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas un identifiant valide (lancez « caravan ids check » pour savoir pourquoi).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = Ligne { $line }, colonne « { $column } » : { $value } appartient déjà à une autre œuvre.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = Ce n’est ni un ISAN, ni un EIDR, ni un ISRC, ni un ISWC.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = Cela ressemble à un { $kind }, mais la longueur ou les caractères sont incorrects.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = Le caractère de contrôle ne correspond pas : ce { $kind } contient une faute de frappe.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = Les deux premières lettres de ce { $kind } ne sont ni un code de pays ni un code d’agence d’enregistrement.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = Le préfixe de ce { $kind } ne figure pas encore dans la liste dont dispose Caravan ; il vient peut-être d’être attribué par l’IFPI. Le code est conservé tel quel.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = L’œuvre « { $work } » n’a pas de texte en « { $lang } ».
# $work (String) - the work as named
error--title-last = C’est le seul titre de l’œuvre « { $work } » ; ajoutez-en un autre avant de le supprimer.
error--duplicate-same-work = Une œuvre ne peut pas être fusionnée avec elle-même ni écartée comme son propre doublon.
# $id (Number) - the submission number
error--submission-not-found = Il n’y a pas de candidature { $id }.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = Impossible d’écrire { $file } : { $reason }. Aucun fichier incomplet n’a été laissé.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = Impossible d’ajouter « { $value } » : { $reason } Rien n’a été enregistré.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } appartient déjà à l’œuvre { $work }. Rien n’a été enregistré.
# $label (String) - the label as given
error--label-not-found = L’édition n’a pas de mention de sélection « { $label } » ; utilisez undecided, selected, not-selected ou l’une de ses mentions de sélection.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = sa première ligne
envelope-part--header = son en-tête
envelope-part--signature = sa signature
envelope-part--payload = son contenu
envelope-part--attachment = une pièce jointe
envelope-part--attachments = sa liste de pièces jointes
envelope-part--body = le texte
envelope-part--file = le fichier
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = L’enveloppe est tronquée : { $what } s’arrête trop tôt. Rien n’a été appliqué.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = Cette enveloppe n’est pas lisible par Caravan ({ $detail }). Rien n’a été appliqué.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = L’enveloppe a été endommagée en route : { $what } ne correspond plus à son empreinte. Rien n’a été appliqué.
# $version (Number) - the format version found
error--envelope-unsupported-version = L’enveloppe utilise la version { $version } du format, que cette version de Caravan ne sait pas lire ; mettez Caravan à jour pour la lire. Rien n’a été appliqué.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = L’enveloppe est refusée : { $what } fait { $size } octets, au-delà de la limite de { $limit }. Rien n’a été lu ni appliqué.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = L’enveloppe provient de { $sender }, une clé qu’aucune fiche de membre ne mentionne. Importez d’abord la fiche du membre. Rien n’a été appliqué.
error--envelope-bad-signature = La signature de l’enveloppe ne correspond pas à la clé de son expéditeur : l’enveloppe a été falsifiée ou modifiée. Rien n’a été appliqué.
error--envelope-not-addressed = L’enveloppe désigne ce profil comme destinataire, mais elle n’a pas été chiffrée pour sa clé. Rien n’a été appliqué.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = L’enveloppe { $seq } de { $sender } est arrivée alors que l’enveloppe { $expected } était attendue. Rien n’a été appliqué.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = L’enveloppe { $seq } de { $sender } a déjà été appliquée ; elle n’a pas été appliquée une seconde fois.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = L’enveloppe { $seq } de { $sender } ne fait pas suite à l’enveloppe appliquée avant elle : le flux a été réécrit. Rien n’a été appliqué.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = Une enveloppe signée par { $sender } a été trouvée dans le flux de { $stream }. Rien n’a été appliqué.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = Le nom de pièce jointe « { $name } » pourrait mener hors de son dossier. Rien n’a été appliqué.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = La pièce jointe « { $name } » n’est pas le fichier que décrit son enveloppe. Rien n’a été appliqué.
# $seq (Number) - the envelope's number
error--envelope-missing = L’enveloppe { $seq } manque dans le flux, alors que la tête du flux indique qu’elle s’y trouve. Rien de ce qui la suit n’a été appliqué.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = Cette version de Caravan ne sait pas lire les enveloppes de type « { $kind } » ; mettez Caravan à jour pour les lire. Rien n’a été appliqué.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = Ce n’est pas une fiche de membre que Caravan sait lire ({ $detail }). Rien n’a été enregistré.
error--card-bad-signature = La signature de la fiche de membre ne correspond pas à ses clés : la fiche a été modifiée. Rien n’a été enregistré.
# $member (String) - the member's short name
error--card-not-a-rotation = La fiche de « { $member } » indique de nouvelles clés, mais la clé actuelle du membre ne l’a pas signée. Comparez les empreintes avec le membre avant de vous fier à cette fiche. Rien n’a été enregistré.
# $member (String) - the member's short name
error--card-is-own = La fiche de « { $member } » est celle de ce profil.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = « { $value } » n’est pas une empreinte : un caractère est erroné ou manquant.
# $member (String) - the member's short name
error--fingerprint-mismatch = L’empreinte indiquée n’est pas celle de la fiche de « { $member } ». Ne vous fiez pas à cette fiche avant d’en avoir trouvé la raison. Rien n’a été modifié.
error--identity-passphrase-wrong = Impossible d’ouvrir les clés : la phrase secrète est incorrecte.
error--identity-passphrase-needed = Les clés de ce profil sont protégées par une phrase secrète. Indiquez-la (dans un script, avec CARAVAN_PASSPHRASE).
error--identity-keychain-unavailable = Les clés de ce profil sont conservées dans le trousseau du système, qui ne répond pas. Déverrouillez le trousseau et réessayez.
error--identity-missing = Ce profil n’a pas encore d’identité. Créez-en une d’abord (caravan identity init).
error--identity-exists = Ce profil a déjà une identité. Pour changer ses clés, renouvelez-les (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = Aucun membre « { $member } ».
# $member (String) - the member's short name
error--member-no-card = Aucune fiche n’est enregistrée pour le membre « { $member } ». Importez d’abord sa fiche.
error--exchange-no-recipients = Aucune fiche de membre n’est enregistrée : il n’y a personne à qui envoyer. Importez d’abord les fiches des membres.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = Il n’y a pas de point d’échange { $id }.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = Impossible de joindre { $url } : { $reason }. Ce qui a déjà été appliqué est conservé ; réessayez.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } a répondu avec le statut HTTP { $status }. Ce qui a déjà été appliqué est conservé ; réessayez.
# $url (String) - the exchange point
error--exchange-read-only = { $url } est accessible en lecture mais pas en écriture : pour publier, il faut un serveur WebDAV ou un dossier.
# $path (String) - the envelope's place at the point
error--stream-conflict = Une autre enveloppe occupe déjà { $path } : le flux de ce profil a été publié depuis une autre copie de ce profil. Rien n’a été écrasé.
error--exchange-no-points = Aucun point d’échange n’est configuré. Ajoutez le dossier ou l’adresse où l’alliance se retrouve (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = Impossible de lire { $file } : { $reason }. Rien n’a été enregistré.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = La clé de « { $member } » a été révoquée : plus rien de ce qu’elle signe n’est accepté. Importez et vérifiez la nouvelle fiche du membre. Rien n’a été appliqué.
# $id (Number) - the recommendation's number
error--recommendation-not-found = Ce profil n’a reçu aucune recommandation { $id }.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = La réponse porte sur la recommandation { $uid }, que ce profil n’a pas envoyée à ce membre. Rien n’a été appliqué.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = La recommandation { $uid } est déjà arrivée ; elle n’a pas été prise en compte une seconde fois.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = Une recommandation à l’état « { $from } » ne peut pas passer à l’état « { $to } ». Rien n’a été modifié.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = Cette recommandation n’est pas lisible par Caravan ({ $detail }). Rien n’a été enregistré.
error--person-no-name = Une personne doit avoir un nom dans au moins une écriture. Rien n’a été envoyé.
error--recommendation-edition-needed = Indiquez dans quelle édition entre l’œuvre (et, si vous le souhaitez, dans quelle section).
# $value (String) - the date as given
error--date-invalid = « { $value } » n’est pas une date, ou pas une période qui se termine après son début ; écrivez les dates au format YYYY-MM-DD.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = Il n’y a pas d’entrée de catalogue { $id }.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = Les droits de projection de l’œuvre ne couvrent pas { $territory }, le territoire de « { $member } ».
# $alliance (String) - the alliance's short name
error--alliance-not-found = Aucune alliance « { $alliance } ».
error--alliance-needed = Un niveau ou une date d’entrée ne valent que pour une adhésion : indiquez de quelle alliance il s’agit.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = « { $tier } » n’est pas un niveau de l’alliance « { $alliance } ». Rien n’a été modifié.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = Le champ « { $what } » dépasse la limite permise ({ $limit }). Rien n’a été modifié.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = Le champ « { $what } » est rédigé dans plus de { $limit } langues. Rien n’a été modifié.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = « { $value } » n’est pas un contact valide de type « { $kind } ». Rien n’a été modifié.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = « { $member } » n’est pas, ici, le secrétariat de l’alliance « { $alliance } » : son registre n’est donc pas suivi. Rien n’a été modifié.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = Le registre est mal formé ({ $detail }). Rien n’a été appliqué.
# $id (Number) - the application's number
error--application-not-found = Il n’y a pas de demande d’adhésion { $id }.
# $id (Number) - the application's number
error--application-decided = La demande d’adhésion { $id } a déjà fait l’objet d’une décision. Rien n’a été modifié.
# $member (String) - the applicant's short name
error--application-exists = « { $member } » a déjà une demande d’adhésion en cours.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = « { $member } » est déjà membre de l’alliance « { $alliance } ».
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = « { $criterion } » n’est pas un critère d’admission de l’alliance « { $alliance } ». Rien n’a été modifié.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = Seuls les membres de l’alliance peuvent parrainer une demande d’adhésion, et « { $member } » n’est pas membre de « { $alliance } ». Rien n’a été modifié.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = Une admission exige plus de votes pour que de votes contre ; avec { $for } pour et { $against } contre, ce n’est pas le cas. Rien n’a été modifié.
# $value (String) - the section's short name
error--section-ambiguous = Plusieurs éditions ont une section « { $value } » : précisez de quelle édition il s’agit.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = La section « { $section } » n’a pas de tour { $round }.
error--shortlist-first-round = Le premier tour n’est précédé d’aucun tour dont il pourrait reprendre une présélection.
# $value (String) - the juror's email
error--juror-not-found = Aucun juré « { $value } ».
# $value (String) - the person's name
error--person-not-found = Aucune personne nommée « { $value } » ne figure au générique d’une œuvre.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } n’est pas une note possible pour « { $criterion } », qui va de { $min } à { $max } par pas de { $step }. Rien n’a été modifié.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = Une échelle va d’une note minimale à une note maximale plus élevée, par pas positifs, avec un poids positif ; de { $min } à { $max } par pas de { $step }, avec un poids de { $weight }, ce n’est pas le cas.
error--reviews-per-entry-zero = Chaque candidature doit recevoir au moins une évaluation.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = L’œuvre { $work } n’est pas attribuée à « { $juror } ». Rien n’a été modifié.
# $value (String) - the criterion as written
error--criterion-not-found = La grille d’évaluation n’a pas de critère « { $value } ». Rien n’a été modifié.
# $value (String) - what was wrong
error--scores-file-invalid = Le fichier de notes est illisible : { $value }. Rien n’a été modifié.
# $value (String) - the value as written
error--score-not-a-number = « { $value } » n’est pas un nombre.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = « { $juror } » note deux fois « { $criterion } » pour l’œuvre { $work } dans ce fichier.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [1] Une ligne du fichier a été refusée ; rien n’a donc été importé.
    [one] { $count } ligne du fichier a été refusée ; rien n’a donc été importé.
    [many] { $count } de lignes du fichier ont été refusées ; rien n’a donc été importé.
   *[other] { $count } lignes du fichier ont été refusées ; rien n’a donc été importé.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = Le tour { $round } de « { $section } » n’a pas encore de grille d’évaluation : ajoutez d’abord ses critères.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = L’œuvre { $work } ne fait pas partie des candidatures du tour { $round } de « { $section } ».
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = « { $juror } » ne siège pas au jury de « { $section } ».
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = « { $juror } » a un conflit d’intérêts avec l’œuvre { $work } : cette paire n’est jamais attribuée, notée ni comptée. Rien n’a été modifié.
# $value (String) - the juror's email
error--juror-no-card = « { $value } » n’a pas encore remis de fiche : ajoutez-la avec « jury juror add … --card FILE », afin que le dossier de juré puisse être chiffré pour ce seul juré.
# $value (String) - the juror's email
error--juror-no-entries = Aucune candidature n’est attribuée à « { $value } » : il n’y a rien à mettre dans un dossier de juré.
# $value (String) - the kind the file holds
error--packet-wrong-kind = Le fichier contient une enveloppe de type « { $value } », et non celle qui était demandée. Rien n’a été modifié.
error--no-packet = Aucun dossier de juré n’a été ouvert dans ce profil : ouvrez d’abord le dossier de juré envoyé par le président du jury.
error--sheet-unknown-juror = La feuille de notes est signée par une clé qu’aucune fiche de juré ne mentionne. Rien n’a été modifié.
# $value (String) - the award's short name
error--award-not-found = Aucun prix « { $value } ».
# $value (String) - the award's short name
error--award-decided = Le prix « { $value } » a déjà son lauréat. Rien n’a été modifié.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = L’œuvre { $work } a déjà remporté un autre prix de cette édition et ne peut pas remporter aussi « { $award } ». Rien n’a été modifié.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = « { $voter } » a déjà voté au tour de scrutin { $round }. Rien n’a été modifié.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = Personne n’a encore voté au tour de scrutin { $round } du prix « { $award } ».
# $value (String) - the file given
error--screener-not-video = « { $value } » n’est pas un fichier vidéo pouvant servir de copie de visionnage (WebM, MP4, M4V, MKV, MOV ou OGV). Rien n’a été modifié.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas un pays que Caravan connaît. La valeur est conservée telle quelle et l’œuvre est signalée.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas un pays que Caravan connaît ; vouliez-vous dire { $suggestion } ? La valeur est conservée telle quelle et l’œuvre est signalée.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas une langue que Caravan connaît. La valeur est conservée telle quelle et l’œuvre est signalée.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas une langue que Caravan connaît ; vouliez-vous dire { $suggestion } ? La valeur est conservée telle quelle et l’œuvre est signalée.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = Ligne { $line }, colonne « { $column } » : « { $value } » n’est pas un statut de candidature que Caravan connaît. La candidature reste à l’étude, le statut est conservé tel quel et l’œuvre est signalée.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = Ligne { $line }, colonne « { $column } » : la cellule contenait des caractères de contrôle (comme NUL), qui ont été retirés : { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = Ligne { $line }, { $column } : l’ISRC { $value } commence par un préfixe que Caravan ne connaît pas encore ; il a été conservé tel quel. Vérifiez-le auprès du label s’il vous semble erroné.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = Ligne { $line }, { $column } : une deuxième ressource porte l’ISRC { $value } ; la première a été importée et celle-ci laissée de côté.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = Ligne { $line }, { $column } : une deuxième ressource porte l’identifiant { $value } ; la première a été importée et celle-ci laissée de côté.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = Ligne { $line }, { $column } : l’ISRC { $value } commence par un préfixe que Caravan ne connaît pas encore ; il a été conservé tel quel. Vérifiez-le auprès du label s’il vous semble erroné.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = Ligne { $line }, { $column } : la ressource complémentaire { $value } n’a pas d’identifiant et a donc été laissée de côté ; le reste de la livraison a été importé.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = Ligne { $line }, { $column } : « { $value } » n’est pas un ISAN valide ; la ressource a été importée sans lui.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = Ligne { $line }, { $column } : « { $value } » n’est pas un EIDR valide ; la ressource a été importée sans lui.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = Ligne { $line }, { $column } : le message indique la version { $value }, mais son espace de noms désigne une autre version d’ERN ; il a été lu d’après son espace de noms.
