//! How a row finds the work it is about: by FilmFreeway's Submission ID (or, for another
//! platform's table, the mapped id column as `MAPPING:ID`), else its Tracking Number, else a tracking number this database wrote into an export of its own.
//! Those invented numbers carry this database's short random name, made once and kept in
//! the settings, so a file exported here and imported back finds its works again while a
//! file from another copy of Caravan does not mistake them for its own.

use crate::{Caravan, Error};
use caravan_domain::ids::IdentifierKind;
use caravan_store::Tx;

/// The identifier kinds FilmFreeway rows are matched by.
pub(crate) const FF_SUBMISSION: &str = IdentifierKind::FilmfreewaySubmission.as_str();
pub(crate) const FF_TRACKING: &str = IdentifierKind::FilmfreewayTracking.as_str();
/// The kind another platform's row ids are kept under, as `MAPPING:ID`.
pub(crate) const PLATFORM: &str = IdentifierKind::PlatformSubmission.as_str();

/// The setting holding this database's name.
const DATABASE_ID: &str = "database-id";

/// The tracking number an export gives a work that has none from FilmFreeway.
pub(crate) fn own_tracking_number(database_id: &str, work_id: i64) -> String {
    format!("CARAVAN-{database_id}-{work_id}")
}

/// The work an exported tracking number of this database names.
pub(super) fn own_work(database_id: Option<&str>, tracking: &str) -> Option<i64> {
    let database_id = database_id?;
    tracking
        .strip_prefix("CARAVAN-")?
        .strip_prefix(database_id)?
        .strip_prefix('-')?
        .parse()
        .ok()
}

impl Caravan {
    /// A short random name of this database, made on first use inside the transaction
    /// that needs it, that exports write into the tracking numbers they invent.
    pub(crate) fn database_id_in(&self, tx: &Tx<'_>) -> Result<String, Error> {
        if let Some(existing) = caravan_store::settings::get(tx, DATABASE_ID)? {
            return Ok(existing);
        }
        let mut bytes = [0u8; 4];
        self.entropy.fill(&mut bytes);
        let id = hex::encode(bytes).to_uppercase();
        caravan_store::settings::set(tx, DATABASE_ID, &id)?;
        Ok(id)
    }

    /// This database's name, if an export has ever given it one. Imports only read it,
    /// so a dry run writes nothing.
    pub(super) fn known_database_id(&self) -> Result<Option<String>, Error> {
        self.read(|db| Ok(caravan_store::settings::get(db, DATABASE_ID)?))
    }
}
