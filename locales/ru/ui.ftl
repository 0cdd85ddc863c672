# The window.

app--name = Caravan
app--tagline = Отбор программ фестивалей

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
