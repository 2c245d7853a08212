# validate messages (ar)

## أنواع البطاقات كما تُذكر داخل الجمل.
kind-associations = جمعية
kind-programmes = برنامج
kind-offers = عرض
kind-results = تقرير نتائج
kind-institutions = مؤسسة
kind-news = خبر
kind-pages = صفحة

## أسماء الملفات والإحالات بين البطاقات.
duplicate-slug = بطاقتان من نوع { $kind } لهما اسم الملف نفسه ‎`{ $slug }`‎
duplicate-slug--help = البطاقة الأخرى هي { $other }؛ غيّر اسم أحد الملفين
unknown-reference = في الحقل ‎`{ $field }`‎ لا توجد بطاقة { $kind } اسم ملفها ‎`{ $slug }`‎
unknown-reference--empty = الحقل ‎`{ $field }`‎ فارغ، ويجب أن يذكر اسم ملف بطاقة { $kind } موجودة
unknown-reference--help-acronym = هل تقصد ‎`{ $slug }`‎، أي { $name_ar }؟ ‎`{ $written }`‎ هو اختصارها؛ اكتب بدلًا منه اسم ملفها ‎`{ $slug }`‎، والملف هو { $file }
unknown-reference--help-name = هل تقصد ‎`{ $slug }`‎، أي { $name_ar }؟ اكتب اسم ملف البطاقة ‎`{ $slug }`‎ لا اسمها، والملف هو { $file }
unknown-reference--help-nearest = هل تقصد ‎`{ $slug }`‎، أي { $name_ar }؟
unknown-reference--help-nearest-slug = هل تقصد ‎`{ $slug }`‎؟
unknown-reference--existing = البطاقات الموجودة هي { $items_ar }، وهي أسماء الملفات في { $dir }
unknown-reference--closest = أقرب البطاقات إلى ما كتبته هي { $items_ar }، { $more ->
    [one] وهناك بطاقة أخرى
    [two] وهناك بطاقتان أخريان
    [few] وهناك { $more } بطاقات أخرى
    [many] وهناك { $more } بطاقة أخرى
   *[other] وهناك { $more } بطاقة أخرى
}، وهي أسماء الملفات في { $dir }
unknown-reference--help = اكتب اسم ملف بطاقة { $kind } موجودة: { $existing }؛ أو أنشئ الملف { $file }
unknown-reference--help-pick = اكتب اسم ملف بطاقة { $kind } موجودة: { $existing }
unknown-reference--help-none-yet = لا توجد بعدُ أي بطاقة { $kind } في { $dir }؛ أنشئ أولًا الملف { $file }
unknown-reference--help-none-yet-empty = لا توجد بعدُ أي بطاقة { $kind } في { $dir }؛ أنشئ بطاقة هناك أولًا، ثم اكتب هنا اسم ملفها دون الامتداد ‎`.{ $ext }`‎

