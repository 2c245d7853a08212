### ⵜⴰⵎⴰⵣⵉⵖⵜ — Standard Moroccan Amazigh (zgh), Unicode Tifinagh.
###
### Pluralisation: always select with the PLURAL function. CLDR has no plural
### rule for zgh; nassij uses its own, documented in src/i18n/plural.rs:
###     one:   0, 1 (and fractions below 1)     → singular
###     other: every other number (2, 3, 11, 100 …) → plural
###     { PLURAL($count) ->
###         [one] { $count } ⵜⵎⵓⵏⵜ
###        *[other] { $count } ⵜⵎⵓⵏⵉⵏ
###     }
### A bare selector `{ $count -> [one] … }` is refused when loading: it would
### silently use English rules. To single out an exact number, select on the
### variable first: { $count -> [0] … *[other] { PLURAL($count) -> … } }.
### Numbers ($count …) are formatted automatically (1 234,5 with U+00A0);
### $date, $start, $end, $amount, $min, $max, $total arrive formatted.
###
### Every term comes from the glossary i18n/zgh/GLOSSARY.md (one concept, one
### word). A message comments its wording with "# source: …" (CLDR zgh,
### MediaWiki zgh "MW key", …) or "# review: …" when a term has no source
### found or is marked for review in the glossary: these are to be checked
### by an IRCAM-trained translator. The translators' context of each message
### is in i18n/fr/main.ftl.

## Site chrome

# source: MW jumpto "ⵏⴹⵓ ⵖⵔ:" and tooltip-ca-nstab-main "ⵜⵓⵎⴰⵢⵜ ⵏ ⵜⴰⵙⵏⴰ" (content).
skip-to-content = ⵏⴹⵓ ⵖⵔ ⵜⵓⵎⴰⵢⵜ
# source: MW mainpage "ⵜⴰⵙⵏⴰ ⵏ ⵓⵙⵏⵓⴱⴳ", tooltip-p-logo "ⴷⴷⵓ ⵖⵔ ⵓⵙⵏⵓⴱⴳ".
nav-home = ⴰⵙⵏⵓⴱⴳ
# review: ⵜⴰⵎⵓⵏⵜ "association" (pl. ⵜⵉⵎⵓⵏⵉⵏ), no source found; glossary term marked review.
nav-associations = ⵜⵉⵎⵓⵏⵉⵏ
# review: ⴰⵖⴰⵡⴰⵙ (pl. ⵉⵖⴰⵡⴰⵙⵏ) for "programme"; MW uses it for "software" only.
nav-programmes = ⵉⵖⴰⵡⴰⵙⵏ
# review: ⴰⵙⵓⵎⵔ "offer" (pl. ⵉⵙⵓⵎⵔⵏ) and ⵜⵉⵖⵓⵔⵉ "call" (pl. ⵜⵉⵖⵓⵔⵉⵡⵉⵏ), no source found.
nav-offers = ⵉⵙⵓⵎⵔⵏ ⴷ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ
# source: MW searchresults "ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵓⵔⵣⵣⵓ" (results).
nav-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
# source: CLDR zgh key "currency" ⴰⴷⵔⵉⵎ, plural ⵉⴷⵔⵉⵎⵏ "money", as in funding-title.
nav-funding = ⵉⴷⵔⵉⵎⵏ
# source: MW tooltip-n-currentevents "ⵓⴳⴳⴰⵔ ⵏ ⵉⵏⵖⵎⵉⵙⵏ", pageinfo-title.
nav-news = ⵉⵏⵖⵎⵉⵙⵏ
# source: MW search "ⴰⵔⵣⵣⵓ".
nav-search = ⴰⵔⵣⵣⵓ
# source: MW yourlanguage "ⵜⵓⵜⵍⴰⵢⵜ:".
language-switcher = ⵜⵓⵜⵍⴰⵢⵜ
# source: MW navigation-heading "ⵓⵎⵓⵖ ⵏ ⵓⵙⵙⴰⵔⴰ".
main-menu = ⵓⵎⵓⵖ ⵏ ⵓⵙⵙⴰⵔⴰ
# review: ⵜⴰⵡⵡⵓⵔⵜ "portal" is the site's own form (site.yaml title), MW portal attests only the masculine ⴰⵡⵡⵓⵔ; MW botpasswords-updated-title "ⵜⵜⵡⴰⵙⴷⵖⵉ" (updated), lastmodifiedat "ⴳ $1".
footer-built = ⵜⵜⵓⵙⴷⵖⵉ ⵜⵡⵡⵓⵔⵜ ⴳ { $date }
# source: MW databaseerror "ⵉⵙⴼⴽⴰ" (data), createaccount "ⵔⵥⵎ" (open; IRCAM spelling ⵕⵥⵎ).
footer-open-data = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
# review: ⴰⴱⵔⵉⴷ ⵏ ⵜⴰⵙⵏⴰ "the page's path" for "fil d'Ariane", no source found.
breadcrumb = ⴰⴱⵔⵉⴷ ⵏ ⵜⴰⵙⵏⴰ
# source: MW red-link-title "(ⵓⵔ ⵜⵍⵍⵉ ⵜⴰⵙⵏⴰ)".
page-not-found-title = ⵓⵔ ⵜⵍⵍⵉ ⵜⴰⵙⵏⴰ
# source: MW moveddeleted-notice "ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ.", move "ⵙⵎⵓⵜⵜⵉ", viewsourcetext "ⵜⵣⵎⵔⴷ ⴰⴷ", returnto "ⴰⵖⵓⵍ ⵖⵔ", noarticletext "ⵜⵔⵣⵓⴷ".
page-not-found-text = ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ ⵏⵖ ⵜⵎⵓⵜⵜⵉ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵖⵓⵍⴷ ⵖⵔ ⵓⵙⵏⵓⴱⴳ ⵏⵖ ⴰⴷ ⵜⵔⵣⵓⴷ.
# source: MW history-fieldset-title "ⵙⵜⵉ" (choose) and yourlanguage; imperative without a possessive, to avoid choosing a gender.
choose-language = ⵙⵜⵉ ⵜⵓⵜⵍⴰⵢⵜ
# source: MW recentchanges-label-unpatrolled "ⵓⵔⵜⴰ" (not yet), allmessages-filter-translate "ⵙⵙⵓⵖⵍ" (translate), passwordreset-emailtext-ip "ⵜⴰⵏⵚⵍⵉⵜ" (original).
fallback-notice = ⴽⵔⴰ ⴳ ⵜⴰⵙⵏⴰ ⴰ ⵓⵔ ⵜⴰ ⵉⵜⵜⵓⵙⵙⵓⵖⵍ; ⵉⵜⵜⵓⵙⴽⴰⵏ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⵙ ⵜⴰⵏⵚⵍⵉⵜ: { $language }.
# source: CLDR zgh localeDisplayNames/languages "ar" ⵜⴰⵄⵔⴰⴱⵜ, "fr" ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ, "zgh" ⵜⴰⵎⴰⵣⵉⵖⵜ.
language-name-ar = ⵜⴰⵄⵔⴰⴱⵜ
language-name-fr = ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ
language-name-zgh = ⵜⴰⵎⴰⵣⵉⵖⵜ

## Home

# review: ⵜⴰⵎⵓⵏⵜ, ⴰⵖⴰⵡⴰⵙ, ⴰⴳⴷⵓⴷⴰⵏ "public" and ⵜⵉⵡⵉⵙⵉ "support" are glossary terms marked review.
home-title = ⵜⵉⵎⵓⵏⵉⵏ ⴷ ⵉⵖⴰⵡⴰⵙⵏ ⵉⴳⴷⵓⴷⴰⵏⵏ ⵏⵏⴰ ⴰⵙⵏⵜ ⵉⵜⵜⴰⴽⵉⵏ ⵜⵉⵡⵉⵙⵉ
# review: ⵉⵡⵟⵟⴰⵏ, plural of ⵓⵟⵟⵓⵏ "number" (MW pageinfo-watchers), and ⵉⵎⵇⵇⵔⴰⵏⵏ "big" for "clés".
home-key-figures = ⵉⵡⵟⵟⴰⵏ ⵉⵎⵇⵇⵔⴰⵏⵏ
# review: noun in the annexed state after a number written in digits (ⵜⵎⵓⵏⵜ / ⵜⵎⵓⵏⵉⵏ); ⵜⴰⵎⵓⵏⵜ is marked review.
figure-associations =
    { PLURAL($count) ->
        [one] { $count } ⵜⵎⵓⵏⵜ
       *[other] { $count } ⵜⵎⵓⵏⵉⵏ
    }
