# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } bukan pangkalan data Caravan: fail ini bukan fail SQLite. Tiada apa-apa yang diubah.
# $path (String) - the database file
error--db-foreign = { $path } ialah pangkalan data SQLite milik program lain, bukan milik Caravan. Tiada apa-apa yang diubah.
# $path (String) - the database file
error--db-corrupt = { $path } rosak dan tidak dapat dibaca. Tiada apa-apa yang diubah; pulihkan fail ini daripada sandaran.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } ditulis oleh versi Caravan yang lebih baharu (skema { $found }; versi ini hanya mengenali sehingga { $supported }). Kemas kini Caravan untuk membukanya. Tiada apa-apa yang diubah.
# $path (String) - the database file
error--db-busy = { $path } sedang digunakan oleh program lain. Cuba lagi sebentar lagi.
# $path (String) - the database file
error--db-read-only = { $path } tidak dapat ditulis: semak kebenaran fail ini.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = { $path } tidak dapat dibuka: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = Ralat pangkalan data dalam { $path }: { $reason }
error--db-no-data-dir = Komputer ini tiada folder untuk data aplikasi. Pilih fail pangkalan data dengan --db atau CARAVAN_DB.

# $slug (String) - the slug asked for
error--slug-taken = Slug “{ $slug }” sudah digunakan.
# $value (String) - the slug given
error--slug-invalid = “{ $value }” bukan slug yang sah: gunakan huruf Latin kecil, digit dan tanda sempang tunggal.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = “{ $value }” bukan tag bahasa. Gunakan tag BCP 47; antara muka tersedia dalam { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = Antara muka tidak tersedia dalam “{ $value }”. Pilih salah satu daripada { $supported }.
# $value (String) - the code given
error--country-invalid = “{ $value }” bukan kod negara ISO 3166-1.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: “{ $value }” bukan nilai yang diterima.
# $what (String) - the name of the field, from what--*
error--value-empty = { $what } tidak boleh kosong.

# $work (String) - what the user typed to name the work
error--work-not-found = Tiada karya “{ $work }”. Namakan karya dengan nombornya, dengan ff: diikuti Submission ID FilmFreeway, atau dengan Tracking Number atau pengecam seperti ISRC karya itu.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }” sepadan dengan beberapa karya ({ $count }). Namakan karya itu dengan nombornya.
# $edition (String) - the edition slug given
error--edition-not-found = Tiada edisi “{ $edition }”. Perintah “caravan editions list” memaparkan semua edisi.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = Edisi “{ $edition }” tiada seksyen “{ $section }”. Tiada apa-apa yang diubah.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = Tetingkap menghantar permintaan yang tidak dapat dibaca oleh Caravan ({ $detail }). Tiada apa-apa yang diubah.
# $value (String) - the cursor given
error--cursor-invalid = “{ $value }” bukan kursor senarai ini: gunakan nilai “next” daripada halaman sebelumnya, dengan isihan yang sama.
# $change (Number) - the number of the status change
error--status-change-not-found = Tiada perubahan status { $change }.
# $change (Number) - the number of the status change
error--status-change-undone = Perubahan status { $change } sudah dibuat asal. Tiada apa-apa yang diubah.
error--status-nothing-to-set = Pilih status serahan, status penjurian atau kedua-duanya untuk ditetapkan.

