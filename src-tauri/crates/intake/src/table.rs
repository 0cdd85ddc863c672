//! Any spreadsheet of submissions, through a column mapping: CSV from other submission
//! platforms and festivals' own forms, or the first sheet of an XLSX workbook.
//!
//! A [`Mapping`] says which column holds what Caravan understands (the title, the
//! original title, directors, countries, languages, year, runtime, synopsis, identifiers,
//! status, category, the row's id …); every column it does not name is kept as a field
//! under its header. FilmFreeway's export is one built-in preset, [`Mapping::filmfreeway`],
//! which reads headers as FilmFreeway writes them; any other mapping is a list of
//! header → [`Target`] pairs, saved by name in the store or written as a JSON file:
//!
//! ```json
//! {"name": "festhome", "columns": {"Título": "title", "Dirección": "directors", "Nº": "id"}}
//! ```
//!
//! [`guess`] proposes a mapping from a header in any of the thirteen interface languages, for
//! the window to show and the curator to correct. [`preview`] reads a file's header and
//! first rows for that dialog. Rows are read by [`crate::filmfreeway::Reader`], which does
//! the same checks whatever the mapping.

use crate::csv_file::{FileError, Records};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What a column of a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    /// The row's id on the platform it came from; a re-import finds its work by it.
    Id,
    Title,
    OriginalTitle,
    /// The BCP 47 tag of the original title.
    OriginalLanguage,
    Synopsis,
    OriginalSynopsis,
    Directors,
    Writers,
    Producers,
    Cast,
    Countries,
    Languages,
    Year,
    /// `H:MM:SS`, `MM:SS` or minutes.
    Runtime,
    CompletionDate,
    Genres,
    /// The festival's category, which becomes a section.
    Category,
    Status,
    Judging,
    SubmissionDate,
    Isan,
    Eidr,
    Isrc,
    Iswc,
    /// Read and dropped: not even kept as a field.
    Ignore,
}

impl Target {
    pub const ALL: &'static [Target] = &[
        Target::Id,
        Target::Title,
        Target::OriginalTitle,
        Target::OriginalLanguage,
        Target::Synopsis,
        Target::OriginalSynopsis,
        Target::Directors,
        Target::Writers,
        Target::Producers,
        Target::Cast,
        Target::Countries,
        Target::Languages,
        Target::Year,
        Target::Runtime,
        Target::CompletionDate,
        Target::Genres,
        Target::Category,
        Target::Status,
        Target::Judging,
        Target::SubmissionDate,
        Target::Isan,
        Target::Eidr,
        Target::Isrc,
        Target::Iswc,
        Target::Ignore,
    ];

    /// The kebab-case name mappings are written with.
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Id => "id",
            Target::Title => "title",
            Target::OriginalTitle => "original-title",
            Target::OriginalLanguage => "original-language",
            Target::Synopsis => "synopsis",
            Target::OriginalSynopsis => "original-synopsis",
            Target::Directors => "directors",
            Target::Writers => "writers",
            Target::Producers => "producers",
            Target::Cast => "cast",
            Target::Countries => "countries",
            Target::Languages => "languages",
            Target::Year => "year",
            Target::Runtime => "runtime",
            Target::CompletionDate => "completion-date",
            Target::Genres => "genres",
            Target::Category => "category",
            Target::Status => "status",
            Target::Judging => "judging",
            Target::SubmissionDate => "submission-date",
            Target::Isan => "isan",
            Target::Eidr => "eidr",
            Target::Isrc => "isrc",
            Target::Iswc => "iswc",
            Target::Ignore => "ignore",
        }
    }

    pub fn parse(s: &str) -> Option<Target> {
        Target::ALL.iter().copied().find(|t| t.as_str() == s)
    }
}

/// The name of the built-in FilmFreeway preset.
pub const FILMFREEWAY: &str = "filmfreeway";

/// How a table's columns are read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// The mapping's name; ids read through it are stored as `NAME:ID`.
    pub name: String,
    /// Header (as written; matched ignoring case and surrounding spaces) to target.
    #[serde(default)]
    pub columns: Vec<(String, Target)>,
}

/// Why a mapping cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    #[error("the mapping is not valid JSON of the expected shape: {0}")]
    Shape(String),
    #[error("the mapping has no name")]
    NoName,
    #[error("the mapping names no title column")]
    NoTitle,
    #[error("the mapping names no id column")]
    NoId,
    #[error("the mapping maps {0} twice")]
    Twice(String),
}

