//! Typing slips: which words a search forgives a slip in, how many, and the FTS5 expression
//! that asks for a word or the words it may have been meant as.
//!
//! A slip is one letter inserted, deleted or replaced, or two neighbours swapped, counted
//! as the optimal string alignment distance does, in characters of the folded word. A word
//! of the index of five to eight letters forgives one slip, a word of nine or more two;
//! shorter words, numbers and words with digits forgive none, since one slip turns them
//! into other words as often as not ("dose", "does"). Only words of scripts that separate
//! words with spaces take part: a Chinese or Japanese character is a word of its own and a
//! Thai word is whatever the segmenter found, so an edit in them is not a slip in a word.
//!
//! The rule is the meant word's, not the typed one's: "bood" is one slip from "blood", a
//! word of five letters, and is corrected to it, while "rmoa" is never taken for "roma".

use crate::{kind_of, Kind};
use unicode_normalization::char::is_combining_mark;

/// Letters from which a word forgives one slip.
const ONE_SLIP: usize = 5;

/// Letters from which a word forgives two slips.
const TWO_SLIPS: usize = 9;

/// Whether a folded word is spelled with letters of a script that puts spaces between its
/// words: the words a slip can be made in.
///
/// ```
/// assert!(caravan_text::is_spelled("сталкер"));
/// assert!(!caravan_text::is_spelled("2046"));
/// assert!(!caravan_text::is_spelled("霸"));
/// ```
pub fn is_spelled(word: &str) -> bool {
    let mut letters = false;
    for c in word.chars() {
        if kind_of(c) != Some(Kind::Word) {
            return false;
        }
        if c.is_alphabetic() {
            letters = true;
        } else if !is_combining_mark(c) {
            return false;
        }
    }
    letters
}

/// How many slips a word of `letters` characters forgives.
fn forgiven_by_length(letters: usize) -> u8 {
    match letters {
        n if n >= TWO_SLIPS => 2,
        n if n >= ONE_SLIP => 1,
        _ => 0,
    }
}

/// How many slips a folded word of the index forgives: a search for it typed with that
/// many slips or fewer still finds it.
///
/// ```
/// assert_eq!(caravan_text::slips_forgiven("roma"), 0);
/// assert_eq!(caravan_text::slips_forgiven("сталкер"), 1);
/// assert_eq!(caravan_text::slips_forgiven("leviathan"), 2);
/// ```
pub fn slips_forgiven(word: &str) -> u8 {
    if is_spelled(word) {
        forgiven_by_length(word.chars().count())
    } else {
        0
    }
}

/// The most slips a typed folded word may hold: the most any word it could be a slip of
/// forgives. A word of seven letters may be a word of nine with two letters left out.
///
/// ```
/// assert_eq!(caravan_text::slips_sought("rom"), 0);
/// assert_eq!(caravan_text::slips_sought("bood"), 1);
/// assert_eq!(caravan_text::slips_sought("leviath"), 2);
/// ```
pub fn slips_sought(word: &str) -> u8 {
    if is_spelled(word) {
        sought_by_length(word.chars().count())
    } else {
        0
    }
}

/// The most slips a typed word of `letters` characters can be from a word that forgives
/// them: a meant word is longer or shorter by no more letters than it forgives slips.
fn sought_by_length(letters: usize) -> u8 {
    let most = usize::from(forgiven_by_length(usize::MAX));
    (letters.saturating_sub(most)..=letters + most)
        .map(|meant| (meant, forgiven_by_length(meant)))
        .filter(|&(meant, slips)| letters.abs_diff(meant) <= usize::from(slips))
        .map(|(_, slips)| slips)
        .max()
        .unwrap_or(0)
}

/// How many slips `typed` holds if it was meant as the index's word `meant`, when that
/// word forgives them; None when it is the word itself or too far from it.
///
/// ```
/// assert_eq!(caravan_text::slips_between("сталлкер", "сталкер"), Some(1));
/// assert_eq!(caravan_text::slips_between("levaithna", "leviathan"), Some(2));
/// assert_eq!(caravan_text::slips_between("rmoa", "roma"), None);
/// ```
pub fn slips_between(typed: &str, meant: &str) -> Option<u8> {
    if typed == meant {
        return None;
    }
    let forgiven = slips_forgiven(meant);
    let letters = typed.chars().count();
    // Each slip changes the length by one letter at most.
    if forgiven == 0 || letters.abs_diff(meant.chars().count()) > usize::from(forgiven) {
        return None;
    }
    let distance = strsim::osa_distance(typed, meant);
    u8::try_from(distance)
        .ok()
        .filter(|&d| d <= forgiven && d > 0)
}

