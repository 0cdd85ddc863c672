# The window.

app--name = Caravan
app--tagline = Kurasi festival

nav--works = Karya
settings--language = Bahasa antara muka

works--heading = Karya
# $count (Number) - how many works the list holds
works--count = { $count } karya
works--column-title = Tajuk
works--column-original = Tajuk asal
works--column-kind = Jenis
works--column-year = Tahun
works--column-poster = Gambar poster
works--empty = Belum ada karya.
works--loading = Memuatkan…

work--back = Kembali ke senarai karya
work--no-synopsis = Belum ada sinopsis.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = Tag bahasa: { $lang }

error--heading = Berlaku ralat
error--dismiss = Ketepikan

media--drop-hint = Seret dan lepaskan poster, gambar pegun atau seni kulit di sini untuk menambahnya.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = Menambah imej: { $done } daripada { $total }
media--none = Belum ada imej.
media--kind-label = Jenis imej yang dilepaskan

nav--label = Ruangan aplikasi
nav--submissions = Serahan
nav--duplicates = Pendua

search--placeholder = Cari tajuk, pengarah, artis…
search--label = Cari karya dalam apa jua bahasa atau tulisan
search--none = Tiada apa-apa ditemui.
search--results = Karya yang ditemui

submissions--edition = Edisi
submissions--tab-table = Jadual
submissions--tab-stats = Statistik
submissions--column-section = Seksyen
submissions--column-status = Status serahan
submissions--column-judging = Penjurian
submissions--column-countries = Negara
submissions--column-languages = Bahasa
# $title (String) - the title of the submitted work
submissions--select-row = Pilih “{ $title }”
submissions--select-shown = Pilih semua yang dipaparkan
submissions--empty = Tiada serahan yang sepadan.
submissions--views = Paparan serahan edisi
submissions--column-selected = Dipilih
# $total (Number) - the submissions that pass the filters
submissions--count-shown = { $total } serahan dipaparkan
# $count (Number) - rows selected
submissions--selected = { $count } dipilih
filter--label = Penapis
filter--any-status = Sebarang status
filter--any-judging = Sebarang status penjurian
filter--text = Perkataan daripada tajuk atau nama
filter--any-section = Sebarang seksyen
filter--any-country = Sebarang negara
filter--any-language = Sebarang bahasa
bulk--label = Ubah serahan yang dipilih
bulk--status = Status baharu
bulk--judging = Status penjurian baharu
bulk--status-unchanged = Status: kekalkan
bulk--judging-unchanged = Penjurian: kekalkan
bulk--apply = Guna pada yang dipilih
# $count (Number) - submissions the last change touched
bulk--undo = Buat asal perubahan pada { $count } serahan