## المجالات الترابية والتصنيفات.
unknown-region = جهة غير معروفة: ‎`{ $code }`‎
unknown-region--help-name = اكتب الرمز ‎`{ $code }`‎، وهو رمز جهة { $name_ar }؛ تُكتب الجهات برموزها كما هي مدرجة في content/taxonomies/territories.yaml
unknown-region--help-nearest = هل تقصد ‎`{ $code }`‎، أي جهة { $name_ar }؟ تُكتب الجهات برموزها كما هي مدرجة في content/taxonomies/territories.yaml
unknown-region--help = تُكتب الجهات برموزها، من ‎`MA-01`‎ إلى ‎`MA-12`‎، كما هي مدرجة في content/taxonomies/territories.yaml
unknown-province = رمز إقليم أو عمالة غير معروف: ‎`{ $code }`‎
unknown-province--help-name = اكتب الرمز ‎`{ $code }`‎، وهو رمز { $name_ar }
unknown-province--help-nearest = هل تقصد ‎`{ $code }`‎، أي { $name_ar }؟ الأقاليم والعمالات مدرجة برموزها في content/taxonomies/territories.yaml
unknown-province--help = تُكتب الأقاليم والعمالات برموزها، مثل ‎`MA-AGD`‎، كما هي مدرجة في content/taxonomies/territories.yaml
province-outside-region = الإقليم ‎`{ $code }`‎، أي { $name_ar }، لا يقع في الجهة ‎`{ $region }`‎، أي { $region_name_ar }
province-outside-region--help = الإقليم ‎`{ $code }`‎ تابع للجهة ‎`{ $region }`‎، أي { $region_name_ar }؛ صحّح الإقليم أو الجهة
province-outside-region--listed = الإقليم ‎`{ $code }`‎، أي { $name_ar }، لا يقع في أي جهة من الجهات المذكورة في الحقل ‎`regions`‎، وهي { $regions }
province-outside-region--help-listed = أضف جهته ‎`{ $region }`‎، أي { $region_name_ar }، إلى الحقل ‎`regions`‎، أو صحّح الإقليم
unknown-domain = مجال غير معروف: ‎`{ $key }`‎
unknown-domain--help-nearest = هل تقصد ‎`{ $key }`‎، أي { $name_ar }؟ المجالات معرّفة في content/taxonomies/domains.yaml
unknown-domain--help = استعمل أحد المجالات المعرّفة في content/taxonomies/domains.yaml، وهي { $keys }، أو أضف المجال إلى هذا الملف
unknown-audience = فئة مستهدفة غير معروفة: ‎`{ $key }`‎
unknown-audience--help-nearest = هل تقصد ‎`{ $key }`‎، أي { $name_ar }؟ الفئات المستهدفة معرّفة في content/taxonomies/audiences.yaml
unknown-audience--help = استعمل إحدى الفئات المستهدفة المعرّفة في content/taxonomies/audiences.yaml، وهي { $keys }، أو أضف الفئة إلى هذا الملف
unknown-indicator = مؤشر غير معروف: ‎`{ $key }`‎
unknown-indicator--help-nearest = هل تقصد ‎`{ $key }`‎، أي { $name_ar }؟ المؤشرات معرّفة في content/taxonomies/indicators.yaml
unknown-indicator--help = استعمل أحد المؤشرات المعرّفة في content/taxonomies/indicators.yaml، وهي { $keys }، أو أضف المؤشر إلى هذا الملف
unknown-territory = القيمة ‎`{ $code }`‎ ليست رمز جهة ولا رمز إقليم
unknown-territory--help = مفاتيح التوزيع التي تبدأ بـ‎`MA-`‎ يجب أن تكون رموزًا من content/taxonomies/territories.yaml
bad-territory-code = القيمة ‎`{ $code }`‎ ليست رمز جهة
bad-territory-code--help = رموز الجهات من ‎`MA-01`‎ إلى ‎`MA-12`‎
bad-territory-code--province = القيمة ‎`{ $code }`‎ ليست رمز إقليم أو عمالة
bad-territory-code--help-province = تُكتب رموز الأقاليم والعمالات بـ‎`MA-`‎ متبوعة بثلاثة أحرف لاتينية كبيرة، مثل ‎`MA-FES`‎
duplicate-territory = الجهة ‎`{ $code }`‎ مذكورة مرتين في القائمة
duplicate-territory--help = احذف أحد العنصرين
duplicate-territory--province = الإقليم ‎`{ $code }`‎ مذكور مرتين في القائمة
duplicate-territory--help-province = ينتمي كل إقليم إلى جهة واحدة فقط؛ احذف أحد العنصرين
bad-key = المفتاح ‎`{ $key }`‎ غير صالح
bad-key--help = تُكتب المفاتيح بحروف لاتينية صغيرة (a-z) وأرقام وشرطات مفردة، مثل ‎`{ $suggestion }`‎

