# explain messages (ar)
# `nassij explain CODE`: what each diagnostic code means. For every code of
# src/diagnostics/codes.rs: `explain-CODE` (2 to 4 plain sentences) and
# `explain-CODE--short` (one line, also in content/README.md's table).

## أسطر الأمر نفسه.
explain-heading = { $level }[{ $code }]: { $short }
explain-is-error = هذا خطأ: يفشل الأمران ‎`nassij check`‎ و‎`nassij build`‎ إلى أن يُصحَّح.
explain-is-warning = هذا تنبيه: يُبنى الموقع ويُنشر رغم ذلك، ولا يفشل إلا الأمر ‎`nassij check --strict`‎.
explain-example = { $severity ->
    [warning] مثال يؤدي إلى هذا التنبيه، في { $file }:
   *[error] مثال على الخطأ، في { $file }:
}
explain-fix = التصحيح:
explain-footer = يعرض الأمر ‎`nassij check`‎ كل مشكلة مع ملفها وسطرها وعمودها، ويسرد الأمر ‎`nassij explain`‎ كل الرموز.
explain-unknown = خطأ: ‎`{ $code }`‎ ليس رمزًا من رموز رسائل nassij
explain-did-you-mean = هل تقصد ‎`{ $code }`‎؟ اقرأ شرحه بالأمر ‎`nassij explain { $code }`‎
explain-list-intro = رموز رسائل nassij؛ يشرح الأمر ‎`nassij explain CODE`‎ رمزًا واحدًا مع مثال.
explain-list-errors = الأخطاء (لا يُبنى الموقع إلى أن تُصحَّح):
explain-list-warnings = التنبيهات (يُبنى الموقع رغمها، ولا يفشل إلا الأمر ‎`nassij check --strict`‎):

## مدخل لكل رمز.
explain-amount-order--short = مبالغ العرض ليست مرتبة: الحد الأدنى ثم الحد الأقصى ثم المجموع
explain-amount-order = يحدد الحقل ‎`amount`‎ في العرض أصغر منحة (‎`min`‎) وأكبر منحة (‎`max`‎) والميزانية الإجمالية للعرض (‎`total`‎). يجب أن يكون min ≤ max ≤ total. في الغالب تكون قيمتان قد تبادلتا مكانيهما، أو ينقص صفر أو يزيد.

explain-asset--short = تعذّرت قراءة ملف من المجلد static/ في السمة
explain-asset = تُنسخ الملفات الثابتة للسمة (أوراق الأنماط والبرامج النصية والخطوط والصور في themes/NAME/static/) إلى الموقع. تعذّرت قراءة أحدها: فهو محمي من القراءة، أو حُذف أثناء عمل nassij. امنح إذن القراءة على الملف، أو اتصل بالشخص المسؤول عن السمة.

explain-award-above-max--short = منحة تتجاوز الحد الأقصى للمشروع الواحد في العرض
explain-award-above-max = يحدد كل عنصر من ‎`awards`‎ المبلغ الممنوح لجمعية واحدة. لا يمكن أن يتجاوز هذا المبلغ الحقل ‎`amount.max`‎ في العرض، وهو أكبر مبلغ يمنحه العرض لمشروع واحد. تحقق من أن المبلغ لا ينقصه صفر ولا يزيد عليه صفر؛ وإذا كان الحد الأقصى نفسه خاطئًا، فصحّح ‎`amount.max`‎.

explain-award-before-opens--short = منحة مؤرخة قبل فتح العرض
explain-award-before-opens = تاريخ المنحة ‎`date`‎ هو يوم اختيار الجمعية. يأتي الاختيار بعد فتح العرض، فلا يمكن أن يسبق هذا التاريخُ تاريخَ ‎`opens`‎ في العرض. تحقق من السنة والشهر في التاريخين.

explain-award-below-min--short = منحة أقل من الحد الأدنى للمشروع الواحد في العرض
explain-award-below-min = يحدد كل عنصر من ‎`awards`‎ المبلغ الممنوح لجمعية واحدة. لا يمكن أن يقل هذا المبلغ عن الحقل ‎`amount.min`‎ في العرض، وهو أصغر مبلغ يمنحه العرض لمشروع واحد. تحقق من أن المبلغ لا ينقصه صفر؛ وإذا كان الحد الأدنى نفسه خاطئًا، فصحّح ‎`amount.min`‎.

explain-awards-exceed-total--short = مجموع المنح يتجاوز الميزانية الإجمالية للعرض
explain-awards-exceed-total = يجمع nassij مبالغ ‎`amount`‎ في كل عناصر ‎`awards`‎ ويقارن المجموع بالحقل ‎`amount.total`‎، أي الميزانية الإجمالية للعرض. إذا تجاوز المجموع الميزانية، فغالبًا ما تكون منحة قد أُدخلت مرتين أو بصفر زائد. صحّح المنح، أو صحّح ‎`amount.total`‎ إذا رُفعت الميزانية.

