# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } არ არის Caravan-ის მონაცემთა ბაზა: ეს SQLite ფაილი არ არის. არაფერი შეცვლილა.
# $path (String) - the database file
error--db-foreign = { $path } სხვა პროგრამის SQLite მონაცემთა ბაზაა და არა Caravan-ის. არაფერი შეცვლილა.
# $path (String) - the database file
error--db-corrupt = { $path } დაზიანებულია და ვერ იკითხება. არაფერი შეცვლილა; აღადგინეთ ის სარეზერვო ასლიდან.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } Caravan-ის უფრო ახალი ვერსიითაა ჩაწერილი (სქემის ვერსია: { $found }; Caravan-ის ეს ვერსია სქემებს მხოლოდ { $supported }-მდე იცნობს). მის გასახსნელად განაახლეთ Caravan. არაფერი შეცვლილა.
# $path (String) - the database file
error--db-busy = { $path } სხვა პროგრამას უკავია. ცოტა ხანში კვლავ სცადეთ.
# $path (String) - the database file
error--db-read-only = ფაილში { $path } ჩაწერა ვერ ხერხდება: შეამოწმეთ მისი წვდომის უფლებები.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = { $path } ვერ იხსნება: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = მონაცემთა ბაზის შეცდომა ({ $path }): { $reason }
error--db-no-data-dir = ამ კომპიუტერზე აპლიკაციის მონაცემების საქაღალდე არ არის. მიუთითეთ მონაცემთა ბაზის ფაილი --db პარამეტრით ან CARAVAN_DB ცვლადით.

