# Error messages, one per stable error code: the id is error--<code>.
# Every message says what was wrong and where; messages about the database say whether
# anything was changed.

# $path (String) - the database file
error--db-not-sqlite = { $path } ไม่ใช่ฐานข้อมูลของ Caravan เพราะไม่ใช่ไฟล์ SQLite ไม่มีการเปลี่ยนแปลงใด ๆ
# $path (String) - the database file
error--db-foreign = { $path } เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่ของ Caravan ไม่มีการเปลี่ยนแปลงใด ๆ
# $path (String) - the database file
error--db-corrupt = { $path } เสียหายและอ่านไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ โปรดกู้คืนจากไฟล์สำรอง
# $path (String) - the database file
# $found (Number) - the schema version in the file
# $supported (Number) - the newest schema version this Caravan knows
error--db-newer-version = { $path } ถูกเขียนโดย Caravan เวอร์ชันที่ใหม่กว่า (สคีมา { $found } ขณะที่เวอร์ชันนี้รู้จักถึง { $supported }) โปรดอัปเดต Caravan เพื่อเปิดไฟล์นี้ ไม่มีการเปลี่ยนแปลงใด ๆ
# $path (String) - the database file
error--db-busy = { $path } กำลังถูกใช้งานโดยโปรแกรมอื่น โปรดลองอีกครั้งในอีกสักครู่
# $path (String) - the database file
error--db-read-only = เขียน { $path } ไม่ได้ โปรดตรวจสอบสิทธิ์การเข้าถึงไฟล์
# $path (String) - the file or folder
# $reason (String) - what the operating system said, in its own words
error--db-io = เปิด { $path } ไม่ได้: { $reason }
# $path (String) - the database file
# $reason (String) - what SQLite said, in its own words
error--db-error = ข้อผิดพลาดของฐานข้อมูลใน { $path }: { $reason }
error--db-no-data-dir = คอมพิวเตอร์เครื่องนี้ไม่มีโฟลเดอร์สำหรับข้อมูลแอปพลิเคชัน โปรดเลือกไฟล์ฐานข้อมูลด้วย --db หรือ CARAVAN_DB

# $slug (String) - the slug asked for
error--slug-taken = ชื่อย่อ “{ $slug }” ถูกใช้แล้ว
# $value (String) - the slug given
error--slug-invalid = “{ $value }” ไม่ใช่ชื่อย่อที่ใช้ได้ โปรดใช้อักษรละตินตัวพิมพ์เล็ก ตัวเลข และขีดกลางครั้งละหนึ่งตัว
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-invalid = “{ $value }” ไม่ใช่แท็กภาษา โปรดใช้แท็กแบบ BCP 47 อินเทอร์เฟซมีให้เลือกในภาษา { $supported }
# $value (String) - the tag given
# $supported (String) - the interface languages, comma separated
error--lang-unsupported = อินเทอร์เฟซไม่มีภาษา “{ $value }” โปรดเลือกจาก { $supported }
# $value (String) - the code given
error--country-invalid = “{ $value }” ไม่ใช่รหัสประเทศตาม ISO 3166-1
# $what (String) - the name of the vocabulary, from what--*
# $value (String) - the value given
error--value-unknown = { $what }: “{ $value }” ไม่ใช่ค่าที่ยอมรับ
# $what (String) - the name of the field, from what--*
error--value-empty = { $what } ต้องไม่เว้นว่าง

# $work (String) - what the user typed to name the work
error--work-not-found = ไม่มีผลงาน “{ $work }” โปรดระบุผลงานด้วยหมายเลข ด้วย ff: ตามด้วย Submission ID ของ FilmFreeway หรือด้วย Tracking Number หรือรหัสระบุ เช่น ISRC
# $work (String) - what the user typed to name the work
# $count (Number) - how many works it matches
error--work-ambiguous = “{ $work }” ตรงกับผลงานหลายรายการ ({ $count }) โปรดระบุผลงานด้วยหมายเลข
# $edition (String) - the edition slug given
error--edition-not-found = ไม่มีครั้งการจัด “{ $edition }” ดูรายการทั้งหมดได้ด้วยคำสั่ง “caravan editions list”
# $section (String) - the section slug or number given
# $edition (String) - the edition
error--section-not-found = ครั้งการจัด “{ $edition }” ไม่มีหมวด “{ $section }” ไม่มีการเปลี่ยนแปลงใด ๆ
# $detail (String) - what could not be read, in the words of the library that read it
error--request-invalid = หน้าต่างส่งคำขอที่ Caravan อ่านไม่ได้ ({ $detail }) ไม่มีการเปลี่ยนแปลงใด ๆ
# $value (String) - the cursor given
error--cursor-invalid = “{ $value }” ไม่ใช่เคอร์เซอร์ของรายการนี้ โปรดใช้ค่า “next” ของหน้าก่อนหน้า โดยเรียงลำดับแบบเดียวกัน
# $change (Number) - the number of the status change
error--status-change-not-found = ไม่มีการเปลี่ยนสถานะหมายเลข { $change }
# $change (Number) - the number of the status change
error--status-change-undone = การเปลี่ยนสถานะหมายเลข { $change } ถูกยกเลิกไปแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
error--status-nothing-to-set = โปรดเลือกสถานะการส่งผลงาน สถานะการพิจารณา หรือทั้งสองอย่างที่จะกำหนด

# $command (String) - the word that is not a command
error--cli-unknown-command = “{ $command }” ไม่ใช่คำสั่งของ Caravan เรียกใช้ “caravan --help” เพื่อดูคำสั่งทั้งหมด
# $argument (String) - the option that is not known
error--cli-unknown-argument = “{ $argument }” ไม่ใช่ตัวเลือกของคำสั่งนี้ เพิ่ม --help เพื่อดูตัวเลือกทั้งหมด
# $argument (String) - the argument that is missing
error--cli-missing-argument = คำสั่งนี้ต้องมี { $argument }
# $argument (String) - the option or argument
# $value (String) - the value given
error--cli-invalid-value = “{ $value }” ไม่ใช่ค่าที่ใช้ได้สำหรับ { $argument }
# $detail (String) - the parser's own explanation, in English
error--cli-usage = บรรทัดคำสั่งไม่ถูกต้อง: { $detail }

# $detail (String) - what went wrong, as the system reported it
error--unexpected = เกิดข้อผิดพลาดที่ไม่คาดคิด: { $detail }

# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-empty = { $file } เป็นไฟล์ว่าง ไม่มีการจัดเก็บข้อมูลใด ๆ
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-unsupported = { $file } ไม่ใช่ภาพที่ Caravan อ่านได้ (JPEG, PNG, WebP, GIF, TIFF หรือ BMP) ไม่มีการจัดเก็บข้อมูลใด ๆ
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-truncated = { $file } สิ้นสุดก่อนกำหนด ไฟล์ไม่สมบูรณ์ ไม่มีการจัดเก็บข้อมูลใด ๆ
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-corrupt = { $file } เสียหาย ({ $reason }) ไม่มีการจัดเก็บข้อมูลใด ๆ
# $file (String) - the image file
# $reason (String) - what was wrong, in the decoder's own words
error--media-too-large = { $file } ใหญ่เกินกว่าที่ Caravan รับได้ (ไม่เกิน 20,000 พิกเซลต่อด้าน และ 100 เมกะพิกเซล) ไม่มีการจัดเก็บข้อมูลใด ๆ
# $file (String) - the image file
# $reason (String) - what the operating system said
error--media-io = อ่านหรือจัดเก็บ { $file } ไม่ได้: { $reason }
# $file (String) - the image file
# $reason (String) - what went wrong
error--media-render = สร้างภาพขนาดย่อของ { $file } ไม่ได้: { $reason } ไม่มีการจัดเก็บข้อมูลใด ๆ
# $id (Number) - the image number given
error--media-not-found = ไม่มีภาพหมายเลข { $id }

# $reason (String) - what the windowing system said, in its own words
error--window-start = Caravan เปิดหน้าต่างไม่ได้: { $reason }

## Imports

# $file (String) - the file being imported
# $reason (String) - what the operating system said
error--import-io = อ่าน { $file } ไม่ได้: { $reason }
# $file (String) - the file being imported
error--import-empty = { $file } ว่างเปล่าและไม่มีแถวหัวตาราง ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the file being imported
# $column (String) - the header that is missing
error--import-missing-column = { $file } ไม่มีคอลัมน์ “{ $column }” จึงไม่ใช่ไฟล์ส่งออกการส่งผลงานของ FilmFreeway ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the file being imported
# $line (Number) - the line where reading stopped
# $reason (String) - what the CSV reader said
error--csv-malformed = { $file } บรรทัด { $line }: อ่านไฟล์เป็น CSV ไม่ได้ ({ $reason }) ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the workbook being imported
# $reason (String) - what the workbook reader said
error--xlsx-unreadable = อ่าน { $file } เป็นเวิร์กบุ๊ก Excel ไม่ได้ ({ $reason }) ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the file being imported
# $column (String) - the header the mapping names
error--table-missing-column = { $file } ไม่มีคอลัมน์ “{ $column }” ที่การจับคู่คอลัมน์ระบุไว้ โปรดเลือกการจับคู่อื่นหรือแก้ไขการจับคู่นี้ ไม่มีการนำเข้าข้อมูลใด ๆ
# $detail (String) - the part of the mapping that is wrong
error--mapping-bad-shape = อ่านการจับคู่คอลัมน์ไม่ได้: { $detail } การจับคู่คอลัมน์เป็น JSON ที่มีชื่อ และระบุว่าแต่ละหัวคอลัมน์เก็บข้อมูลอะไร (ชื่อผลงาน ผู้กำกับ ประเทศ …)
# $detail (String) - unused here
error--mapping-no-name = การจับคู่คอลัมน์ยังไม่มีชื่อ โปรดตั้งชื่อเพื่อบันทึก และเพื่อให้พบแถวเดิมอีกครั้งในการนำเข้าครั้งถัดไป
# $detail (String) - unused here
error--mapping-no-title = การจับคู่คอลัมน์ไม่ได้ระบุคอลัมน์ที่เก็บชื่อผลงาน โปรดจับคู่คอลัมน์หนึ่งกับชื่อผลงาน
# $detail (String) - unused here
error--mapping-no-id = การจับคู่คอลัมน์ไม่ได้ระบุคอลัมน์ที่เก็บรหัสของแถว โปรดจับคู่คอลัมน์หนึ่งกับรหัส เพื่อให้การนำเข้าไฟล์เดิมอีกครั้งอัปเดตผลงานที่มีอยู่แทนการเพิ่มเป็นรายการใหม่
# $detail (String) - what is mapped twice
error--mapping-twice = การจับคู่คอลัมน์จับคู่สองคอลัมน์กับ “{ $detail }” ซึ่งควรมาจากคอลัมน์เดียว
# $mapping (String) - the name or file given
error--mapping-not-found = ไม่มีการจับคู่คอลัมน์ชื่อ “{ $mapping }” และไม่มีไฟล์ชื่อนี้
# $mapping (String) - the built-in mapping's name
error--mapping-builtin = การจับคู่ “{ $mapping }” เป็นแบบในตัว โปรดบันทึกการจับคู่ของคุณด้วยชื่ออื่น
# $encoding (String) - the encoding given
error--encoding-unknown = “{ $encoding }” ไม่ใช่การเข้ารหัสที่ Caravan รู้จัก โปรดใช้ชื่อ เช่น windows-1252, windows-1251, gb18030 หรือ shift_jis
# $vocabulary (String) - the kind of value given
error--alias-bad-vocabulary = “{ $vocabulary }” ไม่ใช่ประเภทค่าที่การนำเข้าเก็บไว้ โปรดใช้ country, language หรือ status
# $vocabulary (String) - country, language or status
# $code (String) - the code given
error--alias-bad-code = “{ $code }” ไม่ใช่{ $vocabulary ->
    [country] รหัสประเทศ (เช่น QA)
    [language] แท็กภาษา (เช่น fr หรือ pt-BR)
   *[status] สถานะการส่งผลงาน (in-consideration, incomplete, disqualified หรือ withdrawn)
}
# $vocabulary (String) - country, language or status
# $name (String) - the name given
error--alias-not-found = ไม่มีชื่อแทนสำหรับ “{ $name }”
# $count (Number) - how many rows or cells were refused
error--import-rejected = พบปัญหา { $count } รายการ จึงไม่มีการนำเข้าข้อมูลใด ๆ โปรดแก้ไข หรือนำเข้าเฉพาะแถวที่ถูกต้องด้วย --partial

# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the parser's explanation
error--ddex-malformed = { $file } บรรทัด { $line } คอลัมน์ { $column }: ไม่ใช่ XML ที่มีรูปแบบถูกต้อง ({ $value }) ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the root element or namespace found
error--ddex-not-ern = { $file } บรรทัด { $line }: { $element } ไม่ใช่ NewReleaseMessage ของ DDEX ERN ({ $value }) ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the namespace found
error--ddex-unsupported-version = { $file } บรรทัด { $line }: ไม่รองรับ ERN เวอร์ชันนี้ ({ $value }) Caravan อ่านได้ตั้งแต่ ERN 3.4 ถึง 3.8 และ 4.x ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the resource's reference
error--ddex-missing-id = { $file } บรรทัด { $line }: งานบันทึกเสียงหรือวิดีโอ { $element } ของรีลีสนี้ไม่มีรหัสระบุเลย (ไม่มีทั้ง ISRC, ISAN, EIDR และรหัสเฉพาะของผู้ส่ง) ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the limit passed
error--ddex-too-large = { $file } ใหญ่เกินกว่าข้อความ DDEX ที่ Caravan อ่านได้ ({ $value }) ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - how deep the elements go
error--ddex-too-deep = { $file } บรรทัด { $line }: อิลิเมนต์ซ้อนกันลึกเกินกว่าข้อความ DDEX ใด ๆ ({ $value }) ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the ISRC as written
error--ddex-bad-isrc = { $file } บรรทัด { $line } คอลัมน์ { $column }: “{ $value }” ใน { $element } ไม่ใช่ ISRC ที่ถูกต้อง ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - details
error--ddex-missing-title = { $file } บรรทัด { $line }: งานบันทึกเสียง { $element } ไม่มีชื่อผลงาน ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the duration as written
error--ddex-bad-duration = { $file } บรรทัด { $line } คอลัมน์ { $column }: “{ $value }” ใน { $element } ไม่ใช่ระยะเวลาตาม ISO 8601 เช่น PT3M25S ไม่มีการนำเข้าข้อมูลใด ๆ
# $file (String) - the DDEX file
# $element (String) - the element's path
# $line (Number) - line in the file
# $column (Number) - column in the line
# $value (String) - the reference
error--ddex-unknown-resource = { $file } บรรทัด { $line }: { $element } อ้างถึงรีซอร์สที่ไม่มีอยู่ในข้อความ ({ $value }) ไม่มีการนำเข้าข้อมูลใด ๆ

## Rows an import refused

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--csv-bad-row = บรรทัด { $line }: จำนวนเซลล์ในแถวไม่เท่ากับแถวหัวตาราง ({ $value })
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - where the bad bytes start
reject--csv-bad-encoding = บรรทัด { $line } คอลัมน์ “{ $column }”: ข้อความไม่ใช่ UTF-8 ({ $value }) โปรดบันทึกไฟล์เป็น UTF-8 หรือ UTF-16
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-duration = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ระยะเวลาในรูปแบบ เช่น 1:32:05
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-date = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่วันที่ที่ Caravan อ่านได้ เช่น 2025-07-19
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-year = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ปี
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-country = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ประเทศที่ Caravan รู้จัก
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-language = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ภาษาที่ Caravan รู้จัก
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-bad-status = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่สถานะการส่งผลงานของ FilmFreeway
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-title = บรรทัด { $line }: โปรเจกต์นี้ไม่มีชื่อผลงาน
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-missing-id = บรรทัด { $line }: แถวนี้ไม่มีทั้ง Submission ID และ Tracking Number
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--table-missing-id = บรรทัด { $line }: แถวนี้ไม่มีรหัสในคอลัมน์ที่การจับคู่คอลัมน์ระบุให้เป็นรหัส
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--ff-no-category = บรรทัด { $line }: แถวนี้ไม่ได้ระบุหมวดที่สมัคร และครั้งการจัดนี้ไม่มีหมวดให้จัดผลงานเข้า
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value found
reject--id-invalid = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่รหัสระบุที่ถูกต้อง (เรียกใช้ “caravan ids check” เพื่อดูสาเหตุ)
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the identifier
reject--id-taken = บรรทัด { $line } คอลัมน์ “{ $column }”: { $value } เป็นของผลงานอื่นอยู่แล้ว

## Identifiers

# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--unrecognised = ค่านี้ไม่ใช่ ISAN, EIDR, ISRC หรือ ISWC
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--format = ค่านี้ดูเหมือน { $kind } แต่ความยาวหรืออักขระไม่ถูกต้อง
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--check-character = อักขระตรวจสอบไม่ตรงกัน { $kind } นี้มีการพิมพ์ผิด
# $kind (String) - ISAN, EIDR, ISRC or ISWC
id-problem--country = อักษรสองตัวแรกของ { $kind } นี้ไม่ใช่รหัสประเทศหรือรหัสหน่วยงานผู้ออกรหัส
# $kind (String) - the identifier scheme, such as ISRC
id-note--unknown-prefix = รหัสนำหน้าของ { $kind } นี้ยังไม่อยู่ในรายการที่ Caravan มี อาจเป็นรหัสที่ IFPI เพิ่งจัดสรร จึงเก็บไว้ตามที่เขียน

## Titles, duplicates, submissions, exports

# $work (String) - the work as named
# $lang (String) - the language tag
error--title-not-found = ผลงาน “{ $work }” ไม่มีข้อความในภาษา “{ $lang }”
# $work (String) - the work as named
error--title-last = นี่เป็นชื่อผลงานเพียงชื่อเดียวของผลงาน “{ $work }” โปรดเพิ่มชื่ออื่นก่อนลบชื่อนี้
error--duplicate-same-work = ไม่สามารถรวมผลงานเข้ากับตัวเอง หรือปัดตกว่าเป็นผลงานซ้ำของตัวเองได้
# $id (Number) - the submission number
error--submission-not-found = ไม่มีการส่งผลงานหมายเลข { $id }
# $file (String) - the file being written
# $reason (String) - what went wrong
error--export-io = เขียน { $file } ไม่ได้: { $reason } ไม่มีไฟล์ใดค้างอยู่
# $value (String) - the identifier as given
# $reason (String) - why it is not valid
error--id-invalid = เพิ่ม “{ $value }” ไม่ได้: { $reason } ไม่มีการจัดเก็บข้อมูลใด ๆ
# $value (String) - the identifier
# $work (Number) - the work that carries it
error--id-taken = { $value } เป็นของผลงาน { $work } อยู่แล้ว ไม่มีการจัดเก็บข้อมูลใด ๆ
# $label (String) - the label as given
error--label-not-found = ครั้งการจัดนี้ไม่มีป้ายกำกับการพิจารณา “{ $label }” โปรดใช้ undecided, selected, not-selected หรือป้ายกำกับหนึ่งของครั้งการจัดนี้

## The exchange between copies of Caravan: envelopes, cards, identities, exchange points.
## An envelope refused changes nothing; say so.

