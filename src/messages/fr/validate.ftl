# validate messages (fr)

## Les types de fiche, tels qu'ils sont nommés dans les phrases.
kind-associations = association
kind-programmes = programme
kind-offers = offre
kind-results = rapport de résultats
kind-institutions = institution
kind-news = actualité
kind-pages = page

## Noms de fichier et renvois entre fiches.
duplicate-slug = deux fiches { $kind } ont le même nom de fichier `{ $slug }`
duplicate-slug--help = l'autre fiche est { $other } ; renommez l'un des deux fichiers
unknown-reference = `{ $field }` : il n'y a pas de fiche { $kind } `{ $slug }`
unknown-reference--empty = `{ $field }` est vide : ce champ doit nommer une fiche { $kind } existante
unknown-reference--help-acronym = vouliez-vous dire `{ $slug }` ({ $name }) ? `{ $written }` est son sigle ; écrivez plutôt son nom de fichier, `{ $slug }` (fichier { $file })
unknown-reference--help-name = vouliez-vous dire `{ $slug }` ({ $name }) ? Écrivez le nom de fichier de la fiche, `{ $slug }` (fichier { $file }), et non son nom
unknown-reference--help-nearest = vouliez-vous dire `{ $slug }` ({ $name }) ?
unknown-reference--help-nearest-slug = vouliez-vous dire `{ $slug }` ?
unknown-reference--existing = les fiches existantes (noms des fichiers de { $dir }) sont { $items }
unknown-reference--closest = les fiches les plus proches (noms des fichiers de { $dir }) sont { $items }, et { $more ->
    [one] { $more } autre
   *[other] { $more } autres
}
unknown-reference--help = écrivez le nom de fichier d'une fiche { $kind } existante : { $existing } ; ou créez { $file }
unknown-reference--help-pick = écrivez le nom de fichier d'une fiche { $kind } existante : { $existing }
unknown-reference--help-none-yet = il n'y a encore aucune fiche { $kind } dans { $dir } : créez d'abord { $file }
unknown-reference--help-none-yet-empty = il n'y a encore aucune fiche { $kind } dans { $dir } : créez-en une, puis écrivez ici son nom de fichier (sans `.{ $ext }`)

## Territoires et taxonomies.
unknown-region = région inconnue `{ $code }`
unknown-region--help-name = écrivez le code `{ $code }` pour { $name } : les régions s'écrivent avec leur code (content/taxonomies/territories.yaml)
unknown-region--help-nearest = vouliez-vous dire `{ $code }` ({ $name }) ? Les régions s'écrivent avec leur code, que vous trouverez dans content/taxonomies/territories.yaml
unknown-region--help = les régions s'écrivent avec leur code, de `MA-01` à `MA-12`, que vous trouverez dans content/taxonomies/territories.yaml
unknown-province = province ou préfecture inconnue `{ $code }`
unknown-province--help-name = écrivez le code `{ $code }` pour { $name }
unknown-province--help-nearest = vouliez-vous dire `{ $code }` ({ $name }) ? Les provinces et préfectures sont listées avec leur code dans content/taxonomies/territories.yaml
unknown-province--help = les provinces et préfectures s'écrivent avec leur code, par exemple `MA-AGD`, que vous trouverez dans content/taxonomies/territories.yaml
province-outside-region = la province `{ $code }` ({ $name }) n'est pas dans la région `{ $region }` ({ $region_name })
province-outside-region--help = `{ $code }` appartient à la région `{ $region }` ({ $region_name }) ; corrigez la province ou la région
province-outside-region--listed = la province `{ $code }` ({ $name }) n'est dans aucune des régions indiquées dans `regions` ({ $regions })
province-outside-region--help-listed = ajoutez sa région `{ $region }` ({ $region_name }) à `regions`, ou corrigez la province
unknown-domain = domaine inconnu `{ $key }`
unknown-domain--help-nearest = vouliez-vous dire `{ $key }` ({ $name }) ? Les domaines sont définis dans content/taxonomies/domains.yaml
unknown-domain--help = utilisez un domaine de content/taxonomies/domains.yaml ({ $keys }), ou ajoutez-le à ce fichier
unknown-audience = public inconnu `{ $key }`
unknown-audience--help-nearest = vouliez-vous dire `{ $key }` ({ $name }) ? Les publics sont définis dans content/taxonomies/audiences.yaml
unknown-audience--help = utilisez un public de content/taxonomies/audiences.yaml ({ $keys }), ou ajoutez-le à ce fichier
unknown-indicator = indicateur inconnu `{ $key }`
unknown-indicator--help-nearest = vouliez-vous dire `{ $key }` ({ $name }) ? Les indicateurs sont définis dans content/taxonomies/indicators.yaml
unknown-indicator--help = utilisez un indicateur de content/taxonomies/indicators.yaml ({ $keys }), ou ajoutez-le à ce fichier
unknown-territory = `{ $code }` n'est pas un code de région ou de province
unknown-territory--help = les clés de la répartition qui commencent par `MA-` doivent être des codes de content/taxonomies/territories.yaml
bad-territory-code = `{ $code }` n'est pas un code de région
bad-territory-code--help = les codes de région vont de `MA-01` à `MA-12`
bad-territory-code--province = `{ $code }` n'est pas un code de province ou de préfecture
bad-territory-code--help-province = les codes de province et de préfecture s'écrivent `MA-` suivi de trois lettres majuscules, par exemple `MA-FES`
duplicate-territory = la région `{ $code }` figure deux fois dans la liste
duplicate-territory--help = supprimez l'une des deux entrées
duplicate-territory--province = la province `{ $code }` figure deux fois dans la liste
duplicate-territory--help-province = une province appartient à une seule région : supprimez l'une des deux entrées
bad-key = `{ $key }` n'est pas une clé valide
bad-key--help = les clés s'écrivent en lettres minuscules a-z, avec des chiffres et des tirets simples, par exemple `{ $suggestion }`

