# render messages (fr)

## Le thème (themes/NOM/) : son dossier, ses gabarits et ses fichiers statiques.
missing-theme = le thème `{ $theme }` n'a pas de dossier `{ $folder }`
missing-theme--help = dans site.yaml, écrivez `theme: { $default }` (le thème intégré à nassij) ou le nom d'un dossier de themes/
asset = impossible de lire ce fichier du thème : { $reason }

## Erreurs de gabarit. Les mots du moteur de gabarits, faute de mieux,
## arrivent dans `reason`.
template--undefined-name = le gabarit utilise `{ $name }`, que cette page n'a pas
template--undefined = le gabarit utilise une valeur qui n'existe pas : { $reason }
template--syntax = le gabarit est mal écrit : { $reason }
template--unknown-function = le gabarit appelle une fonction ou un filtre qui n'existe pas : { $reason }
template--not-found = le gabarit en inclut un autre qui n'existe pas : { $reason }
template--arguments = une fonction du gabarit ne reçoit pas les bonnes valeurs : { $reason }
template--other = erreur dans le gabarit : { $reason }
template--included = { $message } (dans { $places })
template--unreadable = impossible de lire le gabarit : { $reason }
template--help-undefined = les gabarits sont stricts : chaque valeur utilisée doit exister sur la page ; vérifiez le nom, ou protégez-la avec `is defined`
template--help-unknown-function = utilisez une fonction ou un filtre fourni par nassij (`t`, `t_attr`, `tx`, `num`) ou par minijinja
template--help-syntax = vérifiez l'écriture du gabarit près de cette ligne
template--help = vérifiez le gabarit près de cette ligne
# Dit par les fonctions de gabarit de nassij (t, tx, num…).
template--cannot-write = impossible d'écrire la page
template--not-a-text = { $function }() attend un texte avec `{ $attr }` (un texte d'une vue, comme `association.name`), pas `{ $found }`
template--no-lang = la page n'a pas de valeur `lang`
template--not-a-site-language = `{ $code }` n'est pas une langue du site
template--argument-missing = l'argument `{ $name }` du message `{ $id }` n'a pas de valeur
template--argument-not-a-number = l'argument `{ $name }` du message `{ $id }` n'est pas un nombre utilisable
template--tx-nothing = tx() ou lang_of() n'a rien reçu ; entourez les textes facultatifs d'un `if`
interface-unknown-language = `{ $lang }` n'est pas une langue du site
interface-message-missing = le message d'interface `{ $id }` n'existe dans aucune des langues { $languages }
interface-message-failed = le message d'interface `{ $id }` en `{ $lang }` ne peut pas être écrit : { $reason }

## Textes de l'interface du site (i18n/LANGUE/*.ftl).
missing-translation--interface = il manque { $count ->
    [one] { $count } message d'interface
   *[other] { $count } messages d'interface
} en `{ $lang }` (par exemple { $examples })
missing-translation--interface-help = ajoutez-les dans i18n/{ $lang }/*.ftl ; en attendant, chacun est affiché dans la première langue disponible parmi : { $fallbacks }
missing-translation--interface-help-none = ajoutez-les dans i18n/{ $lang }/*.ftl ; en attendant, les pages affichent l'identifiant du message à leur place
missing-record--page = aucune fiche publiée ne s'appelle `{ $slug }` : sa page ne peut pas être produite
i18n--bad-language-code = `{ $code }` n'est pas un code de langue valide
i18n--bad-language-code--help = dans site.yaml, utilisez un code BCP 47 comme `ar`, `fr` ou `zgh`
i18n--default-not-a-language = la langue par défaut `{ $code }` n'est pas une des langues du site
i18n--default-not-a-language--help = choisissez parmi : { $languages }
i18n--language-twice = la langue `{ $code }` est déclarée deux fois
i18n--language-twice--help = dans site.yaml, ne déclarez chaque langue qu'une fois
i18n--unknown-fallback = la langue de repli `{ $fallback }` de la langue `{ $code }` n'est pas une des langues du site
i18n--unknown-fallback--help = choisissez parmi : { $languages }
i18n--internal = erreur interne : { $reason }
i18n--internal--help = signalez cette erreur de nassij à l'équipe technique
i18n--cannot-read-folder = impossible de lire le dossier des textes de l'interface : { $reason }
i18n--cannot-read-folder--help = créez-le avec au moins un fichier .ftl (il peut être vide : chaque message est alors pris dans une autre langue)
i18n--cannot-list-folder = impossible de lister le dossier : { $reason }
i18n--cannot-list-folder--help = vérifiez les droits d'accès du dossier
i18n--no-ftl-file = aucun fichier .ftl dans le dossier de cette langue
i18n--no-ftl-file--help = ajoutez-en un (il peut être vide : chaque message est alors pris dans une autre langue)
i18n--cannot-read-file = impossible de lire le fichier : { $reason }
i18n--cannot-read-file--help = vérifiez que le fichier existe et que vous avez le droit de le lire
i18n--not-utf8 = le fichier n'est pas en UTF-8 valide
i18n--not-utf8--help = enregistrez le fichier en UTF-8 (avec ou sans BOM)
i18n--syntax = cette ligne ne peut pas être lue comme un message d'interface (syntaxe Fluent)
i18n--syntax-help-equals = un message s'écrit `identifiant-du-message = texte`
i18n--syntax-help-close-brace = une accolade `{"{"}` ouverte doit être fermée par `{"}"}` sur la même ligne
i18n--syntax-help-identifier = les identifiants de message commencent par une lettre et ne contiennent que des lettres, des chiffres, `-` et `_` ; les lignes qui continuent un message doivent commencer par des espaces
i18n--syntax-help-message-value = `{ $id }` n'a pas de texte : écrivez `{ $id } = texte`, ou donnez-lui des attributs (`    .attr = texte`)
i18n--syntax-help-term-value = le terme `-{ $id }` doit avoir une valeur
i18n--syntax-help-default-variant = marquez une variante comme celle par défaut avec `*`, en général `*[other]`
i18n--syntax-help-several-defaults = une seule variante peut commencer par `*`
i18n--syntax-help-unbalanced-brace = cette `{"}"}` ne ferme rien ; pour afficher une accolade, écrivez `{"{"} "{"}"}" {"}"}`
i18n--syntax-help-unterminated-string = fermez le texte entre guillemets par `"` sur la même ligne
i18n--syntax-help-escape = les textes entre guillemets n'acceptent que `\"`, `\\`, `\uXXXX` et `\UXXXXXX`
i18n--syntax-help-selector = faites le choix sur une variable ou un appel de fonction, par exemple `{"{"} PLURAL($count) -> ... {"}"}`
i18n--syntax-help-function-name = les fonctions s'écrivent en majuscules, par exemple `NUMBER($n)` ou `PLURAL($n)`
i18n--syntax-help-arguments = écrivez d'abord les arguments sans nom, puis chaque argument nommé une seule fois : `NUMBER($n, maximumFractionDigits: 1)`
i18n--syntax-help-placeable = une expression `{"{"} ... {"}"}` doit contenir une variable (`$name`), une référence à un message, un texte entre guillemets ou un nombre
i18n--defined-twice = `{ $key }` est défini deux fois dans cette langue
i18n--defined-twice--help = la première définition se trouve à { $place } ; supprimez ou renommez l'une des deux
i18n--in-message = dans `{ $key }` : { $problem }
i18n--plural-without-function = la variante [{ $variant }] est une catégorie de pluriel, mais le choix ne se fait pas avec PLURAL(...)
i18n--plural-without-function--help = écrivez le choix `{"{"} PLURAL($count) -> ... {"}"}` pour que la règle de pluriel de nassij pour la langue s'applique (sans elle, les règles de l'anglais seraient utilisées pour zgh)
i18n--not-a-plural-category = la variante [{ $variant }] n'est pas une catégorie de pluriel
i18n--not-a-plural-category--help = PLURAL() renvoie l'une de ces catégories : zero, one, two, few, many, other
i18n--number-never-matches = la variante [{ $variant }] ne peut jamais correspondre à PLURAL(...)
i18n--number-never-matches--help = PLURAL() renvoie un nom de catégorie ; pour traiter un nombre exact à part, faites d'abord le choix sur la variable : `{"{"} $count -> [0] ... *[other] {"{"} PLURAL($count) -> ... {"}"} {"}"}`
