# cli messages (ar)

# Text that comes from elsewhere, shown as is.
raw = { $text }

level-error = خطأ
level-warning = تنبيه
level-help = التصحيح
level-note = ملاحظة
diagnostic-in-file = في { $origin }

## الحصائل وأسطر الأوامر.
summary-counts = { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $warnings } تنبيهات
    [many] { $warnings } تنبيهًا
   *[other] { $warnings } تنبيه
}
check-summary = التحقق: { $counts }
check-hidden-warnings = { $count ->
    [one] لم يُعرض تنبيه آخر
    [two] لم يُعرض تنبيهان آخران
    [few] لم تُعرض { $count } تنبيهات أخرى
    [many] لم يُعرض { $count } تنبيهًا آخر
   *[other] لم يُعرض { $count } تنبيه آخر
} من نوع ‎`{ $code }`‎ (عُرض أعلاه أول { $shown } منها)؛ الأمر ‎`nassij check --format json`‎ يسردها كلها
check-hidden-translations = { $count ->
    [one] لم يُعرض تنبيه آخر
    [two] لم يُعرض تنبيهان آخران
    [few] لم تُعرض { $count } تنبيهات أخرى
    [many] لم يُعرض { $count } تنبيهًا آخر
   *[other] لم يُعرض { $count } تنبيه آخر
} من نوع ‎`{ $code }`‎ (عُرض أعلاه أول { $shown } منها)؛ الأمر ‎`nassij check --format json`‎ يسردها كلها، والأمر ‎`nassij stats`‎ يعرض حالة الترجمة
check-others-not-shown = { $count ->
    [one] لم تُعرض مشكلة أخرى
    [two] لم تُعرض مشكلتان أخريان
    [few] لم تُعرض { $count } مشكلات أخرى
    [many] لم تُعرض { $count } مشكلةً أخرى
   *[other] لم تُعرض { $count } مشكلة أخرى
} في ملفات أخرى؛ شغّل الأمر ‎`nassij check`‎ دون أسماء ملفات لعرضها كلها
check-scheduled = نشر مبرمج: سيُنشر { $file } يوم { $date }
check-scheduled-github = نشر مبرمج: سيُنشر يوم { $date }
check-changed-failed = خطأ: ‎--changed‎: { $reason }
check-git-missing = خطأ: تعذّر تشغيل git ({ $reason })؛ ثبّت git، أو اذكر الملفات المراد التحقق منها: ‎`nassij check content/associations/x.md`‎
check-not-a-repository = خطأ: ‎--changed‎ يسأل git عن الملفات التي تغيّرت، لكن هذا المجلد ليس داخل مستودع git؛ اذكر بدلًا من ذلك الملفات المراد التحقق منها: ‎`nassij check content/associations/x.md`‎
bad-now = خطأ: { $reason }
build-bad-target = خطأ: { $reason }
build-failed = البناء: { $counts }؛ لم يُكتب أي شيء، والموقع السابق لم يتغير
build-cannot-write = خطأ: تعذّرت كتابة الموقع: { $reason }
build-done = البناء: { $pages ->
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
   *[other] { $pages } صفحة
} و{ $files ->
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
} في { $out } ({ $languages ->
    [one] لغة واحدة
    [two] لغتان
    [few] { $languages } لغات
   *[other] { $languages } لغة
}) في { $seconds } ثانية؛ { $counts }

build-updated = البناء: حُدّث { $out } في { $seconds } ثانية (الصفحات المُعاد إنشاؤها: { $rendered } من { $total }، الملفات المكتوبة: { $written }، الملفات المحذوفة: { $removed }؛ الخيار ‎`--full`‎ يعيد إنشاء كل شيء)؛ { $counts }

