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
