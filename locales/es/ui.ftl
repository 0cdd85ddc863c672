# The window.

app--name = Caravan
app--tagline = Programación de festivales

nav--works = Obras
settings--language = Idioma de la interfaz

works--heading = Obras
# $count (Number) - how many works the list holds
works--count =
    { $count ->
        [one] { $count } obra
        [many] { $count } de obras
       *[other] { $count } obras
    }
works--column-title = Título
works--column-original = Título original
works--column-kind = Tipo
works--column-year = Año
works--column-poster = Cartel
works--empty = Todavía no hay obras.
works--loading = Cargando…

work--back = Volver a las obras
work--no-synopsis = Todavía no hay sinopsis.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = Etiqueta de idioma: { $lang }

error--heading = Algo ha fallado
error--dismiss = Cerrar

media--drop-hint = Suelte aquí carteles, fotogramas o portadas para añadirlos.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = Añadiendo imágenes: { $done } de { $total }
media--none = Todavía no hay imágenes.
media--kind-label = Tipo de las imágenes que se suelten

nav--label = Apartados de la aplicación
nav--submissions = Inscripciones
nav--duplicates = Duplicados

search--placeholder = Buscar títulos, directores, artistas…
search--label = Buscar obras en cualquier idioma o escritura
search--none = No se ha encontrado nada.
search--results = Obras encontradas

submissions--edition = Edición
submissions--tab-table = Tabla
submissions--tab-stats = Estadísticas
submissions--column-section = Sección
submissions--column-status = Estado
submissions--column-judging = Selección
submissions--column-countries = Países
submissions--column-languages = Idiomas
# $title (String) - the title of the submitted work
submissions--select-row = Seleccionar «{ $title }»
submissions--select-shown = Seleccionar todas las visibles
submissions--empty = Ninguna inscripción coincide.
submissions--views = Vistas de las inscripciones de la edición
submissions--column-selected = Seleccionada
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    { $total ->
        [one] { $total } inscripción mostrada
        [many] { $total } de inscripciones mostradas
       *[other] { $total } inscripciones mostradas
    }
# $count (Number) - rows selected
submissions--selected =
    { $count ->
        [one] { $count } seleccionada
        [many] { $count } seleccionadas
       *[other] { $count } seleccionadas
    }
filter--label = Filtros
filter--any-status = Todos los estados
filter--any-judging = Todos los estados de selección
filter--text = Palabras de un título o de un nombre
filter--any-section = Todas las secciones
filter--any-country = Todos los países
filter--any-language = Todos los idiomas
bulk--label = Cambiar las inscripciones seleccionadas
bulk--status = Nuevo estado
bulk--judging = Nuevo estado de selección
bulk--status-unchanged = Estado: sin cambios
bulk--judging-unchanged = Selección: sin cambios
bulk--apply = Aplicar a las inscripciones seleccionadas
# $count (Number) - submissions the last change touched
bulk--undo =
    { $count ->
        [one] Deshacer el cambio en { $count } inscripción
        [many] Deshacer el cambio en { $count } de inscripciones
       *[other] Deshacer el cambio en { $count } inscripciones
    }

import--open = Importar…
import--heading = Importar inscripciones
import--kind = Tipo de archivo
import--kind-filmfreeway = Exportación de FilmFreeway (CSV o texto Unicode)
import--kind-ddex = Publicación DDEX (XML ERN)
import--path-label = Archivo que se va a importar
import--path-placeholder = Ruta del archivo, o suéltelo en la ventana
import--kind-table = Cualquier hoja de cálculo (CSV o XLSX), mediante una correspondencia de columnas
import--files-all = Hojas de cálculo y mensajes DDEX
import--browse = Elegir un archivo…
import--encoding = Codificación
import--encoding-detect = Detección automática
import--mapping-name = Nombre de la correspondencia
import--mapping-saved = Correspondencias guardadas
import--mapping-choose = Usar una correspondencia guardada…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = Leído como { $encoding }
# $column (String) - the column's header
import--target-of = Qué contiene la columna «{ $column }»
import--target-field = Conservar como campo
import--target-id = Identificador (para volver a encontrar la obra)
import--target-title = Título
import--target-original-title = Título original
import--target-original-language = Idioma del título original
import--target-synopsis = Sinopsis (en inglés)
import--target-original-synopsis = Sinopsis (en el idioma original)
import--target-directors = Dirección
import--target-writers = Guion
import--target-producers = Producción
import--target-cast = Reparto
import--target-countries = Países
import--target-languages = Idiomas
import--target-year = Año
import--target-runtime = Duración
import--target-completion-date = Fecha de finalización
import--target-genres = Géneros
import--target-category = Categoría (sección)
import--target-status = Estado de la inscripción
import--target-judging = Estado de selección
import--target-submission-date = Fecha de inscripción
import--target-isan = Número ISAN
import--target-eidr = Identificador EIDR
import--target-isrc = Código ISRC
import--target-iswc = Código ISWC
import--target-ignore = No importar
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = No importados, por no ser obras: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings =
    { $count ->
        [one] Una advertencia: la fila se ha importado, pero conviene revisarla.
        [many] { $count } de advertencias: las filas se han importado, pero conviene revisarlas.
       *[other] { $count } advertencias: las filas se han importado, pero conviene revisarlas.
    }
