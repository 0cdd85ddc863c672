# The caravan command line: help text and the lines it prints.

cli--about = Caravan：跨越语言和国界的节展策展工具。每条命令都可以加上 --json，以 JSON 格式输出。
cli--usage-heading = 用法：
cli--commands-heading = 命令
cli--options-heading = 选项
cli--arguments-heading = 参数
cli--command-value = 命令
cli--arg-help = 显示本帮助
cli--arg-version = 显示版本
cli--arg-db = 数据库文件（默认：本机应用数据文件夹中的 Caravan 数据库；也可用 CARAVAN_DB）
cli--arg-lang = 消息和标题的语言，BCP 47 标记，例如 fr 或 zh-TW（也可用 CARAVAN_LANG）
cli--arg-json = 在标准输出上只输出一个 JSON 文档
cli--arg-generate = 另外生成指定数量的作品，用于在大数据量下试用 Caravan
cli--arg-into = 将生成的作品报名到此届次，分配到其各个单元
cli--arg-slug = 由小写字母、数字和连字符组成的简称
cli--arg-name = 全称
cli--arg-year = 年份
cli--arg-sections = 届次中的单元，按简称（可重复指定多个）
cli--arg-edition = 届次，按简称
cli--arg-limit = 显示多少条
cli--arg-offset = 先跳过多少条（默认 0）
cli--arg-work = 作品：编号、ff: 加 FilmFreeway 的 Submission ID、Tracking Number，或 ISRC 等标识符

cli--demo--about = 创建演示联盟：成员、两个届次以及多种文字的作品（重复运行不会改变任何内容）
cli--edition--about = 添加节展届次
cli--edition-add--about = 添加一个届次及其单元
cli--editions--about = 节展届次
cli--editions-list--about = 列出届次及其单元
cli--works--about = 电影和音乐
cli--works-list--about = 列出作品，标题使用所选语言
cli--works-show--about = 显示一部作品及其标题的所有语言版本

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
cli--arg-file = 要读取的文件
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

