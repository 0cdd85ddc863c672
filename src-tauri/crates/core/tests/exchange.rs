//! Two profiles exchanging envelopes through a folder, end to end on real SQLite files:
//! identities and cards, notes with attachments, envelopes passed over for others, key
//! rotation, and a corpus of hostile stream folders that must each be refused with the
//! store untouched and an honest pull still working afterwards.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

mod common;

use caravan_core::{Caravan, FixedEntropy, Recipients, World};
use caravan_exchange::envelope::{self, Address, Attachment, Header};
use caravan_exchange::stream::{self, Head};
use caravan_exchange::{Card, Identity, PublicKeys};
use common::{alliance, copy_dir, state, Profile};
use std::path::{Path, PathBuf};

#[test]
fn a_note_goes_from_one_profile_to_another_and_only_there() {
    let (a, b, c) = alliance();
    let point = tempfile::tempdir().unwrap();
    let poster = a.dir.path().join("affiche.jpg");
    std::fs::write(&poster, b"not really a jpeg, but bytes all the same").unwrap();
    a.caravan
        .send_note(
            &Recipients::Members(vec!["cannes".into()]),
            "Voir « Les Feuilles mortes » — pour la compétition ?",
            Some("fr"),
            std::slice::from_ref(&poster),
            &[],
        )
        .unwrap();
    a.note(&["busan"], "For Busan only");
    assert_eq!(a.publish(point.path()), 2);
    // Published again, nothing is written twice.
    assert_eq!(a.publish(point.path()), 0);

    let got = b.pull(point.path());
    assert_eq!(
        (got.applied, got.skipped, got.refused.len()),
        (1, 1, 0),
        "{got:?}"
    );
    let notes = b.caravan.notes(10).unwrap().notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].text,
        "Voir « Les Feuilles mortes » — pour la compétition ?"
    );
    assert_eq!(notes[0].sender_member.as_deref(), Some("tbilisi"));
    assert_eq!(notes[0].lang.as_deref(), Some("fr"));
    let kept = &notes[0].attachments[0];
    assert_eq!(kept.name, "affiche.jpg");
    let file = b.caravan.media_files().path_of(&kept.sha256).unwrap();
    assert_eq!(
        std::fs::read(file).unwrap(),
        std::fs::read(&poster).unwrap()
    );
    assert_eq!(c.pull(point.path()).applied, 1);
    assert_eq!(c.texts(), vec!["For Busan only"]);

    // Nothing new: nothing applied, nothing refused, nothing changed.
    let before = state(&b.db());
    let again = b.pull(point.path());
    assert_eq!(
        (again.applied, again.skipped, again.refused.len()),
        (0, 0, 0)
    );
    assert_eq!(state(&b.db()), before);

    // A member whose card is not held is not read at all; its stream is not ours to judge.
    let stranger = Profile::new(0x90, "Stranger", "stranger");
    stranger.caravan.import_card(&b.card()).unwrap();
    stranger.note(&["cannes"], "hello from nowhere");
    stranger.publish(point.path());
    assert_eq!(b.pull(point.path()).applied, 0);
}

#[test]
fn rotated_keys_arrive_in_the_old_stream_and_the_new_stream_is_followed() {
    let (a, b, _c) = alliance();
    let point = tempfile::tempdir().unwrap();
    a.note(&["cannes"], "before");
    let old = a.caravan.identity_info().unwrap().fingerprint;
    let new = a.caravan.identity_rotate().unwrap().fingerprint;
    assert_ne!(old, new);
    a.note(&["cannes"], "after");
    a.publish(point.path());
    let got = b.pull(point.path());
    assert!(got.refused.is_empty(), "{got:?}");
    assert_eq!(b.texts(), vec!["after", "before"]);
    let member = b
        .caravan
        .members_list(&Default::default())
        .unwrap()
        .members
        .into_iter()
        .find(|m| m.slug == "tbilisi")
        .unwrap();
    assert_eq!(member.fingerprint.as_deref(), Some(new.as_str()));

    // A card of the same member with keys the old key never vouched for is refused.
    let impostor = Profile::new(0x33, "Tbilisi IFF", "tbilisi");
    let e = b.caravan.import_card(&impostor.card()).unwrap_err();
    assert_eq!(e.code(), "card-not-a-rotation");
}

