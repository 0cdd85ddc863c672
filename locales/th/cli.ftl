# The caravan command line: help text and the lines it prints.

cli--about = Caravan: การคัดสรรผลงานเทศกาลข้ามภาษาและพรมแดน ทุกคำสั่งใช้ร่วมกับ --json ได้
cli--usage-heading = วิธีใช้:
cli--commands-heading = คำสั่ง
cli--options-heading = ตัวเลือก
cli--arguments-heading = อาร์กิวเมนต์
cli--command-value = คำสั่ง
cli--arg-help = แสดงวิธีใช้นี้
cli--arg-version = แสดงเวอร์ชัน
cli--arg-db = ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: ไฟล์ของ Caravan ในโฟลเดอร์ข้อมูลของคอมพิวเตอร์เครื่องนี้ หรือกำหนดด้วย CARAVAN_DB)
cli--arg-lang = ภาษาของข้อความและชื่อผลงาน เป็นแท็ก BCP 47 เช่น fr หรือ zh-TW (หรือกำหนดด้วย CARAVAN_LANG)
cli--arg-json = พิมพ์เอกสาร JSON เพียงหนึ่งชุดออกทางเอาต์พุตมาตรฐาน
cli--arg-generate = เพิ่มผลงานที่สร้างขึ้นอัตโนมัติตามจำนวนนี้ด้วย เพื่อทดลองใช้ Caravan กับข้อมูลปริมาณมาก
cli--arg-into = ลงผลงานที่สร้างขึ้นในครั้งการจัดนี้ โดยกระจายไปตามหมวดต่าง ๆ
cli--arg-slug = ชื่อย่อที่ประกอบด้วยอักษรตัวพิมพ์เล็ก ตัวเลข และขีดกลาง
cli--arg-name = ชื่อเต็ม
cli--arg-year = ปี
cli--arg-sections = หมวดของครั้งการจัด ระบุด้วยชื่อย่อ (ระบุซ้ำได้หากมีหลายหมวด)
cli--arg-edition = ครั้งการจัด ระบุด้วยชื่อย่อ
cli--arg-limit = จำนวนที่จะแสดง
cli--arg-offset = จำนวนที่จะข้ามไปก่อน (ค่าเริ่มต้น 0)
cli--arg-work = ผลงาน: หมายเลขผลงาน, ff: ตามด้วย Submission ID ของ FilmFreeway, Tracking Number หรือรหัสระบุ เช่น ISRC

cli--demo--about = สร้างพันธมิตรตัวอย่าง พร้อมสมาชิก ครั้งการจัดสองครั้ง และผลงานในหลายระบบอักษร (เรียกใช้ซ้ำจะไม่เปลี่ยนแปลงอะไร)
cli--edition--about = เพิ่มครั้งการจัดเทศกาล
cli--edition-add--about = เพิ่มครั้งการจัดพร้อมหมวดต่าง ๆ
cli--editions--about = ครั้งการจัดเทศกาล
cli--editions-list--about = แสดงรายการครั้งการจัดและหมวด
cli--works--about = ภาพยนตร์และดนตรี
cli--works-list--about = แสดงรายการผลงาน โดยแสดงชื่อผลงานในภาษาที่เลือก
cli--works-show--about = แสดงผลงานหนึ่งรายการ พร้อมชื่อผลงานในทุกภาษาที่มี

cli--error-prefix = ข้อผิดพลาด:

# $alliances (Number) - alliances in the database
# $members (Number) - members in the database
# $editions (Number) - editions in the database
# $works (Number) - works in the database
cli--demo-done = ข้อมูลตัวอย่างพร้อมแล้ว พันธมิตร { $alliances } แห่ง สมาชิก { $members } ราย ครั้งการจัด { $editions } ครั้ง ผลงาน { $works } รายการ
# $slug (String) - the new edition's slug
cli--edition-added = เพิ่มครั้งการจัด “{ $slug }” แล้ว
cli--editions-none = ยังไม่มีครั้งการจัด
# $from (Number) - the first row shown
# $to (Number) - the last row shown
# $total (Number) - all works in the list
cli--works-page = ผลงาน { $from }–{ $to } จาก { $total } รายการ

cli--media--about = โปสเตอร์ ภาพนิ่ง และภาพปก
cli--media-add--about = เพิ่มภาพให้ผลงาน โดยเก็บไฟล์ตามต้นฉบับ พร้อมภาพขนาดย่อสามขนาด
cli--media-list--about = แสดงรายการภาพของผลงาน
cli--media-remove--about = ลบภาพออกจากผลงาน
cli--media-similar--about = ค้นหาผลงานที่ใช้ภาพเดียวกัน
cli--arg-file = ไฟล์ที่จะอ่าน
cli--arg-kind = poster, still หรือ cover (ค่าเริ่มต้น poster)
cli--arg-id = หมายเลขภาพ
cli--media-none = ผลงานนี้ยังไม่มีภาพ
# $id (Number) - the image removed
cli--media-removed = ลบภาพหมายเลข { $id } แล้ว
cli--media-no-similar = ไม่มีผลงานใดที่ใช้ภาพเดียวกัน
# $a (Number) - one work
# $b (Number) - the other work
# $distance (Number) - how different the pictures are, in bits
cli--media-similar-pair = ผลงาน { $a } และ { $b } ใช้ภาพเดียวกัน (ต่างกัน { $distance } บิต)

