# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = Film
kind--music = Musique

role--director = Réalisation
role--writer = Scénario
role--producer = Production
role--cast = Interprétation
role--cinematographer = Image
role--editor = Montage
role--composer = Composition
role--lyricist = Paroles
role--artist = Artiste
role--performer = Interprète

provenance--submitted = soumis
provenance--curator = programmateur
provenance--machine = traduction automatique

work--kind = Type
work--year = Année
work--runtime = Durée
work--countries = Pays
work--languages = Langues
work--titles = Titres
work--synopses = Synopsis
work--credits = Générique
work--identifiers = Identifiants
work--original = original

# The names of vocabularies and fields, used inside error messages.
what--work-kind = type d’œuvre
what--member-kind = type de membre
what--tier = niveau d’adhésion
what--submission-status = statut de la candidature
what--judging-status = statut de sélection
what--text-field = champ de texte
what--provenance = provenance
what--credit-role = fonction au générique
what--edition-name = Nom de l’édition
what--title = Titre
what--synopsis = Synopsis de l’œuvre
what--judging-label = Mention de sélection
what--submission-column = colonne du tableau des candidatures
what--work-column = colonne de la liste des œuvres
what--member-name = Nom
what--note-text = Texte de la note
what--exchange-point = Point d’échange

media-kind--poster = Affiche
media-kind--still = Photogramme
media-kind--cover = Pochette
what--media-kind = type d’image
work--media = Images

status--in-consideration = À l’étude
status--incomplete = Incomplète
status--disqualified = Disqualifiée
status--withdrawn = Retirée

judging--undecided = En attente
judging--selected = Sélectionnée
judging--not-selected = Non sélectionnée

duplicate-reason--title = même titre
duplicate-reason--title-across-scripts = même titre dans une autre écriture
duplicate-reason--director = même réalisateur ou artiste
duplicate-reason--year = même année
duplicate-reason--runtime = même durée
duplicate-reason--poster = même affiche
what--identifier-kind = type d’identifiant

identifier-kind--isan = Numéro ISAN
identifier-kind--eidr = Identifiant EIDR
identifier-kind--isrc = Code ISRC
identifier-kind--iswc = Code ISWC
identifier-kind--filmfreeway-submission = Submission ID FilmFreeway
identifier-kind--filmfreeway-tracking = Tracking Number FilmFreeway
identifier-kind--caravan-demo = Clé de démonstration

# Whether a member's card was checked with the member.
trust--verified = vérifiée
trust--unverified = non vérifiée
trust--no-card = aucune fiche
tier--basic = Membre de base
tier--business = Membre entreprise
tier--partnership = Partenaire
trust--revoked = révoquée
# The states and kinds of a recommendation.
recommendation-state--sent = envoyée
recommendation-state--received = reçue
recommendation-state--accepted = acceptée
recommendation-state--declined = refusée
recommendation-state--programmed = programmée
recommendation-kind--work = œuvre
recommendation-kind--judge = juré
recommendation-kind--guest = invité
what--decline-reason = Motif du refus
what--recommendation-kind = type de recommandation
what--recommendation-direction = sens (incoming ou outgoing)
what--contact-kind = type de contact
what--contact = Coordonnées
what--application-state = état de la demande d’adhésion
what--outcome = décision
what--tier-label = Nom du niveau
what--criterion-text = Texte du critère
what--alliance-name = Nom de l’alliance
what--evidence = Justificatif
what--note = Commentaire
contact-kind--email = courriel
contact-kind--phone = téléphone
contact-kind--web = site web
contact-kind--address = adresse postale
application-state--open = en cours
application-state--admitted = admise
application-state--refused = refusée
application-state--withdrawn = retirée
member-kind--festival = Festival
member-kind--institution = Institution
member-kind--company = Entreprise
member-kind--artist = Artiste
outcome--admit = Admettre
outcome--refuse = Refuser
outcome--withdraw = Demande retirée par le candidat
what--criterion-label = Nom du critère
# $detail (String) - the reason given, or —
conflict--declared = déclaré : { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = recommandée par « { $detail } », le membre auquel appartient le juré
# $detail (String) - the credit's role
conflict--credited = le juré figure à son générique ({ $detail })
# $detail (String) - the company's name
conflict--same-company = produite par « { $detail } », la société de production du juré
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [1] Il manque une évaluation : le nombre de jurés sans conflit avec cette candidature n’est que de { $possible }.
    [one] Il manque { $missing } évaluation : le nombre de jurés sans conflit avec cette candidature n’est que de { $possible }.
    [many] Il manque { $missing } d’évaluations : le nombre de jurés sans conflit avec cette candidature n’est que de { $possible }.
   *[other] Il manque { $missing } évaluations : le nombre de jurés sans conflit avec cette candidature n’est que de { $possible }.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [1] Il manque une évaluation : les jurés qui pourraient l’évaluer ont déjà le nombre maximal de candidatures permis.
    [one] Il manque { $missing } évaluation : les jurés qui pourraient l’évaluer ont déjà le nombre maximal de candidatures permis.
    [many] Il manque { $missing } d’évaluations : les jurés qui pourraient l’évaluer ont déjà le nombre maximal de candidatures permis.
   *[other] Il manque { $missing } évaluations : les jurés qui pourraient l’évaluer ont déjà le nombre maximal de candidatures permis.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = Ligne { $line }, colonne « { $column } » : { $reason }
