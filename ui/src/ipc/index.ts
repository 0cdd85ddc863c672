// The only module that talks to the Rust side. Every call returns the typed result or
// rejects with an ErrorPayload {code, message}; nothing here swallows an error.
import { invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type { ErrorPayload, MediaInfo, MediaKind, UiLocale, WorkDetail, WorksPage } from "./bindings";

export type {
  ErrorPayload,
  LocalizedText,
  MediaInfo,
  MediaKind,
  UiLocale,
  WorkDetail,
  WorksPage,
  WorkSummary,
} from "./bindings";

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
  addMedia: (work: number, path: string, kind: MediaKind) => call<MediaInfo>("add_media", { work, path, kind }),
  removeMedia: (id: number) => call<number>("remove_media", { id }),
  /** Files dropped on the window: their paths and where, in CSS pixels. */
  onFileDrop: (handler: (paths: string[], x: number, y: number) => void) =>
    getCurrentWebview().onDragDropEvent((event) => {
      if (event.payload.type === "drop") {
        const scale = window.devicePixelRatio || 1;
        handler(event.payload.paths, event.payload.position.x / scale, event.payload.position.y / scale);
      }
    }),
};

/** The URL of a stored image (original or thumbnail), by its SHA-256. */
export function mediaUrl(sha256: string): string {
  return `media://localhost/${sha256}`;
}