# review: annexed state ⵓⵖⴰⵡⴰⵙ / ⵢⵉⵖⴰⵡⴰⵙⵏ after a number written in digits; ⴰⵖⴰⵡⴰⵙ is marked review.
figure-programmes =
    { PLURAL($count) ->
        [one] { $count } ⵓⵖⴰⵡⴰⵙ
       *[other] { $count } ⵢⵉⵖⴰⵡⴰⵙⵏ
    }
# review: ⴰⵙⵓⵎⵔ "offer" (annexed ⵓⵙⵓⵎⵔ / ⵢⵉⵙⵓⵎⵔⵏ), no source found; ⵉⵕⵥⵎⵏ "open" (MW createaccount).
figure-open-offers =
    { PLURAL($count) ->
        [one] { $count } ⵓⵙⵓⵎⵔ ⵉⵕⵥⵎⵏ
       *[other] { $count } ⵢⵉⵙⵓⵎⵔⵏ ⵉⵕⵥⵎⵏ
    }
# review: ⴰⵙⵓⵎⵔ "offer", see figure-open-offers.
home-open-offers = ⵉⵙⵓⵎⵔⵏ ⵉⵕⵥⵎⵏ
# source: MW page_last "ⴰⵎⴳⴳⴰⵔⵓ", recentchanges "ⵉⵙⵏⴼⵍⵏ ⵉⵎⴳⴳⵓⵔⴰ" (latest).
home-latest-news = ⵉⵏⵖⵎⵉⵙⵏ ⵉⵎⴳⴳⵓⵔⴰ
# review: ⴰⵙⵓⵎⵔ "offer"; ⴷⵖⵉ "now" (MW view-pool-error).
home-no-open-offers = ⵓⵍⴰ ⵢⴰⵏ ⵓⵙⵓⵎⵔ ⵓⵔ ⵉⵕⵥⵉⵎ ⴷⵖⵉ.
# review: ⵜⴰⵡⵡⵓⵔⵜ "portal" is the site's own form (site.yaml title), MW portal attests only the masculine ⴰⵡⵡⵓⵔ; MW tooltip-search "ⵔⵣⵓ ⴳ {{SITENAME}}".
search-label = ⵔⵣⵓ ⴳ ⵜⵡⵡⵓⵔⵜ
# review: ⵜⴰⵎⴷⵉⵏⵜ "city", ⵜⴰⵎⵓⵏⵜ and ⴰⵖⴰⵡⴰⵙ are glossary terms marked review.
search-placeholder = ⵜⴰⵎⵓⵏⵜ, ⴰⵖⴰⵡⴰⵙ, ⵜⴰⵎⴷⵉⵏⵜ…
# source: MW searchbutton "ⵔⵣⵓ".
search-button = ⵔⵣⵓ
# source: MW search "ⴰⵔⵣⵣⵓ".
search-title = ⴰⵔⵣⵣⵓ
# review: ⵜⴰⵎⵓⵏⵜ and ⵜⴰⵙⴳⴰ "province" are marked review. "ⵉⵇⵇⴰⵏ ⴷ ⵊⴰⴼⴰⵙⴽⵔⵉⴱⵜ" as in MW tog-watchlistreloadautomatically.
search-no-js = ⴰⵔⵣⵣⵓ ⵉⵇⵇⴰⵏ ⴷ ⵊⴰⴼⴰⵙⴽⵔⵉⴱⵜ. ⵜⵣⵎⵔⴷ ⵓⵍⴰ ⴰⴷ ⵜⵙⴽⵏⴷ ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵜⵎⵓⵏⵉⵏ ⵙ ⵜⵎⵏⴰⴹⵜ, ⵙ ⵜⵙⴳⴰ ⵏⵖ ⵙ ⵉⴳⵔ.

## Directory

# review: ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵜⵎⵓⵏⵉⵏ "list of associations" for "annuaire"; ⵜⴰⵎⵓⵏⵜ is marked review.
associations-title = ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵜⵎⵓⵏⵉⵏ
# review: see figure-associations.
associations-count =
    { PLURAL($count) ->
        [one] { $count } ⵜⵎⵓⵏⵜ
       *[other] { $count } ⵜⵎⵓⵏⵉⵏ
    }
# source: Wikidata zgh region labels "ⵜⴰⵎⵏⴰⴹⵜ ⵜⴰⴳⵎⵓⴹⴰⵏⵜ" (MA-08) and CLDR zgh territory IO "ⵜⴰⵎⵏⴰⴹⵜ …".
facet-region = ⵜⴰⵎⵏⴰⴹⵜ
# review: ⵜⴰⵙⴳⴰ "province" and ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ "prefecture" have no checked source.
facet-province = ⵜⴰⵙⴳⴰ ⵏⵖ ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ
# source: MW yourdomainname "ⵉⴳⵔ ⵏⵏⴽ:", passwordreset-domain "ⵉⴳⵔ:".
facet-domain = ⵉⴳⵔ
# review: ⵜⴰⵎⵓⵏⵜ is marked review; annexed state ⵜⵎⵏⴰⴹⵜ after ⵏ.
associations-in-region = ⵜⵉⵎⵓⵏⵉⵏ ⵏ ⵜⵎⵏⴰⴹⵜ ⵏ { $name }
# review: ⵜⴰⵎⵓⵏⵜ, ⵜⴰⵙⴳⴰ and ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ are marked review; annexed states ⵜⵙⴳⴰ, ⵜⵎⵙⵙⵓⴳⵓⵔⵜ.
associations-in-province = ⵜⵉⵎⵓⵏⵉⵏ ⵏ ⵜⵙⴳⴰ ⵏⵖ ⵜⵎⵙⵙⵓⴳⵓⵔⵜ ⵏ { $name }
# review: ⵜⴰⵎⵓⵏⵜ is marked review.
associations-in-domain = ⵜⵉⵎⵓⵏⵉⵏ ⴳ ⵉⴳⵔ ⵏ { $name }
# source: MW navigation "ⴰⵙⵙⴰⵔⴰ", allpages "ⵜⴰⵙⵏⵉⵡⵉⵏ"; ⴳⵔ "between" (MW difference-title).
pagination = ⴰⵙⵙⴰⵔⴰ ⴳⵔ ⵜⴰⵙⵏⵉⵡⵉⵏ
# source: MW whatlinkshere-prev "ⵜⵓⵣⵡⵉⵔⵜ".
page-previous = ⵜⴰⵙⵏⴰ ⵜⵓⵣⵡⵉⵔⵜ
# source: MW whatlinkshere-next "ⵜⵓⴹⴼⵉⵕⵜ".
page-next = ⵜⴰⵙⵏⴰ ⵜⵓⴹⴼⵉⵕⵜ
# source: MW search-showingresults "ⵜⴰⵢⴰⴼⵓⵜ $1 ⵙⴳ $3" (n out of m).
page-n-of-m = ⵜⴰⵙⵏⴰ { $n } ⵙⴳ { $m }
# review: ⵜⴰⵎⵓⵏⵜ is marked review; "ⵉⵎⵙⴰⵙⴰⵏ ⴷ" (matching) as in MW search-nonefound, ⴰⵙⵜⵉ "choice" (MW invert).
no-associations = ⵓⵔ ⵜⵍⵍⵉ ⵜⵎⵓⵏⵜ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵙⵜⵉ ⴰ.

## Association record

