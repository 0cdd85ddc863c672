//! Member cards: who a member is and which keys speak for it, signed by those keys. A
//! card is a small JSON file:
//!
//! ```json
//! {"format":"caravan-card/1","card":"{…the card's fields, as a JSON string…}",
//!  "signature":"base64 Ed25519 by the card's own key over the card string",
//!  "rotation":"base64 Ed25519 by the previous key over the same string, when it replaces one"}
//! ```
//!
//! The fields are carried as a string so the bytes signed are the bytes read. A card that
//! names new keys for a member already known is taken only when the member's old key
//! signed it too (`replaces` and `rotation`): a newer card signed by the old key rotates
//! the keys.

use crate::{ExchangeError, Fingerprint, Identity, PublicKeys};
use serde::{Deserialize, Serialize};

/// The cards this Caravan writes and reads.
pub const FORMAT: &str = "caravan-card/1";

/// What a card says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardFields {
    pub name: String,
    /// The member's slug.
    pub member: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// BCP 47 tags of the languages the member works in.
    pub languages: Vec<String>,
    /// Base64 of the Ed25519 verifying key.
    pub signing_key: String,
    /// The age X25519 recipient, `age1…`.
    pub age_recipient: String,
    /// Milliseconds since 1970; a card is replaced only by a newer one.
    pub issued_at: i64,
    /// The fingerprint of the key this card's key replaces.
    #[serde(default)]
    pub replaces: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct CardFile {
    format: String,
    card: String,
    signature: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rotation: Option<String>,
}

/// A card whose own signature has been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub fields: CardFields,
    pub keys: PublicKeys,
    /// The file as it was read, to store and to pass on.
    pub bytes: Vec<u8>,
    signed: Vec<u8>,
    rotation: Option<Vec<u8>>,
}

impl Card {
    /// Writes and signs a card for `identity`; `previous` is the identity whose key this
    /// one replaces, when rotating.
    pub fn issue(
        identity: &Identity,
        name: &str,
        member: &str,
        country: Option<&str>,
        languages: &[String],
        issued_at: i64,
        previous: Option<&Identity>,
    ) -> Result<Card, ExchangeError> {
        let keys = identity.public();
        let fields = CardFields {
            name: name.to_owned(),
            member: member.to_owned(),
            country: country.map(str::to_owned),
            languages: languages.to_vec(),
            signing_key: data_encoding::BASE64.encode(&keys.signing),
            age_recipient: keys.age.clone(),
            issued_at,
            replaces: previous.map(|p| p.fingerprint().as_str().to_owned()),
        };
        let card = serde_json::to_string(&fields)
            .map_err(|e| ExchangeError::CardMalformed(e.to_string()))?;
        let file = CardFile {
            format: FORMAT.to_owned(),
            signature: data_encoding::BASE64.encode(&identity.sign(card.as_bytes())),
            rotation: previous.map(|p| data_encoding::BASE64.encode(&p.sign(card.as_bytes()))),
            card,
        };
        let bytes = serde_json::to_vec_pretty(&file)
            .map_err(|e| ExchangeError::CardMalformed(e.to_string()))?;
        Card::read(&bytes)
    }