explain-bad-currency--short = العملة ليست رمزًا من ثلاثة أحرف مثل MAD أو EUR
explain-bad-currency = المبالغ بالدرهم المغربي ما لم يحدد الحقل ‎`currency`‎ غير ذلك. تُكتب العملة برمزها الدولي من ثلاثة أحرف لاتينية كبيرة: MAD أو EUR أو USD. الكلمات والاختصارات مثل ‎`DH`‎ أو ‎`dirhams`‎ غير مفهومة.

explain-bad-default-language--short = اللغة الافتراضية default_language في site.yaml ليست من لغات الموقع
explain-bad-default-language = الحقل ‎`default_language`‎ في site.yaml هو لغة النص الرئيسي للبطاقات، أي النص الذي يلي الحقول. يجب أن يكون رمز ‎`code`‎ لإحدى اللغات المذكورة تحت ‎`languages`‎. اكتب هذا الرمز، مثل ‎`ar`‎.

explain-bad-email--short = عنوان بريد إلكتروني مكتوب بشكل غير صحيح
explain-bad-email = يُكتب عنوان البريد الإلكتروني بالشكل name@domain دون مسافات، مثل contact@association.ma. اكتب عنوانًا واحدًا فقط في الحقل، وتحقق من وجود ‎`@`‎ والنقطة في اسم النطاق.

explain-bad-encoding--short = الملف غير محفوظ بترميز UTF-8
explain-bad-encoding = يقرأ nassij الملفات النصية المحفوظة بترميز UTF-8، وهو الترميز الذي يجمع العربية والفرنسية وتيفيناغ. حُفظ هذا الملف بترميز آخر (UTF-16 أو ترميز قديم من Windows)، أو أنه ليس ملفًا نصيًا. افتحه في المحرر واحفظه من جديد بترميز UTF-8 (في المفكرة Notepad: ملف، حفظ باسم، الترميز: UTF-8).

explain-bad-extension--short = امتداد اسم الملف لا يوافق مجلده (.md أو .yaml)
explain-bad-extension = بطاقات الجمعيات والبرامج والعروض والأخبار والصفحات ملفات Markdown تنتهي بـ‎`.md`‎؛ وبطاقات تقارير النتائج والمؤسسات ملفات YAML تنتهي بـ‎`.yaml`‎. لا تُقرأ الملفات ذات الامتداد الآخر. غيّر اسم الملف إلى الامتداد الصحيح (‎`.yaml`‎ وليس ‎`.yml`‎ أو ‎`.txt`‎).

explain-bad-fallback--short = اللغة البديلة للغة ما في site.yaml ليست لغة أخرى من لغات الموقع
explain-bad-fallback = في site.yaml، يسرد الحقل ‎`fallback`‎ بالترتيب اللغات التي تُعرض عندما ينقص نص بلغة ما. يجب أن تكون كل واحدة منها لغة أخرى مذكورة تحت ‎`languages`‎، لا اللغة نفسها. احذف الرمز غير المعروف، أو أضف تلك اللغة.

explain-bad-file-name--short = اسم ملف فيه حروف كبيرة أو مسافات أو حروف بعلامات (مثل é) أو رموز غير مسموح بها
explain-bad-file-name = اسم ملف البطاقة يصير عنوان صفحتها. لا يحتوي إلا على حروف لاتينية صغيرة من a إلى z وأرقام وشرطات مفردة، مثل ‎`association-tifawin.md`‎. غيّر اسم الملف؛ أما الاسم المعروض في الموقع فيأتي من الحقل ‎`name`‎ أو ‎`title`‎ بكل لغة.

explain-bad-key--short = مفتاح في domains.yaml أو audiences.yaml أو indicators.yaml فيه رموز غير مسموح بها
explain-bad-key = تُكتب مفاتيح domains.yaml وaudiences.yaml وindicators.yaml في البطاقات (‎`domains: [education]`‎)، لذلك تخضع لقواعد أسماء الملفات: حروف لاتينية صغيرة وأرقام وشرطات مفردة. غيّر المفتاح، وغيّره في البطاقات التي تستعمله.

explain-bad-language-code--short = رمز لغة في site.yaml ليس رمزًا من حرفين أو ثلاثة
explain-bad-language-code = لكل عنصر من ‎`languages`‎ في site.yaml رمز ‎`code`‎: رمز اللغة حسب ISO 639 بحرفين أو ثلاثة أحرف لاتينية صغيرة، مثل ‎`ar`‎ أو ‎`fr`‎ أو ‎`zgh`‎. يوضع اسم اللغة في ‎`name`‎. يُستعمل الرمز في أسماء ملفات الترجمة (‎`tifawin.fr.md`‎) وفي النصوص (‎`fr:`‎).

