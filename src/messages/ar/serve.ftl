# serve messages (ar)
serve-port-in-use = المنفذ { $port } مستعمل على { $address }: أوقف البرنامج الذي يستعمله، أو اختر منفذًا آخر بالخيار ‎--port‎
serve-cannot-listen = تعذّر الاستماع على { $address }: { $reason }
serve-cannot-watch = تعذّرت مراقبة ملفات الموقع: { $reason }
serve-cannot-open = تعذّر فتح المجلد { $folder }: تحقق من المسار المعطى بالخيار ‎--root‎
serve-visible-to-network = تنبيه: المعاينة متاحة على العنوان { $address }، فالموقع قيد الإعداد (ومعه المسودات مع ‎--drafts‎) مرئي لكل جهاز يستطيع الوصول إلى هذا العنوان
serve-listening = المعاينة: { $url } (تُتابَع تعديلات content/‎ و themes/‎ و i18n/‎ و site.yaml؛ اضغط Ctrl+C للإيقاف)
serve-settled = المعاينة: اكتمل التحديث في { $ms } ms (الصفحات المُنشأة: { $pages }، الملفات المعدّلة: { $changed }، الملفات المحذوفة: { $removed })
serve-rebuilt = المعاينة: أعيد بناء { $scope ->
    [full] الموقع كله
    [renderer] السمة ونصوص الواجهة
    [content] البطاقات المعدّلة
    [nothing] لا شيء
   *[other] { $scope }
} في { $ms } ms (الصفحات المُنشأة: { $pages }، الملفات المعدّلة: { $changed }، الملفات المحذوفة: { $removed }){ $warnings ->
    [0] {""}
   *[other] ؛ التنبيهات: { $warnings } (يسردها الأمر ‎`nassij check`‎)
}{ $settling ->
    [yes] ؛ جارٍ تحديث الباقي (البحث، البيانات المفتوحة، الصفحات المرتبطة)
   *[no] {""}
}
serve-failed-rebuild = المعاينة: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
} في { $ms } ms؛ ما زالت آخر نسخة سليمة معروضة
overlay-summary = nassij: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}. تعرض الصفحة آخر نسخة سليمة؛ صحّح الملف وستُحدَّث تلقائيًا.
overlay-close = إغلاق
overlay-help-prefix = {"التصحيح: "}
