//! Likely duplicate submissions: the same film or recording entered twice, found by titles
//! matched across scripts and romanisations, the director or artist, the year, the
//! runtime and the poster. A curator merges a pair (nothing is lost: every language
//! variant, credit, identifier, image, submission and the history move to the work kept)
//! or dismisses it for good.

use crate::api::{
    DismissRequest, DuplicatePair, DuplicatePairs, DuplicateReason, DuplicatesQuery, MergeRequest,
    WorkDetail, MAX_PAGE,
};
use crate::works::shown_title;
use crate::{search, Caravan, Error};
use caravan_domain::ids::IdentifierKind;
use caravan_domain::WorkId;
use caravan_store::submissions;
use caravan_store::works::{self, MatchRow};
use std::collections::{BTreeSet, HashMap};

/// Blocks bigger than this are too common a key to compare all pairs in.
const MAX_BLOCK: usize = 200;
/// Pairs scoring below this are not shown.
const THRESHOLD: f64 = 0.6;

struct Prepared {
    keys: Vec<String>,
    folded: Vec<String>,
    makers: Vec<String>,
}

fn prepare(row: &MatchRow) -> Prepared {
    Prepared {
        keys: row
            .titles
            .iter()
            .map(|t| caravan_text::match_key(t))
            .collect(),
        folded: row.titles.iter().map(|t| caravan_text::fold(t)).collect(),
        makers: row
            .makers
            .iter()
            .map(|m| {
                let mut words: Vec<String> = caravan_text::match_key(m)
                    .split(' ')
                    .map(str::to_owned)
                    .collect();
                // "CHUNG Jiyun" and "Jiyun Chung" are one person.
                words.sort();
                words.join(" ")
            })
            .filter(|m| !m.is_empty())
            .collect(),
    }
}

fn compare(
    a: &MatchRow,
    pa: &Prepared,
    b: &MatchRow,
    pb: &Prepared,
    posters: bool,
) -> Option<(f64, Vec<DuplicateReason>)> {
    let mut best = 0.0f64;
    let mut across = false;
    for (i, ka) in pa.keys.iter().enumerate() {
        for (j, kb) in pb.keys.iter().enumerate() {
            let s = caravan_text::similarity(ka, kb);
            if s > best {
                best = s;
                // Alike only once romanised: the titles are in different scripts.
                across = pa.folded[i] != pb.folded[j] && !ka.is_empty() && ka == kb;
            }
        }
    }
    let mut reasons = Vec::new();
    let mut score = 0.5 * best;
    if best >= 0.85 {
        reasons.push(if across {
            DuplicateReason::TitleAcrossScripts
        } else {
            DuplicateReason::Title
        });
    }
    // Makers compared loosely ("Chen Kai-ge" is "Chen Kaige"); two works whose makers
    // are all different are different works, however common their title.
    let same_maker = pa.makers.iter().any(|m| {
        pb.makers
            .iter()
            .any(|n| caravan_text::similarity(m, n) >= 0.85)
    });
    if same_maker {
        score += 0.2;
        reasons.push(DuplicateReason::Director);
    } else if !pa.makers.is_empty() && !pb.makers.is_empty() {
        score -= 0.3;
    }
    if a.year.is_some() && a.year == b.year {
        score += 0.1;
        reasons.push(DuplicateReason::Year);
    }
    if let (Some(ra), Some(rb)) = (a.runtime_seconds, b.runtime_seconds) {
        if (ra - rb).abs() <= 120 {
            score += 0.1;
            reasons.push(DuplicateReason::Runtime);
        }
    }
    if posters {
        score += 0.1;
        reasons.push(DuplicateReason::Poster);
    }
    (score >= THRESHOLD && best >= 0.5).then(|| ((score * 1000.0).round() / 1000.0, reasons))
}

