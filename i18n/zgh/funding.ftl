### ⵉⴷⵔⵉⵎⵏ: ⵎⴰⵏⵉ ⴷ ⵜⵜⴷⴷⵓⵏ (/zgh/funding/). See i18n/fr/funding.ftl for the
### translators' context. Terms come from i18n/zgh/GLOSSARY.md; "# source:"
### and "# review:" comments as in main.ftl. ⵜⵉⵡⵉⵙⵉ "support" (MediaWiki
### "help") is a glossary term marked review, so most messages here are too.

# source: CLDR zgh key "currency" ⴰⴷⵔⵉⵎ (pl. ⵉⴷⵔⵉⵎⵏ "money"); MW recentchanges-noresult "ⵉⵜⵜⵓⴼⴽⴰⵏ" (given).
funding-title = ⵉⴷⵔⵉⵎⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
# review: ⵜⵉⵡⵉⵙⵉ (pl. ⵜⵉⵡⵉⵙⵉⵢⵉⵏ) "help" (MW help) used for "support"; ⵜⴰⵎⵓⵏⵜ, ⴰⵖⴰⵡⴰⵙ are marked review.
funding-intro = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵜⵎⵓⵏⵉⵏ: ⵎⵏⵏⴰⵡ, ⵎⴰⵏⵡ ⵜⵏⵜ ⵉⴼⴽⴰⵏ, ⵎⴰⵏ ⴰⵖⴰⵡⴰⵙ, ⵎⴰⵏⵉ ⴷ ⵎⴰⵏⴰⴽⵓ.
# review: ⵜⵉⵡⵉⵙⵉ "support", ⴰⵖⴰⵡⴰⵙ.
funding-of-programme = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏ ⵓⵖⴰⵡⴰⵙ { $name }
# review: ⵜⵉⵡⵉⵙⵉ "support".
funding-of-issuer = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏ { $name }
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⵜⴰⵎⵏⴰⴹⵜ (Wikidata zgh region labels).
funding-of-region = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⴳ ⵜⵎⵏⴰⴹⵜ ⵏ { $name }
# review: ⵜⵉⵡⵉⵙⵉ "support", ⵜⴰⵙⴳⴰ "province".
funding-of-province = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⴳ ⵜⵙⴳⴰ ⵏ { $name }
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⴰⵙⴳⴳⵯⴰⵙ "year" (CLDR zgh field year), annexed ⵓⵙⴳⴳⵯⴰⵙ.
funding-of-year = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏ ⵓⵙⴳⴳⵯⴰⵙ { $name }
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⵉⴳⵔ (MW yourdomainname).
funding-of-domain = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⴳ ⵉⴳⵔ ⵏ { $name }
# review: see nav-programmes in main.ftl.
funding-facet-programme = ⴰⵖⴰⵡⴰⵙ
# review: ⵜⴰⵙⵙⵓⴷⵙⵜ "institution" (the issuer), no source found.
funding-facet-issuer = ⵜⴰⵙⵙⵓⴷⵙⵜ
# source: Wikidata zgh region labels "ⵜⴰⵎⵏⴰⴹⵜ …", CLDR zgh territory IO.
funding-facet-region = ⵜⴰⵎⵏⴰⴹⵜ
# review: ⵜⴰⵙⴳⴰ "province" and ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ "prefecture" have no checked source.
funding-facet-province = ⵜⴰⵙⴳⴰ ⵏⵖ ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ
# source: CLDR zgh field year "ⴰⵙⴳⴳⵯⴰⵙ".
funding-facet-year = ⴰⵙⴳⴳⵯⴰⵙ
# source: MW yourdomainname "ⵉⴳⵔ".
funding-facet-domain = ⵉⴳⵔ
# review: ⵜⴰⵎⵓⵏⵜ is marked review; ⵉⵜⵜⵓⴼⴽⴰⵏ (MW recentchanges-noresult).
funding-figure-awarded = ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵜⵎⵓⵏⵉⵏ
# review: ⵜⵉⵡⵉⵙⵉ "support", annexed ⵜⵡⵉⵙⵉ / ⵜⵡⵉⵙⵉⵢⵉⵏ beside a number.
funding-figure-awards =
    { PLURAL($count) ->
        [one] ⵜⵡⵉⵙⵉ ⵉⵜⵜⵓⴼⴽⴰⵏ
       *[other] ⵜⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
    }
# review: ⵜⴰⵎⵓⵏⵜ and ⵜⴰⵎⴰⵎⵥⵜ "beneficiary" (pl. ⵜⵉⵎⴰⵎⵥⵉⵏ) have no source; annexed ⵜⵎⵓⵏⵜ / ⵜⵎⵓⵏⵉⵏ beside a number.
funding-figure-recipients =
    { PLURAL($count) ->
        [one] ⵜⵎⵓⵏⵜ ⵜⴰⵎⴰⵎⵥⵜ
       *[other] ⵜⵎⵓⵏⵉⵏ ⵜⵉⵎⴰⵎⵥⵉⵏ
    }