    /// Reads a card and checks it is signed by the key it names.
    pub fn read(bytes: &[u8]) -> Result<Card, ExchangeError> {
        let bad = |what: &str| ExchangeError::CardMalformed(what.to_owned());
        if bytes.len() > 64 * 1024 {
            return Err(bad("over 64 KiB"));
        }
        let file: CardFile = serde_json::from_slice(bytes).map_err(|e| bad(&e.to_string()))?;
        if file.format != FORMAT {
            return Err(bad(&format!("format {}", file.format)));
        }
        let fields: CardFields =
            serde_json::from_str(&file.card).map_err(|e| bad(&e.to_string()))?;
        let signing: [u8; 32] = data_encoding::BASE64
            .decode(fields.signing_key.as_bytes())
            .ok()
            .and_then(|k| k.try_into().ok())
            .ok_or_else(|| bad("signing key"))?;
        let keys = PublicKeys {
            signing,
            age: fields.age_recipient.clone(),
        };
        keys.recipient()?;
        let signature = data_encoding::BASE64
            .decode(file.signature.as_bytes())
            .map_err(|_| ExchangeError::CardBadSignature)?;
        if !keys.verify(file.card.as_bytes(), &signature) {
            return Err(ExchangeError::CardBadSignature);
        }
        if fields.member.is_empty() || fields.name.trim().is_empty() {
            return Err(bad("no member or no name"));
        }
        let rotation = file
            .rotation
            .as_deref()
            .map(|r| data_encoding::BASE64.decode(r.as_bytes()))
            .transpose()
            .map_err(|_| ExchangeError::CardBadSignature)?;
        Ok(Card {
            fields,
            keys,
            bytes: bytes.to_vec(),
            signed: file.card.into_bytes(),
            rotation,
        })
    }

    pub fn fingerprint(&self) -> Fingerprint {
        self.keys.fingerprint()
    }

    /// Whether this card may replace `current`, the card already held for its member:
    /// the same keys and a newer date, or new keys its old key signed over.
    pub fn may_replace(&self, current: &Card) -> Result<(), ExchangeError> {
        if self.fields.issued_at <= current.fields.issued_at {
            return Err(ExchangeError::CardMalformed(
                "not newer than the card already held".to_owned(),
            ));
        }
        if self.keys == current.keys {
            return Ok(());
        }
        let rotated = self.fields.replaces.as_deref() == Some(current.fingerprint().as_str())
            && self
                .rotation
                .as_deref()
                .is_some_and(|sig| current.keys.verify(&self.signed, sig));
        if rotated {
            Ok(())
        } else {
            Err(ExchangeError::CardNotARotation(self.fields.member.clone()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> Identity {
        Identity::from_secret([n; 64]).unwrap()
    }

    #[test]
    fn a_card_reads_back_and_a_forged_one_does_not() {
        let card = Card::issue(
            &id(1),
            "Tbilisi IFF",
            "tbilisi",
            Some("GE"),
            &["ka".into()],
            10,
            None,
        )
        .unwrap();
        let again = Card::read(&card.bytes).unwrap();
        assert_eq!(again.fields.member, "tbilisi");
        assert_eq!(again.fingerprint(), id(1).fingerprint());
        let forged = String::from_utf8(card.bytes.clone())
            .unwrap()
            .replace("Tbilisi IFF", "Tbilisi FF");
        assert_eq!(
            Card::read(forged.as_bytes()).unwrap_err().code(),
            "card-bad-signature"
        );
    }

    #[test]
    fn new_keys_need_the_old_key_to_sign_them() {
        let first = Card::issue(&id(1), "Tbilisi IFF", "tbilisi", None, &[], 10, None).unwrap();
        let rotated = Card::issue(
            &id(2),
            "Tbilisi IFF",
            "tbilisi",
            None,
            &[],
            20,
            Some(&id(1)),
        )
        .unwrap();
        rotated.may_replace(&first).unwrap();
        let hijack = Card::issue(&id(3), "Tbilisi IFF", "tbilisi", None, &[], 30, None).unwrap();
        assert_eq!(
            hijack.may_replace(&first).unwrap_err().code(),
            "card-not-a-rotation"
        );
        let wrong_old = Card::issue(
            &id(3),
            "Tbilisi IFF",
            "tbilisi",
            None,
            &[],
            30,
            Some(&id(4)),
        )
        .unwrap();
        assert_eq!(
            wrong_old.may_replace(&first).unwrap_err().code(),
            "card-not-a-rotation"
        );
        let older = Card::issue(&id(1), "Tbilisi", "tbilisi", None, &[], 5, None).unwrap();
        assert!(older.may_replace(&first).is_err());
    }
}
