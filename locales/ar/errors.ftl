# Error messages, one per stable error code: the id is error--<code>.

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
error--slug-invalid = «{ $value }» ليس اسمًا مختصرًا صالحًا: استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = «{ $value }» ليس وسم لغة. استخدم وسمًا وفق BCP 47؛ الواجهة متاحة باللغات: { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = الواجهة غير متاحة باللغة «{ $value }». اختر إحدى اللغات: { $supported }.
# $value (String) - the code given
error--country-invalid = «{ $value }» ليس رمز بلد وفق ISO 3166-1.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: «{ $value }» ليست قيمة مقبولة.
# $what (String) - the name of the field, from what--*
error--value-empty = لا يمكن أن يكون { $what } فارغًا.

# $work (String) - what the user typed to name the work
error--work-not-found = لا يوجد عمل «{ $work }». حدِّد العمل برقمه، أو بمعرّف المشاركة (Submission ID) أو رقم التتبع (Tracking Number) في FilmFreeway، أو برمز ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = «{ $work }» يطابق عدة أعمال ({ $count }). حدِّد العمل برقمه.
# $edition (String) - the edition slug given
error--edition-not-found = لا توجد دورة «{ $edition }». يعرض الأمر «caravan editions list» الدورات.

# $command (String) - the word that is not a command
error--cli-unknown-command = «{ $command }» ليس أمرًا من أوامر Caravan. شغِّل «caravan --help» لعرض الأوامر.
# $argument (String) - the option that is not known
error--cli-unknown-argument = «{ $argument }» ليس خيارًا لهذا الأمر. أضف ‎--help لعرض خياراته.
# $argument (String) - the argument that is missing
error--cli-missing-argument = يحتاج هذا الأمر إلى { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = «{ $value }» ليست قيمة صالحة لـ{ $argument }.
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
