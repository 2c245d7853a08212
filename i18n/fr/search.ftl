# The search page's filters and the strings search.js shows (read from data
# attributes of the page). "{n}" is replaced by the number of results.

# Étiquette du filtre par type de fiche.
search-filter-kind = Type
# Étiquette du filtre par région.
search-filter-region = Région
# Étiquette du filtre par domaine.
search-filter-domain = Domaine
# Première option d’un filtre : aucun filtre.
search-filter-all = Tous
# Types de fiches proposés dans le filtre.
search-kind-association = Associations
search-kind-programme = Programmes
search-kind-offer = Offres et appels
search-kind-news = Actualités
search-kind-page = Pages
# Annonce quand rien ne correspond.
search-none = Aucun résultat. Essayez un autre mot ou retirez un filtre.
# Nombre de résultats, par catégorie de pluriel. Le français n’emploie que
# one, many et other ; zero, two et few existent pour que les fichiers des
# langues gardent les mêmes messages (l’arabe en a besoin).
search-count-zero = Aucun résultat
search-count-two = {"{n}"} résultats
search-count-few = {"{n}"} résultats
search-count-one = {"{n}"} résultat
search-count-many = {"{n}"} de résultats
search-count-other = {"{n}"} résultats
# Bouton pour afficher les résultats suivants.
search-more = Plus de résultats
# Quand la requête est trop courte.
search-short = Tapez au moins deux lettres.
# Quand l’index de recherche n’a pas pu être chargé.
search-error = La recherche n’est pas disponible pour le moment. Parcourez l’annuaire.
# Filtres propres aux associations.
search-filter-province = Province ou préfecture
search-filter-audience = Public cible
# Titre du panneau (replié) des filtres de la recherche.
search-filters = Filtrer les résultats
