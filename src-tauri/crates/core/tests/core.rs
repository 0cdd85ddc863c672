//! The core's API, end to end on a real SQLite file: seeding, listing with language
//! fallback, editions, the interface language, errors, and the generated TypeScript.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_core::api::{WorksPage, WorksQuery};
use caravan_core::{Caravan, Error, World};
use caravan_domain::{EditionId, WorkColumn, WorkId};
use std::path::PathBuf;

fn open(dir: &tempfile::TempDir) -> Caravan {
    Caravan::open(
        &dir.path().join("caravan.db"),
        World::fixed(1_750_000_000_000, "tester"),
    )
    .unwrap()
}

fn works(
    caravan: &Caravan,
    lang: &str,
    edition: Option<EditionId>,
    offset: u64,
    limit: u64,
) -> Result<WorksPage, Error> {
    caravan.works_page(&WorksQuery {
        lang: lang.to_owned(),
        edition,
        sort: WorkColumn::Id,
        descending: false,
        after: None,
        offset,
        limit,
    })
}

#[test]
fn ipc_bindings_are_fresh() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/ipc/bindings.ts");
    let fresh = caravan_core::api::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/ipc/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test -p caravan-core --test core` and commit it"
    );
}

#[test]
fn demo_seeding_is_idempotent_and_spans_scripts() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    assert!(caravan.is_empty().unwrap());
    let first = caravan.seed_demo().unwrap();
    let second = caravan.seed_demo().unwrap();
    assert_eq!(first, second);
    assert_eq!(first.alliances, 2);
    assert!(first.members >= 30, "{first:?}");
    assert_eq!(first.editions, 2);
    assert!(first.works >= 60, "{first:?}");

    // Titles in at least eight scripts, judged by their characters.
    let page = works(&caravan, "en-US", None, 0, 1000).unwrap();
    let mut scripts = std::collections::BTreeSet::new();
    for w in &page.works {
        for c in w.original_title.chars() {
            let script = match c as u32 {
                0x00C0..=0x024F => "latin-diacritics",
                0x0370..=0x03FF => "greek",
                0x0400..=0x04FF => "cyrillic",
                0x0530..=0x058F => "armenian",
                0x0600..=0x06FF => "arabic",
                0x0900..=0x097F => "devanagari",
                0x0980..=0x09FF => "bengali",
                0x0E00..=0x0E7F => "thai",
                0x10A0..=0x10FF => "georgian",
                0x3040..=0x30FF => "kana",
                0x4E00..=0x9FFF => "han",
                0xAC00..=0xD7AF => "hangul",
                _ => continue,
            };
            scripts.insert(script);
        }
    }
    assert!(scripts.len() >= 10, "{scripts:?}");
    assert!(page
        .works
        .iter()
        .any(|w| w.kind == caravan_domain::WorkKind::Music));
}

#[test]
fn titles_follow_the_fallback_chain() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    caravan.seed_demo().unwrap();
    let title = |lang: &str, n: usize| {
        works(&caravan, lang, None, 0, 100).unwrap().works[n]
            .title
            .clone()
    };
    // Farewell My Concubine is the first demo work; Parasite the ninth.
    assert_eq!(title("en-US", 0), "Farewell My Concubine");
    assert_eq!(title("zh-CN", 0), "霸王别姬");
    assert_eq!(title("zh-TW", 0), "霸王別姬");
    assert_eq!(title("ar", 0), "霸王别姬", "no Arabic title: the original");
    assert_eq!(title("zh-TW", 8), "寄生上流");
    assert_eq!(title("zh-HK", 8), "上流寄生族");
    assert_eq!(title("zh-CN", 8), "寄生虫");

    let detail = caravan.work_detail(WorkId(9), "fr").unwrap();
    assert_eq!(detail.title, "Parasite");
    assert!(detail.titles.len() >= 8);
    assert!(detail
        .titles
        .iter()
        .any(|t| t.lang == "ko" && t.original && t.text == "기생충"));
    assert_eq!(detail.credits[0].role, caravan_domain::CreditRole::Director);
}

#[test]
fn works_are_found_by_identifier() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    caravan.seed_demo().unwrap();
    let by_isrc = caravan
        .works_with_identifier("se-ayd-7601020", None, &[])
        .unwrap();
    assert_eq!(by_isrc.len(), 1);
    assert_eq!(
        caravan.work_detail(by_isrc[0], "en").unwrap().title,
        "Dancing Queen"
    );
    assert_eq!(
        caravan
            .works_with_identifier("parasite", None, &[])
            .unwrap(),
        [WorkId(9)]
    );
    assert!(matches!(
        caravan.work_detail(WorkId(424242), "en"),
        Err(Error::WorkNotFound(_))
    ));
}

#[test]
fn pages_are_bounded_and_editions_filter() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    let totals = caravan.seed_demo().unwrap();
    let page = works(&caravan, "en", None, 60, 5).unwrap();
    assert_eq!(page.total, totals.works);
    assert_eq!(page.works.len(), 5);
    assert_eq!(page.offset, 60);
    assert_eq!(
        works(&caravan, "en", None, 0, 1_000_000)
            .unwrap()
            .works
            .len() as u64,
        totals.works
    );

    let pingyao = caravan.edition_by_slug("srimf-pingyao-2018").unwrap().id;
    let music = works(&caravan, "en", Some(pingyao), 0, 100).unwrap();
    assert!(music.total > 10 && music.total < totals.works);
    assert!(music
        .works
        .iter()
        .all(|w| w.kind == caravan_domain::WorkKind::Music));
    let err = works(&caravan, "en", Some(EditionId(4242)), 0, 10).unwrap_err();
    assert_eq!(err.code(), "edition-not-found");
    assert_eq!(
        caravan.edition_by_slug("cannes-1939").unwrap_err().code(),
        "edition-not-found"
    );
}

#[test]
fn editions_are_added_audited_and_refused_twice() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    let edition = caravan
        .add_edition(
            "tbilisi-2027",
            "Tbilisi International Film Festival 2027",
            Some(2027),
            &["competition".into(), "shorts".into()],
        )
        .unwrap();
    assert_eq!(edition.sections.len(), 2);
    assert_eq!(edition.sections[1].slug, "shorts");
    let again = caravan
        .add_edition("tbilisi-2027", "Again", None, &[])
        .unwrap_err();
    assert_eq!(again.code(), "slug-taken");
    assert_eq!(
        caravan
            .add_edition("Bad Slug", "x", None, &[])
            .unwrap_err()
            .code(),
        "slug-invalid"
    );
    assert_eq!(
        caravan
            .add_edition("ok", "  ", None, &[])
            .unwrap_err()
            .code(),
        "value-empty"
    );
    assert_eq!(caravan.editions().unwrap().len(), 1);

    let log = caravan
        .store()
        .read(|c| caravan_store::audit::recent(c, 10))
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].action, "edition.add");
    assert_eq!(log[0].actor, "tester");
    assert_eq!(log[0].at, 1_750_000_000_000);
}

#[test]
fn the_interface_language_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    {
        let caravan = open(&dir);
        assert_eq!(
            caravan.ui_locale(Some("fr_FR.UTF-8")).unwrap().locale,
            "en-US",
            "not a BCP 47 tag: ignored"
        );
        assert_eq!(caravan.ui_locale(Some("ru-RU")).unwrap().locale, "ru");
        let ar = caravan.set_ui_locale("ar").unwrap();
        assert_eq!(
            (ar.locale.as_str(), ar.dir),
            ("ar", caravan_core::api::Direction::Rtl)
        );
        assert_eq!(
            caravan.set_ui_locale("tlh").unwrap_err().code(),
            "lang-unsupported"
        );
    }
    let reopened = open(&dir);
    assert_eq!(reopened.ui_locale(Some("ru")).unwrap().locale, "ar");
}

#[test]
fn errors_are_localised_in_every_language() {
    let err = Error::EditionNotFound("x-2026".into());
    for locale in caravan_i18n::LOCALES {
        let l10n = caravan_i18n::Localizer::for_locale(locale);
        let payload = err.to_payload(&l10n);
        assert_eq!(payload.code, "edition-not-found");
        assert!(
            payload.message.contains("x-2026"),
            "{locale}: {}",
            payload.message
        );
        assert!(
            !payload.message.starts_with("error--"),
            "{locale}: untranslated"
        );
    }
    let en = caravan_i18n::Localizer::for_locale("en-US");
    let fr = caravan_i18n::Localizer::for_locale("fr");
    assert_ne!(err.localize(&en), err.localize(&fr));
}

fn media_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../media/tests/fixtures")
        .join(name)
}

fn files_under(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|shards| {
            shards
                .flatten()
                .map(|s| std::fs::read_dir(s.path()).map(|f| f.count()).unwrap_or(0))
                .sum()
        })
        .unwrap_or(0)
}

#[test]
fn images_are_added_listed_found_similar_and_removed() {
    use caravan_domain::MediaKind;
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    caravan.seed_demo().unwrap();
    let poster = media_fixture("orientation/Landscape_6.jpg");
    let added = caravan
        .add_media(WorkId(1), &poster, MediaKind::Poster)
        .unwrap();
    assert_eq!(
        (added.width, added.height),
        (270, 180),
        "upright after EXIF orientation 6"
    );
    assert_eq!(added.format, "jpeg");
    assert_eq!(
        std::fs::read(&added.path).unwrap(),
        std::fs::read(&poster).unwrap(),
        "the original, byte for byte"
    );
    assert_eq!(added.thumbnails.len(), 3);
    assert!(added
        .thumbnails
        .iter()
        .all(|t| std::path::Path::new(&t.path).is_absolute()));
    let again = caravan
        .add_media(
            caravan
                .works_with_identifier("farewell-my-concubine", None, &[])
                .unwrap()[0],
            &poster,
            MediaKind::Poster,
        )
        .unwrap();
    assert_eq!(
        again.id, added.id,
        "the same file on the same work is kept once"
    );

    // The same picture under another title, and another orientation of it.
    caravan
        .add_media(
            WorkId(2),
            &media_fixture("orientation/Landscape_3.jpg"),
            MediaKind::Poster,
        )
        .unwrap();
    caravan
        .add_media(
            WorkId(3),
            &media_fixture("formats/hopper.gif"),
            MediaKind::Still,
        )
        .unwrap();
    let similar = caravan.similar_images().unwrap();
    assert_eq!(similar.len(), 1, "{similar:?}");
    assert_eq!(
        (similar[0].a_work, similar[0].b_work),
        (WorkId(1), WorkId(2))
    );

    let page = works(&caravan, "en", None, 0, 3).unwrap();
    assert!(page.works[0].thumbnail.is_some() && page.works[1].thumbnail.is_some());
    assert!(page.works[2].thumbnail.is_none(), "a still is not a poster");
    assert_eq!(caravan.work_detail(WorkId(1), "en").unwrap().media.len(), 1);

    let media_dir = caravan.media_files().root().to_path_buf();
    caravan.remove_media(added.id).unwrap();
    assert!(
        !std::path::Path::new(&added.path).exists(),
        "the original goes"
    );
    // What stays on disk is exactly what the remaining images use (an upright
    // thumbnail may be shared with the other orientation of the same photo).
    let remaining: std::collections::BTreeSet<String> = [
        caravan.media_of(WorkId(2)).unwrap(),
        caravan.media_of(WorkId(3)).unwrap(),
    ]
    .concat()
    .into_iter()
    .flat_map(|m| std::iter::once(m.path).chain(m.thumbnails.into_iter().map(|t| t.path)))
    .collect();
    assert_eq!(files_under(&media_dir), remaining.len());
    assert!(remaining.iter().all(|p| std::path::Path::new(p).exists()));
    assert!(caravan.media_of(WorkId(1)).unwrap().is_empty());
    assert_eq!(
        caravan.remove_media(added.id).unwrap_err().code(),
        "media-not-found"
    );
}

#[test]
fn a_refused_image_stores_nothing() {
    use caravan_domain::MediaKind;
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    caravan.seed_demo().unwrap();
    for (name, code) in [
        ("hostile/reallybig.bmp", "media-too-large"),
        ("hostile/truncated_image.png", "media-truncated"),
        ("hostile/zero_width.gif", "media-corrupt"),
    ] {
        let err = caravan
            .add_media(WorkId(1), &media_fixture(name), MediaKind::Poster)
            .unwrap_err();
        assert_eq!(err.code(), code, "{name}");
        let l10n = caravan_i18n::Localizer::for_locale("en-US");
        assert!(
            err.localize(&l10n)
                .contains(name.rsplit('/').next().unwrap()),
            "names the file"
        );
    }
    let missing = caravan
        .add_media(WorkId(1), &dir.path().join("nope.jpg"), MediaKind::Poster)
        .unwrap_err();
    assert_eq!(missing.code(), "media-io");
    assert!(caravan.media_of(WorkId(1)).unwrap().is_empty());
    assert_eq!(files_under(caravan.media_files().root()), 0);
    let log = caravan
        .store()
        .read(|c| caravan_store::audit::recent(c, 100))
        .unwrap();
    assert!(log.iter().all(|e| e.action != "media.add"));
}

#[test]
fn a_database_from_before_search_is_indexed_when_opened() {
    // A database of schema 2, written by the Caravan that had no search index.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("caravan.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for m in &caravan_store::MIGRATIONS[..2] {
            conn.execute_batch(m).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 2;
             INSERT INTO works (id, kind, year, created_at, updated_at) VALUES (1, 'film', 1979, 0, 0);
             INSERT INTO work_texts VALUES (1, 'title', 'ru', 'Сталкер', 1, 'curator');
             INSERT INTO people (id, name) VALUES (1, 'Андрей Тарковский');
             INSERT INTO credits VALUES (1, 1, 'director', 0);",
        )
        .unwrap();
    }
    let caravan = open(&dir);
    let by_title = caravan.search("сталкер", "en", 10).unwrap();
    assert_eq!(by_title.hits.len(), 1);
    assert_eq!(by_title.hits[0].work_id, WorkId(1));
    assert_eq!(
        by_title.hits[0].score, 1000.0,
        "an exact title ranks as exact"
    );
    let by_director = caravan.search("тарковск", "en", 10).unwrap();
    assert_eq!(by_director.hits[0].work_id, WorkId(1));
    let romanised = caravan.search("stalker", "en", 10).unwrap();
    assert_eq!(
        romanised.hits[0].work_id,
        WorkId(1),
        "the romanised title finds it too"
    );
    // Opening again does not rebuild: the request was taken off.
    drop(caravan);
    let again = open(&dir);
    assert_eq!(again.search("сталкер", "en", 10).unwrap().hits.len(), 1);
}

/// Works titled through the core, so they are indexed as any edit is; each work is its
/// titles as (language, title), the first its original.
fn titled_works(caravan: &Caravan, works: &[&[(&str, &str)]]) -> Vec<WorkId> {
    use caravan_domain::{Provenance, TextField};
    works
        .iter()
        .map(|titles| {
            let id = caravan
                .store()
                .write(|tx| {
                    caravan_store::works::insert(tx, caravan_domain::WorkKind::Film, None, None, 0)
                })
                .unwrap();
            for (i, (lang, title)) in titles.iter().enumerate() {
                caravan
                    .set_text(
                        WorkId(id),
                        TextField::Title,
                        lang,
                        title,
                        i == 0,
                        Provenance::Curator,
                        "en",
                    )
                    .unwrap();
            }
            WorkId(id)
        })
        .collect()
}

/// Titles in many scripts, each a work of its own.
const SLIP_CATALOGUE: &[&[(&str, &str)]] = &[
    &[("ru", "Сталкер"), ("en", "Stalker")],
    &[
        ("ru", "Москва слезам не верит"),
        ("en", "Moscow Does Not Believe in Tears"),
    ],
    &[("en", "Leviathan")],
    &[("ka", "მონანიება"), ("en", "Repentance")],
    &[("el", "Το βλέμμα του Οδυσσέα")],
    &[("ar", "المومياء")],
    &[("he", "חתונה מאוחרת")],
    &[("hy", "Նռան գույնը")],
    &[("en", "Blue Mountains or Unbelievable Story")],
    &[("en", "Solaris")],
    &[("en", "Solaria")],
    &[("it", "Roma")],
    &[("zh", "霸王别姬")],
];

#[test]
fn a_title_typed_with_a_slip_finds_its_work() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    titled_works(&caravan, SLIP_CATALOGUE);
    // (typed, the title of the work it finds first)
    let cases = [
        ("Сталлкер", "Сталкер"), // a letter doubled
        ("стлакер", "Сталкер"),  // two swapped
        ("Stalkre", "Сталкер"),  // in another language's title
        ("Moscow Dose Not Believe in Tears", "Москва слезам не верит"), // a word of four left out
        ("Levaithna", "Leviathan"), // two slips in a word of nine letters
        ("მონაიება", "მონანიება"), // Georgian, a letter left out
        ("Το βλέμμα του Οδυσέα", "Το βλέμμα του Οδυσσέα"), // Greek
        ("المومياا", "المومياء"), // Arabic, a letter replaced
        ("חתונה מאחרת", "חתונה מאוחרת"), // Hebrew
        ("Նռան գույնըը", "Նռան գույնը"), // Armenian
        (
            "blue mountians or unbeleivabel story",
            "Blue Mountains or Unbelievable Story",
        ),
        ("Solarsi", "Solaris"),
    ];
    for (typed, title) in cases {
        let hits = caravan.search(typed, "xx", 10).unwrap().hits;
        assert_eq!(
            hits.first().map(|h| h.title.as_str()),
            Some(title),
            "{typed:?} finds {hits:?}"
        );
        assert!(
            hits[0].score < 0.0,
            "{typed:?} was found only by forgiving a slip"
        );
    }
}

#[test]
fn slips_are_forgiven_only_where_they_are_slips() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    titled_works(&caravan, SLIP_CATALOGUE);
    let titles = |typed: &str| -> Vec<String> {
        let hits = caravan.search(typed, "xx", 10).unwrap().hits;
        hits.into_iter().map(|h| h.title).collect()
    };
    // A title typed right is found as typed, above anything a slip away (Solaria is one
    // slip from Solaris) and nothing found by forgiving is shown with it.
    assert_eq!(titles("Solaris"), ["Solaris"]);
    assert_eq!(
        caravan.search("Solaris", "xx", 10).unwrap().hits[0].score,
        1000.0
    );
    let mut both = titles("Solari");
    both.sort();
    assert_eq!(both, ["Solaria", "Solaris"], "both begin so");
    // A word of four letters forgives no slip: another word is as likely meant.
    assert!(titles("Rmoa").is_empty());
    assert!(titles("Romaa").is_empty());
    // Nor do numbers, nor the characters of scripts without spaces between words.
    assert!(titles("霸王别妃").is_empty());
    // A word that is in no title and was meant as none finds nothing on its own.
    assert!(titles("Dose").is_empty());
}

#[test]
fn a_word_no_title_uses_any_more_is_not_offered_for_a_slip() {
    let dir = tempfile::tempdir().unwrap();
    let caravan = open(&dir);
    let works = titled_works(&caravan, SLIP_CATALOGUE);
    let leviathan = works[2];
    let found = |typed: &str| -> Vec<WorkId> {
        let hits = caravan.search(typed, "xx", 10).unwrap().hits;
        hits.into_iter().map(|h| h.work_id).collect()
    };
    assert_eq!(found("Leviathn"), [leviathan]);
    caravan
        .set_text(
            leviathan,
            caravan_domain::TextField::Title,
            "en",
            "Leviafan",
            true,
            caravan_domain::Provenance::Curator,
            "en",
        )
        .unwrap();
    assert!(
        found("Leviathn").is_empty(),
        "no work is titled Leviathan now"
    );
    assert_eq!(found("Leviafn"), [leviathan]);
    let conn = rusqlite::Connection::open(dir.path().join("caravan.db")).unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM search_terms WHERE term = 'leviathan'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "the word left the vocabulary with its last title");
}

/// One of each error the core reports, and of each error of the crates beneath it that
/// the core passes on. `variant` below makes adding an `Error` variant without a sample
/// here fail to compile or fail the coverage check.
fn every_error() -> Vec<Error> {
    use caravan_domain::DomainError;
    use caravan_store::StoreError;
    let path = PathBuf::from("/festival/caravan.db");
    let io = || std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied");
    let mut all: Vec<Error> = vec![
        StoreError::NotSqlite(path.clone()).into(),
        StoreError::Foreign(path.clone()).into(),
        StoreError::Corrupt(path.clone()).into(),
        StoreError::NewerVersion {
            path: path.clone(),
            found: 9,
            supported: 4,
        }
        .into(),
        StoreError::Busy(path.clone()).into(),
        StoreError::ReadOnly(path.clone()).into(),
        StoreError::Io {
            path: path.clone(),
            source: io(),
        }
        .into(),
        StoreError::SlugTaken("siff-2026".into()).into(),
        StoreError::CursorInvalid("title~x~1".into()).into(),
        StoreError::SqliteAt {
            path: path.clone(),
            source: rusqlite_error(),
        }
        .into(),
        DomainError::LangTag("!!".into()).into(),
        DomainError::Country("QQ".into()).into(),
        DomainError::Slug("Bad Slug".into()).into(),
        DomainError::Empty("edition-name".into()).into(),
        DomainError::Empty("judging-label".into()).into(),
        DomainError::Empty("title".into()).into(),
        DomainError::Empty("synopsis".into()).into(),
        caravan_i18n::I18nError::InvalidTag("!!".into()).into(),
        caravan_i18n::I18nError::Unsupported("tlh".into()).into(),
        Error::WorkNotFound("2570".into()),
        Error::WorkAmbiguous {
            reference: "parasite".into(),
            count: 2,
        },
        Error::EditionNotFound("cannes-1939".into()),
        Error::SectionNotFound {
            section: "shorts".into(),
            edition: "siff-2026".into(),
        },
        Error::RequestInvalid("missing field `edition`".into()),
        Error::StatusChangeNotFound(7),
        Error::StatusChangeUndone(7),
        Error::StatusNothingToSet,
        Error::NoDataDir,
        Error::MediaNotFound(3),
        Error::ImportRejected(Box::default()),
        Error::TitleNotFound {
            work: "9".into(),
            lang: "de".into(),
        },
        Error::TitleLast("9".into()),
        Error::SameWork,
        Error::SubmissionNotFound(999),
        Error::LabelNotFound("finalist".into()),
        Error::IdentifierInvalid {
            value: "T-1".into(),
            kind: caravan_domain::ids::IdKind::Iswc,
            problem: caravan_domain::ids::IdProblem::CheckCharacter,
        },
        Error::IdentifierTaken {
            value: "SE-AYD-76-01020".into(),
            work: 2,
        },
        Error::Export {
            path: path.clone(),
            reason: "disk full".into(),
        },
    ];
    // Every vocabulary's "not a known value", by the name each gives itself. (That each
    // code has a message in every locale is the locale check's; this checks the core
    // gives each message the values it names.)
    for what in [
        "work-kind",
        "media-kind",
        "member-kind",
        "tier",
        "submission-status",
        "judging-status",
        "text-field",
        "provenance",
        "credit-role",
        "identifier-kind",
        "submission-column",
        "work-column",
    ] {
        all.push(
            DomainError::UnknownValue {
                what: what.into(),
                value: "zz".into(),
            }
            .into(),
        );
    }
    for source in [
        caravan_media::MediaError::Empty,
        caravan_media::MediaError::Unsupported,
        caravan_media::MediaError::Truncated,
        caravan_media::MediaError::Corrupt("bad huffman".into()),
        caravan_media::MediaError::TooLarge {
            claimed: Some((90000, 90000)),
        },
        caravan_media::MediaError::Io {
            path: path.clone(),
            source: io(),
        },
        caravan_media::MediaError::Render("out of memory".into()),
    ] {
        all.push(Error::Media {
            file: "poster.jpg".into(),
            source,
        });
    }
    use caravan_intake::filmfreeway::FileError;
    all.extend([
        Error::ImportFile(FileError::Io {
            path: path.clone(),
            source: io(),
        }),
        Error::ImportFile(FileError::Empty(path.clone())),
        Error::ImportFile(FileError::MissingColumn {
            path: path.clone(),
            column: "Project Title".into(),
        }),
        Error::ImportFile(FileError::Malformed {
            path: path.clone(),
            line: 3,
            detail: "quote".into(),
        }),
        Error::ImportFile(FileError::MissingMapped {
            path: path.clone(),
            column: "Título".into(),
        }),
        Error::ImportFile(FileError::Sheet {
            path: path.clone(),
            detail: "not a zip archive".into(),
        }),
    ]);
    use caravan_intake::table::MappingError;
    for e in [
        MappingError::Shape("Título: titel".into()),
        MappingError::NoName,
        MappingError::NoTitle,
        MappingError::NoId,
        MappingError::Twice("title".into()),
    ] {
        all.push(Error::MappingInvalid(e));
    }
    all.extend([
        Error::MappingNotFound("festhome".into()),
        Error::MappingBuiltin("filmfreeway".into()),
        Error::EncodingUnknown("martian".into()),
        Error::AliasBadVocabulary("genre".into()),
        Error::AliasBadCode {
            vocabulary: "country".into(),
            code: "Narnia".into(),
        },
        Error::AliasNotFound {
            vocabulary: "country".into(),
            name: "Quatar".into(),
        },
    ]);
    let ddex = caravan_intake::ddex::read(b"<NotErn/>").unwrap_err();
    all.push(Error::Ddex {
        file: "release.xml".into(),
        source: ddex,
    });
    all.extend(exchange_errors().into_iter().map(Error::Exchange));
    all.extend([
        Error::IdentityMissing,
        Error::IdentityExists,
        Error::PassphraseNeeded,
        Error::KeychainUnavailable,
        Error::CardIsOwn("tbilisi".into()),
        Error::MemberNotFound("tbilisi".into()),
        Error::MemberHasNoCard("tbilisi".into()),
        Error::FingerprintMismatch("tbilisi".into()),
        Error::PointNotFound(3),
        Error::NoRecipients,
        Error::NoPoints,
        Error::MemberRevoked("tbilisi".into()),
        Error::RecommendationNotFound(7),
        Error::RecommendationUnknown("rec-00ff".into()),
        Error::RecommendationDuplicate("rec-00ff".into()),
        Error::RecommendationStateInvalid {
            from: "declined".into(),
            to: "accepted".into(),
        },
        Error::RecommendationMalformed("missing field `uid`".into()),
        Error::PersonNoName,
        Error::EditionNeeded,
        Error::DateInvalid("2027-13-01".into()),
        Error::CatalogueEntryNotFound(9),
        Error::AllianceNotFound("nowhere".into()),
        Error::AllianceNeeded,
        Error::TierUnknown {
            alliance: "silk-road-music".into(),
            tier: "gold".into(),
        },
        Error::TextTooLong {
            what: "evidence".into(),
            limit: 16384,
        },
        Error::TooManyLanguages {
            what: "criterion-text".into(),
            limit: 24,
        },
        Error::ContactInvalid {
            kind: "email".into(),
            value: "office at siff".into(),
        },
        Error::RegistryNotSecretariat {
            alliance: "belt-and-road-film".into(),
            member: "busan".into(),
            secretariat: "siff".into(),
        },
        Error::RegistryMalformed("missing field `members`".into()),
        Error::ApplicationNotFound(4),
        Error::ApplicationDecided(4),
        Error::ApplicationExists("dhaka-iff".into()),
        Error::ApplicationMemberExists {
            member: "siff".into(),
            alliance: "belt-and-road-film".into(),
        },
        Error::CriterionUnknown {
            alliance: "belt-and-road-film".into(),
            criterion: "sainthood".into(),
        },
        Error::SponsorNotMember {
            member: "nobody".into(),
            alliance: "belt-and-road-film".into(),
        },
        Error::DecisionVotesContradict {
            votes_for: 10,
            votes_against: 12,
        },
        Error::SectionAmbiguous("competition".into()),
        Error::RoundNotFound {
            section: "golden-goblet".into(),
            round: 2,
        },
        Error::ShortlistFirstRound,
        Error::JurorNotFound("nobody@jury.example".into()),
        Error::PersonNotFound("Nobody".into()),
        Error::ScoreOffScale {
            criterion: "story".into(),
            value: 10.5,
            min: 0.0,
            max: 10.0,
            step: 0.5,
        },
        Error::ScaleInvalid {
            min: 10.0,
            max: 0.0,
            step: 1.0,
            weight: 1.0,
        },
        Error::ReviewsPerEntryZero,
        Error::NotAssigned {
            juror: "ana@jury.example".into(),
            work: 13,
        },
        Error::RubricCriterionNotFound("pace".into()),
        Error::ScoresFile("found record with 3 fields".into()),
        Error::ScoreNotANumber("eight".into()),
        Error::ScoreDuplicate {
            juror: "ana@jury.example".into(),
            work: 13,
            criterion: "story".into(),
        },
        Error::ScoresRejected(Box::new(caravan_core::api::ScoresImported {
            imported: 0,
            updated: 0,
            unchanged: 0,
            rejected: vec![],
        })),
        Error::RubricEmpty {
            section: "golden-goblet".into(),
            round: 1,
        },
        Error::EntryNotInRound {
            work: 99,
            section: "golden-goblet".into(),
            round: 1,
        },
        Error::JurorNotOnJury {
            juror: "ana@jury.example".into(),
            section: "golden-goblet".into(),
        },
        Error::ConflictedPair {
            juror: "chen@jury.example".into(),
            work: 1,
        },
        Error::JurorHasNoCard("ana@jury.example".into()),
        Error::JurorHasNoEntries("ana@jury.example".into()),
        Error::PacketWrongKind("note".into()),
        Error::NoPacket,
        Error::SheetUnknownJuror,
        Error::AwardNotFound("palme".into()),
        Error::AwardDecided("golden-goblet".into()),
        Error::AwardWorkTaken {
            award: "best-director".into(),
            work: 13,
        },
        Error::VoteDuplicate {
            voter: "ana@jury.example".into(),
            round: 1,
        },
        Error::ScreenerNotVideo("/home/ana/notes.txt".into()),
        Error::BallotEmpty {
            award: "golden-goblet".into(),
            round: 2,
        },
        Error::ReadFile {
            path: path.clone(),
            reason: "permission denied".into(),
        },
        Error::EnvelopeMissing(12),
        Error::EnvelopeUnknownKind("jury-packet".into()),
    ]);
    all
}

/// Every exchange error, each part of an envelope named at least once.
fn exchange_errors() -> Vec<caravan_exchange::ExchangeError> {
    use caravan_exchange::{ExchangeError as X, Part};
    let sender = "AAAAAAA-BBBBBBB".to_owned();
    let mut all: Vec<X> = [
        Part::FirstLine,
        Part::Header,
        Part::Signature,
        Part::Payload,
        Part::Attachment,
        Part::Attachments,
        Part::Body,
        Part::File,
    ]
    .into_iter()
    .flat_map(|p| {
        [
            X::Truncated(p),
            X::Damaged(p),
            X::TooLarge {
                what: p,
                size: 314_572_800,
                limit: 67_108_864,
            },
        ]
    })
    .collect();
    all.extend([
        X::Malformed("header: expected value".into()),
        X::UnsupportedVersion(2),
        X::UnknownSender(sender.clone()),
        X::BadSignature,
        X::NotAddressed,
        X::Gap {
            sender: sender.clone(),
            expected: 4,
            got: 6,
        },
        X::Replay {
            sender: sender.clone(),
            got: 3,
        },
        X::Fork {
            sender: sender.clone(),
            seq: 4,
        },
        X::WrongStream {
            stream: sender.clone(),
            sender: "CCCCCCC-DDDDDDD".into(),
        },
        X::BadAttachmentName("../../.bashrc".into()),
        X::AttachmentMismatch("poster.jpg".into()),
        X::CardMalformed("missing field `member`".into()),
        X::CardBadSignature,
        X::CardNotARotation("tbilisi".into()),
        X::FingerprintInvalid("ABCD".into()),
        X::PassphraseWrong,
        X::Transport {
            url: "https://dav.example.org/alliance".into(),
            reason: "connection refused".into(),
        },
        X::Http {
            url: "https://dav.example.org/alliance".into(),
            status: 507,
        },
        X::ReadOnly("https://example.org/alliance".into()),
        X::StreamConflict {
            path: "streams/X/0000000004.env".into(),
        },
    ]);
    let covered: std::collections::BTreeSet<usize> = all.iter().map(exchange_variant).collect();
    assert_eq!(
        covered.len(),
        EXCHANGE_VARIANTS,
        "an ExchangeError variant has no sample"
    );
    all
}

/// The index of an exchange error's variant; a new one does not compile until numbered.
fn exchange_variant(e: &caravan_exchange::ExchangeError) -> usize {
    use caravan_exchange::ExchangeError as X;
    match e {
        X::Truncated(_) => 0,
        X::Malformed(_) => 1,
        X::Damaged(_) => 2,
        X::UnsupportedVersion(_) => 3,
        X::TooLarge { .. } => 4,
        X::UnknownSender(_) => 5,
        X::BadSignature => 6,
        X::NotAddressed => 7,
        X::Gap { .. } => 8,
        X::Replay { .. } => 9,
        X::Fork { .. } => 10,
        X::WrongStream { .. } => 11,
        X::BadAttachmentName(_) => 12,
        X::AttachmentMismatch(_) => 13,
        X::CardMalformed(_) => 14,
        X::CardBadSignature => 15,
        X::CardNotARotation(_) => 16,
        X::FingerprintInvalid(_) => 17,
        X::PassphraseWrong => 18,
        X::Transport { .. } => 19,
        X::Http { .. } => 20,
        X::ReadOnly(_) => 21,
        X::StreamConflict { .. } => 22,
    }
}
const EXCHANGE_VARIANTS: usize = 23;

fn rusqlite_error() -> rusqlite::Error {
    rusqlite::Error::InvalidQuery
}

/// The index of `e`'s variant; a new variant does not compile until it is numbered here.
fn variant(e: &Error) -> usize {
    match e {
        Error::Store(_) => 0,
        Error::Domain(_) => 1,
        Error::Lang(_) => 2,
        Error::WorkNotFound(_) => 3,
        Error::WorkAmbiguous { .. } => 4,
        Error::EditionNotFound(_) => 5,
        Error::SectionNotFound { .. } => 6,
        Error::RequestInvalid(_) => 7,
        Error::StatusChangeNotFound(_) => 8,
        Error::StatusChangeUndone(_) => 9,
        Error::StatusNothingToSet => 10,
        Error::NoDataDir => 11,
        Error::Media { .. } => 12,
        Error::MediaNotFound(_) => 13,
        Error::ImportFile(_) => 14,
        Error::ImportRejected(_) => 15,
        Error::Ddex { .. } => 16,
        Error::TitleNotFound { .. } => 17,
        Error::TitleLast(_) => 18,
        Error::SameWork => 19,
        Error::SubmissionNotFound(_) => 20,
        Error::LabelNotFound(_) => 21,
        Error::IdentifierInvalid { .. } => 22,
        Error::IdentifierTaken { .. } => 23,
        Error::Export { .. } => 24,
        Error::Exchange(_) => 25,
        Error::IdentityMissing => 26,
        Error::IdentityExists => 27,
        Error::PassphraseNeeded => 28,
        Error::KeychainUnavailable => 29,
        Error::CardIsOwn(_) => 30,
        Error::MemberNotFound(_) => 31,
        Error::MemberHasNoCard(_) => 32,
        Error::FingerprintMismatch(_) => 33,
        Error::PointNotFound(_) => 34,
        Error::NoRecipients => 35,
        Error::EnvelopeMissing(_) => 36,
        Error::EnvelopeUnknownKind(_) => 37,
        Error::NoPoints => 38,
        Error::ReadFile { .. } => 39,
        Error::MemberRevoked(_) => 40,
        Error::RecommendationNotFound(_) => 41,
        Error::RecommendationUnknown(_) => 42,
        Error::RecommendationDuplicate(_) => 43,
        Error::RecommendationStateInvalid { .. } => 44,
        Error::RecommendationMalformed(_) => 45,
        Error::PersonNoName => 46,
        Error::EditionNeeded => 47,
        Error::DateInvalid(_) => 48,
        Error::CatalogueEntryNotFound(_) => 49,
        Error::AllianceNotFound(_) => 50,
        Error::AllianceNeeded => 51,
        Error::TierUnknown { .. } => 52,
        Error::TextTooLong { .. } => 53,
        Error::TooManyLanguages { .. } => 54,
        Error::ContactInvalid { .. } => 55,
        Error::RegistryNotSecretariat { .. } => 56,
        Error::RegistryMalformed(_) => 57,
        Error::ApplicationNotFound(_) => 58,
        Error::ApplicationDecided(_) => 59,
        Error::ApplicationExists(_) => 60,
        Error::ApplicationMemberExists { .. } => 61,
        Error::CriterionUnknown { .. } => 62,
        Error::SponsorNotMember { .. } => 63,
        Error::DecisionVotesContradict { .. } => 64,
        Error::SectionAmbiguous(_) => 65,
        Error::RoundNotFound { .. } => 66,
        Error::ShortlistFirstRound => 67,
        Error::JurorNotFound(_) => 68,
        Error::PersonNotFound(_) => 69,
        Error::ScoreOffScale { .. } => 70,
        Error::ScaleInvalid { .. } => 71,
        Error::ReviewsPerEntryZero => 72,
        Error::NotAssigned { .. } => 73,
        Error::RubricCriterionNotFound(_) => 74,
        Error::ScoresFile(_) => 75,
        Error::ScoreNotANumber(_) => 76,
        Error::ScoreDuplicate { .. } => 77,
        Error::ScoresRejected(_) => 78,
        Error::RubricEmpty { .. } => 79,
        Error::EntryNotInRound { .. } => 80,
        Error::JurorNotOnJury { .. } => 81,
        Error::ConflictedPair { .. } => 82,
        Error::JurorHasNoCard(_) => 83,
        Error::JurorHasNoEntries(_) => 84,
        Error::PacketWrongKind(_) => 85,
        Error::NoPacket => 86,
        Error::SheetUnknownJuror => 87,
        Error::AwardNotFound(_) => 88,
        Error::AwardDecided(_) => 89,
        Error::AwardWorkTaken { .. } => 90,
        Error::VoteDuplicate { .. } => 91,
        Error::BallotEmpty { .. } => 92,
        Error::ScreenerNotVideo(_) => 93,
        Error::MappingInvalid(_) => 94,
        Error::MappingNotFound(_) => 95,
        Error::MappingBuiltin(_) => 96,
        Error::EncodingUnknown(_) => 97,
        Error::AliasBadVocabulary(_) => 98,
        Error::AliasBadCode { .. } => 99,
        Error::AliasNotFound { .. } => 100,
    }
}
const VARIANTS: usize = 101;

#[test]
fn every_error_reads_in_every_language_with_its_values() {
    let all = every_error();
    let covered: std::collections::BTreeSet<usize> = all.iter().map(variant).collect();
    assert_eq!(
        covered.len(),
        VARIANTS,
        "an Error variant has no sample in every_error()"
    );
    let mut problems = Vec::new();
    for locale in caravan_i18n::LOCALES {
        let l10n = caravan_i18n::Localizer::for_locale(locale);
        for e in &all {
            let message = e.localize(&l10n);
            // A variable the code did not give shows as {$name}; a nested message the
            // locale lacks shows as its id.
            let raw_id = message
                .split(|c: char| c.is_whitespace() || "“”«»\"'()".contains(c))
                .any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
                    w.contains("--")
                        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        && !w.starts_with('-')
                });
            if message.contains("{$")
                || message.contains("{ $")
                || raw_id
                || message.trim().is_empty()
            {
                problems.push(format!("{locale}: {}: {message}", e.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
