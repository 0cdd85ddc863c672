//! The alliance at work between three profiles on real SQLite files, through a folder:
//! works and people recommended with their whole lifecycle on both sides, screening
//! rights that warn, the same work recommended twice becoming one work, catalogues
//! searched in any script, and what must be refused with nothing stored.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

mod common;

use caravan_core::api::{
    Answer, AnswerRequest, CatalogueQuery, LocalizedText, PersonCard, RecommendPersonRequest,
    RecommendWorkRequest, Recommendation, RecommendationDirection, RecommendationKind,
    RecommendationState, RecommendationsQuery, ScreeningRight, SetRightsRequest, TakeEntryRequest,
};
use caravan_domain::{MediaKind, Provenance, WorkId};
use common::{alliance, l10n, state, Profile};
use std::path::{Path, PathBuf};

fn poster() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../media/tests/fixtures/formats/pil_sample_rgb.jpg")
}

/// Publishes `from`'s stream to the point and pulls it into each of `to`.
fn deliver(point: &Path, from: &Profile, to: &[&Profile]) {
    from.publish(point);
    for p in to {
        let got = p.pull(point);
        assert!(got.refused.is_empty(), "{got:?}");
    }
}

fn farewell(p: &Profile) -> WorkId {
    p.caravan.search("别姬", "en", 5).unwrap().hits[0].work_id
}

fn incoming(p: &Profile) -> Vec<Recommendation> {
    p.caravan
        .recommendations(&RecommendationsQuery {
            work: None,
            direction: Some(RecommendationDirection::Incoming),
        })
        .unwrap()
        .recommendations
}

fn answer(p: &Profile, id: i64, answer: Answer) -> Result<Recommendation, caravan_core::Error> {
    p.caravan.answer_recommendation(
        &AnswerRequest {
            id,
            answer,
            lang: "en".into(),
        },
        &l10n(),
    )
}

fn state_of(r: &Recommendation, member: &str) -> RecommendationState {
    r.recipients
        .iter()
        .find(|s| s.member == member)
        .unwrap()
        .state
}

fn recommend(
    p: &Profile,
    work: WorkId,
    to: &[&str],
    note: Option<&str>,
) -> Result<Recommendation, caravan_core::Error> {
    p.caravan.recommend_work(
        &RecommendWorkRequest {
            work,
            to: to.iter().map(|s| s.to_string()).collect(),
            note: note.map(str::to_owned),
            note_lang: Some("en".into()),
            section: Some("competition".into()),
            lang: "en".into(),
        },
        &l10n(),
    )
}

