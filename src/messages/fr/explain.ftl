# explain messages (fr)
# `nassij explain CODE` : ce que veut dire chaque code. Pour chaque code de
# src/diagnostics/codes.rs : `explain-CODE` (2 à 4 phrases simples) et
# `explain-CODE--short` (une ligne, reprise dans le tableau de content/README.md).

## Les lignes de la commande.
explain-heading = { $level }[{ $code }] : { $short }
explain-is-error = C'est une erreur : `nassij check` et `nassij build` échouent tant qu'elle n'est pas corrigée.
explain-is-warning = C'est un avertissement : le site est tout de même construit et publié ; seule la commande `nassij check --strict` échoue.
explain-example = { $severity ->
    [warning] Exemple qui donne cet avertissement, dans { $file } :
   *[error] Exemple de l'erreur, dans { $file } :
}
explain-fix = La correction :
explain-footer = `nassij check` indique chaque problème avec son fichier, sa ligne et sa colonne ; `nassij explain` liste tous les codes.
explain-unknown = erreur : `{ $code }` n'est pas un code des messages de nassij
explain-did-you-mean = vouliez-vous dire `{ $code }` ? Lancez `nassij explain { $code }`.
explain-list-intro = Les codes des messages de nassij ; `nassij explain CODE` explique l'un d'eux, avec un exemple.
explain-list-errors = Erreurs (le site n'est pas construit tant qu'elles ne sont pas corrigées) :
explain-list-warnings = Avertissements (le site est tout de même construit ; seule la commande `nassij check --strict` échoue) :

## Une entrée par code.
explain-amount-order--short = Les montants de l'offre ne sont pas dans l'ordre : min, puis max, puis total
explain-amount-order = Le champ `amount` d'une offre donne la plus petite attribution (`min`), la plus grande (`max`) et le budget de tout l'appel (`total`). Il faut que min ≤ max ≤ total. Le plus souvent, deux valeurs ont été inversées, ou un zéro manque ou est en trop.

explain-asset--short = Un fichier du dossier static/ du thème ne peut pas être lu
explain-asset = Les fichiers statiques du thème (feuilles de style, scripts, polices et images de themes/NOM/static/) sont copiés dans le site. L'un d'eux ne peut pas être lu : il est protégé en lecture, ou il a été supprimé pendant que nassij travaillait. Donnez le droit de lecture sur le fichier, ou demandez à la personne qui s'occupe du thème.

explain-award-above-max--short = Une attribution dépasse le maximum par projet de l'offre
explain-award-above-max = Chaque entrée de `awards` indique le montant accordé à une association. Il ne peut pas dépasser le champ `amount.max` de l'offre, le plus grand montant que l'appel accorde à un projet. Vérifiez qu'il ne manque pas un zéro ou qu'il n'y en a pas un de trop ; si c'est le maximum qui est faux, corrigez `amount.max`.

explain-award-before-opens--short = Une attribution est datée d'avant l'ouverture de l'offre
explain-award-before-opens = La `date` d'une attribution est le jour où l'association a été retenue. La sélection vient après l'ouverture de l'appel : cette date ne peut pas précéder le champ `opens` de l'offre. Vérifiez l'année et le mois des deux dates.

explain-award-below-min--short = Une attribution est inférieure au minimum par projet de l'offre
explain-award-below-min = Chaque entrée de `awards` indique le montant accordé à une association. Il ne peut pas être inférieur au champ `amount.min` de l'offre, le plus petit montant que l'appel accorde à un projet. Vérifiez qu'il ne manque pas un zéro ; si c'est le minimum qui est faux, corrigez `amount.min`.

explain-awards-exceed-total--short = Les attributions dépassent ensemble le budget total de l'offre
explain-awards-exceed-total = nassij additionne le `amount` de chaque entrée de `awards` et compare la somme avec `amount.total`, le budget de tout l'appel. Une somme supérieure au total signifie souvent qu'une attribution a été saisie deux fois ou avec un zéro de trop. Corrigez les attributions, ou `amount.total` si le budget a été augmenté.

