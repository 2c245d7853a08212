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
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
check-summary = vérification : { $counts }
check-hidden-warnings = { $count ->
    [one] { $count } autre avertissement `{ $code }` n'est pas affiché
   *[other] { $count } autres avertissements `{ $code }` ne sont pas affichés
} (les { $shown } premiers sont ci-dessus) ; `nassij check --format json` les liste tous
check-hidden-translations = { $count ->
    [one] { $count } autre avertissement `{ $code }` n'est pas affiché
   *[other] { $count } autres avertissements `{ $code }` ne sont pas affichés
} (les { $shown } premiers sont ci-dessus) ; `nassij check --format json` les liste tous, et `nassij stats` donne l'état des traductions
check-others-not-shown = { $count ->
    [one] { $count } autre problème, dans d'autres fichiers, n'est pas affiché
   *[other] { $count } autres problèmes, dans d'autres fichiers, ne sont pas affichés
} ; lancez `nassij check` sans nom de fichier pour les voir tous
check-scheduled = publication programmée : { $file } sera en ligne le { $date }
check-scheduled-github = publication programmée : en ligne le { $date }
check-changed-failed = erreur : --changed : { $reason }
check-git-missing = erreur : impossible de lancer git ({ $reason }) ; installez git, ou nommez les fichiers à vérifier : `nassij check content/associations/x.md`
check-not-a-repository = erreur : --changed demande à git quels fichiers ont changé, mais ce dossier n’est pas dans un dépôt git ; nommez plutôt les fichiers à vérifier : `nassij check content/associations/x.md`
bad-now = erreur : { $reason }
build-bad-target = erreur : { $reason }
build-failed = construction : { $counts } ; rien n'a été écrit, le site précédent est inchangé
build-cannot-write = erreur : impossible d'écrire le site : { $reason }
build-done = construction : { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} dans { $out } ({ $languages ->
    [one] { $languages } langue
   *[other] { $languages } langues
}) en { $seconds } s ; { $counts }

build-updated = construction : { $out } mis à jour en { $seconds } s : { $rendered } { $rendered ->
    [one] page refaite
   *[other] pages refaites
} sur { $total }, { $written } { $written ->
    [one] fichier écrit
   *[other] fichiers écrits
}, { $removed } { $removed ->
    [one] supprimé
   *[other] supprimés
} (`--full` refait tout) ; { $counts }

## nassij new TYPE NOM
new-unknown-kind = erreur : type de fiche inconnu `{ $kind }`
new-unknown-kind--help = correction : écrivez l'un de ces types : `association`, `programme`, `offer`, `results`, `institution`, `news`, `page`, par exemple `nassij new association mon-association`
new-bad-slug = erreur : `{ $slug }` ne peut pas être le nom du fichier d'une fiche : n'utilisez que des lettres minuscules a-z, des chiffres et des tirets simples
new-bad-slug--help = correction : essayez `nassij new { $kind } { $suggestion }`
new-exists = erreur : { $file } existe déjà ; `nassij new` ne remplace jamais un fichier
new-exists--help = correction : choisissez un autre nom de fichier, ou modifiez le fichier existant
new-cannot-create-folder = erreur : impossible de créer le dossier { $folder } : { $reason }
new-cannot-write = erreur : impossible d'écrire { $file } : { $reason }
new-created = { $file } créé : remplissez les champs, puis lancez `nassij check`

## nassij stats : titres et lignes du tableau, et les autres lignes.
stats-no-site = erreur : site.yaml ne peut pas être lu ; lancez `nassij check` pour savoir pourquoi
stats-unknown-language = erreur : `{ $code }` n'est pas une langue du site ; ses langues sont { $languages }
stats-heading-kind = type
stats-heading-records = fiches
stats-heading-drafts = brouillons
stats-heading-translated = textes traduits
stats-row-all = total
stats-row-complete = fiches complètes
stats-row-interface = interface
stats-row-review = à relire
stats-review-heading = { $count ->
    [one] { $count } texte de l'interface en `{ $lang }` attend la relecture d'un locuteur natif (un commentaire `# review:` au-dessus, dans i18n/{ $lang }/) :
   *[other] { $count } textes de l'interface en `{ $lang }` attendent la relecture d'un locuteur natif (un commentaire `# review:` au-dessus de chacun, dans i18n/{ $lang }/) :
}
stats-interface-errors = textes de l'interface : il y a des erreurs dans i18n/ ; lancez `nassij check` pour les voir
stats-missing-heading = { $count ->
    [one] { $count } fiche n'a pas tous ses textes en `{ $lang }` :
   *[other] { $count } fiches n'ont pas tous leurs textes en `{ $lang }` :
}
stats-missing-line = { $file } : { $fields }
stats-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
} : lancez `nassij check` pour les voir

