# The window.

app--name = Caravan
app--tagline = Составление фестивальных программ

nav--works = Произведения
settings--language = Язык интерфейса

works--heading = Произведения
# $count (Number) - how many works the list holds
works--count =
    { $count ->
        [one] { $count } произведение
        [few] { $count } произведения
        [many] { $count } произведений
       *[other] { $count } произведения
    }
works--column-title = Название
works--column-original = Оригинальное название
works--column-kind = Тип
works--column-year = Год
works--column-poster = Постер
works--empty = Произведений пока нет.
works--loading = Загрузка…

work--back = Назад к произведениям
work--no-synopsis = Синопсиса пока нет.
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = Языковой тег: { $lang }

error--heading = Что-то пошло не так
error--dismiss = Закрыть

media--drop-hint = Перетащите сюда постеры, кадры или обложки, чтобы добавить их.
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = Добавление изображений: { $done } из { $total }
media--none = Изображений пока нет.
media--kind-label = Тип перетаскиваемых изображений

nav--label = Разделы приложения
nav--submissions = Заявки
nav--duplicates = Дубликаты

search--placeholder = Поиск по названиям, режиссёрам, артистам…
search--label = Поиск произведений на любом языке и в любой письменности
search--none = Ничего не найдено.
search--results = Найденные произведения

submissions--edition = Выпуск
submissions--tab-table = Таблица
submissions--tab-stats = Статистика
submissions--column-section = Секция
submissions--column-status = Статус
submissions--column-judging = Отбор
submissions--column-countries = Страны
submissions--column-languages = Языки
# $title (String) - the title of the submitted work
submissions--select-row = Выбрать «{ $title }»
submissions--select-shown = Выбрать все показанные
submissions--empty = Подходящих заявок нет.
submissions--views = Представления заявок выпуска
submissions--column-selected = Выбрана
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    { $total ->
        [one] Показана { $total } заявка
        [few] Показаны { $total } заявки
        [many] Показано { $total } заявок
       *[other] Показано { $total } заявки
    }
# $count (Number) - rows selected
submissions--selected =
    { $count ->
        [one] Выбрана { $count } заявка
        [few] Выбраны { $count } заявки
        [many] Выбрано { $count } заявок
       *[other] Выбрано { $count } заявки
    }
filter--label = Фильтры
filter--any-status = Любой статус
filter--any-judging = Любой статус отбора
filter--text = Слова из названия или имени
filter--any-section = Любая секция
filter--any-country = Любая страна
filter--any-language = Любой язык
bulk--label = Изменить выбранные заявки
bulk--status = Новый статус
bulk--judging = Новый статус отбора
bulk--status-unchanged = Статус: без изменений
bulk--judging-unchanged = Отбор: без изменений
bulk--apply = Применить к выбранным
# $count (Number) - submissions the last change touched
bulk--undo =
    { $count ->
        [one] Отменить изменение { $count } заявки
        [few] Отменить изменение { $count } заявок
        [many] Отменить изменение { $count } заявок
       *[other] Отменить изменение { $count } заявки
    }

