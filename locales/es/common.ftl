# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = Película
kind--music = Música

role--director = Dirección
role--writer = Guion
role--producer = Producción
role--cast = Reparto
role--cinematographer = Fotografía
role--editor = Montaje
role--composer = Composición
role--lyricist = Letra
role--artist = Artista
role--performer = Intérprete

provenance--submitted = enviado
provenance--curator = programador
provenance--machine = traducción automática

work--kind = Tipo
work--year = Año
work--runtime = Duración
work--countries = Países
work--languages = Idiomas
work--titles = Títulos
work--synopses = Sinopsis
work--credits = Créditos
work--identifiers = Identificadores
work--original = original

# The names of vocabularies and fields, used inside error messages.
what--work-kind = tipo de obra
what--member-kind = tipo de miembro
what--tier = nivel de afiliación
what--submission-status = estado de la inscripción
what--judging-status = estado de selección
what--text-field = campo de texto
what--provenance = procedencia
what--credit-role = función en los créditos
what--edition-name = Nombre de la edición
what--title = Título
what--synopsis = Sinopsis
what--judging-label = Etiqueta de selección
what--submission-column = columna de la tabla de inscripciones
what--work-column = columna de la lista de obras
what--member-name = Nombre
what--note-text = Texto de la nota
what--exchange-point = Punto de intercambio

media-kind--poster = Cartel
media-kind--still = Fotograma
media-kind--cover = Portada
what--media-kind = tipo de imagen
work--media = Imágenes

status--in-consideration = En consideración
status--incomplete = Incompleta
status--disqualified = Descalificada
status--withdrawn = Retirada

judging--undecided = Sin decidir
judging--selected = Seleccionada
judging--not-selected = No seleccionada

duplicate-reason--title = mismo título
duplicate-reason--title-across-scripts = mismo título en otra escritura
duplicate-reason--director = mismo director o artista
duplicate-reason--year = mismo año
duplicate-reason--runtime = misma duración
duplicate-reason--poster = mismo cartel
what--identifier-kind = tipo de identificador

identifier-kind--isan = Número ISAN
identifier-kind--eidr = Identificador EIDR
identifier-kind--isrc = Código ISRC
identifier-kind--iswc = Código ISWC
identifier-kind--filmfreeway-submission = Submission ID de FilmFreeway
identifier-kind--filmfreeway-tracking = Tracking Number de FilmFreeway
identifier-kind--caravan-demo = Clave de demostración

# Whether a member's card was checked with the member.
trust--verified = verificada
trust--unverified = sin verificar
trust--no-card = sin ficha
tier--basic = Miembro básico
tier--business = Miembro empresarial
tier--partnership = Socio
trust--revoked = revocada
# The states and kinds of a recommendation.
recommendation-state--sent = enviada
recommendation-state--received = recibida
recommendation-state--accepted = aceptada
recommendation-state--declined = rechazada
recommendation-state--programmed = programada
recommendation-kind--work = obra
recommendation-kind--judge = jurado
recommendation-kind--guest = invitado
what--decline-reason = Motivo del rechazo
what--recommendation-kind = tipo de recomendación
what--recommendation-direction = dirección (incoming o outgoing)
what--contact-kind = tipo de contacto
what--contact = Contacto
what--application-state = estado de la solicitud de ingreso
what--outcome = decisión
what--tier-label = Nombre del nivel
what--criterion-text = Texto del criterio
what--alliance-name = Nombre de la alianza
what--evidence = Justificación
what--note = Comentario
contact-kind--email = correo electrónico
contact-kind--phone = teléfono
contact-kind--web = sitio web
contact-kind--address = dirección postal
application-state--open = abierta
application-state--admitted = admitida
application-state--refused = rechazada
application-state--withdrawn = retirada
member-kind--festival = Festival
member-kind--institution = Institución
member-kind--company = Empresa
member-kind--artist = Artista
outcome--admit = Admitir
outcome--refuse = Rechazar
outcome--withdraw = Retirada por el solicitante
what--criterion-label = Nombre del criterio
# $detail (String) - the reason given, or —
conflict--declared = declarado: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = recomendada por «{ $detail }», el miembro al que pertenece el jurado
# $detail (String) - the credit's role
conflict--credited = el jurado figura en sus créditos ({ $detail })
# $detail (String) - the company's name
conflict--same-company = producida por «{ $detail }», la productora del jurado
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [one] Falta una evaluación: el número de jurados sin conflictos con esta inscripción es solo { $possible }.
    [many] Faltan { $missing } de evaluaciones: el número de jurados sin conflictos con esta inscripción es solo { $possible }.
   *[other] Faltan { $missing } evaluaciones: el número de jurados sin conflictos con esta inscripción es solo { $possible }.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [one] Falta una evaluación: los jurados que podrían evaluarla ya tienen el máximo de inscripciones permitido.
    [many] Faltan { $missing } de evaluaciones: los jurados que podrían evaluarla ya tienen el máximo de inscripciones permitido.
   *[other] Faltan { $missing } evaluaciones: los jurados que podrían evaluarla ya tienen el máximo de inscripciones permitido.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = Línea { $line }, columna «{ $column }»: { $reason }
