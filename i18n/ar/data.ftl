### صفحة البيانات المفتوحة (/ar/data/) وخلاصات Atom وتقويم الآجال وحزمة 360Giving.
### تُكتب هذه النصوص أيضا في ملفات البيانات (JSON وXML وiCalendar): نص خام بلا وسوم.

## الصفحة

data-title = البيانات المفتوحة
data-intro = جميع البيانات المنشورة في هذه البوابة (الجمعيات والبرامج والعروض والمنح والنتائج والمؤسسات والمستجدات) بصيغ مفتوحة، قابلة لإعادة الاستعمال من طرف الصحفيين والباحثين والبوابات الأخرى.
data-licence = الترخيص: { $licence }
data-built = أُنتجت هذه البيانات بتاريخ { $date }، مع الموقع.
data-tables-heading = البيانات حسب النوع
data-table-associations = الجمعيات
data-table-programmes = البرامج ومراحلها ومشاريعها
data-table-offers = العروض وطلبات المشاريع
data-table-results = نتائج البرامج
data-table-institutions = المؤسسات
data-table-news = المستجدات
data-table-pages = الصفحات
data-table-territories = الجهات والأقاليم والعمالات
data-table-domains = مجالات العمل
data-table-audiences = الفئات المستهدفة
data-table-indicators = المؤشرات
data-records =
    { PLURAL($count) ->
        [zero] لا يوجد أي سجل
        [one] سجل واحد
        [two] سجلان
        [few] { $count } سجلات
        [many] { $count } سجلا
       *[other] { $count } سجل
    }
data-format-json = JSON
data-format-csv = CSV
data-format-schema = مخطط JSON
data-format-json-gz = JSON (gzip)
data-format-csv-gz = CSV (gzip)
data-parts = القوائم المتفرعة (CSV)
data-by-region = حسب الجهة (الملفات الأثقل من أن تُنزَّل دفعة واحدة)
data-table-results-note = كل سطر هو قيمة مؤشر خلال فترة، وفق نموذج النتائج لمبادرة IATI (مُخرَج، أثر مباشر، أثر بعيد): القيمة المرجعية والهدف والقيمة المحققة والنطاق والمصدر.
data-grants-heading = المنح بمعيار 360Giving
data-grants-text =
    { PLURAL($count) ->
        [zero] لا توجد أي منحة.
        [one] منحة واحدة بمعيار البيانات 360Giving 1.4: الجهة المانحة (مُصدِر العرض) والمستفيد (الجمعية) والمبلغ بالدرهم والتاريخ والبرنامج.
        [two] منحتان بمعيار البيانات 360Giving 1.4: الجهة المانحة (مُصدِر العرض) والمستفيد (الجمعية) والمبلغ بالدرهم والتاريخ والبرنامج.
        [few] { $count } منح بمعيار البيانات 360Giving 1.4: الجهة المانحة (مُصدِر العرض) والمستفيد (الجمعية) والمبلغ بالدرهم والتاريخ والبرنامج.
       *[other] { $count } منحة بمعيار البيانات 360Giving 1.4: الجهة المانحة (مُصدِر العرض) والمستفيد (الجمعية) والمبلغ بالدرهم والتاريخ والبرنامج.
    }
data-package-heading = حزمة البيانات
data-package-text = يصف الملف datapackage.json (معيار Frictionless Data) كل ملف CSV: أعمدته وأنواعها والترخيص. ولكل ملف JSON مخطط JSON خاص به (draft 2020-12).
data-feeds-heading = الخلاصات والتقويم
data-feed-offers = خلاصة Atom للعروض
data-feed-news = خلاصة Atom للمستجدات
data-calendar = تقويم الآجال (iCalendar)
data-calendar-text = أجل واحد لكل عرض، بتوقيت الدار البيضاء؛ يمكن استيراده في أي مفكرة.
data-sitemap = خريطة الموقع (sitemap.xml)
data-conventions-heading = الاصطلاحات
data-conventions-ids = المعرّفات هي تلك المستعملة في عناوين الصفحات (مثلا tifawin) ورموز ISO 3166-2 للجهات والأقاليم؛ وتستعمل الإحالات بين الملفات هذه المعرّفات.
data-conventions-csv = ملفات CSV مرمّزة بـUTF-8 مع علامة ترتيب البايتات (BOM) حتى يعرض Excel العربية وتيفيناغ بشكل صحيح؛ سطر واحد لكل سجل؛ وللنص المترجم عمود لكل لغة (name_ar وname_fr وname_zgh)، فارغ إذا لم يُترجم.
data-conventions-lists = في ملفات CSV، تُفصل عناصر القائمة بـ«{ $separator }».
data-conventions-dates = التواريخ بصيغة YYYY-MM-DD؛ والآجال بتوقيت الدار البيضاء (Africa/Casablanca).
data-conventions-records = لكل جمعية وبرنامج وعرض وخبر وصفحة أيضاً ملف JSON خاص بها، مثل /data/associations/tifawin.json، بالحقول نفسها الموجودة في الملف الكامل.
data-conventions-bodies = النصوص الطويلة (الأوصاف بصيغة Markdown) ليست في ملف CSV الخاص بكل نوع، بل في ملف مستقل، مثل associations-bodies.csv: سطر لكل سجل ولكل لغة (id وlang وbody). أما ملفات JSON فتحتفظ بها.
data-conventions-gzip = يتوفر كل ملف JSON وCSV أيضاً مضغوطاً بصيغة gzip (الامتداد .gz)، وهو أخف بكثير عند التنزيل.

## ملفات البيانات

data-feed-offers-title = العروض وطلبات المشاريع
data-feed-news-title = المستجدات
data-feed-offer-summary = { $issuer }؛ آخر أجل: { $deadline }
data-calendar-title = آجال العروض
data-calendar-event = آخر أجل: { $title }
data-grants-title = منح عروض دعم الجمعيات
data-grants-description = المنح المنشورة في البوابة: كل دعم مُنح لجمعية في إطار عرض أو طلب مشاريع.
data-grant-description = دعم ممنوح لـ{ $association } في إطار العرض «{ $offer }».

## أحجام الملفات واسم الترخيص

# حجم ملف بعد رابطه؛ $size عدد منسق.
data-size-bytes = { $size } بايت
data-size-kb = { $size } ك.ب
data-size-mb = { $size } م.ب
# اسم الترخيص CC-BY-4.0 كما تسميه المشاع الإبداعي بالعربية.
data-licence-name-cc-by-4-0 = المشاع الإبداعي، نَسب المُصنَّف 4.0 دولي (CC BY 4.0)