## nassij new النوع الاسم
new-unknown-kind = خطأ: نوع بطاقة غير معروف ‎`{ $kind }`‎
new-unknown-kind--help = التصحيح: اكتب أحد الأنواع ‎`association`‎ أو ‎`programme`‎ أو ‎`offer`‎ أو ‎`results`‎ أو ‎`institution`‎ أو ‎`news`‎ أو ‎`page`‎، مثل ‎`nassij new association my-association`‎
new-bad-slug = خطأ: لا يصلح ‎`{ $slug }`‎ اسمًا لملف بطاقة: استعمل فقط الحروف اللاتينية الصغيرة a-z والأرقام وشرطات مفردة
new-bad-slug--help = التصحيح: جرّب ‎`nassij new { $kind } { $suggestion }`‎
new-exists = خطأ: الملف { $file } موجود من قبل؛ الأمر ‎`nassij new`‎ لا يستبدل أي ملف
new-exists--help = التصحيح: اختر اسم ملف آخر، أو عدّل الملف الموجود
new-cannot-create-folder = خطأ: تعذّر إنشاء المجلد { $folder }: { $reason }
new-cannot-write = خطأ: تعذّرت كتابة { $file }: { $reason }
new-created = أُنشئ { $file }: املأ الحقول، ثم شغّل الأمر ‎`nassij check`‎

## nassij stats: عناوين الجدول وأسطره، والأسطر الأخرى.
stats-no-site = خطأ: تعذّرت قراءة site.yaml؛ شغّل الأمر ‎`nassij check`‎ لمعرفة السبب
stats-unknown-language = خطأ: ‎`{ $code }`‎ ليست من لغات الموقع؛ لغاته هي { $languages }
stats-heading-kind = النوع
stats-heading-records = البطاقات
stats-heading-drafts = المسودات
stats-heading-translated = النصوص المترجمة
stats-row-all = المجموع
stats-row-complete = البطاقات المكتملة
stats-row-interface = الواجهة
stats-row-review = للمراجعة
stats-review-heading = { $count ->
    [zero] لا يوجد نص من نصوص الواجهة باللغة ‎`{ $lang }`‎ ينتظر المراجعة
    [one] نص واحد من نصوص الواجهة باللغة ‎`{ $lang }`‎ ينتظر مراجعة متحدث أصلي (تعليق ‎`# review:`‎ فوقه في ‎i18n/{ $lang }/‎):
    [two] نصان من نصوص الواجهة باللغة ‎`{ $lang }`‎ ينتظران مراجعة متحدث أصلي (تعليق ‎`# review:`‎ فوق كل منهما في ‎i18n/{ $lang }/‎):
    [few] { $count } نصوص من نصوص الواجهة باللغة ‎`{ $lang }`‎ تنتظر مراجعة متحدث أصلي (تعليق ‎`# review:`‎ فوق كل منها في ‎i18n/{ $lang }/‎):
    [many] { $count } نصًّا من نصوص الواجهة باللغة ‎`{ $lang }`‎ تنتظر مراجعة متحدث أصلي (تعليق ‎`# review:`‎ فوق كل منها في ‎i18n/{ $lang }/‎):
   *[other] { $count } نص من نصوص الواجهة باللغة ‎`{ $lang }`‎ تنتظر مراجعة متحدث أصلي (تعليق ‎`# review:`‎ فوق كل منها في ‎i18n/{ $lang }/‎):
}
stats-interface-errors = نصوص الواجهة: توجد أخطاء في i18n/‎؛ شغّل الأمر ‎`nassij check`‎ لعرضها
stats-missing-heading = { $count ->
    [zero] لا توجد بطاقة تنقصها نصوص باللغة ‎`{ $lang }`‎:
    [one] بطاقة واحدة تنقصها نصوص باللغة ‎`{ $lang }`‎:
    [two] بطاقتان تنقصهما نصوص باللغة ‎`{ $lang }`‎:
    [few] { $count } بطاقات تنقصها نصوص باللغة ‎`{ $lang }`‎:
   *[other] { $count } بطاقة تنقصها نصوص باللغة ‎`{ $lang }`‎:
}
stats-missing-line = { $file }: { $fields }
stats-errors = { $count ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}: شغّل الأمر ‎`nassij check`‎ لعرضها