# $command (String) - the word that is not a command
error--cli-unknown-command = “{ $command }” bukan perintah Caravan. Jalankan “caravan --help” untuk melihat senarai perintah.
# $argument (String) - the option that is not known
error--cli-unknown-argument = “{ $argument }” bukan pilihan bagi perintah ini. Tambah --help untuk melihat pilihannya.
# $argument (String) - the argument that is missing
error--cli-missing-argument = Perintah ini memerlukan { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = “{ $value }” bukan nilai yang sah bagi { $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = Baris perintah tidak sah: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = Berlaku ralat yang tidak dijangka: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } kosong. Tiada apa-apa yang disimpan.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } bukan imej yang boleh dibaca oleh Caravan (JPEG, PNG, WebP, GIF, TIFF atau BMP). Tiada apa-apa yang disimpan.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } terpotong: fail ini tidak lengkap. Tiada apa-apa yang disimpan.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } rosak ({ $reason }). Tiada apa-apa yang disimpan.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } melebihi saiz yang diterima oleh Caravan (paling banyak 20,000 piksel pada setiap sisi dan 100 megapiksel). Tiada apa-apa yang disimpan.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = { $file } tidak dapat dibaca atau disimpan: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = Lakaran kecil bagi { $file } tidak dapat dihasilkan: { $reason }. Tiada apa-apa yang disimpan.
# $id (Number) - the image number given
error--media-not-found = Tiada imej { $id }.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan tidak dapat membuka tetingkapnya: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = { $file } tidak dapat dibaca: { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } kosong: fail ini tiada baris pengepala. Tiada apa-apa yang diimport.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } tiada lajur “{ $column }”, jadi fail ini bukan eksport serahan FilmFreeway. Tiada apa-apa yang diimport.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, baris { $line }: fail ini tidak dapat dibaca sebagai CSV ({ $reason }). Tiada apa-apa yang diimport.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } tidak dapat dibaca sebagai buku kerja Excel ({ $reason }). Tiada apa-apa yang diimport.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } tiada lajur “{ $column }” yang dinamakan dalam pemetaan lajur. Pilih pemetaan lain atau betulkan pemetaan ini. Tiada apa-apa yang diimport.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = Pemetaan lajur tidak dapat dibaca: { $detail }. Pemetaan lajur ialah JSON: satu nama dan, bagi setiap pengepala, kandungan lajur itu (tajuk, pengarah, negara …).
# $detail (String) - unused here
error--mapping-no-name = Pemetaan lajur ini tiada nama. Berikan nama untuk menyimpannya dan untuk mengenal pasti baris-barisnya semula pada import seterusnya.
# $detail (String) - unused here
error--mapping-no-title = Pemetaan lajur ini tidak menetapkan mana-mana lajur bagi tajuk. Petakan satu lajur kepada tajuk.
# $detail (String) - unused here
error--mapping-no-id = Pemetaan lajur ini tidak menetapkan mana-mana lajur bagi id baris. Petakan satu lajur kepada id, supaya apabila fail ini diimport semula, karyanya dikemas kini dan bukan ditambah dua kali.
# $detail (String) - what is mapped twice
error--mapping-twice = Pemetaan lajur ini memetakan dua lajur kepada “{ $detail }”, sedangkan hanya satu lajur boleh memuatkannya.
# $mapping (String) - the name or file given
error--mapping-not-found = Tiada pemetaan lajur bernama “{ $mapping }”, dan tiada juga fail dengan nama itu.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = Pemetaan “{ $mapping }” ialah pemetaan terbina dalam; simpan pemetaan anda dengan nama lain.
# $encoding (String) - the encoding given
error--encoding-unknown = “{ $encoding }” bukan pengekodan yang dikenali oleh Caravan. Gunakan nama seperti windows-1252, windows-1251, gb18030 atau shift_jis.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = “{ $vocabulary }” bukan jenis nilai yang disimpan oleh import: gunakan country, language atau status.
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = “{ $code }” bukan { $vocabulary ->
    [country] kod negara (seperti QA)
    [language] tag bahasa (seperti fr atau pt-BR)
   *[status] status serahan (in-consideration, incomplete, disqualified atau withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = Tiada alias bagi “{ $name }”.
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count } masalah ditemui, jadi tiada apa-apa yang diimport. Betulkan masalah itu, atau import baris yang baik sahaja dengan --partial.

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, baris { $line }, lajur { $column }: ini bukan XML yang terbentuk dengan betul ({ $value }). Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, baris { $line }: { $element } bukan NewReleaseMessage DDEX ERN ({ $value }). Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, baris { $line }: versi ERN ini tidak disokong ({ $value }); Caravan membaca ERN 3.4 hingga 3.8 dan 4.x. Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, baris { $line }: rakaman atau video { $element } dalam keluaran ini tiada pengecam langsung (tiada ISRC, ISAN, EIDR atau id proprietari). Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } melebihi saiz mesej DDEX yang dibaca oleh Caravan ({ $value }). Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, baris { $line }: elemennya bersarang lebih dalam daripada mana-mana mesej DDEX ({ $value }). Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, baris { $line }, lajur { $column }: “{ $value }” dalam { $element } bukan ISRC yang sah. Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, baris { $line }: rakaman bunyi { $element } tiada tajuk. Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, baris { $line }, lajur { $column }: “{ $value }” dalam { $element } bukan tempoh ISO 8601 seperti PT3M25S. Tiada apa-apa yang diimport.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, baris { $line }: { $element } merujuk kepada sumber yang tiada dalam mesej ini ({ $value }). Tiada apa-apa yang diimport.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = Baris { $line }: bilangan sel dalam baris ini berbeza daripada pengepala ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = Baris { $line }, lajur “{ $column }”: teks ini bukan UTF-8 ({ $value }). Simpan fail sebagai UTF-8 atau UTF-16.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan tempoh seperti 1:32:05.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan tarikh yang boleh dibaca oleh Caravan, seperti 2025-07-19.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan tahun.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan negara yang dikenali oleh Caravan.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan bahasa yang dikenali oleh Caravan.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan status serahan FilmFreeway.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = Baris { $line }: projek ini tiada tajuk.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = Baris { $line }: baris ini tiada Submission ID mahupun Tracking Number.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = Baris { $line }: baris ini tiada id dalam lajur yang ditetapkan sebagai id oleh pemetaan.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = Baris { $line }: baris ini tidak menamakan kategori dan edisi ini tiada seksyen untuk menempatkannya.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan pengecam yang sah (jalankan “caravan ids check” untuk mengetahui sebabnya).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = Baris { $line }, lajur “{ $column }”: { $value } sudah menjadi milik karya lain.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = Ini bukan ISAN, EIDR, ISRC atau ISWC.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = Ini kelihatan seperti { $kind } tetapi panjang atau aksaranya salah.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = Aksara semakan tidak sepadan: { $kind } ini mengandungi kesilapan taip.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = Dua huruf pertama { $kind } ini bukan kod negara atau kod agensi pendaftaran.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = Awalan { $kind } ini belum ada dalam senarai yang dibawa oleh Caravan; awalan ini mungkin baru diperuntukkan oleh IFPI. Nilai ini disimpan seperti yang ditulis.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = Karya “{ $work }” tiada teks dalam “{ $lang }”.
# $work (String) - the work as named
error--title-last = Ini satu-satunya tajuk karya “{ $work }”; tambah tajuk lain sebelum mengalih keluar tajuk ini.
error--duplicate-same-work = Karya tidak boleh digabungkan dengan dirinya sendiri atau diketepikan sebagai pendua dirinya sendiri.
# $id (Number) - the submission number
error--submission-not-found = Tiada serahan { $id }.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = { $file } tidak dapat ditulis: { $reason }. Tiada fail yang tertinggal.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = “{ $value }” tidak dapat ditambah: { $reason } Tiada apa-apa yang disimpan.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } sudah menjadi milik karya { $work }. Tiada apa-apa yang disimpan.
# $label (String) - the label as given
error--label-not-found = Edisi ini tiada label penjurian “{ $label }”; gunakan undecided, selected, not-selected atau salah satu label edisi ini.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = baris pertamanya
envelope-part--header = pengepalanya
envelope-part--signature = tandatangannya
envelope-part--payload = kandungannya
envelope-part--attachment = satu lampiran
envelope-part--attachments = senarai lampirannya
envelope-part--body = teksnya
envelope-part--file = failnya
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = Sampul ini terpotong: { $what } tidak lengkap. Tiada apa-apa yang diguna pakai.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = Sampul ini bukan sampul yang boleh dibaca oleh Caravan ({ $detail }). Tiada apa-apa yang diguna pakai.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = Sampul ini rosak dalam perjalanan: { $what } tidak sepadan dengan cap jarinya. Tiada apa-apa yang diguna pakai.
# $version (Number) - the format version found
error--envelope-unsupported-version = Sampul ini dalam format versi { $version }, yang tidak dibaca oleh Caravan ini; kemas kini Caravan untuk membacanya. Tiada apa-apa yang diguna pakai.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = Sampul ini ditolak: { $what } bersaiz { $size } bait, melebihi had { $limit }. Tiada apa-apa yang dibaca atau diguna pakai.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = Sampul ini datang daripada { $sender }, kunci yang tidak dinamakan dalam mana-mana kad ahli. Import kad ahli itu dahulu. Tiada apa-apa yang diguna pakai.
error--envelope-bad-signature = Tandatangan sampul ini tidak sepadan dengan kunci pengirimnya: sampul ini dipalsukan atau diubah. Tiada apa-apa yang diguna pakai.
error--envelope-not-addressed = Sampul ini menamakan profil ini sebagai penerima tetapi tidak dimeterai dengan kuncinya. Tiada apa-apa yang diguna pakai.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = Sampul { $seq } daripada { $sender } tiba sedangkan yang sepatutnya tiba ialah sampul { $expected }. Tiada apa-apa yang diguna pakai.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = Sampul { $seq } daripada { $sender } telah diguna pakai sebelum ini; sampul itu tidak diguna pakai sekali lagi.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = Sampul { $seq } daripada { $sender } tidak menyusuli sampul yang diguna pakai sebelumnya: strim ini telah ditulis semula. Tiada apa-apa yang diguna pakai.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = Sampul yang ditandatangani oleh { $sender } ditemui dalam strim { $stream }. Tiada apa-apa yang diguna pakai.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = Nama lampiran “{ $name }” boleh menjangkau ke luar foldernya. Tiada apa-apa yang diguna pakai.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = Lampiran “{ $name }” bukan fail yang diperihalkan oleh sampulnya. Tiada apa-apa yang diguna pakai.
# $seq (Number) - the envelope's number
error--envelope-missing = Sampul { $seq } tiada dalam strim, walaupun kepala strim menyatakan sampul itu ada. Tiada apa-apa selepasnya yang diguna pakai.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = Sampul jenis “{ $kind }” tidak dibaca oleh Caravan ini; kemas kini Caravan untuk membacanya. Tiada apa-apa yang diguna pakai.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = Ini bukan kad ahli yang boleh dibaca oleh Caravan ({ $detail }). Tiada apa-apa yang disimpan.
error--card-bad-signature = Tandatangan kad ahli ini tidak sepadan dengan kuncinya: kad ini telah diubah. Tiada apa-apa yang disimpan.
# $member (String) - the member's short name
error--card-not-a-rotation = Kad bagi “{ $member }” menamakan kunci baharu, tetapi kunci semasa ahli itu tidak menandatanganinya. Bandingkan cap jari dengan ahli itu sebelum mempercayai kad ini. Tiada apa-apa yang disimpan.
# $member (String) - the member's short name
error--card-is-own = Kad “{ $member }” ialah kad profil ini sendiri.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = “{ $value }” bukan cap jari: ada aksara yang salah atau tertinggal.
# $member (String) - the member's short name
error--fingerprint-mismatch = Cap jari yang diberikan bukan cap jari pada kad “{ $member }”. Jangan percayai kad ini sehingga anda mengetahui sebabnya. Tiada apa-apa yang diubah.
error--identity-passphrase-wrong = Kunci tidak dapat dibuka: frasa laluan salah.
error--identity-passphrase-needed = Kunci profil ini dimeterai dengan frasa laluan. Berikan frasa laluan itu (dalam skrip, melalui CARAVAN_PASSPHRASE).
error--identity-keychain-unavailable = Kunci profil ini disimpan dalam rantai kunci sistem, yang tidak memberikan respons. Buka kunci rantai kunci itu dan cuba lagi.
error--identity-missing = Profil ini belum mempunyai identiti. Cipta identiti dahulu (caravan identity init).
error--identity-exists = Profil ini sudah mempunyai identiti. Untuk menukar kuncinya, putarkan kunci itu (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = Tiada ahli “{ $member }”.
# $member (String) - the member's short name
error--member-no-card = Tiada kad disimpan bagi ahli “{ $member }”. Import kad ahli itu dahulu.
error--exchange-no-recipients = Tiada kad ahli yang disimpan untuk dijadikan penerima. Import kad ahli dahulu.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = Tiada titik pertukaran { $id }.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = { $url } tidak dapat dicapai: { $reason }. Apa-apa yang telah diguna pakai dikekalkan; cuba lagi.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } menjawab dengan status HTTP { $status }. Apa-apa yang telah diguna pakai dikekalkan; cuba lagi.
# $url (String) - the exchange point
error--exchange-read-only = { $url } boleh dibaca tetapi tidak boleh ditulis: penerbitan memerlukan pelayan WebDAV atau folder.
# $path (String) - the envelope's place at the point
error--stream-conflict = Sampul lain sudah berada di { $path }: strim profil ini telah diterbitkan daripada salinan lain profil ini. Tiada apa-apa yang ditulis ganti.
error--exchange-no-points = Belum ada titik pertukaran yang disediakan. Tambah folder atau alamat tempat perikatan bertemu (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = { $file } tidak dapat dibaca: { $reason }. Tiada apa-apa yang disimpan.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = Kunci “{ $member }” telah dibatalkan: apa-apa lagi yang ditandatanganinya tidak diterima. Import dan sahkan kad baharu ahli itu. Tiada apa-apa yang diguna pakai.
# $id (Number) - the recommendation's number
error--recommendation-not-found = Tiada syor { $id } yang diterima oleh profil ini.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = Jawapan ini berkenaan syor { $uid }, yang tidak dihantar oleh profil ini kepada ahli tersebut. Tiada apa-apa yang diguna pakai.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = Syor { $uid } sudah tiba sebelum ini; syor ini tidak diterima dua kali.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = Syor yang berstatus “{ $from }” tidak boleh ditukar kepada “{ $to }”. Tiada apa-apa yang diubah.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = Syor ini bukan syor yang boleh dibaca oleh Caravan ({ $detail }). Tiada apa-apa yang disimpan.
error--person-no-name = Seseorang perlu mempunyai nama dalam sekurang-kurangnya satu tulisan. Tiada apa-apa yang dihantar.
error--recommendation-edition-needed = Nyatakan edisi yang akan menerima karya ini (dan, jika mahu, seksyennya).
# $value (String) - the date as given
error--date-invalid = “{ $value }” bukan tarikh, atau bukan tempoh yang berakhir selepas tarikh mulanya; tulis tarikh dalam bentuk YYYY-MM-DD.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = Tiada item katalog { $id }.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = Hak tayangan karya ini tidak meliputi { $territory }, wilayah “{ $member }”.
# $alliance (String) - the alliance's short name
error--alliance-not-found = Tiada perikatan “{ $alliance }”.
error--alliance-needed = Tahap atau tarikh menyertai berkaitan dengan keahlian: nyatakan perikatan yang mana.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = “{ $tier }” bukan tahap dalam perikatan “{ $alliance }”. Tiada apa-apa yang diubah.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = Medan “{ $what }” melebihi panjang maksimum { $limit }. Tiada apa-apa yang diubah.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = Medan “{ $what }” ditulis dalam lebih daripada { $limit } bahasa. Tiada apa-apa yang diubah.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = “{ $value }” bukan maklumat hubungan jenis “{ $kind }” yang sah. Tiada apa-apa yang diubah.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = “{ $member }” bukan sekretariat perikatan “{ $alliance }” di sini, jadi daftarnya tidak diikuti. Tiada apa-apa yang diubah.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = Daftar ini tidak terbentuk dengan betul ({ $detail }). Tiada apa-apa yang diguna pakai.
# $id (Number) - the application's number
error--application-not-found = Tiada permohonan { $id }.
# $id (Number) - the application's number
error--application-decided = Permohonan { $id } sudah diputuskan. Tiada apa-apa yang diubah.
# $member (String) - the applicant's short name
error--application-exists = “{ $member }” sudah mempunyai permohonan yang masih terbuka.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = “{ $member }” sudah menjadi ahli perikatan “{ $alliance }”.
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = “{ $criterion }” bukan kriteria kemasukan perikatan “{ $alliance }”. Tiada apa-apa yang diubah.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = Hanya ahli perikatan boleh menaja permohonan, dan “{ $member }” bukan ahli “{ $alliance }”. Tiada apa-apa yang diubah.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = Kemasukan memerlukan lebih banyak undi menyokong daripada menentang; { $for } menyokong dan { $against } menentang tidak memenuhi syarat itu. Tiada apa-apa yang diubah.
# $value (String) - the section's short name
error--section-ambiguous = Lebih daripada satu edisi mempunyai seksyen “{ $value }”: nyatakan edisi yang mana.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = Seksyen “{ $section }” tiada pusingan { $round }.
error--shortlist-first-round = Pusingan pertama tiada pusingan sebelumnya untuk diambil senarai pendeknya.
# $value (String) - the juror's email
error--juror-not-found = Tiada juri “{ $value }”.
# $value (String) - the person's name
error--person-not-found = Tiada sesiapa bernama “{ $value }” yang dikreditkan dalam mana-mana karya.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } bukan markah bagi “{ $criterion }”, yang berjulat dari { $min } hingga { $max } dengan langkah { $step }. Tiada apa-apa yang diubah.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = Skala berjulat daripada markah terendah hingga markah tertinggi yang lebih besar, dengan langkah positif dan pemberat positif; { $min } hingga { $max } dengan langkah { $step } dan pemberat { $weight } bukan skala yang sah.
error--reviews-per-entry-zero = Setiap penyertaan memerlukan sekurang-kurangnya satu penilaian.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = Karya { $work } tidak diagihkan kepada “{ $juror }”. Tiada apa-apa yang diubah.
# $value (String) - the criterion as written
error--criterion-not-found = Rubrik ini tiada kriteria “{ $value }”. Tiada apa-apa yang diubah.
# $value (String) - what was wrong
error--scores-file-invalid = Fail markah tidak dapat dibaca: { $value }. Tiada apa-apa yang diubah.
# $value (String) - the value as written
error--score-not-a-number = “{ $value }” bukan nombor.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = “{ $juror }” memberikan markah bagi “{ $criterion }” untuk karya { $work } dua kali dalam fail ini.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count } baris dalam fail ini ditolak, jadi tiada apa-apa yang diimport.
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = Pusingan { $round } “{ $section }” belum mempunyai rubrik: tambah kriterianya dahulu.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = Karya { $work } bukan penyertaan dalam pusingan { $round } “{ $section }”.
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = “{ $juror }” tidak berada dalam panel juri “{ $section }”.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = “{ $juror }” mempunyai konflik kepentingan dengan karya { $work }: pasangan ini tidak akan diagihkan, diberi markah atau dikira. Tiada apa-apa yang diubah.
# $value (String) - the juror's email
error--juror-no-card = “{ $value }” belum memberikan kad: tambahkannya dengan “jury juror add … --card FILE”, supaya paket dapat dimeterai untuk juri itu sahaja.
# $value (String) - the juror's email
error--juror-no-entries = “{ $value }” tiada penyertaan yang diagihkan: tiada apa-apa untuk dimasukkan ke dalam paket.
# $value (String) - the kind the file holds
error--packet-wrong-kind = Fail ini mengandungi sampul jenis “{ $value }”, bukan jenis yang diminta. Tiada apa-apa yang diubah.
error--no-packet = Tiada paket juri yang dibuka dalam profil ini: buka paket daripada pengerusi dahulu.
error--sheet-unknown-juror = Borang markah ini ditandatangani oleh kunci yang tidak dinamakan dalam kad mana-mana juri. Tiada apa-apa yang diubah.
# $value (String) - the award's short name
error--award-not-found = Tiada anugerah “{ $value }”.
# $value (String) - the award's short name
error--award-decided = Anugerah “{ $value }” sudah ada pemenangnya. Tiada apa-apa yang diubah.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = Karya { $work } sudah memenangi anugerah lain dalam edisi ini dan tidak boleh turut memenangi “{ $award }”. Tiada apa-apa yang diubah.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = “{ $voter }” sudah mengundi dalam pusingan { $round }. Tiada apa-apa yang diubah.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = Belum ada sesiapa yang mengundi untuk “{ $award }” dalam pusingan { $round }.
# $value (String) - the file given
error--screener-not-video = “{ $value }” bukan fail video yang boleh dijadikan salinan pratonton (WebM, MP4, M4V, MKV, MOV atau OGV). Tiada apa-apa yang diubah.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan negara yang dikenali oleh Caravan. Nilai ini disimpan seperti yang ditulis dan karya ini ditanda untuk disemak.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan negara yang dikenali oleh Caravan; adakah maksud anda { $suggestion }? Nilai ini disimpan seperti yang ditulis dan karya ini ditanda untuk disemak.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan bahasa yang dikenali oleh Caravan. Nilai ini disimpan seperti yang ditulis dan karya ini ditanda untuk disemak.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan bahasa yang dikenali oleh Caravan; adakah maksud anda { $suggestion }? Nilai ini disimpan seperti yang ditulis dan karya ini ditanda untuk disemak.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = Baris { $line }, lajur “{ $column }”: “{ $value }” bukan status serahan yang dikenali oleh Caravan. Penyertaan ini kekal dalam pertimbangan, status disimpan seperti yang ditulis dan karya ini ditanda untuk disemak.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = Baris { $line }, lajur “{ $column }”: sel ini mengandungi aksara kawalan (seperti NUL), yang telah dibuang: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = Baris { $line }, { $column }: ISRC { $value } bermula dengan awalan yang belum dikenali oleh Caravan; nilai ini disimpan seperti yang ditulis. Semak dengan syarikat rakaman jika nilai ini kelihatan salah.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = Baris { $line }, { $column }: sumber kedua mempunyai ISRC { $value }; sumber pertama telah diimport dan sumber ini ditinggalkan.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = Baris { $line }, { $column }: sumber kedua mempunyai pengecam { $value }; sumber pertama telah diimport dan sumber ini ditinggalkan.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = Baris { $line }, { $column }: ISRC { $value } bermula dengan awalan yang belum dikenali oleh Caravan; nilai ini disimpan seperti yang ditulis. Semak dengan syarikat rakaman jika nilai ini kelihatan salah.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = Baris { $line }, { $column }: sumber tambahan { $value } tiada pengecam, jadi sumber ini ditinggalkan; selebihnya kiriman ini telah diimport.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = Baris { $line }, { $column }: “{ $value }” bukan ISAN yang sah; sumber ini diimport tanpanya.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = Baris { $line }, { $column }: “{ $value }” bukan EIDR yang sah; sumber ini diimport tanpanya.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = Baris { $line }, { $column }: mesej ini menyatakan bahawa ia ialah { $value }, tetapi ruang namanya menamakan versi ERN yang lain; mesej ini dibaca mengikut ruang namanya.
