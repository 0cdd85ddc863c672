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
cli--arg-slug = اسم مختصر من حروف صغيرة وأرقام وشرطات
cli--arg-name = الاسم الكامل
cli--arg-year = السنة
cli--arg-sections = قسم من أقسام الدورة، باسمه المختصر (كرِّره لعدة أقسام)
cli--arg-edition = الأعمال المقدَّمة إلى هذه الدورة فقط، باسمها المختصر
cli--arg-limit = عدد العناصر المعروضة (50 افتراضيًا)
cli--arg-offset = عدد العناصر التي تُتخطّى أولًا (0 افتراضيًا)
cli--arg-work = العمل: رقمه، أو معرّف المشاركة أو رقم التتبع في FilmFreeway، أو رمز ISRC

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
cli--arg-file = ملف الصورة
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