# review: ⵉⵙⵎ ⴰⵎⵥⵥⵢⴰⵏ "short name" for "sigle", phrase formed by us.
field-acronym = ⵉⵙⵎ ⴰⵎⵥⵥⵢⴰⵏ
# source: MW listfiles_date "ⴰⵙⴰⴽⵓⴷ", createaccount-title "ⴰⵙⵏⵓⵍⴼⵓ" (creation).
field-founded = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵓⵍⴼⵓ
# review: ⵓⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ "number of the registration" for "numéro de récépissé".
field-registration = ⵓⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ
# source: MW metadata-help "ⴰⴷⴷⴰⴷ" (state).
field-status = ⴰⴷⴷⴰⴷ
# source: MW rcfilters-activefilters "ⵉⵙⵡⵓⵔⵉⵏ" (active); feminine, the association.
status-active = ⵜⵙⵡⵓⵔⵉ
# source: MW rcfilters-activefilters with the negation ⵓⵔ (MW notloggedin).
status-inactive = ⵓⵔ ⵜⵙⵡⵓⵔⵉ
# review: ⴼⵙⵉ "untie" (MW collapsible-expand) used for "dissolve".
status-dissolved = ⵜⵜⵓⴼⵙⵉ
# review: ⵜⴰⵏⴼⵓⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ "public benefit", no source found.
field-public-utility = ⵜⴰⵏⴼⵓⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ
# review: see field-public-utility; ⵜⵜⵓⵙⵙⵏ "acknowledged", no source found.
public-utility-yes = ⵜⵜⵓⵙⵙⵏ ⵙ ⵜⵏⴼⵓⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ
# source: see facet-region.
field-region = ⵜⴰⵎⵏⴰⴹⵜ
# review: see facet-province.
field-province = ⵜⴰⵙⴳⴰ ⵏⵖ ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ
# review: ⵜⴰⵎⴰⵣⴷⴰⵖⵜ "commune", no source found.
field-commune = ⵜⴰⵎⴰⵣⴷⴰⵖⵜ
# review: ⴰⴷⵖⴰⵔ "place" (MW tooltip-n-help) for "milieu".
field-setting = ⴰⴷⵖⴰⵔ
# review: ⵜⴰⵎⴷⵉⵏⵜ "city" for "urbain", no source found.
setting-urban = ⵜⴰⵎⴷⵉⵏⵜ
# review: ⴰⵣⴰⵖⴰⵔ "countryside" for "rural", no source found.
setting-rural = ⴰⵣⴰⵖⴰⵔ
# source: MW metadata-fields "ⵉⴳⵔⴰⵏ", plural of ⵉⴳⵔ.
field-domains = ⵉⴳⵔⴰⵏ
# review: ⴰⴳⴷⵓⴷ (pl. ⵉⴳⴷⵓⴷⵏ) "people, public" for "public cible", no source found.
field-audiences = ⵉⴳⴷⵓⴷⵏ
# review: ⴰⵎⵙⴰⵡⴰⴹ "contact", noun formed on MW blockedtext "ⵜⵎⵙⴰⵡⴰⴹⴷ".
field-contact = ⴰⵎⵙⴰⵡⴰⴹ
# source: MW email "ⵉⵎⴰⵢⵍ".
field-email = ⵉⵎⴰⵢⵍ
# review: ⵜⵉⵍⵉⴼⵓⵏ, international word, no source found.
field-phone = ⵜⵉⵍⵉⴼⵓⵏ
# source: MW grant-editinterface "ⴰⵙⵉⵜ" (site).
field-website = ⴰⵙⵉⵜ
# source: MW passwordreset-email "ⴰⵏⵙⴰ ⴰⵍⵉⴽⵟⵕⵓⵏⵉ" (address).
field-address = ⴰⵏⵙⴰ
# review: ⵉⵥⵟⵟⴰ "nets" for "réseaux", no source found.
field-networks = ⵉⵥⵟⵟⴰ
# review: see nav-programmes.
field-programmes = ⵉⵖⴰⵡⴰⵙⵏ
# review: ⵜⴰⵎⴰⵎⵥⵜ "receiver" (feminine, the association) for "bénéficiaire", no source found.
role-beneficiary = ⵜⴰⵎⴰⵎⵥⵜ
# review: ⵜⴰⵎⴷⴷⴰⴽⴽⵯⵍⵜ "partner" (feminine, the association), no source found.
role-partner = ⵜⴰⵎⴷⴷⴰⴽⴽⵯⵍⵜ
# review: ⴰⵏⴰⵎⵎⴰⵙ "central" (CLDR CF) and ⵜⵉⵣⵎⴰⵔ "abilities", phrase formed by us.
role-competence-hub = ⴰⵏⴰⵎⵎⴰⵙ ⵏ ⵜⵣⵎⴰⵔ
# review: ⴰⵎⵎⴰⵙ "centre" and ⵜⵉⵡⵉⵙⵉ "help" (MW help) used for "support".
role-support-centre = ⴰⵎⵎⴰⵙ ⵏ ⵜⵡⵉⵙⵉ
# source: MW anoneditwarning "ⵉ ⵎⴷⴷⵏ ⴰⴽⴽ" (people).
field-people = ⵎⴷⴷⵏ
# source: MW nmembers "$1 ⵓⴳⵎⴰⵎ / ⵉⴳⵎⴰⵎⵏ".
people-members =
    { PLURAL($count) ->
        [one] { $count } ⵓⴳⵎⴰⵎ
       *[other] { $count } ⵉⴳⵎⴰⵎⵏ
    }
# review: ⴰⵏⵎⵢⴰⵡⴰⵙ "volunteer" (annexed ⵓⵏⵎⵢⴰⵡⴰⵙ / ⵉⵏⵎⵢⴰⵡⴰⵙⵏ), no source found.
people-volunteers =
    { PLURAL($count) ->
        [one] { $count } ⵓⵏⵎⵢⴰⵡⴰⵙ
       *[other] { $count } ⵉⵏⵎⵢⴰⵡⴰⵙⵏ
    }
# review: ⴰⵎⵙⵡⵓⵔⵉ "worker" (annexed ⵓⵎⵙⵡⵓⵔⵉ / ⵉⵎⵙⵡⵓⵔⵉⵢⵏ) for "salarié", noun formed by us.
people-staff =
    { PLURAL($count) ->
        [one] { $count } ⵓⵎⵙⵡⵓⵔⵉ
       *[other] { $count } ⵉⵎⵙⵡⵓⵔⵉⵢⵏ
    }
# review: ⵜⴰⵏⴱⴰⴹⵜ "governance", no source found.
field-governance = ⵜⴰⵏⴱⴰⴹⵜ
# review: ⴰⵣⵔⴼ ⴰⵙⵙⵓⴷⵙ "founding law" for "statuts"; ⵉⵜⵜⵓⵙⴷⵖⵉ "updated" (MW botpasswords-updated-title).
governance-statutes-updated = ⴰⵣⵔⴼ ⴰⵙⵙⵓⴷⵙ ⵉⵜⵜⵓⵙⴷⵖⵉ ⴳ
# review: ⴰⴳⵔⴰⵡ "assembly" not attested; ⴰⵎⴰⵜⴰⵢ "general" (MW disclaimerpage), ⴰⵎⴳⴳⴰⵔⵓ "last" (MW page_last).
governance-last-general-assembly = ⴰⴳⵔⴰⵡ ⴰⵎⴰⵜⴰⵢ ⴰⵎⴳⴳⴰⵔⵓ
# review: ⵜⴰⵙⵜⵔⴰⵜⵉⵊⵉⵜ "strategy", no source found.
governance-strategic-plan = ⵜⴰⵙⵜⵔⴰⵜⵉⵊⵉⵜ
# review: ⴰⵣⵔⴼ ⴰⴳⵏⵙⴰⵏ "internal law" for "règlement intérieur"; ⴰⴳⵏⵙⴰⵏ (MW internalerror).
governance-internal-rules = ⴰⵣⵔⴼ ⴰⴳⵏⵙⴰⵏ
# source: CLDR zgh posix yesstr "ⵢⵢⵉⵀ:ⵢ".
yes = ⵢⵢⵉⵀ
# source: CLDR zgh posix nostr "ⵓⵀⵓ:ⵓ".
no = ⵓⵀⵓ
# review: ⵜⵉⵡⵉⵙⵉ "help" (MW) used for "support"; ⵉⵜⵜⵓⵎⵥⵏ "received", no source found.
awards-received = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⵎⵥⵏ
# review: ⴰⵣⵎⵎⴻⵎ "record" (MW log "ⵉⵣⵎⵎⵉⵎⵏ"), sense extended; ⴰⵎⴷⵢⴰ "example" (MW apisandbox-examples), ⵜⵉⴷⵜ "truth" (MW createacct-realname), ⴼⵙⵔ "publish" (MW publishpage).
example-record = ⴰⵣⵎⵎⴻⵎ ⴰ ⴷ ⴰⵎⴷⵢⴰ ⵓⵔ ⵉⵍⵍⵉⵏ ⵙ ⵜⵉⴷⵜ, ⵉⵜⵜⵓⴼⵙⵔ ⵖⴰⵙ ⴰⴷ ⵉⵙⴽⵏ ⵜⴰⵡⵡⵓⵔⵜ.

