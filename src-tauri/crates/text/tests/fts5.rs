#![allow(clippy::unwrap_used)]
//! The words of `index_text` and the queries of `fts5_query` against a real SQLite FTS5 table
//! declared the way the store declares it.

use caravan_text::{fts5_any_of, fts5_query, index_text, Spelling};
use rusqlite::Connection;

/// Titles in many scripts; a test refers to a title by its text.
const TITLES: &[&str] = &[
    "Le Fabuleux Destin d'Amélie Poulain",
    "Ёжик в тумане",
    "مَدْرَسَةُ الْمُشَاغِبِين",
    "مدرسة الحب",
    "مدرسه الفن",
    "أحمد حلمي",
    "احمد زكي",
    "Άλφα Ωμέγα",
    "霸王别姬",
    "臥虎藏龍",
    "千と千尋の神隠し",
    "기생충",
    "ฟ้าทะลายโจร",
    "ពស់កេងកង",
    "ຮັກແທ້ໃນລາວ",
    "ရုပ်ရှင်ကားကြီး",
    "दिलवाले दुल्हनिया ले जाएंगे",
    "In the Mood for Love",
];

/// An in-memory database holding every title, with row id = index in `TITLES` + 1.
fn database() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE VIRTUAL TABLE t USING fts5(title, \
         tokenize = \"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\");
         CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');",
    )
    .unwrap();
    for (index, title) in TITLES.iter().enumerate() {
        conn.execute(
            "INSERT INTO t(rowid, title) VALUES (?1, ?2)",
            (index as i64 + 1, index_text(title)),
        )
        .unwrap();
    }
    conn
}

/// The titles a search box query finds, in title order.
fn search(conn: &Connection, query: &str) -> Vec<&'static str> {
    let Some(expression) = fts5_query(query) else {
        return Vec::new();
    };
    let mut statement = conn
        .prepare("SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid")
        .unwrap();
    let rows = statement
        .query_map([&expression], |row| row.get::<_, i64>(0))
        .unwrap_or_else(|error| panic!("{query:?} as {expression:?}: {error}"));
    rows.map(|row| {
        let rowid = row.unwrap_or_else(|error| panic!("{query:?} as {expression:?}: {error}"));
        TITLES[usize::try_from(rowid - 1).unwrap()]
    })
    .collect()
}

/// Asserts that a query finds the title (among possibly others).
#[track_caller]
fn finds(conn: &Connection, query: &str, title: &str) {
    let found = search(conn, query);
    assert!(
        found.contains(&title),
        "{query:?} ({:?}) should find {title:?}, found {found:?}",
        fts5_query(query)
    );
}

/// Asserts that a query does not find the title.
#[track_caller]
fn misses(conn: &Connection, query: &str, title: &str) {
    let found = search(conn, query);
    assert!(
        !found.contains(&title),
        "{query:?} ({:?}) should not find {title:?}",
        fts5_query(query)
    );
}

