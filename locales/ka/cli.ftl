# The caravan command line: help text and the lines it prints.

cli--about = Caravan: ფესტივალის კურატორობა ენებისა და საზღვრების მიღმა. ყველა ბრძანება --json პარამეტრითაც მუშაობს.
cli--usage-heading = გამოყენება:
cli--commands-heading = ბრძანებები
cli--options-heading = პარამეტრები
cli--arguments-heading = არგუმენტები
cli--command-value = ბრძანება
cli--arg-help = ამ დახმარების ჩვენება
cli--arg-version = ვერსიის ჩვენება
cli--arg-db = მონაცემთა ბაზის ფაილი (ნაგულისხმევად: Caravan-ის ფაილი ამ კომპიუტერის მონაცემების საქაღალდეში; ასევე CARAVAN_DB)
cli--arg-lang = შეტყობინებებისა და სათაურების ენა, BCP 47 ტეგი, მაგალითად fr ან zh-TW (ასევე CARAVAN_LANG)
cli--arg-json = სტანდარტულ გამოსავალზე ზუსტად ერთი JSON დოკუმენტის გამოტანა
cli--arg-generate = ამდენი გენერირებული ნაწარმოების დამატებაც, რომ Caravan დიდ მოცულობაზე გამოსცადოთ
cli--arg-into = გენერირებული ნაწარმოებების შეტანა ამ გამოცემაში, მის სექციებზე გადანაწილებით
cli--arg-slug = მოკლე სახელი პატარა ლათინური ასოებით, ციფრებითა და დეფისებით
cli--arg-name = სრული სახელი
cli--arg-year = წელი
cli--arg-sections = გამოცემის სექცია, მოკლე სახელით (რამდენიმესთვის გაიმეორეთ)
cli--arg-edition = გამოცემა, მისი მოკლე სახელით
cli--arg-limit = რამდენი ჩანაწერი აჩვენოს
cli--arg-offset = რამდენი გამოტოვოს თავიდან (ნაგულისხმევად 0)
cli--arg-work = ნაწარმოები: მისი ნომერი, ff: და FilmFreeway-ის განაცხადის ID, საკონტროლო ნომერი ან იდენტიფიკატორი, მაგალითად ISRC

cli--demo--about = სადემონსტრაციო ალიანსის შევსება: მისი წევრები, ორი გამოცემა და ნაწარმოებები მრავალ დამწერლობაზე (ხელახლა გაშვება არაფერს ცვლის)
cli--edition--about = ფესტივალის გამოცემების დამატება
cli--edition-add--about = გამოცემის დამატება სექციებითურთ
cli--editions--about = ფესტივალის გამოცემები
cli--editions-list--about = გამოცემებისა და მათი სექციების სია
cli--works--about = ფილმები და მუსიკა
cli--works-list--about = ნაწარმოებების სია, სათაურები არჩეულ ენაზე
cli--works-show--about = ერთი ნაწარმოების ჩვენება მისი სათაურების ყველა ენობრივი ვარიანტით

cli--error-prefix = შეცდომა:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = დემო მზადაა. ალიანსები: { $alliances }; წევრები: { $members }; გამოცემები: { $editions }; ნაწარმოებები: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = გამოცემა „{ $slug }“ დამატებულია.
cli--editions-none = გამოცემები ჯერ არ არის.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = ნაწარმოებები { $from }–{ $to }, სულ { $total }

cli--media--about = პოსტერები, კადრები და გარეკნები
cli--media-add--about = ნაწარმოებისთვის გამოსახულების დამატება: ინახება უცვლელად, სამი ზომის მინიატურებით
cli--media-list--about = ნაწარმოების გამოსახულებების სია
cli--media-remove--about = გამოსახულების წაშლა ნაწარმოებიდან
cli--media-similar--about = ნაწარმოებების პოვნა, რომლებსაც ერთი და იგივე სურათი აქვთ
cli--arg-file = წასაკითხი ფაილი
cli--arg-kind = poster, still ან cover (ნაგულისხმევად poster)
cli--arg-id = გამოსახულების ნომერი
cli--media-none = ამ ნაწარმოებს ჯერ გამოსახულებები არ აქვს.
# $id (Number) - the image removed
cli--media-removed = №{ $id } გამოსახულება წაშლილია.
cli--media-no-similar = ერთი და იგივე სურათი არცერთ ორ ნაწარმოებს არ აქვს.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = ნაწარმოებებს №{ $a } და №{ $b } ერთი და იგივე სურათი აქვთ (განსხვავება: { $distance }).

