# explain messages (en)
# `nassij explain CODE`: what each diagnostic code means. For every code of
# src/diagnostics/codes.rs: `explain-CODE` (2 to 4 plain sentences) and
# `explain-CODE--short` (one line, also in content/README.md's table).

## The command's own lines.
# $level: the word for error or warning; $short: the code's one line.
explain-heading = { $level }[{ $code }]: { $short }
explain-is-error = This is an error: `nassij check` and `nassij build` fail until it is corrected.
explain-is-warning = This is a warning: the site is still built and published; `nassij check --strict` fails on it.
# $severity: error or warning.
explain-example = { $severity ->
    [warning] Example that gives this warning, in { $file }:
   *[error] Example of the mistake, in { $file }:
}
explain-fix = The fix:
explain-footer = `nassij check` shows each problem with its file, line and column; `nassij explain` lists every code.
explain-unknown = error: `{ $code }` is not a code of nassij's messages
explain-did-you-mean = did you mean `{ $code }`? Run `nassij explain { $code }`.
explain-list-intro = The codes of nassij's messages; `nassij explain CODE` explains one, with an example.
explain-list-errors = Errors (the site is not built until they are corrected):
explain-list-warnings = Warnings (the site is still built; `nassij check --strict` fails on them):

## One entry per code.
explain-amount-order--short = The offer's amounts are not in order: min, then max, then total
explain-amount-order = An offer's `amount` gives the smallest award (`min`), the largest award (`max`) and the budget of the whole call (`total`). They must satisfy min ≤ max ≤ total. Most often two values were swapped, or a zero is missing or extra.

explain-asset--short = A file of the theme's static/ folder cannot be read
explain-asset = The theme's static files (stylesheets, scripts, fonts and images in themes/NAME/static/) are copied into the site. One of them cannot be read: it is protected against reading, or it was deleted while nassij was running. Give read permission on the file, or ask the person who looks after the theme.

explain-award-above-max--short = An award is larger than the offer's maximum per project
explain-award-above-max = Each entry of `awards` gives the amount granted to one association. It cannot be larger than the offer's `amount.max`, the largest amount the call allows for one project. Check the award's amount for a missing or extra zero; if the maximum itself is wrong, correct `amount.max`.

explain-award-before-opens--short = An award is dated before the offer opens
explain-award-before-opens = An award's `date` is the day the association was selected. The selection comes after the call opens, so this date cannot be before the offer's `opens`. Check the year and the month of both dates.

explain-award-below-min--short = An award is smaller than the offer's minimum per project
explain-award-below-min = Each entry of `awards` gives the amount granted to one association. It cannot be smaller than the offer's `amount.min`, the smallest amount the call allows for one project. Check the award's amount for a missing zero; if the minimum itself is wrong, correct `amount.min`.

explain-awards-exceed-total--short = The awards add up to more than the offer's total budget
explain-awards-exceed-total = nassij adds up the `amount` of every entry of `awards` and compares the sum with `amount.total`, the budget of the whole call. A sum above the total usually means that an award was typed twice or with an extra zero. Correct the awards, or `amount.total` if the budget was raised.

explain-bad-currency--short = A currency is not a three-letter code such as MAD or EUR
explain-bad-currency = Amounts are in Moroccan dirhams unless `currency` says otherwise. A currency is written with its international code in three capital letters: MAD, EUR, USD. Words and abbreviations such as `DH` or `dirhams` are not understood.

explain-bad-default-language--short = The default_language of site.yaml is not one of its languages
explain-bad-default-language = `default_language` in site.yaml is the language of the records' main text, the text after the fields. It must be the `code` of one of the languages listed under `languages`. Write that code, for example `ar`.

explain-bad-email--short = An e-mail address is not written correctly
explain-bad-email = An e-mail address is written name@domain, without spaces, for example contact@association.ma. Write only one address in the field, and check that the `@` and the dot of the domain are there.

