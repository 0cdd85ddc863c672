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
works--column-poster = Poster
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
media--kind-label = What dropped images are

nav--label = Sections of the application
nav--submissions = Submissions
nav--duplicates = Duplicates

search--placeholder = Search titles, directors, artists…
search--label = Search works in any language or script
search--none = Nothing found.
search--results = Works found

submissions--edition = Edition
submissions--tab-table = Table
submissions--tab-stats = Statistics
submissions--column-section = Section
submissions--column-status = Status
submissions--column-judging = Judging
submissions--column-countries = Countries
submissions--column-languages = Languages
# $title (String) - the title of the submitted work
submissions--select-row = Select “{ $title }”
submissions--select-shown = Select all shown
submissions--empty = No submissions match.
submissions--views = Views of the edition's submissions
submissions--column-selected = Selected
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    { $total ->
        [one] { $total } submission shown
       *[other] { $total } submissions shown
    }
# $count (Number) - rows selected
submissions--selected =
    { $count ->
        [one] { $count } selected
       *[other] { $count } selected
    }
filter--label = Filters
filter--any-status = Any status
filter--any-judging = Any judging
filter--text = Words of a title or a name
filter--any-section = Any section
filter--any-country = Any country
filter--any-language = Any language
bulk--label = Change the selected submissions
bulk--status = New status
bulk--judging = New judging
bulk--status-unchanged = Status: keep
bulk--judging-unchanged = Judging: keep
bulk--apply = Apply to selected
# $count (Number) - submissions the last change touched
bulk--undo =
    { $count ->
        [one] Undo the change to { $count } submission
       *[other] Undo the change to { $count } submissions
    }

