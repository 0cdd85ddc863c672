# The caravan command line: help text and the lines it prints.

cli--about = Caravan: programación de festivales más allá de idiomas y fronteras. Todos los comandos admiten también --json.
cli--usage-heading = Uso:
cli--commands-heading = Comandos
cli--options-heading = Opciones
cli--arguments-heading = Argumentos
cli--command-value = COMANDO
cli--arg-help = Mostrar esta ayuda
cli--arg-version = Mostrar la versión
cli--arg-db = El archivo de base de datos (por defecto: el de Caravan en la carpeta de datos de este ordenador; también CARAVAN_DB)
cli--arg-lang = El idioma de los mensajes y los títulos, una etiqueta BCP 47 como fr o zh-TW (también CARAVAN_LANG)
cli--arg-json = Escribir un único documento JSON en la salida estándar
cli--arg-generate = Añadir además este número de obras generadas, para probar Caravan a gran escala
cli--arg-into = Inscribir las obras generadas en esta edición, repartidas entre sus secciones
cli--arg-slug = Un nombre corto de letras minúsculas, cifras y guiones
cli--arg-name = El nombre completo
cli--arg-year = El año
cli--arg-sections = Una sección de la edición, por su nombre corto (repítalo para varias)
cli--arg-edition = La edición, por su nombre corto
cli--arg-limit = Cuántas mostrar
cli--arg-offset = Cuántas saltar primero (0 por defecto)
cli--arg-work = La obra: su número, ff: seguido de su Submission ID de FilmFreeway, su Tracking Number o un identificador como su ISRC

cli--demo--about = Crear la alianza de demostración: sus miembros, dos ediciones y obras en muchas escrituras (repetirlo no cambia nada)
cli--edition--about = Añadir ediciones de festivales
cli--edition-add--about = Añadir una edición con sus secciones
cli--editions--about = Ediciones de festivales
cli--editions-list--about = Listar las ediciones y sus secciones
cli--works--about = Películas y música
cli--works-list--about = Listar obras, con los títulos en el idioma elegido
cli--works-show--about = Mostrar una obra con todas las variantes lingüísticas de sus títulos

cli--error-prefix = Error:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = Demostración lista. Alianzas: { $alliances }; miembros: { $members }; ediciones: { $editions }; obras: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = Edición «{ $slug }» añadida.
cli--editions-none = Todavía no hay ediciones.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = Obras { $from }–{ $to } de { $total }

cli--media--about = Carteles, fotogramas y portadas
cli--media-add--about = Añadir una imagen a una obra: se conserva tal cual, con miniaturas en tres tamaños
cli--media-list--about = Listar las imágenes de una obra
cli--media-remove--about = Quitar una imagen de su obra
cli--media-similar--about = Encontrar obras que llevan la misma imagen
cli--arg-file = El archivo que se va a leer
cli--arg-kind = poster, still o cover (poster por defecto)
cli--arg-id = El número de la imagen
cli--media-none = Esta obra todavía no tiene imágenes.
# $id (Number) - the image removed
cli--media-removed = Imagen { $id } eliminada.
cli--media-no-similar = Ninguna imagen aparece en dos obras.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = Las obras { $a } y { $b } llevan la misma imagen (diferencia { $distance }).