## Programmes

# review: ⴰⵖⴰⵡⴰⵙ and ⴰⴳⴷⵓⴷⴰⵏ "public" (from CLDR ⵜⴰⴳⴷⵓⴷⴰⵏⵜ "republic") are marked review.
programmes-title = ⵉⵖⴰⵡⴰⵙⵏ ⵉⴳⴷⵓⴷⴰⵏⵏ
# review: ⵜⴰⵙⵜⵔⴰⵜⵉⵊⵉⵜ "strategy", no source found.
programme-kind-strategy = ⵜⴰⵙⵜⵔⴰⵜⵉⵊⵉⵜ
# review: see nav-programmes.
programme-kind-programme = ⴰⵖⴰⵡⴰⵙ
# review: ⴰⴼⵔⴷⵉⵙ "phase", no source found (MW uses ⵉⴼⵔⴷⵉⵙⵏ for "items").
programme-kind-phase = ⴰⴼⵔⴷⵉⵙ
# source: MW sharedupload-desc-here "ⵉⵙⵏⴼⴰⵔⵏ ⵢⴰⴹⵏⵉⵏ" (other projects), nstab-project.
programme-kind-project = ⴰⵙⵏⴼⴰⵔ
# source: MW hiddencategories "ⵜⴰⵙⵏⴰ ⴰ ⴷ ⴰⴳⵎⴰⵎ ⵏ …" (member of).
field-parent = ⵉⴳⴰ ⴰⴳⵎⴰⵎ ⵏ
# review: ⵜⴰⵏⵎⵀⴰⵍⵜ "managing" (MW group-sysop "ⵉⵏⵎⵀⴰⵍⵏ", administrators) and ⵜⴰⵙⵙⵓⴷⵙⵜ "institution" (no source).
field-lead = ⵜⴰⵙⵙⵓⴷⵙⵜ ⵜⴰⵏⵎⵀⴰⵍⵜ
# review: ⴰⵎⴷⴷⴰⴽⴽⵯⵍ (pl. ⵉⵎⴷⴷⵓⴽⴽⴰⵍ) "partner", no source found.
field-partners = ⵉⵎⴷⴷⵓⴽⴽⴰⵍ
# source: MW rcnotefrom "ⵙⴳ", blockedtext "ⴰⵔ".
field-period = ⵙⴳ { $start } ⴰⵔ { $end }
# review: ⴱⴷⵓ "begin", not attested in the sources read.
programme-status-planned = ⵓⵔ ⵜⴰ ⵉⴱⴷⵉ
# review: ⴷⴷⵓ "go" (MW go) for "en cours".
programme-status-ongoing = ⴰⵔ ⵉⵜⵜⴷⴷⵓ
# source: MW resetpass_announce "ⴰⴷ ⵜⵙⵎⴷⵜ" (complete).
programme-status-completed = ⵉⵜⵜⵓⵙⵎⴷ
# source: plural of ⵜⴰⵎⵏⴰⴹⵜ, see facet-region.
field-regions = ⵜⵉⵎⵏⴰⴹⵉⵏ
# source: see facet-region; ⴰⴽⴽⵯ "all" (MW searchall).
all-regions = ⵜⵉⵎⵏⴰⴹⵉⵏ ⴰⴽⴽⵯ
# review: ⵜⴰⵙⴳⴰ (pl. ⵜⵉⵙⴳⴰⵡⵉⵏ) and ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ (pl. ⵜⵉⵎⵙⵙⵓⴳⵓⵔⵉⵏ, annexed after ⴷ) are marked review.
field-provinces = ⵜⵉⵙⴳⴰⵡⵉⵏ ⴷ ⵜⵎⵙⵙⵓⴳⵓⵔⵉⵏ
# review: no term for "budget" found: ⵉⴷⵔⵉⵎⵏ ⵏ ⵓⵖⴰⵡⴰⵙ "the programme's money".
field-budget = ⵉⴷⵔⵉⵎⵏ ⵏ ⵓⵖⴰⵡⴰⵙ
# review: ⵉⵙⵡⵉ (pl. ⵉⵙⵡⴰⵏ) "aim, objective", no source found.
field-objectives = ⵉⵙⵡⴰⵏ
# review: see programme-kind-phase.
phases = ⵉⴼⵔⴷⵉⵙⵏ
# review: ⵜⵉⴳⴰⵡⵉⵏ ⵜⵉⵎⵇⵇⵔⴰⵏⵉⵏ "major actions" for "jalons" (ⵜⵉⴳⴰⵡⵉⵏ MW actions), phrase formed by us.
milestones = ⵜⵉⴳⴰⵡⵉⵏ ⵜⵉⵎⵇⵇⵔⴰⵏⵉⵏ
# review: see programme-status-planned (feminine: ⵜⵉⴳⴰⵡⵜ "milestone").
milestone-status-planned = ⵓⵔ ⵜⴰ ⵜⴱⴷⵉ
# review: see programme-status-ongoing (feminine).
milestone-status-in-progress = ⴰⵔ ⵜⵜⴷⴷⵓ
# source: MW rcnotefrom "ⵉⵜⵜⵓⵙⴽⴰⵔⵏ" (done); feminine.
milestone-status-done = ⵜⵜⵓⵙⴽⴰⵔ
# source: MW transaction-duration-limit-exceeded "ⵓⵎⴰⵟⵍ" (delay).
milestone-status-late = ⵙ ⵓⵎⴰⵟⵍ
# source: MW searchresults "ⵜⵉⵢⴰⴼⵓⵜⵉⵏ".
results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
# review: ⵜⴰⵎⵓⵏⵜ and ⴰⵖⴰⵡⴰⵙ are marked review.
participating-associations = ⵜⵉⵎⵓⵏⵉⵏ ⴳ ⵓⵖⴰⵡⴰⵙ
# review: ⴰⵙⵓⵎⵔ "offer"; ⵇⵇⵏⵏⵉⵏ "related" (MW recentchangeslinked-feed).
related-offers = ⵉⵙⵓⵎⵔⵏ ⵇⵇⵏⵏⵉⵏ
# source: MW recentchangeslinked-feed "ⵉⵙⵏⴼⵍⵏ ⵇⵇⵏⵏⵉⵏ" (related).
related-news = ⵉⵏⵖⵎⵉⵙⵏ ⵇⵇⵏⵏⵉⵏ

## Offers