cli--import--about = นำเข้าการส่งผลงานจาก FilmFreeway จากสเปรดชีตอื่น หรือจาก DDEX
cli--import-filmfreeway--about = นำเข้าไฟล์ส่งออกการส่งผลงานของ FilmFreeway (CSV หรือข้อความ UTF-16 จาก Excel)
cli--import-ddex--about = นำเข้าข้อความรีลีส DDEX ERN (ERN 3.4 ถึง 4.3) งานบันทึกเสียงและมิวสิกวิดีโอแต่ละรายการจะเป็นผลงานดนตรีหนึ่งรายการ
cli--import-table--about = นำเข้าตารางการส่งผลงานแบบ CSV หรือ XLSX ใดก็ได้ผ่านการจับคู่คอลัมน์
cli--import-preview--about = แสดงคอลัมน์ของตาราง แถวแรก และการจับคู่คอลัมน์ที่เสนอจากหัวคอลัมน์
cli--arg-mapping = การจับคู่คอลัมน์: filmfreeway, ชื่อการจับคู่ที่บันทึกไว้ หรือไฟล์ JSON ของการจับคู่
cli--arg-encoding = การเข้ารหัสของไฟล์ข้อความ (windows-1252, windows-1251, gb18030, shift_jis …) ในกรณีที่การตรวจหาอัตโนมัติเดาผิด
cli--mappings--about = การจับคู่คอลัมน์ที่ใช้นำเข้าตาราง
cli--mappings-list--about = แสดงรายการการจับคู่คอลัมน์ทั้งแบบในตัวและที่บันทึกไว้
cli--mappings-show--about = แสดงการจับคู่คอลัมน์
cli--mappings-save--about = บันทึกการจับคู่คอลัมน์จากไฟล์ JSON ไว้ภายใต้ชื่อของการจับคู่นั้น
cli--arg-mapping-name = ชื่อของการจับคู่
cli--aliases--about = ความหมายของชื่อที่ไม่มีในรายการใด ใช้กับทุกผลงานที่มีชื่อนั้นและทุกการนำเข้าครั้งต่อไป
cli--aliases-list--about = แสดงรายการชื่อแทน
cli--aliases-add--about = ระบุความหมายของชื่อ (“ให้ Quatar หมายถึง QA”)
cli--aliases-remove--about = ลืมความหมายที่เคยระบุไว้ให้ชื่อ
cli--arg-alias-vocabulary = ประเภทของค่า: country, language หรือ status
cli--arg-alias-name = ชื่อตามที่เขียนในไฟล์
cli--arg-alias-code = รหัสที่ชื่อนั้นหมายถึง: รหัสประเทศ แท็กภาษา หรือสถานะ
cli--unresolved--about = แสดงรายการค่าที่การนำเข้าเก็บไว้ตามที่เขียน พร้อมจำนวนผลงานที่มีแต่ละค่า
cli--arg-unresolved-edition = เฉพาะผลงานของครั้งการจัดนี้
cli--arg-dry_run = ตรวจสอบไฟล์และรายงานสิ่งที่จะเปลี่ยน โดยไม่จัดเก็บข้อมูลใด ๆ
cli--arg-partial = นำเข้าแถวที่ถูกต้อง แม้บางแถวจะถูกปฏิเสธ
cli--arg-section = ชื่อย่อของหมวด
cli--ids--about = รหัสระบุของผลงาน
cli--ids-check--about = ตรวจสอบ ISAN, EIDR, ISRC หรือ ISWC และพิมพ์ในรูปแบบมาตรฐาน
cli--arg-value = รหัสระบุที่จะตรวจสอบ
cli--titles--about = ชื่อผลงานแยกตามภาษา
cli--titles-set--about = เพิ่มหรือเปลี่ยนชื่อผลงานในภาษาหนึ่ง
cli--titles-remove--about = ลบชื่อผลงานในภาษาหนึ่ง
cli--synopses--about = เรื่องย่อของผลงานแยกตามภาษา
cli--synopses-set--about = เพิ่มหรือเปลี่ยนเรื่องย่อในภาษาหนึ่ง
cli--synopses-remove--about = ลบเรื่องย่อในภาษาหนึ่ง
cli--arg-lang_tag = แท็กภาษาแบบ BCP 47 เช่น fr, zh-Hant หรือ sr-Latn
cli--arg-text = ข้อความ
cli--arg-original = ทำเครื่องหมายว่าเป็นต้นฉบับ
cli--arg-provenance = submitted, curator หรือ machine (ค่าเริ่มต้น curator)
cli--search--about = ค้นหาผลงานจากชื่อผลงาน ผู้กำกับ หรือศิลปิน ในระบบอักษรใดก็ได้
cli--arg-query = สิ่งที่จะค้นหา
cli--duplicates--about = แสดงรายการการส่งผลงานที่น่าจะซ้ำกัน หรือรวมหรือปัดตกคู่ผลงานซ้ำ
cli--duplicates-merge--about = รวมผลงานที่สองเข้ากับผลงานแรก โดยเก็บทุกภาษา เครดิต และประวัติไว้ครบ
cli--duplicates-dismiss--about = ระบุว่าผลงานสองรายการไม่ใช่ผลงานเดียวกัน อย่างถาวร
cli--arg-keep = ผลงานที่จะเก็บไว้
cli--arg-other = ผลงานที่จะรวมเข้าไป
cli--arg-a = ผลงานหนึ่ง
cli--arg-b = อีกผลงานหนึ่ง
cli--export--about = ส่งออกการส่งผลงานของครั้งการจัดเป็น CSV, XLSX หรือ JSON
cli--arg-format = csv, xlsx หรือ json
cli--arg-out = ไฟล์ที่จะเขียน
cli--arg-status = เฉพาะสถานะการส่งผลงานนี้ (เช่น in-consideration)
cli--arg-judging = เฉพาะสถานะการพิจารณาหรือป้ายกำกับนี้
cli--arg-country = เฉพาะผลงานจากประเทศนี้ (รหัส ISO)
cli--arg-language = เฉพาะผลงานในภาษานี้ (แท็ก BCP 47)
cli--submissions--about = การส่งผลงานของครั้งการจัด
cli--submissions-list--about = แสดงรายการการส่งผลงานของครั้งการจัด
cli--submissions-stats--about = นับผลงานเข้าร่วมของครั้งการจัดตามประเทศ ภาษา แนว และสถานะ
cli--submissions-status--about = เปลี่ยนสถานะของการส่งผลงาน
cli--arg-ids = หมายเลขการส่งผลงาน
cli--arg-set = สถานะการส่งผลงานที่จะกำหนด
cli--arg-to_judging = สถานะการพิจารณาหรือป้ายกำกับของเทศกาลที่จะกำหนด
# $rows (Number) - rows read so far
# $percent (Number) - how much of the file has been read
cli--import-progress = อ่านแล้ว { $rows } แถว ({ $percent }%)
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-done = นำเข้าใหม่ { $imported } รายการ อัปเดต { $updated } รายการ คงเดิม { $unchanged } รายการ ปฏิเสธ { $rejected } รายการ
# $imported (Number) - new works
# $updated (Number) - works changed
# $unchanged (Number) - rows that changed nothing
# $rejected (Number) - rows refused
cli--import-dry-run = ทดลองรัน ไม่มีการจัดเก็บข้อมูล จะนำเข้าใหม่ { $imported } รายการ อัปเดต { $updated } รายการ คงเดิม { $unchanged } รายการ และปฏิเสธ { $rejected } รายการ
# $kind (String) - ISAN, EIDR, ISRC or ISWC
cli--id-valid = { $kind } ที่ถูกต้อง
cli--search-none = ไม่พบรายการใด
cli--duplicates-none = ไม่มีผลงานที่น่าจะซ้ำกัน
# $a (String) - one work
# $b (String) - the other work
cli--duplicates-dismissed = จะไม่เสนอผลงาน { $a } และ { $b } เป็นผลงานซ้ำอีก
# $count (Number) - works written
# $path (String) - the file
cli--exported = เขียนผลงาน { $count } รายการลงใน { $path } แล้ว
# $count (Number) - entries
cli--stats-total = ผลงานเข้าร่วม { $count } รายการ
cli--stats-by-country = ตามประเทศ
cli--stats-by-language = ตามภาษา
cli--stats-by-genre = ตามแนว
cli--stats-by-status = ตามสถานะ
# $count (Number) - submissions changed
# $change (Number) - the number of the change, for "caravan submissions undo"
cli--status-changed = เปลี่ยนการส่งผลงาน { $count } รายการแล้ว (การเปลี่ยนแปลงหมายเลข { $change })
cli--submissions-undo--about = ยกเลิกการเปลี่ยนสถานะหนึ่งครั้ง โดยคืนการส่งผลงานทุกรายการที่ได้รับผลกระทบกลับเป็นเหมือนเดิม
cli--arg-change = หมายเลขการเปลี่ยนแปลง ตามที่รายงานไว้เมื่อเปลี่ยนสถานะ
cli--arg-after = ต่อจากเคอร์เซอร์นี้ (ค่า “next” ของหน้าก่อนหน้า)
cli--arg-sort = เรียงตามคอลัมน์นี้ เติม :desc เพื่อเรียงย้อนกลับ (title เรียงตามลำดับตัวอักษรของภาษาที่ระบุใน --lang)
cli--arg-q = เฉพาะผลงานที่ชื่อผลงานหรือชื่อในเครดิตมีคำเหล่านี้
# $shown (Number) - rows on this page
# $total (Number) - rows the filter keeps
cli--submissions-page = การส่งผลงาน { $shown } จาก { $total } รายการ
cli--ids-add--about = เพิ่ม ISAN, EIDR, ISRC หรือ ISWC ที่ตรวจสอบแล้วให้ผลงาน

