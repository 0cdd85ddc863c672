# The caravan command line: help text and the lines it prints.

cli--about = Caravan : la programmation de festivals par-delà les langues et les frontières. Chaque commande accepte aussi --json.
cli--usage-heading = Utilisation :
cli--commands-heading = Commandes
cli--options-heading = Options
cli--arguments-heading = Arguments
cli--command-value = COMMANDE
cli--arg-help = Afficher cette aide
cli--arg-version = Afficher la version
cli--arg-db = Le fichier de base de données (par défaut : celui de Caravan dans le dossier de données de cet ordinateur ; aussi CARAVAN_DB)
cli--arg-lang = La langue des messages et des titres, une étiquette BCP 47 comme fr ou zh-TW (aussi CARAVAN_LANG)
cli--arg-json = Écrire un seul document JSON sur la sortie standard
cli--arg-generate = Ajouter aussi ce nombre d’œuvres générées, pour essayer Caravan à grande échelle
cli--arg-into = Inscrire les œuvres générées dans cette édition, réparties entre ses sections
cli--arg-slug = Un nom court fait de lettres minuscules, de chiffres et de tirets
cli--arg-name = Le nom complet
cli--arg-year = L’année
cli--arg-sections = Une section de l’édition, par son nom court (à répéter pour plusieurs)
cli--arg-edition = L’édition, par son nom court
cli--arg-limit = Combien en afficher
cli--arg-offset = Combien en sauter d’abord (0 par défaut)
cli--arg-work = L’œuvre : son numéro, ff: suivi de son Submission ID FilmFreeway, son Tracking Number ou un identifiant comme son ISRC

cli--demo--about = Créer l’alliance de démonstration : ses membres, deux éditions et des œuvres dans de nombreuses écritures (la relancer ne change rien)
cli--edition--about = Ajouter des éditions de festival
cli--edition-add--about = Ajouter une édition avec ses sections
cli--editions--about = Éditions de festival
cli--editions-list--about = Lister les éditions et leurs sections
cli--works--about = Films et musique
cli--works-list--about = Lister les œuvres, titres dans la langue choisie
cli--works-show--about = Afficher une œuvre avec toutes les variantes linguistiques de ses titres