# review: ⴰⵙⵓⵎⵔ, ⵜⵉⵡⵉⵙⵉ "support" and ⵜⵉⵖⵓⵔⵉ "call" are marked review; ⵉⵙⵏⴼⴰⵔⵏ (MW).
offers-title = ⵉⵙⵓⵎⵔⵏ ⵏ ⵜⵡⵉⵙⵉ ⴷ ⵜⵖⵓⵔⵉⵡⵉⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ
# review: ⴰⵙⵓⵎⵔ "offer".
offers-open = ⵉⵙⵓⵎⵔⵏ ⵉⵕⵥⵎⵏ
# review: ⴰⵙⵓⵎⵔ; ⵔⴰⴷ ⴷ ⵢⴰⵙⵏ "that will come", no source found.
offers-upcoming = ⵉⵙⵓⵎⵔⵏ ⵔⴰⴷ ⴷ ⵢⴰⵙⵏ
# review: ⴰⵙⵓⵎⵔ; ⵉⵜⵜⵓⵔⴳⵍⵏ "closed" (MW readonly "ⵜⵜⵡⴰⵔⴳⵍ").
offers-closed = ⵉⵙⵓⵎⵔⵏ ⵉⵜⵜⵓⵔⴳⵍⵏ
# source: MW createaccount "ⵔⵥⵎ" (open; IRCAM spelling ⵕⵥⵎ).
offer-status-open = ⵉⵕⵥⵎ
# review: "will come", no source found.
offer-status-upcoming = ⵔⴰⴷ ⴷ ⵢⴰⵙ
# source: MW readonly "ⵜⵜⵡⴰⵔⴳⵍ" (locked, closed).
offer-status-closed = ⵉⵜⵜⵓⵔⴳⵍ
# review: ⵜⵉⵡⵉⵙⵉ "help" (MW) used for "support"; ⵉⴷⵔⵉⵎⵏ "money" (CLDR).
offer-kind-funding = ⵜⵉⵡⵉⵙⵉ ⵙ ⵉⴷⵔⵉⵎⵏ
# review: ⴰⵙⵍⵎⴷ "teaching", formed on ⵍⵎⴷ "learn" (MW prefs-signature-error-details).
offer-kind-training = ⴰⵙⵍⵎⴷ
# review: ⵉⵎⴰⵙⵙⵏ "tools" (MW toolbox) for "équipement".
offer-kind-equipment = ⵉⵎⴰⵙⵙⵏ
# review: ⵉⴷⵖⴰⵔⵏ "places" for "locaux", plural formed by us.
offer-kind-premises = ⵉⴷⵖⴰⵔⵏ
# review: ⵜⵉⵡⵉⵙⵉ "support" is marked review; ⴰⵜⵉⵇⵏⵉ "technical" (MW recentchanges-network).
offer-kind-technical-support = ⵜⵉⵡⵉⵙⵉ ⵜⴰⵜⵉⵇⵏⵉⵜ
# review: ⵜⵉⵖⵓⵔⵉ "call" and ⵜⵉⵔⵉ "wish" have no source; ⵙⵎⴰⵍ "show" (MW recentchanges-submit).
offer-kind-call-for-interest = ⵜⵉⵖⵓⵔⵉ ⵏ ⵓⵙⵎⴰⵍ ⵏ ⵜⵔⵉ
# review: ⵜⴰⵙⵙⵓⴷⵙⵜ "institution" (the issuer), no source found.
field-issuer = ⵜⴰⵙⵙⵓⴷⵙⵜ
# review: see nav-programmes.
field-programme = ⴰⵖⴰⵡⴰⵙ
# source: MW publishpage "ⴼⵙⵔ ⵜⴰⵙⵏⴰ" (publish).
field-published = ⵉⵜⵜⵓⴼⵙⵔ ⴳ
# review: ⴰⵕⵥⵥⵓⵎ "opening", verbal noun of ⵕⵥⵎ formed by us; ⴰⵙⴰⴽⵓⴷ "date" (MW listfiles_date).
field-opens = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵕⵥⵥⵓⵎ
# source: MW listfiles_date "ⴰⵙⴰⴽⵓⴷ" and page_last "ⴰⵎⴳⴳⴰⵔⵓ" (last date = deadline).
field-closes = ⴰⵙⴰⴽⵓⴷ ⴰⵎⴳⴳⴰⵔⵓ
# source: MW days "$1 ⵡⴰⵙⵙ / $1 ⵡⵓⵙⵙⴰⵏ", blockedtext "ⵔⴰⴷ ⵉⵇⵇⵉⵎ" (remain), readonly "ⵜⵜⵡⴰⵔⴳⵍ" (close); CLDR day relative 0 "ⴰⵙⵙⴰ" (today).
days-left =
    { $count ->
        [0] ⵔⴰⴷ ⵉⵜⵜⵓⵔⴳⵍ ⴰⵙⵙⴰ
       *[other]
            { PLURAL($count) ->
                [one] ⵉⵇⵇⵉⵎ { $count } ⵡⴰⵙⵙ
               *[other] ⵇⵇⵉⵎⵏ { $count } ⵡⵓⵙⵙⴰⵏ
            }
    }
# review: "who can apply", phrase formed by us; ⵙⵓⵜⵔ "request" (MW databaseerror-textcl) used for "apply".
field-eligibility = ⵎⴰⵏⵡⵉⵏ ⵉⵣⵎⵔⵏ ⴰⴷ ⵙⵓⵜⵔⵏ
# source: MW recentchanges-label-plusminus "ⵙ ⵓⵎⴹⴰⵏ ⴰⴷ" (amount).
field-amount = ⴰⵎⴹⴰⵏ
# source: MW rcnotefrom "ⵙⴳ", blockedtext "ⴰⵔ"; as in field-period.
amount-range = ⵙⴳ { $min } ⴰⵔ { $max }
# source: MW pageinfo-edits "ⵎⴰⵕⵕⴰ ⵓⵟⵟⵓⵏ" (total) and recentchanges-label-plusminus (amount).
amount-total = ⵎⴰⵕⵕⴰ ⵓⵎⴹⴰⵏ: { $total }
# review: ⵙⵓⵜⵔ "request" used for "apply".
field-apply = ⵙⵓⵜⵔ
# review: ⵙⵓⵜⵔ "apply" and ⴰⵥⵟⵟⴰ "net" (annexed ⵓⵥⵟⵟⴰ) are marked review.
apply-online = ⵙⵓⵜⵔ ⵙ ⵓⵥⵟⵟⴰ
# review: ⵙⵓⵜⵔ "apply"; ⵉⵎⴰⵢⵍ (MW email).
apply-by-email = ⵙⵓⵜⵔ ⵙ ⵉⵎⴰⵢⵍ
# review: ⵜⵉⵔⵔⴰ "writings, papers" for "pièces"; ⴰⵙⵓⵜⵔ "application".
field-documents = ⵜⵉⵔⵔⴰ ⵏ ⵓⵙⵓⵜⵔ
# review: ⴰⵙⵓⵜⵔ (pl. ⵉⵙⵓⵜⵔⴰ, annexed ⵓⵙⵓⵜⵔ / ⵢⵉⵙⵓⵜⵔⴰ) "application" and ⵉⵜⵜⵓⵎⵥⵏ "received".
applications-received =
    { PLURAL($count) ->
        [one] { $count } ⵓⵙⵓⵜⵔ ⵉⵜⵜⵓⵎⵥⵏ
       *[other] { $count } ⵢⵉⵙⵓⵜⵔⴰ ⵉⵜⵜⵓⵎⵥⵏ
    }
