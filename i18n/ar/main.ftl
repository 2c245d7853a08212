### واجهة بوابة الجمعيات — العربية (اللغة الافتراضية للموقع).
###
### صيغ الجمع: نستعمل دائمًا الدالة PLURAL التي تطبق قاعدة CLDR للعربية، وهي
### ست فئات: zero (0)، one (1)، two (2)، few (3–10 وما ينتهي بها: 103…)،
### many (11–99 وما ينتهي بها: 111…)، other (100، 101، 102، الكسور…):
###     { PLURAL($count) ->
###         [zero] لا توجد أي جمعية
###         [one] جمعية واحدة
###         [two] جمعيتان
###         [few] { $count } جمعيات
###         [many] { $count } جمعية
###        *[other] { $count } جمعية
###     }
### الصيغة المجردة `{ $count -> [one] … }` مرفوضة عند التحميل.
### تُنسَّق الأعداد تلقائيًا بأرقام لاتينية (1.234,5)؛ أما $date و$start و$end
### و$amount و$min و$max و$total فتصل منسقة مسبقًا.
### Pluralisation: always through PLURAL($n) (see i18n/fr/main.ftl for the
### translators' context of each message).

## الرأسية والقائمة والتذييل

skip-to-content = الانتقال إلى المحتوى
nav-home = الرئيسية
nav-associations = الجمعيات
nav-programmes = البرامج
nav-offers = العروض وطلبات المشاريع
nav-results = النتائج
nav-funding = التمويل
nav-news = المستجدات
nav-search = البحث
language-switcher = اللغة
main-menu = القائمة الرئيسية
footer-built = حُدِّث الموقع بتاريخ { $date }
footer-open-data = البيانات المفتوحة
breadcrumb = مسار التصفح
page-not-found-title = الصفحة غير موجودة
page-not-found-text = الصفحة المطلوبة غير موجودة أو نُقلت إلى عنوان آخر. يمكنك العودة إلى الصفحة الرئيسية أو استعمال البحث.
choose-language = اختر لغتك
fallback-notice = جزء من هذه الصفحة لم يُترجَم بعد، ولذلك يُعرَض بلغته الأصلية: { $language }.
language-name-ar = العربية
language-name-fr = الفرنسية
language-name-zgh = الأمازيغية

## الصفحة الرئيسية

home-title = الجمعيات والبرامج العمومية الداعمة لها
home-key-figures = أرقام رئيسية
figure-associations =
    { PLURAL($count) ->
        [zero] لا توجد أي جمعية
        [one] جمعية واحدة
        [two] جمعيتان
        [few] { $count } جمعيات
        [many] { $count } جمعية
       *[other] { $count } جمعية
    }
figure-programmes =
    { PLURAL($count) ->
        [zero] لا يوجد أي برنامج
        [one] برنامج واحد
        [two] برنامجان
        [few] { $count } برامج
        [many] { $count } برنامجًا
       *[other] { $count } برنامج
    }
figure-open-offers =
    { PLURAL($count) ->
        [zero] لا يوجد أي عرض مفتوح
        [one] عرض مفتوح واحد
        [two] عرضان مفتوحان
        [few] { $count } عروض مفتوحة
        [many] { $count } عرضًا مفتوحًا
       *[other] { $count } عرض مفتوح
    }
home-open-offers = العروض المفتوحة حاليًا
home-latest-news = آخر المستجدات
home-no-open-offers = لا توجد عروض مفتوحة في الوقت الحالي.
search-label = البحث في البوابة
search-placeholder = جمعية، برنامج، مدينة…
search-button = بحث
search-title = البحث
search-no-js = يتطلب البحث تفعيل JavaScript. يمكنك أيضًا تصفح دليل الجمعيات حسب الجهة أو الإقليم أو المجال.

## دليل الجمعيات

associations-title = دليل الجمعيات
associations-count =
    { PLURAL($count) ->
        [zero] لا توجد أي جمعية
        [one] جمعية واحدة
        [two] جمعيتان
        [few] { $count } جمعيات
        [many] { $count } جمعية
       *[other] { $count } جمعية
    }
facet-region = الجهة
facet-province = الإقليم أو العمالة
facet-domain = المجال
associations-in-region = جمعيات جهة { $name }
associations-in-province = جمعيات إقليم أو عمالة { $name }
associations-in-domain = الجمعيات العاملة في مجال { $name }
pagination = التنقل بين الصفحات
page-previous = الصفحة السابقة
page-next = الصفحة التالية
page-n-of-m = الصفحة { $n } من { $m }
no-associations = لا توجد جمعيات تطابق هذا الاختيار.

## بطاقة الجمعية

