# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = Film
kind--music = Music

role--director = Director
role--writer = Writer
role--producer = Producer
role--cast = Cast
role--cinematographer = Cinematographer
role--editor = Editor
role--composer = Composer
role--lyricist = Lyricist
role--artist = Artist
role--performer = Performer

provenance--submitted = submitted
provenance--curator = curator
provenance--machine = machine translation

work--kind = Type
work--year = Year
work--runtime = Runtime
work--countries = Countries
work--languages = Languages
work--titles = Titles
work--synopses = Synopses
work--credits = Credits
work--identifiers = Identifiers
work--original = original

# The names of vocabularies and fields, used inside error messages.
what--work-kind = type of work
what--member-kind = type of member
what--tier = membership tier
what--submission-status = submission status
what--judging-status = judging status
what--text-field = text field
what--provenance = provenance
what--credit-role = credit role
what--edition-name = Edition name
what--title = Title
what--synopsis = Synopsis
what--judging-label = Judging label
what--submission-column = column of the submissions table
what--work-column = column of the works list
what--member-name = Name
what--note-text = Text of the note
what--exchange-point = Exchange point

media-kind--poster = Poster
media-kind--still = Still
media-kind--cover = Cover art
what--media-kind = type of image
work--media = Images

status--in-consideration = In consideration
status--incomplete = Incomplete
status--disqualified = Disqualified
status--withdrawn = Withdrawn

judging--undecided = Undecided
judging--selected = Selected
judging--not-selected = Not selected

duplicate-reason--title = same title
duplicate-reason--title-across-scripts = same title in another script
duplicate-reason--director = same director or artist
duplicate-reason--year = same year
duplicate-reason--runtime = same running time
duplicate-reason--poster = same poster
what--identifier-kind = type of identifier

identifier-kind--isan = ISAN
identifier-kind--eidr = EIDR
identifier-kind--isrc = ISRC
identifier-kind--iswc = ISWC
identifier-kind--filmfreeway-submission = FilmFreeway Submission ID
identifier-kind--filmfreeway-tracking = FilmFreeway Tracking Number
identifier-kind--caravan-demo = Demo key

# Whether a member's card was checked with the member.
trust--verified = verified
trust--unverified = not verified
trust--no-card = no card
tier--basic = Basic member
tier--business = Business member
tier--partnership = Partner
trust--revoked = revoked
# The states and kinds of a recommendation.
recommendation-state--sent = sent
recommendation-state--received = received
recommendation-state--accepted = accepted
recommendation-state--declined = declined
recommendation-state--programmed = programmed
recommendation-kind--work = work
recommendation-kind--judge = judge
recommendation-kind--guest = guest
what--decline-reason = The reason for declining
what--recommendation-kind = kind of recommendation
what--recommendation-direction = direction (incoming or outgoing)
what--contact-kind = kind of contact
what--contact = Contact
what--application-state = state of the application
what--outcome = decision
what--tier-label = Name of the tier
what--criterion-text = Text of the criterion
what--alliance-name = Name of the alliance
what--evidence = Evidence
what--note = Note
contact-kind--email = email
contact-kind--phone = telephone
contact-kind--web = web site
contact-kind--address = postal address
application-state--open = open
application-state--admitted = admitted
application-state--refused = refused
application-state--withdrawn = withdrawn
member-kind--festival = festival
member-kind--institution = institution
member-kind--company = company
member-kind--artist = artist
outcome--admit = Admit
outcome--refuse = Refuse
outcome--withdraw = Withdrawn by the applicant
what--criterion-label = Name of the criterion
# $detail (String) - the reason given, or —
conflict--declared = declared: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = recommended by the juror's member “{ $detail }”
# $detail (String) - the credit's role
conflict--credited = the juror is credited on it ({ $detail })
# $detail (String) - the company's name
conflict--same-company = made by the juror's production company “{ $detail }”
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [one] One review missing: only { $possible } jurors are free of conflicts with it.
   *[other] { $missing } reviews missing: only { $possible } jurors are free of conflicts with it.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [one] One review missing: the jurors free to review it carry all the entries allowed.
   *[other] { $missing } reviews missing: the jurors free to review it carry all the entries allowed.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = Line { $line }, column “{ $column }”: { $reason }