impl Caravan {
    /// One page of the likely duplicate pairs among all works or one edition's, best
    /// first; `next` continues after the page's last pair.
    pub fn duplicates(&self, q: &DuplicatesQuery) -> Result<DuplicatePairs, Error> {
        let (rows, dismissed) = self.read(|db| {
            let edition_id = q
                .edition
                .map(|e| crate::require_edition(db, e).map(|e| e.id))
                .transpose()?;
            Ok((
                works::match_rows(db, edition_id)?,
                submissions::dismissed_pairs(db)?,
            ))
        })?;
        let poster_pairs: BTreeSet<(i64, i64)> = self
            .similar_images()?
            .into_iter()
            .map(|p| {
                let (a, b) = (p.a_work.get(), p.b_work.get());
                (a.min(b), a.max(b))
            })
            .collect();
        let prepared: Vec<Prepared> = rows.iter().map(prepare).collect();
        let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in prepared.iter().enumerate() {
            let mut keys: BTreeSet<String> = BTreeSet::new();
            for k in &p.keys {
                let mut words: Vec<&str> = k.split(' ').collect();
                words.sort_unstable();
                keys.insert(format!("t:{}", words.join(" ")));
            }
            for m in &p.makers {
                keys.insert(format!("m:{m}"));
            }
            for k in keys {
                blocks.entry(k).or_default().push(i);
            }
        }
        let index: HashMap<i64, usize> = rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
        for members in blocks
            .values()
            .filter(|m| m.len() > 1 && m.len() <= MAX_BLOCK)
        {
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    candidates.insert((i.min(j), i.max(j)));
                }
            }
        }
        for (a, b) in &poster_pairs {
            if let (Some(&i), Some(&j)) = (index.get(a), index.get(b)) {
                candidates.insert((i.min(j), i.max(j)));
            }
        }
        let mut found: Vec<(i64, i64, f64, Vec<DuplicateReason>)> = Vec::new();
        for (i, j) in candidates {
            let (a, b) = (&rows[i], &rows[j]);
            let key = (a.id.min(b.id), a.id.max(b.id));
            if dismissed.contains(&key) {
                continue;
            }
            if let Some((score, reasons)) = compare(
                a,
                &prepared[i],
                b,
                &prepared[j],
                poster_pairs.contains(&key),
            ) {
                found.push((key.0, key.1, score, reasons));
            }
        }
        found.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
        let total = found.len() as u64;
        // The cursor is the last pair shown; the pairs after it in this order follow.
        let start = match q.after.as_deref().filter(|a| !a.is_empty()) {
            None => 0,
            Some(after) => {
                let invalid =
                    || Error::Store(caravan_store::StoreError::CursorInvalid(after.to_owned()));
                let (a, b) = after.split_once('-').ok_or_else(invalid)?;
                let key: (i64, i64) = (
                    a.parse().map_err(|_| invalid())?,
                    b.parse().map_err(|_| invalid())?,
                );
                found
                    .iter()
                    .position(|f| (f.0, f.1) == key)
                    .map(|i| i + 1)
                    .ok_or_else(invalid)?
            }
        };
        let limit = q.limit.min(MAX_PAGE) as usize;
        let page: Vec<_> = found.into_iter().skip(start).take(limit).collect();
        let next = (start + page.len() < total as usize && page.len() == limit)
            .then(|| page.last().map(|l| format!("{}-{}", l.0, l.1)))
            .flatten();
        let ids: Vec<i64> = page.iter().flat_map(|f| [f.0, f.1]).collect();
        let titles = self.read(|db| Ok(works::titles_of(db, &ids)?))?;
        let title = |id: i64| shown_title(&q.lang, titles.get(&id).map_or(&[][..], |t| t));
        let pairs = page
            .into_iter()
            .map(|(a, b, score, reasons)| {
                let (a_title, a_lang) = title(a);
                let (b_title, b_lang) = title(b);
                DuplicatePair {
                    a: WorkId(a),
                    b: WorkId(b),
                    a_title,
                    b_title,
                    a_lang,
                    b_lang,
                    score,
                    reasons,
                }
            })
            .collect();
        Ok(DuplicatePairs { total, pairs, next })
    }

    /// Merges `other` into `keep` in one transaction and returns the work kept.
    pub fn merge_works(&self, request: &MergeRequest) -> Result<WorkDetail, Error> {
        let (keep_id, other_id) = (request.keep.get(), request.other.get());
        if keep_id == other_id {
            return Err(Error::SameWork);
        }
        let now = self.clock.now_ms();
        self.write(|tx| {
            crate::require_work(tx, request.keep)?;
            crate::require_work(tx, request.other)?;
            let database_id = self.database_id_in(tx)?;
            // A file exported before the merge names the other work by this database's own
            // number (when it had no FilmFreeway ids); that number now names the work kept.
            let ids = works::identifiers(tx, other_id)?;
            let ff = [
                IdentifierKind::FilmfreewaySubmission.as_str(),
                IdentifierKind::FilmfreewayTracking.as_str(),
            ];
            let from_filmfreeway = ids.iter().any(|(kind, _)| ff.contains(&kind.as_str()));
            if !from_filmfreeway {
                let alias = crate::intake::own_tracking_number(&database_id, other_id);
                works::ensure_identifier(tx, keep_id, ff[1], &alias)?;
            }
            let kept_apart = works::merge_into(tx, keep_id, other_id)?;
            works::touch(tx, keep_id, now)?;
            search::index_work(tx, keep_id)?;
            let kept: Vec<serde_json::Value> = kept_apart
                .into_iter()
                .map(|(field, lang, text)| serde_json::json!({"field": field, "lang": lang, "text": text}))
                .collect();
            self.audit(
                tx,
                "work.merge",
                "work",
                Some(keep_id),
                serde_json::json!({ "merged": other_id, "texts_kept_under_private_tags": kept }),
            )
        })?;
        self.work_detail(request.keep, &request.lang)
    }

    /// Records that two works are not the same, so they are never proposed again.
    pub fn dismiss_duplicate(&self, request: &DismissRequest) -> Result<(), Error> {
        let (a, b) = (request.a.get(), request.b.get());
        if a == b {
            return Err(Error::SameWork);
        }
        let now = self.clock.now_ms();
        self.write(|tx| {
            crate::require_work(tx, request.a)?;
            crate::require_work(tx, request.b)?;
            submissions::dismiss_pair(tx, a, b, now, &self.actor)?;
            self.audit(
                tx,
                "duplicate.dismiss",
                "work",
                Some(a.min(b)),
                serde_json::json!({ "a": a.min(b), "b": a.max(b) }),
            )
        })
    }
}
