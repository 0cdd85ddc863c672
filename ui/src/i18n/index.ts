// Interface text for the window, from the same Fluent files the Rust core reads
// (../locales/<locale>/*.ftl). Metadata — titles, synopses, names — never comes from
// here: it is data, shown as text with its own language tag.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

const sources = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

function buildBundle(locale: string): FluentBundle {
  // Isolation marks keep a Latin path or number in order inside an Arabic sentence.
  const bundle = new FluentBundle(locale, { useIsolating: true });
  for (const [path, text] of Object.entries(sources)) {
    if (path.split("/").at(-2) === locale) {
      const errors = bundle.addResource(new FluentResource(text));
      for (const e of errors) console.error(`${path}: ${e.message}`);
    }
  }
  return bundle;
}

const bundles = new Map<string, FluentBundle>();

function bundleFor(locale: string): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    b = buildBundle(locale);
    bundles.set(locale, b);
  }
  return b;
}

export type Args = Record<string, FluentVariable>;
export type Translate = (id: string, args?: Args) => string;

/** A translator for one interface locale; a missing id shows as itself, never as blank. */
export function translator(locale: string): Translate {
  const bundle = bundleFor(locale);
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) return id;
    return bundle.formatPattern(message.value, args);
  };
}

/** The name of a language or locale, written in `inLocale` (e.g. "chinois (simplifié)"). */
export function languageName(tag: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The name of a country or region (ISO 3166 code), written in `inLocale`. */
export function regionName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
