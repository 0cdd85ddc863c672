# The caravan command line: help text and the lines it prints.

cli--about = Caravan：跨越语言与国界的电影节选片工具。所有命令都支持 --json。
cli--usage-heading = 用法：
cli--commands-heading = 命令
cli--options-heading = 选项
cli--arguments-heading = 参数
cli--command-value = 命令
cli--arg-help = 显示本帮助
cli--arg-version = 显示版本
cli--arg-db = 数据库文件（默认：本机应用数据文件夹中的 Caravan 数据库；也可用 CARAVAN_DB）
cli--arg-lang = 消息和片名的语言，BCP 47 标记，例如 fr 或 zh-TW（也可用 CARAVAN_LANG）
cli--arg-json = 在标准输出上只输出一个 JSON 文档
cli--arg-generate = 另外生成这么多部作品，用于大规模试用 Caravan
cli--arg-slug = 由小写字母、数字和连字符组成的简称
cli--arg-name = 全称
cli--arg-year = 年份
cli--arg-sections = 届次中的单元，按简称（可重复指定多个）
cli--arg-edition = 只列出报名该届次的作品，按简称
cli--arg-limit = 显示多少条（默认 50）
cli--arg-offset = 先跳过多少条（默认 0）
cli--arg-work = 作品：编号、FilmFreeway 的 Submission ID 或 Tracking Number，或 ISRC

cli--demo--about = 创建演示联盟：成员、两个届次以及多种文字的作品（重复运行不会改变任何内容）
cli--edition--about = 添加电影节届次
cli--edition-add--about = 添加一个届次及其单元
cli--editions--about = 电影节届次
cli--editions-list--about = 列出届次及其单元
cli--works--about = 电影和音乐
cli--works-list--about = 列出作品，片名使用所选语言
cli--works-show--about = 显示一部作品及其片名的所有语言版本

cli--error-prefix = 错误：

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = 演示数据已就绪。联盟：{ $alliances }；成员：{ $members }；届次：{ $editions }；作品：{ $works }。
# $slug (String) - the new edition's slug
cli--edition-added = 已添加届次“{ $slug }”。
cli--editions-none = 还没有届次。
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = 作品 { $from }–{ $to }，共 { $total } 部

cli--media--about = 海报、剧照和封面
cli--media-add--about = 为作品添加图片：原图按原样保存，并生成三种尺寸的缩略图
cli--media-list--about = 列出作品的图片
cli--media-remove--about = 从作品中移除图片
cli--media-similar--about = 查找使用同一张图片的作品
cli--arg-file = 图片文件
cli--arg-kind = poster、still 或 cover（默认 poster）
cli--arg-id = 图片编号
cli--media-none = 这部作品还没有图片。
# $id (Number) - the image removed
cli--media-removed = 已移除图片 { $id }。
cli--media-no-similar = 没有两部作品使用同一张图片。
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = 作品 { $a } 和 { $b } 使用同一张图片（差异 { $distance }）。
