# The caravan command line: help text and the lines it prints.

cli--about = Caravan：言語と国境を越えたフェスティバルのキュレーション。どのコマンドも --json 付きで使えます。
cli--usage-heading = 使い方：
cli--commands-heading = コマンド
cli--options-heading = オプション
cli--arguments-heading = 引数
cli--command-value = コマンド
cli--arg-help = このヘルプを表示
cli--arg-version = バージョンを表示
cli--arg-db = データベースファイル（既定：このコンピューターのデータフォルダーにある Caravan のファイル。CARAVAN_DB でも指定可）
cli--arg-lang = メッセージとタイトルの言語。fr や zh-TW などの BCP 47 タグ（CARAVAN_LANG でも指定可）
cli--arg-json = 標準出力に JSON ドキュメントを1つだけ出力
cli--arg-generate = 大規模なデータで Caravan を試すため、生成した作品をこの数だけ追加
cli--arg-into = 生成した作品をこの開催回に登録し、各部門に振り分ける
cli--arg-slug = 半角英小文字、数字、ハイフンからなる略称
cli--arg-name = 正式名称
cli--arg-year = 年
cli--arg-sections = 開催回の部門（スラッグで指定。複数の場合は繰り返す）
cli--arg-edition = 開催回（スラッグで指定）
cli--arg-limit = 表示する件数
cli--arg-offset = 先頭から飛ばす件数（既定：0）
cli--arg-work = 作品：番号、ff: に続く FilmFreeway の Submission ID、Tracking Number、または ISRC などの識別子

cli--demo--about = デモ用の連盟を作成：メンバー、2つの開催回、さまざまな文字体系の作品（再実行しても何も変わりません）
cli--edition--about = フェスティバルの開催回を追加
cli--edition-add--about = 開催回を部門とともに追加
cli--editions--about = フェスティバルの開催回
cli--editions-list--about = 開催回とその部門を一覧表示
cli--works--about = 映画と音楽
cli--works-list--about = 作品を一覧表示（タイトルは選択した言語で表示）
cli--works-show--about = 1件の作品を、すべての言語のタイトルとともに表示

cli--error-prefix = エラー：

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = デモの準備ができました。連盟：{ $alliances }、メンバー：{ $members }、開催回：{ $editions }、作品：{ $works }。
# $slug (String) - the new edition's slug
cli--edition-added = 開催回「{ $slug }」を追加しました。
cli--editions-none = 開催回はまだありません。
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = 作品 { $from }～{ $to }件目（全{ $total }件）

cli--media--about = ポスター、スチール写真、ジャケット写真
cli--media-add--about = 作品に画像を追加：元の画像をそのまま保存し、3サイズのサムネイルを作成
cli--media-list--about = 作品の画像を一覧表示
cli--media-remove--about = 画像を作品から削除
cli--media-similar--about = 同じ画像を持つ作品を検索
cli--arg-file = 読み込むファイル
cli--arg-kind = poster、still、cover のいずれか（既定：poster）
cli--arg-id = 画像の番号
cli--media-none = この作品にはまだ画像がありません。
# $id (Number) - the image removed
cli--media-removed = 画像 { $id } を削除しました。
cli--media-no-similar = 同じ画像を持つ作品の組はありません。
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = 作品 { $a } と作品 { $b } は同じ画像を持っています（差分：{ $distance }ビット）。