## النصوص والترجمات.
empty-text = الحقل ‎`{ $field }`‎ فارغ
empty-text--help = اكتب النص، أو احذف الحقل إن كان اختياريًا
empty-text--lang = النص بلغة ‎`{ $lang }`‎ في الحقل ‎`{ $field }`‎ فارغ
empty-text--help-lang = اكتب النص، أو احذف ‎`{ $lang }:`‎ من الحقل لتعرض صفحات اللغة ‎`{ $lang }`‎ نص لغة أخرى
empty-text--none = الحقل ‎`{ $field }`‎ لا يحتوي على نص بأي لغة
empty-text--help-none = اكتب النصوص، مثل ‎`{ $field }: {"{"}ar: "…", fr: "…"{"}"}`‎، أو نصًا واحدًا لكل اللغات
unknown-language = اللغة ‎`{ $code }`‎ ليست من لغات الموقع
unknown-language--help-nearest = هل تقصد ‎`{ $code }`‎؟ لغات الموقع هي { $codes }
unknown-language--help = لغات الموقع المعلنة في site.yaml هي { $codes }
missing-translation = ترجمة ناقصة إلى ‎`{ $lang }`‎: { $fields }
missing-translation--body = لم يُترجم النص إلى ‎`{ $lang }`‎ بعد، ومكان ترجمته الملف { $file }
missing-translation--both = ترجمة ناقصة إلى ‎`{ $lang }`‎: { $fields }، والنص أيضًا، ومكان ترجمته الملف { $file }
missing-translation--fallback = { $count ->
    [0] تعرض صفحات اللغة ‎`{ $lang }`‎ نص لغة أخرى
    [one] تعرض صفحات اللغة ‎`{ $lang }`‎ النص بلغة ‎`{ $fallback }`‎
   *[other] تعرض صفحات اللغة ‎`{ $lang }`‎ النص بأول لغة متوفرة من هذه اللغات: { $fallback }
}، مع الإشارة إلى لغته
missing-translation--help = أضف ‎`{ $lang }:`‎ إلى هذه النصوص؛ وحتى ذلك الحين، { $shown }
missing-translation--help-body = اكتب ترجمة النص في الملف { $file }؛ وحتى ذلك الحين، { $shown }
missing-translation--help-both = أضف ‎`{ $lang }:`‎ إلى هذه النصوص، واكتب ترجمة النص في الملف { $file }؛ وحتى ذلك الحين، { $shown }
empty-translation = الملف { $file } لا يحتوي على أي نص
empty-translation--help = اكتب الترجمة في هذا الملف أو احذفه؛ وحتى ذلك الحين تعرض الصفحة نص لغة بديلة
placeholder-text = ما زالت هنا جملة المثال التي كتبها الأمر ‎`nassij new`‎
placeholder-text--help = استبدلها بنص البطاقة نفسها، أو احذفها

## site.yaml.
bad-language-code = الرمز ‎`{ $code }`‎ ليس رمز لغة
bad-language-code--help = استعمل رمز لغة من حرفين أو ثلاثة أحرف لاتينية صغيرة، مثل ‎`ar`‎ أو ‎`fr`‎ أو ‎`zgh`‎
duplicate-language = اللغة ‎`{ $code }`‎ مذكورة مرتين
duplicate-language--help = احذف أحد العنصرين
bad-fallback--self = اللغة ‎`{ $code }`‎ مذكورة لغةً بديلة لنفسها
bad-fallback--help-self = احذف ‎`{ $code }`‎ من قائمة ‎`fallback`‎ الخاصة بها؛ فهذه القائمة لا تذكر إلا لغات أخرى
bad-fallback = اللغة البديلة ‎`{ $code }`‎ ليست من لغات الموقع
bad-fallback--help = أضف اللغة ‎`{ $code }`‎ تحت ‎`languages`‎، أو احذفها من قائمة ‎`fallback`‎
no-languages = لا يذكر الملف site.yaml أي لغة
no-languages--help = أضف على الأقل اللغة الافتراضية تحت ‎`languages`‎
bad-default-language = اللغة الافتراضية ‎`{ $code }`‎ غير مذكورة تحت ‎`languages`‎
bad-default-language--help = استعمل إحدى هذه اللغات: { $codes }
bad-theme = القيمة ‎`{ $theme }`‎ ليست اسم مجلد سمة
bad-theme--help = السمة هي اسم مجلد داخل المجلد themes/‎، مثل ‎`default`‎

