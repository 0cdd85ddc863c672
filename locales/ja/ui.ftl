# The window.

app--name = Caravan
app--tagline = フェスティバルのキュレーション

nav--works = 作品
settings--language = インターフェースの言語

works--heading = 作品
# $count (Number) - how many works the list holds
works--count = 作品{ $count }件
works--column-title = タイトル
works--column-original = 原題
works--column-kind = 種別
works--column-year = 年
works--column-poster = ポスター
works--empty = 作品はまだありません。
works--loading = 読み込み中…

work--back = 作品一覧に戻る
work--no-synopsis = あらすじはまだありません。
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = 言語タグ：{ $lang }

error--heading = エラーが発生しました
error--dismiss = 閉じる

media--drop-hint = ポスター、スチール写真、ジャケット写真をここにドロップすると追加できます。
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = 画像を追加中：{ $total }件中{ $done }件
media--none = 画像はまだありません。
media--kind-label = ドロップした画像の種類

nav--label = アプリケーションの画面
nav--submissions = 応募
nav--duplicates = 重複

search--placeholder = タイトル、監督、アーティストを検索…
search--label = あらゆる言語・文字体系で作品を検索
search--none = 見つかりませんでした。
search--results = 見つかった作品

submissions--edition = 開催回
submissions--tab-table = 表
submissions--tab-stats = 統計
submissions--column-section = 部門
submissions--column-status = ステータス
submissions--column-judging = 審査
submissions--column-countries = 国
submissions--column-languages = 言語
# $title (String) - the title of the submitted work
submissions--select-row = 「{ $title }」を選択
submissions--select-shown = 表示中のものをすべて選択
submissions--empty = 該当する応募はありません。
submissions--views = 開催回の応募の表示
submissions--column-selected = 選択
# $total (Number) - the submissions that pass the filters
submissions--count-shown = { $total }件の応募を表示中
# $count (Number) - rows selected
submissions--selected = { $count }件を選択中
filter--label = 絞り込み
filter--any-status = すべてのステータス
filter--any-judging = すべての審査ステータス
filter--text = タイトルまたは名前の語句
filter--any-section = すべての部門
filter--any-country = すべての国
filter--any-language = すべての言語
bulk--label = 選択した応募を変更
bulk--status = 新しいステータス
bulk--judging = 新しい審査ステータス
bulk--status-unchanged = ステータス：変更しない
bulk--judging-unchanged = 審査ステータス：変更しない
bulk--apply = 選択した応募に適用
# $count (Number) - submissions the last change touched
bulk--undo = { $count }件の応募への変更を取り消す

