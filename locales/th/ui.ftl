# The window.

app--name = Caravan
app--tagline = การคัดสรรผลงานเทศกาล

nav--works = ผลงาน
settings--language = ภาษาของอินเทอร์เฟซ

works--heading = ผลงาน
# $count (Number) - how many works the list holds
works--count = ผลงาน { $count } รายการ
works--column-title = ชื่อผลงาน
works--column-original = ชื่อต้นฉบับ
works--column-kind = ประเภท
works--column-year = ปี
works--column-poster = โปสเตอร์
works--empty = ยังไม่มีผลงาน
works--loading = กำลังโหลด…

work--back = กลับไปที่รายการผลงาน
work--no-synopsis = ยังไม่มีเรื่องย่อ
# $lang (String) - the BCP 47 tag of the text
work--lang-tag = แท็กภาษา: { $lang }

error--heading = เกิดข้อผิดพลาด
error--dismiss = ปิด

media--drop-hint = ลากโปสเตอร์ ภาพนิ่ง หรือภาพปกมาวางที่นี่เพื่อเพิ่ม
# $done (Number) - images handled so far
# $total (Number) - images dropped
media--progress = กำลังเพิ่มภาพ: { $done } จาก { $total }
media--none = ยังไม่มีภาพ
media--kind-label = ประเภทของภาพที่ลากมาวาง

nav--label = ส่วนต่าง ๆ ของแอปพลิเคชัน
nav--submissions = การส่งผลงาน
nav--duplicates = ผลงานซ้ำ

search--placeholder = ค้นหาชื่อผลงาน ผู้กำกับ ศิลปิน…
search--label = ค้นหาผลงานในทุกภาษาหรือระบบอักษร
search--none = ไม่พบรายการใด
search--results = ผลงานที่พบ

submissions--edition = ครั้งการจัด
submissions--tab-table = ตาราง
submissions--tab-stats = สถิติ
submissions--column-section = หมวด
submissions--column-status = สถานะ
submissions--column-judging = การพิจารณา
submissions--column-countries = ประเทศ
submissions--column-languages = ภาษา
# $title (String) - the title of the submitted work
submissions--select-row = เลือก “{ $title }”
submissions--select-shown = เลือกทั้งหมดที่แสดง
submissions--empty = ไม่มีการส่งผลงานที่ตรงตามเงื่อนไข
submissions--views = มุมมองการส่งผลงานของครั้งการจัด
submissions--column-selected = เลือกแล้ว
# $total (Number) - the submissions that pass the filters
submissions--count-shown = แสดงการส่งผลงาน { $total } รายการ
# $count (Number) - rows selected
submissions--selected = เลือกแล้ว { $count } รายการ
filter--label = ตัวกรอง
filter--any-status = ทุกสถานะ
filter--any-judging = ทุกผลการพิจารณา
filter--text = คำในชื่อผลงานหรือชื่อบุคคล
filter--any-section = ทุกหมวด
filter--any-country = ทุกประเทศ
filter--any-language = ทุกภาษา
bulk--label = เปลี่ยนการส่งผลงานที่เลือก
bulk--status = สถานะใหม่
bulk--judging = ผลการพิจารณาใหม่
bulk--status-unchanged = สถานะ: คงเดิม
bulk--judging-unchanged = การพิจารณา: คงเดิม
bulk--apply = ใช้กับรายการที่เลือก
# $count (Number) - submissions the last change touched
bulk--undo = ยกเลิกการเปลี่ยนแปลงของการส่งผลงาน { $count } รายการ

