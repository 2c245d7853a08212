### ⵜⴰⵎⴰⵣⵉⵖⵜ — the open data page, feeds and calendar (see i18n/fr/data.ftl
### for the context of each message). These texts also go into data files
### (JSON, XML, iCalendar): plain text, no markup. Terms come from
### i18n/zgh/GLOSSARY.md; "# source:" and "# review:" comments as in main.ftl.

## Page

# source: see footer-open-data in main.ftl.
data-title = { footer-open-data }
# review: ⵜⴰⵎⵓⵏⵜ, ⴰⵖⴰⵡⴰⵙ, ⴰⵙⵓⵎⵔ, ⵜⵉⵡⵉⵙⵉ, ⵜⴰⵙⵙⵓⴷⵙⵜ and ⵜⴰⵍⵖⴰ "format" (pl. ⵜⵉⵍⵖⵉⵡⵉⵏ) are marked review; ⵉⵎⴰⵔⴰⵜⵏ "writers" (MW pageinfo-authors) for journalists and ⵉⵎⵔⵣⵓⵜⵏ "searchers" (formed on ⵔⵣⵓ) for researchers; ⵙⵙⵎⵔⵙ "use" (MW).
data-intro = ⵉⵙⴼⴽⴰ ⴰⴽⴽⵯ ⵉⵜⵜⵓⴼⵙⵔⵏ ⴳ ⵜⵡⵡⵓⵔⵜ ⴰ (ⵜⵉⵎⵓⵏⵉⵏ, ⵉⵖⴰⵡⴰⵙⵏ, ⵉⵙⵓⵎⵔⵏ ⴷ ⵜⵉⵡⵉⵙⵉⵢⵉⵏ, ⵜⵉⵢⴰⴼⵓⵜⵉⵏ, ⵜⵉⵙⵙⵓⴷⵙⵉⵏ, ⵉⵏⵖⵎⵉⵙⵏ) ⵙ ⵜⵍⵖⵉⵡⵉⵏ ⵉⵕⵥⵎⵏ, ⵉ ⴽⵓ ⵢⴰⵏ ⵔⴰⴷ ⵜⵏ ⵉⵙⵙⵎⵔⵙ ⴷⴰⵖ: ⵉⵎⴰⵔⴰⵜⵏ, ⵉⵎⵔⵣⵓⵜⵏ ⴷ ⵜⵉⵡⵡⵓⵔⵉⵏ ⵢⴰⴹⵏⵉⵏ.
# source: MW license "ⵜⵓⵔⴰⴳⵜ".
data-licence = ⵜⵓⵔⴰⴳⵜ: { $licence }
# review: ⵜⴰⵡⵡⵓⵔⵜ "portal" is the site's own form (site.yaml title), MW portal attests only the masculine ⴰⵡⵡⵓⵔ; MW accountcreated "ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰ" (created), changeemail-header "ⴰⴽⴷ" (with).
data-built = ⵉⵙⴼⴽⴰ ⵜⵜⵓⵙⵏⵓⵍⴼⴰⵏ ⴳ { $date }, ⴰⴽⴷ ⵜⵡⵡⵓⵔⵜ.
# source: MW file-info-size "ⴰⵏⴰⵡ" (type), databaseerror "ⵉⵙⴼⴽⴰ".
data-tables-heading = ⵉⵙⴼⴽⴰ ⵙ ⵓⵏⴰⵡ
# review: see nav-associations in main.ftl.
data-table-associations = { nav-associations }
# review: ⴰⵖⴰⵡⴰⵙ and ⴰⴼⵔⴷⵉⵙ "phase" are marked review; ⵉⵙⵏⴼⴰⵔⵏ (MW sharedupload-desc-here).
data-table-programmes = ⵉⵖⴰⵡⴰⵙⵏ, ⵉⴼⵔⴷⵉⵙⵏ ⴷ ⵉⵙⵏⴼⴰⵔⵏ
# review: see nav-offers in main.ftl.
data-table-offers = { nav-offers }
# review: ⴰⵖⴰⵡⴰⵙ is marked review.
data-table-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵢⵉⵖⴰⵡⴰⵙⵏ
# review: ⵜⴰⵙⵙⵓⴷⵙⵜ "institution" (pl. ⵜⵉⵙⵙⵓⴷⵙⵉⵏ), no source found.
data-table-institutions = ⵜⵉⵙⵙⵓⴷⵙⵉⵏ
# source: see nav-news in main.ftl.
data-table-news = { nav-news }
# source: MW allpages "ⵜⴰⵙⵏⵉⵡⵉⵏ".
data-table-pages = ⵜⴰⵙⵏⵉⵡⵉⵏ
# review: ⵜⴰⵙⴳⴰ "province" and ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ "prefecture" (annexed after ⴷ) have no checked source.
data-table-territories = ⵜⵉⵎⵏⴰⴹⵉⵏ, ⵜⵉⵙⴳⴰⵡⵉⵏ ⴷ ⵜⵎⵙⵙⵓⴳⵓⵔⵉⵏ
# source: MW metadata-fields "ⵉⴳⵔⴰⵏ".
data-table-domains = ⵉⴳⵔⴰⵏ
# review: ⴰⴳⴷⵓⴷ (pl. ⵉⴳⴷⵓⴷⵏ) "public", no source found.
data-table-audiences = ⵉⴳⴷⵓⴷⵏ
# review: ⴰⵎⴰⵜⴰⵔ (pl. ⵉⵎⴰⵜⴰⵔⵏ) "indicator", no source found.
data-table-indicators = ⵉⵎⴰⵜⴰⵔⵏ
# review: ⴰⵣⵎⵎⴻⵎ "record" (annexed ⵓⵣⵎⵎⴻⵎ / ⵉⵣⵎⵎⵉⵎⵏ; MW log "ⵉⵣⵎⵎⵉⵎⵏ"), sense extended.
data-records =
    { PLURAL($count) ->
        [one] { $count } ⵓⵣⵎⵎⴻⵎ
       *[other] { $count } ⵉⵣⵎⵎⵉⵎⵏ
    }
