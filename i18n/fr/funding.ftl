### Financements : où est allé l’argent (/fr/funding/). Les montants
### ($amount) arrivent formatés ; les nombres ($count) sont formatés ici.

# Titre de la page des financements et entrée des chiffres clés.
funding-title = Où est allé l’argent
# Phrase d’introduction de la page des financements.
funding-intro = Les soutiens accordés aux associations à la suite des offres publiques : combien, par qui, pour quel programme, où et quand.
# Titre d’une page des soutiens d’un programme ; $name est son titre.
funding-of-programme = Soutiens du programme { $name }
funding-of-issuer = Soutiens accordés par { $name }
funding-of-region = Soutiens reçus dans la région { $name }
funding-of-province = Soutiens reçus dans la province { $name }
funding-of-year = Soutiens accordés en { $name }
funding-of-domain = Soutiens reçus dans le domaine { $name }
# Devant un nom affiché dans une autre langue que la page.
funding-facet-programme = Programme
funding-facet-issuer = Émetteur
funding-facet-region = Région
funding-facet-province = Province ou préfecture
funding-facet-year = Année
funding-facet-domain = Domaine
# Chiffres clés : le montant suit ou précède le libellé.
funding-figure-awarded = accordés aux associations
funding-figure-awards =
    { PLURAL($count) ->
        [one] soutien accordé
       *[other] soutiens accordés
    }
funding-figure-recipients =
    { PLURAL($count) ->
        [one] association bénéficiaire
       *[other] associations bénéficiaires
    }
funding-figure-offered = proposés par les appels (montant total des offres)
# Titres des graphiques en barres.
funding-by-programme = Par programme
funding-by-issuer = Par émetteur
funding-by-region = Par région des bénéficiaires
funding-by-province = Par province ou préfecture des bénéficiaires
funding-by-year = Par année d’attribution
funding-by-domain = Par domaine des bénéficiaires
funding-domain-note = Une association active dans plusieurs domaines compte dans chacun : ces montants ne s’additionnent pas.
funding-programme-note = Un programme compte ses propres offres et celles de ses phases.
funding-awards-n =
    { PLURAL($count) ->
        [one] { $count } soutien
       *[other] { $count } soutiens
    }
funding-recipients-n =
    { PLURAL($count) ->
        [one] { $count } association
       *[other] { $count } associations
    }
# Devant le montant accordé par les offres du programme lui-même (hors phases).
funding-own-offers = dont ses propres offres{"\u00A0"}:
# Page d’un programme : section de l’argent.
funding-programme-heading = Budget et soutiens
funding-offered = Montant proposé par ses offres
funding-awarded-own = Accordé par ses offres
funding-awarded-with-phases = Accordé avec ses phases
funding-recipients = Associations bénéficiaires
funding-see-awards = Voir les soutiens accordés
funding-see-programme = Voir la page du programme
# Page d’une association : total des soutiens reçus.
funding-support-heading = Total des soutiens reçus
funding-support-awards =
    { PLURAL($count) ->
        [one] en { $count } soutien
       *[other] en { $count } soutiens
    }
funding-see-all = Où est allé l’argent public
funding-source-note = Ces totaux sont la somme exacte des soutiens publiés dans les données ouvertes (fichier 360Giving).
funding-open-data = Télécharger les données
funding-awards-list = Liste des soutiens
funding-awards-order =
    { PLURAL($count) ->
        [one] { $count } soutien, du plus récent au plus ancien
       *[other] { $count } soutiens, du plus récent au plus ancien
    }
funding-no-awards = Aucun soutien publié.
# Accueil : chiffre clé du montant accordé (le montant précède).
figure-awarded-label = accordés aux associations
# Page d’une région ou province de l’annuaire : soutiens reçus par ses associations.
funding-place-support = Soutiens reçus par ces associations{"\u00A0"}:
