# The caravan command line: help text and the lines it prints.

cli--about = ‏Caravan: برنامه‌ریزی جشنواره فراتر از مرزها و زبان‌ها. همه فرمان‌ها با ‎--json نیز کار می‌کنند.
cli--usage-heading = طرز استفاده:
cli--commands-heading = فرمان‌ها
cli--options-heading = گزینه‌ها
cli--arguments-heading = آرگومان‌ها
cli--command-value = فرمان
cli--arg-help = نمایش این راهنما
cli--arg-version = نمایش نسخه
cli--arg-db = فایل پایگاه داده (پیش‌فرض: فایل Caravan در پوشه داده‌های این رایانه؛ همچنین CARAVAN_DB)
cli--arg-lang = زبان پیام‌ها و عنوان‌ها، یک کد BCP 47 مانند fr یا zh-TW (همچنین CARAVAN_LANG)
cli--arg-json = چاپ دقیقاً یک سند JSON در خروجی استاندارد
cli--arg-generate = افزودن این تعداد اثر ساختگی، برای آزمودن Caravan در مقیاس بزرگ
cli--arg-into = ثبت آثار ساختگی در این دوره، پخش‌شده در بخش‌های آن
cli--arg-slug = نام کوتاهی از حروف کوچک، ارقام و خط تیره
cli--arg-name = نام کامل
cli--arg-year = سال
cli--arg-sections = یکی از بخش‌های دوره، با نام کوتاه آن (برای چند بخش، تکرار کنید)
cli--arg-edition = دوره، با نام کوتاه آن
cli--arg-limit = تعداد مواردی که نمایش داده می‌شود
cli--arg-offset = تعداد مواردی که از ابتدا صرف‌نظر می‌شود (پیش‌فرض 0)
cli--arg-work = اثر: شماره آن، ff: و شناسه ارسال FilmFreeway آن، شماره پیگیری آن، یا شناسه‌ای مانند ISRC آن

cli--demo--about = ساخت اتحادیه نمونه: اعضای آن، دو دوره و آثاری به خط‌های گوناگون (اجرای دوباره آن چیزی را تغییر نمی‌دهد)
cli--edition--about = افزودن دوره‌های جشنواره
cli--edition-add--about = افزودن یک دوره با بخش‌های آن
cli--editions--about = دوره‌های جشنواره
cli--editions-list--about = فهرست دوره‌ها و بخش‌های آن‌ها
cli--works--about = فیلم‌ها و موسیقی
cli--works-list--about = فهرست آثار، با عنوان‌ها به زبان انتخاب‌شده
cli--works-show--about = نمایش یک اثر با عنوان‌هایش به همه زبان‌ها و خط‌ها

cli--error-prefix = خطا:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = نمونه آماده است. اتحادیه‌ها: { $alliances }؛ اعضا: { $members }؛ دوره‌ها: { $editions }؛ آثار: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = دوره «{ $slug }» افزوده شد.
cli--editions-none = هنوز هیچ دوره‌ای نیست.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = آثار { $from } تا { $to } از { $total }

cli--media--about = پوسترها، عکس‌های صحنه و طرح‌های جلد
cli--media-add--about = افزودن تصویر به یک اثر: تصویر همان‌طور که هست نگه داشته می‌شود، با تصاویر بندانگشتی در سه اندازه
cli--media-list--about = فهرست تصاویر یک اثر
cli--media-remove--about = حذف یک تصویر از اثر آن
cli--media-similar--about = یافتن آثاری که تصویر یکسانی دارند
cli--arg-file = فایلی که خوانده می‌شود
cli--arg-kind = ‏poster، still یا cover (پیش‌فرض poster)
cli--arg-id = شماره تصویر
cli--media-none = این اثر هنوز تصویری ندارد.
# $id (Number) - the image removed
cli--media-removed = تصویر { $id } حذف شد.
cli--media-no-similar = هیچ دو اثری تصویر یکسانی ندارند.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = آثار { $a } و { $b } تصویر یکسانی دارند (تفاوت: { $distance } بیت).

