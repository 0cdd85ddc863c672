//! Alliances, their members and the members' working languages.

use crate::{Db, StoreError, Tx};
use caravan_domain::MemberKind;
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

/// Records a membership, or changes its tier and joining date (`YYYY` or `YYYY-MM-DD`).
pub fn join(
    tx: &Tx<'_>,
    alliance_id: i64,
    member_id: i64,
    tier: Option<&str>,
    joined: Option<&str>,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO alliance_members (alliance_id, member_id, tier, joined) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (alliance_id, member_id) DO UPDATE SET tier = excluded.tier, joined = excluded.joined",
        params![alliance_id, member_id, tier, joined],
    )?;
    Ok(())
}

/// Ends one membership; false when there was none.
pub fn leave(tx: &Tx<'_>, alliance_id: i64, member_id: i64) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "DELETE FROM alliance_members WHERE alliance_id = ?1 AND member_id = ?2",
        params![alliance_id, member_id],
    )? == 1)
}

/// Ends memberships of an alliance for every member not among `keep`.
pub fn leave_all_but(tx: &Tx<'_>, alliance_id: i64, keep: &[i64]) -> Result<u64, StoreError> {
    let keep = serde_json::to_string(keep).unwrap_or_default();
    Ok(tx.sql().execute(
        "DELETE FROM alliance_members WHERE alliance_id = ?1
           AND member_id NOT IN (SELECT value FROM json_each(?2))",
        params![alliance_id, keep],
    )? as u64)
}

/// How to reach a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRow {
    pub kind: String,
    pub value: String,
    pub label: Option<String>,
}

/// Replaces a member's contacts by the given ones, in order.
pub fn set_contacts(
    tx: &Tx<'_>,
    member_id: i64,
    contacts: &[ContactRow],
) -> Result<(), StoreError> {
    tx.sql().execute(
        "DELETE FROM member_contacts WHERE member_id = ?1",
        [member_id],
    )?;
    for (i, c) in contacts.iter().enumerate() {
        tx.sql().execute(
            "INSERT INTO member_contacts (member_id, position, kind, value, label) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![member_id, i as i64, c.kind, c.value, c.label],
        )?;
    }
    Ok(())
}

/// An alliance as this copy holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllianceRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub founded: Option<i32>,
    pub secretariat: Option<String>,
    pub registry_issued_at: Option<i64>,
    pub members: u64,
}

/// Every alliance, by slug.
pub fn alliances(db: &Db<'_>) -> Result<Vec<AllianceRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT a.id, a.slug, a.name, a.founded, a.secretariat, a.registry_issued_at,
                (SELECT count(*) FROM alliance_members am WHERE am.alliance_id = a.id)
         FROM alliances a ORDER BY a.slug",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(AllianceRow {
                id: r.get(0)?,
                slug: r.get(1)?,
                name: r.get(2)?,
                founded: r.get(3)?,
                secretariat: r.get(4)?,
                registry_issued_at: r.get(5)?,
                members: r.get::<_, i64>(6)? as u64,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The alliance with this slug.
pub fn alliance(db: &Db<'_>, slug: &str) -> Result<Option<AllianceRow>, StoreError> {
    Ok(alliances(db)?.into_iter().find(|a| a.slug == slug))
}

/// Records whose published registry this copy follows, and when that registry was issued.
pub fn set_secretariat(
    tx: &Tx<'_>,
    alliance_id: i64,
    member: &str,
    issued_at: Option<i64>,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "UPDATE alliances SET secretariat = ?2,
             registry_issued_at = coalesce(?3, registry_issued_at) WHERE id = ?1",
        params![alliance_id, member, issued_at],
    )?;
    Ok(())
}

/// An alliance's own tier: its key and its labels (a JSON object of language to text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierRow {
    pub key: String,
    pub labels: String,
}