import--open = นำเข้า…
import--heading = นำเข้าการส่งผลงาน
import--kind = ประเภทไฟล์
import--kind-filmfreeway = ไฟล์ส่งออกจาก FilmFreeway (CSV หรือข้อความ Unicode)
import--kind-ddex = รีลีส DDEX (ERN XML)
import--path-label = ไฟล์ที่จะนำเข้า
import--path-placeholder = พาธของไฟล์ หรือลากไฟล์มาวางบนหน้าต่าง
import--kind-table = สเปรดชีตใดก็ได้ (CSV หรือ XLSX) ผ่านการจับคู่คอลัมน์
import--files-all = สเปรดชีตและข้อความ DDEX
import--browse = เลือกไฟล์…
import--encoding = การเข้ารหัส
import--encoding-detect = ตรวจหาอัตโนมัติ
import--mapping-name = ชื่อการจับคู่
import--mapping-saved = การจับคู่ที่บันทึกไว้
import--mapping-choose = ใช้การจับคู่ที่บันทึกไว้…
# $encoding (String) - the encoding's name, such as windows-1251
import--read-as = อ่านด้วยการเข้ารหัส { $encoding }
# $column (String) - the column's header
import--target-of = ข้อมูลที่คอลัมน์ “{ $column }” เก็บไว้
import--target-field = เก็บเป็นช่องข้อมูล
import--target-id = รหัส (ใช้หาผลงานเดิมอีกครั้ง)
import--target-title = ชื่อผลงาน
import--target-original-title = ชื่อต้นฉบับ
import--target-original-language = ภาษาของชื่อต้นฉบับ
import--target-synopsis = เรื่องย่อ (ภาษาอังกฤษ)
import--target-original-synopsis = เรื่องย่อ (ภาษาต้นฉบับ)
import--target-directors = ผู้กำกับ
import--target-writers = ผู้เขียนบท
import--target-producers = ผู้อำนวยการสร้าง
import--target-cast = นักแสดง
import--target-countries = ประเทศ
import--target-languages = ภาษา
import--target-year = ปี
import--target-runtime = ความยาว
import--target-completion-date = วันที่สร้างเสร็จ
import--target-genres = แนว
import--target-category = หมวดที่สมัคร (หมวด)
import--target-status = สถานะการส่งผลงาน
import--target-judging = สถานะการพิจารณา
import--target-submission-date = วันที่ส่งผลงาน
import--target-isan = รหัส ISAN
import--target-eidr = รหัส EIDR
import--target-isrc = รหัส ISRC
import--target-iswc = รหัส ISWC
import--target-ignore = ไม่นำเข้า
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
import--skipped = ไม่ได้นำเข้าเพราะไม่ใช่ผลงาน: { $count } × { $kind }
# $count (Number) - how many warnings there were in all
import--warnings = คำเตือน { $count } รายการ: แถวเหล่านี้นำเข้าแล้ว แต่ควรตรวจดูอีกครั้ง
import--column-warning = คำเตือน
# $value (String) - the value as the file wrote it
# $suggestion (String) - the closest known value
import--treat-as = ถือว่า “{ $value }” คือ { $suggestion }
# $value (String) - the value as the file wrote it
# $suggestion (String) - the known value it now means
# $works (Number) - how many works were resolved
import--treated = ตอนนี้ “{ $value }” หมายถึง { $suggestion } ทั้งที่นี่และในการนำเข้าทุกครั้งต่อไป (ปรับค่าผลงานแล้ว { $works } รายการ)
import--partial = นำเข้าแถวที่ถูกต้อง แม้บางแถวจะถูกปฏิเสธ
import--dry-run = ตรวจสอบเท่านั้น ไม่จัดเก็บข้อมูล
import--run = นำเข้า
# $rows (Number) - rows read so far
import--progress = อ่านแล้ว { $rows } แถว
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary = นำเข้าใหม่ { $imported } รายการ อัปเดต { $updated } รายการ คงเดิม { $unchanged } รายการ ปฏิเสธ { $rejected } รายการ
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
import--summary-dry-run = ตรวจสอบแล้ว ไม่มีการจัดเก็บข้อมูล จะนำเข้าใหม่ { $imported } รายการ อัปเดต { $updated } รายการ คงเดิม { $unchanged } รายการ และปฏิเสธ { $rejected } รายการ
# $count (Number) - problems found
import--refused = ไม่มีการนำเข้าข้อมูลใด ๆ ต้องแก้ไขปัญหา { $count } รายการก่อน
import--column-line = บรรทัด
import--column-column = คอลัมน์
import--column-problem = ปัญหา

