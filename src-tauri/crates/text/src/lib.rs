//! Text for search and for matching duplicates, in any script.
//!
//! Caravan keeps titles, names and notes written in many languages and scripts. This crate
//! turns such text into a form where the differences a searcher does not care about are gone,
//! and splits it into words that SQLite's full-text index can store.
//!
//! # Folding
//!
//! [`fold`] applies these rules, in order:
//!
//! 1. Unicode compatibility composition (NFKC): full-width letters and digits become ASCII,
//!    ligatures such as "ﬁ" are split, presentation forms become ordinary letters.
//! 2. Lower case.
//! 3. Latin, Greek and Cyrillic letters lose their accents: characters in those scripts'
//!    blocks (U+0000–U+052F and U+1E00–U+1FFF) are decomposed and their combining marks
//!    dropped, so "Amélie" becomes "amelie", "ё" becomes "е", "й" becomes "и" and "Άλφα"
//!    becomes "αλφα". A few letters that carry their stroke inside the shape are replaced by
//!    their base letter too: "ß" → "ss", "ł" → "l", "ø" → "o", "đ" → "d", "ħ" → "h",
//!    "ı" → "i", "æ" → "ae", "œ" → "oe". Final sigma "ς" becomes "σ".
//! 4. Arabic: vowel signs, tanwin, shadda, sukun, superscript alef, Quranic annotation signs
//!    and the tatweel are removed; alef with hamza or madda and alef wasla become a bare alef,
//!    "ى" becomes "ي", "ة" becomes "ه", "ؤ" becomes "و", "ئ" becomes "ي"; the Persian "ی" and
//!    "ک" become the Arabic "ي" and "ك"; Arabic-Indic and Persian digits become ASCII digits.
//! 5. Hebrew vowel points and cantillation marks are removed.
//! 6. Traditional Chinese characters become their simplified form, one character at a time,
//!    so that a search gives the same answer whatever the neighbouring characters are.
//! 7. Invisible characters that only affect display (soft hyphen, zero-width joiner and
//!    non-joiner, word joiner, byte order mark, variation selectors) and stray combining
//!    diacritics are removed.
//!
//! Hangul syllables and kana are left composed, and the vowel signs of Thai, Devanagari,
//! Bengali, Tamil and the other scripts of South and South-East Asia are kept: they are part
//! of the spelling, not accents.
//!
//! # Words
//!
//! [`index_text`] folds and then splits the text into words separated by single spaces:
//!
//! * Han characters, hiragana, katakana and Hangul are written without spaces between words,
//!   so each character is its own word; a search for several of them asks for them side by
//!   side, which finds any word inside a title without a dictionary.
//! * Thai, Lao, Khmer and Myanmar are also written without spaces, but their characters are
//!   not words on their own, so runs of these scripts are split with the Unicode word
//!   segmenter and its dictionaries.
//! * All other text is split on every character that is not a letter, a mark or a number:
//!   spaces, punctuation, apostrophes and hyphens all separate words.
//!
//! The result is meant for an SQLite FTS5 table declared with
//! `tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"`: that tokenizer
//! reads exactly the same words back from it.
//!
//! [`fts5_query`] turns what somebody typed into a search box into an FTS5 `MATCH` expression
//! built from the same words, so a query and a title meet in the middle.
//!
//! # Typing slips
//!
//! A word of five letters or more typed with a slip (a letter inserted, deleted, replaced,
//! or two neighbours swapped) is still the word it was meant as, and one of nine letters
//! or more forgives two: [`slips_forgiven`] says how many a word of the index forgives,
//! [`slips_between`] whether a typed word is within them, and [`fts5_any_of`] asks for any
//! of the words a typed word may have been meant as. Finding those words is the search
//! index's work.
//!
//! # Matching across scripts
//!
//! [`romanize`] writes any text in Latin letters, [`match_key`] reduces a title to a key of
//! letters and digits, and [`similarity`] scores two keys, so "霸王别姬", "霸王別姬" and
//! "Ba Wang Bie Ji" can be recognised as the same film.

