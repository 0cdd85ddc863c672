# The window.

app--name = Caravan
app--tagline = 节展策展

nav--works = 作品
settings--language = 界面语言

works--heading = 作品
# $count (Number) - how many works the list holds
works--count =
    { $count ->
       *[other] { $count } 部作品
    }
works--column-title = 标题
works--column-original = 原标题
works--column-kind = 类型
works--column-year = 年份
works--column-poster = 海报
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
media--kind-label = 拖放图片的类型

nav--label = 应用的各个板块
nav--submissions = 报名
nav--duplicates = 重复项

search--placeholder = 搜索标题、导演、艺术家…
search--label = 以任意语言或文字搜索作品
search--none = 未找到任何结果。
search--results = 找到的作品

submissions--edition = 届次
submissions--tab-table = 表格
submissions--tab-stats = 统计
submissions--column-section = 单元
submissions--column-status = 状态
submissions--column-judging = 评审
submissions--column-countries = 国家/地区
submissions--column-languages = 语言
# $title (String) - the title of the submitted work
submissions--select-row = 选择“{ $title }”
submissions--select-shown = 全选当前显示项
submissions--empty = 没有符合条件的报名。
submissions--views = 届次报名的视图
submissions--column-selected = 已选
# $total (Number) - the submissions that pass the filters
submissions--count-shown =
    { $total ->
       *[other] 显示 { $total } 条报名
    }
# $count (Number) - rows selected
submissions--selected =
    { $count ->
       *[other] 已选 { $count } 条
    }
filter--label = 筛选条件
filter--any-status = 所有状态
filter--any-judging = 所有评审状态
filter--text = 标题或姓名中的词语
filter--any-section = 所有单元
filter--any-country = 所有国家/地区
filter--any-language = 所有语言
bulk--label = 更改所选报名
bulk--status = 新状态
bulk--judging = 新评审状态
bulk--status-unchanged = 状态：保持不变
bulk--judging-unchanged = 评审：保持不变
bulk--apply = 应用到所选项
# $count (Number) - submissions the last change touched
bulk--undo =
    { $count ->
       *[other] 撤销对 { $count } 条报名的更改
    }