explain-bad-currency--short = Une devise n'est pas écrite avec un code de trois lettres comme MAD ou EUR
explain-bad-currency = Les montants sont en dirhams sauf indication contraire dans `currency`. Une devise s'écrit avec son code international de trois lettres majuscules : MAD, EUR, USD. Les mots et abréviations comme `DH` ou `dirhams` ne sont pas compris.

explain-bad-default-language--short = Le champ default_language de site.yaml n'est pas une des langues du site
explain-bad-default-language = Dans site.yaml, `default_language` est la langue du texte principal des fiches, celui qui suit les champs. Ce doit être le `code` d'une des langues listées sous `languages`. Écrivez ce code, par exemple `ar`.

explain-bad-email--short = Une adresse e-mail est mal écrite
explain-bad-email = Une adresse e-mail s'écrit nom@domaine, sans espace, par exemple contact@association.ma. N'écrivez qu'une adresse dans le champ, et vérifiez que le `@` et le point du domaine sont présents.

explain-bad-encoding--short = Le fichier n'est pas enregistré en texte UTF-8
explain-bad-encoding = nassij lit les fichiers texte enregistrés en UTF-8, l'encodage qui réunit l'arabe, le français et le tifinagh. Ce fichier a été enregistré dans un autre encodage (UTF-16 ou un ancien encodage Windows), ou ce n'est pas un fichier texte. Ouvrez-le dans votre éditeur et enregistrez-le de nouveau avec l'encodage UTF-8 (dans le Bloc-notes : Fichier, Enregistrer sous, Encodage : UTF-8).

explain-bad-extension--short = Un nom de fichier ne se termine pas comme son dossier l'exige (.md ou .yaml)
explain-bad-extension = Les associations, programmes, offres, actualités et pages sont des fichiers Markdown en `.md` ; les rapports de résultats et les institutions sont des fichiers YAML en `.yaml`. Les fichiers d'une autre extension ne sont pas lus. Renommez le fichier avec la bonne extension (`.yaml`, et non `.yml` ou `.txt`).

explain-bad-fallback--short = La langue de repli d'une langue, dans site.yaml, n'est pas une autre langue du site
explain-bad-fallback = Dans site.yaml, `fallback` liste dans l'ordre les langues affichées quand un texte manque dans une langue. Chacune doit être une autre langue déclarée sous `languages`, et pas la langue elle-même. Supprimez le code inconnu, ou déclarez cette langue.

explain-bad-file-name--short = Un nom de fichier contient des majuscules, des espaces, des accents ou d'autres caractères interdits
explain-bad-file-name = Le nom du fichier d'une fiche devient l'adresse de sa page. Il ne contient que des lettres latines minuscules de a à z, des chiffres et des tirets simples, par exemple `association-tifawin.md`. Renommez le fichier ; le nom affiché sur le site vient du champ `name` ou `title`, dans chaque langue.

explain-bad-key--short = Une clé de domains.yaml, audiences.yaml ou indicators.yaml contient des caractères interdits
explain-bad-key = Les clés de domains.yaml, audiences.yaml et indicators.yaml s'écrivent dans les fiches (`domains: [education]`) : elles suivent donc les règles des noms de fichier, lettres latines minuscules, chiffres et tirets simples. Renommez la clé, et les fiches qui l'utilisent.

explain-bad-language-code--short = Un code de langue de site.yaml n'est pas un code de deux ou trois lettres
explain-bad-language-code = Chaque entrée de `languages` dans site.yaml a un `code` : le code ISO 639 de la langue, en deux ou trois lettres minuscules, comme `ar`, `fr` ou `zgh`. Le nom de la langue va dans `name`. Le code sert dans les noms de fichier (`tifawin.fr.md`) et dans les textes (`fr:`).

explain-bad-phone--short = Un numéro de téléphone est mal écrit
explain-bad-phone = Un numéro de téléphone a de 9 à 15 chiffres, avec un `+` facultatif au début, et des espaces, points ou tirets entre les groupes. Les lettres, et plusieurs numéros dans un même champ, ne sont pas acceptés. Écrivez un seul numéro entre guillemets, par exemple `"+212 5 28 00 00 01"`.