explain-bad-phone--short = رقم هاتف مكتوب بشكل غير صحيح
explain-bad-phone = يتكون رقم الهاتف من 9 إلى 15 رقمًا، مع علامة ‎`+`‎ اختيارية في أوله، ومسافات أو نقاط أو شرطات بين المجموعات. لا تُقبل الحروف، ولا عدة أرقام في حقل واحد. اكتب رقمًا واحدًا بين علامتي تنصيص، مثل ‎`"+212 5 28 00 00 01"`‎.

explain-bad-territory-code--short = رمز في territories.yaml ليس رمزًا من ISO 3166-2:MA
explain-bad-territory-code = يسرد الملف content/taxonomies/territories.yaml الجهات والأقاليم برموزها حسب ISO 3166-2:MA. تُكتب الجهة MA- متبوعة برقمين (‎`MA-09`‎)، ويُكتب الإقليم أو العمالة MA- متبوعة بثلاثة أحرف لاتينية كبيرة (‎`MA-TIZ`‎). صحّح الرمز في القائمة.

explain-bad-theme--short = السمة في site.yaml ليست اسم مجلد
explain-bad-theme = الحقل ‎`theme`‎ في site.yaml هو اسم مجلد من themes/، مثل ‎`default`‎، وليس مسارًا. اكتب اسم المجلد وحده، دون ‎`themes/`‎ ودون ‎`/`‎.

explain-bad-url--short = عنوان موقع إلكتروني غير كامل
explain-bad-url = يجب أن يكون عنوان الموقع كاملًا: يبدأ بـ‎`https://`‎ (أو ‎`http://`‎) ثم اسم الموقع، دون مسافات. انسخه من شريط العنوان في المتصفح؛ والعنوان الذي يبدأ بـ‎`www.`‎ يحتاج إلى ‎`https://`‎ قبله.

explain-bad-year--short = سنة المشاركة في برنامج غير معقولة
explain-bad-year = في الحقل ‎`programmes`‎ للجمعية، ‎`year`‎ هي سنة مشاركة الجمعية، وتُكتب بأربعة أرقام. يجب أن تكون بين 1900 والسنة المقبلة. تحقق من أنها غير مكتوبة برقمين ومن خلوّها من أخطاء الكتابة.

explain-body-too-large--short = النص الذي يلي الحقول يتجاوز 1 ميغابايت
explain-body-too-large = لا يمكن أن يتجاوز نص البطاقة، بعد حقولها، 1 ميغابايت، وهو أكثر بكثير مما تحتاجه أي صفحة. في الغالب أُلصقت صورة أو وثيقة داخل النص، أو نُسخ تقرير كامل. انشر الوثيقة في شكل ملف وضع رابطًا إليها، أو وزّع النص على عدة صفحات.

explain-broken-link--short = رابط إلى بطاقة أخرى لا يؤدي إلى أي صفحة
explain-broken-link = في النص، يُكتب الرابط إلى بطاقة أخرى هكذا ‎`[نص](@/KIND/SLUG)`‎، حيث KIND مجلد البطاقة وSLUG اسم ملفها، مثل ‎`[Tifawin](@/associations/tifawin)`‎. المجلد أو اسم الملف بعد ‎`@/`‎ غير موجود، فيؤدي الرابط إلى صفحة غير موجودة. صحّح الاسم: إنه اسم ملف البطاقة دون ‎`.md`‎.

explain-closes-before-opens--short = عرض يُغلق قبل أن يُفتح
explain-closes-before-opens = يجب أن يأتي الحقل ‎`closes`‎ في العرض (آخر أجل) بعد ‎`opens`‎. في أحد التاريخين سنة أو شهر أو يوم خاطئ. تُكتب التواريخ بالشكل YYYY-MM-DD، ويمكن أن يتضمن آخر أجل ساعة: ‎`2027-03-31T16:00`‎.

explain-date-in-future--short = تاريخ يجب أن يكون في الماضي جاء في المستقبل
explain-date-in-future = تاريخ التأسيس وتاريخ تحديث النظام الأساسي وتاريخ آخر جمع عام كلها في الماضي. هذا التاريخ بعد اليوم: على الأرجح أن السنة مكتوبة خطأً (2110 بدل 2011). تُكتب التواريخ بالشكل YYYY-MM-DD.

explain-default-language-translation--short = ملف نص يحمل اسم اللغة الافتراضية للموقع
explain-default-language-translation = يوضع النص باللغة الافتراضية للموقع في البطاقة نفسها بعد الحقول، لا في ملف منفصل. اللغات الأخرى وحدها لها ملفات ترجمة تحمل اسم البطاقة (‎`tifawin.fr.md`‎ للبطاقة ‎`tifawin.md`‎). انقل النص إلى البطاقة بعد السطر ‎`---`‎ الذي يغلق الحقول، ثم احذف هذا الملف.

explain-draft-closing-soon--short = عرض ما زال مسودة ويُغلق خلال 7 أيام أو أقل
explain-draft-closing-soon = في العرض ‎`draft: true`‎، فهو غير منشور، لكنه يُغلق خلال 7 أيام أو أقل. لا تستطيع الجمعيات الترشح لعرض لا تراه. احذف ‎`draft: true`‎ لنشره، أو تحقق من آخر أجل.

