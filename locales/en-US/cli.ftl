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
cli--arg-into = Enter the generated works in this edition, spread over its sections
cli--arg-slug = A short name made of lower-case letters, digits and hyphens
cli--arg-name = The full name
cli--arg-year = The year
cli--arg-sections = A section of the edition, by slug (repeat for several)
cli--arg-edition = The edition, by its slug
cli--arg-limit = How many to show
cli--arg-offset = How many to skip first (default 0)
cli--arg-work = The work: its number, ff: and its FilmFreeway Submission ID, its Tracking Number, or an identifier such as its ISRC

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
cli--arg-file = The file to read
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

cli--import--about = Import submissions from FilmFreeway, any other spreadsheet, or DDEX
cli--import-filmfreeway--about = Import a FilmFreeway submissions export (CSV, or UTF-16 text from Excel)
cli--import-ddex--about = Import a DDEX ERN release message (ERN 3.4 to 4.3): each sound recording and music video becomes a piece of music
cli--import-table--about = Import any CSV or XLSX table of submissions through a column mapping
cli--import-preview--about = Show a table’s columns, its first row and the mapping its headers suggest
cli--arg-mapping = The column mapping: filmfreeway, a saved mapping’s name, or a JSON file of one
cli--arg-encoding = The text file’s encoding (windows-1252, windows-1251, gb18030, shift_jis …), when detection guesses wrong
cli--mappings--about = Column mappings that tables are imported with
cli--mappings-list--about = List the built-in and saved column mappings
cli--mappings-show--about = Show a column mapping
cli--mappings-save--about = Save the column mapping in a JSON file under its name
cli--arg-mapping-name = The mapping’s name
cli--aliases--about = What names that no list knows mean, for every work that carries them and every later import
cli--aliases-list--about = List the aliases
cli--aliases-add--about = Say what a name means (“treat Quatar as QA”)
cli--aliases-remove--about = Forget what a name was said to mean
cli--arg-alias-vocabulary = The kind of value: country, language or status
cli--arg-alias-name = The name as files write it
cli--arg-alias-code = The code it means: a country code, a language tag or a status
cli--unresolved--about = List the values imports kept as written, with how many works carry each
cli--arg-unresolved-edition = Only the works of this edition
cli--arg-dry_run = Check the file and report what would change, without storing anything
cli--arg-partial = Import the good rows even if some are refused
cli--arg-section = The section's slug
cli--ids--about = Identifiers of works
cli--ids-check--about = Check an ISAN, EIDR, ISRC or ISWC and print it in canonical form
cli--arg-value = The identifier to check
cli--titles--about = A work's titles, language by language
cli--titles-set--about = Add or change the title in one language
cli--titles-remove--about = Remove the title in one language
cli--synopses--about = A work's synopses, language by language
cli--synopses-set--about = Add or change the synopsis in one language
cli--synopses-remove--about = Remove the synopsis in one language
cli--arg-lang_tag = A BCP 47 language tag such as fr, zh-Hant or sr-Latn
cli--arg-text = The text
cli--arg-original = Mark this as the original
cli--arg-provenance = submitted, curator or machine (default curator)
cli--search--about = Find works by any title, director or artist, in any script
cli--arg-query = What to look for
cli--duplicates--about = List likely duplicate submissions, or merge or dismiss a pair
cli--duplicates-merge--about = Merge the second work into the first, keeping every language, credit and history
cli--duplicates-dismiss--about = Say two works are not the same, for good
cli--arg-keep = The work to keep
cli--arg-other = The work merged into it
cli--arg-a = One work
cli--arg-b = The other work
cli--export--about = Export an edition's submissions as CSV, XLSX or JSON
cli--arg-format = csv, xlsx or json
cli--arg-out = The file to write
cli--arg-status = Only this submission status (for example in-consideration)
cli--arg-judging = Only this judging status or label
cli--arg-country = Only works from this country (ISO code)
cli--arg-language = Only works in this language (BCP 47 tag)
cli--submissions--about = An edition's submissions
cli--submissions-list--about = List an edition's submissions
cli--submissions-stats--about = Count an edition's entries by country, language, genre and status
cli--submissions-status--about = Change the status of submissions
cli--arg-ids = Submission numbers
cli--arg-set = The submission status to give them
cli--arg-to_judging = The judging status or festival label to give them
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = { $rows } rows read ({ $percent }%)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = Imported { $imported }, updated { $updated }, unchanged { $unchanged }, refused { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = Dry run, nothing stored. Would import { $imported }, update { $updated }, leave unchanged { $unchanged }, refuse { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = A valid { $kind }.
cli--search-none = Nothing found.
cli--duplicates-none = No likely duplicates.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = Works { $a } and { $b } will not be proposed as duplicates again.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [one] One work written to { $path }.
   *[other] { $count } works written to { $path }.
}
# $count (Number) - entries
cli--stats-total = { $count } entries
cli--stats-by-country = By country
cli--stats-by-language = By language
cli--stats-by-genre = By genre
cli--stats-by-status = By status
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [one] One submission changed (change { $change }).
   *[other] { $count } submissions changed (change { $change }).
}
cli--submissions-undo--about = Undo one status change, putting every submission it touched back as it was
cli--arg-change = The number of the change, as the status change reported it
cli--arg-after = Continue after this cursor (the “next” of the page before)
cli--arg-sort = Sort by this column; add :desc to reverse (title sorts in the --lang language's alphabetical order)
cli--arg-q = Only works whose title or credited names contain these words
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = { $shown } of { $total } submissions
cli--ids-add--about = Add a checked ISAN, EIDR, ISRC or ISWC to a work

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = This profile's identity: its name, member and keys
cli--identity-init--about = Make this profile's keys (kept in the system keychain, or sealed with CARAVAN_PASSPHRASE)
cli--identity-show--about = Show this profile's identity and its fingerprint
cli--identity-card--about = Write this profile's member card, to give to the other members
cli--identity-rotate--about = Replace this profile's keys; the members who follow its stream take the new ones
cli--members--about = The alliance's members and the cards held for them
cli--members-import-card--about = Import a member's card and show its fingerprint, to compare with the member
cli--members-list--about = List the members, with each card's fingerprint and whether it was verified
cli--members-verify--about = Mark a member's card verified, once its fingerprint was compared with the member
cli--exchange--about = Envelopes between the members' copies of Caravan
cli--exchange-points--about = The folders and web addresses where the alliance meets
cli--exchange-points-add--about = Remember an exchange point: a folder (a USB stick, a shared drive) or a WebDAV address
cli--exchange-points-list--about = List the exchange points
cli--exchange-points-remove--about = Forget an exchange point
cli--exchange-note--about = Send a note, with files or images attached, to members (sealed to them)
cli--exchange-notes--about = List the notes members sent
cli--exchange-publish--about = Write this profile's new envelopes to an exchange point (all of them when none is given)
cli--exchange-pull--about = Read the members' new envelopes from an exchange point (all of them when none is given)
cli--arg-member = The member's short name (slug)
cli--arg-member-country = The member's country (ISO code)
cli--arg-working-language = A language the member works in (BCP 47 tag); repeat for several
cli--arg-fingerprint = The fingerprint as the member read it to you (spaces and dashes may be left out)
cli--arg-recipients = A member to send to (its short name); repeat, or separate with commas, for several
cli--arg-everyone = Send to every member whose card is held
cli--arg-note-lang = The language the note is written in (BCP 47 tag)
cli--arg-attach = A file to attach; repeat for several
cli--arg-image = An image from the media store to attach, by its number; repeat for several
cli--arg-point = The exchange point to write to: a folder or a WebDAV address
cli--arg-point-from = The exchange point to read from: a folder or a web address
cli--arg-location = A folder or a web address (http:// or https://)
cli--arg-point-name = A name to know the exchange point by
cli--arg-point-id = The exchange point's number
cli--fingerprint = Fingerprint
cli--sealed-in-keychain = The keys are kept in the system keychain.
cli--sealed-in-passphrase = The keys are sealed with a passphrase.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = Card written to { $path }. Fingerprint: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = Card of “{ $member }” imported.
# $member (String) - the member's short name
cli--card-rotated = Card of “{ $member }” imported: its keys were replaced, and the old key signed the new ones.
cli--card-compare = Compare this fingerprint with the member, over the phone or in person, then run: caravan members verify MEMBER FINGERPRINT
cli--members-none = No members yet.
cli--points-none = No exchange points yet.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = Note { $seq } sealed to { $to }; it leaves with the next publish.
cli--notes-none = No notes yet.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [one] One envelope written to { $location }.
   *[other] { $count } envelopes written to { $location }.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = Applied { $applied }, passed over (for other members) { $skipped }, refused { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: { $done } of { $total } envelopes

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = Revoke a member's key: nothing more it signs is taken
cli--recommend--about = Recommend a work, a judge or a guest to members
cli--recommend-work--about = Recommend a work, with its titles, credits, rights and posters, to members
cli--recommend-person--about = Recommend a person as a judge or a guest to members
cli--recommendations--about = Recommendations sent and received, and their answers
cli--recommendations-list--about = List recommendations, newest first, with their states
cli--recommendations-show--about = Show one recommendation with each member's state and its history
cli--recommendations-accept--about = Accept a received recommendation: a work goes into an edition's section
cli--recommendations-decline--about = Decline a received recommendation, with a reason
cli--recommendations-program--about = Say an accepted work was programmed
cli--rights--about = A work's screening rights by territory
cli--rights-set--about = Set where a work may be screened, and when
cli--rights-show--about = Show a work's screening rights
cli--catalogue--about = Members' catalogues of works
cli--catalogue-publish--about = Seal this profile's catalogue (every work, or those named) to the members
cli--catalogue-search--about = Search the catalogues members published, in any script
cli--catalogue-take--about = Take a work of a member's catalogue into an edition's section
cli--arg-recommend-to = The members to recommend to (short names, repeated or comma-separated), or all
cli--arg-recommend-note = A note for the members
cli--arg-recommend-note-lang = The language of the note (BCP 47 tag)
cli--arg-recommend-section = The section suggested (its short name)
cli--arg-person-as = judge or guest
cli--arg-person-name-lang = The language or script of the name (BCP 47 tag)
cli--arg-person-name-in = The name in another script, as LANG=TEXT; repeat for several
cli--arg-person-role = A role or title of the person; repeat for several
cli--arg-person-language = A language the person works in (BCP 47 tag); repeat for several
cli--arg-person-country = The person's country (ISO code)
cli--arg-person-contact = How to reach the person
cli--arg-recommendations-work = Only recommendations of this work
cli--arg-recommendations-direction = Only incoming or only outgoing recommendations
cli--arg-recommendation-id = The recommendation's number
cli--arg-decline-reason = Why it is declined, for the member who recommended it
cli--arg-rights-territory = A territory where the work may be screened (ISO code, or world), with an optional window FROM:UNTIL (YYYY-MM-DD); repeat for several
cli--arg-rights-except = A territory taken out of a worldwide grant (ISO code); repeat, or separate with commas
cli--arg-catalogue-work = A work to publish (all of them when none is named); repeat for several
cli--arg-catalogue-query = Words of a title or a name, in any script
cli--arg-catalogue-member = Only this member's catalogue
cli--arg-catalogue-entry = The catalogue entry's number
cli--recommendations-none = No recommendations yet.
cli--rights-none = No screening rights recorded.
cli--catalogue-none = No catalogue entries.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [one] A catalogue of one work sealed (envelope { $seq }); it leaves with the next publish.
   *[other] A catalogue of { $count } works sealed (envelope { $seq }); it leaves with the next publish.
}
cli--members-add--about = Enter a member in the registry, or change it, with its membership of an alliance
cli--members-show--about = Show one member: kind, country, languages, contacts and memberships
cli--arg-member-name = The member's full name
cli--arg-member-kind = What the member is: festival, institution, company or artist
cli--arg-member-city = The member's city
cli--arg-member-lang = A working language (repeat, or separate with commas), in order of preference
cli--arg-member-contact = A contact, KIND=VALUE, with kind email, phone, web or address (repeat for more)
cli--arg-member-alliance = The alliance it is a member of
cli--arg-member-tier = Its tier in that alliance
cli--arg-member-joined = When it joined: YYYY or YYYY-MM-DD
cli--arg-filter-alliance = Only members of this alliance
cli--arg-filter-country = Only members in this country (ISO 3166 code)
cli--arg-filter-tier = Only members of this tier
cli--arg-filter-kind = Only members of this kind: festival, institution, company or artist
cli--arg-filter-lang = Only members working in this language
cli--alliance--about = An alliance: add it, show it, give it tiers and admission criteria
cli--alliance-add--about = Add an alliance, or rename it
cli--alliance-show--about = Show an alliance with its tiers and admission criteria
cli--alliance-tier--about = Add one of the alliance's own tiers, or rename it
cli--alliance-criterion--about = Add an admission criterion, or reword it
cli--alliances--about = The alliances this copy knows
cli--alliances-list--about = List the alliances, with their tiers and admission criteria
cli--registry--about = The registry of an alliance's members, as its secretariat publishes it
cli--registry-publish--about = Seal the alliance's registry to every member; it leaves with the next publish
cli--admissions--about = Applications to join an alliance: evidence, sponsors and the decision
cli--admissions-apply--about = Record an application, with evidence for the alliance's criteria
cli--admissions-list--about = List the applications, newest first
cli--admissions-show--about = Show an application with its evidence, sponsors and decision
cli--admissions-sponsor--about = Record that a member of the alliance sponsors an application
cli--admissions-decide--about = Record the decision on an application, with its date and votes
cli--arg-alliance = The alliance's short name (slug)
cli--arg-alliance-name = The alliance's full name
cli--arg-alliance-founded = The year it was founded
cli--arg-alliance-secretariat = The member whose published registry this copy follows
cli--arg-tier-key = The tier's short name (slug)
cli--arg-tier-label = The tier's name in one language, LANG=TEXT (repeat for more)
cli--arg-criterion-key = The criterion's short name (slug)
cli--arg-criterion-text = The criterion in one language, LANG=TEXT (repeat for more)
cli--arg-registry-alliance = The alliance whose registry is published
cli--arg-applicant = The short name (slug) the applicant will have as a member
cli--arg-apply-alliance = The alliance applied to
cli--arg-apply-name = The applicant's full name
cli--arg-apply-kind = What the applicant is: festival, institution, company or artist
cli--arg-apply-country = The applicant's country, an ISO 3166 code
cli--arg-apply-lang = A working language of the applicant (repeat, or separate with commas)
cli--arg-apply-contact = How to reach the applicant
cli--arg-apply-tier = The tier applied for
cli--arg-apply-evidence = Evidence for one criterion, KEY=TEXT (repeat for each criterion)
cli--arg-applications-alliance = Only applications to this alliance
cli--arg-applications-state = Only applications in this state: open, admitted, refused or withdrawn
cli--arg-application = The application's number
cli--arg-sponsor-note = What the sponsor says of the applicant
cli--arg-outcome = The decision: admit, refuse or withdraw
cli--arg-decide-on = The day of the decision, YYYY-MM-DD
cli--arg-decide-for = Votes for
cli--arg-decide-against = Votes against
cli--arg-decide-abstain = Abstentions
cli--arg-decide-note = A note on the decision
cli--arg-decide-tier = The tier an admitted member joins in (else the one applied for)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = { $count ->
    [one] The registry of “{ $alliance }”, one member, sealed (envelope { $seq }); it leaves with the next publish.
   *[other] The registry of “{ $alliance }”, { $count } members, sealed (envelope { $seq }); it leaves with the next publish.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count ->
    [one] one member; secretariat: { $secretariat }
   *[other] { $count } members; secretariat: { $secretariat }
}
cli--alliance-tier = tier
cli--alliance-criterion = criterion
cli--applications-none = No applications.
# $criterion (String) - the criterion's short name
cli--application-missing = no evidence for { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = sponsored by { $member }
# $on (String) - the day of the decision
cli--application-decision = decided on { $on }: { $for } for, { $against } against, { $abstain } abstaining
cli--members-leave--about = End a member's membership of an alliance; the next registry published says it left
cli--arg-leave-alliance = The alliance it leaves
cli--jury--about = Juries: rounds and rubrics, jurors, conflicts, the assignment, scores and results
cli--jury-criterion--about = A round's rubric
cli--jury-criterion-add--about = Add a criterion to a round's rubric, or change it
cli--jury-juror--about = The jurors
cli--jury-juror-add--about = Add a juror, or change one; a juror is named by email everywhere
cli--jury-conflict--about = Conflicts of interest
cli--jury-conflict-add--about = Declare a conflict between a juror and a work, a person or a member
cli--jury-conflicts--about = Every conflicted pair of a round, declared or found, and why
cli--jury-round--about = Set a round up: its deadline, blind review, and the shortlist it takes
cli--jury-rubric--about = Show a round's rubric
cli--jury-assign--about = Give every entry its reviewers, loads balanced, no conflicts; or add or remove one pair
cli--jury-assign-add--about = Assign one juror one work by hand
cli--jury-assign-remove--about = Remove one assignment, with its scores
cli--jury-score--about = Set one score of an assigned juror
cli--jury-scores--about = Scores typed in from paper
cli--jury-scores-import--about = Import scores from a CSV file: juror, work, criterion, value, comment
cli--jury-results--about = A round's results: means, normalised means, Schulze ranks, Borda scores and agreement
cli--arg-jury-section = The section (its short name)
cli--arg-jury-edition = The edition, when the section's short name is used in more than one
cli--arg-jury-round = The round (1 when not given)
cli--arg-round-deadline = The round's deadline, YYYY-MM-DD
cli--arg-round-blind = Hide submitters and credits from the jurors in this round
cli--arg-round-shortlist = Take this many of the previous round's best entries
cli--arg-rubric-key = The criterion's short name (slug)
cli--arg-rubric-label = The criterion's name, in the interface language
cli--arg-rubric-label-in = The criterion's name in another language, LANG=TEXT (repeat for more)
cli--arg-rubric-min = The lowest score
cli--arg-rubric-max = The highest score
cli--arg-rubric-step = The step between scores (1 when not given)
cli--arg-rubric-weight = The criterion's weight in the total (1 when not given)
cli--arg-juror-email = The juror's email
cli--arg-juror-name = The juror's name, as the juror writes it
cli--arg-juror-name-in = The name in another script, LANG=TEXT (repeat for more)
cli--arg-juror-lang = A language the juror understands (written --lang after the command; repeat, or separate with commas)
cli--arg-juror-country = The juror's country, an ISO 3166 code
cli--arg-juror-member = The member the juror belongs to
cli--arg-juror-company = The production company the juror works for
cli--arg-juror-section = A section whose jury the juror sits on (repeat for more)
cli--arg-conflict-juror = The juror's email
cli--arg-conflict-work = The work (an id, ff:SUBMISSION_ID, a tracking number or an identifier)
cli--arg-conflict-person = A person, as credited on works
cli--arg-conflict-member = A member (its short name)
cli--arg-conflict-reason = Why
cli--arg-assign-section = The section (its short name)
cli--arg-assign-edition = The edition, when the section's short name is used in more than one
cli--arg-assign-round = The round (1 when not given)
cli--arg-assign-reviews = How many distinct jurors review each entry
cli--arg-assign-max-load = The most entries one juror reviews, those assigned already included
cli--arg-pair-juror = The juror's email
cli--arg-pair-work = The work (an id, ff:SUBMISSION_ID, a tracking number or an identifier)
cli--arg-score-juror = The juror's email
cli--arg-score-work = The work (an id, ff:SUBMISSION_ID, a tracking number or an identifier)
cli--arg-score-criterion = The criterion's short name
cli--arg-score-value = The score, on the criterion's scale
cli--arg-scores-file = The CSV file
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [one] Round { $round } of “{ $section }”, one entry:
   *[other] Round { $round } of “{ $section }”, { $entries } entries:
}
cli--conflicts-none = No conflicts.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [one] One assignment made, { $total } in all; entries short of reviewers: { $uncovered }.
   *[other] { $added } assignments made, { $total } in all; entries short of reviewers: { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = Scores: { $imported } new, { $updated } changed, { $unchanged } as they were.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = Agreement (Krippendorff's α, totals): { $alpha }
cli--jury-packet--about = Jury packets: what a juror takes away to score offline
cli--jury-packet-export--about = Seal a packet for one juror: only that juror's entries, with the rubric, posters and screener links
cli--jury-packet-open--about = Open a packet on the juror's laptop; it makes the juror's profile
cli--jury-sheet--about = Score sheets: a juror's scores, signed, for the chair
cli--jury-sheet-export--about = Seal this juror's score sheet for the chair
cli--jury-sheet-merge--about = Merge a juror's score sheet: newer scores win, the same in any order
cli--arg-juror-card = The juror's card (the file “identity card” wrote on the juror's laptop)
cli--arg-packet-juror = The juror's email
cli--arg-packet-out = The file to write
cli--arg-packet-file = The packet file
cli--arg-sheet-out = The file to write
cli--arg-sheet-file = The score sheet file
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [one] A packet for { $juror } with one entry: { $path }
   *[other] A packet for { $juror } with { $entries } entries: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [one] The packet of “{ $chair }” is open: one entry to score.
   *[other] The packet of “{ $chair }” is open: { $entries } entries to score.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [one] A score sheet with one score: { $path }
   *[other] A score sheet with { $scores } scores: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = The sheet of { $juror }: { $scores } scores, { $applied } newer than those held.
# $juror (String) - the juror's email
cli--sheet-already = The sheet of { $juror } was merged already; nothing to do.
cli--award--about = Awards: categories of an edition and their ballots
cli--award-add--about = Add an award category to an edition, or change it
cli--award-vote--about = Record one juror's vote in a ballot round
cli--award-tally--about = Count a ballot round and record its winner, if it has one
cli--awards--about = The awards of an edition
cli--awards-list--about = List an edition's awards with their winners
cli--arg-award-key = The award's short name (slug)
cli--arg-award-edition = The edition
cli--arg-award-label = The award's name, in the interface language
cli--arg-award-label-in = The award's name in another language, LANG=TEXT (repeat for more)
cli--arg-award-shared = A work that wins it may win other awards too
cli--arg-award-absolute-rounds = Rounds that need an absolute majority before a relative one decides (2 when not given)
cli--arg-vote-award = The award's short name
cli--arg-vote-work = The work voted for (an id, ff:SUBMISSION_ID, a tracking number or an identifier)
cli--arg-vote-edition = The edition
cli--arg-vote-round = The ballot round (1 when not given)
cli--arg-vote-voter = The voter: a juror's email
cli--arg-tally-award = The award's short name
cli--arg-tally-edition = The edition
cli--arg-tally-round = The ballot round (1 when not given)
cli--arg-awards-edition = The edition
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = Work { $work } wins ({ $cast } votes cast).
# $cast (Number) - votes cast
cli--tally-undecided = No winner in this round ({ $cast } votes cast): vote again in the next.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = won by “{ $title }” in round { $round }, { $votes } of { $cast } votes
cli--jury-screener--about = Attach a screener file on this computer to a work, to play beside the scores in the window
cli--arg-screener-work = The work (an id, ff:SUBMISSION_ID, a tracking number or an identifier)
cli--arg-screener-file = The video file (WebM, MP4, M4V, MKV, MOV or OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = Read as { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = “{ $name }” now means { $code } ({ $works ->
    [one] one work resolved
   *[other] { $works } works resolved
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = Not imported: { $count } × { $kind } (not a work).