explain-bad-territory-code--short = Un code de territories.yaml n'est pas un code ISO 3166-2:MA
explain-bad-territory-code = content/taxonomies/territories.yaml liste les régions et les provinces avec leurs codes ISO 3166-2:MA. Une région s'écrit MA- suivi de deux chiffres (`MA-09`) ; une province ou une préfecture MA- suivi de trois lettres majuscules (`MA-TIZ`). Corrigez le code dans la liste.

explain-bad-theme--short = Le thème de site.yaml n'est pas un nom de dossier
explain-bad-theme = Dans site.yaml, `theme` est le nom d'un dossier de themes/, comme `default`, et non un chemin. Écrivez seulement le nom du dossier, sans `themes/` ni `/`.

explain-bad-url--short = Une adresse web n'est pas complète
explain-bad-url = Une adresse web doit être complète : elle commence par `https://` (ou `http://`), puis le nom du site, sans espace. Copiez-la depuis la barre d'adresse de votre navigateur ; une adresse qui commence par `www.` doit être précédée de `https://`.

explain-bad-year--short = L'année de participation à un programme n'est pas plausible
explain-bad-year = Dans les `programmes` d'une association, `year` est l'année de sa participation, écrite en quatre chiffres. Elle doit être comprise entre 1900 et l'an prochain. Vérifiez qu'elle n'est pas écrite en deux chiffres ou avec une faute de frappe.

explain-body-too-large--short = Le texte qui suit les champs dépasse 1 Mo
explain-body-too-large = Le texte d'une fiche, après ses champs, est limité à 1 Mo, bien plus qu'il n'en faut à une page. En général, une image ou un document a été collé dans le texte, ou un rapport entier a été copié. Publiez le document sous forme de fichier et mettez un lien vers ce fichier, ou répartissez le texte sur plusieurs pages.

explain-broken-link--short = Un lien vers une autre fiche ne mène nulle part
explain-broken-link = Dans un texte, un lien vers une autre fiche s'écrit `[texte](@/TYPE/NOM)`, par exemple `[Tifawin](@/associations/tifawin)`. Le dossier ou le nom de fichier qui suit `@/` n'existe pas : le lien mènerait à une page absente. Corrigez le nom : c'est le nom du fichier de la fiche, sans `.md`.

explain-closes-before-opens--short = La date de clôture d'une offre précède sa date d'ouverture
explain-closes-before-opens = Le champ `closes` d'une offre (sa date limite) doit venir après `opens`. L'une des deux dates a une année, un mois ou un jour erroné. Les dates s'écrivent AAAA-MM-JJ, et une date limite peut avoir une heure : `2027-03-31T16:00`.

explain-date-in-future--short = Une date qui doit être passée est dans le futur
explain-date-in-future = Une date de création, une mise à jour des statuts ou une assemblée générale appartiennent au passé. Cette date est postérieure à aujourd'hui : l'année est sans doute mal tapée (2110 pour 2011). Les dates s'écrivent AAAA-MM-JJ.

explain-default-language-translation--short = Un fichier de texte porte le nom de la langue par défaut du site
explain-default-language-translation = Le texte dans la langue par défaut du site va dans la fiche elle-même, après les champs, et non dans un fichier séparé. Seules les autres langues ont leur propre fichier, nommé d'après la fiche (`tifawin.fr.md` pour `tifawin.md`). Déplacez le texte dans la fiche, après la ligne `---` qui ferme les champs, et supprimez ce fichier.

explain-draft-closing-soon--short = Une offre encore en brouillon se clôture dans 7 jours ou moins
explain-draft-closing-soon = L'offre a `draft: true` : elle n'est donc pas publiée, mais elle se clôture dans 7 jours ou moins. Les associations ne peuvent pas candidater à une offre qu'elles ne voient pas. Supprimez `draft: true` pour la publier, ou vérifiez la date limite.

