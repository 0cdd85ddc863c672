# The caravan command line: help text and the lines it prints.

cli--about = Caravan: भाषाओं और सीमाओं के पार महोत्सवों का क्यूरेशन। हर कमांड --json के साथ भी काम करती है।
cli--usage-heading = उपयोग:
cli--commands-heading = कमांड
cli--options-heading = विकल्प
cli--arguments-heading = आर्ग्युमेंट
cli--command-value = कमांड
cli--arg-help = यह सहायता दिखाएँ
cli--arg-version = वर्ज़न दिखाएँ
cli--arg-db = डेटाबेस फ़ाइल (डिफ़ॉल्ट: इस कंप्यूटर के डेटा फ़ोल्डर में Caravan की फ़ाइल; CARAVAN_DB भी)
cli--arg-lang = संदेशों और शीर्षकों की भाषा, fr या zh-TW जैसा BCP 47 टैग (CARAVAN_LANG भी)
cli--arg-json = स्टैंडर्ड आउटपुट पर ठीक एक JSON दस्तावेज़ प्रिंट करें
cli--arg-generate = इतनी जनरेट की गई कृतियाँ भी जोड़ें, ताकि Caravan को बड़े पैमाने पर आज़माया जा सके
cli--arg-into = जनरेट की गई कृतियों को इस संस्करण में दर्ज करें, उसके खंडों में बाँटकर
cli--arg-slug = छोटे अक्षरों, अंकों और हाइफ़न से बना संक्षिप्त नाम
cli--arg-name = पूरा नाम
cli--arg-year = वर्ष
cli--arg-sections = संस्करण का एक खंड, स्लग से (कई खंडों के लिए दोहराएँ)
cli--arg-edition = संस्करण, उसके स्लग से
cli--arg-limit = कितने दिखाने हैं
cli--arg-offset = शुरू में कितने छोड़ने हैं (डिफ़ॉल्ट 0)
cli--arg-work = कृति: उसकी संख्या, ff: और उसका FilmFreeway Submission ID, उसका Tracking Number, या ISRC जैसा कोई पहचानकर्ता

cli--demo--about = डेमो गठबंधन तैयार करें: उसके सदस्य, दो संस्करण और कई लिपियों में कृतियाँ (दोबारा चलाने पर कुछ नहीं बदलता)
cli--edition--about = महोत्सव के संस्करण जोड़ें
cli--edition-add--about = खंडों के साथ एक संस्करण जोड़ें
cli--editions--about = महोत्सव के संस्करण
cli--editions-list--about = संस्करणों और उनके खंडों की सूची दिखाएँ
cli--works--about = फ़िल्में और संगीत
cli--works-list--about = कृतियों की सूची दिखाएँ, शीर्षक चुनी गई भाषा में
cli--works-show--about = एक कृति को उसके शीर्षकों के हर भाषाई रूप के साथ दिखाएँ

cli--error-prefix = त्रुटि:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = डेमो तैयार है। गठबंधन: { $alliances }; सदस्य: { $members }; संस्करण: { $editions }; कृतियाँ: { $works }।
# $slug (String) - the new edition's slug
cli--edition-added = संस्करण “{ $slug }” जोड़ा गया।
cli--editions-none = अभी कोई संस्करण नहीं है।
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = कृतियाँ { $from }–{ $to }, कुल { $total } में से

cli--media--about = पोस्टर, स्टिल और कवर आर्ट
cli--media-add--about = किसी कृति में चित्र जोड़ें: चित्र मूल रूप में रखा जाता है, साथ में तीन आकारों के थंबनेल बनते हैं
cli--media-list--about = किसी कृति के चित्रों की सूची दिखाएँ
cli--media-remove--about = किसी चित्र को उसकी कृति से हटाएँ
cli--media-similar--about = ऐसी कृतियाँ खोजें जिनमें एक ही चित्र है
cli--arg-file = पढ़ी जाने वाली फ़ाइल
cli--arg-kind = poster, still या cover (डिफ़ॉल्ट poster)
cli--arg-id = चित्र की संख्या
cli--media-none = इस कृति में अभी कोई चित्र नहीं है।
# $id (Number) - the image removed
cli--media-removed = चित्र { $id } हटाया गया।
cli--media-no-similar = किन्हीं भी दो कृतियों में एक ही चित्र नहीं है।
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = कृति { $a } और { $b } में एक ही चित्र है (अंतर { $distance })।