import--open = Импорт…
import--heading = Импорт заявок
import--kind = Тип файла
import--kind-filmfreeway = Выгрузка FilmFreeway (CSV или текст в Юникоде)
import--kind-ddex = Релиз DDEX (ERN XML)
import--path-label = Файл для импорта
import--path-placeholder = Путь к файлу, или перетащите файл в окно
import--kind-table = Любая таблица (CSV или XLSX) с сопоставлением столбцов
import--files-all = Таблицы и сообщения DDEX
import--browse = Выбрать файл…
import--encoding = Кодировка
import--encoding-detect = Определять автоматически
import--mapping-name = Название сопоставления
import--mapping-saved = Сохранённые сопоставления
import--mapping-choose = Использовать сохранённое сопоставление…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = Прочитано в кодировке { $encoding }
# $column (String) - the column's header
import--target-of = Что содержит столбец «{ $column }»
import--target-field = Сохранить как поле
import--target-id = Идентификатор (чтобы снова найти произведение)
import--target-title = Название
import--target-original-title = Оригинальное название
import--target-original-language = Язык оригинального названия
import--target-synopsis = Синопсис (на английском)
import--target-original-synopsis = Синопсис (на языке оригинала)
import--target-directors = Режиссёры
import--target-writers = Сценаристы
import--target-producers = Продюсеры
import--target-cast = В ролях
import--target-countries = Страны
import--target-languages = Языки
import--target-year = Год
import--target-runtime = Хронометраж
import--target-completion-date = Дата завершения производства
import--target-genres = Жанры
import--target-category = Категория (секция)
import--target-status = Статус заявки
import--target-judging = Статус отбора
import--target-submission-date = Дата подачи заявки
import--target-isan = Номер ISAN
import--target-eidr = Идентификатор EIDR
import--target-isrc = Код ISRC
import--target-iswc = Код ISWC
import--target-ignore = Не импортировать
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = Не импортировано, так как это не произведения: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings =
    { $count ->
        [1] Одно предупреждение: строка импортирована, но на неё стоит взглянуть.
        [one] { $count } предупреждение: строки импортированы, но на них стоит взглянуть.
        [few] { $count } предупреждения: строки импортированы, но на них стоит взглянуть.
        [many] { $count } предупреждений: строки импортированы, но на них стоит взглянуть.
       *[other] { $count } предупреждения: строки импортированы, но на них стоит взглянуть.
    }
