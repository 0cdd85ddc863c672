# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } Caravan डेटाबेस नहीं है: यह SQLite फ़ाइल नहीं है। कुछ भी नहीं बदला गया।
# $path (String) - the database file
error--db-foreign = { $path } किसी दूसरे प्रोग्राम का SQLite डेटाबेस है, Caravan का नहीं। कुछ भी नहीं बदला गया।
# $path (String) - the database file
error--db-corrupt = { $path } क्षतिग्रस्त है और उसे पढ़ा नहीं जा सकता। कुछ भी नहीं बदला गया; इसे बैकअप से बहाल करें।
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } को Caravan के किसी नए वर्ज़न ने लिखा है (स्कीमा { $found }; यह वर्ज़न केवल { $supported } तक जानता है)। इसे खोलने के लिए Caravan अपडेट करें। कुछ भी नहीं बदला गया।
# $path (String) - the database file
error--db-busy = { $path } इस समय किसी दूसरे प्रोग्राम के उपयोग में है। थोड़ी देर बाद फिर से कोशिश करें।
# $path (String) - the database file
error--db-read-only = { $path } में लिखा नहीं जा सकता: इसकी अनुमतियाँ जाँचें।
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = { $path } खोला नहीं जा सकता: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = { $path } में डेटाबेस त्रुटि: { $reason }
error--db-no-data-dir = इस कंप्यूटर पर एप्लिकेशन डेटा के लिए कोई फ़ोल्डर नहीं है। --db या CARAVAN_DB से कोई डेटाबेस फ़ाइल चुनें।

# $slug (String) - the slug asked for
error--slug-taken = स्लग “{ $slug }” पहले से उपयोग में है।
# $value (String) - the slug given
error--slug-invalid = “{ $value }” मान्य स्लग नहीं है: केवल छोटे लैटिन अक्षर, अंक और एकल हाइफ़न का उपयोग करें।
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = “{ $value }” भाषा टैग नहीं है। BCP 47 टैग का उपयोग करें; इंटरफ़ेस इन भाषाओं में उपलब्ध है: { $supported }।
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = इंटरफ़ेस “{ $value }” में उपलब्ध नहीं है। इनमें से कोई एक चुनें: { $supported }।
# $value (String) - the code given
error--country-invalid = “{ $value }” ISO 3166-1 देश कोड नहीं है।
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: “{ $value }” स्वीकार्य मान नहीं है।
# $what (String) - the name of the field, from what--*
error--value-empty = { $what } भरना ज़रूरी है।

# $work (String) - what the user typed to name the work
error--work-not-found = “{ $work }” नाम की कोई कृति नहीं है। कृति को उसकी संख्या से, ff: और उसके FilmFreeway Submission ID से, या उसके Tracking Number अथवा ISRC जैसे किसी पहचानकर्ता से बताएँ।
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }” कई कृतियों ({ $count }) से मेल खाता है। कृति को उसकी संख्या से बताएँ।
# $edition (String) - the edition slug given
error--edition-not-found = “{ $edition }” नाम का कोई संस्करण नहीं है। “caravan editions list” कमांड सभी संस्करण दिखाती है।
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = संस्करण “{ $edition }” में “{ $section }” नाम का कोई खंड नहीं है। कुछ भी नहीं बदला गया।
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = विंडो ने ऐसा अनुरोध भेजा जिसे Caravan पढ़ नहीं सकता ({ $detail })। कुछ भी नहीं बदला गया।
# $value (String) - the cursor given
error--cursor-invalid = “{ $value }” इस सूची का कर्सर नहीं है: पिछले पेज का “next” मान उसी क्रम के साथ उपयोग करें।
# $change (Number) - the number of the status change
error--status-change-not-found = स्थिति परिवर्तन { $change } मौजूद नहीं है।
# $change (Number) - the number of the status change
error--status-change-undone = स्थिति परिवर्तन { $change } पहले ही पूर्ववत किया जा चुका है। कुछ भी नहीं बदला गया।
error--status-nothing-to-set = लागू करने के लिए सबमिशन स्थिति, मूल्यांकन स्थिति या दोनों चुनें।

