# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } no es una base de datos de Caravan: no es un archivo SQLite. No se ha modificado nada.
# $path (String) - the database file
error--db-foreign = { $path } es una base de datos SQLite de otro programa, no de Caravan. No se ha modificado nada.
# $path (String) - the database file
error--db-corrupt = { $path } está dañado y no se puede leer. No se ha modificado nada; restáurelo desde una copia de seguridad.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } fue escrito por una versión más reciente de Caravan (esquema { $found }; esta versión conoce hasta el { $supported }). Actualice Caravan para abrirlo. No se ha modificado nada.
# $path (String) - the database file
error--db-busy = { $path } está siendo usado por otro programa. Vuelva a intentarlo en un momento.
# $path (String) - the database file
error--db-read-only = No se puede escribir en { $path }: compruebe sus permisos.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = No se puede abrir { $path }: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = Error de base de datos en { $path }: { $reason }
error--db-no-data-dir = Este ordenador no tiene una carpeta para datos de aplicaciones. Elija un archivo de base de datos con --db o CARAVAN_DB.

# $slug (String) - the slug asked for
error--slug-taken = El nombre corto «{ $slug }» ya está en uso.
# $value (String) - the slug given
error--slug-invalid = «{ $value }» no es un nombre corto válido: use letras latinas minúsculas, cifras y guiones simples.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = «{ $value }» no es una etiqueta de idioma. Use una etiqueta BCP 47; la interfaz está disponible en { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = La interfaz no está disponible en «{ $value }». Elija entre { $supported }.
# $value (String) - the code given
error--country-invalid = «{ $value }» no es un código de país ISO 3166-1.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: «{ $value }» no es un valor aceptado.
# $what (String) - the name of the field, from what--*
error--value-empty = El campo «{ $what }» no puede estar vacío.

# $work (String) - what the user typed to name the work
error--work-not-found = No existe la obra «{ $work }». Indique una obra por su número, por ff: seguido de su Submission ID de FilmFreeway, o por su Tracking Number o un identificador como su ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = «{ $work }» coincide con varias obras ({ $count }). Indique la obra por su número.
# $edition (String) - the edition slug given
error--edition-not-found = No existe la edición «{ $edition }». El comando «caravan editions list» las muestra.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = La edición «{ $edition }» no tiene la sección «{ $section }». No se ha modificado nada.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = La ventana ha enviado una solicitud que Caravan no puede leer ({ $detail }). No se ha modificado nada.
# $value (String) - the cursor given
error--cursor-invalid = «{ $value }» no es un cursor de esta lista: use el valor «next» de la página anterior, con el mismo orden.
# $change (Number) - the number of the status change
error--status-change-not-found = No existe el cambio de estado { $change }.
# $change (Number) - the number of the status change
error--status-change-undone = El cambio de estado { $change } ya se ha deshecho. No se ha modificado nada.
error--status-nothing-to-set = Elija qué asignar: un estado de inscripción, un estado de selección o ambos.

# $command (String) - the word that is not a command
error--cli-unknown-command = «{ $command }» no es un comando de Caravan. Ejecute «caravan --help» para ver los comandos.
# $argument (String) - the option that is not known
error--cli-unknown-argument = «{ $argument }» no es una opción de este comando. Añada --help para ver sus opciones.
# $argument (String) - the argument that is missing
error--cli-missing-argument = Este comando necesita { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = «{ $value }» no es un valor válido para { $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = La línea de comandos no es válida: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = Se produjo un error inesperado: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } está vacío. No se ha guardado nada.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } no es una imagen que Caravan pueda leer (JPEG, PNG, WebP, GIF, TIFF o BMP). No se ha guardado nada.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } termina antes de tiempo: el archivo está incompleto. No se ha guardado nada.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } está dañado ({ $reason }). No se ha guardado nada.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } supera lo que Caravan acepta (como máximo 20 000 píxeles por lado y 100 megapíxeles). No se ha guardado nada.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = No se puede leer ni guardar { $file }: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = No se pudieron crear las miniaturas de { $file }: { $reason }. No se ha guardado nada.
# $id (Number) - the image number given
error--media-not-found = No existe la imagen { $id }.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan no pudo abrir su ventana: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = No se puede leer { $file }: { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } está vacío: no tiene fila de encabezado. No se ha importado nada.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } no tiene la columna «{ $column }», así que no es una exportación de inscripciones de FilmFreeway. No se ha importado nada.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, línea { $line }: el archivo no se puede leer como CSV ({ $reason }). No se ha importado nada.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } no se puede leer como libro de Excel ({ $reason }). No se ha importado nada.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } no tiene la columna «{ $column }» que indica la correspondencia de columnas. Elija otra correspondencia o corrija esta. No se ha importado nada.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = No se puede leer la correspondencia de columnas: { $detail }. Una correspondencia es un JSON con un nombre y, para cada encabezado, lo que contiene la columna (title, directors, countries…).
# $detail (String) - unused here
error--mapping-no-name = La correspondencia de columnas no tiene nombre. Póngale uno para guardarla y para volver a encontrar sus filas en la próxima importación.
# $detail (String) - unused here
error--mapping-no-title = Según la correspondencia de columnas, ninguna columna contiene el título. Asigne una columna al título.
# $detail (String) - unused here
error--mapping-no-id = Según la correspondencia de columnas, ninguna columna contiene el identificador de la fila. Asigne una columna al identificador, para que al volver a importar el archivo se actualicen sus obras en lugar de añadirse dos veces.
# $detail (String) - what is mapped twice
error--mapping-twice = La correspondencia de columnas asigna dos columnas a «{ $detail }», que solo puede ocupar una.
# $mapping (String) - the name or file given
error--mapping-not-found = No existe ninguna correspondencia de columnas llamada «{ $mapping }» ni ningún archivo con ese nombre.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = La correspondencia «{ $mapping }» viene integrada en Caravan; guarde la suya con otro nombre.
# $encoding (String) - the encoding given
error--encoding-unknown = «{ $encoding }» no es una codificación que Caravan conozca. Use un nombre como windows-1252, windows-1251, gb18030 o shift_jis.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = «{ $vocabulary }» no es un tipo de valor que una importación conserve: use country (país), language (idioma) o status (estado).
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = «{ $code }» no es { $vocabulary ->
    [country] un código de país (como QA)
    [language] una etiqueta de idioma (como fr o pt-BR)
   *[status] un estado de inscripción (in-consideration, incomplete, disqualified o withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = No hay ningún alias para «{ $name }».
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [one] Se ha rechazado una fila, así que no se ha importado nada. Corríjala o importe las demás filas con --partial.
    [many] Se han encontrado { $count } de problemas, así que no se ha importado nada. Corríjalos o importe las filas válidas con --partial.
   *[other] Se han encontrado { $count } problemas, así que no se ha importado nada. Corríjalos o importe las filas válidas con --partial.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, línea { $line }, columna { $column }: no es XML bien formado ({ $value }). No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, línea { $line }: { $element } no es un NewReleaseMessage de DDEX ERN ({ $value }). No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, línea { $line }: esta versión de ERN no es compatible ({ $value }); Caravan lee las versiones ERN 3.4 a 3.8 y 4.x. No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, línea { $line }: la grabación o el vídeo { $element } de la publicación no tiene ningún identificador (ni ISRC, ni ISAN, ni EIDR, ni identificador propietario). No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } supera el tamaño de los mensajes DDEX que Caravan puede leer ({ $value }). No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, línea { $line }: los elementos están anidados a más profundidad que en cualquier mensaje DDEX ({ $value }). No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, línea { $line }, columna { $column }: «{ $value }» en { $element } no es un ISRC válido. No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, línea { $line }: la grabación sonora { $element } no tiene título. No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, línea { $line }, columna { $column }: «{ $value }» en { $element } no es una duración ISO 8601 como PT3M25S. No se ha importado nada.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, línea { $line }: { $element } hace referencia a un recurso que el mensaje no contiene ({ $value }). No se ha importado nada.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = Línea { $line }: la fila tiene un número de celdas distinto del encabezado ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = Línea { $line }, columna «{ $column }»: el texto no está en UTF-8 ({ $value }). Guarde el archivo en UTF-8 o UTF-16.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = Línea { $line }, columna «{ $column }»: «{ $value }» no es una duración como 1:32:05.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = Línea { $line }, columna «{ $column }»: «{ $value }» no es una fecha que Caravan pueda leer, como 2025-07-19.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = Línea { $line }, columna «{ $column }»: «{ $value }» no es un año.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = Línea { $line }, columna «{ $column }»: «{ $value }» no es un país que Caravan conozca.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = Línea { $line }, columna «{ $column }»: «{ $value }» no es un idioma que Caravan conozca.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = Línea { $line }, columna «{ $column }»: «{ $value }» no es un estado de inscripción de FilmFreeway.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = Línea { $line }: el proyecto no tiene título.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = Línea { $line }: la fila no tiene Submission ID ni Tracking Number.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = Línea { $line }: la fila no tiene identificador en la columna que la correspondencia señala como identificador.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = Línea { $line }: la fila no indica ninguna categoría y la edición no tiene ninguna sección donde colocarla.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = Línea { $line }, columna «{ $column }»: «{ $value }» no es un identificador válido (ejecute «caravan ids check» para saber por qué).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = Línea { $line }, columna «{ $column }»: { $value } ya pertenece a otra obra.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = No es un ISAN, un EIDR, un ISRC ni un ISWC.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = Parece un { $kind }, pero la longitud o los caracteres no son correctos.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = El carácter de control no coincide: este { $kind } tiene un error de escritura.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = Las dos primeras letras de este { $kind } no son un código de país ni de agencia de registro.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = El prefijo de este { $kind } aún no figura en la lista que incluye Caravan; puede que la IFPI lo haya asignado hace poco. El código se conserva tal como está escrito.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = La obra «{ $work }» no tiene texto en «{ $lang }».
# $work (String) - the work as named
error--title-last = Este es el único título de la obra «{ $work }»; añada otro antes de eliminarlo.
error--duplicate-same-work = Una obra no se puede fusionar consigo misma ni descartarse como duplicado de sí misma.
# $id (Number) - the submission number
error--submission-not-found = No existe la inscripción { $id }.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = No se pudo escribir { $file }: { $reason }. No ha quedado ningún archivo a medias.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = No se puede añadir «{ $value }»: { $reason } No se ha guardado nada.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } ya pertenece a la obra { $work }. No se ha guardado nada.
# $label (String) - the label as given
error--label-not-found = La edición no tiene la etiqueta de selección «{ $label }»; use undecided, selected, not-selected o una de sus etiquetas de selección.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = su primera línea
envelope-part--header = su encabezado
envelope-part--signature = su firma
envelope-part--payload = su contenido
envelope-part--attachment = un archivo adjunto
envelope-part--attachments = su lista de adjuntos
envelope-part--body = el texto
envelope-part--file = el archivo
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = El sobre está truncado: { $what } termina antes de tiempo. No se ha aplicado nada.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = Caravan no puede leer este sobre ({ $detail }). No se ha aplicado nada.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = El sobre se dañó por el camino: { $what } no coincide con su huella digital. No se ha aplicado nada.
# $version (Number) - the format version found
error--envelope-unsupported-version = El sobre usa la versión { $version } del formato, que esta versión de Caravan no sabe leer; actualice Caravan para leerlo. No se ha aplicado nada.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = Se ha rechazado el sobre: { $what } ocupa { $size } bytes y supera el límite de { $limit }. No se ha leído ni aplicado nada.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = El sobre procede de { $sender }, una clave que no figura en la ficha de ningún miembro. Importe primero la ficha del miembro. No se ha aplicado nada.
error--envelope-bad-signature = La firma del sobre no coincide con la clave de su remitente: el sobre se ha falsificado o alterado. No se ha aplicado nada.
error--envelope-not-addressed = El sobre indica este perfil como destinatario, pero no se cifró para su clave. No se ha aplicado nada.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = El sobre { $seq } de { $sender } ha llegado cuando correspondía el sobre { $expected }. No se ha aplicado nada.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = El sobre { $seq } de { $sender } ya se había aplicado; no se ha vuelto a aplicar.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = El sobre { $seq } de { $sender } no es continuación del sobre aplicado antes que él: la secuencia se ha reescrito. No se ha aplicado nada.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = Se ha encontrado un sobre firmado por { $sender } en la secuencia de { $stream }. No se ha aplicado nada.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = El nombre del adjunto «{ $name }» podría apuntar fuera de su carpeta. No se ha aplicado nada.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = El adjunto «{ $name }» no es el archivo que describe su sobre. No se ha aplicado nada.
# $seq (Number) - the envelope's number
error--envelope-missing = Falta el sobre { $seq } en la secuencia, aunque la cabeza de la secuencia indica que está. No se ha aplicado nada de lo que viene después.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = Esta versión de Caravan no sabe leer los sobres del tipo «{ $kind }»; actualice Caravan para leerlos. No se ha aplicado nada.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = No es una ficha de miembro que Caravan pueda leer ({ $detail }). No se ha guardado nada.
error--card-bad-signature = La firma de la ficha de miembro no coincide con sus claves: la ficha se ha alterado. No se ha guardado nada.
# $member (String) - the member's short name
error--card-not-a-rotation = La ficha de «{ $member }» indica claves nuevas, pero la clave actual del miembro no la ha firmado. Compare las huellas digitales con el miembro antes de confiar en ella. No se ha guardado nada.
# $member (String) - the member's short name
error--card-is-own = La ficha de «{ $member }» es la de este mismo perfil.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = «{ $value }» no es una huella digital: hay un carácter erróneo o falta alguno.
# $member (String) - the member's short name
error--fingerprint-mismatch = La huella digital indicada no es la que figura en la ficha de «{ $member }». No confíe en esta ficha hasta averiguar el motivo. No se ha modificado nada.
error--identity-passphrase-wrong = No se han podido abrir las claves: la frase de contraseña es incorrecta.
error--identity-passphrase-needed = Las claves de este perfil están protegidas con una frase de contraseña. Indíquela (en los scripts, en CARAVAN_PASSPHRASE).
error--identity-keychain-unavailable = Las claves de este perfil se guardan en el llavero del sistema, que no responde. Desbloquee el llavero y vuelva a intentarlo.
error--identity-missing = Este perfil aún no tiene identidad. Cree una primero (caravan identity init).
error--identity-exists = Este perfil ya tiene una identidad. Para cambiar sus claves, renuévelas (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = No existe el miembro «{ $member }».
# $member (String) - the member's short name
error--member-no-card = No hay ninguna ficha guardada del miembro «{ $member }». Importe primero su ficha.
error--exchange-no-recipients = No hay fichas de miembros guardadas, así que no hay a quién enviar. Importe primero las fichas de los miembros.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = No existe el punto de intercambio { $id }.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = No se ha podido acceder a { $url }: { $reason }. Lo que ya se había aplicado se conserva; vuelva a intentarlo.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } ha respondido con el código de estado HTTP { $status }. Lo que ya se había aplicado se conserva; vuelva a intentarlo.
# $url (String) - the exchange point
error--exchange-read-only = { $url } se puede leer, pero no escribir: para publicar hace falta un servidor WebDAV o una carpeta.
# $path (String) - the envelope's place at the point
error--stream-conflict = Ya hay otro sobre en { $path }: la secuencia de este perfil se ha publicado desde otra copia del perfil. No se ha sobrescrito nada.
error--exchange-no-points = No hay ningún punto de intercambio configurado. Añada la carpeta o la dirección donde se reúne la alianza (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = No se puede leer { $file }: { $reason }. No se ha guardado nada.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = La clave de «{ $member }» se ha revocado: ya no se acepta nada de lo que firme. Importe y verifique la nueva ficha del miembro. No se ha aplicado nada.
# $id (Number) - the recommendation's number
error--recommendation-not-found = Este perfil no ha recibido ninguna recomendación { $id }.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = La respuesta se refiere a la recomendación { $uid }, que este perfil no ha enviado a ese miembro. No se ha aplicado nada.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = La recomendación { $uid } ya había llegado; no se ha tenido en cuenta dos veces.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = Una recomendación en estado «{ $from }» no puede pasar a «{ $to }». No se ha modificado nada.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = No es una recomendación que Caravan pueda leer ({ $detail }). No se ha guardado nada.
error--person-no-name = Una persona necesita un nombre en al menos una escritura. No se ha enviado nada.
error--recommendation-edition-needed = Indique en qué edición entra la obra (y, si lo desea, en qué sección).
# $value (String) - the date as given
error--date-invalid = «{ $value }» no es una fecha, o no es un periodo que termine después de empezar; escriba las fechas como YYYY-MM-DD.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = No existe la entrada de catálogo { $id }.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = Los derechos de exhibición de la obra no cubren { $territory }, el territorio de «{ $member }».
# $alliance (String) - the alliance's short name
error--alliance-not-found = No existe la alianza «{ $alliance }».
error--alliance-needed = Un nivel o una fecha de incorporación corresponden a una afiliación: indique a qué alianza.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = «{ $tier }» no es un nivel de la alianza «{ $alliance }». No se ha modificado nada.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = El campo «{ $what }» supera el límite permitido ({ $limit }). No se ha modificado nada.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = El campo «{ $what }» está escrito en más de { $limit } idiomas. No se ha modificado nada.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = «{ $value }» no es un contacto válido del tipo «{ $kind }». No se ha modificado nada.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = «{ $member }» no es aquí la secretaría de la alianza «{ $alliance }», así que no se sigue su registro. No se ha modificado nada.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = El registro no está bien formado ({ $detail }). No se ha aplicado nada.
# $id (Number) - the application's number
error--application-not-found = No existe la solicitud de ingreso { $id }.
# $id (Number) - the application's number
error--application-decided = La solicitud de ingreso { $id } ya se ha resuelto. No se ha modificado nada.
# $member (String) - the applicant's short name
error--application-exists = «{ $member }» ya tiene una solicitud de ingreso abierta.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = «{ $member }» ya es miembro de la alianza «{ $alliance }».
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = «{ $criterion }» no es un criterio de admisión de la alianza «{ $alliance }». No se ha modificado nada.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = Solo los miembros de la alianza pueden avalar una solicitud de ingreso, y «{ $member }» no es miembro de «{ $alliance }». No se ha modificado nada.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = Una admisión necesita más votos a favor que en contra; con { $for } a favor y { $against } en contra no se cumple. No se ha modificado nada.
# $value (String) - the section's short name
error--section-ambiguous = Hay más de una edición con una sección «{ $value }»: indique de qué edición se trata.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = La sección «{ $section }» no tiene ronda { $round }.
error--shortlist-first-round = La primera ronda no tiene ninguna ronda anterior de la que tomar una preselección.
# $value (String) - the juror's email
error--juror-not-found = No existe el jurado «{ $value }».
# $value (String) - the person's name
error--person-not-found = Nadie llamado «{ $value }» figura en los créditos de ninguna obra.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } no es una puntuación válida de «{ $criterion }», que va de { $min } a { $max } en intervalos de { $step }. No se ha modificado nada.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = Una escala va de una puntuación mínima a una máxima mayor, en intervalos positivos y con un peso positivo; de { $min } a { $max } en intervalos de { $step }, con peso { $weight }, no cumple estas condiciones.
error--reviews-per-entry-zero = Cada inscripción necesita al menos una evaluación.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = La obra { $work } no está asignada a «{ $juror }». No se ha modificado nada.
# $value (String) - the criterion as written
error--criterion-not-found = La rúbrica no tiene ningún criterio «{ $value }». No se ha modificado nada.
# $value (String) - what was wrong
error--scores-file-invalid = No se puede leer el archivo de puntuaciones: { $value }. No se ha modificado nada.
# $value (String) - the value as written
error--score-not-a-number = «{ $value }» no es un número.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = «{ $juror }» puntúa dos veces «{ $criterion }» de la obra { $work } en este archivo.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [one] Se ha rechazado una fila del archivo, así que no se ha importado nada.
    [many] Se han rechazado { $count } de filas del archivo, así que no se ha importado nada.
   *[other] Se han rechazado { $count } filas del archivo, así que no se ha importado nada.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = La ronda { $round } de «{ $section }» todavía no tiene rúbrica: añada primero sus criterios.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = La obra { $work } no es una inscripción de la ronda { $round } de «{ $section }».
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = «{ $juror }» no forma parte del jurado de «{ $section }».
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = «{ $juror }» tiene un conflicto de intereses con la obra { $work }: ese par nunca se asigna, se puntúa ni se cuenta. No se ha modificado nada.
# $value (String) - the juror's email
error--juror-no-card = «{ $value }» todavía no ha entregado su ficha: añádala con «jury juror add … --card FILE», para que el paquete pueda cifrarse solo para ese jurado.
# $value (String) - the juror's email
error--juror-no-entries = «{ $value }» no tiene inscripciones asignadas: no hay nada que poner en un paquete.
# $value (String) - the kind the file holds
error--packet-wrong-kind = El archivo contiene un sobre de tipo «{ $value }», no el que se pidió. No se ha modificado nada.
error--no-packet = No se ha abierto ningún paquete de jurado en este perfil: abra primero el paquete del presidente del jurado.
error--sheet-unknown-juror = La hoja de puntuaciones está firmada por una clave que no figura en la ficha de ningún jurado. No se ha modificado nada.
# $value (String) - the award's short name
error--award-not-found = No existe el premio «{ $value }».
# $value (String) - the award's short name
error--award-decided = El premio «{ $value }» ya tiene ganador. No se ha modificado nada.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = La obra { $work } ya ha ganado otro premio de esta edición y no puede ganar también «{ $award }». No se ha modificado nada.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = «{ $voter }» ya ha votado en la ronda de votación { $round }. No se ha modificado nada.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = Nadie ha votado todavía en la ronda de votación { $round } de «{ $award }».
# $value (String) - the file given
error--screener-not-video = «{ $value }» no es un archivo de vídeo que pueda servir como copia de visionado (WebM, MP4, M4V, MKV, MOV u OGV). No se ha modificado nada.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = Línea { $line }, columna «{ $column }»: «{ $value }» no es un país que Caravan conozca. Se conserva tal como está escrito y la obra queda marcada.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = Línea { $line }, columna «{ $column }»: «{ $value }» no es un país que Caravan conozca; ¿quería decir { $suggestion }? Se conserva tal como está escrito y la obra queda marcada.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = Línea { $line }, columna «{ $column }»: «{ $value }» no es un idioma que Caravan conozca. Se conserva tal como está escrito y la obra queda marcada.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = Línea { $line }, columna «{ $column }»: «{ $value }» no es un idioma que Caravan conozca; ¿quería decir { $suggestion }? Se conserva tal como está escrito y la obra queda marcada.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = Línea { $line }, columna «{ $column }»: «{ $value }» no es un estado de inscripción que Caravan conozca. La inscripción sigue en consideración, el estado se conserva tal como está escrito y la obra queda marcada.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = Línea { $line }, columna «{ $column }»: la celda contenía caracteres de control (como NUL), que se han eliminado: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = Línea { $line }, { $column }: el ISRC { $value } empieza por un prefijo que Caravan aún no conoce; se ha conservado tal como está escrito. Si parece incorrecto, compruébelo con el sello.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = Línea { $line }, { $column }: un segundo recurso tiene el ISRC { $value }; se ha importado el primero y se ha omitido este.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = Línea { $line }, { $column }: un segundo recurso tiene el identificador { $value }; se ha importado el primero y se ha omitido este.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = Línea { $line }, { $column }: el ISRC { $value } empieza por un prefijo que Caravan aún no conoce; se ha conservado tal como está escrito. Si parece incorrecto, compruébelo con el sello.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = Línea { $line }, { $column }: el recurso complementario { $value } no tiene identificador, así que se ha omitido; el resto de la entrega se ha importado.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = Línea { $line }, { $column }: «{ $value }» no es un ISAN válido; el recurso se ha importado sin él.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = Línea { $line }, { $column }: «{ $value }» no es un EIDR válido; el recurso se ha importado sin él.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = Línea { $line }, { $column }: el mensaje indica la versión { $value }, pero su espacio de nombres corresponde a otra versión de ERN; se ha leído según su espacio de nombres.