mod collation;
mod slips;
pub use collation::{Collation, COLLATION_VERSION};
pub use slips::{
    fts5_any_of, is_spelled, query_words, slips_between, slips_forgiven, slips_sought, Spelling,
};

use std::sync::LazyLock;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// The word segmenter for Thai, Lao, Khmer and Myanmar, built once. The dictionary model is
/// used rather than the neural one: it is faster and splits a word the same way whether it
/// stands alone in a query or inside a longer title.
static SEGMENTER: LazyLock<WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()));

/// Folds text for matching.
///
/// Case, accents on Latin, Greek and Cyrillic letters, Arabic and Hebrew vowel marks, Arabic
/// letter variants, full-width forms and traditional Chinese characters are all folded away,
/// as the crate documentation describes. Everything else, spaces and punctuation included,
/// is kept.
///
/// ```
/// assert_eq!(caravan_text::fold("Le Fabuleux Destin d'Amélie"), "le fabuleux destin d'amelie");
/// assert_eq!(caravan_text::fold("霸王別姬"), "霸王别姬");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        out.extend(text.chars().map(|c| c.to_ascii_lowercase()));
        return out;
    }
    for c in text.nfkc() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                fold_char(lower, &mut out);
            }
        }
    }
    out
}

/// Appends the folded form of one lower-case, NFKC-normalised character.
fn fold_char(c: char, out: &mut String) {
    let code = u32::from(c);
    if is_dropped(code) {
        return;
    }
    match c {
        // Latin, Greek and Cyrillic letters with a stroke or a special shape.
        'ß' => out.push_str("ss"),
        'ς' => out.push('σ'),
        'ł' => out.push('l'),
        'ø' => out.push('o'),
        'đ' => out.push('d'),
        'ħ' => out.push('h'),
        'ı' => out.push('i'),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        // Arabic letter variants.
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ئ' | 'ی' => out.push('ي'),
        'ة' => out.push('ه'),
        'ؤ' => out.push('و'),
        'ک' => out.push('ك'),
        // Arabic-Indic and Persian digits.
        '\u{0660}'..='\u{0669}' => push_digit(code - 0x0660, out),
        '\u{06F0}'..='\u{06F9}' => push_digit(code - 0x06F0, out),
        _ if code <= 0x052F || (0x1E00..=0x1FFF).contains(&code) => {
            decompose_canonical(c, |part| {
                if !is_combining_mark(part) {
                    out.push(part);
                }
            });
        }
        _ if is_han(code) => out.push(simplify(c)),
        _ => out.push(c),
    }
}

/// Whether folding removes this character altogether.
fn is_dropped(code: u32) -> bool {
    matches!(
        code,
        // Soft hyphen, zero-width non-joiner and joiner, word joiner, byte order mark.
        0x00AD | 0x200C | 0x200D | 0x2060 | 0xFEFF
        // Combining diacritics outside the Latin, Greek and Cyrillic blocks.
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        // Variation selectors.
        | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF
        // Arabic marks and the tatweel.
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640
        // Hebrew points and cantillation marks (but not the maqaf and other punctuation).
        | 0x0591..=0x05BD | 0x05BF | 0x05C1 | 0x05C2 | 0x05C4 | 0x05C5 | 0x05C7
    )
}

/// Appends an ASCII digit.
fn push_digit(value: u32, out: &mut String) {
    if let Some(digit) = char::from_digit(value, 10) {
        out.push(digit);
    }
}

/// Whether a code point is a Han character that the traditional-to-simplified table may cover.
fn is_han(code: u32) -> bool {
    matches!(code, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// The simplified form of one Han character, or the character itself.
fn simplify(c: char) -> char {
    let mut buf = [0u8; 4];
    fast2s::convert(c.encode_utf8(&mut buf))
        .chars()
        .next()
        .unwrap_or(c)
}

/// The folded text as space-separated tokens, ready for the FTS5 index.
///
/// ```
/// assert_eq!(caravan_text::index_text("Ёжик в тумане"), "ежик в тумане");
/// assert_eq!(caravan_text::index_text("霸王別姬 (1993)"), "霸 王 别 姬 1993");
/// ```
pub fn index_text(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len() + folded.len() / 2);
    for_each_token(&folded, |token| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(token);
    });
    out
}