## Le dossier de sortie de nassij build (--out).
output-contains-site = impossible d'écrire le site dans { $out } : ce dossier contient les fichiers du site lui-même ; choisissez un autre dossier avec --out, par exemple `--out public`
output-inside-sources = impossible d'écrire le site dans { $out } : ce dossier est dans `{ $folder }/`, qui fait partie des sources du site ; choisissez un autre dossier avec --out, par exemple `--out public`
output-not-a-folder = { $out } existe et n'est pas un dossier ; choisissez un autre nom avec --out, ou supprimez ce fichier
output-not-a-site = impossible de remplacer { $out } par le site : ce dossier n'est pas vide et ne contient pas de site construit (pas d'index.html) ; choisissez un autre dossier avec --out, ou videz celui-ci
output-io = { $path } : { $reason }

## « Aujourd'hui » : --now et SOURCE_DATE_EPOCH.
now-not-a-date = --now `{ $value }` n'est ni une date (AAAA-MM-JJ), ni une date avec une heure locale (AAAA-MM-JJTHH:MM), ni une date-heure RFC 3339 ; par exemple `--now 2026-11-22`
now-out-of-range = --now `{ $value }` ne peut pas être utilisé : { $reason }
epoch-not-a-number = SOURCE_DATE_EPOCH `{ $value }` n'est pas un nombre de secondes ; par exemple `SOURCE_DATE_EPOCH=1795348800`, ou ne définissez pas cette variable
epoch-out-of-range = SOURCE_DATE_EPOCH `{ $value }` ne peut pas être utilisé : { $reason }
check-explain-hint = `nassij explain { $code }` explique un code, avec un exemple de l'erreur et de sa correction

