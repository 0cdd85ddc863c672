# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = 电影
kind--music = 音乐

role--director = 导演
role--writer = 编剧
role--producer = 制片人
role--cast = 主演
role--cinematographer = 摄影
role--editor = 剪辑
role--composer = 作曲
role--lyricist = 作词
role--artist = 艺术家
role--performer = 演唱/演奏

provenance--submitted = 报名方提供
provenance--curator = 策展人填写
provenance--machine = 机器翻译

work--kind = 类型
work--year = 年份
work--runtime = 时长
work--countries = 国家/地区
work--languages = 语言
work--titles = 标题
work--synopses = 简介
work--credits = 主创信息
work--identifiers = 标识符
work--original = 原文

# The names of vocabularies and fields, used inside error messages.
what--work-kind = 作品类型
what--member-kind = 成员类型
what--tier = 成员级别
what--submission-status = 报名状态
what--judging-status = 评审状态
what--text-field = 文本字段
what--provenance = 来源
what--credit-role = 职务
what--edition-name = 届次名称
what--title = 标题
what--synopsis = 简介
what--judging-label = 评审标签
what--submission-column = 报名表格的列
what--work-column = 作品列表的列
what--member-name = 名称
what--note-text = 便笺内容
what--exchange-point = 交换点

media-kind--poster = 海报
media-kind--still = 剧照
media-kind--cover = 封面
what--media-kind = 图片类型
work--media = 图片

status--in-consideration = 考虑中
status--incomplete = 资料不全
status--disqualified = 已取消资格
status--withdrawn = 已撤回

judging--undecided = 未定
judging--selected = 入选
judging--not-selected = 未入选

duplicate-reason--title = 标题相同
duplicate-reason--title-across-scripts = 标题相同（不同文字）
duplicate-reason--director = 导演或艺术家相同
duplicate-reason--year = 年份相同
duplicate-reason--runtime = 时长相同
duplicate-reason--poster = 海报相同
what--identifier-kind = 标识符类型

identifier-kind--isan = ISAN 编号
identifier-kind--eidr = EIDR 标识符
identifier-kind--isrc = ISRC 编码
identifier-kind--iswc = ISWC 编码
identifier-kind--filmfreeway-submission = FilmFreeway 的 Submission ID
identifier-kind--filmfreeway-tracking = FilmFreeway 的 Tracking Number
identifier-kind--caravan-demo = 演示数据编号

# Whether a member's card was checked with the member.
trust--verified = 已核验
trust--unverified = 未核验
trust--no-card = 无成员卡
tier--basic = 基础成员
tier--business = 商业成员
tier--partnership = 合作伙伴
trust--revoked = 已吊销
# The states and kinds of a recommendation.
recommendation-state--sent = 已发送
recommendation-state--received = 已收到
recommendation-state--accepted = 已接受
recommendation-state--declined = 已婉拒
recommendation-state--programmed = 已排入节目
recommendation-kind--work = 作品
recommendation-kind--judge = 评委
recommendation-kind--guest = 嘉宾
what--decline-reason = 婉拒理由
what--recommendation-kind = 推荐类型
what--recommendation-direction = 方向（incoming 或 outgoing）
what--contact-kind = 联系方式类型
what--contact = 联系方式
what--application-state = 入盟申请状态
what--outcome = 决定
what--tier-label = 成员级别名称
what--criterion-text = 入盟条件文本
what--alliance-name = 联盟名称
what--evidence = 证明材料
what--note = 评语
contact-kind--email = 电子邮件
contact-kind--phone = 电话
contact-kind--web = 网站
contact-kind--address = 邮寄地址
application-state--open = 审议中
application-state--admitted = 已接纳
application-state--refused = 已拒绝
application-state--withdrawn = 已撤回
member-kind--festival = 节展
member-kind--institution = 机构
member-kind--company = 公司
member-kind--artist = 艺术家
outcome--admit = 接纳
outcome--refuse = 拒绝
outcome--withdraw = 申请方撤回
what--criterion-label = 评分标准名称
# $detail (String) - the reason given, or —
conflict--declared = 已声明：{ $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = 由评委所属的成员“{ $detail }”推荐
# $detail (String) - the credit's role
conflict--credited = 评委在该作品的主创信息中署名（{ $detail }）
# $detail (String) - the company's name
conflict--same-company = 由评委所在的制片公司“{ $detail }”出品
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = 缺少 { $missing } 份评审：只有 { $possible } 位评委与该作品没有利益冲突。
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = 缺少 { $missing } 份评审：可以评审该作品的评委都已达到允许的报名作品数上限。
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = 第 { $line } 行，“{ $column }”列：{ $reason }
