# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = فایل { $path } پایگاه داده Caravan نیست؛ این فایل از نوع SQLite نیست. هیچ چیز تغییر نکرد.
# $path (String) - the database file
error--db-foreign = فایل { $path } پایگاه داده SQLite برنامه دیگری است، نه Caravan. هیچ چیز تغییر نکرد.
# $path (String) - the database file
error--db-corrupt = فایل { $path } آسیب دیده است و خوانده نمی‌شود. هیچ چیز تغییر نکرد؛ آن را از نسخه پشتیبان بازیابی کنید.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = فایل { $path } با نسخه جدیدتری از Caravan نوشته شده است (طرح‌واره { $found }؛ این نسخه تا طرح‌واره { $supported } را می‌شناسد). برای باز کردن آن، Caravan را به‌روز کنید. هیچ چیز تغییر نکرد.
# $path (String) - the database file
error--db-busy = برنامه دیگری در حال استفاده از فایل { $path } است. چند لحظه دیگر دوباره امتحان کنید.
# $path (String) - the database file
error--db-read-only = نمی‌توان در فایل { $path } نوشت: مجوزهای دسترسی آن را بررسی کنید.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = مسیر { $path } باز نمی‌شود: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = خطای پایگاه داده در { $path }: { $reason }
error--db-no-data-dir = این رایانه پوشه‌ای برای داده‌های برنامه‌ها ندارد. با ‎--db یا CARAVAN_DB یک فایل پایگاه داده انتخاب کنید.