/// An alliance's own tiers, in order (none: the built-in ones apply).
pub fn tiers(db: &Db<'_>, alliance_id: i64) -> Result<Vec<TierRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT key, labels FROM alliance_tiers WHERE alliance_id = ?1 ORDER BY position, key",
    )?;
    let rows = stmt
        .query_map([alliance_id], |r| {
            Ok(TierRow {
                key: r.get(0)?,
                labels: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Replaces an alliance's own tiers.
pub fn set_tiers(tx: &Tx<'_>, alliance_id: i64, tiers: &[TierRow]) -> Result<(), StoreError> {
    tx.sql().execute(
        "DELETE FROM alliance_tiers WHERE alliance_id = ?1",
        [alliance_id],
    )?;
    for (i, t) in tiers.iter().enumerate() {
        tx.sql().execute(
            "INSERT INTO alliance_tiers (alliance_id, key, position, labels) VALUES (?1, ?2, ?3, ?4)",
            params![alliance_id, t.key, i as i64, t.labels],
        )?;
    }
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
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: MemberKind,
    pub country: String,
    pub city: Option<String>,
    pub languages: Vec<String>,
    pub contacts: Vec<ContactRow>,
    /// Its memberships: (alliance slug, tier, joined), by alliance.
    pub memberships: Vec<(String, Option<String>, Option<String>)>,
}

/// Which members a list shows; `None` is any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberFilter<'a> {
    pub alliance: Option<&'a str>,
    pub country: Option<&'a str>,
    pub tier: Option<&'a str>,
    pub kind: Option<MemberKind>,
    pub lang: Option<&'a str>,
}

/// The members of the registry the filter admits, by slug.
pub fn list(db: &Db<'_>, f: &MemberFilter<'_>) -> Result<Vec<MemberRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT m.id, m.slug, m.name, m.kind, m.country, m.city,
                (SELECT json_group_array(lang) FROM (SELECT lang FROM member_languages
                 WHERE member_id = m.id ORDER BY position)),
                (SELECT json_group_array(json_object('kind', kind, 'value', value, 'label', label))
                 FROM (SELECT kind, value, label FROM member_contacts WHERE member_id = m.id ORDER BY position)),
                (SELECT json_group_array(json_array(a.slug, am.tier, am.joined) ORDER BY a.slug)
                 FROM alliance_members am JOIN alliances a ON a.id = am.alliance_id
                 WHERE am.member_id = m.id)
         FROM members m
         WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM alliance_members am JOIN alliances a ON a.id = am.alliance_id
                                      WHERE am.member_id = m.id AND a.slug = ?1
                                        AND (?3 IS NULL OR am.tier = ?3)))
           AND (?1 IS NOT NULL OR ?3 IS NULL OR EXISTS (SELECT 1 FROM alliance_members am
                                      WHERE am.member_id = m.id AND am.tier = ?3))
           AND (?2 IS NULL OR m.country = ?2)
           AND (?4 IS NULL OR m.kind = ?4)
           AND (?5 IS NULL OR EXISTS (SELECT 1 FROM member_languages l WHERE l.member_id = m.id
                                      AND (l.lang = ?5 OR l.lang LIKE ?5 || '-%')))
         ORDER BY m.slug",
    )?;
    let rows = stmt
        .query_map(
            params![
                f.alliance,
                f.country,
                f.tier,
                f.kind.map(|k| k.as_str()),
                f.lang
            ],
            |r| {
                let kind: String = r.get(3)?;
                let languages: String = r.get(6)?;
                let contacts: String = r.get(7)?;
                let memberships: String = r.get(8)?;
                Ok(MemberRow {
                    id: r.get(0)?,
                    slug: r.get(1)?,
                    name: r.get(2)?,
                    kind: crate::vocabulary(3, MemberKind::parse(&kind))?,
                    country: r.get(4)?,
                    city: r.get(5)?,
                    languages: serde_json::from_str(&languages).unwrap_or_default(),
                    contacts: contacts_of(&contacts),
                    memberships: serde_json::from_str(&memberships).unwrap_or_default(),
                })
            },
        )?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

fn contacts_of(json: &str) -> Vec<ContactRow> {
    let rows: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
    let text =
        |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
    rows.iter()
        .filter_map(|v| {
            Some(ContactRow {
                kind: text(v, "kind")?,
                value: text(v, "value")?,
                label: text(v, "label"),
            })
        })
        .collect()
}
