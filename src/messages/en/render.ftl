# render messages (en)

## The theme (themes/NAME/): its folder, templates and static files.
missing-theme = the theme `{ $theme }` has no folder `{ $folder }`
missing-theme--help = set `theme:` in site.yaml to `{ $default }` (the theme built into nassij) or to the name of a folder of themes/
asset = cannot read this file of the theme: { $reason }

## Template errors. The engine's own words, when there are no better ones,
## come as `reason`.
template--undefined-name = the template uses `{ $name }`, which this page does not have
template--undefined = the template uses a value that does not exist: { $reason }
template--syntax = the template is not written correctly: { $reason }
template--unknown-function = the template calls a function or filter that does not exist: { $reason }
template--not-found = the template includes another one that does not exist: { $reason }
template--arguments = a function of the template is not given the right values: { $reason }
template--other = error in the template: { $reason }
template--included = { $message } (in { $places })
template--unreadable = cannot read the template: { $reason }
template--help-undefined = templates are strict: every value they use must exist on the page; check the name, or guard it with `is defined`
template--help-unknown-function = use a function or filter that nassij provides (`t`, `t_attr`, `tx`, `num`) or a minijinja built-in
template--help-syntax = check the template syntax near this line
template--help = check the template near this line
# Said by nassij's template functions (t, tx, num…).
template--cannot-write = the page cannot be written
template--not-a-text = { $function }() needs a text with `{ $attr }` (a view's text such as `association.name`), not `{ $found }`
template--no-lang = the page has no `lang` value
template--not-a-site-language = `{ $code }` is not a language of the site
template--argument-missing = the argument `{ $name }` of message `{ $id }` has no value
template--argument-not-a-number = the argument `{ $name }` of message `{ $id }` is not a usable number
template--tx-nothing = tx() or lang_of() was given nothing; guard optional texts with `if`
interface-unknown-language = `{ $lang }` is not a language of the site
interface-message-missing = the interface message `{ $id }` is in none of the languages { $languages }
interface-message-failed = the interface message `{ $id }` in `{ $lang }` cannot be written out: { $reason }

## Interface strings of the site (i18n/LANG/*.ftl).
missing-translation--interface = `{ $lang }` lacks { $count ->
    [one] 1 interface message
   *[other] { $count } interface messages
} (e.g. { $examples })
missing-translation--interface-help = add them to i18n/{ $lang }/*.ftl; until then each one is shown in the first of these languages that has it: { $fallbacks }
missing-translation--interface-help-none = add them to i18n/{ $lang }/*.ftl; until then the pages show the message's id instead
missing-record--page = no published record is called `{ $slug }`: its page cannot be made
i18n--bad-language-code = `{ $code }` is not a valid language code
i18n--bad-language-code--help = use a BCP 47 code such as `ar`, `fr` or `zgh` in site.yaml
i18n--default-not-a-language = the default language `{ $code }` is not one of the site's languages
i18n--default-not-a-language--help = choose one of: { $languages }
i18n--language-twice = the language `{ $code }` is declared twice
i18n--language-twice--help = list each language once in site.yaml
i18n--unknown-fallback = the fallback `{ $fallback }` of language `{ $code }` is not one of the site's languages
i18n--unknown-fallback--help = choose among: { $languages }
i18n--internal = internal error: { $reason }
i18n--internal--help = report this as a bug of nassij
i18n--cannot-read-folder = cannot read the folder of interface strings: { $reason }
i18n--cannot-read-folder--help = create it with at least one .ftl file (it may be empty: every message then falls back to another language)
i18n--cannot-list-folder = cannot list the folder: { $reason }
i18n--cannot-list-folder--help = check the folder's permissions
i18n--no-ftl-file = no .ftl file in this language's folder
i18n--no-ftl-file--help = add one (it may be empty: every message then falls back to another language)
i18n--cannot-read-file = cannot read the file: { $reason }
i18n--cannot-read-file--help = check that it exists and can be read
i18n--not-utf8 = the file is not valid UTF-8
i18n--not-utf8--help = save the file as UTF-8 (with or without BOM)
i18n--syntax = this line cannot be read as an interface message (Fluent syntax)
i18n--syntax-help-equals = a message is written `message-id = text`
i18n--syntax-help-close-brace = a placeable opened with `{"{"}` must be closed with `{"}"}` on the same line
i18n--syntax-help-identifier = message ids start with a letter and contain only letters, digits, `-` and `_`; continuation lines must be indented
i18n--syntax-help-message-value = `{ $id }` has no text: write `{ $id } = text`, or give it attributes (`    .attr = text`)
i18n--syntax-help-term-value = the term `-{ $id }` needs a value
i18n--syntax-help-default-variant = mark one variant as the default with `*`, usually `*[other]`
i18n--syntax-help-several-defaults = only one variant may start with `*`
i18n--syntax-help-unbalanced-brace = a `{"}"}` closes nothing here; to show a brace itself write `{"{"} "{"}"}" {"}"}`
i18n--syntax-help-unterminated-string = close the text in quotes with `"` on the same line
i18n--syntax-help-escape = texts in quotes accept only `\"`, `\\`, `\uXXXX` and `\UXXXXXX`
i18n--syntax-help-selector = select on a variable or a function call, e.g. `{"{"} PLURAL($count) -> ... {"}"}`
i18n--syntax-help-function-name = functions are written in capitals, e.g. `NUMBER($n)` or `PLURAL($n)`
i18n--syntax-help-arguments = write positional arguments first, each named argument once: `NUMBER($n, maximumFractionDigits: 1)`
i18n--syntax-help-placeable = a placeable `{"{"} ... {"}"}` must contain a variable (`$name`), a message reference, a text in quotes or a number
i18n--defined-twice = `{ $key }` is defined twice in this language
i18n--defined-twice--help = it is first defined at { $place }; remove or rename one of them
i18n--in-message = in `{ $key }`: { $problem }
i18n--plural-without-function = the variant [{ $variant }] is a plural category, but the selector is not PLURAL(...)
i18n--plural-without-function--help = write the selector as `{"{"} PLURAL($count) -> ... {"}"}` so that nassij's plural rule of the language applies (without it, English rules would be used for zgh)
i18n--not-a-plural-category = the variant [{ $variant }] is not a plural category
i18n--not-a-plural-category--help = PLURAL() returns one of zero, one, two, few, many, other
i18n--number-never-matches = the variant [{ $variant }] can never match PLURAL(...)
i18n--number-never-matches--help = PLURAL() returns a category name; to single out an exact number, select on the variable first: `{"{"} $count -> [0] ... *[other] {"{"} PLURAL($count) -> ... {"}"} {"}"}`
