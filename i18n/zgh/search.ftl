# The search page's filters and the strings search.js shows (read from data
# attributes of the page). "{n}" is replaced by the number of results.
# Terms come from i18n/zgh/GLOSSARY.md; "# source:" and "# review:"
# comments as in main.ftl.

# source: MW file-info-size "ⴰⵏⴰⵡ MIME" (type).
search-filter-kind = ⴰⵏⴰⵡ
# source: Wikidata zgh region labels "ⵜⴰⵎⵏⴰⴹⵜ …", as in main.ftl.
search-filter-region = ⵜⴰⵎⵏⴰⴹⵜ
# source: MW yourdomainname "ⵉⴳⵔ".
search-filter-domain = ⵉⴳⵔ
# source: MW searchprofile-everything "ⵎⴰⵕⵕⴰ" (all).
search-filter-all = ⵎⴰⵕⵕⴰ
# Kinds of record offered in the filter.
# review: ⵜⴰⵎⵓⵏⵜ "association" is marked review.
search-kind-association = ⵜⵉⵎⵓⵏⵉⵏ
# review: ⴰⵖⴰⵡⴰⵙ "programme" is marked review.
search-kind-programme = ⵉⵖⴰⵡⴰⵙⵏ
# review: ⴰⵙⵓⵎⵔ "offer" and ⵜⵉⵖⵓⵔⵉ "call" are marked review.
search-kind-offer = ⵉⵙⵓⵎⵔⵏ ⴷ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ
# source: see nav-news in main.ftl.
search-kind-news = ⵉⵏⵖⵎⵉⵙⵏ
# source: MW allpages "ⵜⴰⵙⵏⵉⵡⵉⵏ".
search-kind-page = ⵜⴰⵙⵏⵉⵡⵉⵏ
# source: MW search-nonefound "ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵢⴰⴼⵓⵜⵉⵏ", wrongpassword "ⴰⵔⵎ ⴷⴰⵖ" (try), ⵜⴰⴳⵓⵔⵉ "word" (MW yourpassword), delete "ⴽⴽⵙ", rcfilters-filterlist-title (filter).
search-none = ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵢⴰⴼⵓⵜⵉⵏ. ⴰⵔⵎ ⵢⴰⵜ ⵜⴳⵓⵔⵉ ⵢⴰⴹⵏ ⵏⵖ ⴽⴽⵙ ⵢⴰⵜ ⵜⵎⵣⵉⵣⴷⴳⵜ.
# Number of results, by plural category. zgh uses one (0, 1) and other
# (src/i18n/plural.rs); zero, two, few and many exist so that every
# language's file keeps the same messages (Arabic needs them).
# source: MW search-nonefound "ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵢⴰⴼⵓⵜⵉⵏ".
search-count-zero = ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵢⴰⴼⵓⵜⵉⵏ
# source: MW prevn-title / nextn-title "ⵜⵢⴰⴼⵓⵜⵉⵏ" (annexed plural after a number).
search-count-two = {"{n}"} ⵜⵢⴰⴼⵓⵜⵉⵏ
# source: see search-count-two.
search-count-few = {"{n}"} ⵜⵢⴰⴼⵓⵜⵉⵏ
# source: MW prevn-title "ⵜⵢⴰⴼⵓⵜ" (annexed singular after a number).
search-count-one = {"{n}"} ⵜⵢⴰⴼⵓⵜ
# source: see search-count-two.
search-count-many = {"{n}"} ⵜⵢⴰⴼⵓⵜⵉⵏ
# source: see search-count-two.
search-count-other = {"{n}"} ⵜⵢⴰⴼⵓⵜⵉⵏ
# source: MW newarticletext "ⵉ ⵡⵓⴳⴳⴰⵔ ⵏ ⵉⵏⵖⵎⵉⵙⵏ" (more), searchresults (results).
search-more = ⵓⴳⴳⴰⵔ ⵏ ⵜⵢⴰⴼⵓⵜⵉⵏ
# source: MW yourpasswordagain "ⴰⵔⴰ" (write), badtitletext "ⵢⵉⵙⴽⴽⵉⵍⵏ" (characters), moredotdotdot "ⵓⴳⴳⴰⵔ".
search-short = ⴰⵔⴰ ⵙⵉⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵏⵖ ⵓⴳⴳⴰⵔ.
# review: ⵜⴰⵎⵓⵏⵜ is marked review; ⵓⵔ ⵉⵍⵍⵉ (MW), ⵜⴰⵍⴳⴰⵎⵜ (MW listfiles).
search-error = ⴰⵔⵣⵣⵓ ⵓⵔ ⵉⵍⵍⵉ ⴷⵖⵉ. ⵙⴽⵏ ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵜⵎⵓⵏⵉⵏ.
# Filters of the associations only.
# review: ⵜⴰⵙⴳⴰ "province" and ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ "prefecture" have no checked source.
search-filter-province = ⵜⴰⵙⴳⴰ ⵏⵖ ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ
# review: ⴰⴳⴷⵓⴷ "public" for "public cible", no source found.
search-filter-audience = ⴰⴳⴷⵓⴷ
# Heading of the (folded) search filters.
# source: MW rcfilters-search-placeholder "ⵣⵉⵣⴷⵉⴳ" (filter), searchresults "ⵜⵉⵢⴰⴼⵓⵜⵉⵏ".
search-filters = ⵣⵉⵣⴷⵉⴳ ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
