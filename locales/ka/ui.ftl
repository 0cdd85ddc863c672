# The window.

app--name = Caravan
app--tagline = ფესტივალის კურატორობა

nav--works = ნაწარმოებები
settings--language = ინტერფეისის ენა

works--heading = ნაწარმოებები
# $count (Number) - how many works the list holds
works--count = { $count } ნაწარმოები
works--column-title = სათაური
works--column-original = ორიგინალური სათაური
works--column-kind = ტიპი
works--column-year = წელი
works--column-poster = პოსტერი
works--empty = ნაწარმოებები ჯერ არ არის.
works--loading = იტვირთება…

work--back = ნაწარმოებებზე დაბრუნება
work--no-synopsis = სინოფსისი ჯერ არ არის.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = ენის ტეგი: { $lang }

error--heading = რაღაც შეცდომა მოხდა
error--dismiss = დახურვა

media--drop-hint = დასამატებლად გადმოიტანეთ აქ პოსტერები, კადრები ან გარეკნები.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = გამოსახულებების დამატება: { $done } { $total }-დან
media--none = გამოსახულებები ჯერ არ არის.
media--kind-label = რა ტიპისაა გადმოტანილი გამოსახულებები

nav--label = აპლიკაციის ნაწილები
nav--submissions = განაცხადები
nav--duplicates = დუბლიკატები

search--placeholder = მოძებნეთ სათაურები, რეჟისორები, არტისტები…
search--label = ნაწარმოებების ძიება ნებისმიერ ენასა და დამწერლობაზე
search--none = ვერაფერი მოიძებნა.
search--results = ნაპოვნი ნაწარმოებები

submissions--edition = გამოცემა
submissions--tab-table = ცხრილი
submissions--tab-stats = სტატისტიკა
submissions--column-section = სექცია
submissions--column-status = სტატუსი
submissions--column-judging = შერჩევა
submissions--column-countries = ქვეყნები
submissions--column-languages = ენები
# $title (String) - the title of the submitted work
submissions--select-row = მონიშვნა: „{ $title }“
submissions--select-shown = ყველა ნაჩვენების მონიშვნა
submissions--empty = შესაბამისი განაცხადები არ არის.
submissions--views = გამოცემის განაცხადების ხედები
submissions--column-selected = მონიშნული
# $total (Number) - the submissions that pass the filters
submissions--count-shown = ნაჩვენებია { $total } განაცხადი
# $count (Number) - rows selected
submissions--selected = მონიშნულია { $count }
filter--label = ფილტრები
filter--any-status = ნებისმიერი სტატუსი
filter--any-judging = შერჩევის ნებისმიერი სტატუსი
filter--text = სათაურის ან სახელის სიტყვები
filter--any-section = ნებისმიერი სექცია
filter--any-country = ნებისმიერი ქვეყანა
filter--any-language = ნებისმიერი ენა
bulk--label = მონიშნული განაცხადების შეცვლა
bulk--status = ახალი სტატუსი
bulk--judging = შერჩევის ახალი სტატუსი
bulk--status-unchanged = სტატუსი: უცვლელი
bulk--judging-unchanged = შერჩევა: უცვლელი
bulk--apply = მონიშნულებზე გამოყენება
# $count (Number) - submissions the last change touched
bulk--undo = { $count ->
    [one] ერთი განაცხადის ცვლილების გაუქმება
   *[other] { $count } განაცხადის ცვლილების გაუქმება
}

