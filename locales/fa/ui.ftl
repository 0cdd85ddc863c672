# The window.

app--name = ‏Caravan
app--tagline = برنامه‌ریزی جشنواره

nav--works = آثار
settings--language = زبان رابط کاربری

works--heading = آثار
# $count (Number) - how many works the list holds
works--count =
    ‏{ $count ->
        [one] ‏{ $count } اثر
       *[other] ‏{ $count } اثر
    }
works--column-title = عنوان
works--column-original = عنوان اصلی
works--column-kind = نوع
works--column-year = سال
works--column-poster = پوستر
works--empty = هنوز هیچ اثری نیست.
works--loading = در حال بارگذاری…

work--back = بازگشت به آثار
work--no-synopsis = هنوز خلاصه‌ای نیست.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = کد زبان: { $lang }

error--heading = مشکلی پیش آمد
error--dismiss = بستن

media--drop-hint = پوسترها، عکس‌های صحنه یا طرح‌های جلد را برای افزودن، اینجا رها کنید.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = در حال افزودن تصاویر: { $done } از { $total }
media--none = هنوز تصویری نیست.
media--kind-label = نوع تصاویر رهاشده

nav--label = بخش‌های برنامه
nav--submissions = ارسال‌ها
nav--duplicates = موارد تکراری

search--placeholder = جست‌وجوی عنوان‌ها، کارگردانان، هنرمندان…
search--label = جست‌وجوی آثار به هر زبان یا خطی
search--none = چیزی پیدا نشد.
search--results = آثار یافته‌شده

submissions--edition = دوره
submissions--tab-table = جدول
submissions--tab-stats = آمار
submissions--column-section = بخش
submissions--column-status = وضعیت
submissions--column-judging = داوری
submissions--column-countries = کشورها
submissions--column-languages = زبان‌ها
# $title (String) - the title of the submitted work
submissions--select-row = انتخاب «{ $title }»
submissions--select-shown = انتخاب همه موارد نمایش‌داده‌شده
submissions--empty = هیچ ارسالی با این فیلترها مطابقت ندارد.
submissions--views = نماهای ارسال‌های دوره
submissions--column-selected = انتخاب‌شده
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    ‏{ $total ->
        [one] ‏{ $total } ارسال نمایش داده شده است
       *[other] ‏{ $total } ارسال نمایش داده شده است
    }
# $count (Number) - rows selected
submissions--selected =
    ‏{ $count ->
        [one] ‏{ $count } مورد انتخاب شده
       *[other] ‏{ $count } مورد انتخاب شده
    }
filter--label = فیلترها
filter--any-status = هر وضعیتی
filter--any-judging = هر وضعیت داوری
filter--text = واژه‌هایی از یک عنوان یا یک نام
filter--any-section = هر بخشی
filter--any-country = هر کشوری
filter--any-language = هر زبانی
bulk--label = تغییر ارسال‌های انتخاب‌شده
bulk--status = وضعیت جدید
bulk--judging = وضعیت داوری جدید
bulk--status-unchanged = وضعیت: بدون تغییر
bulk--judging-unchanged = داوری: بدون تغییر
bulk--apply = اعمال روی موارد انتخاب‌شده
# $count (Number) - submissions the last change touched
bulk--undo =
    ‏{ $count ->
        [one] برگرداندن تغییر { $count } ارسال
       *[other] برگرداندن تغییر { $count } ارسال
    }

