# The window.

app--name = Caravan
app--tagline = Festival küratörlüğü

nav--works = Eserler
settings--language = Arayüz dili

works--heading = Eserler
# $count (Number) - how many works the list holds
works--count = { $count } eser
works--column-title = Başlık
works--column-original = Özgün başlık
works--column-kind = Tip
works--column-year = Yıl
works--column-poster = Afiş
works--empty = Henüz eser yok.
works--loading = Yükleniyor…

work--back = Eserlere dön
work--no-synopsis = Henüz sinopsis yok.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = Dil kodu: { $lang }

error--heading = Bir sorun oluştu
error--dismiss = Kapat

media--drop-hint = Eklemek istediğiniz afişleri, film karelerini veya kapak görsellerini buraya bırakın.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = Görseller ekleniyor: { $done } / { $total }
media--none = Henüz görsel yok.
media--kind-label = Bırakılan görsellerin türü

nav--label = Uygulamanın alanları
nav--submissions = Başvurular
nav--duplicates = Mükerrer kayıtlar

search--placeholder = Başlık, yönetmen, sanatçı ara…
search--label = Eserleri herhangi bir dilde veya yazı sisteminde ara
search--none = Hiçbir şey bulunamadı.
search--results = Bulunan eserler

submissions--edition = Edisyon
submissions--tab-table = Tablo
submissions--tab-stats = İstatistikler
submissions--column-section = Bölüm
submissions--column-status = Durum
submissions--column-judging = Değerlendirme
submissions--column-countries = Ülkeler
submissions--column-languages = Diller
# $title (String) - the title of the submitted work
submissions--select-row = “{ $title }” eserini seç
submissions--select-shown = Gösterilenlerin tümünü seç
submissions--empty = Eşleşen başvuru yok.
submissions--views = Edisyon başvurularının görünümleri
submissions--column-selected = Seçili
# $total (Number) - the submissions that pass the filters
submissions--count-shown = { $total } başvuru gösteriliyor
# $count (Number) - rows selected
submissions--selected = { $count } seçili
filter--label = Filtreler
filter--any-status = Tüm durumlar
filter--any-judging = Tüm değerlendirmeler
filter--text = Başlıkta veya adlarda geçen sözcükler
filter--any-section = Tüm bölümler
filter--any-country = Tüm ülkeler
filter--any-language = Tüm diller
bulk--label = Seçili başvuruları değiştir
bulk--status = Yeni durum
bulk--judging = Yeni değerlendirme
bulk--status-unchanged = Durum: aynı kalsın
bulk--judging-unchanged = Değerlendirme: aynı kalsın
bulk--apply = Seçililere uygula
# $count (Number) - submissions the last change touched
bulk--undo = { $count } başvurudaki değişikliği geri al

import--open = İçe aktar…
import--heading = Başvuruları içe aktar
import--kind = Dosya türü
import--kind-filmfreeway = FilmFreeway dışa aktarımı (CSV veya Unicode metin)
import--kind-ddex = DDEX yayını (ERN XML)
import--path-label = İçe aktarılacak dosya
import--path-placeholder = Dosyanın yolu; dosyayı pencereye de bırakabilirsiniz
import--kind-table = Herhangi bir tablo (CSV veya XLSX), sütun eşlemesiyle
import--files-all = Tablolar ve DDEX mesajları
import--browse = Dosya seç…
import--encoding = Kodlama
import--encoding-detect = Otomatik algıla
import--mapping-name = Eşleme adı
import--mapping-saved = Kayıtlı eşlemeler
import--mapping-choose = Kayıtlı bir eşleme kullan…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = { $encoding } olarak okundu
# $column (String) - the column's header
import--target-of = “{ $column }” sütununun içeriği
import--target-field = Alan olarak sakla
import--target-id = Tanımlayıcı (eseri yeniden bulmak için)
import--target-title = Başlık
import--target-original-title = Özgün başlık
import--target-original-language = Özgün başlığın dili
import--target-synopsis = Sinopsis (İngilizce)
import--target-original-synopsis = Sinopsis (özgün dilde)
import--target-directors = Yönetmenler
import--target-writers = Senaristler
import--target-producers = Yapımcılar
import--target-cast = Oyuncular
import--target-countries = Ülkeler
import--target-languages = Diller
import--target-year = Yıl
import--target-runtime = Süre
import--target-completion-date = Tamamlanma tarihi
import--target-genres = Türler
import--target-category = Kategori (bölüm)
import--target-status = Başvuru durumu
import--target-judging = Değerlendirme durumu
import--target-submission-date = Başvuru tarihi
import--target-isan = ISAN numarası
import--target-eidr = EIDR tanımlayıcısı
import--target-isrc = ISRC kodu
import--target-iswc = ISWC kodu
import--target-ignore = Dışarıda bırak
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = Eser olmadıkları için içe aktarılmayanlar: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings = { $count ->
    [one] Bir uyarı: satır içe aktarıldı, ancak göz atmakta yarar var.
   *[other] { $count } uyarı: satırlar içe aktarıldı, ancak bunlara göz atmakta yarar var.
}
import--column-warning = Uyarı
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = “{ $value }” değerini { $suggestion } olarak kabul et
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = “{ $value }” artık burada ve sonraki her içe aktarmada { $suggestion } anlamına geliyor ({ $works ->
    [one] bir eser çözümlendi
   *[other] { $works } eser çözümlendi
}).
import--partial = Bazı satırlar reddedilse bile sorunsuz satırları içe aktar
import--dry-run = Yalnızca denetle, hiçbir şey kaydetme
import--run = İçe aktar
# $rows (Number) - rows read so far
import--progress = { $rows } satır okundu
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = İçe aktarılan: { $imported }, güncellenen: { $updated }, değişmeyen: { $unchanged }, reddedilen: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = Denetlendi, hiçbir şey kaydedilmedi. İçe aktarılacak: { $imported }, güncellenecek: { $updated }, değişmeden kalacak: { $unchanged }, reddedilecek: { $rejected }.
# $count (Number) - problems found
import--refused = Hiçbir şey içe aktarılmadı: önce { $count } sorunun düzeltilmesi gerekiyor.
import--column-line = Satır
import--column-column = Sütun
import--column-problem = Sorun