import--open = インポート…
import--heading = 応募のインポート
import--kind = ファイルの種類
import--kind-filmfreeway = FilmFreeway のエクスポート（CSV または Unicode テキスト）
import--kind-ddex = DDEX リリース（ERN XML）
import--path-label = インポートするファイル
import--path-placeholder = ファイルのパス（またはウィンドウにドロップ）
import--kind-table = 任意の表計算ファイル（CSV または XLSX）を列マッピングでインポート
import--files-all = 表計算ファイルと DDEX メッセージ
import--browse = ファイルを選択…
import--encoding = エンコーディング
import--encoding-detect = 自動検出
import--mapping-name = マッピング名
import--mapping-saved = 保存済みのマッピング
import--mapping-choose = 保存済みのマッピングを使用…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = { $encoding } として読み込み
# $column (String) - the column's header
import--target-of = 「{ $column }」列の内容
import--target-field = 項目としてそのまま保持
import--target-id = ID（作品の照合に使用）
import--target-title = タイトル
import--target-original-title = 原題
import--target-original-language = 原題の言語
import--target-synopsis = あらすじ（英語）
import--target-original-synopsis = あらすじ（原語）
import--target-directors = 監督
import--target-writers = 脚本
import--target-producers = プロデューサー
import--target-cast = 出演
import--target-countries = 国
import--target-languages = 言語
import--target-year = 年
import--target-runtime = 上映時間
import--target-completion-date = 完成日
import--target-genres = ジャンル
import--target-category = カテゴリー（部門）
import--target-status = 応募ステータス
import--target-judging = 審査ステータス
import--target-submission-date = 応募日
import--target-isan = ISAN 番号
import--target-eidr = EIDR 識別子
import--target-isrc = ISRC コード
import--target-iswc = ISWC コード
import--target-ignore = インポートしない
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = 作品ではないためインポートしなかったもの：{ $kind }×{ $count }
# $count (Number) - how many warnings there were in all
import--warnings = 警告{ $count }件：行はインポートされましたが、確認が必要です。
import--column-warning = 警告
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = 「{ $value }」を「{ $suggestion }」として扱う
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = 「{ $value }」を、今回と以後のすべてのインポートで「{ $suggestion }」として扱います（{ $works }件の作品に適用）。
import--partial = 一部の行が拒否されても、問題のない行をインポート
import--dry-run = 確認のみ（何も保存しない）
import--run = インポート
# $rows (Number) - rows read so far
import--progress = { $rows }行を読み込み済み
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = インポート{ $imported }件、更新{ $updated }件、変更なし{ $unchanged }件、拒否{ $rejected }件。
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = 確認のみで、何も保存していません：インポート予定{ $imported }件、更新予定{ $updated }件、変更なし{ $unchanged }件、拒否予定{ $rejected }件。
# $count (Number) - problems found
import--refused = 何もインポートされていません。先に{ $count }件の問題を修正する必要があります。
import--column-line = 行
import--column-column = 列
import--column-problem = 問題

export--label = エクスポート：
export--format-csv = CSV 形式
export--format-xlsx = Excel 形式（XLSX）
export--format-json = JSON 形式
# $path (String) - the file written
export--done = { $path } にエクスポートしました

stats--by-country = 国別のエントリー
stats--by-language = 言語別のエントリー
stats--by-genre = ジャンル別のエントリー
stats--by-status = ステータス別のエントリー
# $count (Number) - entries in the edition
stats--total = エントリー{ $count }件

