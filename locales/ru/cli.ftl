# The caravan command line: help text and the lines it prints.

cli--about = Caravan — составление фестивальных программ на любых языках и без границ. Любую команду можно запустить с --json, чтобы получить результат в JSON.
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
cli--arg-generate = Дополнительно добавить указанное число сгенерированных произведений, чтобы опробовать Caravan на большом объёме
cli--arg-into = Подать созданные произведения в этот выпуск, распределив их по секциям
cli--arg-slug = Короткое имя из строчных букв, цифр и дефисов
cli--arg-name = Полное название
cli--arg-year = Год
cli--arg-sections = Секция выпуска, по короткому имени (повторите для нескольких)
cli--arg-edition = Выпуск, по короткому имени
cli--arg-limit = Сколько показать
cli--arg-offset = Сколько пропустить сначала (по умолчанию 0)
cli--arg-work = Произведение: номер, ff: и Submission ID из FilmFreeway, Tracking Number или идентификатор, например ISRC

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
cli--arg-file = Файл для чтения
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

cli--import--about = Импортировать заявки из FilmFreeway, любой другой таблицы или DDEX
cli--import-filmfreeway--about = Импортировать выгрузку заявок FilmFreeway (CSV или текст UTF-16 из Excel)
cli--import-ddex--about = Импортировать релизное сообщение DDEX ERN (версии ERN с 3.4 по 4.3): каждая звукозапись и каждый видеоклип становится музыкальным произведением
cli--import-table--about = Импортировать любую таблицу заявок в формате CSV или XLSX по сопоставлению столбцов
cli--import-preview--about = Показать столбцы таблицы, её первую строку и сопоставление, которое подсказывают заголовки
cli--arg-mapping = Сопоставление столбцов: filmfreeway, название сохранённого сопоставления или файл JSON с сопоставлением
cli--arg-encoding = Кодировка текстового файла (windows-1252, windows-1251, gb18030, shift_jis и т. п.), если автоопределение ошиблось
cli--mappings--about = Сопоставления столбцов, по которым импортируются таблицы
cli--mappings-list--about = Перечислить встроенные и сохранённые сопоставления столбцов
cli--mappings-show--about = Показать сопоставление столбцов
cli--mappings-save--about = Сохранить сопоставление столбцов из файла JSON под его названием
cli--arg-mapping-name = Название сопоставления
cli--aliases--about = Что означают названия, которых нет ни в одном списке, — для всех произведений, где они встречаются, и для всех последующих импортов
cli--aliases-list--about = Перечислить синонимы
cli--aliases-add--about = Указать, что означает название («трактовать Quatar как QA»)
cli--aliases-remove--about = Забыть, что означает название
cli--arg-alias-vocabulary = Тип значения: country (страна), language (язык) или status (статус)
cli--arg-alias-name = Название в том виде, в каком оно записано в файлах
cli--arg-alias-code = Код, который оно означает: код страны, языковой тег или статус
cli--unresolved--about = Перечислить значения, которые импорт сохранил как есть, с числом произведений для каждого
cli--arg-unresolved-edition = Только произведения этого выпуска
cli--arg-dry_run = Проверить файл и сообщить, что изменится, ничего не сохраняя
cli--arg-partial = Импортировать корректные строки, даже если часть строк отклонена
cli--arg-section = Короткое имя секции
cli--ids--about = Идентификаторы произведений
cli--ids-check--about = Проверить ISAN, EIDR, ISRC или ISWC и вывести его в каноническом виде
cli--arg-value = Проверяемый идентификатор
cli--titles--about = Названия произведения по языкам
cli--titles-set--about = Добавить или изменить название на одном языке
cli--titles-remove--about = Удалить название на одном языке
cli--synopses--about = Синопсисы произведения по языкам
cli--synopses-set--about = Добавить или изменить синопсис на одном языке
cli--synopses-remove--about = Удалить синопсис на одном языке
cli--arg-lang_tag = Языковой тег BCP 47, например fr, zh-Hant или sr-Latn
cli--arg-text = Текст
cli--arg-original = Отметить как оригинал
cli--arg-provenance = submitted, curator или machine (по умолчанию curator)
cli--search--about = Найти произведения по любому названию, режиссёру или артисту, на любой письменности
cli--arg-query = Что искать
cli--duplicates--about = Перечислить вероятные дубликаты заявок, объединить пару или исключить её из дубликатов
cli--duplicates-merge--about = Объединить второе произведение с первым, сохранив все языки, создателей и историю
cli--duplicates-dismiss--about = Окончательно отметить, что два произведения — не одно и то же
cli--arg-keep = Произведение, которое остаётся
cli--arg-other = Произведение, которое объединяется с ним
cli--arg-a = Одно произведение
cli--arg-b = Другое произведение
cli--export--about = Выгрузить заявки выпуска в CSV, XLSX или JSON
cli--arg-format = csv, xlsx или json
cli--arg-out = Файл для записи
cli--arg-status = Только этот статус заявки (например, in-consideration)
cli--arg-judging = Только этот статус отбора или эта метка отбора
cli--arg-country = Только произведения из этой страны (код ISO)
cli--arg-language = Только произведения на этом языке (тег BCP 47)
cli--submissions--about = Заявки выпуска
cli--submissions-list--about = Перечислить заявки выпуска
cli--submissions-stats--about = Подсчитать заявки выпуска по странам, языкам, жанрам и статусам
cli--submissions-status--about = Изменить статус заявок
cli--arg-ids = Номера заявок
cli--arg-set = Статус заявки, который им присвоить
cli--arg-to_judging = Статус отбора или метка отбора, которые им присвоить
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = Прочитано строк: { $rows } ({ $percent }%)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = Импортировано: { $imported }; обновлено: { $updated }; без изменений: { $unchanged }; отклонено: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = Пробный запуск, ничего не сохранено. Будет импортировано: { $imported }; обновлено: { $updated }; без изменений: { $unchanged }; отклонено: { $rejected }.
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = Корректный код { $kind }.
cli--search-none = Ничего не найдено.
cli--duplicates-none = Вероятных дубликатов нет.
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = Произведения { $a } и { $b } больше не будут предлагаться как дубликаты.
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count ->
    [1] Одно произведение записано в { $path }.
    [one] { $count } произведение записано в { $path }.
    [few] { $count } произведения записаны в { $path }.
    [many] { $count } произведений записано в { $path }.
   *[other] { $count } произведения записано в { $path }.
}
# $count (Number) - entries
cli--stats-total = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
cli--stats-by-country = По странам
cli--stats-by-language = По языкам
cli--stats-by-genre = По жанрам
cli--stats-by-status = По статусам
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count ->
    [1] Изменена одна заявка (изменение № { $change }).
    [one] Изменена { $count } заявка (изменение № { $change }).
    [few] Изменены { $count } заявки (изменение № { $change }).
    [many] Изменено { $count } заявок (изменение № { $change }).
   *[other] Изменено { $count } заявки (изменение № { $change }).
}
cli--submissions-undo--about = Отменить одно изменение статуса, вернув все затронутые им заявки в прежнее состояние
cli--arg-change = Номер изменения, который был выведен при изменении статуса
cli--arg-after = Продолжить после этого курсора (значение «next» предыдущей страницы)
cli--arg-sort = Сортировать по этому столбцу; добавьте :desc для обратного порядка (title сортируется по алфавиту языка, заданного в --lang)
cli--arg-q = Только произведения, в названии или в списке создателей которых есть эти слова
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = Заявки: { $shown } из { $total }
cli--ids-add--about = Добавить к произведению проверенный ISAN, EIDR, ISRC или ISWC

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = Цифровое удостоверение этого профиля: имя, участник и ключи
cli--identity-init--about = Создать ключи этого профиля (они хранятся в системной связке ключей или защищаются парольной фразой из CARAVAN_PASSPHRASE)
cli--identity-show--about = Показать цифровое удостоверение этого профиля и его отпечаток
cli--identity-card--about = Записать карточку участника этого профиля, чтобы передать её другим участникам
cli--identity-rotate--about = Заменить ключи этого профиля; участники, которые следят за его потоком, перейдут на новые
cli--members--about = Участники альянса и хранящиеся для них карточки
cli--members-import-card--about = Импортировать карточку участника и показать её отпечаток, чтобы сверить его с участником
cli--members-list--about = Перечислить участников с отпечатком каждой карточки и отметкой о том, проверена ли она
cli--members-verify--about = Отметить карточку участника как проверенную, после того как её отпечаток сверен с участником
cli--exchange--about = Конверты, которыми обмениваются копии Caravan участников
cli--exchange-points--about = Папки и веб-адреса, где встречается альянс
cli--exchange-points-add--about = Запомнить точку обмена: папку (USB-накопитель, общий диск) или адрес WebDAV
cli--exchange-points-list--about = Перечислить точки обмена
cli--exchange-points-remove--about = Забыть точку обмена
cli--exchange-note--about = Отправить участникам заметку с приложенными файлами или изображениями (зашифрованную для них)
cli--exchange-notes--about = Перечислить заметки, присланные участниками
cli--exchange-publish--about = Записать новые конверты этого профиля в точку обмена (во все, если точка не указана)
cli--exchange-pull--about = Прочитать новые конверты участников из точки обмена (из всех, если точка не указана)
cli--arg-member = Короткое имя участника
cli--arg-member-country = Страна участника (код ISO)
cli--arg-working-language = Рабочий язык участника (тег BCP 47); повторите для нескольких
cli--arg-fingerprint = Отпечаток в том виде, в каком его продиктовал вам участник (пробелы и дефисы можно опустить)
cli--arg-recipients = Участник-получатель (его короткое имя); для нескольких повторите или перечислите через запятую
cli--arg-everyone = Отправить всем участникам, для которых есть карточка
cli--arg-note-lang = Язык, на котором написана заметка (тег BCP 47)
cli--arg-attach = Файл для вложения; повторите для нескольких
cli--arg-image = Изображение из медиатеки для вложения, по номеру; повторите для нескольких
cli--arg-point = Точка обмена для записи: папка или адрес WebDAV
cli--arg-point-from = Точка обмена для чтения: папка или веб-адрес
cli--arg-location = Папка или веб-адрес (http:// или https://)
cli--arg-point-name = Имя, по которому можно узнать точку обмена
cli--arg-point-id = Номер точки обмена
cli--fingerprint = Отпечаток
cli--sealed-in-keychain = Ключи хранятся в системной связке ключей.
cli--sealed-in-passphrase = Ключи защищены парольной фразой.
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = Карточка записана в { $path }. Отпечаток: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = Карточка «{ $member }» импортирована.
# $member (String) - the member's short name
cli--card-rotated = Карточка «{ $member }» импортирована: её ключи заменены, и старый ключ подписал новые.
cli--card-compare = Сверьте этот отпечаток с участником по телефону или лично, затем выполните: caravan members verify MEMBER FINGERPRINT
cli--members-none = Участников пока нет.
cli--points-none = Точек обмена пока нет.
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = Заметка № { $seq } зашифрована для { $to }; она уйдёт при следующей публикации.
cli--notes-none = Заметок пока нет.
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count ->
    [1] Один конверт записан в { $location }.
    [one] { $count } конверт записан в { $location }.
    [few] { $count } конверта записаны в { $location }.
    [many] { $count } конвертов записано в { $location }.
   *[other] { $count } конверта записано в { $location }.
}
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = Применено: { $applied }; пропущено (для других участников): { $skipped }; отклонено: { $refused }.
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: конверты — { $done } из { $total }

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = Отозвать ключ участника: ничто из подписанного им больше не принимается
cli--recommend--about = Рекомендовать участникам произведение, члена жюри или гостя
cli--recommend-work--about = Рекомендовать участникам произведение с его названиями, списком создателей, правами и постерами
cli--recommend-person--about = Рекомендовать участникам человека в качестве члена жюри или гостя
cli--recommendations--about = Отправленные и полученные рекомендации и ответы на них
cli--recommendations-list--about = Перечислить рекомендации, начиная с самых новых, с их состояниями
cli--recommendations-show--about = Показать рекомендацию, её состояние у каждого участника и её историю
cli--recommendations-accept--about = Принять полученную рекомендацию: произведение включается в секцию выпуска
cli--recommendations-decline--about = Отклонить полученную рекомендацию, указав причину
cli--recommendations-program--about = Отметить, что принятое произведение включено в программу
cli--rights--about = Права на показ произведения по территориям
cli--rights-set--about = Указать, где и когда можно показывать произведение
cli--rights-show--about = Показать права на показ произведения
cli--catalogue--about = Каталоги произведений участников
cli--catalogue-publish--about = Зашифровать для участников каталог этого профиля (все произведения или только указанные)
cli--catalogue-search--about = Искать в каталогах, опубликованных участниками, в любой письменности
cli--catalogue-take--about = Включить произведение из каталога участника в секцию выпуска
cli--arg-recommend-to = Участники, которым адресована рекомендация (короткие имена, повторённые или через запятую), или all — всем
cli--arg-recommend-note = Заметка для участников
cli--arg-recommend-note-lang = Язык заметки (тег BCP 47)
cli--arg-recommend-section = Предлагаемая секция (её короткое имя)
cli--arg-person-as = judge или guest
cli--arg-person-name-lang = Язык или письменность имени (тег BCP 47)
cli--arg-person-name-in = Имя в другой письменности в виде LANG=TEXT; повторите для нескольких
cli--arg-person-role = Роль или должность человека; повторите для нескольких
cli--arg-person-language = Рабочий язык человека (тег BCP 47); повторите для нескольких
cli--arg-person-country = Страна человека (код ISO)
cli--arg-person-contact = Как связаться с человеком
cli--arg-recommendations-work = Только рекомендации этого произведения
cli--arg-recommendations-direction = Только входящие или только исходящие рекомендации
cli--arg-recommendation-id = Номер рекомендации
cli--arg-decline-reason = Причина отказа для участника, который дал рекомендацию
cli--arg-rights-territory = Территория, где можно показывать произведение (код ISO или world), с необязательным периодом FROM:UNTIL (YYYY-MM-DD); повторите для нескольких
cli--arg-rights-except = Территория, исключённая из всемирных прав (код ISO); повторите или перечислите через запятую
cli--arg-catalogue-work = Произведение для публикации (все, если ни одно не указано); повторите для нескольких
cli--arg-catalogue-query = Слова из названия или имени в любой письменности
cli--arg-catalogue-member = Только каталог этого участника
cli--arg-catalogue-entry = Номер записи каталога
cli--recommendations-none = Рекомендаций пока нет.
cli--rights-none = Права на показ не указаны.
cli--catalogue-none = Записей каталога нет.
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = { $count ->
    [1] Каталог из одного произведения зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
    [one] Каталог из { $count } произведения зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
    [few] Каталог из { $count } произведений зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
    [many] Каталог из { $count } произведений зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
   *[other] Каталог из { $count } произведения зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
}
cli--members-add--about = Внести участника в реестр или изменить его данные, вместе с членством в альянсе
cli--members-show--about = Показать участника: тип, страну, языки, контакты и членство в альянсах
cli--arg-member-name = Полное название участника
cli--arg-member-kind = Кем является участник: festival (фестиваль), institution (организация), company (компания) или artist (артист)
cli--arg-member-city = Город участника
cli--arg-member-lang = Рабочий язык (повторите или перечислите через запятую) в порядке предпочтения
cli--arg-member-contact = Контакт в виде KIND=VALUE, где KIND — email, phone, web или address (повторите для нескольких)
cli--arg-member-alliance = Альянс, в котором состоит участник
cli--arg-member-tier = Уровень членства в этом альянсе
cli--arg-member-joined = Когда участник вступил в альянс: YYYY или YYYY-MM-DD
cli--arg-filter-alliance = Только участники этого альянса
cli--arg-filter-country = Только участники из этой страны (код ISO 3166)
cli--arg-filter-tier = Только участники с этим уровнем членства
cli--arg-filter-kind = Только участники этого типа: festival, institution, company или artist
cli--arg-filter-lang = Только участники, работающие на этом языке
cli--alliance--about = Альянс: добавить, показать, задать уровни членства и критерии приёма
cli--alliance-add--about = Добавить альянс или переименовать его
cli--alliance-show--about = Показать альянс с его уровнями членства и критериями приёма
cli--alliance-tier--about = Добавить собственный уровень членства альянса или переименовать его
cli--alliance-criterion--about = Добавить критерий приёма или изменить его формулировку
cli--alliances--about = Альянсы, известные этой копии
cli--alliances-list--about = Перечислить альянсы с их уровнями членства и критериями приёма
cli--registry--about = Реестр участников альянса в том виде, в каком его публикует секретариат
cli--registry-publish--about = Зашифровать реестр альянса для каждого участника; он уйдёт при следующей публикации
cli--admissions--about = Заявки на вступление в альянс: подтверждения, поручители и решение
cli--admissions-apply--about = Зарегистрировать заявку на вступление с подтверждениями по критериям альянса
cli--admissions-list--about = Перечислить заявки на вступление, начиная с самых новых
cli--admissions-show--about = Показать заявку на вступление с подтверждениями, поручителями и решением
cli--admissions-sponsor--about = Записать, что участник альянса поручается за заявку на вступление
cli--admissions-decide--about = Записать решение по заявке на вступление с датой и итогами голосования
cli--arg-alliance = Короткое имя альянса
cli--arg-alliance-name = Полное название альянса
cli--arg-alliance-founded = Год основания
cli--arg-alliance-secretariat = Участник, за опубликованным реестром которого следит эта копия
cli--arg-tier-key = Короткое имя уровня членства
cli--arg-tier-label = Название уровня на одном языке в виде LANG=TEXT (повторите для нескольких)
cli--arg-criterion-key = Короткое имя критерия
cli--arg-criterion-text = Формулировка критерия на одном языке в виде LANG=TEXT (повторите для нескольких)
cli--arg-registry-alliance = Альянс, реестр которого публикуется
cli--arg-applicant = Короткое имя, которое кандидат получит как участник
cli--arg-apply-alliance = Альянс, в который подаётся заявка
cli--arg-apply-name = Полное название кандидата
cli--arg-apply-kind = Кем является кандидат: festival (фестиваль), institution (организация), company (компания) или artist (артист)
cli--arg-apply-country = Страна кандидата, код ISO 3166
cli--arg-apply-lang = Рабочий язык кандидата (повторите или перечислите через запятую)
cli--arg-apply-contact = Как связаться с кандидатом
cli--arg-apply-tier = Уровень членства, на который подаётся заявка
cli--arg-apply-evidence = Подтверждение по одному критерию в виде KEY=TEXT (повторите для каждого критерия)
cli--arg-applications-alliance = Только заявки на вступление в этот альянс
cli--arg-applications-state = Только заявки в этом состоянии: open (на рассмотрении), admitted (принята), refused (отклонена) или withdrawn (отозвана)
cli--arg-application = Номер заявки на вступление
cli--arg-sponsor-note = Что поручитель говорит о кандидате
cli--arg-outcome = Решение: admit (принять), refuse (отклонить) или withdraw (отозвать заявку)
cli--arg-decide-on = День принятия решения, YYYY-MM-DD
cli--arg-decide-for = Голоса «за»
cli--arg-decide-against = Голоса «против»
cli--arg-decide-abstain = Воздержавшиеся
cli--arg-decide-note = Примечание к решению
cli--arg-decide-tier = Уровень членства, с которым вступает принятый участник (иначе — тот, на который подана заявка)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = { $count ->
    [1] Реестр альянса «{ $alliance }», в котором один участник, зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
    [one] Реестр альянса «{ $alliance }», в котором { $count } участник, зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
    [few] Реестр альянса «{ $alliance }», в котором { $count } участника, зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
    [many] Реестр альянса «{ $alliance }», в котором { $count } участников, зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
   *[other] Реестр альянса «{ $alliance }», в котором { $count } участника, зашифрован (конверт № { $seq }); он уйдёт при следующей публикации.
}
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count ->
    [1] один участник; секретариат: { $secretariat }
    [one] { $count } участник; секретариат: { $secretariat }
    [few] { $count } участника; секретариат: { $secretariat }
    [many] { $count } участников; секретариат: { $secretariat }
   *[other] { $count } участника; секретариат: { $secretariat }
}
cli--alliance-tier = уровень
cli--alliance-criterion = критерий
cli--applications-none = Заявок на вступление нет.
# $criterion (String) - the criterion's short name
cli--application-missing = нет подтверждения по критерию { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = поручитель: { $member }
# $on (String) - the day of the decision
cli--application-decision = решение от { $on }: за — { $for }, против — { $against }, воздержались — { $abstain }
cli--members-leave--about = Прекратить членство участника в альянсе; в следующем опубликованном реестре будет указано, что он вышел из альянса
cli--arg-leave-alliance = Альянс, из которого выходит участник
cli--jury--about = Жюри: туры и оценочные листы, члены жюри, конфликты интересов, назначения, оценки и итоги
cli--jury-criterion--about = Оценочный лист тура
cli--jury-criterion-add--about = Добавить критерий в оценочный лист тура или изменить его
cli--jury-juror--about = Члены жюри
cli--jury-juror-add--about = Добавить члена жюри или изменить его данные; член жюри везде обозначается адресом электронной почты
cli--jury-conflict--about = Конфликты интересов
cli--jury-conflict-add--about = Заявить о конфликте интересов между членом жюри и произведением, человеком или участником
cli--jury-conflicts--about = Все пары тура с конфликтом интересов, заявленные или обнаруженные, и их причины
cli--jury-round--about = Настроить тур: срок, слепое оценивание и шорт-лист, который в него переходит
cli--jury-rubric--about = Показать оценочный лист тура
cli--jury-assign--about = Назначить каждой заявке членов жюри с равномерной нагрузкой и без конфликтов интересов либо добавить или удалить одну пару
cli--jury-assign-add--about = Вручную назначить одному члену жюри одно произведение
cli--jury-assign-remove--about = Удалить одно назначение вместе с его оценками
cli--jury-score--about = Выставить одну оценку от имени назначенного члена жюри
cli--jury-scores--about = Оценки, перенесённые с бумажных ведомостей
cli--jury-scores-import--about = Импортировать оценки из файла CSV: juror, work, criterion, value, comment
cli--jury-results--about = Итоги тура: средние, нормализованные средние, места по методу Шульце, очки Борда и согласованность оценок
cli--arg-jury-section = Секция (её короткое имя)
cli--arg-jury-edition = Выпуск, если короткое имя секции используется в нескольких выпусках
cli--arg-jury-round = Тур (по умолчанию 1)
cli--arg-round-deadline = Срок окончания тура, YYYY-MM-DD
cli--arg-round-blind = Скрыть от членов жюри в этом туре заявителей и создателей
cli--arg-round-shortlist = Взять из предыдущего тура указанное число лучших заявок
cli--arg-rubric-key = Короткое имя критерия (slug)
cli--arg-rubric-label = Название критерия на языке интерфейса
cli--arg-rubric-label-in = Название критерия на другом языке в виде LANG=TEXT (повторите для нескольких)
cli--arg-rubric-min = Наименьшая оценка
cli--arg-rubric-max = Наибольшая оценка
cli--arg-rubric-step = Шаг между оценками (по умолчанию 1)
cli--arg-rubric-weight = Вес критерия в сумме (по умолчанию 1)
cli--arg-juror-email = Адрес электронной почты члена жюри
cli--arg-juror-name = Имя члена жюри в том виде, в каком он сам его пишет
cli--arg-juror-name-in = Имя в другой письменности в виде LANG=TEXT (повторите для нескольких)
cli--arg-juror-lang = Язык, который понимает член жюри (указывается как --lang после команды; повторите или перечислите через запятую)
cli--arg-juror-country = Страна члена жюри, код ISO 3166
cli--arg-juror-member = Участник, к которому относится член жюри
cli--arg-juror-company = Продюсерская компания, в которой работает член жюри
cli--arg-juror-section = Секция, в жюри которой входит член жюри (повторите для нескольких)
cli--arg-conflict-juror = Адрес электронной почты члена жюри
cli--arg-conflict-work = Произведение (номер, ff:SUBMISSION_ID, Tracking Number или идентификатор)
cli--arg-conflict-person = Человек — так, как он указан в списке создателей произведений
cli--arg-conflict-member = Участник (его короткое имя)
cli--arg-conflict-reason = Причина
cli--arg-assign-section = Секция (её короткое имя)
cli--arg-assign-edition = Выпуск, если короткое имя секции используется в нескольких выпусках
cli--arg-assign-round = Тур (по умолчанию 1)
cli--arg-assign-reviews = Сколько разных членов жюри оценивают каждую заявку
cli--arg-assign-max-load = Наибольшее число заявок, которое оценивает один член жюри, включая уже назначенные
cli--arg-pair-juror = Адрес электронной почты члена жюри
cli--arg-pair-work = Произведение (номер, ff:SUBMISSION_ID, Tracking Number или идентификатор)
cli--arg-score-juror = Адрес электронной почты члена жюри
cli--arg-score-work = Произведение (номер, ff:SUBMISSION_ID, Tracking Number или идентификатор)
cli--arg-score-criterion = Короткое имя критерия
cli--arg-score-value = Оценка по шкале критерия
cli--arg-scores-file = Файл CSV
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = { $entries ->
    [1] Тур { $round } секции «{ $section }», одна заявка:
    [one] Тур { $round } секции «{ $section }», { $entries } заявка:
    [few] Тур { $round } секции «{ $section }», { $entries } заявки:
    [many] Тур { $round } секции «{ $section }», { $entries } заявок:
   *[other] Тур { $round } секции «{ $section }», { $entries } заявки:
}
cli--conflicts-none = Конфликтов интересов нет.
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = { $added ->
    [1] Сделано одно назначение, всего { $total }; заявок, которым не хватает членов жюри: { $uncovered }.
    [one] Сделано { $added } назначение, всего { $total }; заявок, которым не хватает членов жюри: { $uncovered }.
    [few] Сделано { $added } назначения, всего { $total }; заявок, которым не хватает членов жюри: { $uncovered }.
    [many] Сделано { $added } назначений, всего { $total }; заявок, которым не хватает членов жюри: { $uncovered }.
   *[other] Сделано { $added } назначения, всего { $total }; заявок, которым не хватает членов жюри: { $uncovered }.
}
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = Оценки: новых — { $imported }, изменённых — { $updated }, без изменений — { $unchanged }.
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = Согласованность (α Криппендорфа, по суммам): { $alpha }
cli--jury-packet--about = Пакеты для жюри: то, что член жюри берёт с собой, чтобы выставлять оценки без подключения к сети
cli--jury-packet-export--about = Зашифровать пакет для одного члена жюри: только его заявки, а также оценочный лист, постеры и ссылки для просмотра
cli--jury-packet-open--about = Открыть пакет на ноутбуке члена жюри; при этом создаётся профиль члена жюри
cli--jury-sheet--about = Ведомости оценок: оценки члена жюри, подписанные для председателя жюри
cli--jury-sheet-export--about = Зашифровать ведомость оценок этого члена жюри для председателя жюри
cli--jury-sheet-merge--about = Объединить ведомость оценок члена жюри с имеющимися оценками: побеждают более новые оценки, и результат не зависит от порядка объединения
cli--arg-juror-card = Карточка члена жюри (файл, который команда «identity card» записала на ноутбуке члена жюри)
cli--arg-packet-juror = Адрес электронной почты члена жюри
cli--arg-packet-out = Файл для записи
cli--arg-packet-file = Файл пакета
cli--arg-sheet-out = Файл для записи
cli--arg-sheet-file = Файл ведомости оценок
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $entries ->
    [1] Пакет для { $juror } с одной заявкой: { $path }
    [one] Пакет для { $juror } с { $entries } заявкой: { $path }
    [few] Пакет для { $juror } с { $entries } заявками: { $path }
    [many] Пакет для { $juror } с { $entries } заявками: { $path }
   *[other] Пакет для { $juror } с { $entries } заявки: { $path }
}
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = { $entries ->
    [1] Пакет от «{ $chair }» открыт: одна заявка для оценки.
    [one] Пакет от «{ $chair }» открыт: { $entries } заявка для оценки.
    [few] Пакет от «{ $chair }» открыт: { $entries } заявки для оценки.
    [many] Пакет от «{ $chair }» открыт: { $entries } заявок для оценки.
   *[other] Пакет от «{ $chair }» открыт: { $entries } заявки для оценки.
}
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = { $scores ->
    [1] Ведомость оценок с одной оценкой: { $path }
    [one] Ведомость оценок с { $scores } оценкой: { $path }
    [few] Ведомость оценок с { $scores } оценками: { $path }
    [many] Ведомость оценок с { $scores } оценками: { $path }
   *[other] Ведомость оценок с { $scores } оценки: { $path }
}
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = Ведомость оценок члена жюри { $juror }: оценок — { $scores }, из них новее имеющихся — { $applied }.
# $juror (String) - the juror's email
cli--sheet-already = Ведомость оценок члена жюри { $juror } уже объединена с имеющимися оценками; делать ничего не нужно.
cli--award--about = Награды: категории наград выпуска и голосование по ним
cli--award-add--about = Добавить категорию наград в выпуск или изменить её
cli--award-vote--about = Записать голос одного члена жюри в туре голосования
cli--award-tally--about = Подвести итоги тура голосования и записать победителя, если он есть
cli--awards--about = Награды выпуска
cli--awards-list--about = Перечислить награды выпуска и их победителей
cli--arg-award-key = Короткое имя награды (slug)
cli--arg-award-edition = Выпуск
cli--arg-award-label = Название награды на языке интерфейса
cli--arg-award-label-in = Название награды на другом языке в виде LANG=TEXT (повторите для нескольких)
cli--arg-award-shared = Произведение, получившее эту награду, может получить и другие
cli--arg-award-absolute-rounds = Сколько туров голосования требуют абсолютного большинства, прежде чем решает относительное (по умолчанию 2)
cli--arg-vote-award = Короткое имя награды
cli--arg-vote-work = Произведение, за которое отдан голос (номер, ff:SUBMISSION_ID, Tracking Number или идентификатор)
cli--arg-vote-edition = Выпуск
cli--arg-vote-round = Тур голосования (по умолчанию 1)
cli--arg-vote-voter = Голосующий: адрес электронной почты члена жюри
cli--arg-tally-award = Короткое имя награды
cli--arg-tally-edition = Выпуск
cli--arg-tally-round = Тур голосования (по умолчанию 1)
cli--arg-awards-edition = Выпуск
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = Побеждает произведение { $work } (подано голосов: { $cast }).
# $cast (Number) - votes cast
cli--tally-undecided = В этом туре победителя нет (подано голосов: { $cast }): нужно проголосовать ещё раз в следующем туре.
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = присуждена произведению «{ $title }» в туре голосования { $round }; голосов: { $votes } из { $cast }
cli--jury-screener--about = Привязать к произведению копию для просмотра, лежащую на этом компьютере, чтобы воспроизводить её рядом с оценками в окне
cli--arg-screener-work = Произведение (номер, ff:SUBMISSION_ID, Tracking Number или идентификатор)
cli--arg-screener-file = Видеофайл (WebM, MP4, M4V, MKV, MOV или OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = Прочитано в кодировке { $encoding }.
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = «{ $name }» теперь означает { $code } ({ $works ->
    [1] обновлено одно произведение
    [one] обновлено { $works } произведение
    [few] обновлены { $works } произведения
    [many] обновлено { $works } произведений
   *[other] обновлено { $works } произведения
}).
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = Не импортировано, так как это не произведения: { $count } × { $kind }.
