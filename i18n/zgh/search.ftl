# The search page's filters and the strings search.js shows. Messages
# without a sure Standard Moroccan Amazigh term are left out: they fall back
# to Arabic, then French.

# uncertain: ⵜⴰⵎⵏⴰⴹⵜ for "region", as in main.ftl.
search-filter-region = ⵜⴰⵎⵏⴰⴹⵜ
search-filter-province = ⵜⴰⵙⴳⴰ
search-filters = ⵙⵜⵉ
