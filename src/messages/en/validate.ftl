# validate messages (en)

## The kinds of record, as named inside sentences.
kind-associations = association
kind-programmes = programme
kind-offers = offer
kind-results = results report
kind-institutions = institution
kind-news = news item
kind-pages = page

## Slugs and references between records.
duplicate-slug = two { $kind } records have the slug `{ $slug }`
duplicate-slug--help = the other one is { $other }; rename one of the two files
unknown-reference = { $field }: there is no { $kind } record `{ $slug }`
unknown-reference--empty = `{ $field }` is empty: it must name an existing { $kind }
unknown-reference--help-acronym = did you mean `{ $slug }` ({ $name })? `{ $written }` is its acronym; write its slug, `{ $slug }` (its file is { $file })
unknown-reference--help-name = did you mean `{ $slug }` ({ $name })? Write the record's slug, `{ $slug }` (its file is { $file }), not its name
unknown-reference--help-nearest = did you mean `{ $slug }` ({ $name })?
unknown-reference--help-nearest-slug = did you mean `{ $slug }`?
unknown-reference--existing = the existing ones (file names in { $dir }) are { $items }
unknown-reference--closest = the closest ones (file names in { $dir }) are { $items }, and { $more ->
    [one] 1 more
   *[other] { $more } more
}
unknown-reference--help = write the slug of an existing { $kind }: { $existing }; or create { $file }
unknown-reference--help-pick = write the slug of an existing { $kind }: { $existing }
unknown-reference--help-none-yet = there is no { $kind } yet in { $dir }: create { $file } first
unknown-reference--help-none-yet-empty = there is no { $kind } yet in { $dir }: create one there first, then write its slug (its file name without .{ $ext })

## Territories and taxonomies.
unknown-region = unknown region `{ $code }`
unknown-region--help-name = write the code `{ $code }` for { $name }: regions are written by their code (content/taxonomies/territories.yaml)
unknown-region--help-nearest = did you mean `{ $code }` ({ $name })? Regions are written by their code, listed in content/taxonomies/territories.yaml
unknown-region--help = regions are written by their code, `MA-01` to `MA-12`, listed in content/taxonomies/territories.yaml
unknown-province = unknown province or prefecture `{ $code }`
unknown-province--help-name = write the code `{ $code }` for { $name }
unknown-province--help-nearest = did you mean `{ $code }` ({ $name })? Provinces and prefectures are listed with their codes in content/taxonomies/territories.yaml
unknown-province--help = provinces and prefectures are written by their code, such as `MA-AGD`, listed in content/taxonomies/territories.yaml
province-outside-region = province `{ $code }` ({ $name }) is not in region `{ $region }` ({ $region_name })
province-outside-region--help = `{ $code }` belongs to region `{ $region }` ({ $region_name }); correct the province or the region
province-outside-region--listed = province `{ $code }` ({ $name }) is not in any region listed under `regions` ({ $regions })
province-outside-region--help-listed = add its region `{ $region }` ({ $region_name }) to `regions`, or correct the province
unknown-domain = unknown domain `{ $key }`
unknown-domain--help-nearest = did you mean `{ $key }` ({ $name })? The domains are defined in content/taxonomies/domains.yaml
unknown-domain--help = use a domain of content/taxonomies/domains.yaml ({ $keys }), or add it there
unknown-audience = unknown audience `{ $key }`
unknown-audience--help-nearest = did you mean `{ $key }` ({ $name })? The audiences are defined in content/taxonomies/audiences.yaml
unknown-audience--help = use an audience of content/taxonomies/audiences.yaml ({ $keys }), or add it there
unknown-indicator = unknown indicator `{ $key }`
unknown-indicator--help-nearest = did you mean `{ $key }` ({ $name })? The indicators are defined in content/taxonomies/indicators.yaml
unknown-indicator--help = use an indicator of content/taxonomies/indicators.yaml ({ $keys }), or add it there
unknown-territory = `{ $code }` is not a region or province code
unknown-territory--help = breakdown keys that start with `MA-` must be codes of content/taxonomies/territories.yaml
bad-territory-code = `{ $code }` is not a region code
bad-territory-code--help = region codes go from `MA-01` to `MA-12`
bad-territory-code--province = `{ $code }` is not a province code
bad-territory-code--help-province = province and prefecture codes are `MA-` and three capital letters, such as `MA-FES`
duplicate-territory = region `{ $code }` is listed twice
duplicate-territory--help = remove one of the two entries
duplicate-territory--province = province `{ $code }` is listed twice
duplicate-territory--help-province = a province belongs to exactly one region: remove one of the two entries
bad-key = `{ $key }` is not a valid key
bad-key--help = keys use lowercase letters a-z, digits and single hyphens, e.g. `{ $suggestion }`