explain-bad-encoding--short = The file is not saved as UTF-8 text
explain-bad-encoding = nassij reads text files saved in UTF-8, the encoding that holds Arabic, French and Tifinagh together. This file was saved in another encoding (UTF-16 or an old Windows encoding), or it is not a text file. Open it in your editor and save it again with the encoding UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).

explain-bad-extension--short = A file name does not end as its folder requires (.md or .yaml)
explain-bad-extension = Associations, programmes, offers, news and pages are Markdown files ending in `.md`; results reports and institutions are YAML files ending in `.yaml`. Files with another ending are not read. Rename the file with the right ending (`.yaml`, not `.yml` or `.txt`).

explain-bad-fallback--short = A language's fallback in site.yaml is not another language of the site
explain-bad-fallback = In site.yaml, `fallback` lists, in order, the languages shown when a text is missing in a language. Each one must be another language declared under `languages`, not the language itself. Remove the unknown code, or declare that language.

explain-bad-file-name--short = A file name has capitals, spaces, accents or other characters not allowed
explain-bad-file-name = A record's file name is its slug: it becomes the address of its page. It uses only lowercase Latin letters a to z, digits and single hyphens, for example `association-tifawin.md`. Rename the file; the name shown on the site comes from the `name` or `title` field, in every language.

explain-bad-key--short = A key of a taxonomy file has characters not allowed
explain-bad-key = The keys of domains.yaml, audiences.yaml and indicators.yaml are written in the records (`domains: [education]`), so they follow the rules of file names: lowercase Latin letters, digits and single hyphens. Rename the key, and the records that use it.

explain-bad-language-code--short = A language code in site.yaml is not a code of two or three letters
explain-bad-language-code = Each entry of `languages` in site.yaml has a `code`: the ISO 639 code of the language in two or three lowercase letters, such as `ar`, `fr` or `zgh`. The language's name goes in `name`. The code is used in file names (`slug.fr.md`) and in texts (`fr:`).

explain-bad-phone--short = A phone number is not written correctly
explain-bad-phone = A phone number has 9 to 15 digits, with an optional `+` at the start, and spaces, dots or hyphens between the groups. Letters, and several numbers in one field, are not accepted. Write one number between quotes, for example `"+212 5 28 00 00 01"`.

explain-bad-territory-code--short = A code of territories.yaml is not an ISO 3166-2:MA code
explain-bad-territory-code = content/taxonomies/territories.yaml lists the regions and provinces with their ISO 3166-2:MA codes. A region is written MA- and two digits (`MA-09`); a province or prefecture MA- and three capital letters (`MA-TIZ`). Correct the code in the list.

explain-bad-theme--short = The theme of site.yaml is not a folder name
explain-bad-theme = `theme` in site.yaml is the name of a folder of themes/, such as `default`, not a path. Write the folder's name only, without `themes/` or `/`.

explain-bad-url--short = A web address is not complete
explain-bad-url = A web address must be complete: it starts with `https://` (or `http://`), then the site's name, without spaces. Copy it from the address bar of your browser; an address that starts with `www.` needs `https://` in front.

explain-bad-year--short = A year of participation in a programme is not plausible
explain-bad-year = In an association's `programmes`, `year` is the year the association took part, written with four digits. It must be between 1900 and next year. Check for a year written with two digits, or a typo.

explain-body-too-large--short = The text after the fields is larger than 1 MB
explain-body-too-large = The text of a record, after its fields, is limited to 1 MB, far more than any page needs. Usually an image or a document was pasted into the text, or a whole report was copied. Publish the document as a file and link to it, or split the text into several pages.

explain-broken-link--short = A link to another record leads nowhere
explain-broken-link = In a text, a link to another record is written `[text](@/KIND/SLUG)`, for example `[Tifawin](@/associations/tifawin)`. The folder or the file name after `@/` does not exist, so the link would lead to a missing page. Correct the name: it is the record's file name without `.md`.