# review: ⵉⵜⵜⵓⵙⵓⵎⵔⵏ "offered" and ⵜⵉⵖⵓⵔⵉ "call" (annexed pl. ⵜⵖⵓⵔⵉⵡⵉⵏ) have no source; ⵎⴰⵕⵕⴰ ⵓⵎⴹⴰⵏ (MW pageinfo-edits).
funding-figure-offered = ⵉⵜⵜⵓⵙⵓⵎⵔⵏ ⴳ ⵜⵖⵓⵔⵉⵡⵉⵏ (ⵎⴰⵕⵕⴰ ⵓⵎⴹⴰⵏ ⵏ ⵢⵉⵙⵓⵎⵔⵏ)
# review: ⴰⵖⴰⵡⴰⵙ is marked review; ⵙ "by".
funding-by-programme = ⵙ ⵓⵖⴰⵡⴰⵙ
# review: ⵜⴰⵙⵙⵓⴷⵙⵜ "institution".
funding-by-issuer = ⵙ ⵜⵙⵙⵓⴷⵙⵜ
# review: ⵜⴰⵎⴰⵎⵥⵜ "beneficiary" (pl. ⵜⵉⵎⴰⵎⵥⵉⵏ), no source found; ⵜⴰⵎⵏⴰⴹⵜ sourced.
funding-by-region = ⵙ ⵜⵎⵏⴰⴹⵜ ⵏ ⵜⵎⵓⵏⵉⵏ ⵜⵉⵎⴰⵎⵥⵉⵏ
# review: ⵜⴰⵙⴳⴰ, ⵜⴰⵎⵙⵙⵓⴳⵓⵔⵜ and ⵜⴰⵎⴰⵎⵥⵜ are marked review.
funding-by-province = ⵙ ⵜⵙⴳⴰ ⵏⵖ ⵜⵎⵙⵙⵓⴳⵓⵔⵜ ⵏ ⵜⵎⵓⵏⵉⵏ ⵜⵉⵎⴰⵎⵥⵉⵏ
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⴰⵙⴳⴳⵯⴰⵙ (CLDR field year).
funding-by-year = ⵙ ⵓⵙⴳⴳⵯⴰⵙ ⵏ ⵜⵡⵉⵙⵉ
# review: ⵜⴰⵎⴰⵎⵥⵜ "beneficiary"; ⵉⴳⵔ (MW yourdomainname).
funding-by-domain = ⵙ ⵉⴳⵔ ⵏ ⵜⵎⵓⵏⵉⵏ ⵜⵉⵎⴰⵎⵥⵉⵏ
# review: ⵜⴰⵎⵓⵏⵜ is marked review; ⵉⵙⵡⵓⵔⵉⵏ "active" (MW rcfilters-activefilters), ⵉⵜⵜⵓⵙⵉⴹⵏ "counted" (MW pageinfo-contentpage), ⵎⵓⵏ "gather".
funding-domain-note = ⵜⴰⵎⵓⵏⵜ ⵉⵙⵡⵓⵔⵉⵏ ⴳ ⴽⵉⴳⴰⵏ ⵏ ⵉⴳⵔⴰⵏ ⵜⵜⵓⵙⵉⴹ ⴳ ⴽⵓ ⵢⴰⵏ ⴳⵉⵙⵏ: ⵉⵎⴹⴰⵏ ⴰⴷ ⵓⵔ ⵜⵜⵓⵎⵓⵏⵏ.
# review: ⴰⵖⴰⵡⴰⵙ, ⴰⵙⵓⵎⵔ "offer" and ⴰⴼⵔⴷⵉⵙ "phase" are marked review.
funding-programme-note = ⵉⵎⴹⴰⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⵎⵓⵏⵏ ⵉⵙⵓⵎⵔⵏ ⵏⵏⵙ ⴷ ⵡⵉⵏ ⵏ ⵉⴼⵔⴷⵉⵙⵏ ⵏⵏⵙ.
# review: ⵜⵉⵡⵉⵙⵉ "support" (annexed ⵜⵡⵉⵙⵉ / ⵜⵡⵉⵙⵉⵢⵉⵏ after a number).
funding-awards-n =
    { PLURAL($count) ->
        [one] { $count } ⵜⵡⵉⵙⵉ
       *[other] { $count } ⵜⵡⵉⵙⵉⵢⵉⵏ
    }
# review: ⵜⴰⵎⵓⵏⵜ is marked review.
funding-recipients-n =
    { PLURAL($count) ->
        [one] { $count } ⵜⵎⵓⵏⵜ
       *[other] { $count } ⵜⵎⵓⵏⵉⵏ
    }