explain-duplicate-key--short = الحقل نفسه مكتوب مرتين في بطاقة
explain-duplicate-key = يظهر كل حقل مرة واحدة في البطاقة، أو مرة واحدة داخل مجموعة مثل ‎`contact`‎. إذا وُجد سطران ‎`name:`‎ مثلًا، فلا يُعرف أيهما المعتمد. احتفظ بواحد واحذف الآخر، أو اجمع قيمتيهما.

explain-duplicate-language--short = لغة مذكورة مرتين في site.yaml
explain-duplicate-language = تظهر كل لغة مرة واحدة تحت ‎`languages`‎ في site.yaml. احذف العنصر الثاني.

explain-duplicate-slug--short = بطاقتان من النوع نفسه لهما اسم الملف نفسه
explain-duplicate-slug = اسم ملف البطاقة هو عنوانها في الموقع، فلا يمكن أن تشترك فيه بطاقتان من النوع نفسه، حتى في مجلدين فرعيين مختلفين. غيّر اسم أحد الملفين، وحدّث الروابط والإحالات إليه.

explain-duplicate-territory--short = جهة أو إقليم مذكور مرتين في territories.yaml
explain-duplicate-territory = تظهر كل جهة، وكل إقليم أو عمالة، مرة واحدة في content/taxonomies/territories.yaml؛ والإقليم ينتمي إلى جهة واحدة فقط. احذف العنصر الثاني.

explain-empty-record--short = بطاقة بلا حقول
explain-empty-record = ليس في البطاقة أي حقل: الجزء بين السطرين ‎`---`‎، أو ملف .yaml كله، فارغ. تحتاج كل بطاقة على الأقل إلى حقولها الإلزامية، مثل ‎`name`‎ أو ‎`title`‎. ينشئ الأمر ‎`nassij new KIND SLUG`‎ (النوع ثم اسم الملف) بطاقة فيها كل الحقول مع شرحها.

explain-empty-text--short = نص فارغ
explain-empty-text = في حقل نصي قيمة فارغة ‎`""`‎، بلغة واحدة أو بكل اللغات، فيظهر مكانها فراغ في الموقع. اكتب النص؛ أو احذف تلك اللغة ليعرض الموقع لغة أخرى؛ أو احذف الحقل إذا كان اختياريًا.

explain-empty-translation--short = ملف ترجمة لا نص فيه
explain-empty-translation = يحمل ملف الترجمة (مثل ‎`tifawin.fr.md`‎) نص البطاقة بلغة ما، لكن هذا الملف فارغ. إلى أن يُكتب فيه نص، تعرض الصفحة مكانه نص لغة بديلة. اكتب الترجمة، أو احذف الملف.

explain-end-before-start--short = تاريخ النهاية يسبق تاريخ البداية
explain-end-before-start = ينتهي برنامج أو محطة أو فترة ‎`period`‎ في تقرير النتائج قبل أن يبدأ. في أحد التاريخين سنة أو شهر أو يوم خاطئ. تُكتب التواريخ بالشكل YYYY-MM-DD.

explain-file-too-large--short = ملف يتجاوز 8 ميغابايت
explain-file-too-large = ملفات content/ نصوص قصيرة، ويرفض nassij الملفات التي تتجاوز 8 ميغابايت. على الأرجح أنها وثيقة أو صورة حُفظت في content/ باسم بطاقة. أبقِ الوثائق الكبيرة خارج content/ وضع روابط إليها.

explain-front-matter--short = جزء الحقول في أعلى بطاقة Markdown مفقود أو غير مغلق
explain-front-matter = تبدأ بطاقة Markdown بسطر ‎`---`‎، ثم حقولها، ثم سطر ‎`---`‎ آخر، ثم نصها. هنا السطر الأول ليس ‎`---`‎، أو أن سطر ‎`---`‎ الذي يغلق الحقول مفقود. أضف السطر ‎`---`‎ الناقص، دون أي شيء آخر في ذلك السطر.

explain-front-matter-in-translation--short = ملف ترجمة فيه جزء حقول
explain-front-matter-in-translation = لا يحمل ملف الترجمة (مثل ‎`tifawin.fr.md`‎) إلا النص بتلك اللغة. تُكتب الحقول مرة واحدة في البطاقة نفسها (‎`tifawin.md`‎)، وكل اللغات داخل الحقل نفسه، مثل ‎`fr:`‎ تحت ‎`name`‎. انقل الحقول إلى البطاقة واترك هنا النص وحده.

explain-i18n--short = خطأ في أحد نصوص واجهة الموقع (i18n/)
explain-i18n = تحمل ملفات i18n/ كلمات الموقع نفسه (القوائم والأزرار والعناوين) بكل لغة، بصيغة Fluent. في هذا الملف خطأ، مثل قوس معقوف غير مغلق، أو سطر بلا معرّف، أو إحالة إلى رسالة غير موجودة. تشير الرسالة إلى السطر: قارنه بالرسالة نفسها في لغة أخرى.

