### Interface du portail des associations — français.
###
### Pluriels : toujours sélectionner avec la fonction PLURAL, qui applique la
### règle CLDR de la langue du fichier (fr : one pour 0 et 1, many pour les
### millions ronds, other sinon) :
###     { PLURAL($count) ->
###         [one] { $count } association
###        *[other] { $count } associations
###     }
### Un sélecteur nu `{ $count -> [one] … }` est refusé au chargement. Pour un
### nombre exact (0 : « clôture aujourd’hui »), sélectionner d’abord sur la
### variable : { $count -> [0] … *[other] { PLURAL($count) -> … } }.
### Les nombres ($count…) sont mis en forme automatiquement (1 234,5) ;
### $date, $start, $end, $amount, $min, $max et $total arrivent déjà formatés.
### Typographie : apostrophe ’, espace fine insécable (U+202F) avant ; : ! ?
### et à l’intérieur des guillemets « ».

## En-tête, menu et pied de page

# Lien d’évitement, premier élément de chaque page, visible au clavier.
skip-to-content = Aller au contenu
# Menu principal : lien vers la page d’accueil de la langue.
nav-home = Accueil
# Menu principal : lien vers l’annuaire des associations.
nav-associations = Associations
# Menu principal : lien vers la liste des programmes publics.
nav-programmes = Programmes
# Menu principal : lien vers les offres de soutien et appels à projets.
nav-offers = Offres et appels
# Menu principal : lien vers le tableau de bord des résultats.
nav-results = Résultats
nav-funding = Financements
# Menu principal : lien vers les actualités.
nav-news = Actualités
# Menu principal : lien vers la page de recherche.
nav-search = Recherche
# Étiquette (aria-label) du sélecteur de langue dans l’en-tête.
language-switcher = Langue
# Étiquette (aria-label) de la barre de navigation principale.
main-menu = Menu principal
# Pied de page ; $date est la date de dernière génération du site (« 14 juin 2023 »).
footer-built = Site mis à jour le { $date }
# Pied de page : lien vers les données ouvertes (/data/).
footer-open-data = Données ouvertes
# Étiquette (aria-label) du fil d’Ariane en haut des pages.
breadcrumb = Fil d’Ariane
# Titre de la page 404.
page-not-found-title = Page introuvable
# Texte de la page 404, sous le titre.
page-not-found-text = La page demandée n’existe pas ou a été déplacée. Vous pouvez revenir à l’accueil ou utiliser la recherche.
# Titre de la page racine « / » qui propose les langues du site.
choose-language = Choisissez votre langue
# Note en haut d’une page dont une partie n’est pas traduite ; $language est le nom de la langue affichée à la place (« العربية »).
fallback-notice = Une partie de cette page n’est pas encore traduite{"\u202F"}; elle est affichée dans sa langue d’origine{"\u202F"}: { $language }.
# Noms des langues du site en français, dans la note ci-dessus (« affichée dans sa langue d’origine : arabe »).
language-name-ar = arabe
language-name-fr = français
language-name-zgh = amazighe

## Accueil

# Titre principal de la page d’accueil.
home-title = Les associations et les programmes publics qui les soutiennent
# Titre de la section des chiffres clés sur l’accueil.
home-key-figures = Chiffres clés
# Chiffre clé de l’accueil : nombre d’associations de l’annuaire.
figure-associations =
    { PLURAL($count) ->
        [one] { $count } association
       *[other] { $count } associations
    }
# Chiffre clé de l’accueil : nombre de programmes publics.
figure-programmes =
    { PLURAL($count) ->
        [one] { $count } programme
       *[other] { $count } programmes
    }
# Chiffre clé de l’accueil : nombre d’offres ouvertes aujourd’hui.
figure-open-offers =
    { PLURAL($count) ->
        [one] { $count } offre ouverte
       *[other] { $count } offres ouvertes
    }
