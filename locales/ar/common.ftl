# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = فيلم
kind--music = موسيقى

role--director = إخراج
role--writer = سيناريو
role--producer = إنتاج
role--cast = تمثيل
role--cinematographer = تصوير
role--editor = مونتاج
role--composer = تلحين
role--lyricist = كلمات
role--artist = فنان
role--performer = أداء

provenance--submitted = من مقدِّم العمل
provenance--curator = من المبرمج
provenance--machine = ترجمة آلية

work--kind = النوع
work--year = السنة
work--runtime = المدة
work--countries = البلدان
work--languages = اللغات
work--titles = العناوين
work--synopses = الملخصات
work--credits = فريق العمل
work--identifiers = المعرّفات
work--original = الأصلي

# The names of vocabularies and fields, used inside error messages.
what--work-kind = نوع العمل
what--member-kind = نوع العضو
what--tier = فئة العضوية
what--submission-status = حالة المشاركة
what--judging-status = حالة التحكيم
what--text-field = حقل النص
what--provenance = المصدر
what--credit-role = الدور في فريق العمل
what--edition-name = اسم الدورة
what--title = العنوان
what--synopsis = الملخص
what--judging-label = نص تسمية التحكيم
what--submission-column = عمود جدول المشاركات
what--work-column = عمود قائمة الأعمال
what--member-name = الاسم
what--note-text = نص الملاحظة
what--exchange-point = عنوان نقطة التبادل

media-kind--poster = ملصق
media-kind--still = لقطة
media-kind--cover = غلاف
what--media-kind = نوع الصورة
work--media = الصور

status--in-consideration = قيد الدراسة
status--incomplete = غير مكتملة
status--disqualified = مستبعَدة
status--withdrawn = مسحوبة

judging--undecided = بانتظار القرار
judging--selected = مختارة
judging--not-selected = غير مختارة

duplicate-reason--title = العنوان نفسه
duplicate-reason--title-across-scripts = العنوان نفسه بكتابة أخرى
duplicate-reason--director = المخرج أو الفنان نفسه
duplicate-reason--year = السنة نفسها
duplicate-reason--runtime = المدة نفسها
duplicate-reason--poster = الملصق نفسه
what--identifier-kind = نوع المعرّف

identifier-kind--isan = رقم ISAN
identifier-kind--eidr = معرّف EIDR
identifier-kind--isrc = رمز ISRC
identifier-kind--iswc = رمز ISWC
identifier-kind--filmfreeway-submission = معرّف المشاركة في FilmFreeway
identifier-kind--filmfreeway-tracking = رقم التتبع في FilmFreeway
identifier-kind--caravan-demo = مفتاح البيانات التجريبية

# Whether a member's card was checked with the member.
trust--verified = تم التحقق منها
trust--unverified = لم يُتحقَّق منها
trust--no-card = بلا بطاقة
tier--basic = عضو أساسي
tier--business = عضو تجاري
tier--partnership = شريك
trust--revoked = أُبطِلت
# The states and kinds of a recommendation.
recommendation-state--sent = مُرسَلة
recommendation-state--received = مُستلَمة
recommendation-state--accepted = مقبولة
recommendation-state--declined = مرفوضة
recommendation-state--programmed = مُدرَجة في البرنامج
recommendation-kind--work = عمل
recommendation-kind--judge = محكّم
recommendation-kind--guest = ضيف
what--decline-reason = سبب الرفض
what--recommendation-kind = نوع التوصية
what--recommendation-direction = الاتجاه (‏incoming أو outgoing)
what--contact-kind = نوع بيان الاتصال
what--contact = بيان الاتصال
what--application-state = حالة طلب الانضمام
what--outcome = القرار
what--tier-label = اسم الفئة
what--criterion-text = نص المعيار
what--alliance-name = اسم التحالف
what--evidence = الإثبات
what--note = التعليق
contact-kind--email = بريد إلكتروني
contact-kind--phone = هاتف
contact-kind--web = موقع ويب
contact-kind--address = عنوان بريدي
application-state--open = قيد النظر
application-state--admitted = مقبول
application-state--refused = مرفوض
application-state--withdrawn = مسحوب
member-kind--festival = مهرجان
member-kind--institution = مؤسسة
member-kind--company = شركة
member-kind--artist = فنان
outcome--admit = قبول
outcome--refuse = رفض
outcome--withdraw = سحب مقدِّم الطلب طلبه
what--criterion-label = اسم المعيار
# $detail (String) - the reason given, or —
conflict--declared = مصرَّح به: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = أوصى به «{ $detail }»، العضو الذي ينتمي إليه المحكّم
# $detail (String) - the credit's role
conflict--credited = اسم المحكّم وارد في فريق عمله ({ $detail })
# $detail (String) - the company's name
conflict--same-company = من إنتاج «{ $detail }»، شركة الإنتاج التي يعمل لديها المحكّم
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [zero] لا ينقصها أي تقييم: لا يخلو من تضارب المصالح معها سوى { $possible } من المحكّمين.
    [one] ينقصها تقييم واحد: لا يخلو من تضارب المصالح معها سوى { $possible } من المحكّمين.
    [two] ينقصها تقييمان: لا يخلو من تضارب المصالح معها سوى { $possible } من المحكّمين.
    [few] ينقصها { $missing } تقييمات: لا يخلو من تضارب المصالح معها سوى { $possible } من المحكّمين.
    [many] ينقصها { $missing } تقييمًا: لا يخلو من تضارب المصالح معها سوى { $possible } من المحكّمين.
   *[other] ينقصها { $missing } تقييم: لا يخلو من تضارب المصالح معها سوى { $possible } من المحكّمين.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [zero] لا ينقصها أي تقييم: المحكّمون الذين يمكنهم تقييمها بلغوا الحد الأقصى المسموح به من المشاركات.
    [one] ينقصها تقييم واحد: المحكّمون الذين يمكنهم تقييمها بلغوا الحد الأقصى المسموح به من المشاركات.
    [two] ينقصها تقييمان: المحكّمون الذين يمكنهم تقييمها بلغوا الحد الأقصى المسموح به من المشاركات.
    [few] ينقصها { $missing } تقييمات: المحكّمون الذين يمكنهم تقييمها بلغوا الحد الأقصى المسموح به من المشاركات.
    [many] ينقصها { $missing } تقييمًا: المحكّمون الذين يمكنهم تقييمها بلغوا الحد الأقصى المسموح به من المشاركات.
   *[other] ينقصها { $missing } تقييم: المحكّمون الذين يمكنهم تقييمها بلغوا الحد الأقصى المسموح به من المشاركات.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = السطر { $line }، العمود «{ $column }»: { $reason }