## Texts and translations.
empty-text = `{ $field }` is empty
empty-text--help = write the text, or remove the field if it is optional
empty-text--lang = the `{ $lang }` text of `{ $field }` is empty
empty-text--help-lang = write the text, or remove `{ $lang }:` so that the pages in `{ $lang }` show the text of another language
empty-text--none = `{ $field }` has no text in any language
empty-text--help-none = write the texts, e.g. `{ $field }: {"{"}ar: "…", fr: "…"{"}"}`, or one text for every language
unknown-language = `{ $code }` is not a language of the site
unknown-language--help-nearest = did you mean `{ $code }`? The site's languages are { $codes }
unknown-language--help = the site's languages are { $codes } (site.yaml)
missing-translation = missing `{ $lang }` translation: { $fields }
missing-translation--body = missing `{ $lang }` translation of the body ({ $file })
missing-translation--both = missing `{ $lang }` translation: { $fields } and the body ({ $file })
missing-translation--fallback = { $count ->
    [0] the `{ $lang }` pages show the text of another language
    [one] the `{ $lang }` pages show the `{ $fallback }` text
   *[other] the `{ $lang }` pages show the text of the first of { $fallback } that has one
}, marked with its language
missing-translation--help = add `{ $lang }:` to these texts; until then { $shown }
missing-translation--help-body = write the translation of the body in { $file }; until then { $shown }
missing-translation--help-both = add `{ $lang }:` to these texts and write the translation of the body in { $file }; until then { $shown }
empty-translation = `{ $file }` has no text
empty-translation--help = write the translation in this file, or delete it: until then the page shows the text of the next language
placeholder-text = the example sentence of `nassij new` is still here
placeholder-text--help = replace it with the record's own text, or delete it

## site.yaml.
bad-language-code = `{ $code }` is not a language code
bad-language-code--help = use a two- or three-letter lowercase language code such as `ar`, `fr`, `zgh`
duplicate-language = language `{ $code }` is declared twice
duplicate-language--help = remove one of the two entries
bad-fallback--self = language `{ $code }` falls back to itself
bad-fallback--help-self = remove `{ $code }` from its own `fallback` list: a fallback list names other languages
bad-fallback = fallback `{ $code }` is not a language of the site
bad-fallback--help = declare `{ $code }` under `languages`, or remove it from the `fallback` list
no-languages = the site declares no language
no-languages--help = declare at least the default language under `languages`
bad-default-language = the default language `{ $code }` is not declared under `languages`
bad-default-language--help = use one of { $codes }
bad-theme = theme `{ $theme }` is not a theme folder name
bad-theme--help = the theme is the name of a folder of themes/, e.g. `default`

## Forms of values.
bad-url = `{ $url }` is not a web address
bad-url--spaces = `{ $url }` contains spaces
bad-url--scheme = `{ $url }` must start with https:// or http://
bad-url--host = `{ $url }` has no valid site name
bad-url--help = write a full address such as https://www.example.ma/page
bad-url--help-base = write the public address of the site, e.g. https://associations.example.ma
bad-email = `{ $value }` is not an e-mail address
bad-email--help = write it as name@domain.ma, without spaces
bad-phone = `{ $value }` is not a phone number
bad-phone--help = write 9 to 15 digits, optionally with +, spaces or hyphens, e.g. +212 5 28 00 00 00
bad-currency = `{ $value }` is not a currency code
bad-currency--help = write the three-letter currency code in capitals, e.g. `MAD`, `EUR`, `USD`; without `currency`, amounts are in `MAD`
negative-amount = the amount `{ $amount }` is negative
negative-amount--help = amounts are written as positive numbers, e.g. 150000
negative-value = `{ $field }` is { $value }; figures are non-negative
negative-value--breakdown = the breakdown figure for `{ $key }` is { $value }; figures are non-negative
negative-value--help = write the figure as a positive number
date-in-future = { $what } `{ $date }` is in the future (today is { $today })
date-in-future--founded = the founding date
date-in-future--statutes = the statutes update date
date-in-future--assembly = the last general assembly date
date-in-future--source = the date of a source
date-in-future--help = check the year; dates are written year-month-day, e.g. `2024-06-14`
location-outside-morocco--lat = latitude { $value } is outside Morocco ({ $min } to { $max })
location-outside-morocco--help-lat = check that latitude and longitude are not swapped; longitudes in Morocco are negative
location-outside-morocco--lon = longitude { $value } is outside Morocco ({ $min } to { $max })
location-outside-morocco--help-lon = longitudes in Morocco are negative (west of Greenwich), e.g. -9.6

