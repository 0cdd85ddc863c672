# The window.

app--name = Caravan
app--tagline = महोत्सवों का क्यूरेशन

nav--works = कृतियाँ
settings--language = इंटरफ़ेस की भाषा

works--heading = कृतियाँ
# $count (Number) - how many works the list holds
works--count =
    { $count ->
        [one] { $count } कृति
       *[other] { $count } कृतियाँ
    }
works--column-title = शीर्षक
works--column-original = मूल शीर्षक
works--column-kind = प्रकार
works--column-year = वर्ष
works--column-poster = पोस्टर
works--empty = अभी कोई कृति नहीं है।
works--loading = लोड हो रहा है…

work--back = कृतियों पर वापस जाएँ
work--no-synopsis = अभी कोई सारांश नहीं है।
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = भाषा टैग: { $lang }

error--heading = कुछ गड़बड़ हो गई
error--dismiss = ख़ारिज करें

media--drop-hint = पोस्टर, स्टिल या कवर आर्ट जोड़ने के लिए उन्हें यहाँ छोड़ें।
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = चित्र जोड़े जा रहे हैं: कुल { $total } में से { $done }
media--none = अभी कोई चित्र नहीं है।
media--kind-label = छोड़े गए चित्र किस प्रकार के हैं

nav--label = एप्लिकेशन के हिस्से
nav--submissions = सबमिशन
nav--duplicates = डुप्लिकेट

search--placeholder = शीर्षक, निर्देशक, कलाकार खोजें…
search--label = किसी भी भाषा या लिपि में कृतियाँ खोजें
search--none = कुछ नहीं मिला।
search--results = मिली कृतियाँ

submissions--edition = संस्करण
submissions--tab-table = तालिका
submissions--tab-stats = आँकड़े
submissions--column-section = खंड
submissions--column-status = स्थिति
submissions--column-judging = मूल्यांकन
submissions--column-countries = देश
submissions--column-languages = भाषाएँ
# $title (String) - the title of the submitted work
submissions--select-row = “{ $title }” चुनें
submissions--select-shown = दिखाए गए सभी चुनें
submissions--empty = कोई सबमिशन मेल नहीं खाता।
submissions--views = संस्करण के सबमिशन देखने के तरीके
submissions--column-selected = चुने गए
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    { $total ->
        [one] { $total } सबमिशन दिखाया गया
       *[other] { $total } सबमिशन दिखाए गए
    }
# $count (Number) - rows selected
submissions--selected =
    { $count ->
        [one] { $count } चुना गया
       *[other] { $count } चुने गए
    }
filter--label = फ़िल्टर
filter--any-status = कोई भी स्थिति
filter--any-judging = कोई भी मूल्यांकन
filter--text = शीर्षक या नाम के शब्द
filter--any-section = कोई भी खंड
filter--any-country = कोई भी देश
filter--any-language = कोई भी भाषा
bulk--label = चुने गए सबमिशन बदलें
bulk--status = नई स्थिति
bulk--judging = नया मूल्यांकन
bulk--status-unchanged = स्थिति: जैसी है वैसी रखें
bulk--judging-unchanged = मूल्यांकन: जैसा है वैसा रखें
bulk--apply = चुने गए पर लागू करें
# $count (Number) - submissions the last change touched
bulk--undo = { $count } सबमिशन में किया गया बदलाव पूर्ववत करें