#[test]
fn a_fingerprint_is_verified_only_when_it_matches() {
    let (a, b, _c) = alliance();
    let fp = a.caravan.identity_info().unwrap().fingerprint;
    let wrong = b.caravan.identity_info().unwrap().fingerprint;
    assert_eq!(
        a.caravan.verify_member("cannes", &fp).unwrap_err().code(),
        "fingerprint-mismatch"
    );
    // Typed as read over the phone: lower case, spaces instead of dashes.
    let spoken = wrong.to_lowercase().replace('-', " ");
    let m = a.caravan.verify_member("cannes", &spoken).unwrap();
    assert_eq!(m.trust, Some(caravan_core::api::Trust::Verified));
    let mut typo = wrong.clone().into_bytes();
    typo[3] = if typo[3] == b'A' { b'B' } else { b'A' };
    let e = a
        .caravan
        .verify_member("cannes", std::str::from_utf8(&typo).unwrap())
        .unwrap_err();
    assert_eq!(e.code(), "fingerprint-invalid");
}

#[test]
fn keys_are_sealed_and_a_wrong_passphrase_opens_nothing() {
    let a = Profile::new(0x10, "Tbilisi IFF", "tbilisi");
    let path = a.db();
    drop(a.caravan);
    let world = |passphrase: Option<&str>| World {
        entropy: Box::new(FixedEntropy::new(1)),
        secrets: Box::new(caravan_core::Passphrase {
            passphrase: passphrase.map(str::to_owned),
            work_factor: 4,
        }),
        ..World::fixed(1, "tester")
    };
    let none = Caravan::open(&path, world(None)).unwrap();
    assert_eq!(
        none.send_note(&Recipients::All, "x", None, &[], &[])
            .unwrap_err()
            .code(),
        "identity-passphrase-needed"
    );
    assert_eq!(
        none.unlock("not it").unwrap_err().code(),
        "identity-passphrase-wrong"
    );
    assert!(!none.unlocked());
    none.unlock("caravan tests").unwrap();
    assert!(none.unlocked());
    let wrong = Caravan::open(&path, world(Some("guess"))).unwrap();
    assert_eq!(
        wrong.identity_rotate().unwrap_err().code(),
        "identity-passphrase-wrong"
    );
    // The secret keys are nowhere in the file in the clear.
    let secret_card = std::fs::read(&path).unwrap();
    assert!(!secret_card.windows(15).any(|w| w == b"AGE-SECRET-KEY-"));
}

/// A member who means harm: keys the test knows, so it can sign whatever it likes.
struct Mallory {
    id: Identity,
    /// Cannes's and Busan's keys.
    cannes: PublicKeys,
    busan: PublicKeys,
}

impl Mallory {
    fn new(cannes: &Profile, busan: &Profile) -> Mallory {
        let keys = |p: &Profile| Card::read(&p.card()).unwrap().keys;
        Mallory {
            id: Identity::from_secret([0x66; 64]).unwrap(),
            cannes: keys(cannes),
            busan: keys(busan),
        }
    }

    fn card(&self) -> Vec<u8> {
        Card::issue(&self.id, "Mallory FF", "mallory", Some("ZZ"), &[], 1, None)
            .unwrap()
            .bytes
    }

    /// Envelope `seq` of Mallory's stream to Cannes, with `tweak` applied to its header
    /// and the header signed again (with Mallory's real key).
    fn envelope(
        &self,
        seq: u64,
        prev: Option<String>,
        to: &PublicKeys,
        tweak: &dyn Fn(&mut Header),
    ) -> Vec<u8> {
        let poster = Attachment {
            name: "poster.jpg".into(),
            bytes: vec![0xff, 0xd8, 0xff, seq as u8],
        };
        let body = format!(r#"{{"text":"mallory {seq}"}}"#);
        let sealed = envelope::seal(
            &self.id,
            &Address {
                kind: "note",
                seq,
                prev,
                created_at: 1_750_000_000_000,
                recipients: std::slice::from_ref(to),
            },
            body.as_bytes(),
            &[poster],
        )
        .unwrap();
        let newlines: Vec<usize> = sealed
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == b'\n')
            .map(|(i, _)| i)
            .take(3)
            .collect();
        let mut header: Header =
            serde_json::from_slice(&sealed[newlines[0] + 1..newlines[1]]).unwrap();
        let payload = &sealed[newlines[2] + 1..];
        tweak(&mut header);
        let mut out = envelope::MAGIC.to_vec();
        out.push(b'\n');
        out.extend(serde_json::to_vec(&header).unwrap());
        let signature = self.id.sign(&out);
        out.push(b'\n');
        out.extend(data_encoding::BASE64.encode(&signature).as_bytes());
        out.push(b'\n');
        out.extend_from_slice(payload);
        out
    }

