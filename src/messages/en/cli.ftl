# cli messages (en)

# Text that comes from elsewhere, shown as is.
raw = { $text }

# The words before a diagnostic: `error[code]: …`, `help: …`.
level-error = error
level-warning = warning
level-help = help
level-note = note
diagnostic-in-file = in { $origin }

## Summaries and command lines.
summary-counts = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
check-summary = check: { $counts }
check-hidden-warnings = { $count } more `{ $code }` warnings are not shown (the first { $shown } are above); `nassij check --format json` lists them all
check-hidden-translations = { $count } more `{ $code }` warnings are not shown (the first { $shown } are above); `nassij check --format json` lists them all, `nassij stats` gives the translation coverage
check-others-not-shown = { $count ->
    [one] 1 more problem in other files is not shown
   *[other] { $count } more problems in other files are not shown
}; `nassij check` without paths lists them
check-scheduled = scheduled: { $file } goes online on { $date }
check-scheduled-github = scheduled: online on { $date }
check-changed-failed = error: --changed: { $reason }
check-git-missing = error: git cannot be run ({ $reason }); install git, or name the files to check: `nassij check content/associations/x.md`
check-not-a-repository = error: --changed asks git which files changed, but this folder is not in a git repository; name the files to check instead: `nassij check content/associations/x.md`
bad-now = error: { $reason }
build-bad-target = error: { $reason }
build-failed = build: { $counts }; nothing was written, the previous site is unchanged
build-cannot-write = error: cannot write the site: { $reason }
build-done = build: { $pages } pages, { $files } files in { $out } ({ $languages } languages) in { $seconds }s; { $counts }

build-updated = build: { $out } updated in { $seconds }s: { $rendered } of { $total } pages rendered again, { $written } files written, { $removed } removed (`--full` renders everything again); { $counts }

## nassij new KIND SLUG
new-unknown-kind = error: unknown type of record `{ $kind }`
new-unknown-kind--help = help: write one of `association`, `programme`, `offer`, `results`, `institution`, `news`, `page`, e.g. `nassij new association my-association`
new-bad-slug = error: `{ $slug }` cannot be the name of a record's file: use only lowercase letters a-z, digits and single hyphens
new-bad-slug--help = help: try `nassij new { $kind } { $suggestion }`
new-exists = error: { $file } already exists; `nassij new` never replaces a file
new-exists--help = help: choose another file name, or edit the existing file
new-cannot-create-folder = error: cannot create the folder { $folder }: { $reason }
new-cannot-write = error: cannot write { $file }: { $reason }
new-created = created { $file }: fill in the fields, then run `nassij check`

## nassij stats: the table's headings and rows, and the other lines.
stats-no-site = error: site.yaml cannot be read; run `nassij check` to see why
stats-unknown-language = error: `{ $code }` is not a language of the site; its languages are { $languages }
stats-heading-kind = kind
stats-heading-records = records
stats-heading-drafts = drafts
stats-heading-translated = translated
stats-row-all = all
stats-row-complete = records
stats-row-interface = interface
stats-row-review = to review
stats-review-heading = { $count ->
    [one] { $count } interface message in `{ $lang }` awaits a native speaker's review (a `# review:` comment above it in i18n/{ $lang }/):
   *[other] { $count } interface messages in `{ $lang }` await a native speaker's review (a `# review:` comment above each in i18n/{ $lang }/):
}
stats-interface-errors = interface strings: errors in i18n/, run `nassij check`
stats-missing-heading = { $count ->
    [one] { $count } record lacks `{ $lang }` texts:
   *[other] { $count } records lack `{ $lang }` texts:
}
stats-missing-line = { $file }: { $fields }
stats-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}: run `nassij check` to see them

## The output folder of nassij build (--out).
output-contains-site = the site cannot be written to { $out }: this folder contains the site's own files; choose another folder with --out, e.g. `--out public`
output-inside-sources = the site cannot be written into { $out }: it is inside `{ $folder }/`, part of the site's sources; choose another folder with --out, e.g. `--out public`
output-not-a-folder = { $out } exists and is not a folder; choose another name with --out, or remove that file
output-not-a-site = the site cannot replace { $out }: this folder is not empty and does not hold a built site (no index.html); choose another folder with --out, or empty this one
output-io = { $path }: { $reason }

## "Today": --now and SOURCE_DATE_EPOCH.
now-not-a-date = --now `{ $value }` is not a date (YYYY-MM-DD), a local date-time (YYYY-MM-DDTHH:MM) or an RFC 3339 timestamp; e.g. `--now 2026-11-22`
now-out-of-range = --now `{ $value }` cannot be used: { $reason }
epoch-not-a-number = SOURCE_DATE_EPOCH `{ $value }` is not a number of seconds; e.g. `SOURCE_DATE_EPOCH=1795348800`, or leave the variable unset
epoch-out-of-range = SOURCE_DATE_EPOCH `{ $value }` cannot be used: { $reason }
check-explain-hint = `nassij explain { $code }` explains a code, with an example of the mistake and of the fix