# The parts of an envelope or file, named inside the messages below.
envelope-part--first-line = บรรทัดแรก
envelope-part--header = ส่วนหัว
envelope-part--signature = ลายเซ็น
envelope-part--payload = เนื้อหา
envelope-part--attachment = ไฟล์แนบ
envelope-part--attachments = รายการไฟล์แนบ
envelope-part--body = ข้อความ
envelope-part--file = ไฟล์
# $what (String) - the part cut short, from envelope-part--*
error--envelope-truncated = ซองข้อมูลไม่ครบ: { $what } ขาดหายไปบางส่วน ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $detail (String) - what is wrong, in English from the program
error--envelope-malformed = ซองข้อมูลนี้ไม่ใช่แบบที่ Caravan อ่านได้ ({ $detail }) ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $what (String) - the damaged part, from envelope-part--*
error--envelope-damaged = ซองข้อมูลเสียหายระหว่างทาง: { $what } ไม่ตรงกับลายนิ้วมือ ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $version (Number) - the format version found
error--envelope-unsupported-version = ซองข้อมูลอยู่ในรูปแบบเวอร์ชัน { $version } ซึ่ง Caravan เวอร์ชันนี้อ่านไม่ได้ โปรดอัปเดต Caravan เพื่ออ่านซองข้อมูลนี้ ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $what (String) - the part, from envelope-part--*
# $size (Number) - its size in bytes
# $limit (Number) - the largest size allowed, in bytes
error--envelope-too-large = ปฏิเสธซองข้อมูล: { $what } มีขนาด { $size } ไบต์ เกินขีดจำกัด { $limit } ไบต์ ไม่มีการอ่านหรือนำข้อมูลใด ๆ ไปใช้
# $sender (String) - the sender's fingerprint
error--envelope-unknown-sender = ซองข้อมูลมาจาก { $sender } ซึ่งเป็นกุญแจที่ไม่มีบัตรสมาชิกใดระบุ โปรดนำเข้าบัตรสมาชิกของผู้ส่งก่อน ไม่มีการนำข้อมูลใด ๆ ไปใช้
error--envelope-bad-signature = ลายเซ็นของซองข้อมูลไม่ตรงกับกุญแจของผู้ส่ง ซองข้อมูลถูกปลอมแปลงหรือถูกแก้ไข ไม่มีการนำข้อมูลใด ๆ ไปใช้
error--envelope-not-addressed = ซองข้อมูลระบุโปรไฟล์นี้เป็นผู้รับ แต่ไม่ได้ผนึกด้วยกุญแจของโปรไฟล์นี้ ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $sender (String) - the sender's fingerprint
# $expected (Number) - the number due next
# $seq (Number) - the number found
error--envelope-gap = ซองข้อมูล { $seq } จาก { $sender } มาถึงในลำดับที่ควรเป็นซองข้อมูล { $expected } ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-replay = ซองข้อมูล { $seq } จาก { $sender } เคยนำไปใช้แล้ว จึงไม่นำไปใช้ซ้ำ
# $sender (String) - the sender's fingerprint
# $seq (Number) - the envelope's number
error--envelope-fork = ซองข้อมูล { $seq } จาก { $sender } ไม่ได้ต่อจากซองข้อมูลที่นำไปใช้ก่อนหน้า สายข้อมูลถูกเขียนใหม่ ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $stream (String) - the fingerprint whose stream it was found in
# $sender (String) - the fingerprint that signed it
error--envelope-wrong-stream = พบซองข้อมูลที่ลงนามโดย { $sender } ในสายข้อมูลของ { $stream } ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $name (String) - the attachment's name
error--envelope-bad-attachment-name = ชื่อไฟล์แนบ “{ $name }” อาจชี้ออกไปนอกโฟลเดอร์ของตัวเอง ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $name (String) - the attachment's name
error--envelope-attachment-mismatch = ไฟล์แนบ “{ $name }” ไม่ใช่ไฟล์ที่ซองข้อมูลระบุไว้ ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $seq (Number) - the envelope's number
error--envelope-missing = ซองข้อมูล { $seq } หายไปจากสายข้อมูล แม้ส่วนต้นของสายข้อมูลจะระบุว่ามีอยู่ ไม่มีการนำซองข้อมูลที่ตามมาไปใช้
# $kind (String) - the kind of envelope
error--envelope-unknown-kind = Caravan เวอร์ชันนี้อ่านซองข้อมูลประเภท “{ $kind }” ไม่ได้ โปรดอัปเดต Caravan เพื่ออ่านซองข้อมูลเหล่านี้ ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $detail (String) - what is wrong, in English from the program
error--card-malformed = นี่ไม่ใช่บัตรสมาชิกที่ Caravan อ่านได้ ({ $detail }) ไม่มีการจัดเก็บข้อมูลใด ๆ
error--card-bad-signature = ลายเซ็นของบัตรสมาชิกไม่ตรงกับกุญแจในบัตร บัตรนี้ถูกแก้ไข ไม่มีการจัดเก็บข้อมูลใด ๆ
# $member (String) - the member's short name
error--card-not-a-rotation = บัตรของ “{ $member }” ระบุกุญแจใหม่ แต่ไม่ได้ลงนามด้วยกุญแจปัจจุบันของสมาชิก โปรดเทียบลายนิ้วมือกับสมาชิกก่อนเชื่อถือบัตรนี้ ไม่มีการจัดเก็บข้อมูลใด ๆ
# $member (String) - the member's short name
error--card-is-own = บัตรของ “{ $member }” เป็นบัตรของโปรไฟล์นี้เอง
# $value (String) - the fingerprint as typed
error--fingerprint-invalid = “{ $value }” ไม่ใช่ลายนิ้วมือ มีอักขระที่ผิดหรือขาดหายไป
# $member (String) - the member's short name
error--fingerprint-mismatch = ลายนิ้วมือที่ให้มาไม่ตรงกับลายนิ้วมือบนบัตรของ “{ $member }” อย่าเชื่อถือบัตรนี้จนกว่าจะทราบสาเหตุ ไม่มีการเปลี่ยนแปลงใด ๆ
error--identity-passphrase-wrong = เปิดกุญแจไม่ได้ เนื่องจากวลีรหัสผ่านไม่ถูกต้อง
error--identity-passphrase-needed = กุญแจของโปรไฟล์นี้ผนึกด้วยวลีรหัสผ่าน โปรดระบุวลีรหัสผ่าน (ในสคริปต์ให้ใช้ CARAVAN_PASSPHRASE)
error--identity-keychain-unavailable = กุญแจของโปรไฟล์นี้เก็บไว้ในพวงกุญแจของระบบ ซึ่งไม่ตอบสนอง โปรดปลดล็อกพวงกุญแจแล้วลองอีกครั้ง
error--identity-missing = โปรไฟล์นี้ยังไม่มีตัวตน โปรดสร้างตัวตนก่อน (caravan identity init)
error--identity-exists = โปรไฟล์นี้มีตัวตนอยู่แล้ว หากต้องการเปลี่ยนกุญแจ ให้หมุนเวียนกุญแจ (caravan identity rotate)
# $member (String) - the member's short name
error--member-not-found = ไม่มีสมาชิก “{ $member }”
# $member (String) - the member's short name
error--member-no-card = ไม่มีบัตรของสมาชิก “{ $member }” โปรดนำเข้าบัตรของสมาชิกก่อน
error--exchange-no-recipients = ไม่มีบัตรสมาชิกของผู้รับรายใดให้ส่งถึง โปรดนำเข้าบัตรของสมาชิกก่อน
# $id (Number) - the exchange point's number
error--exchange-point-not-found = ไม่มีจุดแลกเปลี่ยนหมายเลข { $id }
# $url (String) - the exchange point or file
# $reason (String) - what went wrong, from the system
error--exchange-unreachable = เชื่อมต่อ { $url } ไม่ได้: { $reason } ส่วนที่นำไปใช้แล้วยังคงอยู่ โปรดลองอีกครั้ง
# $url (String) - the address asked
# $status (Number) - the HTTP status code
error--exchange-http = { $url } ตอบกลับด้วยรหัสสถานะ HTTP { $status } ส่วนที่นำไปใช้แล้วยังคงอยู่ โปรดลองอีกครั้ง
# $url (String) - the exchange point
error--exchange-read-only = { $url } อ่านได้แต่เขียนไม่ได้ การเผยแพร่ต้องใช้เซิร์ฟเวอร์ WebDAV หรือโฟลเดอร์
# $path (String) - the envelope's place at the point
error--stream-conflict = มีซองข้อมูลอื่นอยู่ที่ { $path } แล้ว สายข้อมูลของโปรไฟล์นี้ถูกเผยแพร่จากสำเนาอื่นของโปรไฟล์ ไม่มีการเขียนทับข้อมูลใด ๆ
error--exchange-no-points = ยังไม่ได้ตั้งค่าจุดแลกเปลี่ยน โปรดเพิ่มโฟลเดอร์หรือที่อยู่ที่พันธมิตรใช้แลกเปลี่ยนข้อมูล (caravan exchange points add)
# $file (String) - the file named
# $reason (String) - what went wrong, from the system
error--file-unreadable = อ่าน { $file } ไม่ได้: { $reason } ไม่มีการจัดเก็บข้อมูลใด ๆ