import--column-warning = Advertencia
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = Tratar «{ $value }» como { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = «{ $value }» significa ahora { $suggestion }, aquí y en todas las importaciones posteriores ({ $works ->
    [one] una obra actualizada
    [many] { $works } de obras actualizadas
   *[other] { $works } obras actualizadas
}).
import--partial = Importar las filas válidas aunque se rechacen algunas
import--dry-run = Solo comprobar, sin guardar nada
import--run = Importar
# $rows (Number) - rows read so far
import--progress = Filas leídas: { $rows }
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = Importadas: { $imported }; actualizadas: { $updated }; sin cambios: { $unchanged }; rechazadas: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = Comprobación hecha, no se ha guardado nada. Se importarían: { $imported }; se actualizarían: { $updated }; sin cambios: { $unchanged }; se rechazarían: { $rejected }.
# $count (Number) - problems found
import--refused =
    { $count ->
        [one] No se ha importado nada: antes hay que corregir { $count } problema.
        [many] No se ha importado nada: antes hay que corregir { $count } de problemas.
       *[other] No se ha importado nada: antes hay que corregir { $count } problemas.
    }
import--column-line = Línea
import--column-column = Columna
import--column-problem = Problema

export--label = Exportar:
export--format-csv = Archivo CSV
export--format-xlsx = Libro de Excel (XLSX)
export--format-json = Archivo JSON
# $path (String) - the file written
export--done = Exportado a { $path }

stats--by-country = Inscripciones por país
stats--by-language = Inscripciones por idioma
stats--by-genre = Inscripciones por género
stats--by-status = Inscripciones por estado
# $count (Number) - entries in the edition
stats--total =
    { $count ->
        [one] { $count } inscripción
        [many] { $count } de inscripciones
       *[other] { $count } inscripciones
    }

duplicates--heading = Duplicados probables
duplicates--none = No hay duplicados probables.
# $id (Number) - the work to keep
duplicates--keep = Fusionar y conservar el n.º { $id }
duplicates--dismiss = No son la misma
# $score (Number) - likeness from 0 to 1
duplicates--score = Similitud: { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = Pares mostrados: { $shown } de { $total }
duplicates--more = Mostrar más pares
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = ¿Fusionar la obra n.º { $other } en la obra n.º { $keep }? Todos los títulos, sinopsis, créditos, identificadores, imágenes e inscripciones de la obra n.º { $other } pasan a la n.º { $keep }, y la obra n.º { $other } se elimina. No se puede deshacer.
duplicates--merge = Fusionar

edit--add-language = Añadir un idioma
edit--edit = Editar
edit--remove = Quitar
# $language (String) - the language's name
edit--edit-language = Editar el título y la sinopsis en { $language }
# $language (String) - the language's name
edit--remove-language = Quitar el título y la sinopsis en { $language }
edit--tag = Etiqueta de idioma
edit--tag-placeholder = Etiqueta BCP 47, p. ej., fr o zh-Hant
edit--title = Título
edit--synopsis = Sinopsis
edit--original = Es la versión original
edit--save = Guardar
edit--cancel = Cancelar

identifier--add = Añadir identificador
identifier--placeholder = ISAN, EIDR, ISRC o ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = Alianza
alliance--heading = Intercambio de la alianza
alliance--identity = Este perfil
alliance--identity-none = Este perfil aún no tiene identidad. Cree una para intercambiar con los demás miembros: sus claves se quedan en este ordenador.
alliance--identity-name = Nombre del festival
alliance--identity-member = Nombre corto del miembro (tal como figura en el registro de la alianza)
alliance--identity-country = País (código ISO de dos letras)
alliance--passphrase = Frase de contraseña
alliance--passphrase-hint = Solo se usa para proteger las claves cuando el llavero del sistema no está disponible. Consérvela: sin ella no se pueden abrir las claves.
alliance--identity-make = Crear las claves
alliance--fingerprint = Huella digital, para leérsela a los demás miembros
alliance--qr-label = La huella digital como código QR
alliance--sealed-in-keychain = Las claves se guardan en el llavero del sistema.
alliance--sealed-in-passphrase = Las claves están protegidas con una frase de contraseña.
alliance--write-card = Guardar la ficha de miembro
alliance--card-written = Ficha de miembro guardada en
alliance--members = Miembros
alliance--members-none = Todavía no hay miembros.
alliance--country-unknown = País no indicado
alliance--card-path = Ruta de una ficha de miembro (.json)
alliance--import-card = Importar la ficha
# $member (String) - the member's name
alliance--card-imported = Ficha de «{ $member }» importada.
# $member (String) - the member's name
alliance--card-rotated = Ficha de «{ $member }» importada: sus claves se han sustituido y la clave anterior ha firmado las nuevas.
alliance--compare = Antes de confiar en la ficha, léale esta huella digital al miembro por teléfono o compárela con él en persona:
alliance--verify = Marcar como verificada
alliance--verify-typed = La huella digital tal como la leyó el miembro
alliance--points = Puntos de intercambio
alliance--points-none = Todavía no hay puntos de intercambio: añada la carpeta o la dirección web donde se reúne la alianza.
alliance--point-location = Carpeta o dirección (https://…)
alliance--point-name = Nombre (opcional)
alliance--point-add = Añadir
alliance--point-remove = Quitar
alliance--sync = Sincronización
alliance--sync-button = Sincronizar ahora
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = Publicando: { $done } de { $total } sobres
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = Recibiendo: { $done } de { $total } sobres
alliance--unlock = Abrir las claves
alliance--sync-log = Lo que hizo la última sincronización
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = Enviados: { $published }; aplicados: { $applied }; omitidos (destinados a otros miembros): { $skipped }; rechazados: { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = Sobre { $seq } ({ $kind }) aplicado, enviado por
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = Sobre { $seq } ({ $kind }) omitido por ir destinado a otros miembros, enviado por
# $seq (Number) - the envelope's number
alliance--log-refused = Sobre { $seq } rechazado, enviado por
alliance--notes = Notas
alliance--note-to = Destinatarios
alliance--note-no-cards = Importe la ficha de un miembro para poder escribirle.
alliance--note-to-all = No se ha marcado a nadie: la nota se enviará a todos los miembros cuya ficha esté guardada.
alliance--note-text = Texto de la nota
alliance--note-send = Cifrar y poner en cola
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = Nota { $seq } cifrada; saldrá con la próxima sincronización.
alliance--notes-none = Todavía no hay notas.
envelope-kind--note = nota
envelope-kind--card = ficha de miembro
envelope-kind--recommendation = recomendación
envelope-kind--recommendation-state = respuesta a una recomendación
envelope-kind--catalogue = catálogo
recommendations--heading = Recomendaciones
recommendations--inbox = Recibidas
recommendations--outbox = Enviadas
recommendations--none = Todavía no hay ninguna.
recommendations--from = De
recommendations--to = Para
recommendations--history = Historial
recommendations--edition = Edición en la que inscribirla
recommendations--section = Sección
recommendations--section-suggested = La sección sugerida
recommendations--accept = Aceptar
recommendations--reason = Motivo del rechazo
recommendations--decline = Rechazar
recommendations--program = Marcar como programada
recommendations--person = Recomendar a un jurado o a un invitado
recommendations--person-name = Nombre
recommendations--person-as = Como
recommendations--note = Nota para los miembros
recommendations--send = Recomendar
catalogues--heading = Catálogos
catalogues--publish = Publicar el catálogo de este festival
# $count (Number) - works in the catalogue
catalogues--published =
    { $count ->
        [one] Se ha cifrado un catálogo de una obra; saldrá con la próxima sincronización.
        [many] Se ha cifrado un catálogo de { $count } de obras; saldrá con la próxima sincronización.
       *[other] Se ha cifrado un catálogo de { $count } obras; saldrá con la próxima sincronización.
    }
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count }
catalogues--none = Todavía no ha llegado el catálogo de ningún miembro.
catalogues--search = Buscar en los catálogos, en cualquier escritura
# $edition (String) - the edition's name
catalogues--take = Incorporar a { $edition }
# $edition (String) - the edition's name
catalogues--taken = Incorporada a { $edition }
recommend--heading = Recomendar a los miembros
recommend--sent = Recomendación cifrada; saldrá con la próxima sincronización.
recommend--history = Recomendaciones de esta obra
rights--heading = Derechos de exhibición
rights--none = No hay derechos de exhibición registrados.
rights--world = Todo el mundo
rights--territory = Territorio (código ISO, o WORLD)
rights--excluded = excluido
directory--any = cualquiera
directory--none = sin especificar
directory--alliance = Alianza
directory--tier = Nivel
directory--kind = Tipo
directory--country = País
directory--country-code = País (código ISO)
directory--city = Ciudad
directory--slug = Nombre corto
directory--name = Nombre completo
directory--languages = Idiomas de trabajo (etiquetas de idioma, separadas por comas)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = miembro desde { $date }
directory--joined-input = Fecha de incorporación (YYYY o YYYY-MM-DD)
directory--add = Inscribir o modificar un miembro
directory--save = Guardar el miembro
# $member (String) - the member's name
directory--saved = El miembro «{ $member }» ha quedado guardado en el registro.
directory--none-match = Ningún miembro coincide con estos filtros.
registry--heading = Registros
# $count (Number) - how many members
registry--members =
    { $count ->
        [one] un miembro
        [many] { $count } de miembros
       *[other] { $count } miembros
    }
# $member (String) - the secretariat's short name
registry--secretariat = Secretaría: { $member }
registry--no-secretariat = Todavía no se ha designado ninguna secretaría
# $date (String) - the date and time, already formatted
registry--issued = registro del { $date }
registry--publish = Publicar el registro
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published =
    { $count ->
        [one] Se ha cifrado el registro de «{ $alliance }», con un miembro; saldrá con la próxima sincronización.
        [many] Se ha cifrado el registro de «{ $alliance }», con { $count } de miembros; saldrá con la próxima sincronización.
       *[other] Se ha cifrado el registro de «{ $alliance }», con { $count } miembros; saldrá con la próxima sincronización.
    }
admissions--heading = Admisiones
admissions--criteria = Criterios de admisión
admissions--criterion-key = Nombre corto del criterio
admissions--criterion-text = El criterio, en el idioma de la interfaz
admissions--criterion-add = Añadir el criterio
admissions--apply = Nueva solicitud de ingreso
admissions--contact = Contacto
admissions--submit = Registrar la solicitud
admissions--applications = Solicitudes de ingreso
admissions--none = Todavía no hay solicitudes de ingreso.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = Aún falta la justificación de: { $criteria }
admissions--sponsors = Avalistas
admissions--sponsor-as = Miembro avalista
admissions--sponsor-note = Lo que dice el avalista
admissions--sponsor = Añadir el avalista
admissions--outcome = Decisión
admissions--on = Día de la decisión
admissions--for = A favor
admissions--against = En contra
admissions--abstain = Abstenciones
admissions--decision-note = Nota sobre la decisión
admissions--decide = Registrar la decisión
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = Decidida el { $date }: a favor { $for }, en contra { $against }, abstenciones { $abstain }.
directory--view = Cómo se muestra el directorio
directory--as-list = Lista
directory--as-map = Mapa
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = Mapa mundial de los miembros — miembros: { $members }; países: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — miembros: { $count }
nav--jury = Jurado
jury--heading = Jurado
jury--section = Sección
jury--round = Ronda
jury--no-round = Esta sección todavía no tiene rúbrica para esta ronda: añada primero sus criterios (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric =
    { $entries ->
        [one] Rúbrica — una inscripción
        [many] Rúbrica — { $entries } de inscripciones
       *[other] Rúbrica — { $entries } inscripciones
    }
jury--assignment = Asignación
jury--reviews-per-entry = Evaluaciones por inscripción
jury--max-load = Máximo de inscripciones por jurado
jury--assign = Asignar jurados
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = Asignaciones hechas: { $added }. Inscripciones que aún no tienen suficientes jurados: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load =
    { $count ->
        [one] una inscripción
        [many] { $count } de inscripciones
       *[other] { $count } inscripciones
    }
jury--juror = Jurado
jury--scoring = Puntuación
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = Puntuadas: { $done } de { $total }
jury--progress-label = Inscripciones puntuadas
jury--keys = Teclas: un dígito puntúa el criterio resaltado (0 equivale a diez), ↑ y ↓ pasan de un criterio a otro, ← y → de una inscripción a otra, N lleva a la siguiente inscripción aún sin puntuar. Cada cambio se guarda al instante.
jury--screener = Abrir el enlace de visionado
jury--saved = guardado
jury--previous = Inscripción anterior
jury--next = Inscripción siguiente
jury--next-unscored = Siguiente inscripción por puntuar
jury--nothing-to-score = Este jurado no tiene inscripciones asignadas en esta ronda.
jury--results = Resultados
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = Grado de acuerdo entre jurados (α de Krippendorff): { $alpha }
jury--rank = Posición
jury--work = Obra
jury--count = Jurados
jury--normalized = Media normalizada
jury--mean = Media
jury--disagreement = desacuerdo entre jurados
jury--matrix = Quién evalúa qué
jury--assigned-cell = asignada
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = Se muestran las primeras { $shown } de { $total } inscripciones; los resultados las incluyen todas.
jury--distribution = Los totales de cada jurado en la escala
jury--distribution-label = Los totales de cada jurado como puntos en la escala, con su media como una línea: los puntos de un jurado severo quedan a la izquierda; los de uno indulgente, a la derecha.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean =
    { $count ->
        [one] media de { $mean } en una inscripción
        [many] media de { $mean } en { $count } de inscripciones
       *[other] media de { $mean } en { $count } inscripciones
    }
jury--ballots = Votaciones de los premios
jury--award = Premio
jury--ballot-round = Ronda de votación
jury--voter = Votante
jury--vote = Registrar el voto
jury--tally = Hacer el recuento
# $count (Number) - votes
jury--votes =
    { $count ->
        [one] un voto
        [many] { $count } de votos
       *[other] { $count } votos
    }
# $cast (Number) - votes cast
jury--no-winner = No hay ganador en esta ronda (votos emitidos: { $cast }): hay que volver a votar en la siguiente.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = Gana «{ $title }» (votos emitidos: { $cast }).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = Ganado por «{ $title }» en la ronda de votación { $round }, con { $votes } de { $cast } votos.
jury--setup = Configurar la ronda
jury--criterion-key = Nombre corto del criterio
jury--criterion-label = Criterio, en el idioma de la interfaz
jury--min = Puntuación más baja
jury--max = Puntuación más alta
jury--step = Intervalo
jury--weight = Peso
jury--criterion-add = Añadir criterio
jury--juror-email = Correo electrónico del jurado
jury--juror-name = Nombre del jurado
jury--juror-languages = Idiomas que entiende el jurado (etiquetas de idioma, separadas por comas)
jury--juror-card = Archivo de la ficha del jurado (para los paquetes)
jury--juror-add = Añadir jurado
# $what (String) - what was added
jury--setup-added = Se ha añadido «{ $what }».
jury--packets = Paquetes y hojas de puntuaciones
jury--file = Archivo (una ruta)
jury--packet-export = Cifrar un paquete para el jurado
jury--sheet-merge = Fusionar una hoja de puntuaciones
jury--packet-open = Abrir un paquete (en el portátil del jurado)
jury--sheet-export = Cifrar mi hoja de puntuaciones para el presidente del jurado
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written =
    { $entries ->
        [one] Se ha escrito un paquete para { $juror } con una inscripción.
        [many] Se ha escrito un paquete para { $juror } con { $entries } de inscripciones.
       *[other] Se ha escrito un paquete para { $juror } con { $entries } inscripciones.
    }
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened =
    { $entries ->
        [one] Se ha abierto el paquete de «{ $chair }»: una inscripción por puntuar.
        [many] Se ha abierto el paquete de «{ $chair }»: { $entries } de inscripciones por puntuar.
       *[other] Se ha abierto el paquete de «{ $chair }»: { $entries } inscripciones por puntuar.
    }
# $scores (Number) - scores in the sheet
jury--sheet-written =
    { $scores ->
        [one] Se ha escrito la hoja de puntuaciones, con una puntuación.
        [many] Se ha escrito la hoja de puntuaciones, con { $scores } de puntuaciones.
       *[other] Se ha escrito la hoja de puntuaciones, con { $scores } puntuaciones.
    }
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = Se ha fusionado la hoja de puntuaciones de { $juror }; puntuaciones más recientes que las guardadas: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = La hoja de puntuaciones de { $juror } ya se había fusionado; no hay nada que hacer.
jury--screener-file = La copia de visionado, en este ordenador
jury--screener-path = Una copia de visionado en este ordenador (su ruta)
jury--screener-attach = Reproducir este archivo junto a las puntuaciones
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = Asignar «{ $title }» a { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = Quitar «{ $title }» a { $juror }
jury--comment = Su comentario sobre esta obra (se guarda mientras escribe; los demás jurados nunca lo ven)
jury--conflict-reason = Motivo (el conflicto de intereses)
jury--conflict-add = Declarar el conflicto
jury--conflict-declared = El conflicto de intereses queda declarado: ese par nunca se asigna, se puntúa ni se cuenta.

export--save-as = Guardar como…
work--unresolved = Valores conservados tal como estaban escritos
work--unresolved-country = País
work--unresolved-language = Idioma
work--unresolved-status = Estado de la inscripción
