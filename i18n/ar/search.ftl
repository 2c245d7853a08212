# The search page's filters and the strings search.js shows (read from data
# attributes of the page). "{n}" is replaced by the number of results.

search-filter-kind = النوع
search-filter-region = الجهة
search-filter-domain = المجال
search-filter-all = الكل
search-kind-association = الجمعيات
search-kind-programme = البرامج
search-kind-offer = العروض وطلبات المشاريع
search-kind-news = المستجدات
search-kind-page = الصفحات
search-none = لا توجد نتائج. جرّب كلمة أخرى أو أزل أحد المرشحات.
# Arabic has six plural categories; {n} is written in Latin digits (ar-MA).
search-count-zero = لا توجد نتائج
search-count-one = نتيجة واحدة
search-count-two = نتيجتان
search-count-few = {"{n}"} نتائج
search-count-many = {"{n}"} نتيجة
search-count-other = {"{n}"} نتيجة
search-more = مزيد من النتائج
search-short = اكتب حرفين على الأقل.
search-error = البحث غير متاح حاليًا. تصفح دليل الجمعيات.
search-filter-province = الإقليم أو العمالة
search-filter-audience = الفئة المستهدفة
search-filters = تصفية النتائج