import--open = आयात करें…
import--heading = सबमिशन आयात करें
import--kind = फ़ाइल का प्रकार
import--kind-filmfreeway = FilmFreeway निर्यात (CSV या यूनिकोड टेक्स्ट)
import--kind-ddex = DDEX रिलीज़ (ERN XML)
import--path-label = आयात करने के लिए फ़ाइल
import--path-placeholder = फ़ाइल का पाथ, या फ़ाइल को विंडो पर छोड़ें
import--kind-table = कोई भी स्प्रेडशीट (CSV या XLSX), कॉलम मैपिंग के ज़रिए
import--files-all = स्प्रेडशीट और DDEX संदेश
import--browse = फ़ाइल चुनें…
import--encoding = एन्कोडिंग
import--encoding-detect = अपने-आप पहचानें
import--mapping-name = मैपिंग का नाम
import--mapping-saved = सहेजी गई मैपिंग
import--mapping-choose = कोई सहेजी गई मैपिंग इस्तेमाल करें…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = { $encoding } के रूप में पढ़ा गया
# $column (String) - the column's header
import--target-of = कॉलम “{ $column }” में क्या है
import--target-field = फ़ील्ड के रूप में रखें
import--target-id = आईडी (कृति को फिर से पहचानती है)
import--target-title = शीर्षक
import--target-original-title = मूल शीर्षक
import--target-original-language = मूल शीर्षक की भाषा
import--target-synopsis = सारांश (अंग्रेज़ी)
import--target-original-synopsis = सारांश (मूल भाषा)
import--target-directors = निर्देशक
import--target-writers = लेखक
import--target-producers = निर्माता
import--target-cast = अभिनय
import--target-countries = देश
import--target-languages = भाषाएँ
import--target-year = वर्ष
import--target-runtime = अवधि
import--target-completion-date = पूरा होने की तारीख़
import--target-genres = विधाएँ
import--target-category = श्रेणी (खंड)
import--target-status = सबमिशन स्थिति
import--target-judging = मूल्यांकन स्थिति
import--target-submission-date = सबमिशन की तारीख़
import--target-isan = ISAN संख्या
import--target-eidr = EIDR पहचानकर्ता
import--target-isrc = ISRC कोड
import--target-iswc = ISWC कोड
import--target-ignore = छोड़ दें
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = आयात नहीं किया गया, क्योंकि ये कृतियाँ नहीं हैं: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings = { $count ->
    [one] { $count } चेतावनी: पंक्ति आयात की गई, पर इस पर एक नज़र डाल लें।
   *[other] { $count } चेतावनियाँ: पंक्तियाँ आयात की गईं, पर इन पर एक नज़र डाल लें।
}
import--column-warning = चेतावनी
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = “{ $value }” को { $suggestion } मानें
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = “{ $value }” का अर्थ अब { $suggestion } है, यहाँ भी और हर बाद के आयात में भी ({ $works ->
    [one] { $works } कृति पर लागू
   *[other] { $works } कृतियों पर लागू
})।
import--partial = सही पंक्तियाँ आयात करें, भले ही कुछ पंक्तियाँ अस्वीकार हों
import--dry-run = केवल जाँचें, कुछ न सहेजें
import--run = आयात करें
# $rows (Number) - rows read so far
import--progress = { $rows } पंक्तियाँ पढ़ी गईं
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = आयात की गईं: { $imported }, अपडेट की गईं: { $updated }, बिना बदलाव: { $unchanged }, अस्वीकृत: { $rejected }।
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = जाँच पूरी हुई, कुछ भी सहेजा नहीं गया: आयात होतीं: { $imported }, अपडेट होतीं: { $updated }, बिना बदलाव रहतीं: { $unchanged }, अस्वीकार होतीं: { $rejected }।
# $count (Number) - problems found
import--refused =
    { $count ->
        [one] कुछ भी आयात नहीं किया गया: पहले { $count } समस्या ठीक करनी होगी।
       *[other] कुछ भी आयात नहीं किया गया: पहले { $count } समस्याएँ ठीक करनी होंगी।
    }
import--column-line = पंक्ति
import--column-column = कॉलम
import--column-problem = समस्या

export--label = निर्यात:
export--format-csv = CSV फ़ाइल
export--format-xlsx = Excel वर्कबुक (XLSX)
export--format-json = JSON फ़ाइल
# $path (String) - the file written
export--done = { $path } में निर्यात किया गया