impl MappingError {
    pub fn code(&self) -> &'static str {
        match self {
            MappingError::Shape(_) => "mapping-bad-shape",
            MappingError::NoName => "mapping-no-name",
            MappingError::NoTitle => "mapping-no-title",
            MappingError::NoId => "mapping-no-id",
            MappingError::Twice(_) => "mapping-twice",
        }
    }
}

impl Mapping {
    /// FilmFreeway's export, read by its own headers.
    pub fn filmfreeway() -> Mapping {
        Mapping {
            name: FILMFREEWAY.to_owned(),
            columns: Vec::new(),
        }
    }

    pub fn is_filmfreeway(&self) -> bool {
        self.name == FILMFREEWAY && self.columns.is_empty()
    }

    /// Reads a mapping from its JSON. `columns` may be an object of header → target (as
    /// a person writes one by hand), or a list of `{"header", "target"}` objects or of
    /// `[header, target]` pairs (as `import preview` and `mappings show` print them).
    pub fn from_json(text: &str) -> Result<Mapping, MappingError> {
        let shape = |detail: String| MappingError::Shape(detail);
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| shape(e.to_string()))?;
        let name = value
            .get("name")
            .and_then(|n| n.as_str())
            .ok_or_else(|| shape("no \"name\"".to_owned()))?
            .to_owned();
        let target = |header: &str, t: &serde_json::Value| {
            t.as_str()
                .and_then(Target::parse)
                .ok_or_else(|| shape(format!("{header}: {t}")))
        };
        let mut columns = Vec::new();
        match value.get("columns") {
            None | Some(serde_json::Value::Null) => {}
            Some(serde_json::Value::Object(map)) => {
                for (header, t) in map {
                    columns.push((header.clone(), target(header, t)?));
                }
            }
            Some(serde_json::Value::Array(list)) => {
                for item in list {
                    let (header, t) = match item {
                        serde_json::Value::Object(o) => (o.get("header"), o.get("target")),
                        serde_json::Value::Array(pair) if pair.len() == 2 => {
                            (pair.first(), pair.get(1))
                        }
                        other => return Err(shape(other.to_string())),
                    };
                    let header = header
                        .and_then(|h| h.as_str())
                        .ok_or_else(|| shape(item.to_string()))?;
                    let t = t.ok_or_else(|| shape(item.to_string()))?;
                    columns.push((header.to_owned(), target(header, t)?));
                }
            }
            Some(other) => return Err(shape(other.to_string())),
        }
        Mapping { name, columns }.checked()
    }

    /// The JSON a mapping is saved as, `columns` an object in header order.
    pub fn to_json(&self) -> String {
        let columns: serde_json::Map<String, serde_json::Value> = self
            .columns
            .iter()
            .map(|(h, t)| (h.clone(), serde_json::Value::from(t.as_str())))
            .collect();
        serde_json::json!({"name": self.name, "columns": columns}).to_string()
    }

    /// The mapping if it can import anything: a name, a title, an id, each target once.
    pub fn checked(self) -> Result<Mapping, MappingError> {
        if self.name.trim().is_empty() {
            return Err(MappingError::NoName);
        }
        if self.is_filmfreeway() {
            return Ok(self);
        }
        let has = |t: Target| self.columns.iter().any(|(_, x)| *x == t);
        if !has(Target::Title) {
            return Err(MappingError::NoTitle);
        }
        if !has(Target::Id) {
            return Err(MappingError::NoId);
        }
        for t in Target::ALL {
            let lists = matches!(
                t,
                Target::Ignore
                    | Target::Directors
                    | Target::Writers
                    | Target::Producers
                    | Target::Cast
                    | Target::Countries
                    | Target::Languages
                    | Target::Genres
            );
            if !lists && self.columns.iter().filter(|(_, x)| x == t).count() > 1 {
                return Err(MappingError::Twice(t.as_str().to_owned()));
            }
        }
        Ok(self)
    }

    /// The target of a header, if the mapping names it.
    pub fn target_of(&self, header: &str) -> Option<Target> {
        let h = header.trim();
        self.columns
            .iter()
            .find(|(name, _)| name.trim().eq_ignore_ascii_case(h) || name.trim() == h)
            .map(|(_, t)| *t)
    }
}

/// Words a header is made of in each of the thirteen interface languages, per target: the
/// first target whose words a header contains wins, longer phrases first, so "Original
/// title" is the original title and "Title" the title.
const HEADER_WORDS: &[(Target, &[&str])] = &[
    (
        Target::OriginalTitle,
        &[
            "original title",
            "title (original",
            "titre original",
            "título original",
            "titulo original",
            "оригинальное название",
            "название на языке оригинала",
            "العنوان الأصلي",
            "原名",
            "原片名",
            "原标题",
            "原題",
            "मूल शीर्षक",
            "ชื่อต้นฉบับ",
            "ორიგინალური სათაური",
            "tajuk asal",
            "özgün başlık",
            "orijinal ad",
            "عنوان اصلی",
        ],
    ),
    (
        Target::OriginalSynopsis,
        &[
            "original synopsis",
            "synopsis (original",
            "synopsis original",
            "sinopsis original",
            "синопсис на языке оригинала",
            "الملخص الأصلي",
            "原文简介",
            "原文あらすじ",
            "मूल सारांश",
            "tajuk asal sinopsis",
            "özgün özet",
            "خلاصه اصلی",
        ],
    ),
    (
        Target::OriginalLanguage,
        &[
            "original language",
            "langue originale",
            "idioma original",
            "язык оригинала",
            "اللغة الأصلية",
            "原语言",
        ],
    ),
    (
        Target::SubmissionDate,
        &[
            "submission date",
            "date de soumission",
            "date d'inscription",
            "fecha de inscripción",
            "fecha de envío",
            "дата подачи",
            "تاريخ التقديم",
            "提交日期",
            "応募日",
            "जमा करने की तिथि",
            "วันที่ส่ง",
            "წარდგენის თარიღი",
            "tarikh penyerahan",
            "başvuru tarihi",
            "تاریخ ارسال",
        ],
    ),
    (
        Target::CompletionDate,
        &[
            "completion date",
            "date d'achèvement",
            "fecha de finalización",
            "дата завершения",
            "تاريخ الإنجاز",
            "完成日期",
            "完成日",
            "पूर्ण होने की तिथि",
            "วันที่เสร็จ",
            "დასრულების თარიღი",
            "tarikh siap",
            "tamamlanma tarihi",
            "تاریخ تکمیل",
        ],
    ),
    (
        Target::Id,
        &[
            "submission id",
            "entry id",
            "id",
            "no.",
            "nº",
            "n°",
            "numéro",
            "número",
            "номер",
            "رقم",
            "编号",
            "序号",
            "番号",
            "क्रमांक",
            "รหัส",
            "เลขที่",
            "ნომერი",
            "nombor",
            "numara",
            "sıra no",
            "شماره",
        ],
    ),
    (
        Target::Title,
        &[
            "title",
            "titre",
            "título",
            "titulo",
            "название",
            "العنوان",
            "片名",
            "标题",
            "作品名",
            "タイトル",
            "題名",
            "शीर्षक",
            "ชื่อเรื่อง",
            "ชื่อผลงาน",
            "სათაური",
            "tajuk",
            "judul",
            "başlık",
            "eser adı",
            "film adı",
            "عنوان",
        ],
    ),
    (
        Target::Synopsis,
        &[
            "synopsis",
            "logline",
            "résumé",
            "sinopsis",
            "resumen",
            "синопсис",
            "аннотация",
            "ملخص",
            "简介",
            "剧情",
            "あらすじ",
            "概要",
            "सारांश",
            "เรื่องย่อ",
            "სინოფსის",
            "sinopsis",
            "özet",
            "خلاصه",
        ],
    ),
    (
        Target::Directors,
        &[
            "director",
            "réalisat",
            "dirección",
            "режисс",
            "مخرج",
            "إخراج",
            "导演",
            "監督",
            "निर्देशक",
            "ผู้กำกับ",
            "რეჟისორ",
            "pengarah",
            "yönetmen",
            "کارگردان",
        ],
    ),
    (
        Target::Writers,
        &[
            "writer",
            "screenwriter",
            "scénar",
            "guion",
            "сценари",
            "كاتب",
            "سيناريو",
            "编剧",
            "脚本",
            "लेखक",
            "ผู้เขียนบท",
            "სცენარ",
            "penulis",
            "senarist",
            "نویسنده",
        ],
    ),
    (
        Target::Producers,
        &[
            "producer",
            "productor",
            "продюсер",
            "منتج",
            "制片",
            "プロデューサー",
            "निर्माता",
            "ผู้อำนวยการสร้าง",
            "პროდიუსერ",
            "penerbit",
            "yapımcı",
            "تهیه‌کننده",
        ],
    ),
    (
        Target::Cast,
        &[
            "cast",
            "actors",
            "interprète",
            "reparto",
            "актёр",
            "актер",
            "ممثل",
            "演员",
            "出演",
            "キャスト",
            "कलाकार",
            "นักแสดง",
            "მსახიობ",
            "pelakon",
            "oyuncu",
            "بازیگر",
        ],
    ),
    (
        Target::Countries,
        &[
            "countr",
            "pays",
            "país",
            "pais",
            "стран",
            "بلد",
            "دولة",
            "国家",
            "国别",
            "制作国",
            "国名",
            "देश",
            "ประเทศ",
            "ქვეყან",
            "negara",
            "ülke",
            "کشور",
        ],
    ),
    (
        Target::Languages,
        &[
            "language",
            "langue",
            "idioma",
            "язык",
            "لغة",
            "语言",
            "言語",
            "भाषा",
            "ภาษา",
            "ენა",
            "ენები",
            "bahasa",
            "dil",
            "diller",
            "زبان",
        ],
    ),
    (
        Target::Runtime,
        &[
            "runtime",
            "duration",
            "length",
            "durée",
            "duración",
            "хронометраж",
            "продолжительность",
            "المدة",
            "片长",
            "时长",
            "上映時間",
            "अवधि",
            "ความยาว",
            "ხანგრძლივობა",
            "durasi",
            "tempoh",
            "süre",
            "مدت",
        ],
    ),
    (
        Target::Year,
        &[
            "year",
            "année",
            "año",
            "год",
            "سنة",
            "年份",
            "年",
            "製作年",
            "वर्ष",
            "ปี",
            "წელი",
            "tahun",
            "yıl",
            "سال",
        ],
    ),
    (Target::Genres, &["genre", "género", "жанр", "نوع", "类型"]),
    (
        Target::Category,
        &[
            "categor",
            "section",
            "sección",
            "категор",
            "секци",
            "فئة",
            "قسم",
            "类别",
            "单元",
            "ジャンル",
            "शैली",
            "विधा",
            "แนว",
            "ჟანრ",
            "tür",
            "ژانر",
            "部門",
            "श्रेणी",
            "หมวด",
            "კატეგორი",
            "სექცია",
            "kategori",
            "bölüm",
            "بخش",
            "دسته",
        ],
    ),
    (
        Target::Judging,
        &[
            "judging",
            "jury",
            "évaluation",
            "evaluación",
            "оценка",
            "تحكيم",
            "评审",
            "審査",
            "मूल्यांकन",
            "การพิจารณา",
            "შეფასება",
            "penjurian",
            "değerlendirme",
            "داوری",
        ],
    ),
    (
        Target::Status,
        &[
            "status",
            "statut",
            "estado",
            "статус",
            "الحالة",
            "状态",
            "ステータス",
            "状態",
            "स्थिति",
            "สถานะ",
            "სტატუს",
            "durum",
            "وضعیت",
        ],
    ),
    (Target::Isan, &["isan"]),
    (Target::Eidr, &["eidr"]),
    (Target::Isrc, &["isrc"]),
    (Target::Iswc, &["iswc"]),
];