## nassij --help
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-about = Builds Morocco's association directory and programme transparency site
cli-help-root = The site's folder (the one holding site.yaml and content/)
cli-help-lang = The language of nassij's messages: fr, ar or en (default: NASSIJ_LANG, the computer's language, site.yaml's editor_language, else en)
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given subcommand(s)
cli-help-now = "Today" for offer statuses and dates: YYYY-MM-DD, a local date-time, or RFC 3339 (default: SOURCE_DATE_EPOCH, else the clock)
cli-help-format = How to print the problems: human, github (GitHub annotations), gitlab (GitLab code-quality report; the readable report still goes to the log) or json
cli-help-drafts = Publish the records marked `draft: true`
cli-help-future = Publish the offers and news dated after "today" (scheduled for later)
cli-help-build = Check, then write the whole site
cli-help-build-out = Output folder (default: public); a folder written by an earlier build is updated, only what changed is rewritten
cli-help-build-full = Render every page again into a fresh folder, instead of keeping what has not changed since the last build
cli-help-check = Check only; exit 1 on any error
cli-help-check-strict = Also fail on warnings (missing translations, stale statuses...)
cli-help-check-paths = Report only the problems of these files or folders (the whole site is still checked, and decides the exit status)
cli-help-check-changed = Report only the problems of the files changed since BASE in git (by default the merge base with origin/main, else HEAD), new files included
cli-help-check-cache = Folder of the parse cache, which spares parsing the files unchanged since the last run (default: .nassij-cache in the site)
cli-help-check-no-cache = Parse every file, without reading or writing the parse cache
cli-help-new = Write a new record with every field present and explained
cli-help-new-kind = association, programme, offer, results, institution, news or page
cli-help-new-slug = The file name of the record: lowercase letters, digits and hyphens
cli-help-stats = Counts and translation coverage per kind and language
cli-help-stats-missing = List the records that lack texts in this language, with the texts
cli-help-explain = What a problem's code means, with an example of the mistake and of the fix
cli-help-explain-code = A code such as unknown-province, as printed in brackets by check and build
cli-help-serve = Build in memory, serve on 127.0.0.1, rebuild and reload open pages on every change
cli-help-serve-port = Port to listen on (default: 1111)
cli-help-serve-open = Open the site in the default browser
cli-help-serve-bind = Address to listen on; anything but a loopback address makes the site visible to the network
cli-error-command = there is no command `{ $command }`
cli-error-argument = there is no option `{ $argument }` here
cli-error-value = `{ $value }` is not a value that `{ $argument }` takes
cli-error-value-list = `{ $value }` is not a value that `{ $argument }` takes; write one of { $valid }
cli-error-missing = this command needs { $argument }
cli-error-suggestion = did you mean `{ $suggestion }`?
cli-error-help = `nassij --help` lists the commands and their options

## nassij init and nassij theme eject.
cli-help-init = Start a new site repository: site.yaml, content/ with the lists (regions, provinces, domains, audiences, indicators), the editors' guide, the automatic publication on GitHub and GitLab
cli-help-init-dir = The new site's folder (default: --root, else the current folder)
cli-help-init-title = The site's title: LANG=TEXT for one language (ar, fr, zgh), repeated; TEXT alone for the others
cli-help-init-base-url = The public address of the site, e.g. https://associations.example.ma
cli-help-init-contact = The e-mail address that receives "report an error" messages
cli-help-init-yes = Ask no question: use the values given by the options, else the defaults
cli-help-theme = The site's look: the theme and the interface texts
cli-help-eject = Write the built-in theme and interface texts into the site, to change them
cli-help-eject-dir = The site's folder (default: --root, else the current folder)
init-exists = error: { $file } already exists: this folder is already a site
init-exists--help = help: give another folder, e.g. `nassij init my-portal`
init-prompt = { $question } [{ $default }]:
init-prompt-bare = { $question }:
init-intro = A new portal. Answer each question, or press Enter to keep the value in brackets; everything can be changed later in site.yaml.
init-ask-title-ar = Title of the site in Arabic
init-ask-title-fr = Title of the site in French
init-ask-title-zgh = Title of the site in Tamazight (Tifinagh)
init-ask-base-url = Public address of the site (https://…)
init-ask-contact = E-mail address that receives "report an error" messages (Enter: none)
init-bad-base-url = error: { $reason }; write the site's public address as https://associations.example.ma
init-bad-contact = error: `{ $email }` is not an e-mail address; write it as portail@example.ma
init-written = { $count ->
    [one] wrote { $count } file in { $dir }
   *[other] wrote { $count } files in { $dir }
}
init-kept = { $count ->
    [one] kept { $count } file that was already there: { $files }
   *[other] kept { $count } files that were already there: { $files }
}
init-cannot-write = error: cannot write { $file }: { $reason }
init-no-checksum = note: this nassij does not know its own checksum ({ $asset }), so the automatic publication will check it against the SHA256SUMS file of its release. Nothing to do now. To record the checksum in the portal, copy the line of { $asset } from the SHA256SUMS file (on the release's page) into NASSIJ_SHA256 of .github/workflows/nassij.yml and .gitlab-ci.yml.
init-next = Next steps:
    1. cd { $dir }
    2. nassij serve: see the site at http://127.0.0.1:1111 (Ctrl+C to stop)
    3. `git init`, `git add .`, `git commit`, then push to GitHub or GitLab: every pull request is checked and main is published. README.md says how to turn on the publication; content/README.md is the editors' guide.
eject-next = The portal's themes/{ $theme }/ and i18n/ folders now hold the built-in files: change what you need, and nassij uses your files. Delete those you do not change: nassij then uses its built-in version, updated with every new release.
init-yaml-header = The portal's settings. Every field is described in the editors' guide (content/README.md).
init-yaml-base-url = The public address of the site, as readers type it (with https://).
init-yaml-theme = The look of the site: "default" is the theme built into nassij (`nassij theme eject` copies it here to change it).
init-yaml-editor-language = The language of nassij's messages for the editors: fr, ar or en.
init-yaml-contact = The e-mail address that receives "report an error" messages from every record's page (optional).