duplicates--heading = 重複の可能性
duplicates--none = 重複の可能性があるものはありません。
# $id (Number) - the work to keep
duplicates--keep = 統合して #{ $id } を残す
duplicates--dismiss = 同一ではない
# $score (Number) - likeness from 0 to 1
duplicates--score = 類似度 { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = { $total }組中{ $shown }組
duplicates--more = さらに表示
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = 作品 #{ $other } を作品 #{ $keep } に統合しますか？#{ $other } のタイトル、あらすじ、クレジット、識別子、画像、応募はすべて #{ $keep } に移り、#{ $other } は削除されます。この操作は元に戻せません。
duplicates--merge = 統合

edit--add-language = 言語を追加
edit--edit = 編集
edit--remove = 削除
# $language (String) - the language's name
edit--edit-language = { $language }のタイトルとあらすじを編集
# $language (String) - the language's name
edit--remove-language = { $language }のタイトルとあらすじを削除
edit--tag = 言語タグ
edit--tag-placeholder = BCP 47 タグ（例：fr、zh-Hant）
edit--title = タイトル
edit--synopsis = あらすじ
edit--original = これを原語の表記とする
edit--save = 保存
edit--cancel = キャンセル

identifier--add = 識別子を追加
identifier--placeholder = ISAN、EIDR、ISRC、ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = 連盟
alliance--heading = 連盟内のやり取り
alliance--identity = このプロファイル
alliance--identity-none = このプロファイルにはまだ身元情報がありません。他のメンバーとやり取りするには作成してください。鍵がこのコンピューターの外に出ることはありません。
alliance--identity-name = フェスティバル名
alliance--identity-member = メンバーの略称（連盟の名簿での表記）
alliance--identity-country = 国（ISO コード、2文字）
alliance--passphrase = パスフレーズ
alliance--passphrase-hint = システムのキーチェーンが使えない場合にのみ、鍵の保護に使われます。大切に保管してください。パスフレーズがないと鍵を開けられません。
alliance--identity-make = 鍵を作成
alliance--fingerprint = フィンガープリント（他のメンバーに読み上げて伝えます）
alliance--qr-label = フィンガープリントの QR コード
alliance--sealed-in-keychain = 鍵はシステムのキーチェーンに保管されています。
alliance--sealed-in-passphrase = 鍵はパスフレーズで保護されています。
alliance--write-card = メンバーカードを保存
alliance--card-written = メンバーカードの保存先：
alliance--members = メンバー
alliance--members-none = メンバーはまだいません。
alliance--country-unknown = 国の記載なし
alliance--card-path = メンバーカードのパス（.json）
alliance--import-card = カードをインポート
# $member (String) - the member's name
alliance--card-imported = 「{ $member }」のカードをインポートしました。
# $member (String) - the member's name
alliance--card-rotated = 「{ $member }」のカードをインポートしました。鍵が更新されており、新しい鍵には古い鍵で署名されています。
alliance--compare = カードを信頼する前に、このフィンガープリントを電話でメンバーに読み上げるか、対面で照合してください：
alliance--verify = 確認済みにする
alliance--verify-typed = メンバーが読み上げたフィンガープリント
alliance--points = 受け渡し場所
alliance--points-none = 受け渡し場所はまだありません。連盟の受け渡しに使うフォルダーまたはウェブアドレスを追加してください。
alliance--point-location = フォルダーまたはアドレス（https://…）
alliance--point-name = 名前（任意）
alliance--point-add = 追加
alliance--point-remove = 削除
alliance--sync = 同期
alliance--sync-button = 今すぐ同期
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = 発行中：エンベロープ { $total }件中{ $done }件
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = 取得中：エンベロープ { $total }件中{ $done }件
alliance--unlock = 鍵を開く
alliance--sync-log = 前回の同期の内容
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = 発行{ $published }件、適用{ $applied }件、スキップ（他のメンバー宛て）{ $skipped }件、拒否{ $refused }件。
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = エンベロープ { $seq }（{ $kind }）を適用。送信元：
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = エンベロープ { $seq }（{ $kind }）は他のメンバー宛てのためスキップ。送信元：
# $seq (Number) - the envelope's number
alliance--log-refused = エンベロープ { $seq } を拒否。送信元：
alliance--notes = メモ
alliance--note-to = 宛先
alliance--note-no-cards = メモを送るには、メンバーのカードをインポートしてください。
alliance--note-to-all = 誰にもチェックを入れない場合、メモはカードを保持しているすべてのメンバーに送られます。
alliance--note-text = メモの本文
alliance--note-send = 暗号化して送信待ちにする
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = メモ { $seq } を暗号化しました。次回の同期で送られます。
alliance--notes-none = メモはまだありません。
envelope-kind--note = メモ
envelope-kind--card = メンバーカード
envelope-kind--recommendation = 推薦
envelope-kind--recommendation-state = 推薦への返答
envelope-kind--catalogue = カタログ
recommendations--heading = 推薦
recommendations--inbox = 受信
recommendations--outbox = 送信
recommendations--none = まだありません。
recommendations--from = 送信元
recommendations--to = 宛先
recommendations--history = 履歴
recommendations--edition = 登録先の開催回
recommendations--section = 部門
recommendations--section-suggested = 提案された部門
recommendations--accept = 受け入れる
recommendations--reason = 見送りの理由
recommendations--decline = 見送る
recommendations--program = プログラム決定にする
recommendations--person = 審査員またはゲストを推薦
recommendations--person-name = 名前
recommendations--person-as = 推薦の種類
recommendations--note = メンバーへのメモ
recommendations--send = 推薦する
catalogues--heading = カタログ
catalogues--publish = このフェスティバルのカタログを発行
# $count (Number) - works in the catalogue
catalogues--published = 作品{ $count }件のカタログを暗号化しました。次回の同期で送られます。
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }：{ $count }件
catalogues--none = メンバーのカタログはまだ届いていません。
catalogues--search = カタログを検索（どの文字体系でも可）
# $edition (String) - the edition's name
catalogues--take = 「{ $edition }」に加える
# $edition (String) - the edition's name
catalogues--taken = 「{ $edition }」に加えました
recommend--heading = メンバーに推薦
recommend--sent = 推薦を暗号化しました。次回の同期で送られます。
recommend--history = この作品の推薦
rights--heading = 上映権
rights--none = 上映権は記録されていません。
rights--world = 全世界
rights--territory = 地域（ISO コード、または WORLD）
rights--excluded = 対象外
directory--any = すべて
directory--none = なし
directory--alliance = 連盟
directory--tier = 区分
directory--kind = 種類
directory--country = 国
directory--country-code = 国（ISO コード）
directory--city = 都市
directory--slug = 略称
directory--name = 正式名称
directory--languages = 使用言語（タグ、カンマ区切り）
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = 加盟：{ $date }
directory--joined-input = 加盟時期（YYYY または YYYY-MM-DD）
directory--add = メンバーを登録・変更
directory--save = メンバーを保存
# $member (String) - the member's name
directory--saved = 「{ $member }」を名簿に保存しました。
directory--none-match = 絞り込み条件に該当するメンバーはいません。
registry--heading = 名簿
# $count (Number) - how many members
registry--members = メンバー数：{ $count }
# $member (String) - the secretariat's short name
registry--secretariat = 事務局：{ $member }
registry--no-secretariat = 事務局は未指定です
# $date (String) - the date and time, already formatted
registry--issued = { $date }付の名簿
registry--publish = 名簿を発行
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = 「{ $alliance }」の名簿（メンバー数：{ $count }）を暗号化しました。次回の同期で送られます。
admissions--heading = 加盟
admissions--criteria = 加盟の評価項目
admissions--criterion-key = 評価項目の略称
admissions--criterion-text = 評価項目（インターフェースの言語で）
admissions--criterion-add = 評価項目を追加
admissions--apply = 新規申請
admissions--contact = 連絡先
admissions--submit = 申請を記録
admissions--applications = 申請
admissions--none = 申請はまだありません。
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = まだ根拠がない評価項目：{ $criteria }
admissions--sponsors = 紹介者
admissions--sponsor-as = 紹介するメンバー
admissions--sponsor-note = 紹介者のコメント
admissions--sponsor = 紹介者を追加
admissions--outcome = 決定
admissions--on = 決定日
admissions--for = 賛成
admissions--against = 反対
admissions--abstain = 棄権
admissions--decision-note = 決定に関するメモ
admissions--decide = 決定を記録
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = { $date }に決定：賛成{ $for }、反対{ $against }、棄権{ $abstain }。
directory--view = 一覧の表示方法
directory--as-list = リスト
directory--as-map = 地図
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = メンバーの世界地図 — メンバー：{ $members }、国：{ $countries }
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — メンバー：{ $count }
nav--jury = 審査員団
jury--heading = 審査員団
jury--section = 部門
jury--round = ラウンド
jury--no-round = この部門のこのラウンドにはまだ採点基準がありません。先に評価項目を追加してください（caravan jury criterion add）。
# $entries (Number) - how many entries the round has
jury--rubric = 採点基準 — エントリー{ $entries }件
jury--assignment = 割り当て
jury--reviews-per-entry = エントリーあたりの審査数
jury--max-load = 審査員1人あたりの最大エントリー数
jury--assign = 担当審査員を割り当てる
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = 作成した割り当て：{ $added }件。まだ審査員が不足しているエントリー：{ $uncovered }件。
# $count (Number) - entries assigned to the juror
jury--load = エントリー{ $count }件
jury--juror = 審査員
jury--scoring = 採点
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = 採点済み：{ $total }件中{ $done }件
jury--progress-label = 採点済みのエントリー
jury--keys = 操作方法：数字を押すと、選択中の評価項目にスコアを付けます（0は10）。↑と↓で評価項目を、←と→でエントリーを移動し、N で次の未採点のエントリーに進みます。変更はすべて即座に保存されます。
jury--screener = スクリーナーを視聴
jury--saved = 保存済み
jury--previous = 前のエントリー
jury--next = 次のエントリー
jury--next-unscored = 次の未採点のエントリー
jury--nothing-to-score = このラウンドでこの審査員に割り当てられたエントリーはありません。
jury--results = 結果
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = 審査員間の一致度（クリッペンドルフのα）：{ $alpha }
jury--rank = 順位
jury--work = 作品
jury--count = 審査員数
jury--normalized = 正規化平均
jury--mean = 平均
jury--disagreement = 評価が分かれています
jury--matrix = 担当表
jury--assigned-cell = 割り当て済み
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = { $total }件のエントリーのうち、最初の{ $shown }件を表示しています。結果にはすべてのエントリーが表示されます。
jury--distribution = 尺度上の各審査員の合計点
jury--distribution-label = 各審査員の合計点を尺度上の点で、その審査員の平均を線で示します。厳しい審査員の点は左寄りに、甘い審査員の点は右寄りになります。
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = 平均 { $mean }（エントリー{ $count }件）
jury--ballots = 賞の投票
jury--award = 賞
jury--ballot-round = 投票ラウンド
jury--voter = 投票者
jury--vote = 票を記録
jury--tally = 票を集計
# $count (Number) - votes
jury--votes = { $count }票
# $cast (Number) - votes cast
jury--no-winner = このラウンドでは受賞作が決まりませんでした（投票数：{ $cast }）。次のラウンドで再投票してください。
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = 「{ $title }」が受賞しました（投票数：{ $cast }）。
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = 「{ $title }」が第{ $round }ラウンドで受賞しました（{ $cast }票中{ $votes }票）。
jury--setup = ラウンドを設定
jury--criterion-key = 評価項目の略称
jury--criterion-label = 評価項目（インターフェースの言語で）
jury--min = 最低
jury--max = 最高
jury--step = 刻み
jury--weight = 重み
jury--criterion-add = 評価項目を追加
jury--juror-email = 審査員のメールアドレス
jury--juror-name = 審査員の名前
jury--juror-languages = 審査員が理解できる言語（タグ、カンマ区切り）
jury--juror-card = 審査員のカードファイル（パケット用）
jury--juror-add = 審査員を追加
# $what (String) - what was added
jury--setup-added = 「{ $what }」を追加しました。
jury--packets = パケットと採点シート
jury--file = ファイル（パス）
jury--packet-export = 審査員用のパケットを暗号化
jury--sheet-merge = 採点シートを統合
jury--packet-open = パケットを開く（審査員のノートパソコンで）
jury--sheet-export = 自分の採点シートを審査員長向けに暗号化
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = { $juror } 用のパケット（エントリー{ $entries }件）を書き込みました。
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = 「{ $chair }」のパケットを開きました。採点するエントリーは{ $entries }件です。
# $scores (Number) - scores in the sheet
jury--sheet-written = 採点シート（スコア{ $scores }件）を書き込みました。
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = { $juror } の採点シートを統合しました。保持分より新しいスコア：{ $applied }件。
# $juror (String) - the juror's email
jury--sheet-already = { $juror } の採点シートはすでに統合されています。処理は不要です。
jury--screener-file = スクリーナー（このコンピューター上）
jury--screener-path = このコンピューター上のスクリーナーファイル（パス）
jury--screener-attach = このファイルをスコアの横で再生
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = 「{ $title }」を { $juror } に割り当てる
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = { $juror } から「{ $title }」の割り当てを外す
jury--comment = この作品へのコメント（入力と同時に保存されます。他の審査員には表示されません）
jury--conflict-reason = 理由（利益相反の内容）
jury--conflict-add = 利益相反を申告
jury--conflict-declared = 利益相反を申告しました。この組み合わせは、割り当て、採点、集計のいずれの対象にもなりません。

export--save-as = 名前を付けて保存…
work--unresolved = 記載どおりに保持された値
work--unresolved-country = 国
work--unresolved-language = 言語
work--unresolved-status = 応募ステータス