## Textes et traductions.
empty-text = `{ $field }` est vide
empty-text--help = écrivez le texte, ou supprimez le champ s'il est facultatif
empty-text--lang = le texte en `{ $lang }` du champ `{ $field }` est vide
empty-text--help-lang = écrivez le texte, ou supprimez `{ $lang }:` pour que les pages en `{ $lang }` affichent le texte d'une autre langue
empty-text--none = le champ `{ $field }` n'a de texte dans aucune langue
empty-text--help-none = écrivez les textes, par exemple `{ $field }: {"{"}ar: "…", fr: "…"{"}"}`, ou un seul texte pour toutes les langues
unknown-language = `{ $code }` n'est pas une langue du site
unknown-language--help-nearest = vouliez-vous dire `{ $code }` ? Les langues du site sont { $codes }
unknown-language--help = les langues du site sont { $codes } (site.yaml)
missing-translation = traduction en `{ $lang }` manquante pour { $fields }
missing-translation--body = traduction en `{ $lang }` manquante pour le texte de présentation ({ $file })
missing-translation--both = traduction en `{ $lang }` manquante pour { $fields } et pour le texte de présentation ({ $file })
missing-translation--fallback = { $count ->
    [0] les pages en `{ $lang }` affichent à la place le texte d'une autre langue
    [one] les pages en `{ $lang }` affichent à la place le texte en `{ $fallback }`
   *[other] les pages en `{ $lang }` affichent à la place le texte de la première langue disponible parmi { $fallback }
}, en indiquant sa langue
missing-translation--help = ajoutez `{ $lang }:` à ces textes ; en attendant, { $shown }
missing-translation--help-body = écrivez la traduction du texte de présentation dans { $file } ; en attendant, { $shown }
missing-translation--help-both = ajoutez `{ $lang }:` à ces textes et écrivez la traduction du texte de présentation dans { $file } ; en attendant, { $shown }
empty-translation = `{ $file }` ne contient aucun texte
empty-translation--help = écrivez la traduction dans ce fichier, ou supprimez-le ; en attendant, la page affiche le texte d'une langue de repli
placeholder-text = la phrase d'exemple écrite par `nassij new` est toujours là
placeholder-text--help = remplacez-la par le texte propre à la fiche, ou supprimez-la

## site.yaml.
bad-language-code = `{ $code }` n'est pas un code de langue
bad-language-code--help = utilisez un code de langue de deux ou trois lettres minuscules, comme `ar`, `fr`, `zgh`
duplicate-language = la langue `{ $code }` est déclarée deux fois
duplicate-language--help = supprimez l'une des deux entrées
bad-fallback--self = la langue `{ $code }` est indiquée comme sa propre langue de repli
bad-fallback--help-self = retirez `{ $code }` de sa propre liste `fallback` : cette liste ne contient que d'autres langues
bad-fallback = la langue de repli `{ $code }` n'est pas une langue du site
bad-fallback--help = déclarez `{ $code }` sous `languages`, ou retirez-la de la liste `fallback`
no-languages = le site ne déclare aucune langue
no-languages--help = déclarez au moins la langue par défaut sous `languages`
bad-default-language = la langue par défaut `{ $code }` n'est pas déclarée sous `languages`
bad-default-language--help = utilisez l'une de ces langues : { $codes }
bad-theme = `{ $theme }` n'est pas un nom de dossier de thème
bad-theme--help = le thème est le nom d'un dossier de themes/, par exemple `default`