    /// Mallory's honest stream of `n` notes to Cannes at `point`.
    fn publish(&self, point: &Path, n: u64) -> Vec<Vec<u8>> {
        let dir = point.join(stream::stream_dir(&self.id.fingerprint()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut prev = None;
        let mut all = Vec::new();
        for seq in 1..=n {
            let bytes = self.envelope(seq, prev.clone(), &self.cannes, &|_| {});
            prev = Some(envelope::sha256_hex(&bytes));
            std::fs::write(
                point.join(stream::envelope_path(&self.id.fingerprint(), seq)),
                &bytes,
            )
            .unwrap();
            all.push(bytes);
        }
        let head = Head {
            seq: n,
            hash: prev.unwrap(),
        };
        std::fs::write(
            point.join(stream::head_path(&self.id.fingerprint())),
            head.to_bytes(),
        )
        .unwrap();
        all
    }
}

/// One hostile change to the point, made after Cannes has read Mallory's first two.
struct Hostile {
    name: &'static str,
    /// The codes any of which is a right refusal; none for a change that must simply
    /// bring nothing.
    codes: &'static [&'static str],
    apply: fn(&Fixture<'_>),
}

struct Fixture<'a> {
    point: &'a Path,
    mallory: &'a Mallory,
    /// Mallory's envelopes as published honestly.
    honest: &'a [Vec<u8>],
    /// A copy of the point as it stood after Mallory's first two.
    older: &'a Path,
    /// Envelope 3 of Tbilisi's stream, signed by Tbilisi.
    tbilisi_3: &'a [u8],
}

impl Fixture<'_> {
    fn env(&self, seq: u64) -> PathBuf {
        self.point
            .join(stream::envelope_path(&self.mallory.id.fingerprint(), seq))
    }

    fn head(&self) -> PathBuf {
        self.point
            .join(stream::head_path(&self.mallory.id.fingerprint()))
    }

    fn prev(&self) -> Option<String> {
        Some(envelope::sha256_hex(&self.honest[1]))
    }

    fn put(&self, seq: u64, bytes: &[u8]) {
        std::fs::write(self.env(seq), bytes).unwrap();
    }

    fn rewrite(&self, seq: u64, f: impl FnOnce(&mut Vec<u8>)) {
        let mut bytes = std::fs::read(self.env(seq)).unwrap();
        f(&mut bytes);
        self.put(seq, &bytes);
    }
}