## مجلد إخراج الأمر nassij build (‎--out‎).
output-contains-site = تعذّرت كتابة الموقع في { $out }: هذا المجلد يحتوي على ملفات الموقع نفسه؛ اختر مجلدًا آخر بالخيار ‎--out‎، مثل ‎`--out public`‎
output-inside-sources = تعذّرت كتابة الموقع في { $out }: هذا المجلد داخل ‎`{ $folder }/`‎، وهو جزء من مصادر الموقع؛ اختر مجلدًا آخر بالخيار ‎--out‎، مثل ‎`--out public`‎
output-not-a-folder = المسار { $out } موجود وليس مجلدًا؛ اختر اسمًا آخر بالخيار ‎--out‎، أو احذف هذا الملف
output-not-a-site = لا يمكن أن يحل الموقع محل { $out }: هذا المجلد ليس فارغًا ولا يحتوي على موقع مبني (لا يوجد index.html)؛ اختر مجلدًا آخر بالخيار ‎--out‎، أو أفرغ هذا المجلد
output-io = { $path }: { $reason }

## «اليوم»: ‎--now‎ و SOURCE_DATE_EPOCH.
now-not-a-date = قيمة الخيار ‎--now‎ ‎`{ $value }`‎ ليست تاريخًا (YYYY-MM-DD)، ولا تاريخًا مع ساعة محلية (YYYY-MM-DDTHH:MM)، ولا تاريخًا وساعة وفق RFC 3339؛ مثل ‎`--now 2026-11-22`‎
now-out-of-range = تعذّر استعمال قيمة الخيار ‎--now‎ ‎`{ $value }`‎: { $reason }
epoch-not-a-number = قيمة SOURCE_DATE_EPOCH ‎`{ $value }`‎ ليست عددًا من الثواني؛ مثل ‎`SOURCE_DATE_EPOCH=1795348800`‎، أو لا تحددها
epoch-out-of-range = تعذّر استعمال قيمة SOURCE_DATE_EPOCH ‎`{ $value }`‎: { $reason }
check-explain-hint = الأمر ‎`nassij explain { $code }`‎ يشرح الرمز، مع مثال على الخطأ وعلى تصحيحه