## شكل القيم.
bad-url = العنوان ‎`{ $url }`‎ ليس عنوان ويب صالحًا
bad-url--spaces = العنوان ‎`{ $url }`‎ يحتوي على مسافات
bad-url--scheme = يجب أن يبدأ العنوان ‎`{ $url }`‎ بـ‎`https://`‎ أو ‎`http://`‎
bad-url--host = العنوان ‎`{ $url }`‎ لا يحتوي على اسم موقع صالح
bad-url--help = اكتب عنوانًا كاملًا، مثل ‎`https://www.example.ma/page`‎
bad-url--help-base = اكتب العنوان العمومي للموقع، مثل ‎`https://associations.example.ma`‎
bad-email = القيمة ‎`{ $value }`‎ ليست عنوان بريد إلكتروني
bad-email--help = اكتبه على شكل ‎`name@domain.ma`‎ دون مسافات
bad-phone = القيمة ‎`{ $value }`‎ ليست رقم هاتف
bad-phone--help = اكتب من 9 إلى 15 رقمًا، مع + أو مسافات أو شرطات عند الحاجة، مثل ‎`+212 5 28 00 00 00`‎
bad-currency = القيمة ‎`{ $value }`‎ ليست رمز عملة
bad-currency--help = اكتب رمز العملة بثلاثة أحرف لاتينية كبيرة، مثل ‎`MAD`‎ أو ‎`EUR`‎ أو ‎`USD`‎؛ وإذا لم يُذكر الحقل ‎`currency`‎ فالمبالغ بالدرهم ‎`MAD`‎
negative-amount = المبلغ ‎`{ $amount }`‎ سالب
negative-amount--help = تُكتب المبالغ أعدادًا موجبة دون علامة الناقص، مثل 150000
negative-value = قيمة الحقل ‎`{ $field }`‎ هي { $value }، ولا يمكن أن تكون أرقام التقرير سالبة
negative-value--breakdown = رقم التوزيع الخاص بـ‎`{ $key }`‎ هو { $value }، ولا يمكن أن تكون أرقام التقرير سالبة
negative-value--help = اكتب الرقم عددًا موجبًا
date-in-future = { $what } ‎`{ $date }`‎ يقع في المستقبل، وتاريخ اليوم هو { $today }
date-in-future--founded = تاريخ التأسيس
date-in-future--statutes = تاريخ تحديث النظام الأساسي
date-in-future--assembly = تاريخ آخر جمع عام
date-in-future--source = تاريخ المصدر
date-in-future--help = تحقق من السنة؛ تُكتب التواريخ بالترتيب سنة-شهر-يوم، مثل ‎`2024-06-14`‎
location-outside-morocco--lat = خط العرض { $value } خارج المغرب، إذ يتراوح خط العرض في المغرب بين { $min } و{ $max }
location-outside-morocco--help-lat = تحقق من أن خط العرض وخط الطول غير متبادلين؛ خطوط الطول في المغرب سالبة
location-outside-morocco--lon = خط الطول { $value } خارج المغرب، إذ يتراوح خط الطول في المغرب بين { $min } و{ $max }
location-outside-morocco--help-lon = خطوط الطول في المغرب سالبة لأنها غرب غرينتش، مثل ‎`-9.6`‎