cli--import--about = Importar inscripciones desde FilmFreeway, cualquier otra hoja de cálculo o DDEX
cli--import-filmfreeway--about = Importar una exportación de inscripciones de FilmFreeway (CSV, o texto UTF-16 de Excel)
cli--import-ddex--about = Importar un mensaje de publicación DDEX ERN (ERN 3.4 a 4.3): cada grabación sonora y cada videoclip se convierte en una obra musical
cli--import-table--about = Importar cualquier tabla de inscripciones en CSV o XLSX mediante una correspondencia de columnas
cli--import-preview--about = Mostrar las columnas de una tabla, su primera fila y la correspondencia que sugieren sus encabezados
cli--arg-mapping = La correspondencia de columnas: filmfreeway, el nombre de una correspondencia guardada o un archivo JSON que la describa
cli--arg-encoding = La codificación del archivo de texto (windows-1252, windows-1251, gb18030, shift_jis…), si la detección automática se equivoca
cli--mappings--about = Las correspondencias de columnas con las que se importan las tablas
cli--mappings-list--about = Listar las correspondencias de columnas integradas y guardadas
cli--mappings-show--about = Mostrar una correspondencia de columnas
cli--mappings-save--about = Guardar con su nombre la correspondencia de columnas de un archivo JSON
cli--arg-mapping-name = El nombre de la correspondencia
cli--aliases--about = Qué significan los nombres que no figuran en ninguna lista, para cada obra que los lleve y cada importación posterior
cli--aliases-list--about = Listar los alias
cli--aliases-add--about = Indicar qué significa un nombre («tratar Quatar como QA»)
cli--aliases-remove--about = Olvidar el significado que se dio a un nombre
cli--arg-alias-vocabulary = El tipo de valor: country (país), language (idioma) o status (estado)
cli--arg-alias-name = El nombre tal como lo escriben los archivos
cli--arg-alias-code = El código que significa: un código de país, una etiqueta de idioma o un estado
cli--unresolved--about = Listar los valores que las importaciones conservaron tal como estaban escritos, con cuántas obras lleva cada uno
cli--arg-unresolved-edition = Solo las obras de esta edición
cli--arg-dry_run = Comprobar el archivo e indicar qué cambiaría, sin guardar nada
cli--arg-partial = Importar las filas válidas aunque se rechacen algunas
cli--arg-section = El nombre corto de la sección
cli--ids--about = Identificadores de las obras
cli--ids-check--about = Comprobar un ISAN, EIDR, ISRC o ISWC y mostrarlo en su forma canónica
cli--arg-value = El identificador que se va a comprobar
cli--titles--about = Los títulos de una obra, idioma por idioma
cli--titles-set--about = Añadir o cambiar el título en un idioma
cli--titles-remove--about = Quitar el título en un idioma
cli--synopses--about = Las sinopsis de una obra, idioma por idioma
cli--synopses-set--about = Añadir o cambiar la sinopsis en un idioma
cli--synopses-remove--about = Quitar la sinopsis en un idioma
cli--arg-lang_tag = Una etiqueta de idioma BCP 47 como fr, zh-Hant o sr-Latn
cli--arg-text = El texto
cli--arg-original = Marcarlo como original
cli--arg-provenance = submitted, curator o machine (curator por defecto)
cli--search--about = Buscar obras por cualquier título, director o artista, en cualquier escritura
cli--arg-query = Qué buscar
cli--duplicates--about = Listar las inscripciones probablemente duplicadas, o fusionar o descartar un par
cli--duplicates-merge--about = Fusionar la segunda obra en la primera, conservando todos los idiomas, los créditos y el historial
cli--duplicates-dismiss--about = Indicar de forma definitiva que dos obras no son la misma
cli--arg-keep = La obra que se conserva
cli--arg-other = La obra que se fusiona en ella
cli--arg-a = Una obra
cli--arg-b = La otra obra
cli--export--about = Exportar las inscripciones de una edición en CSV, XLSX o JSON
cli--arg-format = csv, xlsx o json
cli--arg-out = El archivo que se va a escribir
cli--arg-status = Solo este estado de inscripción (por ejemplo, in-consideration)
cli--arg-judging = Solo este estado de selección o esta etiqueta de selección
cli--arg-country = Solo las obras de este país (código ISO)
cli--arg-language = Solo las obras en este idioma (etiqueta BCP 47)
cli--submissions--about = Las inscripciones de una edición
cli--submissions-list--about = Listar las inscripciones de una edición
cli--submissions-stats--about = Contar las inscripciones de una edición por país, idioma, género y estado
cli--submissions-status--about = Cambiar el estado de las inscripciones
cli--arg-ids = Números de inscripción
cli--arg-set = El estado de inscripción que se les asigna
cli--arg-to_judging = El estado de selección o la etiqueta de selección que se les asigna
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = Filas leídas: { $rows } ({ $percent } %)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = Importadas: { $imported }; actualizadas: { $updated }; sin cambios: { $unchanged }; rechazadas: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = Simulación, no se ha guardado nada. Se importarían: { $imported }; se actualizarían: { $updated }; sin cambios: { $unchanged }; se rechazarían: { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = Un { $kind } válido.
cli--search-none = No se ha encontrado nada.
cli--duplicates-none = No hay duplicados probables.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = Las obras { $a } y { $b } no volverán a proponerse como duplicadas.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [one] Se ha escrito una obra en { $path }.
    [many] Se han escrito { $count } de obras en { $path }.
   *[other] Se han escrito { $count } obras en { $path }.
}
# $count (Number) - entries
cli--stats-total = { $count ->
    [one] { $count } inscripción
    [many] { $count } de inscripciones
   *[other] { $count } inscripciones
}
cli--stats-by-country = Por país
cli--stats-by-language = Por idioma
cli--stats-by-genre = Por género
cli--stats-by-status = Por estado
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [one] Se ha cambiado una inscripción (cambio n.º { $change }).
    [many] Se han cambiado { $count } de inscripciones (cambio n.º { $change }).
   *[other] Se han cambiado { $count } inscripciones (cambio n.º { $change }).
}
cli--submissions-undo--about = Deshacer un cambio de estado y devolver cada inscripción afectada a como estaba
cli--arg-change = El número del cambio, tal como lo indicó el cambio de estado
cli--arg-after = Continuar después de este cursor (el valor «next» de la página anterior)
cli--arg-sort = Ordenar por esta columna; añada :desc para invertir el orden (title se ordena según el orden alfabético del idioma de --lang)
cli--arg-q = Solo las obras cuyo título o nombres en los créditos contengan estas palabras
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = Inscripciones: { $shown } de { $total }
cli--ids-add--about = Añadir a una obra un ISAN, EIDR, ISRC o ISWC comprobado

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = La identidad de este perfil: su nombre, su miembro y sus claves
cli--identity-init--about = Crear las claves de este perfil (guardadas en el llavero del sistema o protegidas con la frase de contraseña de CARAVAN_PASSPHRASE)
cli--identity-show--about = Mostrar la identidad de este perfil y su huella digital
cli--identity-card--about = Escribir la ficha de miembro de este perfil, para entregarla a los demás miembros
cli--identity-rotate--about = Sustituir las claves de este perfil; los miembros que siguen su secuencia adoptan las nuevas
cli--members--about = Los miembros de la alianza y las fichas que se guardan de ellos
cli--members-import-card--about = Importar la ficha de un miembro y mostrar su huella digital, para compararla con el miembro
cli--members-list--about = Listar los miembros, con la huella digital de cada ficha e indicando si se ha verificado
cli--members-verify--about = Marcar como verificada la ficha de un miembro, una vez comparada su huella digital con el miembro
cli--exchange--about = Los sobres que se intercambian las copias de Caravan de los miembros
cli--exchange-points--about = Las carpetas y direcciones web donde se reúne la alianza
cli--exchange-points-add--about = Recordar un punto de intercambio: una carpeta (una memoria USB, una unidad compartida) o una dirección WebDAV
cli--exchange-points-list--about = Listar los puntos de intercambio
cli--exchange-points-remove--about = Olvidar un punto de intercambio
cli--exchange-note--about = Enviar una nota, con archivos o imágenes adjuntos, a miembros (cifrada para ellos)
cli--exchange-notes--about = Listar las notas que han enviado los miembros
cli--exchange-publish--about = Escribir los sobres nuevos de este perfil en un punto de intercambio (en todos si no se indica ninguno)
cli--exchange-pull--about = Leer los sobres nuevos de los miembros desde un punto de intercambio (desde todos si no se indica ninguno)
cli--arg-member = El nombre corto del miembro
cli--arg-member-country = El país del miembro (código ISO)
cli--arg-working-language = Un idioma de trabajo del miembro (etiqueta BCP 47); repítalo para varios
cli--arg-fingerprint = La huella digital tal como se la leyó el miembro (se pueden omitir los espacios y los guiones)
cli--arg-recipients = Un miembro destinatario (su nombre corto); repítalo, o separe los nombres con comas, para varios
cli--arg-everyone = Enviar a todos los miembros cuya ficha esté guardada
cli--arg-note-lang = El idioma en que está escrita la nota (etiqueta BCP 47)
cli--arg-attach = Un archivo que se adjunta; repítalo para varios
cli--arg-image = Una imagen de la biblioteca de medios que se adjunta, por su número; repítalo para varias
cli--arg-point = El punto de intercambio en el que se escribe: una carpeta o una dirección WebDAV
cli--arg-point-from = El punto de intercambio desde el que se lee: una carpeta o una dirección web
cli--arg-location = Una carpeta o una dirección web (http:// o https://)
cli--arg-point-name = Un nombre con el que reconocer el punto de intercambio
cli--arg-point-id = El número del punto de intercambio
cli--fingerprint = Huella digital
cli--sealed-in-keychain = Las claves se guardan en el llavero del sistema.
cli--sealed-in-passphrase = Las claves están protegidas con una frase de contraseña.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = Ficha escrita en { $path }. Huella digital: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = Ficha de «{ $member }» importada.
# $member (String) - the member's short name
cli--card-rotated = Ficha de «{ $member }» importada: sus claves se han sustituido y la clave anterior ha firmado las nuevas.
cli--card-compare = Compare esta huella digital con el miembro, por teléfono o en persona, y después ejecute: caravan members verify MEMBER FINGERPRINT
cli--members-none = Todavía no hay miembros.
cli--points-none = Todavía no hay puntos de intercambio.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = Nota { $seq } cifrada para { $to }; saldrá con la próxima publicación.
cli--notes-none = Todavía no hay notas.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [one] Se ha escrito un sobre en { $location }.
    [many] Se han escrito { $count } de sobres en { $location }.
   *[other] Se han escrito { $count } sobres en { $location }.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = Aplicados: { $applied }; omitidos (destinados a otros miembros): { $skipped }; rechazados: { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: { $done } de { $total } sobres

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = Revocar la clave de un miembro: ya no se acepta nada de lo que firme
cli--recommend--about = Recomendar a miembros una obra, un jurado o un invitado
cli--recommend-work--about = Recomendar a miembros una obra, con sus títulos, créditos, derechos y carteles
cli--recommend-person--about = Recomendar a miembros a una persona como jurado o como invitado
cli--recommendations--about = Las recomendaciones enviadas y recibidas, y sus respuestas
cli--recommendations-list--about = Listar las recomendaciones, de la más reciente a la más antigua, con sus estados
cli--recommendations-show--about = Mostrar una recomendación con el estado de cada miembro y su historial
cli--recommendations-accept--about = Aceptar una recomendación recibida: la obra entra en una sección de una edición
cli--recommendations-decline--about = Rechazar una recomendación recibida, indicando el motivo
cli--recommendations-program--about = Indicar que una obra aceptada se ha programado
cli--rights--about = Los derechos de exhibición de una obra, por territorio
cli--rights-set--about = Establecer dónde y cuándo puede exhibirse una obra
cli--rights-show--about = Mostrar los derechos de exhibición de una obra
cli--catalogue--about = Los catálogos de obras de los miembros
cli--catalogue-publish--about = Cifrar para los miembros el catálogo de este perfil (todas las obras, o las indicadas)
cli--catalogue-search--about = Buscar en los catálogos que han publicado los miembros, en cualquier escritura
cli--catalogue-take--about = Incorporar una obra del catálogo de un miembro a una sección de una edición
cli--arg-recommend-to = Los miembros a los que recomendar (nombres cortos, repetidos o separados por comas), o all para todos
cli--arg-recommend-note = Una nota para los miembros
cli--arg-recommend-note-lang = El idioma de la nota (etiqueta BCP 47)
cli--arg-recommend-section = La sección sugerida (su nombre corto)
cli--arg-person-as = judge o guest
cli--arg-person-name-lang = El idioma o la escritura del nombre (etiqueta BCP 47)
cli--arg-person-name-in = El nombre en otra escritura, como LANG=TEXT; repítalo para varios
cli--arg-person-role = Una función o un cargo de la persona; repítalo para varios
cli--arg-person-language = Un idioma de trabajo de la persona (etiqueta BCP 47); repítalo para varios
cli--arg-person-country = El país de la persona (código ISO)
cli--arg-person-contact = Cómo contactar con la persona
cli--arg-recommendations-work = Solo las recomendaciones de esta obra
cli--arg-recommendations-direction = Solo las recomendaciones entrantes o solo las salientes
cli--arg-recommendation-id = El número de la recomendación
cli--arg-decline-reason = El motivo del rechazo, para el miembro que hizo la recomendación
cli--arg-rights-territory = Un territorio donde puede exhibirse la obra (código ISO, o world), con un periodo opcional FROM:UNTIL (YYYY-MM-DD); repítalo para varios
cli--arg-rights-except = Un territorio excluido de una cesión de derechos mundial (código ISO); repítalo, o separe los códigos con comas
cli--arg-catalogue-work = Una obra que publicar (todas si no se indica ninguna); repítalo para varias
cli--arg-catalogue-query = Palabras de un título o de un nombre, en cualquier escritura
cli--arg-catalogue-member = Solo el catálogo de este miembro
cli--arg-catalogue-entry = El número de la entrada del catálogo
cli--recommendations-none = Todavía no hay recomendaciones.
cli--rights-none = No hay derechos de exhibición registrados.
cli--catalogue-none = No hay entradas de catálogo.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [one] Se ha cifrado un catálogo de una obra (sobre { $seq }); saldrá con la próxima publicación.
    [many] Se ha cifrado un catálogo de { $count } de obras (sobre { $seq }); saldrá con la próxima publicación.
   *[other] Se ha cifrado un catálogo de { $count } obras (sobre { $seq }); saldrá con la próxima publicación.
}
cli--members-add--about = Inscribir un miembro en el registro, o modificarlo, junto con su afiliación a una alianza
cli--members-show--about = Mostrar un miembro: tipo, país, idiomas, contactos y afiliaciones
cli--arg-member-name = El nombre completo del miembro
cli--arg-member-kind = Qué es el miembro: festival, institution (institución), company (empresa) o artist (artista)
cli--arg-member-city = La ciudad del miembro
cli--arg-member-lang = Un idioma de trabajo (repítalo, o separe los idiomas con comas), por orden de preferencia
cli--arg-member-contact = Un contacto, como KIND=VALUE, donde KIND es email, phone, web o address (repítalo para varios)
cli--arg-member-alliance = La alianza de la que es miembro
cli--arg-member-tier = Su nivel en esa alianza
cli--arg-member-joined = Cuándo se incorporó: YYYY o YYYY-MM-DD
cli--arg-filter-alliance = Solo los miembros de esta alianza
cli--arg-filter-country = Solo los miembros de este país (código ISO 3166)
cli--arg-filter-tier = Solo los miembros de este nivel
cli--arg-filter-kind = Solo los miembros de este tipo: festival, institution, company o artist
cli--arg-filter-lang = Solo los miembros que trabajan en este idioma
cli--alliance--about = Una alianza: añadirla, mostrarla y asignarle niveles y criterios de admisión
cli--alliance-add--about = Añadir una alianza, o cambiarle el nombre
cli--alliance-show--about = Mostrar una alianza con sus niveles y criterios de admisión
cli--alliance-tier--about = Añadir uno de los niveles propios de la alianza, o cambiarle el nombre
cli--alliance-criterion--about = Añadir un criterio de admisión, o cambiar su redacción
cli--alliances--about = Las alianzas que conoce esta copia
cli--alliances-list--about = Listar las alianzas, con sus niveles y criterios de admisión
cli--registry--about = El registro de los miembros de una alianza, tal como lo publica su secretaría
cli--registry-publish--about = Cifrar el registro de la alianza para cada uno de sus miembros; saldrá con la próxima publicación
cli--admissions--about = Las solicitudes de ingreso en una alianza: justificaciones, avales y decisión
cli--admissions-apply--about = Registrar una solicitud de ingreso, con justificaciones para los criterios de la alianza
cli--admissions-list--about = Listar las solicitudes de ingreso, de la más reciente a la más antigua
cli--admissions-show--about = Mostrar una solicitud de ingreso con sus justificaciones, sus avales y la decisión
cli--admissions-sponsor--about = Registrar que un miembro de la alianza avala una solicitud de ingreso
cli--admissions-decide--about = Registrar la decisión sobre una solicitud de ingreso, con su fecha y el resultado de la votación
cli--arg-alliance = El nombre corto de la alianza
cli--arg-alliance-name = El nombre completo de la alianza
cli--arg-alliance-founded = El año de su fundación
cli--arg-alliance-secretariat = El miembro cuyo registro publicado sigue esta copia
cli--arg-tier-key = El nombre corto del nivel
cli--arg-tier-label = El nombre del nivel en un idioma, como LANG=TEXT (repítalo para varios)
cli--arg-criterion-key = El nombre corto del criterio
cli--arg-criterion-text = El criterio en un idioma, como LANG=TEXT (repítalo para varios)
cli--arg-registry-alliance = La alianza cuyo registro se publica
cli--arg-applicant = El nombre corto que tendrá el solicitante como miembro
cli--arg-apply-alliance = La alianza en la que se solicita el ingreso
cli--arg-apply-name = El nombre completo del solicitante
cli--arg-apply-kind = Qué es el solicitante: festival, institution (institución), company (empresa) o artist (artista)
cli--arg-apply-country = El país del solicitante, como código ISO 3166
cli--arg-apply-lang = Un idioma de trabajo del solicitante (repítalo, o separe los idiomas con comas)
cli--arg-apply-contact = Cómo contactar con el solicitante
cli--arg-apply-tier = El nivel solicitado
cli--arg-apply-evidence = La justificación de un criterio, como KEY=TEXT (repítalo para cada criterio)
cli--arg-applications-alliance = Solo las solicitudes de ingreso en esta alianza
cli--arg-applications-state = Solo las solicitudes en este estado: open (abierta), admitted (admitida), refused (rechazada) o withdrawn (retirada)
cli--arg-application = El número de la solicitud
cli--arg-sponsor-note = Lo que dice del solicitante el miembro que lo avala
cli--arg-outcome = La decisión: admit (admitir), refuse (rechazar) o withdraw (retirar la solicitud)
cli--arg-decide-on = El día de la decisión, como YYYY-MM-DD
cli--arg-decide-for = Votos a favor
cli--arg-decide-against = Votos en contra
cli--arg-decide-abstain = Abstenciones
cli--arg-decide-note = Una nota sobre la decisión
cli--arg-decide-tier = El nivel en el que entra el miembro admitido (si no se indica, el solicitado)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = { $count ->
    [one] Se ha cifrado el registro de «{ $alliance }», con un miembro (sobre { $seq }); saldrá con la próxima publicación.
    [many] Se ha cifrado el registro de «{ $alliance }», con { $count } de miembros (sobre { $seq }); saldrá con la próxima publicación.
   *[other] Se ha cifrado el registro de «{ $alliance }», con { $count } miembros (sobre { $seq }); saldrá con la próxima publicación.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count ->
    [one] un miembro; secretaría: { $secretariat }
    [many] { $count } de miembros; secretaría: { $secretariat }
   *[other] { $count } miembros; secretaría: { $secretariat }
}
cli--alliance-tier = nivel
cli--alliance-criterion = criterio
cli--applications-none = No hay solicitudes de ingreso.
# $criterion (String) - the criterion's short name
cli--application-missing = falta la justificación de { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = avalada por { $member }
# $on (String) - the day of the decision
cli--application-decision = decidida el { $on }: a favor { $for }, en contra { $against }, abstenciones { $abstain }
cli--members-leave--about = Poner fin a la afiliación de un miembro a una alianza; el próximo registro que se publique indicará su baja
cli--arg-leave-alliance = La alianza que abandona
cli--jury--about = Los jurados: rondas y rúbricas, jurados, conflictos, asignación, puntuaciones y resultados
cli--jury-criterion--about = La rúbrica de una ronda
cli--jury-criterion-add--about = Añadir un criterio a la rúbrica de una ronda, o modificarlo
cli--jury-juror--about = Los jurados
cli--jury-juror-add--about = Añadir un jurado, o modificarlo; un jurado se identifica siempre por su correo electrónico
cli--jury-conflict--about = Los conflictos de intereses
cli--jury-conflict-add--about = Declarar un conflicto entre un jurado y una obra, una persona o un miembro
cli--jury-conflicts--about = Todos los pares en conflicto de una ronda, declarados o detectados, y su motivo
cli--jury-round--about = Configurar una ronda: su fecha límite, la evaluación a ciegas y la preselección que recibe
cli--jury-rubric--about = Mostrar la rúbrica de una ronda
cli--jury-assign--about = Asignar a cada inscripción sus jurados, con cargas equilibradas y sin conflictos; o añadir o quitar un solo par
cli--jury-assign-add--about = Asignar a mano una obra a un jurado
cli--jury-assign-remove--about = Quitar una asignación, junto con sus puntuaciones
cli--jury-score--about = Registrar una puntuación de un jurado asignado
cli--jury-scores--about = Las puntuaciones transcritas de hojas de puntuaciones en papel
cli--jury-scores-import--about = Importar puntuaciones desde un archivo CSV: juror, work, criterion, value, comment
cli--jury-results--about = Los resultados de una ronda: medias, medias normalizadas, posiciones de Schulze, puntuaciones de Borda y grado de acuerdo
cli--arg-jury-section = La sección (su nombre corto)
cli--arg-jury-edition = La edición, cuando el nombre corto de la sección se usa en más de una
cli--arg-jury-round = La ronda (1 por defecto)
cli--arg-round-deadline = La fecha límite de la ronda, como YYYY-MM-DD
cli--arg-round-blind = Ocultar a los jurados de esta ronda quién presentó las obras y sus créditos
cli--arg-round-shortlist = Tomar este número de las mejores inscripciones de la ronda anterior
cli--arg-rubric-key = El nombre corto del criterio (slug)
cli--arg-rubric-label = El nombre del criterio, en el idioma de la interfaz
cli--arg-rubric-label-in = El nombre del criterio en otro idioma, como LANG=TEXT (repítalo para varios)
cli--arg-rubric-min = La puntuación más baja
cli--arg-rubric-max = La puntuación más alta
cli--arg-rubric-step = El intervalo entre puntuaciones (1 por defecto)
cli--arg-rubric-weight = El peso del criterio en el total (1 por defecto)
cli--arg-juror-email = El correo electrónico del jurado
cli--arg-juror-name = El nombre del jurado, tal como lo escribe el propio jurado
cli--arg-juror-name-in = El nombre en otra escritura, como LANG=TEXT (repítalo para varios)
cli--arg-juror-lang = Un idioma que entiende el jurado (se escribe --lang después del comando; repítalo, o separe los idiomas con comas)
cli--arg-juror-country = El país del jurado, como código ISO 3166
cli--arg-juror-member = El miembro al que pertenece el jurado
cli--arg-juror-company = La productora para la que trabaja el jurado
cli--arg-juror-section = Una sección de cuyo jurado forma parte (repítalo para varias)
cli--arg-conflict-juror = El correo electrónico del jurado
cli--arg-conflict-work = La obra (un número, ff:SUBMISSION_ID, un Tracking Number o un identificador)
cli--arg-conflict-person = Una persona, tal como figura en los créditos de las obras
cli--arg-conflict-member = Un miembro (su nombre corto)
cli--arg-conflict-reason = El motivo
cli--arg-assign-section = La sección (su nombre corto)
cli--arg-assign-edition = La edición, cuando el nombre corto de la sección se usa en más de una
cli--arg-assign-round = La ronda (1 por defecto)
cli--arg-assign-reviews = Cuántos jurados distintos evalúan cada inscripción
cli--arg-assign-max-load = El máximo de inscripciones que evalúa un mismo jurado, incluidas las ya asignadas
cli--arg-pair-juror = El correo electrónico del jurado
cli--arg-pair-work = La obra (un número, ff:SUBMISSION_ID, un Tracking Number o un identificador)
cli--arg-score-juror = El correo electrónico del jurado
cli--arg-score-work = La obra (un número, ff:SUBMISSION_ID, un Tracking Number o un identificador)
cli--arg-score-criterion = El nombre corto del criterio
cli--arg-score-value = La puntuación, en la escala del criterio
cli--arg-scores-file = El archivo CSV
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [one] Ronda { $round } de «{ $section }», una inscripción:
    [many] Ronda { $round } de «{ $section }», { $entries } de inscripciones:
   *[other] Ronda { $round } de «{ $section }», { $entries } inscripciones:
}
cli--conflicts-none = No hay conflictos.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [one] Se ha hecho una asignación, { $total } en total; inscripciones sin suficientes jurados: { $uncovered }.
    [many] Se han hecho { $added } de asignaciones, { $total } en total; inscripciones sin suficientes jurados: { $uncovered }.
   *[other] Se han hecho { $added } asignaciones, { $total } en total; inscripciones sin suficientes jurados: { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = Puntuaciones nuevas: { $imported }; modificadas: { $updated }; sin cambios: { $unchanged }.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = Grado de acuerdo (α de Krippendorff, sobre los totales): { $alpha }
cli--jury-packet--about = Los paquetes de jurado: lo que un jurado se lleva para puntuar sin conexión
cli--jury-packet-export--about = Cifrar un paquete para un solo jurado: solo las inscripciones de ese jurado, con la rúbrica, los carteles y los enlaces de visionado
cli--jury-packet-open--about = Abrir un paquete en el portátil del jurado; así se crea el perfil del jurado
cli--jury-sheet--about = Las hojas de puntuaciones: las puntuaciones de un jurado, firmadas, para el presidente del jurado
cli--jury-sheet-export--about = Cifrar la hoja de puntuaciones de este jurado para el presidente del jurado
cli--jury-sheet-merge--about = Fusionar la hoja de puntuaciones de un jurado: prevalecen las puntuaciones más recientes, y el resultado es el mismo en cualquier orden
cli--arg-juror-card = La ficha del jurado (el archivo que escribió «identity card» en el portátil del jurado)
cli--arg-packet-juror = El correo electrónico del jurado
cli--arg-packet-out = El archivo que se va a escribir
cli--arg-packet-file = El archivo del paquete
cli--arg-sheet-out = El archivo que se va a escribir
cli--arg-sheet-file = El archivo de la hoja de puntuaciones
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [one] Paquete para { $juror } con una inscripción: { $path }
    [many] Paquete para { $juror } con { $entries } de inscripciones: { $path }
   *[other] Paquete para { $juror } con { $entries } inscripciones: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [one] Se ha abierto el paquete de «{ $chair }»: una inscripción por puntuar.
    [many] Se ha abierto el paquete de «{ $chair }»: { $entries } de inscripciones por puntuar.
   *[other] Se ha abierto el paquete de «{ $chair }»: { $entries } inscripciones por puntuar.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [one] Hoja de puntuaciones con una puntuación: { $path }
    [many] Hoja de puntuaciones con { $scores } de puntuaciones: { $path }
   *[other] Hoja de puntuaciones con { $scores } puntuaciones: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = Hoja de puntuaciones de { $juror }. Puntuaciones: { $scores }; más recientes que las guardadas: { $applied }.
# $juror (String) - the juror's email
cli--sheet-already = La hoja de puntuaciones de { $juror } ya se había fusionado; no hay nada que hacer.
cli--award--about = Los premios: las categorías de premios de una edición y sus votaciones
cli--award-add--about = Añadir una categoría de premio a una edición, o modificarla
cli--award-vote--about = Registrar el voto de un jurado en una ronda de votación
cli--award-tally--about = Hacer el recuento de una ronda de votación y registrar su ganador, si lo hay
cli--awards--about = Los premios de una edición
cli--awards-list--about = Listar los premios de una edición con sus ganadores
cli--arg-award-key = El nombre corto del premio (slug)
cli--arg-award-edition = La edición
cli--arg-award-label = El nombre del premio, en el idioma de la interfaz
cli--arg-award-label-in = El nombre del premio en otro idioma, como LANG=TEXT (repítalo para varios)
cli--arg-award-shared = Una obra que lo gane puede ganar también otros premios
cli--arg-award-absolute-rounds = Cuántas rondas de votación exigen mayoría absoluta antes de que decida la mayoría relativa (2 por defecto)
cli--arg-vote-award = El nombre corto del premio
cli--arg-vote-work = La obra por la que se vota (un número, ff:SUBMISSION_ID, un Tracking Number o un identificador)
cli--arg-vote-edition = La edición
cli--arg-vote-round = La ronda de votación (1 por defecto)
cli--arg-vote-voter = El votante: el correo electrónico de un jurado
cli--arg-tally-award = El nombre corto del premio
cli--arg-tally-edition = La edición
cli--arg-tally-round = La ronda de votación (1 por defecto)
cli--arg-awards-edition = La edición
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = Gana la obra { $work } (votos emitidos: { $cast }).
# $cast (Number) - votes cast
cli--tally-undecided = No hay ganador en esta ronda (votos emitidos: { $cast }): hay que volver a votar en la siguiente.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = ganado por «{ $title }» en la ronda de votación { $round }, con { $votes } de { $cast } votos
cli--jury-screener--about = Asociar a una obra una copia de visionado que está en este ordenador, para reproducirla junto a las puntuaciones en la ventana
cli--arg-screener-work = La obra (un número, ff:SUBMISSION_ID, un Tracking Number o un identificador)
cli--arg-screener-file = El archivo de vídeo (WebM, MP4, M4V, MKV, MOV u OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = Archivo leído como { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = «{ $name }» significa ahora { $code } ({ $works ->
    [one] una obra actualizada
    [many] { $works } de obras actualizadas
   *[other] { $works } obras actualizadas
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = No importados, por no ser obras: { $count } × { $kind }.
