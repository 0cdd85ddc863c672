// Generated from src-tauri/crates/core/src/api.rs by the core's test suite.
// Do not edit: run `UPDATE_BINDINGS=1 cargo test -p caravan-core` instead.

export type WorkKind = "film" | "music";

export type MediaKind = "poster" | "still" | "cover";

export type Provenance = "submitted" | "curator" | "machine";

export type ErrorPayload = { 
/**
 * Stable, kebab-case; act on this.
 */
code: string, 
/**
 * Localised; show this.
 */
message: string, 
/**
 * More about the failure, such as an import's report with every rejected row.
 */
details?: ImportReport | null, };

export type WorkSummary = { id: number, kind: WorkKind, 
/**
 * The title in the requested language, or the closest fallback.
 */
title: string, 
/**
 * The BCP 47 tag of `title`.
 */
title_lang: string, original_title: string, original_lang: string, year: number | null, 
/**
 * SHA-256 of the smallest thumbnail of the work's poster, when it has one.
 */
thumbnail: string | null, };

export type WorksPage = { 
/**
 * How many works the whole list has.
 */
total: number, offset: number, works: Array<WorkSummary>, };

export type LocalizedText = { lang: string, text: string, original: boolean, provenance: Provenance, };

export type Credit = { role: string, name: string, };

export type Identifier = { kind: string, value: string, };

export type Field = { name: string, value: string, };

export type WorkDetail = { id: number, kind: WorkKind, year: number | null, runtime_seconds: number | null, 
/**
 * The title in the requested language, or the closest fallback.
 */
title: string, titles: Array<LocalizedText>, synopses: Array<LocalizedText>, credits: Array<Credit>, identifiers: Array<Identifier>, 
/**
 * ISO 3166-1 alpha-2 codes of the countries of origin.
 */
countries: Array<string>, 
/**
 * BCP 47 tags of the languages spoken or sung in the work.
 */
languages: Array<string>, 
/**
 * Genres as submitted.
 */
genres: Array<string>, 
/**
 * Everything else a submission carried: contacts, screeners, custom questions.
 */
fields: Array<Field>, 
/**
 * Posters, stills and cover art, posters first.
 */
media: Array<MediaInfo>, };

export type ThumbnailInfo = { 
/**
 * The long edge asked for: 160, 480 or 1280.
 */
size: number, width: number, height: number, format: string, sha256: string, 
/**
 * Absolute path of the file.
 */
path: string, };

export type MediaInfo = { id: number, work_id: number, kind: MediaKind, 
/**
 * SHA-256 of the original file.
 */
sha256: string, 
/**
 * After the EXIF orientation is applied.
 */
width: number, height: number, format: string, bytes: number, file_name: string | null, 
/**
 * Absolute path of the original.
 */
path: string, thumbnails: Array<ThumbnailInfo>, };

export type SimilarImages = { a_work: number, b_work: number, a_media: number, b_media: number, 
/**
 * Bits by which the perceptual hashes differ (0 = the same picture).
 */
distance: number, };

export type Section = { id: number, slug: string, name: string, };

export type Edition = { id: number, slug: string, name: string, year: number | null, sections: Array<Section>, };

export type DemoTotals = { alliances: number, members: number, editions: number, works: number, };

export type UiLocale = { 
/**
 * One of the six interface locales.
 */
locale: string, 
/**
 * `rtl` for Arabic, else `ltr`.
 */
dir: string, 
/**
 * Every interface locale, in the order the window offers them.
 */
available: Array<string>, };

export type SearchHit = { work_id: number, 
/**
 * The title in the requested language, or the closest fallback.
 */
title: string, title_lang: string, 
/**
 * Higher is better; an exact title match scores 1000.
 */
score: number, };

export type SearchResults = { hits: Array<SearchHit>, };

export type RejectedRow = { line: number, 
/**
 * The column's header (FilmFreeway) or the element's path (DDEX); empty for a whole row.
 */
column: string, code: string, 
/**
 * Localised, naming the line, the column and the value.
 */
message: string, };

export type ImportReport = { imported: number, updated: number, unchanged: number, 
/**
 * The refused rows, the first thousand of them when there are more.
 */
rejected: Array<RejectedRow>, 
/**
 * How many problems there were in all.
 */
rejected_total: number, 
/**
 * True when nothing was stored: a dry run.
 */
dry_run: boolean, };

export type ImportProgress = { rows: number, 
/**
 * From 0 to 1.
 */
fraction: number, };

export type IdKind = "isan" | "eidr" | "isrc" | "iswc" | "unknown";

export type IdCheckResult = { kind: IdKind, canonical: string | null, valid: boolean, 
/**
 * Localised; null when valid.
 */
reason: string | null, 
/**
 * Stable code of the problem, when not valid.
 */
reason_code: string | null, };

export type DuplicatePair = { a: number, b: number, a_title: string, b_title: string, 
/**
 * From 0 to 1.
 */
score: number, 
/**
 * Why they look alike: `title`, `title-across-scripts`, `director`, `year`,
 * `runtime`, `poster`.
 */
reasons: Array<string>, };

export type DuplicatePairs = { pairs: Array<DuplicatePair>, };

export type ExportResult = { written: number, path: string, };

export type SubmissionStatus = "in-consideration" | "incomplete" | "disqualified" | "withdrawn";

export type SubmissionItem = { id: number, work_id: number, title: string, title_lang: string, section: string, section_name: string, status: SubmissionStatus, 
/**
 * `undecided`, `selected`, `not-selected` or `label`.
 */
judging: string, 
/**
 * The label's slug and name when `judging` is `label`.
 */
label: string | null, label_name: string | null, countries: Array<string>, languages: Array<string>, genres: Array<string>, year: number | null, runtime_seconds: number | null, 
/**
 * Milliseconds since 1970.
 */
submitted_at: number | null, };

export type Tally = { key: string, count: number, };

export type EditionStats = { total: number, by_country: Array<Tally>, by_language: Array<Tally>, by_genre: Array<Tally>, by_status: Array<Tally>, };

export type StatusState = { id: number, status: SubmissionStatus, 
/**
 * `undecided`, `selected`, `not-selected` or `label`.
 */
judging: string, label: string | null, };

export type StatusChange = { changed: number, previous: Array<StatusState>, };
