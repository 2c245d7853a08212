### ⵜⴰⵎⴰⵣⵉⵖⵜ — the open data page, feeds and calendar (see i18n/fr/data.ftl
### for the context of each message). Only terms already used in main.ftl
### are given here; every other message falls back to Arabic, then French,
### until an IRCAM-trained translator provides it.

data-title = { footer-open-data }
data-table-associations = { nav-associations }
data-table-programmes = { nav-programmes }
data-table-results = { nav-results }
data-table-news = { nav-news }
data-feed-news-title = { nav-news }

## File sizes and the licence's name

# Format names are the same acronyms in every language.
data-format-json = JSON
data-format-csv = CSV
# uncertain: ⴱⴰⵢⵜ "byte", ⴽⴱ and ⵎⴱ transliterate kB and MB.
data-size-bytes = { $size }{"\u00A0"}ⴱⴰⵢⵜ
data-size-kb = { $size }{"\u00A0"}ⴽⴱ
data-size-mb = { $size }{"\u00A0"}ⵎⴱ
# The licence's identifier, the same in every language, until a translator gives its name.
data-licence-name-cc-by-4-0 = CC BY 4.0
