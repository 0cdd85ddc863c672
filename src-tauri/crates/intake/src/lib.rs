//! Reading what festivals receive, without touching the store: FilmFreeway submission
//! exports ([`filmfreeway`]) and DDEX ERN release messages ([`ddex`]). Each reader turns a
//! file into plain records, or into rejections that name the line and column (or element)
//! and carry a stable code; the core decides what to store.

mod csv_file;
pub mod ddex;
pub mod filmfreeway;
mod title_language;
mod vocabulary;
