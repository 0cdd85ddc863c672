# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

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
error--work-not-found = 没有作品“{ $work }”。请用作品编号、ff: 加 FilmFreeway 的 Submission ID，或 Tracking Number、ISRC 等标识符指定作品。
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }”对应多部作品（{ $count } 部）。请用作品编号指定。
# $edition (String) - the edition slug given
error--edition-not-found = 没有届次“{ $edition }”。命令“caravan editions list”可列出所有届次。
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = 届次“{ $edition }”没有“{ $section }”单元。未做任何更改。
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = 窗口发送了 Caravan 无法读取的请求（{ $detail }）。未做任何更改。
# $value (String) - the cursor given
error--cursor-invalid = “{ $value }”不是此列表的游标：请使用上一页的“next”值，并保持相同的排序。
# $change (Number) - the number of the status change
error--status-change-not-found = 没有编号为 { $change } 的状态更改。
# $change (Number) - the number of the status change
error--status-change-undone = 编号为 { $change } 的状态更改已被撤销。未做任何更改。
error--status-nothing-to-set = 请选择要设置的报名状态、评审状态，或两者都选。

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

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = 无法读取 { $file }：{ $reason }
# $file (String) - the file being imported
error--import-empty = { $file } 是空文件：没有表头行。未导入任何内容。
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } 没有“{ $column }”列，因此不是 FilmFreeway 报名导出文件。未导入任何内容。
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file } 第 { $line } 行：无法按 CSV 格式读取该文件（{ $reason }）。未导入任何内容。
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = 无法将 { $file } 作为 Excel 工作簿读取（{ $reason }）。未导入任何内容。
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } 中没有列映射所指定的“{ $column }”列。请选择其他列映射，或修正此列映射。未导入任何内容。
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = 无法读取列映射：{ $detail }。列映射是一个 JSON：包含一个名称，以及每个列名对应的列内容（title、directors、countries 等）。
# $detail (String) - unused here
error--mapping-no-name = 该列映射没有名称。请为其命名，以便保存它，并在下次导入时重新识别用它导入的行。
# $detail (String) - unused here
error--mapping-no-title = 该列映射中没有任何列对应标题。请将一列映射为标题。
# $detail (String) - unused here
error--mapping-no-id = 该列映射中没有任何列对应行的 ID。请将一列映射为 ID，这样再次导入该文件时会更新其中的作品，而不会重复添加。
# $detail (String) - what is mapped twice
error--mapping-twice = 该列映射将两列都映射为“{ $detail }”，但它只能对应一列。
# $mapping (String) - the name or file given
error--mapping-not-found = 没有名为“{ $mapping }”的列映射，也没有这样的文件。
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = 列映射“{ $mapping }”是内置的；请用其他名称保存您的列映射。
# $encoding (String) - the encoding given
error--encoding-unknown = “{ $encoding }”不是 Caravan 能识别的编码。请使用 windows-1252、windows-1251、gb18030 或 shift_jis 等名称。
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = “{ $vocabulary }”不是导入时会保留的值类型：请使用 country（国家/地区）、language（语言）或 status（状态）。
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = “{ $code }”不是{ $vocabulary ->
    [country] 国家代码（例如 QA）
    [language] 语言标记（例如 fr 或 pt-BR）
   *[status] 报名状态（in-consideration、incomplete、disqualified 或 withdrawn）
}。
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = 没有“{ $name }”这个别名。
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count ->
    [1] 有一行被拒绝，因此未导入任何内容。请修正该行，或使用 --partial 导入其他行。
   *[other] 发现 { $count } 个问题，因此未导入任何内容。请修正这些问题，或使用 --partial 导入有效的行。
}

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file } 第 { $line } 行第 { $column } 列：这不是格式正确的 XML（{ $value }）。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file } 第 { $line } 行：{ $element } 不是 DDEX ERN NewReleaseMessage（{ $value }）。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file } 第 { $line } 行：不支持此 ERN 版本（{ $value }）；Caravan 可读取 ERN 3.4 至 3.8 以及 4.x。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file } 第 { $line } 行：该发行中的录音或视频 { $element } 没有任何标识符（既没有 ISRC、ISAN、EIDR，也没有专有标识符）。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } 超出了 Caravan 可读取的 DDEX 消息大小（{ $value }）。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file } 第 { $line } 行：元素嵌套的层级比任何 DDEX 消息都深（{ $value }）。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file } 第 { $line } 行第 { $column } 列：{ $element } 中的“{ $value }”不是有效的 ISRC。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file } 第 { $line } 行：录音 { $element } 没有标题。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file } 第 { $line } 行第 { $column } 列：{ $element } 中的“{ $value }”不是 ISO 8601 时长（例如 PT3M25S）。未导入任何内容。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file } 第 { $line } 行：{ $element } 引用了消息中不存在的资源（{ $value }）。未导入任何内容。

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = 第 { $line } 行：该行的单元格数量与表头行不一致（{ $value }）。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = 第 { $line } 行，“{ $column }”列：文本不是 UTF-8 编码（{ $value }）。请将文件另存为 UTF-8 或 UTF-16。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = 第 { $line } 行，“{ $column }”列：“{ $value }”不是有效的时长（例如 1:32:05）。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的日期（例如 2025-07-19）。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = 第 { $line } 行，“{ $column }”列：“{ $value }”不是年份。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的国家/地区。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的语言。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 FilmFreeway 报名状态。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = 第 { $line } 行：该项目没有标题。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = 第 { $line } 行：该行既没有 Submission ID，也没有 Tracking Number。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = 第 { $line } 行：在列映射指定为 ID 的列中，该行没有 ID。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = 第 { $line } 行：该行未指定类别，而该届次也没有可归入的单元。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = 第 { $line } 行，“{ $column }”列：“{ $value }”不是有效的标识符（运行“caravan ids check”查看原因）。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = 第 { $line } 行，“{ $column }”列：{ $value } 已属于另一部作品。

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = 这不是 ISAN、EIDR、ISRC 或 ISWC。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = 这看起来像 { $kind }，但长度或字符不正确。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = 校验字符不匹配：此 { $kind } 有输入错误。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = 此 { $kind } 的前两个字母既不是国家代码，也不是登记机构代码。
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = 此 { $kind } 的前缀尚未收录在 Caravan 自带的列表中；它可能是 IFPI 新近分配的。已按原文保留。

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = 作品“{ $work }”没有“{ $lang }”文本。
# $work (String) - the work as named
error--title-last = 这是作品“{ $work }”唯一的标题；请先添加另一个标题，再删除它。
error--duplicate-same-work = 作品不能与自身合并，也不能作为自身的重复项被排除。
# $id (Number) - the submission number
error--submission-not-found = 没有编号为 { $id } 的报名。
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = 无法写入 { $file }：{ $reason }。未留下任何文件。
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = 无法添加“{ $value }”：{ $reason }未保存任何内容。
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } 已属于作品 { $work }。未保存任何内容。
# $label (String) - the label as given
error--label-not-found = 该届次没有评审标签“{ $label }”；请使用 undecided、selected、not-selected 或该届次已有的评审标签。

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = 首行
envelope-part--header = 标头
envelope-part--signature = 签名
envelope-part--payload = 内容
envelope-part--attachment = 某个附件
envelope-part--attachments = 附件列表
envelope-part--body = 正文
envelope-part--file = 文件
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = 信封不完整：{ $what }被截断。未应用任何内容。
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = Caravan 无法读取此信封（{ $detail }）。未应用任何内容。
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = 信封在传输中损坏：{ $what }与其指纹不符。未应用任何内容。
# $version (Number) - the format version found
error--envelope-unsupported-version = 该信封的格式版本为 { $version }，此版本的 Caravan 无法读取；请升级 Caravan 后再读取。未应用任何内容。
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = 已拒收该信封：{ $what }大小为 { $size } 字节，超过上限 { $limit }。未读取或应用任何内容。
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = 该信封来自 { $sender }，但没有任何成员卡列有此密钥。请先导入该成员的成员卡。未应用任何内容。
error--envelope-bad-signature = 信封的签名与发送方的密钥不符：信封已被伪造或篡改。未应用任何内容。
error--envelope-not-addressed = 信封将此配置文件列为收件方，却未用其密钥加密。未应用任何内容。
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = 来自 { $sender } 的第 { $seq } 号信封到达时，应到的是第 { $expected } 号信封。未应用任何内容。
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = 来自 { $sender } 的第 { $seq } 号信封此前已应用，未再次应用。
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = 来自 { $sender } 的第 { $seq } 号信封与之前已应用的信封衔接不上：信封序列已被改写。未应用任何内容。
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = 在 { $stream } 的信封序列中发现了由 { $sender } 签名的信封。未应用任何内容。
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = 附件名“{ $name }”可能指向其文件夹之外。未应用任何内容。
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = 附件“{ $name }”不是其信封所描述的文件。未应用任何内容。
# $seq (Number) - the envelope's number
error--envelope-missing = 信封序列中缺少第 { $seq } 号信封，但序列的最新记录显示它应在其中。其后的信封均未应用。
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = 此版本的 Caravan 无法读取“{ $kind }”类型的信封；请升级 Caravan 后再读取。未应用任何内容。
# $detail (String) - what is wrong, in English from the program
error--card-malformed = 这不是 Caravan 能读取的成员卡（{ $detail }）。未保存任何内容。
error--card-bad-signature = 成员卡的签名与其密钥不符：成员卡已被篡改。未保存任何内容。
# $member (String) - the member's short name
error--card-not-a-rotation = “{ $member }”的成员卡列出了新密钥，但并非由该成员的当前密钥签名。请先与该成员核对指纹，再信任此卡。未保存任何内容。
# $member (String) - the member's short name
error--card-is-own = “{ $member }”的成员卡就是此配置文件自己的成员卡。
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = “{ $value }”不是有效的指纹：有字符错误或缺失。
# $member (String) - the member's short name
error--fingerprint-mismatch = 所给指纹与“{ $member }”成员卡上的指纹不一致。查明原因之前，请勿信任此卡。未做任何更改。
error--identity-passphrase-wrong = 无法打开密钥：密码短语错误。
error--identity-passphrase-needed = 此配置文件的密钥受密码短语保护。请提供密码短语（在脚本中通过 CARAVAN_PASSPHRASE 提供）。
error--identity-keychain-unavailable = 此配置文件的密钥保存在系统钥匙串中，但钥匙串没有响应。请解锁钥匙串后重试。
error--identity-missing = 此配置文件还没有身份。请先创建身份（caravan identity init）。
error--identity-exists = 此配置文件已有身份。如需更换密钥，请轮换密钥（caravan identity rotate）。
# $member (String) - the member's short name
error--member-not-found = 没有成员“{ $member }”。
# $member (String) - the member's short name
error--member-no-card = 没有成员“{ $member }”的成员卡。请先导入该成员的成员卡。
error--exchange-no-recipients = 没有任何成员卡，无法发送。请先导入各成员的成员卡。
# $id (Number) - the exchange point's number
error--exchange-point-not-found = 没有编号为 { $id } 的交换点。
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = 无法连接 { $url }：{ $reason }。已应用的内容会保留；请重试。
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } 返回了 HTTP 状态码 { $status }。已应用的内容会保留；请重试。
# $url (String) - the exchange point
error--exchange-read-only = { $url } 只能读取，不能写入：发布需要 WebDAV 服务器或文件夹。
# $path (String) - the envelope's place at the point
error--stream-conflict = { $path } 处已有另一个信封：此配置文件的信封序列曾从它的另一个副本发布。未覆盖任何内容。
error--exchange-no-points = 尚未设置任何交换点。请添加联盟用于交换的文件夹或地址（caravan exchange points add）。
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = 无法读取 { $file }：{ $reason }。未保存任何内容。

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = “{ $member }”的密钥已被吊销：此后由它签名的任何内容都不再接受。请导入并核验该成员的新成员卡。未应用任何内容。
# $id (Number) - the recommendation's number
error--recommendation-not-found = 此配置文件没有收到编号为 { $id } 的推荐。
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = 该答复针对推荐 { $uid }，但此配置文件并未向该成员发送过这条推荐。未应用任何内容。
# $uid (String) - the recommendation's name
error--recommendation-duplicate = 推荐 { $uid } 此前已收到，未重复接收。
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = 处于“{ $from }”状态的推荐不能变为“{ $to }”。未做任何更改。
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = 这不是 Caravan 能读取的推荐（{ $detail }）。未保存任何内容。
error--person-no-name = 人员至少需要有一种文字的姓名。未发送任何内容。
error--recommendation-edition-needed = 请指定作品要加入的届次（如有需要，也可指定单元）。
# $value (String) - the date as given
error--date-invalid = “{ $value }”不是日期，或不是结束晚于开始的时间段；请按 YYYY-MM-DD 格式书写日期。
# $id (Number) - the entry's number
error--catalogue-entry-not-found = 没有编号为 { $id } 的目录条目。
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = 该作品的放映权不包括“{ $member }”所在的地区 { $territory }。
# $alliance (String) - the alliance's short name
error--alliance-not-found = 没有联盟“{ $alliance }”。
error--alliance-needed = 成员级别和加入日期属于某个联盟的会籍：请指明是哪个联盟。
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = “{ $tier }”不是联盟“{ $alliance }”的成员级别。未做任何更改。
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = “{ $what }”超出了上限（{ $limit }）。未做任何更改。
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = “{ $what }”使用的语言超过 { $limit } 种。未做任何更改。
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = “{ $value }”不是有效的“{ $kind }”类联系方式。未做任何更改。
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = 在此副本中，“{ $member }”不是联盟“{ $alliance }”的秘书处，因此不采用其名录。未做任何更改。
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = 名录格式不正确（{ $detail }）。未应用任何内容。
# $id (Number) - the application's number
error--application-not-found = 没有编号为 { $id } 的入盟申请。
# $id (Number) - the application's number
error--application-decided = 编号为 { $id } 的入盟申请已有决定。未做任何更改。
# $member (String) - the applicant's short name
error--application-exists = “{ $member }”已有一份审议中的入盟申请。
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = “{ $member }”已是联盟“{ $alliance }”的成员。
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = “{ $criterion }”不是联盟“{ $alliance }”的入盟条件。未做任何更改。
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = 只有联盟成员才能担任入盟申请的引荐人，而“{ $member }”不是“{ $alliance }”的成员。未做任何更改。
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = 接纳需要赞成票多于反对票；赞成 { $for } 票、反对 { $against } 票不满足这一条件。未做任何更改。
# $value (String) - the section's short name
error--section-ambiguous = 多个届次都有“{ $value }”单元：请指明是哪个届次。
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = 单元“{ $section }”没有第 { $round } 轮。
error--shortlist-first-round = 第一轮之前没有上一轮，无法从中选取入围名单。
# $value (String) - the juror's email
error--juror-not-found = 没有评委“{ $value }”。
# $value (String) - the person's name
error--person-not-found = 没有任何作品的主创信息中有名为“{ $value }”的人。
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } 不是“{ $criterion }”的有效分数，该评分标准的分值为 { $min } 到 { $max }，间隔 { $step }。未做任何更改。
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = 分值范围应从最低分到更高的最高分，间隔为正数，且权重为正数；{ $min } 到 { $max }、间隔 { $step }、权重 { $weight } 不符合要求。
error--reviews-per-entry-zero = 每件报名作品至少需要一份评审。
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = 作品 { $work } 未分配给“{ $juror }”。未做任何更改。
# $value (String) - the criterion as written
error--criterion-not-found = 评分细则中没有评分标准“{ $value }”。未做任何更改。
# $value (String) - what was wrong
error--scores-file-invalid = 无法读取评分文件：{ $value }。未做任何更改。
# $value (String) - the value as written
error--score-not-a-number = “{ $value }”不是数字。
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = 在此文件中，“{ $juror }”对作品 { $work } 的“{ $criterion }”评了两次分。
# $count (Number) - how many rows were refused
error--scores-rejected = 文件中有 { $count } 行被拒绝，因此未导入任何内容。
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = “{ $section }”第 { $round } 轮还没有评分细则：请先添加评分标准。
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = 作品 { $work } 不是“{ $section }”第 { $round } 轮的报名作品。
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = “{ $juror }”不在“{ $section }”的评审团中。
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = “{ $juror }”与作品 { $work } 存在利益冲突：这一配对永远不会被分配、评分或计入结果。未做任何更改。
# $value (String) - the juror's email
error--juror-no-card = “{ $value }”尚未提供成员卡：请用“jury juror add … --card FILE”添加，以便只为该评委加密评审包。
# $value (String) - the juror's email
error--juror-no-entries = “{ $value }”没有分配到任何报名作品：评审包中没有可放入的内容。
# $value (String) - the kind the file holds
error--packet-wrong-kind = 该文件包含的是“{ $value }”类型的信封，而不是所要求的类型。未做任何更改。
error--no-packet = 此配置文件中尚未打开任何评审包：请先打开评审团主席的评审包。
error--sheet-unknown-juror = 该评分表的签名密钥未列在任何评委的成员卡中。未做任何更改。
# $value (String) - the award's short name
error--award-not-found = 没有奖项“{ $value }”。
# $value (String) - the award's short name
error--award-decided = 奖项“{ $value }”已有获奖作品。未做任何更改。
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = 作品 { $work } 已获得本届次的另一个奖项，不能再获得“{ $award }”。未做任何更改。
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = “{ $voter }”已在第 { $round } 轮投票中投过票。未做任何更改。
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = “{ $award }”的第 { $round } 轮投票中还没有人投票。
# $value (String) - the file given
error--screener-not-video = “{ $value }”不是可用作观片文件的视频文件（WebM、MP4、M4V、MKV、MOV 或 OGV）。未做任何更改。

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的国家/地区。已按原文保留，并已标记该作品。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的国家/地区；您是不是指 { $suggestion }？已按原文保留，并已标记该作品。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的语言。已按原文保留，并已标记该作品。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的语言；您是不是指 { $suggestion }？已按原文保留，并已标记该作品。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = 第 { $line } 行，“{ $column }”列：“{ $value }”不是 Caravan 能识别的报名状态。该报名仍为“考虑中”，状态按原文保留，并已标记该作品。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = 第 { $line } 行，“{ $column }”列：该单元格含有控制字符（例如 NUL），已将其删除：{ $value }。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = 第 { $line } 行，{ $column }：ISRC { $value } 使用了 Caravan 尚不认识的前缀；已按原文保留。如果看起来有误，请向唱片公司核实。

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = 第 { $line } 行，{ $column }：另一个资源的 ISRC 同样是 { $value }；已导入第一个资源，此资源未导入。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = 第 { $line } 行，{ $column }：另一个资源的标识符同样是 { $value }；已导入第一个资源，此资源未导入。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = 第 { $line } 行，{ $column }：ISRC { $value } 使用了 Caravan 尚不认识的前缀；已按原文保留。如果看起来有误，请向唱片公司核实。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = 第 { $line } 行，{ $column }：补充资源 { $value } 没有标识符，因此未导入；本次交付的其余内容已导入。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = 第 { $line } 行，{ $column }：“{ $value }”不是有效的 ISAN；已导入该资源，但不含此 ISAN。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = 第 { $line } 行，{ $column }：“{ $value }”不是有效的 EIDR；已导入该资源，但不含此 EIDR。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = 第 { $line } 行，{ $column }：该消息声明的版本为 { $value }，但其命名空间对应另一个 ERN 版本；已按命名空间读取。
