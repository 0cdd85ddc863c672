# The caravan command line: help text and the lines it prints.

cli--about = Caravan: diller ve sınırlar ötesinde festival küratörlüğü. Her komut --json ile de çalışır.
cli--usage-heading = Kullanım:
cli--commands-heading = Komutlar
cli--options-heading = Seçenekler
cli--arguments-heading = Bağımsız değişkenler
cli--command-value = KOMUT
cli--arg-help = Bu yardımı göster
cli--arg-version = Sürümü göster
cli--arg-db = Veritabanı dosyası (varsayılan: bu bilgisayarın veri klasöründeki Caravan dosyası; CARAVAN_DB ile de verilebilir)
cli--arg-lang = İletilerin ve başlıkların dili; fr veya zh-TW gibi bir BCP 47 dil kodu (CARAVAN_LANG ile de verilebilir)
cli--arg-json = Standart çıktıya tam olarak bir JSON belgesi yaz
cli--arg-generate = Caravan’ı büyük ölçekte denemek için bu sayıda üretilmiş eser de ekle
cli--arg-into = Üretilen eserleri bu edisyona, bölümlerine dağıtarak kaydet
cli--arg-slug = Küçük harf, rakam ve kısa çizgilerden oluşan kısa ad
cli--arg-name = Tam ad
cli--arg-year = Yıl
cli--arg-sections = Edisyonun bir bölümü, kısa adıyla (birden çok bölüm için tekrarlayın)
cli--arg-edition = Edisyon, kısa adıyla
cli--arg-limit = Kaç kayıt gösterileceği
cli--arg-offset = Baştan kaç kaydın atlanacağı (varsayılan 0)
cli--arg-work = Eser: numarası, ff: ile birlikte FilmFreeway Submission ID değeri, Tracking Number değeri ya da ISRC gibi bir tanımlayıcısı

cli--demo--about = Demo birliğini oluştur: üyeleri, iki edisyonu ve birçok yazı sisteminde eserleriyle (yeniden çalıştırmak hiçbir şeyi değiştirmez)
cli--edition--about = Festival edisyonları ekle
cli--edition-add--about = Bölümleriyle birlikte bir edisyon ekle
cli--editions--about = Festival edisyonları
cli--editions-list--about = Edisyonları ve bölümlerini listele
cli--works--about = Filmler ve müzik eserleri
cli--works-list--about = Eserleri, başlıkları seçilen dilde gösterilerek listele
cli--works-show--about = Bir eseri, başlıklarının tüm dil çeşitlemeleriyle göster

cli--error-prefix = Hata:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = Demo hazır. Birlikler: { $alliances }; üyeler: { $members }; edisyonlar: { $editions }; eserler: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = “{ $slug }” edisyonu eklendi.
cli--editions-none = Henüz edisyon yok.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = Eserler { $from }–{ $to } (toplam { $total })

cli--media--about = Afişler, film kareleri ve kapak görselleri
cli--media-add--about = Bir esere görsel ekle: görsel olduğu gibi saklanır, üç boyutta küçük resmi oluşturulur
cli--media-list--about = Bir eserin görsellerini listele
cli--media-remove--about = Bir görseli eserinden kaldır
cli--media-similar--about = Aynı resmi taşıyan eserleri bul
cli--arg-file = Okunacak dosya
cli--arg-kind = poster (afiş), still (film karesi) veya cover (kapak görseli); varsayılan poster
cli--arg-id = Görselin numarası
cli--media-none = Bu eserin henüz görseli yok.
# $id (Number) - the image removed
cli--media-removed = { $id } numaralı görsel kaldırıldı.
cli--media-no-similar = Aynı resmi taşıyan iki eser yok.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = { $a } ve { $b } numaralı eserler aynı resmi taşıyor (fark: { $distance } bit).

