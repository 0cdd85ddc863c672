# The window.

app--name = Caravan
app--tagline = 电影节选片

nav--works = 作品
settings--language = 界面语言

works--heading = 作品
# $count (Number) - how many works the list holds
works--count =
    { $count ->
       *[other] { $count } 部作品
    }
works--column-title = 片名
works--column-original = 原名
works--column-kind = 类型
works--column-year = 年份
works--empty = 还没有作品。
works--loading = 正在加载…

work--back = 返回作品列表
work--no-synopsis = 暂无简介。
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = 语言标记：{ $lang }

error--heading = 出错了
error--dismiss = 关闭

media--drop-hint = 将海报、剧照或封面拖放到这里即可添加。
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = 正在添加图片：第 { $done } 张，共 { $total } 张
media--none = 还没有图片。
