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
### A message absent from this file falls back to Arabic, then French (see
### site.yaml), and `nassij stats` lists it. Messages are left out where no
### established Tifinagh term is known to us; every term we are not sure of is
### marked "# uncertain:" for review by an IRCAM-trained translator. The
### translators' context of each message is in i18n/fr/main.ftl.

## Site chrome

# uncertain: ⴰⵙⵏⵓⴱⴳ "accueil" as used on some public websites; check the IRCAM term.
nav-home = ⴰⵙⵏⵓⴱⴳ
# uncertain: plural ⵜⵉⵎⵓⵏⵉⵏ of ⵜⴰⵎⵓⵏⵜ "association", as in site.yaml's title (ⵜⵉⵎⵓⵏⴰ is also written).
nav-associations = ⵜⵉⵎⵓⵏⵉⵏ
# uncertain: ⴰⵖⴰⵡⴰⵙ (pl. ⵉⵖⴰⵡⴰⵙⵏ) for "programme".
nav-programmes = ⵉⵖⴰⵡⴰⵙⵏ
# uncertain: ⵜⴰⵢⴰⴼⵓⵜ (pl. ⵜⵉⵢⴰⴼⵓⵜⵉⵏ) for "résultat".
nav-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
# uncertain: ⵉⴷⵔⵉⵎⵏ ("money") for "Financements", as in funding-title.
nav-funding = ⵉⴷⵔⵉⵎⵏ
nav-news = ⵉⵏⵖⵎⵉⵙⵏ
# uncertain: verbal noun ⴰⵔⵣⵣⵓ of ⵔⵣⵓ "search".
nav-search = ⴰⵔⵣⵣⵓ
language-switcher = ⵜⵓⵜⵍⴰⵢⵜ
# uncertain: ⵉⵙⴼⴽⴰ for "données" (data), ⵉⵕⵥⵎⵏ "open".
footer-open-data = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
# uncertain: imperative ⵙⵜⵉ "choose" without a possessive, to avoid choosing a gender.
choose-language = ⵙⵜⵉ ⵜⵓⵜⵍⴰⵢⵜ

## Home

# uncertain: noun in the annexed state after a number written in digits (ⵜⵎⵓⵏⵜ / ⵜⵎⵓⵏⵉⵏ).
figure-associations =
    { PLURAL($count) ->
        [one] { $count } ⵜⵎⵓⵏⵜ
       *[other] { $count } ⵜⵎⵓⵏⵉⵏ
    }
# uncertain: annexed state ⵓⵖⴰⵡⴰⵙ / ⵢⵉⵖⴰⵡⴰⵙⵏ after a number written in digits.
figure-programmes =
    { PLURAL($count) ->
        [one] { $count } ⵓⵖⴰⵡⴰⵙ
       *[other] { $count } ⵢⵉⵖⴰⵡⴰⵙⵏ
    }
# uncertain: ⴰⵎⴳⴳⵓⵔ (pl. ⵉⵎⴳⴳⵓⵔⴰ) "last, latest".
home-latest-news = ⵉⵏⵖⵎⵉⵙⵏ ⵉⵎⴳⴳⵓⵔⴰ
search-label = ⵔⵣⵓ
search-placeholder = ⵜⴰⵎⵓⵏⵜ, ⴰⵖⴰⵡⴰⵙ, ⵜⴰⵎⴷⵉⵏⵜ…
search-button = ⵔⵣⵓ
# uncertain: see nav-search.
search-title = ⴰⵔⵣⵣⵓ

## Directory

# uncertain: plural ⵜⵉⵎⵓⵏⵉⵏ of ⵜⴰⵎⵓⵏⵜ "association", as in site.yaml's title (ⵜⵉⵎⵓⵏⴰ is also written).
associations-title = ⵜⵉⵎⵓⵏⵉⵏ
# uncertain: see figure-associations.
associations-count =
    { PLURAL($count) ->
        [one] { $count } ⵜⵎⵓⵏⵜ
       *[other] { $count } ⵜⵎⵓⵏⵉⵏ
    }
# uncertain: ⵜⴰⵎⵏⴰⴹⵜ for the administrative "région" (CLDR zgh uses it for "territory").
facet-region = ⵜⴰⵎⵏⴰⴹⵜ
# uncertain: ⵜⴰⵙⴳⴰ for "province" (literally "side"); prefectures are not covered.
facet-province = ⵜⴰⵙⴳⴰ
# uncertain: ⵉⴳⵔ "field" for "domaine d’action".
facet-domain = ⵉⴳⵔ
# uncertain: see facet-region; annexed state ⵜⵎⵏⴰⴹⵜ after ⵏ.
associations-in-region = ⵜⵉⵎⵓⵏⵉⵏ ⵏ ⵜⵎⵏⴰⴹⵜ ⵏ { $name }
# uncertain: see facet-province; annexed state ⵜⵙⴳⴰ after ⵏ.
associations-in-province = ⵜⵉⵎⵓⵏⵉⵏ ⵏ ⵜⵙⴳⴰ ⵏ { $name }
# uncertain: see facet-domain.
associations-in-domain = ⵜⵉⵎⵓⵏⵉⵏ ⴳ ⵉⴳⵔ ⵏ { $name }
# uncertain: ⵜⴰⵙⵏⴰ "page", ⵙⴳ "out of".
page-n-of-m = ⵜⴰⵙⵏⴰ { $n } ⵙⴳ { $m }

