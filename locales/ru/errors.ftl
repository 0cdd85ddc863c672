# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } — не база данных Caravan: это не файл SQLite. Ничего не изменено.
# $path (String) - the database file
error--db-foreign = { $path } — база данных SQLite другой программы, а не Caravan. Ничего не изменено.
# $path (String) - the database file
error--db-corrupt = Файл { $path } повреждён и не читается. Ничего не изменено; восстановите его из резервной копии.
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = Файл { $path } записан более новой версией Caravan (схема { $found }; эта версия знает схемы до { $supported }). Обновите Caravan, чтобы открыть его. Ничего не изменено.
# $path (String) - the database file
error--db-busy = Файл { $path } занят другой программой. Повторите попытку чуть позже.
# $path (String) - the database file
error--db-read-only = Нельзя записать в { $path }: проверьте права доступа.
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = Не удаётся открыть { $path }: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = Ошибка базы данных в { $path }: { $reason }
error--db-no-data-dir = На этом компьютере нет папки для данных приложений. Укажите файл базы данных через --db или CARAVAN_DB.

# $slug (String) - the slug asked for
error--slug-taken = Короткое имя «{ $slug }» уже занято.
# $value (String) - the slug given
error--slug-invalid = «{ $value }» — недопустимое короткое имя: используйте строчные латинские буквы, цифры и одиночные дефисы.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = «{ $value }» — не языковой тег. Используйте тег BCP 47; интерфейс доступен на языках: { $supported }.
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = Интерфейс недоступен на языке «{ $value }». Выберите один из: { $supported }.
# $value (String) - the code given
error--country-invalid = «{ $value }» — не код страны ISO 3166-1.
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: «{ $value }» — недопустимое значение.
# $what (String) - the name of the field, from what--*
error--value-empty = Поле «{ $what }» не может быть пустым.

# $work (String) - what the user typed to name the work
error--work-not-found = Произведение «{ $work }» не найдено. Укажите произведение по номеру, по ff: и Submission ID из FilmFreeway, по Tracking Number или по идентификатору, например ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = «{ $work }» соответствует нескольким произведениям ({ $count }). Укажите произведение по номеру.
# $edition (String) - the edition slug given
error--edition-not-found = Выпуск «{ $edition }» не найден. Команда «caravan editions list» покажет список.
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = В выпуске «{ $edition }» нет секции «{ $section }». Ничего не изменено.
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = Окно отправило запрос, который Caravan не может прочитать ({ $detail }). Ничего не изменено.
# $value (String) - the cursor given
error--cursor-invalid = «{ $value }» — не курсор этого списка: используйте значение «next» предыдущей страницы с той же сортировкой.
# $change (Number) - the number of the status change
error--status-change-not-found = Изменения статуса № { $change } нет.
# $change (Number) - the number of the status change
error--status-change-undone = Изменение статуса № { $change } уже отменено. Ничего не изменено.
error--status-nothing-to-set = Выберите, что установить: статус заявки, статус отбора или оба.