# review: ⴰⵙⵓⵎⵔ "offer"; ⵏⵉⵜ "itself".
funding-own-offers = ⴳ ⵉⵙⵓⵎⵔⵏ ⵏⵏⵙ ⵏⵉⵜ:
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⵉⴷⵔⵉⵎⵏ "money" (CLDR) for "budget".
funding-programme-heading = ⵉⴷⵔⵉⵎⵏ ⴷ ⵜⵉⵡⵉⵙⵉⵢⵉⵏ
# review: ⴰⵙⵓⵎⵔ "offer", ⵉⵜⵜⵓⵙⵓⵎⵔⵏ "offered"; ⴰⵎⴹⴰⵏ (MW recentchanges-label-plusminus).
funding-offered = ⴰⵎⴹⴰⵏ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ ⴳ ⵉⵙⵓⵎⵔⵏ ⵏⵏⵙ
# review: ⴰⵙⵓⵎⵔ "offer".
funding-awarded-own = ⵉⵜⵜⵓⴼⴽⴰⵏ ⴳ ⵉⵙⵓⵎⵔⵏ ⵏⵏⵙ
# review: ⴰⴼⵔⴷⵉⵙ "phase" (pl. ⵉⴼⵔⴷⵉⵙⵏ), no source found.
funding-awarded-with-phases = ⵉⵜⵜⵓⴼⴽⴰⵏ ⴷ ⵉⴼⵔⴷⵉⵙⵏ ⵏⵏⵙ
# review: ⵜⴰⵎⵓⵏⵜ and ⵜⴰⵎⴰⵎⵥⵜ "beneficiary" have no source.
funding-recipients = ⵜⵉⵎⵓⵏⵉⵏ ⵜⵉⵎⴰⵎⵥⵉⵏ
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⵙⴽⵏ "view" (MW view).
funding-see-awards = ⵙⴽⵏ ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
# review: ⴰⵖⴰⵡⴰⵙ is marked review; ⵙⴽⵏ, ⵜⴰⵙⵏⴰ (MW).
funding-see-programme = ⵙⴽⵏ ⵜⴰⵙⵏⴰ ⵏ ⵓⵖⴰⵡⴰⵙ
# review: ⵜⵉⵡⵉⵙⵉ "support", ⵉⵜⵜⵓⵎⵥⵏ "received"; ⵎⴰⵕⵕⴰ (MW pageinfo-edits).
funding-support-heading = ⵎⴰⵕⵕⴰ ⵜⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⵎⵥⵏ
# review: ⵜⵉⵡⵉⵙⵉ "support".
funding-support-awards =
    { PLURAL($count) ->
        [one] ⴳ { $count } ⵜⵡⵉⵙⵉ
       *[other] ⴳ { $count } ⵜⵡⵉⵙⵉⵢⵉⵏ
    }
# review: ⴰⴳⴷⵓⴷⴰⵏ "public" (from CLDR ⵜⴰⴳⴷⵓⴷⴰⵏⵜ "republic") is marked review.
funding-see-all = ⵉⴷⵔⵉⵎⵏ ⵉⴳⴷⵓⴷⴰⵏⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ, ⴰⴼⴰⵢⵍⵓ (MW).
funding-source-note = ⵉⵎⴹⴰⵏ ⴰⴷ ⴷ ⵎⴰⵕⵕⴰ ⵜⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⴼⵙⵔⵏ ⴳ ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ (ⴰⴼⴰⵢⵍⵓ 360Giving).
# source: MW download "ⴰⴳⵎ", databaseerror "ⵉⵙⴼⴽⴰ".
funding-open-data = ⴰⴳⵎ ⵉⵙⴼⴽⴰ
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⵜⴰⵍⴳⴰⵎⵜ (MW listfiles).
funding-awards-list = ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵜⵡⵉⵙⵉⵢⵉⵏ
# review: ⵜⵉⵡⵉⵙⵉ "support"; ⵜⴰⵎⴰⵢⵏⵓⵜ "new" (MW newpage), ⵜⴰⵇⴱⵓⵔⵜ "old" (MW oldpassword).
funding-awards-order =
    { PLURAL($count) ->
        [one] { $count } ⵜⵡⵉⵙⵉ, ⵙⴳ ⵜⵉⵏ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴰⵔ ⵜⵉⵏ ⵜⴰⵇⴱⵓⵔⵜ
       *[other] { $count } ⵜⵡⵉⵙⵉⵢⵉⵏ, ⵙⴳ ⵜⵉⵏ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴰⵔ ⵜⵉⵏ ⵜⴰⵇⴱⵓⵔⵜ
    }
# review: ⵜⵉⵡⵉⵙⵉ "support"; "ⴰⵡⴷ ⵢⴰⵜ … ⵓⵔ …" as in MW nocontribs, ⴼⵙⵔ (MW publishpage).
funding-no-awards = ⴰⵡⴷ ⵢⴰⵜ ⵜⵡⵉⵙⵉ ⵓⵔ ⵜⵜⵓⴼⵙⵔ.
# review: ⵜⴰⵎⵓⵏⵜ is marked review; the same words as funding-figure-awarded.
figure-awarded-label = { funding-figure-awarded }
# review: ⵜⵉⵡⵉⵙⵉ "support" and ⵜⴰⵎⵓⵏⵜ; ⵓⵎⵥⵏⵜ "they received".
funding-place-support = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏⵏⴰ ⵓⵎⵥⵏⵜ ⵜⵎⵓⵏⵉⵏ ⴰ:
