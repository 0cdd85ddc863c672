//! The envelope: the one container for everything that crosses between copies of
//! Caravan. `docs/envelope.md` specifies it byte by byte; in short, a file is
//!
//! ```text
//! CARAVAN-ENVELOPE/1\n
//! {header JSON}\n
//! base64(Ed25519 signature of the two lines above, newlines excluded)\n
//! payload
//! ```
//!
//! The header says who sent it, to whom, where it stands in the sender's stream (its
//! sequence number and the SHA-256 of the sender's previous envelope) and how long and
//! what hash the payload has; the signature covers the header, so it covers the payload
//! too. The payload is the body (JSON) followed by the attachments' bytes, encrypted with
//! age to the recipients (and to the sender) when there are recipients, plain otherwise.
//! Everything is checked before anything is believed: lengths against the limits before
//! the payload is read, the signature before the header is trusted, the payload's hash
//! before it is decrypted, each attachment's hash after.

use crate::{ExchangeError, Fingerprint, Identity, Part, PublicKeys};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};

/// The first line of every envelope.
pub const MAGIC: &[u8] = b"CARAVAN-ENVELOPE/1";

/// The envelope format this Caravan writes and reads.
pub const VERSION: u64 = 1;

/// The limits an envelope is held to, checked before its payload is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub header_bytes: u64,
    pub payload_bytes: u64,
    pub attachments: usize,
    pub attachment_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_bytes: 64 * 1024,
            payload_bytes: 64 * 1024 * 1024,
            attachments: 64,
            attachment_bytes: 32 * 1024 * 1024,
        }
    }
}

impl Limits {
    /// The largest whole envelope file these limits allow.
    pub fn file_bytes(&self) -> u64 {
        self.header_bytes + 200 + self.payload_bytes
    }
}

/// One attachment as the header lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    /// A plain file name: no folder, no `..`, no control characters.
    pub name: String,
    pub length: u64,
    /// SHA-256 of the attachment's bytes, hex.
    pub sha256: String,
}

/// The payload as the header describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayloadInfo {
    /// Bytes of the payload as stored (the ciphertext when encrypted).
    pub length: u64,
    /// SHA-256 of the payload as stored, hex.
    pub sha256: String,
    pub encrypted: bool,
    /// Bytes of the body, the start of the plaintext payload.
    pub body_length: u64,
}

/// The signed header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub version: u64,
    /// What the body is: `note`, `card`, and the kinds later capabilities add.
    pub kind: String,
    /// The sender's fingerprint.
    pub sender: String,
    /// The recipients' fingerprints; empty for an envelope anyone may read.
    pub recipients: Vec<String>,
    /// The envelope's place in the sender's stream, from 1.
    pub seq: u64,
    /// SHA-256 (hex) of the sender's envelope `seq - 1`, null for the first.
    pub prev: Option<String>,
    /// Milliseconds since 1970, by the sender's clock.
    pub created_at: i64,
    pub payload: PayloadInfo,
    pub attachments: Vec<AttachmentInfo>,
}

/// What an envelope carries once opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    pub body: Vec<u8>,
    /// Each attachment's name and bytes, in the header's order, checked against it.
    pub attachments: Vec<(String, Vec<u8>)>,
}

/// An attachment to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Where an envelope goes in its sender's stream, and to whom.
#[derive(Debug, Clone)]
pub struct Address<'a> {
    pub kind: &'a str,
    pub seq: u64,
    pub prev: Option<String>,
    pub created_at: i64,
    /// The recipients' keys; empty for a public envelope.
    pub recipients: &'a [PublicKeys],
}

/// SHA-256 of some bytes, as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
}

/// Refuses a name that could reach outside the folder it is saved in.
pub fn check_attachment_name(name: &str) -> Result<(), ExchangeError> {
    let bad = name.is_empty()
        || name.len() > 255
        || name == "."
        || name == ".."
        || name.contains(['/', '\\', ':'])
        || name.chars().any(char::is_control);
    if bad {
        Err(ExchangeError::BadAttachmentName(name.to_owned()))
    } else {
        Ok(())
    }
}

