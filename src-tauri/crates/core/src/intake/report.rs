//! What an import reports: how many rows were imported, updated or unchanged, the
//! refused rows with their line, column and code, and the warnings about what was kept
//! (with the closest known value), their messages filled in later in the reader's
//! language. The report is kept bounded, so a file of garbage does not build one
//! as big as itself; that rule and the counting are apart from how rows are stored.

use crate::api::{ImportReport, ImportWarning, RejectedRow};
use caravan_intake::filmfreeway::Rejection;
use caravan_intake::Warning;

/// The most refused rows a report lists one by one; `rejected_total` counts them all.
const MAX_REPORTED: usize = 1000;

/// What happened to one row.
pub(super) enum Outcome {
    Imported,
    Updated,
    Unchanged,
}

impl ImportReport {
    pub(super) fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Imported => self.imported += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
        }
    }

    pub(super) fn reject(&mut self, r: Rejection) {
        // A file of garbage must not build a report as big as itself.
        self.rejected_total += 1;
        if self.rejected.len() >= MAX_REPORTED {
            return;
        }
        self.rejected.push(RejectedRow {
            line: r.line,
            column: r.column,
            code: r.code.to_owned(),
            message: String::new(),
            value: r.value,
        });
    }

    pub(crate) fn warn(&mut self, w: Warning) {
        self.warnings_total += 1;
        if self.warnings.len() >= MAX_REPORTED {
            return;
        }
        let (suggestion_code, suggestion) = w.suggestion.unzip();
        self.warnings.push(ImportWarning {
            line: w.line,
            column: w.column,
            code: w.code.to_owned(),
            message: String::new(),
            value: w.value,
            suggestion,
            suggestion_code,
            vocabulary: w.vocabulary.map(|v| v.as_str().to_owned()),
        });
    }

    /// Fills in every rejected row's and warning's message in the localizer's language.
    pub fn localize(&mut self, l10n: &caravan_i18n::Localizer) {
        for w in &mut self.warnings {
            let id = match &w.suggestion {
                Some(_) => format!("warning--{}--suggestion", w.code),
                None => format!("warning--{}", w.code),
            };
            w.message = l10n.tr_with(
                &id,
                [
                    ("line", w.line.into()),
                    ("column", w.column.as_str().into()),
                    ("value", w.value.as_str().into()),
                    ("suggestion", w.suggestion.as_deref().unwrap_or("").into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 4],
            );
        }
        for r in &mut self.rejected {
            r.message = l10n.tr_with(
                &format!("reject--{}", r.code),
                [
                    ("line", r.line.into()),
                    ("column", r.column.as_str().into()),
                    ("value", r.value.as_str().into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 3],
            );
        }
    }
}
