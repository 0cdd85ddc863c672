//! The locale check: every Fluent file of every locale against en-US, and the UI and the
//! Rust code against the message ids they use.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

#[derive(Debug, Default, PartialEq)]
struct Message {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// For each select on a variable: the variable and the variant keys.
    selects: Vec<(String, BTreeSet<String>)>,
    /// The text with placeables removed, for the empty and untranslated checks.
    text: String,
}

fn walk_pattern(p: &ast::Pattern<&str>, m: &mut Message) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => m.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, m),
        }
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, m: &mut Message) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            m.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, m),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, m);
            }
        }
        _ => {}
    }
}

fn walk_expression(e: &ast::Expression<&str>, m: &mut Message) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, m),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, m);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                m.selects.push((id.name.to_owned(), keys));
            }
            for v in variants {
                walk_pattern(&v.value, m);
            }
        }
    }
}

/// Parses one file, failing the test on any syntax error.
fn parse_file(path: &Path) -> BTreeMap<String, Message> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(msg) => {
                (msg.id.name.to_owned(), msg.value.as_ref(), &msg.attributes)
            }
            ast::Entry::Term(term) => (
                format!("-{}", term.id.name),
                Some(&term.value),
                &term.attributes,
            ),
            _ => continue,
        };
        let mut m = Message::default();
        if let Some(v) = value {
            walk_pattern(v, &mut m);
        }
        for a in attributes {
            m.attributes.insert(a.id.name.to_owned());
            walk_pattern(&a.value, &mut m);
        }
        assert!(
            !m.text.trim().is_empty() || !m.variables.is_empty(),
            "{}: {id} is empty",
            path.display()
        );
        assert!(
            out.insert(id.clone(), m).is_none(),
            "{}: {id} is defined twice",
            path.display()
        );
    }
    out
}