export--label = ส่งออก:
export--format-csv = ไฟล์ CSV
export--format-xlsx = เวิร์กบุ๊ก Excel (XLSX)
export--format-json = ไฟล์ JSON
# $path (String) - the file written
export--done = ส่งออกไปที่ { $path } แล้ว

stats--by-country = ผลงานเข้าร่วมตามประเทศ
stats--by-language = ผลงานเข้าร่วมตามภาษา
stats--by-genre = ผลงานเข้าร่วมตามแนว
stats--by-status = ผลงานเข้าร่วมตามสถานะ
# $count (Number) - entries in the edition
stats--total = ผลงานเข้าร่วม { $count } รายการ

duplicates--heading = ผลงานที่น่าจะซ้ำกัน
duplicates--none = ไม่มีผลงานที่น่าจะซ้ำกัน
# $id (Number) - the work to keep
duplicates--keep = รวม โดยเก็บ #{ $id } ไว้
duplicates--dismiss = ไม่ใช่ผลงานเดียวกัน
# $score (Number) - likeness from 0 to 1
duplicates--score = ความคล้าย { $score }
# $shown (Number) - pairs listed so far
# $total (Number) - all pairs found
duplicates--count = { $shown } จาก { $total } คู่
duplicates--more = แสดงคู่เพิ่มเติม
# $keep (Number) - the work kept
# $other (Number) - the work merged into it and removed
duplicates--confirm = รวมผลงาน #{ $other } เข้ากับผลงาน #{ $keep } ใช่หรือไม่ ชื่อผลงาน เรื่องย่อ เครดิต รหัสระบุ ภาพ และการส่งผลงานทั้งหมดของ #{ $other } จะย้ายไปที่ #{ $keep } และ #{ $other } จะถูกลบ การดำเนินการนี้ย้อนกลับไม่ได้
duplicates--merge = รวม

edit--add-language = เพิ่มภาษา
edit--edit = แก้ไข
edit--remove = ลบ
# $language (String) - the language's name
edit--edit-language = แก้ไขชื่อผลงานและเรื่องย่อ ({ $language })
# $language (String) - the language's name
edit--remove-language = ลบชื่อผลงานและเรื่องย่อ ({ $language })
edit--tag = แท็กภาษา
edit--tag-placeholder = แท็ก BCP 47 เช่น fr หรือ zh-Hant
edit--title = ชื่อผลงาน
edit--synopsis = เรื่องย่อ
edit--original = นี่คือต้นฉบับ
edit--save = บันทึก
edit--cancel = ยกเลิก

identifier--add = เพิ่มรหัสระบุ
identifier--placeholder = ISAN, EIDR, ISRC หรือ ISWC