# Format names are the same acronyms in every language.
data-format-json = JSON
data-format-csv = CSV
# source: MW pageinfo-content-model "ⴰⵎⵓⴷⵎ" (model).
data-format-schema = ⴰⵎⵓⴷⵎ JSON
data-format-json-gz = JSON (gzip)
data-format-csv-gz = CSV (gzip)
# review: ⵜⵉⵍⴳⴰⵎⵉⵏ, plural of ⵜⴰⵍⴳⴰⵎⵜ "list" (MW listfiles), formed by us.
data-parts = ⵜⵉⵍⴳⴰⵎⵉⵏ ⴳ ⵜⵍⴳⴰⵎⵉⵏ (CSV)
# review: formed by us; ⵜⴰⵎⵏⴰⴹⵜ "region" as in data-conventions-ids.
data-by-region = ⵙ ⵜⵎⵏⴰⴹⵉⵏ (ⵉⴼⵓⵢⵍⴰ ⵉⵥⵥⵢⴰⵏ)
# review: ⴰⵎⴰⵜⴰⵔ "indicator", ⴰⵙⴽⴰⵔ "output", ⵜⴰⵢⴰⴼⵓⵜ ⵜⴰⵖⵣⵣⴰⴼⵜ "impact", ⴰⵣⴰⵍ ⴰⵎⵣⵡⴰⵔⵓ "baseline", ⵉⵙⵡⵉ "target", ⴰⴳⵎⵎⴰⴹ "scope", ⴰⵖⴱⴰⵍⵓ "source" are marked review; ⴰⵣⵔⵉⴳ "line" (MW lineno).
data-table-results-note = ⴽⵓ ⴰⵣⵔⵉⴳ ⵉⴳⴰ ⴰⵣⴰⵍ ⵏ ⵢⴰⵏ ⵓⵎⴰⵜⴰⵔ ⴳ ⵢⴰⵜ ⵜⵉⵣⵉ, ⵙ ⵓⵎⵓⴷⵎ ⵏ ⵜⵢⴰⴼⵓⵜⵉⵏ ⵏ IATI (ⴰⵙⴽⴰⵔ, ⵜⴰⵢⴰⴼⵓⵜ, ⵜⴰⵢⴰⴼⵓⵜ ⵜⴰⵖⵣⵣⴰⴼⵜ): ⴰⵣⴰⵍ ⴰⵎⵣⵡⴰⵔⵓ, ⵉⵙⵡⵉ, ⴰⵣⴰⵍ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ, ⴰⴳⵎⵎⴰⴹ ⴷ ⵓⵖⴱⴰⵍⵓ.
# review: ⵜⵉⵡⵉⵙⵉ "support" and ⵜⴰⵍⵖⴰ "format" are marked review.
data-grants-heading = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵙ ⵜⵍⵖⴰ 360Giving
# review: ⵜⵉⵡⵉⵙⵉ, ⵜⴰⵙⵙⵓⴷⵙⵜ, ⴰⵙⵓⵎⵔ, ⴰⵎⴰⵎⵥ "beneficiary", ⵜⴰⵎⵓⵏⵜ, ⴷⵔⵀⵎ and ⴰⵖⴰⵡⴰⵙ are marked review.
data-grants-text =
    { PLURAL($count) ->
        [one] { $count } ⵜⵡⵉⵙⵉ, ⵙ ⵜⵍⵖⴰ ⵏ ⵉⵙⴼⴽⴰ 360Giving 1.4: ⵜⴰⵙⵙⵓⴷⵙⵜ ⵏⵏⴰ ⵉⴼⴽⴰⵏ ⵉⴷⵔⵉⵎⵏ (ⵜⴰⵙⵙⵓⴷⵙⵜ ⵏ ⵓⵙⵓⵎⵔ), ⴰⵎⴰⵎⵥ (ⵜⴰⵎⵓⵏⵜ), ⴰⵎⴹⴰⵏ ⵙ ⴷⵔⵀⵎ, ⴰⵙⴰⴽⵓⴷ ⴷ ⵓⵖⴰⵡⴰⵙ.
       *[other] { $count } ⵜⵡⵉⵙⵉⵢⵉⵏ, ⵙ ⵜⵍⵖⴰ ⵏ ⵉⵙⴼⴽⴰ 360Giving 1.4: ⵜⴰⵙⵙⵓⴷⵙⵜ ⵏⵏⴰ ⵉⴼⴽⴰⵏ ⵉⴷⵔⵉⵎⵏ (ⵜⴰⵙⵙⵓⴷⵙⵜ ⵏ ⵓⵙⵓⵎⵔ), ⴰⵎⴰⵎⵥ (ⵜⴰⵎⵓⵏⵜ), ⴰⵎⴹⴰⵏ ⵙ ⴷⵔⵀⵎ, ⴰⵙⴰⴽⵓⴷ ⴷ ⵓⵖⴰⵡⴰⵙ.
    }
