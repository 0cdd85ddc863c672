# Error messages, one per stable error code: the id is error--<code>.

# $path (String) - the database file
error--db-not-sqlite = { $path } 不是 Caravan 数据库：它不是 SQLite 文件。未做任何更改。
# $path (String) - the database file
error--db-foreign = { $path } 是其他程序的 SQLite 数据库，不属于 Caravan。未做任何更改。
# $path (String) - the database file
error--db-corrupt = { $path } 已损坏，无法读取。未做任何更改；请从备份恢复。
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } 由更新版本的 Caravan 写入（结构版本 { $found }；本版本最高支持 { $supported }）。请升级 Caravan 后再打开。未做任何更改。
# $path (String) - the database file
error--db-busy = { $path } 正被其他程序占用，请稍后再试。
# $path (String) - the database file
error--db-read-only = 无法写入 { $path }：请检查文件权限。
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = 无法打开 { $path }：{ $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = { $path } 出现数据库错误：{ $reason }
error--db-no-data-dir = 这台电脑没有存放应用数据的文件夹。请用 --db 或 CARAVAN_DB 指定数据库文件。

# $slug (String) - the slug asked for
error--slug-taken = 简称“{ $slug }”已被使用。
# $value (String) - the slug given
error--slug-invalid = “{ $value }”不是有效的简称：只能使用小写拉丁字母、数字和单个连字符。
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = “{ $value }”不是语言标记。请使用 BCP 47 标记；界面提供以下语言：{ $supported }。
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = 界面没有“{ $value }”版本。请从以下语言中选择：{ $supported }。
# $value (String) - the code given
error--country-invalid = “{ $value }”不是 ISO 3166-1 国家代码。
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }：“{ $value }”不是可接受的值。
# $what (String) - the name of the field, from what--*
error--value-empty = { $what }不能为空。

# $work (String) - what the user typed to name the work
error--work-not-found = 没有作品“{ $work }”。请用作品编号、FilmFreeway 的 Submission ID 或 Tracking Number，或 ISRC 指定作品。
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }”对应多部作品（{ $count } 部）。请用作品编号指定。
# $edition (String) - the edition slug given
error--edition-not-found = 没有届次“{ $edition }”。命令“caravan editions list”可列出所有届次。

# $command (String) - the word that is not a command
error--cli-unknown-command = “{ $command }”不是 Caravan 命令。运行“caravan --help”查看命令列表。
# $argument (String) - the option that is not known
error--cli-unknown-argument = “{ $argument }”不是此命令的选项。加上 --help 查看可用选项。
# $argument (String) - the argument that is missing
error--cli-missing-argument = 此命令需要 { $argument }。
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = “{ $value }”不是 { $argument } 的有效值。
# $detail (String) - the parser's own explanation, in English
error--cli-usage = 命令行无效：{ $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = 发生意外错误：{ $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } 是空文件。未保存任何内容。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } 不是 Caravan 能读取的图片（JPEG、PNG、WebP、GIF、TIFF 或 BMP）。未保存任何内容。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } 提前结束：文件不完整。未保存任何内容。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } 已损坏（{ $reason }）。未保存任何内容。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } 超出 Caravan 可接受的大小（每边最多 20,000 像素，总计最多 1 亿像素）。未保存任何内容。
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = 无法读取或保存 { $file }：{ $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = 无法为 { $file } 生成缩略图：{ $reason }。未保存任何内容。
# $id (Number) - the image number given
error--media-not-found = 没有编号为 { $id } 的图片。

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan 无法打开窗口：{ $reason }
