# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = ‏{ $path } ليس قاعدة بيانات Caravan: إنه ليس ملف SQLite. لم يُغيَّر شيء.
# $path (String) - the database file
error--db-foreign = ‏{ $path } قاعدة بيانات SQLite لبرنامج آخر، وليست لـCaravan. لم يُغيَّر شيء.
# $path (String) - the database file
error--db-corrupt = ‏{ $path } تالف ولا يمكن قراءته. لم يُغيَّر شيء؛ استعِده من نسخة احتياطية.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = كُتب الملف { $path } بإصدار أحدث من Caravan (المخطط { $found }؛ وهذا الإصدار يعرف حتى المخطط { $supported }). حدِّث Caravan لفتحه. لم يُغيَّر شيء.
# $path (String) - the database file
error--db-busy = الملف { $path } مستخدَم من برنامج آخر. أعد المحاولة بعد قليل.
# $path (String) - the database file
error--db-read-only = لا يمكن الكتابة في { $path }: تحقق من أذونات الملف.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = لا يمكن فتح { $path }: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = خطأ في قاعدة البيانات { $path }: { $reason }
error--db-no-data-dir = لا يوجد في هذا الحاسوب مجلد لبيانات التطبيقات. اختر ملف قاعدة البيانات باستخدام ‎--db أو CARAVAN_DB.

