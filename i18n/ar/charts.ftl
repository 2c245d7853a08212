# Charts drawn at build time (src/render/charts.rs). Plain text: these go
# into SVG and text alternatives.

chart-achieved = المنجز
chart-target = الهدف
chart-row-label = { $scope }، { $period }
chart-summary-value = { $label }: { $value }
chart-summary-value-target = { $label }: { $value } من أصل هدف قدره { $target }
chart-list-separator = ؛{" "}
chart-sentence-end = .
dashboard-national = على الصعيد الوطني
dashboard-map-title = { $indicator } حسب الجهات
dashboard-no-data = لا توجد أرقام حسب الجهات حاليًا.
tile-no-data = لا بيانات
