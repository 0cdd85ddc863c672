# The window.

app--name = Caravan
app--tagline = برمجة المهرجانات

nav--works = الأعمال
settings--language = لغة الواجهة

works--heading = الأعمال
# $count (Number) - how many works the list holds
works--count =
    { $count ->
        [zero] لا توجد أعمال
        [one] عمل واحد
        [two] عملان
        [few] { $count } أعمال
        [many] { $count } عملًا
       *[other] { $count } عمل
    }
works--column-title = العنوان
works--column-original = العنوان الأصلي
works--column-kind = النوع
works--column-year = السنة
works--column-poster = الملصق
works--empty = لا توجد أعمال بعد.
works--loading = جارٍ التحميل…

work--back = العودة إلى الأعمال
work--no-synopsis = لا يوجد ملخص بعد.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = وسم اللغة: { $lang }

error--heading = حدث خطأ
error--dismiss = إغلاق

media--drop-hint = أفلت الملصقات أو اللقطات أو الأغلفة هنا لإضافتها.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = جارٍ إضافة الصور: { $done } من { $total }
media--none = لا توجد صور بعد.
media--kind-label = نوع الصور المُفلَتة

nav--label = أجزاء التطبيق
nav--submissions = المشاركات
nav--duplicates = النسخ المكررة

search--placeholder = ابحث بالعنوان أو المخرج أو الفنان…
search--label = ابحث عن الأعمال بأي لغة أو كتابة
search--none = لم يُعثر على شيء.
search--results = الأعمال التي عُثر عليها

submissions--edition = الدورة
submissions--tab-table = الجدول
submissions--tab-stats = الإحصاءات
submissions--column-section = القسم
submissions--column-status = الحالة
submissions--column-judging = التحكيم
submissions--column-countries = البلدان
submissions--column-languages = اللغات
# $title (String) - the title of the submitted work
submissions--select-row = تحديد «{ $title }»
submissions--select-shown = تحديد كل المعروض
submissions--empty = لا توجد مشاركات مطابقة.
submissions--views = طرق عرض مشاركات الدورة
submissions--column-selected = محددة
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    { $total ->
        [zero] لا توجد مشاركات معروضة
        [one] مشاركة واحدة معروضة
        [two] مشاركتان معروضتان
        [few] ‏{ $total } مشاركات معروضة
        [many] ‏{ $total } مشاركةً معروضة
       *[other] ‏{ $total } مشاركة معروضة
    }
# $count (Number) - rows selected
submissions--selected =
    { $count ->
        [zero] لم يُحدَّد شيء
        [one] مشاركة واحدة محددة
        [two] مشاركتان محددتان
        [few] { $count } مشاركات محددة
        [many] { $count } مشاركةً محددة
       *[other] { $count } مشاركة محددة
    }
filter--label = عوامل التصفية
filter--any-status = كل الحالات
filter--any-judging = كل حالات التحكيم
filter--text = كلمات من عنوان أو اسم
filter--any-section = كل الأقسام
filter--any-country = كل البلدان
filter--any-language = كل اللغات
bulk--label = تغيير المشاركات المحددة
bulk--status = الحالة الجديدة
bulk--judging = حالة التحكيم الجديدة
bulk--status-unchanged = الحالة: دون تغيير
bulk--judging-unchanged = التحكيم: دون تغيير
bulk--apply = تطبيق على المحدد
# $count (Number) - submissions the last change touched
bulk--undo =
    { $count ->
        [zero] التراجع عن التغيير
        [one] التراجع عن تغيير مشاركة واحدة
        [two] التراجع عن تغيير مشاركتين
        [few] التراجع عن تغيير { $count } مشاركات
        [many] التراجع عن تغيير { $count } مشاركةً
       *[other] التراجع عن تغيير { $count } مشاركة
    }

