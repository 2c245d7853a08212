# Charts drawn at build time (src/render/charts.rs). Plain text: these go
# into SVG and text alternatives. Messages without a sure Standard Moroccan
# Amazigh term are left out: they fall back to Arabic, then French.

chart-row-label = { $scope }, { $period }
chart-summary-value = { $label }: { $value }
chart-list-separator = ;{" "}
chart-sentence-end = .
# uncertain: ⵓⵍⴰⵛ ⵉⵙⴼⴽⴰ ("there is no data") for "pas de données".
tile-no-data = ⵓⵍⴰⵛ ⵉⵙⴼⴽⴰ
