# serve messages (fr)
serve-port-in-use = le port { $port } est déjà utilisé sur { $address } : arrêtez le programme qui l'utilise, ou choisissez un autre port avec --port
serve-cannot-listen = impossible d'écouter sur { $address } : { $reason }
serve-cannot-watch = impossible de surveiller les fichiers du site : { $reason }
serve-cannot-open = impossible d'ouvrir le dossier { $folder } : vérifiez le chemin donné avec --root
serve-visible-to-network = attention : l'aperçu est accessible à l'adresse { $address } ; le site en préparation (et ses brouillons avec --drafts) est visible depuis toute machine qui peut joindre cette adresse
serve-listening = aperçu : { $url } (suit les modifications de content/, themes/, i18n/ et site.yaml ; Ctrl+C pour arrêter)
serve-settled = aperçu : mise à jour terminée en { $ms } ms : { $pages ->
    [one] { $pages } page produite
   *[other] { $pages } pages produites
}, { $changed ->
    [one] { $changed } fichier modifié
   *[other] { $changed } fichiers modifiés
}, { $removed ->
    [one] { $removed } supprimé
   *[other] { $removed } supprimés
}
serve-rebuilt = aperçu : reconstruit ({ $scope ->
    [full] tout le site
    [renderer] thème et textes de l'interface
    [content] fiches modifiées
    [nothing] rien
   *[other] { $scope }
}) en { $ms } ms : { $pages ->
    [one] { $pages } page produite
   *[other] { $pages } pages produites
}, { $changed ->
    [one] { $changed } fichier modifié
   *[other] { $changed } fichiers modifiés
}, { $removed ->
    [one] { $removed } supprimé
   *[other] { $removed } supprimés
}{ $warnings ->
    [0] {""}
    [one] ; 1 avertissement (`nassij check` le détaille)
   *[other] ; { $warnings } avertissements (`nassij check` les liste)
}{ $settling ->
    [yes] ; mise à jour du reste en cours (recherche, données ouvertes, pages liées)
   *[no] {""}
}
serve-failed-rebuild = aperçu : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
} en { $ms } ms ; la dernière version correcte reste affichée
overlay-summary = nassij : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}. La page montre la dernière version correcte ; corrigez le fichier et elle se recharge.
overlay-close = fermer
overlay-help-prefix = {"correction : "}
