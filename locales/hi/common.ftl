# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = फ़िल्म
kind--music = संगीत

role--director = निर्देशक
role--writer = लेखक
role--producer = निर्माता
role--cast = अभिनय
role--cinematographer = छायाकार
role--editor = संपादक
role--composer = संगीतकार
role--lyricist = गीतकार
role--artist = कलाकार
role--performer = प्रस्तुतकर्ता

provenance--submitted = सबमिशन से
provenance--curator = क्यूरेटर द्वारा
provenance--machine = मशीनी अनुवाद

work--kind = प्रकार
work--year = वर्ष
work--runtime = अवधि
work--countries = देश
work--languages = भाषाएँ
work--titles = शीर्षक
work--synopses = सारांश
work--credits = क्रेडिट
work--identifiers = पहचानकर्ता
work--original = मूल

# The names of vocabularies and fields, used inside error messages.
what--work-kind = कृति का प्रकार
what--member-kind = सदस्य का प्रकार
what--tier = सदस्यता स्तर
what--submission-status = सबमिशन स्थिति
what--judging-status = मूल्यांकन स्थिति
what--text-field = टेक्स्ट फ़ील्ड
what--provenance = स्रोत
what--credit-role = क्रेडिट में भूमिका
what--edition-name = संस्करण का नाम
what--title = शीर्षक
what--synopsis = सारांश
what--judging-label = मूल्यांकन लेबल
what--submission-column = सबमिशन तालिका का कॉलम
what--work-column = कृतियों की सूची का कॉलम
what--member-name = नाम
what--note-text = नोट का पाठ
what--exchange-point = आदान-प्रदान स्थल

media-kind--poster = पोस्टर
media-kind--still = स्टिल
media-kind--cover = कवर आर्ट
what--media-kind = चित्र का प्रकार
work--media = चित्र

status--in-consideration = विचाराधीन
status--incomplete = अधूरा
status--disqualified = अयोग्य घोषित
status--withdrawn = वापस लिया गया

judging--undecided = अनिर्णीत
judging--selected = चयनित
judging--not-selected = चयनित नहीं

duplicate-reason--title = समान शीर्षक
duplicate-reason--title-across-scripts = दूसरी लिपि में समान शीर्षक
duplicate-reason--director = समान निर्देशक या कलाकार
duplicate-reason--year = समान वर्ष
duplicate-reason--runtime = समान अवधि
duplicate-reason--poster = समान पोस्टर
what--identifier-kind = पहचानकर्ता का प्रकार

identifier-kind--isan = ISAN संख्या
identifier-kind--eidr = EIDR पहचानकर्ता
identifier-kind--isrc = ISRC कोड
identifier-kind--iswc = ISWC कोड
identifier-kind--filmfreeway-submission = FilmFreeway का Submission ID
identifier-kind--filmfreeway-tracking = FilmFreeway का Tracking Number
identifier-kind--caravan-demo = डेमो कुंजी

# Whether a member's card was checked with the member.
trust--verified = सत्यापित
trust--unverified = असत्यापित
trust--no-card = कार्ड नहीं है
tier--basic = सामान्य सदस्य
tier--business = व्यावसायिक सदस्य
tier--partnership = साझेदार
trust--revoked = निरस्त
# The states and kinds of a recommendation.
recommendation-state--sent = भेजी गई
recommendation-state--received = प्राप्त
recommendation-state--accepted = स्वीकृत
recommendation-state--declined = अस्वीकृत
recommendation-state--programmed = कार्यक्रम में शामिल
recommendation-kind--work = कृति
recommendation-kind--judge = निर्णायक
recommendation-kind--guest = अतिथि
what--decline-reason = अस्वीकार करने का कारण
what--recommendation-kind = सिफ़ारिश का प्रकार
what--recommendation-direction = दिशा (आने वाली या भेजी गई)
what--contact-kind = संपर्क का प्रकार
what--contact = संपर्क
what--application-state = आवेदन की स्थिति
what--outcome = निर्णय
what--tier-label = स्तर का नाम
what--criterion-text = मानदंड का पाठ
what--alliance-name = गठबंधन का नाम
what--evidence = प्रमाण
what--note = नोट
contact-kind--email = ईमेल
contact-kind--phone = टेलीफ़ोन
contact-kind--web = वेबसाइट
contact-kind--address = डाक पता
application-state--open = खुला
application-state--admitted = प्रवेश दिया गया
application-state--refused = अस्वीकृत
application-state--withdrawn = वापस लिया गया
member-kind--festival = महोत्सव
member-kind--institution = संस्था
member-kind--company = कंपनी
member-kind--artist = कलाकार
outcome--admit = प्रवेश दें
outcome--refuse = अस्वीकार करें
outcome--withdraw = आवेदक ने वापस लिया
what--criterion-label = मानदंड का नाम
# $detail (String) - the reason given, or —
conflict--declared = घोषित: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = इसकी सिफ़ारिश उस सदस्य “{ $detail }” ने की है, जिससे जूरी सदस्य जुड़े हैं
# $detail (String) - the credit's role
conflict--credited = जूरी सदस्य का नाम इसके क्रेडिट में है ({ $detail })
# $detail (String) - the company's name
conflict--same-company = इसे जूरी सदस्य की प्रोडक्शन कंपनी “{ $detail }” ने बनाया है
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [one] { $missing } समीक्षा बाकी है: केवल { $possible } जूरी सदस्य ऐसे हैं जिनका इससे हितों का टकराव नहीं है।
   *[other] { $missing } समीक्षाएँ बाकी हैं: केवल { $possible } जूरी सदस्य ऐसे हैं जिनका इससे हितों का टकराव नहीं है।
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [one] { $missing } समीक्षा बाकी है: जो जूरी सदस्य इसकी समीक्षा कर सकते हैं, उन्हें पहले ही अधिकतम संख्या में प्रविष्टियाँ मिल चुकी हैं।
   *[other] { $missing } समीक्षाएँ बाकी हैं: जो जूरी सदस्य इसकी समीक्षा कर सकते हैं, उन्हें पहले ही अधिकतम संख्या में प्रविष्टियाँ मिल चुकी हैं।
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = पंक्ति { $line }, कॉलम “{ $column }”: { $reason }
