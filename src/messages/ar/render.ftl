# render messages (ar)

## السمة (themes/الاسم/): مجلدها وقوالبها وملفاتها الثابتة.
missing-theme = ليس للسمة ‎`{ $theme }`‎ مجلد ‎`{ $folder }`‎
missing-theme--help = في site.yaml، اكتب ‎`theme: { $default }`‎ (السمة المدمجة في nassij) أو اسم مجلد من themes/
asset = تعذّرت قراءة هذا الملف من ملفات السمة: { $reason }

## أخطاء القوالب. كلمات محرك القوالب نفسه، إن لم يوجد أوضح منها، تأتي في `reason`.
template--undefined-name = يستعمل القالب ‎`{ $name }`‎، وهذه الصفحة لا تتضمنه
template--undefined = يستعمل القالب قيمة غير موجودة: { $reason }
template--syntax = القالب مكتوب بشكل غير صحيح: { $reason }
template--unknown-function = يستدعي القالب دالة أو مرشحًا غير موجود: { $reason }
template--not-found = يُدرج القالب قالبًا آخر غير موجود: { $reason }
template--arguments = إحدى دوال القالب لا تتلقى القيم الصحيحة: { $reason }
template--other = خطأ في القالب: { $reason }
template--included = { $message } (في { $places })
template--unreadable = تعذّرت قراءة القالب: { $reason }
template--help-undefined = القوالب صارمة: كل قيمة تستعملها يجب أن توجد في الصفحة؛ تحقق من الاسم، أو احمِها بـ ‎`is defined`‎
template--help-unknown-function = استعمل دالة أو مرشحًا يوفره nassij (‎`t`‎ و‎`t_attr`‎ و‎`tx`‎ و‎`num`‎) أو توفره minijinja
template--help-syntax = تحقق من كتابة القالب قرب هذا السطر
template--help = تحقق من القالب قرب هذا السطر
# ما تقوله دوال القوالب في nassij (t و tx و num…).
template--cannot-write = تعذّرت كتابة الصفحة
template--not-a-text = الدالة { $function }() تحتاج نصًا فيه ‎`{ $attr }`‎ (نص من عرض، مثل ‎`association.name`‎)، لا ‎`{ $found }`‎
template--no-lang = ليست للصفحة قيمة ‎`lang`‎
template--not-a-site-language = اللغة ‎`{ $code }`‎ ليست من لغات الموقع
template--argument-missing = الوسيط ‎`{ $name }`‎ للرسالة ‎`{ $id }`‎ بلا قيمة
template--argument-not-a-number = الوسيط ‎`{ $name }`‎ للرسالة ‎`{ $id }`‎ ليس عددًا صالحًا
template--tx-nothing = لم تتلقَّ الدالة tx()‎ أو lang_of()‎ أي شيء؛ ضع النصوص الاختيارية داخل ‎`if`‎
interface-unknown-language = اللغة ‎`{ $lang }`‎ ليست من لغات الموقع
interface-message-missing = رسالة الواجهة ‎`{ $id }`‎ غير موجودة في أي من اللغات { $languages }
interface-message-failed = تعذّرت كتابة رسالة الواجهة ‎`{ $id }`‎ باللغة ‎`{ $lang }`‎: { $reason }