explain-invalid-value--short = قيمة ليست على الشكل المنتظر (تاريخ، عدد، true أو false)
explain-invalid-value = ينتظر الحقل نوعًا معينًا من القيم: تاريخًا بالشكل YYYY-MM-DD، أو عددًا صحيحًا، أو عددًا، أو true أو false، أو نصًا، أو قائمة. القيمة المكتوبة ليست على هذا الشكل، مثل تاريخ مكتوب 12/03/2011 أو عدد مكتوب بالحروف. اتبع المثال الوارد في الرسالة.

explain-location-outside-morocco--short = إحداثيات الخريطة خارج المغرب
explain-location-outside-morocco = يحدد الحقل ‎`location`‎ موقع الجمعية: ‎`lat`‎ (خط العرض، من 20.5 إلى 36.1 في المغرب) و‎`lon`‎ (خط الطول، وهو سالب في المغرب، من ‎-17.3 إلى ‎-0.9). النقطة خارج المغرب تعني غالبًا أن العددين مقلوبان أو أن علامة الناقص مفقودة. انسخ الإحداثيات من جديد من خريطة.

explain-missing-content--short = مجلد الموقع ليس فيه المجلد content/
explain-missing-content = الموقع مجلد فيه site.yaml والمجلد content/ الذي يضم البطاقات. وجد nassij الملف site.yaml لكنه لم يجد content/ بجانبه. شغّل nassij في المجلد الصحيح، أو انقل مجلدات البطاقات إلى content/.

explain-missing-field--short = حقل إلزامي مفقود
explain-missing-field = بعض الحقول إلزامية، مثل ‎`name`‎ و‎`region`‎ و‎`province`‎ للجمعية، أو ‎`issuer`‎ و‎`opens`‎ و‎`closes`‎ للعرض. تذكر الرسالة اسم الحقل المفقود. أضفه مع قيمته؛ ويكتب الأمر ‎`nassij new`‎ كل الحقول لتملأها.

explain-missing-record--short = طُلب من nassij إنشاء صفحة بطاقة غير منشورة
explain-missing-record = طُلبت صفحة لبطاقة لم تعد موجودة أو غير منشورة: حُذفت أو غُيّر اسمها أو صارت مسودة أثناء عمل nassij. شغّل الأمر من جديد. إذا بقي الخطأ، فأبلغ مطوري nassij به مع الأمر الذي شغّلته.

explain-missing-site-file--short = لا يوجد site.yaml في المجلد
explain-missing-site-file = يعمل nassij في مجلد الموقع، أي المجلد الذي فيه site.yaml وcontent/. لا يوجد site.yaml حيث شُغّل. انتقل إلى مجلد الموقع (لا إلى content/) وشغّل الأمر من جديد، أو حدّد المجلد بالخيار ‎`--root`‎.

explain-missing-taxonomy--short = أحد ملفات القوائم الأربعة في content/taxonomies/‎ مفقود
explain-missing-taxonomy = يحتاج كل موقع إلى content/taxonomies/territories.yaml و domains.yaml و audiences.yaml و indicators.yaml، وهي القوائم التي تحيل إليها البطاقات. أحدها مفقود أو غُيّر اسمه. استرجعه من نسخة سابقة للموقع (سجل المستودع)، أو من موقع المثال.

explain-missing-theme--short = السمة المذكورة في site.yaml ليس لها مجلد في themes/
explain-missing-theme = يسمّي الحقل ‎`theme`‎ في site.yaml مظهر الموقع: ‎`default`‎ هي السمة المدمجة في nassij، وأي اسم آخر هو مجلد من themes/ تحل ملفاته محل ملفات السمة المدمجة. لا يوجد مجلد بهذا الاسم. اكتب ‎`default`‎ أو اسم مجلد موجود في themes/ (يكتب الأمر ‎`nassij theme eject`‎ السمة المدمجة فيه لتعديلها).

explain-missing-translation--short = نص لم يُترجم بعد إلى إحدى لغات الموقع
explain-missing-translation = أحد نصوص البطاقة (حقل أو النص الذي يلي الحقول) غير متوفر بإحدى لغات الموقع. يُنشر الموقع رغم ذلك: تعرض الصفحة نص لغة بديلة مع الإشارة إلى لغته. أضف اللغة إلى النص (‎`fr:`‎) أو أنشئ ملف الترجمة (‎`tifawin.fr.md`‎ للبطاقة ‎`tifawin.md`‎)؛ ويسرد الأمر ‎`nassij stats --missing fr`‎ ما بقي للترجمة.

explain-negative-amount--short = مبلغ سالب
explain-negative-amount = تُكتب الميزانيات ومبالغ العروض والمنح أعدادًا موجبة، دون عملة ولا مسافات، مثل 150000. احذف علامة الناقص.