import--open = درون‌ریزی…
import--heading = درون‌ریزی ارسال‌ها
import--kind = نوع فایل
import--kind-filmfreeway = فایل برون‌بری FilmFreeway (CSV یا متن یونیکد)
import--kind-ddex = پیام انتشار DDEX (ERN XML)
import--path-label = فایل برای درون‌ریزی
import--path-placeholder = مسیر فایل، یا فایل را روی پنجره رها کنید
import--kind-table = هر صفحه‌گسترده‌ای (CSV یا XLSX)، با یک نگاشت ستون‌ها
import--files-all = صفحه‌گسترده‌ها و پیام‌های DDEX
import--browse = انتخاب فایل…
import--encoding = کدگذاری
import--encoding-detect = تشخیص خودکار
import--mapping-name = نام نگاشت
import--mapping-saved = نگاشت‌های ذخیره‌شده
import--mapping-choose = استفاده از یک نگاشت ذخیره‌شده…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = خوانده‌شده با کدگذاری { $encoding }
# $column (String) - the column's header
import--target-of = محتوای ستون «{ $column }»
import--target-field = نگه‌داشتن به‌عنوان فیلد
import--target-id = شناسه (برای یافتن دوباره اثر)
import--target-title = عنوان
import--target-original-title = عنوان اصلی
import--target-original-language = زبان عنوان اصلی
import--target-synopsis = خلاصه (انگلیسی)
import--target-original-synopsis = خلاصه (زبان اصلی)
import--target-directors = کارگردانان
import--target-writers = نویسندگان
import--target-producers = تهیه‌کنندگان
import--target-cast = بازیگران
import--target-countries = کشورها
import--target-languages = زبان‌ها
import--target-year = سال
import--target-runtime = مدت زمان
import--target-completion-date = تاریخ تکمیل
import--target-genres = ژانرها
import--target-category = دسته (بخش)
import--target-status = وضعیت ارسال
import--target-judging = وضعیت داوری
import--target-submission-date = تاریخ ارسال
import--target-isan = شناسه ISAN
import--target-eidr = شناسه EIDR
import--target-isrc = شناسه ISRC
import--target-iswc = شناسه ISWC
import--target-ignore = درون‌ریزی نشود
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = درون‌ریزی‌نشده، چون اثر نیستند: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings = ‏{ $count ->
    [one] ‏{ $count } هشدار: ردیف درون‌ریزی شد، اما این مورد ارزش بررسی دارد.
   *[other] ‏{ $count } هشدار: ردیف‌ها درون‌ریزی شدند، اما این موارد ارزش بررسی دارند.
}
import--column-warning = هشدار
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = در نظر گرفتن «{ $value }» به‌عنوان { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = ‏«{ $value }» اکنون به معنای { $suggestion } است، اینجا و در همه درون‌ریزی‌های بعدی ({ $works ->
    [one] ‏{ $works } اثر به‌روز شد
   *[other] ‏{ $works } اثر به‌روز شد
}).
import--partial = درون‌ریزی ردیف‌های سالم، حتی اگر برخی ردیف‌ها رد شوند
import--dry-run = فقط بررسی، بدون ذخیره
import--run = درون‌ریزی
# $rows (Number) - rows read so far
import--progress = ‏{ $rows } ردیف خوانده شد
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = درون‌ریزی‌شده: { $imported }، به‌روزشده: { $updated }، بدون تغییر: { $unchanged }، ردشده: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = بررسی شد و هیچ چیز ذخیره نشد: درون‌ریزی می‌شد: { $imported }، به‌روز می‌شد: { $updated }، بدون تغییر می‌ماند: { $unchanged }، رد می‌شد: { $rejected }.
# $count (Number) - problems found
import--refused =
    ‏{ $count ->
        [one] هیچ چیز درون‌ریزی نشد: ابتدا باید { $count } مشکل اصلاح شود.
       *[other] هیچ چیز درون‌ریزی نشد: ابتدا باید { $count } مشکل اصلاح شود.
    }
import--column-line = سطر
import--column-column = ستون
import--column-problem = مشکل

export--label = برون‌بری:
export--format-csv = فایل CSV
export--format-xlsx = فایل Excel (XLSX)
export--format-json = فایل JSON
# $path (String) - the file written
export--done = برون‌بری در { $path } انجام شد

stats--by-country = آثار شرکت‌کننده بر اساس کشور
stats--by-language = آثار شرکت‌کننده بر اساس زبان
stats--by-genre = آثار شرکت‌کننده بر اساس ژانر
stats--by-status = آثار شرکت‌کننده بر اساس وضعیت
# $count (Number) - entries in the edition
stats--total =
    ‏{ $count ->
        [one] ‏{ $count } اثر شرکت‌کننده
       *[other] ‏{ $count } اثر شرکت‌کننده
    }

duplicates--heading = موارد احتمالاً تکراری
duplicates--none = هیچ مورد تکراری احتمالی پیدا نشد.
# $id (Number) - the work to keep
duplicates--keep = ادغام، با نگه‌داشتن #{ $id }
duplicates--dismiss = یکسان نیستند
# $score (Number) - likeness from 0 to 1
duplicates--score = شباهت { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = ‏{ $shown } از { $total } جفت
duplicates--more = نمایش جفت‌های بیشتر
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = اثر #{ $other } در اثر #{ $keep } ادغام شود؟ همه عنوان‌ها، خلاصه‌ها، عوامل، شناسه‌ها، تصاویر و ارسال‌های #{ $other } به #{ $keep } منتقل می‌شوند و #{ $other } حذف می‌شود. این کار برگشت‌پذیر نیست.
duplicates--merge = ادغام

edit--add-language = افزودن زبان
edit--edit = ویرایش
edit--remove = حذف
# $language (String) - the language's name
edit--edit-language = ویرایش عنوان و خلاصه به زبان { $language }
# $language (String) - the language's name
edit--remove-language = حذف عنوان و خلاصه به زبان { $language }
edit--tag = کد زبان
edit--tag-placeholder = کد BCP 47، مثلاً fr یا zh-Hant
edit--title = عنوان
edit--synopsis = خلاصه
edit--original = این متن اصلی است
edit--save = ذخیره
edit--cancel = لغو

identifier--add = افزودن شناسه
identifier--placeholder = ‏ISAN، EIDR، ISRC یا ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = اتحادیه
alliance--heading = تبادل در اتحادیه
alliance--identity = این نمایه
alliance--identity-none = این نمایه هنوز هویتی ندارد. برای تبادل با اعضای دیگر، یک هویت بسازید: کلیدهای آن روی همین رایانه می‌مانند.
alliance--identity-name = نام جشنواره
alliance--identity-member = نام کوتاه عضو (مطابق دفتر ثبت اتحادیه)
alliance--identity-country = کشور (کد دوحرفی ISO)
alliance--passphrase = عبارت عبور
alliance--passphrase-hint = فقط وقتی مخزن کلید سیستم در دسترس نیست، برای مهر و موم کلیدها به کار می‌رود. آن را نگه دارید: بدون آن، کلیدها باز نمی‌شوند.
alliance--identity-make = ساخت کلیدها
alliance--fingerprint = اثر انگشت، برای خواندن برای اعضای دیگر
alliance--qr-label = اثر انگشت به شکل کد QR
alliance--sealed-in-keychain = کلیدها در مخزن کلید سیستم نگه‌داری می‌شوند.
alliance--sealed-in-passphrase = کلیدها با عبارت عبور مهر و موم شده‌اند.
alliance--write-card = ذخیره کارت عضو
alliance--card-written = کارت عضو در این مسیر ذخیره شد:
alliance--members = اعضا
alliance--members-none = هنوز هیچ عضوی نیست.
alliance--country-unknown = کشور مشخص نشده
alliance--card-path = مسیر کارت عضو (.json)
alliance--import-card = درون‌ریزی کارت
# $member (String) - the member's name
alliance--card-imported = کارت { $member } درون‌ریزی شد.
# $member (String) - the member's name
alliance--card-rotated = کارت { $member } درون‌ریزی شد: کلیدهای آن تعویض شده‌اند و کلید قدیمی کلیدهای جدید را امضا کرده است.
alliance--compare = پیش از اعتماد به کارت، این اثر انگشت را تلفنی برای عضو بخوانید یا حضوری مقایسه کنید:
alliance--verify = علامت‌گذاری به‌عنوان تأییدشده
alliance--verify-typed = اثر انگشت، همان‌طور که عضو خوانده است
alliance--points = نقطه‌های تبادل
alliance--points-none = هنوز هیچ نقطه تبادلی نیست: پوشه یا نشانی وبی را که اتحادیه در آن گرد هم می‌آید اضافه کنید.
alliance--point-location = پوشه یا نشانی (https://…)
alliance--point-name = نام (اختیاری)
alliance--point-add = افزودن
alliance--point-remove = حذف
alliance--sync = همگام‌سازی
alliance--sync-button = شروع همگام‌سازی
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = در حال انتشار: { $done } از { $total } پاکت
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = در حال دریافت: { $done } از { $total } پاکت
alliance--unlock = باز کردن کلیدها
alliance--sync-log = کارهای آخرین همگام‌سازی
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = فرستاده‌شده: { $published }، اعمال‌شده: { $applied }، صرف‌نظرشده (برای اعضای دیگر): { $skipped }، ردشده: { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = پاکت { $seq } ({ $kind }) اعمال شد؛ فرستنده:
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = از پاکت { $seq } ({ $kind }) که برای اعضای دیگر بود صرف‌نظر شد؛ فرستنده:
# $seq (Number) - the envelope's number
alliance--log-refused = پاکت { $seq } رد شد؛ فرستنده:
alliance--notes = یادداشت‌ها
alliance--note-to = گیرندگان
alliance--note-no-cards = برای نوشتن به یک عضو، کارت آن عضو را درون‌ریزی کنید.
alliance--note-to-all = کسی انتخاب نشده است: یادداشت برای همه اعضایی که کارتشان در دست است فرستاده می‌شود.
alliance--note-text = متن یادداشت
alliance--note-send = مهر و موم و قرار دادن در صف
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = یادداشت { $seq } مهر و موم شد؛ با همگام‌سازی بعدی فرستاده می‌شود.
alliance--notes-none = هنوز هیچ یادداشتی نیست.
envelope-kind--note = یادداشت
envelope-kind--card = کارت عضو
envelope-kind--recommendation = پیشنهاد
envelope-kind--recommendation-state = پاسخ به پیشنهاد
envelope-kind--catalogue = کاتالوگ
recommendations--heading = پیشنهادها
recommendations--inbox = دریافتی
recommendations--outbox = فرستاده‌شده
recommendations--none = هنوز موردی نیست.
recommendations--from = از
recommendations--to = به
recommendations--history = سابقه
recommendations--edition = دوره‌ای که اثر در آن ثبت شود
recommendations--section = بخش
recommendations--section-suggested = بخش پیشنهادی
recommendations--accept = پذیرفتن
recommendations--reason = دلیل رد
recommendations--decline = رد کردن
recommendations--program = علامت‌گذاری به‌عنوان «در برنامه»
recommendations--person = پیشنهاد یک داور یا یک مهمان
recommendations--person-name = نام
recommendations--person-as = به‌عنوان
recommendations--note = یادداشت برای اعضا
recommendations--send = فرستادن پیشنهاد
catalogues--heading = کاتالوگ‌ها
catalogues--publish = انتشار کاتالوگ این جشنواره
# $count (Number) - works in the catalogue
catalogues--published = ‏{ $count ->
    [one] کاتالوگی با { $count } اثر مهر و موم شد؛ با همگام‌سازی بعدی فرستاده می‌شود.
   *[other] کاتالوگی با { $count } اثر مهر و موم شد؛ با همگام‌سازی بعدی فرستاده می‌شود.
}
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = ‏{ $member }: { $count }
catalogues--none = هنوز کاتالوگ هیچ عضوی نرسیده است.
catalogues--search = جست‌وجو در کاتالوگ‌ها، به هر خطی
# $edition (String) - the edition's name
catalogues--take = بردن به { $edition }
# $edition (String) - the edition's name
catalogues--taken = به { $edition } برده شد
recommend--heading = پیشنهاد به اعضا
recommend--sent = پیشنهاد مهر و موم شد؛ با همگام‌سازی بعدی فرستاده می‌شود.
recommend--history = پیشنهادهای این اثر
rights--heading = حق نمایش
rights--none = هیچ حق نمایشی ثبت نشده است.
rights--world = سراسر جهان
rights--territory = قلمرو (کد ISO، یا WORLD)
rights--excluded = مستثنا
directory--any = همه
directory--none = هیچ
directory--alliance = اتحادیه
directory--tier = رده
directory--kind = نوع
directory--country = کشور
directory--country-code = کشور (کد ISO)
directory--city = شهر
directory--slug = نام کوتاه
directory--name = نام کامل
directory--languages = زبان‌های کاری (کدها، جداشده با ویرگول)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = عضو از { $date }
directory--joined-input = تاریخ پیوستن (YYYY یا YYYY-MM-DD)
directory--add = ثبت یا تغییر یک عضو
directory--save = ذخیره عضو
# $member (String) - the member's name
directory--saved = ‏«{ $member }» در دفتر ثبت ذخیره شد.
directory--none-match = هیچ عضوی با این فیلترها مطابقت ندارد.
registry--heading = دفترهای ثبت
# $count (Number) - how many members
registry--members = ‏{ $count ->
    [one] ‏{ $count } عضو
   *[other] ‏{ $count } عضو
}
# $member (String) - the secretariat's short name
registry--secretariat = دبیرخانه: { $member }
registry--no-secretariat = هنوز دبیرخانه‌ای تعیین نشده است
# $date (String) - the date and time, already formatted
registry--issued = دفتر ثبت مورخ { $date }
registry--publish = انتشار دفتر ثبت
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = ‏{ $count ->
    [one] دفتر ثبت «{ $alliance }» با { $count } عضو مهر و موم شد؛ با همگام‌سازی بعدی فرستاده می‌شود.
   *[other] دفتر ثبت «{ $alliance }» با { $count } عضو مهر و موم شد؛ با همگام‌سازی بعدی فرستاده می‌شود.
}
admissions--heading = پذیرش
admissions--criteria = معیارهای پذیرش
admissions--criterion-key = نام کوتاه معیار
admissions--criterion-text = معیار، به زبان رابط کاربری
admissions--criterion-add = افزودن معیار
admissions--apply = درخواست عضویت جدید
admissions--contact = راه ارتباطی
admissions--submit = ثبت درخواست عضویت
admissions--applications = درخواست‌های عضویت
admissions--none = هنوز هیچ درخواستی نیست.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = هنوز مستنداتی برای این معیارها نیست: { $criteria }
admissions--sponsors = معرف‌ها
admissions--sponsor-as = عضو معرف
admissions--sponsor-note = نظر معرف
admissions--sponsor = افزودن معرف
admissions--outcome = تصمیم
admissions--on = روز تصمیم
admissions--for = موافق
admissions--against = مخالف
admissions--abstain = ممتنع
admissions--decision-note = یادداشت درباره تصمیم
admissions--decide = ثبت تصمیم
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = تصمیم در { $date }: { $for } موافق، { $against } مخالف، { $abstain } ممتنع.
directory--view = شیوه نمایش فهرست اعضا
directory--as-list = فهرست
directory--as-map = نقشه
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = نقشه جهانی اعضا — اعضا: { $members }؛ کشورها: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = ‏{ $country } — اعضا: { $count }
nav--jury = هیئت داوران
jury--heading = هیئت داوران
jury--section = بخش
jury--round = دور
jury--no-round = این بخش هنوز برای این دور جدول معیارها ندارد: ابتدا معیارهای آن را اضافه کنید (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric = ‏{ $entries ->
    [one] جدول معیارها — { $entries } اثر شرکت‌کننده
   *[other] جدول معیارها — { $entries } اثر شرکت‌کننده
}
jury--assignment = تخصیص
jury--reviews-per-entry = تعداد ارزیابی برای هر اثر شرکت‌کننده
jury--max-load = بیشترین تعداد آثار شرکت‌کننده برای هر داور
jury--assign = تخصیص داوران
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = تخصیص‌های انجام‌شده: { $added }. آثار شرکت‌کننده‌ای که هنوز داور کافی ندارند: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load = ‏{ $count ->
    [one] ‏{ $count } اثر شرکت‌کننده
   *[other] ‏{ $count } اثر شرکت‌کننده
}
jury--juror = داور
jury--scoring = امتیازدهی
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = امتیازداده‌شده: { $done } از { $total }
jury--progress-label = آثار شرکت‌کننده امتیازداده‌شده
jury--keys = میان‌برهای صفحه‌کلید: یک رقم، امتیاز معیار برجسته را تعیین می‌کند (0 یعنی ده)؛ ↑ و ↓ میان معیارها و ← و → میان آثار شرکت‌کننده جابه‌جا می‌شوند؛ N به اثر شرکت‌کننده بعدی که هنوز امتیاز نگرفته است می‌رود. هر تغییر بی‌درنگ ذخیره می‌شود.
jury--screener = تماشای نسخه بازبینی
jury--saved = ذخیره شد
jury--previous = اثر شرکت‌کننده قبلی
jury--next = اثر شرکت‌کننده بعدی
jury--next-unscored = اثر شرکت‌کننده بعدی برای امتیازدهی
jury--nothing-to-score = در این دور هیچ اثر شرکت‌کننده‌ای به این داور تخصیص داده نشده است.
jury--results = نتایج
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = توافق میان داوران (α کریپندورف): { $alpha }
jury--rank = رتبه
jury--work = اثر
jury--count = داوران
jury--normalized = میانگین نرمال‌شده
jury--mean = میانگین
jury--disagreement = اختلاف نظر داوران
jury--matrix = چه کسی چه اثری را ارزیابی می‌کند
jury--assigned-cell = تخصیص‌یافته
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = نخستین { $shown } اثر شرکت‌کننده از مجموع { $total } اثر نمایش داده شده است؛ فهرست نتایج همه را در بر دارد.
jury--distribution = مجموع امتیازهای هر داور روی مقیاس
jury--distribution-label = مجموع امتیازهای هر داور به شکل نقطه‌هایی روی مقیاس، با میانگین داور به شکل یک خط: نقطه‌های داور سخت‌گیر در سمت چپ و نقطه‌های داور آسان‌گیر در سمت راست قرار می‌گیرند.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = ‏{ $count ->
    [one] میانگین { $mean } در { $count } اثر شرکت‌کننده
   *[other] میانگین { $mean } در { $count } اثر شرکت‌کننده
}
jury--ballots = رأی‌گیری جوایز
jury--award = جایزه
jury--ballot-round = دور رأی‌گیری
jury--voter = رأی‌دهنده
jury--vote = ثبت رأی
jury--tally = شمارش آرا
# $count (Number) - votes
jury--votes = ‏{ $count ->
    [one] ‏{ $count } رأی
   *[other] ‏{ $count } رأی
}
# $cast (Number) - votes cast
jury--no-winner = در این دور برنده‌ای نیست ({ $cast } رأی داده شد): در دور بعد دوباره رأی دهید.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = ‏«{ $title }» برنده شد ({ $cast } رأی داده شد).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = برنده: «{ $title }» در دور { $round }، با { $votes } رأی از { $cast } رأی.
jury--setup = تنظیم دور
jury--criterion-key = نام کوتاه معیار
jury--criterion-label = معیار، به زبان رابط کاربری
jury--min = کمترین
jury--max = بیشترین
jury--step = گام
jury--weight = وزن
jury--criterion-add = افزودن معیار
jury--juror-email = ایمیل داور
jury--juror-name = نام داور
jury--juror-languages = زبان‌هایی که داور می‌فهمد (کدها، جداشده با ویرگول)
jury--juror-card = فایل کارت داور (برای بسته‌ها)
jury--juror-add = افزودن داور
# $what (String) - what was added
jury--setup-added = ‏«{ $what }» افزوده شد.
jury--packets = بسته‌ها و برگه‌های امتیاز
jury--file = فایل (یک مسیر)
jury--packet-export = مهر و موم بسته برای داور
jury--sheet-merge = ادغام برگه امتیاز
jury--packet-open = باز کردن بسته (روی لپ‌تاپ داور)
jury--sheet-export = مهر و موم برگه امتیاز من برای رئیس هیئت داوران
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = ‏{ $entries ->
    [one] بسته‌ای برای { $juror } با { $entries } اثر شرکت‌کننده نوشته شد.
   *[other] بسته‌ای برای { $juror } با { $entries } اثر شرکت‌کننده نوشته شد.
}
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = ‏{ $entries ->
    [one] بسته «{ $chair }» باز شد: { $entries } اثر شرکت‌کننده برای امتیازدهی.
   *[other] بسته «{ $chair }» باز شد: { $entries } اثر شرکت‌کننده برای امتیازدهی.
}
# $scores (Number) - scores in the sheet
jury--sheet-written = ‏{ $scores ->
    [one] برگه امتیاز با { $scores } امتیاز نوشته شد.
   *[other] برگه امتیاز با { $scores } امتیاز نوشته شد.
}
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = برگه { $juror } ادغام شد؛ امتیازهای جدیدتر از امتیازهای موجود: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = برگه { $juror } قبلاً ادغام شده است؛ کاری برای انجام نیست.
jury--screener-file = نسخه بازبینی، روی این رایانه
jury--screener-path = فایل نسخه بازبینی روی این رایانه (مسیر آن)
jury--screener-attach = پخش این فایل در کنار امتیازها
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = تخصیص «{ $title }» به { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = لغو تخصیص «{ $title }» به { $juror }
jury--comment = توضیح شما درباره این اثر (هنگام تایپ ذخیره می‌شود؛ داوران دیگر هرگز آن را نمی‌بینند)
jury--conflict-reason = دلیل (تعارض منافع)
jury--conflict-add = اعلام تعارض منافع
jury--conflict-declared = تعارض منافع اعلام شد: این جفت هرگز تخصیص داده نمی‌شود، امتیاز نمی‌گیرد و در شمارش نمی‌آید.

export--save-as = ذخیره با نام…
work--unresolved = نگه‌داشته‌شده به همان شکل نوشته‌شده
work--unresolved-country = کشور
work--unresolved-language = زبان
work--unresolved-status = وضعیت ارسال
