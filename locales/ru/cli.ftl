# The caravan command line: help text and the lines it prints.

cli--about = Caravan: отбор программ фестивалей поверх языков и границ. Каждая команда поддерживает также --json.
cli--usage-heading = Использование:
cli--commands-heading = Команды
cli--options-heading = Параметры
cli--arguments-heading = Аргументы
cli--command-value = КОМАНДА
cli--arg-help = Показать эту справку
cli--arg-version = Показать версию
cli--arg-db = Файл базы данных (по умолчанию — файл Caravan в папке данных этого компьютера; также CARAVAN_DB)
cli--arg-lang = Язык сообщений и названий, тег BCP 47, например fr или zh-TW (также CARAVAN_LANG)
cli--arg-json = Вывести ровно один документ JSON в стандартный вывод
cli--arg-generate = Добавить ещё столько сгенерированных произведений, чтобы опробовать Caravan на большом объёме
cli--arg-slug = Короткое имя из строчных букв, цифр и дефисов
cli--arg-name = Полное название
cli--arg-year = Год
cli--arg-sections = Секция выпуска, по короткому имени (повторите для нескольких)
cli--arg-edition = Только произведения, поданные на этот выпуск, по короткому имени
cli--arg-limit = Сколько показать (по умолчанию 50)
cli--arg-offset = Сколько пропустить сначала (по умолчанию 0)
cli--arg-work = Произведение: номер, Submission ID или Tracking Number из FilmFreeway или ISRC

cli--demo--about = Создать демонстрационный альянс: участников, два выпуска и произведения на многих письменностях (повторный запуск ничего не меняет)
cli--edition--about = Добавить выпуски фестивалей
cli--edition-add--about = Добавить выпуск с секциями
cli--editions--about = Выпуски фестивалей
cli--editions-list--about = Перечислить выпуски и их секции
cli--works--about = Фильмы и музыка
cli--works-list--about = Перечислить произведения с названиями на выбранном языке
cli--works-show--about = Показать произведение со всеми языковыми вариантами названий

cli--error-prefix = Ошибка:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = Демонстрация готова. Альянсы: { $alliances }; участники: { $members }; выпуски: { $editions }; произведения: { $works }.
# $slug (String) - the new edition's slug
cli--edition-added = Выпуск «{ $slug }» добавлен.
cli--editions-none = Выпусков пока нет.
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = Произведения { $from }–{ $to } из { $total }

cli--media--about = Постеры, кадры и обложки
cli--media-add--about = Добавить изображение к произведению: оригинал сохраняется как есть, с миниатюрами трёх размеров
cli--media-list--about = Перечислить изображения произведения
cli--media-remove--about = Удалить изображение у произведения
cli--media-similar--about = Найти произведения с одним и тем же изображением
cli--arg-file = Файл изображения
cli--arg-kind = poster, still или cover (по умолчанию poster)
cli--arg-id = Номер изображения
cli--media-none = У этого произведения пока нет изображений.
# $id (Number) - the image removed
cli--media-removed = Изображение { $id } удалено.
cli--media-no-similar = Ни одно изображение не встречается у двух произведений.
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = У произведений { $a } и { $b } одно и то же изображение (различие { $distance }).
