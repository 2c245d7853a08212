# Charts drawn at build time (src/render/charts.rs). Plain text: these go
# into SVG and text alternatives.

# Légende d’un graphique : la barre des valeurs réalisées.
chart-achieved = Réalisé
# Légende d’un graphique : le repère de la cible.
chart-target = Cible
# Étiquette d’une barre : territoire et période ($scope, $period : « juin 2025 »).
chart-row-label = { $scope }, { $period }
# Alternative textuelle d’une barre sans cible.
chart-summary-value = { $label } : { $value }
# Alternative textuelle d’une barre avec cible.
chart-summary-value-target = { $label } : { $value } pour une cible de { $target }
# Séparateur entre les éléments d’une alternative textuelle.
chart-list-separator = { "\u003B" }{" "}
# Fin d’une phrase d’alternative textuelle.
chart-sentence-end = .
# Tableau de bord : la ligne des chiffres de portée nationale.
dashboard-national = National
# Tableau de bord : titre de la carte des régions ($indicator : nom de l’indicateur).
dashboard-map-title = { $indicator } par région
# Tableau de bord : aucune donnée par région.
dashboard-no-data = Aucun chiffre par région pour le moment.
tile-no-data = pas de données