/// The target a header most likely means, from the words it is made of, in any of the
/// thirteen interface languages; `None` when nothing fits (the column stays a field).
pub fn guess_target(header: &str) -> Option<Target> {
    // Folded (case, accents, letter variants), so "Catégorie" and "CATEGORIE" are one.
    let h = caravan_text::fold(header.trim());
    if h.is_empty() {
        return None;
    }
    // A short word matches only whole ("id", "年"); a longer one may be part of a word
    // ("Director(s)", "Countries").
    let fits = |word: &str| {
        let word = caravan_text::fold(word);
        let word = word.as_str();
        if word.chars().count() <= 3 {
            h.split(|c: char| !c.is_alphanumeric() && c != '.' && c != 'º' && c != '°')
                .any(|w| w == word)
                || h == word
        } else {
            h.contains(word)
        }
    };
    HEADER_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| fits(w)))
        .map(|(t, _)| *t)
}

/// A mapping guessed from a header: each column whose header fits a target maps to it,
/// the first column to each target that may only be mapped once.
pub fn guess(name: &str, headers: &[String]) -> Mapping {
    let mut columns: Vec<(String, Target)> = Vec::new();
    for h in headers {
        if let Some(t) = guess_target(h) {
            let once = !matches!(
                t,
                Target::Directors
                    | Target::Writers
                    | Target::Producers
                    | Target::Cast
                    | Target::Countries
                    | Target::Languages
                    | Target::Genres
            );
            if once && columns.iter().any(|(_, x)| *x == t) {
                continue;
            }
            columns.push((h.clone(), t));
        }
    }
    Mapping {
        name: name.to_owned(),
        columns,
    }
}