cli--import--about = FilmFreeway, किसी भी अन्य स्प्रेडशीट या DDEX से सबमिशन आयात करें
cli--import-filmfreeway--about = FilmFreeway से निर्यात की गई सबमिशन फ़ाइल आयात करें (CSV, या Excel से UTF-16 टेक्स्ट)
cli--import-ddex--about = DDEX ERN रिलीज़ संदेश आयात करें (ERN 3.4 से 4.3): हर साउंड रिकॉर्डिंग और म्यूज़िक वीडियो एक संगीत कृति बनता है
cli--import-table--about = सबमिशन की कोई भी CSV या XLSX तालिका कॉलम मैपिंग के ज़रिए आयात करें
cli--import-preview--about = किसी तालिका के कॉलम, उसकी पहली पंक्ति और उसके हेडरों से सुझाई गई मैपिंग दिखाएँ
cli--arg-mapping = कॉलम मैपिंग: filmfreeway, किसी सहेजी गई मैपिंग का नाम, या मैपिंग वाली JSON फ़ाइल
cli--arg-encoding = टेक्स्ट फ़ाइल की एन्कोडिंग (windows-1252, windows-1251, gb18030, shift_jis …), जब अपने-आप की गई पहचान गलत हो
cli--mappings--about = कॉलम मैपिंग, जिनसे तालिकाएँ आयात की जाती हैं
cli--mappings-list--about = अंतर्निहित और सहेजी गई कॉलम मैपिंग की सूची दिखाएँ
cli--mappings-show--about = कोई कॉलम मैपिंग दिखाएँ
cli--mappings-save--about = JSON फ़ाइल में दी गई कॉलम मैपिंग को उसके नाम से सहेजें
cli--arg-mapping-name = मैपिंग का नाम
cli--aliases--about = जिन नामों को कोई सूची नहीं जानती, उनका अर्थ — उन्हें रखने वाली हर कृति और हर बाद के आयात के लिए
cli--aliases-list--about = उपनामों की सूची दिखाएँ
cli--aliases-add--about = बताएँ कि किसी नाम का क्या अर्थ है (“Quatar को QA मानें”)
cli--aliases-remove--about = किसी नाम का बताया गया अर्थ भूल जाएँ
cli--arg-alias-vocabulary = मान का प्रकार: country, language या status
cli--arg-alias-name = नाम, जैसा फ़ाइलों में लिखा होता है
cli--arg-alias-code = उस नाम का अर्थ बताने वाला कोड: देश कोड, भाषा टैग या स्थिति
cli--unresolved--about = उन मानों की सूची दिखाएँ जिन्हें आयात ने जैसा लिखा था वैसा ही रखा, और यह कि हर मान कितनी कृतियों में है
cli--arg-unresolved-edition = केवल इस संस्करण की कृतियाँ
cli--arg-dry_run = फ़ाइल जाँचें और बताएँ कि क्या बदलेगा, बिना कुछ सहेजे
cli--arg-partial = सही पंक्तियाँ आयात करें, भले ही कुछ पंक्तियाँ अस्वीकार हों
cli--arg-section = खंड का स्लग
cli--ids--about = कृतियों के पहचानकर्ता
cli--ids-check--about = ISAN, EIDR, ISRC या ISWC की जाँच करें और उसे मानक रूप में प्रिंट करें
cli--arg-value = जाँचा जाने वाला पहचानकर्ता
cli--titles--about = किसी कृति के शीर्षक, भाषा-दर-भाषा
cli--titles-set--about = किसी एक भाषा में शीर्षक जोड़ें या बदलें
cli--titles-remove--about = किसी एक भाषा का शीर्षक हटाएँ
cli--synopses--about = किसी कृति के सारांश, भाषा-दर-भाषा
cli--synopses-set--about = किसी एक भाषा में सारांश जोड़ें या बदलें
cli--synopses-remove--about = किसी एक भाषा का सारांश हटाएँ
cli--arg-lang_tag = fr, zh-Hant या sr-Latn जैसा BCP 47 भाषा टैग
cli--arg-text = पाठ
cli--arg-original = इसे मूल के रूप में चिह्नित करें
cli--arg-provenance = submitted, curator या machine (डिफ़ॉल्ट curator)
cli--search--about = किसी भी शीर्षक, निर्देशक या कलाकार के नाम से, किसी भी लिपि में कृतियाँ खोजें
cli--arg-query = क्या खोजना है
cli--duplicates--about = संभावित डुप्लिकेट सबमिशन की सूची दिखाएँ, या किसी जोड़ी का विलय करें या उसे ख़ारिज करें
cli--duplicates-merge--about = दूसरी कृति का पहली कृति में विलय करें, हर भाषा, क्रेडिट और इतिहास को बनाए रखते हुए
cli--duplicates-dismiss--about = हमेशा के लिए दर्ज करें कि दो कृतियाँ एक नहीं हैं
cli--arg-keep = रखी जाने वाली कृति
cli--arg-other = वह कृति जिसका इसमें विलय होगा
cli--arg-a = एक कृति
cli--arg-b = दूसरी कृति
cli--export--about = किसी संस्करण के सबमिशन CSV, XLSX या JSON में निर्यात करें
cli--arg-format = csv, xlsx या json
cli--arg-out = लिखी जाने वाली फ़ाइल
cli--arg-status = केवल यह सबमिशन स्थिति (उदाहरण के लिए in-consideration)
cli--arg-judging = केवल यह मूल्यांकन स्थिति या लेबल
cli--arg-country = केवल इस देश की कृतियाँ (ISO कोड)
cli--arg-language = केवल इस भाषा की कृतियाँ (BCP 47 टैग)
cli--submissions--about = किसी संस्करण के सबमिशन
cli--submissions-list--about = किसी संस्करण के सबमिशन की सूची दिखाएँ
cli--submissions-stats--about = किसी संस्करण की प्रविष्टियों को देश, भाषा, विधा और स्थिति के अनुसार गिनें
cli--submissions-status--about = सबमिशन की स्थिति बदलें
cli--arg-ids = सबमिशन संख्याएँ
cli--arg-set = इन्हें दी जाने वाली सबमिशन स्थिति
cli--arg-to_judging = इन्हें दी जाने वाली मूल्यांकन स्थिति या महोत्सव का लेबल
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = { $rows } पंक्तियाँ पढ़ी गईं ({ $percent }%)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = आयात की गईं: { $imported }, अपडेट की गईं: { $updated }, बिना बदलाव: { $unchanged }, अस्वीकृत: { $rejected }।
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = केवल जाँच, कुछ भी सहेजा नहीं गया। आयात होतीं: { $imported }, अपडेट होतीं: { $updated }, बिना बदलाव रहतीं: { $unchanged }, अस्वीकार होतीं: { $rejected }।
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = मान्य { $kind }।
cli--search-none = कुछ नहीं मिला।
cli--duplicates-none = कोई संभावित डुप्लिकेट नहीं है।
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = कृति { $a } और { $b } को फिर कभी डुप्लिकेट के रूप में नहीं सुझाया जाएगा।
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [one] { $count } कृति { $path } में लिखी गई।
   *[other] { $count } कृतियाँ { $path } में लिखी गईं।
}
# $count (Number) - entries
cli--stats-total = { $count } प्रविष्टियाँ
cli--stats-by-country = देश के अनुसार
cli--stats-by-language = भाषा के अनुसार
cli--stats-by-genre = विधा के अनुसार
cli--stats-by-status = स्थिति के अनुसार
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [one] { $count } सबमिशन बदला गया (परिवर्तन { $change })।
   *[other] { $count } सबमिशन बदले गए (परिवर्तन { $change })।
}
cli--submissions-undo--about = स्थिति का एक परिवर्तन पूर्ववत करें, ताकि उससे प्रभावित हर सबमिशन पहले जैसा हो जाए
cli--arg-change = परिवर्तन की संख्या, जैसी स्थिति बदलते समय बताई गई थी
cli--arg-after = इस कर्सर के बाद से जारी रखें (पिछले पेज का “next”)
cli--arg-sort = इस कॉलम के अनुसार क्रम से लगाएँ; उल्टे क्रम के लिए :desc जोड़ें (title को --lang वाली भाषा के वर्णक्रम में लगाया जाता है)
cli--arg-q = केवल वे कृतियाँ जिनके शीर्षक या क्रेडिट के नामों में ये शब्द हों
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = कुल { $total } में से { $shown } सबमिशन
cli--ids-add--about = किसी कृति में जाँचा हुआ ISAN, EIDR, ISRC या ISWC जोड़ें

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = इस प्रोफ़ाइल की पहचान: उसका नाम, सदस्य और कुंजियाँ
cli--identity-init--about = इस प्रोफ़ाइल की कुंजियाँ बनाएँ (सिस्टम कीचेन में रखी जाती हैं, या CARAVAN_PASSPHRASE से सील की जाती हैं)
cli--identity-show--about = इस प्रोफ़ाइल की पहचान और उसका फ़िंगरप्रिंट दिखाएँ
cli--identity-card--about = इस प्रोफ़ाइल का सदस्य कार्ड लिखें, जो दूसरे सदस्यों को देना है
cli--identity-rotate--about = इस प्रोफ़ाइल की कुंजियाँ बदलें; इसकी स्ट्रीम को फ़ॉलो करने वाले सदस्य नई कुंजियाँ अपना लेते हैं
cli--members--about = गठबंधन के सदस्य और उनके लिए रखे गए कार्ड
cli--members-import-card--about = किसी सदस्य का कार्ड आयात करें और उसका फ़िंगरप्रिंट दिखाएँ, ताकि सदस्य के साथ उसका मिलान किया जा सके
cli--members-list--about = सदस्यों की सूची दिखाएँ, हर कार्ड के फ़िंगरप्रिंट के साथ और यह भी कि वह सत्यापित है या नहीं
cli--members-verify--about = सदस्य के साथ फ़िंगरप्रिंट का मिलान हो जाने के बाद उसके कार्ड को सत्यापित के रूप में चिह्नित करें
cli--exchange--about = सदस्यों की Caravan प्रतियों के बीच लिफ़ाफ़े
cli--exchange-points--about = वे फ़ोल्डर और वेब पते जहाँ गठबंधन के सदस्य आपस में जुड़ते हैं
cli--exchange-points-add--about = कोई आदान-प्रदान स्थल याद रखें: एक फ़ोल्डर (USB स्टिक, साझा ड्राइव) या WebDAV पता
cli--exchange-points-list--about = आदान-प्रदान स्थलों की सूची दिखाएँ
cli--exchange-points-remove--about = कोई आदान-प्रदान स्थल भूल जाएँ
cli--exchange-note--about = सदस्यों को नोट भेजें, फ़ाइलें या चित्र संलग्न करके (केवल उन्हीं के लिए सील किया गया)
cli--exchange-notes--about = सदस्यों के भेजे नोटों की सूची दिखाएँ
cli--exchange-publish--about = इस प्रोफ़ाइल के नए लिफ़ाफ़े किसी आदान-प्रदान स्थल पर लिखें (कोई स्थल न दिया जाए तो सभी पर)
cli--exchange-pull--about = किसी आदान-प्रदान स्थल से सदस्यों के नए लिफ़ाफ़े प्राप्त करें (कोई स्थल न दिया जाए तो सभी से)
cli--arg-member = सदस्य का संक्षिप्त नाम (स्लग)
cli--arg-member-country = सदस्य का देश (ISO कोड)
cli--arg-working-language = वह भाषा जिसमें सदस्य काम करता है (BCP 47 टैग); कई भाषाओं के लिए दोहराएँ
cli--arg-fingerprint = फ़िंगरप्रिंट, जैसा सदस्य ने आपको पढ़कर सुनाया (स्पेस और डैश छोड़े जा सकते हैं)
cli--arg-recipients = वह सदस्य जिसे भेजना है (उसका संक्षिप्त नाम); कई सदस्यों के लिए दोहराएँ या कॉमा से अलग करें
cli--arg-everyone = उन सभी सदस्यों को भेजें जिनका कार्ड मौजूद है
cli--arg-note-lang = वह भाषा जिसमें नोट लिखा गया है (BCP 47 टैग)
cli--arg-attach = संलग्न करने के लिए फ़ाइल; कई फ़ाइलों के लिए दोहराएँ
cli--arg-image = मीडिया भंडार से संलग्न करने के लिए चित्र, उसकी संख्या से; कई चित्रों के लिए दोहराएँ
cli--arg-point = वह आदान-प्रदान स्थल जिस पर लिखना है: फ़ोल्डर या WebDAV पता
cli--arg-point-from = वह आदान-प्रदान स्थल जिससे पढ़ना है: फ़ोल्डर या वेब पता
cli--arg-location = फ़ोल्डर या वेब पता (http:// या https://)
cli--arg-point-name = आदान-प्रदान स्थल को पहचानने के लिए एक नाम
cli--arg-point-id = आदान-प्रदान स्थल की संख्या
cli--fingerprint = फ़िंगरप्रिंट
cli--sealed-in-keychain = कुंजियाँ सिस्टम कीचेन में रखी गई हैं।
cli--sealed-in-passphrase = कुंजियाँ पासफ़्रेज़ से सील की गई हैं।
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = कार्ड { $path } में लिखा गया। फ़िंगरप्रिंट: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = “{ $member }” का कार्ड आयात किया गया।
# $member (String) - the member's short name
cli--card-rotated = “{ $member }” का कार्ड आयात किया गया: इसकी कुंजियाँ बदल दी गईं, और पुरानी कुंजी ने नई कुंजियों पर हस्ताक्षर किए।
cli--card-compare = इस फ़िंगरप्रिंट का सदस्य के साथ फ़ोन पर या आमने-सामने मिलान करें, फिर चलाएँ: caravan members verify MEMBER FINGERPRINT
cli--members-none = अभी कोई सदस्य नहीं है।
cli--points-none = अभी कोई आदान-प्रदान स्थल नहीं है।
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = नोट { $seq } को { $to } के लिए सील किया गया; यह अगली बार प्रकाशित करने पर भेजा जाएगा।
cli--notes-none = अभी कोई नोट नहीं है।
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [one] { $count } लिफ़ाफ़ा { $location } पर लिखा गया।
   *[other] { $count } लिफ़ाफ़े { $location } पर लिखे गए।
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = लागू किए गए: { $applied }, छोड़े गए (दूसरे सदस्यों के लिए): { $skipped }, अस्वीकृत: { $refused }।
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: कुल { $total } में से { $done } लिफ़ाफ़े

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = किसी सदस्य की कुंजी निरस्त करें: इसके बाद उस कुंजी से हस्ताक्षरित कुछ भी स्वीकार नहीं किया जाता
cli--recommend--about = सदस्यों से किसी कृति, निर्णायक या अतिथि की सिफ़ारिश करें
cli--recommend-work--about = सदस्यों से किसी कृति की सिफ़ारिश करें, उसके शीर्षकों, क्रेडिट, अधिकारों और पोस्टरों के साथ
cli--recommend-person--about = सदस्यों से किसी व्यक्ति की निर्णायक या अतिथि के रूप में सिफ़ारिश करें
cli--recommendations--about = भेजी और प्राप्त की गई सिफ़ारिशें, और उनके जवाब
cli--recommendations-list--about = सिफ़ारिशों की सूची दिखाएँ, सबसे नई पहले, उनकी स्थिति के साथ
cli--recommendations-show--about = एक सिफ़ारिश को हर सदस्य की स्थिति और उसके इतिहास के साथ दिखाएँ
cli--recommendations-accept--about = मिली हुई सिफ़ारिश स्वीकार करें: कृति किसी संस्करण के खंड में जाती है
cli--recommendations-decline--about = मिली हुई सिफ़ारिश कारण बताकर अस्वीकार करें
cli--recommendations-program--about = दर्ज करें कि स्वीकार की गई कृति कार्यक्रम में शामिल कर ली गई है
cli--rights--about = किसी कृति के प्रदर्शन अधिकार, क्षेत्र के अनुसार
cli--rights-set--about = तय करें कि कृति कहाँ और कब प्रदर्शित की जा सकती है
cli--rights-show--about = किसी कृति के प्रदर्शन अधिकार दिखाएँ
cli--catalogue--about = सदस्यों के कृति-कैटलॉग
cli--catalogue-publish--about = इस प्रोफ़ाइल का कैटलॉग (सभी कृतियाँ, या नाम से दी गई कृतियाँ) सदस्यों के लिए सील करें
cli--catalogue-search--about = सदस्यों के प्रकाशित कैटलॉग में किसी भी लिपि में खोजें
cli--catalogue-take--about = किसी सदस्य के कैटलॉग की कृति को किसी संस्करण के खंड में लें
cli--arg-recommend-to = जिन सदस्यों से सिफ़ारिश करनी है (संक्षिप्त नाम, दोहराकर या कॉमा से अलग करके), या all
cli--arg-recommend-note = सदस्यों के लिए एक नोट
cli--arg-recommend-note-lang = नोट की भाषा (BCP 47 टैग)
cli--arg-recommend-section = सुझाया गया खंड (उसका संक्षिप्त नाम)
cli--arg-person-as = judge या guest
cli--arg-person-name-lang = नाम की भाषा या लिपि (BCP 47 टैग)
cli--arg-person-name-in = किसी दूसरी लिपि में नाम, LANG=TEXT के रूप में; कई नामों के लिए दोहराएँ
cli--arg-person-role = व्यक्ति की कोई भूमिका या पद; कई के लिए दोहराएँ
cli--arg-person-language = वह भाषा जिसमें व्यक्ति काम करता है (BCP 47 टैग); कई भाषाओं के लिए दोहराएँ
cli--arg-person-country = व्यक्ति का देश (ISO कोड)
cli--arg-person-contact = व्यक्ति से संपर्क कैसे करें
cli--arg-recommendations-work = केवल इस कृति की सिफ़ारिशें
cli--arg-recommendations-direction = केवल आने वाली या केवल भेजी गई सिफ़ारिशें
cli--arg-recommendation-id = सिफ़ारिश की संख्या
cli--arg-decline-reason = इसे अस्वीकार करने का कारण, सिफ़ारिश करने वाले सदस्य के लिए
cli--arg-rights-territory = वह क्षेत्र जहाँ कृति प्रदर्शित की जा सकती है (ISO कोड, या world), साथ में वैकल्पिक समय-सीमा FROM:UNTIL (YYYY-MM-DD); कई क्षेत्रों के लिए दोहराएँ
cli--arg-rights-except = विश्वव्यापी अनुमति से बाहर रखा गया क्षेत्र (ISO कोड); दोहराएँ, या कॉमा से अलग करें
cli--arg-catalogue-work = प्रकाशित करने के लिए कृति (कोई कृति न दी जाए तो सभी); कई कृतियों के लिए दोहराएँ
cli--arg-catalogue-query = शीर्षक या नाम के शब्द, किसी भी लिपि में
cli--arg-catalogue-member = केवल इस सदस्य का कैटलॉग
cli--arg-catalogue-entry = कैटलॉग प्रविष्टि की संख्या
cli--recommendations-none = अभी कोई सिफ़ारिश नहीं है।
cli--rights-none = कोई प्रदर्शन अधिकार दर्ज नहीं है।
cli--catalogue-none = कोई कैटलॉग प्रविष्टि नहीं है।
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [one] { $count } कृति का कैटलॉग सील किया गया (लिफ़ाफ़ा { $seq }); यह अगली बार प्रकाशित करने पर भेजा जाएगा।
   *[other] { $count } कृतियों का कैटलॉग सील किया गया (लिफ़ाफ़ा { $seq }); यह अगली बार प्रकाशित करने पर भेजा जाएगा।
}
cli--members-add--about = रजिस्ट्री में किसी सदस्य को दर्ज करें या उसे बदलें, किसी गठबंधन की उसकी सदस्यता के साथ
cli--members-show--about = एक सदस्य को दिखाएँ: प्रकार, देश, भाषाएँ, संपर्क और सदस्यताएँ
cli--arg-member-name = सदस्य का पूरा नाम
cli--arg-member-kind = सदस्य क्या है: festival, institution, company या artist
cli--arg-member-city = सदस्य का शहर
cli--arg-member-lang = कामकाज की एक भाषा (दोहराएँ, या कॉमा से अलग करें), प्राथमिकता के क्रम में
cli--arg-member-contact = संपर्क, KIND=VALUE के रूप में, जहाँ KIND email, phone, web या address है (और संपर्कों के लिए दोहराएँ)
cli--arg-member-alliance = वह गठबंधन जिसका यह सदस्य है
cli--arg-member-tier = उस गठबंधन में इसका स्तर
cli--arg-member-joined = यह कब जुड़ा: YYYY या YYYY-MM-DD
cli--arg-filter-alliance = केवल इस गठबंधन के सदस्य
cli--arg-filter-country = केवल इस देश के सदस्य (ISO 3166 कोड)
cli--arg-filter-tier = केवल इस स्तर के सदस्य
cli--arg-filter-kind = केवल इस प्रकार के सदस्य: festival, institution, company या artist
cli--arg-filter-lang = केवल इस भाषा में काम करने वाले सदस्य
cli--alliance--about = गठबंधन: इसे जोड़ें, दिखाएँ, इसके स्तर और प्रवेश मानदंड तय करें
cli--alliance-add--about = गठबंधन जोड़ें, या उसका नाम बदलें
cli--alliance-show--about = किसी गठबंधन को उसके स्तरों और प्रवेश मानदंडों के साथ दिखाएँ
cli--alliance-tier--about = गठबंधन का अपना कोई स्तर जोड़ें, या उसका नाम बदलें
cli--alliance-criterion--about = प्रवेश मानदंड जोड़ें, या उसके शब्द बदलें
cli--alliances--about = वे गठबंधन जिन्हें यह प्रति जानती है
cli--alliances-list--about = गठबंधनों की सूची दिखाएँ, उनके स्तरों और प्रवेश मानदंडों के साथ
cli--registry--about = किसी गठबंधन के सदस्यों की रजिस्ट्री, जैसी उसका सचिवालय प्रकाशित करता है
cli--registry-publish--about = गठबंधन की रजिस्ट्री हर सदस्य के लिए सील करें; यह अगली बार प्रकाशित करने पर भेजी जाएगी
cli--admissions--about = गठबंधन में प्रवेश के आवेदन: प्रमाण, प्रस्तावक और निर्णय
cli--admissions-apply--about = आवेदन दर्ज करें, गठबंधन के मानदंडों के प्रमाण के साथ
cli--admissions-list--about = आवेदनों की सूची दिखाएँ, सबसे नया पहले
cli--admissions-show--about = किसी आवेदन को उसके प्रमाण, प्रस्तावकों और निर्णय के साथ दिखाएँ
cli--admissions-sponsor--about = दर्ज करें कि गठबंधन का कोई सदस्य किसी आवेदन का प्रस्तावक है
cli--admissions-decide--about = किसी आवेदन पर निर्णय दर्ज करें, उसकी तारीख़ और वोटों के साथ
cli--arg-alliance = गठबंधन का संक्षिप्त नाम (स्लग)
cli--arg-alliance-name = गठबंधन का पूरा नाम
cli--arg-alliance-founded = स्थापना का वर्ष
cli--arg-alliance-secretariat = वह सदस्य जिसकी प्रकाशित रजिस्ट्री यह प्रति अपनाती है
cli--arg-tier-key = स्तर का संक्षिप्त नाम (स्लग)
cli--arg-tier-label = किसी एक भाषा में स्तर का नाम, LANG=TEXT (और भाषाओं के लिए दोहराएँ)
cli--arg-criterion-key = मानदंड का संक्षिप्त नाम (स्लग)
cli--arg-criterion-text = किसी एक भाषा में मानदंड, LANG=TEXT (और भाषाओं के लिए दोहराएँ)
cli--arg-registry-alliance = वह गठबंधन जिसकी रजिस्ट्री प्रकाशित की जाती है
cli--arg-applicant = वह संक्षिप्त नाम (स्लग) जो सदस्य बनने पर आवेदक का होगा
cli--arg-apply-alliance = वह गठबंधन जिसमें आवेदन किया गया है
cli--arg-apply-name = आवेदक का पूरा नाम
cli--arg-apply-kind = आवेदक क्या है: festival, institution, company या artist
cli--arg-apply-country = आवेदक का देश, ISO 3166 कोड
cli--arg-apply-lang = आवेदक की कामकाज की एक भाषा (दोहराएँ, या कॉमा से अलग करें)
cli--arg-apply-contact = आवेदक से संपर्क कैसे करें
cli--arg-apply-tier = वह स्तर जिसके लिए आवेदन किया गया है
cli--arg-apply-evidence = किसी एक मानदंड का प्रमाण, KEY=TEXT (हर मानदंड के लिए दोहराएँ)
cli--arg-applications-alliance = केवल इस गठबंधन के आवेदन
cli--arg-applications-state = केवल इस स्थिति वाले आवेदन: open, admitted, refused या withdrawn
cli--arg-application = आवेदन की संख्या
cli--arg-sponsor-note = प्रस्तावक आवेदक के बारे में क्या कहता है
cli--arg-outcome = निर्णय: admit, refuse या withdraw
cli--arg-decide-on = निर्णय का दिन, YYYY-MM-DD
cli--arg-decide-for = पक्ष में वोट
cli--arg-decide-against = विरोध में वोट
cli--arg-decide-abstain = तटस्थ वोट
cli--arg-decide-note = निर्णय पर एक नोट
cli--arg-decide-tier = वह स्तर जिसमें प्रवेश पाने वाला सदस्य शामिल होगा (वरना वही जिसके लिए आवेदन किया गया था)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = “{ $alliance }” की रजिस्ट्री ({ $count } सदस्य) सील की गई (लिफ़ाफ़ा { $seq }); यह अगली बार प्रकाशित करने पर भेजी जाएगी।
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count } सदस्य; सचिवालय: { $secretariat }
cli--alliance-tier = स्तर
cli--alliance-criterion = मानदंड
cli--applications-none = कोई आवेदन नहीं है।
# $criterion (String) - the criterion's short name
cli--application-missing = { $criterion } का कोई प्रमाण नहीं
# $member (String) - the sponsor's short name
cli--application-sponsor = प्रस्तावक: { $member }
# $on (String) - the day of the decision
cli--application-decision = { $on } को निर्णय: { $for } पक्ष में, { $against } विरोध में, { $abstain } तटस्थ
cli--members-leave--about = किसी गठबंधन में सदस्य की सदस्यता समाप्त करें; अगली प्रकाशित रजिस्ट्री में दर्ज होगा कि वह अलग हो गया
cli--arg-leave-alliance = वह गठबंधन जिसे सदस्य छोड़ रहा है
cli--jury--about = जूरी: दौर और मूल्यांकन योजनाएँ, जूरी सदस्य, हितों के टकराव, आवंटन, अंक और परिणाम
cli--jury-criterion--about = किसी दौर की मूल्यांकन योजना
cli--jury-criterion-add--about = किसी दौर की मूल्यांकन योजना में मानदंड जोड़ें, या उसे बदलें
cli--jury-juror--about = जूरी सदस्य
cli--jury-juror-add--about = जूरी सदस्य जोड़ें या उनकी जानकारी बदलें; जूरी सदस्य को हर जगह ईमेल से पहचाना जाता है
cli--jury-conflict--about = हितों के टकराव
cli--jury-conflict-add--about = किसी जूरी सदस्य और किसी कृति, व्यक्ति या सदस्य के बीच हितों का टकराव घोषित करें
cli--jury-conflicts--about = किसी दौर की हर टकराव वाली जोड़ी, घोषित या अपने-आप पाई गई, और उसका कारण
cli--jury-round--about = दौर तैयार करें: उसकी अंतिम तारीख़, ब्लाइंड समीक्षा, और वह शॉर्टलिस्ट जो इस दौर में ली जाती है
cli--jury-rubric--about = किसी दौर की मूल्यांकन योजना दिखाएँ
cli--jury-assign--about = हर प्रविष्टि को समीक्षक दें, काम का बोझ संतुलित और हितों के टकराव के बिना; या एक जोड़ी जोड़ें या हटाएँ
cli--jury-assign-add--about = किसी एक जूरी सदस्य को हाथ से एक कृति आवंटित करें
cli--jury-assign-remove--about = एक आवंटन हटाएँ, उसके अंकों सहित
cli--jury-score--about = किसी आवंटित जूरी सदस्य का एक अंक दर्ज करें
cli--jury-scores--about = काग़ज़ से टाइप किए गए अंक
cli--jury-scores-import--about = CSV फ़ाइल से अंक आयात करें: जूरी सदस्य, कृति, मानदंड, मान, टिप्पणी
cli--jury-results--about = किसी दौर के परिणाम: औसत, सामान्यीकृत औसत, शुल्ज़ रैंक, बोर्डा अंक और सहमति
cli--arg-jury-section = खंड (उसका संक्षिप्त नाम)
cli--arg-jury-edition = संस्करण, जब खंड का संक्षिप्त नाम एक से ज़्यादा संस्करणों में हो
cli--arg-jury-round = दौर (न दिए जाने पर 1)
cli--arg-round-deadline = दौर की अंतिम तारीख़, YYYY-MM-DD
cli--arg-round-blind = इस दौर में जूरी सदस्यों से सबमिट करने वालों के नाम और क्रेडिट छिपाएँ
cli--arg-round-shortlist = पिछले दौर की इतनी सर्वश्रेष्ठ प्रविष्टियाँ लें
cli--arg-rubric-key = मानदंड का संक्षिप्त नाम (स्लग)
cli--arg-rubric-label = मानदंड का नाम, इंटरफ़ेस की भाषा में
cli--arg-rubric-label-in = किसी दूसरी भाषा में मानदंड का नाम, LANG=TEXT (और भाषाओं के लिए दोहराएँ)
cli--arg-rubric-min = सबसे कम अंक
cli--arg-rubric-max = सबसे ज़्यादा अंक
cli--arg-rubric-step = अंकों के बीच का अंतराल (न दिए जाने पर 1)
cli--arg-rubric-weight = कुल योग में मानदंड का भार (न दिए जाने पर 1)
cli--arg-juror-email = जूरी सदस्य का ईमेल
cli--arg-juror-name = जूरी सदस्य का नाम, जैसा वे ख़ुद लिखते हैं
cli--arg-juror-name-in = किसी दूसरी लिपि में नाम, LANG=TEXT (और लिपियों के लिए दोहराएँ)
cli--arg-juror-lang = वह भाषा जिसे जूरी सदस्य समझते हैं (कमांड के बाद --lang के रूप में लिखें; दोहराएँ, या कॉमा से अलग करें)
cli--arg-juror-country = जूरी सदस्य का देश, ISO 3166 कोड
cli--arg-juror-member = वह सदस्य जिससे जूरी सदस्य जुड़े हैं
cli--arg-juror-company = वह प्रोडक्शन कंपनी जिसके लिए जूरी सदस्य काम करते हैं
cli--arg-juror-section = वह खंड जिसकी जूरी में ये जूरी सदस्य हैं (और खंडों के लिए दोहराएँ)
cli--arg-conflict-juror = जूरी सदस्य का ईमेल
cli--arg-conflict-work = कृति (आईडी, ff:SUBMISSION_ID, ट्रैकिंग नंबर या कोई पहचानकर्ता)
cli--arg-conflict-person = कोई व्यक्ति, जैसा कृतियों के क्रेडिट में दर्ज है
cli--arg-conflict-member = कोई सदस्य (उसका संक्षिप्त नाम)
cli--arg-conflict-reason = कारण
cli--arg-assign-section = खंड (उसका संक्षिप्त नाम)
cli--arg-assign-edition = संस्करण, जब खंड का संक्षिप्त नाम एक से ज़्यादा संस्करणों में हो
cli--arg-assign-round = दौर (न दिए जाने पर 1)
cli--arg-assign-reviews = हर प्रविष्टि की समीक्षा कितने अलग-अलग जूरी सदस्य करें
cli--arg-assign-max-load = एक जूरी सदस्य अधिकतम कितनी प्रविष्टियों की समीक्षा करे, पहले से आवंटित प्रविष्टियों समेत
cli--arg-pair-juror = जूरी सदस्य का ईमेल
cli--arg-pair-work = कृति (आईडी, ff:SUBMISSION_ID, ट्रैकिंग नंबर या कोई पहचानकर्ता)
cli--arg-score-juror = जूरी सदस्य का ईमेल
cli--arg-score-work = कृति (आईडी, ff:SUBMISSION_ID, ट्रैकिंग नंबर या कोई पहचानकर्ता)
cli--arg-score-criterion = मानदंड का संक्षिप्त नाम
cli--arg-score-value = अंक, मानदंड के पैमाने पर
cli--arg-scores-file = CSV फ़ाइल
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [one] “{ $section }” का दौर { $round }, { $entries } प्रविष्टि:
   *[other] “{ $section }” का दौर { $round }, { $entries } प्रविष्टियाँ:
}
cli--conflicts-none = हितों का कोई टकराव नहीं है।
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [one] { $added } आवंटन किया गया, कुल { $total }; जिन प्रविष्टियों को पर्याप्त समीक्षक नहीं मिले: { $uncovered }।
   *[other] { $added } आवंटन किए गए, कुल { $total }; जिन प्रविष्टियों को पर्याप्त समीक्षक नहीं मिले: { $uncovered }।
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = अंक: { $imported } नए, { $updated } बदले गए, { $unchanged } पहले जैसे।
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = सहमति (क्रिपेनडॉर्फ़ का α, कुल अंकों पर): { $alpha }
cli--jury-packet--about = जूरी पैकेट: वह सामग्री जिसे जूरी सदस्य ऑफ़लाइन अंक देने के लिए अपने साथ ले जाते हैं
cli--jury-packet-export--about = किसी एक जूरी सदस्य के लिए पैकेट सील करें: केवल उन्हीं की प्रविष्टियाँ, मूल्यांकन योजना, पोस्टर और स्क्रीनर लिंक के साथ
cli--jury-packet-open--about = जूरी सदस्य के लैपटॉप पर पैकेट खोलें; इससे जूरी सदस्य की प्रोफ़ाइल बनती है
cli--jury-sheet--about = अंकपत्र: जूरी सदस्य के हस्ताक्षरित अंक, जूरी अध्यक्ष के लिए
cli--jury-sheet-export--about = इस जूरी सदस्य का अंकपत्र जूरी अध्यक्ष के लिए सील करें
cli--jury-sheet-merge--about = किसी जूरी सदस्य के अंकपत्र का विलय करें: नए अंक मान्य होते हैं, और क्रम चाहे जो हो, नतीजा एक ही रहता है
cli--arg-juror-card = जूरी सदस्य का कार्ड (वह फ़ाइल जो “identity card” ने जूरी सदस्य के लैपटॉप पर लिखी)
cli--arg-packet-juror = जूरी सदस्य का ईमेल
cli--arg-packet-out = लिखी जाने वाली फ़ाइल
cli--arg-packet-file = पैकेट फ़ाइल
cli--arg-sheet-out = लिखी जाने वाली फ़ाइल
cli--arg-sheet-file = अंकपत्र की फ़ाइल
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [one] { $juror } के लिए { $entries } प्रविष्टि वाला पैकेट: { $path }
   *[other] { $juror } के लिए { $entries } प्रविष्टियों वाला पैकेट: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [one] “{ $chair }” का पैकेट खुल गया है: अंक देने के लिए { $entries } प्रविष्टि।
   *[other] “{ $chair }” का पैकेट खुल गया है: अंक देने के लिए { $entries } प्रविष्टियाँ।
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [one] { $scores } अंक वाला अंकपत्र: { $path }
   *[other] { $scores } अंकों वाला अंकपत्र: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = { $juror } का अंकपत्र: { $scores } अंक, जिनमें से { $applied } मौजूदा अंकों से नए हैं।
