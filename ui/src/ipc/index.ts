// The only module that talks to the Rust side. Every call returns the typed result or
// rejects with an ErrorPayload {code, message}; nothing here swallows an error.
import { invoke } from "@tauri-apps/api/core";
import type { ErrorPayload, UiLocale, WorkDetail, WorksPage } from "./bindings";

export type { ErrorPayload, UiLocale, WorkDetail, WorksPage, WorkSummary, LocalizedText } from "./bindings";

function isPayload(e: unknown): e is ErrorPayload {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isPayload(e)) throw e;
    // Not an error of ours (the IPC itself failed): keep its words, give it a code.
    throw { code: "unexpected", message: String(e) } satisfies ErrorPayload;
  }
}

export function toPayload(e: unknown): ErrorPayload {
  return isPayload(e) ? e : { code: "unexpected", message: String(e) };
}

export const ipc = {
  uiLocale: () => call<UiLocale>("ui_locale"),
  setUiLocale: (locale: string) => call<UiLocale>("set_ui_locale", { locale }),
  worksPage: (lang: string, offset: number, limit: number) =>
    call<WorksPage>("works_page", { lang, offset, limit }),
  workDetail: (id: number, lang: string) => call<WorkDetail>("work_detail", { id, lang }),
  startupPainted: () => call<void>("startup_painted"),
};