field-acronym = الاسم المختصر
field-founded = تاريخ التأسيس
field-registration = رقم وصل الإيداع
field-status = الوضعية
status-active = نشيطة
status-inactive = غير نشيطة
status-dissolved = منحلّة
field-public-utility = صفة المنفعة العامة
public-utility-yes = معترف لها بصفة المنفعة العامة
field-region = الجهة
field-province = الإقليم أو العمالة
field-commune = الجماعة
field-setting = الوسط
setting-urban = حضري
setting-rural = قروي
field-domains = مجالات العمل
field-audiences = الفئات المستهدفة
field-contact = معلومات الاتصال
field-email = البريد الإلكتروني
field-phone = الهاتف
field-website = الموقع الإلكتروني
field-address = العنوان
field-networks = الشبكات
field-programmes = البرامج
role-beneficiary = مستفيدة
role-partner = شريكة
role-competence-hub = قطب كفاءات
role-support-centre = مركز دعم
field-people = الموارد البشرية
people-members =
    { PLURAL($count) ->
        [zero] لا يوجد أي عضو
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
people-volunteers =
    { PLURAL($count) ->
        [zero] لا يوجد أي متطوع
        [one] متطوع واحد
        [two] متطوعان
        [few] { $count } متطوعين
        [many] { $count } متطوعًا
       *[other] { $count } متطوع
    }
people-staff =
    { PLURAL($count) ->
        [zero] لا يوجد أي أجير
        [one] أجير واحد
        [two] أجيران
        [few] { $count } أجراء
        [many] { $count } أجيرًا
       *[other] { $count } أجير
    }
field-governance = الحكامة
governance-statutes-updated = آخر تحيين للقانون الأساسي
governance-last-general-assembly = آخر جمع عام
governance-strategic-plan = مخطط استراتيجي
governance-internal-rules = نظام داخلي
yes = نعم
no = لا
awards-received = الدعم المحصَّل عليه
example-record = هذه البطاقة مثال وهمي منشور لأغراض العرض فقط.

## البرامج

programmes-title = البرامج العمومية
programme-kind-strategy = استراتيجية
programme-kind-programme = برنامج
programme-kind-phase = مرحلة
programme-kind-project = مشروع
field-parent = يندرج ضمن
field-lead = الجهة المشرفة
field-partners = الشركاء
field-period = من { $start } إلى { $end }
programme-status-planned = مبرمج
programme-status-ongoing = في طور الإنجاز
programme-status-completed = مكتمل
field-regions = الجهات
all-regions = جميع الجهات
field-provinces = الأقاليم والعمالات
field-budget = الميزانية
field-objectives = الأهداف
phases = المراحل
milestones = المحطات الرئيسية
milestone-status-planned = مبرمجة
milestone-status-in-progress = في طور الإنجاز
milestone-status-done = منجزة
milestone-status-late = متأخرة
results = النتائج
participating-associations = الجمعيات المشاركة
related-offers = العروض المرتبطة
related-news = مستجدات ذات صلة

## عروض الدعم

offers-title = عروض الدعم وطلبات المشاريع
offers-open = العروض المفتوحة
offers-upcoming = العروض المرتقبة
offers-closed = العروض المغلقة
offer-status-open = مفتوح
offer-status-upcoming = مرتقب
offer-status-closed = مغلق
offer-kind-funding = تمويل
offer-kind-training = تكوين
offer-kind-equipment = تجهيز
offer-kind-premises = توفير مقرات
offer-kind-technical-support = دعم تقني
offer-kind-call-for-interest = طلب إبداء الاهتمام
field-issuer = الجهة صاحبة العرض
field-programme = البرنامج
field-published = تاريخ النشر
field-opens = تاريخ فتح الترشيحات
field-closes = آخر أجل
days-left =
    { PLURAL($count) ->
        [zero] يُغلَق اليوم
        [one] يبقى يوم واحد
        [two] يبقى يومان
        [few] تبقى { $count } أيام
        [many] يبقى { $count } يومًا
       *[other] يبقى { $count } يوم
    }
field-eligibility = شروط الأهلية
field-amount = المبلغ
amount-range = من { $min } إلى { $max }
amount-total = الغلاف المالي الإجمالي: { $total }
field-apply = طريقة الترشيح
apply-online = الترشيح عبر الإنترنت
apply-by-email = الترشيح عبر البريد الإلكتروني
field-documents = الوثائق المطلوبة
applications-received =
    { PLURAL($count) ->
        [zero] لم يرد أي طلب
        [one] ورد طلب واحد
        [two] ورد طلبان
        [few] وردت { $count } طلبات
        [many] ورد { $count } طلبًا
       *[other] ورد { $count } طلب
    }
awards = الدعم الممنوح
award-association = الجمعية
award-amount = المبلغ
offer-opens-on = يُفتح باب الترشيح في
offer-upcoming-note = لا يمكن الترشيح بعد، لكن يمكنكم إعداد ملفكم من الآن.
offer-prepare = إعداد الترشيح
offer-closed-on = أُغلق باب الترشيح في
offer-closed-note = لم يعد الترشيح لهذا العرض ممكنًا.
offer-outcome = نتائج العرض
offer-no-outcome = لم تُنشر نتائج هذا العرض بعد.
awards-total-label = المبلغ الإجمالي الممنوح
follow-deadlines = تتبّع الآجال
follow-subscribe = الاشتراك في تقويم الآجال
follow-calendar = تحميل تقويم الآجال لإضافته إلى المفكرة
follow-feed = تلقّي العروض الجديدة عبر خلاصة Atom
programmes-tree-intro = من الاستراتيجية إلى البرامج ومراحلها ومشاريعها، مع حالة كل منها وتواريخها والجهة المشرفة عليها وميزانيتها.
no-programmes = لا توجد برامج منشورة حاليًا.
award-date = التاريخ
no-offers = لا توجد عروض في هذه الفئة.

## النتائج

results-title = لوحة قيادة النتائج
indicator = المؤشر
period = الفترة
baseline = القيمة المرجعية
target = القيمة المستهدفة
achieved = المُنجَز
scope = النطاق
scope-national = وطني
source = المصدر
note = ملاحظة
breakdown = التفصيل
indicator-kind-output = مُخرَج
indicator-kind-outcome = نتيجة
indicator-kind-impact = أثر
no-results = لا توجد نتائج منشورة حاليًا.

## المستجدات

news-title = المستجدات
news-date = تاريخ النشر
no-news = لا توجد مستجدات حاليًا.
read-more = اقرأ المزيد

## المبالغ

currency-mad = { $amount }{"\u00A0"}درهم

## رسائل التصميم (القضية 3)

footer-menu = معلومات
inline-separator = {"، "}
date-at-time = { $date } على الساعة { $time }
since-date = ابتداءً من { $date }
until-date = إلى غاية { $date }
currency-other = { $amount } { $currency }
results-table-caption = القيم المنجزة مقارنةً بالقيم المستهدفة
percent-of-target = { $percent }% من القيمة المستهدفة
home-intro = ابحث عن جمعية قريبة منك، وتابع البرامج العمومية ونتائجها، وترشح لعروض الدعم قبل انتهاء آجالها.
figure-associations-label =
    { PLURAL($count) ->
        [zero] جمعية
        [one] جمعية
        [two] جمعيتان
        [few] جمعيات
        [many] جمعية
       *[other] جمعية
    }
figure-programmes-label =
    { PLURAL($count) ->
        [zero] برنامج عمومي
        [one] برنامج عمومي
        [two] برنامجان عموميان
        [few] برامج عمومية
        [many] برنامجًا عموميًا
       *[other] برنامج عمومي
    }
figure-open-offers-label =
    { PLURAL($count) ->
        [zero] عرض مفتوح
        [one] عرض مفتوح
        [two] عرضان مفتوحان
        [few] عروض مفتوحة
        [many] عرضًا مفتوحًا
       *[other] عرض مفتوح
    }
see-all-offers = جميع العروض وآجالها
see-all-news = جميع المستجدات
call = اتصل
write-email = راسل
identity = التعريف
field-updated = آخر تحيين للبطاقة
award-offer = العرض
awards-received-caption = الدعم المحصل عليه في إطار العروض العمومية
about-association = تقديم
about-programme = تقديم
chart-as-table = عرض الأرقام في جدول
amount-per-project = المبلغ لكل مشروع
amount-up-to = في حدود { $max }
amount-total-label = الغلاف المالي الإجمالي
applications-received-label = الطلبات الواردة
offer-details = تفاصيل العرض
awards-caption =
    { PLURAL($count) ->
        [zero] لا توجد أي جمعية مستفيدة
        [one] جمعية مستفيدة واحدة
        [two] جمعيتان مستفيدتان
        [few] { $count } جمعيات مستفيدة
        [many] { $count } جمعية مستفيدة
       *[other] { $count } جمعية مستفيدة
    }
results-intro = جميع الأرقام التي نشرتها البرامج، مع قيمها المستهدفة ومصادرها.
dashboard-table-caption = الأرقام حسب الجهة
dashboard-table-all = جميع المؤشرات حسب كل جهة
footer-updated-label = آخر تحديث للموقع:

## مصدر البطاقة والإبلاغ عن خطأ (صفحات السجلات)

provenance-heading = حول هذه البطاقة
provenance-updated = آخر تحيين:
# عنوان قائمة مصادر البطاقة (حقل sources، ومصادر تقارير النتائج في صفحة البرنامج) مع روابطها وتواريخها.
provenance-sources = المصادر
report-error = الإبلاغ عن خطأ في هذه الصفحة
# موضوع الرسالة؛ $address عنوان الصفحة.
report-error-subject = خطأ في الصفحة { $address }

# الدليل: صفحة جهة أو إقليم ومجال معا.
associations-in-place-domain = جمعيات { $place } العاملة في مجال { $domain }
# عنوان لوحة التصفية في الدليل (مطوية على الهاتف).
directory-filters = تصفية القائمة
# الاختيار الأول في كل تصفية.
filter-all-regions = جميع الجهات
filter-all-provinces = الجهة كلها
filter-all-domains = جميع المجالات
filter-all-audiences = جميع الفئات
# خانة البحث في الدليل (تبحث في القائمة المعروضة).
directory-search-label = البحث عن جمعية في هذه القائمة
# اختيار الفئة المستهدفة، ويطلق بحثا.
directory-audience = الفئة المستهدفة
# تسمية رقم منشور بدون هدف (قد يكون رقما مبرمجا: الجمعيات المستهدفة).
published-figure = الرقم المعلن