#[test]
fn a_work_is_recommended_accepted_declined_and_programmed_and_each_step_goes_back() {
    let (tbilisi, cannes, busan) = alliance();
    tbilisi.caravan.seed_demo().unwrap();
    busan.caravan.seed_demo().unwrap();
    cannes
        .caravan
        .add_edition(
            "cannes-2027",
            "Festival de Cannes 2027",
            Some(2027),
            &["competition".into(), "classics".into()],
        )
        .unwrap();
    let point = tempfile::tempdir().unwrap();
    let work = farewell(&tbilisi);
    tbilisi
        .caravan
        .add_media(work, &poster(), MediaKind::Poster)
        .unwrap();
    // Worldwide, but not in France.
    tbilisi
        .caravan
        .set_screening_rights(&SetRightsRequest {
            work,
            rights: vec![
                ScreeningRight {
                    territory: "world".into(),
                    excluded: false,
                    starts: None,
                    ends: None,
                },
                ScreeningRight {
                    territory: "fr".into(),
                    excluded: true,
                    starts: None,
                    ends: None,
                },
            ],
        })
        .unwrap();

    let sent = recommend(
        &tbilisi,
        work,
        &["cannes", "busan"],
        Some("A restored print — for Cannes Classics?"),
    )
    .unwrap();
    assert_eq!(sent.state, RecommendationState::Sent);
    assert_eq!(sent.to, vec!["cannes", "busan"]);
    assert_eq!(sent.warnings.len(), 1, "{:?}", sent.warnings);
    assert_eq!(sent.warnings[0].territory.as_deref(), Some("FR"));
    assert_eq!(sent.warnings[0].member.as_deref(), Some("cannes"));

    deliver(point.path(), &tbilisi, &[&cannes, &busan]);
    let got = incoming(&cannes);
    assert_eq!(got.len(), 1);
    let rec = &got[0];
    assert_eq!(
        (rec.state, rec.kind, rec.from.as_str()),
        (
            RecommendationState::Received,
            RecommendationKind::Work,
            "tbilisi"
        )
    );
    assert_eq!(
        rec.note.as_deref(),
        Some("A restored print — for Cannes Classics?")
    );
    let card = rec.work.as_ref().unwrap();
    assert!(
        card.titles.iter().any(|t| t.text == "霸王别姬"),
        "{:?}",
        card.titles
    );
    assert!(!card.credits.is_empty());
    assert_eq!(card.posters.len(), 1);
    assert!(cannes
        .caravan
        .media_files()
        .path_of(&card.posters[0])
        .is_some());

    // The receipt goes back.
    deliver(point.path(), &cannes, &[&tbilisi]);
    deliver(point.path(), &busan, &[&tbilisi]);
    let mine = tbilisi.caravan.recommendation(sent.id).unwrap();
    assert_eq!(state_of(&mine, "cannes"), RecommendationState::Received);

    // An edition that does not exist changes nothing.
    let before = state(&cannes.db());
    let e = answer(
        &cannes,
        rec.id,
        Answer::Accepted {
            edition: Some("nowhere".into()),
            section: None,
        },
    )
    .unwrap_err();
    assert_eq!(e.code(), "edition-not-found");
    assert_eq!(state(&cannes.db()), before);

    let accepted = answer(
        &cannes,
        rec.id,
        Answer::Accepted {
            edition: Some("cannes-2027".into()),
            section: Some("classics".into()),
        },
    )
    .unwrap();
    assert_eq!(accepted.state, RecommendationState::Accepted);
    assert_eq!(
        accepted.warnings[0].territory.as_deref(),
        Some("FR"),
        "{:?}",
        accepted.warnings
    );
    let taken = accepted.work_id.unwrap();
    let detail = cannes.caravan.work_detail(taken, "en").unwrap();
    assert!(detail.titles.iter().any(|t| t.text == "霸王别姬"));
    assert!(detail
        .fields
        .iter()
        .any(|f| f.name == "Recommended by" && f.value == "tbilisi"));
    assert_eq!(
        detail.media.len(),
        1,
        "the poster travelled and joined the work"
    );
    let sub = cannes
        .caravan
        .submissions_page(&caravan_core::api::SubmissionsQuery {
            edition: cannes.caravan.edition_by_slug("cannes-2027").unwrap().id,
            lang: "en".into(),
            filter: Default::default(),
            sort: caravan_domain::SubmissionColumn::Id,
            descending: false,
            after: None,
            offset: 0,
            limit: 10,
        })
        .unwrap();
    assert_eq!(sub.total, 1);
    assert_eq!(sub.submissions[0].work_id, taken);

    // Accepting twice is refused and changes nothing; declining needs a reason.
    let e = answer(
        &cannes,
        rec.id,
        Answer::Accepted {
            edition: Some("cannes-2027".into()),
            section: None,
        },
    )
    .unwrap_err();
    assert_eq!(e.code(), "recommendation-state-invalid");
    let busan_rec = incoming(&busan)[0].id;
    let e = answer(
        &busan,
        busan_rec,
        Answer::Declined {
            reason: "  ".into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.code(), "value-empty");
    answer(
        &busan,
        busan_rec,
        Answer::Declined {
            reason: "Our 2027 edition is full".into(),
        },
    )
    .unwrap();
    answer(&cannes, rec.id, Answer::Programmed).unwrap();

    deliver(point.path(), &cannes, &[&tbilisi]);
    deliver(point.path(), &busan, &[&tbilisi]);
    let mine = tbilisi.caravan.recommendation(sent.id).unwrap();
    assert_eq!(state_of(&mine, "cannes"), RecommendationState::Programmed);
    assert_eq!(state_of(&mine, "busan"), RecommendationState::Declined);
    let busan_state = mine
        .recipients
        .iter()
        .find(|s| s.member == "busan")
        .unwrap();
    assert_eq!(
        busan_state.reason.as_deref(),
        Some("Our 2027 edition is full")
    );
    let cannes_state = mine
        .recipients
        .iter()
        .find(|s| s.member == "cannes")
        .unwrap();
    assert_eq!(
        (
            cannes_state.edition.as_deref(),
            cannes_state.section.as_deref()
        ),
        (Some("cannes-2027"), Some("classics"))
    );
    let steps: Vec<_> = mine
        .history
        .iter()
        .filter(|h| h.member == "cannes")
        .map(|h| h.state)
        .collect();
    assert_eq!(
        steps,
        [
            RecommendationState::Sent,
            RecommendationState::Received,
            RecommendationState::Accepted,
            RecommendationState::Programmed
        ]
    );

    // Busan recommends the same film: one work with two recommendations.
    cannes.caravan.import_card(&busan.card()).unwrap();
    let again = recommend(&busan, farewell(&busan), &["cannes"], None).unwrap();
    assert_eq!(
        again.warnings,
        vec![],
        "no rights recorded at Busan, nothing to warn of"
    );
    deliver(point.path(), &busan, &[&cannes]);
    let second = incoming(&cannes)
        .into_iter()
        .find(|r| r.from == "busan")
        .unwrap();
    let accepted = answer(
        &cannes,
        second.id,
        Answer::Accepted {
            edition: Some("cannes-2027".into()),
            section: Some("competition".into()),
        },
    )
    .unwrap();
    assert_eq!(accepted.work_id, Some(taken));
    let of_work = cannes
        .caravan
        .recommendations(&RecommendationsQuery {
            work: Some(taken),
            direction: None,
        })
        .unwrap();
    assert_eq!(of_work.recommendations.len(), 2);
}

#[test]
fn people_are_recommended_as_judges_and_guests_and_a_nameless_one_is_not() {
    let (tbilisi, cannes, _busan) = alliance();
    let point = tempfile::tempdir().unwrap();
    let person = |names: Vec<(&str, &str)>| PersonCard {
        names: names
            .into_iter()
            .map(|(lang, text)| LocalizedText {
                lang: lang.into(),
                text: text.into(),
                original: false,
                provenance: Provenance::Curator,
            })
            .collect(),
        roles: vec!["Director".into()],
        languages: vec!["ka".into(), "ru".into()],
        country: Some("GE".into()),
        contact: Some("office@example.org".into()),
    };
    let e = tbilisi
        .caravan
        .recommend_person(&RecommendPersonRequest {
            person: person(vec![("ka", "  "), ("en", "")]),
            kind: RecommendationKind::Judge,
            to: vec!["cannes".into()],
            note: None,
            note_lang: None,
        })
        .unwrap_err();
    assert_eq!(e.code(), "person-no-name");
    let sent = tbilisi
        .caravan
        .recommend_person(&RecommendPersonRequest {
            person: person(vec![
                ("ka", "ნანა ჯორჯაძე"),
                ("en", "Nana Jorjadze"),
                ("ru", "Нана Джорджадзе"),
            ]),
            kind: RecommendationKind::Judge,
            to: vec!["cannes".into()],
            note: Some("Would chair a jury".into()),
            note_lang: Some("en".into()),
        })
        .unwrap();
    assert_eq!(sent.title, "ნანა ჯორჯაძე");
    deliver(point.path(), &tbilisi, &[&cannes]);
    let rec = incoming(&cannes).remove(0);
    assert_eq!(rec.kind, RecommendationKind::Judge);
    assert_eq!(rec.person.as_ref().unwrap().names.len(), 3);
    answer(
        &cannes,
        rec.id,
        Answer::Accepted {
            edition: None,
            section: None,
        },
    )
    .unwrap();
    deliver(point.path(), &cannes, &[&tbilisi]);
    let mine = tbilisi.caravan.recommendation(sent.id).unwrap();
    assert_eq!(state_of(&mine, "cannes"), RecommendationState::Accepted);
}

#[test]
fn oversized_notes_and_revoked_members_are_refused_with_nothing_stored() {
    let (tbilisi, cannes, busan) = alliance();
    tbilisi.caravan.seed_demo().unwrap();
    busan.caravan.seed_demo().unwrap();
    cannes.caravan.import_card(&busan.card()).unwrap();
    let point = tempfile::tempdir().unwrap();
    let work = farewell(&tbilisi);
    let megabyte = "ა".repeat(350_000);
    let e = recommend(&tbilisi, work, &["cannes"], Some(&megabyte)).unwrap_err();
    assert_eq!(e.code(), "envelope-too-large");
    assert_eq!(
        tbilisi
            .caravan
            .recommendations(&RecommendationsQuery {
                work: None,
                direction: None
            })
            .unwrap()
            .recommendations
            .len(),
        0
    );
    let e = recommend(&tbilisi, work, &["nobody"], None).unwrap_err();
    assert_eq!(e.code(), "member-no-card");

    // Cannes revokes Busan's key: what Busan signs from now on is refused.
    cannes.caravan.revoke_member("busan").unwrap();
    let listed = cannes.caravan.members_list(&Default::default()).unwrap();
    let b = listed.members.iter().find(|m| m.slug == "busan").unwrap();
    assert_eq!(b.trust, Some(caravan_core::api::Trust::Revoked));
    recommend(&busan, farewell(&busan), &["cannes"], None).unwrap();
    busan.publish(point.path());
    let before = state(&cannes.db());
    let got = cannes.pull(point.path());
    assert_eq!(got.refused.len(), 1);
    assert_eq!(got.refused[0].code, "member-revoked");
    assert_eq!(state(&cannes.db()), before);
    assert!(incoming(&cannes).is_empty());
}

#[test]
fn a_catalogue_is_published_searched_in_any_script_and_taken_into_an_edition() {
    let (tbilisi, cannes, _busan) = alliance();
    tbilisi.caravan.seed_demo().unwrap();
    cannes
        .caravan
        .add_edition(
            "cannes-2027",
            "Festival de Cannes 2027",
            Some(2027),
            &["competition".into()],
        )
        .unwrap();
    let point = tempfile::tempdir().unwrap();
    let published = tbilisi.caravan.publish_catalogue(None).unwrap();
    assert!(published.entries >= 60, "{published:?}");
    deliver(point.path(), &tbilisi, &[&cannes]);
    let all = cannes
        .caravan
        .catalogue(&CatalogueQuery {
            query: None,
            member: Some("tbilisi".into()),
            limit: 1000,
        })
        .unwrap();
    assert_eq!(all.entries.len() as u64, published.entries);
    assert_eq!(all.members[0].entries, published.entries);
    for (query, title) in [
        ("别姬", "霸王别姬"),
        ("別姬", "霸王别姬"),
        ("ba wang bie", "霸王别姬"),
    ] {
        let found = cannes
            .caravan
            .catalogue(&CatalogueQuery {
                query: Some(query.into()),
                member: None,
                limit: 5,
            })
            .unwrap();
        assert!(
            found
                .entries
                .first()
                .is_some_and(|e| e.work.titles.iter().any(|t| t.text == title)),
            "{query}: {:?}",
            found.entries.iter().map(|e| &e.title).collect::<Vec<_>>()
        );
    }
    let entry = cannes
        .caravan
        .catalogue(&CatalogueQuery {
            query: Some("别姬".into()),
            member: None,
            limit: 1,
        })
        .unwrap()
        .entries
        .remove(0);
    let taken = cannes
        .caravan
        .take_from_catalogue(&TakeEntryRequest {
            entry: entry.id,
            edition: "cannes-2027".into(),
            section: "competition".into(),
            lang: "en".into(),
        })
        .unwrap();
    assert!(taken.titles.iter().any(|t| t.text == "霸王别姬"));
    // Published again, the catalogue replaces the one before rather than doubling it.
    tbilisi.caravan.publish_catalogue(None).unwrap();
    deliver(point.path(), &tbilisi, &[&cannes]);
    let again = cannes
        .caravan
        .catalogue(&CatalogueQuery {
            query: None,
            member: None,
            limit: 1000,
        })
        .unwrap();
    assert_eq!(again.entries.len() as u64, published.entries);
}