/// The folded words of a search box query, in order, as [`crate::fts5_query`] finds them.
///
/// ```
/// assert_eq!(caravan_text::query_words("d'Amélie  Poulain"), ["d", "amelie", "poulain"]);
/// ```
pub fn query_words(query: &str) -> Vec<String> {
    let mut words = Vec::new();
    crate::for_each_token(&crate::fold(query), |token| words.push(token.to_owned()));
    words
}

/// One way a word of a query may match a word of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    /// A folded word of the index.
    pub word: String,
    /// Whether every word it begins matches too, as the last word of a query does while
    /// it is being typed.
    pub prefix: bool,
}

/// An FTS5 MATCH expression asking for every group and, in each, for any of its spellings;
/// None when no group has one. Groups are joined by an explicit AND: FTS5 reads two terms
/// side by side as both, but not a term beside a parenthesis.
///
/// ```
/// use caravan_text::{fts5_any_of, Spelling};
/// let word = |w: &str, prefix| Spelling { word: w.into(), prefix };
/// let groups = [
///     vec![word("сталкер", false), word("сталкеры", false)],
///     vec![word("42", true)],
/// ];
/// assert_eq!(
///     fts5_any_of(&groups).as_deref(),
///     Some(r#"("сталкер" OR "сталкеры") AND "42"*"#)
/// );
/// ```
pub fn fts5_any_of(groups: &[Vec<Spelling>]) -> Option<String> {
    let mut out = String::new();
    for group in groups.iter().filter(|g| !g.is_empty()) {
        if !out.is_empty() {
            out.push_str(" AND ");
        }
        if group.len() > 1 {
            out.push('(');
        }
        for (i, spelling) in group.iter().enumerate() {
            if i > 0 {
                out.push_str(" OR ");
            }
            out.push('"');
            out.push_str(&spelling.word.replace('"', "\"\""));
            out.push('"');
            if spelling.prefix {
                out.push('*');
            }
        }
        if group.len() > 1 {
            out.push(')');
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_forgive_slips() {
        for (word, slips) in [
            ("roma", 0),
            ("stalk", 1),
            ("сталкер", 1),
            ("თეთრი", 1),
            ("ثلاثية", 1),
            ("ירושלים", 1),
            ("παραδεισοσ", 2),
            ("unbelievable", 2),
            ("123456789", 0),
            ("k19widowmaker", 0),
            ("ภาพยนตร์", 0),
            ("霸王别姬霸王别姬", 0),
            ("दुल्हनिया", 2),
        ] {
            assert_eq!(slips_forgiven(word), slips, "{word}");
        }
    }

    #[test]
    fn slips_sought_reach_every_word_that_forgives_them() {
        for letters in 0usize..40 {
            let reachable = (0..50)
                .filter(|&meant: &usize| {
                    letters.abs_diff(meant) <= usize::from(forgiven_by_length(meant))
                })
                .map(forgiven_by_length)
                .max()
                .unwrap_or(0);
            assert_eq!(sought_by_length(letters), reachable, "{letters} letters");
        }
    }

    #[test]
    fn slips_between_words() {
        for (typed, meant, slips) in [
            ("сталлкер", "сталкер", Some(1)),
            ("стлакер", "сталкер", Some(1)),
            ("bood", "blood", Some(1)),
            ("believe", "believe", None),
            ("levaithan", "leviathan", Some(1)),
            ("levaithna", "leviathan", Some(2)),
            ("levathn", "leviathan", Some(2)),
            ("lvathn", "leviathan", None),
            ("stlkr", "stalker", None),
            ("rmoa", "roma", None),
            ("romaa", "roma", None),
        ] {
            assert_eq!(slips_between(typed, meant), slips, "{typed} for {meant}");
        }
    }

    #[test]
    fn any_of_quotes_every_spelling() {
        let word = |w: &str, prefix| Spelling {
            word: w.into(),
            prefix,
        };
        assert_eq!(fts5_any_of(&[]), None);
        assert_eq!(fts5_any_of(&[vec![]]), None);
        assert_eq!(
            fts5_any_of(&[vec![word("a\"b", true)], vec![]]).as_deref(),
            Some("\"a\"\"b\"*")
        );
    }
}
