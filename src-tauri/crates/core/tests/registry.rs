//! The registry and admissions between profiles on real SQLite files, through a folder:
//! the secretariat publishes an alliance's registry and the members' copies follow it
//! (tiers, contacts, joining dates, members who left), a registry from anyone else is
//! refused with nothing changed, and an application goes from evidence and sponsors to a
//! decision that enters the member in the registry.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

mod common;

use caravan_core::api::{
    AllianceRequest, ApplicationRequest, ApplicationsQuery, Contact, CriterionRequest,
    DecideRequest, Evidence, LangText, MemberInfo, MemberRequest, MembersQuery, SponsorRequest,
    TierRequest,
};
use caravan_domain::{ApplicationState, ContactKind, MemberKind, Outcome};
use common::{alliance, state, Profile};

fn text(lang: &str, text: &str) -> LangText {
    LangText {
        lang: lang.into(),
        text: text.into(),
    }
}

fn member(slug: &str, name: &str, country: &str, tier: Option<&str>) -> MemberRequest {
    MemberRequest {
        slug: slug.into(),
        name: name.into(),
        kind: MemberKind::Festival,
        country: country.into(),
        city: None,
        languages: vec!["en".into()],
        contacts: vec![Contact {
            kind: ContactKind::Email,
            value: format!("office@{slug}.example"),
            label: None,
        }],
        alliance: Some("silk-road-music".into()),
        tier: tier.map(str::to_owned),
        joined: Some("2019-06-14".into()),
    }
}

fn in_alliance(p: &Profile, alliance: &str) -> Vec<MemberInfo> {
    p.caravan
        .members_list(&MembersQuery {
            alliance: Some(alliance.into()),
            ..Default::default()
        })
        .unwrap()
        .members
}

/// The secretariat's registry with its own tiers, and Tbilisi's copy that follows it.
#[test]
fn members_follow_the_registry_the_secretariat_publishes_and_no_one_elses() {
    let (tbilisi, cannes, busan) = alliance();
    let point = tempfile::tempdir().unwrap();
    // Tbilisi's copy knows Cannes's key by a verified fingerprint.
    let fp = tbilisi
        .caravan
        .member("cannes")
        .unwrap()
        .fingerprint
        .unwrap();
    tbilisi.caravan.verify_member("cannes", &fp).unwrap();

    cannes
        .caravan
        .put_alliance(&AllianceRequest {
            slug: "silk-road-music".into(),
            name: "Silk Road Music Alliance".into(),
            founded: Some(2016),
            secretariat: None,
        })
        .unwrap();
    cannes
        .caravan
        .put_tier(&TierRequest {
            alliance: "silk-road-music".into(),
            key: "patron".into(),
            labels: vec![
                text("en", "Patron"),
                text("fr", "Mécène"),
                text("ka", "მეცენატი"),
            ],
        })
        .unwrap();
    for (slug, name, cc) in [
        ("cannes", "Festival de Cannes", "FR"),
        ("busan", "Busan IFF", "KR"),
        ("almaty", "Almaty Jazz", "KZ"),
    ] {
        cannes
            .caravan
            .put_member(&member(slug, name, cc, Some("patron")))
            .unwrap();
    }
    // A tier the alliance does not have, once it has its own, is refused.
    let e = cannes
        .caravan
        .put_member(&member("busan", "Busan IFF", "KR", Some("basic")))
        .unwrap_err();
    assert_eq!(e.code(), "tier-unknown");

    let published = cannes.caravan.publish_registry("silk-road-music").unwrap();
    assert_eq!(published.members, 3);
    cannes.publish(point.path());
    let got = tbilisi.pull(point.path());
    assert!(got.refused.is_empty(), "{got:?}");
    let list = in_alliance(&tbilisi, "silk-road-music");
    assert_eq!(
        list.iter().map(|m| m.slug.as_str()).collect::<Vec<_>>(),
        ["almaty", "busan", "cannes"]
    );
    let almaty = &list[0];
    assert_eq!(almaty.country.as_deref(), Some("KZ"));
    assert_eq!(almaty.tier.as_deref(), Some("patron"));
    assert_eq!(almaty.memberships[0].joined.as_deref(), Some("2019-06-14"));
    assert_eq!(almaty.contacts[0].value, "office@almaty.example");
    let info = tbilisi.caravan.alliance("silk-road-music").unwrap();
    assert_eq!(info.secretariat.as_deref(), Some("cannes"));
    assert_eq!(info.tiers[0].labels.len(), 3);

    // The next registry: Almaty left, Busan's tier changed. Tbilisi's copy follows.
    cannes
        .caravan
        .put_tier(&TierRequest {
            alliance: "silk-road-music".into(),
            key: "friend".into(),
            labels: vec![text("en", "Friend")],
        })
        .unwrap();
    cannes
        .caravan
        .put_member(&member("busan", "Busan IFF", "KR", Some("friend")))
        .unwrap();
    let before = cannes.caravan.member("almaty").unwrap();
    assert_eq!(before.memberships.len(), 1);
    let left = cannes
        .caravan
        .leave_alliance("almaty", "silk-road-music")
        .unwrap();
    assert!(left.memberships.is_empty());
    cannes.caravan.publish_registry("silk-road-music").unwrap();
    cannes.publish(point.path());
    assert!(tbilisi.pull(point.path()).refused.is_empty());
    let list = in_alliance(&tbilisi, "silk-road-music");
    assert_eq!(
        list.iter().map(|m| m.slug.as_str()).collect::<Vec<_>>(),
        ["busan", "cannes"]
    );
    assert_eq!(list[0].tier.as_deref(), Some("friend"));
    // Filters: by tier, by country, by kind, by language.
    let q = |q: MembersQuery| {
        tbilisi
            .caravan
            .members_list(&q)
            .unwrap()
            .members
            .into_iter()
            .map(|m| m.slug)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        q(MembersQuery {
            tier: Some("friend".into()),
            ..Default::default()
        }),
        ["busan"]
    );
    assert_eq!(
        q(MembersQuery {
            country: Some("fr".into()),
            ..Default::default()
        }),
        ["cannes"]
    );
    assert!(q(MembersQuery {
        kind: Some(MemberKind::Artist),
        ..Default::default()
    })
    .is_empty());

    // Busan publishes a registry of the same alliance: it is not the secretariat
    // Tbilisi's copy follows, so the envelope is refused and nothing changes.
    busan
        .caravan
        .put_alliance(&AllianceRequest {
            slug: "silk-road-music".into(),
            name: "Silk Road Music Alliance (Busan's)".into(),
            founded: None,
            secretariat: None,
        })
        .unwrap();
    busan.caravan.publish_registry("silk-road-music").unwrap();
    busan.publish(point.path());
    let before = state(&tbilisi.db());
    let got = tbilisi.pull(point.path());
    assert_eq!(got.refused.len(), 1, "{got:?}");
    assert_eq!(got.refused[0].code, "registry-not-secretariat");
    assert_eq!(state(&tbilisi.db()), before);
}

