# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } は Caravan のデータベースではありません（SQLite ファイルではありません）。何も変更されていません。
# $path (String) - the database file
error--db-foreign = { $path } は別のプログラムの SQLite データベースで、Caravan のものではありません。何も変更されていません。
# $path (String) - the database file
error--db-corrupt = { $path } は破損しているため読み込めません。何も変更されていません。バックアップから復元してください。
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } は新しいバージョンの Caravan で作成されています（スキーマ { $found }。このバージョンが扱えるのは { $supported } までです）。開くには Caravan を更新してください。何も変更されていません。
# $path (String) - the database file
error--db-busy = { $path } は別のプログラムが使用中です。しばらくしてからもう一度お試しください。
# $path (String) - the database file
error--db-read-only = { $path } に書き込めません。アクセス権を確認してください。
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = { $path } を開けません：{ $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = { $path } でデータベースエラーが発生しました：{ $reason }
error--db-no-data-dir = このコンピューターにはアプリケーションデータ用のフォルダーがありません。--db または CARAVAN_DB でデータベースファイルを指定してください。

# $slug (String) - the slug asked for
error--slug-taken = スラッグ「{ $slug }」はすでに使われています。
# $value (String) - the slug given
error--slug-invalid = 「{ $value }」は有効なスラッグではありません。半角英小文字、数字、単独のハイフンを使ってください。
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = 「{ $value }」は言語タグではありません。BCP 47 のタグを使ってください。インターフェースは { $supported } で利用できます。
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = インターフェースは「{ $value }」に対応していません。{ $supported } のいずれかを選んでください。
# $value (String) - the code given
error--country-invalid = 「{ $value }」は ISO 3166-1 の国コードではありません。
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }：「{ $value }」は使用できる値ではありません。
# $what (String) - the name of the field, from what--*
error--value-empty = { $what }は空にできません。

# $work (String) - what the user typed to name the work
error--work-not-found = 作品「{ $work }」は見つかりません。作品は、番号、ff: に続く FilmFreeway の Submission ID、Tracking Number、または ISRC などの識別子で指定してください。
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = 「{ $work }」に該当する作品が複数（{ $count }件）あります。作品は番号で指定してください。
# $edition (String) - the edition slug given
error--edition-not-found = 開催回「{ $edition }」は見つかりません。「caravan editions list」コマンドで一覧を表示できます。
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = 開催回「{ $edition }」に部門「{ $section }」はありません。何も変更されていません。
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = ウィンドウから Caravan が読み取れない要求が送られました（{ $detail }）。何も変更されていません。
# $value (String) - the cursor given
error--cursor-invalid = 「{ $value }」はこの一覧のカーソルではありません。同じ並び順で、前のページの「next」の値を使ってください。
# $change (Number) - the number of the status change
error--status-change-not-found = ステータス変更 { $change } は見つかりません。
# $change (Number) - the number of the status change
error--status-change-undone = ステータス変更 { $change } はすでに取り消されています。何も変更されていません。
error--status-nothing-to-set = 設定する応募ステータスか審査ステータス、またはその両方を選んでください。

