//! Slugs for the sections and labels a file names: the stable, URL-safe names an edition
//! keeps beside the names people read. A name in any script is romanised first, so a
//! category written in Cyrillic or Chinese still gets a slug a person can type.

/// A slug for a section or label named in a file: its romanised, folded letters and
/// digits joined by hyphens, cut at a hyphen to the 64 characters a slug may have.
pub(super) fn slug_of(name: &str) -> String {
    let mut slug = full_slug_of(name);
    while slug.len() > 64 {
        match slug[..64].rfind('-') {
            Some(cut) if cut > 0 => slug.truncate(cut),
            _ => slug.truncate(64),
        }
    }
    slug
}

fn full_slug_of(name: &str) -> String {
    let roman = caravan_text::romanize(name);
    let mut slug = String::new();
    for c in roman.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "section".to_owned()
    } else {
        slug
    }
}