/// The first rows of a table, for the import dialog to show before anything is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The encoding a CSV is read in; `None` for a workbook.
    pub encoding: Option<&'static str>,
}

/// Reads a table's header and up to `rows` rows.
pub fn preview(
    path: &Path,
    encoding: Option<&'static encoding_rs::Encoding>,
    rows: usize,
) -> Result<Preview, FileError> {
    let mut source = Source::open(path, encoding)?;
    let headers = source.headers.clone();
    let mut out = Vec::new();
    while out.len() < rows {
        match source.next_cells()? {
            Some((_, cells)) => {
                out.push(cells.into_iter().map(|c| c.unwrap_or_default()).collect())
            }
            None => break,
        }
    }
    Ok(Preview {
        headers,
        rows: out,
        encoding: source.encoding(),
    })
}

/// Whether a file is a workbook rather than delimited text: by its first bytes (a ZIP
/// archive) rather than its name.
pub fn is_workbook(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok()
        && magic == *b"PK\x03\x04"
}

/// Where rows come from: a delimited file streamed record by record, or a workbook's
/// first sheet (which the workbook format makes one read).
pub(crate) struct Source {
    kind: SourceKind,
    pub(crate) headers: Vec<String>,
}

enum SourceKind {
    Text {
        records: Records,
        record: csv::ByteRecord,
    },
    Sheet {
        rows: std::vec::IntoIter<(u64, Vec<String>)>,
        total: usize,
        read: usize,
    },
}

/// One row's cells: text, or the 1-based byte at which a cell stops being UTF-8.
pub(crate) type Cells = Vec<Result<String, usize>>;

impl Source {
    pub(crate) fn open(
        path: &Path,
        encoding: Option<&'static encoding_rs::Encoding>,
    ) -> Result<Source, FileError> {
        if is_workbook(path) {
            return Source::sheet(path);
        }
        let (records, headers) = Records::open(path, encoding)?;
        Ok(Source {
            kind: SourceKind::Text {
                records,
                record: csv::ByteRecord::new(),
            },
            headers,
        })
    }

    fn sheet(path: &Path) -> Result<Source, FileError> {
        use calamine::Reader as _;
        let unreadable = |detail: String| FileError::Sheet {
            path: path.to_path_buf(),
            detail,
        };
        let mut workbook =
            calamine::open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
        let range = workbook
            .worksheet_range_at(0)
            .ok_or_else(|| unreadable("the workbook has no sheet".to_owned()))?
            .map_err(|e| unreadable(e.to_string()))?;
        let first_row = range.start().map_or(0, |(r, _)| r);
        let mut rows: Vec<(u64, Vec<String>)> = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let cells: Vec<String> = row.iter().map(cell_text).collect();
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            rows.push((u64::from(first_row) + i as u64 + 1, cells));
        }
        let mut rows = rows.into_iter();
        let Some((_, header)) = rows.next() else {
            return Err(FileError::Empty(path.to_path_buf()));
        };
        let headers: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
        let width = headers.len();
        // A sheet's rows are as wide as its widest; cells past the header are empty.
        let rows: Vec<(u64, Vec<String>)> = rows
            .map(|(line, mut cells)| {
                while cells.len() > width && cells.last().is_some_and(|c| c.is_empty()) {
                    cells.pop();
                }
                cells.resize(width.max(cells.len()), String::new());
                (line, cells)
            })
            .collect();
        let total = rows.len();
        Ok(Source {
            kind: SourceKind::Sheet {
                rows: rows.into_iter(),
                total,
                read: 0,
            },
            headers,
        })
    }

    pub(crate) fn encoding(&self) -> Option<&'static str> {
        match &self.kind {
            SourceKind::Text { records, .. } => Some(records.encoding()),
            SourceKind::Sheet { .. } => None,
        }
    }

    pub(crate) fn progress(&self) -> f64 {
        match &self.kind {
            SourceKind::Text { records, .. } => records.progress(),
            SourceKind::Sheet { total, read, .. } => {
                if *total == 0 {
                    1.0
                } else {
                    *read as f64 / *total as f64
                }
            }
        }
    }

    /// The next row that is not blank and the line it starts on.
    pub(crate) fn next_cells(&mut self) -> Result<Option<(u64, Cells)>, FileError> {
        match &mut self.kind {
            SourceKind::Text { records, record } => {
                let Some(line) = records.next_record(record)? else {
                    return Ok(None);
                };
                let cells = record
                    .iter()
                    .map(|raw| {
                        std::str::from_utf8(raw)
                            .map(str::to_owned)
                            .map_err(|e| e.valid_up_to() + 1)
                    })
                    .collect();
                Ok(Some((line, cells)))
            }
            SourceKind::Sheet { rows, read, .. } => {
                *read += 1;
                Ok(rows
                    .next()
                    .map(|(line, cells)| (line, cells.into_iter().map(Ok).collect())))
            }
        }
    }
}

