//! Sort keys: bytes that order titles as a reader of one language expects (CLDR's
//! collation for that language, through ICU4X's `icu_collator`) when compared byte by
//! byte, so the store can keep them in an index and sort 100,000 titles without calling
//! back into Rust.
//!
//! A sort key depends on the collation data, so keys made by one version of ICU4X are
//! not comparable with another's: [`COLLATION_VERSION`] names the data, and the core
//! rebuilds stored keys when it changes.

use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale::Locale;

/// Names the collation data the keys were made with; stored keys made under another
/// name must be made again.
pub const COLLATION_VERSION: &str = "icu_collator-2.4";

/// One language's collation.
#[derive(Debug)]
pub struct Collation {
    collator: CollatorBorrowed<'static>,
}

impl Collation {
    /// The collation of `locale` (a BCP 47 tag); a tag ICU does not read, or a language
    /// CLDR has no tailoring for, gets the root collation.
    pub fn new(locale: &str) -> Self {
        let prefs: CollatorPreferences = Locale::try_from_str(locale)
            .map(|l| (&l).into())
            .unwrap_or_default();
        let collator = CollatorBorrowed::try_new(prefs, CollatorOptions::default())
            .or_else(|_| CollatorBorrowed::try_new(Default::default(), CollatorOptions::default()))
            .expect("the root collation is compiled into icu_collator");
        Collation { collator }
    }

    /// The sort key of `text`.
    pub fn key(&self, text: &str) -> Vec<u8> {
        let mut key = Vec::with_capacity(text.len() * 3);
        // Writing into a Vec cannot fail.
        let Ok(()) = self.collator.write_sort_key_to(text, &mut key);
        key
    }

    /// Compares two texts as their keys would.
    pub fn compare(&self, a: &str, b: &str) -> std::cmp::Ordering {
        self.collator.compare(a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(locale: &str, words: &[&str]) -> Vec<String> {
        let c = Collation::new(locale);
        let mut keyed: Vec<(Vec<u8>, &str)> = words.iter().map(|w| (c.key(w), *w)).collect();
        keyed.sort();
        keyed.into_iter().map(|(_, w)| w.to_owned()).collect()
    }

    #[test]
    fn keys_order_as_the_collator_compares() {
        let c = Collation::new("fr");
        for (a, b) in [
            ("cote", "côte"),
            ("Émile", "Eve"),
            ("zèbre", "Zurich"),
            ("a", "B"),
        ] {
            assert_eq!(c.key(a).cmp(&c.key(b)), c.compare(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn accents_and_case_do_not_send_a_title_to_the_end() {
        assert_eq!(
            sorted("en-US", &["Zorro", "Émile", "apple", "Banana"]),
            ["apple", "Banana", "Émile", "Zorro"]
        );
    }

    #[test]
    fn spanish_sorts_n_tilde_after_n() {
        assert_eq!(
            sorted("es", &["ñandú", "oso", "nube"]),
            ["nube", "ñandú", "oso"]
        );
    }

    #[test]
    fn chinese_sorts_by_pinyin_and_russian_puts_cyrillic_first() {
        // 北京 běijīng, 上海 shànghǎi, 西安 xī'ān
        assert_eq!(
            sorted("zh-CN", &["西安", "上海", "北京"]),
            ["北京", "上海", "西安"]
        );
        assert_eq!(sorted("ru", &["Zorro", "Андрей"]), ["Андрей", "Zorro"]);
        assert_eq!(sorted("en-US", &["Андрей", "Zorro"]), ["Zorro", "Андрей"]);
    }
}
