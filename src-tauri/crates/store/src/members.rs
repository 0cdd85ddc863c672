//! Alliances, their members and the members' working languages.

use crate::{Db, StoreError, Tx};
use caravan_domain::{MemberKind, Tier};
use rusqlite::params;

/// Adds an alliance or, when its slug exists, renames it; returns its id.
pub fn upsert_alliance(
    tx: &Tx<'_>,
    slug: &str,
    name: &str,
    founded: Option<i32>,
) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO alliances (slug, name, founded) VALUES (?1, ?2, ?3)
         ON CONFLICT (slug) DO UPDATE SET name = excluded.name, founded = excluded.founded",
        params![slug, name, founded],
    )?;
    Ok(tx
        .sql()
        .query_row("SELECT id FROM alliances WHERE slug = ?1", [slug], |r| {
            r.get(0)
        })?)
}

/// What a member is, as the registry records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMember<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: MemberKind,
    pub country: &'a str,
    pub city: Option<&'a str>,
    pub languages: &'a [String],
}

/// Adds a member or updates the one with the same slug; its working languages are
/// replaced by the given ones. Returns its id.
pub fn upsert_member(tx: &Tx<'_>, m: &NewMember<'_>) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO members (slug, name, kind, country, city) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (slug) DO UPDATE SET name = excluded.name, kind = excluded.kind,
             country = excluded.country, city = excluded.city",
        params![m.slug, m.name, m.kind.as_str(), m.country, m.city],
    )?;
    let id: i64 = tx
        .sql()
        .query_row("SELECT id FROM members WHERE slug = ?1", [m.slug], |r| {
            r.get(0)
        })?;
    tx.sql()
        .execute("DELETE FROM member_languages WHERE member_id = ?1", [id])?;
    for (i, lang) in m.languages.iter().enumerate() {
        tx.sql().execute(
            "INSERT OR IGNORE INTO member_languages (member_id, position, lang) VALUES (?1, ?2, ?3)",
            params![id, i as i64, lang],
        )?;
    }
    Ok(id)
}

/// Records a membership, or changes its tier.
pub fn join(
    tx: &Tx<'_>,
    alliance_id: i64,
    member_id: i64,
    tier: Option<Tier>,
    joined: Option<i32>,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO alliance_members (alliance_id, member_id, tier, joined) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (alliance_id, member_id) DO UPDATE SET tier = excluded.tier, joined = excluded.joined",
        params![alliance_id, member_id, tier.map(|t| t.as_str()), joined],
    )?;
    Ok(())
}

pub fn member_id(conn: &Db<'_>, slug: &str) -> Result<Option<i64>, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .sql()
        .query_row("SELECT id FROM members WHERE slug = ?1", [slug], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn count_alliances(conn: &Db<'_>) -> Result<u64, StoreError> {
    Ok(conn
        .sql()
        .query_row("SELECT count(*) FROM alliances", [], |r| r.get::<_, i64>(0))? as u64)
}

pub fn count_members(conn: &Db<'_>) -> Result<u64, StoreError> {
    Ok(conn
        .sql()
        .query_row("SELECT count(*) FROM members", [], |r| r.get::<_, i64>(0))? as u64)
}

/// A member of the registry, as the members list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub slug: String,
    pub name: String,
    pub country: String,
    /// Its tier in the first alliance that gives it one.
    pub tier: Option<Tier>,
    pub languages: Vec<String>,
}

/// Every member of the registry, by slug.
pub fn list(db: &Db<'_>) -> Result<Vec<MemberRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT m.slug, m.name, m.country,
                (SELECT am.tier FROM alliance_members am WHERE am.member_id = m.id AND am.tier IS NOT NULL
                 ORDER BY am.alliance_id LIMIT 1),
                (SELECT json_group_array(lang) FROM (SELECT lang FROM member_languages
                 WHERE member_id = m.id ORDER BY position))
         FROM members m ORDER BY m.slug",
    )?;
    let rows = stmt
        .query_map([], |r| {
            let tier: Option<String> = r.get(3)?;
            let languages: String = r.get(4)?;
            Ok(MemberRow {
                slug: r.get(0)?,
                name: r.get(1)?,
                country: r.get(2)?,
                tier: tier
                    .map(|t| crate::vocabulary(3, Tier::parse(&t)))
                    .transpose()?,
                languages: serde_json::from_str(&languages).unwrap_or_default(),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