import--open = استيراد…
import--heading = استيراد المشاركات
import--kind = نوع الملف
import--kind-filmfreeway = ملف تصدير من FilmFreeway (‏CSV أو نص يونيكود)
import--kind-ddex = إصدار DDEX (‏ERN XML)
import--path-label = الملف المراد استيراده
import--path-placeholder = مسار الملف، أو أفلته على النافذة
import--kind-table = أي جدول بيانات (‏CSV أو XLSX)، عبر مطابقة الأعمدة
import--files-all = جداول البيانات ورسائل DDEX
import--browse = اختيار ملف…
import--encoding = الترميز
import--encoding-detect = الكشف التلقائي
import--mapping-name = اسم المطابقة
import--mapping-saved = المطابقات المحفوظة
import--mapping-choose = استخدام مطابقة محفوظة…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = قُرئ بترميز { $encoding }
# $column (String) - the column's header
import--target-of = ما يحتويه العمود «{ $column }»
import--target-field = الاحتفاظ به حقلًا
import--target-id = المعرّف (للعثور على العمل مجددًا)
import--target-title = العنوان
import--target-original-title = العنوان الأصلي
import--target-original-language = لغة العنوان الأصلي
import--target-synopsis = الملخص (بالإنجليزية)
import--target-original-synopsis = الملخص (باللغة الأصلية)
import--target-directors = الإخراج
import--target-writers = السيناريو
import--target-producers = الإنتاج
import--target-cast = التمثيل
import--target-countries = البلدان
import--target-languages = اللغات
import--target-year = السنة
import--target-runtime = المدة
import--target-completion-date = تاريخ إنجاز العمل
import--target-genres = الأنواع الفنية
import--target-category = الفئة (القسم)
import--target-status = حالة المشاركة
import--target-judging = حالة التحكيم
import--target-submission-date = تاريخ تقديم المشاركة
import--target-isan = رقم ISAN
import--target-eidr = معرّف EIDR
import--target-isrc = رمز ISRC
import--target-iswc = رمز ISWC
import--target-ignore = عدم استيراده
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = لم يُستورَد لأنه ليس من الأعمال: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings =
    { $count ->
        [zero] لا توجد تحذيرات.
        [one] تحذير واحد: استُورد الصف، لكن تحسن مراجعته.
        [two] تحذيران: استُوردت الصفوف، لكن تحسن مراجعتها.
        [few] ‏{ $count } تحذيرات: استُوردت الصفوف، لكن تحسن مراجعتها.
        [many] ‏{ $count } تحذيرًا: استُوردت الصفوف، لكن تحسن مراجعتها.
       *[other] ‏{ $count } تحذير: استُوردت الصفوف، لكن تحسن مراجعتها.
    }