import--open = იმპორტი…
import--heading = განაცხადების იმპორტი
import--kind = ფაილის ტიპი
import--kind-filmfreeway = FilmFreeway-ის ექსპორტი (CSV ან Unicode ტექსტი)
import--kind-ddex = DDEX რელიზი (ERN XML)
import--path-label = საიმპორტო ფაილი
import--path-placeholder = ფაილის მისამართი, ან გადმოიტანეთ ის ფანჯარაში
import--kind-table = ნებისმიერი ცხრილი (CSV ან XLSX), სვეტების შესაბამისობის მეშვეობით
import--files-all = ცხრილები და DDEX შეტყობინებები
import--browse = ფაილის არჩევა…
import--encoding = კოდირება
import--encoding-detect = ავტომატური ამოცნობა
import--mapping-name = შესაბამისობის სახელი
import--mapping-saved = შენახული შესაბამისობები
import--mapping-choose = შენახული შესაბამისობის გამოყენება…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = წაკითხულია კოდირებით { $encoding }
# $column (String) - the column's header
import--target-of = რას შეიცავს სვეტი „{ $column }“
import--target-field = შენახვა ველად
import--target-id = ID (ნაწარმოების ხელახლა საპოვნელად)
import--target-title = სათაური
import--target-original-title = ორიგინალური სათაური
import--target-original-language = ორიგინალური სათაურის ენა
import--target-synopsis = სინოფსისი (ინგლისურად)
import--target-original-synopsis = სინოფსისი (ორიგინალის ენაზე)
import--target-directors = რეჟისორები
import--target-writers = სცენარისტები
import--target-producers = პროდიუსერები
import--target-cast = მსახიობები
import--target-countries = ქვეყნები
import--target-languages = ენები
import--target-year = წელი
import--target-runtime = ხანგრძლივობა
import--target-completion-date = დასრულების თარიღი
import--target-genres = ჟანრები
import--target-category = კატეგორია (სექცია)
import--target-status = განაცხადის სტატუსი
import--target-judging = შერჩევის სტატუსი
import--target-submission-date = განაცხადის თარიღი
import--target-isan = ISAN ნომერი
import--target-eidr = EIDR ნომერი
import--target-isrc = ISRC კოდი
import--target-iswc = ISWC კოდი
import--target-ignore = გამოტოვება
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = გამოტოვებულია, რადგან ნაწარმოებები არ არის: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings = { $count ->
    [one] ერთი გაფრთხილება: მწკრივის იმპორტი შესრულდა, თუმცა ეს ყურადღებას საჭიროებს.
   *[other] { $count } გაფრთხილება: მწკრივების იმპორტი შესრულდა, თუმცა ეს ყურადღებას საჭიროებს.
}
import--column-warning = გაფრთხილება
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = „{ $value }“ ჩაითვალოს ასე: { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = „{ $value }“ ახლა ნიშნავს: { $suggestion } — აქაც და ყველა შემდგომ იმპორტშიც ({ $works ->
    [one] დაზუსტდა ერთი ნაწარმოები
   *[other] დაზუსტდა { $works } ნაწარმოები
}).
import--partial = სწორი მწკრივების იმპორტი, მაშინაც კი, თუ ზოგი უარყოფილია
import--dry-run = მხოლოდ შემოწმება, შენახვის გარეშე
import--run = იმპორტი
# $rows (Number) - rows read so far
import--progress = წაკითხულია { $rows } მწკრივი
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = იმპორტირებულია: { $imported }, განახლებულია: { $updated }, უცვლელია: { $unchanged }, უარყოფილია: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = შემოწმებულია, არაფერი შენახულა: იმპორტირებული იქნებოდა { $imported }, განახლებული — { $updated }, უცვლელი დარჩებოდა — { $unchanged }, უარყოფილი — { $rejected }.
# $count (Number) - problems found
import--refused = { $count ->
    [one] იმპორტი არ შესრულებულა: ჯერ ერთი პრობლემა უნდა გასწორდეს.
   *[other] იმპორტი არ შესრულებულა: ჯერ { $count } პრობლემა უნდა გასწორდეს.
}
import--column-line = სტრიქონი
import--column-column = სვეტი
import--column-problem = პრობლემა

export--label = ექსპორტი:
export--format-csv = CSV ფაილი
export--format-xlsx = Excel-ის ფაილი (XLSX)
export--format-json = JSON ფაილი
# $path (String) - the file written
export--done = ექსპორტი შესრულდა: { $path }

stats--by-country = საკონკურსო ნაწარმოებები ქვეყნების მიხედვით
stats--by-language = საკონკურსო ნაწარმოებები ენების მიხედვით
stats--by-genre = საკონკურსო ნაწარმოებები ჟანრების მიხედვით
stats--by-status = საკონკურსო ნაწარმოებები სტატუსების მიხედვით
# $count (Number) - entries in the edition
stats--total = { $count } საკონკურსო ნაწარმოები

duplicates--heading = სავარაუდო დუბლიკატები
duplicates--none = სავარაუდო დუბლიკატები არ არის.
# $id (Number) - the work to keep
duplicates--keep = გაერთიანება (რჩება №{ $id })
duplicates--dismiss = ერთი და იგივე არ არის
# $score (Number) - likeness from 0 to 1
duplicates--score = მსგავსება: { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = { $shown } წყვილი { $total }-დან
duplicates--more = მეტი წყვილის ჩვენება
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = გაერთიანდეს №{ $other } ნაწარმოები №{ $keep } ნაწარმოებთან? №{ $other } ნაწარმოების ყველა სათაური, სინოფსისი, შემოქმედებითი ჯგუფის წევრი, იდენტიფიკატორი, გამოსახულება და განაცხადი გადავა №{ $keep } ნაწარმოებზე, №{ $other } კი წაიშლება. ამ მოქმედების გაუქმება შეუძლებელია.
duplicates--merge = გაერთიანება

edit--add-language = ენის დამატება
edit--edit = რედაქტირება
edit--remove = წაშლა
# $language (String) - the language's name
edit--edit-language = { $language } სათაურისა და სინოფსისის რედაქტირება
# $language (String) - the language's name
edit--remove-language = { $language } სათაურისა და სინოფსისის წაშლა
edit--tag = ენის ტეგი
edit--tag-placeholder = BCP 47 ტეგი, მაგ. fr ან zh-Hant
edit--title = სათაური
edit--synopsis = სინოფსისი
edit--original = ეს ორიგინალია
edit--save = შენახვა
edit--cancel = გაუქმება

identifier--add = იდენტიფიკატორის დამატება
identifier--placeholder = ISAN, EIDR, ISRC ან ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = ალიანსი
alliance--heading = გაცვლა ალიანსში
alliance--identity = ეს პროფილი
alliance--identity-none = ამ პროფილს ჯერ ვინაობა არ აქვს. შექმენით ის, რომ ალიანსის სხვა წევრებთან გაცვლა შეძლოთ: მისი გასაღებები ამ კომპიუტერზე რჩება.
alliance--identity-name = ფესტივალის სახელი
alliance--identity-member = წევრის მოკლე სახელი (როგორც ალიანსის რეესტრშია)
alliance--identity-country = ქვეყანა (ISO კოდი, ორი ასო)
alliance--passphrase = საიდუმლო ფრაზა
alliance--passphrase-hint = გამოიყენება გასაღებების დასალუქად მხოლოდ იქ, სადაც სისტემის გასაღებების საცავი ხელმისაწვდომი არ არის. შეინახეთ ის: მის გარეშე გასაღებების გახსნა შეუძლებელია.
alliance--identity-make = გასაღებების შექმნა
alliance--fingerprint = ანაბეჭდი, ალიანსის სხვა წევრებისთვის წასაკითხად
alliance--qr-label = ანაბეჭდი QR კოდის სახით
alliance--sealed-in-keychain = გასაღებები სისტემის გასაღებების საცავში ინახება.
alliance--sealed-in-passphrase = გასაღებები საიდუმლო ფრაზითაა დალუქული.
alliance--write-card = წევრის ბარათის შენახვა
alliance--card-written = წევრის ბარათი შენახულია აქ:
alliance--members = წევრები
alliance--members-none = წევრები ჯერ არ არის.
alliance--country-unknown = ქვეყანა მითითებული არ არის
alliance--card-path = წევრის ბარათის მისამართი (.json)
alliance--import-card = ბარათის იმპორტი
# $member (String) - the member's name
alliance--card-imported = ბარათის იმპორტი შესრულდა: { $member }.
# $member (String) - the member's name
alliance--card-rotated = ბარათის იმპორტი შესრულდა: { $member }. მისი გასაღებები შეიცვალა და ძველმა გასაღებმა ახლებს ხელი მოაწერა.
alliance--compare = სანამ ბარათს ენდობით, წაუკითხეთ ეს ანაბეჭდი წევრს ტელეფონით ან შეადარეთ პირადად:
alliance--verify = დადასტურებულად მონიშვნა
alliance--verify-typed = ანაბეჭდი, როგორც წევრმა წაიკითხა
alliance--points = გაცვლის წერტილები
alliance--points-none = გაცვლის წერტილები ჯერ არ არის: დაამატეთ საქაღალდე ან ვებმისამართი, სადაც ალიანსის წევრები მონაცემებს ცვლიან.
alliance--point-location = საქაღალდე ან მისამართი (https://…)
alliance--point-name = სახელი (არასავალდებულო)
alliance--point-add = დამატება
alliance--point-remove = წაშლა
alliance--sync = სინქრონიზაცია
alliance--sync-button = სინქრონიზაცია ახლავე
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = გამოქვეყნება: { $done } კონვერტი { $total }-დან
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = ჩამოტვირთვა: { $done } კონვერტი { $total }-დან
alliance--unlock = გასაღებების გახსნა
alliance--sync-log = რა გააკეთა ბოლო სინქრონიზაციამ
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = გაგზავნილია: { $published }, ასახულია: { $applied }, გამოტოვებულია (სხვა წევრებისთვის): { $skipped }, უარყოფილია: { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = ასახულია №{ $seq } კონვერტი ({ $kind }); გამგზავნი:
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = გამოტოვებულია №{ $seq } კონვერტი ({ $kind }), განკუთვნილი სხვა წევრებისთვის; გამგზავნი:
# $seq (Number) - the envelope's number
alliance--log-refused = უარყოფილია №{ $seq } კონვერტი; გამგზავნი:
alliance--notes = შენიშვნები
alliance--note-to = ადრესატი
alliance--note-no-cards = წევრისთვის მისაწერად ჯერ მისი ბარათის იმპორტი გააკეთეთ.
alliance--note-to-all = არავინ არის მონიშნული: შენიშვნა გაეგზავნება ყველა წევრს, ვისი ბარათიც გაქვთ.
alliance--note-text = შენიშვნის ტექსტი
alliance--note-send = დალუქვა და რიგში ჩაყენება
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = №{ $seq } შენიშვნა დაილუქა; ის შემდეგ სინქრონიზაციასთან ერთად გაიგზავნება.
alliance--notes-none = შენიშვნები ჯერ არ არის.
envelope-kind--note = შენიშვნა
envelope-kind--card = წევრის ბარათი
envelope-kind--recommendation = რეკომენდაცია
envelope-kind--recommendation-state = პასუხი რეკომენდაციაზე
envelope-kind--catalogue = კატალოგი
recommendations--heading = რეკომენდაციები
recommendations--inbox = შემოსული
recommendations--outbox = გაგზავნილი
recommendations--none = ჯერ არცერთი.
recommendations--from = გამგზავნი
recommendations--to = ადრესატი
recommendations--history = ისტორია
recommendations--edition = გამოცემა, რომელშიც ნაწარმოები შევა
recommendations--section = სექცია
recommendations--section-suggested = შემოთავაზებული სექცია
recommendations--accept = მიღება
recommendations--reason = უარის მიზეზი
recommendations--decline = უარის თქმა
recommendations--program = პროგრამაში შეტანილად მონიშვნა
recommendations--person = ჟიურის წევრის ან სტუმრის რეკომენდაცია
recommendations--person-name = სახელი
recommendations--person-as = როლი
recommendations--note = შენიშვნა წევრებისთვის
recommendations--send = რეკომენდაციის გაწევა
catalogues--heading = კატალოგები
catalogues--publish = ამ ფესტივალის კატალოგის გამოქვეყნება
# $count (Number) - works in the catalogue
catalogues--published = { $count ->
    [one] დაილუქა ერთი ნაწარმოების კატალოგი; ის შემდეგ სინქრონიზაციასთან ერთად გაიგზავნება.
   *[other] დაილუქა { $count } ნაწარმოების კატალოგი; ის შემდეგ სინქრონიზაციასთან ერთად გაიგზავნება.
}
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count }
catalogues--none = წევრების კატალოგები ჯერ არ მოსულა.
catalogues--search = კატალოგებში ძიება, ნებისმიერ დამწერლობაზე
# $edition (String) - the edition's name
catalogues--take = აღება გამოცემაში: { $edition }
# $edition (String) - the edition's name
catalogues--taken = აღებულია გამოცემაში: { $edition }
recommend--heading = რეკომენდაცია წევრებისთვის
recommend--sent = რეკომენდაცია დაილუქა; ის შემდეგ სინქრონიზაციასთან ერთად გაიგზავნება.
recommend--history = ამ ნაწარმოების რეკომენდაციები
rights--heading = ჩვენების უფლებები
rights--none = ჩვენების უფლებები დაფიქსირებული არ არის.
rights--world = მთელ მსოფლიოში
rights--territory = ტერიტორია (ISO კოდი ან WORLD)
rights--excluded = გამორიცხულია
directory--any = ნებისმიერი
directory--none = არცერთი
directory--alliance = ალიანსი
directory--tier = დონე
directory--kind = ტიპი
directory--country = ქვეყანა
directory--country-code = ქვეყანა (ISO კოდი)
directory--city = ქალაქი
directory--slug = მოკლე სახელი
directory--name = სრული სახელი
directory--languages = სამუშაო ენები (ტეგები, მძიმით გამოყოფილი)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = გაწევრიანდა: { $date }
directory--joined-input = გაწევრიანების თარიღი (YYYY ან YYYY-MM-DD)
directory--add = წევრის შეტანა ან შეცვლა
directory--save = წევრის შენახვა
# $member (String) - the member's name
directory--saved = „{ $member }“ შენახულია რეესტრში.
directory--none-match = ამ ფილტრებს არცერთი წევრი არ შეესაბამება.
registry--heading = რეესტრები
# $count (Number) - how many members
registry--members = { $count ->
    [one] ერთი წევრი
   *[other] { $count } წევრი
}
# $member (String) - the secretariat's short name
registry--secretariat = სამდივნო: { $member }
registry--no-secretariat = სამდივნო ჯერ არ არის დასახელებული
# $date (String) - the date and time, already formatted
registry--issued = რეესტრის თარიღი: { $date }
registry--publish = რეესტრის გამოქვეყნება
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = { $count ->
    [one] ალიანსის „{ $alliance }“ რეესტრი, ერთი წევრით, დაილუქა; ის შემდეგ სინქრონიზაციასთან ერთად გაიგზავნება.
   *[other] ალიანსის „{ $alliance }“ რეესტრი, { $count } წევრით, დაილუქა; ის შემდეგ სინქრონიზაციასთან ერთად გაიგზავნება.
}
admissions--heading = გაწევრიანება
admissions--criteria = გაწევრიანების კრიტერიუმები
admissions--criterion-key = კრიტერიუმის მოკლე სახელი
admissions--criterion-text = კრიტერიუმი, ინტერფეისის ენაზე
admissions--criterion-add = კრიტერიუმის დამატება
admissions--apply = ახალი კანდიდატურა
admissions--contact = კონტაქტი
admissions--submit = კანდიდატურის რეგისტრაცია
admissions--applications = კანდიდატურები
admissions--none = კანდიდატურები ჯერ არ არის.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = დასაბუთება ჯერ არ არის: { $criteria }
admissions--sponsors = თავდებები
admissions--sponsor-as = თავდები წევრი
admissions--sponsor-note = რას ამბობს თავდები
admissions--sponsor = თავდების დამატება
admissions--outcome = გადაწყვეტილება
admissions--on = გადაწყვეტილების დღე
admissions--for = მომხრე
admissions--against = მოწინააღმდეგე
admissions--abstain = თავი შეიკავა
admissions--decision-note = შენიშვნა გადაწყვეტილებაზე
admissions--decide = გადაწყვეტილების დაფიქსირება
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = გადაწყდა { $date }: მომხრე — { $for }, მოწინააღმდეგე — { $against }, თავი შეიკავა — { $abstain }.
directory--view = ცნობარის ხედი
directory--as-list = სია
directory--as-map = რუკა
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = წევრების მსოფლიო რუკა — წევრები: { $members }; ქვეყნები: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — წევრები: { $count }
nav--jury = ჟიური
jury--heading = ჟიური
jury--section = სექცია
jury--round = ტური
jury--no-round = ამ სექციას ამ ტურისთვის ჯერ შეფასების სქემა არ აქვს: ჯერ დაამატეთ მისი კრიტერიუმები (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric = { $entries ->
    [one] შეფასების სქემა — ერთი საკონკურსო ნაწარმოები
   *[other] შეფასების სქემა — { $entries } საკონკურსო ნაწარმოები
}
jury--assignment = შემფასებლების დანიშვნა
jury--reviews-per-entry = შეფასებების რაოდენობა თითო საკონკურსო ნაწარმოებზე
jury--max-load = საკონკურსო ნაწარმოებების მაქსიმუმი ერთ ჟიურის წევრზე
jury--assign = შემფასებლების დანიშვნა
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = შესრულებული დანიშვნები: { $added }. საკონკურსო ნაწარმოებები, რომლებსაც ჯერ კიდევ აკლია შემფასებლები: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load = { $count ->
    [one] ერთი საკონკურსო ნაწარმოები
   *[other] { $count } საკონკურსო ნაწარმოები
}
jury--juror = ჟიურის წევრი
jury--scoring = შეფასება
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = შეფასებულია: { $done } { $total }-დან
jury--progress-label = შეფასებული საკონკურსო ნაწარმოებები
jury--keys = კლავიშები: ციფრი მონიშნულ კრიტერიუმს ქულას უსვამს (0 ნიშნავს ათს), ↑ და ↓ კრიტერიუმებს შორის გადაადგილდება, ← და → — საკონკურსო ნაწარმოებებს შორის, N გადადის შემდეგ შეუფასებელ საკონკურსო ნაწარმოებზე. ყოველი ცვლილება მაშინვე ინახება.
jury--screener = სკრინერის ნახვა
jury--saved = შენახულია
jury--previous = წინა საკონკურსო ნაწარმოები
jury--next = შემდეგი საკონკურსო ნაწარმოები
jury--next-unscored = შემდეგი შეუფასებელი საკონკურსო ნაწარმოები
jury--nothing-to-score = ამ ტურში ამ ჟიურის წევრზე არცერთი საკონკურსო ნაწარმოები არ არის დანიშნული.
jury--results = შედეგები
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = ჟიურის წევრებს შორის შეთანხმებულობა (კრიპენდორფის α): { $alpha }
jury--rank = ადგილი
jury--work = ნაწარმოები
jury--count = ჟიურის წევრები
jury--normalized = ნორმალიზებული საშუალო
jury--mean = საშუალო
jury--disagreement = ჟიურის წევრების აზრი იყოფა
jury--matrix = ვინ რას აფასებს
jury--assigned-cell = დანიშნულია
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = ნაჩვენებია პირველი { $shown } საკონკურსო ნაწარმოები { $total }-დან; შედეგებში ყველა ჩანს.
jury--distribution = თითოეული ჟიურის წევრის ჯამები სკალაზე
jury--distribution-label = თითოეული ჟიურის წევრის ჯამები წერტილებად სკალაზე, მისი საშუალო კი — ხაზად: მკაცრი ჟიურის წევრის წერტილები მარცხნივაა, ლმობიერისა — მარჯვნივ.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = { $count ->
    [one] საშუალო { $mean } ერთ საკონკურსო ნაწარმოებზე
   *[other] საშუალო { $mean } { $count } საკონკურსო ნაწარმოებზე
}
jury--ballots = ჯილდოების კენჭისყრა
jury--award = ჯილდო
jury--ballot-round = კენჭისყრის ტური
jury--voter = ხმის მიმცემი
jury--vote = ხმის დაფიქსირება
jury--tally = ხმების დათვლა
# $count (Number) - votes
jury--votes = { $count ->
    [one] ერთი ხმა
   *[other] { $count } ხმა
}
# $cast (Number) - votes cast
jury--no-winner = ამ ტურში გამარჯვებული არ გამოვლინდა (მიცემულია { $cast } ხმა): ხმა კვლავ მიეცით შემდეგ ტურში.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = იმარჯვებს „{ $title }“ (მიცემულია { $cast } ხმა).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = გამარჯვებული: „{ $title }“, №{ $round } ტურში, { $votes } ხმა { $cast }-დან.
jury--setup = ტურის პარამეტრების დაყენება
jury--criterion-key = კრიტერიუმის მოკლე სახელი
jury--criterion-label = კრიტერიუმი, ინტერფეისის ენაზე
jury--min = უმცირესი
jury--max = უდიდესი
jury--step = ბიჯი
jury--weight = წონა
jury--criterion-add = კრიტერიუმის დამატება
jury--juror-email = ჟიურის წევრის ელფოსტა
jury--juror-name = ჟიურის წევრის სახელი
jury--juror-languages = ენები, რომლებიც ჟიურის წევრს ესმის (ტეგები, მძიმით გამოყოფილი)
jury--juror-card = ჟიურის წევრის ბარათის ფაილი (პაკეტებისთვის)
jury--juror-add = ჟიურის წევრის დამატება
# $what (String) - what was added
jury--setup-added = „{ $what }“ დამატებულია.
jury--packets = პაკეტები და შეფასების ფურცლები
jury--file = ფაილი (მისამართი)
jury--packet-export = პაკეტის დალუქვა ჟიურის წევრისთვის
jury--sheet-merge = შეფასების ფურცლის გაერთიანება
jury--packet-open = პაკეტის გახსნა (ჟიურის წევრის ლეპტოპზე)
jury--sheet-export = ჩემი შეფასების ფურცლის დალუქვა თავმჯდომარისთვის
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = { $entries ->
    [one] ჟიურის წევრის { $juror } პაკეტი, ერთი საკონკურსო ნაწარმოებით, ჩაწერილია.
   *[other] ჟიურის წევრის { $juror } პაკეტი, { $entries } საკონკურსო ნაწარმოებით, ჩაწერილია.
}
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = { $entries ->
    [one] წევრის „{ $chair }“ პაკეტი გახსნილია: შესაფასებელია ერთი საკონკურსო ნაწარმოები.
   *[other] წევრის „{ $chair }“ პაკეტი გახსნილია: შესაფასებელია { $entries } საკონკურსო ნაწარმოები.
}
# $scores (Number) - scores in the sheet
jury--sheet-written = { $scores ->
    [one] შეფასების ფურცელი, ერთი ქულით, ჩაწერილია.
   *[other] შეფასების ფურცელი, { $scores } ქულით, ჩაწერილია.
}
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = ჟიურის წევრის { $juror } ფურცელი გაერთიანებულია; არსებულზე ახალი ქულები: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = ჟიურის წევრის { $juror } ფურცელი უკვე გაერთიანებულია; გასაკეთებელი არაფერია.
jury--screener-file = სკრინერი, ამ კომპიუტერზე
jury--screener-path = სკრინერის ფაილი ამ კომპიუტერზე (მისი მისამართი)
jury--screener-attach = ამ ფაილის ჩვენება ქულების გვერდით
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = { $juror }: დანიშვნა ნაწარმოებზე „{ $title }“
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = { $juror }: მოხსნა ნაწარმოებიდან „{ $title }“
jury--comment = თქვენი კომენტარი ამ ნაწარმოებზე (ინახება აკრეფისას; ჟიურის სხვა წევრები მას ვერასოდეს ნახავენ)
jury--conflict-reason = ინტერესთა კონფლიქტის მიზეზი
jury--conflict-add = კონფლიქტის დეკლარირება
jury--conflict-declared = ინტერესთა კონფლიქტი დეკლარირებულია: ეს წყვილი არასოდეს ინიშნება, ფასდება ან ითვლება.

export--save-as = შენახვა როგორც…
work--unresolved = შენახულია ისე, როგორც ჩაწერილია
work--unresolved-country = ქვეყანა
work--unresolved-language = ენა
work--unresolved-status = განაცხადის სტატუსი
