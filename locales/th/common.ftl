# Words shared by the command line and the window: kinds, roles, statuses and the labels
# of a work's fields.

kind--film = ภาพยนตร์
kind--music = ดนตรี

role--director = ผู้กำกับ
role--writer = ผู้เขียนบท
role--producer = ผู้อำนวยการสร้าง
role--cast = นักแสดง
role--cinematographer = ผู้กำกับภาพ
role--editor = ผู้ลำดับภาพ
role--composer = ผู้ประพันธ์ดนตรี
role--lyricist = ผู้แต่งเนื้อร้อง
role--artist = ศิลปิน
role--performer = ผู้แสดง

provenance--submitted = จากผู้ส่งผลงาน
provenance--curator = ผู้คัดสรร
provenance--machine = การแปลด้วยเครื่อง

work--kind = ประเภท
work--year = ปี
work--runtime = ความยาว
work--countries = ประเทศ
work--languages = ภาษา
work--titles = ชื่อผลงาน
work--synopses = เรื่องย่อ
work--credits = เครดิต
work--identifiers = รหัสระบุ
work--original = ต้นฉบับ

# The names of vocabularies and fields, used inside error messages.
what--work-kind = ประเภทผลงาน
what--member-kind = ประเภทสมาชิก
what--tier = ระดับสมาชิกภาพ
what--submission-status = สถานะการส่งผลงาน
what--judging-status = สถานะการพิจารณา
what--text-field = ช่องข้อความ
what--provenance = ที่มา
what--credit-role = บทบาทในเครดิต
what--edition-name = ชื่อครั้งการจัด
what--title = ชื่อผลงาน
what--synopsis = เรื่องย่อ
what--judging-label = ป้ายกำกับการพิจารณา
what--submission-column = คอลัมน์ของตารางการส่งผลงาน
what--work-column = คอลัมน์ของรายการผลงาน
what--member-name = ชื่อ
what--note-text = เนื้อความของโน้ต
what--exchange-point = จุดแลกเปลี่ยน

media-kind--poster = โปสเตอร์
media-kind--still = ภาพนิ่ง
media-kind--cover = ภาพปก
what--media-kind = ประเภทภาพ
work--media = ภาพ

status--in-consideration = อยู่ระหว่างพิจารณา
status--incomplete = ข้อมูลไม่ครบถ้วน
status--disqualified = ถูกตัดสิทธิ์
status--withdrawn = ถอนผลงานแล้ว

judging--undecided = ยังไม่ตัดสิน
judging--selected = ได้รับคัดเลือก
judging--not-selected = ไม่ได้รับคัดเลือก

duplicate-reason--title = ชื่อผลงานเดียวกัน
duplicate-reason--title-across-scripts = ชื่อผลงานเดียวกันในระบบอักษรอื่น
duplicate-reason--director = ผู้กำกับหรือศิลปินคนเดียวกัน
duplicate-reason--year = ปีเดียวกัน
duplicate-reason--runtime = ความยาวเท่ากัน
duplicate-reason--poster = โปสเตอร์เดียวกัน
what--identifier-kind = ประเภทรหัสระบุ

identifier-kind--isan = รหัส ISAN
identifier-kind--eidr = รหัส EIDR
identifier-kind--isrc = รหัส ISRC
identifier-kind--iswc = รหัส ISWC
identifier-kind--filmfreeway-submission = Submission ID ของ FilmFreeway
identifier-kind--filmfreeway-tracking = Tracking Number ของ FilmFreeway
identifier-kind--caravan-demo = รหัสข้อมูลตัวอย่าง

# Whether a member's card was checked with the member.
trust--verified = ยืนยันแล้ว
trust--unverified = ยังไม่ยืนยัน
trust--no-card = ไม่มีบัตรสมาชิก
tier--basic = สมาชิกสามัญ
tier--business = สมาชิกประเภทธุรกิจ
tier--partnership = สมาชิกคู่ความร่วมมือ
trust--revoked = ถูกเพิกถอน
# The states and kinds of a recommendation.
recommendation-state--sent = ส่งแล้ว
recommendation-state--received = ได้รับแล้ว
recommendation-state--accepted = ตอบรับแล้ว
recommendation-state--declined = ปฏิเสธแล้ว
recommendation-state--programmed = บรรจุในโปรแกรมแล้ว
recommendation-kind--work = ผลงาน
recommendation-kind--judge = กรรมการตัดสิน
recommendation-kind--guest = แขกรับเชิญ
what--decline-reason = เหตุผลที่ปฏิเสธ
what--recommendation-kind = ประเภทการแนะนำ
what--recommendation-direction = ทิศทาง (ขาเข้าหรือขาออก)
what--contact-kind = ประเภทช่องทางติดต่อ
what--contact = ช่องทางติดต่อ
what--application-state = สถานะใบสมัคร
what--outcome = ผลการตัดสิน
what--tier-label = ชื่อระดับสมาชิกภาพ
what--criterion-text = ข้อความของเกณฑ์
what--alliance-name = ชื่อพันธมิตร
what--evidence = หลักฐาน
what--note = หมายเหตุ
contact-kind--email = อีเมล
contact-kind--phone = โทรศัพท์
contact-kind--web = เว็บไซต์
contact-kind--address = ที่อยู่ทางไปรษณีย์
application-state--open = รอพิจารณา
application-state--admitted = รับเข้าแล้ว
application-state--refused = ไม่รับ
application-state--withdrawn = ถอนใบสมัครแล้ว
member-kind--festival = เทศกาล
member-kind--institution = สถาบัน
member-kind--company = บริษัท
member-kind--artist = ศิลปิน
outcome--admit = รับเข้า
outcome--refuse = ไม่รับ
outcome--withdraw = ผู้สมัครถอนใบสมัคร
what--criterion-label = ชื่อเกณฑ์
# $detail (String) - the reason given, or —
conflict--declared = แจ้งไว้: { $detail }
# $detail (String) - the member's short name
conflict--recommended-by-member = สมาชิกที่กรรมการสังกัด “{ $detail }” เป็นผู้แนะนำ
# $detail (String) - the credit's role
conflict--credited = กรรมการมีชื่อในเครดิตของผลงานนี้ ({ $detail })
# $detail (String) - the company's name
conflict--same-company = สร้างโดย “{ $detail }” ซึ่งเป็นบริษัทผู้สร้างที่กรรมการสังกัด
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--too-few-jurors = ยังขาดการประเมิน { $missing } ครั้ง เนื่องจากมีกรรมการเพียง { $possible } คนที่ไม่มีผลประโยชน์ทับซ้อนกับผลงานนี้
# $missing (Number) - reviews still missing
# $possible (Number) - jurors free of conflicts
uncovered--jurors-full = ยังขาดการประเมิน { $missing } ครั้ง เนื่องจากกรรมการที่ประเมินผลงานนี้ได้ต่างรับผลงานเข้าร่วมครบจำนวนสูงสุดแล้ว
# $line (String) - the line of the file
# $column (String) - the column
# $reason (String) - why, already localised
scores--rejected-row = บรรทัด { $line } คอลัมน์ “{ $column }”: { $reason }
