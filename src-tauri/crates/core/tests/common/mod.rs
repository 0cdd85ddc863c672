//! What the exchange's and the alliance's tests share: profiles on real SQLite files that
//! hold each other's cards, and the store's whole state as text.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used, dead_code)]

use caravan_core::api::PullReport;
use caravan_core::{Caravan, FixedEntropy, Recipients, World};
use std::path::{Path, PathBuf};

pub fn l10n() -> caravan_i18n::Localizer {
    caravan_i18n::Localizer::for_locale("en-US")
}

pub struct Profile {
    pub dir: tempfile::TempDir,
    pub caravan: Caravan,
}

impl Profile {
    /// A profile in Georgia whose keys differ from every other test profile's (`seed`).
    pub fn new(seed: u8, name: &str, member: &str) -> Profile {
        Profile::new_in(seed, name, member, "GE")
    }

    /// A profile in `country`.
    pub fn new_in(seed: u8, name: &str, member: &str, country: &str) -> Profile {
        let dir = tempfile::tempdir().unwrap();
        let caravan = Profile::open_at(dir.path(), seed);
        caravan
            .identity_init(
                name,
                member,
                Some(&caravan_domain::CountryCode::parse(country).unwrap()),
                &[caravan_domain::LangTag::parse("ka").unwrap()],
            )
            .unwrap();
        Profile { dir, caravan }
    }

    pub fn open_at(dir: &Path, seed: u8) -> Caravan {
        Caravan::open(
            &dir.join("caravan.db"),
            World {
                entropy: Box::new(FixedEntropy::new(seed)),
                ..World::fixed(1_750_000_000_000 + seed as i64, "tester")
            },
        )
        .unwrap()
    }

    pub fn card(&self) -> Vec<u8> {
        let out = self.dir.path().join("card.json");
        self.caravan.write_card(&out).unwrap();
        std::fs::read(out).unwrap()
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("caravan.db")
    }

    pub fn pull(&self, point: &Path) -> PullReport {
        self.caravan
            .pull(point.to_str().unwrap(), &l10n(), &mut |_| {})
            .unwrap()
    }

    pub fn note(&self, to: &[&str], text: &str) -> u64 {
        self.caravan
            .send_note(
                &Recipients::Members(to.iter().map(|s| s.to_string()).collect()),
                text,
                Some("en"),
                &[],
                &[],
            )
            .unwrap()
            .seq
    }

    pub fn publish(&self, point: &Path) -> u64 {
        self.caravan
            .publish(point.to_str().unwrap(), &mut |_| {})
            .unwrap()
            .published
    }

    pub fn texts(&self) -> Vec<String> {
        let mut t: Vec<String> = self
            .caravan
            .notes(100)
            .unwrap()
            .notes
            .into_iter()
            .map(|n| n.text)
            .collect();
        t.sort();
        t
    }
}

/// Three members who hold each other's cards.
pub fn alliance() -> (Profile, Profile, Profile) {
    let a = Profile::new_in(0x10, "Tbilisi IFF", "tbilisi", "GE");
    let b = Profile::new_in(0x40, "Festival de Cannes", "cannes", "FR");
    let c = Profile::new_in(0x70, "Busan IFF", "busan", "KR");
    for (p, others) in [(&a, [&b, &c]), (&b, [&a, &c]), (&c, [&a, &b])] {
        for o in others {
            p.caravan.import_card(&o.card()).unwrap();
        }
    }
    (a, b, c)
}

/// Everything a pull may change, as text: every table but the audit log and the cache of
/// the heads' tags (a pull that reads a head remembers its tag, to ask with it next time).
pub fn state(db: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'search_%' AND name NOT IN ('audit_log', 'head_tags') ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut line = String::new();
                for i in 0..n {
                    line += &format!("{:?}|", r.get_ref(i)?);
                }
                Ok(line)
            })
            .unwrap();
        let mut rows: Vec<String> = rows.collect::<Result<_, _>>().unwrap();
        rows.sort();
        out += &format!("{t}\n{}\n", rows.join("\n"));
    }
    out
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