explain-duplicate-key--short = Le même champ est écrit deux fois dans une fiche
explain-duplicate-key = Chaque champ apparaît une seule fois dans une fiche, ou une seule fois dans un groupe comme `contact`. Avec deux lignes `name:`, par exemple, personne ne peut savoir laquelle compte. Gardez-en une et supprimez l'autre, ou réunissez leurs valeurs.

explain-duplicate-language--short = Une langue est déclarée deux fois dans site.yaml
explain-duplicate-language = Chaque langue apparaît une seule fois sous `languages` dans site.yaml. Supprimez la seconde entrée.

explain-duplicate-slug--short = Deux fiches du même type ont le même nom de fichier
explain-duplicate-slug = Le nom du fichier d'une fiche est son adresse sur le site : deux fiches du même type ne peuvent pas le partager, même dans des sous-dossiers différents. Renommez l'un des deux fichiers, et mettez à jour les liens et les renvois vers ce fichier.

explain-duplicate-territory--short = Une région ou une province figure deux fois dans territories.yaml
explain-duplicate-territory = Chaque région, et chaque province ou préfecture, figure une seule fois dans content/taxonomies/territories.yaml ; une province appartient à une seule région. Supprimez la seconde entrée.

explain-empty-record--short = Une fiche n'a aucun champ
explain-empty-record = La fiche n'a aucun champ : le bloc entre les deux lignes `---`, ou tout le fichier .yaml, est vide. Chaque fiche a besoin au moins de ses champs obligatoires, comme `name` ou `title`. `nassij new TYPE NOM` écrit une fiche avec tous ses champs, expliqués.

explain-empty-text--short = Un texte est vide
explain-empty-text = Un champ de texte a une valeur vide, `""`, dans une langue ou dans toutes, qui s'afficherait comme un blanc sur le site. Écrivez le texte ; ou retirez cette langue pour que le site en affiche une autre ; ou retirez le champ s'il est facultatif.

explain-empty-translation--short = Un fichier de traduction ne contient aucun texte
explain-empty-translation = Un fichier de traduction (comme `tifawin.fr.md`) contient le texte d'une fiche dans une langue, mais celui-ci est vide. Tant qu'il n'a pas de texte, la page affiche à la place le texte d'une langue de repli. Écrivez la traduction, ou supprimez le fichier.

explain-end-before-start--short = Une date de fin précède la date de début
explain-end-before-start = Un programme, une étape ou la `period` d'un rapport de résultats se termine avant de commencer. L'une des deux dates a une année, un mois ou un jour erroné. Les dates s'écrivent AAAA-MM-JJ.

explain-file-too-large--short = Un fichier dépasse 8 Mo
explain-file-too-large = Les fichiers de content/ sont des textes courts ; nassij refuse les fichiers de plus de 8 Mo. Il s'agit sans doute d'un document ou d'une image enregistrés dans content/ sous le nom d'une fiche. Gardez les gros documents hors de content/ et mettez un lien vers eux.

explain-front-matter--short = Le bloc de champs en tête d'une fiche Markdown manque ou n'est pas fermé
explain-front-matter = Une fiche Markdown commence par une ligne `---`, puis ses champs, puis une autre ligne `---`, puis son texte. Ici, la première ligne n'est pas `---`, ou le `---` de fermeture manque. Ajoutez la ligne `---` qui manque, sans rien d'autre sur cette ligne.

explain-front-matter-in-translation--short = Un fichier de traduction contient un bloc de champs
explain-front-matter-in-translation = Un fichier de traduction (comme `tifawin.fr.md`) ne contient que le texte dans cette langue. Les champs s'écrivent une seule fois, dans la fiche elle-même (`tifawin.md`), avec toutes les langues dans le même champ, comme `fr:` sous `name`. Déplacez les champs dans la fiche et ne gardez ici que le texte.

explain-i18n--short = Un texte de l'interface du site (i18n/) contient une erreur
explain-i18n = Les fichiers de i18n/ contiennent les mots du site lui-même (menus, boutons, titres) dans chaque langue, au format Fluent. Ce fichier contient une erreur : une accolade non fermée, une ligne sans identifiant, ou un renvoi à un message qui n'existe pas. Le message indique la ligne : comparez-la avec le même message dans une autre langue.