## Association record

# uncertain: see facet-region.
field-region = ⵜⴰⵎⵏⴰⴹⵜ
# uncertain: see facet-province.
field-province = ⵜⴰⵙⴳⴰ
# uncertain: see facet-domain.
field-domains = ⵉⴳⵔⴰⵏ
field-programmes = ⵉⵖⴰⵡⴰⵙⵏ
yes = ⵢⵢⵉⵀ
no = ⵓⵀⵓ

## Programmes

programmes-title = ⵉⵖⴰⵡⴰⵙⵏ
programme-kind-programme = ⴰⵖⴰⵡⴰⵙ
# uncertain: ⴰⵙⵏⴼⴰⵔ for "projet".
programme-kind-project = ⴰⵙⵏⴼⴰⵔ
field-period = ⵙⴳ { $start } ⴰⵔ { $end }
# uncertain: plural of ⵜⴰⵎⵏⴰⴹⵜ, see facet-region.
field-regions = ⵜⵉⵎⵏⴰⴹⵉⵏ
# uncertain: see field-regions.
all-regions = ⵜⵉⵎⵏⴰⴹⵉⵏ ⵎⴰⵕⵕⴰ
# uncertain: see nav-results.
results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ

## Offers

field-programme = ⴰⵖⴰⵡⴰⵙ
award-association = ⵜⴰⵎⵓⵏⵜ

## Results

# uncertain: ⴰⵖⴱⴰⵍⵓ "spring, source" for the source of a figure.
source = ⴰⵖⴱⴰⵍⵓ

## News

news-title = ⵉⵏⵖⵎⵉⵙⵏ
# uncertain: ⵖⵔ "read", ⵓⴳⴳⴰⵔ "more".
read-more = ⵖⵔ ⵓⴳⴳⴰⵔ

## Amounts

# ⴷⵔⵀⵎ "dirham", the word people write (not the ISO code MAD, kept in the open data).
currency-mad = { $amount }{"\u00A0"}ⴷⵔⵀⵎ
# A range of amounts, with ⵙⴳ "from" and ⴰⵔ "until" as in field-period.
amount-range = ⵙⴳ { $min } ⴰⵔ { $max }

## Theme messages (issue 3). Only the separator is given; the other new
## messages of this section fall back to Arabic until a translator adds them.

# Tifinagh text uses the Latin comma.
inline-separator = {", "}
currency-other = { $amount }{"\u00A0"}{ $currency }
# A date and a time, with punctuation only (no word to translate).
date-at-time = { $date }, { $time }
# ⵙⴳ "from" and ⴰⵔ "until", as in field-period above.
since-date = ⵙⴳ { $date }
until-date = ⴰⵔ { $date }
# uncertain: the same noun forms as figure-associations, without the number (shown apart, in large type).
figure-associations-label =
    { PLURAL($count) ->
        [one] ⵜⵎⵓⵏⵜ
       *[other] ⵜⵎⵓⵏⵉⵏ
    }
# uncertain: the same noun forms as figure-programmes, without the number.
figure-programmes-label =
    { PLURAL($count) ->
        [one] ⵓⵖⴰⵡⴰⵙ
       *[other] ⵢⵉⵖⴰⵡⴰⵙⵏ
    }

## Provenance and "report an error" (record pages)

# uncertain: ⵖⴼ "about", ⵜⴰⴼⵔⵓⵔⵜ "card/record".
provenance-heading = ⵖⴼ ⵜⴼⵔⵓⵔⵜ ⴰ
# uncertain: ⴰⵙⵎⴰⵢⵏⵓ ⴰⵏⴳⴳⴰⵔⵓ "last update".
provenance-updated = ⴰⵙⵎⴰⵢⵏⵓ ⴰⵏⴳⴳⴰⵔⵓ:
# uncertain: plural ⵉⵖⴱⵓⵍⴰ of ⴰⵖⴱⴰⵍⵓ (see source).
provenance-sources = ⵉⵖⴱⵓⵍⴰ
# uncertain: ⵎⵍ "show, point out", ⵜⴰⵣⴳⵍⵜ "error".
report-error = ⵎⵍ ⵢⴰⵜ ⵜⵣⴳⵍⵜ ⴳ ⵜⴰⵙⵏⴰ ⴰ
report-error-subject = ⵜⴰⵣⴳⵍⵜ ⴳ ⵜⴰⵙⵏⴰ { $address }

# Directory: a region or province AND a domain.
associations-in-place-domain = ⵜⵉⵎⵓⵏⵉⵏ ⵏ { $place } ⴳ ⵉⴳⵔ ⵏ { $domain }
# Heading of the directory's filters (folded on phones). uncertain: ⵙⵜⵉ "choose, select".
directory-filters = ⵙⵜⵉ
filter-all-regions = ⵜⵉⵎⵏⴰⴹⵉⵏ ⴰⴽⴽⵯ
filter-all-provinces = ⵜⴰⵎⵏⴰⴹⵜ ⴰⴽⴽⵯ
filter-all-domains = ⵉⴳⵔⴰⵏ ⴰⴽⴽⵯ
filter-all-audiences = ⵎⴰⵕⵕⴰ
directory-search-label = ⵔⵣⵓ ⵜⴰⵎⵓⵏⵜ
