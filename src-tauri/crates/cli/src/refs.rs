//! How a person names things on the command line, turned into the typed ids the core
//! takes (CLI.md, "Conventions"). A bare number is a work's id and nothing else;
//! `ff:SUBMISSION_ID` is a FilmFreeway Submission ID; anything else is looked up among
//! the works' identifiers, tracking numbers and demo keys. A name that fits more than one
//! work is `work-ambiguous`, so nothing is ever done to a work nobody meant.

use caravan_core::api::{Edition, SubmissionFilter};
use caravan_core::{Caravan, Error};
use caravan_domain::ids::IdentifierKind;
use caravan_domain::{CountryCode, JudgingStatus, LangTag, SubmissionStatus, WorkId};

/// The work `reference` names.
pub fn work(caravan: &Caravan, reference: &str) -> Result<WorkId, Error> {
    let reference = reference.trim();
    let not_found = || Error::WorkNotFound(reference.to_owned());
    if !reference.is_empty() && reference.bytes().all(|b| b.is_ascii_digit()) {
        let id = WorkId(reference.parse().map_err(|_| not_found())?);
        return if caravan.work_exists(id)? {
            Ok(id)
        } else {
            Err(not_found())
        };
    }
    let found = match reference.strip_prefix("ff:") {
        Some(number) => caravan.works_with_identifier(
            number,
            Some(IdentifierKind::FilmfreewaySubmission),
            &[],
        )?,
        None => caravan.works_with_identifier(
            reference,
            None,
            &[IdentifierKind::FilmfreewaySubmission],
        )?,
    };
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(not_found()),
        many => Err(Error::WorkAmbiguous {
            reference: reference.to_owned(),
            count: many.len(),
        }),
    }
}

/// The words of a filter as typed, before they are checked.
#[derive(Debug, Default)]
pub struct FilterWords {
    pub status: Option<String>,
    pub judging: Option<String>,
    pub section: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub text: Option<String>,
}

/// A filter whose every word names something real: a status of the vocabulary, a
/// section of the edition, a country code, a language tag (the core checks labels).
pub fn filter(edition: &Edition, words: FilterWords) -> Result<SubmissionFilter, Error> {
    Ok(SubmissionFilter {
        status: words
            .status
            .as_deref()
            .map(SubmissionStatus::parse)
            .transpose()?,
        judging: words.judging.as_deref().map(JudgingStatus::from_word),
        section: words
            .section
            .as_deref()
            .map(|s| edition.section_by_slug(s))
            .transpose()?,
        country: words
            .country
            .as_deref()
            .map(CountryCode::parse)
            .transpose()?,
        language: words.language.as_deref().map(LangTag::parse).transpose()?,
        text: words.text.filter(|t| !t.trim().is_empty()),
    })
}
