//! What an import reports: how many rows were imported, updated or unchanged, and the
//! refused rows with their line, column and code, their messages filled in later in the
//! reader's language. The report is kept bounded, so a file of garbage does not build one
//! as big as itself; that rule and the counting are apart from how rows are stored.

use crate::api::{ImportReport, RejectedRow};
use caravan_intake::filmfreeway::Rejection;

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

    /// Fills in every rejected row's message in the localizer's language.
    pub fn localize(&mut self, l10n: &caravan_i18n::Localizer) {
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
