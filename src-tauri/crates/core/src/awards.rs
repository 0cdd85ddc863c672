//! Awards and their ballots: an edition's award categories, each voter (a juror) naming one
//! work per ballot round, and caravan-jury's count — an absolute majority in the first
//! rounds, a relative one after — recording the winner with its votes. A work wins at most
//! one exclusive award of an edition; a category that allows more says so.

use crate::api::{
    AwardInfo, AwardRequest, Awards, TallyInfo, TallyRequest, VoteCount, VoteRequest, Winner,
};
use crate::jury::juror_by_email;
use crate::{Caravan, Error};
use caravan_domain::WorkId;
use caravan_store::juries::{self, AwardRow};
use caravan_store::{editions, works, Db};

fn edition_id(db: &Db<'_>, slug: &str) -> Result<i64, Error> {
    Ok(editions::by_slug(db, slug)?
        .ok_or_else(|| Error::EditionNotFound(slug.to_owned()))?
        .id)
}

fn award(db: &Db<'_>, edition: &str, key: &str) -> Result<AwardRow, Error> {
    let e = edition_id(db, edition)?;
    juries::awards(db, e)?
        .into_iter()
        .find(|a| a.key == key)
        .ok_or_else(|| Error::AwardNotFound(key.to_owned()))
}

fn title(db: &Db<'_>, work: i64, lang: &str) -> Result<String, Error> {
    let titles = works::titles_of(db, &[work])?;
    Ok(crate::works::shown_title(lang, titles.get(&work).map(Vec::as_slice).unwrap_or(&[])).0)
}

fn info(db: &Db<'_>, edition: &str, a: AwardRow, lang: &str) -> Result<AwardInfo, Error> {
    let winners = juries::winners(db, a.id)?
        .into_iter()
        .map(|(w, round, votes, cast)| {
            Ok(Winner {
                work_id: WorkId(w),
                title: title(db, w, lang)?,
                round,
                votes,
                cast,
            })
        })
        .collect::<Result<_, Error>>()?;
    Ok(AwardInfo {
        edition: edition.to_owned(),
        labels: crate::alliance::texts_of(&a.labels),
        key: a.key,
        exclusive: a.exclusive,
        absolute_rounds: a.absolute_rounds,
        winners,
    })
}

impl Caravan {
    /// Adds an award category to an edition, or changes it.
    pub fn award_add(&self, request: &AwardRequest) -> Result<AwardInfo, Error> {
        caravan_domain::check_slug(&request.key)?;
        let labels = crate::alliance::checked_texts("criterion-label", &request.labels)?;
        self.write(|tx| {
            let e = edition_id(tx, &request.edition)?;
            let id = juries::put_award(
                tx,
                &AwardRow {
                    id: 0,
                    edition_id: e,
                    key: request.key.clone(),
                    labels: labels.clone(),
                    exclusive: request.exclusive,
                    absolute_rounds: request.absolute_rounds,
                },
            )?;
            self.audit(
                tx,
                "award.add",
                "award",
                Some(id),
                serde_json::json!({ "key": request.key }),
            )
        })?;
        self.read(|db| {
            info(
                db,
                &request.edition,
                award(db, &request.edition, &request.key)?,
                "en",
            )
        })
    }

    /// An edition's awards with their winners.
    pub fn awards(&self, edition: &str, lang: &str) -> Result<Awards, Error> {
        self.read(|db| {
            let e = edition_id(db, edition)?;
            let awards = juries::awards(db, e)?
                .into_iter()
                .map(|a| info(db, edition, a, lang))
                .collect::<Result<_, _>>()?;
            Ok(Awards { awards })
        })
    }

    /// Records one juror's vote in a ballot round: once per round, for a work that may
    /// still win this award.
    pub fn award_vote(&self, request: &VoteRequest) -> Result<(), Error> {
        if request.round == 0 {
            return Err(Error::RoundNotFound {
                section: request.award.clone(),
                round: 0,
            });
        }
        self.write(|tx| {
            let a = award(tx, &request.edition, &request.award)?;
            let voter = juror_by_email(tx, &request.voter)?;
            crate::require_work(tx, request.work)?;
            // A juror who declared a conflict with the work does not vote for it.
            if juries::conflicts_of(tx, voter.id)?
                .iter()
                .any(|c| c.work_id == Some(request.work.get()))
            {
                return Err(Error::ConflictedPair {
                    juror: voter.email.clone(),
                    work: request.work.get(),
                });
            }
            if !juries::winners(tx, a.id)?.is_empty() {
                return Err(Error::AwardDecided(a.key.clone()));
            }
            if a.exclusive
                && juries::won_exclusive_elsewhere(tx, a.edition_id, a.id, request.work.get())?
            {
                return Err(Error::AwardWorkTaken {
                    award: a.key.clone(),
                    work: request.work.get(),
                });
            }
            if !juries::vote(tx, a.id, request.round, &voter.email, request.work.get())? {
                return Err(Error::VoteDuplicate {
                    voter: voter.email.clone(),
                    round: request.round,
                });
            }
            self.audit(
                tx,
                "award.vote",
                "award",
                Some(a.id),
                serde_json::json!({ "round": request.round, "voter": voter.email }),
            )
        })
    }

    /// Counts a ballot round and records its winner, if it has one.
    pub fn award_tally(&self, request: &TallyRequest) -> Result<TallyInfo, Error> {
        self.write(|tx| {
            let a = award(tx, &request.edition, &request.award)?;
            let votes = juries::votes(tx, a.id, request.round)?;
            if votes.is_empty() {
                return Err(Error::BallotEmpty {
                    award: a.key.clone(),
                    round: request.round,
                });
            }
            let t = caravan_jury::ballot::tally(request.round, a.absolute_rounds, &votes);
            if let Some(w) = t.winner {
                let n = t.counts.first().map_or(0, |c| c.1);
                juries::add_winner(tx, a.id, w, request.round, n, t.cast)?;
                self.audit(tx, "award.winner", "award", Some(a.id), serde_json::json!({ "work": w, "round": request.round, "votes": n, "cast": t.cast }))?;
            }
            let counts = t
                .counts
                .iter()
                .map(|&(w, n)| {
                    Ok(VoteCount {
                        work_id: WorkId(w),
                        title: title(tx, w, &request.lang)?,
                        votes: n,
                    })
                })
                .collect::<Result<_, Error>>()?;
            Ok(TallyInfo {
                award: a.key,
                round: request.round,
                counts,
                cast: t.cast,
                absolute: t.absolute,
                winner: t.winner.map(WorkId),
            })
        })
    }
}