cli--import--about = FilmFreeway、その他の表計算ファイル、DDEX から応募をインポート
cli--import-filmfreeway--about = FilmFreeway の応募エクスポート（CSV、または Excel の UTF-16 テキスト）をインポート
cli--import-ddex--about = DDEX ERN のリリースメッセージ（ERN 3.4～4.3）をインポート：録音とミュージックビデオがそれぞれ1件の音楽作品になります
cli--import-table--about = 応募データの CSV または XLSX の表を、列マッピングを使ってインポート
cli--import-preview--about = 表の列、最初の行、ヘッダーから推測されるマッピングを表示
cli--arg-mapping = 列マッピング：filmfreeway、保存済みマッピングの名前、またはマッピングの JSON ファイル
cli--arg-encoding = テキストファイルのエンコーディング（windows-1252、windows-1251、gb18030、shift_jis など）。自動検出が誤る場合に指定
cli--mappings--about = 表のインポートに使う列マッピング
cli--mappings-list--about = 組み込みの列マッピングと保存済みの列マッピングを一覧表示
cli--mappings-show--about = 列マッピングを表示
cli--mappings-save--about = JSON ファイルの列マッピングを、その名前で保存
cli--arg-mapping-name = マッピングの名前
cli--aliases--about = どの一覧にもない名前の意味（その名前を持つすべての作品と、以後のすべてのインポートに適用）
cli--aliases-list--about = 別名を一覧表示
cli--aliases-add--about = 名前の意味を指定（「Quatar を QA として扱う」）
cli--aliases-remove--about = 名前に指定した意味を取り消す
cli--arg-alias-vocabulary = 値の種類：country、language、status のいずれか
cli--arg-alias-name = ファイルでの表記どおりの名前
cli--arg-alias-code = その名前が表すコード：国コード、言語タグ、またはステータス
cli--unresolved--about = インポートで記載どおりに保持された値を、それぞれを持つ作品の数とともに一覧表示
cli--arg-unresolved-edition = この開催回の作品のみ
cli--arg-dry_run = ファイルを確認し、何も保存せずに変更内容を報告
cli--arg-partial = 一部の行が拒否されても、問題のない行をインポート
cli--arg-section = 部門のスラッグ
cli--ids--about = 作品の識別子
cli--ids-check--about = ISAN、EIDR、ISRC、ISWC を確認し、正規の形式で出力
cli--arg-value = 確認する識別子
cli--titles--about = 作品のタイトル（言語ごと）
cli--titles-set--about = 1つの言語のタイトルを追加または変更
cli--titles-remove--about = 1つの言語のタイトルを削除
cli--synopses--about = 作品のあらすじ（言語ごと）
cli--synopses-set--about = 1つの言語のあらすじを追加または変更
cli--synopses-remove--about = 1つの言語のあらすじを削除
cli--arg-lang_tag = fr、zh-Hant、sr-Latn などの BCP 47 言語タグ
cli--arg-text = テキスト
cli--arg-original = 原語の表記として指定
cli--arg-provenance = submitted、curator、machine のいずれか（既定：curator）
cli--search--about = タイトル、監督、アーティストから、どの文字体系でも作品を検索
cli--arg-query = 検索する語句
cli--duplicates--about = 重複の可能性がある応募を一覧表示、または組を統合・除外
cli--duplicates-merge--about = 2つ目の作品を1つ目に統合（すべての言語、クレジット、履歴を保持）
cli--duplicates-dismiss--about = 2つの作品が同一ではないことを確定
cli--arg-keep = 残す作品
cli--arg-other = 統合される作品
cli--arg-a = 一方の作品
cli--arg-b = もう一方の作品
cli--export--about = 開催回の応募を CSV、XLSX、JSON 形式でエクスポート
cli--arg-format = csv、xlsx、json のいずれか
cli--arg-out = 書き込むファイル
cli--arg-status = この応募ステータスのみ（例：in-consideration）
cli--arg-judging = この審査ステータスまたはラベルのみ
cli--arg-country = この国の作品のみ（ISO コード）
cli--arg-language = この言語の作品のみ（BCP 47 タグ）
cli--submissions--about = 開催回の応募
cli--submissions-list--about = 開催回の応募を一覧表示
cli--submissions-stats--about = 開催回のエントリーを国、言語、ジャンル、ステータス別に集計
cli--submissions-status--about = 応募のステータスを変更
cli--arg-ids = 応募番号
cli--arg-set = 設定する応募ステータス
cli--arg-to_judging = 設定する審査ステータスまたはフェスティバルのラベル
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = { $rows }行を読み込み済み（{ $percent }%）
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = インポート{ $imported }件、更新{ $updated }件、変更なし{ $unchanged }件、拒否{ $rejected }件。
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = 試行のみで、何も保存していません。インポート予定{ $imported }件、更新予定{ $updated }件、変更なし{ $unchanged }件、拒否予定{ $rejected }件。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = 有効な { $kind } です。
cli--search-none = 見つかりませんでした。
cli--duplicates-none = 重複の可能性があるものはありません。
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = 作品 { $a } と作品 { $b } は、今後は重複候補として提示されません。
# $count (Number) - works written
# $path (String) - the file
cli--exported = { $count }件の作品を { $path } に書き込みました。
# $count (Number) - entries
cli--stats-total = エントリー{ $count }件
cli--stats-by-country = 国別
cli--stats-by-language = 言語別
cli--stats-by-genre = ジャンル別
cli--stats-by-status = ステータス別
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = { $count }件の応募を変更しました（変更番号 { $change }）。
cli--submissions-undo--about = ステータス変更を1件取り消し、その変更の対象になったすべての応募を元の状態に戻す
cli--arg-change = 変更番号（ステータス変更時に表示されたもの）
cli--arg-after = このカーソルの後から続ける（前のページの「next」）
cli--arg-sort = この列で並べ替え。:desc を付けると逆順（title は --lang で指定した言語の並び順で並べ替え）
cli--arg-q = タイトルまたはクレジットされた名前にこれらの語を含む作品のみ
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = 応募 { $total }件中{ $shown }件
cli--ids-add--about = 確認済みの ISAN、EIDR、ISRC、ISWC を作品に追加

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = このプロファイルの身元情報：名前、メンバー、鍵
cli--identity-init--about = このプロファイルの鍵を作成（システムのキーチェーンに保管、または CARAVAN_PASSPHRASE で保護）
cli--identity-show--about = このプロファイルの身元情報とフィンガープリントを表示
cli--identity-card--about = 他のメンバーに渡す、このプロファイルのメンバーカードをファイルに保存
cli--identity-rotate--about = このプロファイルの鍵を更新（このプロファイルのストリームをフォローしているメンバーには新しい鍵が渡ります）
cli--members--about = 連盟のメンバーと、保持しているそのカード
cli--members-import-card--about = メンバーのカードをインポートし、メンバーと照合するためのフィンガープリントを表示
cli--members-list--about = メンバーを、各カードのフィンガープリントと確認済みかどうかとともに一覧表示
cli--members-verify--about = メンバーとフィンガープリントを照合した後、そのカードを確認済みにする
cli--exchange--about = メンバーの Caravan 同士で受け渡すエンベロープ
cli--exchange-points--about = 連盟の受け渡しに使うフォルダーとウェブアドレス
cli--exchange-points-add--about = 受け渡し場所を登録：フォルダー（USB メモリー、共有ドライブ）または WebDAV アドレス
cli--exchange-points-list--about = 受け渡し場所を一覧表示
cli--exchange-points-remove--about = 受け渡し場所の登録を解除
cli--exchange-note--about = ファイルや画像を添付したメモをメンバーに送信（宛先のメンバー向けに暗号化）
cli--exchange-notes--about = メンバーから届いたメモを一覧表示
cli--exchange-publish--about = このプロファイルの新しいエンベロープを受け渡し場所に発行（指定しない場合はすべての受け渡し場所）
cli--exchange-pull--about = メンバーの新しいエンベロープを受け渡し場所から取得（指定しない場合はすべての受け渡し場所）
cli--arg-member = メンバーの略称（スラッグ）
cli--arg-member-country = メンバーの国（ISO コード）
cli--arg-working-language = メンバーの使用言語（BCP 47 タグ）。複数の場合は繰り返す
cli--arg-fingerprint = メンバーに読み上げてもらったフィンガープリント（スペースとダッシュは省略可）
cli--arg-recipients = 送信先のメンバー（略称）。複数の場合は繰り返すか、カンマで区切る
cli--arg-everyone = カードを保持しているすべてのメンバーに送信
cli--arg-note-lang = メモを書いた言語（BCP 47 タグ）
cli--arg-attach = 添付するファイル。複数の場合は繰り返す
cli--arg-image = 添付する画像（メディア保管庫の画像番号で指定）。複数の場合は繰り返す
cli--arg-point = 書き込み先の受け渡し場所：フォルダーまたは WebDAV アドレス
cli--arg-point-from = 読み込み元の受け渡し場所：フォルダーまたはウェブアドレス
cli--arg-location = フォルダーまたはウェブアドレス（http:// または https://）
cli--arg-point-name = 受け渡し場所を見分けるための名前
cli--arg-point-id = 受け渡し場所の番号
cli--fingerprint = フィンガープリント
cli--sealed-in-keychain = 鍵はシステムのキーチェーンに保管されています。
cli--sealed-in-passphrase = 鍵はパスフレーズで保護されています。
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = カードを { $path } に保存しました。フィンガープリント：{ $fingerprint }
# $member (String) - the member's short name
cli--card-imported = 「{ $member }」のカードをインポートしました。
# $member (String) - the member's short name
cli--card-rotated = 「{ $member }」のカードをインポートしました。鍵が更新されており、新しい鍵には古い鍵で署名されています。
cli--card-compare = このフィンガープリントを電話か対面でメンバーと照合してから、次のコマンドを実行してください：caravan members verify MEMBER FINGERPRINT
cli--members-none = メンバーはまだいません。
cli--points-none = 受け渡し場所はまだありません。
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = メモ { $seq } を { $to } 宛てに暗号化しました。次回の発行時に送られます。
cli--notes-none = メモはまだありません。
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = { $count }件のエンベロープを { $location } に書き込みました。
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = 適用{ $applied }件、スキップ（他のメンバー宛て）{ $skipped }件、拒否{ $refused }件。
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }：エンベロープ { $total }件中{ $done }件

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = メンバーの鍵を失効させる：以後、その鍵で署名されたものは受け付けません
cli--recommend--about = 作品、審査員、ゲストをメンバーに推薦
cli--recommend-work--about = 作品を、タイトル、クレジット、権利、ポスターとともにメンバーに推薦
cli--recommend-person--about = 人物を審査員またはゲストとしてメンバーに推薦
cli--recommendations--about = 送信・受信した推薦とその返答
cli--recommendations-list--about = 推薦を新しい順に、状態とともに一覧表示
cli--recommendations-show--about = 1件の推薦を、メンバーごとの状態と履歴とともに表示
cli--recommendations-accept--about = 受け取った推薦を受け入れる：作品を開催回の部門に加えます
cli--recommendations-decline--about = 受け取った推薦を、理由を添えて見送る
cli--recommendations-program--about = 受け入れた作品のプログラム決定を記録
cli--rights--about = 作品の地域ごとの上映権
cli--rights-set--about = 作品を上映できる地域と期間を設定
cli--rights-show--about = 作品の上映権を表示
cli--catalogue--about = メンバーの作品カタログ
cli--catalogue-publish--about = このプロファイルのカタログ（全作品、または指定した作品）をメンバー向けに暗号化
cli--catalogue-search--about = メンバーが発行したカタログを、どの文字体系でも検索
cli--catalogue-take--about = メンバーのカタログにある作品を、開催回の部門に加える
cli--arg-recommend-to = 推薦先のメンバー（略称。繰り返すかカンマで区切る）、または all
cli--arg-recommend-note = メンバーへのメモ
cli--arg-recommend-note-lang = メモの言語（BCP 47 タグ）
cli--arg-recommend-section = 提案する部門（略称）
cli--arg-person-as = judge または guest
cli--arg-person-name-lang = 名前の言語または文字体系（BCP 47 タグ）
cli--arg-person-name-in = 別の文字体系での名前（LANG=TEXT の形式）。複数の場合は繰り返す
cli--arg-person-role = 人物の役割または肩書き。複数の場合は繰り返す
cli--arg-person-language = 人物の使用言語（BCP 47 タグ）。複数の場合は繰り返す
cli--arg-person-country = 人物の国（ISO コード）
cli--arg-person-contact = 人物の連絡先
cli--arg-recommendations-work = この作品の推薦のみ
cli--arg-recommendations-direction = 受信した推薦のみ、または送信した推薦のみ
cli--arg-recommendation-id = 推薦の番号
cli--arg-decline-reason = 見送る理由（推薦したメンバーに伝えます）
cli--arg-rights-territory = 作品を上映できる地域（ISO コード、または world）。任意で期間を FROM:UNTIL（YYYY-MM-DD）の形式で指定可。複数の場合は繰り返す
cli--arg-rights-except = 全世界を対象とする許諾から除く地域（ISO コード）。繰り返すか、カンマで区切る
cli--arg-catalogue-work = 発行する作品（指定しない場合はすべて）。複数の場合は繰り返す
cli--arg-catalogue-query = タイトルまたは名前の語句（どの文字体系でも可）
cli--arg-catalogue-member = このメンバーのカタログのみ
cli--arg-catalogue-entry = カタログのエントリー番号
cli--recommendations-none = 推薦はまだありません。
cli--rights-none = 上映権は記録されていません。
cli--catalogue-none = カタログのエントリーはありません。
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = 作品{ $count }件のカタログを暗号化しました（エンベロープ { $seq }）。次回の発行時に送られます。
cli--members-add--about = 名簿にメンバーを登録または変更（連盟のメンバーシップも含む）
cli--members-show--about = 1件のメンバーを表示：種類、国、言語、連絡先、メンバーシップ
cli--arg-member-name = メンバーの正式名称
cli--arg-member-kind = メンバーの種類：festival、institution、company、artist のいずれか
cli--arg-member-city = メンバーの所在都市
cli--arg-member-lang = 使用言語（繰り返すかカンマで区切る）。優先順に指定
cli--arg-member-contact = 連絡先。KIND=VALUE の形式で、種類は email、phone、web、address のいずれか（複数の場合は繰り返す）
cli--arg-member-alliance = メンバーが所属する連盟
cli--arg-member-tier = その連盟での区分
cli--arg-member-joined = 加盟した時期：YYYY または YYYY-MM-DD
cli--arg-filter-alliance = この連盟のメンバーのみ
cli--arg-filter-country = この国のメンバーのみ（ISO 3166 コード）
cli--arg-filter-tier = この区分のメンバーのみ
cli--arg-filter-kind = この種類のメンバーのみ：festival、institution、company、artist のいずれか
cli--arg-filter-lang = この言語を使用するメンバーのみ
cli--alliance--about = 連盟：追加、表示、区分と加盟の評価項目の設定
cli--alliance-add--about = 連盟を追加、または名称を変更
cli--alliance-show--about = 連盟を、区分と加盟の評価項目とともに表示
cli--alliance-tier--about = 連盟独自の区分を追加、または名称を変更
cli--alliance-criterion--about = 加盟の評価項目を追加、または文言を変更
cli--alliances--about = この Caravan が把握している連盟
cli--alliances-list--about = 連盟を、区分と加盟の評価項目とともに一覧表示
cli--registry--about = 連盟のメンバー名簿（事務局が発行するもの）
cli--registry-publish--about = 連盟の名簿をすべてのメンバー向けに暗号化（次回の発行時に送られます）
cli--admissions--about = 連盟への加盟申請：根拠、紹介者、決定
cli--admissions-apply--about = 連盟の評価項目に対する根拠を添えて、申請を記録
cli--admissions-list--about = 申請を新しい順に一覧表示
cli--admissions-show--about = 申請を、根拠、紹介者、決定とともに表示
cli--admissions-sponsor--about = 連盟のメンバーが申請の紹介者になったことを記録
cli--admissions-decide--about = 申請に対する決定を、日付と票数とともに記録
cli--arg-alliance = 連盟の略称（スラッグ）
cli--arg-alliance-name = 連盟の正式名称
cli--arg-alliance-founded = 設立年
cli--arg-alliance-secretariat = この Caravan が従う名簿を発行するメンバー
cli--arg-tier-key = 区分の略称（スラッグ）
cli--arg-tier-label = 1つの言語での区分の名称。LANG=TEXT の形式（複数の場合は繰り返す）
cli--arg-criterion-key = 評価項目の略称（スラッグ）
cli--arg-criterion-text = 1つの言語での評価項目。LANG=TEXT の形式（複数の場合は繰り返す）
cli--arg-registry-alliance = 名簿を発行する連盟
cli--arg-applicant = 申請者がメンバーとして使う略称（スラッグ）
cli--arg-apply-alliance = 申請先の連盟
cli--arg-apply-name = 申請者の正式名称
cli--arg-apply-kind = 申請者の種類：festival、institution、company、artist のいずれか
cli--arg-apply-country = 申請者の国（ISO 3166 コード）
cli--arg-apply-lang = 申請者の使用言語（繰り返すかカンマで区切る）
cli--arg-apply-contact = 申請者の連絡先
cli--arg-apply-tier = 申請する区分
cli--arg-apply-evidence = 1つの評価項目に対する根拠。KEY=TEXT の形式（評価項目ごとに繰り返す）
cli--arg-applications-alliance = この連盟への申請のみ
cli--arg-applications-state = この状態の申請のみ：open、admitted、refused、withdrawn のいずれか
cli--arg-application = 申請の番号
cli--arg-sponsor-note = 申請者についての紹介者のコメント
cli--arg-outcome = 決定：admit、refuse、withdraw のいずれか
cli--arg-decide-on = 決定日（YYYY-MM-DD）
cli--arg-decide-for = 賛成票
cli--arg-decide-against = 反対票
cli--arg-decide-abstain = 棄権
cli--arg-decide-note = 決定に関するメモ
cli--arg-decide-tier = 加盟を承認されたメンバーの区分（指定しない場合は申請した区分）
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = 「{ $alliance }」の名簿（メンバー数：{ $count }）を暗号化しました（エンベロープ { $seq }）。次回の発行時に送られます。
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = メンバー数：{ $count }、事務局：{ $secretariat }
cli--alliance-tier = 区分
cli--alliance-criterion = 評価項目
cli--applications-none = 申請はありません。
# $criterion (String) - the criterion's short name
cli--application-missing = 「{ $criterion }」の根拠なし
# $member (String) - the sponsor's short name
cli--application-sponsor = 紹介者：{ $member }
# $on (String) - the day of the decision
cli--application-decision = { $on }に決定：賛成{ $for }、反対{ $against }、棄権{ $abstain }
cli--members-leave--about = メンバーの連盟への加盟を終了（次に発行される名簿に脱退が記載されます）
cli--arg-leave-alliance = 脱退する連盟
cli--jury--about = 審査員団：ラウンドと採点基準、審査員、利益相反、割り当て、スコア、結果
cli--jury-criterion--about = ラウンドの採点基準
cli--jury-criterion-add--about = ラウンドの採点基準に評価項目を追加、または変更
cli--jury-juror--about = 審査員
cli--jury-juror-add--about = 審査員を追加または変更（審査員はどこでもメールアドレスで識別されます）
cli--jury-conflict--about = 利益相反
cli--jury-conflict-add--about = 審査員と作品、人物、メンバーとの利益相反を申告
cli--jury-conflicts--about = ラウンド内の利益相反のある組み合わせすべて（申告されたもの、検出されたもの）とその理由
cli--jury-round--about = ラウンドを設定：締め切り、ブラインド審査、対象とするショートリスト
cli--jury-rubric--about = ラウンドの採点基準を表示
cli--jury-assign--about = 各エントリーに担当審査員を割り当てる（負担を均等にし、利益相反を避ける）。または1組を追加・削除
cli--jury-assign-add--about = 1人の審査員に1件の作品を手動で割り当てる
cli--jury-assign-remove--about = 割り当てを1件、そのスコアとともに削除
cli--jury-score--about = 割り当てられた審査員のスコアを1件設定
cli--jury-scores--about = 紙から入力したスコア
cli--jury-scores-import--about = CSV ファイルからスコアをインポート：審査員、作品、評価項目、値、コメント
cli--jury-results--about = ラウンドの結果：平均、正規化平均、シュルツェ方式の順位、ボルダ・スコア、一致度
cli--arg-jury-section = 部門（略称）
cli--arg-jury-edition = 開催回（部門の略称が複数の開催回で使われている場合）
cli--arg-jury-round = ラウンド（指定しない場合は1）
cli--arg-round-deadline = ラウンドの締め切り（YYYY-MM-DD）
cli--arg-round-blind = このラウンドでは応募者とクレジットを審査員に表示しない
cli--arg-round-shortlist = 前のラウンドの上位エントリーをこの数だけ選ぶ
cli--arg-rubric-key = 評価項目の略称（スラッグ）
cli--arg-rubric-label = インターフェースの言語での評価項目の名称
cli--arg-rubric-label-in = 別の言語での評価項目の名称。LANG=TEXT の形式（複数の場合は繰り返す）
cli--arg-rubric-min = 最低スコア
cli--arg-rubric-max = 最高スコア
cli--arg-rubric-step = スコアの刻み（指定しない場合は1）
cli--arg-rubric-weight = 合計における評価項目の重み（指定しない場合は1）
cli--arg-juror-email = 審査員のメールアドレス
cli--arg-juror-name = 審査員の名前（本人の表記どおり）
cli--arg-juror-name-in = 別の文字体系での名前。LANG=TEXT の形式（複数の場合は繰り返す）
cli--arg-juror-lang = 審査員が理解できる言語（コマンドの後に --lang として指定。繰り返すかカンマで区切る）
cli--arg-juror-country = 審査員の国（ISO 3166 コード）
cli--arg-juror-member = 審査員の所属メンバー
cli--arg-juror-company = 審査員が勤務する制作会社
cli--arg-juror-section = 審査員として審査員団に加わる部門（複数の場合は繰り返す）
cli--arg-conflict-juror = 審査員のメールアドレス
cli--arg-conflict-work = 作品（ID、ff:SUBMISSION_ID、Tracking Number、または識別子）
cli--arg-conflict-person = 人物（作品のクレジットの表記どおり）
cli--arg-conflict-member = メンバー（略称）
cli--arg-conflict-reason = 理由
cli--arg-assign-section = 部門（略称）
cli--arg-assign-edition = 開催回（部門の略称が複数の開催回で使われている場合）
cli--arg-assign-round = ラウンド（指定しない場合は1）
cli--arg-assign-reviews = 各エントリーを審査する審査員の人数（それぞれ別の審査員）
cli--arg-assign-max-load = 1人の審査員が審査するエントリーの上限（割り当て済みのものを含む）
cli--arg-pair-juror = 審査員のメールアドレス
cli--arg-pair-work = 作品（ID、ff:SUBMISSION_ID、Tracking Number、または識別子）
cli--arg-score-juror = 審査員のメールアドレス
cli--arg-score-work = 作品（ID、ff:SUBMISSION_ID、Tracking Number、または識別子）
cli--arg-score-criterion = 評価項目の略称
cli--arg-score-value = スコア（評価項目の尺度で指定）
cli--arg-scores-file = CSV ファイル
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = 「{ $section }」の第{ $round }ラウンド、エントリー{ $entries }件：
cli--conflicts-none = 利益相反はありません。
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = 割り当てを{ $added }件作成しました（合計{ $total }件）。審査員が不足しているエントリー：{ $uncovered }件。
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = スコア：新規{ $imported }件、変更{ $updated }件、変更なし{ $unchanged }件。
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = 一致度（クリッペンドルフのα、合計点）：{ $alpha }
cli--jury-packet--about = 審査パケット：審査員がオフラインで採点するために持ち出すもの
cli--jury-packet-export--about = 審査員1人分のパケットを暗号化：その審査員のエントリーのみを、採点基準、ポスター、スクリーナーへのリンクとともに収録
cli--jury-packet-open--about = 審査員のノートパソコンでパケットを開く（審査員のプロファイルが作成されます）
cli--jury-sheet--about = 採点シート：審査員長に渡す、署名付きの審査員のスコア
cli--jury-sheet-export--about = この審査員の採点シートを審査員長向けに暗号化
cli--jury-sheet-merge--about = 審査員の採点シートを統合：新しいスコアが優先され、どの順序で統合しても結果は同じです
cli--arg-juror-card = 審査員のカード（審査員のノートパソコンで「identity card」が書き込んだファイル）
cli--arg-packet-juror = 審査員のメールアドレス
cli--arg-packet-out = 書き込むファイル
cli--arg-packet-file = パケットのファイル
cli--arg-sheet-out = 書き込むファイル
cli--arg-sheet-file = 採点シートのファイル
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = { $juror } 用のパケット（エントリー{ $entries }件）：{ $path }
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = 「{ $chair }」のパケットを開きました。採点するエントリーは{ $entries }件です。
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = 採点シート（スコア{ $scores }件）：{ $path }
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = { $juror } の採点シート：スコア{ $scores }件、うち保持分より新しいもの{ $applied }件。
# $juror (String) - the juror's email
cli--sheet-already = { $juror } の採点シートはすでに統合されています。処理は不要です。
cli--award--about = 賞：開催回の賞とその投票
cli--award-add--about = 開催回に賞を追加、または変更
cli--award-vote--about = 投票ラウンドでの審査員1人の票を記録
cli--award-tally--about = 投票ラウンドの票を集計し、受賞作が決まればそれを記録
cli--awards--about = 開催回の賞
cli--awards-list--about = 開催回の賞を受賞作とともに一覧表示
cli--arg-award-key = 賞の略称（スラッグ）
cli--arg-award-edition = 開催回
cli--arg-award-label = インターフェースの言語での賞の名称
cli--arg-award-label-in = 別の言語での賞の名称。LANG=TEXT の形式（複数の場合は繰り返す）
cli--arg-award-shared = この賞の受賞作が、他の賞も受賞できるようにする
cli--arg-award-absolute-rounds = 相対多数で決める前に、絶対多数を必要とするラウンドの数（指定しない場合は2）
cli--arg-vote-award = 賞の略称
cli--arg-vote-work = 投票する作品（ID、ff:SUBMISSION_ID、Tracking Number、または識別子）
cli--arg-vote-edition = 開催回
cli--arg-vote-round = 投票ラウンド（指定しない場合は1）
cli--arg-vote-voter = 投票者：審査員のメールアドレス
cli--arg-tally-award = 賞の略称
cli--arg-tally-edition = 開催回
cli--arg-tally-round = 投票ラウンド（指定しない場合は1）
cli--arg-awards-edition = 開催回
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = 作品 { $work } が受賞しました（投票数：{ $cast }）。
# $cast (Number) - votes cast
cli--tally-undecided = このラウンドでは受賞作が決まりませんでした（投票数：{ $cast }）。次のラウンドで再投票してください。
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = 「{ $title }」が第{ $round }ラウンドで受賞（{ $cast }票中{ $votes }票）
cli--jury-screener--about = このコンピューター上のスクリーナーファイルを作品に添付し、ウィンドウでスコアの横で再生できるようにする
cli--arg-screener-work = 作品（ID、ff:SUBMISSION_ID、Tracking Number、または識別子）
cli--arg-screener-file = 動画ファイル（WebM、MP4、M4V、MKV、MOV、OGV）

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = { $encoding } として読み込みました。
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = 「{ $name }」は今後「{ $code }」として扱われます（{ $works }件の作品に適用）。
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = インポート対象外：{ $kind }×{ $count }（作品ではありません）。
