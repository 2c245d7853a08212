# cli messages (fr)

# Text that comes from elsewhere, shown as is.
raw = { $text }

level-error = erreur
level-warning = avertissement
level-help = correction
level-note = note
diagnostic-in-file = dans { $origin }

## Bilans et lignes des commandes.
summary-counts = { $errors ->
    [one] 1 erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] 1 avertissement
   *[other] { $warnings } avertissements
}
check-summary = vérification : { $counts }
check-hidden-warnings = { $count } autres avertissements `{ $code }` ne sont pas affichés (les { $shown } premiers sont ci-dessus) ; `nassij check --format json` les liste tous
check-hidden-translations = { $count } autres avertissements `{ $code }` ne sont pas affichés (les { $shown } premiers sont ci-dessus) ; `nassij check --format json` les liste tous, `nassij stats` donne l'état des traductions
check-others-not-shown = { $count ->
    [one] 1 autre problème, dans d'autres fichiers, n'est pas affiché
   *[other] { $count } autres problèmes, dans d'autres fichiers, ne sont pas affichés
} ; `nassij check` sans nom de fichier les liste
check-scheduled = programmée : { $file } sera en ligne le { $date }
check-scheduled-github = programmée : en ligne le { $date }
check-changed-failed = erreur : --changed : { $reason }
check-git-missing = impossible de lancer git ({ $reason }) ; installez git, ou nommez les fichiers à vérifier : `nassij check content/associations/x.md`
bad-now = erreur : { $reason }
build-bad-target = erreur : { $reason }
build-failed = construction : { $counts } ; rien n'a été écrit, le site précédent est inchangé
build-cannot-write = erreur : impossible d'écrire le site : { $reason }
build-done = construction : { $pages } pages, { $files } fichiers dans { $out } ({ $languages } langues) en { $seconds } s ; { $counts }