explain-closes-before-opens--short = An offer closes before it opens
explain-closes-before-opens = An offer's `closes` (its deadline) must come after its `opens`. One of the two dates has a wrong year, month or day. Dates are written YYYY-MM-DD, and a deadline may have an hour: `2027-03-31T16:00`.

explain-date-in-future--short = A date that must be in the past is in the future
explain-date-in-future = A founding date, an update of the statutes or a general assembly is in the past. This date is after today: the year is probably mistyped (2110 for 2011). Dates are written YYYY-MM-DD.

explain-default-language-translation--short = A text file is named with the site's default language
explain-default-language-translation = The text in the site's default language goes in the record itself, after the fields, not in a separate file. Only the other languages have their own files `slug.LANG.md`. Move the text into `slug.md` after the closing `---`, and delete this file.

explain-draft-closing-soon--short = An offer still marked as a draft closes within a week
explain-draft-closing-soon = The offer has `draft: true`, so it is not published, but it closes in 7 days or less. Associations cannot apply to an offer they cannot see. Remove `draft: true` to publish it, or check the deadline.

explain-duplicate-key--short = The same field is written twice in a record
explain-duplicate-key = Each field appears once in a record, or once inside a group such as `contact`. With two `name:` lines, for example, nobody can tell which one counts. Keep one and delete the other, or merge their values.

explain-duplicate-language--short = A language is declared twice in site.yaml
explain-duplicate-language = Each language appears once under `languages` in site.yaml. Delete the second entry.

explain-duplicate-slug--short = Two records of the same kind have the same file name
explain-duplicate-slug = A record's file name is its address on the site, so two records of the same kind cannot share it, even in different subfolders. Rename one of the two files, and update the links and references to it.

explain-duplicate-territory--short = A region or province is listed twice in territories.yaml
explain-duplicate-territory = Each region, and each province or prefecture, appears once in content/taxonomies/territories.yaml; a province belongs to one region only. Delete the second entry.

explain-empty-record--short = A record has no fields
explain-empty-record = The record has no fields: the block between the two `---` lines, or the whole .yaml file, is empty. Every record needs at least its required fields, such as `name` or `title`. `nassij new KIND SLUG` writes a record with every field, explained.

explain-empty-text--short = A text is empty
explain-empty-text = A text field has an empty value, `""`, in one language or in all of them, which would show as a blank on the site. Write the text; or remove that language so that the site shows another one; or remove the field if it is optional.

explain-empty-translation--short = A translation file has no text
explain-empty-translation = The file `slug.LANG.md` holds a record's text in one language, but this one is empty. Until it has text, the page shows the text of the next language instead. Write the translation, or delete the file.

explain-end-before-start--short = An end date comes before its start date
explain-end-before-start = A programme, a milestone or the `period` of a results report ends before it starts. One of the two dates has a wrong year, month or day. Dates are written YYYY-MM-DD.

explain-file-too-large--short = A file is larger than 8 MB
explain-file-too-large = The files of content/ are short texts; nassij refuses files larger than 8 MB. This is probably a document or an image saved in content/ under a record's name. Keep large documents out of content/ and link to them.

explain-front-matter--short = The block of fields at the top of a Markdown record is missing or not closed
explain-front-matter = A Markdown record starts with a line `---`, then its fields, then another line `---`, then its text. Here the first line is not `---`, or the closing `---` is missing. Add the missing line, with nothing else on it.

explain-front-matter-in-translation--short = A translation file has a block of fields
explain-front-matter-in-translation = The file `slug.LANG.md` holds only the text in that language. The fields are written once, in `slug.md`, with every language inside the same field, such as `fr:` under `name`. Move the fields to `slug.md` and keep only the text here.

explain-i18n--short = An interface text of the site (i18n/) has an error
explain-i18n = The files of i18n/ hold the words of the site itself (menus, buttons, headings) in each language, in the Fluent format. This file has an error, such as a brace left open, a line without an id, or a reference to a message that does not exist. The message shows the line: compare it with the same message in another language.