## الجمعيات.
no-domain = يجب أن يكون للجمعية مجال واحد على الأقل
no-domain--help = أضف ‎`domains: [{ $key }]`‎ بمفاتيح من content/taxonomies/domains.yaml
self-reference = لا يمكن أن تكون الجمعية في شبكة مع نفسها
self-reference--help = احذف اسم ملفها ‎`{ $slug }`‎ من ‎`networks`‎
bad-year = السنة { $year } غير معقولة
bad-year--help = اكتب سنة المشاركة، بين 1900 و{ $max }

## البرامج.
parent-cycle--self = لا يمكن أن يكون البرنامج برنامجًا أمًّا لنفسه
parent-cycle--help-self = اذكر البرنامج الذي ينتمي إليه هذا البرنامج، أو احذف ‎`parent`‎
parent-cycle = سلسلة البرامج الأم للبرنامج ‎`{ $slug }`‎ تدور في حلقة: { $chain }
parent-cycle--help = يجب أن تنتهي سلسلة البرامج الأم عند برنامج ليس له ‎`parent`‎؛ احذف أحد الحقول ‎`parent`‎ أو صحّحه
end-before-start = ينتهي البرنامج في { $end } قبل أن يبدأ في { $start }
end-before-start--help = تحقق من سنتي ‎`start`‎ و‎`end`‎
end-before-start--milestone = تنتهي المحطة في { $end } قبل أن تبدأ في { $start }
end-before-start--help-milestone = تحقق من تواريخ المحطة
end-before-start--period = تنتهي الفترة في { $end } قبل أن تبدأ في { $start }
end-before-start--help-period = تحقق من ‎`period.start`‎ و‎`period.end`‎
status-disagrees-with-dates = الحالة ‎`{ $status }`‎ لا تتوافق مع التواريخ، { $dates }، علمًا أن تاريخ اليوم هو { $today }
status-disagrees-with-dates--span = من { $start } إلى { $end }
status-disagrees-with-dates--from = ابتداءً من { $start }
status-disagrees-with-dates--until = حتى { $end }
status-disagrees-with-dates--none = لا توجد تواريخ
status-disagrees-with-dates--help = اكتب ‎`status: { $status }`‎ أو صحّح التواريخ
status-disagrees-with-dates--milestone = ما زالت حالة المحطة ‎`planned`‎ مع أن موعدها كان { $end }
status-disagrees-with-dates--help-milestone = اجعل حالتها ‎`done`‎ أو ‎`in-progress`‎ أو ‎`late`‎

