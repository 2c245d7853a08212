### ⵉⴷⵔⵉⵎⵏ: ⵎⴰⵏⵉ ⴷ ⵜⵜⴷⴷⵓⵏ (/zgh/funding/). See i18n/fr/funding.ftl for the
### translators' context. Every term below is to be reviewed.

# uncertain: ⵉⴷⵔⵉⵎⵏ "money", ⵉⵜⵜⵓⴼⴽⴰⵏ "that were given" (passive participle of ⴼⴽ).
funding-title = ⵉⴷⵔⵉⵎⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
# uncertain: ⵜⵉⵡⵉⵙⵉ (pl. ⵜⵉⵡⵉⵙⵉⵢⵉⵏ) "aid, support".
funding-intro = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵜⵎⵓⵏⵉⵏ: ⵎⵏⵏⴰⵡ, ⵎⴰⵏ ⴰⵖⴰⵡⴰⵙ, ⵎⴰⵏⵉ, ⵎⴰⵏⴰⴽⵓ.
funding-of-programme = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏ ⵓⵖⴰⵡⴰⵙ { $name }
# uncertain: ⵜⴰⵙⵙⵓⴷⵙⵜ "institution".
funding-of-issuer = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏ { $name }
funding-of-region = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⴳ ⵜⵎⵏⴰⴹⵜ ⵏ { $name }
funding-of-province = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⴳ ⵜⵙⴳⴰ ⵏ { $name }
# uncertain: ⴰⵙⴳⴳⵯⴰⵙ "year", annexed ⵓⵙⴳⴳⵯⴰⵙ.
funding-of-year = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⵏ ⵓⵙⴳⴳⵯⴰⵙ { $name }
funding-of-domain = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ ⴳ ⵉⴳⵔ ⵏ { $name }
funding-facet-programme = ⴰⵖⴰⵡⴰⵙ
funding-facet-issuer = ⵜⴰⵙⵙⵓⴷⵙⵜ
funding-facet-region = ⵜⴰⵎⵏⴰⴹⵜ
funding-facet-province = ⵜⴰⵙⴳⴰ
funding-facet-year = ⴰⵙⴳⴳⵯⴰⵙ
funding-facet-domain = ⵉⴳⵔ
funding-figure-awarded = ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵜⵎⵓⵏⵉⵏ
funding-figure-awards =
    { PLURAL($count) ->
        [one] ⵜⵉⵡⵉⵙⵉ
       *[other] ⵜⵉⵡⵉⵙⵉⵢⵉⵏ
    }
funding-figure-recipients =
    { PLURAL($count) ->
        [one] ⵜⴰⵎⵓⵏⵜ
       *[other] ⵜⵉⵎⵓⵏⵉⵏ
    }
# uncertain: ⵉⵜⵜⵓⵙⵓⵎⵔⵏ "that were offered".
funding-figure-offered = ⵉⵜⵜⵓⵙⵓⵎⵔⵏ ⴳ ⵜⵖⵓⵔⵉⵡⵉⵏ
funding-by-programme = ⵙ ⵓⵖⴰⵡⴰⵙ
funding-by-issuer = ⵙ ⵜⵙⵙⵓⴷⵙⵜ
funding-by-region = ⵙ ⵜⵎⵏⴰⴹⵜ
funding-by-province = ⵙ ⵜⵙⴳⴰ
funding-by-year = ⵙ ⵓⵙⴳⴳⵯⴰⵙ
funding-by-domain = ⵙ ⵉⴳⵔ
# uncertain: "an association of several fields counts in each one".
funding-domain-note = ⵜⴰⵎⵓⵏⵜ ⵏ ⴽⵔⴰ ⵏ ⵉⴳⵔⴰⵏ ⵜⵜⵓⵙⵉⴹⵏ ⴳ ⴽⵓ ⵢⴰⵏ.
funding-programme-note = ⴰⵖⴰⵡⴰⵙ ⴷ ⵉⴼⵔⴷⵉⵙⵏ ⵏⵏⵙ.
funding-awards-n =
    { PLURAL($count) ->
        [one] { $count } ⵜⵡⵉⵙⵉ
       *[other] { $count } ⵜⵡⵉⵙⵉⵢⵉⵏ
    }
funding-recipients-n =
    { PLURAL($count) ->
        [one] { $count } ⵜⵎⵓⵏⵜ
       *[other] { $count } ⵜⵎⵓⵏⵉⵏ
    }
funding-own-offers = ⴰⵖⴰⵡⴰⵙ ⵏⵉⵜ:
funding-programme-heading = ⵉⴷⵔⵉⵎⵏ
funding-offered = ⵉⵜⵜⵓⵙⵓⵎⵔⵏ
funding-awarded-own = ⵉⵜⵜⵓⴼⴽⴰⵏ
funding-awarded-with-phases = ⵉⵜⵜⵓⴼⴽⴰⵏ ⴷ ⵉⴼⵔⴷⵉⵙⵏ
funding-recipients = ⵜⵉⵎⵓⵏⵉⵏ
funding-see-awards = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ
funding-see-programme = ⴰⵖⴰⵡⴰⵙ
funding-support-heading = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ
funding-support-awards =
    { PLURAL($count) ->
        [one] { $count } ⵜⵡⵉⵙⵉ
       *[other] { $count } ⵜⵡⵉⵙⵉⵢⵉⵏ
    }
funding-see-all = { funding-title }
# uncertain: "these sums are those of the open data".
funding-source-note = ⵉⵎⴹⴰⵏ ⴰⴷ ⴷ ⵉⵎⴹⴰⵏ ⵏ ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ (360Giving).
funding-open-data = { footer-open-data }
funding-awards-list = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ
funding-awards-order =
    { PLURAL($count) ->
        [one] { $count } ⵜⵡⵉⵙⵉ
       *[other] { $count } ⵜⵡⵉⵙⵉⵢⵉⵏ
    }
funding-no-awards = ⵓⵍⴰ ⵜⴰⵡⵉⵙⵉ.
figure-awarded-label = { funding-figure-awarded }
funding-place-support = ⵜⵉⵡⵉⵙⵉⵢⵉⵏ:
