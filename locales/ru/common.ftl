# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = Фильм
kind--music = Музыка

role--director = Режиссёр
role--writer = Сценарист
role--producer = Продюсер
role--cast = В ролях
role--cinematographer = Оператор
role--editor = Монтаж
role--composer = Композитор
role--lyricist = Автор слов
role--artist = Артист
role--performer = Исполнитель

provenance--submitted = от заявителя
provenance--curator = от отборщика
provenance--machine = машинный перевод

work--kind = Тип
work--year = Год
work--runtime = Хронометраж
work--countries = Страны
work--languages = Языки
work--titles = Названия
work--synopses = Синопсисы
work--credits = Создатели
work--identifiers = Идентификаторы
work--original = оригинал

# The names of vocabularies and fields, used inside error messages.
what--work-kind = Тип произведения
what--member-kind = Тип участника
what--tier = Уровень членства
what--submission-status = Статус заявки
what--judging-status = Статус отбора
what--text-field = Текстовое поле
what--provenance = Источник
what--credit-role = Роль в списке создателей
what--edition-name = Название выпуска
what--title = Название
what--synopsis = Синопсис
what--judging-label = Метка отбора
what--submission-column = Столбец таблицы заявок
what--work-column = Столбец списка произведений
what--member-name = Название
what--note-text = Текст заметки
what--exchange-point = Точка обмена

media-kind--poster = Постер
media-kind--still = Кадр
media-kind--cover = Обложка
what--media-kind = Тип изображения
work--media = Изображения

status--in-consideration = На рассмотрении
status--incomplete = Неполная
status--disqualified = Дисквалифицирована
status--withdrawn = Отозвана

judging--undecided = Решение не принято
judging--selected = Отобрана
judging--not-selected = Не отобрана

duplicate-reason--title = то же название
duplicate-reason--title-across-scripts = то же название в другой письменности
duplicate-reason--director = тот же режиссёр или артист
duplicate-reason--year = тот же год
duplicate-reason--runtime = тот же хронометраж
duplicate-reason--poster = тот же постер
what--identifier-kind = Тип идентификатора

identifier-kind--isan = Номер ISAN
identifier-kind--eidr = Идентификатор EIDR
identifier-kind--isrc = Код ISRC
identifier-kind--iswc = Код ISWC
identifier-kind--filmfreeway-submission = Submission ID из FilmFreeway
identifier-kind--filmfreeway-tracking = Tracking Number из FilmFreeway
identifier-kind--caravan-demo = Демонстрационный ключ

# Whether a member's card was checked with the member.
trust--verified = проверена
trust--unverified = не проверена
trust--no-card = нет карточки
tier--basic = Базовый участник
tier--business = Бизнес-участник
tier--partnership = Партнёр
trust--revoked = отозвана
# The states and kinds of a recommendation.
recommendation-state--sent = отправлена
recommendation-state--received = получена
recommendation-state--accepted = принята
recommendation-state--declined = отклонена
recommendation-state--programmed = включена в программу
recommendation-kind--work = произведение
recommendation-kind--judge = член жюри
recommendation-kind--guest = гость
what--decline-reason = Причина отказа
what--recommendation-kind = Тип рекомендации
what--recommendation-direction = Направление (incoming или outgoing)
what--contact-kind = Тип контакта
what--contact = Контакт
what--application-state = Состояние заявки на вступление
what--outcome = Решение
what--tier-label = Название уровня членства
what--criterion-text = Формулировка критерия
what--alliance-name = Название альянса
what--evidence = Подтверждение
what--note = Комментарий
contact-kind--email = электронная почта
contact-kind--phone = телефон
contact-kind--web = веб-сайт
contact-kind--address = почтовый адрес
application-state--open = на рассмотрении
application-state--admitted = принята
application-state--refused = отклонена
application-state--withdrawn = отозвана
member-kind--festival = фестиваль
member-kind--institution = организация
member-kind--company = компания
member-kind--artist = артист
outcome--admit = Принять
outcome--refuse = Отклонить
outcome--withdraw = Отозвана кандидатом
what--criterion-label = Название критерия
# $detail (String) - the reason given, or —
conflict--declared = заявлен: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = рекомендовано участником «{ $detail }», к которому относится член жюри
# $detail (String) - the credit's role
conflict--credited = член жюри указан среди его создателей ({ $detail })
# $detail (String) - the company's name
conflict--same-company = создано продюсерской компанией члена жюри «{ $detail }»
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = { $missing ->
    [1] Не хватает одной рецензии: членов жюри без конфликта интересов с этой заявкой всего { $possible }.
    [one] Не хватает { $missing } рецензии: членов жюри без конфликта интересов с этой заявкой всего { $possible }.
    [few] Не хватает { $missing } рецензий: членов жюри без конфликта интересов с этой заявкой всего { $possible }.
    [many] Не хватает { $missing } рецензий: членов жюри без конфликта интересов с этой заявкой всего { $possible }.
   *[other] Не хватает { $missing } рецензии: членов жюри без конфликта интересов с этой заявкой всего { $possible }.
}
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = { $missing ->
    [1] Не хватает одной рецензии: у членов жюри, которые могут её дать, уже максимально допустимое число заявок.
    [one] Не хватает { $missing } рецензии: у членов жюри, которые могут их дать, уже максимально допустимое число заявок.
    [few] Не хватает { $missing } рецензий: у членов жюри, которые могут их дать, уже максимально допустимое число заявок.
    [many] Не хватает { $missing } рецензий: у членов жюри, которые могут их дать, уже максимально допустимое число заявок.
   *[other] Не хватает { $missing } рецензии: у членов жюри, которые могут их дать, уже максимально допустимое число заявок.
}
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = Строка { $line }, столбец «{ $column }»: { $reason }
