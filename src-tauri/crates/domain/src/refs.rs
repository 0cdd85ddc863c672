//! The numbers the store gives to what it keeps, each its own type, so a submission's id
//! can never be passed where a work's is meant and a number is never taken for anything
//! but the id it is. People name works loosely (an ISRC, `ff:2570`); that lookup is the
//! command line's, and what reaches the core is one of these.

use serde::{Deserialize, Serialize};

macro_rules! store_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
            ts_rs::TS,
        )]
        // A newtype struct is written as the number itself by serde.
        #[ts(type = "number")]
        pub struct $name(pub i64);

        impl $name {
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }
    };
}

store_id!(
    /// A film or a piece of music.
    WorkId
);
store_id!(
    /// One festival edition.
    EditionId
);
store_id!(
    /// A section of an edition.
    SectionId
);
store_id!(
    /// A work entered in a section.
    SubmissionId
);
store_id!(
    /// An image of a work.
    MediaId
);
store_id!(
    /// A member of an alliance.
    MemberId
);
store_id!(
    /// One bulk change of statuses, which can be undone as a whole.
    StatusChangeId
);
