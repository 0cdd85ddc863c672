# Error messages, one per stable error code: the id is error--<code>.

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
error--work-not-found = Произведение «{ $work }» не найдено. Укажите произведение по номеру, по Submission ID или Tracking Number из FilmFreeway или по ISRC.
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = «{ $work }» соответствует нескольким произведениям ({ $count }). Укажите произведение по номеру.
# $edition (String) - the edition slug given
error--edition-not-found = Выпуск «{ $edition }» не найден. Команда «caravan editions list» покажет список.

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