import--column-warning = Предупреждение
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = Трактовать «{ $value }» как { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = «{ $value }» теперь означает { $suggestion } — здесь и при всех последующих импортах ({ $works ->
    [1] обновлено одно произведение
    [one] обновлено { $works } произведение
    [few] обновлены { $works } произведения
    [many] обновлено { $works } произведений
   *[other] обновлено { $works } произведения
}).
import--partial = Импортировать корректные строки, даже если часть отклонена
import--dry-run = Только проверить, ничего не сохранять
import--run = Импортировать
# $rows (Number) - rows read so far
import--progress = Прочитано строк: { $rows }
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = Импортировано: { $imported }; обновлено: { $updated }; без изменений: { $unchanged }; отклонено: { $rejected }.
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = Проверка завершена, ничего не сохранено. Будет импортировано: { $imported }; обновлено: { $updated }; без изменений: { $unchanged }; отклонено: { $rejected }.
# $count (Number) - problems found
import--refused =
    { $count ->
        [one] Ничего не импортировано: сначала нужно исправить { $count } проблему.
        [few] Ничего не импортировано: сначала нужно исправить { $count } проблемы.
        [many] Ничего не импортировано: сначала нужно исправить { $count } проблем.
       *[other] Ничего не импортировано: сначала нужно исправить { $count } проблемы.
    }
import--column-line = Строка
import--column-column = Столбец
import--column-problem = Проблема

export--label = Выгрузить:
export--format-csv = Файл CSV
export--format-xlsx = Книга Excel (XLSX)
export--format-json = Файл JSON
# $path (String) - the file written
export--done = Выгружено в { $path }

stats--by-country = Заявки по странам
stats--by-language = Заявки по языкам
stats--by-genre = Заявки по жанрам
stats--by-status = Заявки по статусам
# $count (Number) - entries in the edition
stats--total =
    { $count ->
        [one] { $count } заявка
        [few] { $count } заявки
        [many] { $count } заявок
       *[other] { $count } заявки
    }

duplicates--heading = Вероятные дубликаты
duplicates--none = Вероятных дубликатов нет.
# $id (Number) - the work to keep
duplicates--keep = Объединить, оставив № { $id }
duplicates--dismiss = Разные произведения
# $score (Number) - likeness from 0 to 1
duplicates--score = Сходство: { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = Показано пар: { $shown } из { $total }
duplicates--more = Показать ещё пары
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = Объединить произведение № { $other } с произведением № { $keep }? Все названия, синопсисы, сведения о создателях, идентификаторы, изображения и заявки № { $other } перейдут к № { $keep }, а произведение № { $other } будет удалено. Это действие нельзя отменить.
duplicates--merge = Объединить

edit--add-language = Добавить язык
edit--edit = Изменить
edit--remove = Удалить
# $language (String) - the language's name
edit--edit-language = Изменить название и синопсис ({ $language })
# $language (String) - the language's name
edit--remove-language = Удалить название и синопсис ({ $language })
edit--tag = Языковой тег
edit--tag-placeholder = Тег BCP 47, например fr или zh-Hant
edit--title = Название
edit--synopsis = Синопсис
edit--original = Это оригинал
edit--save = Сохранить
edit--cancel = Отмена

identifier--add = Добавить идентификатор
identifier--placeholder = ISAN, EIDR, ISRC или ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = Альянс
alliance--heading = Обмен в альянсе
alliance--identity = Этот профиль
alliance--identity-none = У этого профиля ещё нет цифрового удостоверения. Создайте его, чтобы обмениваться данными с другими участниками: ключи останутся на этом компьютере.
alliance--identity-name = Название фестиваля
alliance--identity-member = Короткое имя участника (как в реестре альянса)
alliance--identity-country = Страна (код ISO из двух букв)
alliance--passphrase = Парольная фраза
alliance--passphrase-hint = Защищает ключи, только если системная связка ключей недоступна. Не теряйте её: без неё ключи открыть нельзя.
alliance--identity-make = Создать ключи
alliance--fingerprint = Отпечаток, который нужно продиктовать другим участникам
alliance--qr-label = Отпечаток в виде QR-кода
alliance--sealed-in-keychain = Ключи хранятся в системной связке ключей.
alliance--sealed-in-passphrase = Ключи защищены парольной фразой.
alliance--write-card = Сохранить карточку участника
alliance--card-written = Карточка участника сохранена в
alliance--members = Участники
alliance--members-none = Участников пока нет.
alliance--country-unknown = Страна не указана
alliance--card-path = Путь к карточке участника (.json)
alliance--import-card = Импортировать карточку
# $member (String) - the member's name
alliance--card-imported = Карточка участника «{ $member }» импортирована.
# $member (String) - the member's name
alliance--card-rotated = Карточка участника «{ $member }» импортирована: её ключи заменены, и старый ключ подписал новые.
alliance--compare = Прежде чем доверять карточке, продиктуйте этот отпечаток участнику по телефону или сверьте его при личной встрече:
alliance--verify = Отметить как проверенную
alliance--verify-typed = Отпечаток, продиктованный участником
alliance--points = Точки обмена
alliance--points-none = Точек обмена пока нет: добавьте папку или веб-адрес, где встречается альянс.
alliance--point-location = Папка или адрес (https://…)
alliance--point-name = Название (необязательно)
alliance--point-add = Добавить
alliance--point-remove = Удалить
alliance--sync = Синхронизация
alliance--sync-button = Синхронизировать сейчас
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = Публикация конвертов: { $done } из { $total }
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = Получение конвертов: { $done } из { $total }
alliance--unlock = Открыть ключи
alliance--sync-log = Журнал последней синхронизации
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = Отправлено: { $published }; применено: { $applied }; пропущено (для других участников): { $skipped }; отклонено: { $refused }.
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = Применён конверт № { $seq } ({ $kind }) от участника
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = Пропущен адресованный другим участникам конверт № { $seq } ({ $kind }) от участника
# $seq (Number) - the envelope's number
alliance--log-refused = Отклонён конверт № { $seq } от отправителя
alliance--notes = Заметки
alliance--note-to = Кому
alliance--note-no-cards = Импортируйте карточку участника, чтобы написать ему.
alliance--note-to-all = Никто не отмечен: заметка уйдёт всем участникам, для которых есть карточка.
alliance--note-text = Текст заметки
alliance--note-send = Зашифровать и поставить в очередь
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = Заметка № { $seq } зашифрована; она уйдёт при следующей синхронизации.
alliance--notes-none = Заметок пока нет.
envelope-kind--note = заметка
envelope-kind--card = карточка участника
envelope-kind--recommendation = рекомендация
envelope-kind--recommendation-state = ответ на рекомендацию
envelope-kind--catalogue = каталог
recommendations--heading = Рекомендации
recommendations--inbox = Полученные
recommendations--outbox = Отправленные
recommendations--none = Пока нет.
recommendations--from = От
recommendations--to = Кому
recommendations--history = История
recommendations--edition = Выпуск, в который её включить
recommendations--section = Секция
recommendations--section-suggested = Предложенная секция
recommendations--accept = Принять
recommendations--reason = Причина отказа
recommendations--decline = Отклонить
recommendations--program = Отметить как включённую в программу
recommendations--person = Рекомендовать члена жюри или гостя
recommendations--person-name = Имя
recommendations--person-as = В качестве
recommendations--note = Заметка для участников
recommendations--send = Рекомендовать
catalogues--heading = Каталоги
catalogues--publish = Опубликовать каталог этого фестиваля
# $count (Number) - works in the catalogue
catalogues--published =
    { $count ->
        [1] Каталог из одного произведения зашифрован; он уйдёт при следующей синхронизации.
        [one] Каталог из { $count } произведения зашифрован; он уйдёт при следующей синхронизации.
        [few] Каталог из { $count } произведений зашифрован; он уйдёт при следующей синхронизации.
        [many] Каталог из { $count } произведений зашифрован; он уйдёт при следующей синхронизации.
       *[other] Каталог из { $count } произведения зашифрован; он уйдёт при следующей синхронизации.
    }
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count }
catalogues--none = Каталоги участников пока не поступали.
catalogues--search = Поиск по каталогам в любой письменности
# $edition (String) - the edition's name
catalogues--take = Включить в { $edition }
# $edition (String) - the edition's name
catalogues--taken = Включено в { $edition }
recommend--heading = Рекомендовать участникам
recommend--sent = Рекомендация зашифрована; она уйдёт при следующей синхронизации.
recommend--history = Рекомендации этого произведения
rights--heading = Права на показ
rights--none = Права на показ не указаны.
rights--world = Весь мир
rights--territory = Территория (код ISO или WORLD)
rights--excluded = исключена
directory--any = все
directory--none = нет
directory--alliance = Альянс
directory--tier = Уровень членства
directory--kind = Тип
directory--country = Страна
directory--country-code = Страна (код ISO)
directory--city = Город
directory--slug = Короткое имя
directory--name = Полное название
directory--languages = Рабочие языки (языковые теги через запятую)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = в альянсе с { $date }
directory--joined-input = Дата вступления (YYYY или YYYY-MM-DD)
directory--add = Внести или изменить участника
directory--save = Сохранить участника
# $member (String) - the member's name
directory--saved = Участник «{ $member }» сохранён в реестре.
directory--none-match = Нет участников, соответствующих этим фильтрам.
registry--heading = Реестры
# $count (Number) - how many members
registry--members =
    { $count ->
        [1] один участник
        [one] { $count } участник
        [few] { $count } участника
        [many] { $count } участников
       *[other] { $count } участника
    }
# $member (String) - the secretariat's short name
registry--secretariat = Секретариат: { $member }
registry--no-secretariat = Секретариат пока не назначен
# $date (String) - the date and time, already formatted
registry--issued = реестр от { $date }
registry--publish = Опубликовать реестр
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published =
    { $count ->
        [1] Реестр альянса «{ $alliance }», в котором один участник, зашифрован; он уйдёт при следующей синхронизации.
        [one] Реестр альянса «{ $alliance }», в котором { $count } участник, зашифрован; он уйдёт при следующей синхронизации.
        [few] Реестр альянса «{ $alliance }», в котором { $count } участника, зашифрован; он уйдёт при следующей синхронизации.
        [many] Реестр альянса «{ $alliance }», в котором { $count } участников, зашифрован; он уйдёт при следующей синхронизации.
       *[other] Реестр альянса «{ $alliance }», в котором { $count } участника, зашифрован; он уйдёт при следующей синхронизации.
    }
admissions--heading = Приём в альянс
admissions--criteria = Критерии приёма
admissions--criterion-key = Короткое имя критерия
admissions--criterion-text = Формулировка критерия на языке интерфейса
admissions--criterion-add = Добавить критерий
admissions--apply = Новая заявка на вступление
admissions--contact = Контакт
admissions--submit = Зарегистрировать заявку
admissions--applications = Заявки на вступление
admissions--none = Заявок на вступление пока нет.
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = Пока нет подтверждений по критериям: { $criteria }
admissions--sponsors = Поручители
admissions--sponsor-as = Участник-поручитель
admissions--sponsor-note = Отзыв поручителя
admissions--sponsor = Добавить поручителя
admissions--outcome = Решение
admissions--on = День принятия решения
admissions--for = За
admissions--against = Против
admissions--abstain = Воздержались
admissions--decision-note = Примечание к решению
admissions--decide = Записать решение
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = Решение от { $date }: за — { $for }, против — { $against }, воздержались — { $abstain }.
directory--view = Вид справочника
directory--as-list = Список
directory--as-map = Карта
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = Карта мира с участниками — участников: { $members }; стран: { $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — участников: { $count }
nav--jury = Жюри
jury--heading = Жюри
jury--section = Секция
jury--round = Тур
jury--no-round = Для этого тура у секции пока нет оценочного листа: сначала добавьте в него критерии (caravan jury criterion add).
# $entries (Number) - how many entries the round has
jury--rubric =
    { $entries ->
        [1] Оценочный лист — одна заявка
        [one] Оценочный лист — { $entries } заявка
        [few] Оценочный лист — { $entries } заявки
        [many] Оценочный лист — { $entries } заявок
       *[other] Оценочный лист — { $entries } заявки
    }
jury--assignment = Назначения
jury--reviews-per-entry = Рецензий на заявку
jury--max-load = Наибольшее число заявок на одного члена жюри
jury--assign = Назначить членов жюри
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = Сделано назначений: { $added }. Заявок, которым ещё не хватает членов жюри: { $uncovered }.
# $count (Number) - entries assigned to the juror
jury--load =
    { $count ->
        [1] одна заявка
        [one] { $count } заявка
        [few] { $count } заявки
        [many] { $count } заявок
       *[other] { $count } заявки
    }
jury--juror = Член жюри
jury--scoring = Выставление оценок
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = Оценено: { $done } из { $total }
jury--progress-label = Оценённые заявки
jury--keys = Клавиши: цифра выставляет оценку по выделенному критерию (0 — это десять), ↑ и ↓ переходят между критериями, ← и → — между заявками, N — к следующей ещё не оценённой заявке. Каждое изменение сохраняется сразу.
jury--screener = Открыть ссылку для просмотра
jury--saved = сохранено
jury--previous = Предыдущая заявка
jury--next = Следующая заявка
jury--next-unscored = Следующая неоценённая заявка
jury--nothing-to-score = Этому члену жюри в этом туре не назначено ни одной заявки.
jury--results = Итоги
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = Согласованность оценок членов жюри (α Криппендорфа): { $alpha }
jury--rank = Место
jury--work = Произведение
jury--count = Число членов жюри
jury--normalized = Нормализованное среднее
jury--mean = Среднее
jury--disagreement = мнения членов жюри расходятся
jury--matrix = Кто что оценивает
jury--assigned-cell = назначено
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = Показаны только первые заявки: { $shown } из { $total }; в итогах перечислены все.
jury--distribution = Суммы оценок каждого члена жюри на шкале
jury--distribution-label = Суммы оценок каждого члена жюри показаны точками на шкале, а его среднее — линией: точки строгого члена жюри смещены влево, снисходительного — вправо.
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean =
    { $count ->
        [1] среднее { $mean } по одной заявке
        [one] среднее { $mean } по { $count } заявке
        [few] среднее { $mean } по { $count } заявкам
        [many] среднее { $mean } по { $count } заявкам
       *[other] среднее { $mean } по { $count } заявки
    }
jury--ballots = Голосование по наградам
jury--award = Награда
jury--ballot-round = Тур голосования
jury--voter = Голосующий
jury--vote = Записать голос
jury--tally = Подсчитать голоса
# $count (Number) - votes
jury--votes =
    { $count ->
        [1] один голос
        [one] { $count } голос
        [few] { $count } голоса
        [many] { $count } голосов
       *[other] { $count } голоса
    }
# $cast (Number) - votes cast
jury--no-winner = В этом туре победителя нет (подано голосов: { $cast }): нужно проголосовать ещё раз в следующем туре.
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = Побеждает «{ $title }» (подано голосов: { $cast }).
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = Присуждена произведению «{ $title }» в туре голосования { $round }; голосов: { $votes } из { $cast }.
jury--setup = Настройка тура
jury--criterion-key = Короткое имя критерия
jury--criterion-label = Критерий на языке интерфейса
jury--min = Наименьшая оценка
jury--max = Наибольшая оценка
jury--step = Шаг
jury--weight = Вес
jury--criterion-add = Добавить критерий
jury--juror-email = Адрес электронной почты члена жюри
jury--juror-name = Имя члена жюри
jury--juror-languages = Языки, которые понимает член жюри (языковые теги через запятую)
jury--juror-card = Файл карточки члена жюри (для пакетов)
jury--juror-add = Добавить члена жюри
# $what (String) - what was added
jury--setup-added = Добавлено: «{ $what }».
jury--packets = Пакеты и ведомости оценок
jury--file = Файл (путь)
jury--packet-export = Зашифровать пакет для члена жюри
jury--sheet-merge = Объединить ведомость оценок
jury--packet-open = Открыть пакет (на ноутбуке члена жюри)
jury--sheet-export = Зашифровать мою ведомость оценок для председателя жюри
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written =
    { $entries ->
        [1] Пакет для { $juror } с одной заявкой записан.
        [one] Пакет для { $juror } с { $entries } заявкой записан.
        [few] Пакет для { $juror } с { $entries } заявками записан.
        [many] Пакет для { $juror } с { $entries } заявками записан.
       *[other] Пакет для { $juror } с { $entries } заявки записан.
    }
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened =
    { $entries ->
        [1] Пакет от «{ $chair }» открыт: одна заявка для оценки.
        [one] Пакет от «{ $chair }» открыт: { $entries } заявка для оценки.
        [few] Пакет от «{ $chair }» открыт: { $entries } заявки для оценки.
        [many] Пакет от «{ $chair }» открыт: { $entries } заявок для оценки.
       *[other] Пакет от «{ $chair }» открыт: { $entries } заявки для оценки.
    }
# $scores (Number) - scores in the sheet
jury--sheet-written =
    { $scores ->
        [1] Ведомость оценок с одной оценкой записана.
        [one] Ведомость оценок с { $scores } оценкой записана.
        [few] Ведомость оценок с { $scores } оценками записана.
        [many] Ведомость оценок с { $scores } оценками записана.
       *[other] Ведомость оценок с { $scores } оценки записана.
    }
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = Ведомость оценок члена жюри { $juror } объединена с имеющимися; оценок новее имеющихся: { $applied }.
# $juror (String) - the juror's email
jury--sheet-already = Ведомость оценок члена жюри { $juror } уже объединена с имеющимися оценками; делать ничего не нужно.
jury--screener-file = Копия для просмотра на этом компьютере
jury--screener-path = Файл копии для просмотра на этом компьютере (путь к нему)
jury--screener-attach = Воспроизводить этот файл рядом с оценками
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = Назначить «{ $title }» члену жюри { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = Отменить назначение «{ $title }» члену жюри { $juror }
jury--comment = Ваш комментарий к этому произведению (сохраняется по мере ввода; другие члены жюри его не видят)
jury--conflict-reason = Причина (конфликт интересов)
jury--conflict-add = Заявить о конфликте
jury--conflict-declared = Конфликт интересов заявлен: эта пара никогда не назначается, не оценивается и не учитывается.

export--save-as = Сохранить как…
work--unresolved = Сохранено как в файле
work--unresolved-country = Страна
work--unresolved-language = Язык
work--unresolved-status = Статус заявки