/// Makes and signs an envelope: `body` and `attachments`, from `sender`, at `address`.
pub fn seal(
    sender: &Identity,
    address: &Address<'_>,
    body: &[u8],
    attachments: &[Attachment],
) -> Result<Vec<u8>, ExchangeError> {
    let mut plain =
        Vec::with_capacity(body.len() + attachments.iter().map(|a| a.bytes.len()).sum::<usize>());
    plain.extend_from_slice(body);
    let mut infos = Vec::with_capacity(attachments.len());
    for a in attachments {
        check_attachment_name(&a.name)?;
        infos.push(AttachmentInfo {
            name: a.name.clone(),
            length: a.bytes.len() as u64,
            sha256: sha256_hex(&a.bytes),
        });
        plain.extend_from_slice(&a.bytes);
    }
    let encrypted = !address.recipients.is_empty();
    let payload = if encrypted {
        // The sender can open its own envelopes too.
        let mut keys: Vec<age::x25519::Recipient> =
            Vec::with_capacity(address.recipients.len() + 1);
        for r in address.recipients {
            keys.push(r.recipient()?);
        }
        keys.push(sender.public().recipient()?);
        let encryptor =
            age::Encryptor::with_recipients(keys.iter().map(|k| k as &dyn age::Recipient))
                .map_err(|e| ExchangeError::Malformed(format!("encryption: {e}")))?;
        let mut out = Vec::with_capacity(plain.len() + 256);
        let io = |e: std::io::Error| ExchangeError::Malformed(format!("encryption: {e}"));
        let mut writer = encryptor.wrap_output(&mut out).map_err(io)?;
        writer.write_all(&plain).map_err(io)?;
        writer.finish().map_err(io)?;
        out
    } else {
        plain
    };
    let header = Header {
        version: VERSION,
        kind: address.kind.to_owned(),
        sender: sender.fingerprint().as_str().to_owned(),
        recipients: address
            .recipients
            .iter()
            .map(|r| r.fingerprint().as_str().to_owned())
            .collect(),
        seq: address.seq,
        prev: address.prev.clone(),
        created_at: address.created_at,
        payload: PayloadInfo {
            length: payload.len() as u64,
            sha256: sha256_hex(&payload),
            encrypted,
            body_length: body.len() as u64,
        },
        attachments: infos,
    };
    let header_line = serde_json::to_vec(&header)
        .map_err(|e| ExchangeError::Malformed(format!("header: {e}")))?;
    let mut signed = Vec::with_capacity(MAGIC.len() + 1 + header_line.len());
    signed.extend_from_slice(MAGIC);
    signed.push(b'\n');
    signed.extend_from_slice(&header_line);
    let signature = sender.sign(&signed);
    let mut out = signed;
    out.push(b'\n');
    out.extend_from_slice(data_encoding::BASE64.encode(&signature).as_bytes());
    out.push(b'\n');
    out.extend_from_slice(&payload);
    Ok(out)
}

/// An envelope whose header has been read and whose signature has been checked against
/// its sender's key, but whose payload has not been opened.
#[derive(Debug, Clone)]
pub struct Verified {
    pub header: Header,
    /// SHA-256 of the whole file, hex: what the next envelope's `prev` must name.
    pub hash: String,
    payload: Vec<u8>,
}

/// Reads one line (without its newline) of at most `max` bytes.
fn line<R: Read>(input: &mut R, max: u64, what: Part) -> Result<Vec<u8>, ExchangeError> {
    let mut out = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match input.read(&mut byte) {
            Ok(0) => return Err(ExchangeError::Truncated(what)),
            Ok(_) if byte[0] == b'\n' => return Ok(out),
            Ok(_) => {
                out.push(byte[0]);
                if out.len() as u64 > max {
                    return Err(ExchangeError::TooLarge {
                        what,
                        size: out.len() as u64,
                        limit: max,
                    });
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ExchangeError::Malformed(format!("{what}: {e}"))),
        }
    }
}

/// The header of an envelope, read and checked for shape and limits, before its
/// signature is checked (which needs the sender's key, named in the header).
pub fn read_header<R: Read>(
    input: &mut R,
    limits: &Limits,
) -> Result<(Header, Vec<u8>, Vec<u8>), ExchangeError> {
    let magic = line(input, 64, Part::FirstLine)?;
    if magic != MAGIC {
        if let Some(v) = magic.strip_prefix(b"CARAVAN-ENVELOPE/") {
            let version = std::str::from_utf8(v)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            return Err(ExchangeError::UnsupportedVersion(version));
        }
        return Err(ExchangeError::Malformed(
            "not a Caravan envelope".to_owned(),
        ));
    }
    let header_line = line(input, limits.header_bytes, Part::Header)?;
    let signature_line = line(input, 200, Part::Signature)?;
    let header: Header = serde_json::from_slice(&header_line)
        .map_err(|e| ExchangeError::Malformed(format!("header: {e}")))?;
    if header.version != VERSION {
        return Err(ExchangeError::UnsupportedVersion(header.version));
    }
    let too_large = |what, size, limit| {
        if size > limit {
            Err(ExchangeError::TooLarge { what, size, limit })
        } else {
            Ok(())
        }
    };
    too_large(Part::Payload, header.payload.length, limits.payload_bytes)?;
    too_large(
        Part::Attachments,
        header.attachments.len() as u64,
        limits.attachments as u64,
    )?;
    let mut plain = header.payload.body_length;
    for a in &header.attachments {
        check_attachment_name(&a.name)?;
        too_large(Part::Attachment, a.length, limits.attachment_bytes)?;
        plain = plain.saturating_add(a.length);
    }
    if !header.payload.encrypted && plain != header.payload.length {
        return Err(ExchangeError::Malformed(
            "the payload's parts do not add up to its length".to_owned(),
        ));
    }
    let mut signed = Vec::with_capacity(MAGIC.len() + 1 + header_line.len());
    signed.extend_from_slice(MAGIC);
    signed.push(b'\n');
    signed.extend_from_slice(&header_line);
    Ok((header, signed, signature_line))
}