cli--import--about = Başvuruları FilmFreeway, başka herhangi bir tablo veya DDEX kaynağından içe aktar
cli--import-filmfreeway--about = FilmFreeway başvuru dışa aktarımını içe aktar (CSV ya da Excel’den kaydedilmiş UTF-16 metin)
cli--import-ddex--about = DDEX ERN yayın mesajını içe aktar (ERN 3.4–4.3): her ses kaydı ve müzik videosu bir müzik eseri olur
cli--import-table--about = Herhangi bir CSV veya XLSX başvuru tablosunu sütun eşlemesiyle içe aktar
cli--import-preview--about = Bir tablonun sütunlarını, ilk satırını ve sütun adlarına göre önerilen eşlemeyi göster
cli--arg-mapping = Sütun eşlemesi: filmfreeway, kayıtlı bir eşlemenin adı ya da bir eşlemenin JSON dosyası
cli--arg-encoding = Otomatik algılama yanlış tahmin ettiğinde metin dosyasının kodlaması (windows-1252, windows-1251, gb18030, shift_jis …)
cli--mappings--about = Tabloların içe aktarılmasında kullanılan sütun eşlemeleri
cli--mappings-list--about = Yerleşik ve kayıtlı sütun eşlemelerini listele
cli--mappings-show--about = Bir sütun eşlemesini göster
cli--mappings-save--about = Bir JSON dosyasındaki sütun eşlemesini kendi adıyla kaydet
cli--arg-mapping-name = Eşlemenin adı
cli--aliases--about = Hiçbir listenin tanımadığı adların anlamı; bu adları taşıyan her eser ve sonraki her içe aktarma için
cli--aliases-list--about = Takma adları listele
cli--aliases-add--about = Bir adın ne anlama geldiğini belirt (“Quatar” adını QA olarak kabul et)
cli--aliases-remove--about = Bir ada verilmiş anlamı unut
cli--arg-alias-vocabulary = Değer türü: country (ülke), language (dil) veya status (durum)
cli--arg-alias-name = Dosyalarda yazıldığı biçimiyle ad
cli--arg-alias-code = Adın karşılığı olan kod: ülke kodu, dil kodu veya durum
cli--unresolved--about = İçe aktarmaların yazıldığı gibi sakladığı değerleri, her birini kaç eserin taşıdığıyla birlikte listele
cli--arg-unresolved-edition = Yalnızca bu edisyonun eserleri
cli--arg-dry_run = Dosyayı denetle ve hiçbir şey kaydetmeden nelerin değişeceğini bildir
cli--arg-partial = Bazı satırlar reddedilse bile sorunsuz satırları içe aktar
cli--arg-section = Bölümün kısa adı
cli--ids--about = Eser tanımlayıcıları
cli--ids-check--about = Bir ISAN, EIDR, ISRC veya ISWC değerini denetle ve standart biçimde yazdır
cli--arg-value = Denetlenecek tanımlayıcı
cli--titles--about = Bir eserin başlıkları, dil dil
cli--titles-set--about = Bir dildeki başlığı ekle veya değiştir
cli--titles-remove--about = Bir dildeki başlığı kaldır
cli--synopses--about = Bir eserin sinopsisleri, dil dil
cli--synopses-set--about = Bir dildeki sinopsisi ekle veya değiştir
cli--synopses-remove--about = Bir dildeki sinopsisi kaldır
cli--arg-lang_tag = fr, zh-Hant veya sr-Latn gibi bir BCP 47 dil kodu
cli--arg-text = Metin
cli--arg-original = Bunu özgün metin olarak işaretle
cli--arg-provenance = submitted (başvurudan), curator (küratör) veya machine (makine çevirisi); varsayılan curator
cli--search--about = Eserleri herhangi bir başlık, yönetmen veya sanatçıya göre, her yazı sisteminde bul
cli--arg-query = Aranacak ifade
cli--duplicates--about = Olası mükerrer başvuruları listele ya da bir ikiliyi birleştir veya yok say
cli--duplicates-merge--about = İkinci eseri birinciyle birleştir; her dil, künye bilgisi ve geçmiş korunur
cli--duplicates-dismiss--about = İki eserin aynı olmadığını kalıcı olarak belirt
cli--arg-keep = Korunacak eser
cli--arg-other = Onunla birleştirilecek eser
cli--arg-a = Bir eser
cli--arg-b = Diğer eser
cli--export--about = Bir edisyonun başvurularını CSV, XLSX veya JSON olarak dışa aktar
cli--arg-format = csv, xlsx veya json
cli--arg-out = Yazılacak dosya
cli--arg-status = Yalnızca bu başvuru durumu (ör. in-consideration)
cli--arg-judging = Yalnızca bu değerlendirme durumu veya etiketi
cli--arg-country = Yalnızca bu ülkeden eserler (ISO kodu)
cli--arg-language = Yalnızca bu dildeki eserler (BCP 47 dil kodu)
cli--submissions--about = Bir edisyonun başvuruları
cli--submissions-list--about = Bir edisyonun başvurularını listele
cli--submissions-stats--about = Bir edisyonun aday eserlerini ülkeye, dile, türe ve duruma göre say
cli--submissions-status--about = Başvuruların durumunu değiştir
cli--arg-ids = Başvuru numaraları
cli--arg-set = Başvurulara verilecek başvuru durumu
cli--arg-to_judging = Başvurulara verilecek değerlendirme durumu veya festival etiketi
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = { $rows } satır okundu (%{ $percent })
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = İçe aktarılan: { $imported }, güncellenen: { $updated }, değişmeyen: { $unchanged }, reddedilen: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = Deneme çalıştırması, hiçbir şey kaydedilmedi. İçe aktarılacak: { $imported }, güncellenecek: { $updated }, değişmeden kalacak: { $unchanged }, reddedilecek: { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = Geçerli bir { $kind }.
cli--search-none = Hiçbir şey bulunamadı.
cli--duplicates-none = Olası mükerrer kayıt yok.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = { $a } ve { $b } eserleri bir daha mükerrer kayıt olarak önerilmeyecek.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [one] Bir eser { $path } dosyasına yazıldı.
   *[other] { $count } eser { $path } dosyasına yazıldı.
}
# $count (Number) - entries
cli--stats-total = { $count } aday eser
cli--stats-by-country = Ülkeye göre
cli--stats-by-language = Dile göre
cli--stats-by-genre = Türe göre
cli--stats-by-status = Duruma göre
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [one] Bir başvuru değiştirildi ({ $change } numaralı değişiklik).
   *[other] { $count } başvuru değiştirildi ({ $change } numaralı değişiklik).
}
cli--submissions-undo--about = Bir durum değişikliğini geri al; etkilediği her başvuru eski hâline döner
cli--arg-change = Durum değişikliği sırasında bildirilen değişiklik numarası
cli--arg-after = Bu imleçten sonra devam et (önceki sayfanın “next” değeri)
cli--arg-sort = Bu sütuna göre sırala; tersine çevirmek için :desc ekleyin (title, --lang ile seçilen dilin alfabetik sırasına göre sıralanır)
cli--arg-q = Yalnızca başlığında veya künyedeki adlarda bu sözcükler geçen eserler
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = { $total } başvurudan { $shown } tanesi
cli--ids-add--about = Bir esere denetlenmiş bir ISAN, EIDR, ISRC veya ISWC ekle

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = Bu profilin kimliği: adı, üyesi ve anahtarları
cli--identity-init--about = Bu profilin anahtarlarını oluştur (sistem anahtar zincirinde tutulur ya da CARAVAN_PASSPHRASE ile mühürlenir)
cli--identity-show--about = Bu profilin kimliğini ve parmak izini göster
cli--identity-card--about = Bu profilin üye kartını, diğer üyelere verilmek üzere yaz
cli--identity-rotate--about = Bu profilin anahtarlarını yenile; akışını izleyen üyeler yeni anahtarları benimser
cli--members--about = Birliğin üyeleri ve onlar için tutulan kartlar
cli--members-import-card--about = Bir üyenin kartını içe aktar ve üyeyle karşılaştırmak için parmak izini göster
cli--members-list--about = Üyeleri, her kartın parmak izi ve doğrulanıp doğrulanmadığıyla birlikte listele
cli--members-verify--about = Parmak izi üyeyle karşılaştırıldıktan sonra üyenin kartını doğrulanmış olarak işaretle
cli--exchange--about = Üyelerin Caravan kopyaları arasında gidip gelen zarflar
cli--exchange-points--about = Birliğin buluştuğu klasörler ve web adresleri
cli--exchange-points-add--about = Bir paylaşım noktasını kaydet: bir klasör (USB bellek, paylaşılan sürücü) ya da bir WebDAV adresi
cli--exchange-points-list--about = Paylaşım noktalarını listele
cli--exchange-points-remove--about = Bir paylaşım noktasını unut
cli--exchange-note--about = Üyelere ekli dosya veya görsellerle birlikte bir not gönder (not onlara mühürlenir)
cli--exchange-notes--about = Üyelerin gönderdiği notları listele
cli--exchange-publish--about = Bu profilin yeni zarflarını bir paylaşım noktasına yaz (nokta belirtilmezse hepsine)
cli--exchange-pull--about = Üyelerin yeni zarflarını bir paylaşım noktasından çek (nokta belirtilmezse hepsinden)
cli--arg-member = Üyenin kısa adı
cli--arg-member-country = Üyenin ülkesi (ISO kodu)
cli--arg-working-language = Üyenin çalıştığı bir dil (BCP 47 dil kodu); birden çok dil için tekrarlayın
cli--arg-fingerprint = Üyenin size okuduğu parmak izi (boşluklar ve tireler yazılmayabilir)
cli--arg-recipients = Gönderilecek üye (kısa adıyla); birden çok üye için tekrarlayın veya virgülle ayırın
cli--arg-everyone = Kartı kayıtlı olan her üyeye gönder
cli--arg-note-lang = Notun yazıldığı dil (BCP 47 dil kodu)
cli--arg-attach = Eklenecek bir dosya; birden çok dosya için tekrarlayın
cli--arg-image = Görsel deposundan eklenecek bir görsel, numarasıyla; birden çok görsel için tekrarlayın
cli--arg-point = Yazılacak paylaşım noktası: bir klasör ya da bir WebDAV adresi
cli--arg-point-from = Okunacak paylaşım noktası: bir klasör ya da bir web adresi
cli--arg-location = Bir klasör ya da bir web adresi (http:// veya https://)
cli--arg-point-name = Paylaşım noktasını tanımak için bir ad
cli--arg-point-id = Paylaşım noktasının numarası
cli--fingerprint = Parmak izi
cli--sealed-in-keychain = Anahtarlar sistem anahtar zincirinde tutuluyor.
cli--sealed-in-passphrase = Anahtarlar bir parolayla mühürlü.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = Kart { $path } dosyasına yazıldı. Parmak izi: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = “{ $member }” üyesinin kartı içe aktarıldı.
# $member (String) - the member's short name
cli--card-rotated = “{ $member }” üyesinin kartı içe aktarıldı: anahtarları yenilenmiş ve yeni anahtarları eski anahtar imzalamış.
cli--card-compare = Bu parmak izini telefonda ya da yüz yüze üyeyle karşılaştırın, ardından şunu çalıştırın: caravan members verify MEMBER FINGERPRINT
cli--members-none = Henüz üye yok.
cli--points-none = Henüz paylaşım noktası yok.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = { $seq } numaralı not şu alıcılara mühürlendi: { $to }. Not, bir sonraki yayımlamayla gönderilecek.
cli--notes-none = Henüz not yok.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [one] { $location } konumuna bir zarf yazıldı.
   *[other] { $location } konumuna { $count } zarf yazıldı.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = Uygulanan: { $applied }, atlanan (başka üyeler için): { $skipped }, reddedilen: { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: { $total } zarftan { $done } tanesi

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = Bir üyenin anahtarını iptal et: bu anahtarın imzaladığı hiçbir şey artık kabul edilmez
cli--recommend--about = Üyelere bir eser, bir jüri üyesi veya bir konuk öner
cli--recommend-work--about = Üyelere bir eseri başlıkları, künyesi, hakları ve afişleriyle birlikte öner
cli--recommend-person--about = Üyelere bir kişiyi jüri üyesi veya konuk olarak öner
cli--recommendations--about = Gönderilen ve alınan öneriler ile yanıtları
cli--recommendations-list--about = Önerileri en yeniden başlayarak durumlarıyla birlikte listele
cli--recommendations-show--about = Bir öneriyi, her üyedeki durumu ve geçmişiyle birlikte göster
cli--recommendations-accept--about = Alınan bir öneriyi kabul et: eser bir edisyonun bölümüne girer
cli--recommendations-decline--about = Alınan bir öneriyi gerekçesiyle geri çevir
cli--recommendations-program--about = Kabul edilen bir eserin programa alındığını belirt
cli--rights--about = Bir eserin bölgelere göre gösterim hakları
cli--rights-set--about = Bir eserin nerede ve ne zaman gösterilebileceğini ayarla
cli--rights-show--about = Bir eserin gösterim haklarını göster
cli--catalogue--about = Üyelerin eser katalogları
cli--catalogue-publish--about = Bu profilin kataloğunu (tüm eserler ya da belirtilenler) üyelere mühürle
cli--catalogue-search--about = Üyelerin yayımladığı kataloglarda her yazı sisteminde ara
cli--catalogue-take--about = Bir üyenin kataloğundaki bir eseri bir edisyonun bölümüne al
cli--arg-recommend-to = Öneri yapılacak üyeler (kısa adlarıyla; tekrarlayarak veya virgülle ayırarak) ya da all
cli--arg-recommend-note = Üyeler için bir not
cli--arg-recommend-note-lang = Notun dili (BCP 47 dil kodu)
cli--arg-recommend-section = Önerilen bölüm (kısa adıyla)
cli--arg-person-as = judge (jüri üyesi) veya guest (konuk)
cli--arg-person-name-lang = Adın dili veya yazı sistemi (BCP 47 dil kodu)
cli--arg-person-name-in = Başka bir yazı sisteminde ad, LANG=TEXT biçiminde; birden çok ad için tekrarlayın
cli--arg-person-role = Kişinin bir görevi veya unvanı; birden çoğu için tekrarlayın
cli--arg-person-language = Kişinin çalıştığı bir dil (BCP 47 dil kodu); birden çok dil için tekrarlayın
cli--arg-person-country = Kişinin ülkesi (ISO kodu)
cli--arg-person-contact = Kişiye nasıl ulaşılacağı
cli--arg-recommendations-work = Yalnızca bu eserle ilgili öneriler
cli--arg-recommendations-direction = Yalnızca gelen ya da yalnızca giden öneriler
cli--arg-recommendation-id = Önerinin numarası
cli--arg-decline-reason = Öneriyi yapan üyeye iletilecek geri çevirme gerekçesi
cli--arg-rights-territory = Eserin gösterilebileceği bir bölge (ISO kodu ya da world), isteğe bağlı FROM:UNTIL zaman aralığıyla (YYYY-MM-DD); birden çok bölge için tekrarlayın
cli--arg-rights-except = Dünya çapındaki haktan çıkarılan bir bölge (ISO kodu); tekrarlayın veya virgülle ayırın
cli--arg-catalogue-work = Yayımlanacak bir eser (belirtilmezse tüm eserler); birden çok eser için tekrarlayın
cli--arg-catalogue-query = Başlıkta veya adlarda geçen sözcükler, herhangi bir yazı sisteminde
cli--arg-catalogue-member = Yalnızca bu üyenin kataloğu
cli--arg-catalogue-entry = Katalog kaydının numarası
cli--recommendations-none = Henüz öneri yok.
cli--rights-none = Kayıtlı gösterim hakkı yok.
cli--catalogue-none = Katalog kaydı yok.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [one] Tek eserlik bir katalog mühürlendi ({ $seq } numaralı zarf); bir sonraki yayımlamayla gönderilecek.
   *[other] { $count } eserlik bir katalog mühürlendi ({ $seq } numaralı zarf); bir sonraki yayımlamayla gönderilecek.
}
cli--members-add--about = Sicile bir üye kaydet ya da üyenin kaydını değiştir; bir birlikteki üyeliğiyle birlikte
cli--members-show--about = Bir üyeyi göster: türü, ülkesi, dilleri, iletişim bilgileri ve üyelikleri
cli--arg-member-name = Üyenin tam adı
cli--arg-member-kind = Üyenin türü: festival (festival kuruluşu), institution (kurum), company (şirket) veya artist (sanatçı)
cli--arg-member-city = Üyenin şehri
cli--arg-member-lang = Bir çalışma dili (tekrarlayın veya virgülle ayırın), tercih sırasına göre
cli--arg-member-contact = Bir iletişim bilgisi, KIND=VALUE biçiminde; KIND şunlardan biri olur: email, phone, web veya address (daha fazlası için tekrarlayın)
cli--arg-member-alliance = Üyesi olduğu birlik
cli--arg-member-tier = O birlikteki kademesi
cli--arg-member-joined = Katılım tarihi: YYYY veya YYYY-MM-DD
cli--arg-filter-alliance = Yalnızca bu birliğin üyeleri
cli--arg-filter-country = Yalnızca bu ülkedeki üyeler (ISO 3166 kodu)
cli--arg-filter-tier = Yalnızca bu kademedeki üyeler
cli--arg-filter-kind = Yalnızca bu türdeki üyeler: festival, institution, company veya artist
cli--arg-filter-lang = Yalnızca bu dilde çalışan üyeler
cli--alliance--about = Bir birlik: ekle, göster, kademelerini ve kabul ölçütlerini tanımla
cli--alliance-add--about = Bir birlik ekle ya da adını değiştir
cli--alliance-show--about = Bir birliği kademeleri ve kabul ölçütleriyle göster
cli--alliance-tier--about = Birliğin kendine özgü kademelerinden birini ekle ya da adını değiştir
cli--alliance-criterion--about = Bir kabul ölçütü ekle ya da ifadesini değiştir
cli--alliances--about = Bu kopyanın tanıdığı birlikler
cli--alliances-list--about = Birlikleri kademeleri ve kabul ölçütleriyle listele
cli--registry--about = Bir birliğin üye sicili, sekretaryanın yayımladığı biçimiyle
cli--registry-publish--about = Birliğin sicilini her üyeye mühürle; sicil bir sonraki yayımlamayla gönderilir
cli--admissions--about = Bir birliğe katılmak için yapılan üyelik talepleri: kanıtlar, destekçi üyeler ve karar
cli--admissions-apply--about = Birliğin ölçütlerine ilişkin kanıtlarla bir üyelik talebi kaydet
cli--admissions-list--about = Üyelik taleplerini en yeniden başlayarak listele
cli--admissions-show--about = Bir üyelik talebini kanıtları, destekçi üyeleri ve kararıyla göster
cli--admissions-sponsor--about = Birliğin bir üyesinin bir üyelik talebini desteklediğini kaydet
cli--admissions-decide--about = Bir üyelik talebine ilişkin kararı, tarihi ve oylarıyla kaydet
cli--arg-alliance = Birliğin kısa adı
cli--arg-alliance-name = Birliğin tam adı
cli--arg-alliance-founded = Birliğin kuruluş yılı
cli--arg-alliance-secretariat = Bu kopyanın, yayımladığı sicili izlediği üye
cli--arg-tier-key = Kademenin kısa adı
cli--arg-tier-label = Kademenin bir dildeki adı, LANG=TEXT biçiminde (daha fazlası için tekrarlayın)
cli--arg-criterion-key = Ölçütün kısa adı
cli--arg-criterion-text = Ölçütün bir dildeki metni, LANG=TEXT biçiminde (daha fazlası için tekrarlayın)
cli--arg-registry-alliance = Sicili yayımlanacak birlik
cli--arg-applicant = Talep sahibinin üye olduğunda kullanacağı kısa ad
cli--arg-apply-alliance = Üyelik talep edilen birlik
cli--arg-apply-name = Talep sahibinin tam adı
cli--arg-apply-kind = Talep sahibinin türü: festival (festival kuruluşu), institution (kurum), company (şirket) veya artist (sanatçı)
cli--arg-apply-country = Talep sahibinin ülkesi, ISO 3166 kodu
cli--arg-apply-lang = Talep sahibinin bir çalışma dili (tekrarlayın veya virgülle ayırın)
cli--arg-apply-contact = Talep sahibine nasıl ulaşılacağı
cli--arg-apply-tier = Talep edilen kademe
cli--arg-apply-evidence = Bir ölçüte ilişkin kanıt, KEY=TEXT biçiminde (her ölçüt için tekrarlayın)
cli--arg-applications-alliance = Yalnızca bu birliğe yapılan üyelik talepleri
cli--arg-applications-state = Yalnızca bu durumdaki üyelik talepleri: open (açık), admitted (kabul edildi), refused (reddedildi) veya withdrawn (geri çekildi)
cli--arg-application = Üyelik talebinin numarası
cli--arg-sponsor-note = Destekçi üyenin talep sahibi hakkında söyledikleri
cli--arg-outcome = Karar: admit (kabul), refuse (ret) veya withdraw (talep sahibi geri çekti)
cli--arg-decide-on = Karar günü, YYYY-MM-DD
cli--arg-decide-for = Lehte oylar
cli--arg-decide-against = Aleyhte oylar
cli--arg-decide-abstain = Çekimser oylar
cli--arg-decide-note = Karara ilişkin bir not
cli--arg-decide-tier = Kabul edilen üyenin gireceği kademe (belirtilmezse talep edilen kademe)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = { $count ->
    [one] “{ $alliance }” birliğinin sicili (bir üye) mühürlendi ({ $seq } numaralı zarf); bir sonraki yayımlamayla gönderilecek.
   *[other] “{ $alliance }” birliğinin sicili ({ $count } üye) mühürlendi ({ $seq } numaralı zarf); bir sonraki yayımlamayla gönderilecek.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count ->
    [one] bir üye; sekretarya: { $secretariat }
   *[other] { $count } üye; sekretarya: { $secretariat }
}
cli--alliance-tier = kademe
cli--alliance-criterion = ölçüt
cli--applications-none = Üyelik talebi yok.
# $criterion (String) - the criterion's short name
cli--application-missing = { $criterion } için kanıt yok
# $member (String) - the sponsor's short name
cli--application-sponsor = destekleyen: { $member }
# $on (String) - the day of the decision
cli--application-decision = karar tarihi { $on }: { $for } lehte, { $against } aleyhte, { $abstain } çekimser
cli--members-leave--about = Bir üyenin bir birlikteki üyeliğini sonlandır; bir sonraki yayımlanan sicil üyenin ayrıldığını bildirir
cli--arg-leave-alliance = Üyenin ayrıldığı birlik
cli--jury--about = Jüriler: turlar ve puanlama tabloları, jüri üyeleri, çıkar çatışmaları, atama, puanlar ve sonuçlar
cli--jury-criterion--about = Bir turun puanlama tablosu
cli--jury-criterion-add--about = Bir turun puanlama tablosuna ölçüt ekle ya da ölçütü değiştir
cli--jury-juror--about = Jüri üyeleri
cli--jury-juror-add--about = Bir jüri üyesi ekle ya da bilgilerini değiştir; jüri üyeleri her yerde e-posta adresleriyle belirtilir
cli--jury-conflict--about = Çıkar çatışmaları
cli--jury-conflict-add--about = Bir jüri üyesiyle bir eser, bir kişi veya bir üye arasında çıkar çatışması beyan et
cli--jury-conflicts--about = Bir turdaki beyan edilmiş ya da saptanmış tüm çatışmalı ikililer ve nedenleri
cli--jury-round--about = Bir turu ayarla: son tarihi, kör inceleme ve alacağı kısa liste
cli--jury-rubric--about = Bir turun puanlama tablosunu göster
cli--jury-assign--about = Her aday esere inceleyenlerini ata (yükler dengeli, çıkar çatışması olmadan) ya da tek bir ikili ekle veya kaldır
cli--jury-assign-add--about = Bir jüri üyesine bir eseri elle ata
cli--jury-assign-remove--about = Bir atamayı puanlarıyla birlikte kaldır
cli--jury-score--about = Atanmış bir jüri üyesinin bir puanını gir
cli--jury-scores--about = Kâğıttan aktarılan puanlar
cli--jury-scores-import--about = Puanları bir CSV dosyasından içe aktar: jüri üyesi, eser, ölçüt, değer, yorum
cli--jury-results--about = Bir turun sonuçları: ortalamalar, normalleştirilmiş ortalamalar, Schulze sıralaması, Borda puanları ve uyum
cli--arg-jury-section = Bölüm (kısa adıyla)
cli--arg-jury-edition = Bölümün kısa adı birden fazla edisyonda kullanılıyorsa edisyon
cli--arg-jury-round = Tur (belirtilmezse 1)
cli--arg-round-deadline = Turun son tarihi, YYYY-MM-DD
cli--arg-round-blind = Bu turda başvuru sahiplerini ve künyeyi jüri üyelerinden gizle
cli--arg-round-shortlist = Önceki turun en iyi aday eserlerinden bu kadarını al
cli--arg-rubric-key = Ölçütün kısa adı
cli--arg-rubric-label = Ölçütün arayüz dilindeki adı
cli--arg-rubric-label-in = Ölçütün başka bir dildeki adı, LANG=TEXT biçiminde (daha fazlası için tekrarlayın)
cli--arg-rubric-min = En düşük puan
cli--arg-rubric-max = En yüksek puan
cli--arg-rubric-step = Puanlar arasındaki adım (belirtilmezse 1)
cli--arg-rubric-weight = Ölçütün toplamdaki ağırlığı (belirtilmezse 1)
cli--arg-juror-email = Jüri üyesinin e-posta adresi
cli--arg-juror-name = Jüri üyesinin adı, kendi yazdığı biçimiyle
cli--arg-juror-name-in = Başka bir yazı sisteminde ad, LANG=TEXT biçiminde (daha fazlası için tekrarlayın)
cli--arg-juror-lang = Jüri üyesinin anladığı bir dil (komuttan sonra --lang olarak yazılır; tekrarlayın veya virgülle ayırın)
cli--arg-juror-country = Jüri üyesinin ülkesi, ISO 3166 kodu
cli--arg-juror-member = Jüri üyesinin bağlı olduğu üye
cli--arg-juror-company = Jüri üyesinin çalıştığı yapım şirketi
cli--arg-juror-section = Jüri üyesinin jürisinde yer aldığı bir bölüm (daha fazlası için tekrarlayın)
cli--arg-conflict-juror = Jüri üyesinin e-posta adresi
cli--arg-conflict-work = Eser (numarası, ff:SUBMISSION_ID, takip numarası ya da bir tanımlayıcı)
cli--arg-conflict-person = Eserlerin künyesinde geçtiği biçimiyle bir kişi
cli--arg-conflict-member = Bir üye (kısa adıyla)
cli--arg-conflict-reason = Gerekçe
cli--arg-assign-section = Bölüm (kısa adıyla)
cli--arg-assign-edition = Bölümün kısa adı birden fazla edisyonda kullanılıyorsa edisyon
cli--arg-assign-round = Tur (belirtilmezse 1)
cli--arg-assign-reviews = Her aday eseri kaç farklı jüri üyesinin inceleyeceği
cli--arg-assign-max-load = Bir jüri üyesinin inceleyeceği en fazla aday eser sayısı (önceden atanmış olanlar dahil)
cli--arg-pair-juror = Jüri üyesinin e-posta adresi
cli--arg-pair-work = Eser (numarası, ff:SUBMISSION_ID, takip numarası ya da bir tanımlayıcı)
cli--arg-score-juror = Jüri üyesinin e-posta adresi
cli--arg-score-work = Eser (numarası, ff:SUBMISSION_ID, takip numarası ya da bir tanımlayıcı)
cli--arg-score-criterion = Ölçütün kısa adı
cli--arg-score-value = Ölçütün ölçeğine göre puan
cli--arg-scores-file = CSV dosyası
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [one] “{ $section }” bölümünün { $round }. turu, bir aday eser:
   *[other] “{ $section }” bölümünün { $round }. turu, { $entries } aday eser:
}
cli--conflicts-none = Çıkar çatışması yok.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [one] Bir atama yapıldı, toplam { $total } atama var; inceleyeni eksik aday eserler: { $uncovered }.
   *[other] { $added } atama yapıldı, toplam { $total } atama var; inceleyeni eksik aday eserler: { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = Puanlar: { $imported } yeni, { $updated } değişti, { $unchanged } aynı kaldı.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = Uyum (Krippendorff α, toplamlar): { $alpha }
cli--jury-packet--about = Jüri paketleri: jüri üyesinin çevrimdışı puanlama için yanında götürdükleri
cli--jury-packet-export--about = Bir jüri üyesi için paket mühürle: yalnızca o jüri üyesinin aday eserleri, puanlama tablosu, afişler ve izleme kopyası bağlantılarıyla
cli--jury-packet-open--about = Bir paketi jüri üyesinin dizüstü bilgisayarında aç; bu işlem jüri üyesinin profilini oluşturur
cli--jury-sheet--about = Puan formları: jüri üyesinin jüri başkanı için imzalanmış puanları
cli--jury-sheet-export--about = Bu jüri üyesinin puan formunu jüri başkanı için mühürle
cli--jury-sheet-merge--about = Bir jüri üyesinin puan formunu birleştir: daha yeni puanlar geçerli olur, sıra ne olursa olsun sonuç aynıdır
cli--arg-juror-card = Jüri üyesinin kartı (“identity card” komutunun jüri üyesinin dizüstü bilgisayarında yazdığı dosya)
cli--arg-packet-juror = Jüri üyesinin e-posta adresi
cli--arg-packet-out = Yazılacak dosya
cli--arg-packet-file = Paket dosyası
cli--arg-sheet-out = Yazılacak dosya
cli--arg-sheet-file = Puan formu dosyası
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [one] { $juror } için bir aday eser içeren paket: { $path }
   *[other] { $juror } için { $entries } aday eser içeren paket: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [one] “{ $chair }” üyesinin paketi açıldı: puanlanacak bir aday eser var.
   *[other] “{ $chair }” üyesinin paketi açıldı: puanlanacak { $entries } aday eser var.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [one] Bir puan içeren puan formu: { $path }
   *[other] { $scores } puan içeren puan formu: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = { $juror } jüri üyesinin formu: { $scores } puan; bunların { $applied } tanesi eldekilerden daha yeni.
# $juror (String) - the juror's email
cli--sheet-already = { $juror } jüri üyesinin formu zaten birleştirilmiş; yapılacak bir şey yok.
cli--award--about = Ödüller: bir edisyonun ödül kategorileri ve oylamaları
cli--award-add--about = Bir edisyona ödül kategorisi ekle ya da kategoriyi değiştir
cli--award-vote--about = Bir oylama turunda bir jüri üyesinin oyunu kaydet
cli--award-tally--about = Bir oylama turunun oylarını say ve varsa kazananı kaydet
cli--awards--about = Bir edisyonun ödülleri
cli--awards-list--about = Bir edisyonun ödüllerini kazananlarıyla birlikte listele
cli--arg-award-key = Ödülün kısa adı
cli--arg-award-edition = Edisyon
cli--arg-award-label = Ödülün arayüz dilindeki adı
cli--arg-award-label-in = Ödülün başka bir dildeki adı, LANG=TEXT biçiminde (daha fazlası için tekrarlayın)
cli--arg-award-shared = Bu ödülü kazanan eser başka ödüller de kazanabilir
cli--arg-award-absolute-rounds = Göreli çoğunluğun karar vermesinden önce salt çoğunluk aranan tur sayısı (belirtilmezse 2)
cli--arg-vote-award = Ödülün kısa adı
cli--arg-vote-work = Oy verilen eser (numarası, ff:SUBMISSION_ID, takip numarası ya da bir tanımlayıcı)
cli--arg-vote-edition = Edisyon
cli--arg-vote-round = Oylama turu (belirtilmezse 1)
cli--arg-vote-voter = Oy veren: bir jüri üyesinin e-posta adresi
cli--arg-tally-award = Ödülün kısa adı
cli--arg-tally-edition = Edisyon
cli--arg-tally-round = Oylama turu (belirtilmezse 1)
cli--arg-awards-edition = Edisyon
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = { $work } numaralı eser kazandı (kullanılan oy: { $cast }).
# $cast (Number) - votes cast
cli--tally-undecided = Bu turda kazanan yok (kullanılan oy: { $cast }): bir sonraki turda yeniden oy verin.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = kazanan: “{ $title }”, { $round }. turda, { $cast } oydan { $votes } oyla
cli--jury-screener--about = Bu bilgisayardaki bir izleme kopyası dosyasını bir esere ekle; dosya pencerede puanların yanında oynatılır
cli--arg-screener-work = Eser (numarası, ff:SUBMISSION_ID, takip numarası ya da bir tanımlayıcı)
cli--arg-screener-file = Video dosyası (WebM, MP4, M4V, MKV, MOV veya OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = { $encoding } olarak okundu.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = “{ $name }” artık { $code } anlamına geliyor ({ $works ->
    [one] bir eser çözümlendi
   *[other] { $works } eser çözümlendi
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = İçe aktarılmadı: { $count } × { $kind } (eser değil).