# $juror (String) - the juror's email
cli--sheet-already = { $juror } के अंकपत्र का विलय पहले ही हो चुका है; कुछ करने की ज़रूरत नहीं है।
cli--award--about = पुरस्कार: किसी संस्करण की पुरस्कार श्रेणियाँ और उनका मतदान
cli--award-add--about = किसी संस्करण में पुरस्कार श्रेणी जोड़ें, या उसे बदलें
cli--award-vote--about = मतदान के किसी दौर में एक जूरी सदस्य का वोट दर्ज करें
cli--award-tally--about = मतदान के किसी दौर के वोट गिनें और विजेता तय हो तो उसे दर्ज करें
cli--awards--about = किसी संस्करण के पुरस्कार
cli--awards-list--about = किसी संस्करण के पुरस्कारों की सूची दिखाएँ, उनके विजेताओं के साथ
cli--arg-award-key = पुरस्कार का संक्षिप्त नाम (स्लग)
cli--arg-award-edition = संस्करण
cli--arg-award-label = पुरस्कार का नाम, इंटरफ़ेस की भाषा में
cli--arg-award-label-in = किसी दूसरी भाषा में पुरस्कार का नाम, LANG=TEXT (और भाषाओं के लिए दोहराएँ)
cli--arg-award-shared = इसे जीतने वाली कृति दूसरे पुरस्कार भी जीत सकती है
cli--arg-award-absolute-rounds = वे दौर जिनमें सापेक्ष बहुमत से फ़ैसला होने से पहले पूर्ण बहुमत चाहिए (न दिए जाने पर 2)
cli--arg-vote-award = पुरस्कार का संक्षिप्त नाम
cli--arg-vote-work = जिस कृति को वोट दिया गया (आईडी, ff:SUBMISSION_ID, ट्रैकिंग नंबर या कोई पहचानकर्ता)
cli--arg-vote-edition = संस्करण
cli--arg-vote-round = मतदान का दौर (न दिए जाने पर 1)
cli--arg-vote-voter = मतदाता: किसी जूरी सदस्य का ईमेल
cli--arg-tally-award = पुरस्कार का संक्षिप्त नाम
cli--arg-tally-edition = संस्करण
cli--arg-tally-round = मतदान का दौर (न दिए जाने पर 1)
cli--arg-awards-edition = संस्करण
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = कृति { $work } विजेता है ({ $cast } वोट पड़े)।
# $cast (Number) - votes cast
cli--tally-undecided = इस दौर में कोई विजेता नहीं ({ $cast } वोट पड़े): अगले दौर में फिर से वोट दें।
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = दौर { $round } में “{ $title }” ने जीता, { $cast } में से { $votes } वोट
cli--jury-screener--about = इस कंप्यूटर पर मौजूद स्क्रीनर फ़ाइल को किसी कृति से जोड़ें, ताकि उसे विंडो में अंकों के साथ चलाया जा सके
cli--arg-screener-work = कृति (आईडी, ff:SUBMISSION_ID, ट्रैकिंग नंबर या कोई पहचानकर्ता)
cli--arg-screener-file = वीडियो फ़ाइल (WebM, MP4, M4V, MKV, MOV या OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = { $encoding } के रूप में पढ़ा गया।
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = “{ $name }” का अर्थ अब { $code } है ({ $works ->
    [one] { $works } कृति पर लागू
   *[other] { $works } कृतियों पर लागू
})।
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = आयात नहीं किया गया: { $count } × { $kind } (कृति नहीं)।
