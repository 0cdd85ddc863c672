//! Everything that crosses between two copies of Caravan travels in one kind of
//! envelope, over ordinary infrastructure, with no server of ours. This crate is that
//! road, and knows nothing of the database or the window:
//!
//! - [`Identity`]: a profile's signing key (Ed25519) and decryption key (age X25519),
//!   sealed at rest with a passphrase by [`seal`] where no OS keychain answers;
//! - [`Fingerprint`]: a key as two people read it to each other, with check characters;
//! - [`Card`]: a member's name and keys, signed, and rotated only by its old key;
//! - [`envelope`]: the signed, optionally encrypted container, specified in
//!   `docs/envelope.md`;
//! - [`stream`]: each sender's numbered, hash-chained envelopes at an exchange point,
//!   and the reader's position in them;
//! - [`transport`]: a folder or a web server (GET to pull; WebDAV PUT and MOVE to
//!   publish).

pub mod card;
pub mod envelope;
pub mod error;
mod fingerprint;
mod identity;
pub mod seal;
pub mod stream;
pub mod transport;

pub use card::Card;
pub use error::{ExchangeError, Part};
pub use fingerprint::Fingerprint;
pub use identity::{Identity, PublicKeys};