const HOSTILE: &[Hostile] = &[
    Hostile {
        name: "a header changed after signing",
        codes: &["envelope-bad-signature"],
        apply: |f| {
            f.rewrite(3, |b| {
                let text = String::from_utf8_lossy(b).replacen("\"note\"", "\"nope\"", 1);
                *b = text.into_bytes();
            })
        },
    },
    Hostile {
        name: "a bit flipped in the payload",
        codes: &["envelope-damaged"],
        apply: |f| f.rewrite(3, |b| *b.last_mut().unwrap() ^= 0x20),
    },
    Hostile {
        name: "truncated in the payload",
        codes: &["envelope-truncated"],
        apply: |f| f.rewrite(3, |b| b.truncate(b.len() - 7)),
    },
    Hostile {
        name: "truncated in the header",
        codes: &["envelope-truncated"],
        apply: |f| f.rewrite(3, |b| b.truncate(60)),
    },
    Hostile {
        name: "an empty file",
        codes: &["envelope-truncated"],
        apply: |f| f.put(3, b""),
    },
    Hostile {
        name: "an envelope replayed in place of the next",
        codes: &["envelope-replay"],
        apply: |f| f.put(3, &f.honest[1]),
    },
    Hostile {
        name: "envelopes re-ordered",
        codes: &["envelope-gap"],
        apply: |f| {
            f.put(3, &f.honest[3]);
            f.put(4, &f.honest[2]);
        },
    },
    Hostile {
        name: "an envelope missing",
        codes: &["envelope-missing"],
        apply: |f| std::fs::remove_file(f.env(3)).unwrap(),
    },
    Hostile {
        name: "a fork: another envelope 3 that does not follow 2",
        codes: &["envelope-fork"],
        apply: |f| {
            f.put(
                3,
                &f.mallory
                    .envelope(3, Some("0".repeat(64)), &f.mallory.cannes, &|_| {}),
            )
        },
    },
    Hostile {
        name: "another sender's envelope spliced in",
        codes: &["envelope-wrong-stream"],
        apply: |f| f.put(3, f.tbilisi_3),
    },
    Hostile {
        name: "forged: signed by a key nobody holds",
        codes: &["envelope-unknown-sender"],
        apply: |f| {
            let forger = Mallory {
                id: Identity::from_secret([0x99; 64]).unwrap(),
                cannes: f.mallory.cannes.clone(),
                busan: f.mallory.busan.clone(),
            };
            f.put(3, &forger.envelope(3, f.prev(), &f.mallory.cannes, &|_| {}));
        },
    },
    Hostile {
        name: "forged: the signature of another envelope",
        codes: &["envelope-bad-signature"],
        apply: |f| {
            let lines = |b: &[u8]| -> Vec<usize> {
                b.iter()
                    .enumerate()
                    .filter(|(_, c)| **c == b'\n')
                    .map(|(i, _)| i)
                    .take(3)
                    .collect()
            };
            let donor = &f.honest[0];
            let d = lines(donor);
            let signature = donor[d[1] + 1..d[2]].to_vec();
            f.rewrite(3, |b| {
                let l = lines(b);
                b.splice(l[1] + 1..l[2], signature);
            });
        },
    },
    Hostile {
        name: "misaddressed: names Cannes but is sealed to Busan",
        codes: &["envelope-not-addressed"],
        apply: |f| {
            let cannes = f.mallory.cannes.fingerprint().as_str().to_owned();
            let bytes = f.mallory.envelope(3, f.prev(), &f.mallory.busan, &|h| {
                h.recipients = vec![cannes.clone()];
            });
            f.put(3, &bytes);
        },
    },
    Hostile {
        name: "an attachment named to escape its folder",
        codes: &["envelope-bad-attachment-name"],
        apply: |f| {
            f.put(
                3,
                &f.mallory.envelope(3, f.prev(), &f.mallory.cannes, &|h| {
                    h.attachments[0].name = "../../../.config/autostart/x.desktop".into();
                }),
            )
        },
    },
    Hostile {
        name: "a payload over the limit, claimed in a signed header",
        codes: &["envelope-too-large"],
        apply: |f| {
            f.put(
                3,
                &f.mallory.envelope(3, f.prev(), &f.mallory.cannes, &|h| {
                    h.payload.length = 300 * 1024 * 1024;
                }),
            )
        },
    },
    Hostile {
        name: "a 300 MB sparse file where an envelope should be",
        codes: &["envelope-too-large"],
        apply: |f| {
            let file = std::fs::File::create(f.env(3)).unwrap();
            file.set_len(300 * 1024 * 1024).unwrap();
        },
    },
    Hostile {
        name: "a newer format version",
        codes: &["envelope-unsupported-version"],
        apply: |f| f.rewrite(3, |b| b[..18].copy_from_slice(b"CARAVAN-ENVELOPE/9")),
    },
    Hostile {
        name: "a head that claims more than there is",
        codes: &["envelope-missing"],
        apply: |f| {
            for seq in 3..=5 {
                std::fs::remove_file(f.env(seq)).unwrap();
            }
            std::fs::write(f.head(), br#"{"seq":99,"hash":"00"}"#).unwrap();
        },
    },
    Hostile {
        name: "a head that is not JSON",
        codes: &["envelope-malformed"],
        apply: |f| std::fs::write(f.head(), b"\xff\xfe<html>").unwrap(),
    },
    Hostile {
        name: "an older copy of the stream served again",
        codes: &[],
        apply: |f| {
            std::fs::remove_dir_all(f.point).unwrap();
            copy_dir(f.older, f.point);
        },
    },
];

#[test]
fn hostile_streams_are_refused_and_change_nothing() {
    let (a, b, c) = alliance();
    let mallory = Mallory::new(&b, &c);
    b.caravan.import_card(&mallory.card()).unwrap();

    // The honest point: Mallory's two notes, then five; Tbilisi's three.
    let honest_point = tempfile::tempdir().unwrap();
    let honest = mallory.publish(honest_point.path(), 5);
    let older = tempfile::tempdir().unwrap();
    copy_dir(honest_point.path(), older.path());
    let fp = mallory.id.fingerprint();
    for seq in 3..=5 {
        std::fs::remove_file(older.path().join(stream::envelope_path(&fp, seq))).unwrap();
    }
    let head = Head {
        seq: 2,
        hash: envelope::sha256_hex(&honest[1]),
    };
    std::fs::write(older.path().join(stream::head_path(&fp)), head.to_bytes()).unwrap();
    let tbilisi = tempfile::tempdir().unwrap();
    for i in 1..=3 {
        a.note(&["cannes"], &format!("tbilisi {i}"));
    }
    a.publish(tbilisi.path());
    let tbilisi_fp =
        caravan_exchange::Fingerprint::parse(&a.caravan.identity_info().unwrap().fingerprint)
            .unwrap();
    let tbilisi_3 =
        std::fs::read(tbilisi.path().join(stream::envelope_path(&tbilisi_fp, 3))).unwrap();

    // Cannes has read Mallory's first two.
    let got = b.pull(older.path());
    assert_eq!((got.applied, got.refused.len()), (2, 0), "{got:?}");
    let before = state(&b.db());
    let saved = tempfile::tempdir().unwrap();
    let saved_db = saved.path().join("caravan.db");
    rusqlite::Connection::open(b.db())
        .unwrap()
        .execute("VACUUM INTO ?1", [saved_db.to_str().unwrap()])
        .unwrap();

    let mut failures = Vec::new();
    for h in HOSTILE {
        // Each case starts from Cannes as it stood.
        let copy = tempfile::tempdir().unwrap();
        std::fs::copy(&saved_db, copy.path().join("caravan.db")).unwrap();
        let b = Profile {
            caravan: Profile::open_at(copy.path(), 0x40),
            dir: copy,
        };
        let point = tempfile::tempdir().unwrap();
        copy_dir(honest_point.path(), point.path());
        (h.apply)(&Fixture {
            point: point.path(),
            mallory: &mallory,
            honest: &honest,
            older: older.path(),
            tbilisi_3: &tbilisi_3,
        });
        let got = b.pull(point.path());
        let codes: Vec<&str> = got.refused.iter().map(|r| r.code.as_str()).collect();
        let right = if h.codes.is_empty() {
            codes.is_empty()
        } else {
            codes.len() == 1 && h.codes.contains(&codes[0])
        };
        if !right || got.applied != 0 {
            failures.push(format!(
                "{}: applied {}, refused {codes:?}",
                h.name, got.applied
            ));
        }
        if let Some(r) = got.refused.first() {
            if r.seq != 3 || r.message.is_empty() {
                failures.push(format!("{}: refused as {r:?}", h.name));
            }
        }
        if state(&b.db()) != before {
            failures.push(format!("{}: the store changed", h.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // The honest point still reads, from where the store stood.
    let got = b.pull(honest_point.path());
    assert_eq!((got.applied, got.refused.len()), (3, 0), "{got:?}");
    let texts = b.texts();
    assert_eq!(texts.len(), 5, "{texts:?}");
    assert!(texts.iter().all(|t| t.starts_with("mallory ")));
}

#[test]
fn an_attachment_name_that_leaves_its_folder_cannot_be_sent() {
    let (a, _b, _c) = alliance();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("..");
    let e = a
        .caravan
        .send_note(
            &Recipients::Members(vec!["cannes".into()]),
            "x",
            None,
            &[file],
            &[],
        )
        .unwrap_err();
    assert!(!e.code().is_empty());
}
