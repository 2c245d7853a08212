### La page des données ouvertes (/fr/data/), les flux Atom, le calendrier des
### échéances et le paquet 360Giving. Ces textes vont aussi dans des fichiers
### de données (JSON, XML, iCalendar) : texte brut, sans balisage.

## Page

data-title = Données ouvertes
data-intro = Toutes les données publiées sur ce portail (associations, programmes, offres et attributions, résultats, institutions, actualités) en formats ouverts, réutilisables par les journalistes, les chercheurs et les autres portails.
data-licence = Licence : { $licence }
data-built = Données générées le { $date }, en même temps que le site.
data-tables-heading = Données par type
data-table-associations = Associations
data-table-programmes = Programmes, phases et projets
data-table-offers = Offres et appels
data-table-results = Résultats des programmes
data-table-institutions = Institutions
data-table-news = Actualités
data-table-pages = Pages
data-table-territories = Régions, provinces et préfectures
data-table-domains = Domaines d'activité
data-table-audiences = Publics
data-table-indicators = Indicateurs
data-records =
    { PLURAL($count) ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }
data-format-json = JSON
data-format-csv = CSV
data-format-schema = Schéma JSON
data-format-json-gz = JSON (gzip)
data-format-csv-gz = CSV (gzip)
data-parts = Listes imbriquées (CSV)
data-by-region = Par région (les fichiers trop lourds pour un seul téléchargement)
data-table-results-note = Chaque ligne est la valeur d'un indicateur sur une période, selon le modèle de résultats de l'IATI (réalisation, effet, impact) : valeur de référence, cible, valeur atteinte, portée et source.
data-grants-heading = Attributions au format 360Giving
data-grants-text =
    { PLURAL($count) ->
        [one] { $count } attribution, au standard de données 360Giving 1.4 : organisme financeur (l'émetteur de l'offre), bénéficiaire (l'association), montant en dirhams, date et programme.
       *[other] { $count } attributions, au standard de données 360Giving 1.4 : organisme financeur (l'émetteur de l'offre), bénéficiaire (l'association), montant en dirhams, date et programme.
    }
data-package-heading = Paquet de données
data-package-text = Le fichier datapackage.json (Frictionless Data) décrit chaque fichier CSV : ses colonnes, leurs types et la licence. Chaque fichier JSON a son schéma JSON (draft 2020-12).
data-feeds-heading = Flux et calendrier
data-feed-offers = Flux Atom des offres
data-feed-news = Flux Atom des actualités
data-calendar = Calendrier des échéances (iCalendar)
data-calendar-text = Une échéance par offre, à l'heure de Casablanca ; à importer dans un agenda.
data-sitemap = Plan du site (sitemap.xml)
data-conventions-heading = Conventions
data-conventions-ids = Les identifiants sont ceux des adresses des pages (par exemple tifawin) et les codes ISO 3166-2 des régions et provinces ; les références entre fichiers utilisent ces identifiants.
data-conventions-csv = Les fichiers CSV sont en UTF-8 avec une marque d'ordre des octets (BOM), pour qu'Excel affiche l'arabe et le tifinagh ; une ligne par enregistrement ; un texte traduit occupe une colonne par langue (name_ar, name_fr, name_zgh), vide quand il n'est pas traduit.
data-conventions-lists = Dans les CSV, les éléments d'une liste sont séparés par « { $separator } ».
data-conventions-dates = Les dates sont au format AAAA-MM-JJ ; les échéances sont à l'heure de Casablanca (Africa/Casablanca).
data-conventions-records = Chaque association, programme, offre, actualité et page a aussi son propre fichier JSON, par exemple /data/associations/tifawin.json, avec les mêmes champs que le fichier complet.
data-conventions-bodies = Les textes longs (descriptions en Markdown) ne sont pas dans le CSV d'un type mais dans un fichier à part, par exemple associations-bodies.csv : une ligne par enregistrement et par langue (id, lang, body). Les fichiers JSON les gardent.
data-conventions-gzip = Chaque fichier JSON et CSV existe aussi compressé au format gzip (extension .gz), bien plus léger à télécharger.

## Fichiers de données

data-feed-offers-title = Offres et appels à projets
data-feed-news-title = Actualités
data-feed-offer-summary = { $issuer } ; date limite : { $deadline }
data-calendar-title = Échéances des offres
data-calendar-event = Date limite : { $title }
data-grants-title = Attributions des offres de soutien aux associations
data-grants-description = Les attributions publiées sur le portail : chaque soutien accordé à une association au titre d'une offre ou d'un appel à projets.
data-grant-description = Soutien accordé à { $association } au titre de l'offre « { $offer } ».

## Tailles des fichiers et nom de la licence

# Taille d’un fichier, après son lien ; $size est un nombre déjà formaté (« 12 », « 1,5 »).
data-size-bytes = { $size }{"\u00A0"}octets
data-size-kb = { $size }{"\u00A0"}ko
data-size-mb = { $size }{"\u00A0"}Mo
# Nom de la licence CC-BY-4.0 tel que Creative Commons l’écrit en français.
data-licence-name-cc-by-4-0 = Creative Commons Attribution 4.0 International (CC BY 4.0)