fn plural_categories(locale: &str) -> BTreeSet<String> {
    use icu_plurals::{PluralCategory, PluralRules};
    let loc: icu_locale::Locale = locale.parse().unwrap();
    let rules = PluralRules::try_new_cardinal(loc.into()).unwrap();
    rules
        .categories()
        .map(|c| {
            match c {
                PluralCategory::Zero => "zero",
                PluralCategory::One => "one",
                PluralCategory::Two => "two",
                PluralCategory::Few => "few",
                PluralCategory::Many => "many",
                PluralCategory::Other => "other",
            }
            .to_owned()
        })
        .collect()
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Messages allowed to read the same as in English, per locale: names and words the
/// languages share.
fn allowed_same(locale: &str, id: &str) -> bool {
    matches!(id, "app--name")
        || matches!(
            (locale, id),
            (
                "fr",
                "kind--film"
                    | "work--kind"
                    | "works--column-kind"
                    | "work--media"
                    | "cli--options-heading"
                    | "cli--arguments-heading"
                    | "work--original"
                    | "what--provenance"
                    | "nav--alliance"
                    | "alliance--notes"
                    | "envelope-kind--note"
                    | "envelope-kind--catalogue"
                    | "catalogues--heading"
                    | "recommendations--section"
            ) | ("es", "work--original" | "cli--error-prefix")
        )
}

#[test]
fn every_locale_matches_en_us() {
    let locales_dir = root().join("locales");
    let mut problems = Vec::new();
    for file in caravan_i18n::FILES {
        let source = parse_file(&locales_dir.join("en-US").join(file));
        for locale in caravan_i18n::LOCALES {
            let path = locales_dir.join(locale).join(file);
            let target = parse_file(&path);
            let needed = plural_categories(locale);
            for (id, want) in &source {
                let Some(got) = target.get(id) else {
                    problems.push(format!("{locale}/{file}: {id} is missing"));
                    continue;
                };
                if got.attributes != want.attributes {
                    problems.push(format!(
                        "{locale}/{file}: {id} has attributes {:?}, en-US {:?}",
                        got.attributes, want.attributes
                    ));
                }
                if got.variables != want.variables {
                    problems.push(format!(
                        "{locale}/{file}: {id} uses {:?}, en-US {:?}",
                        got.variables, want.variables
                    ));
                }
                for (var, keys) in &got.selects {
                    let plural = keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str()));
                    if plural && !needed.is_subset(keys) {
                        problems.push(format!(
                            "{locale}/{file}: {id} selects on ${var} with {keys:?} but {locale} needs {needed:?}"
                        ));
                    }
                }
                if locale != caravan_i18n::SOURCE_LOCALE
                    && got.text.chars().any(char::is_alphabetic)
                    && got.text == want.text
                    && !allowed_same(locale, id)
                {
                    problems.push(format!("{locale}/{file}: {id} is not translated"));
                }
            }
            for id in target.keys().filter(|id| !source.contains_key(*id)) {
                problems.push(format!("{locale}/{file}: {id} is not in en-US"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_locale_file_is_compiled_in() {
    // The build embeds exactly the files on disk, so no locale can ship half its text.
    for (locale, texts) in caravan_i18n::SOURCES {
        for (file, text) in caravan_i18n::FILES.iter().zip(texts) {
            let on_disk =
                std::fs::read_to_string(root().join("locales").join(locale).join(file)).unwrap();
            assert_eq!(&on_disk, text, "{locale}/{file}");
        }
    }
}

fn all_ids() -> BTreeSet<String> {
    caravan_i18n::FILES
        .iter()
        .flat_map(|f| parse_file(&root().join("locales/en-US").join(f)).into_keys())
        .collect()
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if !path.ends_with("node_modules") && !path.ends_with("target") {
                files_under(&path, ext, out);
            }
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// String literals that look like message ids, and literal prefixes of built ids
/// (`kind--${…}`, `format!("role--{}")`).
fn used_ids(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut exact = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    for quote in ['"', '`'] {
        for (i, chunk) in text.split(quote).enumerate() {
            if i % 2 == 0 {
                continue;
            }
            let head: String = chunk
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            if !head.contains("--") || head.starts_with('-') {
                continue;
            }
            if head.len() == chunk.len() {
                exact.insert(head);
            } else if chunk[head.len()..].starts_with("${") || chunk[head.len()..].starts_with('{')
            {
                prefixes.insert(head);
            }
        }
    }
    (exact, prefixes)
}

#[test]
fn every_message_id_in_the_code_exists() {
    let ids = all_ids();
    let mut files = Vec::new();
    files_under(&root().join("ui/src"), "tsx", &mut files);
    files_under(&root().join("ui/src"), "ts", &mut files);
    files_under(&root().join("src-tauri"), "rs", &mut files);
    let mut problems = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let (exact, prefixes) = used_ids(&text);
        for id in exact {
            if !ids.contains(&id) && !id.starts_with("cli--") && !id.ends_with("--") {
                problems.push(format!("{}: {id} is not in en-US", path.display()));
            }
        }
        for prefix in prefixes {
            if !ids.iter().any(|i| i.starts_with(&prefix)) {
                problems.push(format!(
                    "{}: no message starts with {prefix}",
                    path.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Text in a TSX source that reaches the screen without going through Fluent: words
/// between tags, and literal values of attributes people read.
fn hard_coded_text(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(open) = rest.find('>') {
            rest = &rest[open + 1..];
            let end = rest.find('<').unwrap_or(rest.len());
            let between = rest[..end].trim();
            // Code, not text: expressions, arrows, calls, blocks.
            let is_code = between.chars().any(|c| "{}();=&|".contains(c));
            if !is_code && between.chars().any(char::is_alphabetic) {
                found.push((n + 1, between.to_owned()));
            }
            rest = &rest[end..];
        }
        for attr in [
            "title=\"",
            "placeholder=\"",
            "aria-label=\"",
            "alt=\"",
            "label=\"",
        ] {
            // An empty value (alt="" on a decorative image) says nothing to anyone.
            for (at, _) in code.match_indices(attr) {
                if !code[at + attr.len()..].starts_with('"') {
                    found.push((n + 1, format!("{attr}…\"")));
                }
            }
        }
    }
    found
}

#[test]
fn the_hard_coded_text_check_catches_text_and_spares_code() {
    let bad = "<h2>Works</h2>\n<input placeholder=\"Search\" />\n<img alt=\"Poster\" />\n<p>\n  No works yet.\n</p>";
    let found: Vec<String> = hard_coded_text(bad).into_iter().map(|(_, t)| t).collect();
    assert!(found.contains(&"Works".to_owned()), "{found:?}");
    assert!(
        found.iter().any(|t| t.starts_with("placeholder")),
        "{found:?}"
    );
    let good = "<h2>{t(\"works--heading\")}</h2>\nexport function A(props: { f: () => void }) {\n<span>{n}</span>\n<img alt=\"\" />";
    assert!(
        hard_coded_text(good).is_empty(),
        "{:?}",
        hard_coded_text(good)
    );
}

#[test]
fn the_ui_has_no_hard_coded_text() {
    let mut files = Vec::new();
    files_under(&root().join("ui/src"), "tsx", &mut files);
    assert!(!files.is_empty());
    let mut problems = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for (line, what) in hard_coded_text(&text) {
            problems.push(format!("{}:{line}: “{what}”", path.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "hard-coded user-visible text:\n{}",
        problems.join("\n")
    );
}

/// Every error code the crates can produce, read from their sources: the string
/// literals of each `fn code` body, the DDEX reader's code constants and the command
/// line's usage codes (all shown as `error--<code>`), and the codes of refused import
/// rows (shown as `reject--<code>`).
/// The codes the crates produce: of errors, of refused rows, and of import warnings.
type Produced = (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>);

fn produced_codes() -> Produced {
    let literal = |s: &str| -> Vec<String> {
        s.split('"')
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, t)| t.to_owned())
            .filter(|t| {
                !t.is_empty()
                    && t.contains('-')
                    && !t.contains("--")
                    && t.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .collect()
    };
    let mut errors = BTreeSet::new();
    let mut rejects = BTreeSet::new();
    let mut warnings = BTreeSet::new();
    let mut files = Vec::new();
    files_under(&root().join("src-tauri/crates"), "rs", &mut files);
    for path in files {
        let p = path.display().to_string();
        if p.contains("/tests/") || p.contains("/examples/") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // The body of each `fn code`: up to the first line that closes it.
        let mut rest = text.as_str();
        while let Some(at) = rest.find("fn code(&self)") {
            let body = &rest[at..];
            let end = body.find("\n    }\n").unwrap_or(body.len());
            errors.extend(literal(&body[..end]));
            rest = &body[end..];
        }
        // The intake crate names its codes in `pub mod code` (errors) and `pub mod
        // warning` (warnings) blocks of constants.
        #[derive(Clone, Copy, PartialEq)]
        enum Block {
            None,
            Errors,
            Warnings,
        }
        let mut block = Block::None;
        for raw in text.lines() {
            let line = raw.trim();
            if p.contains("/intake/src/") {
                if raw.starts_with("pub mod code") {
                    block = Block::Errors;
                } else if raw.starts_with("pub mod warning") {
                    block = Block::Warnings;
                } else if raw.starts_with('}') {
                    block = Block::None;
                } else if line.starts_with("pub const ") && line.contains(": &str = \"") {
                    match block {
                        Block::Errors => errors.extend(literal(line)),
                        Block::Warnings => warnings.extend(literal(line)),
                        Block::None => {}
                    }
                }
            }
            if p.ends_with("cli/src/output.rs") && line.starts_with("\"cli-") {
                errors.extend(literal(line));
            }
            if (p.contains("/intake/src/") || p.contains("core/src/intake/"))
                && line.starts_with("code: \"")
            {
                rejects.extend(literal(line));
            }
        }
    }
    (errors, rejects, warnings)
}

#[test]
fn every_error_code_has_a_message_that_formats_in_every_locale() {
    let (errors, rejects, warnings) = produced_codes();
    // The scan finds what it should: a code of each crate, and of refused rows.
    for code in [
        "db-corrupt",
        "value-unknown",
        "work-not-found",
        "media-truncated",
        "csv-malformed",
        "ddex-not-ern",
        "cli-unknown-command",
        "lang-unsupported",
    ] {
        assert!(errors.contains(code), "{code} not found among {errors:?}");
    }
    assert!(
        rejects.contains("csv-bad-row") && rejects.contains("ff-no-category"),
        "{rejects:?}"
    );
    assert!(
        warnings.contains("unknown-country") && warnings.contains("ddex-duplicate-isrc"),
        "{warnings:?}"
    );
    let source = all_messages("en-US");
    let mut problems = Vec::new();
    for locale in caravan_i18n::LOCALES {
        let l10n = caravan_i18n::Localizer::for_locale(locale);
        for (prefix, codes) in [
            ("error--", &errors),
            ("reject--", &rejects),
            ("warning--", &warnings),
        ] {
            for code in codes {
                let id = format!("{prefix}{code}");
                let Some(message) = source.get(&id) else {
                    problems.push(format!("en-US has no {id}"));
                    continue;
                };
                // Every variable the message uses, given a value: it must format cleanly.
                let mut args = fluent_bundle::FluentArgs::new();
                for v in &message.variables {
                    args.set(v.as_str(), "x");
                }
                match l10n.try_tr(&id, Some(&args)) {
                    Ok(text) if text.contains("--") && text.contains(&id) => {
                        problems.push(format!("{locale}: {id} shows its id"))
                    }
                    Ok(_) => {}
                    Err(e) => problems.push(e),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every message of a locale, from all its files.
fn all_messages(locale: &str) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for file in caravan_i18n::FILES {
        out.extend(parse_file(&root().join("locales").join(locale).join(file)));
    }
    out
}

fn rtl_letter(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether a pattern of a right-to-left locale starts its paragraph right to left: before
/// any placeable or letter of another script comes a right-to-left mark (U+200F, or
/// Arabic's U+061C) or a right-to-left letter. A value of unknown direction first, or a
/// Latin word, would turn the whole line left to right. A number is no letter: inside a
/// plural select, the count it selects on is passed over like a digit.
fn starts_right_to_left(p: &ast::Pattern<&str>, count: Option<&str>) -> bool {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                for c in value.chars() {
                    if c == '\u{200F}' || c == '\u{061C}' || rtl_letter(c) {
                        return true;
                    }
                    if c.is_alphabetic() {
                        return false;
                    }
                }
            }
            ast::PatternElement::Placeable { expression } => match expression {
                // Each variant starts the paragraph in its turn.
                ast::Expression::Select { selector, variants } => {
                    let on = match selector {
                        ast::InlineExpression::VariableReference { id } => Some(id.name),
                        _ => None,
                    };
                    return variants.iter().all(|v| starts_right_to_left(&v.value, on));
                }
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id })
                    if Some(id.name) == count => {}
                ast::Expression::Inline(_) => return false,
            },
        }
    }
    true
}

/// Whether a pattern has any right-to-left letter: a name left in Latin letters alone
/// (the product's) is a line of its own direction.
fn has_rtl_letter(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().any(|el| match el {
        ast::PatternElement::TextElement { value } => value.chars().any(rtl_letter),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } => variants.iter().any(|v| has_rtl_letter(&v.value)),
        ast::PatternElement::Placeable { .. } => false,
    })
}

#[test]
fn right_to_left_messages_start_right_to_left() {
    let mut problems = Vec::new();
    for locale in caravan_i18n::LOCALES
        .iter()
        .filter(|l| caravan_i18n::is_rtl(l))
    {
        for file in caravan_i18n::FILES {
            let path = root().join("locales").join(locale).join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
            for entry in &resource.body {
                let ast::Entry::Message(msg) = entry else {
                    continue;
                };
                let patterns = msg
                    .value
                    .iter()
                    .map(|v| ("", v))
                    .chain(msg.attributes.iter().map(|a| (a.id.name, &a.value)));
                for (attribute, pattern) in patterns {
                    if has_rtl_letter(pattern) && !starts_right_to_left(pattern, None) {
                        problems.push(format!("{locale}/{file}: {}{}{attribute} needs a right-to-left mark (U+200F) first", msg.id.name, if attribute.is_empty() { "" } else { "." }));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// One line of a locale's glossary: the English term, the one translation the locale
/// uses, and the other translations it must not use.
struct Term {
    english: String,
    avoid: Vec<String>,
}

fn glossary(locale: &str) -> Vec<Term> {
    let path = root().join("locales").join(locale).join("glossary.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (every locale keeps a glossary)", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.split('\t');
            let english = parts.next().unwrap_or("").trim().to_owned();
            let chosen = parts.next().unwrap_or("").trim();
            assert!(
                !chosen.is_empty(),
                "{locale}/glossary.tsv: {english} has no translation"
            );
            let avoid = parts
                .next()
                .unwrap_or("")
                .split(',')
                .map(|a| a.trim().to_lowercase())
                .filter(|a| !a.is_empty())
                .collect();
            Term { english, avoid }
        })
        .collect()
}

/// The terms every glossary must settle, whatever the locale.
const GLOSSARY_TERMS: &[&str] = &[
    "work",
    "submission",
    "edition",
    "section",
    "juror",
    "jury",
    "rubric",
    "criterion",
    "score",
    "ballot",
    "award",
    "recommendation",
    "member",
    "envelope",
    "catalogue",
    "label",
    "status",
    "identifier",
    "genre",
    "credits",
    "merge",
];

#[test]
fn every_locale_keeps_to_its_glossary() {
    let mut problems = Vec::new();
    for locale in caravan_i18n::LOCALES
        .iter()
        .filter(|l| **l != caravan_i18n::SOURCE_LOCALE)
    {
        let terms = glossary(locale);
        for wanted in GLOSSARY_TERMS {
            if !terms.iter().any(|t| t.english.eq_ignore_ascii_case(wanted)) {
                problems.push(format!("{locale}/glossary.tsv: no line for “{wanted}”"));
            }
        }
        let messages = all_messages(locale);
        for term in &terms {
            for avoid in &term.avoid {
                for (id, m) in &messages {
                    if m.text.to_lowercase().contains(avoid.as_str()) {
                        problems.push(format!(
                            "{locale}: {id} says “{avoid}”, which the glossary avoids for “{}”",
                            term.english
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
