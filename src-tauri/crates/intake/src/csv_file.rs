//! Reading a delimited text file the way festivals hand them over: CSV as FilmFreeway
//! writes it, UTF-16 "Unicode text" with tabs after a round through Excel, semicolons as
//! European spreadsheets write CSV, or a whole file in a legacy encoding (Windows-1252,
//! Windows-1251, GB18030, Shift_JIS …) as older office software saves it. [`Records`]
//! drops a UTF-8 byte-order mark, decodes UTF-16 and legacy encodings on the fly (the
//! encoding detected by `chardetng`, the detector Firefox uses, unless the caller names
//! one), sniffs the delimiter and the line ending, reads the header and then
//! yields one record at a time with the line it starts on. It knows nothing of what the
//! columns mean, which is each format's reader's business; that is why it is apart, and
//! why the helpers for the cells of any spreadsheet (lists in a cell, formulas made safe)
//! live here too.

use std::io::Read;
use std::path::{Path, PathBuf};

/// A problem with the file as a whole: nothing in it can be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}: the file is empty")]
    Empty(PathBuf),
    #[error("{path}: no column '{column}'")]
    MissingColumn { path: PathBuf, column: String },
    #[error("{path}, line {line}: {detail}")]
    Malformed {
        path: PathBuf,
        line: u64,
        detail: String,
    },
    /// A column the mapping names is not in the table.
    #[error("{path}: no column '{column}', which the mapping names")]
    MissingMapped { path: PathBuf, column: String },
    #[error("{path}: the workbook cannot be read: {detail}")]
    Sheet { path: PathBuf, detail: String },
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Io { .. } => "import-io",
            FileError::Empty(_) => "import-empty",
            FileError::MissingColumn { .. } => "import-missing-column",
            FileError::Malformed { .. } => "csv-malformed",
            FileError::Sheet { .. } => "xlsx-unreadable",
            FileError::MissingMapped { .. } => "table-missing-column",
        }
    }
}

/// An open delimited file, read record by record in bounded memory.
pub(crate) struct Records {
    path: PathBuf,
    csv: csv::Reader<Box<dyn Read + Send>>,
    bytes_total: u64,
    utf16: bool,
    encoding: &'static encoding_rs::Encoding,
    /// The reader counts a CRLF's line at the start of the next record; this corrects it.
    line_offset: u64,
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> FileError + '_ {
    move |source| FileError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl Records {
    /// Opens a file and reads its header, each name trimmed. `encoding`, when given, is
    /// the file's encoding whatever it looks like; otherwise it is found (see
    /// [`detect_encoding`]).
    pub(crate) fn open(
        path: &Path,
        encoding: Option<&'static encoding_rs::Encoding>,
    ) -> Result<(Self, Vec<String>), FileError> {
        let file = std::fs::File::open(path).map_err(io_error(path))?;
        let bytes_total = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut buffered = std::io::BufReader::with_capacity(1 << 16, file);
        let head = {
            use std::io::BufRead;
            buffered.fill_buf().map_err(io_error(path))?.to_vec()
        };
        if head.is_empty() {
            return Err(FileError::Empty(path.to_path_buf()));
        }
        let bom = encoding_rs::Encoding::for_bom(&head).map(|(e, _)| e);
        let utf16 = matches!(bom, Some(e) if e != encoding_rs::UTF_8);
        let encoding = match (bom, encoding) {
            (Some(e), _) => e,
            (None, Some(e)) => e,
            (None, None) => detect_encoding(path)?,
        };
        // UTF-16 and legacy encodings are decoded to UTF-8 on the fly; UTF-8 passes
        // through untouched (its BOM dropped). In a UTF-8 file, bytes that are not UTF-8
        // are caught cell by cell as rows are read.
        let decoded: Box<dyn Read + Send> = if utf16 {
            Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .bom_sniffing(true)
                    .strip_bom(true)
                    .build(buffered),
            )
        } else if encoding != encoding_rs::UTF_8 {
            Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding))
                    .bom_sniffing(false)
                    .build(buffered),
            )
        } else {
            if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
                let mut bom = [0u8; 3];
                buffered.read_exact(&mut bom).map_err(io_error(path))?;
            }
            Box::new(buffered)
        };
        let (delimiter, crlf) = sniff_delimiter(&head, utf16);
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(decoded);
        let mut header = csv::ByteRecord::new();
        let got = csv
            .read_byte_record(&mut header)
            .map_err(|e| malformed(path, &e))?;
        if !got || header.iter().all(|h| h.iter().all(u8::is_ascii_whitespace)) {
            return Err(FileError::Empty(path.to_path_buf()));
        }
        let headers: Vec<String> = header
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_owned())
            .collect();
        Ok((
            Records {
                path: path.to_path_buf(),
                csv,
                bytes_total,
                utf16,
                encoding,
                line_offset: u64::from(crlf),
            },
            headers,
        ))
    }

    /// The encoding the file is read in, by its WHATWG name (`UTF-8`, `windows-1251`).
    pub(crate) fn encoding(&self) -> &'static str {
        self.encoding.name()
    }

    /// How far through the file reading is, from 0 to 1.
    pub(crate) fn progress(&self) -> f64 {
        if self.bytes_total == 0 {
            return 1.0;
        }
        // The position counts decoded UTF-8 bytes; UTF-16 text is about twice as long.
        let read = self.csv.position().byte() * if self.utf16 { 2 } else { 1 };
        (read as f64 / self.bytes_total as f64).min(1.0)
    }

    /// Reads the next record that is not blank into `record` and returns the line it
    /// starts on: `None` at the end, or an error when the file cannot be read on.
    pub(crate) fn next_record(
        &mut self,
        record: &mut csv::ByteRecord,
    ) -> Result<Option<u64>, FileError> {
        loop {
            let more = self
                .csv
                .read_byte_record(record)
                .map_err(|e| malformed(&self.path, &e))?;
            if !more {
                return Ok(None);
            }
            // Blank lines between rows are not rows.
            if record.iter().all(|c| c.iter().all(u8::is_ascii_whitespace)) {
                continue;
            }
            let line = record.position().map(|p| p.line()).unwrap_or(0) + self.line_offset;
            return Ok(Some(line));
        }
    }
}