explain-negative-value--short = رقم سالب في تقرير النتائج
explain-negative-value = يقدّم تقرير النتائج أعدادًا ومبالغ: لا يمكن أن تكون ‎`value`‎ و‎`target`‎ و‎`baseline`‎ وأرقام ‎`breakdown`‎ سالبة. للإشارة إلى انخفاض، اكتب الرقم الجديد واشرحه في ‎`note`‎.

explain-no-domain--short = جمعية بلا مجال
explain-no-domain = لكل جمعية مجال عمل واحد على الأقل، ليُعثر عليها حسب المجال في الموقع. اكتب ‎`domains`‎ بمفاتيح من content/taxonomies/domains.yaml، مثل ‎`[education, culture-amazigh]`‎.

explain-no-languages--short = لا يذكر site.yaml أي لغة
explain-no-languages = يسرد الحقل ‎`languages`‎ في site.yaml لغات الموقع، لكل منها رمزها ‎`code`‎ واسمها ‎`name`‎ واتجاه كتابتها ‎`dir`‎. القائمة فارغة. أضف على الأقل اللغة الافتراضية.

explain-no-values--short = تقرير نتائج بلا أرقام
explain-no-values = الغرض من تقرير النتائج نشر أرقام: يحتاج ‎`values`‎ إلى عنصر واحد على الأقل، فيه مؤشر ‎`indicator`‎ من content/taxonomies/indicators.yaml وقيمته ‎`value`‎. أضف الأرقام، أو احذف التقرير.

explain-no-way-to-apply--short = عرض مفتوح أو قادم لا يذكر طريقة الترشح
explain-no-way-to-apply = يحتاج العرض المفتوح، أو الذي سيُفتح، إلى ‎`apply`‎ مع ‎`url`‎ (استمارة الترشح) أو ‎`email`‎ (عنوان إرسال الترشح)، أو كليهما. بدونه لا تستطيع الجمعيات الترشح. أضف ‎`apply`‎ بالعنوان المذكور في الإعلان عن العرض.

explain-orphan-translation--short = ملف ترجمة ليس له بطاقة بالاسم نفسه
explain-orphan-translation = يحمل ملف الترجمة، مثل ‎`tifawin.fr.md`‎، نص البطاقة ‎`tifawin.md`‎ بلغة أخرى. هنا لا توجد البطاقة المقابلة في المجلد نفسه: غُيّر اسمها أو حُذفت. غيّر اسم ملف الترجمة ليطابق اسم البطاقة، أو احذفه.

explain-parent-cycle--short = سلسلة البرامج الأم تدور في حلقة
explain-parent-cycle = يسمّي الحقل ‎`parent`‎ البرنامج الأم الذي تنتمي إليه مرحلة أو مشروع. تتبّع البرامج الأم انطلاقًا من هذا البرنامج يعود إليه، فلا تصل السلسلة أبدًا إلى برنامج أعلى مثل استراتيجية. صحّح أحد الحقول ‎`parent`‎ لتنتهي السلسلة عند برنامج بلا ‎`parent`‎.

explain-placeholder-text--short = جملة المثال التي يكتبها nassij new ما زالت في النص
explain-placeholder-text = يكتب الأمر ‎`nassij new`‎ جملة مثال في نص البطاقة الجديدة، مثل «Description de l'offre en arabe ici.». ما زالت الجملة في البطاقة وستُنشر. ضع مكانها نص البطاقة، أو احذفها.

explain-province-outside-region--short = الإقليم ليس في الجهة المذكورة
explain-province-outside-region = يجب أن يكون إقليم الجمعية ‎`province`‎ داخل جهتها ‎`region`‎، وأن تكون أقاليم البرنامج ‎`provinces`‎ داخل جهاته ‎`regions`‎. تذكر الرسالة الجهة التي ينتمي إليها الإقليم. صحّح الجهة أو الإقليم؛ والرموز مذكورة في content/taxonomies/territories.yaml.

explain-published-after-q1--short = عرض نُشر بعد الربع الأول من السنة التي يُفتح فيها
explain-published-after-q1 = يجب نشر عروض الدعم العمومي في البوابة في أجل أقصاه 31 مارس من السنة التي تُفتح فيها. تاريخ النشر ‎`published`‎ لهذا العرض متأخر عن ذلك. إذا كان التاريخ خطأً في الكتابة (يوم وشهر مقلوبان مثلًا)، فصحّحه؛ وإلا فالتنبيه يسجّل تأخر النشر.

explain-reserved-slug--short = صفحة تحمل اسم قسم من أقسام الموقع
explain-reserved-slug = تتقاسم الصفحات عناوين الموقع مع أقسامه: associations وprogrammes وoffers وresults وnews وsearch وdata وstatic وfeed وindex. الصفحة التي تحمل أحد هذه الأسماء تحجب القسم. غيّر اسم ملف الصفحة، مثل ‎`about-data.md`‎.

