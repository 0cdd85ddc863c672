# The caravan command line: help text and the lines it prints.

cli--about = ‏Caravan: برمجة المهرجانات عبر اللغات والحدود. تقبل جميع الأوامر أيضًا الخيار ‎--json.
cli--usage-heading = الاستخدام:
cli--commands-heading = الأوامر
cli--options-heading = الخيارات
cli--arguments-heading = الوسائط
cli--command-value = الأمر
cli--arg-help = عرض هذه المساعدة
cli--arg-version = عرض الإصدار
cli--arg-db = ملف قاعدة البيانات (افتراضيًا: ملف Caravan في مجلد البيانات على هذا الحاسوب؛ ويمكن أيضًا استخدام CARAVAN_DB)
cli--arg-lang = لغة الرسائل والعناوين، بوسم BCP 47 مثل fr أو zh-TW (ويمكن أيضًا استخدام CARAVAN_LANG)
cli--arg-json = طباعة مستند JSON واحد فقط على المخرج القياسي
cli--arg-generate = إضافة هذا العدد من الأعمال المولَّدة أيضًا، لتجربة Caravan على نطاق واسع
cli--arg-into = أدخِل الأعمال المولَّدة في هذه الدورة، موزَّعة على أقسامها
cli--arg-slug = اسم مختصر من حروف صغيرة وأرقام وشرطات
cli--arg-name = الاسم الكامل
cli--arg-year = السنة
cli--arg-sections = قسم من أقسام الدورة، باسمه المختصر (كرِّره لعدة أقسام)
cli--arg-edition = الدورة، باسمها المختصر
cli--arg-limit = عدد العناصر المعروضة
cli--arg-offset = عدد العناصر التي تُتخطّى أولًا (0 افتراضيًا)
cli--arg-work = العمل: رقمه، أو ff: متبوعًا بمعرّف المشاركة في FilmFreeway، أو رقم التتبع، أو معرّف مثل رمز ISRC

cli--demo--about = إنشاء التحالف التجريبي: أعضاؤه ودورتان وأعمال بكتابات كثيرة (إعادة تشغيله لا تغيِّر شيئًا)
cli--edition--about = إضافة دورات المهرجانات
cli--edition-add--about = إضافة دورة مع أقسامها
cli--editions--about = دورات المهرجانات
cli--editions-list--about = عرض الدورات وأقسامها
cli--works--about = الأفلام والموسيقى
cli--works-list--about = عرض الأعمال، والعناوين باللغة المختارة
cli--works-show--about = عرض عمل واحد بكل الصيغ اللغوية لعناوينه

cli--error-prefix = خطأ:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = البيانات التجريبية جاهزة. التحالفات: { $alliances }؛ الأعضاء: { $members }؛ الدورات: { $editions }؛ الأعمال: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = أُضيفت الدورة «{ $slug }».
cli--editions-none = لا توجد دورات بعد.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = الأعمال من { $from } إلى { $to } من أصل { $total }

cli--media--about = الملصقات واللقطات والأغلفة
cli--media-add--about = إضافة صورة إلى عمل: يُحفظ الأصل كما هو مع صور مصغّرة بثلاثة أحجام
cli--media-list--about = عرض صور عمل
cli--media-remove--about = إزالة صورة من عملها
cli--media-similar--about = العثور على الأعمال التي تحمل الصورة نفسها
cli--arg-file = الملف المراد قراءته
cli--arg-kind = ‏poster أو still أو cover (افتراضيًا poster)
cli--arg-id = رقم الصورة
cli--media-none = لا توجد صور لهذا العمل بعد.
# $id (Number) - the image removed
cli--media-removed = أُزيلت الصورة { $id }.
cli--media-no-similar = لا توجد صورة واحدة يحملها عملان.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = العملان { $a } و{ $b } يحملان الصورة نفسها (الفرق { $distance }).