## نصوص واجهة الموقع (i18n/اللغة/*.ftl).
missing-translation--interface = رسائل الواجهة الناقصة باللغة ‎`{ $lang }`‎: { $count } (مثل { $examples })
missing-translation--interface-help = أضفها إلى i18n/{ $lang }/*.ftl؛ وإلى ذلك الحين تُعرض كل رسالة بأول لغة تتوفر فيها من هذه اللغات: { $fallbacks }
missing-translation--interface-help-none = أضفها إلى i18n/{ $lang }/*.ftl؛ وإلى ذلك الحين تعرض الصفحات معرّف الرسالة بدلًا منها
missing-record--page = لا توجد بطاقة منشورة باسم ‎`{ $slug }`‎؛ تعذّر إنشاء صفحتها
i18n--bad-language-code = الرمز ‎`{ $code }`‎ ليس رمز لغة صالحًا
i18n--bad-language-code--help = في site.yaml، استعمل رمزًا وفق BCP 47 مثل ‎`ar`‎ أو ‎`fr`‎ أو ‎`zgh`‎
i18n--default-not-a-language = اللغة الافتراضية ‎`{ $code }`‎ ليست من لغات الموقع
i18n--default-not-a-language--help = اختر إحدى اللغات: { $languages }
i18n--language-twice = اللغة ‎`{ $code }`‎ مذكورة مرتين
i18n--language-twice--help = في site.yaml، اذكر كل لغة مرة واحدة
i18n--unknown-fallback = اللغة البديلة ‎`{ $fallback }`‎ للغة ‎`{ $code }`‎ ليست من لغات الموقع
i18n--unknown-fallback--help = اختر من بين: { $languages }
i18n--internal = خطأ داخلي: { $reason }
i18n--internal--help = أبلغ الفريق التقني بهذا الخطأ في nassij
i18n--cannot-read-folder = تعذّرت قراءة مجلد نصوص الواجهة: { $reason }
i18n--cannot-read-folder--help = أنشئه وضع فيه ملف .ftl واحدًا على الأقل (يمكن أن يكون فارغًا: تؤخذ حينئذ كل رسالة من لغة أخرى)
i18n--cannot-list-folder = تعذّر سرد محتوى المجلد: { $reason }
i18n--cannot-list-folder--help = تحقق من صلاحيات الوصول إلى المجلد
i18n--no-ftl-file = لا يوجد أي ملف .ftl في مجلد هذه اللغة
i18n--no-ftl-file--help = أضف ملفًا (يمكن أن يكون فارغًا: تؤخذ حينئذ كل رسالة من لغة أخرى)
i18n--cannot-read-file = تعذّرت قراءة الملف: { $reason }
i18n--cannot-read-file--help = تحقق من أن الملف موجود وأن قراءته ممكنة
i18n--not-utf8 = ترميز الملف ليس UTF-8 صالحًا
i18n--not-utf8--help = احفظ الملف بترميز UTF-8 (مع BOM أو بدونه)
i18n--syntax = تعذّرت قراءة هذا السطر كرسالة من رسائل الواجهة (صياغة Fluent)
i18n--syntax-help-equals = تُكتب الرسالة هكذا: ‎`message-id = النص`‎
i18n--syntax-help-close-brace = القوس ‎`{"{"}`‎ المفتوح يجب أن يُغلق بـ ‎`{"}"}`‎ في السطر نفسه
i18n--syntax-help-identifier = تبدأ معرّفات الرسائل بحرف لاتيني ولا تحتوي إلا على حروف وأرقام و‎`-`‎ و‎`_`‎؛ ويجب أن تبدأ أسطر المتابعة بمسافات
i18n--syntax-help-message-value = الرسالة ‎`{ $id }`‎ بلا نص: اكتب ‎`{ $id } = النص`‎، أو أعطه سمات (‎`    .attr = النص`‎)
i18n--syntax-help-term-value = المصطلح ‎`-{ $id }`‎ يحتاج إلى قيمة
i18n--syntax-help-default-variant = اجعل أحد الخيارات هو الافتراضي بوضع ‎`*`‎ قبله، وعادة ‎`*[other]`‎
i18n--syntax-help-several-defaults = لا يجوز أن يبدأ بـ ‎`*`‎ إلا خيار واحد
i18n--syntax-help-unbalanced-brace = هذا القوس ‎`{"}"}`‎ لا يغلق شيئًا؛ لإظهار قوس في النص اكتب ‎`{"{"} "{"}"}" {"}"}`‎
i18n--syntax-help-unterminated-string = أغلق النص الموضوع بين علامتي تنصيص بـ ‎`"`‎ في السطر نفسه
i18n--syntax-help-escape = لا تقبل النصوص الموضوعة بين علامتي تنصيص إلا ‎`\"`‎ و‎`\\`‎ و‎`\uXXXX`‎ و‎`\UXXXXXX`‎
i18n--syntax-help-selector = اجعل الاختيار على متغير أو على استدعاء دالة، مثل ‎`{"{"} PLURAL($count) -> ... {"}"}`‎
i18n--syntax-help-function-name = تُكتب أسماء الدوال بحروف كبيرة، مثل ‎`NUMBER($n)`‎ أو ‎`PLURAL($n)`‎
i18n--syntax-help-arguments = اكتب الوسائط غير المسماة أولًا، ثم كل وسيط مسمى مرة واحدة: ‎`NUMBER($n, maximumFractionDigits: 1)`‎
i18n--syntax-help-placeable = يجب أن يحتوي التعبير ‎`{"{"} ... {"}"}`‎ على متغير (‎`$name`‎) أو إحالة إلى رسالة أو نص بين علامتي تنصيص أو عدد
i18n--defined-twice = المعرّف ‎`{ $key }`‎ معرّف مرتين في هذه اللغة
i18n--defined-twice--help = تعريفه الأول في { $place }؛ احذف أحد التعريفين أو غيّر اسمه
i18n--in-message = في ‎`{ $key }`‎: { $problem }
i18n--plural-without-function = الخيار [{ $variant }] فئة من فئات الجمع، لكن الاختيار لا يتم بالدالة PLURAL(...)
i18n--plural-without-function--help = اكتب الاختيار هكذا ‎`{"{"} PLURAL($count) -> ... {"}"}`‎ لتُطبَّق قاعدة الجمع التي يعتمدها nassij للغة (بدونها تُستعمل قواعد الإنجليزية للغة zgh)
i18n--not-a-plural-category = الخيار [{ $variant }] ليس فئة من فئات الجمع
i18n--not-a-plural-category--help = تُرجع PLURAL() إحدى هذه الفئات: zero و one و two و few و many و other
i18n--number-never-matches = الخيار [{ $variant }] لا يمكن أن يطابق PLURAL(...) أبدًا
i18n--number-never-matches--help = تُرجع PLURAL() اسم فئة؛ لتخصيص عدد بعينه، اجعل الاختيار على المتغير أولًا: ‎`{"{"} $count -> [0] ... *[other] {"{"} PLURAL($count) -> ... {"}"} {"}"}`‎