# Titre de la section de l’accueil listant les offres ouvertes par date de clôture.
home-open-offers = Offres ouvertes
# Titre de la section de l’accueil listant les dernières actualités.
home-latest-news = Dernières actualités
# Texte affiché sur l’accueil quand aucune offre n’est ouverte.
home-no-open-offers = Aucune offre n’est ouverte en ce moment.
# Étiquette du champ de recherche (accueil et page de recherche).
search-label = Rechercher sur le portail
# Texte indicatif dans le champ de recherche vide.
search-placeholder = Association, programme, ville…
# Bouton qui lance la recherche.
search-button = Rechercher
# Titre de la page de recherche.
search-title = Recherche
# Message de la page de recherche quand JavaScript est désactivé.
search-no-js = La recherche nécessite JavaScript. Vous pouvez aussi parcourir l’annuaire des associations par région, par province ou par domaine.

## Annuaire des associations

# Titre de la page de l’annuaire.
associations-title = Annuaire des associations
# Sous le titre de l’annuaire et des pages de facette : nombre d’associations listées.
associations-count =
    { PLURAL($count) ->
        [one] { $count } association
       *[other] { $count } associations
    }
# Titre du filtre par région dans l’annuaire.
facet-region = Région
# Titre du filtre par province ou préfecture dans l’annuaire.
facet-province = Province ou préfecture
# Titre du filtre par domaine d’action dans l’annuaire.
facet-domain = Domaine
# Premier choix de chaque filtre : ne pas filtrer.
# Titre d’une page de facette ; $name est le nom de la région (« Fès-Meknès »).
associations-in-region = Associations de la région { $name }
# Titre d’une page de facette ; $name est le nom de la province ou préfecture.
associations-in-province = Associations de la province ou préfecture { $name }
# Titre d’une page de facette ; $name est le nom du domaine (« Éducation »).
associations-in-domain = Associations du domaine { $name }
# Étiquette (aria-label) de la navigation entre pages d’une liste.
pagination = Pagination
# Lien vers la page précédente d’une liste.
page-previous = Page précédente
# Lien vers la page suivante d’une liste.
page-next = Page suivante
# Position dans une liste paginée ; $n est la page courante, $m le nombre de pages.
page-n-of-m = Page { $n } sur { $m }
# Texte d’une liste d’associations vide (facette sans résultat).
no-associations = Aucune association ne correspond à ce choix.

## Fiche d’une association

# Fiche association : étiquette du sigle.
field-acronym = Sigle
# Fiche association : étiquette de la date de création.
field-founded = Date de création
# Fiche association : étiquette du numéro de récépissé de dépôt.
field-registration = Numéro de récépissé
# Fiche association : étiquette du statut (active, inactive, dissoute).
field-status = Statut
# Fiche association : valeur du statut.
status-active = Active
# Fiche association : valeur du statut.
status-inactive = Inactive
# Fiche association : valeur du statut.
status-dissolved = Dissoute
# Fiche association : étiquette de la reconnaissance d’utilité publique.
field-public-utility = Utilité publique
# Fiche association : valeur quand l’association est reconnue d’utilité publique.
public-utility-yes = Reconnue d’utilité publique
# Fiche association : étiquette de la région.
field-region = Région
# Fiche association : étiquette de la province ou préfecture.
field-province = Province ou préfecture
# Fiche association : étiquette de la commune.
field-commune = Commune
# Fiche association : étiquette du milieu (urbain ou rural).
field-setting = Milieu
# Fiche association : valeur du milieu.
setting-urban = Urbain
# Fiche association : valeur du milieu.
setting-rural = Rural
# Fiche association : étiquette de la liste des domaines d’action.
field-domains = Domaines d’action
# Fiche association : étiquette de la liste des publics cibles.
field-audiences = Publics cibles
# Fiche association : titre du bloc des coordonnées de l’association.
field-contact = Coordonnées
# Fiche association : étiquette de l’adresse électronique.
field-email = Courriel
# Fiche association : étiquette du numéro de téléphone.
field-phone = Téléphone
# Fiche association : étiquette du site web.
field-website = Site web
# Fiche association : étiquette de l’adresse postale.
field-address = Adresse
# Fiche association : étiquette des réseaux dont l’association est membre.
field-networks = Réseaux
# Fiche association : titre de la liste des programmes auxquels elle participe.
field-programmes = Programmes
# Fiche association : rôle dans un programme.
role-beneficiary = Bénéficiaire
# Fiche association : rôle dans un programme.
role-partner = Partenaire
# Fiche association : rôle dans un programme (pôle de compétences).
role-competence-hub = Pôle de compétences
# Fiche association : rôle dans un programme (centre d’appui).
role-support-centre = Centre d’appui
# Fiche association : titre du bloc des ressources humaines.
field-people = Ressources humaines
# Fiche association : nombre de membres.
people-members =
    { PLURAL($count) ->
        [one] { $count } membre
       *[other] { $count } membres
    }