# $slug (String) - the slug asked for
error--slug-taken = نام کوتاه «{ $slug }» قبلاً به کار رفته است.
# $value (String) - the slug given
error--slug-invalid = ‏«{ $value }» نام کوتاه معتبری نیست: فقط حروف کوچک لاتین، ارقام و خط تیره‌های تکی به کار ببرید.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = ‏«{ $value }» کد زبان نیست. یک کد BCP 47 به کار ببرید؛ رابط کاربری به این زبان‌ها در دسترس است: { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = رابط کاربری به زبان «{ $value }» در دسترس نیست. یکی از این زبان‌ها را انتخاب کنید: { $supported }.
# $value (String) - the code given
error--country-invalid = ‏«{ $value }» کد کشور ISO 3166-1 نیست.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = ‏«{ $value }» مقدار مجازی برای «{ $what }» نیست.
# $what (String) - the name of the field, from what--*
error--value-empty = ‏«{ $what }» نمی‌تواند خالی باشد.

# $work (String) - what the user typed to name the work
error--work-not-found = اثری با مشخصه «{ $work }» وجود ندارد. اثر را با شماره‌اش، با ff: و شناسه ارسال FilmFreeway آن، یا با شماره پیگیری یا شناسه‌ای مانند ISRC آن مشخص کنید.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = ‏«{ $work }» با چند اثر ({ $count }) مطابقت دارد. اثر را با شماره‌اش مشخص کنید.
# $edition (String) - the edition slug given
error--edition-not-found = دوره‌ای با نام «{ $edition }» وجود ندارد. فرمان «caravan editions list» دوره‌ها را نشان می‌دهد.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = دوره «{ $edition }» بخشی به نام «{ $section }» ندارد. هیچ چیز تغییر نکرد.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = پنجره درخواستی فرستاد که Caravan نمی‌تواند آن را بخواند ({ $detail }). هیچ چیز تغییر نکرد.
# $value (String) - the cursor given
error--cursor-invalid = ‏«{ $value }» نشانگر این فهرست نیست: مقدار «next» صفحه قبل را با همان ترتیب‌بندی به کار ببرید.
# $change (Number) - the number of the status change
error--status-change-not-found = تغییر وضعیتی با شماره { $change } وجود ندارد.
# $change (Number) - the number of the status change
error--status-change-undone = تغییر وضعیت شماره { $change } قبلاً برگردانده شده است. هیچ چیز تغییر نکرد.
error--status-nothing-to-set = یک وضعیت ارسال، یک وضعیت داوری یا هر دو را برای اعمال انتخاب کنید.

# $command (String) - the word that is not a command
error--cli-unknown-command = ‏«{ $command }» از فرمان‌های Caravan نیست. برای دیدن فرمان‌ها، «caravan --help» را اجرا کنید.
# $argument (String) - the option that is not known
error--cli-unknown-argument = ‏«{ $argument }» از گزینه‌های این فرمان نیست. برای دیدن گزینه‌های آن، ‎--help را اضافه کنید.
# $argument (String) - the argument that is missing
error--cli-missing-argument = این فرمان به { $argument } نیاز دارد.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = ‏«{ $value }» مقدار معتبری برای { $argument } نیست.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = خط فرمان معتبر نیست: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = خطای پیش‌بینی‌نشده‌ای رخ داد: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = فایل { $file } خالی است. هیچ چیز ذخیره نشد.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = فایل { $file } تصویری نیست که Caravan بخواند (JPEG، PNG، WebP، GIF، TIFF یا BMP). هیچ چیز ذخیره نشد.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = فایل { $file } زودتر از انتظار تمام می‌شود: فایل ناقص است. هیچ چیز ذخیره نشد.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = فایل { $file } آسیب دیده است ({ $reason }). هیچ چیز ذخیره نشد.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = فایل { $file } بزرگ‌تر از حدی است که Caravan می‌پذیرد (حداکثر 20000 پیکسل در هر ضلع و 100 مگاپیکسل). هیچ چیز ذخیره نشد.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = فایل { $file } خوانده یا ذخیره نمی‌شود: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = ساخت تصاویر بندانگشتی { $file } ممکن نشد: { $reason }. هیچ چیز ذخیره نشد.
# $id (Number) - the image number given
error--media-not-found = تصویری با شماره { $id } وجود ندارد.

# $reason (String) - what the windowing system said, in its own words
error--window-start = ‏Caravan نتوانست پنجره خود را باز کند: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = فایل { $file } خوانده نمی‌شود: { $reason }
# $file (String) - the file being imported
error--import-empty = فایل { $file } خالی است: ردیف سرستون ندارد. هیچ چیز درون‌ریزی نشد.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = فایل { $file } ستون «{ $column }» ندارد، پس فایل برون‌بری ارسال‌های FilmFreeway نیست. هیچ چیز درون‌ریزی نشد.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = فایل { $file }، سطر { $line }: فایل را نمی‌توان به‌صورت CSV خواند ({ $reason }). هیچ چیز درون‌ریزی نشد.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = فایل { $file } را نمی‌توان به‌صورت کتاب کار Excel خواند ({ $reason }). هیچ چیز درون‌ریزی نشد.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = فایل { $file } ستون «{ $column }» را که در نگاشت ستون‌ها آمده است ندارد. نگاشت دیگری انتخاب کنید یا همین را اصلاح کنید. هیچ چیز درون‌ریزی نشد.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = نگاشت ستون‌ها خوانده نمی‌شود: { $detail }. نگاشت یک متن JSON است: یک نام و، برای هر سرستون، آنچه آن ستون در خود دارد (عنوان، کارگردانان، کشورها …).
# $detail (String) - unused here
error--mapping-no-name = نگاشت ستون‌ها نام ندارد. نامی به آن بدهید تا ذخیره شود و در درون‌ریزی بعدی، ردیف‌هایش دوباره پیدا شوند.
# $detail (String) - unused here
error--mapping-no-title = در نگاشت ستون‌ها هیچ ستونی عنوان را در خود ندارد. یک ستون را به عنوان نگاشت کنید.
# $detail (String) - unused here
error--mapping-no-id = در نگاشت ستون‌ها هیچ ستونی شناسه ردیف را در خود ندارد. یک ستون را به شناسه نگاشت کنید تا درون‌ریزی دوباره فایل، آثار آن را به‌روز کند، نه اینکه آن‌ها را دو بار اضافه کند.
# $detail (String) - what is mapped twice
error--mapping-twice = نگاشت ستون‌ها دو ستون را به «{ $detail }» نگاشت کرده است، در حالی که این مورد فقط در یک ستون می‌آید.
# $mapping (String) - the name or file given
error--mapping-not-found = نگاشت ستونی با نام «{ $mapping }» وجود ندارد و چنین فایلی هم نیست.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = نگاشت «{ $mapping }» پیش‌ساخته است؛ نگاشت خود را با نام دیگری ذخیره کنید.
# $encoding (String) - the encoding given
error--encoding-unknown = ‏«{ $encoding }» کدگذاری‌ای نیست که Caravan بشناسد. نامی مانند windows-1252، windows-1251، gb18030 یا shift_jis به کار ببرید.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = ‏«{ $vocabulary }» از انواع مقداری نیست که درون‌ریزی نگه می‌دارد: country، language یا status را به کار ببرید.
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = ‏«{ $code }» { $vocabulary ->
    [country] کد کشور نیست (مانند QA)
    [language] کد زبان نیست (مانند fr یا pt-BR)
   *[status] وضعیت ارسال نیست (in-consideration، incomplete، disqualified یا withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = برای «{ $name }» نام معادلی وجود ندارد.
# $count (Number) - how many rows or cells were refused
error--import-rejected = ‏{ $count ->
    [one] ‏{ $count } ردیف رد شد، پس هیچ چیز درون‌ریزی نشد. آن را اصلاح کنید یا ردیف‌های دیگر را با ‎--partial درون‌ریزی کنید.
   *[other] ‏{ $count } مشکل پیدا شد، پس هیچ چیز درون‌ریزی نشد. آن‌ها را اصلاح کنید یا ردیف‌های سالم را با ‎--partial درون‌ریزی کنید.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = فایل { $file }، سطر { $line }، ستون { $column }: این متن XML خوش‌ساخت نیست ({ $value }). هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = فایل { $file }، سطر { $line }: { $element } پیام DDEX ERN از نوع NewReleaseMessage نیست ({ $value }). هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = فایل { $file }، سطر { $line }: این نسخه از ERN پشتیبانی نمی‌شود ({ $value })؛ Caravan نسخه‌های 3.4 تا 3.8 و 4.x از ERN را می‌خواند. هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = فایل { $file }، سطر { $line }: ضبط صوتی یا ویدئوی { $element } از این انتشار هیچ شناسه‌ای ندارد (نه ISRC، نه ISAN، نه EIDR و نه شناسه خاص ناشر). هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = فایل { $file } بزرگ‌تر از پیام‌های DDEX است که Caravan می‌خواند ({ $value }). هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = فایل { $file }، سطر { $line }: تودرتویی عناصر از هر پیام DDEX عمیق‌تر است ({ $value }). هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = فایل { $file }، سطر { $line }، ستون { $column }: «{ $value }» در { $element } یک ISRC معتبر نیست. هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = فایل { $file }، سطر { $line }: ضبط صوتی { $element } عنوان ندارد. هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = فایل { $file }، سطر { $line }، ستون { $column }: «{ $value }» در { $element } مدت زمانی به قالب ISO 8601 مانند PT3M25S نیست. هیچ چیز درون‌ریزی نشد.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = فایل { $file }، سطر { $line }: { $element } به منبعی ارجاع می‌دهد که در پیام نیست ({ $value }). هیچ چیز درون‌ریزی نشد.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = سطر { $line }: تعداد خانه‌های این ردیف با ردیف سرستون یکی نیست ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = سطر { $line }، ستون «{ $column }»: متن با کدگذاری UTF-8 نیست ({ $value }). فایل را با کدگذاری UTF-8 یا UTF-16 ذخیره کنید.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = سطر { $line }، ستون «{ $column }»: «{ $value }» مدت زمانی مانند 1:32:05 نیست.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = سطر { $line }، ستون «{ $column }»: «{ $value }» تاریخی نیست که Caravan بتواند بخواند، مانند 2025-07-19.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = سطر { $line }، ستون «{ $column }»: «{ $value }» سال نیست.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = سطر { $line }، ستون «{ $column }»: «{ $value }» کشوری نیست که Caravan بشناسد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = سطر { $line }، ستون «{ $column }»: «{ $value }» زبانی نیست که Caravan بشناسد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = سطر { $line }، ستون «{ $column }»: «{ $value }» از وضعیت‌های ارسال FilmFreeway نیست.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = سطر { $line }: پروژه عنوان ندارد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = سطر { $line }: این ردیف نه شناسه ارسال (Submission ID) دارد و نه شماره پیگیری (Tracking Number).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = سطر { $line }: این ردیف در ستونی که نگاشت به‌عنوان شناسه تعیین کرده است، شناسه‌ای ندارد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = سطر { $line }: این ردیف هیچ دسته‌ای را نام نمی‌برد و دوره هم بخشی ندارد که اثر در آن قرار گیرد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = سطر { $line }، ستون «{ $column }»: «{ $value }» شناسه معتبری نیست (برای دیدن علت، «caravan ids check» را اجرا کنید).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = سطر { $line }، ستون «{ $column }»: { $value } قبلاً به اثر دیگری تعلق دارد.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = این شناسه از نوع ISAN، EIDR، ISRC یا ISWC نیست.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = این شناسه شبیه { $kind } است، اما طول یا نویسه‌هایش نادرست است.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = نویسه کنترلی مطابقت ندارد: این { $kind } غلط تایپی دارد.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = دو حرف نخست این { $kind } کد کشور یا کد سازمان ثبت نیست.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = پیشوند این { $kind } هنوز در فهرستی که Caravan دارد نیست؛ شاید IFPI آن را به‌تازگی صادر کرده باشد. همان‌طور که نوشته شده بود نگه داشته شد.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = اثر «{ $work }» متنی به زبان «{ $lang }» ندارد.
# $work (String) - the work as named
error--title-last = این تنها عنوان اثر «{ $work }» است؛ پیش از حذف آن، عنوان دیگری اضافه کنید.
error--duplicate-same-work = یک اثر را نمی‌توان با خودش ادغام کرد یا به‌عنوان تکراری خودش کنار گذاشت.
# $id (Number) - the submission number
error--submission-not-found = ارسالی با شماره { $id } وجود ندارد.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = فایل { $file } نوشته نشد: { $reason }. هیچ فایلی بر جا نماند.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = ‏«{ $value }» را نمی‌توان اضافه کرد: { $reason } هیچ چیز ذخیره نشد.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = شناسه { $value } قبلاً به اثر { $work } تعلق دارد. هیچ چیز ذخیره نشد.
# $label (String) - the label as given
error--label-not-found = این دوره برچسب داوری «{ $label }» را ندارد؛ undecided، selected، not-selected یا یکی از برچسب‌های دوره را به کار ببرید.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = سطر نخست آن
envelope-part--header = سرآیند آن
envelope-part--signature = امضای آن
envelope-part--payload = محتوای آن
envelope-part--attachment = یکی از پیوست‌ها
envelope-part--attachments = فهرست پیوست‌های آن
envelope-part--body = متن
envelope-part--file = فایل
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = پاکت ناقص است: { $what } کامل نیست. هیچ چیز اعمال نشد.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = پاکت در قالبی نیست که Caravan بتواند بخواند ({ $detail }). هیچ چیز اعمال نشد.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = پاکت در راه آسیب دیده است: { $what } با اثر انگشت پاکت مطابقت ندارد. هیچ چیز اعمال نشد.
# $version (Number) - the format version found
error--envelope-unsupported-version = قالب پاکت نسخه { $version } است که این نسخه از Caravan آن را نمی‌خواند؛ برای خواندن آن، Caravan را به‌روز کنید. هیچ چیز اعمال نشد.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = پاکت رد شد: اندازه { $what } برابر { $size } بایت است و از حد مجاز { $limit } بایت بیشتر است. هیچ چیز خوانده یا اعمال نشد.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = پاکت از { $sender } آمده است، کلیدی که در کارت هیچ عضوی نیامده است. ابتدا کارت آن عضو را درون‌ریزی کنید. هیچ چیز اعمال نشد.
error--envelope-bad-signature = امضای پاکت با کلید فرستنده آن مطابقت ندارد: پاکت جعل یا دستکاری شده است. هیچ چیز اعمال نشد.
error--envelope-not-addressed = پاکت این نمایه را گیرنده معرفی می‌کند، اما برای کلید آن مهر و موم نشده است. هیچ چیز اعمال نشد.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = پاکت { $seq } از { $sender } در جایی رسید که نوبت پاکت { $expected } بود. هیچ چیز اعمال نشد.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = پاکت { $seq } از { $sender } پیش‌تر اعمال شده بود؛ دوباره اعمال نشد.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = پاکت { $seq } از { $sender } در ادامه پاکتی که پیش از آن اعمال شد نیست: جریان بازنویسی شده است. هیچ چیز اعمال نشد.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = پاکتی با امضای { $sender } در جریان { $stream } پیدا شد. هیچ چیز اعمال نشد.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = نام پیوست «{ $name }» می‌تواند به بیرون از پوشه خود راه یابد. هیچ چیز اعمال نشد.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = پیوست «{ $name }» همان فایلی نیست که پاکت آن توصیف می‌کند. هیچ چیز اعمال نشد.
# $seq (Number) - the envelope's number
error--envelope-missing = پاکت { $seq } در جریان نیست، هرچند سرآیند جریان وجود آن را اعلام می‌کند. هیچ چیز پس از آن اعمال نشد.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = این نسخه از Caravan پاکت‌های نوع «{ $kind }» را نمی‌خواند؛ برای خواندن آن‌ها، Caravan را به‌روز کنید. هیچ چیز اعمال نشد.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = این کارت عضوی نیست که Caravan بتواند بخواند ({ $detail }). هیچ چیز ذخیره نشد.
error--card-bad-signature = امضای کارت عضو با کلیدهای آن مطابقت ندارد: کارت دستکاری شده است. هیچ چیز ذخیره نشد.
# $member (String) - the member's short name
error--card-not-a-rotation = کارت «{ $member }» کلیدهای جدیدی معرفی می‌کند، اما کلید فعلی عضو آن را امضا نکرده است. پیش از اعتماد به آن، اثر انگشت‌ها را با خود عضو مقایسه کنید. هیچ چیز ذخیره نشد.
# $member (String) - the member's short name
error--card-is-own = کارت «{ $member }» کارت خود این نمایه است.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = ‏«{ $value }» اثر انگشت نیست: نویسه‌ای نادرست است یا جا افتاده است.
# $member (String) - the member's short name
error--fingerprint-mismatch = اثر انگشتی که وارد شد با اثر انگشت کارت «{ $member }» یکی نیست. تا علت را پیدا نکرده‌اید، به این کارت اعتماد نکنید. هیچ چیز تغییر نکرد.
error--identity-passphrase-wrong = کلیدها باز نشدند: عبارت عبور نادرست است.
error--identity-passphrase-needed = کلیدهای این نمایه با عبارت عبور مهر و موم شده‌اند. عبارت عبور را وارد کنید (در اسکریپت‌ها، در CARAVAN_PASSPHRASE).
error--identity-keychain-unavailable = کلیدهای این نمایه در مخزن کلید سیستم نگه‌داری می‌شوند و مخزن پاسخ نمی‌دهد. قفل مخزن کلید را باز کنید و دوباره امتحان کنید.
error--identity-missing = این نمایه هنوز هویتی ندارد. ابتدا یک هویت بسازید (caravan identity init).
error--identity-exists = این نمایه از قبل هویت دارد. برای تغییر کلیدهای آن، کلیدها را تعویض کنید (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = عضوی به نام «{ $member }» وجود ندارد.
# $member (String) - the member's short name
error--member-no-card = هیچ کارتی از عضو «{ $member }» در دست نیست. ابتدا کارت این عضو را درون‌ریزی کنید.
error--exchange-no-recipients = کارت هیچ عضوی برای فرستادن در دست نیست. ابتدا کارت‌های اعضا را درون‌ریزی کنید.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = نقطه تبادلی با شماره { $id } وجود ندارد.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = دسترسی به { $url } ممکن نشد: { $reason }. آنچه تاکنون اعمال شده، حفظ می‌شود؛ دوباره امتحان کنید.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = نشانی { $url } با کد وضعیت HTTP { $status } پاسخ داد. آنچه تاکنون اعمال شده، حفظ می‌شود؛ دوباره امتحان کنید.
# $url (String) - the exchange point
error--exchange-read-only = از { $url } می‌توان خواند اما نمی‌توان در آن نوشت: انتشار به یک سرور WebDAV یا یک پوشه نیاز دارد.
# $path (String) - the envelope's place at the point
error--stream-conflict = پاکت دیگری از قبل در { $path } قرار دارد: جریان این نمایه از نسخه دیگری از آن منتشر شده است. هیچ چیز بازنویسی نشد.
error--exchange-no-points = هیچ نقطه تبادلی تنظیم نشده است. پوشه یا نشانی‌ای را که اتحادیه در آن گرد هم می‌آید اضافه کنید (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = فایل { $file } خوانده نشد: { $reason }. هیچ چیز ذخیره نشد.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = کلید «{ $member }» باطل شده است: دیگر هیچ چیزی که با آن امضا شود پذیرفته نمی‌شود. کارت جدید این عضو را درون‌ریزی و تأیید کنید. هیچ چیز اعمال نشد.
# $id (Number) - the recommendation's number
error--recommendation-not-found = این نمایه پیشنهادی با شماره { $id } دریافت نکرده است.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = این پاسخ درباره پیشنهاد { $uid } است که این نمایه آن را برای آن عضو نفرستاده است. هیچ چیز اعمال نشد.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = پیشنهاد { $uid } قبلاً رسیده بود؛ دوباره ثبت نشد.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = پیشنهادی که در وضعیت «{ $from }» است نمی‌تواند به وضعیت «{ $to }» برود. هیچ چیز تغییر نکرد.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = پیشنهاد در قالبی نیست که Caravan بتواند بخواند ({ $detail }). هیچ چیز ذخیره نشد.
error--person-no-name = هر شخص دست‌کم به یک خط باید نامی داشته باشد. هیچ چیز فرستاده نشد.
error--recommendation-edition-needed = مشخص کنید اثر به کدام دوره می‌رود (و اگر مایل بودید، به کدام بخش).
# $value (String) - the date as given
error--date-invalid = ‏«{ $value }» تاریخ نیست، یا بازه‌ای نیست که پس از آغازش پایان یابد؛ تاریخ‌ها را به شکل YYYY-MM-DD بنویسید.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = مدخلی با شماره { $id } در کاتالوگ وجود ندارد.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = حق نمایش اثر، { $territory } را که قلمرو «{ $member }» است در بر نمی‌گیرد.
# $alliance (String) - the alliance's short name
error--alliance-not-found = اتحادیه‌ای به نام «{ $alliance }» وجود ندارد.
error--alliance-needed = رده و تاریخ پیوستن به عضویت در یک اتحادیه مربوط‌اند: مشخص کنید کدام اتحادیه.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = ‏«{ $tier }» از رده‌های اتحادیه «{ $alliance }» نیست. هیچ چیز تغییر نکرد.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = فیلد «{ $what }» از حد مجاز ({ $limit }) بلندتر است. هیچ چیز تغییر نکرد.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = فیلد «{ $what }» به بیش از { $limit } زبان نوشته شده است. هیچ چیز تغییر نکرد.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = ‏«{ $value }» راه ارتباطی معتبری از نوع «{ $kind }» نیست. هیچ چیز تغییر نکرد.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = ‏«{ $member }» در اینجا دبیرخانه اتحادیه «{ $alliance }» نیست، پس دفتر ثبت آن دنبال نمی‌شود. هیچ چیز تغییر نکرد.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = دفتر ثبت ساختار درستی ندارد ({ $detail }). هیچ چیز اعمال نشد.
# $id (Number) - the application's number
error--application-not-found = درخواست عضویتی با شماره { $id } وجود ندارد.
# $id (Number) - the application's number
error--application-decided = درباره درخواست عضویت { $id } قبلاً تصمیم گرفته شده است. هیچ چیز تغییر نکرد.
# $member (String) - the applicant's short name
error--application-exists = ‏«{ $member }» از قبل یک درخواست عضویت باز دارد.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = ‏«{ $member }» از قبل عضو اتحادیه «{ $alliance }» است.
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = ‏«{ $criterion }» از معیارهای پذیرش اتحادیه «{ $alliance }» نیست. هیچ چیز تغییر نکرد.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = فقط اعضای اتحادیه می‌توانند معرف درخواست عضویت باشند و «{ $member }» عضو «{ $alliance }» نیست. هیچ چیز تغییر نکرد.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = پذیرش به آرای موافق بیشتر از مخالف نیاز دارد؛ { $for } موافق و { $against } مخالف چنین نیست. هیچ چیز تغییر نکرد.
# $value (String) - the section's short name
error--section-ambiguous = بیش از یک دوره بخشی به نام «{ $value }» دارد: مشخص کنید کدام دوره.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = بخش «{ $section }» دور { $round } ندارد.
error--shortlist-first-round = دور نخست، دور پیشینی ندارد که فهرست منتخب از آن گرفته شود.
# $value (String) - the juror's email
error--juror-not-found = داوری با ایمیل «{ $value }» وجود ندارد.
# $value (String) - the person's name
error--person-not-found = نام هیچ کسی به اسم «{ $value }» در عوامل هیچ اثری نیامده است.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = امتیاز { $value } برای «{ $criterion }» مجاز نیست؛ این معیار از { $min } تا { $max } با گام { $step } امتیاز می‌گیرد. هیچ چیز تغییر نکرد.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = مقیاس از یک کمترین امتیاز تا بیشترین امتیازی بالاتر از آن، با گام مثبت و وزن مثبت تعریف می‌شود؛ { $min } تا { $max } با گام { $step } و وزن { $weight } چنین مقیاسی نیست.
error--reviews-per-entry-zero = هر اثر شرکت‌کننده دست‌کم به یک ارزیابی نیاز دارد.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = اثر { $work } به «{ $juror }» تخصیص داده نشده است. هیچ چیز تغییر نکرد.
# $value (String) - the criterion as written
error--criterion-not-found = جدول معیارها معیاری به نام «{ $value }» ندارد. هیچ چیز تغییر نکرد.
# $value (String) - what was wrong
error--scores-file-invalid = فایل امتیازها خوانده نمی‌شود: { $value }. هیچ چیز تغییر نکرد.
# $value (String) - the value as written
error--score-not-a-number = ‏«{ $value }» عدد نیست.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = ‏«{ $juror }» در این فایل دو بار به معیار «{ $criterion }» اثر { $work } امتیاز داده است.
# $count (Number) - how many rows were refused
error--scores-rejected = ‏{ $count ->
    [one] ‏{ $count } ردیف از فایل رد شد، پس هیچ چیز درون‌ریزی نشد.
   *[other] ‏{ $count } ردیف از فایل رد شد، پس هیچ چیز درون‌ریزی نشد.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = دور { $round } از «{ $section }» هنوز جدول معیارها ندارد: ابتدا معیارهای آن را اضافه کنید.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = اثر { $work } از آثار شرکت‌کننده دور { $round } از «{ $section }» نیست.
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = ‏«{ $juror }» عضو هیئت داوران «{ $section }» نیست.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = ‏«{ $juror }» با اثر { $work } تعارض منافع دارد: این جفت هرگز تخصیص داده نمی‌شود، امتیاز نمی‌گیرد و در شمارش نمی‌آید. هیچ چیز تغییر نکرد.
# $value (String) - the juror's email
error--juror-no-card = ‏«{ $value }» هنوز کارتی نداده است: آن را با «jury juror add … --card FILE» اضافه کنید تا بسته فقط برای همین داور مهر و موم شود.
# $value (String) - the juror's email
error--juror-no-entries = هیچ اثر شرکت‌کننده‌ای به «{ $value }» تخصیص داده نشده است: چیزی برای گذاشتن در بسته نیست.
# $value (String) - the kind the file holds
error--packet-wrong-kind = این فایل پاکتی از نوع «{ $value }» دارد، نه نوعی که درخواست شده بود. هیچ چیز تغییر نکرد.
error--no-packet = هیچ بسته داوری در این نمایه باز نشده است: ابتدا بسته رئیس هیئت داوران را باز کنید.
error--sheet-unknown-juror = برگه امتیاز با کلیدی امضا شده است که در کارت هیچ داوری نیامده است. هیچ چیز تغییر نکرد.
# $value (String) - the award's short name
error--award-not-found = جایزه‌ای به نام «{ $value }» وجود ندارد.
# $value (String) - the award's short name
error--award-decided = برنده جایزه «{ $value }» قبلاً مشخص شده است. هیچ چیز تغییر نکرد.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = اثر { $work } قبلاً جایزه دیگری از این دوره را برده است و نمی‌تواند «{ $award }» را هم ببرد. هیچ چیز تغییر نکرد.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = ‏«{ $voter }» قبلاً در دور { $round } رأی داده است. هیچ چیز تغییر نکرد.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = هنوز هیچ کس در دور { $round } به «{ $award }» رأی نداده است.
# $value (String) - the file given
error--screener-not-video = ‏«{ $value }» فایل ویدئویی نیست که بتواند نسخه بازبینی باشد (WebM، MP4، M4V، MKV، MOV یا OGV). هیچ چیز تغییر نکرد.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = سطر { $line }، ستون «{ $column }»: «{ $value }» کشوری نیست که Caravan بشناسد. مقدار همان‌طور که نوشته شده بود نگه داشته شد و اثر علامت‌گذاری شد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = سطر { $line }، ستون «{ $column }»: «{ $value }» کشوری نیست که Caravan بشناسد؛ آیا منظورتان { $suggestion } بود؟ مقدار همان‌طور که نوشته شده بود نگه داشته شد و اثر علامت‌گذاری شد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = سطر { $line }، ستون «{ $column }»: «{ $value }» زبانی نیست که Caravan بشناسد. مقدار همان‌طور که نوشته شده بود نگه داشته شد و اثر علامت‌گذاری شد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = سطر { $line }، ستون «{ $column }»: «{ $value }» زبانی نیست که Caravan بشناسد؛ آیا منظورتان { $suggestion } بود؟ مقدار همان‌طور که نوشته شده بود نگه داشته شد و اثر علامت‌گذاری شد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = سطر { $line }، ستون «{ $column }»: «{ $value }» وضعیت ارسالی نیست که Caravan بشناسد. اثر شرکت‌کننده در وضعیت «در دست بررسی» می‌ماند، وضعیت همان‌طور که نوشته شده بود نگه داشته شد و اثر علامت‌گذاری شد.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = سطر { $line }، ستون «{ $column }»: این خانه نویسه‌های کنترلی (مانند NUL) داشت که حذف شدند: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = سطر { $line }، { $column }: ISRC { $value } با پیشوندی آغاز می‌شود که Caravan هنوز نمی‌شناسد؛ همان‌طور که نوشته شده بود نگه داشته شد. اگر نادرست به نظر می‌رسد، آن را با ناشر اثر بررسی کنید.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = سطر { $line }، { $column }: منبع دیگری هم ISRC { $value } را دارد؛ اولی درون‌ریزی شد و این یکی درون‌ریزی نشد.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = سطر { $line }، { $column }: منبع دیگری هم شناسه { $value } را دارد؛ اولی درون‌ریزی شد و این یکی درون‌ریزی نشد.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = سطر { $line }، { $column }: ISRC { $value } با پیشوندی آغاز می‌شود که Caravan هنوز نمی‌شناسد؛ همان‌طور که نوشته شده بود نگه داشته شد. اگر نادرست به نظر می‌رسد، آن را با ناشر اثر بررسی کنید.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = سطر { $line }، { $column }: منبع تکمیلی { $value } شناسه ندارد، پس درون‌ریزی نشد؛ بقیه محموله درون‌ریزی شد.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = سطر { $line }، { $column }: «{ $value }» یک ISAN معتبر نیست؛ منبع بدون آن درون‌ریزی شد.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = سطر { $line }، { $column }: «{ $value }» یک EIDR معتبر نیست؛ منبع بدون آن درون‌ریزی شد.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = سطر { $line }، { $column }: پیام خود را { $value } معرفی می‌کند، اما فضای نام آن نسخه دیگری از ERN را نشان می‌دهد؛ پیام بر اساس فضای نامش خوانده شد.
