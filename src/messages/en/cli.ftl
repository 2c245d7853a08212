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
