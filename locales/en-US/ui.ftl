# The window.

app--name = Caravan
app--tagline = Festival curation

nav--works = Works
settings--language = Interface language

works--heading = Works
# $count (Number) - how many works the list holds
works--count =
    { $count ->
        [one] { $count } work
       *[other] { $count } works
    }
works--column-title = Title
works--column-original = Original title
works--column-kind = Type
works--column-year = Year
works--empty = There are no works yet.
works--loading = Loading…

work--back = Back to the works
work--no-synopsis = No synopsis yet.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = Language tag: { $lang }

error--heading = Something went wrong
error--dismiss = Dismiss

media--drop-hint = Drop posters, stills or cover art here to add them.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = Adding images: { $done } of { $total }
media--none = No images yet.
