#![allow(clippy::unwrap_used)]
//! DDEX ERN messages: every supported version read into records from fixtures modelled
//! on real deliveries, each warning and refusal with its code, element and line, and the
//! bounds that keep hostile files cheap to refuse.

use caravan_intake::ddex::{
    self, read, read_file, DdexError, DdexWarning, Message, ProprietaryId, Resource, ResourceKind,
    Skipped, Title,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/ddex/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn ok(name: &str) -> Message {
    read(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn refused(name: &str) -> DdexError {
    match read(&fixture(name)) {
        Ok(m) => panic!("{name} was read: {m:?}"),
        Err(e) => e,
    }
}

fn skipped(list: &[(&str, usize)]) -> Vec<Skipped> {
    list.iter()
        .map(|(element, count)| Skipped {
            element: (*element).to_owned(),
            count: *count,
        })
        .collect()
}

/// The warnings' codes, elements and lines, which is what a caller shows.
fn warnings(m: &Message) -> Vec<(&'static str, &str, u32)> {
    m.warnings
        .iter()
        .map(|w| (w.code, w.element.as_str(), w.line))
        .collect()
}

fn isrcs(m: &Message) -> Vec<Option<&str>> {
    m.resources.iter().map(|r| r.isrc.as_deref()).collect()
}

fn resource<'m>(m: &'m Message, reference: &str) -> &'m Resource {
    m.resources
        .iter()
        .find(|r| r.reference == reference)
        .unwrap_or_else(|| panic!("no {reference} in {m:?}"))
}

fn title(lang: &str, text: &str) -> Title {
    Title {
        lang: Some(lang.to_owned()),
        text: text.to_owned(),
    }
}

#[test]
fn ern_4_3_album_with_three_scripts() {
    let m = ok("ern43_album.xml");
    assert_eq!(m.version, "4.3");
    assert_eq!(m.resources.len(), 3, "the cover image is not a recording");

    let kazakh = &m.resources[0];
    assert_eq!(kazakh.reference, "A1");
    assert_eq!(kazakh.isrc.as_deref(), Some("KZA1A2400001"));
    assert_eq!(
        kazakh.titles,
        vec![
            title("kk-Cyrl", "Дала әні"),
            title("kk-Latn", "Dala äni"),
            // A DisplayTitle in a language no DisplayTitleText covers, with the message
            // default language.
            title("en", "Song of the Steppe"),
        ]
    );
    assert_eq!(kazakh.display_artists, vec!["Ulytau Ensemble"]);
    assert_eq!(kazakh.duration_seconds, Some(205));
    assert_eq!(kazakh.p_line.as_deref(), Some("(P) 2024 Dala Records"));
    assert_eq!(kazakh.c_line, None);
    assert_eq!(kazakh.year, Some(2024));
    assert!(
        kazakh.genres.is_empty(),
        "ERN 4.3 genres are on the release"
    );
    assert_eq!(kazakh.line, 44);

    let uzbek = &m.resources[1];
    assert_eq!(
        uzbek.isrc.as_deref(),
        Some("UZB242400002"),
        "canonical form of uz-b24-24-00002"
    );
    assert_eq!(
        uzbek.titles,
        vec![
            title("uz-Latn", "Bahor keldi"),
            title("uz-Cyrl", "Баҳор келди")
        ]
    );
    assert_eq!(
        uzbek.display_artists,
        vec!["Malika Yusupova", "Timur Alimov"],
        "SequenceNumber order, not document order"
    );
    assert_eq!(uzbek.duration_seconds, Some(3724), "PT1H2M3.5S rounds up");
    assert_eq!(uzbek.p_line.as_deref(), Some("(P) 2023 Toshkent Sado"));
    assert_eq!(uzbek.year, Some(2023));
    assert_eq!(uzbek.line, 63);

    let chinese = &m.resources[2];
    assert_eq!(chinese.isrc.as_deref(), Some("CNA012400003"));
    assert_eq!(
        chinese.titles,
        vec![
            title("zh-Hans", "游牧之歌"),
            title("zh-Hant", "遊牧之歌"),
            title("en", "Nomad Song"),
        ]
    );
    assert_eq!(
        chinese.display_artists,
        vec!["草原乐队"],
        "a party with only language-tagged names gives its first"
    );
    assert_eq!(chinese.duration_seconds, Some(247), "PT4M7.49S rounds down");
    assert_eq!(chinese.p_line, None);
    assert_eq!(chinese.year, None);
    assert_eq!(chinese.line, 86);

    assert_eq!(
        m.releases.len(),
        1,
        "TrackRelease elements are not returned"
    );
    let album = &m.releases[0];
    assert_eq!(album.reference, "R0");
    assert_eq!(
        album.title.as_deref(),
        Some("Steppe Songs"),
        "the title without its own language is the default"
    );
    assert_eq!(album.icpn.as_deref(), Some("4870001234561"));
    assert_eq!(album.kind.as_deref(), Some("Album"));
    assert_eq!(album.resources, vec!["A1", "A2", "A3"]);
    assert_eq!(album.genres, vec!["Folk", "World"]);
    assert_eq!(album.p_line.as_deref(), Some("(P) 2024 Dala Records"));
    assert_eq!(album.c_line.as_deref(), Some("(C) 2024 Dala Records"));
    assert_eq!(album.year, Some(2024));
}

#[test]
fn ern_4_1_single_with_inherited_language_and_subtitles() {
    let m = ok("ern41_single.xml");
    assert_eq!(m.version, "4.1");
    let [song] = m.resources.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(
        song.isrc.as_deref(),
        Some("KZK072300007"),
        "the ISRC from the second ResourceId"
    );
    assert_eq!(
        song.titles,
        vec![
            // No attribute on the title: the SoundRecording's language, not the message's.
            title("kk-Latn", "Köşpendiler (Live)"),
            title("kk-Cyrl", "Көшпенділер (тірі дауыс)"),
        ]
    );
    assert_eq!(song.display_artists, vec!["Aigerim Bekova"]);
    assert_eq!(song.duration_seconds, Some(148));
    assert_eq!(song.p_line.as_deref(), Some("(P) 2023 Kosh Music"));
    assert_eq!(song.year, Some(2023));
    assert_eq!(song.line, 26);

    let [single] = m.releases.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(single.kind.as_deref(), Some("Single"));
    assert_eq!(
        single.title.as_deref(),
        Some("Köşpendiler"),
        "IsDefault wins"
    );
    assert_eq!(single.icpn.as_deref(), Some("0123456789012"));
    assert_eq!(single.resources, vec!["A1"]);
    assert_eq!(single.genres, vec!["Pop"]);
    assert_eq!(single.c_line, None);
    assert_eq!(single.year, Some(2023));
}

#[test]
fn ern_3_8_2_album() {
    let m = ok("ern382_album.xml");
    assert_eq!(m.version, "3.8.2");
    assert_eq!(m.resources.len(), 2);

    let registon = &m.resources[0];
    assert_eq!(
        registon.isrc.as_deref(),
        Some("UZS311900001"),
        "a replaced ISRC gives way to the current one"
    );
    assert_eq!(
        registon.titles,
        vec![title("uz-Latn", "Registon"), title("uz-Cyrl", "Регистон")],
        "the formal title is not a display title"
    );
    assert_eq!(registon.display_artists, vec!["Samarqand Ensemble"]);
    assert_eq!(registon.genres, vec!["Classical"]);
    assert_eq!(
        registon.p_line.as_deref(),
        Some("(P) 2019 Samarqand Sadolari")
    );
    assert_eq!(registon.year, Some(2019));
    assert_eq!(registon.duration_seconds, Some(302));
    assert_eq!(registon.line, 22);

    let bukhara = &m.resources[1];
    assert_eq!(bukhara.titles, vec![title("en", "Bukhara Night")]);
    assert_eq!(
        bukhara.display_artists,
        vec!["Samarqand Ensemble"],
        "DisplayArtistName when no DisplayArtist is given"
    );
    assert_eq!(bukhara.duration_seconds, Some(420));
    assert_eq!(bukhara.line, 43);

    let [album, track] = m.releases.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(album.reference, "R0");
    assert_eq!(album.title.as_deref(), Some("Maqom Nights"));
    assert_eq!(album.icpn.as_deref(), Some("4780000000017"));
    assert_eq!(album.kind.as_deref(), Some("Album"));
    assert_eq!(
        album.resources,
        vec!["A1", "A2"],
        "resource group order, not the reference list's"
    );
    assert_eq!(album.genres, vec!["Classical", "World"]);
    assert_eq!(album.c_line.as_deref(), Some("(C) 2018 Samarqand Sadolari"));
    assert_eq!(album.year, Some(2019), "the P line's year");

    assert_eq!(track.kind.as_deref(), Some("TrackRelease"));
    assert_eq!(track.title.as_deref(), Some("Registon"));
    assert_eq!(track.resources, vec!["A1"]);
    assert_eq!(track.icpn, None);
    assert_eq!(track.p_line, None);
    assert_eq!(
        track.year,
        Some(2019),
        "the C line's year when there is no P line"
    );
}

#[test]
fn utf16_with_byte_order_mark_reads_like_utf8() {
    let utf8 = fixture("ern41_single.xml");
    let text = String::from_utf8(utf8.clone()).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(read(&utf16).unwrap(), read(&utf8).unwrap());
}

#[test]
fn utf8_byte_order_mark_is_read_past() {
    let utf8 = fixture("ern41_single.xml");
    let mut with_bom = vec![0xEF, 0xBB, 0xBF];
    with_bom.extend_from_slice(&utf8);
    assert_eq!(read(&with_bom).unwrap(), read(&utf8).unwrap());
}

#[test]
fn truncated_xml_is_malformed() {
    let e = refused("truncated.xml");
    assert_eq!(e.code, ddex::code::MALFORMED);
    assert_eq!(e.element, "document");
    assert_eq!(e.line, 57, "{e}");
}

#[test]
fn bytes_that_are_not_utf8_are_malformed() {
    let mut bytes = fixture("ern41_single.xml");
    let at = bytes.windows(4).position(|w| w == b"Kosh").unwrap();
    bytes[at] = 0xC0;
    let e = read(&bytes).unwrap_err();
    assert_eq!(e.code, "ddex-malformed");
    assert_eq!(e.element, "document");
    assert_eq!((e.line, e.column), (10, 28), "{e}");
}

#[test]
fn document_type_declarations_are_refused() {
    let xml = br#"<?xml version="1.0"?>
<!DOCTYPE NewReleaseMessage [<!ENTITY a "aaaaaaaaaa">]>
<ern:NewReleaseMessage xmlns:ern="http://ddex.net/xml/ern/43">&a;</ern:NewReleaseMessage>"#;
    let e = read(xml).unwrap_err();
    assert_eq!(e.code, "ddex-malformed");
    assert_eq!(e.line, 2, "{e}");
}

#[test]
fn wrong_root_is_not_ern() {
    let e = refused("wrong_root.xml");
    assert_eq!(e.code, "ddex-not-ern");
    assert_eq!(e.element, "PurgeReleaseMessage");
    assert_eq!((e.line, e.column), (2, 1));
}

#[test]
fn wrong_namespace_is_not_ern() {
    let e = refused("wrong_namespace.xml");
    assert_eq!(e.code, "ddex-not-ern");
    assert_eq!(e.element, "NewReleaseMessage");
    assert_eq!(e.line, 3);
    assert!(
        e.detail.contains("http://example.com/xml/releases/1"),
        "{e}"
    );
}

#[test]
fn ern_3_3_is_an_unsupported_version() {
    let e = refused("ern33.xml");
    assert_eq!(e.code, "ddex-unsupported-version");
    assert_eq!(e.element, "NewReleaseMessage");
    assert_eq!(e.line, 2);
    assert!(e.detail.contains("http://ddex.net/xml/ern/33"), "{e}");
}

#[test]
fn recording_without_isrc_is_kept_under_its_proprietary_id() {
    let m = ok("without_isrc.xml");
    assert_eq!(isrcs(&m), vec![Some("KZA1A2400001"), None]);
    let a2 = resource(&m, "A2");
    assert_eq!(
        a2.proprietary_id,
        Some(ProprietaryId {
            namespace: "PADPIDA0000000001X".to_owned(),
            value: "DALA-0002".to_owned(),
        })
    );
    assert!(!a2.supplemental);
    assert_eq!(m.releases[0].resources, vec!["A1", "A2"]);
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn main_recording_without_any_identifier_is_refused() {
    let e = refused("missing_id.xml");
    assert_eq!(e.code, "ddex-missing-id");
    assert_eq!(
        e.element,
        "NewReleaseMessage/ResourceList/SoundRecording[2]"
    );
    assert_eq!((e.line, e.column), (29, 5));
    assert!(e.detail.contains("A2"), "{e}");
}

#[test]
fn bad_isrc_names_the_value() {
    let e = refused("bad_isrc.xml");
    assert_eq!(e.code, "ddex-bad-isrc");
    assert_eq!(
        e.element,
        "NewReleaseMessage/ResourceList/SoundRecording[2]/SoundRecordingEdition/ResourceId/ISRC"
    );
    assert_eq!((e.line, e.column), (33, 21));
    assert_eq!(e.detail, "KZ-A1A-24-0002");
    assert_eq!(
        e.to_string(),
        "ddex-bad-isrc at NewReleaseMessage/ResourceList/SoundRecording[2]/SoundRecordingEdition/ResourceId/ISRC, line 33, column 21: KZ-A1A-24-0002"
    );
}

#[test]
fn bad_duration_names_the_value() {
    let e = refused("bad_duration.xml");
    assert_eq!(e.code, "ddex-bad-duration");
    assert_eq!(
        e.element,
        "NewReleaseMessage/ResourceList/SoundRecording[2]/Duration"
    );
    assert_eq!(e.line, 39);
    assert_eq!(e.detail, "4:02");
}

#[test]
fn duplicate_isrc_keeps_the_first_with_a_warning_naming_both() {
    let m = ok("duplicate_isrc.xml");
    assert_eq!(
        isrcs(&m),
        vec![Some("KZA1A2400001"), Some("KZA1A2400002")],
        "kz-a1a-24-00001 is KZA1A2400001 once canonical"
    );
    let [w] = m.warnings.as_slice() else {
        panic!("{:?}", m.warnings)
    };
    assert_eq!(w.code, ddex::warning::DUPLICATE_ISRC);
    assert_eq!(
        w.element,
        "NewReleaseMessage/ResourceList/SoundRecording[3]/SoundRecordingEdition/ResourceId/ISRC"
    );
    assert_eq!(w.line, 46);
    assert_eq!(w.value, "KZA1A2400001");
    for named in ["A1", "line 16", "A3", "line 42"] {
        assert!(w.detail.contains(named), "{named}: {w}");
    }
    assert_eq!(m.skipped, skipped(&[("SoundRecording", 1)]));
    assert_eq!(
        m.releases[0].resources,
        vec!["A1", "A2"],
        "the release's A3 is read as A1, listed once"
    );
}

#[test]
fn release_naming_a_missing_resource_is_refused() {
    let e = refused("unknown_resource.xml");
    assert_eq!(e.code, "ddex-unknown-resource");
    assert_eq!(
        e.element,
        "NewReleaseMessage/ReleaseList/Release/ResourceGroup/ResourceGroup/ResourceGroupContentItem[3]/ReleaseResourceReference"
    );
    assert_eq!(e.line, 66);
    assert_eq!(e.detail, "A9");
}

#[test]
fn recording_without_any_title_is_refused() {
    let xml = fixture("ern41_single.xml");
    let text = String::from_utf8(xml).unwrap();
    let stripped: String = text
        .lines()
        .filter(|l| !l.contains("DisplayTitle"))
        .map(|l| format!("{l}\n"))
        .collect();
    let e = read(stripped.as_bytes()).unwrap_err();
    assert_eq!(e.code, "ddex-missing-title");
    assert_eq!(e.element, "NewReleaseMessage/ResourceList/SoundRecording");
    assert_eq!(e.line, 26);
}

#[test]
fn the_first_problem_is_reported() {
    // Both a bad ISRC (recording 2) and an unknown resource (the release): recordings
    // are checked first.
    let text = String::from_utf8(fixture("bad_isrc.xml")).unwrap().replace(
        ">A2</ReleaseResourceReference>",
        ">A9</ReleaseResourceReference>",
    );
    let e = read(text.as_bytes()).unwrap_err();
    assert_eq!(e.code, "ddex-bad-isrc");
}

#[test]
fn ern_3_4_1_named_by_its_version_attribute() {
    let m = ok("ern341_album.xml");
    assert_eq!(m.version, "3.4.1", "namespace /34 refined by ern/341");
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    assert_eq!(isrcs(&m), vec![Some("GEM011100001"), Some("GEM011100002")]);
    let chakrulo = &m.resources[0];
    assert_eq!(chakrulo.kind, ResourceKind::SoundRecording);
    assert_eq!(
        chakrulo.resource_type.as_deref(),
        Some("MusicalWorkSoundRecording")
    );
    assert_eq!(
        chakrulo.titles,
        vec![
            title("ka-Geor", "ჩაკრულო"),
            title("ka-Latn", "Chakrulo (Kakhetian table song)"),
        ]
    );
    assert_eq!(chakrulo.display_artists, vec!["Rustavi Choir"]);
    assert_eq!(chakrulo.genres, vec!["Folk"]);
    assert_eq!(chakrulo.p_line.as_deref(), Some("(P) 2011 Mze Records"));
    assert_eq!(chakrulo.duration_seconds, Some(372));
    assert_eq!(
        m.resources[1].titles,
        vec![title("ka-Geor", "Suliko")],
        "a formal title is not a display title"
    );
    assert_eq!(m.skipped, skipped(&[("Text", 1), ("Image", 1)]));
    let [album] = m.releases.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(album.title.as_deref(), Some("Polyphony of Kakheti"));
    assert_eq!(
        album.resources,
        vec!["A1", "A2"],
        "the liner notes are not a track"
    );
    assert_eq!(album.year, Some(2011));
}

#[test]
fn ern_3_5_recording_known_only_by_its_proprietary_id() {
    let m = ok("ern35_single.xml");
    assert_eq!(m.version, "3.5");
    let [song] = m.resources.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(song.isrc, None);
    assert_eq!(
        song.proprietary_id,
        Some(ProprietaryId {
            namespace: "DPID:PADPIDA0000000012X".to_owned(),
            value: "AS-0009-01".to_owned(),
        }),
        "the catalogue number is not an identifier"
    );
    assert_eq!(
        song.titles,
        vec![title("hy", "Ծիրանի ծառ"), title("en", "The Apricot Tree")]
    );
    assert_eq!(song.display_artists, vec!["Djivan Sargsyan"]);
    assert!(!song.supplemental);
    let [single] = m.releases.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(single.kind.as_deref(), Some("Single"));
    assert_eq!(single.resources, vec!["A1"]);
    assert_eq!(single.c_line.as_deref(), Some("(C) 2012 Ararat Sound"));
}

#[test]
fn ern_3_6_videos_with_isan_and_eidr() {
    let m = ok("ern36_video.xml");
    assert_eq!(m.version, "3.6");
    let kinds: Vec<ResourceKind> = m.resources.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        vec![
            ResourceKind::Video,
            ResourceKind::Video,
            ResourceKind::SoundRecording
        ]
    );

    let clip = resource(&m, "A1");
    assert_eq!(clip.isrc.as_deref(), Some("MNT011300001"));
    assert_eq!(
        clip.isan.as_deref(),
        Some("ISAN 0000-0000-D07A-0090-Q"),
        "the check character is computed"
    );
    assert_eq!(
        clip.resource_type.as_deref(),
        Some("ShortFormMusicalWorkVideo")
    );
    assert_eq!(
        clip.titles,
        vec![title("mn-Cyrl", "Тал нутаг"), title("mn-Latn", "Tal nutag")]
    );
    assert_eq!(clip.display_artists, vec!["Altai Khairkhan"]);
    assert_eq!(clip.genres, vec!["Folk"]);
    assert_eq!(clip.p_line.as_deref(), Some("(P) 2013 Tal Nutag Media"));
    assert_eq!(clip.c_line.as_deref(), Some("(C) 2013 Tal Nutag Media"));
    assert_eq!(clip.duration_seconds, Some(270));

    let film = resource(&m, "A2");
    assert_eq!(film.isrc, None);
    assert_eq!(film.isan, None, "its check character is wrong");
    assert_eq!(
        film.eidr.as_deref(),
        Some("10.5240/7791-8534-2C23-9030-8610-5")
    );
    assert_eq!(film.resource_type.as_deref(), Some("ConcertFilm"));
    assert_eq!(
        film.titles,
        vec![title("mn-Cyrl", "Алтайн цуурай (Улаанбаатар 2012)")]
    );
    assert_eq!(film.display_artists, vec!["Altai Khairkhan"]);
    assert_eq!(film.duration_seconds, Some(4320));

    assert_eq!(
        warnings(&m),
        vec![(
            ddex::warning::BAD_ISAN,
            "NewReleaseMessage/ResourceList/Video[2]/VideoId/ISAN",
            43
        )]
    );
    assert_eq!(m.warnings[0].value, "ISAN 1881-66C7-3420-6541-X");
    assert_eq!(
        m.skipped,
        skipped(&[("SoftwareResource", 2), ("SheetMusic", 1)])
    );
    assert_eq!(m.releases[0].resources, vec!["A1", "A2", "A3"]);
    assert_eq!(m.releases[0].kind.as_deref(), Some("VideoSingle"));
}

#[test]
fn ern_3_7_vendor_namespace_and_hidden_tracks() {
    let m = ok("ern37d2_album.xml");
    assert_eq!(m.version, "3.7", "37D2 is a vendor's 3.7");
    assert_eq!(isrcs(&m), vec![Some("TJP011400001"), Some("TJP011400003")]);
    assert!(!m.resources[0].supplemental);
    assert!(
        m.resources[1].supplemental,
        "a hidden track with an ISRC is kept, marked supplemental"
    );
    assert_eq!(m.resources[1].display_artists, vec!["Daler Nazarov"]);
    assert_eq!(
        warnings(&m),
        vec![(
            ddex::warning::RESOURCE_WITHOUT_ID,
            "NewReleaseMessage/ResourceList/SoundRecording[2]",
            31
        )]
    );
    assert_eq!(m.warnings[0].value, "A2");
    assert_eq!(m.skipped, skipped(&[("SoundRecording", 1)]));
    assert_eq!(m.releases[0].resources, vec!["A1", "A3"]);
}

#[test]
fn ern_3_7_1_album_in_discs_with_track_releases() {
    let m = ok("ern371_album.xml");
    assert_eq!(m.version, "3.7.1");
    assert_eq!(
        isrcs(&m),
        vec![
            Some("KGM011500001"),
            Some("KGM011500002"),
            Some("KGM011500003")
        ]
    );
    let a1 = &m.resources[0];
    assert_eq!(
        a1.proprietary_id,
        Some(ProprietaryId {
            namespace: "PADPIDA0000000015X".to_owned(),
            value: "1500001".to_owned(),
        }),
        "the proprietary id is kept beside the ISRC"
    );
    assert_eq!(
        a1.titles,
        vec![Title {
            lang: None,
            text: "Ак Шумкар".to_owned()
        }]
    );
    assert_eq!(a1.duration_seconds, Some(199), "not the preview's PT30S");
    assert_eq!(a1.p_line.as_deref(), Some("Manas Records"));
    assert_eq!(a1.year, Some(2015));
    assert_eq!(
        m.resources[1].display_artists,
        vec!["Ordo Sakhna", "Nurlan Nasip"]
    );
    assert_eq!(
        warnings(&m),
        vec![(
            ddex::warning::RESOURCE_WITHOUT_ID,
            "NewReleaseMessage/ResourceList/SoundRecording[4]",
            96
        )],
        "the spoken introduction is only a secondary resource"
    );
    assert_eq!(m.skipped, skipped(&[("SoundRecording", 1), ("Image", 1)]));

    let [album, track] = m.releases.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(album.title.as_deref(), Some("Тоолор"));
    assert_eq!(album.icpn.as_deref(), Some("669447000099"));
    assert_eq!(
        album.resources,
        vec!["A2", "A1", "A3"],
        "disc by disc, in resource group order"
    );
    assert_eq!(album.c_line.as_deref(), Some("Manas Records"));
    assert_eq!(track.kind.as_deref(), Some("TrackRelease"));
    assert_eq!(track.resources, vec!["A1"]);
}

#[test]
fn ern_3_8_2_with_diacritics_and_a_stale_version_attribute() {
    let m = ok("ern382_diacritics.xml");
    assert_eq!(m.version, "3.8.2", "the namespace is followed");
    let [w] = m.warnings.as_slice() else {
        panic!("{:?}", m.warnings)
    };
    assert_eq!(w.code, ddex::warning::VERSION_MISMATCH);
    assert_eq!((w.element.as_str(), w.line), ("NewReleaseMessage", 4));
    assert_eq!(w.value, "ern/381");
    let [song] = m.resources.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(song.reference, "AT10476");
    assert_eq!(song.isrc.as_deref(), Some("RSA052100001"));
    assert_eq!(
        song.proprietary_id.as_ref().map(|p| p.namespace.as_str()),
        Some("DPID:PADPIDA0000000017X")
    );
    assert_eq!(
        song.titles,
        vec![
            title("sr-Latn", "Đurđevdanski čoček"),
            title("sr-Cyrl", "Ђурђевдански чочек"),
        ]
    );
    assert_eq!(song.display_artists, vec!["Žarko Šćepanović"]);
    assert_eq!(song.duration_seconds, Some(188));
    assert_eq!(m.releases[0].title.as_deref(), Some("Čočeci i kola"));
    assert_eq!(m.releases[0].resources, vec!["AT10476"]);
    assert_eq!(m.releases[0].year, Some(1982));
}

#[test]
fn ern_4_2_video_single() {
    let m = ok("ern42_video_single.xml");
    assert_eq!(m.version, "4.2");
    let [video] = m.resources.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(video.kind, ResourceKind::Video);
    assert_eq!(video.kind.as_str(), "video");
    assert_eq!(video.isrc.as_deref(), Some("AZX011700009"));
    assert_eq!(
        video.titles,
        vec![title("az-Latn", "Gözlərin"), title("en", "Your Eyes")],
        "an additional title is not a display title"
    );
    assert_eq!(video.display_artists, vec!["Aygün Kazımova"]);
    assert_eq!(video.duration_seconds, Some(206), "PT3M26.2S");
    assert_eq!(video.p_line.as_deref(), Some("2016 Xazar Musiqi"));
    assert_eq!(m.skipped, skipped(&[("Image", 1)]));
    let [single] = m.releases.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(
        single.resources,
        vec!["A1"],
        "the video is a track, the linked screen capture is not"
    );
    assert_eq!(single.kind.as_deref(), Some("SingleResourceRelease"));
    assert_eq!(single.genres, vec!["R&B"]);
    assert_eq!(single.c_line.as_deref(), Some("2017 Xazar Musiqi"));
    assert_eq!(single.year, Some(2016));
}

#[test]
fn ern_4_3_1_catalogue_with_new_and_unknown_isrc_prefixes() {
    let m = ok("ern431_catalogue.xml");
    assert_eq!(m.version, "4.3.1");
    assert_eq!(
        isrcs(&m),
        vec![
            Some("GXABC2400001"),
            Some("XQA1A2400002"),
            Some("GXABC2400004")
        ]
    );
    assert_eq!(
        warnings(&m),
        vec![
            (
                ddex::warning::UNKNOWN_ISRC_PREFIX,
                "NewReleaseMessage/ResourceList/SoundRecording[2]/SoundRecordingEdition/ResourceId/ISRC",
                38
            ),
            (
                ddex::warning::DUPLICATE_ISRC,
                "NewReleaseMessage/ResourceList/SoundRecording[3]/SoundRecordingEdition/ResourceId/ISRC",
                51
            ),
        ],
        "GX is the UK agency's: no warning"
    );
    assert_eq!(m.warnings[0].value, "XQA1A2400002");
    let video = resource(&m, "A4");
    assert_eq!(video.kind, ResourceKind::Video);
    assert_eq!(
        video.p_line.as_deref(),
        Some("(P) 2024 Hollow Lane Records"),
        "from the edition"
    );
    assert_eq!(
        video.titles,
        vec![title("en", "Fen Reel (Live at the Mill)")]
    );
    assert_eq!(m.skipped, skipped(&[("SoundRecording", 1)]));
    assert_eq!(m.releases.len(), 1);
    assert_eq!(m.releases[0].resources, vec!["A1", "A2", "A4"]);
}

#[test]
fn ern_4_3_dj_mix_with_supplemental_sources() {
    let m = ok("ern43_dj_mix.xml");
    assert_eq!(m.version, "4.3");
    let [mix, source] = m.resources.as_slice() else {
        panic!("{m:?}")
    };
    assert_eq!(mix.isrc.as_deref(), Some("DEA122400001"));
    assert!(!mix.supplemental);
    assert_eq!(mix.titles, vec![title("de", "Nachtfahrt (DJ Mix)")]);
    assert_eq!(mix.duration_seconds, Some(3492));
    assert_eq!(source.reference, "A2");
    assert!(source.supplemental);
    assert_eq!(source.isrc, None);
    assert_eq!(
        source.proprietary_id,
        Some(ProprietaryId {
            namespace: "DPID:PADPIDA0000000020X".to_owned(),
            value: "ST-0456".to_owned(),
        })
    );
    assert_eq!(source.display_artists, vec!["Kanal 7"]);
    assert_eq!(
        warnings(&m),
        vec![(
            ddex::warning::RESOURCE_WITHOUT_ID,
            "NewReleaseMessage/ResourceList/SoundRecording[3]",
            46
        )],
        "a source known by nothing does not refuse the mix"
    );
    assert_eq!(m.skipped, skipped(&[("SoundRecording", 1), ("Image", 1)]));
    assert_eq!(m.releases[0].kind.as_deref(), Some("DjMix"));
    assert_eq!(m.releases[0].resources, vec!["A1"]);
}

#[test]
fn resources_without_isrc_repeating_a_proprietary_id_keep_the_first() {
    let text = String::from_utf8(fixture("ern43_dj_mix.xml")).unwrap().replace(
        "<ResourceId></ResourceId>",
        r#"<ResourceId><ProprietaryId Namespace="DPID:PADPIDA0000000020X">ST-0456</ProprietaryId></ResourceId>"#,
    );
    let m = read(text.as_bytes()).unwrap();
    assert_eq!(m.resources.len(), 2);
    let [w] = m.warnings.as_slice() else {
        panic!("{:?}", m.warnings)
    };
    assert_eq!(w.code, ddex::warning::DUPLICATE_ID);
    assert_eq!(
        w.element,
        "NewReleaseMessage/ResourceList/SoundRecording[3]/SoundRecordingEdition/ResourceId/ProprietaryId"
    );
    assert_eq!(w.value, "DPID:PADPIDA0000000020X ST-0456");
    assert!(w.detail.contains("A2") && w.detail.contains("A3"), "{w}");
}

#[test]
fn version_attribute_stands_in_for_a_missing_namespace() {
    let text = String::from_utf8(fixture("ern382_album.xml")).unwrap();
    let bare = text
        .replace("ern:NewReleaseMessage", "NewReleaseMessage")
        .replace("xmlns:ern=\"http://ddex.net/xml/ern/382\"", "");
    let m = read(bare.as_bytes()).unwrap();
    assert_eq!(m.version, "3.8.2");
    assert_eq!(m.resources.len(), 2);
    let unnamed = bare.replace("MessageSchemaVersionId=\"ern/382\"", "");
    assert_eq!(read(unnamed.as_bytes()).unwrap_err().code, "ddex-not-ern");
}

#[test]
fn deep_nesting_is_refused_before_anything_is_read() {
    let e = refused("too_deep.xml");
    assert_eq!(e.code, ddex::code::TOO_DEEP);
    assert_eq!(e.line, 67, "{e}");
    assert!(
        e.element
            .starts_with("NewReleaseMessage/MessageHeader/Wrapper/Wrapper/"),
        "{e}"
    );
}

#[test]
fn a_file_of_empty_elements_is_refused_while_it_is_parsed() {
    let mut xml = String::from(r#"<ern:NewReleaseMessage xmlns:ern="http://ddex.net/xml/ern/43">"#);
    xml.push_str(&"<a/>".repeat(10_000));
    xml.push_str("</ern:NewReleaseMessage>");
    let e = read(xml.as_bytes()).unwrap_err();
    assert_eq!(e.code, ddex::code::TOO_LARGE, "{e}");
    assert_eq!((e.line, e.column), (0, 0));
}

#[test]
fn a_file_over_the_size_bound_is_refused_before_it_is_read() {
    assert!(ddex::check_size(ddex::MAX_BYTES).is_ok());
    let e = ddex::check_size(ddex::MAX_BYTES + 1).unwrap_err();
    assert_eq!(e.code, ddex::code::TOO_LARGE);
    assert_eq!((e.element.as_str(), e.line, e.column), ("document", 0, 0));

    // A sparse file: as long as a bound-breaking delivery, with nothing on disk.
    let dir = std::env::temp_dir().join(format!("caravan-ddex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.xml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(ddex::MAX_BYTES + 1).unwrap();
    drop(file);
    let e = read_file(&path).unwrap_err();
    assert_eq!(e.code(), ddex::code::TOO_LARGE, "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn read_file_reads_like_read_and_names_a_missing_file() {
    let path = format!(
        "{}/tests/fixtures/ddex/ern43_album.xml",
        env!("CARGO_MANIFEST_DIR")
    );
    let from_file = read_file(std::path::Path::new(&path)).unwrap();
    assert_eq!(from_file, ok("ern43_album.xml"));
    let e = read_file(std::path::Path::new("/nonexistent/release.xml")).unwrap_err();
    assert_eq!(e.code(), "import-io");
    assert!(e.to_string().contains("/nonexistent/release.xml"), "{e}");
}

#[test]
fn warnings_display_like_errors() {
    let m = ok("ern37d2_album.xml");
    let w: &DdexWarning = &m.warnings[0];
    assert_eq!(
        w.to_string(),
        "ddex-resource-without-id at NewReleaseMessage/ResourceList/SoundRecording[2], line 31, column 5: the supplemental SoundRecording A2 has no ISRC, ISAN, EIDR nor proprietary id; it is left out"
    );
}

/// A catalogue of 20,000 tracks reads in one pass: nothing in the reader is quadratic in
/// the number of resources or releases, even with a warning on every track.
#[test]
fn a_large_catalogue_reads_in_one_pass() {
    const TRACKS: usize = 20_000;
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><ern:NewReleaseMessage xmlns:ern="http://ddex.net/xml/ern/43" LanguageAndScriptCode="en"><PartyList><Party><PartyReference>P1</PartyReference><PartyName><FullName>Band</FullName></PartyName></Party></PartyList><ResourceList>"#,
    );
    for i in 1..=TRACKS {
        // Written on one line, as some senders do, with a prefix nobody has listed.
        xml.push_str(&format!(
            "<SoundRecording><ResourceReference>A{i}</ResourceReference><Type>MusicalWorkSoundRecording</Type><SoundRecordingEdition><ResourceId><ISRC>XQA1A24{i:05}</ISRC></ResourceId><PLine><Year>2024</Year><PLineText>(P) 2024 Label</PLineText></PLine></SoundRecordingEdition><DisplayTitleText>Track {i}</DisplayTitleText><DisplayTitle><TitleText>Track {i}</TitleText></DisplayTitle><DisplayArtistName>Band</DisplayArtistName><DisplayArtist SequenceNumber=\"1\"><ArtistPartyReference>P1</ArtistPartyReference><DisplayArtistRole>MainArtist</DisplayArtistRole></DisplayArtist><Duration>PT3M</Duration></SoundRecording>"
        ));
    }
    xml.push_str("</ResourceList><ReleaseList><Release><ReleaseReference>R0</ReleaseReference><ReleaseType>Album</ReleaseType><DisplayTitleText>All</DisplayTitleText><ResourceGroup>");
    for i in 1..=TRACKS {
        xml.push_str(&format!(
            "<ResourceGroupContentItem><ReleaseResourceReference>A{i}</ReleaseResourceReference></ResourceGroupContentItem>"
        ));
    }
    xml.push_str("</ResourceGroup></Release>");
    for i in 1..=TRACKS {
        xml.push_str(&format!(
            "<TrackRelease><ReleaseReference>R{i}</ReleaseReference><ReleaseResourceReference>A{i}</ReleaseResourceReference></TrackRelease>"
        ));
    }
    xml.push_str("</ReleaseList></ern:NewReleaseMessage>");

    let m = read(xml.as_bytes()).unwrap();
    assert_eq!(m.resources.len(), TRACKS);
    assert_eq!(m.releases[0].resources.len(), TRACKS);
    assert_eq!(m.warnings.len(), TRACKS);
    let last = m.warnings.last().unwrap();
    assert_eq!(last.line, 1);
    assert_eq!(
        last.element,
        format!("NewReleaseMessage/ResourceList/SoundRecording[{TRACKS}]/SoundRecordingEdition/ResourceId/ISRC")
    );
    let at = xml.find(&format!("<ISRC>XQA1A24{TRACKS:05}")).unwrap();
    assert_eq!(last.column as usize, xml[..at].chars().count() + 1);
}

/// The real deliveries in the shared samples folder, when it is there: each valid one
/// reads, the truncated one is refused as malformed at a line.
#[test]
fn real_samples_when_present() {
    let dir = std::path::Path::new("/work/shared/real-samples/ddex");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut read_any = false;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("xml") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let result = read_file(&path);
        if name.starts_with("invalid-") {
            let e = result.expect_err(&name);
            assert_eq!(e.code(), ddex::code::MALFORMED, "{name}: {e}");
            let ddex::FileError::Ddex { source, .. } = e else {
                panic!("{name}")
            };
            assert!(source.line > 1, "{name}: {source}");
        } else {
            let m = result.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!m.resources.is_empty(), "{name}");
            assert!(!m.releases.is_empty(), "{name}");
            for r in &m.resources {
                assert!(r.isrc.is_some(), "{name}: {r:?}");
                assert!(!r.titles.is_empty(), "{name}: {r:?}");
            }
            read_any = true;
        }
    }
    assert!(read_any, "no valid sample in {}", dir.display());
}
