//! Screening rights by territory: a work may be screened worldwide, in named territories,
//! or worldwide but for some, each within a window of dates. Recommending or accepting a
//! work for a member whose country the rights do not cover is allowed, with a warning that
//! names the territory; a work with no rights recorded says nothing either way.

use crate::api::{ScreeningRight, ScreeningRights, SetRightsRequest, Warning};
use crate::{Caravan, Error};
use caravan_domain::{CountryCode, WorkId};
use caravan_i18n::Localizer;
use caravan_store::recommendations::{self, RightRow};
use caravan_store::Db;

/// The territory that stands for every country.
pub(crate) const WORLD: &str = "WORLD";

fn check_date(value: Option<&str>) -> Result<Option<String>, Error> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(|d| Some(d.format("%Y-%m-%d").to_string()))
            .map_err(|_| Error::DateInvalid(v.to_owned())),
    }
}

/// Rights as typed, checked: a country code or `world`, ISO dates, a window that ends
/// after it starts, each territory once.
pub(crate) fn checked(rights: &[ScreeningRight]) -> Result<Vec<ScreeningRight>, Error> {
    let mut out: Vec<ScreeningRight> = Vec::with_capacity(rights.len());
    for r in rights {
        let territory = if r.territory.trim().eq_ignore_ascii_case(WORLD) {
            WORLD.to_owned()
        } else {
            CountryCode::parse(r.territory.trim())?.as_str().to_owned()
        };
        let starts = check_date(r.starts.as_deref())?;
        let ends = check_date(r.ends.as_deref())?;
        if let (Some(s), Some(e)) = (&starts, &ends) {
            if e < s {
                return Err(Error::DateInvalid(format!("{s} – {e}")));
            }
        }
        out.retain(|o| o.territory != territory);
        out.push(ScreeningRight {
            territory,
            excluded: r.excluded,
            starts,
            ends,
        });
    }
    Ok(out)
}

pub(crate) fn rights_of(db: &Db<'_>, work: i64) -> Result<Vec<ScreeningRight>, Error> {
    Ok(recommendations::rights(db, work)?
        .into_iter()
        .map(|r| ScreeningRight {
            territory: r.territory,
            excluded: r.excluded,
            starts: r.starts,
            ends: r.ends,
        })
        .collect())
}

fn open_on(r: &ScreeningRight, today: &str) -> bool {
    r.starts.as_deref().is_none_or(|s| s <= today) && r.ends.as_deref().is_none_or(|e| e >= today)
}

/// Whether rights let a work be screened in `country` on `today` (an ISO date); `None`
/// when no rights are recorded.
pub(crate) fn covers(rights: &[ScreeningRight], country: &str, today: &str) -> Option<bool> {
    if rights.is_empty() {
        return None;
    }
    if let Some(own) = rights.iter().find(|r| r.territory == country) {
        return Some(!own.excluded && open_on(own, today));
    }
    Some(
        rights
            .iter()
            .any(|r| r.territory == WORLD && !r.excluded && open_on(r, today)),
    )
}

/// The warnings for screening a work with `rights` at each member of `members`
/// (slug and country).
pub(crate) fn warnings(
    rights: &[ScreeningRight],
    members: &[(String, Option<String>)],
    today: &str,
    l10n: &Localizer,
) -> Vec<Warning> {
    let mut out = Vec::new();
    for (member, country) in members {
        let Some(country) = country else { continue };
        if covers(rights, country, today) == Some(false) {
            out.push(Warning {
                code: "rights-not-covered".to_owned(),
                message: l10n.tr_with(
                    "warning--rights-not-covered",
                    [("member", member.as_str()), ("territory", country.as_str())],
                ),
                member: Some(member.clone()),
                territory: Some(country.clone()),
            });
        }
    }
    out
}

impl Caravan {
    /// Today, as an ISO date, by the world's clock.
    pub(crate) fn today(&self) -> String {
        chrono::DateTime::from_timestamp_millis(self.clock.now_ms())
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }

    /// A work's screening rights.
    pub fn screening_rights(&self, work: WorkId) -> Result<ScreeningRights, Error> {
        self.read(|db| {
            crate::require_work(db, work)?;
            Ok(ScreeningRights {
                work_id: work,
                rights: rights_of(db, work.get())?,
            })
        })
    }

    /// Replaces a work's screening rights.
    pub fn set_screening_rights(
        &self,
        request: &SetRightsRequest,
    ) -> Result<ScreeningRights, Error> {
        let rights = checked(&request.rights)?;
        let work = request.work;
        self.write(|tx| {
            crate::require_work(tx, work)?;
            let rows: Vec<RightRow> = rights
                .iter()
                .map(|r| RightRow {
                    territory: r.territory.clone(),
                    excluded: r.excluded,
                    starts: r.starts.clone(),
                    ends: r.ends.clone(),
                })
                .collect();
            recommendations::set_rights(tx, work.get(), &rows)?;
            self.audit(
                tx,
                "work.rights",
                "work",
                Some(work.get()),
                serde_json::json!({ "rights": rights }),
            )
        })?;
        self.screening_rights(work)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn right(
        territory: &str,
        excluded: bool,
        starts: Option<&str>,
        ends: Option<&str>,
    ) -> ScreeningRight {
        ScreeningRight {
            territory: territory.into(),
            excluded,
            starts: starts.map(Into::into),
            ends: ends.map(Into::into),
        }
    }

    #[test]
    fn a_territory_is_covered_by_its_own_grant_or_the_world_unless_excluded_or_out_of_window() {
        let world_but_france = [
            right("WORLD", false, None, None),
            right("FR", true, None, None),
        ];
        assert_eq!(covers(&world_but_france, "GE", "2026-12-01"), Some(true));
        assert_eq!(covers(&world_but_france, "FR", "2026-12-01"), Some(false));
        let georgia_in_2027 = [right("GE", false, Some("2027-01-01"), Some("2027-12-31"))];
        assert_eq!(covers(&georgia_in_2027, "GE", "2026-12-01"), Some(false));
        assert_eq!(covers(&georgia_in_2027, "GE", "2027-06-01"), Some(true));
        assert_eq!(covers(&georgia_in_2027, "KR", "2027-06-01"), Some(false));
        assert_eq!(covers(&[], "KR", "2027-06-01"), None);
    }

    #[test]
    fn rights_as_typed_are_checked() {
        let ok = checked(&[
            right("world", false, None, None),
            right("ge", false, Some("2027-01-01"), None),
        ])
        .unwrap();
        assert_eq!(ok[0].territory, "WORLD");
        assert_eq!(ok[1].territory, "GE");
        assert_eq!(
            checked(&[right("XX", false, None, None)])
                .unwrap_err()
                .code(),
            "country-invalid"
        );
        assert_eq!(
            checked(&[right("FR", false, Some("2027-13-01"), None)])
                .unwrap_err()
                .code(),
            "date-invalid"
        );
        assert_eq!(
            checked(&[right("FR", false, Some("2027-02-01"), Some("2027-01-01"))])
                .unwrap_err()
                .code(),
            "date-invalid"
        );
    }
}
