# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } bir Caravan veritabanı değil: bu dosya bir SQLite dosyası değil. Hiçbir değişiklik yapılmadı.
# $path (String) - the database file
error--db-foreign = { $path } dosyası Caravan’a değil, başka bir programa ait bir SQLite veritabanı. Hiçbir değişiklik yapılmadı.
# $path (String) - the database file
error--db-corrupt = { $path } dosyası hasarlı ve okunamıyor. Hiçbir değişiklik yapılmadı; dosyayı bir yedekten geri yükleyin.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } dosyası Caravan’ın daha yeni bir sürümüyle yazılmış (dosyadaki şema sürümü { $found }, bu sürümün tanıdığı en yeni şema { $supported }). Dosyayı açmak için Caravan’ı güncelleyin. Hiçbir değişiklik yapılmadı.
# $path (String) - the database file
error--db-busy = { $path } dosyası başka bir program tarafından kullanılıyor. Biraz sonra yeniden deneyin.
# $path (String) - the database file
error--db-read-only = { $path } dosyasına yazılamıyor: dosyanın izinlerini denetleyin.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = { $path } açılamıyor: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = Veritabanı hatası ({ $path }): { $reason }
error--db-no-data-dir = Bu bilgisayarda uygulama verileri için bir klasör yok. --db veya CARAVAN_DB ile bir veritabanı dosyası seçin.

# $slug (String) - the slug asked for
error--slug-taken = “{ $slug }” kısa adı zaten kullanılıyor.
# $value (String) - the slug given
error--slug-invalid = “{ $value }” geçerli bir kısa ad değil: küçük Latin harfleri, rakamlar ve tek kısa çizgiler kullanın.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = “{ $value }” bir dil kodu değil. BCP 47 biçiminde bir dil kodu kullanın; arayüz şu dillerde kullanılabilir: { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = Arayüz “{ $value }” dilinde kullanılamıyor. Şunlardan birini seçin: { $supported }.
# $value (String) - the code given
error--country-invalid = “{ $value }” bir ISO 3166-1 ülke kodu değil.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: “{ $value }” kabul edilen bir değer değil.
# $what (String) - the name of the field, from what--*
error--value-empty = { $what } boş bırakılamaz.

# $work (String) - what the user typed to name the work
error--work-not-found = “{ $work }” diye bir eser yok. Eseri numarasıyla, ff: ile birlikte FilmFreeway Submission ID değeriyle, Tracking Number değeriyle ya da ISRC gibi bir tanımlayıcısıyla belirtin.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }” birden çok eserle eşleşiyor ({ $count }). Eseri numarasıyla belirtin.
# $edition (String) - the edition slug given
error--edition-not-found = “{ $edition }” diye bir edisyon yok. Edisyonları “caravan editions list” komutu gösterir.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = “{ $edition }” edisyonunda “{ $section }” diye bir bölüm yok. Hiçbir değişiklik yapılmadı.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = Pencere, Caravan’ın okuyamadığı bir istek gönderdi ({ $detail }). Hiçbir değişiklik yapılmadı.
# $value (String) - the cursor given
error--cursor-invalid = “{ $value }” bu listenin bir imleci değil: aynı sıralamayla önceki sayfanın “next” değerini kullanın.
# $change (Number) - the number of the status change
error--status-change-not-found = { $change } numaralı durum değişikliği yok.
# $change (Number) - the number of the status change
error--status-change-undone = { $change } numaralı durum değişikliği zaten geri alınmış. Hiçbir değişiklik yapılmadı.
error--status-nothing-to-set = Ayarlanacak bir başvuru durumu, bir değerlendirme durumu ya da ikisini birden seçin.