/// A search box query as FTS5 MATCH syntax, or None when it has no searchable characters.
///
/// Each whitespace-separated part of the query becomes one quoted phrase of its words, so
/// the words of a part must appear side by side; the parts are joined by spaces, so all of
/// them must appear. The last word of the last phrase is a prefix, so results appear while
/// the user is still typing. Nothing the user types is read as FTS5 syntax.
///
/// ```
/// assert_eq!(caravan_text::fts5_query("Amélie poul").as_deref(), Some(r#""amelie" "poul"*"#));
/// assert_eq!(caravan_text::fts5_query("霸王").as_deref(), Some(r#""霸 王"*"#));
/// assert_eq!(caravan_text::fts5_query(" -- ?! "), None);
/// ```
pub fn fts5_query(query: &str) -> Option<String> {
    let mut out = String::with_capacity(query.len() * 2 + 4);
    for chunk in query.split_whitespace() {
        let folded = fold(chunk);
        let start = out.len();
        if start > 0 {
            out.push(' ');
        }
        out.push('"');
        let mut empty = true;
        for_each_token(&folded, |token| {
            if !empty {
                out.push(' ');
            }
            empty = false;
            for c in token.chars() {
                if c == '"' {
                    out.push('"');
                }
                out.push(c);
            }
        });
        if empty {
            out.truncate(start);
        } else {
            out.push('"');
        }
    }
    if out.is_empty() {
        None
    } else {
        out.push('*');
        Some(out)
    }
}

/// How a character takes part in splitting text into words.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A letter, mark or number of a script that separates its words with spaces.
    Word,
    /// A Han, kana or Hangul character: a word on its own.
    Ideograph,
    /// A character of Thai, Lao, Khmer or Myanmar: words are found with a dictionary.
    Complex,
}

/// How a character takes part in splitting, or None for a separator.
pub(crate) fn kind_of(c: char) -> Option<Kind> {
    let code = u32::from(c);
    if is_complex_script(code) {
        Some(Kind::Complex)
    } else if !is_token_char(c) {
        None
    } else if is_ideographic(code) {
        Some(Kind::Ideograph)
    } else {
        Some(Kind::Word)
    }
}

/// Whether the FTS5 tokenizer, configured with the categories `L* N* Co M*`, keeps this
/// character inside a word.
fn is_token_char(c: char) -> bool {
    let code = u32::from(c);
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Enclosed and squared letters are symbols to SQLite, although Unicode counts them as
    // alphabetic.
    if (0x1F130..=0x1F189).contains(&code) {
        return false;
    }
    c.is_alphanumeric()
        || is_combining_mark(c)
        || matches!(code, 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x10_0000..=0x10_FFFD)
}

/// Whether a code point belongs to a script written without spaces whose every character is
/// a word: Han (with its iteration and numeral signs), hiragana, katakana and Hangul.
fn is_ideographic(code: u32) -> bool {
    matches!(
        code,
        0x1100..=0x11FF // Hangul jamo
        | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3038..=0x303B // Han marks and numerals
        | 0x3040..=0x30FF // hiragana, katakana
        | 0x3130..=0x318F // Hangul compatibility jamo
        | 0x31F0..=0x31FF // katakana phonetic extensions
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF // Han
        | 0xA960..=0xA97F // Hangul jamo extended A
        | 0xAC00..=0xD7FF // Hangul syllables, jamo extended B
        | 0xF900..=0xFAFF // Han compatibility
        | 0xFF66..=0xFF9F | 0xFFA0..=0xFFDC // half-width katakana and Hangul
        | 0x1AFF0..=0x1B16F // kana supplement and extensions
        | 0x20000..=0x323AF // Han extensions B to H
    )
}

/// Whether a code point belongs to Thai, Lao, Myanmar or Khmer.
fn is_complex_script(code: u32) -> bool {
    matches!(
        code,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF | 0x19E0..=0x19FF // Khmer
        | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F // Myanmar extensions
    )
}

