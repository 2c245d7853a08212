# Charts drawn at build time (src/render/charts.rs). Plain text: these go
# into SVG and text alternatives. Terms come from i18n/zgh/GLOSSARY.md;
# "# source:" and "# review:" comments as in main.ftl.

# source: MW rcnotefrom "ⵉⵜⵜⵓⵙⴽⴰⵔⵏ" (done), as achieved in main.ftl.
chart-achieved = ⵉⵜⵜⵓⵙⴽⴰⵔⵏ
# review: ⵉⵙⵡⵉ "aim" for "cible", no source found.
chart-target = ⵉⵙⵡⵉ
chart-row-label = { $scope }, { $period }
chart-summary-value = { $label }: { $value }
# review: ⵉⵙⵡⵉ "aim" for "cible", no source found.
chart-summary-value-target = { $label }: { $value }, ⵉⵙⵡⵉ: { $target }
chart-list-separator = ;{" "}
chart-sentence-end = .
# source: Wikimedia Incubator Wp/zgh "ⵜⵓⵜⵍⴰⵢⵜ ⵜⴰⵏⴰⵎⵓⵔⵜ" (national).
dashboard-national = ⴰⵏⴰⵎⵓⵔ
# source: ⵙ "by" and ⵜⴰⵎⵏⴰⴹⵜ (Wikidata zgh region labels), annexed ⵜⵎⵏⴰⴹⵜ.
dashboard-map-title = { $indicator } ⵙ ⵜⵎⵏⴰⴹⵜ
# source: MW nocontribs "ⴰⵡⴷ ⵢⴰⵏ … ⵓⵔ …", pageinfo-watchers "ⵓⵟⵟⵓⵏ" (number), view-pool-error "ⴷⵖⵉ".
dashboard-no-data = ⴰⵡⴷ ⵢⴰⵏ ⵓⵟⵟⵓⵏ ⵙ ⵜⵎⵏⴰⴹⵜ ⵓⵔ ⵉⵍⵍⵉ ⴰⵔ ⴷⵖⵉ.
# source: MW nolinkshere "ⵓⵔ ⵍⵍⵉⵏ …" (there are no), databaseerror "ⵉⵙⴼⴽⴰ".
tile-no-data = ⵓⵔ ⵍⵍⵉⵏ ⵉⵙⴼⴽⴰ