# review: ⵜⵉⵡⵉⵙⵉ "help" (MW) used for "support"; ⵉⵜⵜⵓⴼⴽⴰⵏ "given" (MW recentchanges-noresult).
awards = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
# review: ⵜⴰⵎⵓⵏⵜ is marked review.
award-association = ⵜⴰⵎⵓⵏⵜ
# source: see field-amount.
award-amount = ⴰⵎⴹⴰⵏ
# review: ⴰⵙⵓⵜⵔ "application" (annexed pl. ⵢⵉⵙⵓⵜⵔⴰ after the verb); ⵕⵥⵎ "open" (MW createaccount), passive ⵜⵜⵓⵕⵥⵎⵏ.
offer-opens-on = ⵔⴰⴷ ⵜⵜⵓⵕⵥⵎⵏ ⵢⵉⵙⵓⵜⵔⴰ ⴳ
# review: ⵙⵓⵜⵔ "apply", ⵙⵡⵓⴷⴷⵓ "prepare" (MW passwordreset-ignored, sense extended); ⵎⴰⵛⴰ "but" (MW noarticletext-nopermission).
offer-upcoming-note = ⵓⵔ ⵜⴰ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵙⵓⵜⵔⴷ, ⵎⴰⵛⴰ ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵡⵓⴷⴷⵓⴷ ⵜⵉⵔⵔⴰ ⵏ ⵓⵙⵓⵜⵔ ⵙⴳ ⴷⵖⵉ.
# review: see offer-upcoming-note.
offer-prepare = ⵙⵡⵓⴷⴷⵓ ⴰⵙⵓⵜⵔ
# source: MW readonly "ⵜⵜⵡⴰⵔⴳⵍ" (closed).
offer-closed-on = ⵉⵜⵜⵓⵔⴳⵍ ⴳ
# review: ⴰⵙⵓⵜⵔ "application", ⵜⵜⵓⵎⵥⵏ "are received"; ⵓⵔ ⵙⵓⵍ "no longer" (MW changeemail-newemail-help).
offer-closed-note = ⵓⵔ ⵙⵓⵍ ⵜⵜⵓⵎⵥⵏ ⵢⵉⵙⵓⵜⵔⴰ.
# review: ⵜⵉⵖⵓⵔⵉ "call" (annexed ⵜⵖⵓⵔⵉ) is marked review.
offer-outcome = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵖⵓⵔⵉ
# review: ⵜⵉⵖⵓⵔⵉ "call"; ⵓⵔ ⵜⴰ "not yet" (MW recentchanges-label-unpatrolled), ⴼⵙⵔ (MW publishpage).
offer-no-outcome = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵖⵓⵔⵉ ⴰ ⵓⵔ ⵜⴰ ⵜⵜⵓⴼⵙⵔⵏⵜ.
# source: MW pageinfo-edits (ⵎⴰⵕⵕⴰ + annexed noun), recentchanges-label-plusminus, recentchanges-noresult "ⵉⵜⵜⵓⴼⴽⴰⵏ".
awards-total-label = ⵎⴰⵕⵕⴰ ⵓⵎⴹⴰⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
# review: plural ⵉⵙⵓⴽⴰⴷ of ⴰⵙⴰⴽⵓⴷ is ours; ⴹⴼⵔ "follow" (MW recentchanges-summary).
follow-deadlines = ⴹⴼⵔ ⵉⵙⵓⴽⴰⴷ ⵉⵎⴳⴳⵓⵔⴰ
# review: see follow-deadlines; ⴰⵙⵎⵍⵓⵙⵙⴰⵏ "calendar" (CLDR key calendar).
follow-subscribe = ⴹⴼⵔ ⴰⵙⵎⵍⵓⵙⵙⴰⵏ ⵏ ⵉⵙⵓⴽⴰⴷ ⵉⵎⴳⴳⵓⵔⴰ
# review: see follow-deadlines; ⴰⴳⵎ "download" (MW download).
follow-calendar = ⴰⴳⵎ ⵉⵙⵓⴽⴰⴷ ⵉⵎⴳⴳⵓⵔⴰ ⵉ ⵓⵙⵎⵍⵓⵙⵙⴰⵏ
# review: ⴰⵙⵓⵎⵔ "offer"; ⴰⵏⴳⵉ "feed" (MW site-atom-feed), ⴰⵎⴰⵢⵏⵓ "new" (MW newpage). Atom is a format name.
follow-feed = ⴰⵎⵥ ⵉⵙⵓⵎⵔⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ (ⴰⵏⴳⵉ Atom)
# review: ⵜⴰⵙⵜⵔⴰⵜⵉⵊⵉⵜ, ⴰⵖⴰⵡⴰⵙ, ⴰⴼⵔⴷⵉⵙ, ⵜⴰⵙⵙⵓⴷⵙⵜ and "budget" are marked review.
programmes-tree-intro = ⵙⴳ ⵜⵙⵜⵔⴰⵜⵉⵊⵉⵜ ⴰⵔ ⵉⵖⴰⵡⴰⵙⵏ, ⵉⴼⵔⴷⵉⵙⵏ ⴷ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⵙⵏ, ⵙ ⵓⴷⴷⴰⴷ, ⵉⵙⵓⴽⴰⴷ, ⵜⴰⵙⵙⵓⴷⵙⵜ ⵜⴰⵏⵎⵀⴰⵍⵜ ⴷ ⵉⴷⵔⵉⵎⵏ ⵏ ⴽⵓ ⵢⴰⵏ.
# review: ⴰⵖⴰⵡⴰⵙ "programme" is marked review (GLOSSARY.md); built as no-news, MW nocontribs "ⴰⵡⴷ ⵢⴰⵏ … ⵓⵔ …", publishpage "ⴼⵙⵔ".
no-programmes = ⴰⵡⴷ ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ ⵓⵔ ⵉⵜⵜⵓⴼⵙⵔ ⴰⵔ ⴷⵖⵉ.
# source: MW listfiles_date "ⴰⵙⴰⴽⵓⴷ".
award-date = ⴰⵙⴰⴽⵓⴷ
# review: ⴰⵙⵓⵎⵔ "offer"; ⵜⴰⵍⴳⴰⵎⵜ "list" (MW listfiles).
no-offers = ⵓⵍⴰ ⵢⴰⵏ ⵓⵙⵓⵎⵔ ⴳ ⵜⵍⴳⴰⵎⵜ ⴰ.

## Results

# source: MW metadata-fields "ⵜⴼⵍⵡⵉⵜ ⵏ ⵉⵙⴼⴽⴰ" (table), searchresults (results).
results-title = ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵜⵢⴰⴼⵓⵜⵉⵏ
# review: ⴰⵎⴰⵜⴰⵔ "sign, mark" for "indicateur", no source found.
indicator = ⴰⵎⴰⵜⴰⵔ
# source: CLDR zgh field dayperiod "ⵜⵉⵣⵉ ⴳ ⵡⴰⵙⵙ" (period).
period = ⵜⵉⵣⵉ
# review: ⴰⵣⴰⵍ "value" (MW unexpected) and ⴰⵎⵣⵡⴰⵔⵓ "first" (MW page_first) combined by us for "valeur de référence".
baseline = ⴰⵣⴰⵍ ⴰⵎⵣⵡⴰⵔⵓ
# review: ⵉⵙⵡⵉ "aim" for "cible", no source found.
target = ⵉⵙⵡⵉ
# source: MW rcnotefrom "ⵉⵜⵜⵓⵙⴽⴰⵔⵏ" (done).
achieved = ⵉⵜⵜⵓⵙⴽⴰⵔⵏ
# review: ⴰⴳⵎⵎⴰⴹ "zone, side" (CLDR field zone "ⴰⴽⵓⴷ ⵏ ⵓⴳⵎⵎⴰⴹ") for "périmètre".
scope = ⴰⴳⵎⵎⴰⴹ
# source: Wikimedia Incubator Wp/zgh "ⵜⵓⵜⵍⴰⵢⵜ ⵜⴰⵏⴰⵎⵓⵔⵜ" (national).
scope-national = ⴰⵏⴰⵎⵓⵔ
# review: ⴰⵖⴱⴰⵍⵓ "spring, source" (MW generic-pool-error "ⵓⵖⴱⴰⵍⵓ", resource), sense extended.
source = ⴰⵖⴱⴰⵍⵓ
# source: MW clearyourcache "ⵜⴰⵎⴰⵡⵜ :" (note).
note = ⵜⴰⵎⴰⵡⵜ
# review: ⴰⴱⵟⵟⵓ "division" for "ventilation", formed on ⴱⴹⵓ "divide".
breakdown = ⴰⴱⵟⵟⵓ
# review: ⴰⵙⴽⴰⵔ "what is done" for "réalisation", noun formed on ⵙⴽⵔ "do".
indicator-kind-output = ⴰⵙⴽⴰⵔ
# source: MW searchresults "ⵜⵉⵢⴰⴼⵓⵜⵉⵏ" (result).
indicator-kind-outcome = ⵜⴰⵢⴰⴼⵓⵜ
# review: ⵜⴰⵢⴰⴼⵓⵜ ⵜⴰⵖⵣⵣⴰⴼⵜ "long-term result" for "impact", phrase formed by us.
indicator-kind-impact = ⵜⴰⵢⴰⴼⵓⵜ ⵜⴰⵖⵣⵣⴰⴼⵜ
# source: MW nocontribs "ⴰⵡⴷ ⵢⴰⵏ … ⵓⵔ …" (none), publishpage "ⴼⵙⵔ", view-pool-error "ⴷⵖⵉ".
no-results = ⴰⵡⴷ ⵢⴰⵜ ⵜⵢⴰⴼⵓⵜ ⵓⵔ ⵜⵜⵓⴼⵙⵔ ⴰⵔ ⴷⵖⵉ.