/// Reads a whole envelope: header and limits, the signature by `sender_key` (the key of
/// the member the header names, looked up by the caller through `key_of`), then the
/// payload, exactly as long as the header says and with the hash it says.
pub fn verify<R: Read>(
    mut input: R,
    limits: &Limits,
    key_of: impl FnOnce(&Fingerprint) -> Option<PublicKeys>,
) -> Result<Verified, ExchangeError> {
    let (header, signed, signature_line) = read_header(&mut input, limits)?;
    let sender = Fingerprint::parse(&header.sender)
        .map_err(|_| ExchangeError::Malformed("the sender is not a fingerprint".to_owned()))?;
    let key = key_of(&sender).ok_or_else(|| ExchangeError::UnknownSender(sender.grouped()))?;
    let signature = data_encoding::BASE64
        .decode(&signature_line)
        .map_err(|_| ExchangeError::BadSignature)?;
    if !key.verify(&signed, &signature) {
        return Err(ExchangeError::BadSignature);
    }
    let mut payload = Vec::with_capacity(header.payload.length.min(1 << 20) as usize);
    input
        .by_ref()
        .take(header.payload.length)
        .read_to_end(&mut payload)
        .map_err(|e| ExchangeError::Malformed(format!("payload: {e}")))?;
    if (payload.len() as u64) < header.payload.length {
        return Err(ExchangeError::Truncated(Part::Payload));
    }
    let mut extra = [0u8; 1];
    if input.read(&mut extra).map(|n| n > 0).unwrap_or(false) {
        return Err(ExchangeError::Malformed(
            "bytes after the payload".to_owned(),
        ));
    }
    if sha256_hex(&payload) != header.payload.sha256 {
        return Err(ExchangeError::Damaged(Part::Payload));
    }
    let mut whole = Sha256::new();
    whole.update(&signed);
    whole.update(b"\n");
    whole.update(&signature_line);
    whole.update(b"\n");
    whole.update(&payload);
    Ok(Verified {
        header,
        hash: data_encoding::HEXLOWER.encode(&whole.finalize()),
        payload,
    })
}

impl Verified {
    /// Whether `reader` is among the recipients (or the envelope is public).
    pub fn is_for(&self, reader: &Fingerprint) -> bool {
        self.header.recipients.is_empty()
            || self.header.recipients.iter().any(|r| r == reader.as_str())
            || self.header.sender == reader.as_str()
    }

    /// The body and attachments, decrypted with `reader`'s key when the envelope is
    /// encrypted, each attachment checked against the header.
    pub fn open(&self, reader: &Identity) -> Result<Contents, ExchangeError> {
        let plain = if self.header.payload.encrypted {
            let decryptor =
                age::Decryptor::new(&self.payload[..]).map_err(|_| ExchangeError::NotAddressed)?;
            let mut stream = decryptor
                .decrypt(std::iter::once(reader.age_identity() as &dyn age::Identity))
                .map_err(|_| ExchangeError::NotAddressed)?;
            let mut out = Vec::with_capacity(self.payload.len());
            stream
                .read_to_end(&mut out)
                .map_err(|_| ExchangeError::Malformed("the payload does not decrypt".to_owned()))?;
            out
        } else {
            self.payload.clone()
        };
        let body_end = self.header.payload.body_length as usize;
        let total = self
            .header
            .attachments
            .iter()
            .fold(self.header.payload.body_length, |n, a| {
                n.saturating_add(a.length)
            });
        if total != plain.len() as u64 {
            return Err(ExchangeError::Malformed(
                "the payload's parts do not add up to its length".to_owned(),
            ));
        }
        let body = plain[..body_end].to_vec();
        let mut at = body_end;
        let mut attachments = Vec::with_capacity(self.header.attachments.len());
        for a in &self.header.attachments {
            let bytes = plain[at..at + a.length as usize].to_vec();
            at += a.length as usize;
            if sha256_hex(&bytes) != a.sha256 {
                return Err(ExchangeError::AttachmentMismatch(a.name.clone()));
            }
            attachments.push((a.name.clone(), bytes));
        }
        Ok(Contents { body, attachments })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> Identity {
        Identity::from_secret([n; 64]).unwrap()
    }

    fn keys<'a>(known: &'a [&'a Identity]) -> impl Fn(&Fingerprint) -> Option<PublicKeys> + 'a {
        move |fp| {
            known
                .iter()
                .find(|i| i.fingerprint() == *fp)
                .map(|i| i.public())
        }
    }

    fn address<'a>(seq: u64, prev: Option<String>, to: &'a [PublicKeys]) -> Address<'a> {
        Address {
            kind: "note",
            seq,
            prev,
            created_at: 1_700_000_000_000,
            recipients: to,
        }
    }