## The alliance exchange: this profile's identity, members' cards, exchange points.
cli--identity--about = ตัวตนของโปรไฟล์นี้: ชื่อ สมาชิก และกุญแจ
cli--identity-init--about = สร้างกุญแจของโปรไฟล์นี้ (เก็บไว้ในพวงกุญแจของระบบ หรือผนึกด้วย CARAVAN_PASSPHRASE)
cli--identity-show--about = แสดงตัวตนของโปรไฟล์นี้และลายนิ้วมือ
cli--identity-card--about = เขียนบัตรสมาชิกของโปรไฟล์นี้ เพื่อมอบให้สมาชิกรายอื่น
cli--identity-rotate--about = แทนที่กุญแจของโปรไฟล์นี้ สมาชิกที่ติดตามสายข้อมูลของโปรไฟล์นี้จะรับกุญแจใหม่
cli--members--about = สมาชิกของพันธมิตรและบัตรสมาชิกที่มีอยู่
cli--members-import-card--about = นำเข้าบัตรของสมาชิกและแสดงลายนิ้วมือ เพื่อเทียบกับสมาชิก
cli--members-list--about = แสดงรายการสมาชิก พร้อมลายนิ้วมือของบัตรแต่ละใบ และระบุว่ายืนยันแล้วหรือไม่
cli--members-verify--about = ทำเครื่องหมายว่าบัตรของสมาชิกยืนยันแล้ว หลังจากเทียบลายนิ้วมือกับสมาชิก
cli--exchange--about = ซองข้อมูลระหว่าง Caravan ของสมาชิกแต่ละราย
cli--exchange-points--about = โฟลเดอร์และที่อยู่เว็บที่พันธมิตรใช้แลกเปลี่ยนข้อมูล
cli--exchange-points-add--about = จดจำจุดแลกเปลี่ยน: โฟลเดอร์ (แฟลชไดรฟ์ USB ไดรฟ์ที่แชร์) หรือที่อยู่ WebDAV
cli--exchange-points-list--about = แสดงรายการจุดแลกเปลี่ยน
cli--exchange-points-remove--about = ลืมจุดแลกเปลี่ยน
cli--exchange-note--about = ส่งโน้ตพร้อมไฟล์หรือภาพแนบถึงสมาชิก (ผนึกถึงผู้รับ)
cli--exchange-notes--about = แสดงรายการโน้ตที่สมาชิกส่งมา
cli--exchange-publish--about = เขียนซองข้อมูลใหม่ของโปรไฟล์นี้ลงในจุดแลกเปลี่ยน (ทุกจุดหากไม่ระบุ)
cli--exchange-pull--about = ดึงซองข้อมูลใหม่ของสมาชิกจากจุดแลกเปลี่ยน (ทุกจุดหากไม่ระบุ)
cli--arg-member = ชื่อย่อของสมาชิก
cli--arg-member-country = ประเทศของสมาชิก (รหัส ISO)
cli--arg-working-language = ภาษาที่สมาชิกใช้ทำงาน (แท็ก BCP 47) ระบุซ้ำได้หากมีหลายภาษา
cli--arg-fingerprint = ลายนิ้วมือตามที่สมาชิกอ่านให้ฟัง (ไม่ต้องใส่ช่องว่างและขีดกลางก็ได้)
cli--arg-recipients = สมาชิกที่จะส่งถึง (ชื่อย่อ) ระบุซ้ำหรือคั่นด้วยจุลภาคหากมีหลายราย
cli--arg-everyone = ส่งถึงสมาชิกทุกรายที่มีบัตรอยู่
cli--arg-note-lang = ภาษาที่ใช้เขียนโน้ต (แท็ก BCP 47)
cli--arg-attach = ไฟล์ที่จะแนบ ระบุซ้ำได้หากมีหลายไฟล์
cli--arg-image = ภาพจากคลังสื่อที่จะแนบ ระบุด้วยหมายเลข ระบุซ้ำได้หากมีหลายภาพ
cli--arg-point = จุดแลกเปลี่ยนที่จะเขียนลง: โฟลเดอร์หรือที่อยู่ WebDAV
cli--arg-point-from = จุดแลกเปลี่ยนที่จะอ่าน: โฟลเดอร์หรือที่อยู่เว็บ
cli--arg-location = โฟลเดอร์หรือที่อยู่เว็บ (http:// หรือ https://)
cli--arg-point-name = ชื่อเรียกจุดแลกเปลี่ยน
cli--arg-point-id = หมายเลขจุดแลกเปลี่ยน
cli--fingerprint = ลายนิ้วมือ
cli--sealed-in-keychain = กุญแจเก็บไว้ในพวงกุญแจของระบบ
cli--sealed-in-passphrase = กุญแจผนึกด้วยวลีรหัสผ่าน
# $path (String) - the card's file
# $fingerprint (String) - this profile's fingerprint
cli--card-written = เขียนบัตรสมาชิกลงใน { $path } แล้ว ลายนิ้วมือ: { $fingerprint }
# $member (String) - the member's short name
cli--card-imported = นำเข้าบัตรของ “{ $member }” แล้ว
# $member (String) - the member's short name
cli--card-rotated = นำเข้าบัตรของ “{ $member }” แล้ว กุญแจถูกแทนที่ และกุญแจเดิมได้ลงนามรับรองกุญแจใหม่
cli--card-compare = โปรดเทียบลายนิ้วมือนี้กับสมาชิกทางโทรศัพท์หรือต่อหน้า แล้วเรียกใช้: caravan members verify MEMBER FINGERPRINT
cli--members-none = ยังไม่มีสมาชิก
cli--points-none = ยังไม่มีจุดแลกเปลี่ยน
# $seq (Number) - the envelope's number in this profile's stream
# $to (String) - the members it is sealed to
cli--note-queued = ผนึกโน้ต { $seq } ถึง { $to } แล้ว โน้ตจะส่งไปพร้อมการเผยแพร่ครั้งถัดไป
cli--notes-none = ยังไม่มีโน้ต
# $count (Number) - envelopes written
# $location (String) - the exchange point
cli--published = เขียนซองข้อมูล { $count } ซองลงใน { $location } แล้ว
# $applied (Number) - envelopes applied
# $skipped (Number) - envelopes addressed to other members, passed over
# $refused (Number) - envelopes refused
cli--pulled = นำไปใช้ { $applied } ซอง ข้าม (สำหรับสมาชิกอื่น) { $skipped } ซอง ปฏิเสธ { $refused } ซอง
# $done (Number) - envelopes moved so far
# $total (Number) - envelopes to move
# $location (String) - the exchange point
cli--exchange-progress = { $location }: ซองข้อมูล { $done } จาก { $total } ซอง

## Recommendations, screening rights and catalogues.
cli--members-revoke--about = เพิกถอนกุญแจของสมาชิก จะไม่รับข้อมูลใดที่กุญแจนั้นลงนามอีก
cli--recommend--about = แนะนำผลงาน กรรมการตัดสิน หรือแขกรับเชิญให้สมาชิก
cli--recommend-work--about = แนะนำผลงานให้สมาชิก พร้อมชื่อผลงาน เครดิต สิทธิ์การฉาย และโปสเตอร์
cli--recommend-person--about = แนะนำบุคคลเป็นกรรมการตัดสินหรือแขกรับเชิญให้สมาชิก
cli--recommendations--about = การแนะนำที่ส่งและได้รับ พร้อมคำตอบ
cli--recommendations-list--about = แสดงรายการการแนะนำ เรียงจากใหม่ไปเก่า พร้อมสถานะ
cli--recommendations-show--about = แสดงการแนะนำหนึ่งรายการ พร้อมสถานะของสมาชิกแต่ละรายและประวัติ
cli--recommendations-accept--about = ตอบรับการแนะนำที่ได้รับ ผลงานจะเข้าสู่หมวดของครั้งการจัด
cli--recommendations-decline--about = ปฏิเสธการแนะนำที่ได้รับ พร้อมเหตุผล
cli--recommendations-program--about = ระบุว่าผลงานที่ตอบรับแล้วได้บรรจุในโปรแกรม
cli--rights--about = สิทธิ์การฉายของผลงานตามอาณาเขต
cli--rights-set--about = กำหนดว่าผลงานฉายได้ที่ใดและเมื่อใด
cli--rights-show--about = แสดงสิทธิ์การฉายของผลงาน
cli--catalogue--about = แคตตาล็อกผลงานของสมาชิก
cli--catalogue-publish--about = ผนึกแคตตาล็อกของโปรไฟล์นี้ (ทุกผลงาน หรือเฉพาะที่ระบุ) ถึงสมาชิก
cli--catalogue-search--about = ค้นหาในแคตตาล็อกที่สมาชิกเผยแพร่ ในระบบอักษรใดก็ได้
cli--catalogue-take--about = เพิ่มผลงานจากแคตตาล็อกของสมาชิกเข้าในหมวดของครั้งการจัด
cli--arg-recommend-to = สมาชิกที่จะแนะนำให้ (ชื่อย่อ ระบุซ้ำหรือคั่นด้วยจุลภาค) หรือ all
cli--arg-recommend-note = ข้อความถึงสมาชิก
cli--arg-recommend-note-lang = ภาษาของข้อความ (แท็ก BCP 47)
cli--arg-recommend-section = หมวดที่เสนอ (ชื่อย่อ)
cli--arg-person-as = judge หรือ guest
cli--arg-person-name-lang = ภาษาหรือระบบอักษรของชื่อ (แท็ก BCP 47)
cli--arg-person-name-in = ชื่อในระบบอักษรอื่น ในรูปแบบ LANG=TEXT ระบุซ้ำได้หากมีหลายชื่อ
cli--arg-person-role = บทบาทหรือตำแหน่งของบุคคล ระบุซ้ำได้หากมีหลายรายการ
cli--arg-person-language = ภาษาที่บุคคลนั้นใช้ทำงาน (แท็ก BCP 47) ระบุซ้ำได้หากมีหลายภาษา
cli--arg-person-country = ประเทศของบุคคล (รหัส ISO)
cli--arg-person-contact = ช่องทางติดต่อบุคคล
cli--arg-recommendations-work = เฉพาะการแนะนำของผลงานนี้
cli--arg-recommendations-direction = เฉพาะการแนะนำขาเข้าหรือขาออกเท่านั้น
cli--arg-recommendation-id = หมายเลขการแนะนำ
cli--arg-decline-reason = เหตุผลที่ปฏิเสธ สำหรับสมาชิกที่แนะนำมา
cli--arg-rights-territory = อาณาเขตที่ผลงานฉายได้ (รหัส ISO หรือ world) พร้อมช่วงเวลา FROM:UNTIL (YYYY-MM-DD) หากมี ระบุซ้ำได้หากมีหลายอาณาเขต
cli--arg-rights-except = อาณาเขตที่ยกเว้นจากสิทธิ์ทั่วโลก (รหัส ISO) ระบุซ้ำหรือคั่นด้วยจุลภาค
cli--arg-catalogue-work = ผลงานที่จะเผยแพร่ (ทุกผลงานหากไม่ระบุ) ระบุซ้ำได้หากมีหลายผลงาน
cli--arg-catalogue-query = คำในชื่อผลงานหรือชื่อบุคคล ในระบบอักษรใดก็ได้
cli--arg-catalogue-member = เฉพาะแคตตาล็อกของสมาชิกรายนี้
cli--arg-catalogue-entry = หมายเลขรายการในแคตตาล็อก
cli--recommendations-none = ยังไม่มีการแนะนำ
cli--rights-none = ไม่มีสิทธิ์การฉายที่บันทึกไว้
cli--catalogue-none = ไม่มีรายการในแคตตาล็อก
# $count (Number) - works in the catalogue
# $seq (Number) - the envelope's number
cli--catalogue-published = ผนึกแคตตาล็อกผลงาน { $count } รายการแล้ว (ซองข้อมูล { $seq }) แคตตาล็อกจะส่งไปพร้อมการเผยแพร่ครั้งถัดไป
cli--members-add--about = เพิ่มสมาชิกลงในทะเบียนหรือแก้ไขข้อมูลสมาชิก พร้อมสมาชิกภาพในพันธมิตร
cli--members-show--about = แสดงข้อมูลสมาชิกหนึ่งราย: ประเภท ประเทศ ภาษา ช่องทางติดต่อ และสมาชิกภาพ
cli--arg-member-name = ชื่อเต็มของสมาชิก
cli--arg-member-kind = ประเภทของสมาชิก: festival, institution, company หรือ artist
cli--arg-member-city = เมืองของสมาชิก
cli--arg-member-lang = ภาษาที่ใช้ทำงาน (ระบุซ้ำหรือคั่นด้วยจุลภาค) เรียงตามลำดับที่ต้องการ
cli--arg-member-contact = ช่องทางติดต่อในรูปแบบ KIND=VALUE โดย KIND เป็น email, phone, web หรือ address (ระบุซ้ำได้หากมีหลายช่องทาง)
cli--arg-member-alliance = พันธมิตรที่เป็นสมาชิก
cli--arg-member-tier = ระดับสมาชิกภาพในพันธมิตรนั้น
cli--arg-member-joined = วันที่เข้าร่วม: YYYY หรือ YYYY-MM-DD
cli--arg-filter-alliance = เฉพาะสมาชิกของพันธมิตรนี้
cli--arg-filter-country = เฉพาะสมาชิกในประเทศนี้ (รหัส ISO 3166)
cli--arg-filter-tier = เฉพาะสมาชิกระดับสมาชิกภาพนี้
cli--arg-filter-kind = เฉพาะสมาชิกประเภทนี้: festival, institution, company หรือ artist
cli--arg-filter-lang = เฉพาะสมาชิกที่ใช้ภาษานี้ทำงาน
cli--alliance--about = พันธมิตร: เพิ่ม แสดง และกำหนดระดับสมาชิกภาพและเกณฑ์การรับเข้า
cli--alliance-add--about = เพิ่มพันธมิตร หรือเปลี่ยนชื่อ
cli--alliance-show--about = แสดงพันธมิตรพร้อมระดับสมาชิกภาพและเกณฑ์การรับเข้า
cli--alliance-tier--about = เพิ่มระดับสมาชิกภาพของพันธมิตร หรือเปลี่ยนชื่อระดับ
cli--alliance-criterion--about = เพิ่มเกณฑ์การรับเข้า หรือแก้ไขถ้อยคำ
cli--alliances--about = พันธมิตรที่สำเนานี้รู้จัก
cli--alliances-list--about = แสดงรายการพันธมิตร พร้อมระดับสมาชิกภาพและเกณฑ์การรับเข้า
cli--registry--about = ทะเบียนสมาชิกของพันธมิตร ตามที่สำนักเลขาธิการเผยแพร่
cli--registry-publish--about = ผนึกทะเบียนของพันธมิตรถึงสมาชิกทุกราย ทะเบียนจะส่งไปพร้อมการเผยแพร่ครั้งถัดไป
cli--admissions--about = ใบสมัครเข้าร่วมพันธมิตร: หลักฐาน ผู้รับรอง และผลการตัดสิน
cli--admissions-apply--about = บันทึกใบสมัคร พร้อมหลักฐานตามเกณฑ์ของพันธมิตร
cli--admissions-list--about = แสดงรายการใบสมัคร เรียงจากใหม่ไปเก่า
cli--admissions-show--about = แสดงใบสมัครพร้อมหลักฐาน ผู้รับรอง และผลการตัดสิน
cli--admissions-sponsor--about = บันทึกว่าสมาชิกของพันธมิตรรับรองใบสมัคร
cli--admissions-decide--about = บันทึกผลการตัดสินใบสมัคร พร้อมวันที่และคะแนนเสียง
cli--arg-alliance = ชื่อย่อของพันธมิตร
cli--arg-alliance-name = ชื่อเต็มของพันธมิตร
cli--arg-alliance-founded = ปีที่ก่อตั้ง
cli--arg-alliance-secretariat = สมาชิกที่สำเนานี้ใช้ทะเบียนที่สมาชิกนั้นเผยแพร่
cli--arg-tier-key = ชื่อย่อของระดับสมาชิกภาพ
cli--arg-tier-label = ชื่อของระดับสมาชิกภาพในภาษาหนึ่ง LANG=TEXT (ระบุซ้ำได้หากมีหลายภาษา)
cli--arg-criterion-key = ชื่อย่อของเกณฑ์
cli--arg-criterion-text = เกณฑ์ในภาษาหนึ่ง LANG=TEXT (ระบุซ้ำได้หากมีหลายภาษา)
cli--arg-registry-alliance = พันธมิตรที่จะเผยแพร่ทะเบียน
cli--arg-applicant = ชื่อย่อที่ผู้สมัครจะใช้เมื่อเป็นสมาชิก
cli--arg-apply-alliance = พันธมิตรที่สมัคร
cli--arg-apply-name = ชื่อเต็มของผู้สมัคร
cli--arg-apply-kind = ประเภทของผู้สมัคร: festival, institution, company หรือ artist
cli--arg-apply-country = ประเทศของผู้สมัคร เป็นรหัส ISO 3166
cli--arg-apply-lang = ภาษาที่ผู้สมัครใช้ทำงาน (ระบุซ้ำหรือคั่นด้วยจุลภาค)
cli--arg-apply-contact = ช่องทางติดต่อผู้สมัคร
cli--arg-apply-tier = ระดับสมาชิกภาพที่สมัคร
cli--arg-apply-evidence = หลักฐานสำหรับเกณฑ์หนึ่งข้อ KEY=TEXT (ระบุซ้ำสำหรับแต่ละเกณฑ์)
cli--arg-applications-alliance = เฉพาะใบสมัครถึงพันธมิตรนี้
cli--arg-applications-state = เฉพาะใบสมัครในสถานะนี้: open, admitted, refused หรือ withdrawn
cli--arg-application = หมายเลขใบสมัคร
cli--arg-sponsor-note = ความเห็นของผู้รับรองต่อผู้สมัคร
cli--arg-outcome = ผลการตัดสิน: admit, refuse หรือ withdraw
cli--arg-decide-on = วันที่ตัดสิน YYYY-MM-DD
cli--arg-decide-for = คะแนนเสียงเห็นด้วย
cli--arg-decide-against = คะแนนเสียงไม่เห็นด้วย
cli--arg-decide-abstain = งดออกเสียง
cli--arg-decide-note = หมายเหตุเกี่ยวกับผลการตัดสิน
cli--arg-decide-tier = ระดับสมาชิกภาพของสมาชิกที่ได้รับเข้า (หากไม่ระบุ ใช้ระดับที่สมัคร)
# $alliance (String) - the alliance's short name
# $seq (Number) - the envelope's number
cli--registry-published = ผนึกทะเบียนของ “{ $alliance }” ซึ่งมีสมาชิก { $count } รายแล้ว (ซองข้อมูล { $seq }) ทะเบียนจะส่งไปพร้อมการเผยแพร่ครั้งถัดไป
# $secretariat (String) - the secretariat's short name, or -
cli--alliance-members = สมาชิก { $count } ราย สำนักเลขาธิการ: { $secretariat }
cli--alliance-tier = ระดับสมาชิกภาพ
cli--alliance-criterion = เกณฑ์
cli--applications-none = ไม่มีใบสมัคร
# $criterion (String) - the criterion's short name
cli--application-missing = ไม่มีหลักฐานสำหรับ { $criterion }
# $member (String) - the sponsor's short name
cli--application-sponsor = รับรองโดย { $member }
# $on (String) - the day of the decision
cli--application-decision = ตัดสินเมื่อ { $on }: เห็นด้วย { $for } ไม่เห็นด้วย { $against } งดออกเสียง { $abstain }
cli--members-leave--about = สิ้นสุดสมาชิกภาพของสมาชิกในพันธมิตร ทะเบียนที่เผยแพร่ครั้งถัดไปจะระบุว่าสมาชิกรายนี้ออกแล้ว
cli--arg-leave-alliance = พันธมิตรที่จะออก
cli--jury--about = คณะกรรมการ: รอบและแบบประเมิน กรรมการ ผลประโยชน์ทับซ้อน การมอบหมาย คะแนน และผล
cli--jury-criterion--about = แบบประเมินของรอบ
cli--jury-criterion-add--about = เพิ่มเกณฑ์ลงในแบบประเมินของรอบ หรือแก้ไขเกณฑ์
cli--jury-juror--about = กรรมการ
cli--jury-juror-add--about = เพิ่มหรือแก้ไขกรรมการ กรรมการจะระบุด้วยอีเมลในทุกที่
cli--jury-conflict--about = ผลประโยชน์ทับซ้อน
cli--jury-conflict-add--about = แจ้งผลประโยชน์ทับซ้อนระหว่างกรรมการกับผลงาน บุคคล หรือสมาชิก
cli--jury-conflicts--about = ทุกคู่ที่มีผลประโยชน์ทับซ้อนในรอบ ทั้งที่แจ้งไว้และที่ตรวจพบ พร้อมเหตุผล
cli--jury-round--about = ตั้งค่ารอบ: กำหนดส่ง การประเมินแบบปกปิด และรายชื่อผ่านเข้ารอบที่นำมาใช้
cli--jury-rubric--about = แสดงแบบประเมินของรอบ
cli--jury-assign--about = กำหนดผู้ประเมินให้ผลงานเข้าร่วมทุกรายการ โดยกระจายภาระอย่างสมดุลและไม่มีผลประโยชน์ทับซ้อน หรือเพิ่มหรือลบทีละคู่
cli--jury-assign-add--about = มอบหมายผลงานหนึ่งรายการให้กรรมการหนึ่งคนด้วยตนเอง
cli--jury-assign-remove--about = ลบการมอบหมายหนึ่งรายการพร้อมคะแนน
cli--jury-score--about = กำหนดคะแนนหนึ่งรายการของกรรมการที่ได้รับมอบหมาย
cli--jury-scores--about = คะแนนที่พิมพ์จากกระดาษ
cli--jury-scores-import--about = นำเข้าคะแนนจากไฟล์ CSV: กรรมการ ผลงาน เกณฑ์ ค่า ความเห็น
cli--jury-results--about = ผลของรอบ: ค่าเฉลี่ย ค่าเฉลี่ยปรับมาตรฐาน อันดับแบบ Schulze คะแนนแบบ Borda และความสอดคล้อง
cli--arg-jury-section = หมวด (ชื่อย่อ)
cli--arg-jury-edition = ครั้งการจัด ในกรณีที่ชื่อย่อของหมวดใช้ในหลายครั้งการจัด
cli--arg-jury-round = รอบ (1 หากไม่ระบุ)
cli--arg-round-deadline = กำหนดส่งของรอบ YYYY-MM-DD
cli--arg-round-blind = ซ่อนผู้ส่งผลงานและเครดิตจากกรรมการในรอบนี้
cli--arg-round-shortlist = นำผลงานเข้าร่วมที่ดีที่สุดของรอบก่อนหน้ามาตามจำนวนนี้
cli--arg-rubric-key = ชื่อย่อของเกณฑ์
cli--arg-rubric-label = ชื่อของเกณฑ์ในภาษาของอินเทอร์เฟซ
cli--arg-rubric-label-in = ชื่อของเกณฑ์ในภาษาอื่น LANG=TEXT (ระบุซ้ำได้หากมีหลายภาษา)
cli--arg-rubric-min = คะแนนต่ำสุด
cli--arg-rubric-max = คะแนนสูงสุด
cli--arg-rubric-step = ช่วงห่างระหว่างคะแนน (1 หากไม่ระบุ)
cli--arg-rubric-weight = น้ำหนักของเกณฑ์ในคะแนนรวม (1 หากไม่ระบุ)
cli--arg-juror-email = อีเมลของกรรมการ
cli--arg-juror-name = ชื่อของกรรมการ ตามที่กรรมการเขียนเอง
cli--arg-juror-name-in = ชื่อในระบบอักษรอื่น LANG=TEXT (ระบุซ้ำได้หากมีหลายชื่อ)
cli--arg-juror-lang = ภาษาที่กรรมการเข้าใจ (เขียน --lang ต่อท้ายคำสั่ง ระบุซ้ำหรือคั่นด้วยจุลภาค)
cli--arg-juror-country = ประเทศของกรรมการ เป็นรหัส ISO 3166
cli--arg-juror-member = สมาชิกที่กรรมการสังกัด
cli--arg-juror-company = บริษัทผู้สร้างที่กรรมการทำงานด้วย
cli--arg-juror-section = หมวดที่กรรมการร่วมอยู่ในคณะกรรมการ (ระบุซ้ำได้หากมีหลายหมวด)
cli--arg-conflict-juror = อีเมลของกรรมการ
cli--arg-conflict-work = ผลงาน (หมายเลข, ff:SUBMISSION_ID, Tracking Number หรือรหัสระบุ)
cli--arg-conflict-person = บุคคล ตามชื่อในเครดิตของผลงาน
cli--arg-conflict-member = สมาชิก (ชื่อย่อ)
cli--arg-conflict-reason = เหตุผล
cli--arg-assign-section = หมวด (ชื่อย่อ)
cli--arg-assign-edition = ครั้งการจัด ในกรณีที่ชื่อย่อของหมวดใช้ในหลายครั้งการจัด
cli--arg-assign-round = รอบ (1 หากไม่ระบุ)
cli--arg-assign-reviews = จำนวนกรรมการ (ไม่ซ้ำคน) ที่ประเมินผลงานเข้าร่วมแต่ละรายการ
cli--arg-assign-max-load = จำนวนผลงานเข้าร่วมสูงสุดที่กรรมการหนึ่งคนประเมิน รวมรายการที่มอบหมายไปแล้ว
cli--arg-pair-juror = อีเมลของกรรมการ
cli--arg-pair-work = ผลงาน (หมายเลข, ff:SUBMISSION_ID, Tracking Number หรือรหัสระบุ)
cli--arg-score-juror = อีเมลของกรรมการ
cli--arg-score-work = ผลงาน (หมายเลข, ff:SUBMISSION_ID, Tracking Number หรือรหัสระบุ)
cli--arg-score-criterion = ชื่อย่อของเกณฑ์
cli--arg-score-value = คะแนนตามมาตราของเกณฑ์
cli--arg-scores-file = ไฟล์ CSV
# $section (String) - the section's short name
# $round (Number) - the round
# $entries (Number) - how many entries it has
cli--rubric = รอบที่ { $round } ของ “{ $section }” ผลงานเข้าร่วม { $entries } รายการ:
cli--conflicts-none = ไม่มีผลประโยชน์ทับซ้อน
# $added (Number) - assignments made now
# $total (Number) - assignments in all
# $uncovered (Number) - entries not fully covered
cli--assigned = มอบหมายแล้ว { $added } รายการ รวมทั้งหมด { $total } รายการ ผลงานเข้าร่วมที่ยังขาดผู้ประเมิน: { $uncovered }
# $imported (Number) - new scores
# $updated (Number) - scores changed
# $unchanged (Number) - scores as they were
cli--scores-imported = คะแนน: ใหม่ { $imported } เปลี่ยนแปลง { $updated } คงเดิม { $unchanged }
# $alpha (String) - Krippendorff's alpha, formatted, or —
cli--alpha = ความสอดคล้อง (α ของ Krippendorff จากคะแนนรวม): { $alpha }
cli--jury-packet--about = ชุดพิจารณา: สิ่งที่กรรมการนำไปให้คะแนนแบบออฟไลน์
cli--jury-packet-export--about = ผนึกชุดพิจารณาสำหรับกรรมการหนึ่งคน: เฉพาะผลงานเข้าร่วมของกรรมการคนนั้น พร้อมแบบประเมิน โปสเตอร์ และลิงก์สกรีนเนอร์
cli--jury-packet-open--about = เปิดชุดพิจารณาบนแล็ปท็อปของกรรมการ ซึ่งจะสร้างโปรไฟล์ของกรรมการขึ้น
cli--jury-sheet--about = ใบให้คะแนน: คะแนนของกรรมการที่ลงนามแล้ว สำหรับประธาน
cli--jury-sheet-export--about = ผนึกใบให้คะแนนของกรรมการคนนี้สำหรับประธาน
cli--jury-sheet-merge--about = รวมใบให้คะแนนของกรรมการ คะแนนที่ใหม่กว่าจะมีผล และได้ผลเหมือนกันไม่ว่าจะรวมในลำดับใด
cli--arg-juror-card = บัตรสมาชิกของกรรมการ (ไฟล์ที่ “identity card” เขียนไว้บนแล็ปท็อปของกรรมการ)
cli--arg-packet-juror = อีเมลของกรรมการ
cli--arg-packet-out = ไฟล์ที่จะเขียน
cli--arg-packet-file = ไฟล์ชุดพิจารณา
cli--arg-sheet-out = ไฟล์ที่จะเขียน
cli--arg-sheet-file = ไฟล์ใบให้คะแนน
# $juror (String) - the juror's email
# $entries (Number) - how many entries it holds
# $path (String) - the file written
cli--packet-written = ชุดพิจารณาสำหรับ { $juror } มีผลงานเข้าร่วม { $entries } รายการ: { $path }
# $chair (String) - the chair's member
# $entries (Number) - how many entries it held
cli--packet-opened = เปิดชุดพิจารณาของ “{ $chair }” แล้ว มีผลงานเข้าร่วมที่ต้องให้คะแนน { $entries } รายการ
# $scores (Number) - how many scores it holds
# $path (String) - the file written
cli--sheet-written = ใบให้คะแนนที่มีคะแนน { $scores } รายการ: { $path }
# $juror (String) - the juror's email
# $scores (Number) - scores in the sheet
# $applied (Number) - scores that were newer
cli--sheet-merged = ใบให้คะแนนของ { $juror }: คะแนน { $scores } รายการ ใหม่กว่าที่มีอยู่ { $applied } รายการ
# $juror (String) - the juror's email
cli--sheet-already = รวมใบให้คะแนนของ { $juror } ไปแล้ว ไม่มีอะไรต้องทำ
cli--award--about = รางวัล: ประเภทรางวัลของครั้งการจัดและการลงคะแนนเสียง
cli--award-add--about = เพิ่มประเภทรางวัลให้ครั้งการจัด หรือแก้ไข
cli--award-vote--about = บันทึกคะแนนเสียงของกรรมการหนึ่งคนในรอบการลงคะแนนเสียง
cli--award-tally--about = นับคะแนนของรอบการลงคะแนนเสียงและบันทึกผู้ชนะ หากมี
cli--awards--about = รางวัลของครั้งการจัด
cli--awards-list--about = แสดงรายการรางวัลของครั้งการจัดพร้อมผู้ชนะ
cli--arg-award-key = ชื่อย่อของรางวัล
cli--arg-award-edition = ครั้งการจัด
cli--arg-award-label = ชื่อรางวัลในภาษาของอินเทอร์เฟซ
cli--arg-award-label-in = ชื่อรางวัลในภาษาอื่น LANG=TEXT (ระบุซ้ำได้หากมีหลายภาษา)
cli--arg-award-shared = ผลงานที่ได้รางวัลนี้อาจได้รับรางวัลอื่นด้วย
cli--arg-award-absolute-rounds = จำนวนรอบที่ต้องได้เสียงข้างมากเด็ดขาด ก่อนตัดสินด้วยเสียงข้างมากธรรมดา (2 หากไม่ระบุ)
cli--arg-vote-award = ชื่อย่อของรางวัล
cli--arg-vote-work = ผลงานที่ลงคะแนนเสียงให้ (หมายเลข, ff:SUBMISSION_ID, Tracking Number หรือรหัสระบุ)
cli--arg-vote-edition = ครั้งการจัด
cli--arg-vote-round = รอบการลงคะแนนเสียง (1 หากไม่ระบุ)
cli--arg-vote-voter = ผู้ลงคะแนน: อีเมลของกรรมการ
cli--arg-tally-award = ชื่อย่อของรางวัล
cli--arg-tally-edition = ครั้งการจัด
cli--arg-tally-round = รอบการลงคะแนนเสียง (1 หากไม่ระบุ)
cli--arg-awards-edition = ครั้งการจัด
# $work (Number) - the winning work's id
# $cast (Number) - votes cast
cli--tally-winner = ผลงาน { $work } ชนะ (ลงคะแนน { $cast } เสียง)
# $cast (Number) - votes cast
cli--tally-undecided = ไม่มีผู้ชนะในรอบนี้ (ลงคะแนน { $cast } เสียง) โปรดลงคะแนนเสียงอีกครั้งในรอบถัดไป
# $title (String) - the winning work's title
# $round (Number) - the round that decided
# $votes (Number) - votes for it
# $cast (Number) - votes cast
cli--award-winner = “{ $title }” ชนะในรอบที่ { $round } ด้วยคะแนน { $votes } จาก { $cast } เสียง
cli--jury-screener--about = แนบไฟล์สกรีนเนอร์ในคอมพิวเตอร์เครื่องนี้ให้ผลงาน เพื่อเล่นควบคู่กับคะแนนในหน้าต่าง
cli--arg-screener-work = ผลงาน (หมายเลข, ff:SUBMISSION_ID, Tracking Number หรือรหัสระบุ)
cli--arg-screener-file = ไฟล์วิดีโอ (WebM, MP4, M4V, MKV, MOV หรือ OGV)

# $encoding (String) - the encoding's name, such as windows-1251
cli--preview-encoding = อ่านด้วยการเข้ารหัส { $encoding }
# $name (String) - the name as files write it
# $code (String) - the code it now means
# $works (Number) - how many works carried the name and now carry the code
cli--alias-set = ตอนนี้ “{ $name }” หมายถึง { $code } (ปรับค่าผลงานแล้ว { $works } รายการ)
# $kind (String) - the kind of resource, as DDEX names it (Image, Text …)
# $count (Number) - how many there were
cli--import-skipped = ไม่ได้นำเข้า: { $count } × { $kind } (ไม่ใช่ผลงาน)