explain-invalid-value--short = A value does not have the expected form (date, number, true or false)
explain-invalid-value = The field expects a certain kind of value: a date YYYY-MM-DD, a whole number, a number, true or false, a text or a list. The value written does not have that form, for example a date written 12/03/2011 or a number written in words. Follow the example given in the message.

explain-location-outside-morocco--short = The map coordinates are outside Morocco
explain-location-outside-morocco = `location` gives the association's position: `lat` (the latitude, from 20.5 to 36.1 in Morocco) and `lon` (the longitude, negative in Morocco, from -17.3 to -0.9). A point outside Morocco usually means that the two numbers are swapped or that the minus sign is missing. Copy the coordinates again from a map.

explain-missing-content--short = The site's folder has no content/ folder
explain-missing-content = A site is a folder with site.yaml and the content/ folder, which holds the records. nassij found site.yaml but no content/ beside it. Run nassij in the right folder, or move the folders of records into content/.

explain-missing-field--short = A required field is missing
explain-missing-field = Some fields are required, for example an association's `name`, `region` and `province`, or an offer's `issuer`, `opens` and `closes`. The message names the missing field. Add it with its value; `nassij new` writes every field for you to fill in.

explain-missing-record--short = nassij was asked for the page of a record that is not published
explain-missing-record = A page was requested for a record that no longer exists or is not published: it was deleted, renamed or made a draft while nassij was running. Run the command again. If the error stays, report it to the developers of nassij with the command you ran.

explain-missing-site-file--short = There is no site.yaml in the folder
explain-missing-site-file = nassij works in a site's folder: the one that holds site.yaml and content/. There is no site.yaml where it was run. Go to the site's folder (not into content/) and run the command again, or name the folder with `--root`.

explain-missing-taxonomy--short = One of the four taxonomy files is missing
explain-missing-taxonomy = Every site needs content/taxonomies/territories.yaml, domains.yaml, audiences.yaml and indicators.yaml: the lists the records refer to. One of them is missing or was renamed. Restore it from the history of the repository, or from the example site.

explain-missing-theme--short = The theme of site.yaml has no folder in themes/
explain-missing-theme = `theme` in site.yaml names the look of the site: `default` is the theme built into nassij; any other name is a folder of themes/ whose files replace those of the built-in theme. There is no folder of that name. Write `default`, or the name of an existing folder of themes/ (`nassij theme eject` writes the built-in theme there, to change it).

explain-missing-translation--short = A text is not yet translated into one of the site's languages
explain-missing-translation = A text of the record (a field, or the text after the fields) lacks one of the site's languages. The site is still published: the page shows the text of the next language, marked with its language. Add the language to the text (`fr:`) or create `slug.fr.md`; `nassij stats --missing fr` lists what remains to translate.

explain-negative-amount--short = An amount is negative
explain-negative-amount = Budgets, offer amounts and awards are written as positive numbers, without currency or spaces, for example 150000. Remove the minus sign.

explain-negative-value--short = A figure of a results report is negative
explain-negative-value = A results report gives counts and amounts: `value`, `target`, `baseline` and the figures of `breakdown` cannot be negative. To report a decrease, give the new figure and explain it in `note`.

explain-no-domain--short = An association has no domain
explain-no-domain = Every association has at least one domain of activity, so that people can find it by domain on the site. Write `domains` with keys of content/taxonomies/domains.yaml, for example `[education, culture-amazigh]`.

explain-no-languages--short = site.yaml declares no language
explain-no-languages = `languages` in site.yaml lists the languages of the site, each with its `code`, its `name` and its direction `dir`. The list is empty. Declare at least the default language.

explain-no-values--short = A results report has no figure
explain-no-values = A results report exists to publish figures: `values` needs at least one entry, with an `indicator` of content/taxonomies/indicators.yaml and its `value`. Add the figures, or delete the report.