import--open = 导入…
import--heading = 导入报名
import--kind = 文件类型
import--kind-filmfreeway = FilmFreeway 导出文件（CSV 或 Unicode 文本）
import--kind-ddex = DDEX 发行消息（ERN XML）
import--path-label = 要导入的文件
import--path-placeholder = 文件路径，或将文件拖放到窗口中
import--kind-table = 任意电子表格（CSV 或 XLSX），通过列映射导入
import--files-all = 电子表格和 DDEX 消息
import--browse = 选择文件…
import--encoding = 编码
import--encoding-detect = 自动检测
import--mapping-name = 列映射名称
import--mapping-saved = 已保存的列映射
import--mapping-choose = 使用已保存的列映射…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = 已按 { $encoding } 读取
# $column (String) - the column's header
import--target-of = “{ $column }”列的内容
import--target-field = 保留为字段
import--target-id = ID（用于再次找到该作品）
import--target-title = 标题
import--target-original-title = 原标题
import--target-original-language = 原标题的语言
import--target-synopsis = 简介（英文）
import--target-original-synopsis = 简介（原语言）
import--target-directors = 导演
import--target-writers = 编剧
import--target-producers = 制片人
import--target-cast = 主演
import--target-countries = 国家/地区
import--target-languages = 语言
import--target-year = 年份
import--target-runtime = 时长
import--target-completion-date = 完成日期
import--target-genres = 体裁
import--target-category = 类别（单元）
import--target-status = 报名状态
import--target-judging = 评审状态
import--target-submission-date = 报名日期
import--target-isan = ISAN 编号
import--target-eidr = EIDR 标识符
import--target-isrc = ISRC 编码
import--target-iswc = ISWC 编码
import--target-ignore = 不导入
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = 未导入（不是作品）：{ $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings =
    { $count ->
       *[other] { $count } 条警告：相关行已导入，但值得查看一下。
    }
import--column-warning = 警告
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = 将“{ $value }”视为 { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = “{ $value }”现在表示 { $suggestion }，此处及今后每次导入均适用（已更新 { $works } 部作品）。
import--partial = 即使部分行被拒绝，也导入有效的行
import--dry-run = 仅检查，不保存任何内容
import--run = 导入
# $rows (Number) - rows read so far
import--progress = 已读取 { $rows } 行
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = 新导入 { $imported } 条，更新 { $updated } 条，未变 { $unchanged } 条，拒绝 { $rejected } 条。
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = 已检查，未保存任何内容：将导入 { $imported } 条，更新 { $updated } 条，保持不变 { $unchanged } 条，拒绝 { $rejected } 条。
# $count (Number) - problems found
import--refused =
    { $count ->
       *[other] 未导入任何内容：须先修正 { $count } 个问题。
    }
import--column-line = 行
import--column-column = 列
import--column-problem = 问题

export--label = 导出：
export--format-csv = CSV 文件
export--format-xlsx = Excel 工作簿（XLSX）
export--format-json = JSON 文件
# $path (String) - the file written
export--done = 已导出到 { $path }

stats--by-country = 按国家/地区统计报名
stats--by-language = 按语言统计报名
stats--by-genre = 按体裁统计报名
stats--by-status = 按状态统计报名
# $count (Number) - entries in the edition
stats--total =
    { $count ->
       *[other] 共 { $count } 条报名
    }

duplicates--heading = 可能的重复项
duplicates--none = 没有可能的重复项。
# $id (Number) - the work to keep
duplicates--keep = 合并，保留 #{ $id }
duplicates--dismiss = 不是同一作品
# $score (Number) - likeness from 0 to 1
duplicates--score = 相似度：{ $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = 已显示 { $shown } 对，共 { $total } 对
duplicates--more = 显示更多重复项
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = 将作品 #{ $other } 并入作品 #{ $keep }？#{ $other } 的所有标题、简介、主创信息、标识符、图片和报名都将移至 #{ $keep }，随后 #{ $other } 将被删除。此操作无法撤销。
duplicates--merge = 合并

edit--add-language = 添加语言
edit--edit = 编辑
edit--remove = 删除
# $language (String) - the language's name
edit--edit-language = 编辑{ $language }的标题和简介
# $language (String) - the language's name
edit--remove-language = 删除{ $language }的标题和简介
edit--tag = 语言标记
edit--tag-placeholder = BCP 47 标记，例如 fr 或 zh-Hant
edit--title = 标题
edit--synopsis = 简介
edit--original = 这是原文
edit--save = 保存
edit--cancel = 取消

identifier--add = 添加标识符
identifier--placeholder = ISAN、EIDR、ISRC 或 ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = 联盟
alliance--heading = 联盟交换
alliance--identity = 此配置文件
alliance--identity-none = 此配置文件还没有身份。请创建身份，以便与其他成员交换：其密钥只保存在这台电脑上。
alliance--identity-name = 节展名称
alliance--identity-member = 成员简称（与联盟名录中的一致）
alliance--identity-country = 国家/地区（ISO 代码，两个字母）
alliance--passphrase = 密码短语
alliance--passphrase-hint = 仅在系统钥匙串不可用时用于保护密钥。请妥善保管：没有它就无法打开密钥。
alliance--identity-make = 生成密钥
alliance--fingerprint = 指纹（请读给其他成员核对）
alliance--qr-label = 指纹二维码
alliance--sealed-in-keychain = 密钥保存在系统钥匙串中。
alliance--sealed-in-passphrase = 密钥受密码短语保护。
alliance--write-card = 保存成员卡
alliance--card-written = 成员卡已保存到
alliance--members = 成员
alliance--members-none = 还没有成员。
alliance--country-unknown = 未填写国家/地区
alliance--card-path = 成员卡路径（.json）
alliance--import-card = 导入成员卡
# $member (String) - the member's name
alliance--card-imported = 已导入“{ $member }”的成员卡。
# $member (String) - the member's name
alliance--card-rotated = 已导入“{ $member }”的成员卡：其密钥已更换，且旧密钥已为新密钥签名。
alliance--compare = 信任此成员卡之前，请通过电话把此指纹读给该成员，或当面与其核对：
alliance--verify = 标记为已核验
alliance--verify-typed = 成员读出的指纹
alliance--points = 交换点
alliance--points-none = 还没有交换点：请添加联盟用于交换的文件夹或网址。
alliance--point-location = 文件夹或地址（https://…）
alliance--point-name = 名称（可选）
alliance--point-add = 添加
alliance--point-remove = 移除
alliance--sync = 同步
alliance--sync-button = 立即同步
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = 正在发布信封：已完成 { $done } 个，共 { $total } 个
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = 正在接收信封：已完成 { $done } 个，共 { $total } 个
alliance--unlock = 打开密钥
alliance--sync-log = 上次同步的记录
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = 已发送 { $published } 个，已应用 { $applied } 个，跳过 { $skipped } 个（发给其他成员），拒收 { $refused } 个。
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = 已应用第 { $seq } 号信封（{ $kind }），来自：
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = 已跳过第 { $seq } 号信封（{ $kind }，发给其他成员），来自：
# $seq (Number) - the envelope's number
alliance--log-refused = 已拒收第 { $seq } 号信封，来自：
alliance--notes = 便笺
alliance--note-to = 收件人
alliance--note-no-cards = 导入某位成员的成员卡后，即可给其写便笺。
alliance--note-to-all = 未勾选任何成员：便笺将发给所有已保存成员卡的成员。
alliance--note-text = 便笺内容
alliance--note-send = 加密并加入发送队列
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = 第 { $seq } 号便笺已加密，将在下次同步时发出。
alliance--notes-none = 还没有便笺。
envelope-kind--note = 便笺
envelope-kind--card = 成员卡
envelope-kind--recommendation = 推荐
envelope-kind--recommendation-state = 推荐答复
envelope-kind--catalogue = 目录
recommendations--heading = 推荐
recommendations--inbox = 收到的推荐
recommendations--outbox = 发出的推荐
recommendations--none = 暂无。
recommendations--from = 来自
recommendations--to = 发给
recommendations--history = 历史记录
recommendations--edition = 要加入的届次
recommendations--section = 单元
recommendations--section-suggested = 建议的单元
recommendations--accept = 接受
recommendations--reason = 婉拒理由
recommendations--decline = 婉拒
recommendations--program = 标记为已排入节目
recommendations--person = 推荐评委或嘉宾
recommendations--person-name = 姓名
recommendations--person-as = 身份
recommendations--note = 给成员的便笺
recommendations--send = 推荐
catalogues--heading = 作品目录
catalogues--publish = 发布本节展的作品目录
# $count (Number) - works in the catalogue
catalogues--published =
    { $count ->
       *[other] 已加密包含 { $count } 部作品的目录，将在下次同步时发出。
    }
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }：{ $count }
catalogues--none = 尚未收到任何成员的目录。
catalogues--search = 以任意文字搜索目录
# $edition (String) - the edition's name
catalogues--take = 加入 { $edition }
# $edition (String) - the edition's name
catalogues--taken = 已加入 { $edition }
recommend--heading = 推荐给成员
recommend--sent = 推荐已加密，将在下次同步时发出。
recommend--history = 此作品的推荐记录
rights--heading = 放映权
rights--none = 尚未记录放映权。
rights--world = 全球
rights--territory = 地区（ISO 代码，或 WORLD）
rights--excluded = 除外
directory--any = 不限
directory--none = 无
directory--alliance = 联盟
directory--tier = 成员级别
directory--kind = 类型
directory--country = 国家/地区
directory--country-code = 国家/地区（ISO 代码）
directory--city = 城市
directory--slug = 简称
directory--name = 全称
directory--languages = 工作语言（语言标记，以逗号分隔）
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = { $date } 加入
directory--joined-input = 加入时间（YYYY 或 YYYY-MM-DD）
directory--add = 登记或修改成员
directory--save = 保存成员
# $member (String) - the member's name
directory--saved = “{ $member }”已保存到成员名录。
directory--none-match = 没有符合这些筛选条件的成员。
registry--heading = 成员名录
# $count (Number) - how many members
registry--members =
    { $count ->
       *[other] { $count } 个成员
    }
# $member (String) - the secretariat's short name
registry--secretariat = 秘书处：{ $member }
registry--no-secretariat = 尚未指定秘书处
# $date (String) - the date and time, already formatted
registry--issued = { $date } 版成员名录
registry--publish = 发布成员名录
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published =
    { $count ->
       *[other] 已加密联盟“{ $alliance }”的成员名录（共 { $count } 个成员），将在下次同步时发出。
    }
admissions--heading = 入盟审批
admissions--criteria = 入盟条件
admissions--criterion-key = 条件简称
admissions--criterion-text = 条件内容（以界面语言填写）
admissions--criterion-add = 添加条件
admissions--apply = 新的入盟申请
admissions--contact = 联系方式
admissions--submit = 登记申请
admissions--applications = 入盟申请
admissions--none = 还没有入盟申请。
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = 以下条件尚无证明材料：{ $criteria }
admissions--sponsors = 引荐人
admissions--sponsor-as = 担任引荐人的成员
admissions--sponsor-note = 引荐人的意见
admissions--sponsor = 添加引荐人
admissions--outcome = 决定
admissions--on = 决定日期
admissions--for = 赞成
admissions--against = 反对
admissions--abstain = 弃权
admissions--decision-note = 决定备注
admissions--decide = 记录决定
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = { $date } 作出决定：赞成 { $for } 票，反对 { $against } 票，弃权 { $abstain } 票。
directory--view = 名录显示方式
directory--as-list = 列表
directory--as-map = 地图
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = 成员世界地图 — 成员：{ $members }；国家/地区：{ $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — 成员：{ $count }
nav--jury = 评审团
jury--heading = 评审团
jury--section = 单元
jury--round = 轮次
jury--no-round = 该单元在本轮还没有评分细则：请先添加评分标准（caravan jury criterion add）。
# $entries (Number) - how many entries the round has
jury--rubric =
    { $entries ->
       *[other] 评分细则 — 共 { $entries } 件报名作品
    }
jury--assignment = 分配
jury--reviews-per-entry = 每件报名作品的评审数
jury--max-load = 每位评委最多评审的报名作品数
jury--assign = 分配评委
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = 已完成 { $added } 项分配。评委人数仍不足的报名作品：{ $uncovered } 件。
# $count (Number) - entries assigned to the juror
jury--load =
    { $count ->
       *[other] { $count } 件报名作品
    }
jury--juror = 评委
jury--scoring = 评分
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = 已评分：{ $done } 件，共 { $total } 件
jury--progress-label = 已评分的报名作品
jury--keys = 按键：按数字键即可为高亮的评分标准评分（0 表示十分），↑ 和 ↓ 在评分标准之间切换，← 和 → 在报名作品之间切换，N 跳到下一件尚未评分的报名作品。每次更改都会立即保存。
jury--screener = 打开观片链接
jury--saved = 已保存
jury--previous = 上一件报名作品
jury--next = 下一件报名作品
jury--next-unscored = 下一件待评分的报名作品
jury--nothing-to-score = 本轮没有分配给该评委的报名作品。
jury--results = 结果
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = 评委之间的评分一致性（Krippendorff α）：{ $alpha }
jury--rank = 排名
jury--work = 作品
jury--count = 评委人数
jury--normalized = 标准化平均分
jury--mean = 平均分
jury--disagreement = 评委意见分歧
jury--matrix = 谁评审哪些作品
jury--assigned-cell = 已分配
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = 仅显示 { $total } 件报名作品中的前 { $shown } 件；结果中列出了全部作品。
jury--distribution = 每位评委的总分在分值范围上的分布
jury--distribution-label = 每位评委的各个总分以圆点显示在分值范围上，该评委的平均分以线条表示：严格的评委的圆点偏左，宽松的评委的圆点偏右。
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean =
    { $count ->
       *[other] 平均分 { $mean }（共 { $count } 件报名作品）
    }
jury--ballots = 奖项投票
jury--award = 奖项
jury--ballot-round = 投票轮次
jury--voter = 投票人
jury--vote = 记录投票
jury--tally = 计票
# $count (Number) - votes
jury--votes =
    { $count ->
       *[other] { $count } 票
    }
# $cast (Number) - votes cast
jury--no-winner = 本轮没有获胜作品（共投出 { $cast } 票）：请在下一轮重新投票。
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = “{ $title }”获胜（共投出 { $cast } 票）。
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = 获奖作品：“{ $title }”，第 { $round } 轮投票决出，{ $cast } 票中得 { $votes } 票。
jury--setup = 设置本轮
jury--criterion-key = 评分标准的简称
jury--criterion-label = 评分标准（使用界面语言）
jury--min = 最低分
jury--max = 最高分
jury--step = 分数间隔
jury--weight = 权重
jury--criterion-add = 添加评分标准
jury--juror-email = 评委的电子邮件地址
jury--juror-name = 评委姓名
jury--juror-languages = 评委能理解的语言（语言标记，以逗号分隔）
jury--juror-card = 评委的成员卡文件（用于评审包）
jury--juror-add = 添加评委
# $what (String) - what was added
jury--setup-added = 已添加“{ $what }”。
jury--packets = 评审包和评分表
jury--file = 文件（路径）
jury--packet-export = 为该评委加密评审包
jury--sheet-merge = 合并评分表
jury--packet-open = 打开评审包（在评委的笔记本电脑上）
jury--sheet-export = 为评审团主席加密我的评分表
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written =
    { $entries ->
       *[other] 已为 { $juror } 写出评审包，共 { $entries } 件报名作品。
    }
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened =
    { $entries ->
       *[other] 已打开“{ $chair }”的评审包：共 { $entries } 件报名作品待评分。
    }
# $scores (Number) - scores in the sheet
jury--sheet-written =
    { $scores ->
       *[other] 已写出评分表，共 { $scores } 项评分。
    }
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = 已合并 { $juror } 的评分表；比现有评分更新的评分：{ $applied } 项。
# $juror (String) - the juror's email
jury--sheet-already = { $juror } 的评分表已合并过，无需任何操作。
jury--screener-file = 本机上的观片文件
jury--screener-path = 本机上的观片文件（文件路径）
jury--screener-attach = 在评分旁边播放此文件
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = 将“{ $title }”分配给 { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = 取消将“{ $title }”分配给 { $juror }
jury--comment = 您对这部作品的评语（输入时即保存；其他评委永远看不到）
jury--conflict-reason = 原因（利益冲突）
jury--conflict-add = 声明利益冲突
jury--conflict-declared = 利益冲突已声明：这一配对永远不会被分配、评分或计入结果。

export--save-as = 另存为…
work--unresolved = 按原文保留的值
work--unresolved-country = 国家/地区
work--unresolved-language = 语言
work--unresolved-status = 报名状态
