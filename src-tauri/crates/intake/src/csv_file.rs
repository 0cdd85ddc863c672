//! Reading a delimited text file the way festivals hand them over: CSV as FilmFreeway
//! writes it, UTF-16 "Unicode text" with tabs after a round through Excel, or semicolons
//! as European spreadsheets write CSV. [`Records`] drops a UTF-8 byte-order mark, decodes
//! UTF-16 on the fly, sniffs the delimiter and the line ending, reads the header and then
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
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Io { .. } => "import-io",
            FileError::Empty(_) => "import-empty",
            FileError::MissingColumn { .. } => "import-missing-column",
            FileError::Malformed { .. } => "csv-malformed",
        }
    }
}

/// An open delimited file, read record by record in bounded memory.
pub(crate) struct Records {
    path: PathBuf,
    csv: csv::Reader<Box<dyn Read + Send>>,
    bytes_total: u64,
    utf16: bool,
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
    /// Opens a file and reads its header, each name trimmed.
    pub(crate) fn open(path: &Path) -> Result<(Self, Vec<String>), FileError> {
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
        let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        // UTF-16 is decoded to UTF-8 on the fly; UTF-8 passes through untouched (its BOM
        // dropped). Bytes that are not UTF-8 are caught cell by cell as rows are read.
        let decoded: Box<dyn Read + Send> = if utf16 {
            Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .bom_sniffing(true)
                    .strip_bom(true)
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
                line_offset: u64::from(crlf),
            },
            headers,
        ))
    }

    /// The file being read.
    pub(crate) fn path(&self) -> &Path {
        &self.path
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