/// How much of a file the detector reads: enough text for any encoding to show itself.
const DETECTOR_BYTES: usize = 4 << 20;

/// The encoding of a file without a byte-order mark. A file that is valid UTF-8 is UTF-8;
/// so is one that is mostly UTF-8 but has a few bad cells (those are refused cell by
/// cell, as a file mixing encodings cannot be read honestly as any one of them): its
/// valid multi-byte characters outnumber its bad bytes more than twice. Otherwise the
/// few byte pairs that happen to read as UTF-8 (GBK's `C2 BF`, say) are chance, and the
/// file is handed to `chardetng`, which weighs the bytes as each legacy encoding would
/// read them.
pub(crate) fn detect_encoding(path: &Path) -> Result<&'static encoding_rs::Encoding, FileError> {
    let mut file = std::fs::File::open(path).map_err(io_error(path))?;
    let mut detector = chardetng::EncodingDetector::new();
    let mut fed = 0usize;
    let (mut utf8_sequences, mut bad_bytes) = (0u64, 0u64);
    let mut buf = vec![0u8; 1 << 20];
    // Up to three bytes of a character cut by the end of the previous chunk.
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = file.read(&mut buf).map_err(io_error(path))?;
        let last = n == 0;
        let mut chunk = std::mem::take(&mut carry);
        chunk.extend_from_slice(&buf[..n]);
        if fed < DETECTOR_BYTES {
            let take = chunk.len().min(DETECTOR_BYTES - fed);
            detector.feed(&chunk[..take], last);
            fed += take;
        }
        let mut pieces = chunk.utf8_chunks().peekable();
        while let Some(piece) = pieces.next() {
            utf8_sequences += piece.valid().chars().filter(|c| !c.is_ascii()).count() as u64;
            let invalid = piece.invalid();
            if pieces.peek().is_none() && !last && !invalid.is_empty() && invalid.len() < 4 {
                carry = invalid.to_vec();
            } else {
                bad_bytes += invalid.len() as u64;
            }
        }
        if last {
            break;
        }
    }
    if bad_bytes == 0 || utf8_sequences > 2 * bad_bytes {
        return Ok(encoding_rs::UTF_8);
    }
    Ok(detector.guess(None, false))
}

/// An encoding named as WHATWG labels them (`windows-1252`, `latin1`, `sjis`, `gb18030`).
pub fn encoding_for_label(label: &str) -> Option<&'static encoding_rs::Encoding> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes())
}

fn malformed(path: &Path, e: &csv::Error) -> FileError {
    match e.kind() {
        csv::ErrorKind::Io(io) => FileError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(io.kind(), io.to_string()),
        },
        _ => FileError::Malformed {
            path: path.to_path_buf(),
            line: e.position().map(|p| p.line()).unwrap_or(0),
            detail: e.to_string(),
        },
    }
}

/// Tabs in the header mean Excel's "Unicode text"; otherwise commas, or semicolons as
/// European spreadsheets write CSV. Also says whether lines end in CRLF.
fn sniff_delimiter(head: &[u8], utf16: bool) -> (u8, bool) {
    let text: String = if utf16 {
        let (decoded, _, _) = if head.starts_with(&[0xFE, 0xFF]) {
            encoding_rs::UTF_16BE.decode(head)
        } else {
            encoding_rs::UTF_16LE.decode(head)
        };
        decoded.into_owned()
    } else {
        String::from_utf8_lossy(head).into_owned()
    };
    let first = text.split('\n').next().unwrap_or("");
    let crlf = first.ends_with('\r') && text.contains('\n');
    let count = |c: char| first.matches(c).count();
    let (tabs, commas, semis) = (count('\t'), count(','), count(';'));
    let delimiter = if tabs > commas && tabs >= semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    };
    (delimiter, crlf)
}

/// A spreadsheet-safe export prefixes formulas with an apostrophe; taking it off again
/// makes an exported file import back as it was.
pub fn unescape_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// A cell with the control characters taken out that SQLite and every screen would choke
/// on (NUL among them; tabs and line breaks stay), or `None` when it had none.
pub(crate) fn without_controls(cell: &str) -> Option<String> {
    let bad = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    cell.contains(bad)
        .then(|| cell.chars().filter(|c| !bad(*c)).collect())
}

/// Splits a multi-value cell on commas (and semicolons), dropping empty parts.
pub(crate) fn split_list(v: &str) -> Vec<String> {
    v.split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn formula_apostrophes_come_off_only_before_formulas() {
        assert_eq!(unescape_formula("'=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(unescape_formula("'Tis the season"), "'Tis the season");
    }
}
