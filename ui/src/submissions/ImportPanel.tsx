// The import dialog: a FilmFreeway export or a DDEX message, by path (or dropped on the
// window), with a progress bar while the file is read and the report afterwards: how
// many were imported, updated and unchanged, and every refused row with its line,
// column and reason. A refused file changes nothing unless "import the good rows" is on.
import { useEffect, useState } from "preact/hooks";
import { ipc, toPayload, type Edition, type ImportKind, type ImportReport, type RejectedRow } from "../ipc";
import type { Translate } from "../i18n";

interface Props {
  edition: Edition;
  t: Translate;
  onDone: () => void;
  onError: (e: unknown) => void;
}

export function ImportPanel({ edition, t, onDone, onError }: Props) {
  const [kind, setKind] = useState<ImportKind>("filmfreeway");
  const [path, setPath] = useState("");
  const [partial, setPartial] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [running, setRunning] = useState<{ rows: number; fraction: number } | null>(null);
  const [report, setReport] = useState<{ report: ImportReport; refused: boolean } | null>(null);

  // A file dropped anywhere while the dialog is open is the one to import.
  useEffect(() => {
    const unlisten = ipc.onFileDrop((paths) => {
      if (paths.length > 0) {
        setPath(paths[0]);
        if (paths[0].toLowerCase().endsWith(".xml")) setKind("ddex");
      }
    });
    return () => {
      unlisten.then((f) => f()).catch(onError);
    };
  }, []);

  const run = () => {
    if (!path.trim()) return;
    setReport(null);
    setRunning({ rows: 0, fraction: 0 });
    ipc
      .importFile({ kind, path, edition: edition.id, section: null, partial, dry_run: dryRun }, (p) =>
        setRunning({ rows: Number(p.rows), fraction: p.fraction }),
      )
      .then(
        (r) => {
          setReport({ report: r, refused: false });
          onDone();
        },
        (e) => {
          const payload = toPayload(e);
          // A refused file is explained here, row by row; other failures go to the banner.
          if (payload.details) setReport({ report: payload.details, refused: true });
          else onError(e);
        },
      )
      .finally(() => setRunning(null));
  };

  return (
    <div class="panel import" data-testid="import-panel">
      <h3>{t("import--heading")}</h3>
      <div class="form-row">
        <select
          data-testid="import-kind"
          aria-label={t("import--kind")}
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ImportKind)}
        >
          <option value="filmfreeway">{t("import--kind-filmfreeway")}</option>
          <option value="ddex">{t("import--kind-ddex")}</option>
        </select>
        <input
          type="text"
          class="path"
          dir="ltr"
          data-testid="import-path"
          placeholder={t("import--path-placeholder")}
          aria-label={t("import--path-label")}
          value={path}
          onInput={(e) => setPath((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="form-row">
        <label>
          <input type="checkbox" data-testid="import-partial" checked={partial} onChange={(e) => setPartial((e.currentTarget as HTMLInputElement).checked)} />
          {t("import--partial")}
        </label>
        <label>
          <input type="checkbox" data-testid="import-dry-run" checked={dryRun} onChange={(e) => setDryRun((e.currentTarget as HTMLInputElement).checked)} />
          {t("import--dry-run")}
        </label>
        <button type="button" class="primary" data-testid="import-run" disabled={running !== null || !path.trim()} onClick={run}>
          {t("import--run")}
        </button>
      </div>
      {running && (
        <div class="progress" role="status" data-testid="import-progress">
          <span>{t("import--progress", { rows: running.rows })}</span>
          <progress value={running.fraction} max={1} />
        </div>
      )}
      {report && <Report t={t} report={report.report} refused={report.refused} />}
    </div>
  );
}

function Report({ t, report, refused }: { t: Translate; report: ImportReport; refused: boolean }) {
  return (
    <div class="report" data-testid="import-report">
      <p data-testid="import-summary">
        {refused
          ? t("import--refused", { count: Number(report.rejected_total) })
          : t(report.dry_run ? "import--summary-dry-run" : "import--summary", {
              imported: Number(report.imported),
              updated: Number(report.updated),
              unchanged: Number(report.unchanged),
              rejected: Number(report.rejected_total),
            })}
      </p>
      {report.rejected.length > 0 && (
        <table class="rejected" data-testid="import-rejected">
          <thead>
            <tr>
              <th>{t("import--column-line")}</th>
              <th>{t("import--column-column")}</th>
              <th>{t("import--column-problem")}</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.map((r: RejectedRow, i: number) => (
              <tr key={i} data-testid={`rejected-${i}`}>
                <td>{Number(r.line)}</td>
                <td>
                  <bdi>{r.column}</bdi>
                </td>
                <td>
                  {r.message} <code>{r.code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
