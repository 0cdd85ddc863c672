//! Juries on the command line: rounds and rubrics, jurors, conflicts, the assignment and
//! its pairs, scores one at a time or from paper ballots, packets for jurors and their
//! score sheets, and results.

use crate::args::{
    AssignArgs, AssignPairCommands, JuryCommands, JuryConflictCommands, JuryCriterionCommands,
    JuryJurorCommands, JuryPacketCommands, JuryScoresCommands, JurySheetCommands, RoundArgs,
};
use crate::output::Reply;
use caravan_core::api::{
    AssignRequest, ConflictRequest, ConflictTarget, CriterionAddRequest, JurorRequest, LangText,
    PairRequest, RoundRef, RoundRequest, ScoreRequest,
};
use caravan_core::{Caravan, Error};
use caravan_i18n::Localizer;

fn round_ref(r: RoundArgs) -> RoundRef {
    RoundRef {
        section: r.section,
        edition: r.edition,
        round: r.round,
    }
}

/// `LANG=TEXT` values, with `first` in the interface language ahead of them.
fn texts(first: Option<(&str, String)>, values: &[String]) -> Result<Vec<LangText>, Error> {
    let mut out: Vec<LangText> = first
        .map(|(lang, text)| LangText {
            lang: lang.to_owned(),
            text,
        })
        .into_iter()
        .collect();
    for v in values {
        let (lang, text) =
            v.split_once('=')
                .ok_or_else(|| caravan_domain::DomainError::UnknownValue {
                    what: "criterion-label".into(),
                    value: v.clone(),
                })?;
        out.push(LangText {
            lang: lang.trim().to_owned(),
            text: text.to_owned(),
        });
    }
    Ok(out)
}

