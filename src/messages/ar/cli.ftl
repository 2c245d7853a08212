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
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $warnings } تنبيهات
   *[other] { $warnings } تنبيه
}
check-summary = التحقق: { $counts }
check-hidden-warnings = لم تُعرض { $count } تنبيهات أخرى من نوع { $code } (أول { $shown } معروضة أعلاه)؛ الأمر `nassij check --format json` يسردها كلها
check-hidden-translations = لم تُعرض { $count } تنبيهات أخرى من نوع { $code } (أول { $shown } معروضة أعلاه)؛ الأمر `nassij check --format json` يسردها كلها، والأمر `nassij stats` يعرض حالة الترجمة
check-others-not-shown = لم تُعرض { $count } مشكلات أخرى في ملفات أخرى؛ الأمر `nassij check` دون أسماء ملفات يسردها
check-scheduled = مبرمج: { $file } يُنشر يوم { $date }
check-scheduled-github = مبرمج: يُنشر يوم { $date }
check-changed-failed = خطأ: ‎--changed‎: { $reason }
check-git-missing = تعذّر تشغيل git ({ $reason })؛ ثبّت git، أو اذكر الملفات المراد التحقق منها: `nassij check content/associations/x.md`
bad-now = خطأ: { $reason }
build-bad-target = خطأ: { $reason }
build-failed = البناء: { $counts }؛ لم يُكتب أي شيء، والموقع السابق لم يتغير
build-cannot-write = خطأ: تعذّرت كتابة الموقع: { $reason }
build-done = البناء: { $pages } صفحة، { $files } ملف في { $out } ({ $languages } لغات) في { $seconds } ثانية؛ { $counts }

## nassij new النوع الاسم
new-unknown-kind = خطأ: نوع بطاقة غير معروف `{ $kind }`
new-unknown-kind--help = التصحيح: اكتب أحد الأنواع `association` أو `programme` أو `offer` أو `results` أو `institution` أو `news` أو `page`، مثل `nassij new association my-association`
new-bad-slug = خطأ: لا يصلح `{ $slug }` اسمًا لملف بطاقة: استعمل فقط الحروف اللاتينية الصغيرة a-z والأرقام وشرطات مفردة
new-bad-slug--help = التصحيح: جرّب `nassij new { $kind } { $suggestion }`
new-exists = خطأ: الملف { $file } موجود من قبل؛ الأمر `nassij new` لا يستبدل أي ملف
new-exists--help = التصحيح: اختر اسم ملف آخر، أو عدّل الملف الموجود
new-cannot-create-folder = خطأ: تعذّر إنشاء المجلد { $folder }: { $reason }
new-cannot-write = خطأ: تعذّرت كتابة { $file }: { $reason }
new-created = أُنشئ { $file }: املأ الحقول، ثم شغّل الأمر `nassij check`

## nassij stats: عناوين الجدول وأسطره، والأسطر الأخرى.
stats-no-site = خطأ: تعذّرت قراءة site.yaml؛ شغّل الأمر `nassij check` لمعرفة السبب
stats-unknown-language = خطأ: `{ $code }` ليست من لغات الموقع؛ لغاته هي { $languages }
stats-heading-kind = النوع
stats-heading-records = البطاقات
stats-heading-drafts = المسودات
stats-heading-translated = النصوص المترجمة
stats-row-all = المجموع
stats-row-complete = البطاقات المكتملة
stats-row-interface = الواجهة
stats-interface-errors = نصوص الواجهة: توجد أخطاء في i18n/، شغّل الأمر `nassij check`
stats-missing-heading = { $count ->
    [zero] لا توجد بطاقة تنقصها نصوص باللغة `{ $lang }`:
    [one] بطاقة واحدة تنقصها نصوص باللغة `{ $lang }`:
    [two] بطاقتان تنقصهما نصوص باللغة `{ $lang }`:
    [few] { $count } بطاقات تنقصها نصوص باللغة `{ $lang }`:
   *[other] { $count } بطاقة تنقصها نصوص باللغة `{ $lang }`:
}
stats-missing-line = { $file }: { $fields }
stats-errors = { $count ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
   *[other] { $count } خطأ
}: شغّل الأمر `nassij check` لعرضها

## مجلد إخراج الأمر nassij build (‎--out‎).
output-contains-site = تعذّرت كتابة الموقع في { $out }: هذا المجلد يحتوي على ملفات الموقع نفسه؛ اختر مجلدًا آخر بالخيار ‎--out‎، مثل `--out public`
output-inside-sources = تعذّرت كتابة الموقع في { $out }: هذا المجلد داخل `{ $folder }/`، وهو جزء من مصادر الموقع؛ اختر مجلدًا آخر بالخيار ‎--out‎، مثل `--out public`
output-not-a-folder = { $out } موجود وليس مجلدًا؛ اختر اسمًا آخر بالخيار ‎--out‎، أو احذف هذا الملف
output-not-a-site = لا يمكن أن يحل الموقع محل { $out }: هذا المجلد ليس فارغًا ولا يحتوي على موقع مبني (لا يوجد index.html)؛ اختر مجلدًا آخر بالخيار ‎--out‎، أو أفرغ هذا المجلد
output-io = { $path }: { $reason }

## «اليوم»: ‎--now‎ و SOURCE_DATE_EPOCH.
now-not-a-date = قيمة الخيار ‎--now‎ `{ $value }` ليست تاريخًا (YYYY-MM-DD)، ولا تاريخًا وساعة محليين (YYYY-MM-DDTHH:MM)، ولا طابعًا زمنيًا وفق RFC 3339؛ مثل `--now 2026-11-22`
now-out-of-range = تعذّر استعمال قيمة الخيار ‎--now‎ `{ $value }`: { $reason }
epoch-not-a-number = قيمة SOURCE_DATE_EPOCH `{ $value }` ليست عددًا من الثواني؛ مثل `SOURCE_DATE_EPOCH=1795348800`، أو لا تحددها
epoch-out-of-range = تعذّر استعمال قيمة SOURCE_DATE_EPOCH `{ $value }`: { $reason }
check-explain-hint = الأمر ‎`nassij explain { $code }`‎ يشرح الرمز، مع مثال على الخطأ وعلى تصحيحه