/// Calls `emit` with each word of folded text, in order.
pub(crate) fn for_each_token(folded: &str, mut emit: impl FnMut(&str)) {
    let mut current: Option<(usize, Kind)> = None;
    for (index, c) in folded.char_indices() {
        let kind = kind_of(c);
        if let Some((start, current_kind)) = current {
            // A combining mark belongs to the character before it, whatever its script.
            if kind.is_some() && is_combining_mark(c) {
                continue;
            }
            if kind == Some(current_kind) && current_kind != Kind::Ideograph {
                continue;
            }
            emit_run(&folded[start..index], current_kind, &mut emit);
        }
        current = kind.map(|kind| (index, kind));
    }
    if let Some((start, kind)) = current {
        emit_run(&folded[start..], kind, &mut emit);
    }
}

/// Emits the words of one run of characters of the same kind.
fn emit_run(run: &str, kind: Kind, emit: &mut impl FnMut(&str)) {
    if kind != Kind::Complex {
        emit(run);
        return;
    }
    let mut previous = 0;
    for boundary in SEGMENTER.segment_str(run) {
        if boundary > previous {
            for word in run[previous..boundary].split(|c: char| !is_token_char(c)) {
                if !word.is_empty() {
                    emit(word);
                }
            }
        }
        previous = boundary;
    }
}

/// Latin-script rendering of any text, folded, for matching across scripts.
///
/// The text is folded, each character is replaced by its usual Latin transliteration, and
/// the result is lower-cased with runs of white space reduced to single spaces. Characters
/// without a known transliteration are kept as they are.
///
/// ```
/// assert_eq!(caravan_text::romanize("霸王別姬"), "ba wang bie ji");
/// assert_eq!(caravan_text::romanize("Ёжик в тумане"), "ezhik v tumane");
/// ```
pub fn romanize(text: &str) -> String {
    let folded = fold(text);
    let mut latin = String::with_capacity(folded.len() * 2);
    for c in folded.chars() {
        if c.is_ascii() {
            latin.push(c);
        } else {
            match deunicode::deunicode_char(c) {
                Some(rendering) => latin.push_str(rendering),
                None => latin.push(c),
            }
        }
    }
    latin.make_ascii_lowercase();
    join_words(latin.split_whitespace(), latin.len())
}

/// Joins words with single spaces.
fn join_words<'a>(words: impl Iterator<Item = &'a str>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    for word in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A key for comparing titles across scripts and romanisations.
///
/// The text is romanised and folded, everything but letters and digits becomes a space, and
/// words are separated by single spaces.
///
/// ```
/// assert_eq!(caravan_text::match_key("Les Misérables!"), "les miserables");
/// assert_eq!(caravan_text::match_key("霸王别姬"), caravan_text::match_key("Ba Wang Bie Ji"));
/// ```
pub fn match_key(text: &str) -> String {
    let latin = romanize(text);
    join_words(
        latin
            .split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
            .filter(|word| !word.is_empty()),
        latin.len(),
    )
}

/// Leading words dropped before comparing titles: articles in the languages of most
/// submissions.
const ARTICLES: &[&str] = &[
    "the", "a", "an", "le", "la", "les", "l", "el", "los", "las", "der", "die", "das", "den", "il",
    "lo", "gli", "un", "une", "una", "uno", "het", "o", "os",
];

/// How alike two match keys are, from 0.0 (nothing in common) to 1.0 (the same title).
///
/// Both arguments should be [`match_key`] results. A leading article ("the", "le", "la",
/// "el", "der" and the like) is ignored, and the score is the best normalised Levenshtein
/// similarity of three readings of the keys: as written, with their words sorted (so word
/// order does not matter), and with spaces removed (so "Bawang Bieji" meets
/// "ba wang bie ji"). Edit distance is used rather than Jaro-Winkler or a token-set ratio,
/// which rate sequels ("Alien", "Alien 3") and titles sharing a first word ("Star Wars",
/// "Star Trek") as near duplicates. Equal keys score 1.0; an empty key scores 0.0 against
/// anything.
///
/// ```
/// use caravan_text::{match_key, similarity};
/// assert!(similarity(&match_key("霸王别姬"), &match_key("Ba Wang Bie Ji")) > 0.9);
/// assert!(similarity(&match_key("The Godfather"), &match_key("Amélie")) < 0.5);
/// ```
pub fn similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let words_a = significant_words(a);
    let words_b = significant_words(b);
    let as_written = strsim::normalized_levenshtein(&words_a.join(" "), &words_b.join(" "));
    let sorted = strsim::normalized_levenshtein(&sorted_words(&words_a), &sorted_words(&words_b));
    let unspaced = strsim::normalized_levenshtein(&words_a.concat(), &words_b.concat());
    as_written.max(sorted).max(unspaced).clamp(0.0, 1.0)
}

