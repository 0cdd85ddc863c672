//! Search that forgives typing slips. A query that finds nothing as typed has each word
//! that may hold a slip widened to the words of the index it may have been meant as
//! (found by the vocabulary's keys, checked by edit distance, nearest and most used
//! first), and a word that matches nothing and was meant as nothing is left out, as
//! "dose" is from "Moscow Dose Not Believe in Tears". A query that finds anything as typed
//! is taken as typed: every one of its words is in the index, so none is suspected.

use crate::Error;
use caravan_store::search::{self, vocabulary};
use caravan_store::Db;
use caravan_text::Spelling;

/// The most words one typed word is widened to, nearest first. Every word one slip from a
/// typed one fits in all but the densest vocabularies, and the FTS5 query stays small.
const MEANT_AT_MOST: usize = 8;

/// The FTS5 query for what `query` may have been meant as, or None when it would ask for
/// nothing more than the query as typed.
pub(super) fn forgiving_query(db: &Db<'_>, query: &str) -> Result<Option<String>, Error> {
    let words = caravan_text::query_words(query);
    let mut groups = Vec::with_capacity(words.len());
    let mut widened = false;
    for (i, typed) in words.iter().enumerate() {
        // The last word may still be being typed, so it is a prefix, as in the plain query.
        let last = i + 1 == words.len();
        let as_typed = Spelling {
            word: typed.clone(),
            prefix: last,
        };
        let sought = caravan_text::slips_sought(typed);
        if sought == 0 {
            groups.push(vec![as_typed]);
            continue;
        }
        let candidates = vocabulary::candidates(db, typed, sought)?;
        let mut present = candidates.iter().any(|(word, _)| word == typed);
        // Every word of the index that forgives slips is in the vocabulary; whether a
        // shorter word or the beginning of a word is in the index, only the index knows.
        if !present && (last || caravan_text::slips_forgiven(typed) == 0) {
            present = caravan_text::fts5_any_of(&[vec![as_typed.clone()]])
                .map(|alone| search::matches_any(db, &alone))
                .transpose()?
                .unwrap_or(false);
        }
        let meant = meant_as(typed, candidates);
        let mut group = Vec::with_capacity(meant.len() + 1);
        if present {
            group.push(as_typed);
        }
        widened |= !present || !meant.is_empty();
        group.extend(meant.into_iter().map(|word| Spelling {
            word,
            prefix: false,
        }));
        if !group.is_empty() {
            groups.push(group);
        }
    }
    Ok(if widened {
        caravan_text::fts5_any_of(&groups)
    } else {
        None
    })
}

/// The candidates `typed` is a slip of, fewest slips first, then the most used.
fn meant_as(typed: &str, candidates: Vec<(String, i64)>) -> Vec<String> {
    let mut meant: Vec<(u8, i64, String)> = candidates
        .into_iter()
        .filter_map(|(word, docs)| {
            caravan_text::slips_between(typed, &word).map(|slips| (slips, -docs, word))
        })
        .collect();
    meant.sort_unstable();
    meant.truncate(MEANT_AT_MOST);
    meant.into_iter().map(|(_, _, word)| word).collect()
}