cli--error-prefix = Erreur :

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = Démonstration prête. Alliances : { $alliances } ; membres : { $members } ; éditions : { $editions } ; œuvres : { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = Édition « { $slug } » ajoutée.
cli--editions-none = Aucune édition pour l’instant.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = Œuvres { $from } à { $to } sur { $total }

cli--media--about = Affiches, photogrammes et pochettes
cli--media-add--about = Ajouter une image à une œuvre : conservée telle quelle, avec des vignettes en trois tailles
cli--media-list--about = Lister les images d’une œuvre
cli--media-remove--about = Retirer une image de son œuvre
cli--media-similar--about = Trouver les œuvres qui portent la même image
cli--arg-file = Le fichier à lire
cli--arg-kind = poster, still ou cover (poster par défaut)
cli--arg-id = Le numéro de l’image
cli--media-none = Cette œuvre n’a pas encore d’images.
# $id (Number) - the image removed
cli--media-removed = Image { $id } retirée.
cli--media-no-similar = Aucune image n’apparaît sous deux œuvres.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = Les œuvres { $a } et { $b } portent la même image (écart { $distance }).

cli--import--about = Importer des candidatures depuis FilmFreeway, tout autre tableau ou DDEX
cli--import-filmfreeway--about = Importer un export des candidatures FilmFreeway (CSV, ou texte UTF-16 issu d’Excel)
cli--import-ddex--about = Importer un message de publication DDEX ERN (ERN 3.4 à 4.3) : chaque enregistrement sonore et chaque clip vidéo devient une œuvre musicale
cli--import-table--about = Importer n’importe quel tableau de candidatures CSV ou XLSX au moyen d’une correspondance de colonnes
cli--import-preview--about = Afficher les colonnes d’un tableau, sa première ligne et la correspondance que suggèrent ses en-têtes
cli--arg-mapping = La correspondance de colonnes : filmfreeway, le nom d’une correspondance enregistrée ou un fichier JSON qui en décrit une
cli--arg-encoding = L’encodage du fichier texte (windows-1252, windows-1251, gb18030, shift_jis…), quand la détection automatique se trompe
cli--mappings--about = Les correspondances de colonnes avec lesquelles les tableaux sont importés
cli--mappings-list--about = Lister les correspondances de colonnes intégrées et enregistrées
cli--mappings-show--about = Afficher une correspondance de colonnes
cli--mappings-save--about = Enregistrer sous son nom la correspondance de colonnes d’un fichier JSON
cli--arg-mapping-name = Le nom de la correspondance
cli--aliases--about = Ce que veulent dire les noms qu’aucune liste ne connaît, pour chaque œuvre qui les porte et chaque importation à venir
cli--aliases-list--about = Lister les alias
cli--aliases-add--about = Indiquer ce que veut dire un nom (« traiter Quatar comme QA »)
cli--aliases-remove--about = Oublier la signification donnée à un nom
cli--arg-alias-vocabulary = Le type de valeur : country (pays), language (langue) ou status (statut)
cli--arg-alias-name = Le nom tel que l’écrivent les fichiers
cli--arg-alias-code = Le code qu’il désigne : un code de pays, une étiquette de langue ou un statut
cli--unresolved--about = Lister les valeurs que les importations ont conservées telles quelles, avec le nombre d’œuvres qui portent chacune
cli--arg-unresolved-edition = Seulement les œuvres de cette édition
cli--arg-dry_run = Vérifier le fichier et indiquer ce qui changerait, sans rien enregistrer
cli--arg-partial = Importer les lignes valides même si certaines sont refusées
cli--arg-section = Le nom court de la section
cli--ids--about = Identifiants des œuvres
cli--ids-check--about = Vérifier un ISAN, EIDR, ISRC ou ISWC et l’afficher sous sa forme canonique
cli--arg-value = L’identifiant à vérifier
cli--titles--about = Les titres d’une œuvre, langue par langue
cli--titles-set--about = Ajouter ou modifier le titre dans une langue
cli--titles-remove--about = Supprimer le titre dans une langue
cli--synopses--about = Les synopsis d’une œuvre, langue par langue
cli--synopses-set--about = Ajouter ou modifier le synopsis dans une langue
cli--synopses-remove--about = Supprimer le synopsis dans une langue
cli--arg-lang_tag = Une étiquette de langue BCP 47 comme fr, zh-Hant ou sr-Latn
cli--arg-text = Le texte
cli--arg-original = Marquer comme original
cli--arg-provenance = submitted, curator ou machine (curator par défaut)
cli--search--about = Trouver des œuvres par titre, réalisateur ou artiste, dans n’importe quelle écriture
cli--arg-query = Ce qu’il faut chercher
cli--duplicates--about = Lister les candidatures probablement en double, ou fusionner ou écarter une paire
cli--duplicates-merge--about = Fusionner la seconde œuvre dans la première, en conservant toutes les langues, tout le générique et tout l’historique
cli--duplicates-dismiss--about = Déclarer définitivement que deux œuvres sont distinctes
cli--arg-keep = L’œuvre à conserver
cli--arg-other = L’œuvre à fusionner dans celle-ci
cli--arg-a = Une œuvre
cli--arg-b = L’autre œuvre
cli--export--about = Exporter les candidatures d’une édition en CSV, XLSX ou JSON
cli--arg-format = csv, xlsx ou json
cli--arg-out = Le fichier à écrire
cli--arg-status = Seulement ce statut de candidature (par exemple in-consideration)
cli--arg-judging = Seulement ce statut de sélection ou cette mention de sélection
cli--arg-country = Seulement les œuvres de ce pays (code ISO)
cli--arg-language = Seulement les œuvres dans cette langue (étiquette BCP 47)
cli--submissions--about = Les candidatures d’une édition
cli--submissions-list--about = Lister les candidatures d’une édition
cli--submissions-stats--about = Compter les candidatures d’une édition par pays, langue, genre et statut
cli--submissions-status--about = Modifier le statut de candidatures
cli--arg-ids = Numéros des candidatures
cli--arg-set = Le statut de candidature à leur donner
cli--arg-to_judging = Le statut de sélection ou la mention de sélection à leur donner
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = Lignes lues : { $rows } ({ $percent } %)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = Importées : { $imported } ; mises à jour : { $updated } ; inchangées : { $unchanged } ; refusées : { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = Simulation, rien n’a été enregistré. À importer : { $imported } ; à mettre à jour : { $updated } ; inchangées : { $unchanged } ; à refuser : { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = { $kind } valide.
cli--search-none = Aucun résultat.
cli--duplicates-none = Aucun doublon probable.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = Les œuvres { $a } et { $b } ne seront plus proposées comme doublons.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [1] Une œuvre écrite dans { $path }.
    [one] { $count } œuvre écrite dans { $path }.
    [many] { $count } d’œuvres écrites dans { $path }.
   *[other] { $count } œuvres écrites dans { $path }.
}
# $count (Number) - entries
cli--stats-total = { $count ->
    [one] { $count } candidature
    [many] { $count } de candidatures
   *[other] { $count } candidatures
}
cli--stats-by-country = Par pays
cli--stats-by-language = Par langue
cli--stats-by-genre = Par genre
cli--stats-by-status = Par statut
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [1] Une candidature modifiée (modification n° { $change }).
    [one] { $count } candidature modifiée (modification n° { $change }).
    [many] { $count } de candidatures modifiées (modification n° { $change }).
   *[other] { $count } candidatures modifiées (modification n° { $change }).
}
cli--submissions-undo--about = Annuler une modification de statut, en remettant chaque candidature concernée dans son état antérieur
cli--arg-change = Le numéro de la modification, tel que l’a indiqué la modification de statut
cli--arg-after = Reprendre après ce curseur (la valeur « next » de la page précédente)
cli--arg-sort = Trier selon cette colonne ; ajoutez :desc pour inverser l’ordre (title suit l’ordre alphabétique de la langue de --lang)
cli--arg-q = Seulement les œuvres dont le titre ou les noms au générique contiennent ces mots
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = Candidatures : { $shown } sur { $total }
cli--ids-add--about = Ajouter à une œuvre un ISAN, EIDR, ISRC ou ISWC vérifié

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = L’identité de ce profil : son nom, son membre et ses clés
cli--identity-init--about = Créer les clés de ce profil (conservées dans le trousseau du système, ou protégées par la phrase secrète de CARAVAN_PASSPHRASE)
cli--identity-show--about = Afficher l’identité de ce profil et son empreinte
cli--identity-card--about = Écrire la fiche de membre de ce profil, à remettre aux autres membres
cli--identity-rotate--about = Remplacer les clés de ce profil ; les membres qui suivent son flux adoptent les nouvelles
cli--members--about = Les membres de l’alliance et les fiches enregistrées pour eux
cli--members-import-card--about = Importer la fiche d’un membre et afficher son empreinte, à comparer avec le membre
cli--members-list--about = Lister les membres, avec l’empreinte de chaque fiche et l’indication de sa vérification
cli--members-verify--about = Marquer la fiche d’un membre comme vérifiée, une fois son empreinte comparée avec le membre
cli--exchange--about = Les enveloppes échangées entre les copies de Caravan des membres
cli--exchange-points--about = Les dossiers et les adresses web où l’alliance se retrouve
cli--exchange-points-add--about = Enregistrer un point d’échange : un dossier (une clé USB, un disque partagé) ou une adresse WebDAV
cli--exchange-points-list--about = Lister les points d’échange
cli--exchange-points-remove--about = Oublier un point d’échange
cli--exchange-note--about = Envoyer une note, avec des fichiers ou des images en pièces jointes, à des membres (chiffrée pour eux)
cli--exchange-notes--about = Lister les notes envoyées par les membres
cli--exchange-publish--about = Écrire les nouvelles enveloppes de ce profil dans un point d’échange (dans tous si aucun n’est indiqué)
cli--exchange-pull--about = Lire les nouvelles enveloppes des membres dans un point d’échange (dans tous si aucun n’est indiqué)
cli--arg-member = Le nom court du membre
cli--arg-member-country = Le pays du membre (code ISO)
cli--arg-working-language = Une langue de travail du membre (étiquette BCP 47) ; à répéter pour plusieurs
cli--arg-fingerprint = L’empreinte telle que le membre vous l’a lue (les espaces et les tirets peuvent être omis)
cli--arg-recipients = Un membre destinataire (son nom court) ; à répéter, ou à séparer par des virgules, pour plusieurs
cli--arg-everyone = Envoyer à tous les membres dont la fiche est enregistrée
cli--arg-note-lang = La langue dans laquelle la note est écrite (étiquette BCP 47)
cli--arg-attach = Un fichier à joindre ; à répéter pour plusieurs
cli--arg-image = Une image de la médiathèque à joindre, par son numéro ; à répéter pour plusieurs
cli--arg-point = Le point d’échange où écrire : un dossier ou une adresse WebDAV
cli--arg-point-from = Le point d’échange où lire : un dossier ou une adresse web
cli--arg-location = Un dossier ou une adresse web (http:// ou https://)
cli--arg-point-name = Un nom sous lequel reconnaître le point d’échange
cli--arg-point-id = Le numéro du point d’échange
cli--fingerprint = Empreinte
cli--sealed-in-keychain = Les clés sont conservées dans le trousseau du système.
cli--sealed-in-passphrase = Les clés sont protégées par une phrase secrète.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = Fiche écrite dans { $path }. Empreinte : { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = Fiche de « { $member } » importée.
# $member (String) - the member's short name
cli--card-rotated = Fiche de « { $member } » importée : ses clés ont été remplacées, et l’ancienne clé a signé les nouvelles.
cli--card-compare = Comparez cette empreinte avec le membre, par téléphone ou en personne, puis lancez : caravan members verify MEMBER FINGERPRINT
cli--members-none = Aucun membre pour l’instant.
cli--points-none = Aucun point d’échange pour l’instant.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = Note { $seq } chiffrée pour { $to } ; elle partira à la prochaine publication.
cli--notes-none = Aucune note pour l’instant.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [1] Une enveloppe écrite dans { $location }.
    [one] { $count } enveloppe écrite dans { $location }.
    [many] { $count } d’enveloppes écrites dans { $location }.
   *[other] { $count } enveloppes écrites dans { $location }.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = Appliquées : { $applied } ; ignorées (destinées à d’autres membres) : { $skipped } ; refusées : { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location } : { $done } sur { $total } enveloppes

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = Révoquer la clé d’un membre : plus rien de ce qu’elle signe n’est accepté
cli--recommend--about = Recommander une œuvre, un juré ou un invité à des membres
cli--recommend-work--about = Recommander à des membres une œuvre, avec ses titres, son générique, ses droits et ses affiches
cli--recommend-person--about = Recommander à des membres une personne comme juré ou comme invité
cli--recommendations--about = Les recommandations envoyées et reçues, et leurs réponses
cli--recommendations-list--about = Lister les recommandations, des plus récentes aux plus anciennes, avec leur état
cli--recommendations-show--about = Afficher une recommandation, avec son état auprès de chaque membre et son historique
cli--recommendations-accept--about = Accepter une recommandation reçue : l’œuvre entre dans une section d’une édition
cli--recommendations-decline--about = Refuser une recommandation reçue, en indiquant le motif
cli--recommendations-program--about = Indiquer qu’une œuvre acceptée a été programmée
cli--rights--about = Les droits de projection d’une œuvre, par territoire
cli--rights-set--about = Définir où une œuvre peut être projetée, et quand
cli--rights-show--about = Afficher les droits de projection d’une œuvre
cli--catalogue--about = Les catalogues d’œuvres des membres
cli--catalogue-publish--about = Chiffrer pour les membres le catalogue de ce profil (toutes les œuvres, ou celles indiquées)
cli--catalogue-search--about = Rechercher dans les catalogues publiés par les membres, dans n’importe quelle écriture
cli--catalogue-take--about = Ajouter une œuvre du catalogue d’un membre à une section d’une édition
cli--arg-recommend-to = Les membres à qui recommander (noms courts, répétés ou séparés par des virgules), ou all pour tous
cli--arg-recommend-note = Une note pour les membres
cli--arg-recommend-note-lang = La langue de la note (étiquette BCP 47)
cli--arg-recommend-section = La section suggérée (son nom court)
cli--arg-person-as = judge ou guest
cli--arg-person-name-lang = La langue ou l’écriture du nom (étiquette BCP 47)
cli--arg-person-name-in = Le nom dans une autre écriture, sous la forme LANG=TEXT ; à répéter pour plusieurs
cli--arg-person-role = Une fonction ou un titre de la personne ; à répéter pour plusieurs
cli--arg-person-language = Une langue de travail de la personne (étiquette BCP 47) ; à répéter pour plusieurs
cli--arg-person-country = Le pays de la personne (code ISO)
cli--arg-person-contact = Comment joindre la personne
cli--arg-recommendations-work = Seulement les recommandations de cette œuvre
cli--arg-recommendations-direction = Seulement les recommandations entrantes, ou seulement les sortantes
cli--arg-recommendation-id = Le numéro de la recommandation
cli--arg-decline-reason = Le motif du refus, à l’intention du membre qui a fait la recommandation
cli--arg-rights-territory = Un territoire où l’œuvre peut être projetée (code ISO, ou world), avec une période facultative FROM:UNTIL (YYYY-MM-DD) ; à répéter pour plusieurs
cli--arg-rights-except = Un territoire exclu de droits accordés pour le monde entier (code ISO) ; à répéter, ou à séparer par des virgules
cli--arg-catalogue-work = Une œuvre à publier (toutes si aucune n’est indiquée) ; à répéter pour plusieurs
cli--arg-catalogue-query = Des mots d’un titre ou d’un nom, dans n’importe quelle écriture
cli--arg-catalogue-member = Seulement le catalogue de ce membre
cli--arg-catalogue-entry = Le numéro de l’entrée du catalogue
cli--recommendations-none = Aucune recommandation pour l’instant.
cli--rights-none = Aucun droit de projection enregistré.
cli--catalogue-none = Aucune entrée de catalogue.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [1] Le catalogue, qui compte une œuvre, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
    [one] Le catalogue, qui compte { $count } œuvre, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
    [many] Le catalogue, qui compte { $count } d’œuvres, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
   *[other] Le catalogue, qui compte { $count } œuvres, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
}
cli--members-add--about = Inscrire un membre au registre, ou le modifier, avec son adhésion à une alliance
cli--members-show--about = Afficher un membre : type, pays, langues, contacts et adhésions
cli--arg-member-name = Le nom complet du membre
cli--arg-member-kind = Le type de membre : festival, institution, company (entreprise) ou artist (artiste)
cli--arg-member-city = La ville du membre
cli--arg-member-lang = Une langue de travail (à répéter, ou à séparer par des virgules), par ordre de préférence
cli--arg-member-contact = Un contact, sous la forme KIND=VALUE, où KIND vaut email, phone, web ou address (à répéter pour plusieurs)
cli--arg-member-alliance = L’alliance dont il est membre
cli--arg-member-tier = Son niveau d’adhésion dans cette alliance
cli--arg-member-joined = La date de son adhésion : YYYY ou YYYY-MM-DD
cli--arg-filter-alliance = Seulement les membres de cette alliance
cli--arg-filter-country = Seulement les membres de ce pays (code ISO 3166)
cli--arg-filter-tier = Seulement les membres de ce niveau
cli--arg-filter-kind = Seulement les membres de ce type : festival, institution, company ou artist
cli--arg-filter-lang = Seulement les membres qui travaillent dans cette langue
cli--alliance--about = Une alliance : l’ajouter, l’afficher, lui donner des niveaux et des critères d’admission
cli--alliance-add--about = Ajouter une alliance, ou la renommer
cli--alliance-show--about = Afficher une alliance avec ses niveaux et ses critères d’admission
cli--alliance-tier--about = Ajouter un niveau propre à l’alliance, ou le renommer
cli--alliance-criterion--about = Ajouter un critère d’admission, ou le reformuler
cli--alliances--about = Les alliances que connaît cette copie
cli--alliances-list--about = Lister les alliances, avec leurs niveaux et leurs critères d’admission
cli--registry--about = Le registre des membres d’une alliance, tel que son secrétariat le publie
cli--registry-publish--about = Chiffrer le registre de l’alliance pour chacun de ses membres ; il partira à la prochaine publication
cli--admissions--about = Les demandes d’adhésion à une alliance : justificatifs, parrainages et décision
cli--admissions-apply--about = Enregistrer une demande d’adhésion, avec des justificatifs pour les critères de l’alliance
cli--admissions-list--about = Lister les demandes d’adhésion, des plus récentes aux plus anciennes
cli--admissions-show--about = Afficher une demande d’adhésion avec ses justificatifs, ses parrainages et la décision
cli--admissions-sponsor--about = Enregistrer qu’un membre de l’alliance parraine une demande d’adhésion
cli--admissions-decide--about = Enregistrer la décision sur une demande d’adhésion, avec sa date et les votes
cli--arg-alliance = Le nom court de l’alliance
cli--arg-alliance-name = Le nom complet de l’alliance
cli--arg-alliance-founded = L’année de sa fondation
cli--arg-alliance-secretariat = Le membre dont cette copie suit le registre publié
cli--arg-tier-key = Le nom court du niveau
cli--arg-tier-label = Le nom du niveau dans une langue, sous la forme LANG=TEXT (à répéter pour plusieurs)
cli--arg-criterion-key = Le nom court du critère
cli--arg-criterion-text = Le critère dans une langue, sous la forme LANG=TEXT (à répéter pour plusieurs)
cli--arg-registry-alliance = L’alliance dont le registre est publié
cli--arg-applicant = Le nom court qu’aura le candidat une fois membre
cli--arg-apply-alliance = L’alliance à laquelle l’adhésion est demandée
cli--arg-apply-name = Le nom complet du candidat
cli--arg-apply-kind = Le type de candidat : festival, institution, company (entreprise) ou artist (artiste)
cli--arg-apply-country = Le pays du candidat, sous forme de code ISO 3166
cli--arg-apply-lang = Une langue de travail du candidat (à répéter, ou à séparer par des virgules)
cli--arg-apply-contact = Comment joindre le candidat
cli--arg-apply-tier = Le niveau demandé
cli--arg-apply-evidence = Le justificatif d’un critère, sous la forme KEY=TEXT (à répéter pour chaque critère)
cli--arg-applications-alliance = Seulement les demandes d’adhésion à cette alliance
cli--arg-applications-state = Seulement les demandes dans cet état : open (en cours), admitted (admise), refused (refusée) ou withdrawn (retirée)
cli--arg-application = Le numéro de la demande d’adhésion
cli--arg-sponsor-note = Ce que le parrain dit du candidat
cli--arg-outcome = La décision : admit (admettre), refuse (refuser) ou withdraw (retirer la demande)
cli--arg-decide-on = Le jour de la décision, au format YYYY-MM-DD
cli--arg-decide-for = Nombre de votes pour
cli--arg-decide-against = Nombre de votes contre
cli--arg-decide-abstain = Nombre d’abstentions
cli--arg-decide-note = Une note sur la décision
cli--arg-decide-tier = Le niveau auquel adhère le membre admis (à défaut, le niveau demandé)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = { $count ->
    [1] Le registre de « { $alliance } », qui compte un membre, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
    [one] Le registre de « { $alliance } », qui compte { $count } membre, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
    [many] Le registre de « { $alliance } », qui compte { $count } de membres, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
   *[other] Le registre de « { $alliance } », qui compte { $count } membres, a été chiffré (enveloppe { $seq }) ; il partira à la prochaine publication.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count ->
    [1] un membre ; secrétariat : { $secretariat }
    [one] { $count } membre ; secrétariat : { $secretariat }
    [many] { $count } de membres ; secrétariat : { $secretariat }
   *[other] { $count } membres ; secrétariat : { $secretariat }
}
cli--alliance-tier = niveau
cli--alliance-criterion = critère
cli--applications-none = Aucune demande d’adhésion.
# $criterion (String) - the criterion's short name
cli--application-missing = aucun justificatif pour { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = parrainée par { $member }
# $on (String) - the day of the decision
cli--application-decision = décision du { $on } : pour { $for }, contre { $against }, abstentions { $abstain }
cli--members-leave--about = Mettre fin à l’adhésion d’un membre à une alliance ; le prochain registre publié indiquera son départ
cli--arg-leave-alliance = L’alliance qu’il quitte
cli--jury--about = Les jurys : tours et grilles d’évaluation, jurés, conflits, attribution, notes et résultats
cli--jury-criterion--about = La grille d’évaluation d’un tour
cli--jury-criterion-add--about = Ajouter un critère à la grille d’évaluation d’un tour, ou le modifier
cli--jury-juror--about = Les jurés
cli--jury-juror-add--about = Ajouter un juré, ou le modifier ; un juré est partout désigné par son adresse électronique
cli--jury-conflict--about = Les conflits d’intérêts
cli--jury-conflict-add--about = Déclarer un conflit entre un juré et une œuvre, une personne ou un membre
cli--jury-conflicts--about = Toutes les paires en conflit d’un tour, déclarées ou détectées, avec leur motif
cli--jury-round--about = Paramétrer un tour : sa date limite, l’évaluation à l’aveugle et la présélection qu’il reprend
cli--jury-rubric--about = Afficher la grille d’évaluation d’un tour
cli--jury-assign--about = Attribuer à chaque candidature ses jurés, avec des charges équilibrées et sans conflit ; ou ajouter ou retirer une seule paire
cli--jury-assign-add--about = Attribuer à la main une œuvre à un juré
cli--jury-assign-remove--about = Retirer une attribution, avec ses notes
cli--jury-score--about = Enregistrer une note d’un juré à qui l’œuvre est attribuée
cli--jury-scores--about = Les notes saisies à partir de feuilles de notes papier
cli--jury-scores-import--about = Importer des notes depuis un fichier CSV : juror, work, criterion, value, comment
cli--jury-results--about = Les résultats d’un tour : moyennes, moyennes normalisées, rangs de Schulze, points de Borda et concordance entre jurés
cli--arg-jury-section = La section (son nom court)
cli--arg-jury-edition = L’édition, si le nom court de la section est utilisé dans plusieurs éditions
cli--arg-jury-round = Le tour (1 par défaut)
cli--arg-round-deadline = La date limite du tour, au format YYYY-MM-DD
cli--arg-round-blind = Cacher aux jurés de ce tour qui a soumis les œuvres, ainsi que leur générique
cli--arg-round-shortlist = Retenir ce nombre des meilleures candidatures du tour précédent
cli--arg-rubric-key = Le nom court du critère (slug)
cli--arg-rubric-label = Le nom du critère, dans la langue de l’interface
cli--arg-rubric-label-in = Le nom du critère dans une autre langue, sous la forme LANG=TEXT (à répéter pour plusieurs)
cli--arg-rubric-min = La note la plus basse
cli--arg-rubric-max = La note la plus haute
cli--arg-rubric-step = Le pas entre deux notes (1 par défaut)
cli--arg-rubric-weight = Le poids du critère dans le total (1 par défaut)
cli--arg-juror-email = L’adresse électronique du juré
cli--arg-juror-name = Le nom du juré, tel que le juré l’écrit
cli--arg-juror-name-in = Le nom dans une autre écriture, sous la forme LANG=TEXT (à répéter pour plusieurs)
cli--arg-juror-lang = Une langue que comprend le juré (s’écrit --lang après la commande ; à répéter, ou à séparer par des virgules)
cli--arg-juror-country = Le pays du juré, sous forme de code ISO 3166
cli--arg-juror-member = Le membre auquel appartient le juré
cli--arg-juror-company = La société de production pour laquelle travaille le juré
cli--arg-juror-section = Une section au jury de laquelle siège le juré (à répéter pour plusieurs)
cli--arg-conflict-juror = L’adresse électronique du juré
cli--arg-conflict-work = L’œuvre (un numéro, ff:SUBMISSION_ID, un Tracking Number ou un identifiant)
cli--arg-conflict-person = Une personne, telle qu’elle figure au générique des œuvres
cli--arg-conflict-member = Un membre (son nom court)
cli--arg-conflict-reason = Le motif
cli--arg-assign-section = La section (son nom court)
cli--arg-assign-edition = L’édition, si le nom court de la section est utilisé dans plusieurs éditions
cli--arg-assign-round = Le tour (1 par défaut)
cli--arg-assign-reviews = Combien de jurés distincts évaluent chaque candidature
cli--arg-assign-max-load = Le nombre maximal de candidatures qu’évalue un même juré, y compris celles déjà attribuées
cli--arg-pair-juror = L’adresse électronique du juré
cli--arg-pair-work = L’œuvre (un numéro, ff:SUBMISSION_ID, un Tracking Number ou un identifiant)
cli--arg-score-juror = L’adresse électronique du juré
cli--arg-score-work = L’œuvre (un numéro, ff:SUBMISSION_ID, un Tracking Number ou un identifiant)
cli--arg-score-criterion = Le nom court du critère
cli--arg-score-value = La note, sur l’échelle du critère
cli--arg-scores-file = Le fichier CSV
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [1] Tour { $round } de « { $section } », une candidature :
    [one] Tour { $round } de « { $section } », { $entries } candidature :
    [many] Tour { $round } de « { $section } », { $entries } de candidatures :
   *[other] Tour { $round } de « { $section } », { $entries } candidatures :
}
cli--conflicts-none = Aucun conflit.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [1] Une attribution effectuée, { $total } au total ; candidatures sans assez de jurés : { $uncovered }.
    [one] { $added } attribution effectuée, { $total } au total ; candidatures sans assez de jurés : { $uncovered }.
    [many] { $added } d’attributions effectuées, { $total } au total ; candidatures sans assez de jurés : { $uncovered }.
   *[other] { $added } attributions effectuées, { $total } au total ; candidatures sans assez de jurés : { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = Notes nouvelles : { $imported } ; modifiées : { $updated } ; inchangées : { $unchanged }.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = Concordance (α de Krippendorff, sur les totaux) : { $alpha }
cli--jury-packet--about = Les dossiers de juré : ce qu’un juré emporte pour noter hors ligne
cli--jury-packet-export--about = Chiffrer un dossier de juré destiné à un seul juré : uniquement ses candidatures, avec la grille d’évaluation, les affiches et les liens de visionnage
cli--jury-packet-open--about = Ouvrir un dossier de juré sur l’ordinateur portable du juré ; cela crée le profil du juré
cli--jury-sheet--about = Les feuilles de notes : les notes d’un juré, signées, pour le président du jury
cli--jury-sheet-export--about = Chiffrer la feuille de notes de ce juré pour le président du jury
cli--jury-sheet-merge--about = Fusionner la feuille de notes d’un juré : les notes les plus récentes l’emportent, et le résultat est le même quel que soit l’ordre
cli--arg-juror-card = La fiche du juré (le fichier écrit par « identity card » sur l’ordinateur portable du juré)
cli--arg-packet-juror = L’adresse électronique du juré
cli--arg-packet-out = Le fichier à écrire
cli--arg-packet-file = Le fichier du dossier de juré
cli--arg-sheet-out = Le fichier à écrire
cli--arg-sheet-file = Le fichier de la feuille de notes
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [1] Dossier de juré pour { $juror } avec une candidature : { $path }
    [one] Dossier de juré pour { $juror } avec { $entries } candidature : { $path }
    [many] Dossier de juré pour { $juror } avec { $entries } de candidatures : { $path }
   *[other] Dossier de juré pour { $juror } avec { $entries } candidatures : { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [1] Le dossier de juré de « { $chair } » est ouvert : une candidature à noter.
    [one] Le dossier de juré de « { $chair } » est ouvert : { $entries } candidature à noter.
    [many] Le dossier de juré de « { $chair } » est ouvert : { $entries } de candidatures à noter.
   *[other] Le dossier de juré de « { $chair } » est ouvert : { $entries } candidatures à noter.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [1] Feuille de notes avec une note : { $path }
    [one] Feuille de notes avec { $scores } note : { $path }
    [many] Feuille de notes avec { $scores } de notes : { $path }
   *[other] Feuille de notes avec { $scores } notes : { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = Feuille de notes de { $juror }. Notes : { $scores } ; plus récentes que celles enregistrées : { $applied }.
# $juror (String) - the juror's email
cli--sheet-already = La feuille de notes de { $juror } a déjà été fusionnée ; rien à faire.
cli--award--about = Les prix : les catégories de prix d’une édition et leurs scrutins
cli--award-add--about = Ajouter une catégorie de prix à une édition, ou la modifier
cli--award-vote--about = Enregistrer le vote d’un juré dans un tour de scrutin
cli--award-tally--about = Dépouiller un tour de scrutin et enregistrer son lauréat, s’il y en a un
cli--awards--about = Les prix d’une édition
cli--awards-list--about = Lister les prix d’une édition avec leurs lauréats
cli--arg-award-key = Le nom court du prix (slug)
cli--arg-award-edition = L’édition
cli--arg-award-label = Le nom du prix, dans la langue de l’interface
cli--arg-award-label-in = Le nom du prix dans une autre langue, sous la forme LANG=TEXT (à répéter pour plusieurs)
cli--arg-award-shared = Une œuvre qui le remporte peut aussi remporter d’autres prix
cli--arg-award-absolute-rounds = Combien de tours de scrutin exigent la majorité absolue avant que la majorité relative ne décide (2 par défaut)
cli--arg-vote-award = Le nom court du prix
cli--arg-vote-work = L’œuvre qui reçoit le vote (un numéro, ff:SUBMISSION_ID, un Tracking Number ou un identifiant)
cli--arg-vote-edition = L’édition
cli--arg-vote-round = Le tour de scrutin (1 par défaut)
cli--arg-vote-voter = Le votant : l’adresse électronique d’un juré
cli--arg-tally-award = Le nom court du prix
cli--arg-tally-edition = L’édition
cli--arg-tally-round = Le tour de scrutin (1 par défaut)
cli--arg-awards-edition = L’édition
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = L’œuvre { $work } l’emporte (suffrages exprimés : { $cast }).
# $cast (Number) - votes cast
cli--tally-undecided = Aucun lauréat à ce tour (suffrages exprimés : { $cast }) : il faut voter à nouveau au tour suivant.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = remporté par « { $title } » au tour de scrutin { $round }, avec { $votes } voix sur { $cast }
cli--jury-screener--about = Associer à une œuvre une copie de visionnage présente sur cet ordinateur, pour la lire à côté des notes dans la fenêtre
cli--arg-screener-work = L’œuvre (un numéro, ff:SUBMISSION_ID, un Tracking Number ou un identifiant)
cli--arg-screener-file = Le fichier vidéo (WebM, MP4, M4V, MKV, MOV ou OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = Fichier lu en { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = « { $name } » désigne désormais { $code } ({ $works ->
    [1] une œuvre mise à jour
    [one] { $works } œuvre mise à jour
    [many] { $works } d’œuvres mises à jour
   *[other] { $works } œuvres mises à jour
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = Non importés, car ce ne sont pas des œuvres : { $count } × { $kind }.