# $command (String) - the word that is not a command
error--cli-unknown-command = «{ $command }» — не команда Caravan. Выполните «caravan --help», чтобы увидеть список команд.
# $argument (String) - the option that is not known
error--cli-unknown-argument = «{ $argument }» — не параметр этой команды. Добавьте --help, чтобы увидеть её параметры.
# $argument (String) - the argument that is missing
error--cli-missing-argument = Этой команде нужен аргумент { $argument }.
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = «{ $value }» — недопустимое значение для { $argument }.
# $detail (String) - the parser's own explanation, in English
error--cli-usage = Командная строка недопустима: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = Произошла непредвиденная ошибка: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = Файл { $file } пуст. Ничего не сохранено.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } — не изображение, которое читает Caravan (JPEG, PNG, WebP, GIF, TIFF или BMP). Ничего не сохранено.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = Файл { $file } обрывается: он неполный. Ничего не сохранено.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = Файл { $file } повреждён ({ $reason }). Ничего не сохранено.
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = Изображение { $file } больше допустимого (не более 20 000 пикселей по стороне и 100 мегапикселей). Ничего не сохранено.
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = Не удаётся прочитать или сохранить { $file }: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = Не удалось создать миниатюры для { $file }: { $reason }. Ничего не сохранено.
# $id (Number) - the image number given
error--media-not-found = Изображения { $id } нет.

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan не удалось открыть окно: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = Не удаётся прочитать { $file }: { $reason }
# $file (String) - the file being imported
error--import-empty = Файл { $file } пуст: в нём нет строки заголовков. Ничего не импортировано.
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = В файле { $file } нет столбца «{ $column }», поэтому это не выгрузка заявок FilmFreeway. Ничего не импортировано.
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }, строка { $line }: файл не читается как CSV ({ $reason }). Ничего не импортировано.
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = Файл { $file } не читается как книга Excel ({ $reason }). Ничего не импортировано.
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = В файле { $file } нет столбца «{ $column }», указанного в сопоставлении столбцов. Выберите другое сопоставление или исправьте это. Ничего не импортировано.
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = Не удаётся прочитать сопоставление столбцов: { $detail }. Сопоставление — это JSON: название и для каждого заголовка — что содержит столбец (title, directors, countries и т. д.).
# $detail (String) - unused here
error--mapping-no-name = У сопоставления столбцов нет названия. Дайте ему название, чтобы сохранить его и при следующем импорте снова найти его строки.
# $detail (String) - unused here
error--mapping-no-title = В сопоставлении столбцов ни один столбец не отведён под название. Сопоставьте с названием один столбец.
# $detail (String) - unused here
error--mapping-no-id = В сопоставлении столбцов ни один столбец не отведён под идентификатор строки. Сопоставьте с идентификатором один столбец, чтобы при повторном импорте файла его произведения обновлялись, а не добавлялись второй раз.
# $detail (String) - what is mapped twice
error--mapping-twice = В сопоставлении столбцов с «{ $detail }» сопоставлены два столбца, а это значение может быть только в одном столбце.
# $mapping (String) - the name or file given
error--mapping-not-found = Нет ни сопоставления столбцов с названием «{ $mapping }», ни такого файла.
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = Сопоставление «{ $mapping }» встроено в Caravan; сохраните своё под другим названием.
# $encoding (String) - the encoding given
error--encoding-unknown = Caravan не знает кодировку «{ $encoding }». Укажите название вроде windows-1252, windows-1251, gb18030 или shift_jis.
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = «{ $vocabulary }» — не тот тип значений, который сохраняет импорт: укажите country (страна), language (язык) или status (статус).
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = «{ $code }» — не { $vocabulary ->
    [country] код страны (например, QA)
    [language] языковой тег (например, fr или pt-BR)
   *[status] статус заявки (in-consideration, incomplete, disqualified или withdrawn)
}.
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = Синонима «{ $name }» нет.
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [1] Одна строка отклонена, поэтому ничего не импортировано. Исправьте её или импортируйте остальные строки с --partial.
    [one] Обнаружена { $count } проблема, поэтому ничего не импортировано. Исправьте ошибки или импортируйте корректные строки с --partial.
    [few] Обнаружены { $count } проблемы, поэтому ничего не импортировано. Исправьте ошибки или импортируйте корректные строки с --partial.
    [many] Обнаружено { $count } проблем, поэтому ничего не импортировано. Исправьте ошибки или импортируйте корректные строки с --partial.
   *[other] Обнаружено { $count } проблемы, поэтому ничего не импортировано. Исправьте ошибки или импортируйте корректные строки с --partial.
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }, строка { $line }, столбец { $column }: это некорректный XML ({ $value }). Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }, строка { $line }: { $element } — не DDEX ERN NewReleaseMessage ({ $value }). Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }, строка { $line }: эта версия ERN не поддерживается ({ $value }); Caravan читает ERN с 3.4 по 3.8 и 4.x. Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }, строка { $line }: у записи или видео { $element } из релиза нет вообще никакого идентификатора (ни ISRC, ни ISAN, ни EIDR, ни собственного идентификатора отправителя). Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = Файл { $file } превышает допустимый в Caravan размер сообщения DDEX ({ $value }). Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }, строка { $line }: элементы вложены глубже, чем в любом сообщении DDEX ({ $value }). Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }, строка { $line }, столбец { $column }: «{ $value }» в { $element } — недопустимый ISRC. Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }, строка { $line }: у звукозаписи { $element } нет названия. Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }, строка { $line }, столбец { $column }: «{ $value }» в { $element } — не длительность ISO 8601 вида PT3M25S. Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }, строка { $line }: { $element } ссылается на ресурс, которого нет в сообщении ({ $value }). Ничего не импортировано.

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = Строка { $line }: число ячеек в строке не совпадает с заголовком ({ $value }).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = Строка { $line }, столбец «{ $column }»: текст не в кодировке UTF-8 ({ $value }). Сохраните файл в UTF-8 или UTF-16.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = Строка { $line }, столбец «{ $column }»: «{ $value }» — не длительность вида 1:32:05.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = Строка { $line }, столбец «{ $column }»: «{ $value }» — не дата, которую может прочитать Caravan (например, 2025-07-19).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = Строка { $line }, столбец «{ $column }»: «{ $value }» — не год.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = Строка { $line }, столбец «{ $column }»: Caravan не знает страну «{ $value }».
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = Строка { $line }, столбец «{ $column }»: Caravan не знает язык «{ $value }».
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = Строка { $line }, столбец «{ $column }»: «{ $value }» — не статус заявки FilmFreeway.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = Строка { $line }: у проекта нет названия.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = Строка { $line }: в строке нет ни Submission ID, ни Tracking Number.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = Строка { $line }: в столбце, который сопоставление отводит под идентификатор, у строки нет идентификатора.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = Строка { $line }: в строке не указана категория, а в выпуске нет секции, куда её поместить.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = Строка { $line }, столбец «{ $column }»: «{ $value }» — недопустимый идентификатор (выполните «caravan ids check», чтобы узнать причину).
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = Строка { $line }, столбец «{ $column }»: { $value } уже принадлежит другому произведению.

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = Это не ISAN, не EIDR, не ISRC и не ISWC.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = Похоже на { $kind }, но длина или символы неверны.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = Контрольный символ не совпадает: в этом коде { $kind } опечатка.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = Первые две буквы этого кода { $kind } — не код страны и не код регистрационного агентства.
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = Префикса этого кода { $kind } пока нет в списке, который есть в Caravan; возможно, IFPI выделила его недавно. Код сохранён как есть.

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = У произведения «{ $work }» нет текста на языке «{ $lang }».
# $work (String) - the work as named
error--title-last = Это единственное название произведения «{ $work }»; добавьте другое, прежде чем удалять его.
error--duplicate-same-work = Произведение нельзя объединить с самим собой или исключить как собственный дубликат.
# $id (Number) - the submission number
error--submission-not-found = Заявки { $id } нет.
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = Не удалось записать { $file }: { $reason }. Недописанный файл не оставлен.
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = Нельзя добавить «{ $value }»: { $reason } Ничего не сохранено.
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } уже принадлежит произведению { $work }. Ничего не сохранено.
# $label (String) - the label as given
error--label-not-found = В выпуске нет метки отбора «{ $label }»; используйте undecided, selected, not-selected или одну из его меток.

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = первая строка
envelope-part--header = заголовок
envelope-part--signature = подпись
envelope-part--payload = содержимое
envelope-part--attachment = вложение
envelope-part--attachments = список вложений
envelope-part--body = текст
envelope-part--file = файл
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = Конверт пришёл не целиком: { $what } обрывается. Ничего не применено.
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = Caravan не может прочитать этот конверт ({ $detail }). Ничего не применено.
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = Конверт повреждён при передаче: { $what } не совпадает со своим отпечатком. Ничего не применено.
# $version (Number) - the format version found
error--envelope-unsupported-version = Конверт записан в версии формата { $version }, которую эта версия Caravan не читает; обновите Caravan, чтобы прочитать его. Ничего не применено.
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = Конверт отклонён: { $what } — { $size ->
        [one] { $size } байт
        [few] { $size } байта
        [many] { $size } байт
       *[other] { $size } байта
    } при пределе { $limit }. Ничего не прочитано и не применено.
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = Конверт пришёл от { $sender }, но этот ключ не указан ни в одной карточке участника. Сначала импортируйте карточку участника. Ничего не применено.
error--envelope-bad-signature = Подпись конверта не совпадает с ключом отправителя: конверт подделан или изменён. Ничего не применено.
error--envelope-not-addressed = В конверте этот профиль указан как получатель, но конверт зашифрован не для его ключа. Ничего не применено.
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = Конверт № { $seq } от { $sender } пришёл, когда ожидался конверт № { $expected }. Ничего не применено.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = Конверт № { $seq } от { $sender } уже был применён; повторно он не применялся.
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = Конверт № { $seq } от { $sender } не продолжает конверт, применённый перед ним: поток был переписан. Ничего не применено.
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = Конверт, подписанный ключом { $sender }, найден в потоке ключа { $stream }. Ничего не применено.
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = Имя вложения «{ $name }» может указывать за пределы своей папки. Ничего не применено.
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = Вложение «{ $name }» — не тот файл, который описан в его конверте. Ничего не применено.
# $seq (Number) - the envelope's number
error--envelope-missing = Конверта № { $seq } нет в потоке, хотя голова потока указывает, что он там есть. Всё, что идёт после него, не применено.
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = Эта версия Caravan не читает конверты типа «{ $kind }»; обновите Caravan, чтобы их прочитать. Ничего не применено.
# $detail (String) - what is wrong, in English from the program
error--card-malformed = Caravan не распознаёт это как карточку участника ({ $detail }). Ничего не сохранено.
error--card-bad-signature = Подпись карточки участника не совпадает с её ключами: карточка была изменена. Ничего не сохранено.
# $member (String) - the member's short name
error--card-not-a-rotation = В карточке «{ $member }» указаны новые ключи, но текущий ключ участника её не подписывал. Прежде чем доверять ей, сверьте отпечатки с участником. Ничего не сохранено.
# $member (String) - the member's short name
error--card-is-own = Карточка «{ $member }» — собственная карточка этого профиля.
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = «{ $value }» — не отпечаток: какой-то символ неверен или пропущен.
# $member (String) - the member's short name
error--fingerprint-mismatch = Указанный отпечаток не совпадает с отпечатком в карточке «{ $member }». Не доверяйте этой карточке, пока не выясните причину. Ничего не изменено.
error--identity-passphrase-wrong = Не удалось открыть ключи: неверная парольная фраза.
error--identity-passphrase-needed = Ключи этого профиля защищены парольной фразой. Введите её (в скриптах — через CARAVAN_PASSPHRASE).
error--identity-keychain-unavailable = Ключи этого профиля хранятся в системной связке ключей, но она не отвечает. Разблокируйте связку ключей и повторите попытку.
error--identity-missing = У этого профиля ещё нет цифрового удостоверения. Сначала создайте его (caravan identity init).
error--identity-exists = У этого профиля уже есть цифровое удостоверение. Чтобы сменить его ключи, обновите их (caravan identity rotate).
# $member (String) - the member's short name
error--member-not-found = Участник «{ $member }» не найден.
# $member (String) - the member's short name
error--member-no-card = Для участника «{ $member }» нет карточки. Сначала импортируйте его карточку.
error--exchange-no-recipients = Нет ни одной карточки участника, поэтому отправлять некому. Сначала импортируйте карточки участников.
# $id (Number) - the exchange point's number
error--exchange-point-not-found = Точка обмена № { $id } не найдена.
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = Не удалось связаться с { $url }: { $reason }. Уже применённое сохранено; повторите попытку.
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = Сервер { $url } вернул код HTTP { $status }. Уже применённое сохранено; повторите попытку.
# $url (String) - the exchange point
error--exchange-read-only = Точка обмена { $url } доступна только для чтения: для публикации нужен сервер WebDAV или папка.
# $path (String) - the envelope's place at the point
error--stream-conflict = По адресу { $path } уже лежит другой конверт: поток этого профиля был опубликован из другой его копии. Ничего не перезаписано.
error--exchange-no-points = Не настроено ни одной точки обмена. Добавьте папку или адрес, где встречается альянс (caravan exchange points add).
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = Не удалось прочитать { $file }: { $reason }. Ничего не сохранено.

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = Ключ участника «{ $member }» отозван: ничто из подписанного им больше не принимается. Импортируйте и проверьте новую карточку участника. Ничего не применено.
# $id (Number) - the recommendation's number
error--recommendation-not-found = Этот профиль не получал рекомендации № { $id }.
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = Ответ относится к рекомендации { $uid }, которую этот профиль не отправлял этому участнику. Ничего не применено.
# $uid (String) - the recommendation's name
error--recommendation-duplicate = Рекомендация { $uid } уже поступала; повторно она не принята.
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = Рекомендацию в состоянии «{ $from }» нельзя перевести в состояние «{ $to }». Ничего не изменено.
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = Caravan не распознаёт это как рекомендацию ({ $detail }). Ничего не сохранено.
error--person-no-name = У человека должно быть имя хотя бы в одной письменности. Ничего не отправлено.
error--recommendation-edition-needed = Укажите, в какой выпуск входит произведение (и, если нужно, в какую секцию).
# $value (String) - the date as given
error--date-invalid = «{ $value }» — не дата или не период, который заканчивается позже, чем начинается; записывайте даты в формате YYYY-MM-DD.
# $id (Number) - the entry's number
error--catalogue-entry-not-found = Запись каталога № { $id } не найдена.
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = Права на показ произведения не распространяются на { $territory } — территорию участника «{ $member }».
# $alliance (String) - the alliance's short name
error--alliance-not-found = Альянс «{ $alliance }» не найден.
error--alliance-needed = Уровень членства и дата вступления относятся к членству в конкретном альянсе: укажите, в каком.
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = «{ $tier }» — не уровень членства альянса «{ $alliance }». Ничего не изменено.
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = Поле «{ $what }» превышает допустимый предел ({ $limit }). Ничего не изменено.
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = Поле «{ $what }» заполнено на слишком многих языках: допускается не более { $limit }. Ничего не изменено.
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = «{ $value }» — недопустимый контакт типа «{ $kind }». Ничего не изменено.
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = Участник «{ $member }» здесь не считается секретариатом альянса «{ $alliance }», поэтому его реестр не учитывается. Ничего не изменено.
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = Реестр имеет неверный формат ({ $detail }). Ничего не применено.
# $id (Number) - the application's number
error--application-not-found = Заявка на вступление № { $id } не найдена.
# $id (Number) - the application's number
error--application-decided = По заявке на вступление № { $id } уже принято решение. Ничего не изменено.
# $member (String) - the applicant's short name
error--application-exists = У «{ $member }» уже есть заявка на вступление, которая находится на рассмотрении.
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = «{ $member }» уже является участником альянса «{ $alliance }».
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = «{ $criterion }» — не критерий приёма альянса «{ $alliance }». Ничего не изменено.
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = Поручиться за заявку на вступление могут только участники альянса, а «{ $member }» не является участником «{ $alliance }». Ничего не изменено.
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = Для приёма голосов «за» должно быть больше, чем «против»; при { $for } «за» и { $against } «против» это условие не выполнено. Ничего не изменено.
# $value (String) - the section's short name
error--section-ambiguous = Секция «{ $value }» есть в нескольких выпусках: укажите выпуск.
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = В секции «{ $section }» нет тура { $round }.
error--shortlist-first-round = Перед первым туром нет другого тура, из которого можно было бы взять шорт-лист.
# $value (String) - the juror's email
error--juror-not-found = Член жюри «{ $value }» не найден.
# $value (String) - the person's name
error--person-not-found = Человек по имени «{ $value }» не указан среди создателей ни одного произведения.
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } — недопустимая оценка по критерию «{ $criterion }»: его шкала идёт от { $min } до { $max } с шагом { $step }. Ничего не изменено.
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = Шкала должна идти от наименьшей оценки к большей наибольшей с положительным шагом и иметь положительный вес; шкала от { $min } до { $max } с шагом { $step } и весом { $weight } этому не отвечает.
error--reviews-per-entry-zero = Каждой заявке нужна хотя бы одна рецензия.
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = Произведение { $work } не назначено члену жюри «{ $juror }». Ничего не изменено.
# $value (String) - the criterion as written
error--criterion-not-found = В оценочном листе нет критерия «{ $value }». Ничего не изменено.
# $value (String) - what was wrong
error--scores-file-invalid = Файл оценок не читается: { $value }. Ничего не изменено.
# $value (String) - the value as written
error--score-not-a-number = «{ $value }» — не число.
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = Член жюри «{ $juror }» дважды оценивает «{ $criterion }» произведения { $work } в этом файле.
# $count (Number) - how many rows were refused
error--scores-rejected = { $count ->
    [1] Одна строка файла отклонена, поэтому ничего не импортировано.
    [one] { $count } строка файла отклонена, поэтому ничего не импортировано.
    [few] { $count } строки файла отклонены, поэтому ничего не импортировано.
    [many] { $count } строк файла отклонено, поэтому ничего не импортировано.
   *[other] { $count } строки файла отклонено, поэтому ничего не импортировано.
}
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = У тура { $round } секции «{ $section }» ещё нет оценочного листа: сначала добавьте в него критерии.
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = Произведение { $work } не участвует в туре { $round } секции «{ $section }».
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = «{ $juror }» не входит в жюри секции «{ $section }».
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = У члена жюри «{ $juror }» конфликт интересов с произведением { $work }: эта пара никогда не назначается, не оценивается и не учитывается. Ничего не изменено.
# $value (String) - the juror's email
error--juror-no-card = Член жюри «{ $value }» ещё не передал свою карточку: добавьте её командой «jury juror add … --card FILE», чтобы пакет можно было зашифровать только для этого члена жюри.
# $value (String) - the juror's email
error--juror-no-entries = Члену жюри «{ $value }» не назначено ни одной заявки: класть в пакет нечего.
# $value (String) - the kind the file holds
error--packet-wrong-kind = В файле конверт типа «{ $value }», а не тот, который требуется. Ничего не изменено.
error--no-packet = В этом профиле не открыт ни один пакет для жюри: сначала откройте пакет председателя жюри.
error--sheet-unknown-juror = Ведомость оценок подписана ключом, который не указан ни в одной карточке члена жюри. Ничего не изменено.
# $value (String) - the award's short name
error--award-not-found = Награда «{ $value }» не найдена.
# $value (String) - the award's short name
error--award-decided = У награды «{ $value }» уже есть победитель. Ничего не изменено.
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = Произведение { $work } уже получило другую награду этого выпуска и не может получить ещё и «{ $award }». Ничего не изменено.
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = Член жюри «{ $voter }» уже проголосовал в туре голосования { $round }. Ничего не изменено.
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = В туре голосования { $round } по награде «{ $award }» ещё никто не проголосовал.
# $value (String) - the file given
error--screener-not-video = «{ $value }» — не видеофайл, который может служить копией для просмотра (WebM, MP4, M4V, MKV, MOV или OGV). Ничего не изменено.

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = Строка { $line }, столбец «{ $column }»: Caravan не знает страну «{ $value }». Значение сохранено как есть, а произведение помечено.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = Строка { $line }, столбец «{ $column }»: Caravan не знает страну «{ $value }»; может быть, вы имели в виду { $suggestion }? Значение сохранено как есть, а произведение помечено.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = Строка { $line }, столбец «{ $column }»: Caravan не знает язык «{ $value }». Значение сохранено как есть, а произведение помечено.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = Строка { $line }, столбец «{ $column }»: Caravan не знает язык «{ $value }»; может быть, вы имели в виду { $suggestion }? Значение сохранено как есть, а произведение помечено.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = Строка { $line }, столбец «{ $column }»: Caravan не знает статус заявки «{ $value }». Заявка остаётся на рассмотрении, статус сохранён как есть, а произведение помечено.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = Строка { $line }, столбец «{ $column }»: в ячейке были управляющие символы (например, NUL), они удалены: { $value }.
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = Строка { $line }, { $column }: ISRC { $value } начинается с префикса, которого Caravan пока не знает; код сохранён как есть. Если он кажется ошибочным, уточните его у лейбла.

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = Строка { $line }, { $column }: у ещё одного ресурса тот же ISRC { $value }; импортирован первый ресурс, а этот пропущен.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = Строка { $line }, { $column }: у ещё одного ресурса тот же идентификатор { $value }; импортирован первый ресурс, а этот пропущен.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = Строка { $line }, { $column }: ISRC { $value } начинается с префикса, которого Caravan пока не знает; код сохранён как есть. Если он кажется ошибочным, уточните его у лейбла.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = Строка { $line }, { $column }: у дополнительного ресурса { $value } нет идентификатора, поэтому он пропущен; остальная часть поставки импортирована.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = Строка { $line }, { $column }: «{ $value }» — недопустимый ISAN; ресурс импортирован без него.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = Строка { $line }, { $column }: «{ $value }» — недопустимый EIDR; ресурс импортирован без него.
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = Строка { $line }, { $column }: в сообщении указана версия { $value }, но его пространство имён относится к другой версии ERN; сообщение прочитано по пространству имён.