import--open = Import…
import--heading = Import submissions
import--kind = Kind of file
import--kind-filmfreeway = FilmFreeway export (CSV or Unicode text)
import--kind-ddex = DDEX release (ERN XML)
import--path-label = File to import
import--path-placeholder = Path of the file, or drop it on the window
import--kind-table = Any spreadsheet (CSV or XLSX), through a column mapping
import--files-all = Spreadsheets and DDEX messages
import--browse = Choose a file…
import--encoding = Encoding
import--encoding-detect = Detect
import--mapping-name = Mapping name
import--mapping-saved = Saved mappings
import--mapping-choose = Use a saved mapping…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = Read as { $encoding }
# $column (String) - the column's header
import--target-of = What the column “{ $column }” holds
import--target-field = Keep as a field
import--target-id = Id (finds the work again)
import--target-title = Title
import--target-original-title = Original title
import--target-original-language = Language of the original title
import--target-synopsis = Synopsis (English)
import--target-original-synopsis = Synopsis (original language)
import--target-directors = Directors
import--target-writers = Writers
import--target-producers = Producers
import--target-cast = Cast
import--target-countries = Countries
import--target-languages = Languages
import--target-year = Year
import--target-runtime = Runtime
import--target-completion-date = Completion date
import--target-genres = Genres
import--target-category = Category (section)
import--target-status = Submission status
import--target-judging = Judging status
import--target-submission-date = Submission date
import--target-isan = ISAN
import--target-eidr = EIDR
import--target-isrc = ISRC
import--target-iswc = ISWC
import--target-ignore = Leave out
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = Not imported, not being works: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings = { $count ->
    [one] One warning: the row was imported, and this deserves a look.
   *[other] { $count } warnings: the rows were imported, and these deserve a look.
}
import--column-warning = Warning
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = Treat “{ $value }” as { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = “{ $value }” now means { $suggestion }, here and in every later import ({ $works ->
    [one] one work resolved
   *[other] { $works } works resolved
}).
import--partial = Import the good rows even if some are refused
import--dry-run = Only check, store nothing
import--run = Import
# $rows (Number) - rows read so far
import--progress = { $rows } rows read
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = Imported { $imported }, updated { $updated }, unchanged { $unchanged }, refused { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = Checked, nothing stored: would import { $imported }, update { $updated }, leave { $unchanged } unchanged, refuse { $rejected }.
# $count (Number) - problems found
import--refused =
    { $count ->
        [one] Nothing was imported: { $count } problem must be corrected first.
       *[other] Nothing was imported: { $count } problems must be corrected first.
    }
import--column-line = Line
import--column-column = Column
import--column-problem = Problem

export--label = Export:
export--format-csv = CSV
export--format-xlsx = Excel (XLSX)
export--format-json = JSON
# $path (String) - the file written
export--done = Exported to { $path }

stats--by-country = Entries by country
stats--by-language = Entries by language
stats--by-genre = Entries by genre
stats--by-status = Entries by status
# $count (Number) - entries in the edition
stats--total =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }

duplicates--heading = Likely duplicates
duplicates--none = No likely duplicates.
# $id (Number) - the work to keep
duplicates--keep = Merge, keeping #{ $id }
duplicates--dismiss = Not the same
# $score (Number) - likeness from 0 to 1
duplicates--score = Likeness { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = { $shown } of { $total } pairs
duplicates--more = Show more pairs
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = Merge work #{ $other } into work #{ $keep }? Every title, synopsis, credit, identifier, image and submission of #{ $other } moves to #{ $keep }, and #{ $other } is removed. This cannot be undone.
duplicates--merge = Merge

edit--add-language = Add a language
edit--edit = Edit
edit--remove = Remove
# $language (String) - the language's name
edit--edit-language = Edit the { $language } title and synopsis
# $language (String) - the language's name
edit--remove-language = Remove the { $language } title and synopsis
edit--tag = Language tag
edit--tag-placeholder = BCP 47 tag, e.g. fr or zh-Hant
edit--title = Title
edit--synopsis = Synopsis
edit--original = This is the original
edit--save = Save
edit--cancel = Cancel

identifier--add = Add identifier
identifier--placeholder = ISAN, EIDR, ISRC or ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = Alliance
alliance--heading = Alliance exchange
alliance--identity = This profile
alliance--identity-none = This profile has no identity yet. Make one to exchange with the other members: its keys stay on this computer.
alliance--identity-name = Name of the festival
alliance--identity-member = Short name of the member (as in the alliance's registry)
alliance--identity-country = Country (ISO code, two letters)
alliance--passphrase = Passphrase
alliance--passphrase-hint = Used only where the system keychain is not available, to seal the keys. Keep it: without it the keys cannot be opened.
alliance--identity-make = Make the keys
alliance--fingerprint = Fingerprint, to read to the other members
alliance--qr-label = The fingerprint as a QR code
alliance--sealed-in-keychain = The keys are kept in the system keychain.
alliance--sealed-in-passphrase = The keys are sealed with a passphrase.
alliance--write-card = Save the member card
alliance--card-written = Member card saved to
alliance--members = Members
alliance--members-none = No members yet.
alliance--country-unknown = Country not given
alliance--card-path = Path of a member card (.json)
alliance--import-card = Import the card
# $member (String) - the member's name
alliance--card-imported = Card of { $member } imported.
# $member (String) - the member's name
alliance--card-rotated = Card of { $member } imported: its keys were replaced, and the old key signed the new ones.
alliance--compare = Read this fingerprint to the member over the phone, or compare it in person, before trusting the card:
alliance--verify = Mark as verified
alliance--verify-typed = The fingerprint as the member read it
alliance--points = Exchange points
alliance--points-none = No exchange points yet: add the folder or web address where the alliance meets.
alliance--point-location = Folder or address (https://…)
alliance--point-name = Name (optional)
alliance--point-add = Add
alliance--point-remove = Remove
alliance--sync = Sync
alliance--sync-button = Sync now
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = Publishing: { $done } of { $total } envelopes
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = Receiving: { $done } of { $total } envelopes
alliance--unlock = Open the keys
alliance--sync-log = What the last sync did
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = Sent { $published }, applied { $applied }, passed over (for other members) { $skipped }, refused { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = Applied envelope { $seq } ({ $kind }) from
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = Passed over envelope { $seq } ({ $kind }), for other members, from
# $seq (Number) - the envelope's number
alliance--log-refused = Refused envelope { $seq } from
alliance--notes = Notes
alliance--note-to = To
alliance--note-no-cards = Import a member's card to write to it.
alliance--note-to-all = No one ticked: the note goes to every member whose card is held.
alliance--note-text = Text of the note
alliance--note-send = Seal and queue
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = Note { $seq } sealed; it leaves with the next sync.
alliance--notes-none = No notes yet.
envelope-kind--note = note
envelope-kind--card = member card
envelope-kind--recommendation = recommendation
envelope-kind--recommendation-state = answer to a recommendation
envelope-kind--catalogue = catalogue
recommendations--heading = Recommendations
recommendations--inbox = Received
recommendations--outbox = Sent
recommendations--none = None yet.
recommendations--from = From
recommendations--to = To
recommendations--history = History
recommendations--edition = Edition to enter it in
recommendations--section = Section
recommendations--section-suggested = The section suggested
recommendations--accept = Accept
recommendations--reason = Reason for declining
recommendations--decline = Decline
recommendations--program = Mark as programmed
recommendations--person = Recommend a judge or a guest
recommendations--person-name = Name
recommendations--person-as = As
recommendations--note = Note for the members
recommendations--send = Recommend
catalogues--heading = Catalogues
catalogues--publish = Publish this festival's catalogue
# $count (Number) - works in the catalogue
catalogues--published = { $count ->
    [one] A catalogue of one work sealed; it leaves with the next sync.
   *[other] A catalogue of { $count } works sealed; it leaves with the next sync.
}
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count }
catalogues--none = No member's catalogue has arrived yet.
catalogues--search = Search the catalogues, in any script
# $edition (String) - the edition's name
catalogues--take = Take into { $edition }
# $edition (String) - the edition's name
catalogues--taken = Taken into { $edition }
recommend--heading = Recommend to members
recommend--sent = Recommendation sealed; it leaves with the next sync.
recommend--history = Recommendations of this work
rights--heading = Screening rights
rights--none = No screening rights recorded.
rights--world = Worldwide
rights--territory = Territory (ISO code, or WORLD)
rights--excluded = excluded
directory--any = any
directory--none = none
directory--alliance = Alliance
directory--tier = Tier
directory--kind = Kind
directory--country = Country
directory--country-code = Country (ISO code)
directory--city = City
directory--slug = Short name
directory--name = Full name
directory--languages = Working languages (tags, comma-separated)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = joined { $date }
directory--joined-input = Joined (YYYY or YYYY-MM-DD)
directory--add = Enter or change a member
directory--save = Save the member
# $member (String) - the member's name
directory--saved = “{ $member }” is saved in the registry.
directory--none-match = No member matches these filters.
registry--heading = Registries
# $count (Number) - how many members
registry--members = { $count ->
    [one] one member
   *[other] { $count } members
}
# $member (String) - the secretariat's short name
registry--secretariat = Secretariat: { $member }
registry--no-secretariat = No secretariat named yet
# $date (String) - the date and time, already formatted
registry--issued = registry of { $date }
registry--publish = Publish the registry
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = { $count ->
    [one] The registry of “{ $alliance }”, with one member, is sealed; it leaves with the next sync.
   *[other] The registry of “{ $alliance }”, with { $count } members, is sealed; it leaves with the next sync.
}
admissions--heading = Admissions
admissions--criteria = Admission criteria
admissions--criterion-key = Short name of the criterion
admissions--criterion-text = The criterion, in the interface language
admissions--criterion-add = Add the criterion
admissions--apply = A new application
admissions--contact = Contact
admissions--submit = Record the application
admissions--applications = Applications
admissions--none = No applications yet.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = No evidence yet for: { $criteria }
admissions--sponsors = Sponsored by
admissions--sponsor-as = Sponsoring member
admissions--sponsor-note = What the sponsor says
admissions--sponsor = Add the sponsor
admissions--outcome = Decision
admissions--on = Day of the decision
admissions--for = For
admissions--against = Against
admissions--abstain = Abstaining
admissions--decision-note = Note on the decision
admissions--decide = Record the decision
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = Decided on { $date }: { $for } for, { $against } against, { $abstain } abstaining.
directory--view = How the directory is shown
directory--as-list = List
directory--as-map = Map
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = World map of the members — members: { $members }; countries: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — members: { $count }
nav--jury = Jury
jury--heading = Jury
jury--section = Section
jury--round = Round
jury--no-round = This section has no rubric for this round yet: add its criteria first (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric = { $entries ->
    [one] Rubric — one entry
   *[other] Rubric — { $entries } entries
}
jury--assignment = Assignment
jury--reviews-per-entry = Reviews per entry
jury--max-load = Most entries per juror
jury--assign = Assign reviewers
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = Assignments made: { $added }. Entries still short of reviewers: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load = { $count ->
    [one] one entry
   *[other] { $count } entries
}
jury--juror = Juror
jury--scoring = Scoring
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = Scored: { $done } of { $total }
jury--progress-label = Entries scored
jury--keys = Keys: a digit sets the highlighted criterion (0 is ten), ↑ and ↓ move between criteria, ← and → between entries, N goes to the next entry not yet scored. Every change is saved at once.
jury--screener = Watch the screener
jury--saved = saved
jury--previous = Previous entry
jury--next = Next entry
jury--next-unscored = Next entry to score
jury--nothing-to-score = No entries are assigned to this juror in this round.
jury--results = Results
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = Agreement between jurors (Krippendorff's α): { $alpha }
jury--rank = Rank
jury--work = Work
jury--count = Jurors
jury--normalized = Normalised mean
jury--mean = Mean
jury--disagreement = jurors disagree
jury--matrix = Who reviews what
jury--assigned-cell = assigned
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = The first { $shown } of { $total } entries are shown; the results list them all.
jury--distribution = Each juror's totals on the scale
jury--distribution-label = Each juror's totals as dots on the scale, with the juror's mean as a line: a harsh juror's dots sit to the left, a lenient one's to the right.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = { $count ->
    [one] mean { $mean } over one entry
   *[other] mean { $mean } over { $count } entries
}
jury--ballots = Award ballots
jury--award = Award
jury--ballot-round = Ballot round
jury--voter = Voter
jury--vote = Record the vote
jury--tally = Count the votes
# $count (Number) - votes
jury--votes = { $count ->
    [one] one vote
   *[other] { $count } votes
}
# $cast (Number) - votes cast
jury--no-winner = No winner in this round ({ $cast } votes cast): vote again in the next.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = “{ $title }” wins ({ $cast } votes cast).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = Won by “{ $title }” in round { $round }, { $votes } of { $cast } votes.
jury--setup = Set the round up
jury--criterion-key = Criterion's short name
jury--criterion-label = Criterion, in the interface language
jury--min = Lowest
jury--max = Highest
jury--step = Step
jury--weight = Weight
jury--criterion-add = Add the criterion
jury--juror-email = Juror's email
jury--juror-name = Juror's name
jury--juror-languages = Languages the juror understands (tags, comma-separated)
jury--juror-card = The juror's card file (for packets)
jury--juror-add = Add the juror
# $what (String) - what was added
jury--setup-added = “{ $what }” is added.
jury--packets = Packets and score sheets
jury--file = File (a path)
jury--packet-export = Seal a packet for the juror
jury--sheet-merge = Merge a score sheet
jury--packet-open = Open a packet (on the juror's laptop)
jury--sheet-export = Seal my score sheet for the chair
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = { $entries ->
    [one] A packet for { $juror } with one entry is written.
   *[other] A packet for { $juror } with { $entries } entries is written.
}
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = { $entries ->
    [one] The packet of “{ $chair }” is open: one entry to score.
   *[other] The packet of “{ $chair }” is open: { $entries } entries to score.
}
# $scores (Number) - scores in the sheet
jury--sheet-written = { $scores ->
    [one] The score sheet, with one score, is written.
   *[other] The score sheet, with { $scores } scores, is written.
}
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = The sheet of { $juror } is merged; scores newer than those held: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = The sheet of { $juror } was merged already; nothing to do.
jury--screener-file = The screener, on this computer
jury--screener-path = A screener file on this computer (its path)
jury--screener-attach = Play this file beside the scores
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = Assign “{ $title }” to { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = Take “{ $title }” away from { $juror }
jury--comment = Your comment on this work (saved as you type; other jurors never see it)
jury--conflict-reason = Why (the conflict of interest)
jury--conflict-add = Declare the conflict
jury--conflict-declared = The conflict of interest is declared: the pair is never assigned, scored or counted.

export--save-as = Save as…
work--unresolved = Kept as written
work--unresolved-country = Country
work--unresolved-language = Language
work--unresolved-status = Submission status