export--label = Dışa aktar:
export--format-csv = CSV dosyası
export--format-xlsx = Excel çalışma kitabı (XLSX)
export--format-json = JSON dosyası
# $path (String) - the file written
export--done = Dışa aktarıldı: { $path }

stats--by-country = Ülkeye göre aday eserler
stats--by-language = Dile göre aday eserler
stats--by-genre = Türe göre aday eserler
stats--by-status = Duruma göre aday eserler
# $count (Number) - entries in the edition
stats--total = { $count } aday eser

duplicates--heading = Olası mükerrer kayıtlar
duplicates--none = Olası mükerrer kayıt yok.
# $id (Number) - the work to keep
duplicates--keep = #{ $id } korunarak birleştir
duplicates--dismiss = Aynı değil
# $score (Number) - likeness from 0 to 1
duplicates--score = Benzerlik: { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = { $total } ikiliden { $shown } tanesi
duplicates--more = Daha fazla ikili göster
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = #{ $other } eseri #{ $keep } eseriyle birleştirilsin mi? #{ $other } eserine ait her başlık, sinopsis, künye bilgisi, tanımlayıcı, görsel ve başvuru #{ $keep } eserine taşınır ve #{ $other } kaldırılır. Bu işlem geri alınamaz.
duplicates--merge = Birleştir

edit--add-language = Dil ekle
edit--edit = Düzenle
edit--remove = Kaldır
# $language (String) - the language's name
edit--edit-language = { $language } başlığı ve sinopsisi düzenle
# $language (String) - the language's name
edit--remove-language = { $language } başlığı ve sinopsisi kaldır
edit--tag = Dil kodu
edit--tag-placeholder = BCP 47 dil kodu, ör. fr veya zh-Hant
edit--title = Başlık
edit--synopsis = Sinopsis
edit--original = Bu, özgün metin
edit--save = Kaydet
edit--cancel = İptal

identifier--add = Tanımlayıcı ekle
identifier--placeholder = ISAN, EIDR, ISRC veya ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = Birlik
alliance--heading = Birlik içi paylaşım
alliance--identity = Bu profil
alliance--identity-none = Bu profilin henüz bir kimliği yok. Diğer üyelerle paylaşım yapabilmek için bir kimlik oluşturun: anahtarları bu bilgisayarda kalır.
alliance--identity-name = Festivalin adı
alliance--identity-member = Üyenin kısa adı (birliğin sicilindeki gibi)
alliance--identity-country = Ülke (ISO kodu, iki harf)
alliance--passphrase = Parola
alliance--passphrase-hint = Yalnızca sistem anahtar zinciri kullanılamadığında, anahtarları mühürlemek için kullanılır. Parolayı saklayın: parola olmadan anahtarlar açılamaz.
alliance--identity-make = Anahtarları oluştur
alliance--fingerprint = Diğer üyelere okunacak parmak izi
alliance--qr-label = QR kodu olarak parmak izi
alliance--sealed-in-keychain = Anahtarlar sistem anahtar zincirinde tutuluyor.
alliance--sealed-in-passphrase = Anahtarlar bir parolayla mühürlü.
alliance--write-card = Üye kartını kaydet
alliance--card-written = Üye kartının kaydedildiği yer:
alliance--members = Üyeler
alliance--members-none = Henüz üye yok.
alliance--country-unknown = Ülke belirtilmemiş
alliance--card-path = Üye kartının yolu (.json)
alliance--import-card = Kartı içe aktar
# $member (String) - the member's name
alliance--card-imported = Üye kartı içe aktarıldı: { $member }.
# $member (String) - the member's name
alliance--card-rotated = Üye kartı içe aktarıldı: { $member }. Anahtarları yenilenmiş ve yeni anahtarları eski anahtar imzalamış.
alliance--compare = Karta güvenmeden önce bu parmak izini üyeye telefonda okuyun ya da yüz yüze karşılaştırın:
alliance--verify = Doğrulanmış olarak işaretle
alliance--verify-typed = Üyenin okuduğu parmak izi
alliance--points = Paylaşım noktaları
alliance--points-none = Henüz paylaşım noktası yok: birliğin buluştuğu klasörü veya web adresini ekleyin.
alliance--point-location = Klasör veya adres (https://…)
alliance--point-name = Ad (isteğe bağlı)
alliance--point-add = Ekle
alliance--point-remove = Kaldır
alliance--sync = Eşitleme
alliance--sync-button = Şimdi eşitle
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = Zarflar yayımlanıyor: { $done } / { $total }
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = Zarflar çekiliyor: { $done } / { $total }
alliance--unlock = Anahtarları aç
alliance--sync-log = Son eşitlemede yapılanlar
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = Gönderilen: { $published }, uygulanan: { $applied }, atlanan (başka üyeler için): { $skipped }, reddedilen: { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = { $seq } numaralı zarf ({ $kind }) uygulandı. Gönderen:
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = { $seq } numaralı zarf ({ $kind }) başka üyeler için olduğundan atlandı. Gönderen:
# $seq (Number) - the envelope's number
alliance--log-refused = { $seq } numaralı zarf reddedildi. Gönderen:
alliance--notes = Notlar
alliance--note-to = Alıcılar
alliance--note-no-cards = Bir üyeye yazabilmek için önce kartını içe aktarın.
alliance--note-to-all = Kimse işaretlenmedi: not, kartı kayıtlı olan her üyeye gider.
alliance--note-text = Not metni
alliance--note-send = Mühürle ve sıraya al
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = { $seq } numaralı not mühürlendi; bir sonraki eşitlemeyle gönderilecek.
alliance--notes-none = Henüz not yok.
envelope-kind--note = not
envelope-kind--card = üye kartı
envelope-kind--recommendation = öneri
envelope-kind--recommendation-state = öneriye yanıt
envelope-kind--catalogue = katalog
recommendations--heading = Öneriler
recommendations--inbox = Alınanlar
recommendations--outbox = Gönderilenler
recommendations--none = Henüz yok.
recommendations--from = Gönderen:
recommendations--to = Alıcı:
recommendations--history = Geçmiş
recommendations--edition = Eserin gireceği edisyon
recommendations--section = Bölüm
recommendations--section-suggested = Önerilen bölüm
recommendations--accept = Kabul et
recommendations--reason = Geri çevirme gerekçesi
recommendations--decline = Geri çevir
recommendations--program = Programa alındı olarak işaretle
recommendations--person = Jüri üyesi veya konuk öner
recommendations--person-name = Ad
recommendations--person-as = Rolü
recommendations--note = Üyeler için not
recommendations--send = Öner
catalogues--heading = Kataloglar
catalogues--publish = Bu festivalin kataloğunu yayımla
# $count (Number) - works in the catalogue
catalogues--published = { $count ->
    [one] Tek eserlik bir katalog mühürlendi; bir sonraki eşitlemeyle gönderilecek.
   *[other] { $count } eserlik bir katalog mühürlendi; bir sonraki eşitlemeyle gönderilecek.
}
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count }
catalogues--none = Henüz hiçbir üyenin kataloğu gelmedi.
catalogues--search = Kataloglarda her yazı sisteminde ara
# $edition (String) - the edition's name
catalogues--take = { $edition } edisyonuna al
# $edition (String) - the edition's name
catalogues--taken = { $edition } edisyonuna alındı
recommend--heading = Üyelere öner
recommend--sent = Öneri mühürlendi; bir sonraki eşitlemeyle gönderilecek.
recommend--history = Bu eserin önerileri
rights--heading = Gösterim hakları
rights--none = Kayıtlı gösterim hakkı yok.
rights--world = Dünya çapında
rights--territory = Bölge (ISO kodu ya da WORLD)
rights--excluded = hariç
directory--any = tümü
directory--none = yok
directory--alliance = Birlik
directory--tier = Kademe
directory--kind = Tür
directory--country = Ülke
directory--country-code = Ülke (ISO kodu)
directory--city = Şehir
directory--slug = Kısa ad
directory--name = Tam ad
directory--languages = Çalışma dilleri (dil kodları, virgülle ayrılmış)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = katılım: { $date }
directory--joined-input = Katılım tarihi (YYYY veya YYYY-MM-DD)
directory--add = Üye kaydet veya değiştir
directory--save = Üyeyi kaydet
# $member (String) - the member's name
directory--saved = “{ $member }” sicile kaydedildi.
directory--none-match = Bu filtrelere uyan üye yok.
registry--heading = Siciller
# $count (Number) - how many members
registry--members = { $count ->
    [one] bir üye
   *[other] { $count } üye
}
# $member (String) - the secretariat's short name
registry--secretariat = Sekretarya: { $member }
registry--no-secretariat = Henüz sekretarya belirlenmedi
# $date (String) - the date and time, already formatted
registry--issued = sicil tarihi: { $date }
registry--publish = Sicili yayımla
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = { $count ->
    [one] “{ $alliance }” birliğinin sicili (bir üye) mühürlendi; bir sonraki eşitlemeyle gönderilecek.
   *[other] “{ $alliance }” birliğinin sicili ({ $count } üye) mühürlendi; bir sonraki eşitlemeyle gönderilecek.
}
admissions--heading = Üyeliğe kabul
admissions--criteria = Kabul ölçütleri
admissions--criterion-key = Ölçütün kısa adı
admissions--criterion-text = Ölçüt, arayüz dilinde
admissions--criterion-add = Ölçütü ekle
admissions--apply = Yeni üyelik talebi
admissions--contact = İletişim bilgisi
admissions--submit = Üyelik talebini kaydet
admissions--applications = Üyelik talepleri
admissions--none = Henüz üyelik talebi yok.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = Henüz kanıt sunulmamış ölçütler: { $criteria }
admissions--sponsors = Destekleyen üyeler
admissions--sponsor-as = Destekleyen üye
admissions--sponsor-note = Destekçi üyenin görüşü
admissions--sponsor = Destekçi üyeyi ekle
admissions--outcome = Karar
admissions--on = Karar günü
admissions--for = Lehte
admissions--against = Aleyhte
admissions--abstain = Çekimser
admissions--decision-note = Karara ilişkin not
admissions--decide = Kararı kaydet
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = Karar tarihi { $date }: { $for } lehte, { $against } aleyhte, { $abstain } çekimser.
directory--view = Dizinin görünümü
directory--as-list = Liste
directory--as-map = Harita
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = Üyelerin dünya haritası — üyeler: { $members }; ülkeler: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — üyeler: { $count }
nav--jury = Jüri
jury--heading = Jüri
jury--section = Bölüm
jury--round = Tur
jury--no-round = Bu bölümün bu tur için henüz puanlama tablosu yok: önce ölçütlerini ekleyin (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric = { $entries ->
    [one] Puanlama tablosu — bir aday eser
   *[other] Puanlama tablosu — { $entries } aday eser
}
jury--assignment = Atama
jury--reviews-per-entry = Aday eser başına inceleme
jury--max-load = Jüri üyesi başına en fazla aday eser
jury--assign = İnceleyenleri ata
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = Yapılan atama: { $added }. İnceleyeni hâlâ eksik aday eser: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load = { $count ->
    [one] bir aday eser
   *[other] { $count } aday eser
}
jury--juror = Jüri üyesi
jury--scoring = Puanlama
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = Puanlanan: { $done } / { $total }
jury--progress-label = Puanlanan aday eserler
jury--keys = Tuşlar: bir rakam vurgulanan ölçütün puanını girer (0 on demektir), ↑ ve ↓ ölçütler arasında, ← ve → aday eserler arasında gezinir, N henüz puanlanmamış bir sonraki aday esere gider. Her değişiklik anında kaydedilir.
jury--screener = İzleme kopyasını izle
jury--saved = kaydedildi
jury--previous = Önceki aday eser
jury--next = Sonraki aday eser
jury--next-unscored = Puanlanacak sonraki aday eser
jury--nothing-to-score = Bu turda bu jüri üyesine atanmış aday eser yok.
jury--results = Sonuçlar
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = Jüri üyeleri arasındaki uyum (Krippendorff α): { $alpha }
jury--rank = Sıra
jury--work = Eser
jury--count = Jüri üyeleri
jury--normalized = Normalleştirilmiş ortalama
jury--mean = Ortalama
jury--disagreement = jüri üyeleri arasında görüş ayrılığı
jury--matrix = Kim neyi inceliyor
jury--assigned-cell = atandı
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = { $total } aday eserin ilk { $shown } tanesi gösteriliyor; sonuçlarda hepsi listelenir.
jury--distribution = Her jüri üyesinin ölçek üzerindeki toplamları
jury--distribution-label = Her jüri üyesinin toplamları ölçek üzerinde nokta, ortalaması ise çizgi olarak gösterilir: sert bir jüri üyesinin noktaları solda, hoşgörülü birininkiler sağda toplanır.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = { $count ->
    [one] bir aday eser üzerinden ortalama { $mean }
   *[other] { $count } aday eser üzerinden ortalama { $mean }
}
jury--ballots = Ödül oylamaları
jury--award = Ödül
jury--ballot-round = Oylama turu
jury--voter = Oy veren
jury--vote = Oyu kaydet
jury--tally = Oyları say
# $count (Number) - votes
jury--votes = { $count ->
    [one] bir oy
   *[other] { $count } oy
}
# $cast (Number) - votes cast
jury--no-winner = Bu turda kazanan yok (kullanılan oy: { $cast }): bir sonraki turda yeniden oy verin.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = Kazanan: “{ $title }” (kullanılan oy: { $cast }).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = Kazanan: “{ $title }”, { $round }. turda, { $cast } oydan { $votes } oyla.
jury--setup = Turu ayarla
jury--criterion-key = Ölçütün kısa adı
jury--criterion-label = Ölçüt, arayüz dilinde
jury--min = En düşük
jury--max = En yüksek
jury--step = Adım
jury--weight = Ağırlık
jury--criterion-add = Ölçütü ekle
jury--juror-email = Jüri üyesinin e-posta adresi
jury--juror-name = Jüri üyesinin adı
jury--juror-languages = Jüri üyesinin anladığı diller (dil kodları, virgülle ayrılmış)
jury--juror-card = Jüri üyesinin kart dosyası (paketler için)
jury--juror-add = Jüri üyesini ekle
# $what (String) - what was added
jury--setup-added = “{ $what }” eklendi.
jury--packets = Paketler ve puan formları
jury--file = Dosya (yolu)
jury--packet-export = Jüri üyesi için paket mühürle
jury--sheet-merge = Puan formu birleştir
jury--packet-open = Paket aç (jüri üyesinin dizüstü bilgisayarında)
jury--sheet-export = Puan formumu jüri başkanı için mühürle
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = { $entries ->
    [one] { $juror } için bir aday eser içeren paket yazıldı.
   *[other] { $juror } için { $entries } aday eser içeren paket yazıldı.
}
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = { $entries ->
    [one] “{ $chair }” üyesinin paketi açıldı: puanlanacak bir aday eser var.
   *[other] “{ $chair }” üyesinin paketi açıldı: puanlanacak { $entries } aday eser var.
}
# $scores (Number) - scores in the sheet
jury--sheet-written = { $scores ->
    [one] Bir puan içeren puan formu yazıldı.
   *[other] { $scores } puan içeren puan formu yazıldı.
}
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = { $juror } jüri üyesinin formu birleştirildi; eldekilerden daha yeni puan sayısı: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = { $juror } jüri üyesinin formu zaten birleştirilmiş; yapılacak bir şey yok.
jury--screener-file = Bu bilgisayardaki izleme kopyası
jury--screener-path = Bu bilgisayardaki bir izleme kopyası dosyası (yolu)
jury--screener-attach = Bu dosyayı puanların yanında oynat
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = “{ $title }” eserini { $juror } jüri üyesine ata
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = “{ $title }” eserini { $juror } jüri üyesinden geri al
jury--comment = Bu eser hakkındaki yorumunuz (siz yazdıkça kaydedilir; diğer jüri üyeleri hiçbir zaman görmez)
jury--conflict-reason = Gerekçe (çıkar çatışması)
jury--conflict-add = Çıkar çatışmasını beyan et
jury--conflict-declared = Çıkar çatışması beyan edildi: bu ikili hiçbir zaman atanmaz, puanlanmaz ve hesaba katılmaz.

export--save-as = Farklı kaydet…
work--unresolved = Yazıldığı gibi saklananlar
work--unresolved-country = Ülke
work--unresolved-language = Dil
work--unresolved-status = Başvuru durumu
