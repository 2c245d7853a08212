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
check-git-missing = git cannot be run ({ $reason }); install git, or name the files to check: `nassij check content/associations/x.md`
bad-now = error: { $reason }
build-bad-target = error: { $reason }
build-failed = build: { $counts }; nothing was written, the previous site is unchanged
build-cannot-write = error: cannot write the site: { $reason }
build-done = build: { $pages } pages, { $files } files in { $out } ({ $languages } languages) in { $seconds }s; { $counts }

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