    fn poster() -> Attachment {
        Attachment {
            name: "poster.jpg".into(),
            bytes: (0..200u8).collect(),
        }
    }

    /// Signs a header as a member who means harm would: any fields, a valid signature.
    fn signed_with(sender: &Identity, header: &Header, payload: &[u8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(b'\n');
        out.extend(serde_json::to_vec(header).unwrap());
        let signature = sender.sign(&out);
        out.push(b'\n');
        out.extend(data_encoding::BASE64.encode(&signature).as_bytes());
        out.push(b'\n');
        out.extend_from_slice(payload);
        out
    }

    #[test]
    fn an_addressed_envelope_opens_for_its_recipient_and_its_sender_only() {
        let (a, b, c) = (id(1), id(2), id(3));
        let to = [b.public()];
        let bytes = seal(&a, &address(1, None, &to), br#"{"text":"hi"}"#, &[poster()]).unwrap();
        let known = [&a, &b, &c];
        let v = verify(&bytes[..], &Limits::default(), keys(&known)).unwrap();
        assert!(v.header.payload.encrypted);
        assert_eq!(v.hash, sha256_hex(&bytes));
        let opened = v.open(&b).unwrap();
        assert_eq!(opened.body, br#"{"text":"hi"}"#);
        assert_eq!(
            opened.attachments,
            vec![("poster.jpg".to_owned(), poster().bytes)]
        );
        assert_eq!(v.open(&a).unwrap().body, opened.body);
        assert!(!v.is_for(&c.fingerprint()));
        assert_eq!(v.open(&c).unwrap_err().code(), "envelope-not-addressed");
    }

    #[test]
    fn an_unknown_sender_is_refused_before_anything_is_read() {
        let bytes = seal(&id(1), &address(1, None, &[]), b"{}", &[]).unwrap();
        let e = verify(&bytes[..], &Limits::default(), |_| None).unwrap_err();
        assert_eq!(e.code(), "envelope-unknown-sender");
    }

    #[test]
    fn every_flipped_bit_and_every_truncation_is_refused() {
        let (a, b) = (id(1), id(2));
        let to = [b.public()];
        let known = [&a, &b];
        for recipients in [&[][..], &to[..]] {
            let bytes = seal(
                &a,
                &address(3, Some("ab".repeat(32)), recipients),
                b"{\"text\":\"x\"}",
                &[poster()],
            )
            .unwrap();
            let read = |bytes: &[u8]| {
                verify(bytes, &Limits::default(), keys(&known)).and_then(|v| v.open(&b).map(|_| v))
            };
            read(&bytes).unwrap();
            for at in 0..bytes.len() {
                for bit in [0x01u8, 0x80] {
                    let mut flipped = bytes.clone();
                    flipped[at] ^= bit;
                    assert!(
                        read(&flipped).is_err(),
                        "a flip of bit {bit:#x} at byte {at} went through"
                    );
                }
            }
            for cut in 0..bytes.len() {
                assert!(read(&bytes[..cut]).is_err(), "cut at {cut} went through");
            }
            let mut longer = bytes.clone();
            longer.push(b'\n');
            assert_eq!(read(&longer).unwrap_err().code(), "envelope-malformed");
        }
    }

    #[test]
    fn sizes_are_refused_from_the_header_before_the_payload_is_read() {
        let a = id(1);
        let bytes = seal(&a, &address(1, None, &[]), b"{}", &[]).unwrap();
        let mut v = verify(&bytes[..], &Limits::default(), keys(&[&a])).unwrap();
        v.header.payload.length = 300 * 1024 * 1024;
        v.header.payload.body_length = v.header.payload.length;
        let forged = signed_with(&a, &v.header, b"");
        // A reader that fails past the header: the payload must never be asked for.
        struct Fused<'a>(&'a [u8], usize);
        impl Read for Fused<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                assert!(self.1 < self.0.len(), "read past the header");
                let n = buf.len().min(self.0.len() - self.1);
                buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
                self.1 += n;
                Ok(n)
            }
        }
        let e = verify(Fused(&forged, 0), &Limits::default(), keys(&[&a])).unwrap_err();
        assert_eq!(e.code(), "envelope-too-large");
        let limits = Limits {
            attachments: 0,
            ..Limits::default()
        };
        let with_poster = seal(&a, &address(1, None, &[]), b"{}", &[poster()]).unwrap();
        assert_eq!(
            verify(&with_poster[..], &limits, keys(&[&a]))
                .unwrap_err()
                .code(),
            "envelope-too-large"
        );
    }