# source: MW grant-generic "ⵓⴽⵔⵉⵙ" (bundle), databaseerror "ⵉⵙⴼⴽⴰ".
data-package-heading = ⴰⴽⵔⵉⵙ ⵏ ⵉⵙⴼⴽⴰ
# review: ⵜⴰⴳⵊⴷⵉⵜ "column" (pl. ⵜⵉⴳⵊⴷⵉⵜⵉⵏ), no source found; ⵙⵙⴼⵔⵓ "explain" (MW recentchanges-legend-heading "ⴰⵙⵙⴼⵔⵓ"), ⴰⵏⴰⵡ, ⵜⵓⵔⴰⴳⵜ, ⴰⵎⵓⴷⵎ (MW).
data-package-text = ⴰⴼⴰⵢⵍⵓ datapackage.json (Frictionless Data) ⵉⵙⵙⴼⵔⵓ ⴽⵓ ⴰⴼⴰⵢⵍⵓ CSV: ⵜⵉⴳⵊⴷⵉⵜⵉⵏ ⵏⵏⵙ, ⵉⵏⴰⵡⵏ ⵏⵏⵙⵏⵜ ⴷ ⵜⵓⵔⴰⴳⵜ. ⴽⵓ ⴰⴼⴰⵢⵍⵓ JSON ⵖⵓⵔⵙ ⴰⵎⵓⴷⵎ JSON ⵏⵏⵙ (draft 2020-12).
# source: MW feed-unavailable "ⵉⵏⴳⵉⵜⵏ" (feeds), CLDR key calendar "ⴰⵙⵎⵍⵓⵙⵙⴰⵏ".
data-feeds-heading = ⵉⵏⴳⵉⵜⵏ ⴷ ⵓⵙⵎⵍⵓⵙⵙⴰⵏ
# review: ⴰⵙⵓⵎⵔ "offer"; ⴰⵏⴳⵉ (MW site-atom-feed). Atom is a format name.
data-feed-offers = ⴰⵏⴳⵉ Atom ⵏ ⵢⵉⵙⵓⵎⵔⵏ
# source: MW site-atom-feed "ⴰⵏⴳⵉ ⵏ ⴰⵜⵓⵎ ⵏ $1".
data-feed-news = ⴰⵏⴳⵉ Atom ⵏ ⵉⵏⵖⵎⵉⵙⵏ
# review: plural ⵉⵙⵓⴽⴰⴷ of ⴰⵙⴰⴽⵓⴷ is ours; ⴰⵙⵎⵍⵓⵙⵙⴰⵏ (CLDR key calendar).
data-calendar = ⴰⵙⵎⵍⵓⵙⵙⴰⵏ ⵏ ⵉⵙⵓⴽⴰⴷ ⵉⵎⴳⴳⵓⵔⴰ (iCalendar)
# review: ⴰⵙⵓⵎⵔ "offer"; ⴰⵏⴼⴰ "Casablanca" (English Wikipedia, Casablanca-Settat), ⴰⴽⵓⴷ "time" (MW filehist-datetime), ⴰⵙⴽⵛⵎ "import" (MW action-import).
data-calendar-text = ⵢⴰⵏ ⵓⵙⴰⴽⵓⴷ ⴰⵎⴳⴳⴰⵔⵓ ⵉ ⴽⵓ ⴰⵙⵓⵎⵔ, ⵙ ⵓⴽⵓⴷ ⵏ ⴰⵏⴼⴰ; ⵉ ⵓⵙⴽⵛⵎ ⴳ ⵓⵙⵎⵍⵓⵙⵙⴰⵏ.
# review: ⵜⴰⴽⴰⵕⴹⴰ "map", no source found.
data-sitemap = ⵜⴰⴽⴰⵕⴹⴰ ⵏ ⵜⵡⵡⵓⵔⵜ (sitemap.xml)
# review: "technical details" for "conventions"; ⵉⴼⵔⵓⵔⵉⵜⵏ (MW passwordreset-emailtitle), ⴰⵜⵉⵇⵏⵉ (MW recentchanges-network).
data-conventions-heading = ⵉⴼⵔⵓⵔⵉⵜⵏ ⵉⵜⵉⵇⵏⵉⵢⵏ
# review: ⵉⵙⵎ "name" used for "identifier", ⴰⵣⵎⵎⴻⵎ "record", ⵜⴰⵙⴳⴰ "province" are marked review; ⴰⵏⵙⴰ "address" (MW passwordreset-email), "ⵙ ⵓⵎⴷⵢⴰ" (MW right-viewmyprivateinfo "ⵎⴷ.").
data-conventions-ids = ⵉⵙⵎ ⵏ ⴽⵓ ⴰⵣⵎⵎⴻⵎ ⵉⴳⴰ ⵜ ⵓⵏⵙⴰ ⵏ ⵜⴰⵙⵏⴰ ⵏⵏⵙ (ⵙ ⵓⵎⴷⵢⴰ tifawin), ⴷ ⵉⵙⵎⴰⵡⵏ ISO 3166-2 ⵉ ⵜⵎⵏⴰⴹⵉⵏ ⴷ ⵜⵙⴳⴰⵡⵉⵏ; ⵉⴼⵓⵢⵍⴰ ⵇⵇⵏⵏ ⴳⵔⴰⵜⵙⵏ ⵙ ⵉⵙⵎⴰⵡⵏ ⴰⴷ.
# review: ⵜⴰⴳⵊⴷⵉⵜ "column" and ⴰⵣⵎⵎⴻⵎ "record" are marked review; ⴰⵙⴽⴽⵉⵍ "letter" (MW badtitletext), ⴰⵏⵎⴰⵍⴰ "order" (CLDR key collation), ⴰⵣⵔⵉⴳ "line" (MW lineno), ⵜⵓⵔⴰ "empty" (MW wrongpasswordempty), ⵜⵉⴼⵉⵏⴰⵖ.
data-conventions-csv = ⵉⴼⵓⵢⵍⴰ CSV ⵍⵍⴰⵏ ⵙ UTF-8 ⴷ ⵓⵙⴽⴽⵉⵍ ⵏ ⵓⵏⵎⴰⵍⴰ ⵏ ⵉⴷ ⴱⴰⵢⵜ (BOM), ⵃⵎⴰ ⴰⴷ ⵉⵙⴽⵏ Excel ⵜⴰⵄⵔⴰⴱⵜ ⴷ ⵜⵉⴼⵉⵏⴰⵖ; ⵢⴰⵏ ⵓⵣⵔⵉⴳ ⵉ ⴽⵓ ⴰⵣⵎⵎⴻⵎ; ⴰⴹⵕⵉⵚ ⵉⵜⵜⵓⵙⵙⵓⵖⵍⵏ ⵖⵓⵔⵙ ⵢⴰⵜ ⵜⴳⵊⴷⵉⵜ ⵉ ⴽⵓ ⵜⵓⵜⵍⴰⵢⵜ (name_ar, name_fr, name_zgh), ⵜⵓⵔⴰ ⵎⴽ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⵖⵍ.
# review: ⵜⵜⵓⴱⴹⴰⵏ "are separated", formed on ⴱⴹⵓ "divide"; ⵉⴳⵎⴰⵎⵏ ⵏ ⵜⵍⴳⴰⵎⵜ "members of a list" (MW listgrouprights-members).
data-conventions-lists = ⴳ ⵉⴼⵓⵢⵍⴰ CSV, ⵉⴳⵎⴰⵎⵏ ⵏ ⵢⴰⵜ ⵜⵍⴳⴰⵎⵜ ⵜⵜⵓⴱⴹⴰⵏ ⵙ « { $separator } ».
# review: plural ⵉⵙⵓⴽⴰⴷ of ⴰⵙⴰⴽⵓⴷ is ours; ⴰⵏⴼⴰ "Casablanca" (English Wikipedia, Casablanca-Settat), ⵜⴰⵍⵖⴰ "format".
data-conventions-dates = ⵉⵙⵓⴽⴰⴷ ⵍⵍⴰⵏ ⵙ ⵜⵍⵖⴰ YYYY-MM-DD; ⵉⵙⵓⴽⴰⴷ ⵉⵎⴳⴳⵓⵔⴰ ⵍⵍⴰⵏ ⵙ ⵓⴽⵓⴷ ⵏ ⴰⵏⴼⴰ (Africa/Casablanca).
# review: formed by us from the words of data-conventions-csv and data-package-text (ⴰⵣⵎⵎⴻⵎ, ⴰⴼⴰⵢⵍⵓ); ⴰⵎⵇⵔⴰⵏ "whole, big" for the bulk file.
data-conventions-records = ⴽⵓ ⴰⵣⵎⵎⴻⵎ ⵖⵓⵔⵙ ⵜⴰⵙⵏⴰ ⵖⵓⵔⵙ ⵓⵍⴰ ⴰⴼⴰⵢⵍⵓ JSON ⵏⵏⵙ (ⵙ ⵓⵎⴷⵢⴰ /data/associations/tifawin.json), ⴰⵎ ⴳ ⵓⴼⴰⵢⵍⵓ ⴰⵎⵇⵔⴰⵏ.
# review: formed by us; ⴰⴹⵕⵉⵚ ⴰⵖⵣⵣⴰⴼ "long text".
data-conventions-bodies = ⵉⴹⵕⵉⵚⵏ ⵉⵖⵣⵣⴰⴼⵏ (Markdown) ⵓⵔ ⵍⵍⵉⵏ ⴳ ⵓⴼⴰⵢⵍⵓ CSV ⵏ ⴽⵓ ⴰⵏⴰⵡ, ⵍⵍⴰⵏ ⴳ ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ ⵢⴰⴹⵏ (ⵙ ⵓⵎⴷⵢⴰ associations-bodies.csv): ⵢⴰⵏ ⵓⵣⵔⵉⴳ ⵉ ⴽⵓ ⴰⵣⵎⵎⴻⵎ ⴷ ⴽⵓ ⵜⵓⵜⵍⴰⵢⵜ (id, lang, body). ⵉⴼⵓⵢⵍⴰ JSON ⵃⴹⵓⵏ ⵜⵏ.
# review: formed by us.
data-conventions-gzip = ⴽⵓ ⴰⴼⴰⵢⵍⵓ JSON ⴷ CSV ⵢⵍⵍⴰ ⵓⵍⴰ ⵙ gzip (.gz).

