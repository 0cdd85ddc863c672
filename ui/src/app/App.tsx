// The window's frame: header with the interface language, the error banner, and either
// the works list or one work. The list stays mounted under an open work so its scroll
// position and loaded pages survive the round trip.
import { useCallback, useEffect, useState } from "preact/hooks";
import { ipc, toPayload, type ErrorPayload, type MediaKind, type UiLocale, type Vocabulary, type WorkId } from "../ipc";
import { languageName, pseudoLocaleOn, PSEUDO_LOCALE, translator, type Translate } from "../i18n";
import { ErrorBanner } from "../errors/ErrorBanner";
import { WorksList } from "../works/WorksList";
import { WorkView } from "../works/WorkView";
import { SearchBox } from "../search/SearchBox";
import { SubmissionsView } from "../submissions/SubmissionsView";
import { DuplicatesView } from "../duplicates/DuplicatesView";

type View = "works" | "submissions" | "duplicates" | "jury" | "alliance";

export function App() {
  const [ui, setUi] = useState<UiLocale | null>(null);
  const [vocabulary, setVocabulary] = useState<Vocabulary | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [openWork, setOpenWork] = useState<WorkId | null>(null);
  const [view, setView] = useState<View>("works");
  // Bumped after images are added, so the list and the work page show them.
  const [mediaVersion, setMediaVersion] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [dropKind, setDropKind] = useState<MediaKind>("poster");
  const [t, setT] = useState<Translate | null>(null);
  const report = useCallback((e: unknown) => setError(toPayload(e)), []);

  // The interface language, and its text loaded, before anything is drawn in it.
  const enter = (next: UiLocale) =>
    translator(pseudoLocaleOn() ? PSEUDO_LOCALE : next.locale).then((tr) => {
      setT(() => tr);
      setUi(next);
    }, report);

  useEffect(() => {
    ipc.uiLocale().then(enter, report);
    ipc.vocabulary().then(setVocabulary, report);
  }, [report]);

  useEffect(() => {
    if (!ui || !t) return;
    document.documentElement.lang = ui.locale;
    document.documentElement.dir = ui.dir;
    document.title = t("app--name");
  }, [ui, t]);

  // Files dropped on a work (its page, or its row in the list) are added one by one,
  // with progress; each refusal is shown with its code and the file it names.
  useEffect(() => {
    const unlisten = ipc.onFileDrop(async (paths, x, y) => {
      const row = document.elementFromPoint(x, y)?.closest("[data-work-id]");
      const work = openWork ?? (row ? Number(row.getAttribute("data-work-id")) : null);
      if (work === null || paths.length === 0) return;
      const kind = openWork !== null ? dropKind : "poster";
      setProgress({ done: 0, total: paths.length });
      for (const [i, path] of paths.entries()) {
        try {
          await ipc.addMedia({ work, path, kind });
        } catch (e) {
          report(e);
        }
        setProgress({ done: i + 1, total: paths.length });
      }
      setProgress(null);
      setMediaVersion((v) => v + 1);
    });
    return () => {
      unlisten.then((f) => f()).catch(report);
    };
  }, [openWork, dropKind, report]);

  const switchLocale = (locale: string) => {
    ipc.setUiLocale(locale).then((next) => {
      setError(null);
      return enter(next);
    }, report);
  };

  if (!t) {
    // Nothing to say yet: the text of the interface language is on its way. A failure
    // to learn the language still shows, in English.
    return error ? <RawError error={error} /> : null;
  }

  return (
    <div class="app">
      <header class="app-header">
        <div class="brand">
          <h1 data-testid="app-name">{t("app--name")}</h1>
          <span class="tagline">{t("app--tagline")}</span>
        </div>
        {ui && (
          <nav class="nav" aria-label={t("nav--label")}>
            {(["works", "submissions", "duplicates", "jury", "alliance"] as View[]).map((v) => (
              <button
                type="button"
                key={v}
                data-testid={`nav-${v}`}
                aria-current={view === v && openWork === null ? "page" : undefined}
                onClick={() => {
                  setOpenWork(null);
                  setView(v);
                }}
              >
                {t(`nav--${v}`)}
              </button>
            ))}
          </nav>
        )}
        {ui && <SearchBox locale={ui.locale} t={t} onOpen={setOpenWork} onError={report} />}
        {ui && (
          <label class="language">
            <span>{t("settings--language")}</span>
            <select
              data-testid="language-select"
              value={ui.locale}
              onChange={(e) => switchLocale((e.currentTarget as HTMLSelectElement).value)}
            >
              {ui.available.map((l) => (
                <option key={l} value={l} lang={l} data-testid={`language-${l}`}>
                  {languageName(l.split("-")[0], l)}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {error && <ErrorBanner error={error} t={t} onDismiss={() => setError(null)} />}
      {progress && (
        <div class="progress" role="status" data-testid="media-progress">
          <span>{t("media--progress", { done: progress.done, total: progress.total })}</span>
          <progress value={progress.done} max={progress.total} />
        </div>
      )}
      {ui && (
        <main class="app-main">
          {view === "submissions" && openWork === null && vocabulary && (
            <SubmissionsView locale={ui.locale} vocabulary={vocabulary} t={t} onOpen={setOpenWork} onError={report} />
          )}
          {view === "duplicates" && openWork === null && (
            <DuplicatesView locale={ui.locale} t={t} onOpen={setOpenWork} onError={report} />
          )}
          {view === "jury" && openWork === null && <Jury locale={ui.locale} t={t} onError={report} />}
          {view === "alliance" && openWork === null && <Alliance locale={ui.locale} t={t} onError={report} />}
          <WorksList
            hidden={openWork !== null || view !== "works"}
            locale={ui.locale}
            t={t}
            mediaVersion={mediaVersion}
            onOpen={setOpenWork}
            onError={report}
          />
          {openWork !== null && (
            <WorkView
              key={openWork}
              id={openWork}
              mediaKinds={vocabulary?.media_kinds ?? []}
              locale={ui.locale}
              t={t}
              mediaVersion={mediaVersion}
              dropKind={dropKind}
              onDropKind={setDropKind}
              onBack={() => setOpenWork(null)}
              onError={report}
            />
          )}
        </main>
      )}
    </div>
  );
}

type AllianceModule = typeof import("../alliance/AllianceView");

/** The alliance view, loaded the first time it is opened: the first view does not parse
 * it. */
function Alliance(props: { locale: string; t: Translate; onError: (e: unknown) => void }) {
  const [module, setModule] = useState<AllianceModule | null>(null);
  useEffect(() => {
    import("../alliance/AllianceView").then(setModule, props.onError);
  }, []);
  if (!module) return <p class="works-note">{props.t("works--loading")}</p>;
  return <module.AllianceView {...props} />;
}

type JuryModule = typeof import("../jury/JuryView");

/** The jury view, loaded the first time it is opened. */
function Jury(props: { locale: string; t: Translate; onError: (e: unknown) => void }) {
  const [module, setModule] = useState<JuryModule | null>(null);
  useEffect(() => {
    import("../jury/JuryView").then(setModule, props.onError);
  }, []);
  if (!module) return <p class="works-note">{props.t("works--loading")}</p>;
  return <module.JuryView {...props} />;
}

/** An error that arrived before any interface text did, shown as it came. */
function RawError({ error }: { error: ErrorPayload }) {
  return (
    <div class="error-banner" role="alert" data-testid="error-banner">
      <span class="error-message" data-testid="error-message">
        {error.message}
      </span>
      <code class="error-code" data-testid="error-code">
        {error.code}
      </code>
    </div>
  );
}
