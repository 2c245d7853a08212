# serve messages (ar)
serve-port-in-use = المنفذ { $port } مستعمل على { $address }: أوقف البرنامج الذي يستعمله، أو اختر منفذًا آخر بالخيار ‎--port‎
serve-cannot-listen = تعذّر الاستماع على { $address }: { $reason }
serve-cannot-watch = تعذّرت مراقبة ملفات الموقع: { $reason }
serve-cannot-open = تعذّر فتح المجلد { $folder }: تحقق من المسار المعطى بالخيار ‎--root‎
serve-visible-to-network = تنبيه: الموقع معروض على { $address }: الموقع قيد الإعداد (والمسودات مع ‎--drafts‎) مرئي لكل جهاز يصل إلى هذا العنوان
serve-listening = المعاينة: { $url } (مراقبة content/ و themes/ و i18n/ و site.yaml؛ Ctrl+C للإيقاف)
serve-settled = المعاينة: اكتمل التحديث في { $ms } ms: { $pages } صفحة، { $changed } ملف تغيّر، { $removed } حُذف
serve-rebuilt = المعاينة: أعيد البناء ({ $scope }) في { $ms } ms: { $pages } صفحة، { $changed } ملف تغيّر، { $removed } حُذف{ $warnings ->
    [0] {""}
   *[other] ؛ { $warnings } تنبيه (الأمر `nassij check` يسردها)
}{ $settling ->
    [yes] ؛ جارٍ تحديث الباقي (البحث، البيانات المفتوحة، الصفحات المرتبطة)
   *[no] {""}
}
serve-failed-rebuild = المعاينة: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
   *[other] { $errors } خطأ
} في { $ms } ms؛ ما زالت آخر نسخة سليمة معروضة
overlay-summary = nassij: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
   *[other] { $errors } خطأ
}. تعرض الصفحة آخر نسخة سليمة؛ صحّح الملف فتُحدَّث تلقائيًا.
overlay-close = إغلاق
overlay-help-prefix = {"التصحيح: "}