explain-self-reference--short = جمعية تذكر نفسها في شبكاتها
explain-self-reference = يسرد الحقل ‎`networks`‎ الجمعيات الأخرى التي تعمل معها هذه الجمعية، بأسماء ملفاتها. في القائمة اسم ملف الجمعية نفسها. احذفه من القائمة.

explain-status-disagrees-with-dates--short = حالة البرنامج لا توافق تواريخه
explain-status-disagrees-with-dates = يكون البرنامج ‎`planned`‎ قبل ‎`start`‎، و‎`ongoing`‎ بين ‎`start`‎ و‎`end`‎، و‎`completed`‎ بعد ‎`end`‎؛ والمحطة التي فات تاريخها لم تعد ‎`planned`‎. الحالة المكتوبة لا توافق التواريخ في تاريخ اليوم. حدّث ‎`status`‎، أو صحّح التواريخ.

explain-stray-file--short = ملف ليس في مجلد نوع من البطاقات
explain-stray-file = توضع البطاقات في مجلدات content/: associations/ وprogrammes/ وoffers/ وresults/ وinstitutions/ وnews/ وpages/. هذا الملف موجود مباشرة في content/، فلا ينتمي إلى أي نوع من البطاقات. انقله إلى مجلده.

explain-symlink--short = ملف في content/ عبارة عن اختصار (رابط رمزي)
explain-symlink = لا يتبع nassij الروابط الرمزية في content/، لأن الرابط قد يشير إلى ملف خارج الموقع. ضع الملف نفسه مكان الرابط (انسخ الملف في مكانه).

explain-template--short = خطأ في أحد قوالب السمة
explain-template = تحوّل قوالب السمة (themes/NAME/templates/) البطاقات إلى صفحات. في هذا القالب خطأ في الصياغة، أو متغير غير موجود، أو دالة غير معروفة. القوالب من اختصاص المطورين: إذا لم تعدّل السمة، فأبلغهم بالخطأ مع رسالته.

explain-unknown-audience--short = فئة مستهدفة ليست مفتاحًا في audiences.yaml
explain-unknown-audience = يسرد الحقل ‎`audiences`‎ الفئات التي تخدمها الجمعية، بمفاتيح content/taxonomies/audiences.yaml، مثل ‎`women`‎ أو ‎`youth`‎ أو ‎`children`‎. المفتاح المكتوب ليس في هذه القائمة. استعمل المفتاح المقترح في الرسالة، أو أضف الفئة الجديدة إلى audiences.yaml.

explain-unknown-domain--short = مجال ليس مفتاحًا في domains.yaml
explain-unknown-domain = يستعمل الحقل ‎`domains`‎ مفاتيح content/taxonomies/domains.yaml، مثل ‎`education`‎ أو ‎`health`‎ أو ‎`culture-amazigh`‎، لا الأسماء المعروضة في الموقع. المفتاح المكتوب ليس في هذه القائمة. استعمل المفتاح المقترح في الرسالة، أو أضف المجال الجديد إلى domains.yaml.

explain-unknown-field--short = اسم حقل غير معروف (غالبًا خطأ في الكتابة)
explain-unknown-field = لكل نوع من البطاقات قائمة ثابتة من الحقول. هذا الاسم ليس منها، غالبًا بسبب خطأ في الكتابة (‎`regoin`‎ بدل ‎`region`‎) أو لأن الحقل ينتمي إلى نوع آخر من البطاقات. الحقل غير المعروف خطأ حتى لا يمر أي خطأ في الكتابة دون انتباه. استعمل الاسم المقترح في الرسالة.

explain-unknown-folder--short = في content/ مجلد لا يعرفه nassij
explain-unknown-folder = يضم content/ المجلدات associations وprogrammes وoffers وresults وinstitutions وnews وpages وtaxonomies، بهذه الأسماء تمامًا. لهذا المجلد اسم آخر، غالبًا بصيغة المفرد أو بالفرنسية. غيّر اسمه كما تقترح الرسالة.

explain-unknown-indicator--short = مؤشر ليس مفتاحًا في indicators.yaml
explain-unknown-indicator = يسمّي كل رقم في تقرير النتائج مؤشره بمفتاح من content/taxonomies/indicators.yaml، مثل ‎`associations-trained`‎. المفتاح المكتوب ليس في هذه القائمة. استعمل المفتاح المقترح في الرسالة، أو أضف المؤشر إلى indicators.yaml مع اسمه ووحدته.

explain-unknown-language--short = لغة ليست من لغات الموقع
explain-unknown-language = تستعمل النصوص وملفات الترجمة رموز اللغات المذكورة في site.yaml، مثل ‎`ar`‎ و‎`fr`‎ و‎`zgh`‎. هذا الرمز، في نص أو في اسم ملف ترجمة مثل ‎`tifawin.fr.md`‎، ليس منها. استعمل أحد رموز الموقع، أو أضف اللغة إلى site.yaml.