# $command (String) - the word that is not a command
error--cli-unknown-command = “{ $command }” bir Caravan komutu değil. Komutları görmek için “caravan --help” çalıştırın.
# $argument (String) - the option that is not known
error--cli-unknown-argument = “{ $argument }” bu komutun bir seçeneği değil. Seçeneklerini görmek için --help ekleyin.
# $argument (String) - the argument that is missing
error--cli-missing-argument = Bu komut için şu gerekli: { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = “{ $value }” değeri { $argument } için geçerli değil.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = Komut satırı geçerli değil: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = Beklenmeyen bir sorun oluştu: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } dosyası boş. Hiçbir şey kaydedilmedi.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } dosyası Caravan’ın okuyabildiği bir görsel değil (JPEG, PNG, WebP, GIF, TIFF veya BMP). Hiçbir şey kaydedilmedi.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } dosyası beklenenden önce bitiyor: dosya eksik. Hiçbir şey kaydedilmedi.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } dosyası hasarlı ({ $reason }). Hiçbir şey kaydedilmedi.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } dosyası Caravan’ın kabul ettiği boyuttan büyük (bir kenarda en fazla 20.000 piksel ve toplamda en fazla 100 megapiksel). Hiçbir şey kaydedilmedi.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = { $file } dosyası okunamıyor veya kaydedilemiyor: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = { $file } dosyasının küçük resimleri oluşturulamadı: { $reason }. Hiçbir şey kaydedilmedi.
# $id (Number) - the image number given
error--media-not-found = { $id } numaralı görsel yok.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan penceresini açamadı: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = { $file } dosyası okunamıyor: { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } dosyası boş: başlık satırı yok. Hiçbir şey içe aktarılmadı.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } dosyasında “{ $column }” sütunu yok; bu nedenle dosya bir FilmFreeway başvuru dışa aktarımı değil. Hiçbir şey içe aktarılmadı.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, { $line }. satır: dosya CSV olarak okunamıyor ({ $reason }). Hiçbir şey içe aktarılmadı.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } dosyası bir Excel çalışma kitabı olarak okunamıyor ({ $reason }). Hiçbir şey içe aktarılmadı.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } dosyasında, sütun eşlemesinin belirttiği “{ $column }” sütunu yok. Başka bir eşleme seçin veya bu eşlemeyi düzeltin. Hiçbir şey içe aktarılmadı.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = Sütun eşlemesi okunamıyor: { $detail }. Eşleme bir JSON belgesidir: bir ad ve her sütun adı için o sütunun ne içerdiği (başlık, yönetmenler, ülkeler …).
# $detail (String) - unused here
error--mapping-no-name = Sütun eşlemesinin adı yok. Eşlemeyi kaydetmek ve bir sonraki içe aktarmada satırlarını yeniden bulmak için ona bir ad verin.
# $detail (String) - unused here
error--mapping-no-title = Sütun eşlemesinde eserin başlığını içeren bir sütun yok. Bir sütunu başlık alanına eşleyin.
# $detail (String) - unused here
error--mapping-no-id = Sütun eşlemesinde satırın tanımlayıcısını içeren bir sütun yok. Bir sütunu tanımlayıcı alanına eşleyin; böylece dosyayı yeniden içe aktardığınızda eserler iki kez eklenmez, güncellenir.
# $detail (String) - what is mapped twice
error--mapping-twice = Sütun eşlemesi iki sütunu “{ $detail }” alanına eşliyor; oysa bu alan tek bir sütundan gelir.
# $mapping (String) - the name or file given
error--mapping-not-found = “{ $mapping }” adlı bir sütun eşlemesi yok, bu adda bir dosya da yok.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = “{ $mapping }” eşlemesi yerleşik bir eşlemedir; kendi eşlemenizi başka bir adla kaydedin.
# $encoding (String) - the encoding given
error--encoding-unknown = “{ $encoding }”, Caravan’ın tanıdığı bir kodlama değil. windows-1252, windows-1251, gb18030 veya shift_jis gibi bir ad kullanın.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = “{ $vocabulary }”, içe aktarmanın sakladığı bir değer türü değil: country, language veya status kullanın.
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = “{ $code }” geçerli bir { $vocabulary ->
    [country] ülke kodu (ör. QA)
    [language] dil kodu (ör. fr veya pt-BR)
   *[status] başvuru durumu (in-consideration, incomplete, disqualified veya withdrawn)
} değil.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = “{ $name }” için tanımlı bir takma ad yok.
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [one] Bir satır reddedildi; bu nedenle hiçbir şey içe aktarılmadı. Satırı düzeltin ya da diğer satırları --partial ile içe aktarın.
   *[other] { $count } sorun bulundu; bu nedenle hiçbir şey içe aktarılmadı. Sorunları düzeltin ya da sorunsuz satırları --partial ile içe aktarın.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, { $line }. satır, { $column }. sütun: bu, düzgün biçimlendirilmiş bir XML değil ({ $value }). Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, { $line }. satır: { $element } bir DDEX ERN NewReleaseMessage değil ({ $value }). Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, { $line }. satır: bu ERN sürümü desteklenmiyor ({ $value }); Caravan ERN 3.4–3.8 ve 4.x sürümlerini okur. Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, { $line }. satır: yayındaki { $element } kaydının veya videosunun hiçbir tanımlayıcısı yok (ne ISRC, ne ISAN, ne EIDR ne de özel bir tanımlayıcı). Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } dosyası, Caravan’ın okuyabildiği bir DDEX mesajından büyük ({ $value }). Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, { $line }. satır: öğeler, hiçbir DDEX mesajında olmayacak kadar derin iç içe geçmiş ({ $value }). Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, { $line }. satır, { $column }. sütun: { $element } içindeki “{ $value }” geçerli bir ISRC değil. Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, { $line }. satır: { $element } ses kaydının başlığı yok. Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, { $line }. satır, { $column }. sütun: { $element } içindeki “{ $value }”, PT3M25S gibi bir ISO 8601 süresi değil. Hiçbir şey içe aktarılmadı.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, { $line }. satır: { $element }, mesajda bulunmayan bir kaynağa başvuruyor ({ $value }). Hiçbir şey içe aktarılmadı.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = { $line }. satır: satırdaki hücre sayısı başlık satırındakinden farklı ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = { $line }. satır, “{ $column }” sütunu: metin UTF-8 değil ({ $value }). Dosyayı UTF-8 veya UTF-16 olarak kaydedin.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = { $line }. satır, “{ $column }” sütunu: “{ $value }”, 1:32:05 gibi bir süre değil.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın okuyabildiği bir tarih değil (ör. 2025-07-19).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = { $line }. satır, “{ $column }” sütunu: “{ $value }” bir yıl değil.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın tanıdığı bir ülke değil.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın tanıdığı bir dil değil.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = { $line }. satır, “{ $column }” sütunu: “{ $value }” bir FilmFreeway başvuru durumu değil.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = { $line }. satır: projenin başlığı yok.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = { $line }. satır: satırda ne Submission ID ne de Tracking Number var.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = { $line }. satır: eşlemenin tanımlayıcı sütunu olarak belirttiği sütunda bu satırın tanımlayıcısı yok.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = { $line }. satır: satırda kategori belirtilmemiş ve edisyonda satırın konabileceği bir bölüm yok.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = { $line }. satır, “{ $column }” sütunu: “{ $value }” geçerli bir tanımlayıcı değil (nedenini görmek için “caravan ids check” çalıştırın).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = { $line }. satır, “{ $column }” sütunu: { $value } zaten başka bir esere ait.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = Bu bir ISAN, EIDR, ISRC veya ISWC değil.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = Bu bir { $kind } gibi görünüyor, ancak uzunluğu veya karakterleri hatalı.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = Denetim karakteri tutmuyor: bu { $kind } değerinde bir yazım hatası var.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = Bu { $kind } değerinin ilk iki harfi bir ülke kodu ya da kayıt kuruluşu kodu değil.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = Bu { $kind } değerinin öneki, Caravan’ın listesinde henüz yok; IFPI tarafından yeni tahsis edilmiş olabilir. Değer yazıldığı gibi saklandı.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = “{ $work }” eserinin “{ $lang }” dilinde metni yok.
