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