explain-invalid-value--short = Une valeur n'a pas la forme attendue (date, nombre, true ou false)
explain-invalid-value = Le champ attend un certain type de valeur : une date AAAA-MM-JJ, un nombre entier, un nombre, true ou false, un texte ou une liste. La valeur écrite n'a pas cette forme, par exemple une date écrite 12/03/2011 ou un nombre écrit en lettres. Suivez l'exemple donné dans le message.

explain-location-outside-morocco--short = Les coordonnées sur la carte sont hors du Maroc
explain-location-outside-morocco = `location` donne la position de l'association : `lat` (la latitude, de 20,5 à 36,1 au Maroc) et `lon` (la longitude, négative au Maroc, de -17,3 à -0,9). Un point hors du Maroc signifie souvent que les deux nombres sont inversés ou que le signe moins manque. Recopiez les coordonnées depuis une carte, avec un point pour les décimales.

explain-missing-content--short = Le dossier du site n'a pas de dossier content/
explain-missing-content = Un site est un dossier avec site.yaml et le dossier content/, qui contient les fiches. nassij a trouvé site.yaml mais pas de content/ à côté. Lancez nassij dans le bon dossier, ou déplacez les dossiers de fiches dans content/.

explain-missing-field--short = Un champ obligatoire manque
explain-missing-field = Certains champs sont obligatoires, par exemple `name`, `region` et `province` pour une association, ou `issuer`, `opens` et `closes` pour une offre. Le message nomme le champ qui manque. Ajoutez-le avec sa valeur ; `nassij new` crée une fiche où tous les champs sont prêts à remplir.

explain-missing-record--short = La page demandée est celle d'une fiche qui n'est pas publiée
explain-missing-record = Une page a été demandée pour une fiche qui n'existe plus ou n'est pas publiée : elle a été supprimée, renommée ou mise en brouillon pendant que nassij travaillait. Relancez la commande. Si l'erreur persiste, signalez-la aux développeurs de nassij avec la commande lancée.

explain-missing-site-file--short = Il n'y a pas de site.yaml dans le dossier
explain-missing-site-file = nassij travaille dans le dossier d'un site : celui qui contient site.yaml et content/. Il n'y a pas de site.yaml là où il a été lancé. Allez dans le dossier du site (pas dans content/) et relancez la commande, ou indiquez le dossier avec `--root`.

explain-missing-taxonomy--short = L'un des quatre fichiers de listes de content/taxonomies/ manque
explain-missing-taxonomy = Chaque site a besoin de content/taxonomies/territories.yaml, domains.yaml, audiences.yaml et indicators.yaml : les listes auxquelles renvoient les fiches. L'un d'eux manque ou a été renommé. Restaurez-le à partir d'une version précédente du site (l'historique du dépôt), ou à partir du site d'exemple.

explain-missing-theme--short = Le thème de site.yaml n'a pas de dossier dans themes/
explain-missing-theme = Dans site.yaml, `theme` nomme l'apparence du site : `default` est le thème intégré à nassij ; tout autre nom est un dossier de themes/ dont les fichiers remplacent ceux du thème intégré. Il n'existe pas de dossier de ce nom. Écrivez `default`, ou le nom d'un dossier existant de themes/ (`nassij theme eject` y écrit le thème intégré, pour le modifier).

explain-missing-translation--short = Un texte n'est pas encore traduit dans l'une des langues du site
explain-missing-translation = Un texte de la fiche (un champ, ou le texte de présentation) n'existe pas dans l'une des langues du site. Le site est tout de même publié : la page affiche le texte d'une langue de repli, en indiquant sa langue. Ajoutez la langue dans le texte (`fr:`) ou créez le fichier de traduction (`tifawin.fr.md` pour `tifawin.md`) ; `nassij stats --missing fr` liste ce qui reste à traduire.

explain-negative-amount--short = Un montant est négatif
explain-negative-amount = Les budgets, les montants des offres et les attributions s'écrivent en nombres positifs, sans devise ni espace, par exemple 150000. Supprimez le signe moins.