    #[test]
    fn attachment_names_that_leave_their_folder_are_refused() {
        for name in [
            "../../.bashrc",
            "/etc/passwd",
            "a/b",
            "..",
            "C:evil",
            "a\\b",
            "",
            "tab\there",
        ] {
            assert_eq!(
                check_attachment_name(name).unwrap_err().code(),
                "envelope-bad-attachment-name",
                "{name:?}"
            );
            let bad = Attachment {
                name: name.into(),
                bytes: vec![1],
            };
            assert!(seal(&id(1), &address(1, None, &[]), b"{}", &[bad]).is_err());
        }
        check_attachment_name("affiche été 2026.jpg").unwrap();
        // A member who signs such a header anyway.
        let a = id(1);
        let plain = seal(&a, &address(1, None, &[]), b"{}", &[poster()]).unwrap();
        let mut v = verify(&plain[..], &Limits::default(), keys(&[&a])).unwrap();
        v.header.attachments[0].name = "../../poster.jpg".into();
        let forged = signed_with(&a, &v.header, &v.payload);
        let e = verify(&forged[..], &Limits::default(), keys(&[&a])).unwrap_err();
        assert_eq!(e.code(), "envelope-bad-attachment-name");
    }

    #[test]
    fn another_version_is_named_as_such() {
        let a = id(1);
        let bytes = seal(&a, &address(1, None, &[]), b"{}", &[]).unwrap();
        let mut two = b"CARAVAN-ENVELOPE/2".to_vec();
        two.extend_from_slice(&bytes[MAGIC.len()..]);
        let e = verify(&two[..], &Limits::default(), keys(&[&a])).unwrap_err();
        assert!(matches!(e, ExchangeError::UnsupportedVersion(2)), "{e}");
        let mut v = verify(&bytes[..], &Limits::default(), keys(&[&a])).unwrap();
        v.header.version = 7;
        let forged = signed_with(&a, &v.header, &v.payload);
        let e = verify(&forged[..], &Limits::default(), keys(&[&a])).unwrap_err();
        assert!(matches!(e, ExchangeError::UnsupportedVersion(7)), "{e}");
    }
}

#[cfg(test)]
mod vector {
    use super::*;

    /// The test vector of `docs/envelope.md`, rebuilt from its secret, byte for byte.
    #[test]
    fn the_documented_test_vector_is_what_this_crate_writes_and_reads() {
        let doc = include_str!("../../../../docs/envelope.md");
        let start = doc.find("```envelope\n").unwrap() + "```envelope\n".len();
        let end = start + doc[start..].find("\n```").unwrap();
        // The block ends with the attachment's own LF.
        let documented = format!("{}\n", &doc[start..end]);
        let id = Identity::from_secret([7; 64]).unwrap();
        let bytes = seal(
            &id,
            &Address {
                kind: "note",
                seq: 1,
                prev: None,
                created_at: 1_750_000_000_000,
                recipients: &[],
            },
            br#"{"text":"Hello from Tbilisi","lang":"en"}"#,
            &[Attachment {
                name: "hello.txt".into(),
                bytes: b"hi\n".to_vec(),
            }],
        )
        .unwrap();
        assert_eq!(String::from_utf8(bytes.clone()).unwrap(), documented);
        assert!(doc.contains(&sha256_hex(&bytes)));
        assert!(doc.contains(&id.fingerprint().grouped()));
        assert!(doc.contains(&data_encoding::BASE64.encode(&id.public().signing)));
        let v = verify(documented.as_bytes(), &Limits::default(), |_| {
            Some(id.public())
        })
        .unwrap();
        assert_eq!(v.open(&id).unwrap().attachments[0].1, b"hi\n");
    }
}