explain-no-way-to-apply--short = An open or upcoming offer does not say how to apply
explain-no-way-to-apply = An offer that is open, or will open, needs `apply` with a `url` (the application form) or an `email` (where to send the application), or both. Without it, associations cannot apply. Add `apply` with the address given in the call.

explain-orphan-translation--short = A translation file has no record of the same name
explain-orphan-translation = `slug.LANG.md` holds the text of the record `slug.md` in another language. There is no `slug.md` in the same folder: the record was renamed or deleted. Rename the translation like the record, or delete it.

explain-parent-cycle--short = Programmes are each other's parent
explain-parent-cycle = `parent` names the programme that a phase or a project belongs to. Following the parents from this programme leads back to it, so the chain never reaches a top programme, such as a strategy. Correct one `parent` so that the chain ends at a programme without `parent`.

explain-placeholder-text--short = The example sentence of nassij new is still in the text
explain-placeholder-text = `nassij new` writes an example sentence in the text of a new record, such as “Description de l'offre en arabe ici.”. It is still in the record and would be published. Replace it with the record's own text, or delete it.

explain-province-outside-region--short = The province is not in the region given
explain-province-outside-region = An association's `province` must be in its `region`, and a programme's `provinces` in its `regions`. The message names the region the province belongs to. Correct the region or the province; the codes are listed in content/taxonomies/territories.yaml.

explain-published-after-q1--short = An offer was published after the first quarter of the year it opens
explain-published-after-q1 = Public support offers are to be published on the portal by 31 March of the year they open. This offer's `published` date is later. If the date is a typo (day and month swapped, for example), correct it; otherwise the warning records the late publication.

explain-reserved-slug--short = A page has the name of a section of the site
explain-reserved-slug = Pages share the site's addresses with its sections: associations, programmes, offers, results, news, search, data, static, feed and index. A page with one of these names would hide the section. Rename the page's file, for example `about-data.md`.

explain-self-reference--short = An association lists itself in its networks
explain-self-reference = `networks` lists the other associations this one works with, by their file names. The list holds the association's own file name. Remove it from the list.

explain-status-disagrees-with-dates--short = A programme's status does not match its dates
explain-status-disagrees-with-dates = A programme is `planned` before its `start`, `ongoing` between `start` and `end`, and `completed` after `end`; a milestone past its date is no longer `planned`. The status written disagrees with the dates as of today. Update `status`, or correct the dates.

explain-stray-file--short = A file is not in the folder of a kind of record
explain-stray-file = Records go in the folders of content/: associations/, programmes/, offers/, results/, institutions/, news/ and pages/. This file is directly in content/, so it is no kind of record. Move it into its folder.

explain-symlink--short = A file of content/ is a shortcut (symbolic link)
explain-symlink = nassij does not follow symbolic links in content/: a link could point to a file outside the site. Replace the link with the file itself (copy the file in its place).

explain-template--short = A template of the theme has an error
explain-template = The theme's templates (themes/NAME/templates/) turn records into pages. This one has a syntax error, uses a variable that does not exist, or calls an unknown function. Templates are the developers' part: if you did not edit the theme, report the error with its message.

explain-unknown-audience--short = An audience is not a key of audiences.yaml
explain-unknown-audience = `audiences` lists the people an association works for, with the keys of content/taxonomies/audiences.yaml, such as `women`, `youth` or `children`. The key written is not in that list. Use the key proposed in the message, or add the new audience to audiences.yaml.

explain-unknown-domain--short = A domain is not a key of domains.yaml
explain-unknown-domain = `domains` uses the keys of content/taxonomies/domains.yaml, such as `education`, `health` or `culture-amazigh`, not the names shown on the site. The key written is not in that list. Use the key proposed in the message, or add the new domain to domains.yaml.

explain-unknown-field--short = A field name is not known (often a typo)
explain-unknown-field = Each kind of record has a fixed list of fields. This name is not one of them, often because of a typo (`regoin` for `region`) or because the field belongs to another kind of record. Unknown fields are errors so that a typo is never silently ignored. Use the name proposed in the message.

