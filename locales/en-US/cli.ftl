# The caravan command line: help text and the lines it prints.

cli--about = Caravan: festival curation across languages and borders. Every command also works with --json.
cli--usage-heading = Usage:
cli--commands-heading = Commands
cli--options-heading = Options
cli--arguments-heading = Arguments
cli--command-value = COMMAND
cli--arg-help = Show this help
cli--arg-version = Show the version
cli--arg-db = The database file (default: Caravan's file in this computer's data folder; also CARAVAN_DB)
cli--arg-lang = The language of messages and titles, a BCP 47 tag such as fr or zh-TW (also CARAVAN_LANG)
cli--arg-json = Print exactly one JSON document on standard output
cli--arg-generate = Also add this many generated works, to try Caravan at scale
cli--arg-slug = A short name made of lower-case letters, digits and hyphens
cli--arg-name = The full name
cli--arg-year = The year
cli--arg-sections = A section of the edition, by slug (repeat for several)
cli--arg-edition = Only the works submitted to this edition, by slug
cli--arg-limit = How many to show (default 50)
cli--arg-offset = How many to skip first (default 0)
cli--arg-work = The work: its number, FilmFreeway Submission ID or Tracking Number, or ISRC

cli--demo--about = Seed the demo alliance: its members, two editions and works in many scripts (running it again changes nothing)
cli--edition--about = Add festival editions
cli--edition-add--about = Add an edition with its sections
cli--editions--about = Festival editions
cli--editions-list--about = List the editions and their sections
cli--works--about = Films and music
cli--works-list--about = List works, titles in the chosen language
cli--works-show--about = Show one work with every language variant of its titles

cli--error-prefix = Error:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = Demo ready. Alliances: { $alliances }; members: { $members }; editions: { $editions }; works: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = Edition “{ $slug }” added.
cli--editions-none = No editions yet.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = Works { $from }–{ $to } of { $total }

cli--media--about = Posters, stills and cover art
cli--media-add--about = Add an image to a work: kept as it is, with thumbnails in three sizes
cli--media-list--about = List a work's images
cli--media-remove--about = Remove an image from its work
cli--media-similar--about = Find works that carry the same picture
cli--arg-file = The image file
cli--arg-kind = poster, still or cover (default poster)
cli--arg-id = The image's number
cli--media-none = This work has no images yet.
# $id (Number) - the image removed
cli--media-removed = Image { $id } removed.
cli--media-no-similar = No two works carry the same picture.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = Works { $a } and { $b } carry the same picture (difference { $distance }).
