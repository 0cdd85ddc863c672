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