## Data files

# review: ⴰⵙⵓⵎⵔ "offer" and ⵜⵉⵖⵓⵔⵉ "call" are marked review.
data-feed-offers-title = ⵉⵙⵓⵎⵔⵏ ⴷ ⵜⵖⵓⵔⵉⵡⵉⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ
# source: see nav-news in main.ftl.
data-feed-news-title = { nav-news }
# source: MW listfiles_date "ⴰⵙⴰⴽⵓⴷ", page_last "ⴰⵎⴳⴳⴰⵔⵓ" (deadline).
data-feed-offer-summary = { $issuer }; ⴰⵙⴰⴽⵓⴷ ⴰⵎⴳⴳⴰⵔⵓ: { $deadline }
# review: plural ⵉⵙⵓⴽⴰⴷ is ours; ⴰⵙⵓⵎⵔ "offer".
data-calendar-title = ⵉⵙⵓⴽⴰⴷ ⵉⵎⴳⴳⵓⵔⴰ ⵏ ⵢⵉⵙⵓⵎⵔⵏ
# source: MW listfiles_date "ⴰⵙⴰⴽⵓⴷ", page_last "ⴰⵎⴳⴳⴰⵔⵓ".
data-calendar-event = ⴰⵙⴰⴽⵓⴷ ⴰⵎⴳⴳⴰⵔⵓ: { $title }
# review: ⵜⵉⵡⵉⵙⵉ "support", ⴰⵙⵓⵎⵔ and ⵜⴰⵎⵓⵏⵜ are marked review.
data-grants-title = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏ ⵢⵉⵙⵓⵎⵔⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵜⵎⵓⵏⵉⵏ
# review: ⵜⵉⵡⵉⵙⵉ, ⵜⴰⵎⵓⵏⵜ, ⴰⵙⵓⵎⵔ and ⵜⵉⵖⵓⵔⵉ are marked review.
data-grants-description = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⴼⵙⵔⵏ ⴳ ⵜⵡⵡⵓⵔⵜ: ⴽⵓ ⵜⵉⵡⵉⵙⵉ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵢⴰⵜ ⵜⵎⵓⵏⵜ ⴳ ⵢⴰⵏ ⵓⵙⵓⵎⵔ ⵏⵖ ⴳ ⵢⴰⵜ ⵜⵖⵓⵔⵉ ⵏ ⵉⵙⵏⴼⴰⵔⵏ.
# review: ⵜⵉⵡⵉⵙⵉ "support" and ⴰⵙⵓⵎⵔ "offer" are marked review.
data-grant-description = ⵜⵉⵡⵉⵙⵉ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ { $association } ⴳ ⵓⵙⵓⵎⵔ « { $offer } ».

## File sizes and the licence's name

# source: MW nbytes "$1 ⴱⴰⵢⵜ / ⵉⴷ ⴱⴰⵢⵜ".
data-size-bytes = { $size }{"\u00A0"}ⴱⴰⵢⵜ
# review: ⴽⴱ and ⵎⴱ transliterate kB and MB, no source found.
data-size-kb = { $size }{"\u00A0"}ⴽⴱ
# review: see data-size-kb.
data-size-mb = { $size }{"\u00A0"}ⵎⴱ
# The licence's identifier, the same in every language, until a translator gives its name.
data-licence-name-cc-by-4-0 = CC BY 4.0
