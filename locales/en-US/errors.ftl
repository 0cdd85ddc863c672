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
error--work-not-found = There is no work “{ $work }”. Name a work by its number, by ff: and its FilmFreeway Submission ID, or by its Tracking Number or an identifier such as its ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }” matches several works ({ $count }). Name the work by its number.
# $edition (String) - the edition slug given
error--edition-not-found = There is no edition “{ $edition }”. The command “caravan editions list” shows them.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = The edition “{ $edition }” has no section “{ $section }”. Nothing was changed.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = The window sent a request Caravan cannot read ({ $detail }). Nothing was changed.
# $value (String) - the cursor given
error--cursor-invalid = “{ $value }” is not a cursor of this list: use the “next” value of the page before, with the same sort.
# $change (Number) - the number of the status change
error--status-change-not-found = There is no status change { $change }.
# $change (Number) - the number of the status change
error--status-change-undone = Status change { $change } has already been undone. Nothing was changed.
error--status-nothing-to-set = Choose a submission status, a judging status or both to set.

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

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = { $file } cannot be read: { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } is empty: it has no header row. Nothing was imported.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } has no “{ $column }” column, so it is not a FilmFreeway submissions export. Nothing was imported.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, line { $line }: the file cannot be read as CSV ({ $reason }). Nothing was imported.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } cannot be read as an Excel workbook ({ $reason }). Nothing was imported.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } has no “{ $column }” column, which the column mapping names. Choose another mapping or correct this one. Nothing was imported.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = The column mapping cannot be read: { $detail }. A mapping is JSON: a name and, for each header, what the column holds (title, directors, countries …).
# $detail (String) - unused here
error--mapping-no-name = The column mapping has no name. Give it one to save it and to find its rows again on the next import.
# $detail (String) - unused here
error--mapping-no-title = The column mapping says no column holds the title. Map one column to the title.
# $detail (String) - unused here
error--mapping-no-id = The column mapping says no column holds the row’s id. Map one column to the id, so that importing the file again updates its works instead of adding them twice.
# $detail (String) - what is mapped twice
error--mapping-twice = The column mapping maps two columns to “{ $detail }”, which one column holds.
# $mapping (String) - the name or file given
error--mapping-not-found = There is no column mapping named “{ $mapping }”, and no such file.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = The mapping “{ $mapping }” is built in; save yours under another name.
# $encoding (String) - the encoding given
error--encoding-unknown = “{ $encoding }” is not an encoding Caravan knows. Use a name such as windows-1252, windows-1251, gb18030 or shift_jis.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = “{ $vocabulary }” is not a kind of value an import keeps: use country, language or status.
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = “{ $code }” is not a { $vocabulary ->
    [country] country code (such as QA)
    [language] language tag (such as fr or pt-BR)
   *[status] submission status (in-consideration, incomplete, disqualified or withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = There is no alias for “{ $name }”.
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [one] One row was refused, so nothing was imported. Correct it, or import the other rows with --partial.
   *[other] { $count } problems were found, so nothing was imported. Correct them, or import the good rows with --partial.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, line { $line }, column { $column }: this is not well-formed XML ({ $value }). Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, line { $line }: { $element } is not a DDEX ERN NewReleaseMessage ({ $value }). Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, line { $line }: this ERN version is not supported ({ $value }); Caravan reads ERN 3.4 to 3.8 and 4.x. Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, line { $line }: the recording or video { $element } of the release has no identifier at all (no ISRC, ISAN, EIDR or proprietary id). Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } is larger than a DDEX message Caravan reads ({ $value }). Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, line { $line }: the elements are nested deeper than any DDEX message ({ $value }). Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, line { $line }, column { $column }: “{ $value }” in { $element } is not a valid ISRC. Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, line { $line }: the sound recording { $element } has no title. Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, line { $line }, column { $column }: “{ $value }” in { $element } is not an ISO 8601 duration such as PT3M25S. Nothing was imported.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, line { $line }: { $element } refers to a resource the message does not contain ({ $value }). Nothing was imported.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = Line { $line }: the row has a different number of cells from the header ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = Line { $line }, column “{ $column }”: the text is not UTF-8 ({ $value }). Save the file as UTF-8 or UTF-16.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = Line { $line }, column “{ $column }”: “{ $value }” is not a duration such as 1:32:05.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = Line { $line }, column “{ $column }”: “{ $value }” is not a date Caravan can read, such as 2025-07-19.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = Line { $line }, column “{ $column }”: “{ $value }” is not a year.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = Line { $line }, column “{ $column }”: “{ $value }” is not a country Caravan knows.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = Line { $line }, column “{ $column }”: “{ $value }” is not a language Caravan knows.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = Line { $line }, column “{ $column }”: “{ $value }” is not a FilmFreeway submission status.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = Line { $line }: the project has no title.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = Line { $line }: the row has neither a Submission ID nor a Tracking Number.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = Line { $line }: the row has no id in the column the mapping names as the id.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = Line { $line }: the row names no category and the edition has no section to put it in.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = Line { $line }, column “{ $column }”: “{ $value }” is not a valid identifier (run “caravan ids check” to see why).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = Line { $line }, column “{ $column }”: { $value } already belongs to another work.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = This is not an ISAN, EIDR, ISRC or ISWC.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = This looks like an { $kind } but has the wrong length or characters.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = The check character does not match: this { $kind } has a typing error.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = The first two letters of this { $kind } are not a country or registration agency code.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = The prefix of this { $kind } is not in the list Caravan carries yet; it may be newly allocated by the IFPI. It is kept as written.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = Work “{ $work }” has no text in “{ $lang }”.
# $work (String) - the work as named
error--title-last = This is the only title of work “{ $work }”; add another before removing it.
error--duplicate-same-work = A work cannot be merged with itself or dismissed as its own duplicate.
# $id (Number) - the submission number
error--submission-not-found = There is no submission { $id }.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = { $file } could not be written: { $reason }. No file was left behind.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = “{ $value }” cannot be added: { $reason } Nothing was stored.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } already belongs to work { $work }. Nothing was stored.
# $label (String) - the label as given
error--label-not-found = The edition has no judging label “{ $label }”; use undecided, selected, not-selected or one of its labels.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = its first line
envelope-part--header = its header
envelope-part--signature = its signature
envelope-part--payload = its contents
envelope-part--attachment = an attachment
envelope-part--attachments = its list of attachments
envelope-part--body = the text
envelope-part--file = the file
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = The envelope is cut short: { $what } is incomplete. Nothing was applied.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = The envelope is not one Caravan can read ({ $detail }). Nothing was applied.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = The envelope was damaged on the way: { $what } does not match its fingerprint. Nothing was applied.
# $version (Number) - the format version found
error--envelope-unsupported-version = The envelope is in format version { $version }, which this Caravan does not read; update Caravan to read it. Nothing was applied.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = The envelope is refused: { $what } is { $size } bytes, over the limit of { $limit }. Nothing was read or applied.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = The envelope comes from { $sender }, a key no member's card names. Import the member's card first. Nothing was applied.
error--envelope-bad-signature = The envelope's signature does not match its sender's key: it was forged or altered. Nothing was applied.
error--envelope-not-addressed = The envelope names this profile as a recipient but was not sealed to its key. Nothing was applied.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = Envelope { $seq } from { $sender } came where envelope { $expected } was due. Nothing was applied.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = Envelope { $seq } from { $sender } was applied before; it was not applied again.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = Envelope { $seq } from { $sender } does not follow the envelope applied before it: the stream was rewritten. Nothing was applied.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = An envelope signed by { $sender } was found in the stream of { $stream }. Nothing was applied.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = The attachment name “{ $name }” could reach outside its folder. Nothing was applied.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = The attachment “{ $name }” is not the file its envelope describes. Nothing was applied.
# $seq (Number) - the envelope's number
error--envelope-missing = Envelope { $seq } is missing from the stream, though its head says it is there. Nothing after it was applied.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = Envelopes of the kind “{ $kind }” are not ones this Caravan reads; update Caravan to read them. Nothing was applied.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = This is not a member card Caravan can read ({ $detail }). Nothing was stored.
error--card-bad-signature = The member card's signature does not match its keys: it was altered. Nothing was stored.
# $member (String) - the member's short name
error--card-not-a-rotation = The card for “{ $member }” names new keys, but the member's current key did not sign it. Compare fingerprints with the member before trusting it. Nothing was stored.
# $member (String) - the member's short name
error--card-is-own = The card of “{ $member }” is this profile's own.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = “{ $value }” is not a fingerprint: a character is wrong or missing.
# $member (String) - the member's short name
error--fingerprint-mismatch = The fingerprint given is not the one on the card of “{ $member }”. Do not trust this card until you have found out why. Nothing was changed.
error--identity-passphrase-wrong = The keys could not be opened: the passphrase is wrong.
error--identity-passphrase-needed = This profile's keys are sealed with a passphrase. Give it (in scripts, in CARAVAN_PASSPHRASE).
error--identity-keychain-unavailable = This profile's keys are kept in the system keychain, which does not answer. Unlock the keychain and try again.
error--identity-missing = This profile has no identity yet. Make one first (caravan identity init).
error--identity-exists = This profile already has an identity. To change its keys, rotate them (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = There is no member “{ $member }”.
# $member (String) - the member's short name
error--member-no-card = No card is held for member “{ $member }”. Import the member's card first.
error--exchange-no-recipients = No member's card is held to send to. Import the members' cards first.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = There is no exchange point { $id }.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = { $url } could not be reached: { $reason }. What was already applied is kept; try again.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } answered with HTTP status { $status }. What was already applied is kept; try again.
# $url (String) - the exchange point
error--exchange-read-only = { $url } can be read but not written to: publishing needs a WebDAV server or a folder.
# $path (String) - the envelope's place at the point
error--stream-conflict = Another envelope already stands at { $path }: this profile's stream was published from another copy of it. Nothing was overwritten.
error--exchange-no-points = No exchange point is set up. Add the folder or address where the alliance meets (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = { $file } could not be read: { $reason }. Nothing was stored.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = The key of “{ $member }” was revoked: nothing more it signs is taken. Import and verify the member's new card. Nothing was applied.
# $id (Number) - the recommendation's number
error--recommendation-not-found = There is no recommendation { $id } that this profile received.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = The answer is about recommendation { $uid }, which this profile did not send to that member. Nothing was applied.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = Recommendation { $uid } arrived already; it was not taken twice.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = A recommendation that is { $from } cannot become { $to }. Nothing was changed.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = The recommendation is not one Caravan can read ({ $detail }). Nothing was stored.
error--person-no-name = A person needs a name in at least one script. Nothing was sent.
error--recommendation-edition-needed = Say which edition the work goes into (and, if you like, which section).
# $value (String) - the date as given
error--date-invalid = “{ $value }” is not a date, or not a window that ends after it starts; write dates as YYYY-MM-DD.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = There is no catalogue entry { $id }.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = The work's screening rights do not cover { $territory }, the territory of “{ $member }”.
# $alliance (String) - the alliance's short name
error--alliance-not-found = There is no alliance “{ $alliance }”.
error--alliance-needed = A tier or a joining date belongs to a membership: say which alliance.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = “{ $tier }” is not a tier of the alliance “{ $alliance }”. Nothing was changed.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = The field “{ $what }” is longer than the { $limit } it may be. Nothing was changed.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = The field “{ $what }” is written in more than { $limit } languages. Nothing was changed.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = “{ $value }” is not a valid contact of the kind “{ $kind }”. Nothing was changed.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = “{ $member }” is not the secretariat of the alliance “{ $alliance }” here, so its registry is not followed. Nothing was changed.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = The registry is not well formed ({ $detail }). Nothing was applied.
# $id (Number) - the application's number
error--application-not-found = There is no application { $id }.
# $id (Number) - the application's number
error--application-decided = Application { $id } was decided already. Nothing was changed.
# $member (String) - the applicant's short name
error--application-exists = “{ $member }” has an open application already.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = “{ $member }” is a member of the alliance “{ $alliance }” already.
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = “{ $criterion }” is not an admission criterion of the alliance “{ $alliance }”. Nothing was changed.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = Only members of the alliance sponsor an application, and “{ $member }” is not a member of “{ $alliance }”. Nothing was changed.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = An admission needs more votes for than against; { $for } for and { $against } against is not one. Nothing was changed.
# $value (String) - the section's short name
error--section-ambiguous = More than one edition has a section “{ $value }”: say which edition.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = The section “{ $section }” has no round { $round }.
error--shortlist-first-round = The first round has no round before it to take a shortlist from.
# $value (String) - the juror's email
error--juror-not-found = There is no juror “{ $value }”.
# $value (String) - the person's name
error--person-not-found = No one named “{ $value }” is credited on any work.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } is not a score of “{ $criterion }”, which runs from { $min } to { $max } in steps of { $step }. Nothing was changed.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = A scale runs from a lowest to a higher highest score in positive steps, with a positive weight; { $min } to { $max } in steps of { $step }, weight { $weight }, is not one.
error--reviews-per-entry-zero = Each entry needs at least one review.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = “{ $juror }” is not assigned work { $work }. Nothing was changed.
# $value (String) - the criterion as written
error--criterion-not-found = The rubric has no criterion “{ $value }”. Nothing was changed.
# $value (String) - what was wrong
error--scores-file-invalid = The scores file cannot be read: { $value }. Nothing was changed.
# $value (String) - the value as written
error--score-not-a-number = “{ $value }” is not a number.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = “{ $juror }” scores “{ $criterion }” of work { $work } twice in this file.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [one] One row of the file was refused, so nothing was imported.
   *[other] { $count } rows of the file were refused, so nothing was imported.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = Round { $round } of “{ $section }” has no rubric yet: add its criteria first.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = Work { $work } is not an entry of round { $round } of “{ $section }”.
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = “{ $juror }” does not sit on the jury of “{ $section }”.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = “{ $juror }” has a conflict of interest with work { $work }: the pair is never assigned, scored or counted. Nothing was changed.
# $value (String) - the juror's email
error--juror-no-card = “{ $value }” has given no card yet: add it with “jury juror add … --card FILE”, so the packet can be sealed to the juror alone.
# $value (String) - the juror's email
error--juror-no-entries = “{ $value }” has no entries assigned: there is nothing to put in a packet.
# $value (String) - the kind the file holds
error--packet-wrong-kind = The file holds an envelope of the kind “{ $value }”, not the one asked for. Nothing was changed.
error--no-packet = No jury packet was opened in this profile: open the chair's packet first.
error--sheet-unknown-juror = The score sheet is signed by a key that no juror's card names. Nothing was changed.
# $value (String) - the award's short name
error--award-not-found = There is no award “{ $value }”.
# $value (String) - the award's short name
error--award-decided = The award “{ $value }” has its winner already. Nothing was changed.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = Work { $work } has won another award of this edition already and cannot win “{ $award }” as well. Nothing was changed.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = “{ $voter }” has voted in round { $round } already. Nothing was changed.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = No one has voted for “{ $award }” in round { $round } yet.
# $value (String) - the file given
error--screener-not-video = “{ $value }” is not a video file a screener can be (WebM, MP4, M4V, MKV, MOV or OGV). Nothing was changed.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = Line { $line }, column “{ $column }”: “{ $value }” is not a country Caravan knows. It is kept as written and the work is flagged.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = Line { $line }, column “{ $column }”: “{ $value }” is not a country Caravan knows; did you mean { $suggestion }? It is kept as written and the work is flagged.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = Line { $line }, column “{ $column }”: “{ $value }” is not a language Caravan knows. It is kept as written and the work is flagged.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = Line { $line }, column “{ $column }”: “{ $value }” is not a language Caravan knows; did you mean { $suggestion }? It is kept as written and the work is flagged.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = Line { $line }, column “{ $column }”: “{ $value }” is not a submission status Caravan knows. The entry stays in consideration, the status is kept as written and the work is flagged.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = Line { $line }, column “{ $column }”: the cell held control characters (such as NUL), which were taken out: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = Line { $line }, column “{ $column }”: the ISRC { $value } starts with a prefix Caravan does not know yet; it was kept as written. Check it with the label if it looks wrong.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = Line { $line }, { $column }: a second resource has the ISRC { $value }; the first was imported and this one left out.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = Line { $line }, { $column }: a second resource has the identifier { $value }; the first was imported and this one left out.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = Line { $line }, { $column }: the ISRC { $value } starts with a prefix Caravan does not know yet; it was kept as written. Check it with the label if it looks wrong.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = Line { $line }, { $column }: the supplemental resource { $value } has no identifier, so it was left out; the rest of the delivery was imported.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = Line { $line }, { $column }: “{ $value }” is not a valid ISAN; the resource was imported without it.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = Line { $line }, { $column }: “{ $value }” is not a valid EIDR; the resource was imported without it.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = Line { $line }, { $column }: the message says it is { $value }, but its namespace names another ERN version; it was read by its namespace.