/// The words SQLite's tokenizer reads from the text, in order.
fn sqlite_tokens(conn: &Connection, text: &str) -> Vec<String> {
    conn.execute("DELETE FROM t WHERE rowid = 1000", [])
        .unwrap();
    conn.execute(
        "INSERT INTO t(rowid, title) VALUES (1000, ?1)",
        [index_text(text)],
    )
    .unwrap();
    let mut statement = conn
        .prepare("SELECT term FROM v WHERE doc = 1000 ORDER BY offset")
        .unwrap();
    let terms = statement
        .query_map([], |row| row.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    conn.execute("DELETE FROM t WHERE rowid = 1000", [])
        .unwrap();
    terms
}

#[test]
fn sqlite_reads_back_exactly_our_words() {
    let conn = database();
    let samples = [
        "Spider-Man: No Way Home (2021)",
        "ＦＵＬＬ－ＷＩＤＴＨ　２０４６",
        "𝐁𝐨𝐥𝐝 ① ⅻ x²",
        "I ❤️ Paris 🎬 — café!",
        "می‌خواهم",
        "בֵּית־לֶחֶם",
        "ወርቅ ሳይሆን", // Ethiopic
        "ქართული ფილმი",
        "Հայերեն կինո",
        "བོད་ཀྱི་གློག་བརྙན",
        "සිංහල චිත්‍රපටය",
        "പ്രേമം",
        "ਪੰਜਾਬੀ ਫ਼ਿਲਮ",
        "ગુજરાતી",
        "ଓଡ଼ିଆ",
        "ಕನ್ನಡ ಚಿತ್ರ",
        "తెలుగు సినిమా",
        "বাংলা চলচ্চিত্র",
        "தமிழ் திரைப்படம்",
        "ភាពយន្ត\u{200B}ខ្មែរ",
        "𠀀𠀁 漢字 かな カナ ｶﾅ 한국어 ᄀᄂ",
        "\u{E000}private\u{E001}",
        "a\u{0301}\u{0302}b ё й",
        "Þór Æsir Œuvre Ørsted",
        "l'été d’après",
        "",
    ];
    for text in TITLES.iter().chain(samples.iter()) {
        let ours: Vec<String> = index_text(text)
            .split(' ')
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect();
        assert_eq!(sqlite_tokens(&conn, text), ours, "words of {text:?}");
    }
}

#[test]
fn latin_accents_case_and_prefixes() {
    let conn = database();
    let amelie = "Le Fabuleux Destin d'Amélie Poulain";
    finds(&conn, "amelie", amelie);
    finds(&conn, "ame", amelie);
    finds(&conn, "AMÉLIE", amelie);
    finds(&conn, "Amélie Poulain", amelie);
    finds(&conn, "d'amélie", amelie);
    finds(&conn, "destin am", amelie);
    misses(&conn, "amelie tumane", amelie);
    misses(&conn, "melie", amelie);
    finds(&conn, "mood love", "In the Mood for Love");
}

#[test]
fn cyrillic_and_greek() {
    let conn = database();
    finds(&conn, "ежик", "Ёжик в тумане");
    finds(&conn, "ЁЖИК", "Ёжик в тумане");
    finds(&conn, "туман", "Ёжик в тумане");
    finds(&conn, "αλφα", "Άλφα Ωμέγα");
    finds(&conn, "ΩΜΕΓΑ", "Άλφα Ωμέγα");
}

#[test]
fn arabic_marks_and_letter_variants() {
    let conn = database();
    let with_marks = "مَدْرَسَةُ الْمُشَاغِبِين";
    finds(&conn, "مدرسة المشاغبين", with_marks);
    finds(&conn, "مدرسه", with_marks);
    finds(&conn, "مدرسة", "مدرسه الفن");
    finds(&conn, "مدرسه", "مدرسة الحب");
    finds(&conn, "احمد", "أحمد حلمي");
    finds(&conn, "أحمد", "احمد زكي");
    finds(&conn, "إحمد", "احمد زكي");
    misses(&conn, "مدرسة", "احمد زكي");
}

#[test]
fn chinese_by_character_and_across_traditional_and_simplified() {
    let conn = database();
    let farewell = "霸王别姬";
    finds(&conn, "霸", farewell);
    finds(&conn, "别姬", farewell);
    finds(&conn, "霸王別姬", farewell);
    finds(&conn, "別", farewell);
    misses(&conn, "姬别", farewell);
    misses(&conn, "霸别", farewell);
    let tiger = "臥虎藏龍";
    finds(&conn, "卧虎藏龙", tiger);
    finds(&conn, "藏龙", tiger);
    finds(&conn, "臥虎", tiger);
}

#[test]
fn japanese_and_korean_by_character() {
    let conn = database();
    let spirited = "千と千尋の神隠し";
    finds(&conn, "千尋", spirited);
    finds(&conn, "千寻", spirited);
    finds(&conn, "神隠", spirited);
    finds(&conn, "と千", spirited);
    let parasite = "기생충";
    finds(&conn, "생충", parasite);
    finds(&conn, "기생", parasite);
    finds(&conn, "기생충", parasite);
    misses(&conn, "충생", parasite);
}

#[test]
fn south_east_asian_words_from_the_dictionary() {
    let conn = database();
    // ฟ้าทะลายโจร is segmented as ฟ้า | ทะลาย | โจร.
    finds(&conn, "โจร", "ฟ้าทะลายโจร");
    finds(&conn, "ทะลาย", "ฟ้าทะลายโจร");
    finds(&conn, "ฟ้าทะลายโจร", "ฟ้าทะลายโจร");
    // ពស់កេងកង is segmented as ពស់ | កេងកង.
    finds(&conn, "ពស់", "ពស់កេងកង");
    // ຮັກແທ້ໃນລາວ is segmented as ຮັກ | ແທ້ | ໃນ | ລາວ.
    finds(&conn, "ລາວ", "ຮັກແທ້ໃນລາວ");
    // ရုပ်ရှင်ကားကြီး is segmented as ရုပ်ရှင် | ကား | ကြီး.
    finds(&conn, "ရုပ်ရှင်", "ရုပ်ရှင်ကားကြီး");
}

#[test]
fn devanagari_keeps_its_vowel_signs() {
    let conn = database();
    let ddlj = "दिलवाले दुल्हनिया ले जाएंगे";
    finds(&conn, "दुल्हनिया", ddlj);
    finds(&conn, "दिलवाले दुल्ह", ddlj);
    misses(&conn, "दुलहनिया", ddlj);
}

#[test]
fn punctuation_only_is_no_query() {
    assert_eq!(fts5_query("?!"), None);
    assert_eq!(fts5_query(" \"\" -- ... "), None);
    assert_eq!(fts5_query("«»"), None);
}

#[test]
fn fts5_syntax_in_queries_is_plain_words() {
    let conn = database();
    for query in [
        "\"",
        "\"amelie",
        "amelie\"",
        "NEAR(",
        "NEAR(amelie poulain)",
        "title:",
        "title:amelie",
        "{title}: amelie",
        "^amelie",
        "amelie AND",
        "OR amelie",
        "NOT",
        "amelie *",
        "* amelie",
        "- amelie",
        "+",
        "(amelie",
        "amelie)",
        "a\"b\"c",
        "'; DROP TABLE t; --",
    ] {
        // Panics inside `search` on an FTS5 syntax error.
        search(&conn, query);
    }
    let amelie = "Le Fabuleux Destin d'Amélie Poulain";
    finds(&conn, "\"amelie\"", amelie);
    finds(&conn, "(amelie", amelie);
    finds(&conn, "amelie *", amelie);
    // A column filter or NEAR is an ordinary word, to be found next to the rest.
    misses(&conn, "title:amelie", amelie);
    misses(&conn, "NEAR(amelie", amelie);
    // AND and NOT are words to look for, not operators.
    misses(&conn, "amelie AND", amelie);
    misses(&conn, "amelie NOT tumane", amelie);
}

#[test]
fn any_of_asks_for_every_group_and_any_spelling_in_each() {
    let conn = database();
    let ids = |groups: &[Vec<Spelling>]| -> Vec<i64> {
        let expression = fts5_any_of(groups).unwrap();
        let mut statement = conn
            .prepare("SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid")
            .unwrap();
        statement
            .query_map([&expression], |row| row.get(0))
            .unwrap_or_else(|error| panic!("{expression:?}: {error}"))
            .map(Result::unwrap)
            .collect()
    };
    let word = |w: &str, prefix| Spelling {
        word: w.into(),
        prefix,
    };
    let amelie = 1;
    let mood = i64::try_from(TITLES.len()).unwrap();
    assert_eq!(
        ids(&[
            vec![word("amelei", false), word("amelie", false)],
            vec![word("pou", true)]
        ]),
        [amelie]
    );
    assert_eq!(
        ids(&[
            vec![word("mood", false)],
            vec![word("lvoe", false), word("love", false)]
        ]),
        [mood]
    );
    assert_eq!(
        ids(&[vec![word("amelie", false), word("mood", false)]]),
        [amelie, mood]
    );
    assert!(ids(&[vec![word("amelie", false)], vec![word("mood", false)]]).is_empty());
}