## العروض.
closes-before-opens = يُغلق العرض في { $closes } قبل أن يُفتح في { $opens }
closes-before-opens--help = يجب أن يأتي تاريخ ‎`closes`‎ بعد تاريخ ‎`opens`‎؛ تحقق من الشهر والسنة
published-after-q1 = نُشر العرض في { $published }، بعد الربع الأول من سنة { $year }، وهي سنة فتحه
published-after-q1--help = تُنشر عروض الدعم العمومي في البوابة في أجل أقصاه 31 مارس من سنة فتحها، أي 31 مارس { $year }
amount-order = الحد الأدنى للمبلغ { $min } أكبر من الحد الأقصى { $max }
amount-order--total = المبلغ الإجمالي { $total } أقل من الحد الأقصى للمنحة الواحدة { $max }
amount-order--help = يجب أن تتصاعد المبالغ: ‎`min`‎ لا يتجاوز ‎`max`‎، و‎`max`‎ لا يتجاوز ‎`total`‎
no-way-to-apply = الحقل ‎`apply`‎ لا يذكر عنوان ويب (‎`url`‎) ولا بريدًا إلكترونيًا (‎`email`‎)
no-way-to-apply--help = أضف ‎`url:`‎ (رابط استمارة الترشح) أو ‎`email:`‎ (العنوان الذي يُرسل إليه الترشح)
no-way-to-apply--missing = يجب أن يتضمن العرض المفتوح أو القادم الحقل ‎`apply`‎ مع عنوان ويب أو بريد إلكتروني
no-way-to-apply--help-missing = أضف ‎`apply: {"{"}url: https://…, email: …{"}"}`‎
award-above-max = مبلغ هذه المنحة { $amount } أكبر من الحد الأقصى للمشروع الواحد في العرض، وهو { $max }
award-above-max--help = صحّح مبلغ المنحة (هل نقص صفر أو زاد؟)، أو الحقل ‎`amount.max`‎ في العرض
award-below-min = مبلغ هذه المنحة { $amount } أقل من الحد الأدنى للمشروع الواحد في العرض، وهو { $min }
award-below-min--help = صحّح مبلغ المنحة، أو الحقل ‎`amount.min`‎ في العرض
award-before-opens = تاريخ هذه المنحة { $date }، وهو قبل فتح العرض في { $opens }
award-before-opens--help = صحّح تاريخ المنحة (فقرار المنح يأتي بعد فتح العرض)، أو صحّح الحقل ‎`opens`‎ في العرض
awards-exceed-total = مجموع المنح { $sum }، وهو أكبر من المبلغ الإجمالي للعرض، أي { $total }
awards-exceed-total--help = صحّح مبالغ المنح أو الحقل ‎`amount.total`‎
draft-closing-soon = { $days ->
    [0] يُغلق العرض اليوم وما زال مسودة
    [one] يُغلق العرض بعد يوم واحد وما زال مسودة
    [two] يُغلق العرض بعد يومين وما زال مسودة
    [few] يُغلق العرض بعد { $days } أيام وما زال مسودة
    [many] يُغلق العرض بعد { $days } يومًا وما زال مسودة
   *[other] يُغلق العرض بعد { $days } يوم وما زال مسودة
}
draft-closing-soon--help = انشره بحذف ‎`draft: true`‎ لتتمكن الجمعيات من الترشح في الوقت المناسب

## تقارير النتائج.
no-values = يحتاج تقرير النتائج إلى قيمة واحدة على الأقل
no-values--help = أضف ‎`values:`‎ مع ‎`- {"{"}indicator: KEY, value: N{"}"}`‎

## الصفحات.
reserved-slug = لا يمكن أن تحمل صفحةٌ الاسم ‎`{ $slug }`‎: فالعنوان { $address } مخصص لقسم من أقسام الموقع
reserved-slug--help = غيّر اسم الملف، مثلًا إلى { $file }

## الروابط داخل النصوص.
broken-link = رابط داخلي معطّل ‎`{ $link }`‎: لا توجد بطاقة { $kind } اسم ملفها ‎`{ $slug }`‎
broken-link--help-nearest = هل تقصد ‎`{ $link }`‎؟
broken-link--help = تحقق من آخر الرابط: يجب أن يكون اسم ملف موجود في { $dir } دون الامتداد ‎`.{ $ext }`‎
broken-link--kind = رابط داخلي معطّل ‎`{ $link }`‎: ‎`{ $kind }`‎ ليس نوعًا من أنواع البطاقات
broken-link--help-kind-nearest = هل تقصد ‎`{ $link }`‎؟
broken-link--help-kind = تُكتب الروابط الداخلية على شكل ‎`@/KIND/SLUG`‎، حيث KIND أحد هذه المجلدات: { $kinds }، وSLUG اسم ملف البطاقة
broken-link--no-page = رابط داخلي معطّل ‎`{ $link }`‎: ليس لبطاقة { $kind } صفحة خاصة بها
broken-link--help-no-page = ضع الرابط إلى البرنامج بدلًا من ذلك، مثل ‎`@/programmes/SLUG`‎ حيث SLUG اسم ملف البرنامج
unknown-region--empty = الجهة فارغة
unknown-region--empty-help = اكتب رمز الجهة من content/taxonomies/territories.yaml، مثل ‎`MA-09`‎ لجهة سوس-ماسة
unknown-province--empty = الإقليم فارغ
unknown-province--empty-help = اكتب رمز الإقليم أو العمالة من content/taxonomies/territories.yaml، مثل ‎`MA-TIZ`‎ لإقليم تيزنيت