explain-negative-value--short = Un chiffre d'un rapport de résultats est négatif
explain-negative-value = Un rapport de résultats donne des effectifs et des montants : `value`, `target`, `baseline` et les chiffres de `breakdown` ne peuvent pas être négatifs. Pour signaler une baisse, donnez le nouveau chiffre et expliquez-le dans `note`.

explain-no-domain--short = Une association n'a aucun domaine
explain-no-domain = Chaque association a au moins un domaine d'action, pour qu'on puisse la trouver par domaine sur le site. Écrivez `domains` avec des clés de content/taxonomies/domains.yaml, par exemple `[education, culture-amazigh]`.

explain-no-languages--short = site.yaml ne déclare aucune langue
explain-no-languages = Dans site.yaml, `languages` liste les langues du site, chacune avec son `code`, son `name` et son sens d'écriture `dir`. La liste est vide. Déclarez au moins la langue par défaut.

explain-no-values--short = Un rapport de résultats ne contient aucun chiffre
explain-no-values = Un rapport de résultats sert à publier des chiffres : `values` a besoin d'au moins une entrée, avec un `indicator` de content/taxonomies/indicators.yaml et sa valeur `value`. Ajoutez les chiffres, ou supprimez le rapport.

explain-no-way-to-apply--short = Une offre ouverte ou à venir n'indique pas comment candidater
explain-no-way-to-apply = Une offre ouverte, ou qui va ouvrir, a besoin de `apply` avec une adresse `url` (le formulaire de candidature) ou un `email` (où envoyer la candidature), ou les deux. Sans cela, les associations ne peuvent pas candidater. Ajoutez `apply` avec l'adresse donnée dans l'appel.

explain-orphan-translation--short = Un fichier de traduction n'a pas de fiche du même nom
explain-orphan-translation = Un fichier de traduction comme `tifawin.fr.md` contient le texte de la fiche `tifawin.md` dans une autre langue. Ici, la fiche correspondante n'existe pas dans le même dossier : elle a été renommée ou supprimée. Renommez ce fichier d'après le nom de la fiche, ou supprimez-le.

explain-parent-cycle--short = Les programmes parents forment une boucle
explain-parent-cycle = `parent` nomme le programme dont une phase ou un projet fait partie. En suivant les parents depuis ce programme, on revient à lui : la chaîne n'atteint jamais un programme de tête, comme une stratégie. Corrigez un `parent` pour que la chaîne aboutisse à un programme sans `parent`.

explain-placeholder-text--short = La phrase d'exemple de nassij new est encore dans le texte
explain-placeholder-text = `nassij new` écrit une phrase d'exemple dans le texte d'une nouvelle fiche, comme « Description de l'offre en arabe ici. ». Elle est restée dans la fiche et serait publiée. Remplacez-la par le texte de la fiche, ou supprimez-la.

explain-province-outside-region--short = La province n'est pas dans la région indiquée
explain-province-outside-region = La `province` d'une association doit être dans sa `region`, et les `provinces` d'un programme dans ses `regions`. Le message nomme la région à laquelle appartient la province. Corrigez la région ou la province ; les codes sont listés dans content/taxonomies/territories.yaml.

explain-published-after-q1--short = Une offre a été publiée après le premier trimestre de l'année où elle ouvre
explain-published-after-q1 = Les offres de soutien public doivent être publiées sur le portail au plus tard le 31 mars de l'année où elles ouvrent. La date `published` de cette offre est plus tardive. Si la date est une faute de frappe (jour et mois inversés, par exemple), corrigez-la ; sinon, l'avertissement constate la publication tardive.

explain-reserved-slug--short = Une page porte le nom d'une rubrique du site
explain-reserved-slug = Les pages partagent les adresses du site avec ses rubriques : associations, programmes, offers, results, news, search, data, static, feed et index. Une page portant l'un de ces noms masquerait la rubrique. Renommez le fichier de la page, par exemple `about-data.md`.

explain-self-reference--short = Une association se cite elle-même dans ses réseaux
explain-self-reference = `networks` liste les autres associations avec lesquelles celle-ci travaille, par leur nom de fichier. La liste contient le nom de fichier de l'association elle-même. Retirez-le de la liste.