# $work (String) - the work as named
error--title-last = Bu, “{ $work }” eserinin tek başlığı; kaldırmadan önce başka bir başlık ekleyin.
error--duplicate-same-work = Bir eser kendisiyle birleştirilemez ya da kendi mükerrer kaydı olarak yok sayılamaz.
# $id (Number) - the submission number
error--submission-not-found = { $id } numaralı başvuru yok.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = { $file } dosyası yazılamadı: { $reason }. Geride yarım dosya bırakılmadı.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = “{ $value }” eklenemiyor: { $reason } Hiçbir şey kaydedilmedi.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } zaten { $work } numaralı esere ait. Hiçbir şey kaydedilmedi.
# $label (String) - the label as given
error--label-not-found = Edisyonda “{ $label }” diye bir değerlendirme etiketi yok; undecided, selected, not-selected ya da edisyonun etiketlerinden birini kullanın.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = ilk satırı
envelope-part--header = üst bilgisi
envelope-part--signature = imzası
envelope-part--payload = içeriği
envelope-part--attachment = eklerinden biri
envelope-part--attachments = ek listesi
envelope-part--body = metni
envelope-part--file = dosyası
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = Zarf yarıda kesilmiş: { $what } eksik. Hiçbir şey uygulanmadı.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = Bu zarf Caravan’ın okuyabildiği biçimde değil ({ $detail }). Hiçbir şey uygulanmadı.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = Zarf yolda hasar görmüş: { $what } parmak iziyle uyuşmuyor. Hiçbir şey uygulanmadı.
# $version (Number) - the format version found
error--envelope-unsupported-version = Zarfın biçim sürümü { $version }; Caravan’ın bu sürümü bu biçimi okuyamıyor, okumak için Caravan’ı güncelleyin. Hiçbir şey uygulanmadı.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = Zarf reddedildi: { $what } { $size } bayt ve { $limit } baytlık sınırı aşıyor. Hiçbir şey okunmadı veya uygulanmadı.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = Zarf { $sender } parmak izli bir anahtardan geliyor; bu anahtar hiçbir üye kartında geçmiyor. Önce üyenin kartını içe aktarın. Hiçbir şey uygulanmadı.
error--envelope-bad-signature = Zarfın imzası gönderenin anahtarıyla uyuşmuyor: zarf sahte ya da değiştirilmiş. Hiçbir şey uygulanmadı.
error--envelope-not-addressed = Zarf bu profili alıcı olarak gösteriyor, ancak profilin anahtarına mühürlenmemiş. Hiçbir şey uygulanmadı.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = { $sender } parmak izli gönderenden { $expected } numaralı zarf beklenirken { $seq } numaralı zarf geldi. Hiçbir şey uygulanmadı.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = { $sender } parmak izli gönderenin { $seq } numaralı zarfı daha önce uygulanmıştı; yeniden uygulanmadı.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = { $sender } parmak izli gönderenin { $seq } numaralı zarfı, kendinden önce uygulanan zarfın devamı değil: akış yeniden yazılmış. Hiçbir şey uygulanmadı.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = { $sender } parmak izli anahtarla imzalanmış bir zarf, { $stream } parmak izine ait akışta bulundu. Hiçbir şey uygulanmadı.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = “{ $name }” ek adı, ekin kendi klasörünün dışına çıkabilir. Hiçbir şey uygulanmadı.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = “{ $name }” eki, zarfında tanımlanan dosya değil. Hiçbir şey uygulanmadı.
# $seq (Number) - the envelope's number
error--envelope-missing = Akışın baş kaydına göre { $seq } numaralı zarf akışta olmalı, ancak zarf eksik. Bu zarftan sonraki hiçbir zarf uygulanmadı.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = “{ $kind }” türündeki zarfları Caravan’ın bu sürümü okuyamıyor; okumak için Caravan’ı güncelleyin. Hiçbir şey uygulanmadı.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = Bu, Caravan’ın okuyabildiği bir üye kartı değil ({ $detail }). Hiçbir şey kaydedilmedi.
error--card-bad-signature = Üye kartının imzası kartın anahtarlarıyla uyuşmuyor: kart değiştirilmiş. Hiçbir şey kaydedilmedi.
# $member (String) - the member's short name
error--card-not-a-rotation = “{ $member }” üyesinin kartı yeni anahtarlar bildiriyor, ancak kartı üyenin şu anki anahtarı imzalamamış. Karta güvenmeden önce parmak izlerini üyeyle karşılaştırın. Hiçbir şey kaydedilmedi.
# $member (String) - the member's short name
error--card-is-own = “{ $member }” kartı bu profilin kendi kartı.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = “{ $value }” bir parmak izi değil: bir karakter yanlış ya da eksik.
# $member (String) - the member's short name
error--fingerprint-mismatch = Verilen parmak izi, “{ $member }” üyesinin kartındaki parmak izi değil. Nedenini öğrenene kadar bu karta güvenmeyin. Hiçbir değişiklik yapılmadı.
error--identity-passphrase-wrong = Anahtarlar açılamadı: parola yanlış.
error--identity-passphrase-needed = Bu profilin anahtarları bir parolayla mühürlü. Parolayı girin (betiklerde CARAVAN_PASSPHRASE ile).
error--identity-keychain-unavailable = Bu profilin anahtarları sistem anahtar zincirinde tutuluyor, ancak anahtar zinciri yanıt vermiyor. Anahtar zincirinin kilidini açıp yeniden deneyin.
error--identity-missing = Bu profilin henüz bir kimliği yok. Önce bir kimlik oluşturun (caravan identity init).
error--identity-exists = Bu profilin zaten bir kimliği var. Anahtarlarını değiştirmek için anahtarları yenileyin (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = “{ $member }” diye bir üye yok.
# $member (String) - the member's short name
error--member-no-card = “{ $member }” üyesi için kayıtlı bir kart yok. Önce üyenin kartını içe aktarın.
error--exchange-no-recipients = Gönderilecek kimse yok: hiçbir üyenin kartı kayıtlı değil. Önce üyelerin kartlarını içe aktarın.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = { $id } numaralı paylaşım noktası yok.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = { $url } konumuna ulaşılamadı: { $reason }. Daha önce uygulananlar korunuyor; yeniden deneyin.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } adresi HTTP { $status } durum koduyla yanıt verdi. Daha önce uygulananlar korunuyor; yeniden deneyin.
# $url (String) - the exchange point
error--exchange-read-only = { $url } konumu okunabiliyor ama yazılamıyor: yayımlamak için bir WebDAV sunucusu veya bir klasör gerekir.
# $path (String) - the envelope's place at the point
error--stream-conflict = { $path } konumunda zaten başka bir zarf var: bu profilin akışı, profilin başka bir kopyasından yayımlanmış. Hiçbir şeyin üzerine yazılmadı.
error--exchange-no-points = Hiç paylaşım noktası ayarlanmamış. Birliğin buluştuğu klasörü veya adresi ekleyin (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = { $file } dosyası okunamadı: { $reason }. Hiçbir şey kaydedilmedi.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = “{ $member }” üyesinin anahtarı iptal edildi: bu anahtarın imzaladığı hiçbir şey artık kabul edilmiyor. Üyenin yeni kartını içe aktarıp doğrulayın. Hiçbir şey uygulanmadı.
# $id (Number) - the recommendation's number
error--recommendation-not-found = Bu profilin aldığı { $id } numaralı bir öneri yok.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = Yanıt, bu profilin o üyeye göndermediği { $uid } önerisiyle ilgili. Hiçbir şey uygulanmadı.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = { $uid } önerisi daha önce gelmişti; ikinci kez alınmadı.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = “{ $from }” durumundaki bir öneri “{ $to }” durumuna geçemez. Hiçbir değişiklik yapılmadı.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = Bu öneri Caravan’ın okuyabildiği biçimde değil ({ $detail }). Hiçbir şey kaydedilmedi.
error--person-no-name = Bir kişinin en az bir yazı sisteminde adı olmalıdır. Hiçbir şey gönderilmedi.
error--recommendation-edition-needed = Eserin hangi edisyona (isterseniz hangi bölüme de) gireceğini belirtin.
# $value (String) - the date as given
error--date-invalid = “{ $value }” bir tarih değil ya da başladıktan sonra biten bir zaman aralığı değil; tarihleri YYYY-MM-DD biçiminde yazın.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = { $id } numaralı katalog kaydı yok.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = Eserin gösterim hakları, “{ $member }” üyesinin bölgesi olan { $territory } bölgesini kapsamıyor.
# $alliance (String) - the alliance's short name
error--alliance-not-found = “{ $alliance }” diye bir birlik yok.
error--alliance-needed = Kademe ve katılım tarihi bir üyeliğe aittir: hangi birlik olduğunu belirtin.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = “{ $tier }”, “{ $alliance }” birliğinin kademelerinden biri değil. Hiçbir değişiklik yapılmadı.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = “{ $what }” alanı izin verilen uzunluk sınırını ({ $limit }) aşıyor. Hiçbir değişiklik yapılmadı.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = “{ $what }” alanı { $limit } dilden fazlasında yazılmış. Hiçbir değişiklik yapılmadı.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = “{ $value }”, “{ $kind }” türünde geçerli bir iletişim bilgisi değil. Hiçbir değişiklik yapılmadı.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = “{ $member }” burada “{ $alliance }” birliğinin sekretaryası olarak tanınmıyor; bu nedenle yayımladığı sicil izlenmiyor. Hiçbir değişiklik yapılmadı.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = Sicil düzgün biçimlendirilmemiş ({ $detail }). Hiçbir şey uygulanmadı.
# $id (Number) - the application's number
error--application-not-found = { $id } numaralı üyelik talebi yok.
# $id (Number) - the application's number
error--application-decided = { $id } numaralı üyelik talebi zaten karara bağlandı. Hiçbir değişiklik yapılmadı.
# $member (String) - the applicant's short name
error--application-exists = “{ $member }” için zaten açık bir üyelik talebi var.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = “{ $member }” zaten “{ $alliance }” birliğinin üyesi.
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = “{ $criterion }”, “{ $alliance }” birliğinin kabul ölçütlerinden biri değil. Hiçbir değişiklik yapılmadı.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = Üyelik taleplerini yalnızca birliğin üyeleri destekleyebilir; “{ $member }” ise “{ $alliance }” birliğinin üyesi değil. Hiçbir değişiklik yapılmadı.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = Kabul için lehte oyların aleyhte oylardan fazla olması gerekir; { $for } lehte ve { $against } aleyhte oy bu koşulu sağlamıyor. Hiçbir değişiklik yapılmadı.
# $value (String) - the section's short name
error--section-ambiguous = Birden fazla edisyonda “{ $value }” adlı bir bölüm var: hangi edisyon olduğunu belirtin.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = “{ $section }” bölümünün { $round }. turu yok.
error--shortlist-first-round = İlk turdan önce kısa listenin alınabileceği bir tur yok.
# $value (String) - the juror's email
error--juror-not-found = “{ $value }” diye bir jüri üyesi yok.
# $value (String) - the person's name
error--person-not-found = Hiçbir eserin künyesinde “{ $value }” adında biri yok.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value }, “{ $criterion }” ölçütü için geçerli bir puan değil; bu ölçüt { $min } ile { $max } arasında, { $step } aralıklarla puanlanır. Hiçbir değişiklik yapılmadı.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = Bir ölçek en düşük puandan daha yüksek bir en yüksek puana pozitif adımlarla gitmeli ve ağırlığı pozitif olmalıdır; { $min }–{ $max } aralığı, { $step } adım ve { $weight } ağırlık bu koşulları sağlamıyor.
error--reviews-per-entry-zero = Her aday eserin en az bir incelemesi olmalıdır.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = “{ $juror }” jüri üyesine { $work } numaralı eser atanmamış. Hiçbir değişiklik yapılmadı.
# $value (String) - the criterion as written
error--criterion-not-found = Puanlama tablosunda “{ $value }” diye bir ölçüt yok. Hiçbir değişiklik yapılmadı.
# $value (String) - what was wrong
error--scores-file-invalid = Puan dosyası okunamıyor: { $value }. Hiçbir değişiklik yapılmadı.
# $value (String) - the value as written
error--score-not-a-number = “{ $value }” bir sayı değil.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = “{ $juror }”, bu dosyada { $work } numaralı eserin “{ $criterion }” ölçütünü iki kez puanlıyor.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [one] Dosyanın bir satırı reddedildi; bu nedenle hiçbir şey içe aktarılmadı.
   *[other] Dosyanın { $count } satırı reddedildi; bu nedenle hiçbir şey içe aktarılmadı.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = “{ $section }” bölümünün { $round }. turunun henüz puanlama tablosu yok: önce ölçütlerini ekleyin.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = { $work } numaralı eser, “{ $section }” bölümünün { $round }. turunda aday eser değil.
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = “{ $juror }”, “{ $section }” bölümünün jürisinde yer almıyor.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = “{ $juror }” ile { $work } numaralı eser arasında çıkar çatışması var: bu ikili hiçbir zaman atanmaz, puanlanmaz ve hesaba katılmaz. Hiçbir değişiklik yapılmadı.
# $value (String) - the juror's email
error--juror-no-card = “{ $value }” henüz kartını vermedi: paketin yalnızca bu jüri üyesine mühürlenebilmesi için kartı “jury juror add … --card FILE” ile ekleyin.
# $value (String) - the juror's email
error--juror-no-entries = “{ $value }” jüri üyesine atanmış aday eser yok: pakete konacak bir şey yok.
# $value (String) - the kind the file holds
error--packet-wrong-kind = Dosyada istenen türde değil, “{ $value }” türünde bir zarf var. Hiçbir değişiklik yapılmadı.
error--no-packet = Bu profilde hiç jüri paketi açılmadı: önce jüri başkanının paketini açın.
error--sheet-unknown-juror = Puan formu, hiçbir jüri üyesinin kartında geçmeyen bir anahtarla imzalanmış. Hiçbir değişiklik yapılmadı.
# $value (String) - the award's short name
error--award-not-found = “{ $value }” diye bir ödül yok.
# $value (String) - the award's short name
error--award-decided = “{ $value }” ödülünün kazananı zaten belli. Hiçbir değişiklik yapılmadı.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = { $work } numaralı eser bu edisyonda zaten başka bir ödül kazandı; “{ $award }” ödülünü de kazanamaz. Hiçbir değişiklik yapılmadı.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = “{ $voter }”, { $round }. oylama turunda zaten oy kullandı. Hiçbir değişiklik yapılmadı.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = “{ $award }” için { $round }. oylama turunda henüz kimse oy kullanmadı.
# $value (String) - the file given
error--screener-not-video = “{ $value }”, izleme kopyası olarak kullanılabilecek bir video dosyası değil (WebM, MP4, M4V, MKV, MOV veya OGV). Hiçbir değişiklik yapılmadı.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın tanıdığı bir ülke değil. Değer yazıldığı gibi saklandı ve eser işaretlendi.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın tanıdığı bir ülke değil; şunu mu demek istediniz: { $suggestion }? Değer yazıldığı gibi saklandı ve eser işaretlendi.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın tanıdığı bir dil değil. Değer yazıldığı gibi saklandı ve eser işaretlendi.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın tanıdığı bir dil değil; şunu mu demek istediniz: { $suggestion }? Değer yazıldığı gibi saklandı ve eser işaretlendi.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = { $line }. satır, “{ $column }” sütunu: “{ $value }”, Caravan’ın tanıdığı bir başvuru durumu değil. Başvuru “Değerlendirmede” durumunda kalıyor; dosyadaki durum yazıldığı gibi saklandı ve eser işaretlendi.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = { $line }. satır, “{ $column }” sütunu: hücrede denetim karakterleri (NUL gibi) vardı ve bunlar çıkarıldı: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = { $line }. satır, { $column }: { $value } ISRC kodu, Caravan’ın henüz tanımadığı bir önekle başlıyor; kod yazıldığı gibi saklandı. Yanlış görünüyorsa plak şirketine danışın.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = { $line }. satır, { $column }: ikinci bir kaynakta da { $value } ISRC kodu var; ilki içe aktarıldı, bu kaynak dışarıda bırakıldı.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = { $line }. satır, { $column }: ikinci bir kaynakta da { $value } tanımlayıcısı var; ilki içe aktarıldı, bu kaynak dışarıda bırakıldı.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = { $line }. satır, { $column }: { $value } ISRC kodu, Caravan’ın henüz tanımadığı bir önekle başlıyor; kod yazıldığı gibi saklandı. Yanlış görünüyorsa plak şirketine danışın.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = { $line }. satır, { $column }: { $value } ek kaynağının tanımlayıcısı yok, bu nedenle dışarıda bırakıldı; teslimatın geri kalanı içe aktarıldı.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = { $line }. satır, { $column }: “{ $value }” geçerli bir ISAN değil; kaynak bu değer olmadan içe aktarıldı.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = { $line }. satır, { $column }: “{ $value }” geçerli bir EIDR değil; kaynak bu değer olmadan içe aktarıldı.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = { $line }. satır, { $column }: mesaj kendisinin { $value } olduğunu belirtiyor, ancak ad alanı başka bir ERN sürümünü gösteriyor; mesaj ad alanına göre okundu.
