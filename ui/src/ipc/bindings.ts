// Generated from src-tauri/crates/core/src/api.rs by the core's test suite.
// Do not edit: run `UPDATE_BINDINGS=1 cargo test -p caravan-core` instead.

export type WorkKind = "film" | "music";

export type Provenance = "submitted" | "curator" | "machine";

export type ErrorPayload = { 
/**
 * Stable, kebab-case; act on this.
 */
code: string, 
/**
 * Localised; show this.
 */
message: string, };

export type WorkSummary = { id: number, kind: WorkKind, 
/**
 * The title in the requested language, or the closest fallback.
 */
title: string, 
/**
 * The BCP 47 tag of `title`.
 */
title_lang: string, original_title: string, original_lang: string, year: number | null, };

export type WorksPage = { 
/**
 * How many works the whole list has.
 */
total: number, offset: number, works: Array<WorkSummary>, };

export type LocalizedText = { lang: string, text: string, original: boolean, provenance: Provenance, };

export type Credit = { role: string, name: string, };

export type Identifier = { kind: string, value: string, };

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
languages: Array<string>, };

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