/// The words of a key without a leading article (unless the article is the only word).
fn significant_words(key: &str) -> Vec<&str> {
    let mut words: Vec<&str> = key.split_whitespace().collect();
    if words.len() > 1 && ARTICLES.contains(&words[0]) {
        words.remove(0);
    }
    words
}

/// Words sorted and joined by spaces.
fn sorted_words(words: &[&str]) -> String {
    let mut sorted = words.to_vec();
    sorted.sort_unstable();
    sorted.join(" ")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn fold_latin_greek_cyrillic() {
        assert_eq!(fold("Amélie"), "amelie");
        assert_eq!(fold("AMÉLIE"), "amelie");
        assert_eq!(fold("Ёжик"), "ежик");
        assert_eq!(fold("й"), "и");
        assert_eq!(fold("Άλφα"), "αλφα");
        assert_eq!(fold("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Mùa hè chiều thẳng đứng"), "mua he chieu thang dung");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn fold_compatibility_forms() {
        assert_eq!(fold("ＡＭＥＬＩＥ　２０４６"), "amelie 2046");
        assert_eq!(fold("ﬁlm"), "film");
        assert_eq!(fold("ｶﾞｷ"), "ガキ");
    }

    #[test]
    fn fold_arabic() {
        assert_eq!(fold("مَدْرَسَةٌ"), "مدرسه");
        assert_eq!(fold("مدرسة"), fold("مدرسه"));
        assert_eq!(fold("أحمد"), "احمد");
        assert_eq!(fold("إسلام آمن ٱلله"), "اسلام امن الله");
        assert_eq!(fold("مصطفى"), "مصطفي");
        assert_eq!(fold("مؤمن رئيس"), "مومن رييس");
        assert_eq!(fold("کتاب ایران"), "كتاب ايران");
        assert_eq!(fold("جـــميل"), "جميل");
        assert_eq!(fold("٢٠٤٦ ۲۰۴۶"), "2046 2046");
    }

    #[test]
    fn fold_hebrew() {
        assert_eq!(fold("שָׁלוֹם"), "שלום");
        // The maqaf is punctuation and stays.
        assert_eq!(fold("בֵּית־לֶחֶם"), "בית־לחם");
    }

    #[test]
    fn fold_chinese_keeps_other_scripts() {
        assert_eq!(fold("霸王別姬"), "霸王别姬");
        assert_eq!(fold("臥虎藏龍"), "卧虎藏龙");
        assert_eq!(fold("기생충"), "기생충");
        assert_eq!(fold("千と千尋の神隠し"), "千と千寻の神隠し");
        assert_eq!(fold("ภาพยนตร์ไทย"), "ภาพยนตร์ไทย");
        assert_eq!(fold("दिलवाले दुल्हनिया"), "दिलवाले दुल्हनिया");
        assert_eq!(fold("பராசக்தி"), "பராசக்தி");
        assert_eq!(fold("পথের পাঁচালী"), "পথের পাঁচালী");
    }

    #[test]
    fn fold_drops_invisible_characters() {
        assert_eq!(fold("co\u{00AD}operate"), "cooperate");
        assert_eq!(fold("a\u{FE0F}b\u{200D}c"), "abc");
    }

    #[test]
    fn tokens_by_script() {
        assert_eq!(
            index_text("Le Fabuleux Destin d'Amélie Poulain"),
            "le fabuleux destin d amelie poulain"
        );
        assert_eq!(
            index_text("Spider-Man: No Way Home"),
            "spider man no way home"
        );
        assert_eq!(index_text("霸王别姬"), "霸 王 别 姬");
        assert_eq!(index_text("千と千尋の神隠し"), "千 と 千 寻 の 神 隠 し");
        assert_eq!(index_text("기생충 (Parasite)"), "기 생 충 parasite");
        assert_eq!(index_text("2046年"), "2046 年");
        assert_eq!(index_text("ฟ้าทะลายโจร"), "ฟ้า ทะลาย โจร");
        assert_eq!(index_text("ภาพยนตร์ไทย"), "ภาพยนตร์ ไทย");
        assert_eq!(index_text("दिलवाले दुल्हनिया ले जाएंगे"), "दिलवाले दुल्हनिया ले जाएंगे");
        assert_eq!(index_text("  ...  "), "");
        assert_eq!(index_text(""), "");
    }

    #[test]
    fn combining_marks_stay_with_their_character() {
        // A kana voicing mark that did not compose stays with its character.
        assert_eq!(index_text("\u{3094}\u{3099}"), "\u{3094}\u{3099}");
    }

    #[test]
    fn queries() {
        assert_eq!(fts5_query("amelie").as_deref(), Some("\"amelie\"*"));
        assert_eq!(
            fts5_query("Amélie  Poulain").as_deref(),
            Some("\"amelie\" \"poulain\"*")
        );
        assert_eq!(fts5_query("d'Amélie").as_deref(), Some("\"d amelie\"*"));
        assert_eq!(fts5_query("霸王別姬").as_deref(), Some("\"霸 王 别 姬\"*"));
        assert_eq!(
            fts5_query("title: NEAR(a b)").as_deref(),
            Some("\"title\" \"near a\" \"b\"*")
        );
        assert_eq!(fts5_query("\"x\" ! ?").as_deref(), Some("\"x\"*"));
        assert_eq!(fts5_query("?!... --- \"\""), None);
        assert_eq!(fts5_query(""), None);
        assert_eq!(fts5_query("   "), None);
    }

    #[test]
    fn romanized() {
        assert_eq!(romanize("霸王别姬"), "ba wang bie ji");
        assert_eq!(romanize("  Ba   Wang\tBie Ji "), "ba wang bie ji");
        assert_eq!(romanize("Les Misérables"), "les miserables");
        assert!(romanize("기생충").is_ascii());
        assert!(romanize("千と千尋の神隠し").is_ascii());
    }

    #[test]
    fn keys() {
        assert_eq!(match_key("Les Misérables"), match_key("Les miserables"));
        assert_eq!(
            match_key("Spider-Man: No Way Home!"),
            "spider man no way home"
        );
        assert_eq!(match_key("霸王别姬"), "ba wang bie ji");
        assert_eq!(match_key("霸王別姬"), match_key("Ba Wang Bie Ji"));
        assert_eq!(match_key("?!"), "");
    }

    #[test]
    fn similar_titles() {
        let sim = |a: &str, b: &str| similarity(&match_key(a), &match_key(b));
        assert!((sim("Les Misérables", "Les miserables") - 1.0).abs() < 1e-9);
        assert!(sim("霸王别姬", "Ba Wang Bie Ji") > 0.9);
        assert!(sim("霸王别姬", "Bawang Bieji") > 0.9);
        assert!(sim("The Godfather", "Godfather") > 0.9);
        assert!(sim("La Haine", "Haine") > 0.9);
        assert!(sim("In the Mood for Love", "Mood for Love, In the") > 0.9);
        assert!(sim("Amelie", "Amélie.") > 0.9);
    }

    #[test]
    fn unrelated_titles() {
        let sim = |a: &str, b: &str| similarity(&match_key(a), &match_key(b));
        assert!(sim("The Godfather", "Amélie") < 0.5);
        assert!(sim("霸王别姬", "Parasite") < 0.5);
        assert!(sim("Ёжик в тумане", "Spirited Away") < 0.5);
        assert!(sim("Star Wars", "Star Trek") < 0.8);
        assert_eq!(sim("", "Anything"), 0.0);
        assert_eq!(similarity("", ""), 0.0);
    }
}