## Forme des valeurs.
bad-url = `{ $url }` n'est pas une adresse web
bad-url--spaces = `{ $url }` contient des espaces
bad-url--scheme = `{ $url }` doit commencer par https:// ou http://
bad-url--host = `{ $url }` n'a pas de nom de site valide
bad-url--help = écrivez une adresse complète, par exemple https://www.example.ma/page
bad-url--help-base = écrivez l'adresse publique du site, par exemple https://associations.example.ma
bad-email = `{ $value }` n'est pas une adresse e-mail
bad-email--help = écrivez-la sous la forme nom@domaine.ma, sans espaces
bad-phone = `{ $value }` n'est pas un numéro de téléphone
bad-phone--help = écrivez de 9 à 15 chiffres, avec si besoin +, des espaces ou des tirets, par exemple +212 5 28 00 00 00
bad-currency = `{ $value }` n'est pas un code de devise
bad-currency--help = écrivez le code de la devise en trois lettres majuscules, par exemple `MAD`, `EUR`, `USD` ; sans `currency`, les montants sont en `MAD`
negative-amount = le montant `{ $amount }` est négatif
negative-amount--help = les montants s'écrivent en nombres positifs, sans signe moins, par exemple 150000
negative-value = `{ $field }` vaut { $value } ; les chiffres d'un rapport ne peuvent pas être négatifs
negative-value--breakdown = le chiffre de la répartition pour `{ $key }` vaut { $value } ; les chiffres d'un rapport ne peuvent pas être négatifs
negative-value--help = écrivez le chiffre sous forme de nombre positif
date-in-future = { $what } `{ $date }` est dans le futur (nous sommes le { $today })
date-in-future--founded = la date de création
date-in-future--statutes = la date de mise à jour des statuts
date-in-future--assembly = la date de la dernière assemblée générale
date-in-future--source = la date d'une source
date-in-future--help = vérifiez l'année ; les dates s'écrivent année-mois-jour, par exemple `2024-06-14`
location-outside-morocco--lat = la latitude { $value } est hors du Maroc (au Maroc, elle va de { $min } à { $max })
location-outside-morocco--help-lat = vérifiez que la latitude et la longitude ne sont pas inversées ; au Maroc, les longitudes sont négatives
location-outside-morocco--lon = la longitude { $value } est hors du Maroc (au Maroc, elle va de { $min } à { $max })
location-outside-morocco--help-lon = au Maroc, les longitudes sont négatives (à l'ouest de Greenwich), par exemple -9.6

## Associations.
no-domain = une association doit avoir au moins un domaine
no-domain--help = ajoutez `domains: [{ $key }]` avec des clés de content/taxonomies/domains.yaml
self-reference = une association ne peut pas faire partie d'un réseau avec elle-même
self-reference--help = retirez son propre nom de fichier `{ $slug }` de `networks`
bad-year = l'année { $year } n'est pas plausible
bad-year--help = écrivez l'année de participation, entre 1900 et { $max }

## Programmes.
parent-cycle--self = un programme ne peut pas être son propre parent
parent-cycle--help-self = nommez le programme dont celui-ci fait partie, ou supprimez `parent`
parent-cycle = les programmes parents de `{ $slug }` tournent en boucle : { $chain }
parent-cycle--help = la chaîne des parents d'un programme doit aboutir à un programme sans `parent` ; supprimez ou corrigez l'un des `parent`
end-before-start = le programme se termine ({ $end }) avant de commencer ({ $start })
end-before-start--help = vérifiez les années de `start` et de `end`
end-before-start--milestone = l'étape se termine ({ $end }) avant de commencer ({ $start })
end-before-start--help-milestone = vérifiez les dates de l'étape
end-before-start--period = la période se termine ({ $end }) avant de commencer ({ $start })
end-before-start--help-period = vérifiez `period.start` et `period.end`
status-disagrees-with-dates = le statut `{ $status }` ne correspond pas aux dates ({ $dates }) : nous sommes le { $today }
status-disagrees-with-dates--span = du { $start } au { $end }
status-disagrees-with-dates--from = à partir du { $start }
status-disagrees-with-dates--until = jusqu'au { $end }
status-disagrees-with-dates--none = aucune date
status-disagrees-with-dates--help = écrivez `status: { $status }` ou corrigez les dates
status-disagrees-with-dates--milestone = l'étape est toujours `planned` alors que son échéance était le { $end }
status-disagrees-with-dates--help-milestone = donnez-lui le statut `done`, `in-progress` ou `late`

## Offres.
closes-before-opens = la date de clôture de l'offre ({ $closes }) précède sa date d'ouverture ({ $opens })
closes-before-opens--help = `closes` doit venir après `opens` ; vérifiez le mois et l'année
published-after-q1 = l'offre a été publiée le { $published }, après le premier trimestre de { $year }, l'année de son ouverture
published-after-q1--help = les offres de soutien public doivent être publiées sur le portail au plus tard le 31 mars de l'année de leur ouverture, soit ici le { $year }-03-31
amount-order = le montant minimum { $min } dépasse le maximum { $max }
amount-order--total = le total { $total } est inférieur au montant par attribution { $max }
amount-order--help = les montants doivent aller en croissant : `min` au plus égal à `max`, et `max` au plus égal à `total`
no-way-to-apply = `apply` ne donne ni adresse web (`url`) ni e-mail (`email`)
no-way-to-apply--help = ajoutez `url:` (le formulaire de candidature) ou `email:` (l'adresse où envoyer la candidature)
no-way-to-apply--missing = une offre ouverte ou à venir doit avoir `apply` avec une adresse web ou un e-mail
no-way-to-apply--help-missing = ajoutez `apply: {"{"}url: https://…, email: …{"}"}`
award-above-max = cette attribution ({ $amount }) dépasse le montant maximum par projet fixé par l'offre ({ $max })
award-above-max--help = corrigez le montant de l'attribution (un zéro en trop ou en moins ?), ou le champ `amount.max` de l'offre
award-below-min = cette attribution ({ $amount }) est inférieure au montant minimum par projet fixé par l'offre ({ $min })
award-below-min--help = corrigez le montant de l'attribution, ou le champ `amount.min` de l'offre
award-before-opens = cette attribution est datée du { $date }, avant l'ouverture de l'offre le { $opens }
award-before-opens--help = corrigez la date de l'attribution (la décision vient après l'ouverture de l'appel), ou le champ `opens` de l'offre
awards-exceed-total = les attributions totalisent { $sum }, soit plus que le budget total de l'offre ({ $total })
awards-exceed-total--help = corrigez les montants des attributions, ou le champ `amount.total`
draft-closing-soon = { $days ->
    [0] la date limite de l'offre est aujourd'hui, mais l'offre est encore en brouillon
    [one] l'offre se clôture demain, mais elle est encore en brouillon
   *[other] l'offre se clôture dans { $days } jours, mais elle est encore en brouillon
}
draft-closing-soon--help = publiez-la (supprimez `draft: true`) pour que les associations puissent candidater à temps

## Rapports de résultats.
no-values = un rapport de résultats doit avoir au moins une valeur
no-values--help = ajoutez `values:` avec `- {"{"}indicator: CLÉ, value: N{"}"}`

## Pages.
reserved-slug = une page ne peut pas s'appeler `{ $slug }` : l'adresse { $address } est déjà celle d'une rubrique du site
reserved-slug--help = renommez le fichier, par exemple en { $file }

## Liens dans les textes.
broken-link = lien interne cassé `{ $link }` : il n'y a pas de fiche { $kind } `{ $slug }`
broken-link--help-nearest = vouliez-vous dire `{ $link }` ?
broken-link--help = vérifiez la fin du lien : ce doit être le nom d'un fichier de { $dir }, sans `.{ $ext }`
broken-link--kind = lien interne cassé `{ $link }` : `{ $kind }` n'est pas un type de fiche
broken-link--help-kind-nearest = vouliez-vous dire `{ $link }` ?
broken-link--help-kind = les liens internes s'écrivent `@/TYPE/NOM`, où TYPE est l'un de ces dossiers : { $kinds }, et NOM le nom du fichier de la fiche
broken-link--no-page = lien interne cassé `{ $link }` : les fiches { $kind } n'ont pas de page propre
broken-link--help-no-page = faites plutôt un lien vers le programme, par exemple `@/programmes/NOM`
unknown-region--empty = la région est vide
unknown-region--empty-help = écrivez le code de la région, tiré de content/taxonomies/territories.yaml, par exemple `MA-09` pour Souss-Massa
unknown-province--empty = la province est vide
unknown-province--empty-help = écrivez le code de la province ou de la préfecture, tiré de content/taxonomies/territories.yaml, par exemple `MA-TIZ` pour Tiznit