cli--import--about = درون‌ریزی ارسال‌ها از FilmFreeway، از هر صفحه‌گسترده دیگر، یا از DDEX
cli--import-filmfreeway--about = درون‌ریزی فایل برون‌بری ارسال‌های FilmFreeway (CSV، یا متن UTF-16 از Excel)
cli--import-ddex--about = درون‌ریزی پیام انتشار DDEX ERN (ERN 3.4 تا 4.3): هر ضبط صوتی و هر ویدئوی موسیقی یک اثر موسیقی می‌شود
cli--import-table--about = درون‌ریزی هر جدول CSV یا XLSX از ارسال‌ها با یک نگاشت ستون‌ها
cli--import-preview--about = نمایش ستون‌های یک جدول، نخستین ردیف آن و نگاشتی که از سرستون‌هایش برمی‌آید
cli--arg-mapping = نگاشت ستون‌ها: filmfreeway، نام یک نگاشت ذخیره‌شده، یا فایل JSON یک نگاشت
cli--arg-encoding = کدگذاری فایل متنی (windows-1252، windows-1251، gb18030، shift_jis …)، وقتی تشخیص خودکار اشتباه می‌کند
cli--mappings--about = نگاشت‌های ستون‌ها که جدول‌ها با آن‌ها درون‌ریزی می‌شوند
cli--mappings-list--about = فهرست نگاشت‌های ستون‌های پیش‌ساخته و ذخیره‌شده
cli--mappings-show--about = نمایش یک نگاشت ستون‌ها
cli--mappings-save--about = ذخیره نگاشت ستون‌های یک فایل JSON با نام خود آن نگاشت
cli--arg-mapping-name = نام نگاشت
cli--aliases--about = معنای نام‌هایی که در هیچ فهرستی نیستند، برای همه آثاری که آن‌ها را دارند و همه درون‌ریزی‌های بعدی
cli--aliases-list--about = فهرست نام‌های معادل
cli--aliases-add--about = تعیین معنای یک نام («Quatar را QA در نظر بگیر»)
cli--aliases-remove--about = فراموش کردن معنایی که برای یک نام تعیین شده بود
cli--arg-alias-vocabulary = نوع مقدار: country، language یا status
cli--arg-alias-name = نام، همان‌طور که در فایل‌ها نوشته می‌شود
cli--arg-alias-code = کدی که این نام به آن اشاره دارد: کد کشور، کد زبان یا یک وضعیت
cli--unresolved--about = فهرست مقدارهایی که درون‌ریزی‌ها همان‌طور که نوشته شده بودند نگه داشتند، با تعداد آثاری که هر یک را دارند
cli--arg-unresolved-edition = فقط آثار این دوره
cli--arg-dry_run = بررسی فایل و گزارش تغییراتی که رخ می‌داد، بی‌آنکه چیزی ذخیره شود
cli--arg-partial = درون‌ریزی ردیف‌های سالم، حتی اگر برخی ردیف‌ها رد شوند
cli--arg-section = نام کوتاه بخش
cli--ids--about = شناسه‌های آثار
cli--ids-check--about = بررسی یک ISAN، EIDR، ISRC یا ISWC و چاپ آن به شکل استاندارد
cli--arg-value = شناسه‌ای که بررسی می‌شود
cli--titles--about = عنوان‌های یک اثر، زبان به زبان
cli--titles-set--about = افزودن یا تغییر عنوان در یک زبان
cli--titles-remove--about = حذف عنوان در یک زبان
cli--synopses--about = خلاصه‌های یک اثر، زبان به زبان
cli--synopses-set--about = افزودن یا تغییر خلاصه در یک زبان
cli--synopses-remove--about = حذف خلاصه در یک زبان
cli--arg-lang_tag = یک کد زبان BCP 47 مانند fr، zh-Hant یا sr-Latn
cli--arg-text = متن
cli--arg-original = علامت‌گذاری این متن به‌عنوان متن اصلی
cli--arg-provenance = ‏submitted، curator یا machine (پیش‌فرض curator)
cli--search--about = یافتن آثار با هر عنوان، کارگردان یا هنرمند، به هر خطی
cli--arg-query = آنچه جست‌وجو می‌شود
cli--duplicates--about = فهرست ارسال‌هایی که احتمالاً تکراری‌اند، یا ادغام یا کنار گذاشتن یک جفت
cli--duplicates-merge--about = ادغام اثر دوم در اثر اول، با حفظ همه زبان‌ها، عوامل و سابقه
cli--duplicates-dismiss--about = کنار گذاشتن یک جفت: اعلام اینکه دو اثر یکسان نیستند، برای همیشه
cli--arg-keep = اثری که نگه داشته می‌شود
cli--arg-other = اثری که در آن ادغام می‌شود
cli--arg-a = یک اثر
cli--arg-b = اثر دیگر
cli--export--about = برون‌بری ارسال‌های یک دوره به قالب CSV، XLSX یا JSON
cli--arg-format = ‏csv، xlsx یا json
cli--arg-out = فایلی که نوشته می‌شود
cli--arg-status = فقط این وضعیت ارسال (مثلاً in-consideration)
cli--arg-judging = فقط این وضعیت یا برچسب داوری
cli--arg-country = فقط آثار این کشور (کد ISO)
cli--arg-language = فقط آثار به این زبان (کد BCP 47)
cli--submissions--about = ارسال‌های یک دوره
cli--submissions-list--about = فهرست ارسال‌های یک دوره
cli--submissions-stats--about = شمارش آثار شرکت‌کننده یک دوره بر اساس کشور، زبان، ژانر و وضعیت
cli--submissions-status--about = تغییر وضعیت ارسال‌ها
cli--arg-ids = شماره‌های ارسال‌ها
cli--arg-set = وضعیت ارسال تازه‌ای که به آن‌ها داده می‌شود
cli--arg-to_judging = وضعیت داوری یا برچسب جشنواره که به آن‌ها داده می‌شود
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = ‏{ $rows } ردیف خوانده شد ({ $percent }٪)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = درون‌ریزی‌شده: { $imported }، به‌روزشده: { $updated }، بدون تغییر: { $unchanged }، ردشده: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = اجرای آزمایشی؛ هیچ چیز ذخیره نشد. درون‌ریزی می‌شد: { $imported }، به‌روز می‌شد: { $updated }، بدون تغییر می‌ماند: { $unchanged }، رد می‌شد: { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = ‏{ $kind } معتبر است.
cli--search-none = چیزی پیدا نشد.
cli--duplicates-none = هیچ مورد تکراری احتمالی پیدا نشد.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = آثار { $a } و { $b } دیگر به‌عنوان تکراری نشان داده نمی‌شوند.
# $count (Number) - works written
# $path (String) - the file
cli--exported = ‏{ $count ->
    [one] ‏{ $count } اثر در { $path } نوشته شد.
   *[other] ‏{ $count } اثر در { $path } نوشته شد.
}
# $count (Number) - entries
cli--stats-total = ‏{ $count } اثر شرکت‌کننده
cli--stats-by-country = بر اساس کشور
cli--stats-by-language = بر اساس زبان
cli--stats-by-genre = بر اساس ژانر
cli--stats-by-status = بر اساس وضعیت
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = ‏{ $count ->
    [one] ‏{ $count } ارسال تغییر کرد (تغییر شماره { $change }).
   *[other] ‏{ $count } ارسال تغییر کرد (تغییر شماره { $change }).
}
cli--submissions-undo--about = برگرداندن یک تغییر وضعیت و بازگرداندن همه ارسال‌هایی که تغییر داده بود به وضع پیشین
cli--arg-change = شماره تغییر، همان‌طور که تغییر وضعیت گزارش کرد
cli--arg-after = ادامه پس از این نشانگر (مقدار «next» صفحه قبل)
cli--arg-sort = مرتب‌سازی بر اساس این ستون؛ برای ترتیب معکوس ‎:desc را اضافه کنید (عنوان‌ها به ترتیب الفبای زبان ‎--lang مرتب می‌شوند)
cli--arg-q = فقط آثاری که عنوان یا نام عواملشان این واژه‌ها را دارد
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = ‏{ $shown } از { $total } ارسال
cli--ids-add--about = افزودن یک ISAN، EIDR، ISRC یا ISWC بررسی‌شده به یک اثر

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = هویت این نمایه: نام، عضو و کلیدهای آن
cli--identity-init--about = ساخت کلیدهای این نمایه (نگه‌داری در مخزن کلید سیستم، یا مهر و موم با عبارت عبور موجود در CARAVAN_PASSPHRASE)
cli--identity-show--about = نمایش هویت این نمایه و اثر انگشت آن
cli--identity-card--about = نوشتن کارت عضو این نمایه، برای دادن به اعضای دیگر
cli--identity-rotate--about = تعویض کلیدهای این نمایه؛ اعضایی که جریان آن را دنبال می‌کنند کلیدهای جدید را می‌پذیرند
cli--members--about = اعضای اتحادیه و کارت‌هایی که از آن‌ها در دست است
cli--members-import-card--about = درون‌ریزی کارت یک عضو و نمایش اثر انگشت آن، برای مقایسه با خود عضو
cli--members-list--about = فهرست اعضا، با اثر انگشت هر کارت و اینکه تأیید شده است یا نه
cli--members-verify--about = علامت‌گذاری کارت یک عضو به‌عنوان تأییدشده، پس از مقایسه اثر انگشت آن با خود عضو
cli--exchange--about = پاکت‌های میان نسخه‌های Caravan اعضا
cli--exchange-points--about = پوشه‌ها و نشانی‌های وبی که اتحادیه در آن‌ها گرد هم می‌آید
cli--exchange-points-add--about = به خاطر سپردن یک نقطه تبادل: یک پوشه (حافظه USB، درایو مشترک) یا یک نشانی WebDAV
cli--exchange-points-list--about = فهرست نقطه‌های تبادل
cli--exchange-points-remove--about = فراموش کردن یک نقطه تبادل
cli--exchange-note--about = فرستادن یادداشت، با فایل‌ها یا تصاویر پیوست، به اعضا (مهر و موم‌شده برای آن‌ها)
cli--exchange-notes--about = فهرست یادداشت‌هایی که اعضا فرستاده‌اند
cli--exchange-publish--about = انتشار پاکت‌های جدید این نمایه در یک نقطه تبادل (اگر نقطه‌ای داده نشود، در همه)
cli--exchange-pull--about = دریافت پاکت‌های جدید اعضا از یک نقطه تبادل (اگر نقطه‌ای داده نشود، از همه)
cli--arg-member = نام کوتاه عضو
cli--arg-member-country = کشور عضو (کد ISO)
cli--arg-working-language = زبانی که عضو با آن کار می‌کند (کد BCP 47)؛ برای چند زبان تکرار کنید
cli--arg-fingerprint = اثر انگشت، همان‌طور که عضو برایتان خوانده است (فاصله‌ها و خط تیره‌ها را می‌توان ننوشت)
cli--arg-recipients = عضوی که یادداشت برایش فرستاده می‌شود (نام کوتاه آن)؛ برای چند عضو تکرار کنید یا با ویرگول جدا کنید
cli--arg-everyone = فرستادن به همه اعضایی که کارتشان در دست است
cli--arg-note-lang = زبانی که یادداشت به آن نوشته شده است (کد BCP 47)
cli--arg-attach = فایلی برای پیوست؛ برای چند فایل تکرار کنید
cli--arg-image = تصویری از مخزن رسانه برای پیوست، با شماره آن؛ برای چند تصویر تکرار کنید
cli--arg-point = نقطه تبادلی که در آن نوشته می‌شود: یک پوشه یا یک نشانی WebDAV
cli--arg-point-from = نقطه تبادلی که از آن خوانده می‌شود: یک پوشه یا یک نشانی وب
cli--arg-location = یک پوشه یا یک نشانی وب (http:// یا https://)
cli--arg-point-name = نامی برای شناختن نقطه تبادل
cli--arg-point-id = شماره نقطه تبادل
cli--fingerprint = اثر انگشت
cli--sealed-in-keychain = کلیدها در مخزن کلید سیستم نگه‌داری می‌شوند.
cli--sealed-in-passphrase = کلیدها با عبارت عبور مهر و موم شده‌اند.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = کارت در { $path } نوشته شد. اثر انگشت: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = کارت «{ $member }» درون‌ریزی شد.
# $member (String) - the member's short name
cli--card-rotated = کارت «{ $member }» درون‌ریزی شد: کلیدهای آن تعویض شده‌اند و کلید قدیمی کلیدهای جدید را امضا کرده است.
cli--card-compare = این اثر انگشت را تلفنی یا حضوری با خود عضو مقایسه کنید، سپس این فرمان را اجرا کنید: caravan members verify MEMBER FINGERPRINT
cli--members-none = هنوز هیچ عضوی نیست.
cli--points-none = هنوز هیچ نقطه تبادلی نیست.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = یادداشت { $seq } برای { $to } مهر و موم شد؛ با انتشار بعدی فرستاده می‌شود.
cli--notes-none = هنوز هیچ یادداشتی نیست.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = ‏{ $count ->
    [one] ‏{ $count } پاکت در { $location } نوشته شد.
   *[other] ‏{ $count } پاکت در { $location } نوشته شد.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = اعمال‌شده: { $applied }، صرف‌نظرشده (برای اعضای دیگر): { $skipped }، ردشده: { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = ‏{ $location }: { $done } از { $total } پاکت

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = ابطال کلید یک عضو: دیگر هیچ چیزی که با آن امضا شود پذیرفته نمی‌شود
cli--recommend--about = پیشنهاد یک اثر، یک داور یا یک مهمان به اعضا
cli--recommend-work--about = پیشنهاد یک اثر به اعضا، با عنوان‌ها، عوامل، حق نمایش و پوسترهای آن
cli--recommend-person--about = پیشنهاد یک شخص به‌عنوان داور یا مهمان به اعضا
cli--recommendations--about = پیشنهادهای فرستاده‌شده و دریافت‌شده، و پاسخ‌های آن‌ها
cli--recommendations-list--about = فهرست پیشنهادها، از جدیدترین، با وضعیت هر یک
cli--recommendations-show--about = نمایش یک پیشنهاد با وضعیت آن نزد هر عضو و سابقه آن
cli--recommendations-accept--about = پذیرفتن یک پیشنهاد دریافت‌شده: اثر به بخشی از یک دوره می‌رود
cli--recommendations-decline--about = رد یک پیشنهاد دریافت‌شده، با ذکر دلیل
cli--recommendations-program--about = اعلام اینکه اثر پذیرفته‌شده در برنامه قرار گرفت
cli--rights--about = حق نمایش یک اثر بر اساس قلمرو
cli--rights-set--about = تعیین اینکه اثر کجا و چه زمانی می‌تواند نمایش داده شود
cli--rights-show--about = نمایش حق نمایش یک اثر
cli--catalogue--about = کاتالوگ‌های آثار اعضا
cli--catalogue-publish--about = مهر و موم کاتالوگ این نمایه (همه آثار، یا آثار نام‌برده) برای اعضا
cli--catalogue-search--about = جست‌وجو در کاتالوگ‌هایی که اعضا منتشر کرده‌اند، به هر خطی
cli--catalogue-take--about = بردن اثری از کاتالوگ یک عضو به بخشی از یک دوره
cli--arg-recommend-to = اعضایی که پیشنهاد برایشان فرستاده می‌شود (نام‌های کوتاه، تکرارشده یا جداشده با ویرگول)، یا all
cli--arg-recommend-note = یادداشتی برای اعضا
cli--arg-recommend-note-lang = زبان یادداشت (کد BCP 47)
cli--arg-recommend-section = بخش پیشنهادی (نام کوتاه آن)
cli--arg-person-as = ‏judge یا guest
cli--arg-person-name-lang = زبان یا خط نام (کد BCP 47)
cli--arg-person-name-in = نام به خطی دیگر، به شکل LANG=TEXT؛ برای چند مورد تکرار کنید
cli--arg-person-role = یکی از نقش‌ها یا عنوان‌های آن شخص؛ برای چند مورد تکرار کنید
cli--arg-person-language = زبانی که آن شخص با آن کار می‌کند (کد BCP 47)؛ برای چند زبان تکرار کنید
cli--arg-person-country = کشور آن شخص (کد ISO)
cli--arg-person-contact = راه ارتباط با آن شخص
cli--arg-recommendations-work = فقط پیشنهادهای این اثر
cli--arg-recommendations-direction = فقط پیشنهادهای ورودی یا فقط پیشنهادهای خروجی
cli--arg-recommendation-id = شماره پیشنهاد
cli--arg-decline-reason = دلیل رد، برای عضوی که آن را پیشنهاد داده است
cli--arg-rights-territory = قلمرویی که اثر می‌تواند در آن نمایش داده شود (کد ISO، یا world)، با بازه زمانی اختیاری FROM:UNTIL (YYYY-MM-DD)؛ برای چند قلمرو تکرار کنید
cli--arg-rights-except = قلمرویی که از مجوز جهانی مستثنا می‌شود (کد ISO)؛ تکرار کنید یا با ویرگول جدا کنید
cli--arg-catalogue-work = اثری برای انتشار (اگر هیچ اثری نام برده نشود، همه آثار)؛ برای چند اثر تکرار کنید
cli--arg-catalogue-query = واژه‌هایی از یک عنوان یا یک نام، به هر خطی
cli--arg-catalogue-member = فقط کاتالوگ این عضو
cli--arg-catalogue-entry = شماره مدخل کاتالوگ
cli--recommendations-none = هنوز هیچ پیشنهادی نیست.
cli--rights-none = هیچ حق نمایشی ثبت نشده است.
cli--catalogue-none = هیچ مدخلی در کاتالوگ نیست.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = ‏{ $count ->
    [one] کاتالوگی با { $count } اثر مهر و موم شد (پاکت { $seq })؛ با انتشار بعدی فرستاده می‌شود.
   *[other] کاتالوگی با { $count } اثر مهر و موم شد (پاکت { $seq })؛ با انتشار بعدی فرستاده می‌شود.
}
cli--members-add--about = ثبت یک عضو در دفتر ثبت یا تغییر آن، همراه با عضویتش در یک اتحادیه
cli--members-show--about = نمایش یک عضو: نوع، کشور، زبان‌ها، راه‌های ارتباطی و عضویت‌ها
cli--arg-member-name = نام کامل عضو
cli--arg-member-kind = نوع عضو: festival، institution، company یا artist
cli--arg-member-city = شهر عضو
cli--arg-member-lang = یک زبان کاری (تکرار کنید یا با ویرگول جدا کنید)، به ترتیب اولویت
cli--arg-member-contact = یک راه ارتباطی به شکل KIND=VALUE، با نوع email، phone، web یا address (برای موارد بیشتر تکرار کنید)
cli--arg-member-alliance = اتحادیه‌ای که عضو آن است
cli--arg-member-tier = رده عضو در آن اتحادیه
cli--arg-member-joined = تاریخ پیوستن: YYYY یا YYYY-MM-DD
cli--arg-filter-alliance = فقط اعضای این اتحادیه
cli--arg-filter-country = فقط اعضای این کشور (کد ISO 3166)
cli--arg-filter-tier = فقط اعضای این رده
cli--arg-filter-kind = فقط اعضای این نوع: festival، institution، company یا artist
cli--arg-filter-lang = فقط اعضایی که با این زبان کار می‌کنند
cli--alliance--about = اتحادیه: افزودن، نمایش، و تعیین رده‌ها و معیارهای پذیرش آن
cli--alliance-add--about = افزودن یک اتحادیه یا تغییر نام آن
cli--alliance-show--about = نمایش یک اتحادیه با رده‌ها و معیارهای پذیرش آن
cli--alliance-tier--about = افزودن یکی از رده‌های ویژه اتحادیه یا تغییر نام آن
cli--alliance-criterion--about = افزودن یک معیار پذیرش یا بازنویسی آن
cli--alliances--about = اتحادیه‌هایی که این نسخه می‌شناسد
cli--alliances-list--about = فهرست اتحادیه‌ها، با رده‌ها و معیارهای پذیرش آن‌ها
cli--registry--about = دفتر ثبت اعضای یک اتحادیه، به شکلی که دبیرخانه آن منتشر می‌کند
cli--registry-publish--about = مهر و موم دفتر ثبت اتحادیه برای همه اعضا؛ با انتشار بعدی فرستاده می‌شود
cli--admissions--about = درخواست‌های عضویت در اتحادیه: مستندات، معرف‌ها و تصمیم
cli--admissions-apply--about = ثبت یک درخواست عضویت، با مستندات برای معیارهای اتحادیه
cli--admissions-list--about = فهرست درخواست‌های عضویت، از جدیدترین
cli--admissions-show--about = نمایش یک درخواست عضویت با مستندات، معرف‌ها و تصمیم آن
cli--admissions-sponsor--about = ثبت اینکه عضوی از اتحادیه معرف یک درخواست عضویت است
cli--admissions-decide--about = ثبت تصمیم درباره یک درخواست عضویت، با تاریخ و آرای آن
cli--arg-alliance = نام کوتاه اتحادیه
cli--arg-alliance-name = نام کامل اتحادیه
cli--arg-alliance-founded = سال تأسیس
cli--arg-alliance-secretariat = عضوی که این نسخه دفتر ثبت منتشرشده‌اش را دنبال می‌کند
cli--arg-tier-key = نام کوتاه رده
cli--arg-tier-label = نام رده در یک زبان، به شکل LANG=TEXT (برای موارد بیشتر تکرار کنید)
cli--arg-criterion-key = نام کوتاه معیار
cli--arg-criterion-text = معیار در یک زبان، به شکل LANG=TEXT (برای موارد بیشتر تکرار کنید)
cli--arg-registry-alliance = اتحادیه‌ای که دفتر ثبتش منتشر می‌شود
cli--arg-applicant = نام کوتاهی که متقاضی به‌عنوان عضو خواهد داشت
cli--arg-apply-alliance = اتحادیه‌ای که درخواست عضویت در آن داده می‌شود
cli--arg-apply-name = نام کامل متقاضی
cli--arg-apply-kind = نوع متقاضی: festival، institution، company یا artist
cli--arg-apply-country = کشور متقاضی، یک کد ISO 3166
cli--arg-apply-lang = یک زبان کاری متقاضی (تکرار کنید یا با ویرگول جدا کنید)
cli--arg-apply-contact = راه ارتباط با متقاضی
cli--arg-apply-tier = رده‌ای که درخواست آن داده می‌شود
cli--arg-apply-evidence = مستندات یک معیار، به شکل KEY=TEXT (برای هر معیار تکرار کنید)
cli--arg-applications-alliance = فقط درخواست‌های عضویت در این اتحادیه
cli--arg-applications-state = فقط درخواست‌های این وضعیت: open، admitted، refused یا withdrawn
cli--arg-application = شماره درخواست عضویت
cli--arg-sponsor-note = آنچه معرف درباره متقاضی می‌گوید
cli--arg-outcome = تصمیم: admit، refuse یا withdraw
cli--arg-decide-on = روز تصمیم، YYYY-MM-DD
cli--arg-decide-for = آرای موافق
cli--arg-decide-against = آرای مخالف
cli--arg-decide-abstain = آرای ممتنع
cli--arg-decide-note = یادداشتی درباره تصمیم
cli--arg-decide-tier = رده‌ای که عضو پذیرفته‌شده در آن وارد می‌شود (در غیر این صورت، همان رده درخواستی)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = ‏{ $count ->
    [one] دفتر ثبت «{ $alliance }» با { $count } عضو مهر و موم شد (پاکت { $seq })؛ با انتشار بعدی فرستاده می‌شود.
   *[other] دفتر ثبت «{ $alliance }» با { $count } عضو مهر و موم شد (پاکت { $seq })؛ با انتشار بعدی فرستاده می‌شود.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = ‏{ $count ->
    [one] ‏{ $count } عضو؛ دبیرخانه: { $secretariat }
   *[other] ‏{ $count } عضو؛ دبیرخانه: { $secretariat }
}
cli--alliance-tier = رده
cli--alliance-criterion = معیار
cli--applications-none = هیچ درخواست عضویتی نیست.
# $criterion (String) - the criterion's short name
cli--application-missing = بدون مستندات برای { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = معرف: { $member }
# $on (String) - the day of the decision
cli--application-decision = تصمیم در { $on }: { $for } موافق، { $against } مخالف، { $abstain } ممتنع
cli--members-leave--about = پایان دادن به عضویت یک عضو در یک اتحادیه؛ دفتر ثبت بعدی که منتشر شود خروج او را اعلام می‌کند
cli--arg-leave-alliance = اتحادیه‌ای که عضو از آن خارج می‌شود
cli--jury--about = هیئت داوران: دورها و جدول معیارها، داوران، تعارض‌های منافع، تخصیص، امتیازها و نتایج
cli--jury-criterion--about = جدول معیارهای یک دور
cli--jury-criterion-add--about = افزودن یک معیار به جدول معیارهای یک دور یا تغییر آن
cli--jury-juror--about = داوران
cli--jury-juror-add--about = افزودن یا تغییر یک داور؛ هر داور همه‌جا با ایمیلش شناخته می‌شود
cli--jury-conflict--about = تعارض‌های منافع
cli--jury-conflict-add--about = اعلام تعارض منافع میان یک داور و یک اثر، یک شخص یا یک عضو
cli--jury-conflicts--about = همه جفت‌های دارای تعارض منافع در یک دور، اعلام‌شده یا یافته‌شده، و دلیل آن
cli--jury-round--about = تنظیم یک دور: مهلت آن، ارزیابی ناشناس، و فهرست منتخبی که از دور پیشین می‌گیرد
cli--jury-rubric--about = نمایش جدول معیارهای یک دور
cli--jury-assign--about = تخصیص داوران به همه آثار شرکت‌کننده، با توزیع متوازن و بدون تعارض منافع؛ یا افزودن یا حذف یک جفت
cli--jury-assign-add--about = تخصیص دستی یک اثر به یک داور
cli--jury-assign-remove--about = حذف یک تخصیص، همراه با امتیازهای آن
cli--jury-score--about = ثبت یک امتیاز برای داوری که اثر به او تخصیص یافته است
cli--jury-scores--about = امتیازهایی که از روی کاغذ وارد می‌شوند
cli--jury-scores-import--about = درون‌ریزی امتیازها از یک فایل CSV: داور، اثر، معیار، مقدار، توضیح
cli--jury-results--about = نتایج یک دور: میانگین‌ها، میانگین‌های نرمال‌شده، رتبه‌های شولتز، امتیازهای بوردا و میزان توافق
cli--arg-jury-section = بخش (نام کوتاه آن)
cli--arg-jury-edition = دوره، وقتی نام کوتاه بخش در بیش از یک دوره به کار رفته است
cli--arg-jury-round = دور (اگر داده نشود، 1)
cli--arg-round-deadline = مهلت دور، YYYY-MM-DD
cli--arg-round-blind = پنهان کردن ارسال‌کنندگان و عوامل از داوران در این دور
cli--arg-round-shortlist = برگزیدن این تعداد از بهترین آثار شرکت‌کننده دور پیشین
cli--arg-rubric-key = نام کوتاه معیار
cli--arg-rubric-label = نام معیار، به زبان رابط کاربری
cli--arg-rubric-label-in = نام معیار به زبانی دیگر، به شکل LANG=TEXT (برای موارد بیشتر تکرار کنید)
cli--arg-rubric-min = کمترین امتیاز
cli--arg-rubric-max = بیشترین امتیاز
cli--arg-rubric-step = گام میان امتیازها (اگر داده نشود، 1)
cli--arg-rubric-weight = وزن معیار در جمع کل (اگر داده نشود، 1)
cli--arg-juror-email = ایمیل داور
cli--arg-juror-name = نام داور، همان‌طور که خود داور می‌نویسد
cli--arg-juror-name-in = نام به خطی دیگر، به شکل LANG=TEXT (برای موارد بیشتر تکرار کنید)
cli--arg-juror-lang = زبانی که داور می‌فهمد (پس از فرمان به شکل ‎--lang نوشته می‌شود؛ تکرار کنید یا با ویرگول جدا کنید)
cli--arg-juror-country = کشور داور، یک کد ISO 3166
cli--arg-juror-member = عضوی که داور به آن وابسته است
cli--arg-juror-company = شرکت تولیدی که داور برای آن کار می‌کند
cli--arg-juror-section = بخشی که داور عضو هیئت داوران آن است (برای موارد بیشتر تکرار کنید)
cli--arg-conflict-juror = ایمیل داور
cli--arg-conflict-work = اثر (شماره اثر، ff:SUBMISSION_ID، شماره پیگیری یا یک شناسه)
cli--arg-conflict-person = یک شخص، همان‌طور که نامش در عوامل آثار آمده است
cli--arg-conflict-member = یک عضو (نام کوتاه آن)
cli--arg-conflict-reason = دلیل
cli--arg-assign-section = بخش (نام کوتاه آن)
cli--arg-assign-edition = دوره، وقتی نام کوتاه بخش در بیش از یک دوره به کار رفته است
cli--arg-assign-round = دور (اگر داده نشود، 1)
cli--arg-assign-reviews = تعداد داوران متفاوتی که هر اثر شرکت‌کننده را ارزیابی می‌کنند
cli--arg-assign-max-load = بیشترین تعداد آثار شرکت‌کننده‌ای که یک داور ارزیابی می‌کند، با احتساب آثاری که پیش‌تر تخصیص یافته‌اند
cli--arg-pair-juror = ایمیل داور
cli--arg-pair-work = اثر (شماره اثر، ff:SUBMISSION_ID، شماره پیگیری یا یک شناسه)
cli--arg-score-juror = ایمیل داور
cli--arg-score-work = اثر (شماره اثر، ff:SUBMISSION_ID، شماره پیگیری یا یک شناسه)
cli--arg-score-criterion = نام کوتاه معیار
cli--arg-score-value = امتیاز، بر پایه مقیاس معیار
cli--arg-scores-file = فایل CSV
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = ‏{ $entries ->
    [one] دور { $round } از «{ $section }»، { $entries } اثر شرکت‌کننده:
   *[other] دور { $round } از «{ $section }»، { $entries } اثر شرکت‌کننده:
}
cli--conflicts-none = هیچ تعارض منافعی نیست.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = ‏{ $added ->
    [one] ‏{ $added } تخصیص انجام شد، در مجموع { $total }؛ آثار شرکت‌کننده‌ای که داور کافی ندارند: { $uncovered }.
   *[other] ‏{ $added } تخصیص انجام شد، در مجموع { $total }؛ آثار شرکت‌کننده‌ای که داور کافی ندارند: { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = امتیازها: { $imported } جدید، { $updated } تغییریافته، { $unchanged } بدون تغییر.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = توافق (α کریپندورف، بر پایه مجموع امتیازها): { $alpha }
cli--jury-packet--about = بسته‌های داوری: آنچه داور برای امتیازدهی بدون اتصال با خود می‌برد
cli--jury-packet-export--about = مهر و موم یک بسته برای یک داور: فقط آثار شرکت‌کننده همان داور، با جدول معیارها، پوسترها و پیوندهای نسخه بازبینی
cli--jury-packet-open--about = باز کردن بسته روی لپ‌تاپ داور؛ این کار نمایه داور را می‌سازد
cli--jury-sheet--about = برگه‌های امتیاز: امتیازهای امضاشده یک داور، برای رئیس هیئت داوران
cli--jury-sheet-export--about = مهر و موم برگه امتیاز این داور برای رئیس هیئت داوران
cli--jury-sheet-merge--about = ادغام برگه امتیاز یک داور: امتیازهای جدیدتر اعمال می‌شوند و ترتیب ادغام برگه‌ها در نتیجه اثری ندارد
cli--arg-juror-card = کارت داور (فایلی که «identity card» روی لپ‌تاپ داور نوشته است)
cli--arg-packet-juror = ایمیل داور
cli--arg-packet-out = فایلی که نوشته می‌شود
cli--arg-packet-file = فایل بسته
cli--arg-sheet-out = فایلی که نوشته می‌شود
cli--arg-sheet-file = فایل برگه امتیاز
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = ‏{ $entries ->
    [one] بسته‌ای برای { $juror } با { $entries } اثر شرکت‌کننده: { $path }
   *[other] بسته‌ای برای { $juror } با { $entries } اثر شرکت‌کننده: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = ‏{ $entries ->
    [one] بسته «{ $chair }» باز شد: { $entries } اثر شرکت‌کننده برای امتیازدهی.
   *[other] بسته «{ $chair }» باز شد: { $entries } اثر شرکت‌کننده برای امتیازدهی.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = ‏{ $scores ->
    [one] برگه امتیازی با { $scores } امتیاز: { $path }
   *[other] برگه امتیازی با { $scores } امتیاز: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = برگه { $juror }: { $scores } امتیاز، که { $applied } مورد از آن‌ها جدیدتر از امتیازهای موجود بود.
# $juror (String) - the juror's email
cli--sheet-already = برگه { $juror } قبلاً ادغام شده است؛ کاری برای انجام نیست.
cli--award--about = جوایز: رشته‌های جایزه یک دوره و رأی‌گیری‌های آن‌ها
cli--award-add--about = افزودن یک رشته جایزه به یک دوره یا تغییر آن
cli--award-vote--about = ثبت رأی یک داور در یک دور رأی‌گیری
cli--award-tally--about = شمارش آرای یک دور رأی‌گیری و ثبت برنده آن، اگر برنده‌ای داشته باشد
cli--awards--about = جوایز یک دوره
cli--awards-list--about = فهرست جوایز یک دوره با برندگان آن‌ها
cli--arg-award-key = نام کوتاه جایزه
cli--arg-award-edition = دوره
cli--arg-award-label = نام جایزه، به زبان رابط کاربری
cli--arg-award-label-in = نام جایزه به زبانی دیگر، به شکل LANG=TEXT (برای موارد بیشتر تکرار کنید)
cli--arg-award-shared = اثری که این جایزه را ببرد می‌تواند جوایز دیگری هم ببرد
cli--arg-award-absolute-rounds = تعداد دورهایی که پیش از تصمیم با اکثریت نسبی، اکثریت مطلق لازم دارند (اگر داده نشود، 2)
cli--arg-vote-award = نام کوتاه جایزه
cli--arg-vote-work = اثری که به آن رأی داده می‌شود (شماره اثر، ff:SUBMISSION_ID، شماره پیگیری یا یک شناسه)
cli--arg-vote-edition = دوره
cli--arg-vote-round = دور رأی‌گیری (اگر داده نشود، 1)
cli--arg-vote-voter = رأی‌دهنده: ایمیل یک داور
cli--arg-tally-award = نام کوتاه جایزه
cli--arg-tally-edition = دوره
cli--arg-tally-round = دور رأی‌گیری (اگر داده نشود، 1)
cli--arg-awards-edition = دوره
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = اثر { $work } برنده شد ({ $cast } رأی داده شد).
# $cast (Number) - votes cast
cli--tally-undecided = در این دور برنده‌ای نیست ({ $cast } رأی داده شد): در دور بعد دوباره رأی دهید.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = برنده: «{ $title }» در دور { $round }، با { $votes } رأی از { $cast } رأی
cli--jury-screener--about = پیوست کردن فایل نسخه بازبینی موجود در این رایانه به یک اثر، برای پخش در کنار امتیازها در پنجره
cli--arg-screener-work = اثر (شماره اثر، ff:SUBMISSION_ID، شماره پیگیری یا یک شناسه)
cli--arg-screener-file = فایل ویدئو (WebM، MP4، M4V، MKV، MOV یا OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = خوانده‌شده با کدگذاری { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = ‏«{ $name }» اکنون به معنای { $code } است ({ $works ->
    [one] ‏{ $works } اثر به‌روز شد
   *[other] ‏{ $works } اثر به‌روز شد
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = درون‌ریزی‌نشده: { $count } × { $kind } (اثر نیست).
