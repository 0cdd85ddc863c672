# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = 映画
kind--music = 音楽

role--director = 監督
role--writer = 脚本
role--producer = プロデューサー
role--cast = 出演
role--cinematographer = 撮影
role--editor = 編集
role--composer = 作曲
role--lyricist = 作詞
role--artist = アーティスト
role--performer = 演奏

provenance--submitted = 応募者
provenance--curator = キュレーター
provenance--machine = 機械翻訳

work--kind = 種別
work--year = 年
work--runtime = 上映時間
work--countries = 国
work--languages = 言語
work--titles = タイトル
work--synopses = あらすじ
work--credits = クレジット
work--identifiers = 識別子
work--original = 原語

# The names of vocabularies and fields, used inside error messages.
what--work-kind = 作品の種別
what--member-kind = メンバーの種類
what--tier = メンバーの区分
what--submission-status = 応募ステータス
what--judging-status = 審査ステータス
what--text-field = テキスト欄
what--provenance = 出所
what--credit-role = クレジットの役割
what--edition-name = 開催回の名称
what--title = タイトル
what--synopsis = あらすじ
what--judging-label = 審査ラベル
what--submission-column = 応募一覧の列
what--work-column = 作品一覧の列
what--member-name = 名前
what--note-text = メモの本文
what--exchange-point = 受け渡し場所

media-kind--poster = ポスター
media-kind--still = スチール写真
media-kind--cover = ジャケット写真
what--media-kind = 画像の種類
work--media = 画像

status--in-consideration = 検討中
status--incomplete = 不備あり
status--disqualified = 失格
status--withdrawn = 取り下げ

judging--undecided = 未決定
judging--selected = 選出
judging--not-selected = 選外

duplicate-reason--title = タイトルが同じ
duplicate-reason--title-across-scripts = 別の文字体系で同じタイトル
duplicate-reason--director = 監督またはアーティストが同じ
duplicate-reason--year = 年が同じ
duplicate-reason--runtime = 上映時間が同じ
duplicate-reason--poster = ポスターが同じ
what--identifier-kind = 識別子の種類

identifier-kind--isan = ISAN 番号
identifier-kind--eidr = EIDR 識別子
identifier-kind--isrc = ISRC コード
identifier-kind--iswc = ISWC コード
identifier-kind--filmfreeway-submission = FilmFreeway の Submission ID
identifier-kind--filmfreeway-tracking = FilmFreeway の Tracking Number
identifier-kind--caravan-demo = デモ用識別子

# Whether a member's card was checked with the member.
trust--verified = 確認済み
trust--unverified = 未確認
trust--no-card = カードなし
tier--basic = ベーシックメンバー
tier--business = ビジネスメンバー
tier--partnership = パートナー
trust--revoked = 失効
# The states and kinds of a recommendation.
recommendation-state--sent = 送信済み
recommendation-state--received = 受信
recommendation-state--accepted = 受け入れ
recommendation-state--declined = 見送り
recommendation-state--programmed = プログラム決定
recommendation-kind--work = 作品
recommendation-kind--judge = 審査員
recommendation-kind--guest = ゲスト
what--decline-reason = 見送りの理由
what--recommendation-kind = 推薦の種類
what--recommendation-direction = 方向（受信または送信）
what--contact-kind = 連絡先の種類
what--contact = 連絡先
what--application-state = 申請の状態
what--outcome = 決定
what--tier-label = 区分の名称
what--criterion-text = 評価項目の本文
what--alliance-name = 連盟の名称
what--evidence = 根拠
what--note = メモ
contact-kind--email = メール
contact-kind--phone = 電話
contact-kind--web = ウェブサイト
contact-kind--address = 住所
application-state--open = 審議中
application-state--admitted = 加盟承認
application-state--refused = 却下
application-state--withdrawn = 取り下げ
member-kind--festival = フェスティバル
member-kind--institution = 機関
member-kind--company = 企業
member-kind--artist = アーティスト
outcome--admit = 承認
outcome--refuse = 却下
outcome--withdraw = 申請者による取り下げ
what--criterion-label = 評価項目の名称
# $detail (String) - the reason given, or —
conflict--declared = 申告済み：{ $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = 審査員の所属メンバー「{ $detail }」による推薦
# $detail (String) - the credit's role
conflict--credited = 審査員がクレジットされている（{ $detail }）
# $detail (String) - the company's name
conflict--same-company = 審査員の制作会社「{ $detail }」の作品
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = 審査が{ $missing }件不足しています。この作品と利益相反のない審査員が{ $possible }人しかいません。
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = 審査が{ $missing }件不足しています。この作品を審査できる審査員は全員、担当できるエントリーの上限に達しています。
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = { $line }行目、「{ $column }」列：{ $reason }
