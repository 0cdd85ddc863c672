# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = فیلم
kind--music = موسیقی

role--director = کارگردان
role--writer = نویسنده
role--producer = تهیه‌کننده
role--cast = بازیگران
role--cinematographer = فیلم‌بردار
role--editor = تدوینگر
role--composer = آهنگساز
role--lyricist = ترانه‌سرا
role--artist = هنرمند
role--performer = اجراکننده

provenance--submitted = ارسالی
provenance--curator = برنامه‌ریز
provenance--machine = ترجمه ماشینی

work--kind = نوع
work--year = سال
work--runtime = مدت زمان
work--countries = کشورها
work--languages = زبان‌ها
work--titles = عنوان‌ها
work--synopses = خلاصه‌ها
work--credits = عوامل
work--identifiers = شناسه‌ها
work--original = اصلی

# The names of vocabularies and fields, used inside error messages.
what--work-kind = نوع اثر
what--member-kind = نوع عضو
what--tier = رده عضویت
what--submission-status = وضعیت ارسال
what--judging-status = وضعیت داوری
what--text-field = فیلد متنی
what--provenance = منبع متن
what--credit-role = نقش در عوامل
what--edition-name = نام دوره
what--title = عنوان
what--synopsis = خلاصه
what--judging-label = برچسب داوری
what--submission-column = ستون جدول ارسال‌ها
what--work-column = ستون فهرست آثار
what--member-name = نام
what--note-text = متن یادداشت
what--exchange-point = نقطه تبادل

media-kind--poster = پوستر
media-kind--still = عکس صحنه
media-kind--cover = طرح جلد
what--media-kind = نوع تصویر
work--media = تصاویر

status--in-consideration = در دست بررسی
status--incomplete = ناقص
status--disqualified = رد صلاحیت‌شده
status--withdrawn = پس‌گرفته‌شده

judging--undecided = در انتظار تصمیم
judging--selected = انتخاب‌شده
judging--not-selected = انتخاب‌نشده

duplicate-reason--title = عنوان یکسان
duplicate-reason--title-across-scripts = عنوان یکسان به خطی دیگر
duplicate-reason--director = کارگردان یا هنرمند یکسان
duplicate-reason--year = سال یکسان
duplicate-reason--runtime = مدت زمان یکسان
duplicate-reason--poster = پوستر یکسان
what--identifier-kind = نوع شناسه

identifier-kind--isan = شناسه ISAN
identifier-kind--eidr = شناسه EIDR
identifier-kind--isrc = شناسه ISRC
identifier-kind--iswc = شناسه ISWC
identifier-kind--filmfreeway-submission = شناسه ارسال در FilmFreeway
identifier-kind--filmfreeway-tracking = شماره پیگیری FilmFreeway
identifier-kind--caravan-demo = کلید نمونه

# Whether a member's card was checked with the member.
trust--verified = تأییدشده
trust--unverified = تأییدنشده
trust--no-card = بدون کارت
tier--basic = عضو عادی
tier--business = عضو تجاری
tier--partnership = شریک
trust--revoked = باطل‌شده
# The states and kinds of a recommendation.
recommendation-state--sent = فرستاده‌شده
recommendation-state--received = دریافت‌شده
recommendation-state--accepted = پذیرفته‌شده
recommendation-state--declined = ردشده
recommendation-state--programmed = در برنامه
recommendation-kind--work = اثر
recommendation-kind--judge = داور
recommendation-kind--guest = مهمان
what--decline-reason = دلیل رد
what--recommendation-kind = نوع پیشنهاد
what--recommendation-direction = جهت (incoming یا outgoing)
what--contact-kind = نوع راه ارتباطی
what--contact = راه ارتباطی
what--application-state = وضعیت درخواست عضویت
what--outcome = تصمیم
what--tier-label = نام رده
what--criterion-text = متن معیار
what--alliance-name = نام اتحادیه
what--evidence = مستندات
what--note = یادداشت
contact-kind--email = ایمیل
contact-kind--phone = تلفن
contact-kind--web = وب‌سایت
contact-kind--address = نشانی پستی
application-state--open = باز
application-state--admitted = پذیرفته‌شده
application-state--refused = ردشده
application-state--withdrawn = پس‌گرفته‌شده
member-kind--festival = جشنواره
member-kind--institution = مؤسسه
member-kind--company = شرکت
member-kind--artist = هنرمند
outcome--admit = پذیرش
outcome--refuse = رد
outcome--withdraw = انصراف متقاضی
what--criterion-label = نام معیار
# $detail (String) - the reason given, or —
conflict--declared = اعلام‌شده: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = پیشنهادشده از سوی عضو وابسته داور، «{ $detail }»
# $detail (String) - the credit's role
conflict--credited = نام داور در عوامل اثر آمده است ({ $detail })
# $detail (String) - the company's name
conflict--same-company = ساخته شرکت تولیدی داور، «{ $detail }»
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = ‏{ $missing ->
    [one] کمبود { $missing } ارزیابی: فقط { $possible } داور با این اثر تعارض منافع ندارند.
   *[other] کمبود { $missing } ارزیابی: فقط { $possible } داور با این اثر تعارض منافع ندارند.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = ‏{ $missing ->
    [one] کمبود { $missing } ارزیابی: داورانی که می‌توانند این اثر را ارزیابی کنند، همگی به سقف مجاز آثار شرکت‌کننده رسیده‌اند.
   *[other] کمبود { $missing } ارزیابی: داورانی که می‌توانند این اثر را ارزیابی کنند، همگی به سقف مجاز آثار شرکت‌کننده رسیده‌اند.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = سطر { $line }، ستون «{ $column }»: { $reason }
