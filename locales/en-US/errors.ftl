# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } is not a Caravan database: it is not a SQLite file. Nothing was changed.
# $path (String) - the database file
error--db-foreign = { $path } is a SQLite database of another program, not Caravan's. Nothing was changed.
# $path (String) - the database file
error--db-corrupt = { $path } is damaged and cannot be read. Nothing was changed; restore it from a backup.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } was written by a newer version of Caravan (schema { $found }; this version knows up to { $supported }). Update Caravan to open it. Nothing was changed.
# $path (String) - the database file
error--db-busy = { $path } is in use by another program. Try again in a moment.
# $path (String) - the database file
error--db-read-only = { $path } cannot be written: check its permissions.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = { $path } cannot be opened: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = Database error in { $path }: { $reason }
error--db-no-data-dir = This computer has no folder for application data. Choose a database file with --db or CARAVAN_DB.

# $slug (String) - the slug asked for
error--slug-taken = The slug “{ $slug }” is already in use.
# $value (String) - the slug given
error--slug-invalid = “{ $value }” is not a valid slug: use lower-case Latin letters, digits and single hyphens.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = “{ $value }” is not a language tag. Use a BCP 47 tag; the interface is available in { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = The interface is not available in “{ $value }”. Choose one of { $supported }.
# $value (String) - the code given
error--country-invalid = “{ $value }” is not an ISO 3166-1 country code.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: “{ $value }” is not an accepted value.
# $what (String) - the name of the field, from what--*
error--value-empty = { $what } cannot be empty.

# $work (String) - what the user typed to name the work
error--work-not-found = There is no work “{ $work }”. Name a work by its number, its FilmFreeway Submission ID or Tracking Number, or its ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }” matches several works ({ $count }). Name the work by its number.
# $edition (String) - the edition slug given
error--edition-not-found = There is no edition “{ $edition }”. The command “caravan editions list” shows them.

# $command (String) - the word that is not a command
error--cli-unknown-command = “{ $command }” is not a Caravan command. Run “caravan --help” to see the commands.
# $argument (String) - the option that is not known
error--cli-unknown-argument = “{ $argument }” is not an option of this command. Add --help to see its options.
# $argument (String) - the argument that is missing
error--cli-missing-argument = This command needs { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = “{ $value }” is not a valid value for { $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = The command line is not valid: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = Something unexpected went wrong: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } is empty. Nothing was stored.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } is not an image Caravan reads (JPEG, PNG, WebP, GIF, TIFF or BMP). Nothing was stored.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } ends early: the file is incomplete. Nothing was stored.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } is damaged ({ $reason }). Nothing was stored.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } is larger than Caravan accepts (at most 20,000 pixels on a side and 100 megapixels). Nothing was stored.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = { $file } cannot be read or stored: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = The thumbnails of { $file } could not be made: { $reason }. Nothing was stored.
# $id (Number) - the image number given
error--media-not-found = There is no image { $id }.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan could not open its window: { $reason }
