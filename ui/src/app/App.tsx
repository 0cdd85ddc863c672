// The window's frame: header with the interface language, the error banner, and either
// the works list or one work. The list stays mounted under an open work so its scroll
// position and loaded pages survive the round trip.
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { ipc, toPayload, type ErrorPayload, type UiLocale } from "../ipc";
import { languageName, translator } from "../i18n";
import { ErrorBanner } from "../errors/ErrorBanner";
import { WorksList } from "../works/WorksList";
import { WorkView } from "../works/WorkView";

export function App() {
  const [ui, setUi] = useState<UiLocale | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [openWork, setOpenWork] = useState<number | null>(null);
  const report = useCallback((e: unknown) => setError(toPayload(e)), []);
  const t = useMemo(() => translator(ui?.locale ?? "en-US"), [ui?.locale]);

  useEffect(() => {
    ipc.uiLocale().then(setUi, report);
  }, [report]);

  useEffect(() => {
    if (!ui) return;
    document.documentElement.lang = ui.locale;
    document.documentElement.dir = ui.dir;
    document.title = t("app--name");
  }, [ui, t]);

  const switchLocale = (locale: string) => {
    ipc.setUiLocale(locale).then((next) => {
      setError(null);
      setUi(next);
    }, report);
  };

  return (
    <div class="app">
      <header class="app-header">
        <div class="brand">
          <h1 data-testid="app-name">{t("app--name")}</h1>
          <span class="tagline">{t("app--tagline")}</span>
        </div>
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
      {ui && (
        <main class="app-main">
          <WorksList
            hidden={openWork !== null}
            locale={ui.locale}
            t={t}
            onOpen={setOpenWork}
            onError={report}
          />
          {openWork !== null && (
            <WorkView
              id={openWork}
              locale={ui.locale}
              t={t}
              onBack={() => setOpenWork(null)}
              onError={report}
            />
          )}
        </main>
      )}
    </div>
  );
}
