# The caravan command line: help text and the lines it prints.

cli--about = Caravan: kurasi festival merentas bahasa dan sempadan. Setiap perintah juga berfungsi dengan --json.
cli--usage-heading = Penggunaan:
cli--commands-heading = Perintah
cli--options-heading = Pilihan
cli--arguments-heading = Argumen
cli--command-value = PERINTAH
cli--arg-help = Papar bantuan ini
cli--arg-version = Papar versi
cli--arg-db = Fail pangkalan data (lalai: fail Caravan dalam folder data komputer ini; juga CARAVAN_DB)
cli--arg-lang = Bahasa mesej dan tajuk, iaitu tag BCP 47 seperti fr atau zh-TW (juga CARAVAN_LANG)
cli--arg-json = Cetak tepat satu dokumen JSON pada output standard
cli--arg-generate = Tambah juga sebanyak ini karya yang dijana, untuk mencuba Caravan pada skala besar
cli--arg-into = Masukkan karya yang dijana ke dalam edisi ini, disebarkan merentas seksyennya
cli--arg-slug = Nama pendek yang terdiri daripada huruf kecil, digit dan tanda sempang
cli--arg-name = Nama penuh
cli--arg-year = Tahun
cli--arg-sections = Seksyen edisi, mengikut slug (ulang untuk beberapa seksyen)
cli--arg-edition = Edisi, mengikut slugnya
cli--arg-limit = Bilangan yang hendak dipaparkan
cli--arg-offset = Bilangan yang dilangkau dahulu (lalai 0)
cli--arg-work = Karya: nombornya, ff: diikuti Submission ID FilmFreeway, Tracking Number, atau pengecam seperti ISRC

cli--demo--about = Sediakan perikatan demo: ahlinya, dua edisi dan karya dalam pelbagai tulisan (menjalankannya semula tidak mengubah apa-apa)
cli--edition--about = Tambah edisi festival
cli--edition-add--about = Tambah edisi berserta seksyennya
cli--editions--about = Edisi festival
cli--editions-list--about = Senaraikan edisi dan seksyennya
cli--works--about = Filem dan muzik
cli--works-list--about = Senaraikan karya, dengan tajuk dalam bahasa yang dipilih
cli--works-show--about = Papar satu karya dengan setiap varian bahasa tajuknya

cli--error-prefix = Ralat:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = Demo sedia. Perikatan: { $alliances }; ahli: { $members }; edisi: { $editions }; karya: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = Edisi “{ $slug }” ditambah.
cli--editions-none = Belum ada edisi.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = Karya { $from }–{ $to } daripada { $total }

cli--media--about = Poster, gambar pegun dan seni kulit
cli--media-add--about = Tambah imej pada karya: disimpan seadanya, dengan lakaran kecil dalam tiga saiz
cli--media-list--about = Senaraikan imej karya
cli--media-remove--about = Alih keluar imej daripada karyanya
cli--media-similar--about = Cari karya yang membawa gambar yang sama
cli--arg-file = Fail yang hendak dibaca
cli--arg-kind = poster, still atau cover (lalai poster)
cli--arg-id = Nombor imej
cli--media-none = Karya ini belum mempunyai imej.
# $id (Number) - the image removed
cli--media-removed = Imej { $id } dialih keluar.
cli--media-no-similar = Tiada dua karya yang membawa gambar yang sama.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = Karya { $a } dan { $b } membawa gambar yang sama (perbezaan { $distance }).