# $slug (String) - the slug asked for
error--slug-taken = მოკლე სახელი „{ $slug }“ უკვე დაკავებულია.
# $value (String) - the slug given
error--slug-invalid = „{ $value }“ მოკლე სახელად არ გამოდგება: გამოიყენეთ პატარა ლათინური ასოები, ციფრები და ცალკეული დეფისები.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = „{ $value }“ ენის ტეგი არ არის. გამოიყენეთ BCP 47 ტეგი; ინტერფეისი ხელმისაწვდომია შემდეგ ენებზე: { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = ინტერფეისი ენაზე „{ $value }“ ხელმისაწვდომი არ არის. აირჩიეთ ერთ-ერთი: { $supported }.
# $value (String) - the code given
error--country-invalid = „{ $value }“ არ არის ISO 3166-1 ქვეყნის კოდი.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: „{ $value }“ დასაშვები მნიშვნელობა არ არის.
# $what (String) - the name of the field, from what--*
error--value-empty = { $what }: ეს ველი ცარიელი ვერ იქნება.

# $work (String) - what the user typed to name the work
error--work-not-found = ნაწარმოები „{ $work }“ არ არსებობს. ნაწარმოები მიუთითეთ მისი ნომრით, ff: პრეფიქსით და FilmFreeway-ის განაცხადის ID-ით (Submission ID), საკონტროლო ნომრით (Tracking Number) ან ისეთი იდენტიფიკატორით, როგორიცაა ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = „{ $work }“ რამდენიმე ნაწარმოებს შეესაბამება ({ $count }). მიუთითეთ ნაწარმოები მისი ნომრით.
# $edition (String) - the edition slug given
error--edition-not-found = გამოცემა „{ $edition }“ არ არსებობს. გამოცემების სიას აჩვენებს ბრძანება „caravan editions list“.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = გამოცემას „{ $edition }“ არ აქვს სექცია „{ $section }“. არაფერი შეცვლილა.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = ფანჯარამ გამოგზავნა მოთხოვნა, რომელსაც Caravan ვერ კითხულობს ({ $detail }). არაფერი შეცვლილა.
# $value (String) - the cursor given
error--cursor-invalid = „{ $value }“ ამ სიის კურსორი არ არის: გამოიყენეთ წინა გვერდის „next“ მნიშვნელობა, იმავე დახარისხებით.
# $change (Number) - the number of the status change
error--status-change-not-found = სტატუსის №{ $change } ცვლილება არ არსებობს.
# $change (Number) - the number of the status change
error--status-change-undone = სტატუსის №{ $change } ცვლილება უკვე გაუქმებულია. არაფერი შეცვლილა.
error--status-nothing-to-set = აირჩიეთ, რა დააყენოთ: განაცხადის სტატუსი, შერჩევის სტატუსი ან ორივე.

# $command (String) - the word that is not a command
error--cli-unknown-command = „{ $command }“ Caravan-ის ბრძანება არ არის. ბრძანებების სანახავად გაუშვით „caravan --help“.
# $argument (String) - the option that is not known
error--cli-unknown-argument = „{ $argument }“ ამ ბრძანების პარამეტრი არ არის. მისი პარამეტრების სანახავად დაამატეთ --help.
# $argument (String) - the argument that is missing
error--cli-missing-argument = ამ ბრძანებას სჭირდება { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = „{ $value }“ არასწორი მნიშვნელობაა პარამეტრისთვის { $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = ბრძანების სტრიქონი არასწორია: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = მოულოდნელი შეცდომა მოხდა: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } ცარიელია. არაფერი შენახულა.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } არ არის გამოსახულება, რომელსაც Caravan კითხულობს (JPEG, PNG, WebP, GIF, TIFF ან BMP). არაფერი შენახულა.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } ნაადრევად მთავრდება: ფაილი არასრულია. არაფერი შენახულა.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } დაზიანებულია ({ $reason }). არაფერი შენახულა.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } აღემატება Caravan-ისთვის დასაშვებ ზომას (თითო მხარეს მაქსიმუმ 20 000 პიქსელი და სულ 100 მეგაპიქსელი). არაფერი შენახულა.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = { $file } ვერ იკითხება ან ვერ ინახება: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = ფაილის { $file } მინიატურების შექმნა ვერ მოხერხდა: { $reason }. არაფერი შენახულა.
# $id (Number) - the image number given
error--media-not-found = №{ $id } გამოსახულება არ არსებობს.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan-მა ფანჯრის გახსნა ვერ შეძლო: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = { $file } ვერ იკითხება: { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } ცარიელია: მასში სვეტების სახელების მწკრივიც კი არ არის. იმპორტი არ შესრულებულა.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = ფაილს { $file } არ აქვს სვეტი „{ $column }“, ამიტომ ის FilmFreeway-ის განაცხადების ექსპორტი არ არის. იმპორტი არ შესრულებულა.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, სტრიქონი { $line }: ფაილი CSV ფორმატად ვერ იკითხება ({ $reason }). იმპორტი არ შესრულებულა.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } Excel-ის სამუშაო წიგნად ვერ იკითხება ({ $reason }). იმპორტი არ შესრულებულა.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = ფაილს { $file } არ აქვს სვეტი „{ $column }“, რომელსაც სვეტების შესაბამისობა ასახელებს. აირჩიეთ სხვა შესაბამისობა ან შეასწორეთ ეს. იმპორტი არ შესრულებულა.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = სვეტების შესაბამისობა ვერ იკითხება: { $detail }. შესაბამისობა JSON ფორმატისაა: სახელი და, თითოეული სვეტის სახელისთვის, რას შეიცავს ეს სვეტი (title, directors, countries …).
# $detail (String) - unused here
error--mapping-no-name = სვეტების შესაბამისობას სახელი არ აქვს. მიეცით სახელი, რომ შეინახოთ და შემდეგი იმპორტისას მისი მწკრივები ხელახლა იპოვოთ.
# $detail (String) - unused here
error--mapping-no-title = სვეტების შესაბამისობის მიხედვით სათაური არცერთ სვეტში არ არის. სათაურს ერთი სვეტი მიუსადაგეთ.
# $detail (String) - unused here
error--mapping-no-id = სვეტების შესაბამისობის მიხედვით მწკრივის ID არცერთ სვეტში არ არის. ID-ს ერთი სვეტი მიუსადაგეთ, რომ ფაილის ხელახალმა იმპორტმა მისი ნაწარმოებები განაახლოს და ორჯერ არ დაამატოს.
# $detail (String) - what is mapped twice
error--mapping-twice = სვეტების შესაბამისობაში „{ $detail }“ ორ სვეტს აქვს მისადაგებული, თუმცა ის მხოლოდ ერთ სვეტში უნდა იყოს.
# $mapping (String) - the name or file given
error--mapping-not-found = სვეტების შესაბამისობა სახელით „{ $mapping }“ არ არსებობს, არც ასეთი ფაილია.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = შესაბამისობა „{ $mapping }“ ჩაშენებულია; თქვენი შესაბამისობა სხვა სახელით შეინახეთ.
# $encoding (String) - the encoding given
error--encoding-unknown = „{ $encoding }“ Caravan-ისთვის უცნობი კოდირებაა. გამოიყენეთ ისეთი სახელი, როგორიცაა windows-1252, windows-1251, gb18030 ან shift_jis.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = „{ $vocabulary }“ არ არის მნიშვნელობის ტიპი, რომელსაც იმპორტი ინახავს: გამოიყენეთ country, language ან status.
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = „{ $code }“ არ არის { $vocabulary ->
    [country] ქვეყნის კოდი (მაგალითად, QA)
    [language] ენის ტეგი (მაგალითად, fr ან pt-BR)
   *[status] განაცხადის სტატუსი (in-consideration, incomplete, disqualified ან withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = „{ $name }“ სინონიმების სიაში არ არის.
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [one] ერთი მწკრივი უარყოფილია, ამიტომ იმპორტი არ შესრულებულა. შეასწორეთ ის ან დანარჩენი მწკრივების იმპორტი გააკეთეთ --partial პარამეტრით.
   *[other] აღმოჩნდა { $count } პრობლემა, ამიტომ იმპორტი არ შესრულებულა. შეასწორეთ ისინი ან სწორი მწკრივების იმპორტი გააკეთეთ --partial პარამეტრით.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, სტრიქონი { $line }, სვეტი { $column }: ეს სწორად ფორმირებული XML არ არის ({ $value }). იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, სტრიქონი { $line }: { $element } არ არის DDEX ERN NewReleaseMessage ({ $value }). იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, სტრიქონი { $line }: ERN-ის ეს ვერსია მხარდაჭერილი არ არის ({ $value }); Caravan კითხულობს ERN 3.4–3.8 და 4.x ვერსიებს. იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, სტრიქონი { $line }: რელიზის ჩანაწერს ან ვიდეოს { $element } არანაირი იდენტიფიკატორი არ აქვს (არც ISRC, არც ISAN, არც EIDR, არც საკუთრივი ID). იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } აღემატება DDEX შეტყობინების იმ ზომას, რომელსაც Caravan კითხულობს ({ $value }). იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, სტრიქონი { $line }: ელემენტები უფრო ღრმადაა ჩადგმული, ვიდრე ნებისმიერ DDEX შეტყობინებაში ({ $value }). იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, სტრიქონი { $line }, სვეტი { $column }: „{ $value }“ ელემენტში { $element } სწორი ISRC არ არის. იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, სტრიქონი { $line }: ხმის ჩანაწერს { $element } სათაური არ აქვს. იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, სტრიქონი { $line }, სვეტი { $column }: „{ $value }“ ელემენტში { $element } არ არის ISO 8601 ფორმატის ხანგრძლივობა (მაგალითად, PT3M25S). იმპორტი არ შესრულებულა.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, სტრიქონი { $line }: { $element } მიუთითებს რესურსზე, რომელიც შეტყობინებაში არ არის ({ $value }). იმპორტი არ შესრულებულა.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = სტრიქონი { $line }: მწკრივში უჯრების რაოდენობა განსხვავდება სვეტების სახელების მწკრივისგან ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = სტრიქონი { $line }, სვეტი „{ $column }“: ტექსტი UTF-8 კოდირებით არ არის ({ $value }). შეინახეთ ფაილი UTF-8 ან UTF-16 კოდირებით.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ არ არის ხანგრძლივობა (მაგალითად, 1:32:05).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ არ არის თარიღი, რომელსაც Caravan კითხულობს (მაგალითად, 2025-07-19).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ წელი არ არის.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ Caravan-ისთვის უცნობი ქვეყანაა.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ Caravan-ისთვის უცნობი ენაა.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ FilmFreeway-ის განაცხადის სტატუსი არ არის.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = სტრიქონი { $line }: პროექტს სათაური არ აქვს.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = სტრიქონი { $line }: მწკრივს არც განაცხადის ID (Submission ID) აქვს და არც საკონტროლო ნომერი (Tracking Number).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = სტრიქონი { $line }: მწკრივს ID არ აქვს იმ სვეტში, რომელსაც სვეტების შესაბამისობა ID-ად ასახელებს.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = სტრიქონი { $line }: მწკრივში კატეგორია მითითებული არ არის, გამოცემას კი არ აქვს სექცია, რომელშიც მისი შეტანა შეიძლება.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ სწორი იდენტიფიკატორი არ არის (მიზეზის სანახავად გაუშვით „caravan ids check“).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = სტრიქონი { $line }, სვეტი „{ $column }“: { $value } უკვე სხვა ნაწარმოებს ეკუთვნის.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = ეს არ არის ISAN, EIDR, ISRC ან ISWC.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = ეს { $kind }-ს ჰგავს, მაგრამ სიგრძე ან სიმბოლოები არასწორია.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = საკონტროლო სიმბოლო არ ემთხვევა: ამ { $kind }-ში ბეჭდვის შეცდომაა.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = ამ { $kind }-ის პირველი ორი ასო არ არის ქვეყნის ან სარეგისტრაციო სააგენტოს კოდი.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = ამ { $kind }-ის პრეფიქსი ჯერ არ არის იმ სიაში, რომელიც Caravan-ს აქვს; შესაძლოა, ის IFPI-მ ახლახან გასცა. ის შენახულია ისე, როგორც ჩაწერილია.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = ნაწარმოებს „{ $work }“ ენაზე „{ $lang }“ ტექსტი არ აქვს.
# $work (String) - the work as named
error--title-last = ეს ნაწარმოების „{ $work }“ ერთადერთი სათაურია; წაშლამდე დაამატეთ სხვა.
error--duplicate-same-work = ნაწარმოების საკუთარ თავთან გაერთიანება ან საკუთარი თავის დუბლიკატად უარყოფა შეუძლებელია.
# $id (Number) - the submission number
error--submission-not-found = №{ $id } განაცხადი არ არსებობს.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = { $file } ვერ ჩაიწერა: { $reason }. ნაწილობრივ ჩაწერილი ფაილი არ დარჩენილა.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = „{ $value }“ ვერ დაემატება: { $reason } არაფერი შენახულა.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } უკვე ეკუთვნის №{ $work } ნაწარმოებს. არაფერი შენახულა.
# $label (String) - the label as given
error--label-not-found = გამოცემას არ აქვს შერჩევის ნიშნული „{ $label }“; გამოიყენეთ undecided, selected, not-selected ან მისი ერთ-ერთი ნიშნული.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = მისი პირველი სტრიქონი
envelope-part--header = მისი თავსართი
envelope-part--signature = მისი ხელმოწერა
envelope-part--payload = მისი შიგთავსი
envelope-part--attachment = დანართი
envelope-part--attachments = მისი დანართების სია
envelope-part--body = ტექსტი
envelope-part--file = ფაილი
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = კონვერტი ბოლომდე არ მოსულა: { $what } არასრულია. არაფერი ასახულა.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = კონვერტი Caravan-ისთვის წაკითხვადი არ არის ({ $detail }). არაფერი ასახულა.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = კონვერტი გზაში დაზიანდა: { $what } თავის ანაბეჭდს არ ემთხვევა. არაფერი ასახულა.
# $version (Number) - the format version found
error--envelope-unsupported-version = კონვერტის ფორმატის ვერსიაა { $version }, რომელსაც Caravan-ის ეს ვერსია ვერ კითხულობს; მის წასაკითხად განაახლეთ Caravan. არაფერი ასახულა.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = კონვერტი უარყოფილია: { $what } { $size } ბაიტს შეადგენს, რაც { $limit } ბაიტის ზღვარს აღემატება. არაფერი წაკითხულა და არაფერი ასახულა.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = კონვერტის გამგზავნია { $sender } — გასაღები, რომელიც არცერთი წევრის ბარათზე არ არის. ჯერ წევრის ბარათის იმპორტი გააკეთეთ. არაფერი ასახულა.
error--envelope-bad-signature = კონვერტის ხელმოწერა გამგზავნის გასაღებს არ ემთხვევა: ის გაყალბებულია ან შეცვლილი. არაფერი ასახულა.
error--envelope-not-addressed = კონვერტში ეს პროფილი ადრესატადაა მითითებული, მაგრამ კონვერტი მისი გასაღებით არ არის დალუქული. არაფერი ასახულა.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = გამგზავნის { $sender } №{ $seq } კონვერტი მოვიდა იქ, სადაც №{ $expected } კონვერტი იყო მოსალოდნელი. არაფერი ასახულა.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = გამგზავნის { $sender } №{ $seq } კონვერტი უკვე ასახულია; ხელახლა აღარ აისახა.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = გამგზავნის { $sender } №{ $seq } კონვერტი არ აგრძელებს მანამდე ასახულ კონვერტს: ნაკადი გადაწერილია. არაფერი ასახულა.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = გასაღებით { $sender } ხელმოწერილი კონვერტი აღმოჩნდა გასაღების { $stream } ნაკადში. არაფერი ასახულა.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = დანართის სახელს „{ $name }“ შეუძლია საკუთარი საქაღალდის გარეთ გასვლა. არაფერი ასახულა.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = დანართი „{ $name }“ არ არის ის ფაილი, რომელსაც მისი კონვერტი აღწერს. არაფერი ასახულა.
# $seq (Number) - the envelope's number
error--envelope-missing = №{ $seq } კონვერტი ნაკადში არ არის, თუმცა ნაკადის თავის მიხედვით იქ უნდა იყოს. მის შემდეგ არაფერი ასახულა.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = „{ $kind }“ ტიპის კონვერტებს Caravan-ის ეს ვერსია ვერ კითხულობს; მათ წასაკითხად განაახლეთ Caravan. არაფერი ასახულა.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = ეს არ არის წევრის ბარათი, რომელსაც Caravan კითხულობს ({ $detail }). არაფერი შენახულა.
error--card-bad-signature = წევრის ბარათის ხელმოწერა მის გასაღებებს არ ემთხვევა: ბარათი შეცვლილია. არაფერი შენახულა.
# $member (String) - the member's short name
error--card-not-a-rotation = წევრის „{ $member }“ ბარათი ახალ გასაღებებს ასახელებს, მაგრამ ხელმოწერილი არ არის წევრის მიმდინარე გასაღებით. სანამ ენდობით, ანაბეჭდები წევრთან შეადარეთ. არაფერი შენახულა.
# $member (String) - the member's short name
error--card-is-own = ბარათი „{ $member }“ ამ პროფილის საკუთარი ბარათია.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = „{ $value }“ ანაბეჭდი არ არის: რომელიღაც სიმბოლო არასწორია ან აკლია.
# $member (String) - the member's short name
error--fingerprint-mismatch = მითითებული ანაბეჭდი არ ემთხვევა წევრის „{ $member }“ ბარათზე არსებულს. ნუ ენდობით ამ ბარათს, სანამ მიზეზს არ გაარკვევთ. არაფერი შეცვლილა.
error--identity-passphrase-wrong = გასაღებების გახსნა ვერ მოხერხდა: საიდუმლო ფრაზა არასწორია.
error--identity-passphrase-needed = ამ პროფილის გასაღებები საიდუმლო ფრაზითაა დალუქული. მიუთითეთ ის (სკრიპტებში — CARAVAN_PASSPHRASE ცვლადით).
error--identity-keychain-unavailable = ამ პროფილის გასაღებები სისტემის გასაღებების საცავში ინახება, რომელიც არ პასუხობს. განბლოკეთ საცავი და კვლავ სცადეთ.
error--identity-missing = ამ პროფილს ჯერ ვინაობა არ აქვს. ჯერ შექმენით ის (caravan identity init).
error--identity-exists = ამ პროფილს უკვე აქვს ვინაობა. გასაღებების შესაცვლელად გამოიყენეთ როტაცია (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = წევრი „{ $member }“ არ არსებობს.
# $member (String) - the member's short name
error--member-no-card = წევრის „{ $member }“ ბარათი არ გაქვთ. ჯერ წევრის ბარათის იმპორტი გააკეთეთ.
error--exchange-no-recipients = არცერთი წევრის ბარათი არ გაქვთ, რომ გაუგზავნოთ. ჯერ წევრების ბარათების იმპორტი გააკეთეთ.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = №{ $id } გაცვლის წერტილი არ არსებობს.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = { $url } მიუწვდომელია: { $reason }. უკვე ასახული ცვლილებები შენარჩუნებულია; კვლავ სცადეთ.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = მისამართმა { $url } დააბრუნა HTTP სტატუსი { $status }. უკვე ასახული ცვლილებები შენარჩუნებულია; კვლავ სცადეთ.
# $url (String) - the exchange point
error--exchange-read-only = { $url } მხოლოდ წასაკითხადაა ხელმისაწვდომი: გამოსაქვეყნებლად საჭიროა WebDAV სერვერი ან საქაღალდე.
# $path (String) - the envelope's place at the point
error--stream-conflict = მისამართზე { $path } უკვე სხვა კონვერტი დევს: ამ პროფილის ნაკადი მისი სხვა ასლიდან გამოქვეყნდა. არაფერი გადაწერილა.
error--exchange-no-points = გაცვლის წერტილი არ არის დაყენებული. დაამატეთ საქაღალდე ან მისამართი, სადაც ალიანსის წევრები მონაცემებს ცვლიან (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = { $file } ვერ იკითხება: { $reason }. არაფერი შენახულა.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = წევრის „{ $member }“ გასაღები გაუქმებულია: მისი ხელმოწერით აღარაფერი მიიღება. გააკეთეთ წევრის ახალი ბარათის იმპორტი და დაადასტურეთ ის. არაფერი ასახულა.
# $id (Number) - the recommendation's number
error--recommendation-not-found = ამ პროფილს №{ $id } რეკომენდაცია არ მიუღია.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = პასუხი ეხება რეკომენდაციას { $uid }, რომელიც ამ პროფილს იმ წევრისთვის არ გაუგზავნია. არაფერი ასახულა.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = რეკომენდაცია { $uid } უკვე მოვიდა; მეორედ აღარ აისახა.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = „{ $from }“ მდგომარეობის რეკომენდაცია ვერ გადავა მდგომარეობაში „{ $to }“. არაფერი შეცვლილა.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = რეკომენდაცია Caravan-ისთვის წაკითხვადი არ არის ({ $detail }). არაფერი შენახულა.
error--person-no-name = პიროვნებას სახელი სჭირდება ერთი დამწერლობით მაინც. არაფერი გაგზავნილა.
error--recommendation-edition-needed = მიუთითეთ, რომელ გამოცემაში შედის ნაწარმოები (და, სურვილისამებრ, რომელ სექციაში).
# $value (String) - the date as given
error--date-invalid = „{ $value }“ არ არის თარიღი ან ისეთი პერიოდი, რომელიც დაწყების შემდეგ მთავრდება; თარიღები ჩაწერეთ ფორმატით YYYY-MM-DD.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = კატალოგის №{ $id } ჩანაწერი არ არსებობს.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = ნაწარმოების ჩვენების უფლებები არ მოიცავს ტერიტორიას { $territory }, სადაც წევრი „{ $member }“ მოქმედებს.
# $alliance (String) - the alliance's short name
error--alliance-not-found = ალიანსი „{ $alliance }“ არ არსებობს.
error--alliance-needed = დონე და გაწევრიანების თარიღი წევრობას ეკუთვნის: მიუთითეთ ალიანსი.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = „{ $tier }“ ალიანსის „{ $alliance }“ დონე არ არის. არაფერი შეცვლილა.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = ველი „{ $what }“ დასაშვებ სიგრძეს ({ $limit }) აღემატება. არაფერი შეცვლილა.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = ველი „{ $what }“ { $limit }-ზე მეტ ენაზეა დაწერილი. არაფერი შეცვლილა.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = „{ $value }“ არ არის „{ $kind }“ ტიპის სწორი კონტაქტი. არაფერი შეცვლილა.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = „{ $member }“ აქ ალიანსის „{ $alliance }“ სამდივნოდ არ ითვლება, ამიტომ მისი რეესტრი არ მიიღება. არაფერი შეცვლილა.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = რეესტრი არასწორადაა ფორმირებული ({ $detail }). არაფერი ასახულა.
# $id (Number) - the application's number
error--application-not-found = №{ $id } კანდიდატურა არ არსებობს.
# $id (Number) - the application's number
error--application-decided = №{ $id } კანდიდატურაზე გადაწყვეტილება უკვე მიღებულია. არაფერი შეცვლილა.
# $member (String) - the applicant's short name
error--application-exists = „{ $member }“-ის კანდიდატურა უკვე განიხილება.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = „{ $member }“ უკვე ალიანსის „{ $alliance }“ წევრია.
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = „{ $criterion }“ ალიანსის „{ $alliance }“ გაწევრიანების კრიტერიუმი არ არის. არაფერი შეცვლილა.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = კანდიდატურის თავდები მხოლოდ ალიანსის წევრი შეიძლება იყოს, „{ $member }“ კი ალიანსის „{ $alliance }“ წევრი არ არის. არაფერი შეცვლილა.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = გაწევრიანებისთვის მომხრეთა ხმები მოწინააღმდეგეთა ხმებზე მეტი უნდა იყოს; { $for } მომხრე და { $against } მოწინააღმდეგე ამ პირობას არ აკმაყოფილებს. არაფერი შეცვლილა.
# $value (String) - the section's short name
error--section-ambiguous = სექცია „{ $value }“ ერთზე მეტ გამოცემაშია: მიუთითეთ გამოცემა.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = სექციას „{ $section }“ №{ $round } ტური არ აქვს.
error--shortlist-first-round = პირველ ტურს წინა ტური არ აქვს, საიდანაც მოკლე სიის აღება შეიძლება.
# $value (String) - the juror's email
error--juror-not-found = ჟიურის წევრი „{ $value }“ არ არსებობს.
# $value (String) - the person's name
error--person-not-found = არცერთი ნაწარმოების შემოქმედებით ჯგუფში „{ $value }“ სახელით არავინ არის.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } არ არის კრიტერიუმის „{ $criterion }“ ქულა: მისი სკალა { $min }-დან { $max }-მდეა, ბიჯით { $step }. არაფერი შეცვლილა.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = სკალა იწყება უმცირესი ქულით და მთავრდება მასზე მაღალი უდიდესი ქულით, აქვს დადებითი ბიჯი და დადებითი წონა; { $min }-დან { $max }-მდე, ბიჯით { $step } და წონით { $weight } ასეთი სკალა არ არის.
error--reviews-per-entry-zero = თითოეულ საკონკურსო ნაწარმოებს მინიმუმ ერთი შეფასება სჭირდება.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = „{ $juror }“ №{ $work } ნაწარმოებზე დანიშნული არ არის. არაფერი შეცვლილა.
# $value (String) - the criterion as written
error--criterion-not-found = შეფასების სქემაში კრიტერიუმი „{ $value }“ არ არის. არაფერი შეცვლილა.
# $value (String) - what was wrong
error--scores-file-invalid = ქულების ფაილი ვერ იკითხება: { $value }. არაფერი შეცვლილა.
# $value (String) - the value as written
error--score-not-a-number = „{ $value }“ რიცხვი არ არის.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = ამ ფაილში „{ $juror }“ №{ $work } ნაწარმოებს კრიტერიუმით „{ $criterion }“ ორჯერ აფასებს.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [one] ფაილის ერთი მწკრივი უარყოფილია, ამიტომ იმპორტი არ შესრულებულა.
   *[other] ფაილის { $count } მწკრივი უარყოფილია, ამიტომ იმპორტი არ შესრულებულა.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = სექციის „{ $section }“ №{ $round } ტურს ჯერ შეფასების სქემა არ აქვს: ჯერ დაამატეთ მისი კრიტერიუმები.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = №{ $work } ნაწარმოები სექციის „{ $section }“ №{ $round } ტურის საკონკურსო ნაწარმოებებს შორის არ არის.
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = „{ $juror }“ სექციის „{ $section }“ ჟიურის წევრი არ არის.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = ჟიურის წევრს „{ $juror }“ №{ $work } ნაწარმოებთან ინტერესთა კონფლიქტი აქვს: ეს წყვილი არასოდეს ინიშნება, ფასდება ან ითვლება. არაფერი შეცვლილა.
# $value (String) - the juror's email
error--juror-no-card = ჟიურის წევრს „{ $value }“ ჯერ ბარათი არ მოუცია: დაამატეთ ის ბრძანებით „jury juror add … --card FILE“, რომ პაკეტი მხოლოდ ამ ჟიურის წევრისთვის დაილუქოს.
# $value (String) - the juror's email
error--juror-no-entries = ჟიურის წევრი „{ $value }“ არცერთ საკონკურსო ნაწარმოებზე არ არის დანიშნული: პაკეტში ჩასადები არაფერია.
# $value (String) - the kind the file holds
error--packet-wrong-kind = ფაილში „{ $value }“ ტიპის კონვერტია და არა მოთხოვნილი. არაფერი შეცვლილა.
error--no-packet = ამ პროფილში ჟიურის პაკეტი არ გახსნილა: ჯერ გახსენით თავმჯდომარის პაკეტი.
error--sheet-unknown-juror = შეფასების ფურცელი ხელმოწერილია გასაღებით, რომელიც არცერთი ჟიურის წევრის ბარათზე არ არის. არაფერი შეცვლილა.
# $value (String) - the award's short name
error--award-not-found = ჯილდო „{ $value }“ არ არსებობს.
# $value (String) - the award's short name
error--award-decided = ჯილდოს „{ $value }“ გამარჯვებული უკვე ჰყავს. არაფერი შეცვლილა.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = №{ $work } ნაწარმოებს ამ გამოცემის სხვა ჯილდო უკვე აქვს მოპოვებული და ჯილდოს „{ $award }“ ვეღარ მიიღებს. არაფერი შეცვლილა.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = ხმის მიმცემმა „{ $voter }“ №{ $round } ტურში ხმა უკვე მისცა. არაფერი შეცვლილა.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = №{ $round } ტურში ჯილდოსთვის „{ $award }“ ჯერ არავის მიუცია ხმა.
# $value (String) - the file given
error--screener-not-video = „{ $value }“ არ არის ვიდეოფაილი, რომელიც სკრინერად გამოდგება (WebM, MP4, M4V, MKV, MOV ან OGV). არაფერი შეცვლილა.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ Caravan-ისთვის უცნობი ქვეყანაა. ის შენახულია ისე, როგორც ჩაწერილია, ნაწარმოები კი მონიშნულია.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ Caravan-ისთვის უცნობი ქვეყანაა; ხომ არ გულისხმობდით: { $suggestion }? ის შენახულია ისე, როგორც ჩაწერილია, ნაწარმოები კი მონიშნულია.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ Caravan-ისთვის უცნობი ენაა. ის შენახულია ისე, როგორც ჩაწერილია, ნაწარმოები კი მონიშნულია.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ Caravan-ისთვის უცნობი ენაა; ხომ არ გულისხმობდით: { $suggestion }? ის შენახულია ისე, როგორც ჩაწერილია, ნაწარმოები კი მონიშნულია.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = სტრიქონი { $line }, სვეტი „{ $column }“: „{ $value }“ Caravan-ისთვის უცნობი განაცხადის სტატუსია. განაცხადი განხილვაში რჩება, სტატუსი შენახულია ისე, როგორც ჩაწერილია, ნაწარმოები კი მონიშნულია.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = სტრიქონი { $line }, სვეტი „{ $column }“: უჯრაში იყო მმართველი სიმბოლოები (მაგალითად, NUL), რომლებიც ამოღებულია: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = სტრიქონი { $line }, { $column }: ISRC { $value } იწყება პრეფიქსით, რომელიც Caravan-მა ჯერ არ იცის; ის შენახულია ისე, როგორც ჩაწერილია. თუ საეჭვოდ გამოიყურება, გადაამოწმეთ ლეიბლთან.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = სტრიქონი { $line }, { $column }: მეორე რესურსსაც აქვს ISRC { $value }; პირველის იმპორტი შესრულდა, ეს კი გამოტოვებულია.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = სტრიქონი { $line }, { $column }: მეორე რესურსსაც აქვს იდენტიფიკატორი { $value }; პირველის იმპორტი შესრულდა, ეს კი გამოტოვებულია.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = სტრიქონი { $line }, { $column }: ISRC { $value } იწყება პრეფიქსით, რომელიც Caravan-მა ჯერ არ იცის; ის შენახულია ისე, როგორც ჩაწერილია. თუ საეჭვოდ გამოიყურება, გადაამოწმეთ ლეიბლთან.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = სტრიქონი { $line }, { $column }: დამატებით რესურსს { $value } იდენტიფიკატორი არ აქვს, ამიტომ ის გამოტოვებულია; მიწოდების დანარჩენი ნაწილის იმპორტი შესრულდა.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = სტრიქონი { $line }, { $column }: „{ $value }“ სწორი ISAN არ არის; რესურსის იმპორტი მის გარეშე შესრულდა.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = სტრიქონი { $line }, { $column }: „{ $value }“ სწორი EIDR არ არის; რესურსის იმპორტი მის გარეშე შესრულდა.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = სტრიქონი { $line }, { $column }: შეტყობინების თანახმად, მისი ვერსიაა { $value }, მაგრამ მისი სახელთა სივრცე ERN-ის სხვა ვერსიას ასახელებს; ის წაკითხულია სახელთა სივრცის მიხედვით.