explain-status-disagrees-with-dates--short = Le statut d'un programme ne correspond pas à ses dates
explain-status-disagrees-with-dates = Un programme est `planned` avant son `start`, `ongoing` entre `start` et `end`, et `completed` après `end` ; une étape dont la date est passée n'est plus `planned`. Le statut écrit ne correspond pas aux dates à la date d'aujourd'hui. Mettez à jour `status`, ou corrigez les dates.

explain-stray-file--short = Un fichier n'est pas dans le dossier d'un type de fiche
explain-stray-file = Les fiches vont dans les dossiers de content/ : associations/, programmes/, offers/, results/, institutions/, news/ et pages/. Ce fichier est directement dans content/ : il n'appartient à aucun type de fiche. Déplacez-le dans son dossier.

explain-symlink--short = Un fichier de content/ est un raccourci (lien symbolique)
explain-symlink = nassij ne suit pas les liens symboliques dans content/ : un lien pourrait pointer vers un fichier hors du site. Remplacez le lien par le fichier lui-même (copiez le fichier à sa place).

explain-template--short = Un gabarit du thème contient une erreur
explain-template = Les gabarits du thème (themes/NOM/templates/) transforment les fiches en pages. Celui-ci contient une erreur de syntaxe, utilise une variable qui n'existe pas ou appelle une fonction inconnue. Les gabarits sont l'affaire des développeurs : si vous n'avez pas modifié le thème, signalez l'erreur avec son message.

explain-unknown-audience--short = Un public n'est pas une clé de audiences.yaml
explain-unknown-audience = `audiences` liste les publics auxquels s'adresse une association, avec les clés de content/taxonomies/audiences.yaml, comme `women`, `youth` ou `children`. La clé écrite n'est pas dans cette liste. Prenez la clé proposée dans le message, ou ajoutez le nouveau public à audiences.yaml.

explain-unknown-domain--short = Un domaine n'est pas une clé de domains.yaml
explain-unknown-domain = `domains` utilise les clés de content/taxonomies/domains.yaml, comme `education`, `health` ou `culture-amazigh`, et non les noms affichés sur le site. La clé écrite n'est pas dans cette liste. Prenez la clé proposée dans le message, ou ajoutez le nouveau domaine à domains.yaml.

explain-unknown-field--short = Un nom de champ est inconnu (souvent une faute de frappe)
explain-unknown-field = Chaque type de fiche a une liste fixe de champs. Ce nom n'en fait pas partie, souvent à cause d'une faute de frappe (`regoin` pour `region`) ou parce que le champ appartient à un autre type de fiche. Un champ inconnu est une erreur pour qu'aucune faute de frappe ne passe inaperçue. Prenez le nom proposé dans le message.

explain-unknown-folder--short = content/ contient un dossier que nassij ne connaît pas
explain-unknown-folder = content/ contient les dossiers associations, programmes, offers, results, institutions, news, pages et taxonomies, avec exactement ces noms. Ce dossier porte un autre nom, souvent au singulier ou en français. Renommez-le comme le propose le message.

explain-unknown-indicator--short = Un indicateur n'est pas une clé de indicators.yaml
explain-unknown-indicator = Chaque chiffre d'un rapport de résultats nomme son indicateur par une clé de content/taxonomies/indicators.yaml, comme `associations-trained`. La clé écrite n'est pas dans cette liste. Prenez la clé proposée dans le message, ou ajoutez l'indicateur à indicators.yaml avec son nom et son unité.

explain-unknown-language--short = Une langue n'est pas une des langues du site
explain-unknown-language = Les textes et les fichiers de traduction utilisent les codes de langue déclarés dans site.yaml, comme `ar`, `fr` et `zgh`. Ce code, dans un texte ou dans un nom de fichier de traduction comme `tifawin.fr.md`, n'en fait pas partie. Prenez l'un des codes du site, ou déclarez la langue dans site.yaml.