cli--import--about = 从 FilmFreeway、其他任意电子表格或 DDEX 导入报名
cli--import-filmfreeway--about = 导入 FilmFreeway 报名导出文件（CSV，或从 Excel 导出的 UTF-16 文本）
cli--import-ddex--about = 导入 DDEX ERN 发行消息（ERN 3.4 至 4.3）：每条录音和每个音乐视频都会成为一部音乐作品
cli--import-table--about = 通过列映射导入任意 CSV 或 XLSX 报名表格
cli--import-preview--about = 显示表格的各列、第一行，以及根据列名建议的列映射
cli--arg-mapping = 列映射：filmfreeway、已保存列映射的名称，或包含列映射的 JSON 文件
cli--arg-encoding = 文本文件的编码（windows-1252、windows-1251、gb18030、shift_jis 等），在自动检测出错时指定
cli--mappings--about = 导入表格时使用的列映射
cli--mappings-list--about = 列出内置的和已保存的列映射
cli--mappings-show--about = 显示一个列映射
cli--mappings-save--about = 将 JSON 文件中的列映射按其名称保存
cli--arg-mapping-name = 列映射的名称
cli--aliases--about = 为任何列表都不认识的名称指定含义，适用于带有这些名称的每部作品以及今后的每次导入
cli--aliases-list--about = 列出别名
cli--aliases-add--about = 指定某个名称的含义（“将 Quatar 视为 QA”）
cli--aliases-remove--about = 删除为某个名称指定的含义
cli--arg-alias-vocabulary = 值的类型：country（国家/地区）、language（语言）或 status（状态）
cli--arg-alias-name = 文件中写的名称
cli--arg-alias-code = 它所表示的代码：国家代码、语言标记或报名状态
cli--unresolved--about = 列出导入时按原文保留的值，以及带有每个值的作品数
cli--arg-unresolved-edition = 仅限此届次的作品
cli--arg-dry_run = 检查文件并报告将发生的更改，但不保存任何内容
cli--arg-partial = 即使部分行被拒绝，也导入有效的行
cli--arg-section = 单元的简称
cli--ids--about = 作品标识符
cli--ids-check--about = 检查 ISAN、EIDR、ISRC 或 ISWC，并以规范形式输出
cli--arg-value = 要检查的标识符
cli--titles--about = 作品的各语言标题
cli--titles-set--about = 添加或修改某一语言的标题
cli--titles-remove--about = 删除某一语言的标题
cli--synopses--about = 作品的各语言简介
cli--synopses-set--about = 添加或修改某一语言的简介
cli--synopses-remove--about = 删除某一语言的简介
cli--arg-lang_tag = BCP 47 语言标记，例如 fr、zh-Hant 或 sr-Latn
cli--arg-text = 文本
cli--arg-original = 标记为原文
cli--arg-provenance = submitted、curator 或 machine（默认 curator）
cli--search--about = 按任意标题、导演或艺术家查找作品，支持任何文字
cli--arg-query = 要查找的内容
cli--duplicates--about = 列出可能重复的报名，或合并、排除一对重复项
cli--duplicates-merge--about = 将第二部作品并入第一部，保留所有语言、主创信息和历史记录
cli--duplicates-dismiss--about = 确认两部作品并非同一作品，今后不再提示
cli--arg-keep = 要保留的作品
cli--arg-other = 要并入其中的作品
cli--arg-a = 一部作品
cli--arg-b = 另一部作品
cli--export--about = 将届次的报名导出为 CSV、XLSX 或 JSON
cli--arg-format = csv、xlsx 或 json
cli--arg-out = 要写入的文件
cli--arg-status = 仅限此报名状态（例如 in-consideration）
cli--arg-judging = 仅限此评审状态或评审标签
cli--arg-country = 仅限来自该国家/地区的作品（ISO 代码）
cli--arg-language = 仅限该语言的作品（BCP 47 标记）
cli--submissions--about = 届次的报名
cli--submissions-list--about = 列出届次的报名
cli--submissions-stats--about = 按国家/地区、语言、体裁和状态统计届次的报名
cli--submissions-status--about = 更改报名状态
cli--arg-ids = 报名编号
cli--arg-set = 要设为的报名状态
cli--arg-to_judging = 要设为的评审状态或评审标签
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = 已读取 { $rows } 行（{ $percent }%）
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = 新导入 { $imported } 条，更新 { $updated } 条，未变 { $unchanged } 条，拒绝 { $rejected } 条。
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = 试运行，未保存任何内容。将导入 { $imported } 条，更新 { $updated } 条，保持不变 { $unchanged } 条，拒绝 { $rejected } 条。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = 有效的 { $kind }。
cli--search-none = 未找到任何结果。
cli--duplicates-none = 没有可能的重复项。
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = 作品 { $a } 和 { $b } 将不再被提示为重复项。
# $count (Number) - works written
# $path (String) - the file
cli--exported = 已将 { $count } 部作品写入 { $path }。
# $count (Number) - entries
cli--stats-total = 共 { $count } 条报名
cli--stats-by-country = 按国家/地区
cli--stats-by-language = 按语言
cli--stats-by-genre = 按体裁
cli--stats-by-status = 按状态
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = 已更改 { $count } 条报名（更改编号 { $change }）。
cli--submissions-undo--about = 撤销一次状态更改，将其涉及的每条报名恢复原状
cli--arg-change = 更改编号，即更改状态时报告的编号
cli--arg-after = 从此游标之后继续（即上一页的“next”值）
cli--arg-sort = 按此列排序；加上 :desc 可倒序（title 按 --lang 所指语言的字母顺序排序）
cli--arg-q = 仅限标题或主创人员姓名包含这些词的作品
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = 显示 { $shown } 条报名，共 { $total } 条
cli--ids-add--about = 为作品添加经过校验的 ISAN、EIDR、ISRC 或 ISWC

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = 此配置文件的身份：名称、所属成员和密钥
cli--identity-init--about = 生成此配置文件的密钥（保存在系统钥匙串中，或用 CARAVAN_PASSPHRASE 中的密码短语保护）
cli--identity-show--about = 显示此配置文件的身份及其指纹
cli--identity-card--about = 写出此配置文件的成员卡，以便交给其他成员
cli--identity-rotate--about = 轮换此配置文件的密钥；关注其信封序列的成员会改用新密钥
cli--members--about = 联盟的成员及为其保存的成员卡
cli--members-import-card--about = 导入成员的成员卡并显示其指纹，以便与该成员核对
cli--members-list--about = 列出成员，以及每张成员卡的指纹和是否已核验
cli--members-verify--about = 与成员核对指纹后，将其成员卡标记为已核验
cli--exchange--about = 在各成员的 Caravan 副本之间传递的信封
cli--exchange-points--about = 联盟用于交换的文件夹和网址
cli--exchange-points-add--about = 记住一个交换点：文件夹（U 盘、共享驱动器）或 WebDAV 地址
cli--exchange-points-list--about = 列出交换点
cli--exchange-points-remove--about = 移除一个交换点
cli--exchange-note--about = 向成员发送便笺，可附带文件或图片（为收件成员加密）
cli--exchange-notes--about = 列出成员发来的便笺
cli--exchange-publish--about = 将此配置文件的新信封写入交换点（未指定时写入所有交换点）
cli--exchange-pull--about = 从交换点读取成员的新信封（未指定时从所有交换点读取）
cli--arg-member = 成员的简称
cli--arg-member-country = 成员所在的国家/地区（ISO 代码）
cli--arg-working-language = 成员的工作语言（BCP 47 标记）；可重复指定多个
cli--arg-fingerprint = 成员读出的指纹（可省略空格和连字符）
cli--arg-recipients = 收件成员（按简称）；可重复指定，或用逗号分隔多个
cli--arg-everyone = 发送给所有已保存成员卡的成员
cli--arg-note-lang = 便笺所用的语言（BCP 47 标记）
cli--arg-attach = 要附加的文件；可重复指定多个
cli--arg-image = 要附加的媒体库图片，按编号；可重复指定多个
cli--arg-point = 要写入的交换点：文件夹或 WebDAV 地址
cli--arg-point-from = 要读取的交换点：文件夹或网址
cli--arg-location = 文件夹或网址（http:// 或 https://）
cli--arg-point-name = 用于识别该交换点的名称
cli--arg-point-id = 交换点编号
cli--fingerprint = 指纹
cli--sealed-in-keychain = 密钥保存在系统钥匙串中。
cli--sealed-in-passphrase = 密钥受密码短语保护。
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = 成员卡已写入 { $path }。指纹：{ $fingerprint }
# $member (String) - the member's short name
cli--card-imported = 已导入“{ $member }”的成员卡。
# $member (String) - the member's short name
cli--card-rotated = 已导入“{ $member }”的成员卡：其密钥已更换，且旧密钥已为新密钥签名。
cli--card-compare = 请通过电话或当面与该成员核对此指纹，然后运行：caravan members verify MEMBER FINGERPRINT
cli--members-none = 还没有成员。
cli--points-none = 还没有交换点。
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = 第 { $seq } 号便笺已为 { $to } 加密，将在下次发布时发出。
cli--notes-none = 还没有便笺。
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = 已将 { $count } 个信封写入 { $location }。
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = 已应用 { $applied } 个信封，跳过 { $skipped } 个（发给其他成员），拒收 { $refused } 个。
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }：已传输 { $done } 个信封，共 { $total } 个

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = 吊销某成员的密钥：此后由它签名的任何内容都不再接受
cli--recommend--about = 向成员推荐作品、评委或嘉宾
cli--recommend-work--about = 向成员推荐一部作品，附带其标题、主创信息、放映权和海报
cli--recommend-person--about = 向成员推荐某人担任评委或嘉宾
cli--recommendations--about = 已发送和已收到的推荐及其答复
cli--recommendations-list--about = 列出推荐及其状态，最新的在前
cli--recommendations-show--about = 显示一条推荐，包括其在每位成员处的状态及历史记录
cli--recommendations-accept--about = 接受收到的推荐：将作品加入某届次的某个单元
cli--recommendations-decline--about = 婉拒收到的推荐，并说明理由
cli--recommendations-program--about = 说明已接受的作品已排入节目
cli--rights--about = 作品按地区划分的放映权
cli--rights-set--about = 设置作品可在何地、何时放映
cli--rights-show--about = 显示作品的放映权
cli--catalogue--about = 成员的作品目录
cli--catalogue-publish--about = 为各成员加密此配置文件的目录（全部作品或指定的作品）
cli--catalogue-search--about = 以任意文字搜索成员发布的目录
cli--catalogue-take--about = 将成员目录中的作品加入某届次的某个单元
cli--arg-recommend-to = 推荐的收件成员（按简称，可重复指定或用逗号分隔），或用 all 表示全部成员
cli--arg-recommend-note = 给成员的便笺
cli--arg-recommend-note-lang = 便笺的语言（BCP 47 标记）
cli--arg-recommend-section = 建议的单元（按简称）
cli--arg-person-as = judge 或 guest
cli--arg-person-name-lang = 姓名的语言或文字（BCP 47 标记）
cli--arg-person-name-in = 以其他文字书写的姓名，格式为 LANG=TEXT；可重复指定多个
cli--arg-person-role = 该人员的职务或头衔；可重复指定多个
cli--arg-person-language = 该人员的工作语言（BCP 47 标记）；可重复指定多个
cli--arg-person-country = 该人员所在的国家/地区（ISO 代码）
cli--arg-person-contact = 该人员的联系方式
cli--arg-recommendations-work = 仅限此作品的推荐
cli--arg-recommendations-direction = 仅限收到的推荐，或仅限发出的推荐
cli--arg-recommendation-id = 推荐编号
cli--arg-decline-reason = 婉拒理由，供推荐方成员查看
cli--arg-rights-territory = 可放映该作品的地区（ISO 代码，或 world），可附带时间段 FROM:UNTIL（YYYY-MM-DD）；可重复指定多个
cli--arg-rights-except = 从全球授权中排除的地区（ISO 代码）；可重复指定，或用逗号分隔
cli--arg-catalogue-work = 要发布的作品（未指定时发布全部作品）；可重复指定多个
cli--arg-catalogue-query = 标题或姓名中的词语，可用任意文字
cli--arg-catalogue-member = 仅限此成员的目录
cli--arg-catalogue-entry = 目录条目编号
cli--recommendations-none = 还没有推荐。
cli--rights-none = 尚未记录放映权。
cli--catalogue-none = 没有目录条目。
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = 已加密包含 { $count } 部作品的目录（第 { $seq } 号信封），将在下次发布时发出。
cli--members-add--about = 在名录中登记成员或修改成员信息，并记录其在某个联盟中的会籍
cli--members-show--about = 显示一个成员：类型、国家/地区、语言、联系方式和会籍
cli--arg-member-name = 成员的全称
cli--arg-member-kind = 成员类型：festival（节展）、institution（机构）、company（公司）或 artist（艺术家）
cli--arg-member-city = 成员所在的城市
cli--arg-member-lang = 工作语言（可重复指定，或用逗号分隔），按优先顺序排列
cli--arg-member-contact = 联系方式，格式为 KIND=VALUE，其中 KIND 为 email、phone、web 或 address（可重复指定多个）
cli--arg-member-alliance = 该成员所属的联盟
cli--arg-member-tier = 其在该联盟中的成员级别
cli--arg-member-joined = 加入时间：YYYY 或 YYYY-MM-DD
cli--arg-filter-alliance = 仅限此联盟的成员
cli--arg-filter-country = 仅限该国家/地区的成员（ISO 3166 代码）
cli--arg-filter-tier = 仅限此成员级别的成员
cli--arg-filter-kind = 仅限此类型的成员：festival、institution、company 或 artist
cli--arg-filter-lang = 仅限以该语言工作的成员
cli--alliance--about = 联盟：添加、显示联盟，并设置其成员级别和入盟条件
cli--alliance-add--about = 添加联盟，或为其改名
cli--alliance-show--about = 显示联盟及其成员级别和入盟条件
cli--alliance-tier--about = 添加联盟自有的成员级别，或为其改名
cli--alliance-criterion--about = 添加入盟条件，或修改其措辞
cli--alliances--about = 此副本已知的联盟
cli--alliances-list--about = 列出联盟及其成员级别和入盟条件
cli--registry--about = 联盟的成员名录，以其秘书处发布的版本为准
cli--registry-publish--about = 为每个成员加密联盟的成员名录；将在下次发布时发出
cli--admissions--about = 加入联盟的申请：证明材料、引荐人和决定
cli--admissions-apply--about = 登记一份入盟申请，并附上联盟各项入盟条件的证明材料
cli--admissions-list--about = 列出入盟申请，最新的在前
cli--admissions-show--about = 显示一份入盟申请及其证明材料、引荐人和决定
cli--admissions-sponsor--about = 记录联盟的某个成员为一份入盟申请担任引荐人
cli--admissions-decide--about = 记录对入盟申请的决定，包括日期和投票结果
cli--arg-alliance = 联盟的简称
cli--arg-alliance-name = 联盟的全称
cli--arg-alliance-founded = 成立年份
cli--arg-alliance-secretariat = 此副本所采用的成员名录的发布方成员
cli--arg-tier-key = 成员级别的简称
cli--arg-tier-label = 成员级别在某一语言中的名称，格式为 LANG=TEXT（可重复指定多个）
cli--arg-criterion-key = 入盟条件的简称
cli--arg-criterion-text = 入盟条件在某一语言中的文本，格式为 LANG=TEXT（可重复指定多个）
cli--arg-registry-alliance = 要发布其成员名录的联盟
cli--arg-applicant = 申请方成为成员后将使用的简称
cli--arg-apply-alliance = 申请加入的联盟
cli--arg-apply-name = 申请方的全称
cli--arg-apply-kind = 申请方类型：festival（节展）、institution（机构）、company（公司）或 artist（艺术家）
cli--arg-apply-country = 申请方所在的国家/地区，ISO 3166 代码
cli--arg-apply-lang = 申请方的工作语言（可重复指定，或用逗号分隔）
cli--arg-apply-contact = 申请方的联系方式
cli--arg-apply-tier = 申请的成员级别
cli--arg-apply-evidence = 某项入盟条件的证明材料，格式为 KEY=TEXT（每项条件各指定一次）
cli--arg-applications-alliance = 仅限申请加入此联盟的申请
cli--arg-applications-state = 仅限处于此状态的申请：open（审议中）、admitted（已接纳）、refused（已拒绝）或 withdrawn（已撤回）
cli--arg-application = 申请编号
cli--arg-sponsor-note = 引荐人对申请方的评价
cli--arg-outcome = 决定：admit（接纳）、refuse（拒绝）或 withdraw（撤回申请）
cli--arg-decide-on = 作出决定的日期，格式为 YYYY-MM-DD
cli--arg-decide-for = 赞成票数
cli--arg-decide-against = 反对票数
cli--arg-decide-abstain = 弃权票数
cli--arg-decide-note = 关于该决定的备注
cli--arg-decide-tier = 获接纳的成员加入时的成员级别（未指定时为所申请的级别）
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = 已加密联盟“{ $alliance }”的成员名录，共 { $count } 个成员（第 { $seq } 号信封），将在下次发布时发出。
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = { $count } 个成员；秘书处：{ $secretariat }
cli--alliance-tier = 级别
cli--alliance-criterion = 条件
cli--applications-none = 没有入盟申请。
# $criterion (String) - the criterion's short name
cli--application-missing = 缺少 { $criterion } 的证明材料
# $member (String) - the sponsor's short name
cli--application-sponsor = 引荐人：{ $member }
# $on (String) - the day of the decision
cli--application-decision = { $on } 作出决定：赞成 { $for } 票，反对 { $against } 票，弃权 { $abstain } 票
cli--members-leave--about = 终止成员在某个联盟中的会籍；下次发布的成员名录将注明其已退出
cli--arg-leave-alliance = 要退出的联盟
cli--jury--about = 评审团：轮次与评分细则、评委、利益冲突、分配、评分和结果
cli--jury-criterion--about = 某一轮的评分细则
cli--jury-criterion-add--about = 向某一轮的评分细则添加评分标准，或修改评分标准
cli--jury-juror--about = 评委
cli--jury-juror-add--about = 添加或修改评委；评委在各处均以电子邮件地址标识
cli--jury-conflict--about = 利益冲突
cli--jury-conflict-add--about = 声明评委与某部作品、某个人或某个成员之间存在利益冲突
cli--jury-conflicts--about = 某一轮中所有存在利益冲突的配对（无论是声明的还是发现的）及其原因
cli--jury-round--about = 设置某一轮：截止日期、匿名评审，以及从上一轮选取的入围名单
cli--jury-rubric--about = 显示某一轮的评分细则
cli--jury-assign--about = 为每件报名作品分配评委，均衡工作量并避开利益冲突；或添加、移除单个配对
cli--jury-assign-add--about = 手动将一部作品分配给一位评委
cli--jury-assign-remove--about = 移除一项分配及其评分
cli--jury-score--about = 为已分配的评委设置一项评分
cli--jury-scores--about = 从纸质评分表录入的评分
cli--jury-scores-import--about = 从 CSV 文件导入评分：juror, work, criterion, value, comment
cli--jury-results--about = 某一轮的结果：平均分、标准化平均分、舒尔茨排名、博尔达分数和评分一致性
cli--arg-jury-section = 单元（按简称）
cli--arg-jury-edition = 届次；当该单元简称在多个届次中使用时需要指定
cli--arg-jury-round = 轮次（默认 1）
cli--arg-round-deadline = 本轮的截止日期，格式为 YYYY-MM-DD
cli--arg-round-blind = 在本轮中向评委隐藏报名者和主创信息
cli--arg-round-shortlist = 从上一轮中选取指定数量的最佳报名作品
cli--arg-rubric-key = 评分标准的简称（slug）
cli--arg-rubric-label = 评分标准的名称，使用界面语言
cli--arg-rubric-label-in = 评分标准在其他语言中的名称，格式为 LANG=TEXT（可重复指定多个）
cli--arg-rubric-min = 最低分
cli--arg-rubric-max = 最高分
cli--arg-rubric-step = 分数之间的间隔（默认 1）
cli--arg-rubric-weight = 该评分标准在总分中的权重（默认 1）
cli--arg-juror-email = 评委的电子邮件地址
cli--arg-juror-name = 评委的姓名，按评委本人的写法
cli--arg-juror-name-in = 以其他文字书写的姓名，格式为 LANG=TEXT（可重复指定多个）
cli--arg-juror-lang = 评委能理解的语言（在命令之后写作 --lang；可重复指定，或用逗号分隔）
cli--arg-juror-country = 评委所在的国家/地区，ISO 3166 代码
cli--arg-juror-member = 评委所属的成员
cli--arg-juror-company = 评委任职的制片公司
cli--arg-juror-section = 评委担任评审的单元（可重复指定多个）
cli--arg-conflict-juror = 评委的电子邮件地址
cli--arg-conflict-work = 作品（编号、ff:SUBMISSION_ID、Tracking Number 或标识符）
cli--arg-conflict-person = 某个人，按其在作品主创信息中的署名
cli--arg-conflict-member = 某个成员（按简称）
cli--arg-conflict-reason = 原因
cli--arg-assign-section = 单元（按简称）
cli--arg-assign-edition = 届次；当该单元简称在多个届次中使用时需要指定
cli--arg-assign-round = 轮次（默认 1）
cli--arg-assign-reviews = 每件报名作品由多少位不同的评委评审
cli--arg-assign-max-load = 每位评委最多评审的报名作品数，包括已分配的作品
cli--arg-pair-juror = 评委的电子邮件地址
cli--arg-pair-work = 作品（编号、ff:SUBMISSION_ID、Tracking Number 或标识符）
cli--arg-score-juror = 评委的电子邮件地址
cli--arg-score-work = 作品（编号、ff:SUBMISSION_ID、Tracking Number 或标识符）
cli--arg-score-criterion = 评分标准的简称
cli--arg-score-value = 分数，按该评分标准的分值范围
cli--arg-scores-file = CSV 文件
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = “{ $section }”第 { $round } 轮，共 { $entries } 件报名作品：
cli--conflicts-none = 没有利益冲突。
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = 本次新增 { $added } 项分配，共 { $total } 项；评委人数不足的报名作品：{ $uncovered } 件。
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = 评分：新增 { $imported } 项，更改 { $updated } 项，未变 { $unchanged } 项。
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = 评分一致性（Krippendorff α，按总分）：{ $alpha }
cli--jury-packet--about = 评审包：评委带走、用于离线评分的内容
cli--jury-packet-export--about = 为一位评委加密评审包：只包含该评委的报名作品，以及评分细则、海报和观片链接
cli--jury-packet-open--about = 在评委的笔记本电脑上打开评审包；这会创建该评委的配置文件
cli--jury-sheet--about = 评分表：评委的评分，经签名后交给评审团主席
cli--jury-sheet-export--about = 为评审团主席加密此评委的评分表
cli--jury-sheet-merge--about = 合并评委的评分表：较新的评分优先，且合并顺序不影响结果
cli--arg-juror-card = 评委的成员卡（在评委的笔记本电脑上由“identity card”写出的文件）
cli--arg-packet-juror = 评委的电子邮件地址
cli--arg-packet-out = 要写入的文件
cli--arg-packet-file = 评审包文件
cli--arg-sheet-out = 要写入的文件
cli--arg-sheet-file = 评分表文件
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = 已为 { $juror } 写出评审包，共 { $entries } 件报名作品：{ $path }
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = 已打开“{ $chair }”的评审包：共 { $entries } 件报名作品待评分。
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = 已写出评分表，共 { $scores } 项评分：{ $path }
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = { $juror } 的评分表：共 { $scores } 项评分，其中 { $applied } 项比现有评分更新。
# $juror (String) - the juror's email
cli--sheet-already = { $juror } 的评分表已合并过，无需任何操作。
cli--award--about = 奖项：某个届次的奖项类别及其投票
cli--award-add--about = 向某个届次添加奖项类别，或修改奖项类别
cli--award-vote--about = 记录一位评委在某一投票轮次中的投票
cli--award-tally--about = 统计某一投票轮次的票数，并记录获奖作品（如有）
cli--awards--about = 某个届次的奖项
cli--awards-list--about = 列出某个届次的奖项及其获奖作品
cli--arg-award-key = 奖项的简称（slug）
cli--arg-award-edition = 届次
cli--arg-award-label = 奖项的名称，使用界面语言
cli--arg-award-label-in = 奖项在其他语言中的名称，格式为 LANG=TEXT（可重复指定多个）
cli--arg-award-shared = 获得该奖项的作品也可获得其他奖项
cli--arg-award-absolute-rounds = 需要绝对多数的投票轮次数，此后由相对多数决定（默认 2）
cli--arg-vote-award = 奖项的简称
cli--arg-vote-work = 所投的作品（编号、ff:SUBMISSION_ID、Tracking Number 或标识符）
cli--arg-vote-edition = 届次
cli--arg-vote-round = 投票轮次（默认 1）
cli--arg-vote-voter = 投票人：评委的电子邮件地址
cli--arg-tally-award = 奖项的简称
cli--arg-tally-edition = 届次
cli--arg-tally-round = 投票轮次（默认 1）
cli--arg-awards-edition = 届次
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = 作品 { $work } 获胜（共投出 { $cast } 票）。
# $cast (Number) - votes cast
cli--tally-undecided = 本轮没有获胜作品（共投出 { $cast } 票）：请在下一轮重新投票。
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = 获奖作品：“{ $title }”，第 { $round } 轮投票决出，{ $cast } 票中得 { $votes } 票
cli--jury-screener--about = 为作品关联本机上的观片文件，以便在窗口中于评分旁边播放
cli--arg-screener-work = 作品（编号、ff:SUBMISSION_ID、Tracking Number 或标识符）
cli--arg-screener-file = 视频文件（WebM、MP4、M4V、MKV、MOV 或 OGV）

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = 已按 { $encoding } 编码读取。
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = “{ $name }”现在表示 { $code }（已更新 { $works } 部作品）。
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = 未导入（不是作品）：{ $count } × { $kind }。
