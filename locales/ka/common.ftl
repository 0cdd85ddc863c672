# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = ფილმი
kind--music = მუსიკა

role--director = რეჟისორი
role--writer = სცენარისტი
role--producer = პროდიუსერი
role--cast = მსახიობები
role--cinematographer = ოპერატორი
role--editor = მონტაჟის რეჟისორი
role--composer = კომპოზიტორი
role--lyricist = ტექსტის ავტორი
role--artist = არტისტი
role--performer = შემსრულებელი

provenance--submitted = განაცხადიდან
provenance--curator = კურატორისგან
provenance--machine = მანქანური თარგმანი

work--kind = ტიპი
work--year = წელი
work--runtime = ხანგრძლივობა
work--countries = ქვეყნები
work--languages = ენები
work--titles = სათაურები
work--synopses = სინოფსისები
work--credits = შემოქმედებითი ჯგუფი
work--identifiers = იდენტიფიკატორები
work--original = ორიგინალი

# The names of vocabularies and fields, used inside error messages.
what--work-kind = ნაწარმოების ტიპი
what--member-kind = წევრის ტიპი
what--tier = წევრობის დონე
what--submission-status = განაცხადის სტატუსი
what--judging-status = შერჩევის სტატუსი
what--text-field = ტექსტური ველი
what--provenance = წყარო
what--credit-role = როლი შემოქმედებით ჯგუფში
what--edition-name = გამოცემის სახელი
what--title = სათაური
what--synopsis = სინოფსისი
what--judging-label = შერჩევის ნიშნული
what--submission-column = განაცხადების ცხრილის სვეტი
what--work-column = ნაწარმოებების სიის სვეტი
what--member-name = სახელი
what--note-text = შენიშვნის ტექსტი
what--exchange-point = გაცვლის წერტილი

media-kind--poster = პოსტერი
media-kind--still = კადრი
media-kind--cover = გარეკანი
what--media-kind = გამოსახულების ტიპი
work--media = გამოსახულებები

status--in-consideration = განხილვაშია
status--incomplete = არასრული
status--disqualified = დისკვალიფიცირებული
status--withdrawn = გამოთხოვილი

judging--undecided = გადაუწყვეტელი
judging--selected = შერჩეული
judging--not-selected = არ შეირჩა

duplicate-reason--title = იგივე სათაური
duplicate-reason--title-across-scripts = იგივე სათაური სხვა დამწერლობით
duplicate-reason--director = იგივე რეჟისორი ან არტისტი
duplicate-reason--year = იგივე წელი
duplicate-reason--runtime = იგივე ხანგრძლივობა
duplicate-reason--poster = იგივე პოსტერი
what--identifier-kind = იდენტიფიკატორის ტიპი

identifier-kind--isan = ISAN ნომერი
identifier-kind--eidr = EIDR ნომერი
identifier-kind--isrc = ISRC კოდი
identifier-kind--iswc = ISWC კოდი
identifier-kind--filmfreeway-submission = FilmFreeway-ის განაცხადის ID (Submission ID)
identifier-kind--filmfreeway-tracking = FilmFreeway-ის საკონტროლო ნომერი (Tracking Number)
identifier-kind--caravan-demo = სადემონსტრაციო იდენტიფიკატორი

# Whether a member's card was checked with the member.
trust--verified = დადასტურებული
trust--unverified = დაუდასტურებელი
trust--no-card = ბარათი არ არის
tier--basic = საბაზისო წევრი
tier--business = ბიზნეს-წევრი
tier--partnership = პარტნიორი
trust--revoked = გაუქმებული
# The states and kinds of a recommendation.
recommendation-state--sent = გაგზავნილი
recommendation-state--received = შემოსული
recommendation-state--accepted = მიღებული
recommendation-state--declined = უარყოფილი
recommendation-state--programmed = პროგრამაში შეტანილი
recommendation-kind--work = ნაწარმოები
recommendation-kind--judge = ჟიურის წევრი
recommendation-kind--guest = სტუმარი
what--decline-reason = უარის მიზეზი
what--recommendation-kind = რეკომენდაციის ტიპი
what--recommendation-direction = მიმართულება (შემომავალი ან გამავალი)
what--contact-kind = კონტაქტის ტიპი
what--contact = კონტაქტი
what--application-state = კანდიდატურის მდგომარეობა
what--outcome = გადაწყვეტილება
what--tier-label = დონის სახელი
what--criterion-text = კრიტერიუმის ტექსტი
what--alliance-name = ალიანსის სახელი
what--evidence = დასაბუთება
what--note = შენიშვნა
contact-kind--email = ელფოსტა
contact-kind--phone = ტელეფონი
contact-kind--web = ვებსაიტი
contact-kind--address = საფოსტო მისამართი
application-state--open = განსახილველი
application-state--admitted = მიღებული
application-state--refused = უარყოფილი
application-state--withdrawn = გამოთხოვილი
member-kind--festival = ფესტივალი
member-kind--institution = დაწესებულება
member-kind--company = კომპანია
member-kind--artist = ხელოვანი
outcome--admit = მიღება
outcome--refuse = უარი
outcome--withdraw = კანდიდატმა გამოითხოვა
what--criterion-label = კრიტერიუმის სახელი
# $detail (String) - the reason given, or —
conflict--declared = დეკლარირებული: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = რეკომენდაცია გაუწია წევრმა „{ $detail }“, რომელსაც ეს ჟიურის წევრი ეკუთვნის
# $detail (String) - the credit's role
conflict--credited = ჟიურის წევრი მის შემოქმედებით ჯგუფშია ({ $detail })
# $detail (String) - the company's name
conflict--same-company = შექმნა ჟიურის წევრის საპროდიუსერო კომპანიამ „{ $detail }“
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [one] აკლია ერთი შეფასება: მასთან ინტერესთა კონფლიქტი არ აქვს მხოლოდ { $possible } ჟიურის წევრს.
   *[other] აკლია { $missing } შეფასება: მასთან ინტერესთა კონფლიქტი არ აქვს მხოლოდ { $possible } ჟიურის წევრს.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [one] აკლია ერთი შეფასება: ჟიურის წევრებს, რომლებსაც მისი შეფასება შეუძლიათ, უკვე დანიშნული აქვთ საკონკურსო ნაწარმოებების დასაშვები მაქსიმუმი.
   *[other] აკლია { $missing } შეფასება: ჟიურის წევრებს, რომლებსაც მისი შეფასება შეუძლიათ, უკვე დანიშნული აქვთ საკონკურსო ნაწარმოებების დასაშვები მაქსიმუმი.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = სტრიქონი { $line }, სვეტი „{ $column }“: { $reason }