cli--import--about = استيراد المشاركات من FilmFreeway أو من أي جدول بيانات آخر أو من DDEX
cli--import-filmfreeway--about = استيراد ملف تصدير لمشاركات FilmFreeway (‏CSV، أو نص UTF-16 من Excel)
cli--import-ddex--about = استيراد رسالة إصدار DDEX ERN ‏(من ERN 3.4 إلى 4.3): يصبح كل تسجيل صوتي وكل فيديو موسيقي عملًا موسيقيًا
cli--import-table--about = استيراد أي جدول مشاركات بصيغة CSV أو XLSX عبر مطابقة الأعمدة
cli--import-preview--about = عرض أعمدة الجدول وصفّه الأول والمطابقة التي تقترحها عناوين أعمدته
cli--arg-mapping = مطابقة الأعمدة: filmfreeway أو اسم مطابقة محفوظة أو ملف JSON يتضمن مطابقة
cli--arg-encoding = ترميز الملف النصي (‏windows-1252 أو windows-1251 أو gb18030 أو shift_jis…)، إذا أخطأ الكشف التلقائي
cli--mappings--about = مطابقات الأعمدة التي تُستورَد بها الجداول
cli--mappings-list--about = عرض مطابقات الأعمدة المدمجة والمحفوظة
cli--mappings-show--about = عرض مطابقة أعمدة
cli--mappings-save--about = حفظ مطابقة الأعمدة الموجودة في ملف JSON باسمها
cli--arg-mapping-name = اسم المطابقة
cli--aliases--about = معاني الأسماء التي لا تعرفها أي قائمة، لكل عمل يحملها ولكل استيراد لاحق
cli--aliases-list--about = عرض الأسماء البديلة
cli--aliases-add--about = تحديد معنى اسم («عامِل Quatar على أنه QA»)
cli--aliases-remove--about = نسيان المعنى الذي حُدِّد لاسم
cli--arg-alias-vocabulary = نوع القيمة: country (بلد) أو language (لغة) أو status (حالة)
cli--arg-alias-name = الاسم كما تكتبه الملفات
cli--arg-alias-code = الرمز الذي يعنيه: رمز بلد أو وسم لغة أو حالة مشاركة
cli--unresolved--about = عرض القيم التي احتفظت بها عمليات الاستيراد كما كُتبت، مع عدد الأعمال التي تحمل كل قيمة منها
cli--arg-unresolved-edition = أعمال هذه الدورة فقط
cli--arg-dry_run = فحص الملف والإبلاغ عمّا سيتغيّر، دون حفظ أي شيء
cli--arg-partial = استيراد الصفوف السليمة حتى لو رُفض بعضها
cli--arg-section = الاسم المختصر للقسم
cli--ids--about = معرّفات الأعمال
cli--ids-check--about = فحص رمز ISAN أو EIDR أو ISRC أو ISWC وطباعته بصيغته القياسية
cli--arg-value = المعرّف المراد فحصه
cli--titles--about = عناوين العمل، لغةً لغةً
cli--titles-set--about = إضافة العنوان بلغة واحدة أو تغييره
cli--titles-remove--about = إزالة العنوان بلغة واحدة
cli--synopses--about = ملخصات العمل، لغةً لغةً
cli--synopses-set--about = إضافة الملخص بلغة واحدة أو تغييره
cli--synopses-remove--about = إزالة الملخص بلغة واحدة
cli--arg-lang_tag = وسم لغة وفق BCP 47 مثل fr أو zh-Hant أو sr-Latn
cli--arg-text = النص
cli--arg-original = تعيينه بوصفه الأصلي
cli--arg-provenance = ‏submitted أو curator أو machine (افتراضيًا curator)
cli--search--about = البحث عن الأعمال بأي عنوان أو مخرج أو فنان، وبأي كتابة
cli--arg-query = ما يُبحث عنه
cli--duplicates--about = عرض المشاركات المكررة المحتملة، أو دمج زوج منها أو استبعاده
cli--duplicates-merge--about = دمج العمل الثاني في الأول، مع الاحتفاظ بجميع اللغات وأسماء فريق العمل والسجل كاملًا
cli--duplicates-dismiss--about = تأكيد أن عملين ليسا العمل نفسه، نهائيًا
cli--arg-keep = العمل المراد الاحتفاظ به
cli--arg-other = العمل المراد دمجه فيه
cli--arg-a = أحد العملين
cli--arg-b = العمل الآخر
cli--export--about = تصدير مشاركات دورة بصيغة CSV أو XLSX أو JSON
cli--arg-format = ‏csv أو xlsx أو json
cli--arg-out = الملف المراد كتابته
cli--arg-status = حالة المشاركة هذه فقط (مثلًا in-consideration)
cli--arg-judging = حالة التحكيم هذه أو تسمية التحكيم هذه فقط
cli--arg-country = الأعمال من هذا البلد فقط (رمز ISO)
cli--arg-language = الأعمال بهذه اللغة فقط (وسم BCP 47)
cli--submissions--about = مشاركات دورة
cli--submissions-list--about = عرض مشاركات دورة
cli--submissions-stats--about = إحصاء مشاركات دورة حسب البلد واللغة والنوع الفني والحالة
cli--submissions-status--about = تغيير حالة المشاركات
cli--arg-ids = أرقام المشاركات
cli--arg-set = حالة المشاركة التي تُمنح لها
cli--arg-to_judging = حالة التحكيم أو تسمية التحكيم التي تُمنح لها
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = الصفوف المقروءة: { $rows } ({ $percent }%)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = المستورَدة: { $imported }؛ المحدَّثة: { $updated }؛ دون تغيير: { $unchanged }؛ المرفوضة: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = تشغيل تجريبي، لم يُحفظ شيء. سيُستورَد: { $imported }؛ سيُحدَّث: { $updated }؛ دون تغيير: { $unchanged }؛ سيُرفَض: { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = رمز { $kind } صالح.
cli--search-none = لم يُعثر على شيء.
cli--duplicates-none = لا توجد نسخ مكررة محتملة.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = لن يُقترح العملان { $a } و{ $b } بوصفهما نسختين مكررتين مرة أخرى.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [zero] لم يُكتب أي عمل في { $path }.
    [one] كُتب عمل واحد في { $path }.
    [two] كُتب عملان في { $path }.
    [few] كُتبت { $count } أعمال في { $path }.
    [many] كُتب { $count } عملًا في { $path }.
   *[other] كُتب { $count } عمل في { $path }.
}
# $count (Number) - entries
cli--stats-total = { $count ->
    [zero] لا توجد مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركةً
   *[other] { $count } مشاركة
}
cli--stats-by-country = حسب البلد
cli--stats-by-language = حسب اللغة
cli--stats-by-genre = حسب النوع الفني
cli--stats-by-status = حسب الحالة
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [zero] لم تُغيَّر أي مشاركة (التغيير رقم { $change }).
    [one] غُيِّرت مشاركة واحدة (التغيير رقم { $change }).
    [two] غُيِّرت مشاركتان (التغيير رقم { $change }).
    [few] غُيِّرت { $count } مشاركات (التغيير رقم { $change }).
    [many] غُيِّرت { $count } مشاركةً (التغيير رقم { $change }).
   *[other] غُيِّرت { $count } مشاركة (التغيير رقم { $change }).
}
cli--submissions-undo--about = التراجع عن تغيير حالة واحد، وإعادة كل مشاركة شملها إلى ما كانت عليه
cli--arg-change = رقم التغيير، كما ظهر عند تغيير الحالة
cli--arg-after = المتابعة بعد هذا المؤشر (قيمة «next» في الصفحة السابقة)
cli--arg-sort = الترتيب حسب هذا العمود؛ أضف ‎:desc لعكس الترتيب (يُرتَّب title وفق الترتيب الأبجدي للغة ‎--lang)
cli--arg-q = الأعمال التي يتضمن عنوانها أو أسماء فريق عملها هذه الكلمات فقط
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = المشاركات: { $shown } من { $total }
cli--ids-add--about = إضافة رقم ISAN أو EIDR أو ISRC أو ISWC بعد التحقق منه إلى عمل

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = هوية هذا الملف الشخصي: اسمه وعضوه ومفاتيحه
cli--identity-init--about = إنشاء مفاتيح هذا الملف الشخصي (تُحفَظ في سلسلة مفاتيح النظام، أو تُحمى بعبارة المرور الواردة في CARAVAN_PASSPHRASE)
cli--identity-show--about = عرض هوية هذا الملف الشخصي وبصمتها
cli--identity-card--about = كتابة بطاقة العضو الخاصة بهذا الملف الشخصي، لتسليمها إلى الأعضاء الآخرين
cli--identity-rotate--about = استبدال مفاتيح هذا الملف الشخصي؛ وينتقل الأعضاء الذين يتابعون سلسلة مغلّفاته إلى المفاتيح الجديدة
cli--members--about = أعضاء التحالف والبطاقات المحفوظة لهم
cli--members-import-card--about = استيراد بطاقة عضو وعرض بصمتها، لمقارنتها مع العضو
cli--members-list--about = عرض الأعضاء، مع بصمة كل بطاقة وبيان ما إذا كان قد تُحقِّق منها
cli--members-verify--about = تعليم بطاقة عضو على أنها تم التحقق منها، بعد مقارنة بصمتها مع العضو
cli--exchange--about = المغلّفات المتبادلة بين نسخ Caravan لدى الأعضاء
cli--exchange-points--about = المجلدات وعناوين الويب التي يلتقي فيها التحالف
cli--exchange-points-add--about = حفظ نقطة تبادل: مجلد (ذاكرة USB أو قرص مشترك) أو عنوان WebDAV
cli--exchange-points-list--about = عرض نقاط التبادل
cli--exchange-points-remove--about = إزالة نقطة تبادل من المحفوظات
cli--exchange-note--about = إرسال ملاحظة إلى أعضاء، مع ملفات أو صور مرفقة (مشفَّرة لهم)
cli--exchange-notes--about = عرض الملاحظات التي أرسلها الأعضاء
cli--exchange-publish--about = كتابة المغلّفات الجديدة لهذا الملف الشخصي في نقطة تبادل (في جميع النقاط إن لم تُحدَّد نقطة)
cli--exchange-pull--about = قراءة المغلّفات الجديدة للأعضاء من نقطة تبادل (من جميع النقاط إن لم تُحدَّد نقطة)
cli--arg-member = الاسم المختصر للعضو
cli--arg-member-country = بلد العضو (رمز ISO)
cli--arg-working-language = لغة يعمل بها العضو (وسم BCP 47)؛ كرِّره لعدة لغات
cli--arg-fingerprint = البصمة كما قرأها لك العضو (يمكن حذف المسافات والشرطات)
cli--arg-recipients = عضو يُرسَل إليه (باسمه المختصر)؛ كرِّره، أو افصل بين الأسماء بفواصل، لعدة أعضاء
cli--arg-everyone = الإرسال إلى جميع الأعضاء المحفوظة بطاقاتهم
cli--arg-note-lang = اللغة التي كُتبت بها الملاحظة (وسم BCP 47)
cli--arg-attach = ملف يُرفَق؛ كرِّره لعدة ملفات
cli--arg-image = صورة من مكتبة الوسائط تُرفَق، برقمها؛ كرِّره لعدة صور
cli--arg-point = نقطة التبادل التي يُكتب فيها: مجلد أو عنوان WebDAV
cli--arg-point-from = نقطة التبادل التي يُقرأ منها: مجلد أو عنوان ويب
cli--arg-location = مجلد أو عنوان ويب (‏http://‎ أو https://‎)
cli--arg-point-name = اسم تُعرَف به نقطة التبادل
cli--arg-point-id = رقم نقطة التبادل
cli--fingerprint = البصمة
cli--sealed-in-keychain = المفاتيح محفوظة في سلسلة مفاتيح النظام.
cli--sealed-in-passphrase = المفاتيح محميّة بعبارة مرور.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = كُتبت البطاقة في { $path }. البصمة: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = استُوردت بطاقة «{ $member }».
# $member (String) - the member's short name
cli--card-rotated = استُوردت بطاقة «{ $member }»: استُبدلت مفاتيحها، ووقّع المفتاحُ القديم المفاتيحَ الجديدة.
cli--card-compare = قارن هذه البصمة مع العضو، عبر الهاتف أو وجهًا لوجه، ثم شغّل: caravan members verify MEMBER FINGERPRINT
cli--members-none = لا يوجد أعضاء بعد.
cli--points-none = لا توجد نقاط تبادل بعد.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = شُفِّرت الملاحظة رقم { $seq } للأعضاء: { $to }؛ وستُرسَل مع النشر التالي.
cli--notes-none = لا توجد ملاحظات بعد.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [zero] لم يُكتب أي مغلّف في { $location }.
    [one] كُتب مغلّف واحد في { $location }.
    [two] كُتب مغلّفان في { $location }.
    [few] كُتبت { $count } مغلّفات في { $location }.
    [many] كُتب { $count } مغلّفًا في { $location }.
   *[other] كُتب { $count } مغلّف في { $location }.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = المطبَّقة: { $applied }؛ المتخطّاة (الموجَّهة إلى أعضاء آخرين): { $skipped }؛ المرفوضة: { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = نقل المغلّفات عبر { $location }: ‏{ $done } من { $total }

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = إبطال مفتاح عضو: لا يُقبل بعد ذلك أي شيء يوقّعه
cli--recommend--about = توصية الأعضاء بعمل أو محكّم أو ضيف
cli--recommend-work--about = توصية الأعضاء بعمل، مع عناوينه وفريق عمله وحقوقه وملصقاته
cli--recommend-person--about = توصية الأعضاء بشخص بصفته محكّمًا أو ضيفًا
cli--recommendations--about = التوصيات المُرسَلة والمستلَمة، والردود عليها
cli--recommendations-list--about = عرض التوصيات مع حالاتها، الأحدث أولًا
cli--recommendations-show--about = عرض توصية واحدة مع حالتها لدى كل عضو وسجلها
cli--recommendations-accept--about = قبول توصية مستلَمة: يُدرَج العمل في قسم من أقسام دورة
cli--recommendations-decline--about = رفض توصية مستلَمة، مع ذكر السبب
cli--recommendations-program--about = الإشارة إلى أن عملًا مقبولًا أُدرج في البرنامج
cli--rights--about = حقوق عرض العمل حسب الإقليم
cli--rights-set--about = تحديد أين ومتى يجوز عرض العمل
cli--rights-show--about = إظهار حقوق عرض العمل
cli--catalogue--about = كتالوجات أعمال الأعضاء
cli--catalogue-publish--about = تشفير كتالوج هذا الملف الشخصي للأعضاء (كل الأعمال، أو الأعمال المحدَّدة)
cli--catalogue-search--about = البحث في الكتالوجات التي نشرها الأعضاء، بأي كتابة
cli--catalogue-take--about = إدراج عمل من كتالوج عضو في قسم من أقسام دورة
cli--arg-recommend-to = الأعضاء الذين تُرسَل إليهم التوصية (بأسمائهم المختصرة، مكرَّرة أو مفصولة بفواصل)، أو all لجميع الأعضاء
cli--arg-recommend-note = ملاحظة للأعضاء
cli--arg-recommend-note-lang = لغة الملاحظة (وسم BCP 47)
cli--arg-recommend-section = القسم المقترح (باسمه المختصر)
cli--arg-person-as = ‏judge أو guest
cli--arg-person-name-lang = لغة الاسم أو كتابته (وسم BCP 47)
cli--arg-person-name-in = الاسم بكتابة أخرى، بالصيغة LANG=TEXT؛ كرِّره لعدة أسماء
cli--arg-person-role = دور الشخص أو لقبه؛ كرِّره لعدة أدوار
cli--arg-person-language = لغة يعمل بها الشخص (وسم BCP 47)؛ كرِّره لعدة لغات
cli--arg-person-country = بلد الشخص (رمز ISO)
cli--arg-person-contact = طريقة التواصل مع الشخص
cli--arg-recommendations-work = توصيات هذا العمل فقط
cli--arg-recommendations-direction = التوصيات الواردة فقط أو الصادرة فقط
cli--arg-recommendation-id = رقم التوصية
cli--arg-decline-reason = سبب الرفض، للعضو الذي قدّم التوصية
cli--arg-rights-territory = إقليم يجوز فيه عرض العمل (رمز ISO، أو world)، مع فترة اختيارية FROM:UNTIL (YYYY-MM-DD)؛ كرِّره لعدة أقاليم
cli--arg-rights-except = إقليم يُستثنى من حقوق ممنوحة للعالم كله (رمز ISO)؛ كرِّره، أو افصل بين الرموز بفواصل
cli--arg-catalogue-work = عمل يُنشَر (كل الأعمال إن لم يُحدَّد عمل)؛ كرِّره لعدة أعمال
cli--arg-catalogue-query = كلمات من عنوان أو اسم، بأي كتابة
cli--arg-catalogue-member = كتالوج هذا العضو فقط
cli--arg-catalogue-entry = رقم المُدخَل في الكتالوج
cli--recommendations-none = لا توجد توصيات بعد.
cli--rights-none = لم تُسجَّل أي حقوق عرض.
cli--catalogue-none = لا توجد مُدخَلات في الكتالوج.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [zero] شُفِّر كتالوج لا يضم أي عمل (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [one] شُفِّر كتالوج يضم عملًا واحدًا (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [two] شُفِّر كتالوج يضم عملين (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [few] شُفِّر كتالوج يضم { $count } أعمال (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [many] شُفِّر كتالوج يضم { $count } عملًا (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
   *[other] شُفِّر كتالوج يضم { $count } عمل (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
}
cli--members-add--about = إدراج عضو في السجل أو تعديل بياناته، مع عضويته في تحالف
cli--members-show--about = عرض عضو واحد: نوعه وبلده ولغاته وبيانات الاتصال به وعضوياته
cli--arg-member-name = الاسم الكامل للعضو
cli--arg-member-kind = صفة العضو: festival (مهرجان) أو institution (مؤسسة) أو company (شركة) أو artist (فنان)
cli--arg-member-city = مدينة العضو
cli--arg-member-lang = لغة عمل (كرِّره، أو افصل بين اللغات بفواصل)، بترتيب الأفضلية
cli--arg-member-contact = بيان اتصال بالصيغة KIND=VALUE، حيث KIND هو email أو phone أو web أو address (كرِّره لعدة بيانات)
cli--arg-member-alliance = التحالف الذي ينتمي إليه العضو
cli--arg-member-tier = فئة عضويته في ذلك التحالف
cli--arg-member-joined = تاريخ انضمامه: YYYY أو YYYY-MM-DD
cli--arg-filter-alliance = أعضاء هذا التحالف فقط
cli--arg-filter-country = الأعضاء من هذا البلد فقط (رمز ISO 3166)
cli--arg-filter-tier = أعضاء هذه الفئة فقط
cli--arg-filter-kind = الأعضاء من هذا النوع فقط: festival أو institution أو company أو artist
cli--arg-filter-lang = الأعضاء الذين يعملون بهذه اللغة فقط
cli--alliance--about = تحالف: إضافته وعرضه وتحديد فئات العضوية فيه ومعايير القبول
cli--alliance-add--about = إضافة تحالف أو تغيير اسمه
cli--alliance-show--about = عرض تحالف مع فئات العضوية فيه ومعايير القبول
cli--alliance-tier--about = إضافة فئة من فئات العضوية الخاصة بالتحالف أو تغيير اسمها
cli--alliance-criterion--about = إضافة معيار قبول أو إعادة صياغته
cli--alliances--about = التحالفات التي تعرفها هذه النسخة
cli--alliances-list--about = عرض التحالفات مع فئات العضوية فيها ومعايير القبول
cli--registry--about = سجل أعضاء التحالف، كما تنشره أمانته العامة
cli--registry-publish--about = تشفير سجل التحالف لكل عضو من أعضائه؛ وسيُرسَل مع النشر التالي
cli--admissions--about = طلبات الانضمام إلى تحالف: الإثباتات والتزكيات والقرار
cli--admissions-apply--about = تسجيل طلب انضمام، مع إثباتات لمعايير التحالف
cli--admissions-list--about = عرض طلبات الانضمام، الأحدث أولًا
cli--admissions-show--about = عرض طلب انضمام مع إثباتاته وتزكياته والقرار فيه
cli--admissions-sponsor--about = تسجيل تزكية عضو من أعضاء التحالف لطلب انضمام
cli--admissions-decide--about = تسجيل القرار في طلب انضمام، مع تاريخه ونتيجة التصويت
cli--arg-alliance = الاسم المختصر للتحالف
cli--arg-alliance-name = الاسم الكامل للتحالف
cli--arg-alliance-founded = سنة تأسيسه
cli--arg-alliance-secretariat = العضو الذي تتابع هذه النسخة السجل الذي ينشره
cli--arg-tier-key = الاسم المختصر للفئة
cli--arg-tier-label = اسم الفئة بلغة واحدة، بالصيغة LANG=TEXT (كرِّره لعدة لغات)
cli--arg-criterion-key = الاسم المختصر للمعيار
cli--arg-criterion-text = نص المعيار بلغة واحدة، بالصيغة LANG=TEXT (كرِّره لعدة لغات)
cli--arg-registry-alliance = التحالف الذي يُنشَر سجله
cli--arg-applicant = الاسم المختصر الذي سيحمله مقدِّم الطلب بوصفه عضوًا
cli--arg-apply-alliance = التحالف المقدَّم إليه الطلب
cli--arg-apply-name = الاسم الكامل لمقدِّم الطلب
cli--arg-apply-kind = صفة مقدِّم الطلب: festival (مهرجان) أو institution (مؤسسة) أو company (شركة) أو artist (فنان)
cli--arg-apply-country = بلد مقدِّم الطلب، برمز ISO 3166
cli--arg-apply-lang = لغة يعمل بها مقدِّم الطلب (كرِّره، أو افصل بين اللغات بفواصل)
cli--arg-apply-contact = طريقة التواصل مع مقدِّم الطلب
cli--arg-apply-tier = الفئة المطلوبة
cli--arg-apply-evidence = إثبات لمعيار واحد، بالصيغة KEY=TEXT (كرِّره لكل معيار)
cli--arg-applications-alliance = طلبات الانضمام إلى هذا التحالف فقط
cli--arg-applications-state = الطلبات في هذه الحالة فقط: open (قيد النظر) أو admitted (مقبول) أو refused (مرفوض) أو withdrawn (مسحوب)
cli--arg-application = رقم الطلب
cli--arg-sponsor-note = ما يقوله المزكّي عن مقدِّم الطلب
cli--arg-outcome = القرار: admit (قبول) أو refuse (رفض) أو withdraw (سحب الطلب)
cli--arg-decide-on = يوم صدور القرار، بالصيغة YYYY-MM-DD
cli--arg-decide-for = عدد الأصوات المؤيدة
cli--arg-decide-against = عدد الأصوات المعارضة
cli--arg-decide-abstain = عدد الممتنعين عن التصويت
cli--arg-decide-note = ملاحظة على القرار
cli--arg-decide-tier = الفئة التي ينضم فيها العضو المقبول (وإلا فالفئة المطلوبة)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = { $count ->
    [zero] شُفِّر سجل التحالف «{ $alliance }» ولا يضم أي عضو (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [one] شُفِّر سجل التحالف «{ $alliance }» ويضم عضوًا واحدًا (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [two] شُفِّر سجل التحالف «{ $alliance }» ويضم عضوين (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [few] شُفِّر سجل التحالف «{ $alliance }» ويضم { $count } أعضاء (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
    [many] شُفِّر سجل التحالف «{ $alliance }» ويضم { $count } عضوًا (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
   *[other] شُفِّر سجل التحالف «{ $alliance }» ويضم { $count } عضو (المغلّف رقم { $seq })؛ وسيُرسَل مع النشر التالي.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count ->
    [zero] لا يوجد أعضاء؛ الأمانة العامة: { $secretariat }
    [one] عضو واحد؛ الأمانة العامة: { $secretariat }
    [two] عضوان؛ الأمانة العامة: { $secretariat }
    [few] ‏{ $count } أعضاء؛ الأمانة العامة: { $secretariat }
    [many] ‏{ $count } عضوًا؛ الأمانة العامة: { $secretariat }
   *[other] ‏{ $count } عضو؛ الأمانة العامة: { $secretariat }
}
cli--alliance-tier = فئة
cli--alliance-criterion = معيار
cli--applications-none = لا توجد طلبات انضمام.
# $criterion (String) - the criterion's short name
cli--application-missing = لا يوجد إثبات للمعيار { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = بتزكية من { $member }
# $on (String) - the day of the decision
cli--application-decision = صدر القرار في { $on }: المؤيدون { $for }، المعارضون { $against }، الممتنعون { $abstain }
cli--members-leave--about = إنهاء عضوية عضو في تحالف؛ وسيذكر السجل المنشور التالي أنه غادر التحالف
cli--arg-leave-alliance = التحالف الذي يغادره
cli--jury--about = لجان التحكيم: الجولات ومعايير التقييم، والمحكّمون، وتضارب المصالح، والإسناد، والدرجات، والنتائج
cli--jury-criterion--about = معايير التقييم في جولة
cli--jury-criterion-add--about = إضافة معيار إلى معايير التقييم في جولة، أو تعديله
cli--jury-juror--about = المحكّمون
cli--jury-juror-add--about = إضافة محكّم أو تعديل بياناته؛ ويُعرَّف المحكّم في كل مكان ببريده الإلكتروني
cli--jury-conflict--about = تضارب المصالح
cli--jury-conflict-add--about = التصريح بتضارب مصالح بين محكّم وعمل أو شخص أو عضو
cli--jury-conflicts--about = كل الأزواج المتضاربة المصالح في جولة، المصرَّح بها أو المكتشَفة، مع سبب كل منها
cli--jury-round--about = إعداد جولة: موعدها النهائي، والتقييم الأعمى، والقائمة القصيرة التي تنتقل إليها
cli--jury-rubric--about = عرض معايير التقييم في جولة
cli--jury-assign--about = إسناد كل مشاركة إلى محكّميها بأعباء متوازنة ودون تضارب مصالح؛ أو إضافة زوج واحد أو إزالته
cli--jury-assign-add--about = إسناد عمل واحد إلى محكّم واحد يدويًا
cli--jury-assign-remove--about = إزالة إسناد واحد مع درجاته
cli--jury-score--about = تسجيل درجة واحدة لمحكّم أُسند إليه العمل
cli--jury-scores--about = الدرجات المنقولة من أوراق الدرجات الورقية
cli--jury-scores-import--about = استيراد الدرجات من ملف CSV بالأعمدة: juror, work, criterion, value, comment
cli--jury-results--about = نتائج جولة: المتوسطات، والمتوسطات المعيارية، وترتيب شولتز، ونقاط بوردا، ومدى الاتفاق
cli--arg-jury-section = القسم (باسمه المختصر)
cli--arg-jury-edition = الدورة، إذا كان الاسم المختصر للقسم مستخدمًا في أكثر من دورة
cli--arg-jury-round = الجولة (1 افتراضيًا)
cli--arg-round-deadline = الموعد النهائي للجولة، بالصيغة YYYY-MM-DD
cli--arg-round-blind = إخفاء مقدّمي المشاركات وأسماء فريق العمل عن المحكّمين في هذه الجولة
cli--arg-round-shortlist = أخذ هذا العدد من أفضل مشاركات الجولة السابقة
cli--arg-rubric-key = الاسم المختصر للمعيار (slug)
cli--arg-rubric-label = اسم المعيار بلغة الواجهة
cli--arg-rubric-label-in = اسم المعيار بلغة أخرى، بالصيغة LANG=TEXT (كرِّره لعدة لغات)
cli--arg-rubric-min = أدنى درجة
cli--arg-rubric-max = أعلى درجة
cli--arg-rubric-step = الفرق بين كل درجة والتي تليها (1 افتراضيًا)
cli--arg-rubric-weight = وزن المعيار في المجموع (1 افتراضيًا)
cli--arg-juror-email = البريد الإلكتروني للمحكّم
cli--arg-juror-name = اسم المحكّم كما يكتبه بنفسه
cli--arg-juror-name-in = الاسم بكتابة أخرى، بالصيغة LANG=TEXT (كرِّره لعدة أسماء)
cli--arg-juror-lang = لغة يفهمها المحكّم (تُكتب ‎--lang بعد الأمر؛ كرِّره، أو افصل بين اللغات بفواصل)
cli--arg-juror-country = بلد المحكّم، برمز ISO 3166
cli--arg-juror-member = العضو الذي ينتمي إليه المحكّم
cli--arg-juror-company = شركة الإنتاج التي يعمل لديها المحكّم
cli--arg-juror-section = قسم يشارك المحكّم في لجنة تحكيمه (كرِّره لعدة أقسام)
cli--arg-conflict-juror = البريد الإلكتروني للمحكّم
cli--arg-conflict-work = العمل (رقمه، أو ff:SUBMISSION_ID، أو رقم التتبع، أو معرّف)
cli--arg-conflict-person = شخص، باسمه كما يرد في أسماء فريق عمل الأعمال
cli--arg-conflict-member = عضو (باسمه المختصر)
cli--arg-conflict-reason = السبب
cli--arg-assign-section = القسم (باسمه المختصر)
cli--arg-assign-edition = الدورة، إذا كان الاسم المختصر للقسم مستخدمًا في أكثر من دورة
cli--arg-assign-round = الجولة (1 افتراضيًا)
cli--arg-assign-reviews = عدد المحكّمين المختلفين الذين يقيّمون كل مشاركة
cli--arg-assign-max-load = أقصى عدد من المشاركات يقيّمها محكّم واحد، بما فيها المُسنَدة إليه من قبل
cli--arg-pair-juror = البريد الإلكتروني للمحكّم
cli--arg-pair-work = العمل (رقمه، أو ff:SUBMISSION_ID، أو رقم التتبع، أو معرّف)
cli--arg-score-juror = البريد الإلكتروني للمحكّم
cli--arg-score-work = العمل (رقمه، أو ff:SUBMISSION_ID، أو رقم التتبع، أو معرّف)
cli--arg-score-criterion = الاسم المختصر للمعيار
cli--arg-score-value = الدرجة، على سلّم المعيار
cli--arg-scores-file = ملف CSV
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [zero] الجولة { $round } من «{ $section }»، ولا توجد مشاركات:
    [one] الجولة { $round } من «{ $section }»، مشاركة واحدة:
    [two] الجولة { $round } من «{ $section }»، مشاركتان:
    [few] الجولة { $round } من «{ $section }»، { $entries } مشاركات:
    [many] الجولة { $round } من «{ $section }»، { $entries } مشاركةً:
   *[other] الجولة { $round } من «{ $section }»، { $entries } مشاركة:
}
cli--conflicts-none = لا يوجد تضارب في المصالح.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [zero] لم يُجرَ أي إسناد جديد، والمجموع { $total }؛ المشاركات التي ينقصها محكّمون: { $uncovered }.
    [one] أُجري إسناد واحد، والمجموع { $total }؛ المشاركات التي ينقصها محكّمون: { $uncovered }.
    [two] أُجري إسنادان، والمجموع { $total }؛ المشاركات التي ينقصها محكّمون: { $uncovered }.
    [few] أُجريت { $added } إسنادات، والمجموع { $total }؛ المشاركات التي ينقصها محكّمون: { $uncovered }.
    [many] أُجري { $added } إسنادًا، والمجموع { $total }؛ المشاركات التي ينقصها محكّمون: { $uncovered }.
   *[other] أُجري { $added } إسناد، والمجموع { $total }؛ المشاركات التي ينقصها محكّمون: { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = الدرجات الجديدة: { $imported }؛ المعدَّلة: { $updated }؛ دون تغيير: { $unchanged }.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = مدى الاتفاق (α كريبندورف، على المجاميع): { $alpha }
cli--jury-packet--about = حزم التحكيم: ما يأخذه المحكّم معه ليمنح الدرجات دون اتصال بالإنترنت
cli--jury-packet-export--about = تشفير حزمة لمحكّم واحد: مشاركات هذا المحكّم وحدها، مع معايير التقييم والملصقات وروابط المشاهدة
cli--jury-packet-open--about = فتح حزمة على الحاسوب المحمول للمحكّم؛ وهذا يُنشئ الملف الشخصي للمحكّم
cli--jury-sheet--about = أوراق الدرجات: درجات المحكّم، موقَّعةً، لرئيس لجنة التحكيم
cli--jury-sheet-export--about = تشفير ورقة درجات هذا المحكّم لرئيس لجنة التحكيم
cli--jury-sheet-merge--about = دمج ورقة درجات محكّم: تُعتمَد الدرجات الأحدث، والنتيجة واحدة أيًّا كان ترتيب الدمج
cli--arg-juror-card = بطاقة المحكّم (الملف الذي كتبه الأمر «identity card» على الحاسوب المحمول للمحكّم)
cli--arg-packet-juror = البريد الإلكتروني للمحكّم
cli--arg-packet-out = الملف المراد كتابته
cli--arg-packet-file = ملف الحزمة
cli--arg-sheet-out = الملف المراد كتابته
cli--arg-sheet-file = ملف ورقة الدرجات
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [zero] حزمة للمحكّم { $juror } بلا مشاركات: { $path }
    [one] حزمة للمحكّم { $juror } فيها مشاركة واحدة: { $path }
    [two] حزمة للمحكّم { $juror } فيها مشاركتان: { $path }
    [few] حزمة للمحكّم { $juror } فيها { $entries } مشاركات: { $path }
    [many] حزمة للمحكّم { $juror } فيها { $entries } مشاركةً: { $path }
   *[other] حزمة للمحكّم { $juror } فيها { $entries } مشاركة: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [zero] فُتحت حزمة «{ $chair }»: لا توجد مشاركات بانتظار التقييم.
    [one] فُتحت حزمة «{ $chair }»: مشاركة واحدة بانتظار التقييم.
    [two] فُتحت حزمة «{ $chair }»: مشاركتان بانتظار التقييم.
    [few] فُتحت حزمة «{ $chair }»: { $entries } مشاركات بانتظار التقييم.
    [many] فُتحت حزمة «{ $chair }»: { $entries } مشاركةً بانتظار التقييم.
   *[other] فُتحت حزمة «{ $chair }»: { $entries } مشاركة بانتظار التقييم.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [zero] ورقة درجات بلا درجات: { $path }
    [one] ورقة درجات فيها درجة واحدة: { $path }
    [two] ورقة درجات فيها درجتان: { $path }
    [few] ورقة درجات فيها { $scores } درجات: { $path }
    [many] ورقة درجات فيها { $scores } درجةً: { $path }
   *[other] ورقة درجات فيها { $scores } درجة: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = ورقة درجات المحكّم { $juror }: الدرجات: { $scores }؛ الأحدث من المحفوظة: { $applied }.
# $juror (String) - the juror's email
cli--sheet-already = سبق دمج ورقة درجات المحكّم { $juror }؛ لا يلزم فعل شيء.
cli--award--about = الجوائز: فئات الجوائز في دورة والاقتراع عليها
cli--award-add--about = إضافة فئة جائزة إلى دورة، أو تعديلها
cli--award-vote--about = تسجيل صوت محكّم واحد في جولة اقتراع
cli--award-tally--about = فرز أصوات جولة اقتراع وتسجيل الفائز فيها، إن وُجد
cli--awards--about = جوائز دورة
cli--awards-list--about = عرض جوائز دورة مع الفائزين بها
cli--arg-award-key = الاسم المختصر للجائزة (slug)
cli--arg-award-edition = الدورة
cli--arg-award-label = اسم الجائزة بلغة الواجهة
cli--arg-award-label-in = اسم الجائزة بلغة أخرى، بالصيغة LANG=TEXT (كرِّره لعدة لغات)
cli--arg-award-shared = يجوز للعمل الفائز بها أن يفوز بجوائز أخرى أيضًا
cli--arg-award-absolute-rounds = عدد جولات الاقتراع التي تتطلب أغلبية مطلقة قبل أن تحسم الأغلبية النسبية (2 افتراضيًا)
cli--arg-vote-award = الاسم المختصر للجائزة
cli--arg-vote-work = العمل الذي يُصوَّت له (رقمه، أو ff:SUBMISSION_ID، أو رقم التتبع، أو معرّف)
cli--arg-vote-edition = الدورة
cli--arg-vote-round = جولة الاقتراع (1 افتراضيًا)
cli--arg-vote-voter = المصوِّت: البريد الإلكتروني لأحد المحكّمين
cli--arg-tally-award = الاسم المختصر للجائزة
cli--arg-tally-edition = الدورة
cli--arg-tally-round = جولة الاقتراع (1 افتراضيًا)
cli--arg-awards-edition = الدورة
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = فاز العمل { $work } (الأصوات المُدلى بها: { $cast }).
# $cast (Number) - votes cast
cli--tally-undecided = لا فائز في هذه الجولة (الأصوات المُدلى بها: { $cast }): يُعاد التصويت في الجولة التالية.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = فاز بها «{ $title }» في جولة الاقتراع { $round }؛ الأصوات: { $votes } من { $cast }
cli--jury-screener--about = إرفاق نسخة مشاهدة موجودة على هذا الحاسوب بعمل، لتُشغَّل بجانب الدرجات في النافذة
cli--arg-screener-work = العمل (رقمه، أو ff:SUBMISSION_ID، أو رقم التتبع، أو معرّف)
cli--arg-screener-file = ملف الفيديو (WebM أو MP4 أو M4V أو MKV أو MOV أو OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = قُرئ الملف بترميز { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = أصبح الاسم «{ $name }» يعني { $code } ({ $works ->
    [zero] لم يُحدَّث أي عمل
    [one] حُدِّث عمل واحد
    [two] حُدِّث عملان
    [few] حُدِّثت { $works } أعمال
    [many] حُدِّث { $works } عملًا
   *[other] حُدِّث { $works } عمل
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = لم يُستورَد لأنه ليس من الأعمال: { $count } × { $kind }.