# $command (String) - the word that is not a command
error--cli-unknown-command = 「{ $command }」は Caravan のコマンドではありません。「caravan --help」を実行するとコマンドの一覧を表示できます。
# $argument (String) - the option that is not known
error--cli-unknown-argument = 「{ $argument }」はこのコマンドのオプションではありません。--help を付けるとオプションの一覧を表示できます。
# $argument (String) - the argument that is missing
error--cli-missing-argument = このコマンドには { $argument } が必要です。
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = 「{ $value }」は { $argument } の値として無効です。
# $detail (String) - the parser's own explanation, in English
error--cli-usage = コマンドラインが正しくありません：{ $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = 予期しないエラーが発生しました：{ $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } は空です。何も保存されていません。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } は Caravan で読み込める画像（JPEG、PNG、WebP、GIF、TIFF、BMP）ではありません。何も保存されていません。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } は途中で終わっており、ファイルが不完全です。何も保存されていません。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } は破損しています（{ $reason }）。何も保存されていません。
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } は Caravan で扱える大きさ（一辺最大20,000ピクセル、総画素数1億ピクセル）を超えています。何も保存されていません。
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = { $file } を読み込めないか、保存できません：{ $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = { $file } のサムネイルを作成できませんでした：{ $reason }。何も保存されていません。
# $id (Number) - the image number given
error--media-not-found = 画像 { $id } は見つかりません。

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan のウィンドウを開けませんでした：{ $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = { $file } を読み込めません：{ $reason }
# $file (String) - the file being imported
error--import-empty = { $file } は空です（ヘッダー行がありません）。何もインポートされていません。
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } には「{ $column }」列がないため、FilmFreeway の応募エクスポートではありません。何もインポートされていません。
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file }、{ $line }行目：CSV として読み込めません（{ $reason }）。何もインポートされていません。
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = { $file } を Excel ブックとして読み込めません（{ $reason }）。何もインポートされていません。
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } には、列マッピングで指定されている「{ $column }」列がありません。別のマッピングを選ぶか、このマッピングを修正してください。何もインポートされていません。
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = 列マッピングを読み取れません：{ $detail }。マッピングは JSON 形式で、名前と、ヘッダーごとにその列の内容（title、directors、countries など）を記述します。
# $detail (String) - unused here
error--mapping-no-name = 列マッピングに名前がありません。保存して、次回のインポートで同じ行を見つけられるように、名前を付けてください。
# $detail (String) - unused here
error--mapping-no-title = 列マッピングで、タイトルを含む列が指定されていません。いずれかの列をタイトルに対応付けてください。
# $detail (String) - unused here
error--mapping-no-id = 列マッピングで、行の ID を含む列が指定されていません。同じファイルを再度インポートしたときに作品が二重に追加されず更新されるよう、いずれかの列を ID に対応付けてください。
# $detail (String) - what is mapped twice
error--mapping-twice = 列マッピングで2つの列が「{ $detail }」に対応付けられていますが、これに対応付けられる列は1つだけです。
# $mapping (String) - the name or file given
error--mapping-not-found = 「{ $mapping }」という名前の列マッピングはなく、その名前のファイルもありません。
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = マッピング「{ $mapping }」は組み込みのものです。別の名前で保存してください。
# $encoding (String) - the encoding given
error--encoding-unknown = 「{ $encoding }」は Caravan が認識できるエンコーディングではありません。windows-1252、windows-1251、gb18030、shift_jis などの名前を使ってください。
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = 「{ $vocabulary }」は、インポートで保持される値の種類ではありません。country、language、status のいずれかを使ってください。
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = 「{ $code }」は{ $vocabulary ->
    [country] 国コード（QA など）
    [language] 言語タグ（fr、pt-BR など）
   *[status] 応募ステータス（in-consideration、incomplete、disqualified、withdrawn のいずれか）
}ではありません。
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = 「{ $name }」の別名はありません。
# $count (Number) - how many rows or cells were refused
error--import-rejected = { $count }件の問題が見つかったため、何もインポートされていません。問題を修正するか、--partial を付けて問題のない行だけをインポートしてください。

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file }、{ $line }行目、{ $column }桁目：整形式の XML ではありません（{ $value }）。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file }、{ $line }行目：{ $element } は DDEX ERN の NewReleaseMessage ではありません（{ $value }）。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file }、{ $line }行目：この ERN バージョンには対応していません（{ $value }）。Caravan が読み込めるのは ERN 3.4～3.8 と 4.x です。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file }、{ $line }行目：リリースの録音またはビデオ { $element } に識別子がまったくありません（ISRC、ISAN、EIDR、独自 ID のいずれもありません）。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } は、Caravan が読み込める DDEX メッセージの上限（{ $value }）を超えています。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file }、{ $line }行目：要素の入れ子が、DDEX メッセージとしてありえない深さになっています（{ $value }）。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file }、{ $line }行目、{ $column }桁目：{ $element } の「{ $value }」は有効な ISRC ではありません。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file }、{ $line }行目：録音 { $element } にタイトルがありません。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file }、{ $line }行目、{ $column }桁目：{ $element } の「{ $value }」は、PT3M25S のような ISO 8601 形式の長さではありません。何もインポートされていません。
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file }、{ $line }行目：{ $element } が、メッセージに含まれていないリソースを参照しています（{ $value }）。何もインポートされていません。

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = { $line }行目：行のセル数がヘッダーと異なります（{ $value }）。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = { $line }行目、「{ $column }」列：テキストが UTF-8 ではありません（{ $value }）。ファイルを UTF-8 または UTF-16 で保存してください。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = { $line }行目、「{ $column }」列：「{ $value }」は 1:32:05 のような長さの形式ではありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が読み取れる日付（2025-07-19 など）ではありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = { $line }行目、「{ $column }」列：「{ $value }」は年ではありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が認識できる国ではありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が認識できる言語ではありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = { $line }行目、「{ $column }」列：「{ $value }」は FilmFreeway の応募ステータスではありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = { $line }行目：プロジェクトにタイトルがありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = { $line }行目：行に Submission ID も Tracking Number もありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = { $line }行目：マッピングで ID 列として指定された列に、ID がありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = { $line }行目：行にカテゴリーの記載がなく、開催回にも振り分け先の部門がありません。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = { $line }行目、「{ $column }」列：「{ $value }」は有効な識別子ではありません（理由は「caravan ids check」で確認できます）。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = { $line }行目、「{ $column }」列：{ $value } はすでに別の作品に登録されています。

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = ISAN、EIDR、ISRC、ISWC のいずれでもありません。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = { $kind } のように見えますが、長さまたは文字が正しくありません。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = チェック文字が一致しません。この { $kind } には入力ミスがあります。
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = この { $kind } の最初の2文字は、国コードでも登録機関コードでもありません。
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = この { $kind } のプレフィックスは、Caravan が持つ一覧にまだありません。IFPI が新たに発行したものかもしれません。記載どおりに保持しています。

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = 作品「{ $work }」には「{ $lang }」のテキストがありません。
# $work (String) - the work as named
error--title-last = これは作品「{ $work }」の唯一のタイトルです。削除する前に別のタイトルを追加してください。
error--duplicate-same-work = 作品をその作品自身と統合したり、その作品自身の重複として除外したりすることはできません。
# $id (Number) - the submission number
error--submission-not-found = 応募 { $id } は見つかりません。
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = { $file } に書き込めませんでした：{ $reason }。ファイルは作成されていません。
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = 「{ $value }」は追加できません：{ $reason }何も保存されていません。
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } はすでに作品 { $work } に登録されています。何も保存されていません。
# $label (String) - the label as given
error--label-not-found = この開催回には審査ラベル「{ $label }」がありません。undecided、selected、not-selected、またはこの開催回のラベルを使ってください。

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = 先頭行
envelope-part--header = ヘッダー
envelope-part--signature = 署名
envelope-part--payload = 内容
envelope-part--attachment = 添付ファイル
envelope-part--attachments = 添付ファイルの一覧
envelope-part--body = 本文
envelope-part--file = ファイル
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = エンベロープが途中で切れています：{ $what }が不完全です。何も適用されていません。
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = Caravan で読み取れるエンベロープではありません（{ $detail }）。何も適用されていません。
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = エンベロープが転送中に破損しました：{ $what }がフィンガープリントと一致しません。何も適用されていません。
# $version (Number) - the format version found
error--envelope-unsupported-version = このエンベロープの形式バージョン { $version } は、このバージョンの Caravan では読み込めません。読み込むには Caravan を更新してください。何も適用されていません。
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = エンベロープを拒否しました：{ $what }が{ $size }バイトあり、上限の{ $limit }バイトを超えています。何も読み込まず、適用もしていません。
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = このエンベロープの送信元 { $sender } は、どのメンバーカードにも記載されていない鍵です。先にそのメンバーのカードをインポートしてください。何も適用されていません。
error--envelope-bad-signature = エンベロープの署名が送信元の鍵と一致しません。偽造または改ざんされています。何も適用されていません。
error--envelope-not-addressed = このエンベロープは宛先にこのプロファイルを挙げていますが、このプロファイルの鍵で暗号化されていません。何も適用されていません。
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = エンベロープ { $expected } が届くはずのところに、{ $sender } からのエンベロープ { $seq } が届きました。何も適用されていません。
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = { $sender } からのエンベロープ { $seq } は適用済みです。再度適用はしていません。
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = { $sender } からのエンベロープ { $seq } が、直前に適用したエンベロープに続いていません。ストリームが書き換えられています。何も適用されていません。
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = { $sender } が署名したエンベロープが、{ $stream } のストリームに含まれていました。何も適用されていません。
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = 添付ファイル名「{ $name }」は、フォルダーの外を指すおそれがあります。何も適用されていません。
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = 添付ファイル「{ $name }」は、エンベロープに記載されたファイルと一致しません。何も適用されていません。
# $seq (Number) - the envelope's number
error--envelope-missing = ストリームの先頭情報にはエンベロープ { $seq } があると記載されていますが、ストリームに見当たりません。それ以降は何も適用されていません。
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = 種類「{ $kind }」のエンベロープは、このバージョンの Caravan では読み込めません。読み込むには Caravan を更新してください。何も適用されていません。
# $detail (String) - what is wrong, in English from the program
error--card-malformed = Caravan で読み取れるメンバーカードではありません（{ $detail }）。何も保存されていません。
error--card-bad-signature = メンバーカードの署名が鍵と一致しません。改ざんされています。何も保存されていません。
# $member (String) - the member's short name
error--card-not-a-rotation = 「{ $member }」のカードには新しい鍵が記載されていますが、そのメンバーの現在の鍵で署名されていません。信頼する前に、メンバーとフィンガープリントを照合してください。何も保存されていません。
# $member (String) - the member's short name
error--card-is-own = 「{ $member }」のカードは、このプロファイル自身のものです。
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = 「{ $value }」はフィンガープリントではありません。文字が間違っているか、欠けています。
# $member (String) - the member's short name
error--fingerprint-mismatch = 入力されたフィンガープリントは、「{ $member }」のカードに記載されたものと一致しません。原因がわかるまで、このカードを信頼しないでください。何も変更されていません。
error--identity-passphrase-wrong = 鍵を開けませんでした。パスフレーズが間違っています。
error--identity-passphrase-needed = このプロファイルの鍵はパスフレーズで保護されています。パスフレーズを入力してください（スクリプトでは CARAVAN_PASSPHRASE で指定します）。
error--identity-keychain-unavailable = このプロファイルの鍵はシステムのキーチェーンに保管されていますが、キーチェーンが応答しません。キーチェーンのロックを解除して、もう一度お試しください。
error--identity-missing = このプロファイルにはまだ身元情報がありません。先に作成してください（caravan identity init）。
error--identity-exists = このプロファイルにはすでに身元情報があります。鍵を変えるには、鍵を更新してください（caravan identity rotate）。
# $member (String) - the member's short name
error--member-not-found = メンバー「{ $member }」は見つかりません。
# $member (String) - the member's short name
error--member-no-card = メンバー「{ $member }」のカードがありません。先にそのメンバーのカードをインポートしてください。
error--exchange-no-recipients = 送信先となるメンバーのカードがありません。先にメンバーのカードをインポートしてください。
# $id (Number) - the exchange point's number
error--exchange-point-not-found = 受け渡し場所 { $id } は見つかりません。
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = { $url } に接続できませんでした：{ $reason }。適用済みの内容はそのまま保持されます。もう一度お試しください。
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } から HTTP ステータス { $status } が返されました。適用済みの内容はそのまま保持されます。もう一度お試しください。
# $url (String) - the exchange point
error--exchange-read-only = { $url } は読み取りはできますが、書き込みはできません。発行するには WebDAV サーバーかフォルダーが必要です。
# $path (String) - the envelope's place at the point
error--stream-conflict = { $path } にはすでに別のエンベロープがあります。このプロファイルのストリームが、このプロファイルの別のコピーから発行されています。何も上書きされていません。
error--exchange-no-points = 受け渡し場所が設定されていません。連盟の受け渡しに使うフォルダーまたはアドレスを追加してください（caravan exchange points add）。
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = { $file } を読み込めませんでした：{ $reason }。何も保存されていません。

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = 「{ $member }」の鍵は失効しています。この鍵で署名されたものは今後受け付けません。メンバーの新しいカードをインポートして確認してください。何も適用されていません。
# $id (Number) - the recommendation's number
error--recommendation-not-found = このプロファイルが受け取った推薦 { $id } は見つかりません。
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = この返答は推薦 { $uid } に関するものですが、このプロファイルはその推薦をそのメンバーに送っていません。何も適用されていません。
# $uid (String) - the recommendation's name
error--recommendation-duplicate = 推薦 { $uid } はすでに届いています。二重には受け付けていません。
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = 「{ $from }」の推薦を「{ $to }」にすることはできません。何も変更されていません。
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = Caravan で読み取れる推薦ではありません（{ $detail }）。何も保存されていません。
error--person-no-name = 人物には、少なくとも1つの文字体系での名前が必要です。何も送信されていません。
error--recommendation-edition-needed = 作品を加える開催回を指定してください（必要に応じて部門も指定できます）。
# $value (String) - the date as given
error--date-invalid = 「{ $value }」は日付ではないか、開始より後に終わる期間ではありません。日付は YYYY-MM-DD の形式で入力してください。
# $id (Number) - the entry's number
error--catalogue-entry-not-found = カタログのエントリー { $id } は見つかりません。
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = この作品の上映権は、「{ $member }」の地域である { $territory } に及んでいません。
# $alliance (String) - the alliance's short name
error--alliance-not-found = 連盟「{ $alliance }」は見つかりません。
error--alliance-needed = 区分や加盟日は連盟のメンバーシップに関する情報です。連盟を指定してください。
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = 「{ $tier }」は連盟「{ $alliance }」の区分ではありません。何も変更されていません。
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = 「{ $what }」欄が上限の長さ（{ $limit }）を超えています。何も変更されていません。
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = 「{ $what }」欄の言語の数が上限の{ $limit }を超えています。何も変更されていません。
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = 「{ $value }」は、種類「{ $kind }」の連絡先として有効ではありません。何も変更されていません。
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = ここでは「{ $member }」は連盟「{ $alliance }」の事務局ではないため、その名簿には従いません。何も変更されていません。
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = 名簿の形式が正しくありません（{ $detail }）。何も適用されていません。
# $id (Number) - the application's number
error--application-not-found = 申請 { $id } は見つかりません。
# $id (Number) - the application's number
error--application-decided = 申請 { $id } はすでに決定済みです。何も変更されていません。
# $member (String) - the applicant's short name
error--application-exists = 「{ $member }」にはすでに審議中の申請があります。
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = 「{ $member }」はすでに連盟「{ $alliance }」のメンバーです。
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = 「{ $criterion }」は連盟「{ $alliance }」の加盟の評価項目ではありません。何も変更されていません。
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = 申請の紹介者になれるのは連盟のメンバーだけですが、「{ $member }」は「{ $alliance }」のメンバーではありません。何も変更されていません。
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = 加盟の承認には、賛成票が反対票より多いことが必要です。賛成{ $for }票、反対{ $against }票では承認できません。何も変更されていません。
# $value (String) - the section's short name
error--section-ambiguous = 部門「{ $value }」は複数の開催回にあります。開催回を指定してください。
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = 部門「{ $section }」に第{ $round }ラウンドはありません。
error--shortlist-first-round = 第1ラウンドには、ショートリストの元になる前のラウンドがありません。
# $value (String) - the juror's email
error--juror-not-found = 審査員「{ $value }」は見つかりません。
# $value (String) - the person's name
error--person-not-found = 「{ $value }」という名前の人物は、どの作品にもクレジットされていません。
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } は「{ $criterion }」のスコアとして使えません。この評価項目は { $min }～{ $max } の範囲で、{ $step } 刻みです。何も変更されていません。
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = 尺度は、最低スコアからそれより高い最高スコアまでを正の刻みで設定し、重みも正の値にする必要があります。{ $min }～{ $max }、{ $step } 刻み、重み { $weight } は有効な尺度ではありません。
error--reviews-per-entry-zero = 各エントリーには1件以上の審査が必要です。
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = 「{ $juror }」には作品 { $work } が割り当てられていません。何も変更されていません。
# $value (String) - the criterion as written
error--criterion-not-found = 採点基準に評価項目「{ $value }」はありません。何も変更されていません。
# $value (String) - what was wrong
error--scores-file-invalid = スコアのファイルを読み取れません：{ $value }。何も変更されていません。
# $value (String) - the value as written
error--score-not-a-number = 「{ $value }」は数値ではありません。
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = このファイルでは、「{ $juror }」が作品 { $work } の「{ $criterion }」を2回採点しています。
# $count (Number) - how many rows were refused
error--scores-rejected = ファイルの{ $count }行が受け付けられなかったため、何もインポートされていません。
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = 「{ $section }」の第{ $round }ラウンドにはまだ採点基準がありません。先に評価項目を追加してください。
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = 作品 { $work } は「{ $section }」の第{ $round }ラウンドのエントリーではありません。
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = 「{ $juror }」は「{ $section }」の審査員団に入っていません。
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = 「{ $juror }」は作品 { $work } と利益相反の関係にあります。この組み合わせは、割り当て、採点、集計のいずれの対象にもなりません。何も変更されていません。
# $value (String) - the juror's email
error--juror-no-card = 「{ $value }」からはまだカードを受け取っていません。パケットをその審査員だけが開けるように暗号化するため、「jury juror add … --card FILE」でカードを追加してください。
# $value (String) - the juror's email
error--juror-no-entries = 「{ $value }」に割り当てられたエントリーはありません。パケットに入れるものがありません。
# $value (String) - the kind the file holds
error--packet-wrong-kind = ファイルに含まれているのは種類「{ $value }」のエンベロープで、求められたものではありません。何も変更されていません。
error--no-packet = このプロファイルでは審査パケットが開かれていません。先に審査員長のパケットを開いてください。
error--sheet-unknown-juror = この採点シートは、どの審査員のカードにも記載されていない鍵で署名されています。何も変更されていません。
# $value (String) - the award's short name
error--award-not-found = 賞「{ $value }」は見つかりません。
# $value (String) - the award's short name
error--award-decided = 賞「{ $value }」はすでに受賞作が決まっています。何も変更されていません。
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = 作品 { $work } はこの開催回の別の賞をすでに受賞しているため、「{ $award }」を受賞することはできません。何も変更されていません。
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = 「{ $voter }」は第{ $round }投票ラウンドですでに投票しています。何も変更されていません。
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = 「{ $award }」の第{ $round }投票ラウンドでは、まだ誰も投票していません。
# $value (String) - the file given
error--screener-not-video = 「{ $value }」は、スクリーナーとして使える動画ファイル（WebM、MP4、M4V、MKV、MOV、OGV）ではありません。何も変更されていません。

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が認識できる国ではありません。記載どおりに保持し、作品に要確認の印を付けました。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が認識できる国ではありません。「{ $suggestion }」のことですか？記載どおりに保持し、作品に要確認の印を付けました。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が認識できる言語ではありません。記載どおりに保持し、作品に要確認の印を付けました。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が認識できる言語ではありません。「{ $suggestion }」のことですか？記載どおりに保持し、作品に要確認の印を付けました。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = { $line }行目、「{ $column }」列：「{ $value }」は Caravan が認識できる応募ステータスではありません。エントリーは検討中のままとし、ステータスは記載どおりに保持して、作品に要確認の印を付けました。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = { $line }行目、「{ $column }」列：セルに制御文字（NUL など）が含まれていたため、取り除きました：{ $value }。
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = { $line }行目、{ $column }：ISRC { $value } は、Caravan がまだ把握していないプレフィックスで始まっています。記載どおりに保持しました。誤りのように見える場合は、レーベルに確認してください。

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = { $line }行目、{ $column }：ISRC { $value } を持つリソースが2つあります。1つ目をインポートし、こちらは含めませんでした。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = { $line }行目、{ $column }：識別子 { $value } を持つリソースが2つあります。1つ目をインポートし、こちらは含めませんでした。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = { $line }行目、{ $column }：ISRC { $value } は、Caravan がまだ把握していないプレフィックスで始まっています。記載どおりに保持しました。誤りのように見える場合は、レーベルに確認してください。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = { $line }行目、{ $column }：補足リソース { $value } に識別子がないため、含めませんでした。配信データのその他の部分はインポートしました。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = { $line }行目、{ $column }：「{ $value }」は有効な ISAN ではありません。リソースは ISAN なしでインポートしました。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = { $line }行目、{ $column }：「{ $value }」は有効な EIDR ではありません。リソースは EIDR なしでインポートしました。
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = { $line }行目、{ $column }：メッセージには { $value } と記載されていますが、名前空間は別の ERN バージョンを示しています。名前空間に従って読み込みました。