cli--import--about = Import serahan daripada FilmFreeway, mana-mana hamparan lain, atau DDEX
cli--import-filmfreeway--about = Import eksport serahan FilmFreeway (CSV, atau teks UTF-16 daripada Excel)
cli--import-ddex--about = Import mesej keluaran DDEX ERN (ERN 3.4 hingga 4.3): setiap rakaman bunyi dan video muzik menjadi satu karya muzik
cli--import-table--about = Import mana-mana jadual serahan CSV atau XLSX melalui pemetaan lajur
cli--import-preview--about = Papar lajur jadual, baris pertamanya dan pemetaan yang dicadangkan oleh pengepalanya
cli--arg-mapping = Pemetaan lajur: filmfreeway, nama pemetaan yang disimpan, atau fail JSON sesuatu pemetaan
cli--arg-encoding = Pengekodan fail teks (windows-1252, windows-1251, gb18030, shift_jis …), apabila pengesanan automatik tersilap
cli--mappings--about = Pemetaan lajur yang digunakan untuk mengimport jadual
cli--mappings-list--about = Senaraikan pemetaan lajur terbina dalam dan yang disimpan
cli--mappings-show--about = Papar pemetaan lajur
cli--mappings-save--about = Simpan pemetaan lajur daripada fail JSON, di bawah nama pemetaan itu
cli--arg-mapping-name = Nama pemetaan
cli--aliases--about = Maksud nama yang tidak dikenali oleh mana-mana senarai, bagi setiap karya yang membawanya dan setiap import seterusnya
cli--aliases-list--about = Senaraikan alias
cli--aliases-add--about = Nyatakan maksud sesuatu nama (“anggap Quatar sebagai QA”)
cli--aliases-remove--about = Lupakan maksud yang pernah ditetapkan bagi sesuatu nama
cli--arg-alias-vocabulary = Jenis nilai: country, language atau status
cli--arg-alias-name = Nama seperti yang ditulis dalam fail
cli--arg-alias-code = Kod yang dimaksudkan: kod negara, tag bahasa atau status
cli--unresolved--about = Senaraikan nilai yang disimpan oleh import seperti yang ditulis, dengan bilangan karya yang membawa setiap nilai
cli--arg-unresolved-edition = Hanya karya dalam edisi ini
cli--arg-dry_run = Semak fail dan laporkan perkara yang akan berubah, tanpa menyimpan apa-apa
cli--arg-partial = Import baris yang baik walaupun sesetengah baris ditolak
cli--arg-section = Slug seksyen
cli--ids--about = Pengecam karya
cli--ids-check--about = Semak ISAN, EIDR, ISRC atau ISWC dan cetak dalam bentuk kanonik
cli--arg-value = Pengecam yang hendak disemak
cli--titles--about = Tajuk karya, mengikut bahasa
cli--titles-set--about = Tambah atau ubah tajuk dalam satu bahasa
cli--titles-remove--about = Alih keluar tajuk dalam satu bahasa
cli--synopses--about = Sinopsis karya, mengikut bahasa
cli--synopses-set--about = Tambah atau ubah sinopsis dalam satu bahasa
cli--synopses-remove--about = Alih keluar sinopsis dalam satu bahasa
cli--arg-lang_tag = Tag bahasa BCP 47 seperti fr, zh-Hant atau sr-Latn
cli--arg-text = Teks
cli--arg-original = Tandakan ini sebagai versi asal
cli--arg-provenance = submitted, curator atau machine (lalai curator)
cli--search--about = Cari karya mengikut mana-mana tajuk, pengarah atau artis, dalam apa jua tulisan
cli--arg-query = Perkara yang dicari
cli--duplicates--about = Senaraikan serahan yang mungkin pendua, atau gabungkan atau ketepikan sepasang karya
cli--duplicates-merge--about = Gabungkan karya kedua ke dalam karya pertama, dengan mengekalkan setiap bahasa, kredit dan sejarah
cli--duplicates-dismiss--about = Nyatakan bahawa dua karya bukan karya yang sama, secara kekal
cli--arg-keep = Karya yang dikekalkan
cli--arg-other = Karya yang digabungkan ke dalamnya
cli--arg-a = Satu karya
cli--arg-b = Karya yang satu lagi
cli--export--about = Eksport serahan edisi sebagai CSV, XLSX atau JSON
cli--arg-format = csv, xlsx atau json
cli--arg-out = Fail yang hendak ditulis
cli--arg-status = Hanya status serahan ini (contohnya in-consideration)
cli--arg-judging = Hanya status atau label penjurian ini
cli--arg-country = Hanya karya dari negara ini (kod ISO)
cli--arg-language = Hanya karya dalam bahasa ini (tag BCP 47)
cli--submissions--about = Serahan sesuatu edisi
cli--submissions-list--about = Senaraikan serahan edisi
cli--submissions-stats--about = Kira penyertaan edisi mengikut negara, bahasa, genre dan status
cli--submissions-status--about = Ubah status serahan
cli--arg-ids = Nombor serahan
cli--arg-set = Status serahan yang hendak diberikan
cli--arg-to_judging = Status penjurian atau label festival yang hendak diberikan
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = { $rows } baris dibaca ({ $percent }%)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = Diimport { $imported }, dikemas kini { $updated }, tidak berubah { $unchanged }, ditolak { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = Larian percubaan, tiada apa-apa disimpan. Akan diimport { $imported }, dikemas kini { $updated }, kekal tidak berubah { $unchanged }, ditolak { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = { $kind } yang sah.
cli--search-none = Tiada apa-apa ditemui.
cli--duplicates-none = Tiada kemungkinan pendua.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = Karya { $a } dan { $b } tidak akan dicadangkan sebagai pendua lagi.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count } karya ditulis ke { $path }.
# $count (Number) - entries
cli--stats-total = { $count } penyertaan
cli--stats-by-country = Mengikut negara
cli--stats-by-language = Mengikut bahasa
cli--stats-by-genre = Mengikut genre
cli--stats-by-status = Mengikut status
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count } serahan diubah (perubahan { $change }).
cli--submissions-undo--about = Buat asal satu perubahan status, dengan mengembalikan setiap serahan yang terlibat kepada keadaan asalnya
cli--arg-change = Nombor perubahan, seperti yang dilaporkan semasa perubahan status
cli--arg-after = Teruskan selepas kursor ini (nilai “next” daripada halaman sebelumnya)
cli--arg-sort = Isih mengikut lajur ini; tambah :desc untuk menyongsangkan susunan (title diisih mengikut susunan abjad bahasa --lang)
cli--arg-q = Hanya karya yang tajuk atau nama dalam kreditnya mengandungi perkataan ini
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = { $shown } daripada { $total } serahan
cli--ids-add--about = Tambah ISAN, EIDR, ISRC atau ISWC yang telah disemak pada karya

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = Identiti profil ini: nama, ahli dan kuncinya
cli--identity-init--about = Cipta kunci profil ini (disimpan dalam rantai kunci sistem, atau dimeterai dengan CARAVAN_PASSPHRASE)
cli--identity-show--about = Papar identiti profil ini dan cap jarinya
cli--identity-card--about = Tulis kad ahli profil ini, untuk diberikan kepada ahli lain
cli--identity-rotate--about = Ganti kunci profil ini; ahli yang mengikuti strimnya akan menerima kunci baharu
cli--members--about = Ahli perikatan dan kad yang disimpan bagi mereka
cli--members-import-card--about = Import kad ahli dan papar cap jarinya, untuk dibandingkan dengan ahli itu
cli--members-list--about = Senaraikan ahli, dengan cap jari setiap kad dan sama ada kad itu telah disahkan
cli--members-verify--about = Tandakan kad ahli sebagai disahkan, setelah cap jarinya dibandingkan dengan ahli itu
cli--exchange--about = Sampul antara salinan Caravan milik ahli
cli--exchange-points--about = Folder dan alamat web tempat perikatan bertemu
cli--exchange-points-add--about = Ingat titik pertukaran: folder (pemacu USB, pemacu kongsi) atau alamat WebDAV
cli--exchange-points-list--about = Senaraikan titik pertukaran
cli--exchange-points-remove--about = Lupakan titik pertukaran
cli--exchange-note--about = Hantar nota, dengan fail atau imej dilampirkan, kepada ahli (dimeterai untuk mereka)
cli--exchange-notes--about = Senaraikan nota yang dihantar oleh ahli
cli--exchange-publish--about = Terbitkan sampul baharu profil ini ke titik pertukaran (semua titik jika tiada yang dinyatakan)
cli--exchange-pull--about = Tarik sampul baharu ahli daripada titik pertukaran (semua titik jika tiada yang dinyatakan)
cli--arg-member = Nama pendek ahli (slug)
cli--arg-member-country = Negara ahli (kod ISO)
cli--arg-working-language = Bahasa kerja ahli (tag BCP 47); ulang untuk beberapa bahasa
cli--arg-fingerprint = Cap jari seperti yang dibacakan oleh ahli kepada anda (jarak dan tanda sempang boleh ditinggalkan)
cli--arg-recipients = Ahli penerima (nama pendeknya); ulang, atau pisahkan dengan koma, untuk beberapa ahli
cli--arg-everyone = Hantar kepada setiap ahli yang kadnya disimpan
cli--arg-note-lang = Bahasa yang digunakan dalam nota (tag BCP 47)
cli--arg-attach = Fail untuk dilampirkan; ulang untuk beberapa fail
cli--arg-image = Imej daripada stor media untuk dilampirkan, mengikut nombornya; ulang untuk beberapa imej
cli--arg-point = Titik pertukaran yang hendak ditulis: folder atau alamat WebDAV
cli--arg-point-from = Titik pertukaran yang hendak dibaca: folder atau alamat web
cli--arg-location = Folder atau alamat web (http:// atau https://)
cli--arg-point-name = Nama untuk mengenali titik pertukaran
cli--arg-point-id = Nombor titik pertukaran
cli--fingerprint = Cap jari
cli--sealed-in-keychain = Kunci disimpan dalam rantai kunci sistem.
cli--sealed-in-passphrase = Kunci dimeterai dengan frasa laluan.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = Kad ditulis ke { $path }. Cap jari: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = Kad “{ $member }” diimport.
# $member (String) - the member's short name
cli--card-rotated = Kad “{ $member }” diimport: kuncinya telah diganti, dan kunci lama menandatangani kunci baharu.
cli--card-compare = Bandingkan cap jari ini dengan ahli itu, melalui telefon atau secara bersemuka, kemudian jalankan: caravan members verify MEMBER FINGERPRINT
cli--members-none = Belum ada ahli.
cli--points-none = Belum ada titik pertukaran.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = Nota { $seq } dimeterai untuk { $to }; nota ini akan dihantar pada penerbitan seterusnya.
cli--notes-none = Belum ada nota.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count } sampul ditulis ke { $location }.
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = Diguna pakai { $applied }, dilangkau (untuk ahli lain) { $skipped }, ditolak { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: { $done } daripada { $total } sampul

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = Batalkan kunci ahli: apa-apa lagi yang ditandatanganinya tidak akan diterima
cli--recommend--about = Syorkan karya, juri atau tetamu kepada ahli
cli--recommend-work--about = Syorkan karya, dengan tajuk, kredit, hak dan posternya, kepada ahli
cli--recommend-person--about = Syorkan seseorang sebagai juri atau tetamu kepada ahli
cli--recommendations--about = Syor yang dihantar dan diterima, serta jawapannya
cli--recommendations-list--about = Senaraikan syor, yang terbaharu dahulu, dengan keadaannya
cli--recommendations-show--about = Papar satu syor dengan keadaannya bagi setiap ahli dan sejarahnya
cli--recommendations-accept--about = Terima syor yang telah sampai: karya dimasukkan ke dalam seksyen sesuatu edisi
cli--recommendations-decline--about = Tolak syor yang telah sampai, dengan menyatakan sebabnya
cli--recommendations-program--about = Nyatakan bahawa karya yang diterima telah diprogramkan
cli--rights--about = Hak tayangan karya mengikut wilayah
cli--rights-set--about = Tetapkan tempat dan tempoh karya boleh ditayangkan
cli--rights-show--about = Papar hak tayangan karya
cli--catalogue--about = Katalog karya milik ahli
cli--catalogue-publish--about = Meterai katalog profil ini (setiap karya, atau karya yang dinamakan) untuk ahli
cli--catalogue-search--about = Cari dalam katalog yang diterbitkan oleh ahli, dalam apa jua tulisan
cli--catalogue-take--about = Ambil karya daripada katalog ahli ke dalam seksyen sesuatu edisi
cli--arg-recommend-to = Ahli yang menerima syor (nama pendek, berulang atau dipisahkan dengan koma), atau all
cli--arg-recommend-note = Nota untuk ahli
cli--arg-recommend-note-lang = Bahasa nota (tag BCP 47)
cli--arg-recommend-section = Seksyen yang dicadangkan (nama pendeknya)
cli--arg-person-as = judge atau guest
cli--arg-person-name-lang = Bahasa atau tulisan nama itu (tag BCP 47)
cli--arg-person-name-in = Nama dalam tulisan lain, sebagai LANG=TEXT; ulang untuk beberapa nama
cli--arg-person-role = Peranan atau gelaran orang itu; ulang untuk beberapa peranan
cli--arg-person-language = Bahasa kerja orang itu (tag BCP 47); ulang untuk beberapa bahasa
cli--arg-person-country = Negara orang itu (kod ISO)
cli--arg-person-contact = Cara menghubungi orang itu
cli--arg-recommendations-work = Hanya syor bagi karya ini
cli--arg-recommendations-direction = Hanya syor masuk atau hanya syor keluar
cli--arg-recommendation-id = Nombor syor
cli--arg-decline-reason = Sebab syor ditolak, untuk makluman ahli yang mengesyorkannya
cli--arg-rights-territory = Wilayah tempat karya boleh ditayangkan (kod ISO, atau world), dengan tempoh pilihan FROM:UNTIL (YYYY-MM-DD); ulang untuk beberapa wilayah
cli--arg-rights-except = Wilayah yang dikecualikan daripada hak seluruh dunia (kod ISO); ulang, atau pisahkan dengan koma
cli--arg-catalogue-work = Karya yang hendak diterbitkan (semua karya jika tiada yang dinamakan); ulang untuk beberapa karya
cli--arg-catalogue-query = Perkataan daripada tajuk atau nama, dalam apa jua tulisan
cli--arg-catalogue-member = Hanya katalog ahli ini
cli--arg-catalogue-entry = Nombor item katalog
cli--recommendations-none = Belum ada syor.
cli--rights-none = Tiada hak tayangan direkodkan.
cli--catalogue-none = Tiada item katalog.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = Katalog { $count } karya dimeterai (sampul { $seq }); katalog ini akan dihantar pada penerbitan seterusnya.
cli--members-add--about = Masukkan ahli ke dalam daftar, atau ubah maklumatnya, berserta keahliannya dalam perikatan
cli--members-show--about = Papar satu ahli: jenis, negara, bahasa, maklumat hubungan dan keahlian
cli--arg-member-name = Nama penuh ahli
cli--arg-member-kind = Jenis ahli: festival, institution, company atau artist
cli--arg-member-city = Bandar ahli
cli--arg-member-lang = Bahasa kerja (ulang, atau pisahkan dengan koma), mengikut keutamaan
cli--arg-member-contact = Maklumat hubungan, KIND=VALUE, dengan jenis email, phone, web atau address (ulang untuk lebih banyak)
cli--arg-member-alliance = Perikatan yang disertai ahli ini
cli--arg-member-tier = Tahap ahli dalam perikatan itu
cli--arg-member-joined = Tarikh menyertai: YYYY atau YYYY-MM-DD
cli--arg-filter-alliance = Hanya ahli perikatan ini
cli--arg-filter-country = Hanya ahli di negara ini (kod ISO 3166)
cli--arg-filter-tier = Hanya ahli pada tahap ini
cli--arg-filter-kind = Hanya ahli jenis ini: festival, institution, company atau artist
cli--arg-filter-lang = Hanya ahli yang bekerja dalam bahasa ini
cli--alliance--about = Perikatan: tambah, papar, tetapkan tahap dan kriteria kemasukannya
cli--alliance-add--about = Tambah perikatan, atau namakan semula
cli--alliance-show--about = Papar perikatan dengan tahap dan kriteria kemasukannya
cli--alliance-tier--about = Tambah salah satu tahap perikatan itu sendiri, atau namakan semula
cli--alliance-criterion--about = Tambah kriteria kemasukan, atau ubah kata-katanya
cli--alliances--about = Perikatan yang dikenali oleh salinan ini
cli--alliances-list--about = Senaraikan perikatan, dengan tahap dan kriteria kemasukannya
cli--registry--about = Daftar ahli perikatan, seperti yang diterbitkan oleh sekretariatnya
cli--registry-publish--about = Meterai daftar perikatan untuk setiap ahli; daftar ini akan dihantar pada penerbitan seterusnya
cli--admissions--about = Permohonan untuk menyertai perikatan: bukti, penaja dan keputusan
cli--admissions-apply--about = Rekodkan permohonan, dengan bukti bagi kriteria perikatan
cli--admissions-list--about = Senaraikan permohonan, yang terbaharu dahulu
cli--admissions-show--about = Papar permohonan dengan bukti, penaja dan keputusannya
cli--admissions-sponsor--about = Rekodkan bahawa seorang ahli perikatan menaja permohonan
cli--admissions-decide--about = Rekodkan keputusan atas permohonan, dengan tarikh dan undiannya
cli--arg-alliance = Nama pendek perikatan (slug)
cli--arg-alliance-name = Nama penuh perikatan
cli--arg-alliance-founded = Tahun perikatan ditubuhkan
cli--arg-alliance-secretariat = Ahli yang daftar terbitannya diikuti oleh salinan ini
cli--arg-tier-key = Nama pendek tahap (slug)
cli--arg-tier-label = Nama tahap dalam satu bahasa, LANG=TEXT (ulang untuk lebih banyak)
cli--arg-criterion-key = Nama pendek kriteria (slug)
cli--arg-criterion-text = Kriteria dalam satu bahasa, LANG=TEXT (ulang untuk lebih banyak)
cli--arg-registry-alliance = Perikatan yang daftarnya diterbitkan
cli--arg-applicant = Nama pendek (slug) pemohon apabila menjadi ahli kelak
cli--arg-apply-alliance = Perikatan yang dipohon
cli--arg-apply-name = Nama penuh pemohon
cli--arg-apply-kind = Jenis pemohon: festival, institution, company atau artist
cli--arg-apply-country = Negara pemohon, iaitu kod ISO 3166
cli--arg-apply-lang = Bahasa kerja pemohon (ulang, atau pisahkan dengan koma)
cli--arg-apply-contact = Cara menghubungi pemohon
cli--arg-apply-tier = Tahap yang dipohon
cli--arg-apply-evidence = Bukti bagi satu kriteria, KEY=TEXT (ulang bagi setiap kriteria)
cli--arg-applications-alliance = Hanya permohonan kepada perikatan ini
cli--arg-applications-state = Hanya permohonan dalam keadaan ini: open, admitted, refused atau withdrawn
cli--arg-application = Nombor permohonan
cli--arg-sponsor-note = Kata-kata penaja tentang pemohon
cli--arg-outcome = Keputusan: admit, refuse atau withdraw
cli--arg-decide-on = Tarikh keputusan, YYYY-MM-DD
cli--arg-decide-for = Undi menyokong
cli--arg-decide-against = Undi menentang
cli--arg-decide-abstain = Undi berkecuali
cli--arg-decide-note = Nota tentang keputusan
cli--arg-decide-tier = Tahap yang disertai oleh ahli yang diterima masuk (jika tidak dinyatakan, tahap yang dipohon)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = Daftar “{ $alliance }”, { $count } ahli, dimeterai (sampul { $seq }); daftar ini akan dihantar pada penerbitan seterusnya.
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count } ahli; sekretariat: { $secretariat }
cli--alliance-tier = tahap
cli--alliance-criterion = kriteria
cli--applications-none = Tiada permohonan.
# $criterion (String) - the criterion's short name
cli--application-missing = tiada bukti bagi { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = ditaja oleh { $member }
# $on (String) - the day of the decision
cli--application-decision = diputuskan pada { $on }: { $for } menyokong, { $against } menentang, { $abstain } berkecuali
cli--members-leave--about = Tamatkan keahlian ahli dalam perikatan; daftar seterusnya yang diterbitkan akan menyatakan bahawa ahli itu telah keluar
cli--arg-leave-alliance = Perikatan yang ditinggalkan
cli--jury--about = Panel juri: pusingan dan rubrik, juri, konflik kepentingan, agihan, markah dan keputusan
cli--jury-criterion--about = Rubrik pusingan
cli--jury-criterion-add--about = Tambah kriteria pada rubrik pusingan, atau ubahnya
cli--jury-juror--about = Juri
cli--jury-juror-add--about = Tambah juri, atau ubah maklumatnya; juri dikenal pasti melalui e-mel di semua tempat
cli--jury-conflict--about = Konflik kepentingan
cli--jury-conflict-add--about = Isytiharkan konflik kepentingan antara juri dengan karya, orang atau ahli
cli--jury-conflicts--about = Setiap pasangan berkonflik dalam pusingan, sama ada diisytiharkan atau ditemui, serta sebabnya
cli--jury-round--about = Sediakan pusingan: tarikh akhirnya, penilaian buta, dan senarai pendek yang diambilnya
cli--jury-rubric--about = Papar rubrik pusingan
cli--jury-assign--about = Berikan penilai kepada setiap penyertaan, dengan beban seimbang dan tanpa konflik kepentingan; atau tambah atau alih keluar satu pasangan
cli--jury-assign-add--about = Agihkan satu karya kepada satu juri secara manual
cli--jury-assign-remove--about = Alih keluar satu agihan, berserta markahnya
cli--jury-score--about = Tetapkan satu markah bagi juri yang telah diagihkan
cli--jury-scores--about = Markah yang ditaip daripada kertas
cli--jury-scores-import--about = Import markah daripada fail CSV: juri, karya, kriteria, nilai, komen
cli--jury-results--about = Keputusan pusingan: purata, purata ternormal, kedudukan Schulze, markah Borda dan persetujuan
cli--arg-jury-section = Seksyen (nama pendeknya)
cli--arg-jury-edition = Edisi, apabila nama pendek seksyen digunakan dalam lebih daripada satu edisi
cli--arg-jury-round = Pusingan (1 jika tidak dinyatakan)
cli--arg-round-deadline = Tarikh akhir pusingan, YYYY-MM-DD
cli--arg-round-blind = Sembunyikan penyerah dan kredit daripada juri dalam pusingan ini
cli--arg-round-shortlist = Ambil sebanyak ini penyertaan terbaik daripada pusingan sebelumnya
cli--arg-rubric-key = Nama pendek kriteria (slug)
cli--arg-rubric-label = Nama kriteria, dalam bahasa antara muka
cli--arg-rubric-label-in = Nama kriteria dalam bahasa lain, LANG=TEXT (ulang untuk lebih banyak)
cli--arg-rubric-min = Markah terendah
cli--arg-rubric-max = Markah tertinggi
cli--arg-rubric-step = Langkah antara markah (1 jika tidak dinyatakan)
cli--arg-rubric-weight = Pemberat kriteria dalam jumlah (1 jika tidak dinyatakan)
cli--arg-juror-email = E-mel juri
cli--arg-juror-name = Nama juri, seperti yang ditulis oleh juri sendiri
cli--arg-juror-name-in = Nama dalam tulisan lain, LANG=TEXT (ulang untuk lebih banyak)
cli--arg-juror-lang = Bahasa yang difahami juri (ditulis --lang selepas perintah; ulang, atau pisahkan dengan koma)
cli--arg-juror-country = Negara juri, iaitu kod ISO 3166
cli--arg-juror-member = Ahli tempat juri bernaung
cli--arg-juror-company = Syarikat produksi tempat juri bekerja
cli--arg-juror-section = Seksyen yang panel jurinya disertai juri ini (ulang untuk lebih banyak)
cli--arg-conflict-juror = E-mel juri
cli--arg-conflict-work = Karya (id, ff:SUBMISSION_ID, Tracking Number atau pengecam)
cli--arg-conflict-person = Seseorang, seperti yang dikreditkan dalam karya
cli--arg-conflict-member = Ahli (nama pendeknya)
cli--arg-conflict-reason = Sebab
cli--arg-assign-section = Seksyen (nama pendeknya)
cli--arg-assign-edition = Edisi, apabila nama pendek seksyen digunakan dalam lebih daripada satu edisi
cli--arg-assign-round = Pusingan (1 jika tidak dinyatakan)
cli--arg-assign-reviews = Bilangan juri berlainan yang menilai setiap penyertaan
cli--arg-assign-max-load = Bilangan maksimum penyertaan yang dinilai oleh seorang juri, termasuk yang telah diagihkan
cli--arg-pair-juror = E-mel juri
cli--arg-pair-work = Karya (id, ff:SUBMISSION_ID, Tracking Number atau pengecam)
cli--arg-score-juror = E-mel juri
cli--arg-score-work = Karya (id, ff:SUBMISSION_ID, Tracking Number atau pengecam)
cli--arg-score-criterion = Nama pendek kriteria
cli--arg-score-value = Markah, pada skala kriteria
cli--arg-scores-file = Fail CSV
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = Pusingan { $round } “{ $section }”, { $entries } penyertaan:
cli--conflicts-none = Tiada konflik kepentingan.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added } agihan dibuat, { $total } kesemuanya; penyertaan yang kekurangan penilai: { $uncovered }.
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = Markah: { $imported } baharu, { $updated } diubah, { $unchanged } tidak berubah.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = Persetujuan (α Krippendorff, jumlah markah): { $alpha }
cli--jury-packet--about = Paket juri: bahan yang dibawa pulang oleh juri untuk memberikan markah di luar talian
cli--jury-packet-export--about = Meterai paket untuk seorang juri: hanya penyertaan juri itu, dengan rubrik, poster dan pautan salinan pratonton
cli--jury-packet-open--about = Buka paket pada komputer riba juri; tindakan ini mencipta profil juri
cli--jury-sheet--about = Borang markah: markah seorang juri, ditandatangani, untuk pengerusi
cli--jury-sheet-export--about = Meterai borang markah juri ini untuk pengerusi
cli--jury-sheet-merge--about = Gabungkan borang markah juri: markah yang lebih baharu diutamakan, dengan hasil yang sama dalam apa jua susunan
cli--arg-juror-card = Kad juri (fail yang ditulis oleh “identity card” pada komputer riba juri)
cli--arg-packet-juror = E-mel juri
cli--arg-packet-out = Fail yang hendak ditulis
cli--arg-packet-file = Fail paket
cli--arg-sheet-out = Fail yang hendak ditulis
cli--arg-sheet-file = Fail borang markah
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = Paket untuk { $juror } dengan { $entries } penyertaan: { $path }
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = Paket “{ $chair }” dibuka: { $entries } penyertaan untuk diberi markah.
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = Borang markah dengan { $scores } markah: { $path }
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = Borang markah { $juror }: { $scores } markah, { $applied } lebih baharu daripada yang disimpan.
# $juror (String) - the juror's email
cli--sheet-already = Borang markah { $juror } sudah digabungkan; tiada apa-apa untuk dilakukan.
cli--award--about = Anugerah: kategori dalam edisi dan undiannya
cli--award-add--about = Tambah kategori anugerah pada edisi, atau ubahnya
cli--award-vote--about = Rekodkan undi seorang juri dalam pusingan undian
cli--award-tally--about = Kira undi pusingan undian dan rekodkan pemenangnya, jika ada
cli--awards--about = Anugerah sesuatu edisi
cli--awards-list--about = Senaraikan anugerah edisi dengan pemenangnya
cli--arg-award-key = Nama pendek anugerah (slug)
cli--arg-award-edition = Edisi
cli--arg-award-label = Nama anugerah, dalam bahasa antara muka
cli--arg-award-label-in = Nama anugerah dalam bahasa lain, LANG=TEXT (ulang untuk lebih banyak)
cli--arg-award-shared = Karya yang memenanginya boleh memenangi anugerah lain juga
cli--arg-award-absolute-rounds = Bilangan pusingan yang memerlukan majoriti mutlak sebelum majoriti relatif menentukan keputusan (2 jika tidak dinyatakan)
cli--arg-vote-award = Nama pendek anugerah
cli--arg-vote-work = Karya yang diundi (id, ff:SUBMISSION_ID, Tracking Number atau pengecam)
cli--arg-vote-edition = Edisi
cli--arg-vote-round = Pusingan undian (1 jika tidak dinyatakan)
cli--arg-vote-voter = Pengundi: e-mel seorang juri
cli--arg-tally-award = Nama pendek anugerah
cli--arg-tally-edition = Edisi
cli--arg-tally-round = Pusingan undian (1 jika tidak dinyatakan)
cli--arg-awards-edition = Edisi
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = Karya { $work } menang ({ $cast } undi diberikan).
# $cast (Number) - votes cast
cli--tally-undecided = Tiada pemenang dalam pusingan ini ({ $cast } undi diberikan): undi semula dalam pusingan seterusnya.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = dimenangi oleh “{ $title }” dalam pusingan { $round }, { $votes } daripada { $cast } undi
cli--jury-screener--about = Lampirkan fail salinan pratonton pada komputer ini kepada karya, untuk dimainkan di sebelah markah dalam tetingkap
cli--arg-screener-work = Karya (id, ff:SUBMISSION_ID, Tracking Number atau pengecam)
cli--arg-screener-file = Fail video (WebM, MP4, M4V, MKV, MOV atau OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = Dibaca sebagai { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = “{ $name }” kini bermaksud { $code } ({ $works } karya diselesaikan).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = Tidak diimport: { $count } × { $kind } (bukan karya).
