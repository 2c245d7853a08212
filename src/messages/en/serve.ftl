# serve messages (en)
serve-port-in-use = port { $port } is already in use on { $address }: stop the program that uses it, or choose another port with --port
serve-cannot-listen = cannot listen on { $address }: { $reason }
serve-cannot-watch = cannot watch the site's files: { $reason }
serve-cannot-open = cannot open the folder { $folder }: check the path given with --root
serve-visible-to-network = warning: serving on { $address }: the site in progress (drafts included with --drafts) is visible to every machine that can reach this address
serve-listening = serve: { $url } (watching content/, themes/, i18n/ and site.yaml; Ctrl+C stops)
serve-settled = serve: settled in { $ms } ms: { $pages } pages rendered, { $changed } files changed, { $removed } removed
serve-rebuilt = serve: rebuilt ({ $scope }) in { $ms } ms: { $pages } pages rendered, { $changed } files changed, { $removed } removed{ $warnings ->
    [0] {""}
   *[other] ; { $warnings } warnings (`nassij check` lists them)
}{ $settling ->
    [yes] ; settling (search index, exports, pages that show it)
   *[no] {""}
}
serve-failed-rebuild = serve: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} in { $ms } ms; the last good build is still served
overlay-summary = nassij: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}. The page shows the last good build; fix the file and it reloads.
overlay-close = close
overlay-help-prefix = {"help: "}