## nassij --help
cli-help-usage = الاستعمال:
cli-help-commands = الأوامر
cli-help-options = الخيارات
cli-help-arguments = المعطيات
cli-help-about = يبني بوابة الجمعيات بالمغرب وشفافية البرامج الداعمة لها
cli-help-root = مجلد البوابة (الذي يضم site.yaml و content/)
cli-help-lang = لغة رسائل nassij: ‎fr‎ أو ‎ar‎ أو ‎en‎ (افتراضيًا: ‎NASSIJ_LANG‎، ثم لغة الحاسوب، ثم ‎editor_language‎ في site.yaml، وإلا ‎en‎)
cli-help-help = عرض المساعدة
cli-help-version = عرض رقم الإصدار
cli-help-help-command = عرض هذه المساعدة أو مساعدة الأمر المذكور
cli-help-now = «اليوم» لحالة العروض والتواريخ: ‎YYYY-MM-DD‎، أو تاريخ وساعة محليان، أو ‎RFC 3339‎ (افتراضيًا: ‎SOURCE_DATE_EPOCH‎، وإلا الساعة)
cli-help-format = طريقة عرض المشكلات: ‎human‎ (مقروءة) أو ‎github‎ (تعليقات ‎GitHub‎) أو ‎gitlab‎ (تقرير جودة الشيفرة في ‎GitLab‎، مع بقاء التقرير المقروء في السجل) أو ‎json‎
cli-help-drafts = نشر البطاقات المعلَّمة بـ ‎`draft: true`‎
cli-help-future = نشر العروض والأخبار المؤرخة بعد «اليوم» (المبرمجة لاحقًا)
cli-help-build = التحقق، ثم كتابة الموقع كاملًا
cli-help-build-out = مجلد الإخراج (افتراضيًا: ‎public‎)؛ إذا كان من بناء سابق، لا يُعاد إلا كتابة ما تغيّر
cli-help-build-full = إعادة إنشاء كل الصفحات في مجلد جديد، بدل الإبقاء على ما لم يتغير منذ آخر بناء
cli-help-check = التحقق فقط؛ رمز الخروج 1 عند وجود أي خطأ
cli-help-check-strict = الفشل أيضًا عند التنبيهات (ترجمات ناقصة، حالات لم تعد توافق التواريخ…)
cli-help-check-paths = عرض مشكلات هذه الملفات أو المجلدات فقط (يُتحقق من الموقع كله مع ذلك، وهو الذي يحدد رمز الخروج)
cli-help-check-changed = عرض مشكلات الملفات التي تغيرت منذ ‎BASE‎ في git فقط (افتراضيًا نقطة الالتقاء مع ‎origin/main‎، وإلا ‎HEAD‎)، مع الملفات الجديدة
cli-help-check-cache = مجلد ذاكرة التحليل المؤقتة، التي تعفي من تحليل الملفات التي لم تتغير منذ آخر تشغيل (افتراضيًا ‎.nassij-cache‎ في الموقع)
cli-help-check-no-cache = تحليل كل الملفات، دون قراءة ذاكرة التحليل المؤقتة أو الكتابة فيها
cli-help-new = كتابة بطاقة جديدة بكل حقولها مشروحةً
cli-help-new-kind = ‎association‎ أو ‎programme‎ أو ‎offer‎ أو ‎results‎ أو ‎institution‎ أو ‎news‎ أو ‎page‎
cli-help-new-slug = اسم ملف البطاقة: حروف لاتينية صغيرة وأرقام وشرطات
cli-help-stats = عدد البطاقات وحالة الترجمة حسب النوع واللغة
cli-help-stats-missing = سرد البطاقات التي تنقصها نصوص بهذه اللغة، مع تلك النصوص
cli-help-explain = معنى رمز المشكلة، مع مثال على الخطأ وعلى تصحيحه
cli-help-explain-code = رمز مثل ‎unknown-province‎، كما يظهر بين معقوفين في ‎check‎ و‎build‎
cli-help-serve = البناء في الذاكرة، والعرض على ‎127.0.0.1‎، وإعادة البناء وتحديث الصفحات المفتوحة عند كل تعديل
cli-help-serve-port = منفذ الاستماع (افتراضيًا: 1111)
cli-help-serve-open = فتح الموقع في المتصفح الافتراضي
cli-help-serve-bind = عنوان الاستماع؛ أي عنوان غير العنوان المحلي يجعل الموقع مرئيًا على الشبكة
cli-error-command = لا يوجد أمر اسمه ‎`{ $command }`‎
cli-error-argument = لا يوجد هنا خيار اسمه ‎`{ $argument }`‎
cli-error-value = القيمة ‎`{ $value }`‎ غير مقبولة في ‎`{ $argument }`‎
cli-error-value-list = القيمة ‎`{ $value }`‎ غير مقبولة في ‎`{ $argument }`‎؛ اكتب إحدى هذه القيم: { $valid }
cli-error-missing = يحتاج هذا الأمر إلى { $argument }
cli-error-suggestion = هل تقصد ‎`{ $suggestion }`‎؟
cli-error-help = الأمر ‎`nassij --help`‎ يسرد الأوامر وخياراتها