## News

# source: see nav-news.
news-title = ⵉⵏⵖⵎⵉⵙⵏ
# source: MW publishpage "ⴼⵙⵔ" (publish), lastmodifiedat "ⴳ $1".
news-date = ⵉⵜⵜⵓⴼⵙⵔ ⴳ
# source: MW nocontribs "ⴰⵡⴷ ⵢⴰⵏ … ⵓⵔ …", publishpage; ⴰⵏⵖⵎⵉⵙ, singular of ⵉⵏⵖⵎⵉⵙⵏ.
no-news = ⴰⵡⴷ ⵢⴰⵏ ⵓⵏⵖⵎⵉⵙ ⵓⵔ ⵉⵜⵜⵓⴼⵙⵔ ⴰⵔ ⴷⵖⵉ.
# source: MW skin-view-view "ⵖⵔ" (read), moredotdotdot "ⵓⴳⴳⴰⵔ" (more).
read-more = ⵖⵔ ⵓⴳⴳⴰⵔ

## Amounts

# ⴷⵔⵀⵎ "dirham", the word people write (not the ISO code MAD, kept in the open data).
# review: the site's decision ⴷⵔⵀⵎ; CLDR zgh names the currency "ⴰⴷⵔⵉⵎ ⵏ ⵍⵎⵖⵔⵉⴱ".
currency-mad = { $amount }{"\u00A0"}ⴷⵔⵀⵎ

## Theme messages (issue 3)

# review: ⵜⴰⵡⵡⵓⵔⵜ "portal" is the site's own form (site.yaml title), MW portal attests only the masculine ⴰⵡⵡⵓⵔ; MW aboutsite "ⵖⴼ {{SITENAME}}".
footer-menu = ⵖⴼ ⵜⵡⵡⵓⵔⵜ
# Tifinagh text uses the Latin comma.
inline-separator = {", "}
# A date and a time, with punctuation only (no word to translate).
date-at-time = { $date }, { $time }
# source: MW enhancedrc-since-last-visit "ⵙⴳ ⵓⵔⵣⴰⴼ ⴰⵎⴳⴳⴰⵔⵓ" (since), as in field-period above.
since-date = ⵙⴳ { $date }
# source: MW blockedtext "ⴰⵔ : $6" (until), as in field-period above.
until-date = ⴰⵔ { $date }
currency-other = { $amount }{"\u00A0"}{ $currency }
# review: ⵉⵙⵡⵉ "aim" for "cible" (pl. ⵉⵙⵡⴰⵏ); ⴰⵣⴰⵍ "value" (MW unexpected).
results-table-caption = ⵉⵣⴰⵍⵏ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⴷ ⵉⵙⵡⴰⵏ
# review: ⵉⵙⵡⵉ "aim" (annexed ⵢⵉⵙⵡⵉ) for "cible"; percent sign after a no-break space as in CLDR zgh "#,##0 %".
percent-of-target = { $percent }{"\u00A0"}% ⵙⴳ ⵢⵉⵙⵡⵉ
# review: ⵜⴰⵎⵓⵏⵜ, ⴰⵖⴰⵡⴰⵙ, ⴰⵙⵓⵎⵔ, ⵜⵉⵡⵉⵙⵉ and ⵙⵓⵜⵔ are marked review; ⴷⴰⵜ "before" (CLDR era "ⴷⴰⵜ ⵏ ⵄⵉⵙⴰ"), ⴹⴼⵔ "follow" (MW).
home-intro = ⴰⴼ ⵜⴰⵎⵓⵏⵜ ⴳ ⵓⴷⵖⴰⵔ ⴳ ⵜⵍⵍⵉⴷ, ⵜⴹⴼⵔⴷ ⵉⵖⴰⵡⴰⵙⵏ ⵉⴳⴷⵓⴷⴰⵏⵏ ⴷ ⵜⵢⴰⴼⵓⵜⵉⵏ ⵏⵏⵙⵏ, ⵜⵙⵓⵜⵔⴷ ⵜⵉⵡⵉⵙⵉ ⵏ ⵉⵙⵓⵎⵔⵏ ⴷⴰⵜ ⵏ ⵓⵙⴰⴽⵓⴷ ⴰⵎⴳⴳⴰⵔⵓ.
# review: the same noun forms as figure-associations, without the number (shown apart, in large type).
figure-associations-label =
    { PLURAL($count) ->
        [one] ⵜⵎⵓⵏⵜ
       *[other] ⵜⵎⵓⵏⵉⵏ
    }
# review: the same noun forms as figure-programmes, without the number; ⴰⴳⴷⵓⴷⴰⵏ "public" is marked review.
figure-programmes-label =
    { PLURAL($count) ->
        [one] ⵓⵖⴰⵡⴰⵙ ⴰⴳⴷⵓⴷⴰⵏ
       *[other] ⵢⵉⵖⴰⵡⴰⵙⵏ ⵉⴳⴷⵓⴷⴰⵏⵏ
    }
# review: the same noun forms as figure-open-offers, without the number.
figure-open-offers-label =
    { PLURAL($count) ->
        [one] ⵓⵙⵓⵎⵔ ⵉⵕⵥⵎⵏ
       *[other] ⵢⵉⵙⵓⵎⵔⵏ ⵉⵕⵥⵎⵏ
    }
