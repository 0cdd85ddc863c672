# Error messages, one per stable error code: the id is error--<code>.

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
error--slug-taken = El identificador corto «{ $slug }» ya está en uso.
# $value (String) - the slug given
error--slug-invalid = «{ $value }» no es un identificador corto válido: use letras latinas minúsculas, cifras y guiones simples.
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
error--value-empty = { $what } no puede estar vacío.

# $work (String) - what the user typed to name the work
error--work-not-found = No existe la obra «{ $work }». Indique una obra por su número, su Submission ID o Tracking Number de FilmFreeway, o su ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = «{ $work }» coincide con varias obras ({ $count }). Indique la obra por su número.
# $edition (String) - the edition slug given
error--edition-not-found = No existe la edición «{ $edition }». El comando «caravan editions list» las muestra.

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
