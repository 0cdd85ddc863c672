# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = Sinema
kind--music = Müzik

role--director = Yönetmen
role--writer = Senarist
role--producer = Yapımcı
role--cast = Oyuncu
role--cinematographer = Görüntü yönetmeni
role--editor = Kurgucu
role--composer = Besteci
role--lyricist = Söz yazarı
role--artist = Sanatçı
role--performer = Yorumcu

provenance--submitted = başvurudan
provenance--curator = küratör
provenance--machine = makine çevirisi

work--kind = Tip
work--year = Yıl
work--runtime = Süre
work--countries = Ülkeler
work--languages = Diller
work--titles = Başlıklar
work--synopses = Sinopsisler
work--credits = Künye
work--identifiers = Tanımlayıcılar
work--original = özgün

# The names of vocabularies and fields, used inside error messages.
what--work-kind = eser tipi
what--member-kind = üye türü
what--tier = üyelik kademesi
what--submission-status = başvuru durumu
what--judging-status = değerlendirme durumu
what--text-field = metin alanı
what--provenance = kaynak
what--credit-role = künyedeki görev
what--edition-name = Edisyon adı
what--title = Başlık
what--synopsis = Sinopsis
what--judging-label = Değerlendirme etiketi
what--submission-column = başvuru tablosunun sütunu
what--work-column = eser listesinin sütunu
what--member-name = Ad
what--note-text = Not metni
what--exchange-point = Paylaşım noktası

media-kind--poster = Afiş
media-kind--still = Film karesi
media-kind--cover = Kapak görseli
what--media-kind = görsel türü
work--media = Görseller

status--in-consideration = Değerlendirmede
status--incomplete = Eksik
status--disqualified = Diskalifiye edildi
status--withdrawn = Geri çekildi

judging--undecided = Karar verilmedi
judging--selected = Seçildi
judging--not-selected = Seçilmedi

duplicate-reason--title = aynı başlık
duplicate-reason--title-across-scripts = başka bir yazı sisteminde aynı başlık
duplicate-reason--director = aynı yönetmen veya sanatçı
duplicate-reason--year = aynı yıl
duplicate-reason--runtime = aynı süre
duplicate-reason--poster = aynı afiş
what--identifier-kind = tanımlayıcı türü

identifier-kind--isan = ISAN numarası
identifier-kind--eidr = EIDR tanımlayıcısı
identifier-kind--isrc = ISRC kodu
identifier-kind--iswc = ISWC kodu
identifier-kind--filmfreeway-submission = FilmFreeway Submission ID (başvuru numarası)
identifier-kind--filmfreeway-tracking = FilmFreeway Tracking Number (takip numarası)
identifier-kind--caravan-demo = Demo anahtarı

# Whether a member's card was checked with the member.
trust--verified = doğrulandı
trust--unverified = doğrulanmadı
trust--no-card = kart yok
tier--basic = Temel üye
tier--business = Kurumsal üye
tier--partnership = Ortak
trust--revoked = iptal edildi
# The states and kinds of a recommendation.
recommendation-state--sent = gönderildi
recommendation-state--received = alındı
recommendation-state--accepted = kabul edildi
recommendation-state--declined = geri çevrildi
recommendation-state--programmed = programa alındı
recommendation-kind--work = eser
recommendation-kind--judge = jüri üyesi
recommendation-kind--guest = konuk
what--decline-reason = Geri çevirme gerekçesi
what--recommendation-kind = öneri türü
what--recommendation-direction = yön (gelen veya giden)
what--contact-kind = iletişim türü
what--contact = İletişim bilgisi
what--application-state = üyelik talebinin durumu
what--outcome = karar
what--tier-label = Kademe adı
what--criterion-text = Ölçüt metni
what--alliance-name = Birlik adı
what--evidence = Kanıt
what--note = Not
contact-kind--email = e-posta
contact-kind--phone = telefon
contact-kind--web = web sitesi
contact-kind--address = posta adresi
application-state--open = açık
application-state--admitted = kabul edildi
application-state--refused = reddedildi
application-state--withdrawn = geri çekildi
member-kind--festival = festival kuruluşu
member-kind--institution = kurum
member-kind--company = şirket
member-kind--artist = sanatçı
outcome--admit = Kabul et
outcome--refuse = Reddet
outcome--withdraw = Talep sahibi geri çekti
what--criterion-label = Ölçüt adı
# $detail (String) - the reason given, or —
conflict--declared = beyan edildi: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = jüri üyesinin bağlı olduğu “{ $detail }” üyesi tarafından önerildi
# $detail (String) - the credit's role
conflict--credited = jüri üyesinin künyede adı geçiyor ({ $detail })
# $detail (String) - the company's name
conflict--same-company = jüri üyesinin yapım şirketi “{ $detail }” tarafından yapıldı
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [one] Bir inceleme eksik: bu aday eserle çıkar çatışması olmayan yalnızca { $possible } jüri üyesi var.
   *[other] { $missing } inceleme eksik: bu aday eserle çıkar çatışması olmayan yalnızca { $possible } jüri üyesi var.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [one] Bir inceleme eksik: bu aday eseri inceleyebilecek jüri üyelerinin hepsi izin verilen en fazla aday eser sayısına ulaştı.
   *[other] { $missing } inceleme eksik: bu aday eseri inceleyebilecek jüri üyelerinin hepsi izin verilen en fazla aday eser sayısına ulaştı.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = { $line }. satır, “{ $column }” sütunu: { $reason }