# Fiche association : nombre de bénévoles.
people-volunteers =
    { PLURAL($count) ->
        [one] { $count } bénévole
       *[other] { $count } bénévoles
    }
# Fiche association : nombre de personnes salariées.
people-staff =
    { PLURAL($count) ->
        [one] { $count } salarié ou salariée
       *[other] { $count } salariés
    }
# Fiche association : titre du bloc de gouvernance.
field-governance = Gouvernance
# Fiche association, gouvernance : date de la dernière mise à jour des statuts.
governance-statutes-updated = Statuts mis à jour le
# Fiche association, gouvernance : date de la dernière assemblée générale.
governance-last-general-assembly = Dernière assemblée générale
# Fiche association, gouvernance : existence d’un plan stratégique (oui / non).
governance-strategic-plan = Plan stratégique
# Fiche association, gouvernance : existence d’un règlement intérieur (oui / non).
governance-internal-rules = Règlement intérieur
# Valeur « oui » d’un champ booléen.
yes = Oui
# Valeur « non » d’un champ booléen.
no = Non
# Fiche association : titre de la liste des soutiens obtenus lors des offres.
awards-received = Soutiens obtenus
# Bandeau sur une fiche d’exemple du site de démonstration.
example-record = Cette fiche est un exemple fictif, publié à titre de démonstration.

## Programmes

# Titre de la liste des programmes.
programmes-title = Programmes publics
# Nature d’un programme : stratégie nationale.
programme-kind-strategy = Stratégie
# Nature d’un programme : programme.
programme-kind-programme = Programme
# Nature d’un programme : phase d’un programme.
programme-kind-phase = Phase
# Nature d’un programme : projet.
programme-kind-project = Projet
# Page programme : étiquette du programme parent.
field-parent = Fait partie de
# Page programme : étiquette de l’institution pilote.
field-lead = Pilotage
# Page programme : étiquette des institutions partenaires.
field-partners = Partenaires
# Page programme : période ; $start et $end sont des dates formatées.
field-period = Du { $start } au { $end }
# Page programme : statut.
programme-status-planned = Prévu
# Page programme : statut.
programme-status-ongoing = En cours
# Page programme : statut.
programme-status-completed = Achevé
# Page programme : étiquette des régions couvertes.
field-regions = Régions
# Page programme : valeur quand toutes les régions sont couvertes.
all-regions = Toutes les régions
# Page programme : étiquette des provinces couvertes.
field-provinces = Provinces et préfectures
# Page programme : étiquette du budget.
field-budget = Budget
# Page programme : titre de la liste des objectifs.
field-objectives = Objectifs
# Page programme : titre de la liste des phases.
phases = Phases
# Page programme : titre de la frise des jalons.
milestones = Jalons
# Page programme : statut d’un jalon.
milestone-status-planned = Prévu
# Page programme : statut d’un jalon.
milestone-status-in-progress = En cours
# Page programme : statut d’un jalon.
milestone-status-done = Réalisé
# Page programme : statut d’un jalon.
milestone-status-late = En retard
# Page programme : titre de la section des résultats (graphiques).
results = Résultats
# Page programme : titre de la liste des associations participantes.
participating-associations = Associations participantes
# Page programme : titre de la liste des offres liées.
related-offers = Offres liées
# Page programme : titre de la liste des actualités liées.
related-news = Actualités liées

## Offres de soutien