## nassij --help
cli-help-usage = Utilisation :
cli-help-commands = Commandes
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-about = Construit le portail des associations du Maroc et de la transparence des programmes
cli-help-root = Le dossier du portail (celui qui contient site.yaml et content/)
cli-help-lang = La langue des messages de nassij : fr, ar ou en (par défaut : NASSIJ_LANG, la langue de l'ordinateur, editor_language dans site.yaml, sinon en)
cli-help-help = Afficher l'aide
cli-help-version = Afficher la version
cli-help-help-command = Afficher cette aide ou celle de la commande donnée
cli-help-now = « Aujourd'hui » pour l'état des offres et les dates : AAAA-MM-JJ, une date et une heure locales, ou RFC 3339 (par défaut : SOURCE_DATE_EPOCH, sinon l'horloge)
cli-help-format = Comment afficher les problèmes : human (lisible), github (annotations GitHub), gitlab (rapport de qualité du code GitLab ; le rapport lisible reste dans le journal) ou json
cli-help-drafts = Publier les fiches marquées `draft: true`
cli-help-future = Publier les offres et actualités datées après « aujourd'hui » (programmées)
cli-help-build = Vérifier, puis écrire tout le site
cli-help-build-out = Dossier de sortie (par défaut : public) ; s'il vient d'une construction précédente, seul ce qui a changé est réécrit
cli-help-build-full = Refaire toutes les pages dans un dossier neuf, au lieu de garder ce qui n'a pas changé depuis la dernière construction
cli-help-check = Vérifier seulement ; code de sortie 1 s'il y a une erreur
cli-help-check-strict = Échouer aussi sur les avertissements (traductions manquantes, statuts qui ne correspondent plus aux dates…)
cli-help-check-paths = Ne signaler que les problèmes de ces fichiers ou dossiers (tout le site est vérifié quand même et décide du code de sortie)
cli-help-check-changed = Ne signaler que les problèmes des fichiers modifiés depuis BASE dans git (par défaut le point de départ commun avec origin/main, sinon HEAD), nouveaux fichiers compris
cli-help-check-cache = Dossier du cache d'analyse, qui évite d'analyser à nouveau les fichiers inchangés depuis la dernière fois (par défaut : .nassij-cache dans le site)
cli-help-check-no-cache = Analyser tous les fichiers, sans lire ni écrire le cache d'analyse
cli-help-new = Écrire une nouvelle fiche avec tous ses champs, expliqués
cli-help-new-kind = association, programme, offer, results, institution, news ou page
cli-help-new-slug = Le nom du fichier de la fiche : lettres minuscules, chiffres et tirets
cli-help-stats = Nombre de fiches et état des traductions par type et par langue
cli-help-stats-missing = Lister les fiches auxquelles il manque des textes dans cette langue, avec ces textes
cli-help-explain = Ce que veut dire le code d'un problème, avec un exemple de l'erreur et de sa correction
cli-help-explain-code = Un code comme unknown-province, tel qu'affiché entre crochets par check et build
cli-help-serve = Construire en mémoire, servir sur 127.0.0.1, reconstruire et recharger les pages ouvertes à chaque modification
cli-help-serve-port = Port d'écoute (par défaut : 1111)
cli-help-serve-open = Ouvrir le site dans le navigateur par défaut
cli-help-serve-bind = Adresse d'écoute ; toute autre adresse que la boucle locale rend le site visible sur le réseau
cli-error-command = il n'y a pas de commande `{ $command }`
cli-error-argument = il n'y a pas d'option `{ $argument }` ici
cli-error-value = `{ $value }` n'est pas une valeur acceptée par `{ $argument }`
cli-error-value-list = `{ $value }` n'est pas une valeur acceptée par `{ $argument }` ; écrivez l'une de celles-ci : { $valid }
cli-error-missing = cette commande a besoin de { $argument }
cli-error-suggestion = vouliez-vous dire `{ $suggestion }` ?
cli-error-help = `nassij --help` liste les commandes et leurs options

## nassij init et nassij theme eject.
cli-help-init = Créer le dépôt d'un nouveau portail : site.yaml, content/ avec les listes (régions, provinces, domaines, publics, indicateurs), le guide des rédacteurs, la publication automatique sur GitHub et GitLab
cli-help-init-dir = Le dossier du nouveau portail (par défaut : --root, sinon le dossier courant)
cli-help-init-title = Le titre du site : LANG=TEXT pour une langue (ar, fr, zgh), à répéter ; TEXT seul pour les autres langues
cli-help-init-base-url = L'adresse publique du site, par exemple https://associations.example.ma
cli-help-init-contact = L'adresse électronique qui reçoit les signalements d'erreur
cli-help-init-yes = Ne poser aucune question : utiliser les valeurs données par les options, sinon les valeurs par défaut
cli-help-theme = L'apparence du site : le thème et les textes de l'interface
cli-help-eject = Copier dans le portail le thème et les textes de l'interface intégrés à nassij, pour les modifier
cli-help-eject-dir = Le dossier du portail (par défaut : --root, sinon le dossier courant)
init-exists = erreur : { $file } existe déjà : ce dossier est déjà un portail
init-exists--help = correction : indiquez un autre dossier, par exemple `nassij init mon-portail`
init-prompt = { $question } [{ $default }] :
init-prompt-bare = { $question } :
init-intro = Nouveau portail. Répondez à chaque question, ou appuyez sur Entrée pour garder la valeur entre crochets ; tout se modifie ensuite dans site.yaml.
init-ask-title-ar = Titre du site en arabe
init-ask-title-fr = Titre du site en français
init-ask-title-zgh = Titre du site en amazighe (tifinagh)
init-ask-base-url = Adresse publique du site (https://…)
init-ask-contact = Adresse électronique qui reçoit les signalements d'erreur (Entrée : aucune adresse)
init-bad-base-url = erreur : { $reason } ; écrivez l'adresse publique du site sous la forme https://associations.example.ma
init-bad-contact = erreur : `{ $email }` n'est pas une adresse électronique ; écrivez-la sous la forme portail@example.ma
init-written = { $count ->
    [one] { $count } fichier écrit dans { $dir }
   *[other] { $count } fichiers écrits dans { $dir }
}
init-kept = { $count ->
    [one] { $count } fichier déjà présent, gardé tel quel : { $files }
   *[other] { $count } fichiers déjà présents, gardés tels quels : { $files }
}
init-cannot-write = erreur : impossible d'écrire { $file } : { $reason }
init-no-checksum = remarque : ce nassij ne connaît pas sa propre empreinte ({ $asset }) ; la publication automatique le vérifiera donc avec le fichier SHA256SUMS de sa version. Rien à faire maintenant. Pour inscrire l'empreinte, copiez la ligne de { $asset } du fichier SHA256SUMS (page de la version) dans NASSIJ_SHA256 de .github/workflows/nassij.yml et de .gitlab-ci.yml.
init-next = Et maintenant :
    1. cd { $dir }
    2. nassij serve : le site s'affiche à l'adresse http://127.0.0.1:1111 (Ctrl+C pour arrêter)
    3. `git init`, `git add .`, `git commit`, puis envoyez le dépôt sur GitHub ou GitLab : chaque demande de fusion est vérifiée et la branche main est publiée. README.md explique comment activer la publication ; content/README.md est le guide des rédacteurs.
eject-next = Les dossiers themes/{ $theme }/ et i18n/ du portail contiennent maintenant les fichiers intégrés : modifiez ce qu'il faut, nassij utilisera les vôtres. Supprimez ceux que vous ne modifiez pas : nassij reprend alors sa version intégrée, mise à jour à chaque nouvelle version.
init-yaml-header = Réglages du portail. Chaque champ est expliqué dans le guide des rédacteurs (content/README.md).
init-yaml-base-url = L'adresse publique du site, telle que les lecteurs la tapent (avec https://).
init-yaml-theme = L'apparence du site : « default » est le thème intégré à nassij (`nassij theme eject` le copie ici pour le modifier).
init-yaml-editor-language = La langue des messages de nassij pour les rédacteurs : fr, ar ou en.
init-yaml-contact = L'adresse électronique qui reçoit les signalements d'erreur envoyés depuis chaque fiche (facultatif).