cli--import--about = განაცხადების იმპორტი FilmFreeway-დან, ნებისმიერი სხვა ცხრილიდან ან DDEX-იდან
cli--import-filmfreeway--about = FilmFreeway-ის განაცხადების ექსპორტის იმპორტი (CSV ან Excel-ის UTF-16 ტექსტი)
cli--import-ddex--about = DDEX ERN რელიზის შეტყობინების იმპორტი (ERN 3.4–4.3): თითოეული ხმის ჩანაწერი და მუსიკალური ვიდეო მუსიკალურ ნაწარმოებად იქცევა
cli--import-table--about = განაცხადების ნებისმიერი CSV ან XLSX ცხრილის იმპორტი სვეტების შესაბამისობის მეშვეობით
cli--import-preview--about = ცხრილის სვეტების, პირველი მწკრივისა და იმ შესაბამისობის ჩვენება, რომელსაც მისი სვეტების სახელები გვთავაზობს
cli--arg-mapping = სვეტების შესაბამისობა: filmfreeway, შენახული შესაბამისობის სახელი ან მისი JSON ფაილი
cli--arg-encoding = ტექსტური ფაილის კოდირება (windows-1252, windows-1251, gb18030, shift_jis …), თუ ავტომატური ამოცნობა ცდება
cli--mappings--about = სვეტების შესაბამისობები, რომლებითაც ცხრილების იმპორტი ხდება
cli--mappings-list--about = ჩაშენებული და შენახული სვეტების შესაბამისობების სია
cli--mappings-show--about = სვეტების შესაბამისობის ჩვენება
cli--mappings-save--about = JSON ფაილიდან სვეტების შესაბამისობის შენახვა მისი სახელით
cli--arg-mapping-name = შესაბამისობის სახელი
cli--aliases--about = სინონიმები: რას ნიშნავს სახელები, რომლებიც არცერთ სიაში არ არის — ყველა ნაწარმოებისთვის, რომელსაც ისინი აქვს, და ყველა შემდგომი იმპორტისთვის
cli--aliases-list--about = სინონიმების სია
cli--aliases-add--about = სახელის მნიშვნელობის მითითება („Quatar ნიშნავს QA-ს“)
cli--aliases-remove--about = სახელისთვის მითითებული მნიშვნელობის დავიწყება
cli--arg-alias-vocabulary = მნიშვნელობის ტიპი: country, language ან status
cli--arg-alias-name = სახელი, როგორც ფაილებშია ჩაწერილი
cli--arg-alias-code = კოდი, რომელსაც ის ნიშნავს: ქვეყნის კოდი, ენის ტეგი ან სტატუსი
cli--unresolved--about = მნიშვნელობების სია, რომლებიც იმპორტმა ისე შეინახა, როგორც ეწერა, და რამდენ ნაწარმოებს აქვს თითოეული
cli--arg-unresolved-edition = მხოლოდ ამ გამოცემის ნაწარმოებები
cli--arg-dry_run = ფაილის შემოწმება და იმის ჩვენება, რა შეიცვლებოდა — ისე, რომ არაფერი შეინახოს
cli--arg-partial = სწორი მწკრივების იმპორტი, მაშინაც კი, თუ ზოგი უარყოფილია
cli--arg-section = სექციის მოკლე სახელი
cli--ids--about = ნაწარმოებების იდენტიფიკატორები
cli--ids-check--about = ISAN, EIDR, ISRC ან ISWC იდენტიფიკატორის შემოწმება და კანონიკური ფორმით გამოტანა
cli--arg-value = შესამოწმებელი იდენტიფიკატორი
cli--titles--about = ნაწარმოების სათაურები, ენების მიხედვით
cli--titles-set--about = სათაურის დამატება ან შეცვლა ერთ ენაზე
cli--titles-remove--about = სათაურის წაშლა ერთ ენაზე
cli--synopses--about = ნაწარმოების სინოფსისები, ენების მიხედვით
cli--synopses-set--about = სინოფსისის დამატება ან შეცვლა ერთ ენაზე
cli--synopses-remove--about = სინოფსისის წაშლა ერთ ენაზე
cli--arg-lang_tag = BCP 47 ენის ტეგი, მაგალითად fr, zh-Hant ან sr-Latn
cli--arg-text = ტექსტი
cli--arg-original = ორიგინალად მონიშვნა
cli--arg-provenance = submitted, curator ან machine (ნაგულისხმევად curator)
cli--search--about = ნაწარმოებების ძიება ნებისმიერი სათაურით, რეჟისორით ან არტისტით, ნებისმიერ დამწერლობაზე
cli--arg-query = საძიებო ტექსტი
cli--duplicates--about = სავარაუდო დუბლიკატი განაცხადების სია, ან წყვილის გაერთიანება ან უარყოფა
cli--duplicates-merge--about = მეორე ნაწარმოების გაერთიანება პირველთან, ყველა ენის, შემოქმედებითი ჯგუფისა და ისტორიის შენარჩუნებით
cli--duplicates-dismiss--about = ორი ნაწარმოების დუბლიკატობის სამუდამოდ უარყოფა: ისინი ერთი და იგივე არ არის
cli--arg-keep = შესანარჩუნებელი ნაწარმოები
cli--arg-other = ნაწარმოები, რომელიც მას უერთდება
cli--arg-a = ერთი ნაწარმოები
cli--arg-b = მეორე ნაწარმოები
cli--export--about = გამოცემის განაცხადების ექსპორტი CSV, XLSX ან JSON ფორმატში
cli--arg-format = csv, xlsx ან json
cli--arg-out = ჩასაწერი ფაილი
cli--arg-status = მხოლოდ ეს განაცხადის სტატუსი (მაგალითად, in-consideration)
cli--arg-judging = მხოლოდ ეს შერჩევის სტატუსი ან ნიშნული
cli--arg-country = მხოლოდ ამ ქვეყნის ნაწარმოებები (ISO კოდი)
cli--arg-language = მხოლოდ ამ ენაზე არსებული ნაწარმოებები (BCP 47 ტეგი)
cli--submissions--about = გამოცემის განაცხადები
cli--submissions-list--about = გამოცემის განაცხადების სია
cli--submissions-stats--about = გამოცემის საკონკურსო ნაწარმოებების დათვლა ქვეყნის, ენის, ჟანრისა და სტატუსის მიხედვით
cli--submissions-status--about = განაცხადების სტატუსის შეცვლა
cli--arg-ids = განაცხადების ნომრები
cli--arg-set = განაცხადის სტატუსი, რომელიც მათ მიენიჭება
cli--arg-to_judging = შერჩევის სტატუსი ან ფესტივალის ნიშნული, რომელიც მათ მიენიჭება
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = წაკითხულია { $rows } მწკრივი ({ $percent }%)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = იმპორტირებულია: { $imported }, განახლებულია: { $updated }, უცვლელია: { $unchanged }, უარყოფილია: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = საცდელი გაშვება, არაფერი შენახულა. იმპორტირებული იქნებოდა: { $imported }, განახლებული: { $updated }, უცვლელი დარჩებოდა: { $unchanged }, უარყოფილი: { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = სწორი { $kind }.
cli--search-none = ვერაფერი მოიძებნა.
cli--duplicates-none = სავარაუდო დუბლიკატები არ არის.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = ნაწარმოებები №{ $a } და №{ $b } დუბლიკატებად აღარ იქნება შემოთავაზებული.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [one] ფაილში { $path } ჩაიწერა ერთი ნაწარმოები.
   *[other] ფაილში { $path } ჩაიწერა { $count } ნაწარმოები.
}
# $count (Number) - entries
cli--stats-total = { $count } საკონკურსო ნაწარმოები
cli--stats-by-country = ქვეყნების მიხედვით
cli--stats-by-language = ენების მიხედვით
cli--stats-by-genre = ჟანრების მიხედვით
cli--stats-by-status = სტატუსების მიხედვით
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [one] შეიცვალა ერთი განაცხადი (ცვლილება №{ $change }).
   *[other] შეიცვალა { $count } განაცხადი (ცვლილება №{ $change }).
}
cli--submissions-undo--about = სტატუსის ერთი ცვლილების გაუქმება: ყველა განაცხადი, რომელსაც ის შეეხო, წინანდელ მდგომარეობას უბრუნდება
cli--arg-change = ცვლილების ნომერი, როგორც სტატუსის ცვლილებისას იყო ნაჩვენები
cli--arg-after = გაგრძელება ამ კურსორის შემდეგ (წინა გვერდის „next“)
cli--arg-sort = დახარისხება ამ სვეტით; შებრუნებისთვის დაამატეთ :desc (title ლაგდება --lang ენის ანბანური რიგით)
cli--arg-q = მხოლოდ ნაწარმოებები, რომელთა სათაური ან შემოქმედებითი ჯგუფის სახელები ამ სიტყვებს შეიცავს
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = ნაჩვენებია { $shown } განაცხადი, სულ { $total }
cli--ids-add--about = შემოწმებული ISAN, EIDR, ISRC ან ISWC იდენტიფიკატორის დამატება ნაწარმოებისთვის

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = ამ პროფილის ვინაობა: სახელი, წევრი და გასაღებები
cli--identity-init--about = ამ პროფილის გასაღებების შექმნა (ინახება სისტემის გასაღებების საცავში ან ილუქება CARAVAN_PASSPHRASE-ით)
cli--identity-show--about = ამ პროფილის ვინაობისა და მისი ანაბეჭდის ჩვენება
cli--identity-card--about = ამ პროფილის წევრის ბარათის ჩაწერა, ალიანსის სხვა წევრებისთვის გადასაცემად
cli--identity-rotate--about = ამ პროფილის გასაღებების შეცვლა; წევრები, რომლებიც მის ნაკადს მიჰყვებიან, ახალ გასაღებებს მიიღებენ
cli--members--about = ალიანსის წევრები და მათი ბარათები
cli--members-import-card--about = წევრის ბარათის იმპორტი და მისი ანაბეჭდის ჩვენება წევრთან შესადარებლად
cli--members-list--about = წევრების სია, თითოეული ბარათის ანაბეჭდით და იმის მითითებით, დადასტურებულია თუ არა
cli--members-verify--about = წევრის ბარათის დადასტურებულად მონიშვნა, როცა მისი ანაბეჭდი წევრთან უკვე შედარებულია
cli--exchange--about = კონვერტები წევრების Caravan-ის ასლებს შორის
cli--exchange-points--about = საქაღალდეები და ვებმისამართები, სადაც ალიანსის წევრები მონაცემებს ცვლიან
cli--exchange-points-add--about = გაცვლის წერტილის დამახსოვრება: საქაღალდე (USB ფლეშ-მეხსიერება, საერთო დისკი) ან WebDAV მისამართი
cli--exchange-points-list--about = გაცვლის წერტილების სია
cli--exchange-points-remove--about = გაცვლის წერტილის დავიწყება
cli--exchange-note--about = შენიშვნის გაგზავნა წევრებისთვის, თანდართული ფაილებით ან გამოსახულებებით (მათთვის დალუქული)
cli--exchange-notes--about = წევრების გამოგზავნილი შენიშვნების სია
cli--exchange-publish--about = ამ პროფილის ახალი კონვერტების ჩაწერა გაცვლის წერტილში (თუ არცერთი არ არის მითითებული — ყველაში)
cli--exchange-pull--about = წევრების ახალი კონვერტების ჩამოტვირთვა გაცვლის წერტილიდან (თუ არცერთი არ არის მითითებული — ყველა მათგანიდან)
cli--arg-member = წევრის მოკლე სახელი
cli--arg-member-country = წევრის ქვეყანა (ISO კოდი)
cli--arg-working-language = ენა, რომელზეც წევრი მუშაობს (BCP 47 ტეგი); რამდენიმესთვის გაიმეორეთ
cli--arg-fingerprint = ანაბეჭდი, როგორც წევრმა წაგიკითხათ (ჰარები და ტირეები შეგიძლიათ გამოტოვოთ)
cli--arg-recipients = წევრი, რომელსაც უგზავნით (მისი მოკლე სახელი); რამდენიმესთვის გაიმეორეთ ან გამოყავით მძიმეებით
cli--arg-everyone = გაგზავნა ყველა წევრისთვის, ვისი ბარათიც გაქვთ
cli--arg-note-lang = ენა, რომელზეც შენიშვნაა დაწერილი (BCP 47 ტეგი)
cli--arg-attach = დასართავი ფაილი; რამდენიმესთვის გაიმეორეთ
cli--arg-image = მედიასაცავის გამოსახულება დასართავად, მისი ნომრით; რამდენიმესთვის გაიმეორეთ
cli--arg-point = გაცვლის წერტილი, სადაც უნდა ჩაიწეროს: საქაღალდე ან WebDAV მისამართი
cli--arg-point-from = გაცვლის წერტილი, საიდანაც უნდა წაიკითხოს: საქაღალდე ან ვებმისამართი
cli--arg-location = საქაღალდე ან ვებმისამართი (http:// ან https://)
cli--arg-point-name = სახელი, რომლითაც გაცვლის წერტილს იცნობთ
cli--arg-point-id = გაცვლის წერტილის ნომერი
cli--fingerprint = ანაბეჭდი
cli--sealed-in-keychain = გასაღებები სისტემის გასაღებების საცავში ინახება.
cli--sealed-in-passphrase = გასაღებები საიდუმლო ფრაზითაა დალუქული.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = ბარათი ჩაიწერა ფაილში { $path }. ანაბეჭდი: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = წევრის „{ $member }“ ბარათის იმპორტი შესრულდა.
# $member (String) - the member's short name
cli--card-rotated = წევრის „{ $member }“ ბარათის იმპორტი შესრულდა: მისი გასაღებები შეიცვალა და ძველმა გასაღებმა ახლებს ხელი მოაწერა.
cli--card-compare = შეადარეთ ეს ანაბეჭდი წევრთან, ტელეფონით ან პირადად, შემდეგ გაუშვით: caravan members verify MEMBER FINGERPRINT
cli--members-none = წევრები ჯერ არ არის.
cli--points-none = გაცვლის წერტილები ჯერ არ არის.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = №{ $seq } შენიშვნა დაილუქა ადრესატებისთვის ({ $to }); ის შემდეგ გამოქვეყნებასთან ერთად გაიგზავნება.
cli--notes-none = შენიშვნები ჯერ არ არის.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [one] გაცვლის წერტილში { $location } ჩაიწერა ერთი კონვერტი.
   *[other] გაცვლის წერტილში { $location } ჩაიწერა { $count } კონვერტი.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = ასახულია: { $applied }, გამოტოვებულია (სხვა წევრებისთვის): { $skipped }, უარყოფილია: { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: { $done } კონვერტი { $total }-დან

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = წევრის გასაღების გაუქმება: მისი ხელმოწერით აღარაფერი მიიღება
cli--recommend--about = ნაწარმოების, ჟიურის წევრის ან სტუმრის რეკომენდაცია წევრებისთვის
cli--recommend-work--about = ნაწარმოების რეკომენდაცია წევრებისთვის, მისი სათაურებით, შემოქმედებითი ჯგუფით, უფლებებითა და პოსტერებით
cli--recommend-person--about = პიროვნების რეკომენდაცია წევრებისთვის ჟიურის წევრად ან სტუმრად
cli--recommendations--about = გაგზავნილი და შემოსული რეკომენდაციები და პასუხები მათზე
cli--recommendations-list--about = რეკომენდაციების სია, ჯერ უახლესი, მათი მდგომარეობებით
cli--recommendations-show--about = ერთი რეკომენდაციის ჩვენება, თითოეული წევრის მდგომარეობითა და ისტორიით
cli--recommendations-accept--about = შემოსული რეკომენდაციის მიღება: ნაწარმოები გამოცემის სექციაში შედის
cli--recommendations-decline--about = შემოსულ რეკომენდაციაზე უარის თქმა, მიზეზის მითითებით
cli--recommendations-program--about = მითითება, რომ მიღებული ნაწარმოები პროგრამაში შევიდა
cli--rights--about = ნაწარმოების ჩვენების უფლებები ტერიტორიების მიხედვით
cli--rights-set--about = მითითება, სად და როდის შეიძლება ნაწარმოების ჩვენება
cli--rights-show--about = ნაწარმოების ჩვენების უფლებების ნახვა
cli--catalogue--about = წევრების ნაწარმოებთა კატალოგები
cli--catalogue-publish--about = ამ პროფილის კატალოგის (ყველა ნაწარმოების ან მხოლოდ დასახელებულების) დალუქვა წევრებისთვის
cli--catalogue-search--about = ძიება წევრების გამოქვეყნებულ კატალოგებში, ნებისმიერ დამწერლობაზე
cli--catalogue-take--about = წევრის კატალოგიდან ნაწარმოების აღება გამოცემის სექციაში
cli--arg-recommend-to = წევრები, რომლებსაც რეკომენდაციას უწევთ (მოკლე სახელები, გამეორებული ან მძიმეებით გამოყოფილი), ან all
cli--arg-recommend-note = შენიშვნა წევრებისთვის
cli--arg-recommend-note-lang = შენიშვნის ენა (BCP 47 ტეგი)
cli--arg-recommend-section = შემოთავაზებული სექცია (მისი მოკლე სახელი)
cli--arg-person-as = judge ან guest
cli--arg-person-name-lang = სახელის ენა ან დამწერლობა (BCP 47 ტეგი)
cli--arg-person-name-in = სახელი სხვა დამწერლობით, ფორმით LANG=TEXT; რამდენიმესთვის გაიმეორეთ
cli--arg-person-role = პიროვნების როლი ან წოდება; რამდენიმესთვის გაიმეორეთ
cli--arg-person-language = ენა, რომელზეც პიროვნება მუშაობს (BCP 47 ტეგი); რამდენიმესთვის გაიმეორეთ
cli--arg-person-country = პიროვნების ქვეყანა (ISO კოდი)
cli--arg-person-contact = როგორ დავუკავშირდეთ პიროვნებას
cli--arg-recommendations-work = მხოლოდ ამ ნაწარმოების რეკომენდაციები
cli--arg-recommendations-direction = მხოლოდ შემომავალი ან მხოლოდ გამავალი რეკომენდაციები
cli--arg-recommendation-id = რეკომენდაციის ნომერი
cli--arg-decline-reason = უარის მიზეზი, იმ წევრისთვის, ვინც რეკომენდაცია გაუწია
cli--arg-rights-territory = ტერიტორია, სადაც ნაწარმოების ჩვენება შეიძლება (ISO კოდი ან world), სურვილისამებრ პერიოდით FROM:UNTIL (YYYY-MM-DD); რამდენიმესთვის გაიმეორეთ
cli--arg-rights-except = მსოფლიო უფლებებიდან გამორიცხული ტერიტორია (ISO კოდი); გაიმეორეთ ან გამოყავით მძიმეებით
cli--arg-catalogue-work = გამოსაქვეყნებელი ნაწარმოები (თუ არცერთი არ არის დასახელებული — ყველა); რამდენიმესთვის გაიმეორეთ
cli--arg-catalogue-query = სათაურის ან სახელის სიტყვები, ნებისმიერ დამწერლობაზე
cli--arg-catalogue-member = მხოლოდ ამ წევრის კატალოგი
cli--arg-catalogue-entry = კატალოგის ჩანაწერის ნომერი
cli--recommendations-none = რეკომენდაციები ჯერ არ არის.
cli--rights-none = ჩვენების უფლებები დაფიქსირებული არ არის.
cli--catalogue-none = კატალოგის ჩანაწერები არ არის.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [one] დაილუქა ერთი ნაწარმოების კატალოგი (№{ $seq } კონვერტი); ის შემდეგ გამოქვეყნებასთან ერთად გაიგზავნება.
   *[other] დაილუქა { $count } ნაწარმოების კატალოგი (№{ $seq } კონვერტი); ის შემდეგ გამოქვეყნებასთან ერთად გაიგზავნება.
}
cli--members-add--about = წევრის შეტანა რეესტრში ან მისი შეცვლა, ალიანსში წევრობითურთ
cli--members-show--about = ერთი წევრის ჩვენება: ტიპი, ქვეყანა, ენები, კონტაქტები და წევრობები
cli--arg-member-name = წევრის სრული სახელი
cli--arg-member-kind = რა არის წევრი: festival, institution, company ან artist
cli--arg-member-city = წევრის ქალაქი
cli--arg-member-lang = სამუშაო ენა (გაიმეორეთ ან გამოყავით მძიმეებით), უპირატესობის მიხედვით
cli--arg-member-contact = კონტაქტი ფორმით KIND=VALUE, სადაც KIND არის email, phone, web ან address (მეტისთვის გაიმეორეთ)
cli--arg-member-alliance = ალიანსი, რომლის წევრიცაა
cli--arg-member-tier = მისი დონე ამ ალიანსში
cli--arg-member-joined = როდის გაწევრიანდა: YYYY ან YYYY-MM-DD
cli--arg-filter-alliance = მხოლოდ ამ ალიანსის წევრები
cli--arg-filter-country = მხოლოდ ამ ქვეყნის წევრები (ISO 3166 კოდი)
cli--arg-filter-tier = მხოლოდ ამ დონის წევრები
cli--arg-filter-kind = მხოლოდ ამ ტიპის წევრები: festival, institution, company ან artist
cli--arg-filter-lang = მხოლოდ ამ ენაზე მომუშავე წევრები
cli--alliance--about = ალიანსი: დამატება, ჩვენება, დონეებისა და გაწევრიანების კრიტერიუმების განსაზღვრა
cli--alliance-add--about = ალიანსის დამატება ან გადარქმევა
cli--alliance-show--about = ალიანსის ჩვენება მისი დონეებითა და გაწევრიანების კრიტერიუმებით
cli--alliance-tier--about = ალიანსის საკუთარი დონის დამატება ან გადარქმევა
cli--alliance-criterion--about = გაწევრიანების კრიტერიუმის დამატება ან მისი ფორმულირების შეცვლა
cli--alliances--about = ალიანსები, რომლებსაც ეს ასლი იცნობს
cli--alliances-list--about = ალიანსების სია, მათი დონეებითა და გაწევრიანების კრიტერიუმებით
cli--registry--about = ალიანსის წევრების რეესტრი, როგორც მას სამდივნო აქვეყნებს
cli--registry-publish--about = ალიანსის რეესტრის დალუქვა ყველა წევრისთვის; ის შემდეგ გამოქვეყნებასთან ერთად გაიგზავნება
cli--admissions--about = ალიანსში გაწევრიანების კანდიდატურები: დასაბუთება, თავდებები და გადაწყვეტილება
cli--admissions-apply--about = კანდიდატურის რეგისტრაცია, ალიანსის კრიტერიუმების დასაბუთებით
cli--admissions-list--about = კანდიდატურების სია, ჯერ უახლესი
cli--admissions-show--about = კანდიდატურის ჩვენება მისი დასაბუთებით, თავდებებითა და გადაწყვეტილებით
cli--admissions-sponsor--about = დაფიქსირება, რომ ალიანსის წევრი კანდიდატურის თავდებია
cli--admissions-decide--about = კანდიდატურაზე გადაწყვეტილების დაფიქსირება, თარიღითა და ხმებით
cli--arg-alliance = ალიანსის მოკლე სახელი
cli--arg-alliance-name = ალიანსის სრული სახელი
cli--arg-alliance-founded = დაარსების წელი
cli--arg-alliance-secretariat = წევრი, რომლის გამოქვეყნებულ რეესტრსაც ეს ასლი მიჰყვება
cli--arg-tier-key = დონის მოკლე სახელი
cli--arg-tier-label = დონის სახელი ერთ ენაზე, LANG=TEXT (მეტისთვის გაიმეორეთ)
cli--arg-criterion-key = კრიტერიუმის მოკლე სახელი
cli--arg-criterion-text = კრიტერიუმი ერთ ენაზე, LANG=TEXT (მეტისთვის გაიმეორეთ)
cli--arg-registry-alliance = ალიანსი, რომლის რეესტრიც ქვეყნდება
cli--arg-applicant = მოკლე სახელი, რომელიც კანდიდატს წევრად ექნება
cli--arg-apply-alliance = ალიანსი, რომელშიც კანდიდატი გაწევრიანებას ითხოვს
cli--arg-apply-name = კანდიდატის სრული სახელი
cli--arg-apply-kind = რა არის კანდიდატი: festival, institution, company ან artist
cli--arg-apply-country = კანდიდატის ქვეყანა, ISO 3166 კოდი
cli--arg-apply-lang = კანდიდატის სამუშაო ენა (გაიმეორეთ ან გამოყავით მძიმეებით)
cli--arg-apply-contact = როგორ დავუკავშირდეთ კანდიდატს
cli--arg-apply-tier = მოთხოვნილი დონე
cli--arg-apply-evidence = ერთი კრიტერიუმის დასაბუთება, KEY=TEXT (გაიმეორეთ თითოეული კრიტერიუმისთვის)
cli--arg-applications-alliance = მხოლოდ ამ ალიანსში წარდგენილი კანდიდატურები
cli--arg-applications-state = მხოლოდ ამ მდგომარეობის კანდიდატურები: open, admitted, refused ან withdrawn
cli--arg-application = კანდიდატურის ნომერი
cli--arg-sponsor-note = რას ამბობს თავდები კანდიდატზე
cli--arg-outcome = გადაწყვეტილება: admit, refuse ან withdraw
cli--arg-decide-on = გადაწყვეტილების დღე, YYYY-MM-DD
cli--arg-decide-for = მომხრეთა ხმები
cli--arg-decide-against = მოწინააღმდეგეთა ხმები
cli--arg-decide-abstain = თავშეკავებულები
cli--arg-decide-note = შენიშვნა გადაწყვეტილებაზე
cli--arg-decide-tier = დონე, რომლითაც მიღებული წევრი გაწევრიანდება (სხვა შემთხვევაში — მოთხოვნილი)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = { $count ->
    [one] ალიანსის „{ $alliance }“ რეესტრი, ერთი წევრით, დაილუქა (№{ $seq } კონვერტი); ის შემდეგ გამოქვეყნებასთან ერთად გაიგზავნება.
   *[other] ალიანსის „{ $alliance }“ რეესტრი, { $count } წევრით, დაილუქა (№{ $seq } კონვერტი); ის შემდეგ გამოქვეყნებასთან ერთად გაიგზავნება.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count ->
    [one] ერთი წევრი; სამდივნო: { $secretariat }
   *[other] { $count } წევრი; სამდივნო: { $secretariat }
}
cli--alliance-tier = დონე
cli--alliance-criterion = კრიტერიუმი
cli--applications-none = კანდიდატურები არ არის.
# $criterion (String) - the criterion's short name
cli--application-missing = კრიტერიუმისთვის { $criterion } დასაბუთება არ არის
# $member (String) - the sponsor's short name
cli--application-sponsor = თავდები: { $member }
# $on (String) - the day of the decision
cli--application-decision = გადაწყდა { $on }: მომხრე — { $for }, მოწინააღმდეგე — { $against }, თავი შეიკავა — { $abstain }
cli--members-leave--about = წევრის ალიანსში წევრობის შეწყვეტა; შემდეგი გამოქვეყნებული რეესტრი აჩვენებს, რომ წევრმა ალიანსი დატოვა
cli--arg-leave-alliance = ალიანსი, რომელსაც წევრი ტოვებს
cli--jury--about = ჟიური: ტურები და შეფასების სქემები, ჟიურის წევრები, ინტერესთა კონფლიქტები, დანიშვნები, ქულები და შედეგები
cli--jury-criterion--about = ტურის შეფასების სქემა
cli--jury-criterion-add--about = კრიტერიუმის დამატება ტურის შეფასების სქემაში ან მისი შეცვლა
cli--jury-juror--about = ჟიურის წევრები
cli--jury-juror-add--about = ჟიურის წევრის დამატება ან შეცვლა; ჟიურის წევრი ყველგან ელფოსტით იდენტიფიცირდება
cli--jury-conflict--about = ინტერესთა კონფლიქტები
cli--jury-conflict-add--about = ინტერესთა კონფლიქტის დეკლარირება ჟიურის წევრსა და ნაწარმოებს, პიროვნებას ან წევრს შორის
cli--jury-conflicts--about = ტურის ყველა კონფლიქტური წყვილი — დეკლარირებული თუ აღმოჩენილი — და მიზეზი
cli--jury-round--about = ტურის პარამეტრების დაყენება: ვადა, ანონიმური შეფასება და მოკლე სია, რომელსაც ის იღებს
cli--jury-rubric--about = ტურის შეფასების სქემის ჩვენება
cli--jury-assign--about = ყველა საკონკურსო ნაწარმოებისთვის შემფასებლების დანიშვნა, დატვირთვის დაბალანსებით და კონფლიქტების გარეშე; ან ერთი წყვილის დამატება ან წაშლა
cli--jury-assign-add--about = ერთი ჟიურის წევრის ერთ ნაწარმოებზე ხელით დანიშვნა
cli--jury-assign-remove--about = ერთი დანიშვნის წაშლა, მისი ქულებითურთ
cli--jury-score--about = დანიშნული ჟიურის წევრის ერთი ქულის დაყენება
cli--jury-scores--about = ქაღალდიდან შეტანილი ქულები
cli--jury-scores-import--about = ქულების იმპორტი CSV ფაილიდან: ჟიურის წევრი, ნაწარმოები, კრიტერიუმი, მნიშვნელობა, კომენტარი
cli--jury-results--about = ტურის შედეგები: საშუალოები, ნორმალიზებული საშუალოები, შულცეს რანგები, ბორდას ქულები და შეთანხმებულობა
cli--arg-jury-section = სექცია (მისი მოკლე სახელი)
cli--arg-jury-edition = გამოცემა, თუ სექციის მოკლე სახელი ერთზე მეტ გამოცემაშია გამოყენებული
cli--arg-jury-round = ტური (თუ არ არის მითითებული — 1)
cli--arg-round-deadline = ტურის ვადა, YYYY-MM-DD
cli--arg-round-blind = ამ ტურში ჟიურის წევრებისთვის განმცხადებლებისა და შემოქმედებითი ჯგუფის დამალვა
cli--arg-round-shortlist = წინა ტურის ამდენი საუკეთესო საკონკურსო ნაწარმოების აღება
cli--arg-rubric-key = კრიტერიუმის მოკლე სახელი
cli--arg-rubric-label = კრიტერიუმის სახელი ინტერფეისის ენაზე
cli--arg-rubric-label-in = კრიტერიუმის სახელი სხვა ენაზე, LANG=TEXT (მეტისთვის გაიმეორეთ)
cli--arg-rubric-min = უმცირესი ქულა
cli--arg-rubric-max = უდიდესი ქულა
cli--arg-rubric-step = ბიჯი ქულებს შორის (თუ არ არის მითითებული — 1)
cli--arg-rubric-weight = კრიტერიუმის წონა ჯამში (თუ არ არის მითითებული — 1)
cli--arg-juror-email = ჟიურის წევრის ელფოსტა
cli--arg-juror-name = ჟიურის წევრის სახელი, როგორც თავად წერს
cli--arg-juror-name-in = სახელი სხვა დამწერლობით, LANG=TEXT (მეტისთვის გაიმეორეთ)
cli--arg-juror-lang = ენა, რომელიც ჟიურის წევრს ესმის (ბრძანების შემდეგ იწერება --lang; გაიმეორეთ ან გამოყავით მძიმეებით)
cli--arg-juror-country = ჟიურის წევრის ქვეყანა, ISO 3166 კოდი
cli--arg-juror-member = წევრი, რომელსაც ჟიურის წევრი ეკუთვნის
cli--arg-juror-company = საპროდიუსერო კომპანია, რომელშიც ჟიურის წევრი მუშაობს
cli--arg-juror-section = სექცია, რომლის ჟიურიშიც ჟიურის წევრი მონაწილეობს (მეტისთვის გაიმეორეთ)
cli--arg-conflict-juror = ჟიურის წევრის ელფოსტა
cli--arg-conflict-work = ნაწარმოები (ID, ff:SUBMISSION_ID, საკონტროლო ნომერი ან იდენტიფიკატორი)
cli--arg-conflict-person = პიროვნება, როგორც ნაწარმოებების შემოქმედებით ჯგუფშია მითითებული
cli--arg-conflict-member = წევრი (მისი მოკლე სახელი)
cli--arg-conflict-reason = მიზეზი
cli--arg-assign-section = სექცია (მისი მოკლე სახელი)
cli--arg-assign-edition = გამოცემა, თუ სექციის მოკლე სახელი ერთზე მეტ გამოცემაშია გამოყენებული
cli--arg-assign-round = ტური (თუ არ არის მითითებული — 1)
cli--arg-assign-reviews = რამდენი სხვადასხვა ჟიურის წევრი აფასებს თითოეულ საკონკურსო ნაწარმოებს
cli--arg-assign-max-load = საკონკურსო ნაწარმოებების მაქსიმალური რაოდენობა ერთ ჟიურის წევრზე, უკვე დანიშნულების ჩათვლით
cli--arg-pair-juror = ჟიურის წევრის ელფოსტა
cli--arg-pair-work = ნაწარმოები (ID, ff:SUBMISSION_ID, საკონტროლო ნომერი ან იდენტიფიკატორი)
cli--arg-score-juror = ჟიურის წევრის ელფოსტა
cli--arg-score-work = ნაწარმოები (ID, ff:SUBMISSION_ID, საკონტროლო ნომერი ან იდენტიფიკატორი)
cli--arg-score-criterion = კრიტერიუმის მოკლე სახელი
cli--arg-score-value = ქულა, კრიტერიუმის სკალაზე
cli--arg-scores-file = CSV ფაილი
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [one] სექციის „{ $section }“ №{ $round } ტური, ერთი საკონკურსო ნაწარმოები:
   *[other] სექციის „{ $section }“ №{ $round } ტური, { $entries } საკონკურსო ნაწარმოები:
}
cli--conflicts-none = კონფლიქტები არ არის.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [one] შესრულდა ერთი დანიშვნა, სულ { $total }; საკონკურსო ნაწარმოებები, რომლებსაც შემფასებლები აკლია: { $uncovered }.
   *[other] შესრულდა { $added } დანიშვნა, სულ { $total }; საკონკურსო ნაწარმოებები, რომლებსაც შემფასებლები აკლია: { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = ქულები: ახალი — { $imported }, შეცვლილი — { $updated }, უცვლელი — { $unchanged }.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = შეთანხმებულობა (კრიპენდორფის α, ჯამები): { $alpha }
cli--jury-packet--about = ჟიურის პაკეტები: რასაც ჟიურის წევრი ხაზგარეშე შესაფასებლად თან წაიღებს
cli--jury-packet-export--about = პაკეტის დალუქვა ერთი ჟიურის წევრისთვის: მხოლოდ მისი საკონკურსო ნაწარმოებები, შეფასების სქემით, პოსტერებითა და სკრინერების ბმულებით
cli--jury-packet-open--about = პაკეტის გახსნა ჟიურის წევრის ლეპტოპზე; ის ჟიურის წევრის პროფილს ქმნის
cli--jury-sheet--about = შეფასების ფურცლები: ჟიურის წევრის ხელმოწერილი ქულები თავმჯდომარისთვის
cli--jury-sheet-export--about = ამ ჟიურის წევრის შეფასების ფურცლის დალუქვა თავმჯდომარისთვის
cli--jury-sheet-merge--about = ჟიურის წევრის შეფასების ფურცლის გაერთიანება: უფრო ახალი ქულები იმარჯვებს და შედეგი თანმიმდევრობაზე არ არის დამოკიდებული
cli--arg-juror-card = ჟიურის წევრის ბარათი (ფაილი, რომელიც „identity card“ ბრძანებამ ჟიურის წევრის ლეპტოპზე ჩაწერა)
cli--arg-packet-juror = ჟიურის წევრის ელფოსტა
cli--arg-packet-out = ჩასაწერი ფაილი
cli--arg-packet-file = პაკეტის ფაილი
cli--arg-sheet-out = ჩასაწერი ფაილი
cli--arg-sheet-file = შეფასების ფურცლის ფაილი
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [one] ჟიურის წევრის { $juror } პაკეტი, ერთი საკონკურსო ნაწარმოებით: { $path }
   *[other] ჟიურის წევრის { $juror } პაკეტი, { $entries } საკონკურსო ნაწარმოებით: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [one] წევრის „{ $chair }“ პაკეტი გახსნილია: შესაფასებელია ერთი საკონკურსო ნაწარმოები.
   *[other] წევრის „{ $chair }“ პაკეტი გახსნილია: შესაფასებელია { $entries } საკონკურსო ნაწარმოები.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [one] შეფასების ფურცელი ერთი ქულით: { $path }
   *[other] შეფასების ფურცელი { $scores } ქულით: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = ჟიურის წევრის { $juror } ფურცელი: { $scores } ქულა, მათგან { $applied } არსებულზე ახალია.
# $juror (String) - the juror's email
cli--sheet-already = ჟიურის წევრის { $juror } ფურცელი უკვე გაერთიანებულია; გასაკეთებელი არაფერია.
cli--award--about = ჯილდოები: გამოცემის ნომინაციები და მათი კენჭისყრა
cli--award-add--about = გამოცემისთვის ჯილდოს ნომინაციის დამატება ან შეცვლა
cli--award-vote--about = ერთი ჟიურის წევრის ხმის დაფიქსირება კენჭისყრის ტურში
cli--award-tally--about = კენჭისყრის ტურის ხმების დათვლა და გამარჯვებულის დაფიქსირება, თუ ის გამოვლინდა
cli--awards--about = გამოცემის ჯილდოები
cli--awards-list--about = გამოცემის ჯილდოების სია გამარჯვებულებით
cli--arg-award-key = ჯილდოს მოკლე სახელი
cli--arg-award-edition = გამოცემა
cli--arg-award-label = ჯილდოს სახელი ინტერფეისის ენაზე
cli--arg-award-label-in = ჯილდოს სახელი სხვა ენაზე, LANG=TEXT (მეტისთვის გაიმეორეთ)
cli--arg-award-shared = ნაწარმოებს, რომელიც მას მოიპოვებს, სხვა ჯილდოების მოპოვებაც შეუძლია
cli--arg-award-absolute-rounds = ტურები, რომლებშიც აბსოლუტური უმრავლესობაა საჭირო, სანამ გადაწყვეტას ფარდობითი უმრავლესობა შეძლებს (თუ არ არის მითითებული — 2)
cli--arg-vote-award = ჯილდოს მოკლე სახელი
cli--arg-vote-work = ნაწარმოები, რომელსაც ხმა მიეცა (ID, ff:SUBMISSION_ID, საკონტროლო ნომერი ან იდენტიფიკატორი)
cli--arg-vote-edition = გამოცემა
cli--arg-vote-round = კენჭისყრის ტური (თუ არ არის მითითებული — 1)
cli--arg-vote-voter = ხმის მიმცემი: ჟიურის წევრის ელფოსტა
cli--arg-tally-award = ჯილდოს მოკლე სახელი
cli--arg-tally-edition = გამოცემა
cli--arg-tally-round = კენჭისყრის ტური (თუ არ არის მითითებული — 1)
cli--arg-awards-edition = გამოცემა
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = იმარჯვებს №{ $work } ნაწარმოები (მიცემულია { $cast } ხმა).
# $cast (Number) - votes cast
cli--tally-undecided = ამ ტურში გამარჯვებული არ გამოვლინდა (მიცემულია { $cast } ხმა): ხმა კვლავ მიეცით შემდეგ ტურში.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = გამარჯვებული: „{ $title }“, №{ $round } ტურში, { $votes } ხმა { $cast }-დან
cli--jury-screener--about = ამ კომპიუტერზე არსებული სკრინერის ფაილის მიბმა ნაწარმოებზე, ფანჯარაში ქულების გვერდით სანახავად
cli--arg-screener-work = ნაწარმოები (ID, ff:SUBMISSION_ID, საკონტროლო ნომერი ან იდენტიფიკატორი)
cli--arg-screener-file = ვიდეოფაილი (WebM, MP4, M4V, MKV, MOV ან OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = წაკითხულია კოდირებით { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = „{ $name }“ ახლა ნიშნავს: { $code } ({ $works ->
    [one] დაზუსტდა ერთი ნაწარმოები
   *[other] დაზუსტდა { $works } ნაწარმოები
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = გამოტოვებულია: { $count } × { $kind } (ნაწარმოები არ არის).