## The alliance: this profile's identity, the members' cards, exchange points, notes, sync.
nav--alliance = พันธมิตร
alliance--heading = การแลกเปลี่ยนในพันธมิตร
alliance--identity = โปรไฟล์นี้
alliance--identity-none = โปรไฟล์นี้ยังไม่มีตัวตน โปรดสร้างตัวตนเพื่อแลกเปลี่ยนข้อมูลกับสมาชิกรายอื่น กุญแจจะอยู่ในคอมพิวเตอร์เครื่องนี้เท่านั้น
alliance--identity-name = ชื่อเทศกาล
alliance--identity-member = ชื่อย่อของสมาชิก (ตามทะเบียนของพันธมิตร)
alliance--identity-country = ประเทศ (รหัส ISO สองตัวอักษร)
alliance--passphrase = วลีรหัสผ่าน
alliance--passphrase-hint = ใช้เฉพาะเมื่อไม่มีพวงกุญแจของระบบ เพื่อผนึกกุญแจ โปรดเก็บรักษาไว้ หากไม่มีวลีรหัสผ่านจะเปิดกุญแจไม่ได้
alliance--identity-make = สร้างกุญแจ
alliance--fingerprint = ลายนิ้วมือ สำหรับอ่านให้สมาชิกรายอื่นฟัง
alliance--qr-label = ลายนิ้วมือในรูปแบบคิวอาร์โค้ด
alliance--sealed-in-keychain = กุญแจเก็บไว้ในพวงกุญแจของระบบ
alliance--sealed-in-passphrase = กุญแจผนึกด้วยวลีรหัสผ่าน
alliance--write-card = บันทึกบัตรสมาชิก
alliance--card-written = บันทึกบัตรสมาชิกไว้ที่
alliance--members = สมาชิก
alliance--members-none = ยังไม่มีสมาชิก
alliance--country-unknown = ไม่ได้ระบุประเทศ
alliance--card-path = พาธของบัตรสมาชิก (.json)
alliance--import-card = นำเข้าบัตรสมาชิก
# $member (String) - the member's name
alliance--card-imported = นำเข้าบัตรของ { $member } แล้ว
# $member (String) - the member's name
alliance--card-rotated = นำเข้าบัตรของ { $member } แล้ว กุญแจถูกแทนที่ และกุญแจเดิมได้ลงนามรับรองกุญแจใหม่
alliance--compare = อ่านลายนิ้วมือนี้ให้สมาชิกฟังทางโทรศัพท์ หรือเทียบกันต่อหน้า ก่อนเชื่อถือบัตร:
alliance--verify = ทำเครื่องหมายว่ายืนยันแล้ว
alliance--verify-typed = ลายนิ้วมือตามที่สมาชิกอ่าน
alliance--points = จุดแลกเปลี่ยน
alliance--points-none = ยังไม่มีจุดแลกเปลี่ยน โปรดเพิ่มโฟลเดอร์หรือที่อยู่เว็บที่พันธมิตรใช้แลกเปลี่ยนข้อมูล
alliance--point-location = โฟลเดอร์หรือที่อยู่ (https://…)
alliance--point-name = ชื่อ (ไม่บังคับ)
alliance--point-add = เพิ่ม
alliance--point-remove = ลบ
alliance--sync = ซิงค์
alliance--sync-button = ซิงค์เดี๋ยวนี้
# $done (Number) - envelopes written so far
# $total (Number) - envelopes to write
alliance--sync-publish = กำลังเผยแพร่: ซองข้อมูล { $done } จาก { $total }
# $done (Number) - envelopes read so far
# $total (Number) - envelopes to read
alliance--sync-pull = กำลังดึงข้อมูล: ซองข้อมูล { $done } จาก { $total }
alliance--unlock = เปิดกุญแจ
alliance--sync-log = สิ่งที่การซิงค์ครั้งล่าสุดทำ
# $published (Number) - envelopes written
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes for other members, passed over
# $refused (Number) - envelopes refused
alliance--sync-summary = ส่งแล้ว { $published } ซอง นำไปใช้ { $applied } ซอง ข้าม (สำหรับสมาชิกอื่น) { $skipped } ซอง ปฏิเสธ { $refused } ซอง
# $seq (Number) - the envelope's number in its sender's stream
# $kind (String) - the kind of envelope
alliance--log-applied = นำซองข้อมูล { $seq } ({ $kind }) ไปใช้แล้ว จาก
# $seq (Number) - the envelope's number
# $kind (String) - the kind of envelope
alliance--log-passed = ข้ามซองข้อมูล { $seq } ({ $kind }) ซึ่งเป็นของสมาชิกอื่น จาก
# $seq (Number) - the envelope's number
alliance--log-refused = ปฏิเสธซองข้อมูล { $seq } จาก
alliance--notes = โน้ต
alliance--note-to = ถึง
alliance--note-no-cards = นำเข้าบัตรของสมาชิกเพื่อเขียนถึงสมาชิกรายนั้น
alliance--note-to-all = ไม่ได้เลือกผู้รับ โน้ตจะส่งถึงสมาชิกทุกรายที่มีบัตรอยู่
alliance--note-text = เนื้อความของโน้ต
alliance--note-send = ผนึกและรอส่ง
# $seq (Number) - the envelope's number in this profile's stream
alliance--note-sent = ผนึกโน้ต { $seq } แล้ว โน้ตจะส่งไปพร้อมการซิงค์ครั้งถัดไป
alliance--notes-none = ยังไม่มีโน้ต
envelope-kind--note = โน้ต
envelope-kind--card = บัตรสมาชิก
envelope-kind--recommendation = การแนะนำ
envelope-kind--recommendation-state = คำตอบต่อการแนะนำ
envelope-kind--catalogue = แคตตาล็อก
recommendations--heading = การแนะนำ
recommendations--inbox = ได้รับ
recommendations--outbox = ส่งแล้ว
recommendations--none = ยังไม่มี
recommendations--from = จาก
recommendations--to = ถึง
recommendations--history = ประวัติ
recommendations--edition = ครั้งการจัดที่จะลงผลงาน
recommendations--section = หมวด
recommendations--section-suggested = หมวดที่เสนอ
recommendations--accept = ตอบรับ
recommendations--reason = เหตุผลที่ปฏิเสธ
recommendations--decline = ปฏิเสธ
recommendations--program = ทำเครื่องหมายว่าบรรจุในโปรแกรมแล้ว
recommendations--person = แนะนำกรรมการตัดสินหรือแขกรับเชิญ
recommendations--person-name = ชื่อ
recommendations--person-as = ในฐานะ
recommendations--note = ข้อความถึงสมาชิก
recommendations--send = แนะนำ
catalogues--heading = แคตตาล็อก
catalogues--publish = เผยแพร่แคตตาล็อกของเทศกาลนี้
# $count (Number) - works in the catalogue
catalogues--published = ผนึกแคตตาล็อกผลงาน { $count } รายการแล้ว แคตตาล็อกจะส่งไปพร้อมการซิงค์ครั้งถัดไป
# $member (String) - the member's short name
# $count (Number) - entries held
catalogues--size = { $member }: { $count } รายการ
catalogues--none = ยังไม่มีแคตตาล็อกของสมาชิกรายใดมาถึง
catalogues--search = ค้นหาในแคตตาล็อก ในระบบอักษรใดก็ได้
# $edition (String) - the edition's name
catalogues--take = เพิ่มเข้าใน { $edition }
# $edition (String) - the edition's name
catalogues--taken = เพิ่มเข้าใน { $edition } แล้ว
recommend--heading = แนะนำให้สมาชิก
recommend--sent = ผนึกการแนะนำแล้ว การแนะนำจะส่งไปพร้อมการซิงค์ครั้งถัดไป
recommend--history = การแนะนำของผลงานนี้
rights--heading = สิทธิ์การฉาย
rights--none = ไม่มีสิทธิ์การฉายที่บันทึกไว้
rights--world = ทั่วโลก
rights--territory = อาณาเขต (รหัส ISO หรือ WORLD)
rights--excluded = ยกเว้น
directory--any = ทั้งหมด
directory--none = ไม่มี
directory--alliance = พันธมิตร
directory--tier = ระดับสมาชิกภาพ
directory--kind = ประเภท
directory--country = ประเทศ
directory--country-code = ประเทศ (รหัส ISO)
directory--city = เมือง
directory--slug = ชื่อย่อ
directory--name = ชื่อเต็ม
directory--languages = ภาษาที่ใช้ทำงาน (แท็กภาษา คั่นด้วยจุลภาค)
# $date (String) - a year or a day, as YYYY or YYYY-MM-DD
directory--joined = เข้าร่วมเมื่อ { $date }
directory--joined-input = วันที่เข้าร่วม (YYYY หรือ YYYY-MM-DD)
directory--add = เพิ่มหรือแก้ไขสมาชิก
directory--save = บันทึกสมาชิก
# $member (String) - the member's name
directory--saved = บันทึก “{ $member }” ลงในทะเบียนแล้ว
directory--none-match = ไม่มีสมาชิกที่ตรงกับตัวกรองเหล่านี้
registry--heading = ทะเบียน
# $count (Number) - how many members
registry--members = สมาชิก { $count } ราย
# $member (String) - the secretariat's short name
registry--secretariat = สำนักเลขาธิการ: { $member }
registry--no-secretariat = ยังไม่ได้ระบุสำนักเลขาธิการ
# $date (String) - the date and time, already formatted
registry--issued = ทะเบียนวันที่ { $date }
registry--publish = เผยแพร่ทะเบียน
# $alliance (String) - the alliance's name
# $count (Number) - how many members
registry--published = ผนึกทะเบียนของ “{ $alliance }” ซึ่งมีสมาชิก { $count } รายแล้ว ทะเบียนจะส่งไปพร้อมการซิงค์ครั้งถัดไป
admissions--heading = การรับเข้า
admissions--criteria = เกณฑ์การรับเข้า
admissions--criterion-key = ชื่อย่อของเกณฑ์
admissions--criterion-text = เกณฑ์ ในภาษาของอินเทอร์เฟซ
admissions--criterion-add = เพิ่มเกณฑ์
admissions--apply = ใบสมัครใหม่
admissions--contact = ช่องทางติดต่อ
admissions--submit = บันทึกใบสมัคร
admissions--applications = ใบสมัคร
admissions--none = ยังไม่มีใบสมัคร
# $criteria (String) - the criteria without evidence, already joined
admissions--missing = ยังไม่มีหลักฐานสำหรับ: { $criteria }
admissions--sponsors = รับรองโดย
admissions--sponsor-as = สมาชิกผู้รับรอง
admissions--sponsor-note = ความเห็นของผู้รับรอง
admissions--sponsor = เพิ่มผู้รับรอง
admissions--outcome = ผลการตัดสิน
admissions--on = วันที่ตัดสิน
admissions--for = เห็นด้วย
admissions--against = ไม่เห็นด้วย
admissions--abstain = งดออกเสียง
admissions--decision-note = หมายเหตุเกี่ยวกับผลการตัดสิน
admissions--decide = บันทึกผลการตัดสิน
# $date (String) - the day, YYYY-MM-DD
# $for (Number) - votes for
# $against (Number) - votes against
# $abstain (Number) - abstentions
admissions--decided = ตัดสินเมื่อ { $date }: เห็นด้วย { $for } ไม่เห็นด้วย { $against } งดออกเสียง { $abstain }
directory--view = รูปแบบการแสดงทำเนียบสมาชิก
directory--as-list = รายการ
directory--as-map = แผนที่
# $members (Number) - how many members are shown
# $countries (Number) - in how many countries
directory--map-label = แผนที่โลกของสมาชิก — สมาชิก { $members } ราย ใน { $countries } ประเทศ
# $country (String) - the country's name
# $count (Number) - how many members it has
directory--map-country = { $country } — สมาชิก { $count } ราย
nav--jury = คณะกรรมการ
jury--heading = คณะกรรมการ
jury--section = หมวด
jury--round = รอบ
jury--no-round = หมวดนี้ยังไม่มีแบบประเมินสำหรับรอบนี้ โปรดเพิ่มเกณฑ์ก่อน (caravan jury criterion add)
# $entries (Number) - how many entries the round has
jury--rubric = แบบประเมิน — ผลงานเข้าร่วม { $entries } รายการ
jury--assignment = การมอบหมาย
jury--reviews-per-entry = จำนวนการประเมินต่อผลงานเข้าร่วม
jury--max-load = จำนวนผลงานเข้าร่วมสูงสุดต่อกรรมการ
jury--assign = มอบหมายผู้ประเมิน
# $added (Number) - assignments made
# $uncovered (Number) - entries still short of reviewers
jury--assigned = มอบหมายแล้ว: { $added } ผลงานเข้าร่วมที่ยังขาดผู้ประเมิน: { $uncovered }
# $count (Number) - entries assigned to the juror
jury--load = ผลงานเข้าร่วม { $count } รายการ
jury--juror = กรรมการ
jury--scoring = การให้คะแนน
# $done (Number) - entries fully scored
# $total (Number) - entries assigned
jury--progress = ให้คะแนนแล้ว: { $done } จาก { $total }
jury--progress-label = ผลงานเข้าร่วมที่ให้คะแนนแล้ว
jury--keys = แป้นพิมพ์ลัด: ตัวเลขกำหนดคะแนนของเกณฑ์ที่ไฮไลต์อยู่ (0 คือสิบ) ↑ และ ↓ เลื่อนระหว่างเกณฑ์ ← และ → เลื่อนระหว่างผลงานเข้าร่วม N ไปยังผลงานเข้าร่วมถัดไปที่ยังไม่ได้ให้คะแนน ทุกการเปลี่ยนแปลงจะบันทึกทันที
jury--screener = ชมสกรีนเนอร์
jury--saved = บันทึกแล้ว
jury--previous = ผลงานเข้าร่วมก่อนหน้า
jury--next = ผลงานเข้าร่วมถัดไป
jury--next-unscored = ผลงานเข้าร่วมถัดไปที่ต้องให้คะแนน
jury--nothing-to-score = ไม่มีผลงานเข้าร่วมที่มอบหมายให้กรรมการคนนี้ในรอบนี้
jury--results = ผล
# $alpha (String) - Krippendorff's alpha, formatted, or —
jury--alpha = ความสอดคล้องระหว่างกรรมการ (α ของ Krippendorff): { $alpha }
jury--rank = อันดับ
jury--work = ผลงาน
jury--count = กรรมการ
jury--normalized = ค่าเฉลี่ยปรับมาตรฐาน
jury--mean = ค่าเฉลี่ย
jury--disagreement = กรรมการเห็นไม่ตรงกัน
jury--matrix = ใครประเมินอะไร
jury--assigned-cell = มอบหมายแล้ว
# $shown (Number) - rows shown
# $total (Number) - entries in all
jury--matrix-more = แสดงผลงานเข้าร่วม { $shown } รายการแรกจากทั้งหมด { $total } รายการ ดูครบทุกรายการได้ในผล
jury--distribution = คะแนนรวมของกรรมการแต่ละคนบนมาตรา
jury--distribution-label = คะแนนรวมของกรรมการแต่ละคนแสดงเป็นจุดบนมาตรา พร้อมเส้นค่าเฉลี่ยของกรรมการคนนั้น จุดของกรรมการที่ให้คะแนนเข้มงวดจะอยู่ทางซ้าย ส่วนของกรรมการที่ให้คะแนนผ่อนปรนจะอยู่ทางขวา
# $mean (String) - the juror's mean, formatted, or —
# $count (Number) - complete sheets
jury--juror-mean = ค่าเฉลี่ย { $mean } จากผลงานเข้าร่วม { $count } รายการ
jury--ballots = การลงคะแนนเสียงชิงรางวัล
jury--award = รางวัล
jury--ballot-round = รอบการลงคะแนนเสียง
jury--voter = ผู้ลงคะแนน
jury--vote = บันทึกคะแนนเสียง
jury--tally = นับคะแนนเสียง
# $count (Number) - votes
jury--votes = { $count } เสียง
# $cast (Number) - votes cast
jury--no-winner = ไม่มีผู้ชนะในรอบนี้ (ลงคะแนน { $cast } เสียง) โปรดลงคะแนนเสียงอีกครั้งในรอบถัดไป
# $title (String) - the winner's title
# $cast (Number) - votes cast
jury--winner = “{ $title }” ชนะ (ลงคะแนน { $cast } เสียง)
# $title (String) - the winner's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
jury--won = “{ $title }” ชนะในรอบที่ { $round } ด้วยคะแนน { $votes } จาก { $cast } เสียง
jury--setup = ตั้งค่ารอบ
jury--criterion-key = ชื่อย่อของเกณฑ์
jury--criterion-label = เกณฑ์ ในภาษาของอินเทอร์เฟซ
jury--min = ต่ำสุด
jury--max = สูงสุด
jury--step = ช่วงห่าง
jury--weight = น้ำหนัก
jury--criterion-add = เพิ่มเกณฑ์
jury--juror-email = อีเมลของกรรมการ
jury--juror-name = ชื่อของกรรมการ
jury--juror-languages = ภาษาที่กรรมการเข้าใจ (แท็กภาษา คั่นด้วยจุลภาค)
jury--juror-card = ไฟล์บัตรสมาชิกของกรรมการ (สำหรับชุดพิจารณา)
jury--juror-add = เพิ่มกรรมการ
# $what (String) - what was added
jury--setup-added = เพิ่ม “{ $what }” แล้ว
jury--packets = ชุดพิจารณาและใบให้คะแนน
jury--file = ไฟล์ (พาธ)
jury--packet-export = ผนึกชุดพิจารณาสำหรับกรรมการ
jury--sheet-merge = รวมใบให้คะแนน
jury--packet-open = เปิดชุดพิจารณา (บนแล็ปท็อปของกรรมการ)
jury--sheet-export = ผนึกใบให้คะแนนของฉันสำหรับประธาน
# $juror (String) - the juror's email
# $entries (Number) - entries in the packet
jury--packet-written = เขียนชุดพิจารณาสำหรับ { $juror } ซึ่งมีผลงานเข้าร่วม { $entries } รายการแล้ว
# $chair (String) - the chair's member
# $entries (Number) - entries to score
jury--packet-opened = เปิดชุดพิจารณาของ “{ $chair }” แล้ว มีผลงานเข้าร่วมที่ต้องให้คะแนน { $entries } รายการ
# $scores (Number) - scores in the sheet
jury--sheet-written = เขียนใบให้คะแนนซึ่งมีคะแนน { $scores } รายการแล้ว
# $juror (String) - the juror's email
# $applied (Number) - scores newer than those held
jury--sheet-merged = รวมใบให้คะแนนของ { $juror } แล้ว คะแนนที่ใหม่กว่าที่มีอยู่: { $applied }
# $juror (String) - the juror's email
jury--sheet-already = รวมใบให้คะแนนของ { $juror } ไปแล้ว ไม่มีอะไรต้องทำ
jury--screener-file = สกรีนเนอร์ในคอมพิวเตอร์เครื่องนี้
jury--screener-path = ไฟล์สกรีนเนอร์ในคอมพิวเตอร์เครื่องนี้ (พาธ)
jury--screener-attach = เล่นไฟล์นี้ควบคู่กับคะแนน
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--assign-pair = มอบหมาย “{ $title }” ให้ { $juror }
# $juror (String) - the juror's email
# $title (String) - the work's title
jury--unassign = นำ “{ $title }” ออกจาก { $juror }
jury--comment = ความเห็นของคุณต่อผลงานนี้ (บันทึกขณะพิมพ์ กรรมการคนอื่นจะไม่เห็น)
jury--conflict-reason = เหตุผล (ผลประโยชน์ทับซ้อน)
jury--conflict-add = แจ้งผลประโยชน์ทับซ้อน
jury--conflict-declared = แจ้งผลประโยชน์ทับซ้อนแล้ว คู่นี้จะไม่ถูกมอบหมาย ไม่ให้คะแนน และไม่นำมานับเลย

export--save-as = บันทึกเป็น…
work--unresolved = เก็บไว้ตามที่เขียน
work--unresolved-country = ประเทศ
work--unresolved-language = ภาษา
work--unresolved-status = สถานะการส่งผลงาน