explain-unknown-province--short = إقليم ليس رمزًا من territories.yaml
explain-unknown-province = تُكتب الأقاليم والعمالات برموزها من content/taxonomies/territories.yaml، مثل ‎`MA-TIZ`‎ لتيزنيت، لا بأسمائها. القيمة المكتوبة ليست من هذه الرموز. استعمل الرمز المقترح في الرسالة؛ ويجب أن يكون الإقليم أيضًا في جهة البطاقة.

explain-unknown-reference--short = حقل يسمّي بطاقة غير موجودة
explain-unknown-reference = تسمّي بعض الحقول بطاقة أخرى باسم ملفها دون الامتداد: ‎`lead`‎ و‎`issuer`‎ مؤسسةً، و‎`parent`‎ و‎`programme`‎ برنامجًا، و‎`association`‎ جمعيةً. لا توجد بطاقة من هذا النوع بهذا الاسم. صحّح الاسم (تسرد الرسالة البطاقات الموجودة)، أو أنشئ البطاقة.

explain-unknown-region--short = جهة ليست رمزًا من territories.yaml
explain-unknown-region = تُكتب الجهات برموزها، من MA-01 إلى MA-12، المذكورة في content/taxonomies/territories.yaml: ‎`MA-09`‎ لسوس-ماسة. القيمة المكتوبة ليست من هذه الرموز، وغالبًا ما تكون اسم الجهة. استعمل الرمز المقترح في الرسالة.

explain-unknown-taxonomy--short = في content/taxonomies/ ملف لا يعرفه nassij
explain-unknown-taxonomy = يضم content/taxonomies/ أربعة ملفات بالضبط: territories.yaml وdomains.yaml وaudiences.yaml وindicators.yaml. لهذا الملف اسم آخر فلا يُقرأ. غيّر اسمه إذا كان أحد الأربعة، أو أخرجه من المجلد.

explain-unknown-territory--short = رمز في توزيع تقرير النتائج ليس جهة ولا إقليمًا
explain-unknown-territory = في تقرير النتائج، يوزّع الحقل ‎`breakdown`‎ رقمًا حسب المجال الترابي. مفاتيحه التي تبدأ بـ‎`MA-`‎ يجب أن تكون رموز جهات أو أقاليم من content/taxonomies/territories.yaml. تحقق من الرمز، مثل حرف O مكتوب بدل الرقم 0.

explain-unknown-value--short = قيمة ليست من القيم المسموح بها لهذا الحقل
explain-unknown-value = لا تقبل بعض الحقول إلا قيمًا قليلة تُكتب بالإنجليزية كما هي في القائمة تمامًا: ‎`status`‎ للجمعية هو ‎`active`‎ أو ‎`inactive`‎ أو ‎`dissolved`‎، و‎`setting`‎ هو ‎`urban`‎ أو ‎`rural`‎. القيمة المكتوبة ليست منها، وغالبًا ما تكون كلمة فرنسية أو عربية. استعمل إحدى القيم المذكورة في الرسالة.

explain-unreadable--short = تعذّرت قراءة ملف أو مجلد
explain-unreadable = لم يتمكن nassij من فتح هذا الملف أو المجلد: إنه محمي من القراءة، أو نُقل أو حُذف أثناء عمل nassij. تحقق من وجوده ومن أنك تستطيع فتحه، ثم شغّل الأمر من جديد.

explain-yaml-aliases--short = الحقول تستعمل عددًا كبيرًا من القيم المسمّاة والمكررة (‎`&`‎ و‎`*`‎)
explain-yaml-aliases = تسمح YAML بتسمية قيمة (‎`&name`‎) وتكرارها في مكان آخر (‎`*name`‎). لا تحتاج البطاقات إلى ذلك أبدًا، والملف الذي يكرر القيم مرات كثيرة قد يعطّل بناء الموقع. اكتب القيم كاملة، دون ‎`&`‎ و‎`*`‎.

explain-yaml-syntax--short = علامات الترقيم أو المسافات البادئة في الحقول غير صحيحة
explain-yaml-syntax = تُكتب الحقول بصيغة YAML، وفيها معنى لعلامات التنصيص والأقواس والنقطتين والمسافات البادئة. شيء ما في هذا السطر أو في السطر السابق يُخلّ بالصيغة: علامة تنصيص أو قوس لم يُغلق، أو علامة جدولة (Tab) بدل المسافات، أو نقطتان داخل نص غير موضوع بين علامتي تنصيص. تحقق من السطر المذكور في الرسالة.

explain-yaml-too-large--short = حقول البطاقة تتجاوز 1 ميغابايت
explain-yaml-too-large = لا يمكن أن تتجاوز حقول البطاقة 1 ميغابايت من النص، وهو أكثر بكثير مما تحتاجه بطاقة. تقرير نتائج فيه آلاف الأرقام، أو نص طويل أُلصق في حقل، يتجاوز هذا الحد. قسّم التقرير (تقرير لكل فترة مثلًا)، أو انقل النص الطويل إلى النص الذي يلي الحقول.
