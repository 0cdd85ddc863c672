//! Caravan's domain: the words of PRODUCT.md as types, and the rules that hold for them
//! wherever they are stored or shown.
//!
//! Nothing here touches a database, a file or the clock; the store persists these types
//! and the core composes them into the API the command line and the window share.

mod country;
mod error;
pub mod ids;
mod kinds;
mod lang;
pub mod refs;

pub use country::CountryCode;
pub use error::{check_slug, DomainError};
pub use kinds::{
    ApplicationState, ContactKind, CreditRole, JudgingKind, JudgingStatus, MediaKind, MemberKind,
    Outcome, Provenance, SubmissionColumn, SubmissionStatus, TextField, Tier, WorkColumn, WorkKind,
};
pub use lang::{pick_text, LangTag};
pub use refs::{EditionId, MediaId, MemberId, SectionId, StatusChangeId, SubmissionId, WorkId};