explain-unknown-folder--short = content/ has a folder nassij does not know
explain-unknown-folder = content/ holds the folders associations, programmes, offers, results, institutions, news, pages and taxonomies, with exactly these names. This folder has another name, often in the singular or in French. Rename it as the message proposes.

explain-unknown-indicator--short = An indicator is not a key of indicators.yaml
explain-unknown-indicator = Each figure of a results report names its indicator with a key of content/taxonomies/indicators.yaml, such as `associations-trained`. The key written is not in that list. Use the key proposed in the message, or add the indicator to indicators.yaml with its name and unit.

explain-unknown-language--short = A language is not one of the site's languages
explain-unknown-language = Texts and translation files use the language codes declared in site.yaml, such as `ar`, `fr` and `zgh`. This code, in a text or in a file name `slug.LANG.md`, is not one of them. Use one of the site's codes, or declare the language in site.yaml.

explain-unknown-province--short = A province is not a code of territories.yaml
explain-unknown-province = Provinces and prefectures are written with their code from content/taxonomies/territories.yaml, such as `MA-TIZ` for Tiznit, not with their name. The value written is not one of these codes. Use the code proposed in the message; the province must also be in the record's region.

explain-unknown-reference--short = A field names a record that does not exist
explain-unknown-reference = Some fields name another record by its file name without the extension: `lead` and `issuer` an institution, `parent` and `programme` a programme, `association` an association. No record of that kind has this file name. Correct the name (the message lists the existing ones), or create the record.

explain-unknown-region--short = A region is not a code of territories.yaml
explain-unknown-region = Regions are written with their code, from MA-01 to MA-12, listed in content/taxonomies/territories.yaml: `MA-09` for Souss-Massa. The value written is not one of these codes; often it is the region's name. Use the code proposed in the message.

explain-unknown-taxonomy--short = content/taxonomies/ has a file nassij does not know
explain-unknown-taxonomy = content/taxonomies/ holds exactly four files: territories.yaml, domains.yaml, audiences.yaml and indicators.yaml. This file has another name and is not read. Rename it if it is one of the four, or move it out of the folder.

explain-unknown-territory--short = A code in the breakdown of a results report is not a region or a province
explain-unknown-territory = In a results report, `breakdown` splits a figure by territory. Its keys that start with `MA-` must be codes of regions or provinces from content/taxonomies/territories.yaml. Check the code, for example for a letter O typed instead of the digit 0.

explain-unknown-value--short = A value is not one of those allowed for this field
explain-unknown-value = Some fields accept only a few values, written in English exactly as listed: an association's `status` is `active`, `inactive` or `dissolved`, its `setting` is `urban` or `rural`. The value written is not one of them; often it is a French or Arabic word. Use one of the values listed in the message.

explain-unreadable--short = A file or folder cannot be read
explain-unreadable = nassij could not open this file or folder: it is protected against reading, or it was moved or deleted while nassij was running. Check that it exists and that you can open it, then run the command again.

explain-yaml-aliases--short = The fields use too many YAML anchors and aliases
explain-yaml-aliases = YAML lets a value be named (`&name`) and repeated elsewhere (`*name`). Records never need this, and a file that repeats values over and over could stall the building of the site. Write the values out, without `&` and `*`.

explain-yaml-syntax--short = The punctuation or indentation of the fields is wrong
explain-yaml-syntax = The fields are written in YAML, where quotes, brackets, colons and indentation have a meaning. Something on this line or the one before breaks the form: a quote or a bracket left open, a tab instead of spaces, or a colon inside a text that is not between quotes. Check the line shown in the message.

explain-yaml-too-large--short = The fields of a record are larger than 1 MB
explain-yaml-too-large = The fields of a record are limited to 1 MB of text, far more than a record needs. A results report with thousands of figures, or a long text pasted into a field, goes over it. Split the report (one per period, for example), or move long text into the text after the fields.