## Recommendations, rights and catalogues between members.
# $member (String) - the member's short name
error--member-revoked = กุญแจของ “{ $member }” ถูกเพิกถอนแล้ว จะไม่รับข้อมูลใดที่กุญแจนี้ลงนามอีก โปรดนำเข้าและยืนยันบัตรใหม่ของสมาชิก ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $id (Number) - the recommendation's number
error--recommendation-not-found = ไม่มีการแนะนำหมายเลข { $id } ที่โปรไฟล์นี้ได้รับ
# $uid (String) - the recommendation's name, the same on both sides
error--recommendation-unknown = คำตอบนี้เกี่ยวกับการแนะนำ { $uid } ซึ่งโปรไฟล์นี้ไม่ได้ส่งถึงสมาชิกรายนั้น ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $uid (String) - the recommendation's name
error--recommendation-duplicate = การแนะนำ { $uid } เคยมาถึงแล้ว จึงไม่รับซ้ำ
# $from (String) - the state it is in, from recommendation-state--*
# $to (String) - the state asked for
error--recommendation-state-invalid = การแนะนำที่อยู่ในสถานะ “{ $from }” เปลี่ยนเป็น “{ $to }” ไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ
# $detail (String) - what is wrong, in English from the program
error--recommendation-malformed = การแนะนำนี้ไม่ใช่แบบที่ Caravan อ่านได้ ({ $detail }) ไม่มีการจัดเก็บข้อมูลใด ๆ
error--person-no-name = ต้องระบุชื่อบุคคลอย่างน้อยในระบบอักษรหนึ่ง ไม่มีการส่งข้อมูลใด ๆ
error--recommendation-edition-needed = โปรดระบุครั้งการจัดที่จะลงผลงาน (และหมวด หากต้องการ)
# $value (String) - the date as given
error--date-invalid = “{ $value }” ไม่ใช่วันที่ หรือไม่ใช่ช่วงเวลาที่สิ้นสุดหลังวันเริ่มต้น โปรดเขียนวันที่ในรูปแบบ YYYY-MM-DD
# $id (Number) - the entry's number
error--catalogue-entry-not-found = ไม่มีรายการในแคตตาล็อกหมายเลข { $id }
# $member (String) - the member's short name
# $territory (String) - the member's country (ISO code)
warning--rights-not-covered = สิทธิ์การฉายของผลงานไม่ครอบคลุม { $territory } ซึ่งเป็นอาณาเขตของ “{ $member }”
# $alliance (String) - the alliance's short name
error--alliance-not-found = ไม่มีพันธมิตร “{ $alliance }”
error--alliance-needed = ระดับสมาชิกภาพหรือวันที่เข้าร่วมเป็นข้อมูลของสมาชิกภาพ โปรดระบุพันธมิตร
# $alliance (String) - the alliance's short name
# $tier (String) - the tier as written
error--tier-unknown = “{ $tier }” ไม่ใช่ระดับสมาชิกภาพของพันธมิตร “{ $alliance }” ไม่มีการเปลี่ยนแปลงใด ๆ
# $what (String) - what was too long, already localised
# $limit (Number) - the most it may be
error--text-too-long = ช่อง “{ $what }” ยาวเกินขีดจำกัด { $limit } ไม่มีการเปลี่ยนแปลงใด ๆ
# $what (String) - what carries the texts, already localised
# $limit (Number) - the most languages allowed
error--too-many-languages = ช่อง “{ $what }” เขียนไว้มากกว่า { $limit } ภาษา ไม่มีการเปลี่ยนแปลงใด ๆ
# $kind (String) - the kind of contact, already localised
# $value (String) - the contact as written
error--contact-invalid = “{ $value }” ไม่ใช่ช่องทางติดต่อประเภท “{ $kind }” ที่ถูกต้อง ไม่มีการเปลี่ยนแปลงใด ๆ
# $alliance (String) - the alliance's short name
# $member (String) - the member that published or sent the registry
# $secretariat (String) - the member this copy knows as the secretariat, or nothing
error--registry-not-secretariat = ในสำเนานี้ “{ $member }” ไม่ใช่สำนักเลขาธิการของพันธมิตร “{ $alliance }” จึงไม่ใช้ทะเบียนที่ส่งมา ไม่มีการเปลี่ยนแปลงใด ๆ
# $detail (String) - what was wrong, in technical terms
error--registry-malformed = ทะเบียนมีรูปแบบไม่ถูกต้อง ({ $detail }) ไม่มีการนำข้อมูลใด ๆ ไปใช้
# $id (Number) - the application's number
error--application-not-found = ไม่มีใบสมัครหมายเลข { $id }
# $id (Number) - the application's number
error--application-decided = ใบสมัครหมายเลข { $id } มีผลการตัดสินแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
# $member (String) - the applicant's short name
error--application-exists = “{ $member }” มีใบสมัครที่รอพิจารณาอยู่แล้ว
# $member (String) - the applicant's short name
# $alliance (String) - the alliance's short name
error--application-member-exists = “{ $member }” เป็นสมาชิกของพันธมิตร “{ $alliance }” อยู่แล้ว
# $alliance (String) - the alliance's short name
# $criterion (String) - the criterion as written
error--criterion-unknown = “{ $criterion }” ไม่ใช่เกณฑ์การรับเข้าของพันธมิตร “{ $alliance }” ไม่มีการเปลี่ยนแปลงใด ๆ
# $member (String) - the member's short name
# $alliance (String) - the alliance's short name
error--sponsor-not-member = ผู้รับรองใบสมัครต้องเป็นสมาชิกของพันธมิตร แต่ “{ $member }” ไม่ได้เป็นสมาชิกของ “{ $alliance }” ไม่มีการเปลี่ยนแปลงใด ๆ
# $for (Number) - votes for
# $against (Number) - votes against
error--decision-votes-contradict = การรับเข้าต้องมีเสียงเห็นด้วยมากกว่าไม่เห็นด้วย เห็นด้วย { $for } เสียงและไม่เห็นด้วย { $against } เสียงจึงรับเข้าไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ
# $value (String) - the section's short name
error--section-ambiguous = มีหลายครั้งการจัดที่มีหมวด “{ $value }” โปรดระบุครั้งการจัด
# $section (String) - the section's short name
# $round (Number) - the round
error--round-not-found = หมวด “{ $section }” ไม่มีรอบที่ { $round }
error--shortlist-first-round = รอบแรกไม่มีรอบก่อนหน้าให้นำรายชื่อผ่านเข้ารอบมาใช้
# $value (String) - the juror's email
error--juror-not-found = ไม่มีกรรมการ “{ $value }”
# $value (String) - the person's name
error--person-not-found = ไม่มีผู้ใดชื่อ “{ $value }” ในเครดิตของผลงานใดเลย
# $criterion (String) - the criterion's short name
# $value (Number) - the score given
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
error--score-off-scale = { $value } ไม่ใช่คะแนนของ “{ $criterion }” ซึ่งให้คะแนนได้ตั้งแต่ { $min } ถึง { $max } โดยเพิ่มทีละ { $step } ไม่มีการเปลี่ยนแปลงใด ๆ
# $min (Number) - the lowest score
# $max (Number) - the highest score
# $step (Number) - the step
# $weight (Number) - the weight
error--scale-invalid = มาตราคะแนนต้องเริ่มจากคะแนนต่ำสุดไปยังคะแนนสูงสุดที่มากกว่า โดยเพิ่มทีละค่าบวก และมีน้ำหนักเป็นค่าบวก { $min } ถึง { $max } เพิ่มทีละ { $step } น้ำหนัก { $weight } จึงใช้ไม่ได้
error--reviews-per-entry-zero = ผลงานเข้าร่วมแต่ละรายการต้องได้รับการประเมินอย่างน้อยหนึ่งครั้ง
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--not-assigned = “{ $juror }” ไม่ได้รับมอบหมายผลงาน { $work } ไม่มีการเปลี่ยนแปลงใด ๆ
# $value (String) - the criterion as written
error--criterion-not-found = แบบประเมินไม่มีเกณฑ์ “{ $value }” ไม่มีการเปลี่ยนแปลงใด ๆ
# $value (String) - what was wrong
error--scores-file-invalid = อ่านไฟล์คะแนนไม่ได้: { $value } ไม่มีการเปลี่ยนแปลงใด ๆ
# $value (String) - the value as written
error--score-not-a-number = “{ $value }” ไม่ใช่ตัวเลข
# $juror (String) - the juror's email
# $work (Number) - the work's id
# $criterion (String) - the criterion
error--score-duplicate = “{ $juror }” ให้คะแนน “{ $criterion }” ของผลงาน { $work } สองครั้งในไฟล์นี้
# $count (Number) - how many rows were refused
error--scores-rejected = มีแถวในไฟล์ถูกปฏิเสธ { $count } แถว จึงไม่มีการนำเข้าข้อมูลใด ๆ
# $section (String) - the section's short name
# $round (Number) - the round
error--rubric-empty = รอบที่ { $round } ของ “{ $section }” ยังไม่มีแบบประเมิน โปรดเพิ่มเกณฑ์ก่อน
# $work (Number) - the work's id
# $section (String) - the section's short name
# $round (Number) - the round
error--entry-not-in-round = ผลงาน { $work } ไม่ได้เป็นผลงานเข้าร่วมในรอบที่ { $round } ของ “{ $section }”
# $juror (String) - the juror's email
# $section (String) - the section's short name
error--juror-not-on-jury = “{ $juror }” ไม่ได้อยู่ในคณะกรรมการของ “{ $section }”
# $juror (String) - the juror's email
# $work (Number) - the work's id
error--conflicted-pair = “{ $juror }” มีผลประโยชน์ทับซ้อนกับผลงาน { $work } คู่นี้จะไม่ถูกมอบหมาย ไม่ให้คะแนน และไม่นำมานับเลย ไม่มีการเปลี่ยนแปลงใด ๆ
# $value (String) - the juror's email
error--juror-no-card = “{ $value }” ยังไม่ได้ให้บัตรสมาชิก โปรดเพิ่มบัตรด้วย “jury juror add … --card FILE” เพื่อให้ผนึกชุดพิจารณาสำหรับกรรมการคนนี้เท่านั้นได้
# $value (String) - the juror's email
error--juror-no-entries = “{ $value }” ยังไม่ได้รับมอบหมายผลงานเข้าร่วมใด จึงไม่มีอะไรให้ใส่ในชุดพิจารณา
# $value (String) - the kind the file holds
error--packet-wrong-kind = ไฟล์นี้มีซองข้อมูลประเภท “{ $value }” ไม่ใช่ประเภทที่ต้องการ ไม่มีการเปลี่ยนแปลงใด ๆ
error--no-packet = ยังไม่ได้เปิดชุดพิจารณาใดในโปรไฟล์นี้ โปรดเปิดชุดพิจารณาของประธานก่อน
error--sheet-unknown-juror = ใบให้คะแนนลงนามด้วยกุญแจที่ไม่มีบัตรของกรรมการคนใดระบุ ไม่มีการเปลี่ยนแปลงใด ๆ
# $value (String) - the award's short name
error--award-not-found = ไม่มีรางวัล “{ $value }”
# $value (String) - the award's short name
error--award-decided = รางวัล “{ $value }” มีผู้ชนะแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
# $award (String) - the award's short name
# $work (Number) - the work's id
error--award-work-taken = ผลงาน { $work } ได้รับรางวัลอื่นของครั้งการจัดนี้แล้ว จึงรับ “{ $award }” อีกไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ
# $voter (String) - the voter's email
# $round (Number) - the ballot round
error--vote-duplicate = “{ $voter }” ลงคะแนนเสียงในรอบที่ { $round } แล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
# $award (String) - the award's short name
# $round (Number) - the ballot round
error--ballot-empty = ยังไม่มีผู้ใดลงคะแนนเสียงให้ “{ $award }” ในรอบที่ { $round }
# $value (String) - the file given
error--screener-not-video = “{ $value }” ไม่ใช่ไฟล์วิดีโอที่ใช้เป็นสกรีนเนอร์ได้ (WebM, MP4, M4V, MKV, MOV หรือ OGV) ไม่มีการเปลี่ยนแปลงใด ๆ