/// A registry from a key no one verified is not followed for an alliance this copy
/// names no secretariat for; the secretariat's copy alone publishes.
#[test]
fn an_unverified_sender_does_not_become_the_secretariat() {
    let (tbilisi, cannes, _busan) = alliance();
    let point = tempfile::tempdir().unwrap();
    cannes
        .caravan
        .put_alliance(&AllianceRequest {
            slug: "new-alliance".into(),
            name: "A New Alliance".into(),
            founded: None,
            secretariat: Some("busan".into()),
        })
        .unwrap();
    let e = cannes.caravan.publish_registry("new-alliance").unwrap_err();
    assert_eq!(e.code(), "registry-not-secretariat");
    cannes
        .caravan
        .put_alliance(&AllianceRequest {
            slug: "other-alliance".into(),
            name: "Another Alliance".into(),
            founded: None,
            secretariat: None,
        })
        .unwrap();
    cannes.caravan.publish_registry("other-alliance").unwrap();
    cannes.publish(point.path());
    let before = state(&tbilisi.db());
    let got = tbilisi.pull(point.path());
    assert_eq!(got.refused[0].code, "registry-not-secretariat");
    assert_eq!(state(&tbilisi.db()), before);
}

#[test]
fn an_application_goes_from_evidence_and_sponsors_to_a_recorded_decision() {
    let tbilisi = Profile::new(0x10, "Tbilisi IFF", "tbilisi");
    let c = &tbilisi.caravan;
    c.seed_demo().unwrap();
    let alliance = c.alliance("belt-and-road-film").unwrap();
    assert_eq!(
        alliance
            .criteria
            .iter()
            .map(|c| c.key.as_str())
            .collect::<Vec<_>>(),
        ["important-festival", "regional-influence", "charter"]
    );
    // The demo's criteria are written in the six interface languages.
    assert!(alliance.criteria[0].texts.iter().any(|t| t.lang == "ar"));
    c.put_criterion(&CriterionRequest {
        alliance: "belt-and-road-film".into(),
        key: "screenings".into(),
        texts: vec![
            text("en", "Screens films of other members"),
            text("ka", "უჩვენებს სხვა წევრების ფილმებს"),
        ],
    })
    .unwrap();

    let request = ApplicationRequest {
        alliance: "belt-and-road-film".into(),
        slug: "dhaka-iff".into(),
        name: "Dhaka International Film Festival".into(),
        kind: MemberKind::Festival,
        country: "BD".into(),
        languages: vec!["bn".into(), "en".into()],
        contact: Some("info@dhakafilmfest.example".into()),
        tier: None,
        evidence: vec![
            Evidence {
                criterion: "important-festival".into(),
                text: "The largest film festival of Bangladesh, since 1992.".into(),
            },
            Evidence {
                criterion: "charter".into(),
                text: "The board resolved to sign it on 2026-09-01.".into(),
            },
        ],
    };
    // Evidence for a criterion the alliance does not have: refused, nothing stored.
    let before = state(&tbilisi.db());
    let mut bad = request.clone();
    bad.evidence.push(Evidence {
        criterion: "sainthood".into(),
        text: "…".into(),
    });
    assert_eq!(
        c.apply_for_membership(&bad).unwrap_err().code(),
        "criterion-unknown"
    );
    // A member applying again, and a nameless applicant.
    let mut again = request.clone();
    again.slug = "siff".into();
    assert_eq!(
        c.apply_for_membership(&again).unwrap_err().code(),
        "application-member-exists"
    );
    let mut nameless = request.clone();
    nameless.name = "  ".into();
    assert_eq!(
        c.apply_for_membership(&nameless).unwrap_err().code(),
        "value-empty"
    );
    assert_eq!(state(&tbilisi.db()), before);

    let app = c.apply_for_membership(&request).unwrap();
    assert_eq!(app.state, ApplicationState::Open);
    assert_eq!(app.missing, ["regional-influence", "screenings"]);
    assert_eq!(
        c.apply_for_membership(&request).unwrap_err().code(),
        "application-exists"
    );

    // Two members sponsor it (one twice: once counts); someone outside cannot.
    for m in ["siff", "moscow-iff", "siff"] {
        c.sponsor_application(&SponsorRequest {
            application: app.id,
            member: m.into(),
            note: Some("A festival we have worked with for years.".into()),
        })
        .unwrap();
    }
    assert_eq!(
        c.sponsor_application(&SponsorRequest {
            application: app.id,
            member: "nobody".into(),
            note: None,
        })
        .unwrap_err()
        .code(),
        "sponsor-not-member"
    );

    // An admission with more votes against than for is a mistake, and changes nothing.
    let decide = |outcome, votes_for, votes_against| DecideRequest {
        application: app.id,
        outcome,
        on: "2026-11-20".into(),
        votes_for,
        votes_against,
        votes_abstain: 2,
        note: Some("Approved at the annual meeting in Shanghai.".into()),
        tier: None,
    };
    assert_eq!(
        c.decide_application(&decide(Outcome::Admit, 10, 12))
            .unwrap_err()
            .code(),
        "decision-votes-contradict"
    );
    let decided = c
        .decide_application(&decide(Outcome::Admit, 31, 3))
        .unwrap();
    assert_eq!(decided.state, ApplicationState::Admitted);
    assert_eq!(decided.sponsors.len(), 2);
    let d = decided.decision.unwrap();
    assert_eq!(
        (d.on.as_str(), d.votes_for, d.votes_against, d.votes_abstain),
        ("2026-11-20", 31, 3, 2)
    );
    // The applicant is now a member, joined on the day of the decision.
    let dhaka = c.member("dhaka-iff").unwrap();
    assert_eq!(dhaka.country.as_deref(), Some("BD"));
    assert_eq!(dhaka.memberships[0].alliance, "belt-and-road-film");
    assert_eq!(dhaka.memberships[0].joined.as_deref(), Some("2026-11-20"));
    assert_eq!(dhaka.contacts[0].value, "info@dhakafilmfest.example");
    // Decided once, for good.
    assert_eq!(
        c.decide_application(&decide(Outcome::Refuse, 0, 30))
            .unwrap_err()
            .code(),
        "application-decided"
    );
    let listed = c
        .applications(&ApplicationsQuery {
            alliance: Some("belt-and-road-film".into()),
            state: Some(ApplicationState::Admitted),
        })
        .unwrap();
    assert_eq!(listed.applications.len(), 1);
}