# $slug (String) - the slug asked for
error--slug-taken = الاسم المختصر «{ $slug }» مستخدَم بالفعل.
# $value (String) - the slug given
error--slug-invalid = ‏«{ $value }» ليس اسمًا مختصرًا صالحًا: استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = ‏«{ $value }» ليس وسم لغة. استخدم وسمًا وفق BCP 47؛ الواجهة متاحة باللغات: { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = الواجهة غير متاحة باللغة «{ $value }». اختر إحدى اللغات: { $supported }.
# $value (String) - the code given
error--country-invalid = ‏«{ $value }» ليس رمز بلد وفق ISO 3166-1.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = ‏{ $what }: «{ $value }» ليست قيمة مقبولة.
# $what (String) - the name of the field, from what--*
error--value-empty = لا يمكن ترك الحقل «{ $what }» فارغًا.

# $work (String) - what the user typed to name the work
error--work-not-found = لا يوجد عمل «{ $work }». حدِّد العمل برقمه، أو بـ‎ff:‎ متبوعًا بمعرّف المشاركة (Submission ID) في FilmFreeway، أو برقم التتبع (Tracking Number) أو بمعرّف مثل رمز ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = ‏«{ $work }» يطابق عدة أعمال ({ $count }). حدِّد العمل برقمه.
# $edition (String) - the edition slug given
error--edition-not-found = لا توجد دورة «{ $edition }». يعرض الأمر «caravan editions list» الدورات.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = لا يوجد في الدورة «{ $edition }» قسم «{ $section }». لم يُغيَّر شيء.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = أرسلت النافذة طلبًا لا يستطيع Caravan قراءته ({ $detail }). لم يُغيَّر شيء.
# $value (String) - the cursor given
error--cursor-invalid = ‏«{ $value }» ليس مؤشرًا لهذه القائمة: استخدم قيمة «next» من الصفحة السابقة، مع الترتيب نفسه.
# $change (Number) - the number of the status change
error--status-change-not-found = لا يوجد تغيير حالة رقمه { $change }.
# $change (Number) - the number of the status change
error--status-change-undone = سبق التراجع عن تغيير الحالة رقم { $change }. لم يُغيَّر شيء.
error--status-nothing-to-set = اختر حالة المشاركة أو حالة التحكيم أو كلتيهما لتعيينها.

# $command (String) - the word that is not a command
error--cli-unknown-command = ‏«{ $command }» ليس أمرًا من أوامر Caravan. شغِّل «caravan --help» لعرض الأوامر.
# $argument (String) - the option that is not known
error--cli-unknown-argument = ‏«{ $argument }» ليس خيارًا لهذا الأمر. أضف ‎--help لعرض خياراته.
# $argument (String) - the argument that is missing
error--cli-missing-argument = يحتاج هذا الأمر إلى { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = ‏«{ $value }» ليست قيمة صالحة لـ{ $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = سطر الأوامر غير صالح: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = حدث خطأ غير متوقع: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = الملف { $file } فارغ. لم يُحفظ شيء.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = الملف { $file } ليس صورة يقرؤها Caravan (‏JPEG أو PNG أو WebP أو GIF أو TIFF أو BMP). لم يُحفظ شيء.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = الملف { $file } ينتهي قبل أوانه: إنه غير مكتمل. لم يُحفظ شيء.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = الملف { $file } تالف ({ $reason }). لم يُحفظ شيء.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = الصورة { $file } أكبر مما يقبله Caravan (‏20000 بكسل للضلع و100 ميغابكسل كحد أقصى). لم يُحفظ شيء.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = تعذّرت قراءة { $file } أو حفظه: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = تعذّر إنشاء الصور المصغّرة لـ{ $file }: { $reason }. لم يُحفظ شيء.
# $id (Number) - the image number given
error--media-not-found = لا توجد صورة رقمها { $id }.

# $reason (String) - what the windowing system said, in its own words
error--window-start = تعذّر على Caravan فتح نافذته: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = لا يمكن قراءة { $file }: { $reason }
# $file (String) - the file being imported
error--import-empty = الملف { $file } فارغ: لا يحتوي على صف عناوين. لم يُستورَد شيء.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = لا يحتوي الملف { $file } على العمود «{ $column }»، لذا فهو ليس ملف تصدير لمشاركات FilmFreeway. لم يُستورَد شيء.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = الملف { $file }، السطر { $line }: تتعذّر قراءة الملف بصيغة CSV ({ $reason }). لم يُستورَد شيء.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = تتعذّر قراءة الملف { $file } بوصفه مصنّف Excel ‏({ $reason }). لم يُستورَد شيء.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = لا يحتوي الملف { $file } على العمود «{ $column }» الذي تذكره مطابقة الأعمدة. اختر مطابقة أخرى أو صحِّح هذه المطابقة. لم يُستورَد شيء.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = تتعذّر قراءة مطابقة الأعمدة: { $detail }. المطابقة ملف JSON يتضمن اسمًا، ولكل عنوان عمود ما يحتويه ذلك العمود (مثل title وdirectors وcountries…).
# $detail (String) - unused here
error--mapping-no-name = مطابقة الأعمدة بلا اسم. سمِّها لحفظها وللعثور على صفوفها مجددًا في الاستيراد التالي.
# $detail (String) - unused here
error--mapping-no-title = لا تحدد مطابقة الأعمدة أي عمود يحتوي على العنوان. اربط عمودًا واحدًا بالعنوان.
# $detail (String) - unused here
error--mapping-no-id = لا تحدد مطابقة الأعمدة أي عمود يحتوي على معرّف الصف. اربط عمودًا واحدًا بالمعرّف، حتى يؤدي استيراد الملف مرة أخرى إلى تحديث أعماله بدلًا من إضافتها مرتين.
# $detail (String) - what is mapped twice
error--mapping-twice = تربط مطابقة الأعمدة عمودين بـ«{ $detail }»، مع أنه لا يشغل إلا عمودًا واحدًا.
# $mapping (String) - the name or file given
error--mapping-not-found = لا توجد مطابقة أعمدة باسم «{ $mapping }»، ولا ملف بهذا الاسم.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = المطابقة «{ $mapping }» مدمجة في Caravan؛ احفظ مطابقتك باسم آخر.
# $encoding (String) - the encoding given
error--encoding-unknown = لا يعرف Caravan الترميز «{ $encoding }». استخدم اسمًا مثل windows-1252 أو windows-1251 أو gb18030 أو shift_jis.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = النوع «{ $vocabulary }» ليس من أنواع القيم التي يحتفظ بها الاستيراد: استخدم country (بلد) أو language (لغة) أو status (حالة).
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = ‏«{ $code }» { $vocabulary ->
    [country] ليس رمز بلد (مثل QA)
    [language] ليس وسم لغة (مثل fr أو pt-BR)
   *[status] ليست حالة مشاركة (‏in-consideration أو incomplete أو disqualified أو withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = لا يوجد اسم بديل «{ $name }».
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [zero] لم يُستورَد شيء. صحِّح المشكلات، أو استورد الصفوف السليمة باستخدام ‎--partial.
    [one] رُفض صف واحد، لذا لم يُستورَد شيء. صحِّحه، أو استورد الصفوف الأخرى باستخدام ‎--partial.
    [two] عُثر على مشكلتين، لذا لم يُستورَد شيء. صحِّحهما، أو استورد الصفوف السليمة باستخدام ‎--partial.
    [few] عُثر على { $count } مشكلات، لذا لم يُستورَد شيء. صحِّحها، أو استورد الصفوف السليمة باستخدام ‎--partial.
    [many] عُثر على { $count } مشكلةً، لذا لم يُستورَد شيء. صحِّحها، أو استورد الصفوف السليمة باستخدام ‎--partial.
   *[other] عُثر على { $count } مشكلة، لذا لم يُستورَد شيء. صحِّحها، أو استورد الصفوف السليمة باستخدام ‎--partial.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = الملف { $file }، السطر { $line }، العمود { $column }: هذا ليس XML سليم البنية ({ $value }). لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = الملف { $file }، السطر { $line }: العنصر { $element } ليس رسالة DDEX ERN من نوع NewReleaseMessage ‏({ $value }). لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = الملف { $file }، السطر { $line }: إصدار ERN هذا غير مدعوم ({ $value })؛ يقرأ Caravan إصدارات ERN من 3.4 إلى 3.8 والإصدارات 4.x. لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = الملف { $file }، السطر { $line }: التسجيل أو الفيديو { $element } ضمن الإصدار بلا أي معرّف على الإطلاق (لا ISRC ولا ISAN ولا EIDR ولا معرّف خاص بالجهة المرسِلة). لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = الملف { $file } أكبر من الحجم الأقصى الذي يقرؤه Caravan لرسالة DDEX ‏({ $value }). لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = الملف { $file }، السطر { $line }: العناصر متداخلة بعمق يتجاوز أي رسالة DDEX ‏({ $value }). لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = الملف { $file }، السطر { $line }، العمود { $column }: «{ $value }» في { $element } ليس رمز ISRC صالحًا. لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = الملف { $file }، السطر { $line }: التسجيل الصوتي { $element } بلا عنوان. لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = الملف { $file }، السطر { $line }، العمود { $column }: «{ $value }» في { $element } ليست مدة وفق ISO 8601 مثل PT3M25S. لم يُستورَد شيء.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = الملف { $file }، السطر { $line }: يشير العنصر { $element } إلى مورد لا تتضمنه الرسالة ({ $value }). لم يُستورَد شيء.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = السطر { $line }: عدد الخلايا في الصف يختلف عن عددها في صف العناوين ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = السطر { $line }، العمود «{ $column }»: النص ليس بترميز UTF-8 ‏({ $value }). احفظ الملف بترميز UTF-8 أو UTF-16.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = السطر { $line }، العمود «{ $column }»: «{ $value }» ليست مدة بصيغة مثل 1:32:05.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = السطر { $line }، العمود «{ $column }»: «{ $value }» ليس تاريخًا يستطيع Caravan قراءته، مثل 2025-07-19.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = السطر { $line }، العمود «{ $column }»: «{ $value }» ليست سنة.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = السطر { $line }، العمود «{ $column }»: «{ $value }» ليس بلدًا يعرفه Caravan.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = السطر { $line }، العمود «{ $column }»: «{ $value }» ليست لغة يعرفها Caravan.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = السطر { $line }، العمود «{ $column }»: «{ $value }» ليست حالة مشاركة في FilmFreeway.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = السطر { $line }: المشروع بلا عنوان.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = السطر { $line }: ليس في الصف معرّف مشاركة (Submission ID) ولا رقم تتبع (Tracking Number).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = السطر { $line }: لا يحتوي الصف على معرّف في العمود الذي تحدده المطابقة للمعرّف.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = السطر { $line }: لا يذكر الصف أي فئة، ولا يوجد في الدورة قسم يمكن وضعه فيه.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = السطر { $line }، العمود «{ $column }»: «{ $value }» ليس معرّفًا صالحًا (شغِّل «caravan ids check» لمعرفة السبب).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = السطر { $line }، العمود «{ $column }»: المعرّف { $value } يخص عملًا آخر بالفعل.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = هذا ليس رمز ISAN ولا EIDR ولا ISRC ولا ISWC.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = يبدو هذا رمز { $kind }، لكن طوله أو أحرفه غير صحيحة.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = حرف التحقق غير مطابق: في رمز { $kind } هذا خطأ في الكتابة.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = الحرفان الأولان من رمز { $kind } هذا ليسا رمز بلد ولا رمز وكالة تسجيل.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = بادئة رمز { $kind } هذا ليست بعدُ في القائمة التي يتضمنها Caravan؛ فلعلّ IFPI خصّصها حديثًا. حُفظ الرمز كما كُتب.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = ليس للعمل «{ $work }» نص باللغة «{ $lang }».
# $work (String) - the work as named
error--title-last = هذا هو العنوان الوحيد للعمل «{ $work }»؛ أضف عنوانًا آخر قبل إزالته.
error--duplicate-same-work = لا يمكن دمج عمل مع نفسه، ولا استبعاده بوصفه نسخة مكررة من نفسه.
# $id (Number) - the submission number
error--submission-not-found = لا توجد مشاركة رقمها { $id }.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = تعذّرت كتابة { $file }: { $reason }. لم يُترك أي ملف ناقص.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = تعذّرت إضافة «{ $value }»: { $reason } لم يُحفَظ شيء.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = المعرّف { $value } مُسنَد بالفعل إلى العمل { $work }. لم يُحفَظ شيء.
# $label (String) - the label as given
error--label-not-found = لا توجد في الدورة تسمية تحكيم «{ $label }»؛ استخدم undecided أو selected أو not-selected أو إحدى تسميات التحكيم فيها.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = سطره الأول
envelope-part--header = ترويسته
envelope-part--signature = توقيعه
envelope-part--payload = محتواه
envelope-part--attachment = أحد مرفقاته
envelope-part--attachments = قائمة مرفقاته
envelope-part--body = النص
envelope-part--file = الملف
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = المغلّف مبتور، والجزء الناقص: { $what }. لم يُطبَّق شيء.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = لا يستطيع Caravan قراءة هذا المغلّف ({ $detail }). لم يُطبَّق شيء.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = تلف المغلّف أثناء النقل، والجزء الذي لا يطابق بصمته: { $what }. لم يُطبَّق شيء.
# $version (Number) - the format version found
error--envelope-unsupported-version = صيغة المغلّف من الإصدار { $version }، ولا يقرؤها هذا الإصدار من Caravan؛ حدِّث Caravan لقراءتها. لم يُطبَّق شيء.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = رُفض المغلّف: يبلغ حجم { $what } { $size } بايت، متجاوزًا الحد الأقصى البالغ { $limit }. لم يُقرأ شيء ولم يُطبَّق شيء.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = ورد المغلّف من { $sender }، وهو مفتاح لا تذكره بطاقة أي عضو. استورد بطاقة العضو أولًا. لم يُطبَّق شيء.
error--envelope-bad-signature = توقيع المغلّف لا يطابق مفتاح مُرسِله: لقد زُوِّر المغلّف أو عُدِّل. لم يُطبَّق شيء.
error--envelope-not-addressed = يذكر المغلّف هذا الملف الشخصي بين المستلمين، لكنه لم يُشفَّر لمفتاحه. لم يُطبَّق شيء.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = وصل المغلّف رقم { $seq } من { $sender } في حين كان المنتظر المغلّف رقم { $expected }. لم يُطبَّق شيء.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = سبق تطبيق المغلّف رقم { $seq } من { $sender }، فلم يُطبَّق مرة أخرى.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = المغلّف رقم { $seq } من { $sender } لا يتبع المغلّف الذي طُبِّق قبله: لقد أُعيدت كتابة سلسلة المغلّفات. لم يُطبَّق شيء.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = عُثر في سلسلة مغلّفات { $stream } على مغلّف موقَّع من { $sender }. لم يُطبَّق شيء.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = قد يشير اسم المرفق «{ $name }» إلى موضع خارج مجلده. لم يُطبَّق شيء.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = المرفق «{ $name }» ليس الملف الذي يصفه مغلّفه. لم يُطبَّق شيء.
# $seq (Number) - the envelope's number
error--envelope-missing = المغلّف رقم { $seq } مفقود من سلسلة المغلّفات، مع أن رأس السلسلة يذكر وجوده. لم يُطبَّق شيء مما بعده.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = لا يقرأ هذا الإصدار من Caravan المغلّفات من نوع «{ $kind }»؛ حدِّث Caravan لقراءتها. لم يُطبَّق شيء.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = هذه ليست بطاقة عضو يستطيع Caravan قراءتها ({ $detail }). لم يُحفَظ شيء.
error--card-bad-signature = توقيع بطاقة العضو لا يطابق مفاتيحها: لقد عُدِّلت البطاقة. لم يُحفَظ شيء.
# $member (String) - the member's short name
error--card-not-a-rotation = تذكر بطاقة «{ $member }» مفاتيح جديدة، لكن المفتاح الحالي للعضو لم يوقّعها. قارن البصمات مع العضو قبل الوثوق بها. لم يُحفَظ شيء.
# $member (String) - the member's short name
error--card-is-own = بطاقة «{ $member }» هي بطاقة هذا الملف الشخصي نفسه.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = ‏«{ $value }» ليست بصمة: أحد الحروف خاطئ أو ناقص.
# $member (String) - the member's short name
error--fingerprint-mismatch = البصمة المعطاة ليست البصمة المدوَّنة على بطاقة «{ $member }». لا تثق بهذه البطاقة حتى تعرف السبب. لم يُغيَّر شيء.
error--identity-passphrase-wrong = تعذّر فتح المفاتيح: عبارة المرور خاطئة.
error--identity-passphrase-needed = مفاتيح هذا الملف الشخصي محميّة بعبارة مرور. أدخِلها (وفي السكربتات، عبر CARAVAN_PASSPHRASE).
error--identity-keychain-unavailable = مفاتيح هذا الملف الشخصي محفوظة في سلسلة مفاتيح النظام، وهي لا تستجيب. افتح قفل سلسلة المفاتيح ثم أعد المحاولة.
error--identity-missing = ليست لهذا الملف الشخصي هوية بعد. أنشئ هوية أولًا (caravan identity init).
error--identity-exists = لهذا الملف الشخصي هوية بالفعل. لتغيير مفاتيحه، جدِّدها (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = لا يوجد عضو «{ $member }».
# $member (String) - the member's short name
error--member-no-card = لا توجد بطاقة محفوظة للعضو «{ $member }». استورد بطاقته أولًا.
error--exchange-no-recipients = لا توجد أي بطاقة عضو محفوظة يمكن الإرسال إليها. استورد بطاقات الأعضاء أولًا.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = لا توجد نقطة تبادل رقمها { $id }.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = تعذّر الوصول إلى { $url }: { $reason }. ما طُبِّق من قبل يبقى محفوظًا؛ أعد المحاولة.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = ردّ { $url } برمز حالة HTTP ‏{ $status }. ما طُبِّق من قبل يبقى محفوظًا؛ أعد المحاولة.
# $url (String) - the exchange point
error--exchange-read-only = يمكن القراءة من { $url } لكن لا يمكن الكتابة فيه: يتطلب النشر خادم WebDAV أو مجلدًا.
# $path (String) - the envelope's place at the point
error--stream-conflict = يوجد مغلّف آخر بالفعل في { $path }: نُشرت سلسلة مغلّفات هذا الملف الشخصي من نسخة أخرى منه. لم يُستبدَل أي شيء.
error--exchange-no-points = لم تُعدَّ أي نقطة تبادل. أضف المجلد أو العنوان الذي يلتقي فيه التحالف (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = تعذّرت قراءة { $file }: { $reason }. لم يُحفَظ شيء.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = أُبطِل مفتاح «{ $member }»: لم يعد يُقبل أي شيء يوقّعه. استورد بطاقة العضو الجديدة وتحقّق منها. لم يُطبَّق شيء.
# $id (Number) - the recommendation's number
error--recommendation-not-found = لا توجد توصية رقمها { $id } تلقّاها هذا الملف الشخصي.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = يتعلق الرد بالتوصية { $uid }، وهي توصية لم يرسلها هذا الملف الشخصي إلى ذلك العضو. لم يُطبَّق شيء.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = سبق أن وصلت التوصية { $uid }، فلم تُقبل مرة ثانية.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = لا يمكن أن تنتقل توصية حالتها «{ $from }» إلى الحالة «{ $to }». لم يُغيَّر شيء.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = لا يستطيع Caravan قراءة هذه التوصية ({ $detail }). لم يُحفَظ شيء.
error--person-no-name = يجب أن يكون للشخص اسم بكتابة واحدة على الأقل. لم يُرسَل شيء.
error--recommendation-edition-needed = حدِّد الدورة التي سيُدرَج فيها العمل (والقسم أيضًا إن شئت).
# $value (String) - the date as given
error--date-invalid = ‏«{ $value }» ليس تاريخًا، أو ليس فترة تنتهي بعد بدايتها؛ اكتب التواريخ بالصيغة YYYY-MM-DD.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = لا يوجد مُدخَل في الكتالوج رقمه { $id }.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = لا تشمل حقوق عرض العمل { $territory }، وهو إقليم «{ $member }».
# $alliance (String) - the alliance's short name
error--alliance-not-found = لا يوجد تحالف «{ $alliance }».
error--alliance-needed = فئة العضوية وتاريخ الانضمام يخصّان عضوية في تحالف بعينه: حدِّد التحالف.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = ‏«{ $tier }» ليست فئة من فئات العضوية في التحالف «{ $alliance }». لم يُغيَّر شيء.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = الحقل «{ $what }» يتجاوز الحد المسموح به ({ $limit }). لم يُغيَّر شيء.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = الحقل «{ $what }» مكتوب بلغات يتجاوز عددها الحد الأقصى ({ $limit }). لم يُغيَّر شيء.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = ‏«{ $value }» ليس بيان اتصال صالحًا من نوع «{ $kind }». لم يُغيَّر شيء.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = ‏«{ $member }» ليس الأمانة العامة للتحالف «{ $alliance }» في هذه النسخة، ولذلك لا يُتابَع سجله. لم يُغيَّر شيء.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = بنية السجل غير سليمة ({ $detail }). لم يُطبَّق شيء.
# $id (Number) - the application's number
error--application-not-found = لا يوجد طلب انضمام رقمه { $id }.
# $id (Number) - the application's number
error--application-decided = سبق البتّ في طلب الانضمام رقم { $id }. لم يُغيَّر شيء.
# $member (String) - the applicant's short name
error--application-exists = لدى «{ $member }» طلب انضمام قيد النظر بالفعل.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = ‏«{ $member }» عضو بالفعل في التحالف «{ $alliance }».
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = ‏«{ $criterion }» ليس معيارًا من معايير القبول في التحالف «{ $alliance }». لم يُغيَّر شيء.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = لا يزكّي طلبَ الانضمام إلا أعضاءُ التحالف، و«{ $member }» ليس عضوًا في «{ $alliance }». لم يُغيَّر شيء.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = يتطلب القبول أن تفوق الأصوات المؤيدة الأصوات المعارضة، وهذا غير متحقق هنا (المؤيدون: { $for }، المعارضون: { $against }). لم يُغيَّر شيء.
# $value (String) - the section's short name
error--section-ambiguous = يوجد قسم «{ $value }» في أكثر من دورة: حدِّد الدورة.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = لا توجد في القسم «{ $section }» جولة رقم { $round }.
error--shortlist-first-round = لا تسبق الجولةَ الأولى أيُّ جولة يمكن أخذ قائمة قصيرة منها.
# $value (String) - the juror's email
error--juror-not-found = لا يوجد محكّم «{ $value }».
# $value (String) - the person's name
error--person-not-found = لا يرد اسم «{ $value }» في فريق عمل أي عمل.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = ‏{ $value } ليست درجة صالحة للمعيار «{ $criterion }»، الذي يمتد من { $min } إلى { $max } بخطوات قدرها { $step }. لم يُغيَّر شيء.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = يمتد السلّم من أدنى درجة إلى أعلى درجة أكبر منها بخطوات موجبة، مع وزن موجب؛ والسلّم من { $min } إلى { $max } بخطوات قدرها { $step } ووزن { $weight } ليس كذلك.
error--reviews-per-entry-zero = تحتاج كل مشاركة إلى تقييم واحد على الأقل.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = العمل { $work } غير مُسنَد إلى «{ $juror }». لم يُغيَّر شيء.
# $value (String) - the criterion as written
error--criterion-not-found = لا يوجد في معايير التقييم معيار «{ $value }». لم يُغيَّر شيء.
# $value (String) - what was wrong
error--scores-file-invalid = تتعذّر قراءة ملف الدرجات: { $value }. لم يُغيَّر شيء.
# $value (String) - the value as written
error--score-not-a-number = ‏«{ $value }» ليس عددًا.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = ‏«{ $juror }» يمنح العمل { $work } درجة «{ $criterion }» مرتين في هذا الملف.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [zero] لم يُستورَد شيء من الملف.
    [one] رُفض صف واحد من الملف، لذا لم يُستورَد شيء.
    [two] رُفض صفان من الملف، لذا لم يُستورَد شيء.
    [few] رُفضت { $count } صفوف من الملف، لذا لم يُستورَد شيء.
    [many] رُفض { $count } صفًا من الملف، لذا لم يُستورَد شيء.
   *[other] رُفض { $count } صف من الملف، لذا لم يُستورَد شيء.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = لا توجد بعد معايير تقييم للجولة { $round } من «{ $section }»: أضف معاييرها أولًا.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = العمل { $work } ليس من مشاركات الجولة { $round } من «{ $section }».
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = ‏«{ $juror }» ليس عضوًا في لجنة تحكيم «{ $section }».
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = ‏«{ $juror }» لديه تضارب مصالح مع العمل { $work }: لا يُسنَد هذا الزوج أبدًا ولا تُمنح فيه درجات ولا يُحتسَب. لم يُغيَّر شيء.
# $value (String) - the juror's email
error--juror-no-card = ‏«{ $value }» لم يقدّم بطاقته بعد: أضفها باستخدام «jury juror add … --card FILE»، حتى يمكن تشفير الحزمة لهذا المحكّم وحده.
# $value (String) - the juror's email
error--juror-no-entries = لا توجد مشاركات مُسنَدة إلى «{ $value }»: فلا شيء يوضع في الحزمة.
# $value (String) - the kind the file holds
error--packet-wrong-kind = يحوي الملف مغلّفًا من نوع «{ $value }»، لا النوع المطلوب. لم يُغيَّر شيء.
error--no-packet = لم تُفتح أي حزمة تحكيم في هذا الملف الشخصي: افتح حزمة رئيس لجنة التحكيم أولًا.
error--sheet-unknown-juror = ورقة الدرجات موقَّعة بمفتاح لا تذكره بطاقة أي محكّم. لم يُغيَّر شيء.
# $value (String) - the award's short name
error--award-not-found = لا توجد جائزة «{ $value }».
# $value (String) - the award's short name
error--award-decided = للجائزة «{ $value }» فائز بالفعل. لم يُغيَّر شيء.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = فاز العمل { $work } بالفعل بجائزة أخرى في هذه الدورة، فلا يمكنه أن يفوز بـ«{ $award }» أيضًا. لم يُغيَّر شيء.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = ‏«{ $voter }» صوّت بالفعل في جولة الاقتراع { $round }. لم يُغيَّر شيء.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = لم يصوّت أحد بعد في جولة الاقتراع { $round } على الجائزة «{ $award }».
# $value (String) - the file given
error--screener-not-video = ‏«{ $value }» ليس ملف فيديو يصلح نسخةً للمشاهدة (‏WebM أو MP4 أو M4V أو MKV أو MOV أو OGV). لم يُغيَّر شيء.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = السطر { $line }، العمود «{ $column }»: «{ $value }» ليس بلدًا يعرفه Caravan. حُفظت القيمة كما كُتبت، ووُضعت على العمل علامة للمراجعة.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = السطر { $line }، العمود «{ $column }»: «{ $value }» ليس بلدًا يعرفه Caravan؛ هل تقصد { $suggestion }؟ حُفظت القيمة كما كُتبت، ووُضعت على العمل علامة للمراجعة.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = السطر { $line }، العمود «{ $column }»: «{ $value }» ليست لغة يعرفها Caravan. حُفظت القيمة كما كُتبت، ووُضعت على العمل علامة للمراجعة.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = السطر { $line }، العمود «{ $column }»: «{ $value }» ليست لغة يعرفها Caravan؛ هل تقصد { $suggestion }؟ حُفظت القيمة كما كُتبت، ووُضعت على العمل علامة للمراجعة.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = السطر { $line }، العمود «{ $column }»: «{ $value }» ليست حالة مشاركة يعرفها Caravan. تبقى المشاركة قيد الدراسة، وقد حُفظت الحالة كما كُتبت، ووُضعت على العمل علامة للمراجعة.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = السطر { $line }، العمود «{ $column }»: احتوت الخلية على محارف تحكّم (مثل NUL) أُزيلت منها: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = السطر { $line }، العمود { $column }: يبدأ رمز ISRC { $value } ببادئة لا يعرفها Caravan بعد؛ وقد حُفظ كما كُتب. إن بدا خاطئًا فتحقّق منه لدى شركة التسجيلات.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = السطر { $line }، العنصر { $column }: يحمل مورد ثانٍ رمز ISRC نفسه { $value }؛ استُورد المورد الأول واستُبعد هذا المورد.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = السطر { $line }، العنصر { $column }: يحمل مورد ثانٍ المعرّف نفسه { $value }؛ استُورد المورد الأول واستُبعد هذا المورد.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = السطر { $line }، العنصر { $column }: يبدأ رمز ISRC { $value } ببادئة لا يعرفها Caravan بعد؛ وقد حُفظ كما كُتب. إن بدا خاطئًا فتحقّق منه لدى شركة التسجيلات.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = السطر { $line }، العنصر { $column }: المورد التكميلي { $value } بلا معرّف، ولذلك استُبعد؛ واستُورد باقي محتوى التسليم.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = السطر { $line }، العنصر { $column }: «{ $value }» ليس رمز ISAN صالحًا؛ استُورد المورد من دونه.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = السطر { $line }، العنصر { $column }: «{ $value }» ليس معرّف EIDR صالحًا؛ استُورد المورد من دونه.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = السطر { $line }، العنصر { $column }: تذكر الرسالة أن إصدارها { $value }، لكن مساحة الأسماء فيها تشير إلى إصدار آخر من ERN؛ فقُرئت وفق مساحة الأسماء.