# Titre de la liste des offres.
offers-title = Offres de soutien et appels à projets
# Liste des offres : titre de la section des offres ouvertes.
offers-open = Offres ouvertes
# Liste des offres : titre de la section des offres à venir.
offers-upcoming = Offres à venir
# Liste des offres : titre de la section des offres clôturées.
offers-closed = Offres clôturées
# Badge de statut d’une offre.
offer-status-open = Ouverte
# Badge de statut d’une offre.
offer-status-upcoming = À venir
# Badge de statut d’une offre.
offer-status-closed = Clôturée
# Type d’offre.
offer-kind-funding = Financement
# Type d’offre.
offer-kind-training = Formation
# Type d’offre.
offer-kind-equipment = Équipement
# Type d’offre : mise à disposition de locaux.
offer-kind-premises = Locaux
# Type d’offre.
offer-kind-technical-support = Appui technique
# Type d’offre.
offer-kind-call-for-interest = Appel à manifestation d’intérêt
# Page offre : étiquette de l’institution émettrice.
field-issuer = Émetteur
# Page offre : étiquette du programme de rattachement.
field-programme = Programme
# Page offre : étiquette de la date de publication.
field-published = Publiée le
# Page offre : étiquette de la date d’ouverture des candidatures.
field-opens = Ouverture
# Page offre : étiquette de la date limite.
field-closes = Date limite
# Badge de délai d’une offre ouverte ; $count est le nombre de jours avant la clôture.
days-left =
    { $count ->
        [0] Clôture aujourd’hui
       *[other]
            { PLURAL($count) ->
                [one] { $count } jour restant
               *[other] { $count } jours restants
            }
    }
# Page offre : titre de la liste des conditions d’éligibilité.
field-eligibility = Éligibilité
# Page offre : étiquette du montant.
field-amount = Montant
# Page offre : fourchette de montant par projet ; $min et $max sont des montants formatés.
amount-range = De { $min } à { $max }
# Page offre : enveloppe totale ; $total est un montant formaté.
amount-total = Enveloppe totale{"\u202F"}: { $total }
# Page offre : titre du bloc « comment candidater ».
field-apply = Candidater
# Page offre : lien vers la candidature en ligne.
apply-online = Candidater en ligne
# Page offre : lien pour candidater par courriel.
apply-by-email = Candidater par courriel
# Page offre : titre de la liste des pièces à fournir.
field-documents = Pièces à fournir
# Page offre : nombre de candidatures reçues.
applications-received =
    { PLURAL($count) ->
        [one] { $count } candidature reçue
       *[other] { $count } candidatures reçues
    }
# Page offre : titre du tableau des soutiens accordés.
awards = Soutiens accordés
# Tableau des soutiens accordés : en-tête de colonne.
award-association = Association
# Tableau des soutiens accordés : en-tête de colonne.
award-amount = Montant
# Page offre à venir : début de la phrase en tête de page ; la date d’ouverture suit, hors du message.
offer-opens-on = Les candidatures ouvrent le
# Page offre à venir : phrase sous la date d’ouverture, suivie d’un lien vers « Préparer sa candidature ».
offer-upcoming-note = Vous ne pouvez pas encore candidater, mais vous pouvez préparer votre dossier dès maintenant.
# Page offre à venir : titre du bloc qui liste l’éligibilité et les pièces à réunir avant l’ouverture.
offer-prepare = Préparer sa candidature
# Page offre clôturée : début de la phrase en tête de page ; la date limite suit, hors du message.
offer-closed-on = Clôturée le
# Page offre clôturée : phrase sous la date de clôture.
offer-closed-note = Les candidatures ne sont plus acceptées.
# Page offre clôturée : titre du bloc des candidatures reçues et des soutiens accordés.
offer-outcome = Résultats de l’appel
# Page offre clôturée : quand ni candidatures ni soutiens ne sont publiés.
offer-no-outcome = Les résultats de cet appel n’ont pas encore été publiés.
# Page offre clôturée : étiquette de la somme des soutiens accordés.
awards-total-label = Montant total accordé
# Liste et pages des offres : titre du bloc de liens pour suivre les dates limites.
follow-deadlines = Suivre les dates limites
# Lien d’abonnement au calendrier des dates limites (webcal:), que l’agenda met à jour tout seul.
follow-subscribe = S’abonner au calendrier des dates limites
# Lien de téléchargement du calendrier des dates limites (fichier .ics).
follow-calendar = Télécharger les dates limites pour son agenda
# Lien vers le flux Atom des offres.
follow-feed = Recevoir les nouvelles offres (flux Atom)
# Page des programmes : phrase sous le titre.
programmes-tree-intro = De la stratégie aux programmes, à leurs phases et à leurs projets, avec leur état, leurs dates, leur pilote et leur budget.
no-programmes = Aucun programme publié pour le moment.
# Tableau des soutiens accordés : en-tête de colonne.
award-date = Date
# Texte d’une liste d’offres vide.
no-offers = Aucune offre dans cette catégorie.

