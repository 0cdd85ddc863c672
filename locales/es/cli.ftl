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
cli--arg-slug = Un nombre corto de letras minúsculas, cifras y guiones
cli--arg-name = El nombre completo
cli--arg-year = El año
cli--arg-sections = Una sección de la edición, por su nombre corto (repítalo para varias)
cli--arg-edition = Solo las obras inscritas en esta edición, por su nombre corto
cli--arg-limit = Cuántas mostrar (50 por defecto)
cli--arg-offset = Cuántas saltar primero (0 por defecto)
cli--arg-work = La obra: su número, su Submission ID o Tracking Number de FilmFreeway, o su ISRC

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
cli--arg-file = El archivo de imagen
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