## Associations.
no-domain = an association needs at least one domain
no-domain--help = add `domains: [{ $key }]` with keys of content/taxonomies/domains.yaml
self-reference = an association cannot be in a network with itself
self-reference--help = remove its own slug `{ $slug }` from `networks`
bad-year = the year { $year } is not plausible
bad-year--help = write the year of participation, between 1900 and { $max }

## Programmes.
parent-cycle--self = a programme cannot be its own parent
parent-cycle--help-self = name the programme this one belongs to, or remove `parent`
parent-cycle = the parents of `{ $slug }` form a cycle: { $chain }
parent-cycle--help = a programme's chain of parents must end at a programme without `parent`; remove or correct one `parent`
end-before-start = the programme ends ({ $end }) before it starts ({ $start })
end-before-start--help = check the years of `start` and `end`
end-before-start--milestone = the milestone ends ({ $end }) before it starts ({ $start })
end-before-start--help-milestone = check the dates of the milestone
end-before-start--period = the period ends ({ $end }) before it starts ({ $start })
end-before-start--help-period = check `period.start` and `period.end`
status-disagrees-with-dates = status `{ $status }` disagrees with the dates ({ $dates }) as of { $today }
status-disagrees-with-dates--span = { $start } to { $end }
status-disagrees-with-dates--from = from { $start }
status-disagrees-with-dates--until = until { $end }
status-disagrees-with-dates--none = none
status-disagrees-with-dates--help = set `status: { $status }` or correct the dates
status-disagrees-with-dates--milestone = milestone still `planned` although it was due on { $end }
status-disagrees-with-dates--help-milestone = set its status to `done`, `in-progress` or `late`

## Offers.
closes-before-opens = the offer closes ({ $closes }) before it opens ({ $opens })
closes-before-opens--help = `closes` must come after `opens`; check the month and year
published-after-q1 = the offer was published on { $published }, after the first quarter of { $year }, the year it opens
published-after-q1--help = public support offers are to be published on the portal by 31 March of the year they open, here { $year }-03-31 at the latest
amount-order = the minimum amount { $min } is above the maximum { $max }
amount-order--total = the total { $total } is below the amount per award { $max }
amount-order--help = the amounts must go up: `min` no more than `max`, and `max` no more than `total`
no-way-to-apply = `apply` gives neither a url nor an email
no-way-to-apply--help = add `url:` (the application form) or `email:` (where to send the application)
no-way-to-apply--missing = an offer that is open or upcoming needs `apply` with a url or an email
no-way-to-apply--help-missing = add `apply: {"{"}url: https://…, email: …{"}"}`
award-above-max = this award of { $amount } is above the offer's maximum per project, { $max }
award-above-max--help = correct the award's amount (a missing or extra zero?), or the offer's `amount.max`
award-below-min = this award of { $amount } is below the offer's minimum per project, { $min }
award-below-min--help = correct the award's amount, or the offer's `amount.min`
award-before-opens = this award is dated { $date }, before the offer opens on { $opens }
award-before-opens--help = correct the award's date (the decision comes after the call opens), or the offer's `opens`
awards-exceed-total = the awards add up to { $sum }, more than the offer's total { $total }
awards-exceed-total--help = correct the award amounts or `amount.total`
draft-closing-soon = { $days ->
    [0] the offer closes today but is still a draft
    [one] the offer closes in 1 day but is still a draft
   *[other] the offer closes in { $days } days but is still a draft
}
draft-closing-soon--help = publish it (remove `draft: true`) so that associations can apply in time

## Results reports.
no-values = a results report needs at least one value
no-values--help = add `values:` with `- {"{"}indicator: KEY, value: N{"}"}`

## Pages.
reserved-slug = a page cannot be named `{ $slug }`: the address { $address } is a section of the site
reserved-slug--help = rename the file, e.g. to { $file }

## Links in texts.
broken-link = broken internal link `{ $link }`: there is no { $kind } `{ $slug }`
broken-link--help-nearest = did you mean `{ $link }`?
broken-link--help = check the slug: it is the file name in { $dir } without .{ $ext }
broken-link--kind = broken internal link `{ $link }`: `{ $kind }` is not a kind of record
broken-link--help-kind-nearest = did you mean `{ $link }`?
broken-link--help-kind = internal links are written @/KIND/SLUG with KIND one of { $kinds }
broken-link--no-page = broken internal link `{ $link }`: { $kind } records have no page of their own
broken-link--help-no-page = link to the programme instead, e.g. @/programmes/SLUG
unknown-region--empty = the region is empty
unknown-region--empty-help = write the region's code from content/taxonomies/territories.yaml, e.g. `MA-09` for Souss-Massa
unknown-province--empty = the province is empty
unknown-province--empty-help = write the code of the province or prefecture from content/taxonomies/territories.yaml, e.g. `MA-TIZ` for Tiznit
