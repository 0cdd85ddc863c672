// Interface text for the window, from the same Fluent files the Rust core reads
// (../locales/<locale>/*.ftl). Each locale's files are a chunk of their own, loaded when
// that locale is chosen, so the window starts with one language's text, not thirteen.
// Metadata — titles, synopses, names — never comes from here: it is data, shown as text
// with its own language tag.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

// The command line's own messages (cli.ftl) are never shown in the window.
const sources = import.meta.glob(["../../../locales/*/*.ftl", "!../../../locales/*/cli.ftl"], {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

async function buildBundle(locale: string): Promise<FluentBundle> {
  // Isolation marks keep a Latin path or number in order inside an Arabic sentence.
  const bundle = new FluentBundle(locale, { useIsolating: true });
  const files = Object.entries(sources).filter(([path]) => path.split("/").at(-2) === locale);
  const texts = await Promise.all(files.map(([, load]) => load()));
  texts.forEach((text, i) => {
    const errors = bundle.addResource(new FluentResource(text));
    for (const e of errors) console.error(`${files[i][0]}: ${e.message}`);
  });
  return bundle;
}

const bundles = new Map<string, Promise<FluentBundle>>();

export type Args = Record<string, FluentVariable>;
export type Translate = (id: string, args?: Args) => string;

/** A translator for one interface locale, once its text is loaded; a missing id shows as
 * itself, never as blank. */
export async function translator(locale: string): Promise<Translate> {
  let pending = bundles.get(locale);
  if (!pending) {
    pending = buildBundle(locale);
    bundles.set(locale, pending);
  }
  const bundle = await pending;
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