## Résultats

# Titre du tableau de bord des résultats.
results-title = Tableau de bord des résultats
# Tableau de résultats : en-tête de colonne.
indicator = Indicateur
# Tableau de résultats : en-tête de colonne (période couverte).
period = Période
# Tableau de résultats : en-tête de colonne (valeur de référence).
baseline = Valeur de référence
# Tableau de résultats : en-tête de colonne (valeur cible).
target = Cible
# Tableau de résultats : en-tête de colonne (valeur atteinte).
achieved = Réalisé
# Tableau de résultats : étiquette du périmètre géographique.
scope = Périmètre
# Tableau de résultats : valeur du périmètre.
scope-national = National
# Tableau de résultats : étiquette de la source des chiffres.
source = Source
# Tableau de résultats : étiquette d’une note sur une valeur.
note = Note
# Tableau de résultats : titre de la ventilation d’une valeur (par sexe, par région…).
breakdown = Ventilation
# Nature d’un indicateur : réalisation (produit direct d’une activité).
indicator-kind-output = Réalisation
# Nature d’un indicateur : résultat (effet à court ou moyen terme).
indicator-kind-outcome = Résultat
# Nature d’un indicateur : impact (effet à long terme).
indicator-kind-impact = Impact
# Texte du tableau de bord quand aucun résultat n’est publié.
no-results = Aucun résultat publié pour le moment.

## Actualités

# Titre de la liste des actualités.
news-title = Actualités
# Page actualité : étiquette de la date de publication.
news-date = Publié le
# Texte d’une liste d’actualités vide.
no-news = Aucune actualité pour le moment.
# Lien vers l’article complet sous un résumé.
read-more = Lire la suite

## Montants

# Montant en dirhams ; $amount est déjà formaté (« 1 500 000 »).
currency-mad = { $amount }{"\u00A0"}DH

## Thème : messages ajoutés avec la mise en page (issue 3)

# Étiquette (aria-label) de la navigation du pied de page (pages d’information).
footer-menu = Informations
# Séparateur entre deux éléments d’une énumération en ligne (« Fès, Fès-Meknès ») ; garder les accolades et l’espace.
inline-separator = {", "}
# Date limite avec une heure ; $date est une date formatée, $time une heure HH:MM.
date-at-time = { $date } à { $time }
# Période ouverte : programme ou jalon qui n’a qu’une date de début.
since-date = Depuis le { $date }
# Période ouverte : programme ou jalon qui n’a qu’une date de fin.
until-date = Jusqu’au { $date }
# Montant dans une autre monnaie que le dirham ; $currency est le code ISO (EUR, USD).
currency-other = { $amount }{"\u00A0"}{ $currency }
# Légende (caption) du tableau de chiffres d’un rapport de résultats.
results-table-caption = Valeurs atteintes comparées aux cibles
# Tableau de résultats : part de la cible atteinte ; $percent est un nombre (75).
percent-of-target = { $percent }{"\u202F"}% de la cible
# Accueil : phrase sous le titre principal.
home-intro = Trouvez une association près de chez vous, suivez les programmes publics et leurs résultats, et candidatez aux offres de soutien avant la date limite.
# Accueil, chiffre clé : mot affiché sous le nombre d’associations (le nombre est affiché à part, en grand).
figure-associations-label =
    { PLURAL($count) ->
        [one] association
       *[other] associations
    }
