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

/** The pseudo-locale the window's tests switch on: English with every letter accented and
 * 40% longer, each message bracketed, so a layout that cannot take longer text breaks
 * visibly and a string that never went through Fluent stands out unbracketed. */
export const PSEUDO_LOCALE = "en-XA";

const ACCENTED: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "í", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ó", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "ú", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Á", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Í", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ó", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Ú", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

function pseudo(text: string): string {
  const accented = text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  return accented + "·".repeat(Math.ceil(letters * 0.4));
}

/** Whether the window runs in the pseudo-locale: asked for by the tests only, for this
 * window's session (it survives a reload, never a restart). */
export function pseudoLocaleOn(): boolean {
  try {
    return window.sessionStorage.getItem("caravan-pseudo-locale") === "1";
  } catch {
    return false;
  }
}

async function buildBundle(locale: string): Promise<FluentBundle> {
  const isPseudo = locale === PSEUDO_LOCALE;
  const source = isPseudo ? "en-US" : locale;
  // Isolation marks keep a Latin path or number in order inside an Arabic sentence.
  const bundle = new FluentBundle(isPseudo ? "en-US" : locale, {
    useIsolating: true,
    transform: isPseudo ? pseudo : (text: string) => text,
  });
  const files = Object.entries(sources).filter(([path]) => path.split("/").at(-2) === source);
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
  const wrap = locale === PSEUDO_LOCALE ? (text: string) => `⟦${text}⟧` : (text: string) => text;
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) return id;
    return wrap(bundle.formatPattern(message.value, args));
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