pub fn command(
    caravan: &Caravan,
    cmd: JuryCommands,
    lang: &str,
    l10n: &Localizer,
) -> Result<Reply, Error> {
    let work = |r: &str| crate::refs::work(caravan, r);
    Ok(match cmd {
        JuryCommands::Criterion(JuryCriterionCommands::Add {
            key,
            round,
            label,
            labels,
            min,
            max,
            step,
            weight,
        }) => {
            // The label as typed is in the language the command line speaks.
            let label_lang = caravan_domain::LangTag::parse(lang)
                .map(|t| t.to_string())
                .unwrap_or_else(|_| "en".to_owned());
            Reply::Rubric(Box::new(caravan.jury_criterion_add(
                &CriterionAddRequest {
                    round: round_ref(round),
                    key,
                    labels: texts(Some((&label_lang, label)), &labels)?,
                    min,
                    max,
                    step,
                    weight,
                },
            )?))
        }
        JuryCommands::Juror(JuryJurorCommands::Add {
            email,
            name,
            names,
            languages,
            country,
            member,
            company,
            sections,
            card,
        }) => Reply::Juror(
            caravan.jury_juror_add(&JurorRequest {
                email,
                name,
                names: texts(None, &names)?,
                languages,
                country,
                member,
                company,
                sections: sections
                    .into_iter()
                    .map(|section| RoundRef {
                        section,
                        edition: None,
                        round: 1,
                    })
                    .collect(),
                card: card.map(|c| c.display().to_string()),
            })?,
        ),
        JuryCommands::Conflict(JuryConflictCommands::Add {
            juror,
            work: w,
            person,
            member,
            reason,
        }) => {
            let target = match (w, person, member) {
                (Some(w), _, _) => ConflictTarget::Work(work(&w)?),
                (None, Some(p), _) => ConflictTarget::Person(p),
                (None, None, Some(m)) => ConflictTarget::Member(m),
                (None, None, None) => unreachable!("the grammar asks for one"),
            };
            let request = ConflictRequest {
                juror,
                target,
                reason,
            };
            let all = caravan.jury_conflict_add(&request, l10n)?;
            Reply::ConflictAdded(Box::new(request), all)
        }
        JuryCommands::Conflicts { round } => {
            Reply::Conflicts(caravan.jury_conflicts(&round_ref(round), l10n)?)
        }
        JuryCommands::Round {
            round,
            deadline,
            blind,
            shortlist,
        } => Reply::Rubric(Box::new(caravan.jury_round(&RoundRequest {
            round: round_ref(round),
            deadline,
            blind,
            shortlist,
        })?)),
        JuryCommands::Rubric { round } => {
            Reply::Rubric(Box::new(caravan.jury_rubric(&round_ref(round))?))
        }
        JuryCommands::Assign(AssignArgs {
            pair,
            section,
            edition,
            round,
            reviews,
            max_load,
        }) => match pair {
            Some(AssignPairCommands::Add {
                juror,
                work: w,
                round,
            }) => Reply::Assignment(caravan.jury_assign_add(&PairRequest {
                round: round_ref(round),
                juror,
                work: work(&w)?,
            })?),
            Some(AssignPairCommands::Remove {
                juror,
                work: w,
                round,
            }) => Reply::Assignment(caravan.jury_assign_remove(&PairRequest {
                round: round_ref(round),
                juror,
                work: work(&w)?,
            })?),
            None => Reply::Assigned(caravan.jury_assign(
                &AssignRequest {
                    round: RoundRef {
                        section: section.unwrap_or_default(),
                        edition,
                        round,
                    },
                    reviews_per_entry: reviews.unwrap_or(0),
                    max_load,
                },
                l10n,
            )?),
        },
        JuryCommands::Score {
            juror,
            work: w,
            criterion,
            value,
            round,
        } => {
            let request = ScoreRequest {
                round: round_ref(round),
                juror,
                work: work(&w)?,
                criterion,
                value,
            };
            caravan.jury_score(&request)?;
            Reply::Scored(Box::new(request))
        }
        JuryCommands::Scores(JuryScoresCommands::Import { file, round }) => Reply::ScoresImported(
            caravan.jury_scores_import(&file, &round_ref(round), &work, l10n)?,
        ),
        JuryCommands::Screener { work: w, file } => {
            let work = work(&w)?;
            let path = caravan.jury_screener_set(work, &file)?;
            Reply::Screener(work, path)
        }
        JuryCommands::Packet(JuryPacketCommands::Export { juror, out }) => {
            Reply::PacketWritten(caravan.jury_packet_export(&juror, &out)?)
        }
        JuryCommands::Packet(JuryPacketCommands::Open { file }) => {
            Reply::PacketOpened(caravan.jury_packet_open(&file)?)
        }
        JuryCommands::Sheet(JurySheetCommands::Export { out }) => {
            Reply::SheetWritten(caravan.jury_sheet_export(&out)?)
        }
        JuryCommands::Sheet(JurySheetCommands::Merge { file }) => {
            Reply::SheetMerged(caravan.jury_sheet_merge(&file)?)
        }
        JuryCommands::Results { round } => {
            Reply::JuryResults(caravan.jury_results(&round_ref(round), lang)?)
        }
    })
}

pub fn award_command(
    caravan: &Caravan,
    cmd: crate::args::AwardCommands,
    lang: &str,
) -> Result<Reply, Error> {
    use crate::args::AwardCommands;
    Ok(match cmd {
        AwardCommands::Add {
            key,
            edition,
            label,
            labels,
            shared,
            absolute_rounds,
        } => {
            let label_lang = caravan_domain::LangTag::parse(lang)
                .map(|t| t.to_string())
                .unwrap_or_else(|_| "en".to_owned());
            Reply::Award(Box::new(caravan.award_add(
                &caravan_core::api::AwardRequest {
                    edition,
                    key,
                    labels: texts(Some((&label_lang, label)), &labels)?,
                    exclusive: !shared,
                    absolute_rounds,
                },
            )?))
        }
        AwardCommands::Vote {
            award,
            work,
            edition,
            round,
            voter,
        } => {
            let request = caravan_core::api::VoteRequest {
                edition,
                award,
                round,
                voter,
                work: crate::refs::work(caravan, &work)?,
            };
            caravan.award_vote(&request)?;
            Reply::Voted(Box::new(request))
        }
        AwardCommands::Tally {
            award,
            edition,
            round,
        } => Reply::Tally(caravan.award_tally(&caravan_core::api::TallyRequest {
            edition,
            award,
            round,
            lang: lang.to_owned(),
        })?),
    })
}