import--column-warning = تحذير
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = معاملة القيمة «{ $value }» على أنها { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = أصبحت القيمة «{ $value }» تعني { $suggestion }، هنا وفي كل استيراد لاحق ({ $works ->
    [zero] لم يُحدَّث أي عمل
    [one] حُدِّث عمل واحد
    [two] حُدِّث عملان
    [few] حُدِّثت { $works } أعمال
    [many] حُدِّث { $works } عملًا
   *[other] حُدِّث { $works } عمل
}).
import--partial = استيراد الصفوف السليمة حتى لو رُفض بعضها
import--dry-run = الفحص فقط، دون حفظ أي شيء
import--run = استيراد
# $rows (Number) - rows read so far
import--progress = الصفوف المقروءة: { $rows }
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = المستورَدة: { $imported }؛ المحدَّثة: { $updated }؛ دون تغيير: { $unchanged }؛ المرفوضة: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = اكتمل الفحص ولم يُحفظ شيء. سيُستورَد: { $imported }؛ سيُحدَّث: { $updated }؛ دون تغيير: { $unchanged }؛ سيُرفَض: { $rejected }.
# $count (Number) - problems found
import--refused =
    { $count ->
        [zero] لم يُستورَد شيء: يجب تصحيح المشكلات أولًا.
        [one] لم يُستورَد شيء: يجب تصحيح مشكلة واحدة أولًا.
        [two] لم يُستورَد شيء: يجب تصحيح مشكلتين أولًا.
        [few] لم يُستورَد شيء: يجب تصحيح { $count } مشكلات أولًا.
        [many] لم يُستورَد شيء: يجب تصحيح { $count } مشكلةً أولًا.
       *[other] لم يُستورَد شيء: يجب تصحيح { $count } مشكلة أولًا.
    }
import--column-line = السطر
import--column-column = العمود
import--column-problem = المشكلة

export--label = تصدير:
export--format-csv = ملف CSV
export--format-xlsx = مصنّف Excel (XLSX)
export--format-json = ملف JSON
# $path (String) - the file written
export--done = تم التصدير إلى { $path }

stats--by-country = المشاركات حسب البلد
stats--by-language = المشاركات حسب اللغة
stats--by-genre = المشاركات حسب النوع الفني
stats--by-status = المشاركات حسب الحالة
# $count (Number) - entries in the edition
stats--total =
    { $count ->
        [zero] لا توجد مشاركات
        [one] مشاركة واحدة
        [two] مشاركتان
        [few] { $count } مشاركات
        [many] { $count } مشاركةً
       *[other] { $count } مشاركة
    }

duplicates--heading = النسخ المكررة المحتملة
duplicates--none = لا توجد نسخ مكررة محتملة.
# $id (Number) - the work to keep
duplicates--keep = دمج مع الإبقاء على رقم { $id }
duplicates--dismiss = عملان مختلفان
# $score (Number) - likeness from 0 to 1
duplicates--score = درجة التشابه: { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = الأزواج المعروضة: { $shown } من { $total }
duplicates--more = عرض مزيد من الأزواج
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = هل تريد دمج العمل رقم { $other } في العمل رقم { $keep }؟ ستنتقل كل العناوين والملخصات وأسماء فريق العمل والمعرّفات والصور والمشاركات الخاصة بالعمل رقم { $other } إلى العمل رقم { $keep }، ثم يُزال العمل رقم { $other }. لا يمكن التراجع عن ذلك.
duplicates--merge = دمج

edit--add-language = إضافة لغة
edit--edit = تعديل
edit--remove = إزالة
# $language (String) - the language's name
edit--edit-language = تعديل العنوان والملخص باللغة { $language }
# $language (String) - the language's name
edit--remove-language = إزالة العنوان والملخص باللغة { $language }
edit--tag = وسم اللغة
edit--tag-placeholder = وسم BCP 47، مثل fr أو zh-Hant
edit--title = العنوان
edit--synopsis = الملخص
edit--original = هذا هو الأصل
edit--save = حفظ
edit--cancel = إلغاء

identifier--add = إضافة معرّف
identifier--placeholder = ‏ISAN أو EIDR أو ISRC أو ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = التحالف
alliance--heading = التبادل بين أعضاء التحالف
alliance--identity = هذا الملف الشخصي
alliance--identity-none = ليست لهذا الملف الشخصي هوية بعد. أنشئ هوية للتبادل مع الأعضاء الآخرين: تبقى مفاتيحها على هذا الحاسوب.
alliance--identity-name = اسم المهرجان
alliance--identity-member = الاسم المختصر للعضو (كما يرد في سجل التحالف)
alliance--identity-country = البلد (رمز ISO من حرفين)
alliance--passphrase = عبارة المرور
alliance--passphrase-hint = لا تُستخدم لحماية المفاتيح إلا حين لا تتوفر سلسلة مفاتيح النظام. احتفظ بها: فبدونها لا يمكن فتح المفاتيح.
alliance--identity-make = إنشاء المفاتيح
alliance--fingerprint = البصمة، لقراءتها على الأعضاء الآخرين
alliance--qr-label = البصمة في صورة رمز QR
alliance--sealed-in-keychain = المفاتيح محفوظة في سلسلة مفاتيح النظام.
alliance--sealed-in-passphrase = المفاتيح محميّة بعبارة مرور.
alliance--write-card = حفظ بطاقة العضو
alliance--card-written = حُفظت بطاقة العضو في
alliance--members = الأعضاء
alliance--members-none = لا يوجد أعضاء بعد.
alliance--country-unknown = البلد غير محدد
alliance--card-path = مسار بطاقة عضو (‏.json)
alliance--import-card = استيراد البطاقة
# $member (String) - the member's name
alliance--card-imported = استُوردت بطاقة «{ $member }».
# $member (String) - the member's name
alliance--card-rotated = استُوردت بطاقة «{ $member }»: استُبدلت مفاتيحها، ووقّع المفتاحُ القديم المفاتيحَ الجديدة.
alliance--compare = اقرأ هذه البصمة على العضو عبر الهاتف، أو قارنها معه وجهًا لوجه، قبل الوثوق بالبطاقة:
alliance--verify = وضع علامة كمُتحقَّق منها
alliance--verify-typed = البصمة كما قرأها العضو
alliance--points = نقاط التبادل
alliance--points-none = لا توجد نقاط تبادل بعد: أضف المجلد أو عنوان الويب الذي يلتقي فيه التحالف.
alliance--point-location = مجلد أو عنوان (‏https://…‎)
alliance--point-name = الاسم (اختياري)
alliance--point-add = إضافة
alliance--point-remove = إزالة
alliance--sync = المزامنة
alliance--sync-button = مزامنة الآن
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = جارٍ نشر المغلّفات: { $done } من { $total }
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = جارٍ استلام المغلّفات: { $done } من { $total }
alliance--unlock = فتح المفاتيح
alliance--sync-log = سجل آخر مزامنة
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = المُرسَلة: { $published }؛ المطبَّقة: { $applied }؛ المتخطّاة (الموجَّهة إلى أعضاء آخرين): { $skipped }؛ المرفوضة: { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = طُبِّق المغلّف رقم { $seq } ({ $kind }) الوارد من
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = تُخطّي المغلّف رقم { $seq } ({ $kind }) الموجَّه إلى أعضاء آخرين، والوارد من
# $seq (Number) - the envelope's number
alliance--log-refused = رُفض المغلّف رقم { $seq } الوارد من
alliance--notes = الملاحظات
alliance--note-to = إلى
alliance--note-no-cards = استورد بطاقة عضو لتتمكن من مراسلته.
alliance--note-to-all = لم يُحدَّد أحد: ستُرسَل الملاحظة إلى جميع الأعضاء المحفوظة بطاقاتهم.
alliance--note-text = نص الملاحظة
alliance--note-send = تشفير وإضافة إلى قائمة الإرسال
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = شُفِّرت الملاحظة رقم { $seq }؛ وستُرسَل مع المزامنة التالية.
alliance--notes-none = لا توجد ملاحظات بعد.
envelope-kind--note = ملاحظة
envelope-kind--card = بطاقة عضو
envelope-kind--recommendation = توصية
envelope-kind--recommendation-state = رد على توصية
envelope-kind--catalogue = كتالوج
recommendations--heading = التوصيات
recommendations--inbox = الواردة
recommendations--outbox = المُرسَلة
recommendations--none = لا شيء بعد.
recommendations--from = من
recommendations--to = إلى
recommendations--history = السجل
recommendations--edition = الدورة التي يُدرَج فيها
recommendations--section = القسم
recommendations--section-suggested = القسم المقترح
recommendations--accept = قبول
recommendations--reason = سبب الرفض
recommendations--decline = رفض
recommendations--program = وضع علامة كمُدرَجة في البرنامج
recommendations--person = التوصية بمحكّم أو ضيف
recommendations--person-name = الاسم
recommendations--person-as = بصفة
recommendations--note = ملاحظة للأعضاء
recommendations--send = إرسال التوصية
catalogues--heading = الكتالوجات
catalogues--publish = نشر كتالوج هذا المهرجان
# $count (Number) - works in the catalogue
catalogues--published =
    { $count ->
        [zero] شُفِّر كتالوج لا يضم أي عمل؛ وسيُرسَل مع المزامنة التالية.
        [one] شُفِّر كتالوج يضم عملًا واحدًا؛ وسيُرسَل مع المزامنة التالية.
        [two] شُفِّر كتالوج يضم عملين؛ وسيُرسَل مع المزامنة التالية.
        [few] شُفِّر كتالوج يضم { $count } أعمال؛ وسيُرسَل مع المزامنة التالية.
        [many] شُفِّر كتالوج يضم { $count } عملًا؛ وسيُرسَل مع المزامنة التالية.
       *[other] شُفِّر كتالوج يضم { $count } عمل؛ وسيُرسَل مع المزامنة التالية.
    }
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = ‏{ $member }: { $count }
catalogues--none = لم يصل كتالوج أي عضو بعد.
catalogues--search = ابحث في الكتالوجات بأي كتابة
# $edition (String) - the edition's name
catalogues--take = إدراج في { $edition }
# $edition (String) - the edition's name
catalogues--taken = أُدرج في { $edition }
recommend--heading = إرسال توصية إلى الأعضاء
recommend--sent = شُفِّرت التوصية؛ وستُرسَل مع المزامنة التالية.
recommend--history = توصيات هذا العمل
rights--heading = حقوق العرض
rights--none = لم تُسجَّل أي حقوق عرض.
rights--world = العالم كله
rights--territory = الإقليم (رمز ISO، أو WORLD)
rights--excluded = مستثنى
directory--any = الكل
directory--none = لا شيء
directory--alliance = التحالف
directory--tier = الفئة
directory--kind = النوع
directory--country = البلد
directory--country-code = البلد (رمز ISO)
directory--city = المدينة
directory--slug = الاسم المختصر
directory--name = الاسم الكامل
directory--languages = لغات العمل (وسوم اللغات، مفصولة بفواصل)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = عضو منذ { $date }
directory--joined-input = تاريخ الانضمام (YYYY أو YYYY-MM-DD)
directory--add = إدراج عضو أو تعديل بياناته
directory--save = حفظ العضو
# $member (String) - the member's name
directory--saved = حُفظ العضو «{ $member }» في السجل.
directory--none-match = لا يوجد عضو يطابق عوامل التصفية هذه.
registry--heading = السجلات
# $count (Number) - how many members
registry--members =
    { $count ->
        [zero] لا يوجد أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] ‏{ $count } أعضاء
        [many] ‏{ $count } عضوًا
       *[other] ‏{ $count } عضو
    }
# $member (String) - the secretariat's short name
registry--secretariat = الأمانة العامة: { $member }
registry--no-secretariat = لم تُحدَّد الأمانة العامة بعد
# $date (String) - the date and time, already formatted
registry--issued = السجل الصادر في { $date }
registry--publish = نشر السجل
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published =
    { $count ->
        [zero] شُفِّر سجل التحالف «{ $alliance }» ولا يضم أي عضو؛ وسيُرسَل مع المزامنة التالية.
        [one] شُفِّر سجل التحالف «{ $alliance }» ويضم عضوًا واحدًا؛ وسيُرسَل مع المزامنة التالية.
        [two] شُفِّر سجل التحالف «{ $alliance }» ويضم عضوين؛ وسيُرسَل مع المزامنة التالية.
        [few] شُفِّر سجل التحالف «{ $alliance }» ويضم { $count } أعضاء؛ وسيُرسَل مع المزامنة التالية.
        [many] شُفِّر سجل التحالف «{ $alliance }» ويضم { $count } عضوًا؛ وسيُرسَل مع المزامنة التالية.
       *[other] شُفِّر سجل التحالف «{ $alliance }» ويضم { $count } عضو؛ وسيُرسَل مع المزامنة التالية.
    }
admissions--heading = قبول الأعضاء الجدد
admissions--criteria = معايير القبول
admissions--criterion-key = الاسم المختصر للمعيار
admissions--criterion-text = نص المعيار بلغة الواجهة
admissions--criterion-add = إضافة المعيار
admissions--apply = طلب انضمام جديد
admissions--contact = بيان الاتصال
admissions--submit = تسجيل الطلب
admissions--applications = طلبات الانضمام
admissions--none = لا توجد طلبات انضمام بعد.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = لا يوجد إثبات بعد للمعايير التالية: { $criteria }
admissions--sponsors = المزكّون
admissions--sponsor-as = العضو المزكّي
admissions--sponsor-note = ما يقوله المزكّي
admissions--sponsor = إضافة التزكية
admissions--outcome = القرار
admissions--on = يوم صدور القرار
admissions--for = المؤيدون
admissions--against = المعارضون
admissions--abstain = الممتنعون
admissions--decision-note = ملاحظة على القرار
admissions--decide = تسجيل القرار
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = صدر القرار في { $date }: المؤيدون { $for }، المعارضون { $against }، الممتنعون { $abstain }.
directory--view = طريقة عرض الدليل
directory--as-list = قائمة
directory--as-map = خريطة
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = خريطة العالم للأعضاء — الأعضاء: { $members }؛ البلدان: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = ‏{ $country } — الأعضاء: { $count }
nav--jury = لجنة التحكيم
jury--heading = لجنة التحكيم
jury--section = القسم
jury--round = الجولة
jury--no-round = لم تُحدَّد بعد معايير التقييم لهذه الجولة في هذا القسم: أضف معاييرها أولًا (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric =
    { $entries ->
        [zero] معايير التقييم — لا توجد مشاركات
        [one] معايير التقييم — مشاركة واحدة
        [two] معايير التقييم — مشاركتان
        [few] معايير التقييم — { $entries } مشاركات
        [many] معايير التقييم — { $entries } مشاركةً
       *[other] معايير التقييم — { $entries } مشاركة
    }
jury--assignment = الإسناد
jury--reviews-per-entry = عدد التقييمات لكل مشاركة
jury--max-load = أقصى عدد من المشاركات لكل محكّم
jury--assign = إسناد المشاركات إلى المحكّمين
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = الإسنادات المُجراة: { $added }. المشاركات التي لا يزال ينقصها محكّمون: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load =
    { $count ->
        [zero] لا توجد مشاركات
        [one] مشاركة واحدة
        [two] مشاركتان
        [few] ‏{ $count } مشاركات
        [many] ‏{ $count } مشاركةً
       *[other] ‏{ $count } مشاركة
    }
jury--juror = المحكّم
jury--scoring = منح الدرجات
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = المشاركات المقيَّمة: { $done } من { $total }
jury--progress-label = المشاركات المقيَّمة
jury--keys = المفاتيح: يضع الرقمُ درجةَ المعيار المميَّز (0 يعني عشرة)، وينقل ↑ و↓ بين المعايير، و← و→ بين المشاركات، وينقل N إلى المشاركة التالية التي لم تُقيَّم بعد. يُحفظ كل تغيير فورًا.
jury--screener = فتح رابط المشاهدة
jury--saved = تم الحفظ
jury--previous = المشاركة السابقة
jury--next = المشاركة التالية
jury--next-unscored = المشاركة التالية بانتظار التقييم
jury--nothing-to-score = لا توجد مشاركات مُسنَدة إلى هذا المحكّم في هذه الجولة.
jury--results = النتائج
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = مدى الاتفاق بين المحكّمين (α كريبندورف): { $alpha }
jury--rank = الترتيب
jury--work = العمل
jury--count = عدد المحكّمين
jury--normalized = المتوسط المعياري
jury--mean = المتوسط
jury--disagreement = آراء المحكّمين متباينة
jury--matrix = مَن يقيّم ماذا
jury--assigned-cell = مُسنَد
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = تُعرض المشاركات الأولى فقط: { $shown } من { $total }؛ وتسردها النتائج كلها.
jury--distribution = مجاميع كل محكّم على السلّم
jury--distribution-label = تظهر مجاميع كل محكّم نقاطًا على السلّم، ويظهر متوسطه خطًّا: تقع نقاط المحكّم المتشدد إلى اليسار، ونقاط المحكّم المتساهل إلى اليمين.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean =
    { $count ->
        [zero] المتوسط { $mean }، بلا مشاركات
        [one] المتوسط { $mean } على مشاركة واحدة
        [two] المتوسط { $mean } على مشاركتين
        [few] المتوسط { $mean } على { $count } مشاركات
        [many] المتوسط { $mean } على { $count } مشاركةً
       *[other] المتوسط { $mean } على { $count } مشاركة
    }
jury--ballots = الاقتراع على الجوائز
jury--award = الجائزة
jury--ballot-round = جولة الاقتراع
jury--voter = المصوِّت
jury--vote = تسجيل الصوت
jury--tally = فرز الأصوات
# $count (Number) - votes
jury--votes =
    { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] ‏{ $count } أصوات
        [many] ‏{ $count } صوتًا
       *[other] ‏{ $count } صوت
    }
# $cast (Number) - votes cast
jury--no-winner = لا فائز في هذه الجولة (الأصوات المُدلى بها: { $cast }): يُعاد التصويت في الجولة التالية.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = فاز «{ $title }» (الأصوات المُدلى بها: { $cast }).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = فاز بها «{ $title }» في جولة الاقتراع { $round }؛ الأصوات: { $votes } من { $cast }.
jury--setup = إعداد الجولة
jury--criterion-key = الاسم المختصر للمعيار
jury--criterion-label = المعيار، بلغة الواجهة
jury--min = أدنى درجة
jury--max = أعلى درجة
jury--step = الفرق بين الدرجات
jury--weight = الوزن
jury--criterion-add = إضافة المعيار
jury--juror-email = البريد الإلكتروني للمحكّم
jury--juror-name = اسم المحكّم
jury--juror-languages = اللغات التي يفهمها المحكّم (وسوم اللغات، مفصولة بفواصل)
jury--juror-card = ملف بطاقة المحكّم (للحزم)
jury--juror-add = إضافة المحكّم
# $what (String) - what was added
jury--setup-added = تمت إضافة «{ $what }».
jury--packets = الحزم وأوراق الدرجات
jury--file = الملف (مسار)
jury--packet-export = تشفير حزمة للمحكّم
jury--sheet-merge = دمج ورقة درجات
jury--packet-open = فتح حزمة (على الحاسوب المحمول للمحكّم)
jury--sheet-export = تشفير ورقة درجاتي لرئيس لجنة التحكيم
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written =
    { $entries ->
        [zero] كُتبت حزمة للمحكّم { $juror } بلا مشاركات.
        [one] كُتبت حزمة للمحكّم { $juror } فيها مشاركة واحدة.
        [two] كُتبت حزمة للمحكّم { $juror } فيها مشاركتان.
        [few] كُتبت حزمة للمحكّم { $juror } فيها { $entries } مشاركات.
        [many] كُتبت حزمة للمحكّم { $juror } فيها { $entries } مشاركةً.
       *[other] كُتبت حزمة للمحكّم { $juror } فيها { $entries } مشاركة.
    }
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened =
    { $entries ->
        [zero] فُتحت حزمة «{ $chair }»: لا توجد مشاركات بانتظار التقييم.
        [one] فُتحت حزمة «{ $chair }»: مشاركة واحدة بانتظار التقييم.
        [two] فُتحت حزمة «{ $chair }»: مشاركتان بانتظار التقييم.
        [few] فُتحت حزمة «{ $chair }»: { $entries } مشاركات بانتظار التقييم.
        [many] فُتحت حزمة «{ $chair }»: { $entries } مشاركةً بانتظار التقييم.
       *[other] فُتحت حزمة «{ $chair }»: { $entries } مشاركة بانتظار التقييم.
    }
# $scores (Number) - scores in the sheet
jury--sheet-written =
    { $scores ->
        [zero] كُتبت ورقة الدرجات، بلا درجات.
        [one] كُتبت ورقة الدرجات، وفيها درجة واحدة.
        [two] كُتبت ورقة الدرجات، وفيها درجتان.
        [few] كُتبت ورقة الدرجات، وفيها { $scores } درجات.
        [many] كُتبت ورقة الدرجات، وفيها { $scores } درجةً.
       *[other] كُتبت ورقة الدرجات، وفيها { $scores } درجة.
    }
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = دُمجت ورقة درجات المحكّم { $juror }؛ الدرجات الأحدث من المحفوظة: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = سبق دمج ورقة درجات المحكّم { $juror }؛ لا يلزم فعل شيء.
jury--screener-file = نسخة المشاهدة على هذا الحاسوب
jury--screener-path = ملف نسخة المشاهدة على هذا الحاسوب (مساره)
jury--screener-attach = تشغيل هذا الملف بجانب الدرجات
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = إسناد «{ $title }» إلى { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = إلغاء إسناد «{ $title }» إلى { $juror }
jury--comment = تعليقك على هذا العمل (يُحفَظ أثناء الكتابة؛ لا يراه المحكّمون الآخرون أبدًا)
jury--conflict-reason = السبب (تضارب المصالح)
jury--conflict-add = التصريح بتضارب المصالح
jury--conflict-declared = تم التصريح بتضارب المصالح: لن يُسنَد هذا الزوج أو يُقيَّم أو يُحتسَب أبدًا.

export--save-as = حفظ باسم…
work--unresolved = قيم محفوظة كما كُتبت
work--unresolved-country = البلد
work--unresolved-language = اللغة
work--unresolved-status = حالة المشاركة
