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
error--value-empty = { $what }: поле не может быть пустым.

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
error--ddex-unsupported-version = { $file }, строка { $line }: эта версия ERN не поддерживается ({ $value }); Caravan читает ERN 3.8 и 4.x. Ничего не импортировано.
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-isrc = { $file }, строка { $line }: у звукозаписи { $element } нет ISRC. Ничего не импортировано.
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
# $value (String) - the ISRC
error--ddex-duplicate-isrc = { $file }, строка { $line }: { $element } повторяет ISRC, уже использованный в этом сообщении ({ $value }). Ничего не импортировано.
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

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = У произведения «{ $work }» нет текста на языке «{ $lang }».
# $work (String) - the work as named
error--title-last = Это единственное название произведения «{ $work }»; добавьте другое, прежде чем удалять его.
error--duplicate-same-work = Произведение нельзя объединить с самим собой или отклонить как собственный дубликат.
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