# review: ⴰⵙⵓⵎⵔ "offer" and the plural ⵉⵙⵓⴽⴰⴷ are marked review.
see-all-offers = ⵉⵙⵓⵎⵔⵏ ⴰⴽⴽⵯ ⴷ ⵉⵙⵓⴽⴰⴷ ⵏⵏⵙⵏ ⵉⵎⴳⴳⵓⵔⴰ
# source: MW searchall "ⴰⴽⴽⵯ".
see-all-news = ⵉⵏⵖⵎⵉⵙⵏ ⴰⴽⴽⵯ
# review: ⵖⵔ "call" (MW has it only for "read").
call = ⵖⵔ
# source: MW yourpasswordagain "ⴰⵔⴰ ⴷⴰⵖ" (write).
write-email = ⴰⵔⴰ
# source: MW login-security "ⵜⴰⵎⴰⴳⵉⵜ" (identity).
identity = ⵜⴰⵎⴰⴳⵉⵜ
# review: ⴰⵣⵎⵎⴻⵎ "record" is marked review; ⵉⵜⵜⵓⵙⴷⵖⵉ "updated" (MW botpasswords-updated-title).
field-updated = ⴰⵣⵎⵎⴻⵎ ⵉⵜⵜⵓⵙⴷⵖⵉ ⴳ
# review: ⴰⵙⵓⵎⵔ "offer".
award-offer = ⴰⵙⵓⵎⵔ
# review: ⵜⵉⵡⵉⵙⵉ "support", ⵉⵜⵜⵓⵎⵥⵏ "received", ⴰⵙⵓⵎⵔ and ⴰⴳⴷⵓⴷⴰⵏ are marked review.
awards-received-caption = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⵎⵥⵏ ⴳ ⵉⵙⵓⵎⵔⵏ ⵉⴳⴷⵓⴷⴰⵏⵏ
# review: ⵜⴰⵎⵓⵏⵜ is marked review; ⵖⴼ "about" (MW about).
about-association = ⵖⴼ ⵜⵎⵓⵏⵜ
# review: ⴰⵖⴰⵡⴰⵙ is marked review; ⵖⴼ "about" (MW about).
about-programme = ⵖⴼ ⵓⵖⴰⵡⴰⵙ
# review: plural ⵉⵡⵟⵟⴰⵏ is ours; ⵙⴽⵏ "view" (MW view), ⵜⴰⴼⵍⵡⵉⵜ "table" (MW metadata-fields).
chart-as-table = ⵙⴽⵏ ⵉⵡⵟⵟⴰⵏ ⴳ ⵜⴼⵍⵡⵉⵜ
# source: MW recentchanges-label-plusminus (amount), sharedupload-desc-here (project).
amount-per-project = ⴰⵎⴹⴰⵏ ⵉ ⵢⴰⵏ ⵓⵙⵏⴼⴰⵔ
# source: MW blockedtext "ⴰⵔ" (until, up to).
amount-up-to = ⴰⵔ { $max }
# source: MW pageinfo-edits (total), recentchanges-label-plusminus (amount).
amount-total-label = ⵎⴰⵕⵕⴰ ⵓⵎⴹⴰⵏ
# review: ⴰⵙⵓⵜⵔ "application" and ⵉⵜⵜⵓⵎⵥⵏ "received".
applications-received-label = ⵉⵙⵓⵜⵔⴰ ⵉⵜⵜⵓⵎⵥⵏ
# review: ⴰⵙⵓⵎⵔ "offer"; ⵉⴼⵔⵓⵔⵉⵜⵏ "details" (MW passwordreset-emailtitle).
offer-details = ⵉⴼⵔⵓⵔⵉⵜⵏ ⵏ ⵓⵙⵓⵎⵔ
# review: ⵜⴰⵎⵓⵏⵜ and ⵜⵉⵡⵉⵙⵉ are marked review; ⵢⵓⵎⵥⵏ / ⵢⵓⵎⵥⵏⵉⵏ "that received".
awards-caption =
    { PLURAL($count) ->
        [one] { $count } ⵜⵎⵓⵏⵜ ⵢⵓⵎⵥⵏ ⵜⵉⵡⵉⵙⵉ
       *[other] { $count } ⵜⵎⵓⵏⵉⵏ ⵢⵓⵎⵥⵏⵉⵏ ⵜⵉⵡⵉⵙⵉ
    }
# review: ⵉⵙⵡⵉ "aim" for "cible", ⴰⵖⴱⴰⵍⵓ "source" and ⴰⵖⴰⵡⴰⵙ are marked review.
results-intro = ⴽⵓ ⵓⵟⵟⵓⵏ ⵉⵜⵜⵓⴼⵙⵔⵏ ⵙⴳ ⵉⵖⴰⵡⴰⵙⵏ, ⴷ ⵉⵙⵡⵉ ⴷ ⵓⵖⴱⴰⵍⵓ ⵏⵏⵙ.
# review: plural ⵉⵡⵟⵟⴰⵏ is ours.
dashboard-table-caption = ⵉⵡⵟⵟⴰⵏ ⵙ ⵜⵎⵏⴰⴹⵜ
# review: ⴰⵎⴰⵜⴰⵔ "indicator" (pl. ⵉⵎⴰⵜⴰⵔⵏ), no source found.
dashboard-table-all = ⵉⵎⴰⵜⴰⵔⵏ ⴰⴽⴽⵯ, ⵜⴰⵎⵏⴰⴹⵜ ⵙ ⵜⵎⵏⴰⴹⵜ
# review: ⵜⴰⵡⵡⵓⵔⵜ "portal" is the site's own form (site.yaml title), MW portal attests only the masculine ⴰⵡⵡⵓⵔ; MW botpasswords-label-update "ⴰⵙⴷⵖⵉ" (update), page_last "ⴰⵎⴳⴳⴰⵔⵓ".
footer-updated-label = ⴰⵙⴷⵖⵉ ⴰⵎⴳⴳⴰⵔⵓ ⵏ ⵜⵡⵡⵓⵔⵜ:

## Provenance and "report an error" (record pages)

# review: ⴰⵣⵎⵎⴻⵎ "record" (MW log "ⵉⵣⵎⵎⵉⵎⵏ"), sense extended; ⵖⴼ "about" (MW about).
provenance-heading = ⵖⴼ ⵓⵣⵎⵎⴻⵎ ⴰ
# source: MW botpasswords-label-update "ⴰⵙⴷⵖⵉ" (update), page_last "ⴰⵎⴳⴳⴰⵔⵓ" (last).
provenance-updated = ⴰⵙⴷⵖⵉ ⴰⵎⴳⴳⴰⵔⵓ:
# review: plural ⵉⵖⴱⵓⵍⴰ of ⴰⵖⴱⴰⵍⵓ (see source).
provenance-sources = ⵉⵖⴱⵓⵍⴰ
# source: MW enterlockreason "ⵎⵍ" (give, point out), error "ⵜⴰⵣⴳⵍⵜ".
report-error = ⵎⵍ ⵢⴰⵜ ⵜⵣⴳⵍⵜ ⴳ ⵜⴰⵙⵏⴰ ⴰ
# source: MW error "ⵜⴰⵣⴳⵍⵜ", nstab-main "ⵜⴰⵙⵏⴰ".
report-error-subject = ⵜⴰⵣⴳⵍⵜ ⴳ ⵜⴰⵙⵏⴰ { $address }

# Directory: a region or province AND a domain.
# review: ⵜⴰⵎⵓⵏⵜ is marked review.
associations-in-place-domain = ⵜⵉⵎⵓⵏⵉⵏ ⵏ { $place } ⴳ ⵉⴳⵔ ⵏ { $domain }
# Heading of the directory's filters (folded on phones).
# source: MW rcfilters-search-placeholder "ⵣⵉⵣⴷⵉⴳ" (filter), listfiles "ⵜⴰⵍⴳⴰⵎⵜ".
directory-filters = ⵣⵉⵣⴷⵉⴳ ⵜⴰⵍⴳⴰⵎⵜ
# source: see all-regions.
filter-all-regions = ⵜⵉⵎⵏⴰⴹⵉⵏ ⴰⴽⴽⵯ
# source: "the whole region", see facet-region and all-regions.
filter-all-provinces = ⵜⴰⵎⵏⴰⴹⵜ ⴰⴽⴽⵯ
# source: MW metadata-fields "ⵉⴳⵔⴰⵏ", searchall "ⴰⴽⴽⵯ".
filter-all-domains = ⵉⴳⵔⴰⵏ ⴰⴽⴽⵯ
# review: ⴰⴳⴷⵓⴷ (pl. ⵉⴳⴷⵓⴷⵏ) "public", no source found.
filter-all-audiences = ⵉⴳⴷⵓⴷⵏ ⴰⴽⴽⵯ
# review: ⵜⴰⵎⵓⵏⵜ is marked review; "ⵔⵣⵓ ⵖⴼ" (search for) as in MW undelete-search-title.
directory-search-label = ⵔⵣⵓ ⵖⴼ ⵜⵎⵓⵏⵜ ⴳ ⵜⵍⴳⴰⵎⵜ ⴰ
# review: ⴰⴳⴷⵓⴷ "public" for "public cible", no source found.
directory-audience = ⴰⴳⴷⵓⴷ
# source: MW pageinfo-watchers "ⵓⵟⵟⵓⵏ" (number), publishpage "ⴼⵙⵔ".
published-figure = ⵓⵟⵟⵓⵏ ⵉⵜⵜⵓⴼⵙⵔⵏ
