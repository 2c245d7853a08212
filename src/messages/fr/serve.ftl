# serve messages (fr)
serve-port-in-use = le port { $port } est déjà utilisé sur { $address } : arrêtez le programme qui l'utilise, ou choisissez un autre port avec --port
serve-cannot-listen = impossible d'écouter sur { $address } : { $reason }
serve-cannot-watch = impossible de surveiller les fichiers du site : { $reason }
serve-cannot-open = impossible d'ouvrir le dossier { $folder } : vérifiez le chemin donné avec --root
serve-visible-to-network = attention : le site est servi sur { $address } : le site en cours (brouillons compris avec --drafts) est visible de toute machine qui peut joindre cette adresse
serve-listening = aperçu : { $url } (surveille content/, themes/, i18n/ et site.yaml ; Ctrl+C pour arrêter)
serve-settled = aperçu : terminé en { $ms } ms : { $pages } pages produites, { $changed } fichiers modifiés, { $removed } supprimés
serve-rebuilt = aperçu : reconstruit ({ $scope }) en { $ms } ms : { $pages } pages produites, { $changed } fichiers modifiés, { $removed } supprimés{ $warnings ->
    [0] {""}
   *[other] ; { $warnings } avertissements (`nassij check` les liste)
}{ $settling ->
    [yes] ; mise à jour du reste en cours (recherche, données ouvertes, pages liées)
   *[no] {""}
}
serve-failed-rebuild = aperçu : { $errors ->
    [one] 1 erreur
   *[other] { $errors } erreurs
} en { $ms } ms ; la dernière version correcte reste affichée
overlay-summary = nassij : { $errors ->
    [one] 1 erreur
   *[other] { $errors } erreurs
}. La page montre la dernière version correcte ; corrigez le fichier et elle se recharge.
overlay-close = fermer
overlay-help-prefix = {"correction : "}
