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
