// The only module that talks to the Rust side. Every call returns the typed result or
// rejects with an ErrorPayload {code, message}; nothing here swallows an error.
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type {
  DuplicatePairs,
  Edition,
  EditionStats,
  ErrorPayload,
  ExportResult,
  ImportProgress,
  ImportReport,
  MediaInfo,
  MediaKind,
  SearchResults,
  StatusChange,
  StatusState,
  SubmissionItem,
  UiLocale,
  WorkDetail,
  WorksPage,
} from "./bindings";

export type {
  DuplicatePair,
  Edition,
  EditionStats,
  ImportProgress,
  ImportReport,
  RejectedRow,
  SearchHit,
  StatusChange,
  StatusState,
  SubmissionItem,
  SubmissionStatus,
  Tally,
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
  search: (query: string, lang: string, limit: number) => call<SearchResults>("search", { query, lang, limit }),
  editions: () => call<Edition[]>("editions"),
  editionSubmissions: (edition: string, lang: string) =>
    call<SubmissionItem[]>("edition_submissions", { edition, lang }),
  editionStats: (edition: string) => call<EditionStats>("edition_stats", { edition }),
  setStatuses: (ids: number[], status: string | null, judging: string | null, label: string | null) =>
    call<StatusChange>("set_statuses", { ids, status, judging, label }),
  restoreStatuses: (states: StatusState[]) => call<StatusChange>("restore_statuses", { states }),
  importFile: (
    kind: "filmfreeway" | "ddex",
    path: string,
    edition: string,
    options: { partial: boolean; dryRun: boolean },
    onProgress: (p: ImportProgress) => void,
  ) => {
    const progress = new Channel<ImportProgress>();
    progress.onmessage = onProgress;
    return call<ImportReport>("import_file", {
      kind,
      path,
      edition,
      partial: options.partial,
      dryRun: options.dryRun,
      progress,
    });
  },
  duplicates: (edition: string | null, lang: string) => call<DuplicatePairs>("duplicates", { edition, lang }),
  mergeWorks: (keep: number, other: number, lang: string) => call<WorkDetail>("merge_works", { keep, other, lang }),
  dismissDuplicate: (a: number, b: number) => call<void>("dismiss_duplicate", { a, b }),
  setText: (work: number, field: "title" | "synopsis", tag: string, text: string, original: boolean, lang: string) =>
    call<WorkDetail>("set_text", { work, field, tag, text, original, lang }),
  removeText: (work: number, field: "title" | "synopsis", tag: string, lang: string) =>
    call<WorkDetail>("remove_text", { work, field, tag, lang }),
  addIdentifier: (work: number, value: string, lang: string) =>
    call<WorkDetail>("add_identifier", { work, value, lang }),
  exportEdition: (edition: string, format: "csv" | "xlsx" | "json", path: string | null, lang: string) =>
    call<ExportResult>("export_edition", { edition, format, path, lang }),
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