/// A workbook cell as the text a CSV of it would hold: whole numbers without a decimal
/// point, dates as ISO dates.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        // Days since 1899-12-30, Excel's day zero (which absorbs its 1900 leap-year bug
        // for every date after February 1900).
        Data::DateTime(d) if d.is_datetime() => chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
            .and_then(|zero| {
                zero.checked_add_days(chrono::Days::new(d.as_f64().floor().max(0.0) as u64))
            })
            .map_or_else(|| d.as_f64().to_string(), |date| date.to_string()),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_understood_in_the_six_languages() {
        for (header, target) in [
            ("Title", Target::Title),
            ("Original title", Target::OriginalTitle),
            ("Titre original", Target::OriginalTitle),
            ("Título", Target::Title),
            ("Название", Target::Title),
            ("العنوان", Target::Title),
            ("片名", Target::Title),
            ("Réalisateur(s)", Target::Directors),
            ("Режиссёр", Target::Directors),
            ("导演", Target::Directors),
            ("Pays de production", Target::Countries),
            ("País", Target::Countries),
            ("Страна", Target::Countries),
            ("Durée", Target::Runtime),
            ("Año", Target::Year),
            ("ID", Target::Id),
            ("Nº", Target::Id),
            ("Catégorie", Target::Category),
            ("ISAN", Target::Isan),
            // The seven languages that joined the six.
            ("原題", Target::OriginalTitle),
            ("監督", Target::Directors),
            ("制作国", Target::Countries),
            ("निर्देशक", Target::Directors),
            ("ชื่อเรื่อง", Target::Title),
            ("რეჟისორი", Target::Directors),
            ("Tajuk asal", Target::OriginalTitle),
            ("Negara", Target::Countries),
            ("Yönetmen", Target::Directors),
            ("Süre", Target::Runtime),
            ("Diller", Target::Languages),
            ("کارگردان", Target::Directors),
            ("عنوان اصلی", Target::OriginalTitle),
        ] {
            assert_eq!(guess_target(header), Some(target), "{header}");
        }
        assert_eq!(guess_target("Shoe size"), None);
        // "id" is a word, not a part of one.
        assert_eq!(guess_target("Video link"), None);
    }

    #[test]
    fn mappings_round_trip_and_are_checked() {
        let m = Mapping::from_json(
            r#"{"name":"festhome","columns":{"Título":"title","Nº":"id","País":"countries"}}"#,
        )
        .unwrap();
        assert_eq!(m.target_of("título"), Some(Target::Title));
        assert_eq!(Mapping::from_json(&m.to_json()).unwrap(), m);
        let err = |json: &str| Mapping::from_json(json).unwrap_err().code();
        assert_eq!(
            err(r#"{"name":"x","columns":{"A":"id"}}"#),
            "mapping-no-title"
        );
        assert_eq!(
            err(r#"{"name":"x","columns":{"A":"title"}}"#),
            "mapping-no-id"
        );
        assert_eq!(
            err(r#"{"name":"x","columns":{"A":"titel"}}"#),
            "mapping-bad-shape"
        );
        assert_eq!(
            err(r#"{"name":"x","columns":{"A":"title","B":"title","C":"id"}}"#),
            "mapping-twice"
        );
        assert_eq!(err(r#"{"name":" ","columns":{}}"#), "mapping-no-name");
    }
}