import--open = Import serahan…
import--heading = Import serahan
import--kind = Jenis fail
import--kind-filmfreeway = Eksport FilmFreeway (CSV atau teks Unicode)
import--kind-ddex = Keluaran DDEX (ERN XML)
import--path-label = Fail untuk diimport
import--path-placeholder = Laluan fail, atau seret dan lepaskan fail ke tetingkap ini
import--kind-table = Mana-mana hamparan (CSV atau XLSX), melalui pemetaan lajur
import--files-all = Hamparan dan mesej DDEX
import--browse = Pilih fail…
import--encoding = Pengekodan
import--encoding-detect = Kesan secara automatik
import--mapping-name = Nama pemetaan
import--mapping-saved = Pemetaan yang disimpan
import--mapping-choose = Guna pemetaan yang disimpan…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = Dibaca sebagai { $encoding }
# $column (String) - the column's header
import--target-of = Kandungan lajur “{ $column }”
import--target-field = Simpan sebagai medan
import--target-id = Id (untuk mengenal pasti karya semula)
import--target-title = Tajuk
import--target-original-title = Tajuk asal
import--target-original-language = Bahasa tajuk asal
import--target-synopsis = Sinopsis (bahasa Inggeris)
import--target-original-synopsis = Sinopsis (bahasa asal)
import--target-directors = Pengarah
import--target-writers = Penulis
import--target-producers = Penerbit
import--target-cast = Pelakon
import--target-countries = Negara
import--target-languages = Bahasa
import--target-year = Tahun
import--target-runtime = Masa tayangan
import--target-completion-date = Tarikh siap
import--target-genres = Genre
import--target-category = Kategori (seksyen)
import--target-status = Status serahan
import--target-judging = Status penjurian
import--target-submission-date = Tarikh serahan
import--target-isan = Nombor ISAN
import--target-eidr = Pengecam EIDR
import--target-isrc = Kod ISRC
import--target-iswc = Kod ISWC
import--target-ignore = Jangan import
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = Tidak diimport kerana bukan karya: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings = { $count } amaran: baris berkenaan telah diimport, tetapi perkara ini wajar diteliti.
import--column-warning = Amaran
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = Anggap “{ $value }” sebagai { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = “{ $value }” kini bermaksud { $suggestion }, di sini dan dalam setiap import seterusnya ({ $works } karya diselesaikan).
import--partial = Import baris yang baik walaupun sesetengah baris ditolak
import--dry-run = Semak sahaja, jangan simpan apa-apa
import--run = Mulakan import
# $rows (Number) - rows read so far
import--progress = { $rows } baris dibaca
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = Diimport { $imported }, dikemas kini { $updated }, tidak berubah { $unchanged }, ditolak { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = Telah disemak, tiada apa-apa disimpan: akan diimport { $imported }, dikemas kini { $updated }, kekal tidak berubah { $unchanged }, ditolak { $rejected }.
# $count (Number) - problems found
import--refused = Tiada apa-apa yang diimport: { $count } masalah perlu dibetulkan dahulu.
import--column-line = Baris
import--column-column = Lajur
import--column-problem = Masalah

export--label = Eksport:
export--format-csv = Fail CSV
export--format-xlsx = Buku kerja Excel (XLSX)
export--format-json = Fail JSON
# $path (String) - the file written
export--done = Dieksport ke { $path }

stats--by-country = Penyertaan mengikut negara
stats--by-language = Penyertaan mengikut bahasa
stats--by-genre = Penyertaan mengikut genre
stats--by-status = Penyertaan mengikut status
# $count (Number) - entries in the edition
stats--total = { $count } penyertaan

duplicates--heading = Kemungkinan pendua
duplicates--none = Tiada kemungkinan pendua.
# $id (Number) - the work to keep
duplicates--keep = Gabungkan, kekalkan #{ $id }
duplicates--dismiss = Bukan karya yang sama
# $score (Number) - likeness from 0 to 1
duplicates--score = Keserupaan { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = { $shown } daripada { $total } pasangan
duplicates--more = Papar lebih banyak pasangan
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = Gabungkan karya #{ $other } ke dalam karya #{ $keep }? Setiap tajuk, sinopsis, kredit, pengecam, imej dan serahan #{ $other } akan dipindahkan ke #{ $keep }, dan #{ $other } akan dialih keluar. Tindakan ini tidak boleh dibuat asal.
duplicates--merge = Gabungkan

edit--add-language = Tambah bahasa
edit--edit = Sunting
edit--remove = Alih keluar
# $language (String) - the language's name
edit--edit-language = Sunting tajuk dan sinopsis dalam bahasa { $language }
# $language (String) - the language's name
edit--remove-language = Alih keluar tajuk dan sinopsis dalam bahasa { $language }
edit--tag = Tag bahasa
edit--tag-placeholder = Tag BCP 47, cth. fr atau zh-Hant
edit--title = Tajuk
edit--synopsis = Sinopsis
edit--original = Ini ialah versi asal
edit--save = Simpan
edit--cancel = Batal

identifier--add = Tambah pengecam
identifier--placeholder = ISAN, EIDR, ISRC atau ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = Perikatan
alliance--heading = Pertukaran perikatan
alliance--identity = Profil ini
alliance--identity-none = Profil ini belum mempunyai identiti. Cipta identiti untuk bertukar maklumat dengan ahli lain: kuncinya kekal pada komputer ini.
alliance--identity-name = Nama festival
alliance--identity-member = Nama pendek ahli (seperti dalam daftar perikatan)
alliance--identity-country = Negara (kod ISO, dua huruf)
alliance--passphrase = Frasa laluan
alliance--passphrase-hint = Hanya digunakan apabila rantai kunci sistem tidak tersedia, untuk memeterai kunci. Simpan frasa laluan ini baik-baik: tanpanya kunci tidak dapat dibuka.
alliance--identity-make = Cipta kunci
alliance--fingerprint = Cap jari, untuk dibacakan kepada ahli lain
alliance--qr-label = Cap jari sebagai kod QR
alliance--sealed-in-keychain = Kunci disimpan dalam rantai kunci sistem.
alliance--sealed-in-passphrase = Kunci dimeterai dengan frasa laluan.
alliance--write-card = Simpan kad ahli
alliance--card-written = Kad ahli disimpan ke
alliance--members = Ahli
alliance--members-none = Belum ada ahli.
alliance--country-unknown = Negara tidak dinyatakan
alliance--card-path = Laluan kad ahli (.json)
alliance--import-card = Import kad
# $member (String) - the member's name
alliance--card-imported = Kad { $member } diimport.
# $member (String) - the member's name
alliance--card-rotated = Kad { $member } diimport: kuncinya telah diganti, dan kunci lama menandatangani kunci baharu.
alliance--compare = Bacakan cap jari ini kepada ahli itu melalui telefon, atau bandingkannya secara bersemuka, sebelum mempercayai kad ini:
alliance--verify = Tandakan sebagai disahkan
alliance--verify-typed = Cap jari seperti yang dibacakan oleh ahli
alliance--points = Titik pertukaran
alliance--points-none = Belum ada titik pertukaran: tambah folder atau alamat web tempat perikatan bertemu.
alliance--point-location = Folder atau alamat (https://…)
alliance--point-name = Nama (pilihan)
alliance--point-add = Tambah
alliance--point-remove = Alih keluar
alliance--sync = Penyegerakan
alliance--sync-button = Segerakkan sekarang
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = Menerbitkan: { $done } daripada { $total } sampul
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = Menerima: { $done } daripada { $total } sampul
alliance--unlock = Buka kunci
alliance--sync-log = Hasil penyegerakan terakhir
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = Dihantar { $published }, diguna pakai { $applied }, dilangkau (untuk ahli lain) { $skipped }, ditolak { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = Sampul { $seq } ({ $kind }) diguna pakai, daripada
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = Sampul { $seq } ({ $kind }) untuk ahli lain dilangkau, daripada
# $seq (Number) - the envelope's number
alliance--log-refused = Sampul { $seq } ditolak, daripada
alliance--notes = Nota
alliance--note-to = Kepada
alliance--note-no-cards = Import kad ahli untuk menulis kepada ahli itu.
alliance--note-to-all = Tiada yang ditanda: nota akan dihantar kepada setiap ahli yang kadnya disimpan.
alliance--note-text = Teks nota
alliance--note-send = Meterai dan masukkan ke baris gilir
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = Nota { $seq } dimeterai; nota ini akan dihantar pada penyegerakan seterusnya.
alliance--notes-none = Belum ada nota.
envelope-kind--note = nota
envelope-kind--card = kad ahli
envelope-kind--recommendation = syor
envelope-kind--recommendation-state = jawapan kepada syor
envelope-kind--catalogue = katalog
recommendations--heading = Syor
recommendations--inbox = Peti masuk
recommendations--outbox = Dihantar
recommendations--none = Belum ada.
recommendations--from = Daripada
recommendations--to = Kepada
recommendations--history = Sejarah
recommendations--edition = Edisi untuk dimasukkan
recommendations--section = Seksyen
recommendations--section-suggested = Seksyen yang dicadangkan
recommendations--accept = Terima
recommendations--reason = Sebab menolak
recommendations--decline = Tolak
recommendations--program = Tandakan sebagai diprogramkan
recommendations--person = Syorkan juri atau tetamu
recommendations--person-name = Nama
recommendations--person-as = Sebagai
recommendations--note = Nota untuk ahli
recommendations--send = Syorkan
catalogues--heading = Katalog
catalogues--publish = Terbitkan katalog festival ini
# $count (Number) - works in the catalogue
catalogues--published = Katalog { $count } karya dimeterai; katalog ini akan dihantar pada penyegerakan seterusnya.
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count }
catalogues--none = Belum ada katalog ahli yang tiba.
catalogues--search = Cari dalam katalog, dalam apa jua tulisan
# $edition (String) - the edition's name
catalogues--take = Ambil ke dalam { $edition }
# $edition (String) - the edition's name
catalogues--taken = Diambil ke dalam { $edition }
recommend--heading = Syorkan kepada ahli
recommend--sent = Syor dimeterai; syor ini akan dihantar pada penyegerakan seterusnya.
recommend--history = Syor bagi karya ini
rights--heading = Hak tayangan
rights--none = Tiada hak tayangan direkodkan.
rights--world = Seluruh dunia
rights--territory = Wilayah (kod ISO, atau WORLD)
rights--excluded = dikecualikan
directory--any = mana-mana
directory--none = tiada
directory--alliance = Perikatan
directory--tier = Tahap
directory--kind = Jenis
directory--country = Negara
directory--country-code = Negara (kod ISO)
directory--city = Bandar
directory--slug = Nama pendek
directory--name = Nama penuh
directory--languages = Bahasa kerja (tag, dipisahkan dengan koma)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = menyertai { $date }
directory--joined-input = Tarikh menyertai (YYYY atau YYYY-MM-DD)
directory--add = Masukkan atau ubah ahli
directory--save = Simpan ahli
# $member (String) - the member's name
directory--saved = “{ $member }” disimpan dalam daftar.
directory--none-match = Tiada ahli yang sepadan dengan penapis ini.
registry--heading = Daftar
# $count (Number) - how many members
registry--members = { $count } ahli
# $member (String) - the secretariat's short name
registry--secretariat = Sekretariat: { $member }
registry--no-secretariat = Belum ada sekretariat yang dinamakan
# $date (String) - the date and time, already formatted
registry--issued = daftar bertarikh { $date }
registry--publish = Terbitkan daftar
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = Daftar “{ $alliance }”, dengan { $count } ahli, dimeterai; daftar ini akan dihantar pada penyegerakan seterusnya.
admissions--heading = Kemasukan
admissions--criteria = Kriteria kemasukan
admissions--criterion-key = Nama pendek kriteria
admissions--criterion-text = Kriteria, dalam bahasa antara muka
admissions--criterion-add = Tambah kriteria
admissions--apply = Permohonan baharu
admissions--contact = Maklumat hubungan
admissions--submit = Rekodkan permohonan
admissions--applications = Permohonan
admissions--none = Belum ada permohonan.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = Belum ada bukti bagi: { $criteria }
admissions--sponsors = Ditaja oleh
admissions--sponsor-as = Ahli penaja
admissions--sponsor-note = Kata-kata penaja
admissions--sponsor = Tambah penaja
admissions--outcome = Keputusan
admissions--on = Tarikh keputusan
admissions--for = Menyokong
admissions--against = Menentang
admissions--abstain = Berkecuali
admissions--decision-note = Nota tentang keputusan
admissions--decide = Rekodkan keputusan
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = Diputuskan pada { $date }: { $for } menyokong, { $against } menentang, { $abstain } berkecuali.
directory--view = Cara direktori dipaparkan
directory--as-list = Senarai
directory--as-map = Peta
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = Peta dunia ahli — ahli: { $members }; negara: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — ahli: { $count }
nav--jury = Panel juri
jury--heading = Panel juri
jury--section = Seksyen
jury--round = Pusingan
jury--no-round = Seksyen ini belum mempunyai rubrik untuk pusingan ini: tambah kriterianya dahulu (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric = Rubrik — { $entries } penyertaan
jury--assignment = Agihan
jury--reviews-per-entry = Penilaian bagi setiap penyertaan
jury--max-load = Maksimum penyertaan bagi setiap juri
jury--assign = Agihkan penilai
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = Agihan dibuat: { $added }. Penyertaan yang masih kekurangan penilai: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load = { $count } penyertaan
jury--juror = Juri
jury--scoring = Pemarkahan
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = Diberi markah: { $done } daripada { $total }
jury--progress-label = Penyertaan yang telah diberi markah
jury--keys = Kekunci: digit menetapkan markah kriteria yang diserlahkan (0 bermaksud sepuluh), ↑ dan ↓ beralih antara kriteria, ← dan → antara penyertaan, N pergi ke penyertaan seterusnya yang belum diberi markah. Setiap perubahan disimpan serta-merta.
jury--screener = Tonton salinan pratonton
jury--saved = disimpan
jury--previous = Penyertaan sebelumnya
jury--next = Penyertaan seterusnya
jury--next-unscored = Penyertaan seterusnya untuk diberi markah
jury--nothing-to-score = Tiada penyertaan yang diagihkan kepada juri ini dalam pusingan ini.
jury--results = Keputusan
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = Persetujuan antara juri (α Krippendorff): { $alpha }
jury--rank = Kedudukan
jury--work = Karya
jury--count = Juri
jury--normalized = Purata ternormal
jury--mean = Purata
jury--disagreement = juri tidak sependapat
jury--matrix = Siapa menilai apa
jury--assigned-cell = diagihkan
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = { $shown } penyertaan pertama daripada { $total } dipaparkan; keputusan menyenaraikan kesemuanya.
jury--distribution = Jumlah markah setiap juri pada skala
jury--distribution-label = Jumlah markah setiap juri sebagai titik pada skala, dengan purata juri itu sebagai garisan: titik juri yang tegas berada di sebelah kiri, titik juri yang pemurah di sebelah kanan.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = purata { $mean } bagi { $count } penyertaan
jury--ballots = Undian anugerah
jury--award = Anugerah
jury--ballot-round = Pusingan undian
jury--voter = Pengundi
jury--vote = Rekodkan undi
jury--tally = Kira undi
# $count (Number) - votes
jury--votes = { $count } undi
# $cast (Number) - votes cast
jury--no-winner = Tiada pemenang dalam pusingan ini ({ $cast } undi diberikan): undi semula dalam pusingan seterusnya.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = “{ $title }” menang ({ $cast } undi diberikan).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = Dimenangi oleh “{ $title }” dalam pusingan { $round }, { $votes } daripada { $cast } undi.
jury--setup = Sediakan pusingan
jury--criterion-key = Nama pendek kriteria
jury--criterion-label = Kriteria, dalam bahasa antara muka
jury--min = Terendah
jury--max = Tertinggi
jury--step = Langkah
jury--weight = Pemberat
jury--criterion-add = Tambah kriteria
jury--juror-email = E-mel juri
jury--juror-name = Nama juri
jury--juror-languages = Bahasa yang difahami juri (tag, dipisahkan dengan koma)
jury--juror-card = Fail kad juri (untuk paket)
jury--juror-add = Tambah juri
# $what (String) - what was added
jury--setup-added = “{ $what }” telah ditambah.
jury--packets = Paket dan borang markah
jury--file = Fail (laluan)
jury--packet-export = Meterai paket untuk juri
jury--sheet-merge = Gabungkan borang markah
jury--packet-open = Buka paket (pada komputer riba juri)
jury--sheet-export = Meterai borang markah saya untuk pengerusi
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = Paket untuk { $juror } dengan { $entries } penyertaan telah ditulis.
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = Paket “{ $chair }” dibuka: { $entries } penyertaan untuk diberi markah.
# $scores (Number) - scores in the sheet
jury--sheet-written = Borang markah, dengan { $scores } markah, telah ditulis.
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = Borang markah { $juror } telah digabungkan; markah yang lebih baharu daripada yang disimpan: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = Borang markah { $juror } sudah digabungkan; tiada apa-apa untuk dilakukan.
jury--screener-file = Salinan pratonton, pada komputer ini
jury--screener-path = Fail salinan pratonton pada komputer ini (laluannya)
jury--screener-attach = Mainkan fail ini di sebelah markah
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = Agihkan “{ $title }” kepada { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = Tarik balik “{ $title }” daripada { $juror }
jury--comment = Komen anda tentang karya ini (disimpan semasa anda menaip; juri lain tidak akan melihatnya)
jury--conflict-reason = Sebab (konflik kepentingan)
jury--conflict-add = Isytiharkan konflik kepentingan
jury--conflict-declared = Konflik kepentingan telah diisytiharkan: pasangan ini tidak akan diagihkan, diberi markah atau dikira.

export--save-as = Simpan sebagai…
work--unresolved = Disimpan seperti yang ditulis
work--unresolved-country = Negara
work--unresolved-language = Bahasa
work--unresolved-status = Status serahan