## Import warnings: the row was imported, and this deserves a look

# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-country = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ประเทศที่ Caravan รู้จัก จึงเก็บไว้ตามที่เขียนและทำเครื่องหมายที่ผลงาน
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest country Caravan knows
warning--unknown-country--suggestion = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ประเทศที่ Caravan รู้จัก หมายถึง { $suggestion } ใช่หรือไม่ ค่านี้เก็บไว้ตามที่เขียนและทำเครื่องหมายที่ผลงาน
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-language = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ภาษาที่ Caravan รู้จัก จึงเก็บไว้ตามที่เขียนและทำเครื่องหมายที่ผลงาน
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - the closest language Caravan knows
warning--unknown-language--suggestion = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่ภาษาที่ Caravan รู้จัก หมายถึง { $suggestion } ใช่หรือไม่ ค่านี้เก็บไว้ตามที่เขียนและทำเครื่องหมายที่ผลงาน
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the value as written
# $suggestion (String) - empty here
warning--unknown-status = บรรทัด { $line } คอลัมน์ “{ $column }”: “{ $value }” ไม่ใช่สถานะการส่งผลงานที่ Caravan รู้จัก ผลงานเข้าร่วมยังคงอยู่ระหว่างพิจารณา สถานะเก็บไว้ตามที่เขียน และทำเครื่องหมายที่ผลงาน
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the cell, its control characters shown as escapes
# $suggestion (String) - empty here
warning--cell-control-characters = บรรทัด { $line } คอลัมน์ “{ $column }”: เซลล์มีอักขระควบคุม (เช่น NUL) ซึ่งถูกนำออกแล้ว: { $value }
# $line (Number) - line in the file
# $column (String) - the column's header
# $value (String) - the ISRC
# $suggestion (String) - empty here
warning--unknown-isrc-prefix = บรรทัด { $line } ที่ { $column }: ISRC { $value } ขึ้นต้นด้วยรหัสนำหน้าที่ Caravan ยังไม่รู้จัก จึงเก็บไว้ตามที่เขียน หากดูไม่ถูกต้อง โปรดตรวจสอบกับค่ายเพลง

# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-isrc = บรรทัด { $line } ที่ { $column }: มีรีซอร์สที่สองที่ใช้ ISRC { $value } จึงนำเข้าเฉพาะรายการแรกและละรายการนี้ไว้
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-duplicate-id = บรรทัด { $line } ที่ { $column }: มีรีซอร์สที่สองที่ใช้รหัสระบุ { $value } จึงนำเข้าเฉพาะรายการแรกและละรายการนี้ไว้
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-unknown-isrc-prefix = บรรทัด { $line } ที่ { $column }: ISRC { $value } ขึ้นต้นด้วยรหัสนำหน้าที่ Caravan ยังไม่รู้จัก จึงเก็บไว้ตามที่เขียน หากดูไม่ถูกต้อง โปรดตรวจสอบกับค่ายเพลง
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-resource-without-id = บรรทัด { $line } ที่ { $column }: รีซอร์สเสริม { $value } ไม่มีรหัสระบุ จึงถูกละไว้ ส่วนที่เหลือของชุดข้อมูลที่ส่งมานำเข้าแล้ว
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-isan = บรรทัด { $line } ที่ { $column }: “{ $value }” ไม่ใช่ ISAN ที่ถูกต้อง จึงนำเข้ารีซอร์สโดยไม่มีค่านี้
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-bad-eidr = บรรทัด { $line } ที่ { $column }: “{ $value }” ไม่ใช่ EIDR ที่ถูกต้อง จึงนำเข้ารีซอร์สโดยไม่มีค่านี้
# $line (Number) - line in the file
# $column (String) - the element's path
# $value (String) - the value concerned
# $suggestion (String) - empty here
warning--ddex-version-mismatch = บรรทัด { $line } ที่ { $column }: ข้อความระบุว่าเป็น { $value } แต่เนมสเปซระบุ ERN เวอร์ชันอื่น จึงอ่านตามเนมสเปซ