# $command (String) - the word that is not a command
error--cli-unknown-command = “{ $command }” Caravan की कोई कमांड नहीं है। कमांड देखने के लिए “caravan --help” चलाएँ।
# $argument (String) - the option that is not known
error--cli-unknown-argument = “{ $argument }” इस कमांड का विकल्प नहीं है। इसके विकल्प देखने के लिए --help जोड़ें।
# $argument (String) - the argument that is missing
error--cli-missing-argument = इस कमांड के लिए { $argument } ज़रूरी है।
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = “{ $value }”, { $argument } के लिए मान्य मान नहीं है।
# $detail (String) - the parser's own explanation, in English
error--cli-usage = कमांड लाइन मान्य नहीं है: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = कुछ अनपेक्षित गड़बड़ी हुई: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } खाली है। कुछ भी सहेजा नहीं गया।
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } ऐसा चित्र नहीं है जिसे Caravan पढ़ सके (JPEG, PNG, WebP, GIF, TIFF या BMP)। कुछ भी सहेजा नहीं गया।
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } बीच में ही ख़त्म हो जाती है: फ़ाइल अधूरी है। कुछ भी सहेजा नहीं गया।
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } क्षतिग्रस्त है ({ $reason })। कुछ भी सहेजा नहीं गया।
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } उससे बड़ी है जितना Caravan स्वीकार करता है (हर भुजा पर अधिकतम 20,000 पिक्सेल और कुल 100 मेगापिक्सेल)। कुछ भी सहेजा नहीं गया।
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = { $file } को पढ़ा या सहेजा नहीं जा सकता: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = { $file } के थंबनेल नहीं बन सके: { $reason }। कुछ भी सहेजा नहीं गया।
# $id (Number) - the image number given
error--media-not-found = चित्र { $id } मौजूद नहीं है।

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan अपनी विंडो नहीं खोल सका: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = { $file } पढ़ी नहीं जा सकती: { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } खाली है: इसमें हेडर पंक्ति नहीं है। कुछ भी आयात नहीं किया गया।
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } में “{ $column }” कॉलम नहीं है, इसलिए यह FilmFreeway से निर्यात की गई सबमिशन फ़ाइल नहीं है। कुछ भी आयात नहीं किया गया।
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, पंक्ति { $line }: फ़ाइल को CSV के रूप में पढ़ा नहीं जा सकता ({ $reason })। कुछ भी आयात नहीं किया गया।
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } को Excel वर्कबुक के रूप में पढ़ा नहीं जा सकता ({ $reason })। कुछ भी आयात नहीं किया गया।
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } में “{ $column }” कॉलम नहीं है, जबकि कॉलम मैपिंग में इसका नाम दिया गया है। कोई दूसरी मैपिंग चुनें या इसे ठीक करें। कुछ भी आयात नहीं किया गया।
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = कॉलम मैपिंग पढ़ी नहीं जा सकती: { $detail }। मैपिंग एक JSON होती है: एक नाम और हर हेडर के लिए यह जानकारी कि उस कॉलम में क्या है (title, directors, countries …)।
# $detail (String) - unused here
error--mapping-no-name = कॉलम मैपिंग का कोई नाम नहीं है। इसे सहेजने और अगले आयात में इसकी पंक्तियों को फिर से पहचानने के लिए इसे एक नाम दें।
# $detail (String) - unused here
error--mapping-no-title = कॉलम मैपिंग के अनुसार किसी भी कॉलम में शीर्षक नहीं है। किसी एक कॉलम को शीर्षक से मैप करें।
# $detail (String) - unused here
error--mapping-no-id = कॉलम मैपिंग के अनुसार किसी भी कॉलम में पंक्ति की आईडी नहीं है। किसी एक कॉलम को आईडी से मैप करें, ताकि फ़ाइल दोबारा आयात करने पर उसकी कृतियाँ दो बार जुड़ने के बजाय अपडेट हों।
# $detail (String) - what is mapped twice
error--mapping-twice = कॉलम मैपिंग दो कॉलमों को “{ $detail }” से मैप करती है, जबकि यह जानकारी केवल एक कॉलम में होती है।
# $mapping (String) - the name or file given
error--mapping-not-found = “{ $mapping }” नाम की कोई कॉलम मैपिंग नहीं है, और न ही इस नाम की कोई फ़ाइल।
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = मैपिंग “{ $mapping }” अंतर्निहित है; अपनी मैपिंग किसी दूसरे नाम से सहेजें।
# $encoding (String) - the encoding given
error--encoding-unknown = “{ $encoding }” ऐसी एन्कोडिंग नहीं है जिसे Caravan जानता हो। windows-1252, windows-1251, gb18030 या shift_jis जैसे किसी नाम का उपयोग करें।
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = “{ $vocabulary }” ऐसा मान-प्रकार नहीं है जिसे आयात याद रखता है: country, language या status का उपयोग करें।
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = “{ $code }” कोई { $vocabulary ->
    [country] देश कोड (जैसे QA)
    [language] भाषा टैग (जैसे fr या pt-BR)
   *[status] सबमिशन स्थिति (in-consideration, incomplete, disqualified या withdrawn)
} नहीं है।
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = “{ $name }” के लिए कोई उपनाम नहीं है।
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [one] { $count } पंक्ति अस्वीकार की गई, इसलिए कुछ भी आयात नहीं किया गया। इसे ठीक करें, या बाकी पंक्तियाँ --partial के साथ आयात करें।
   *[other] { $count } समस्याएँ मिलीं, इसलिए कुछ भी आयात नहीं किया गया। इन्हें ठीक करें, या सही पंक्तियाँ --partial के साथ आयात करें।
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, पंक्ति { $line }, कॉलम { $column }: यह सही ढंग से बना XML नहीं है ({ $value })। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, पंक्ति { $line }: { $element } DDEX ERN NewReleaseMessage नहीं है ({ $value })। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, पंक्ति { $line }: यह ERN वर्ज़न समर्थित नहीं है ({ $value }); Caravan ERN 3.4 से 3.8 और 4.x पढ़ता है। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, पंक्ति { $line }: रिलीज़ की रिकॉर्डिंग या वीडियो { $element } का कोई भी पहचानकर्ता नहीं है (न ISRC, न ISAN, न EIDR, न कोई निजी आईडी)। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } इतनी बड़ी है कि Caravan इसे DDEX संदेश के रूप में नहीं पढ़ता ({ $value })। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, पंक्ति { $line }: एलिमेंट किसी भी DDEX संदेश से ज़्यादा गहराई तक नेस्ट किए गए हैं ({ $value })। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, पंक्ति { $line }, कॉलम { $column }: { $element } में “{ $value }” मान्य ISRC नहीं है। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, पंक्ति { $line }: साउंड रिकॉर्डिंग { $element } का कोई शीर्षक नहीं है। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, पंक्ति { $line }, कॉलम { $column }: { $element } में “{ $value }” PT3M25S जैसी ISO 8601 अवधि नहीं है। कुछ भी आयात नहीं किया गया।
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, पंक्ति { $line }: { $element } ऐसे रिसोर्स का हवाला देता है जो संदेश में है ही नहीं ({ $value })। कुछ भी आयात नहीं किया गया।

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = पंक्ति { $line }: इस पंक्ति में सेलों की संख्या हेडर से अलग है ({ $value })।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = पंक्ति { $line }, कॉलम “{ $column }”: पाठ UTF-8 में नहीं है ({ $value })। फ़ाइल को UTF-8 या UTF-16 में सहेजें।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” 1:32:05 जैसी अवधि नहीं है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसी तारीख़ नहीं है जिसे Caravan पढ़ सके (जैसे 2025-07-19)।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” वर्ष नहीं है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसा देश नहीं है जिसे Caravan जानता हो।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसी भाषा नहीं है जिसे Caravan जानता हो।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” FilmFreeway की सबमिशन स्थिति नहीं है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = पंक्ति { $line }: प्रोजेक्ट का कोई शीर्षक नहीं है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = पंक्ति { $line }: इस पंक्ति में न Submission ID है, न Tracking Number।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = पंक्ति { $line }: मैपिंग ने जिस कॉलम को आईडी बताया है, उसमें इस पंक्ति की कोई आईडी नहीं है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = पंक्ति { $line }: पंक्ति में कोई श्रेणी नहीं दी गई है, और संस्करण में ऐसा कोई खंड नहीं है जिसमें इसे रखा जा सके।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” मान्य पहचानकर्ता नहीं है (कारण जानने के लिए “caravan ids check” चलाएँ)।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = पंक्ति { $line }, कॉलम “{ $column }”: { $value } पहले से किसी दूसरी कृति का है।

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = यह ISAN, EIDR, ISRC या ISWC नहीं है।
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = यह { $kind } जैसा दिखता है, लेकिन इसकी लंबाई या अक्षर गलत हैं।
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = चेक कैरेक्टर मेल नहीं खाता: इस { $kind } में टाइपिंग की गलती है।
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = इस { $kind } के पहले दो अक्षर किसी देश या पंजीकरण एजेंसी का कोड नहीं हैं।
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = इस { $kind } का प्रीफ़िक्स अभी Caravan की सूची में नहीं है; हो सकता है IFPI ने इसे हाल ही में जारी किया हो। इसे जैसा लिखा है, वैसा ही रखा गया है।

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = कृति “{ $work }” में “{ $lang }” भाषा का कोई पाठ नहीं है।
# $work (String) - the work as named
error--title-last = यह कृति “{ $work }” का एकमात्र शीर्षक है; इसे हटाने से पहले कोई दूसरा शीर्षक जोड़ें।
error--duplicate-same-work = किसी कृति का ख़ुद से विलय नहीं किया जा सकता, न ही उसे अपना ही डुप्लिकेट मानकर ख़ारिज किया जा सकता है।
# $id (Number) - the submission number
error--submission-not-found = सबमिशन { $id } मौजूद नहीं है।
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = { $file } लिखी नहीं जा सकी: { $reason }। कोई अधूरी फ़ाइल नहीं छोड़ी गई।
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = “{ $value }” नहीं जोड़ा जा सकता: { $reason } कुछ भी सहेजा नहीं गया।
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } पहले से कृति { $work } का है। कुछ भी सहेजा नहीं गया।
# $label (String) - the label as given
error--label-not-found = संस्करण में “{ $label }” नाम का कोई मूल्यांकन लेबल नहीं है; undecided, selected, not-selected या इसके किसी लेबल का उपयोग करें।

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = इसकी पहली पंक्ति
envelope-part--header = इसका हेडर
envelope-part--signature = इसका हस्ताक्षर
envelope-part--payload = इसकी सामग्री
envelope-part--attachment = एक अटैचमेंट
envelope-part--attachments = इसके अटैचमेंट की सूची
envelope-part--body = पाठ
envelope-part--file = फ़ाइल
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = लिफ़ाफ़ा बीच में कटा हुआ है: { $what } का कुछ हिस्सा गायब है। कुछ भी लागू नहीं किया गया।
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = यह लिफ़ाफ़ा ऐसा नहीं है जिसे Caravan पढ़ सके ({ $detail })। कुछ भी लागू नहीं किया गया।
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = लिफ़ाफ़ा रास्ते में क्षतिग्रस्त हो गया: { $what } और उसके फ़िंगरप्रिंट में मेल नहीं है। कुछ भी लागू नहीं किया गया।
# $version (Number) - the format version found
error--envelope-unsupported-version = लिफ़ाफ़ा फ़ॉर्मेट वर्ज़न { $version } में है, जिसे Caravan का यह वर्ज़न नहीं पढ़ता; इसे पढ़ने के लिए Caravan अपडेट करें। कुछ भी लागू नहीं किया गया।
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = लिफ़ाफ़ा अस्वीकार किया गया: { $what } का आकार { $size } बाइट है, जो { $limit } बाइट की सीमा से ज़्यादा है। न कुछ पढ़ा गया, न लागू किया गया।
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = लिफ़ाफ़ा { $sender } से आया है, और इस कुंजी का किसी भी सदस्य के कार्ड में उल्लेख नहीं है। पहले उस सदस्य का कार्ड आयात करें। कुछ भी लागू नहीं किया गया।
error--envelope-bad-signature = लिफ़ाफ़े का हस्ताक्षर उसके प्रेषक की कुंजी से मेल नहीं खाता: इसे जाली बनाया गया है या इसमें बदलाव किया गया है। कुछ भी लागू नहीं किया गया।
error--envelope-not-addressed = लिफ़ाफ़े में यह प्रोफ़ाइल प्राप्तकर्ता के रूप में दर्ज है, लेकिन इसे इस प्रोफ़ाइल की कुंजी के लिए सील नहीं किया गया था। कुछ भी लागू नहीं किया गया।
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = { $sender } का लिफ़ाफ़ा { $seq } उस जगह आया जहाँ लिफ़ाफ़ा { $expected } आना था। कुछ भी लागू नहीं किया गया।
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = { $sender } का लिफ़ाफ़ा { $seq } पहले ही लागू किया जा चुका है; इसे दोबारा लागू नहीं किया गया।
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = { $sender } का लिफ़ाफ़ा { $seq } उससे पहले लागू किए गए लिफ़ाफ़े के क्रम में नहीं आता: स्ट्रीम को दोबारा लिखा गया है। कुछ भी लागू नहीं किया गया।
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = { $sender } द्वारा हस्ताक्षरित एक लिफ़ाफ़ा { $stream } की स्ट्रीम में मिला। कुछ भी लागू नहीं किया गया।
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = अटैचमेंट का नाम “{ $name }” अपने फ़ोल्डर से बाहर पहुँच सकता है। कुछ भी लागू नहीं किया गया।
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = अटैचमेंट “{ $name }” वह फ़ाइल नहीं है जिसका वर्णन उसका लिफ़ाफ़ा करता है। कुछ भी लागू नहीं किया गया।
# $seq (Number) - the envelope's number
error--envelope-missing = लिफ़ाफ़ा { $seq } स्ट्रीम में नहीं है, जबकि स्ट्रीम का हेड बताता है कि वह वहाँ है। उसके बाद का कुछ भी लागू नहीं किया गया।
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = “{ $kind }” प्रकार के लिफ़ाफ़े Caravan का यह वर्ज़न नहीं पढ़ता; इन्हें पढ़ने के लिए Caravan अपडेट करें। कुछ भी लागू नहीं किया गया।
# $detail (String) - what is wrong, in English from the program
error--card-malformed = यह ऐसा सदस्य कार्ड नहीं है जिसे Caravan पढ़ सके ({ $detail })। कुछ भी सहेजा नहीं गया।
error--card-bad-signature = सदस्य कार्ड का हस्ताक्षर उसकी कुंजियों से मेल नहीं खाता: इसमें बदलाव किया गया है। कुछ भी सहेजा नहीं गया।
# $member (String) - the member's short name
error--card-not-a-rotation = “{ $member }” के कार्ड में नई कुंजियाँ हैं, लेकिन इस पर सदस्य की मौजूदा कुंजी का हस्ताक्षर नहीं है। इस पर भरोसा करने से पहले सदस्य के साथ फ़िंगरप्रिंट मिलाएँ। कुछ भी सहेजा नहीं गया।
# $member (String) - the member's short name
error--card-is-own = “{ $member }” का कार्ड इसी प्रोफ़ाइल का अपना कार्ड है।
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = “{ $value }” फ़िंगरप्रिंट नहीं है: कोई अक्षर गलत है या छूट गया है।
# $member (String) - the member's short name
error--fingerprint-mismatch = दिया गया फ़िंगरप्रिंट “{ $member }” के कार्ड पर दिए फ़िंगरप्रिंट से अलग है। जब तक इसका कारण पता न चल जाए, इस कार्ड पर भरोसा न करें। कुछ भी नहीं बदला गया।
error--identity-passphrase-wrong = कुंजियाँ खोली नहीं जा सकीं: पासफ़्रेज़ गलत है।
error--identity-passphrase-needed = इस प्रोफ़ाइल की कुंजियाँ पासफ़्रेज़ से सील हैं। पासफ़्रेज़ दें (स्क्रिप्ट में CARAVAN_PASSPHRASE के ज़रिए)।
error--identity-keychain-unavailable = इस प्रोफ़ाइल की कुंजियाँ सिस्टम कीचेन में रखी हैं, जो जवाब नहीं दे रहा। कीचेन अनलॉक करें और फिर से कोशिश करें।
error--identity-missing = इस प्रोफ़ाइल की अभी कोई पहचान नहीं है। पहले पहचान बनाएँ (caravan identity init)।
error--identity-exists = इस प्रोफ़ाइल की पहचान पहले से मौजूद है। इसकी कुंजियाँ बदलने के लिए “caravan identity rotate” चलाएँ।
# $member (String) - the member's short name
error--member-not-found = “{ $member }” नाम का कोई सदस्य नहीं है।
# $member (String) - the member's short name
error--member-no-card = सदस्य “{ $member }” का कोई कार्ड मौजूद नहीं है। पहले उस सदस्य का कार्ड आयात करें।
error--exchange-no-recipients = भेजने के लिए किसी भी सदस्य का कार्ड मौजूद नहीं है। पहले सदस्यों के कार्ड आयात करें।
# $id (Number) - the exchange point's number
error--exchange-point-not-found = आदान-प्रदान स्थल { $id } मौजूद नहीं है।
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = { $url } तक पहुँचा नहीं जा सका: { $reason }। जो पहले ही लागू हो चुका है, वह बना रहेगा; फिर से कोशिश करें।
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } ने HTTP स्थिति कोड { $status } के साथ जवाब दिया। जो पहले ही लागू हो चुका है, वह बना रहेगा; फिर से कोशिश करें।
# $url (String) - the exchange point
error--exchange-read-only = { $url } को पढ़ा जा सकता है, लेकिन उसमें लिखा नहीं जा सकता: प्रकाशित करने के लिए WebDAV सर्वर या फ़ोल्डर चाहिए।
# $path (String) - the envelope's place at the point
error--stream-conflict = { $path } पर पहले से एक दूसरा लिफ़ाफ़ा मौजूद है: इस प्रोफ़ाइल की स्ट्रीम इसकी किसी दूसरी प्रति से प्रकाशित की गई थी। कुछ भी ओवरराइट नहीं किया गया।
error--exchange-no-points = कोई आदान-प्रदान स्थल सेट नहीं है। वह फ़ोल्डर या पता जोड़ें जहाँ गठबंधन के सदस्य आपस में जुड़ते हैं (caravan exchange points add)।
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = { $file } पढ़ी नहीं जा सकी: { $reason }। कुछ भी सहेजा नहीं गया।

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = “{ $member }” की कुंजी निरस्त कर दी गई है: अब इस कुंजी से हस्ताक्षरित कुछ भी स्वीकार नहीं किया जाता। सदस्य का नया कार्ड आयात करें और उसे सत्यापित करें। कुछ भी लागू नहीं किया गया।
# $id (Number) - the recommendation's number
error--recommendation-not-found = इस प्रोफ़ाइल को सिफ़ारिश { $id } नहीं मिली है।
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = यह जवाब सिफ़ारिश { $uid } के बारे में है, जिसे इस प्रोफ़ाइल ने उस सदस्य को नहीं भेजा था। कुछ भी लागू नहीं किया गया।
# $uid (String) - the recommendation's name
error--recommendation-duplicate = सिफ़ारिश { $uid } पहले ही आ चुकी है; इसे दोबारा नहीं लिया गया।
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = जो सिफ़ारिश { $from } है, वह { $to } नहीं हो सकती। कुछ भी नहीं बदला गया।
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = यह सिफ़ारिश ऐसी नहीं है जिसे Caravan पढ़ सके ({ $detail })। कुछ भी सहेजा नहीं गया।
error--person-no-name = व्यक्ति का नाम कम से कम एक लिपि में होना चाहिए। कुछ भी नहीं भेजा गया।
error--recommendation-edition-needed = बताएँ कि कृति किस संस्करण में जाएगी (और चाहें तो किस खंड में)।
# $value (String) - the date as given
error--date-invalid = “{ $value }” तारीख़ नहीं है, या ऐसा दायरा नहीं है जो शुरू होने के बाद ख़त्म होता हो; तारीख़ें YYYY-MM-DD के रूप में लिखें।
# $id (Number) - the entry's number
error--catalogue-entry-not-found = कैटलॉग प्रविष्टि { $id } मौजूद नहीं है।
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = कृति के प्रदर्शन अधिकारों में “{ $member }” का क्षेत्र { $territory } शामिल नहीं है।
# $alliance (String) - the alliance's short name
error--alliance-not-found = “{ $alliance }” नाम का कोई गठबंधन नहीं है।
error--alliance-needed = स्तर या जुड़ने की तारीख़ किसी सदस्यता से जुड़ी होती है: बताएँ कि कौन-सा गठबंधन।
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = “{ $tier }” गठबंधन “{ $alliance }” का स्तर नहीं है। कुछ भी नहीं बदला गया।
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = फ़ील्ड “{ $what }” अपनी अधिकतम सीमा { $limit } से लंबा है। कुछ भी नहीं बदला गया।
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = फ़ील्ड “{ $what }” { $limit } से ज़्यादा भाषाओं में लिखा गया है। कुछ भी नहीं बदला गया।
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = “{ $value }” “{ $kind }” प्रकार का मान्य संपर्क नहीं है। कुछ भी नहीं बदला गया।
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = यहाँ “{ $member }” गठबंधन “{ $alliance }” का सचिवालय नहीं है, इसलिए उसकी रजिस्ट्री नहीं अपनाई जाती। कुछ भी नहीं बदला गया।
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = रजिस्ट्री सही ढंग से बनी नहीं है ({ $detail })। कुछ भी लागू नहीं किया गया।
# $id (Number) - the application's number
error--application-not-found = आवेदन { $id } मौजूद नहीं है।
# $id (Number) - the application's number
error--application-decided = आवेदन { $id } पर पहले ही निर्णय हो चुका है। कुछ भी नहीं बदला गया।
# $member (String) - the applicant's short name
error--application-exists = “{ $member }” का एक आवेदन पहले से खुला है।
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = “{ $member }” पहले से गठबंधन “{ $alliance }” का सदस्य है।
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = “{ $criterion }” गठबंधन “{ $alliance }” का प्रवेश मानदंड नहीं है। कुछ भी नहीं बदला गया।
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = केवल गठबंधन के सदस्य ही किसी आवेदन के प्रस्तावक बन सकते हैं, और “{ $member }”, “{ $alliance }” का सदस्य नहीं है। कुछ भी नहीं बदला गया।
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = प्रवेश के लिए पक्ष में विरोध से ज़्यादा वोट चाहिए; पक्ष में { $for } और विरोध में { $against } वोट से प्रवेश नहीं हो सकता। कुछ भी नहीं बदला गया।
# $value (String) - the section's short name
error--section-ambiguous = एक से ज़्यादा संस्करणों में “{ $value }” खंड है: बताएँ कि कौन-सा संस्करण।
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = खंड “{ $section }” में दौर { $round } नहीं है।
error--shortlist-first-round = पहले दौर से पहले कोई दौर नहीं है, जिससे शॉर्टलिस्ट ली जा सके।
# $value (String) - the juror's email
error--juror-not-found = “{ $value }” नाम का कोई जूरी सदस्य नहीं है।
# $value (String) - the person's name
error--person-not-found = “{ $value }” नाम का कोई व्यक्ति किसी भी कृति के क्रेडिट में नहीं है।
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value }, “{ $criterion }” का अंक नहीं हो सकता; इसका पैमाना { $min } से { $max } तक, { $step } के अंतराल पर है। कुछ भी नहीं बदला गया।
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = पैमाना सबसे कम अंक से उससे ऊँचे सबसे ज़्यादा अंक तक जाता है, धनात्मक अंतराल और धनात्मक भार के साथ; { $min } से { $max } तक, { $step } के अंतराल पर, भार { $weight } — यह ऐसा पैमाना नहीं है।
error--reviews-per-entry-zero = हर प्रविष्टि के लिए कम से कम एक समीक्षा ज़रूरी है।
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = “{ $juror }” को कृति { $work } आवंटित नहीं है। कुछ भी नहीं बदला गया।
# $value (String) - the criterion as written
error--criterion-not-found = मूल्यांकन योजना में “{ $value }” मानदंड नहीं है। कुछ भी नहीं बदला गया।
# $value (String) - what was wrong
error--scores-file-invalid = अंकों की फ़ाइल पढ़ी नहीं जा सकती: { $value }। कुछ भी नहीं बदला गया।
# $value (String) - the value as written
error--score-not-a-number = “{ $value }” संख्या नहीं है।
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = इस फ़ाइल में “{ $juror }” ने कृति { $work } के “{ $criterion }” के लिए दो बार अंक दिए हैं।
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [one] फ़ाइल की { $count } पंक्ति अस्वीकार की गई, इसलिए कुछ भी आयात नहीं किया गया।
   *[other] फ़ाइल की { $count } पंक्तियाँ अस्वीकार की गईं, इसलिए कुछ भी आयात नहीं किया गया।
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = “{ $section }” के दौर { $round } की अभी कोई मूल्यांकन योजना नहीं है: पहले इसके मानदंड जोड़ें।
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = कृति { $work }, “{ $section }” के दौर { $round } की प्रविष्टि नहीं है।
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = “{ $juror }”, “{ $section }” की जूरी में नहीं हैं।
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = “{ $juror }” का कृति { $work } के साथ हितों का टकराव है: यह जोड़ी न कभी आवंटित होती है, न इसके अंक दिए जाते हैं, न गिने जाते हैं। कुछ भी नहीं बदला गया।
# $value (String) - the juror's email
error--juror-no-card = “{ $value }” ने अभी तक अपना कार्ड नहीं दिया है: इसे “jury juror add … --card FILE” से जोड़ें, ताकि पैकेट केवल उसी जूरी सदस्य के लिए सील किया जा सके।
# $value (String) - the juror's email
error--juror-no-entries = “{ $value }” को कोई प्रविष्टि आवंटित नहीं है: पैकेट में रखने के लिए कुछ नहीं है।
# $value (String) - the kind the file holds
error--packet-wrong-kind = फ़ाइल में “{ $value }” प्रकार का लिफ़ाफ़ा है, माँगे गए प्रकार का नहीं। कुछ भी नहीं बदला गया।
error--no-packet = इस प्रोफ़ाइल में कोई जूरी पैकेट नहीं खोला गया है: पहले जूरी अध्यक्ष का पैकेट खोलें।
error--sheet-unknown-juror = अंकपत्र पर ऐसी कुंजी का हस्ताक्षर है जिसका किसी भी जूरी सदस्य के कार्ड में उल्लेख नहीं है। कुछ भी नहीं बदला गया।
# $value (String) - the award's short name
error--award-not-found = “{ $value }” नाम का कोई पुरस्कार नहीं है।
# $value (String) - the award's short name
error--award-decided = पुरस्कार “{ $value }” का विजेता पहले ही तय हो चुका है। कुछ भी नहीं बदला गया।
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = कृति { $work } इस संस्करण का एक दूसरा पुरस्कार पहले ही जीत चुकी है, इसलिए “{ $award }” नहीं जीत सकती। कुछ भी नहीं बदला गया।
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = “{ $voter }” दौर { $round } में पहले ही वोट दे चुके हैं। कुछ भी नहीं बदला गया।
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = मतदान के दौर { $round } में अभी तक किसी ने “{ $award }” के लिए वोट नहीं दिया है।
# $value (String) - the file given
error--screener-not-video = “{ $value }” ऐसी वीडियो फ़ाइल नहीं है जो स्क्रीनर बन सके (WebM, MP4, M4V, MKV, MOV या OGV)। कुछ भी नहीं बदला गया।

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसा देश नहीं है जिसे Caravan जानता हो। इसे जैसा लिखा है, वैसा ही रखा गया है और कृति को चिह्नित कर दिया गया है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसा देश नहीं है जिसे Caravan जानता हो; क्या आपका मतलब { $suggestion } था? इसे जैसा लिखा है, वैसा ही रखा गया है और कृति को चिह्नित कर दिया गया है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसी भाषा नहीं है जिसे Caravan जानता हो। इसे जैसा लिखा है, वैसा ही रखा गया है और कृति को चिह्नित कर दिया गया है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसी भाषा नहीं है जिसे Caravan जानता हो; क्या आपका मतलब { $suggestion } था? इसे जैसा लिखा है, वैसा ही रखा गया है और कृति को चिह्नित कर दिया गया है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = पंक्ति { $line }, कॉलम “{ $column }”: “{ $value }” ऐसी सबमिशन स्थिति नहीं है जिसे Caravan जानता हो। प्रविष्टि विचाराधीन बनी रहती है, स्थिति जैसी लिखी है वैसी ही रखी गई है और कृति को चिह्नित कर दिया गया है।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = पंक्ति { $line }, कॉलम “{ $column }”: सेल में कंट्रोल कैरेक्टर (जैसे NUL) थे, जिन्हें हटा दिया गया: { $value }।
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = पंक्ति { $line }, { $column }: ISRC { $value } ऐसे प्रीफ़िक्स से शुरू होता है जिसे Caravan अभी नहीं जानता; इसे जैसा लिखा है, वैसा ही रखा गया है। अगर यह गलत लगे, तो रिकॉर्ड लेबल से इसकी पुष्टि करें।

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = पंक्ति { $line }, { $column }: एक दूसरे रिसोर्स का ISRC भी { $value } है; पहला आयात किया गया और यह छोड़ दिया गया।
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = पंक्ति { $line }, { $column }: एक दूसरे रिसोर्स का पहचानकर्ता भी { $value } है; पहला आयात किया गया और यह छोड़ दिया गया।
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = पंक्ति { $line }, { $column }: ISRC { $value } ऐसे प्रीफ़िक्स से शुरू होता है जिसे Caravan अभी नहीं जानता; इसे जैसा लिखा है, वैसा ही रखा गया है। अगर यह गलत लगे, तो रिकॉर्ड लेबल से इसकी पुष्टि करें।
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = पंक्ति { $line }, { $column }: पूरक रिसोर्स { $value } का कोई पहचानकर्ता नहीं है, इसलिए इसे छोड़ दिया गया; डिलीवरी का बाकी हिस्सा आयात किया गया।
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = पंक्ति { $line }, { $column }: “{ $value }” मान्य ISAN नहीं है; रिसोर्स को इसके बिना आयात किया गया।
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = पंक्ति { $line }, { $column }: “{ $value }” मान्य EIDR नहीं है; रिसोर्स को इसके बिना आयात किया गया।
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = पंक्ति { $line }, { $column }: संदेश के अनुसार यह { $value } है, लेकिन इसका नेमस्पेस किसी दूसरे ERN वर्ज़न का है; इसे नेमस्पेस के अनुसार पढ़ा गया।