stats--by-country = देश के अनुसार प्रविष्टियाँ
stats--by-language = भाषा के अनुसार प्रविष्टियाँ
stats--by-genre = विधा के अनुसार प्रविष्टियाँ
stats--by-status = स्थिति के अनुसार प्रविष्टियाँ
# $count (Number) - entries in the edition
stats--total =
    { $count ->
        [one] { $count } प्रविष्टि
       *[other] { $count } प्रविष्टियाँ
    }

duplicates--heading = संभावित डुप्लिकेट
duplicates--none = कोई संभावित डुप्लिकेट नहीं है।
# $id (Number) - the work to keep
duplicates--keep = विलय करें, #{ $id } को रखते हुए
duplicates--dismiss = ये एक नहीं हैं
# $score (Number) - likeness from 0 to 1
duplicates--score = समानता { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = कुल { $total } में से { $shown } जोड़ियाँ
duplicates--more = और जोड़ियाँ दिखाएँ
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = कृति #{ $other } का कृति #{ $keep } में विलय करें? #{ $other } का हर शीर्षक, सारांश, क्रेडिट, पहचानकर्ता, चित्र और सबमिशन #{ $keep } में चला जाएगा, और #{ $other } हटा दी जाएगी। इसे पूर्ववत नहीं किया जा सकता।
duplicates--merge = विलय करें

edit--add-language = भाषा जोड़ें
edit--edit = संपादित करें
edit--remove = हटाएँ
# $language (String) - the language's name
edit--edit-language = { $language } में शीर्षक और सारांश संपादित करें
# $language (String) - the language's name
edit--remove-language = { $language } में शीर्षक और सारांश हटाएँ
edit--tag = भाषा टैग
edit--tag-placeholder = BCP 47 टैग, जैसे fr या zh-Hant
edit--title = शीर्षक
edit--synopsis = सारांश
edit--original = यह मूल है
edit--save = सहेजें
edit--cancel = रद्द करें

identifier--add = पहचानकर्ता जोड़ें
identifier--placeholder = ISAN, EIDR, ISRC या ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = गठबंधन
alliance--heading = गठबंधन में आदान-प्रदान
alliance--identity = यह प्रोफ़ाइल
alliance--identity-none = इस प्रोफ़ाइल की अभी कोई पहचान नहीं है। दूसरे सदस्यों के साथ आदान-प्रदान के लिए एक पहचान बनाएँ: इसकी कुंजियाँ इसी कंप्यूटर पर रहती हैं।
alliance--identity-name = महोत्सव का नाम
alliance--identity-member = सदस्य का संक्षिप्त नाम (जैसा गठबंधन की रजिस्ट्री में है)
alliance--identity-country = देश (ISO कोड, दो अक्षर)
alliance--passphrase = पासफ़्रेज़
alliance--passphrase-hint = इसका उपयोग केवल वहीं होता है जहाँ सिस्टम कीचेन उपलब्ध नहीं है, कुंजियों को सील करने के लिए। इसे सँभालकर रखें: इसके बिना कुंजियाँ खोली नहीं जा सकतीं।
alliance--identity-make = कुंजियाँ बनाएँ
alliance--fingerprint = फ़िंगरप्रिंट, दूसरे सदस्यों को पढ़कर सुनाने के लिए
alliance--qr-label = QR कोड के रूप में फ़िंगरप्रिंट
alliance--sealed-in-keychain = कुंजियाँ सिस्टम कीचेन में रखी गई हैं।
alliance--sealed-in-passphrase = कुंजियाँ पासफ़्रेज़ से सील की गई हैं।
alliance--write-card = सदस्य कार्ड सहेजें
alliance--card-written = सदस्य कार्ड यहाँ सहेजा गया:
alliance--members = सदस्य
alliance--members-none = अभी कोई सदस्य नहीं है।
alliance--country-unknown = देश नहीं दिया गया
alliance--card-path = सदस्य कार्ड का पाथ (.json)
alliance--import-card = कार्ड आयात करें
# $member (String) - the member's name
alliance--card-imported = { $member } का कार्ड आयात किया गया।
# $member (String) - the member's name
alliance--card-rotated = { $member } का कार्ड आयात किया गया: इसकी कुंजियाँ बदल दी गईं, और पुरानी कुंजी ने नई कुंजियों पर हस्ताक्षर किए।
alliance--compare = कार्ड पर भरोसा करने से पहले यह फ़िंगरप्रिंट सदस्य को फ़ोन पर पढ़कर सुनाएँ, या आमने-सामने इसका मिलान करें:
alliance--verify = सत्यापित के रूप में चिह्नित करें
alliance--verify-typed = फ़िंगरप्रिंट, जैसा सदस्य ने पढ़कर सुनाया
alliance--points = आदान-प्रदान स्थल
alliance--points-none = अभी कोई आदान-प्रदान स्थल नहीं है: वह फ़ोल्डर या वेब पता जोड़ें जहाँ गठबंधन के सदस्य आपस में जुड़ते हैं।
alliance--point-location = फ़ोल्डर या पता (https://…)
alliance--point-name = नाम (वैकल्पिक)
alliance--point-add = जोड़ें
alliance--point-remove = हटाएँ
alliance--sync = सिंक
alliance--sync-button = अभी सिंक करें
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = प्रकाशित किया जा रहा है: कुल { $total } में से { $done } लिफ़ाफ़े
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = प्राप्त किया जा रहा है: कुल { $total } में से { $done } लिफ़ाफ़े
alliance--unlock = कुंजियाँ खोलें
alliance--sync-log = पिछले सिंक में क्या हुआ
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = भेजे गए: { $published }, लागू किए गए: { $applied }, छोड़े गए (दूसरे सदस्यों के लिए): { $skipped }, अस्वीकृत: { $refused }।
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = लिफ़ाफ़ा { $seq } ({ $kind }) लागू किया गया, प्रेषक:
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = लिफ़ाफ़ा { $seq } ({ $kind }) दूसरे सदस्यों के लिए था, इसलिए छोड़ दिया गया, प्रेषक:
# $seq (Number) - the envelope's number
alliance--log-refused = लिफ़ाफ़ा { $seq } अस्वीकार किया गया, प्रेषक:
alliance--notes = नोट
alliance--note-to = प्राप्तकर्ता
alliance--note-no-cards = किसी सदस्य को लिखने के लिए पहले उसका कार्ड आयात करें।
alliance--note-to-all = किसी को नहीं चुना गया: नोट उन सभी सदस्यों को जाएगा जिनका कार्ड मौजूद है।
alliance--note-text = नोट का पाठ
alliance--note-send = सील करें और कतार में रखें
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = नोट { $seq } सील किया गया; यह अगले सिंक में भेजा जाएगा।
alliance--notes-none = अभी कोई नोट नहीं है।
envelope-kind--note = नोट
envelope-kind--card = सदस्य कार्ड
envelope-kind--recommendation = सिफ़ारिश
envelope-kind--recommendation-state = सिफ़ारिश का जवाब
envelope-kind--catalogue = कैटलॉग
recommendations--heading = सिफ़ारिशें
recommendations--inbox = प्राप्त
recommendations--outbox = भेजी गई
recommendations--none = अभी कोई नहीं।
recommendations--from = प्रेषक
recommendations--to = प्राप्तकर्ता
recommendations--history = इतिहास
recommendations--edition = किस संस्करण में दर्ज करें
recommendations--section = खंड
recommendations--section-suggested = सुझाया गया खंड
recommendations--accept = स्वीकार करें
recommendations--reason = अस्वीकार करने का कारण
recommendations--decline = अस्वीकार करें
recommendations--program = कार्यक्रम में शामिल के रूप में चिह्नित करें
recommendations--person = किसी निर्णायक या अतिथि की सिफ़ारिश करें
recommendations--person-name = नाम
recommendations--person-as = किस रूप में
recommendations--note = सदस्यों के लिए नोट
recommendations--send = सिफ़ारिश करें
catalogues--heading = कैटलॉग
catalogues--publish = इस महोत्सव का कैटलॉग प्रकाशित करें
# $count (Number) - works in the catalogue
catalogues--published = { $count ->
    [one] { $count } कृति का कैटलॉग सील किया गया; यह अगले सिंक में भेजा जाएगा।
   *[other] { $count } कृतियों का कैटलॉग सील किया गया; यह अगले सिंक में भेजा जाएगा।
}
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count }
catalogues--none = अभी तक किसी सदस्य का कैटलॉग नहीं आया है।
catalogues--search = कैटलॉग में किसी भी लिपि में खोजें
# $edition (String) - the edition's name
catalogues--take = { $edition } में लें
# $edition (String) - the edition's name
catalogues--taken = { $edition } में लिया गया
recommend--heading = सदस्यों से सिफ़ारिश करें
recommend--sent = सिफ़ारिश सील की गई; यह अगले सिंक में भेजी जाएगी।
recommend--history = इस कृति की सिफ़ारिशें
rights--heading = प्रदर्शन अधिकार
rights--none = कोई प्रदर्शन अधिकार दर्ज नहीं है।
rights--world = विश्वभर में
rights--territory = क्षेत्र (ISO कोड, या WORLD)
rights--excluded = बाहर रखा गया
directory--any = कोई भी
directory--none = कोई नहीं
directory--alliance = गठबंधन
directory--tier = स्तर
directory--kind = प्रकार
directory--country = देश
directory--country-code = देश (ISO कोड)
directory--city = शहर
directory--slug = संक्षिप्त नाम
directory--name = पूरा नाम
directory--languages = कामकाज की भाषाएँ (टैग, कॉमा से अलग)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = जुड़ने की तारीख़: { $date }
directory--joined-input = जुड़ने की तारीख़ (YYYY या YYYY-MM-DD)
directory--add = सदस्य दर्ज करें या बदलें
directory--save = सदस्य सहेजें
# $member (String) - the member's name
directory--saved = “{ $member }” रजिस्ट्री में सहेजा गया।
directory--none-match = कोई सदस्य इन फ़िल्टरों से मेल नहीं खाता।
registry--heading = रजिस्ट्रियाँ
# $count (Number) - how many members
registry--members = { $count } सदस्य
# $member (String) - the secretariat's short name
registry--secretariat = सचिवालय: { $member }
registry--no-secretariat = अभी तक कोई सचिवालय तय नहीं है
# $date (String) - the date and time, already formatted
registry--issued = { $date } की रजिस्ट्री
registry--publish = रजिस्ट्री प्रकाशित करें
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = { $count ->
    [one] “{ $alliance }” की रजिस्ट्री, { $count } सदस्य के साथ, सील कर दी गई है; यह अगले सिंक में भेजी जाएगी।
   *[other] “{ $alliance }” की रजिस्ट्री, { $count } सदस्यों के साथ, सील कर दी गई है; यह अगले सिंक में भेजी जाएगी।
}
admissions--heading = प्रवेश
admissions--criteria = प्रवेश मानदंड
admissions--criterion-key = मानदंड का संक्षिप्त नाम
admissions--criterion-text = मानदंड, इंटरफ़ेस की भाषा में
admissions--criterion-add = मानदंड जोड़ें
admissions--apply = नया आवेदन
admissions--contact = संपर्क
admissions--submit = आवेदन दर्ज करें
admissions--applications = आवेदन
admissions--none = अभी कोई आवेदन नहीं है।
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = इनके लिए अभी कोई प्रमाण नहीं है: { $criteria }
admissions--sponsors = प्रस्तावक
admissions--sponsor-as = प्रस्तावक सदस्य
admissions--sponsor-note = प्रस्तावक क्या कहता है
admissions--sponsor = प्रस्तावक जोड़ें
admissions--outcome = निर्णय
admissions--on = निर्णय का दिन
admissions--for = पक्ष में
admissions--against = विरोध में
admissions--abstain = तटस्थ
admissions--decision-note = निर्णय पर नोट
admissions--decide = निर्णय दर्ज करें
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = { $date } को निर्णय हुआ: { $for } पक्ष में, { $against } विरोध में, { $abstain } तटस्थ।
directory--view = सदस्य सूची कैसे दिखाई जाए
directory--as-list = सूची
directory--as-map = नक्शा
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = सदस्यों का विश्व नक्शा — सदस्य: { $members }; देश: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — सदस्य: { $count }
nav--jury = जूरी
jury--heading = जूरी
jury--section = खंड
jury--round = दौर
jury--no-round = इस खंड में इस दौर की अभी कोई मूल्यांकन योजना नहीं है: पहले इसके मानदंड जोड़ें (caravan jury criterion add)।
# $entries (Number) - how many entries the round has
jury--rubric = { $entries ->
    [one] मूल्यांकन योजना — { $entries } प्रविष्टि
   *[other] मूल्यांकन योजना — { $entries } प्रविष्टियाँ
}
jury--assignment = आवंटन
jury--reviews-per-entry = प्रति प्रविष्टि समीक्षाएँ
jury--max-load = प्रति जूरी सदस्य अधिकतम प्रविष्टियाँ
jury--assign = समीक्षक आवंटित करें
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = किए गए आवंटन: { $added }। जिन प्रविष्टियों को अब भी पर्याप्त समीक्षक नहीं मिले: { $uncovered }।
# $count (Number) - entries assigned to the juror
jury--load = { $count ->
    [one] { $count } प्रविष्टि
   *[other] { $count } प्रविष्टियाँ
}
jury--juror = जूरी सदस्य
jury--scoring = अंक देना
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = अंक दिए गए: कुल { $total } में से { $done }
jury--progress-label = जिन प्रविष्टियों को अंक दिए गए
jury--keys = कीबोर्ड शॉर्टकट: 0–9 में से कोई अंक दबाने पर हाइलाइट किए गए मानदंड को वही अंक मिलता है (0 का मतलब दस), ↑ और ↓ से मानदंडों के बीच और ← और → से प्रविष्टियों के बीच जाएँ, N दबाने पर अगली ऐसी प्रविष्टि खुलती है जिसे अभी अंक नहीं मिले हैं। हर बदलाव तुरंत सहेजा जाता है।
jury--screener = स्क्रीनर देखें
jury--saved = सहेजा गया
jury--previous = पिछली प्रविष्टि
jury--next = अगली प्रविष्टि
jury--next-unscored = अंक देने के लिए अगली प्रविष्टि
jury--nothing-to-score = इस दौर में इस जूरी सदस्य को कोई प्रविष्टि आवंटित नहीं है।
jury--results = परिणाम
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = जूरी सदस्यों के बीच सहमति (क्रिपेनडॉर्फ़ का α): { $alpha }
jury--rank = रैंक
jury--work = कृति
jury--count = जूरी सदस्य
jury--normalized = सामान्यीकृत औसत
jury--mean = औसत
jury--disagreement = जूरी सदस्यों में असहमति
jury--matrix = कौन किसकी समीक्षा करता है
jury--assigned-cell = आवंटित
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = कुल { $total } में से पहली { $shown } प्रविष्टियाँ दिखाई गई हैं; परिणामों में सभी शामिल हैं।
jury--distribution = पैमाने पर हर जूरी सदस्य के कुल अंक
jury--distribution-label = पैमाने पर बिंदुओं के रूप में हर जूरी सदस्य के कुल अंक, और रेखा के रूप में उनका औसत: सख़्त जूरी सदस्य के बिंदु बाईं ओर रहते हैं, उदार जूरी सदस्य के दाईं ओर।
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = { $count ->
    [one] { $count } प्रविष्टि पर औसत { $mean }
   *[other] { $count } प्रविष्टियों पर औसत { $mean }
}
jury--ballots = पुरस्कार मतदान
jury--award = पुरस्कार
jury--ballot-round = मतदान का दौर
jury--voter = मतदाता
jury--vote = वोट दर्ज करें
jury--tally = वोट गिनें
# $count (Number) - votes
jury--votes = { $count } वोट
# $cast (Number) - votes cast
jury--no-winner = इस दौर में कोई विजेता नहीं ({ $cast } वोट पड़े): अगले दौर में फिर से वोट दें।
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = “{ $title }” विजेता है ({ $cast } वोट पड़े)।
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = दौर { $round } में “{ $title }” ने जीता, { $cast } में से { $votes } वोट।
jury--setup = दौर तैयार करें
jury--criterion-key = मानदंड का संक्षिप्त नाम
jury--criterion-label = मानदंड, इंटरफ़ेस की भाषा में
jury--min = न्यूनतम
jury--max = अधिकतम
jury--step = अंतराल
jury--weight = भार
jury--criterion-add = मानदंड जोड़ें
jury--juror-email = जूरी सदस्य का ईमेल
jury--juror-name = जूरी सदस्य का नाम
jury--juror-languages = जूरी सदस्य जो भाषाएँ समझते हैं (टैग, कॉमा से अलग)
jury--juror-card = जूरी सदस्य की कार्ड फ़ाइल (पैकेट के लिए)
jury--juror-add = जूरी सदस्य जोड़ें
# $what (String) - what was added
jury--setup-added = “{ $what }” जोड़ा गया।
jury--packets = पैकेट और अंकपत्र
jury--file = फ़ाइल (पाथ)
jury--packet-export = जूरी सदस्य के लिए पैकेट सील करें
jury--sheet-merge = अंकपत्र का विलय करें
jury--packet-open = पैकेट खोलें (जूरी सदस्य के लैपटॉप पर)
jury--sheet-export = मेरा अंकपत्र जूरी अध्यक्ष के लिए सील करें
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = { $entries ->
    [one] { $juror } के लिए { $entries } प्रविष्टि वाला पैकेट लिखा गया।
   *[other] { $juror } के लिए { $entries } प्रविष्टियों वाला पैकेट लिखा गया।
}
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = { $entries ->
    [one] “{ $chair }” का पैकेट खुल गया है: अंक देने के लिए { $entries } प्रविष्टि।
   *[other] “{ $chair }” का पैकेट खुल गया है: अंक देने के लिए { $entries } प्रविष्टियाँ।
}
# $scores (Number) - scores in the sheet
jury--sheet-written = { $scores ->
    [one] { $scores } अंक वाला अंकपत्र लिखा गया।
   *[other] { $scores } अंकों वाला अंकपत्र लिखा गया।
}
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = { $juror } के अंकपत्र का विलय हो गया; मौजूदा अंकों से नए अंक: { $applied }।
# $juror (String) - the juror's email
jury--sheet-already = { $juror } के अंकपत्र का विलय पहले ही हो चुका है; कुछ करने की ज़रूरत नहीं है।
jury--screener-file = स्क्रीनर, इस कंप्यूटर पर
jury--screener-path = इस कंप्यूटर पर स्क्रीनर फ़ाइल (उसका पाथ)
jury--screener-attach = इस फ़ाइल को अंकों के साथ चलाएँ
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = “{ $title }” { $juror } को आवंटित करें
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = “{ $title }” को { $juror } से वापस लें
jury--comment = इस कृति पर आपकी टिप्पणी (लिखते समय ही सहेजी जाती है; दूसरे जूरी सदस्य इसे कभी नहीं देखते)
jury--conflict-reason = कारण (हितों का टकराव)
jury--conflict-add = हितों का टकराव घोषित करें
jury--conflict-declared = हितों का टकराव घोषित कर दिया गया है: इस जोड़ी को न कभी आवंटित किया जाता है, न इसके अंक दिए जाते हैं, न गिने जाते हैं।

export--save-as = इस रूप में सहेजें…
work--unresolved = जैसा लिखा था वैसा रखा गया
work--unresolved-country = देश
work--unresolved-language = भाषा
work--unresolved-status = सबमिशन स्थिति