## nassij init و nassij theme eject.
cli-help-init = إنشاء مستودع بوابة جديدة: الملف site.yaml، والمجلد ‎content/‎ مع القوائم (الجهات والأقاليم والمجالات والفئات والمؤشرات)، ودليل المحررين، والنشر التلقائي على GitHub وGitLab
cli-help-init-dir = مجلد البوابة الجديدة (افتراضيًا: ‎--root‎، وإلا المجلد الحالي)
cli-help-init-title = عنوان الموقع: ‎LANG=TEXT‎ للغة واحدة (ar أو fr أو zgh)، ويمكن تكراره؛ و‎TEXT‎ وحده للغات الأخرى
cli-help-init-base-url = العنوان العمومي للموقع، مثل ‎https://associations.example.ma‎
cli-help-init-contact = العنوان الإلكتروني الذي تصله رسائل التبليغ عن الأخطاء
cli-help-init-yes = لا يطرح أي سؤال: يستعمل القيم المعطاة في الخيارات، وإلا القيم الافتراضية
cli-help-theme = مظهر الموقع: السمة ونصوص الواجهة
cli-help-eject = نسخ السمة ونصوص الواجهة المدمجة إلى البوابة لتعديلها
cli-help-eject-dir = مجلد البوابة (افتراضيًا: ‎--root‎، وإلا المجلد الحالي)
init-exists = خطأ: الملف { $file } موجود من قبل، فهذا المجلد بوابة أصلًا
init-exists--help = التصحيح: اختر مجلدًا آخر، مثل ‎`nassij init my-portal`‎
init-prompt = { $question } [{ $default }]:
init-prompt-bare = { $question }:
init-intro = بوابة جديدة. أجب عن كل سؤال، أو اضغط Enter للإبقاء على القيمة الواردة بين معقوفين؛ ويمكن تغيير كل شيء لاحقًا في site.yaml.
init-ask-title-ar = عنوان الموقع بالعربية
init-ask-title-fr = عنوان الموقع بالفرنسية
init-ask-title-zgh = عنوان الموقع بالأمازيغية (تيفيناغ)
init-ask-base-url = العنوان العمومي للموقع (‎https://…‎)
init-ask-contact = العنوان الإلكتروني الذي تصله رسائل التبليغ عن الأخطاء (اضغط Enter إن لم يكن هناك عنوان)
init-bad-base-url = خطأ: { $reason }؛ اكتب العنوان العمومي للموقع هكذا: ‎https://associations.example.ma‎
init-bad-contact = خطأ: ‎`{ $email }`‎ ليس عنوانًا إلكترونيًا؛ اكتبه هكذا: ‎portail@example.ma‎
init-written = { $count ->
    [zero] لم يُكتب أي ملف في { $dir }
    [one] كُتب ملف واحد في { $dir }
    [two] كُتب ملفان في { $dir }
    [few] كُتبت { $count } ملفات في { $dir }
    [many] كُتب { $count } ملفًا في { $dir }
   *[other] كُتب { $count } ملف في { $dir }
}
init-kept = { $count ->
    [one] بقي ملف واحد كان موجودًا من قبل على حاله: { $files }
    [two] بقي ملفان كانا موجودين من قبل على حالهما: { $files }
    [few] بقيت { $count } ملفات كانت موجودة من قبل على حالها: { $files }
    [many] بقي { $count } ملفًا كانت موجودة من قبل على حالها: { $files }
   *[other] بقي { $count } ملف كانت موجودة من قبل على حالها: { $files }
}
init-cannot-write = خطأ: تعذّرت كتابة { $file }: { $reason }
init-no-checksum = ملاحظة: لا يعرف هذا الإصدار من nassij بصمته ({ $asset })، لذلك سيتحقق النشر التلقائي من nassij بمقارنته بالملف SHA256SUMS لإصداره. لا يلزمك شيء الآن. لتسجيل البصمة في البوابة، انسخ سطر { $asset } من الملف SHA256SUMS في صفحة الإصدار إلى NASSIJ_SHA256 في ‎.github/workflows/nassij.yml‎ وفي ‎.gitlab-ci.yml‎.
init-next = الخطوات التالية:
    1. ‎cd { $dir }‎
    2. ‎nassij serve‎: يظهر الموقع على العنوان ‎http://127.0.0.1:1111‎ (‏Ctrl+C للإيقاف)
    3. ‎git init‎ ثم ‎git add .‎ ثم ‎git commit‎، ثم ارفع المستودع إلى GitHub أو GitLab: يُفحص كل طلب دمج ويُنشر الفرع main. يشرح الملف README.md كيف يُفعَّل النشر، والملف content/README.md هو دليل المحررين.
eject-next = يضم المجلدان ‎themes/{ $theme }/‎ و‎i18n/‎ في البوابة الآن الملفات المدمجة: عدّل ما تحتاج إليه، وسيستعمل nassij ملفاتك. احذف ما لم تعدّله: يستعمل nassij عندئذ نسخته المدمجة، فتصلك تحسينات الإصدارات الجديدة.
init-yaml-header = إعدادات البوابة. كل حقل مشروح في دليل المحررين (content/README.md).
init-yaml-base-url = العنوان العمومي للموقع كما يكتبه القراء (مع ‎https://‎).
init-yaml-theme = مظهر الموقع: ‎`default`‎ هي السمة المدمجة في nassij (ينسخها الأمر ‎`nassij theme eject`‎ إلى مجلد البوابة لتعديلها).
init-yaml-editor-language = لغة رسائل nassij للمحررين: fr أو ar أو en.
init-yaml-contact = العنوان الإلكتروني الذي تصله رسائل التبليغ عن الأخطاء من صفحة كل بطاقة (اختياري).