explain-unknown-province--short = Une province n'est pas un code de territories.yaml
explain-unknown-province = Les provinces et préfectures s'écrivent avec leur code de content/taxonomies/territories.yaml, comme `MA-TIZ` pour Tiznit, et non avec leur nom. La valeur écrite n'est pas l'un de ces codes. Prenez le code proposé dans le message ; la province doit aussi être dans la région de la fiche.

explain-unknown-reference--short = Un champ nomme une fiche qui n'existe pas
explain-unknown-reference = Certains champs nomment une autre fiche par son nom de fichier sans extension : `lead` et `issuer` une institution, `parent` et `programme` un programme, `association` une association. Aucune fiche de ce type n'a ce nom de fichier. Corrigez le nom (le message liste les fiches existantes), ou créez la fiche.

explain-unknown-region--short = Une région n'est pas un code de territories.yaml
explain-unknown-region = Les régions s'écrivent avec leur code, de MA-01 à MA-12, listé dans content/taxonomies/territories.yaml : `MA-09` pour Souss-Massa. La valeur écrite n'est pas l'un de ces codes ; c'est souvent le nom de la région. Prenez le code proposé dans le message.

explain-unknown-taxonomy--short = content/taxonomies/ contient un fichier que nassij ne connaît pas
explain-unknown-taxonomy = content/taxonomies/ contient exactement quatre fichiers : territories.yaml, domains.yaml, audiences.yaml et indicators.yaml. Ce fichier porte un autre nom et n'est pas lu. Renommez-le si c'est l'un des quatre, ou sortez-le du dossier.

explain-unknown-territory--short = Un code de la répartition d'un rapport de résultats n'est ni une région ni une province
explain-unknown-territory = Dans un rapport de résultats, `breakdown` répartit un chiffre par territoire. Ses clés qui commencent par `MA-` doivent être des codes de région ou de province de content/taxonomies/territories.yaml. Vérifiez le code : par exemple, une lettre O tapée à la place du chiffre 0.

explain-unknown-value--short = Une valeur ne fait pas partie de celles autorisées pour ce champ
explain-unknown-value = Certains champs n'acceptent que quelques valeurs, écrites en anglais exactement comme dans la liste : le `status` d'une association est `active`, `inactive` ou `dissolved`, son `setting` est `urban` ou `rural`. La valeur écrite n'en fait pas partie ; c'est souvent un mot français ou arabe. Prenez l'une des valeurs listées dans le message.

explain-unreadable--short = Un fichier ou un dossier ne peut pas être lu
explain-unreadable = nassij n'a pas pu ouvrir ce fichier ou ce dossier : il est protégé en lecture, ou il a été déplacé ou supprimé pendant que nassij travaillait. Vérifiez qu'il existe et que vous pouvez l'ouvrir, puis relancez la commande.

explain-yaml-aliases--short = Les champs utilisent trop de valeurs nommées et répétées (`&` et `*`)
explain-yaml-aliases = YAML permet de nommer une valeur (`&nom`) et de la répéter ailleurs (`*nom`). Les fiches n'en ont jamais besoin, et un fichier qui répète des valeurs encore et encore pourrait bloquer la construction du site. Écrivez les valeurs en entier, sans `&` ni `*`.

explain-yaml-syntax--short = La ponctuation ou le retrait des champs est incorrect
explain-yaml-syntax = Les champs s'écrivent en YAML, où les guillemets, les crochets, les deux-points et les retraits en début de ligne ont un sens. Quelque chose sur cette ligne ou la précédente rompt cette mise en forme : un guillemet ou un crochet non fermé, une tabulation au lieu d'espaces, ou un deux-points dans un texte qui n'est pas entre guillemets. Vérifiez la ligne indiquée dans le message.

explain-yaml-too-large--short = Les champs d'une fiche dépassent 1 Mo
explain-yaml-too-large = Les champs d'une fiche sont limités à 1 Mo de texte, bien plus qu'il n'en faut à une fiche. Un rapport de résultats avec des milliers de chiffres, ou un long texte collé dans un champ, dépasse cette limite. Découpez le rapport (un par période, par exemple), ou déplacez le long texte dans le texte de présentation, après les champs.