# Accueil, chiffre clé : mot affiché sous le nombre de programmes.
figure-programmes-label =
    { PLURAL($count) ->
        [one] programme public
       *[other] programmes publics
    }
# Accueil, chiffre clé : mots affichés sous le nombre d’offres ouvertes.
figure-open-offers-label =
    { PLURAL($count) ->
        [one] offre ouverte
       *[other] offres ouvertes
    }
# Accueil : lien sous les offres ouvertes.
see-all-offers = Toutes les offres et leurs dates limites
# Accueil : lien sous les dernières actualités.
see-all-news = Toutes les actualités
# Fiche association : bouton d’appel téléphonique (suivi du numéro).
call = Appeler
# Fiche association : bouton d’envoi d’un courriel (suivi de l’adresse).
write-email = Écrire
# Fiche association : titre du bloc d’identité (lieu, date de création, domaines…).
identity = Identité
# Date de dernière mise à jour d’une fiche.
field-updated = Fiche mise à jour le
# Fiche association, tableau des soutiens obtenus : en-tête de colonne.
award-offer = Offre
# Fiche association : légende du tableau des soutiens obtenus.
awards-received-caption = Soutiens obtenus à la suite des offres publiques
# Fiche association : titre du texte de présentation.
about-association = Présentation
# Page programme : titre du texte de présentation.
about-programme = Présentation
# Page programme : lien qui déplie les chiffres d’un graphique sous forme de tableau.
chart-as-table = Voir les chiffres en tableau
# Page offre : étiquette du montant par projet.
amount-per-project = Montant par projet
# Page offre : montant maximal par projet ; $max est un montant formaté.
amount-up-to = Jusqu’à { $max }
# Page offre : étiquette de l’enveloppe totale.
amount-total-label = Enveloppe totale
# Page offre : étiquette du nombre de candidatures reçues.
applications-received-label = Candidatures reçues
# Page offre : titre du texte détaillé de l’offre.
offer-details = Détails de l’offre
# Page offre : légende du tableau des soutiens accordés ; $count est le nombre d’associations.
awards-caption =
    { PLURAL($count) ->
        [one] { $count } association soutenue
       *[other] { $count } associations soutenues
    }
# Tableau de bord : phrase sous le titre.
results-intro = Chaque chiffre publié par les programmes, avec sa cible et sa source.
# Tableau de bord : légende du tableau des chiffres par région.
dashboard-table-caption = Chiffres par région
# Tableau de bord : légende du tableau de tous les indicateurs par région.
dashboard-table-all = Tous les indicateurs, région par région
# Pied de page, devant la date de dernière génération du site (la date suit, hors du message).
footer-updated-label = Dernière mise à jour du site{"\u202F"}:

## Provenance et signalement d’erreur (pages des fiches)

# Titre (lu par les lecteurs d’écran) du bloc en bas de chaque fiche.
provenance-heading = À propos de cette fiche
# Suivi de la date de dernière mise à jour de la fiche.
provenance-updated = Dernière mise à jour :
# Titre de la liste des sources d’une fiche (son champ sources et, pour un programme, les sources de ses rapports de résultats), avec leur lien et leur date.
provenance-sources = Sources
# Lien mailto vers l’adresse de contact du portail.
report-error = Signaler une erreur sur cette page
# Objet du courriel ; $address est l’adresse de la page.
report-error-subject = Erreur sur la page { $address }

# Annuaire : page d’une région ou province ET d’un domaine.
associations-in-place-domain = Associations de { $place } dans le domaine { $domain }
# Titre du panneau de filtres de l’annuaire (replié sur téléphone).
directory-filters = Filtrer la liste
# Premier choix de chaque filtre.
filter-all-regions = Toutes les régions
filter-all-provinces = Toute la région
filter-all-domains = Tous les domaines
filter-all-audiences = Tous les publics
# Champ de recherche de l’annuaire (cherche dans la liste affichée).
directory-search-label = Chercher une association dans cette liste
# Choix du public cible, qui lance une recherche.
directory-audience = Public cible
# Libellé d’un chiffre publié sans cible (il peut être un chiffre prévu : associations ciblées).
published-figure = Chiffre publié
