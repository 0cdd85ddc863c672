# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = Filem
kind--music = Muzik

role--director = Pengarah
role--writer = Penulis
role--producer = Penerbit
role--cast = Pelakon
role--cinematographer = Sinematografer
role--editor = Penyunting
role--composer = Komposer
role--lyricist = Penulis lirik
role--artist = Artis
role--performer = Pelaku persembahan

provenance--submitted = diserahkan
provenance--curator = kurator
provenance--machine = terjemahan mesin

work--kind = Jenis
work--year = Tahun
work--runtime = Masa tayangan
work--countries = Negara
work--languages = Bahasa
work--titles = Tajuk
work--synopses = Sinopsis
work--credits = Kredit
work--identifiers = Pengecam
work--original = asal

# The names of vocabularies and fields, used inside error messages.
what--work-kind = jenis karya
what--member-kind = jenis ahli
what--tier = tahap keahlian
what--submission-status = status serahan
what--judging-status = status penjurian
what--text-field = medan teks
what--provenance = asal usul teks
what--credit-role = peranan dalam kredit
what--edition-name = Nama edisi
what--title = Tajuk
what--synopsis = Sinopsis
what--judging-label = Label penjurian
what--submission-column = lajur jadual serahan
what--work-column = lajur senarai karya
what--member-name = Nama
what--note-text = Teks nota
what--exchange-point = Titik pertukaran

media-kind--poster = Gambar poster
media-kind--still = Gambar pegun
media-kind--cover = Seni kulit
what--media-kind = jenis imej
work--media = Imej

status--in-consideration = Dalam pertimbangan
status--incomplete = Tidak lengkap
status--disqualified = Hilang kelayakan
status--withdrawn = Tarik diri

judging--undecided = Belum diputuskan
judging--selected = Terpilih
judging--not-selected = Tidak terpilih

duplicate-reason--title = tajuk yang sama
duplicate-reason--title-across-scripts = tajuk yang sama dalam tulisan lain
duplicate-reason--director = pengarah atau artis yang sama
duplicate-reason--year = tahun yang sama
duplicate-reason--runtime = masa tayangan yang sama
duplicate-reason--poster = poster yang sama
what--identifier-kind = jenis pengecam

identifier-kind--isan = Nombor ISAN
identifier-kind--eidr = Pengecam EIDR
identifier-kind--isrc = Kod ISRC
identifier-kind--iswc = Kod ISWC
identifier-kind--filmfreeway-submission = Submission ID FilmFreeway
identifier-kind--filmfreeway-tracking = Tracking Number FilmFreeway
identifier-kind--caravan-demo = Kunci demo

# Whether a member's card was checked with the member.
trust--verified = disahkan
trust--unverified = belum disahkan
trust--no-card = tiada kad
tier--basic = Ahli asas
tier--business = Ahli perniagaan
tier--partnership = Rakan kongsi
trust--revoked = dibatalkan
# The states and kinds of a recommendation.
recommendation-state--sent = dihantar
recommendation-state--received = telah sampai
recommendation-state--accepted = diterima
recommendation-state--declined = ditolak
recommendation-state--programmed = diprogramkan
recommendation-kind--work = karya
recommendation-kind--judge = juri
recommendation-kind--guest = tetamu
what--decline-reason = Sebab penolakan
what--recommendation-kind = jenis syor
what--recommendation-direction = arah (masuk atau keluar)
what--contact-kind = jenis maklumat hubungan
what--contact = Maklumat hubungan
what--application-state = keadaan permohonan
what--outcome = keputusan
what--tier-label = Nama tahap
what--criterion-text = Teks kriteria
what--alliance-name = Nama perikatan
what--evidence = Bukti
what--note = Nota
contact-kind--email = e-mel
contact-kind--phone = telefon
contact-kind--web = laman web
contact-kind--address = alamat pos
application-state--open = terbuka
application-state--admitted = diterima masuk
application-state--refused = ditolak
application-state--withdrawn = ditarik balik
member-kind--festival = penganjur festival
member-kind--institution = institusi
member-kind--company = syarikat
member-kind--artist = artis
outcome--admit = Terima masuk
outcome--refuse = Tolak
outcome--withdraw = Ditarik balik oleh pemohon
what--criterion-label = Nama kriteria
# $detail (String) - the reason given, or —
conflict--declared = diisytiharkan: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = disyorkan oleh “{ $detail }”, ahli tempat juri ini bernaung
# $detail (String) - the credit's role
conflict--credited = juri ini dikreditkan dalam karya ini ({ $detail })
# $detail (String) - the company's name
conflict--same-company = dihasilkan oleh syarikat produksi juri ini, “{ $detail }”
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = Kurang { $missing } penilaian: hanya { $possible } juri yang bebas daripada konflik kepentingan dengan penyertaan ini.
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = Kurang { $missing } penilaian: juri yang bebas untuk menilainya sudah memikul bilangan maksimum penyertaan yang dibenarkan.
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = Baris { $line }, lajur “{ $column }”: { $reason }
