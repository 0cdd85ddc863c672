// The import dialog: a FilmFreeway export, any other spreadsheet through a column
// mapping, or a DDEX message; chosen with the platform's open dialog, dropped on the
// window, or typed. For a spreadsheet it shows the file's first rows and a mapping (the
// one guessed from the headers in any interface language, or a saved one) that the
// curator corrects and saves by name. While the file is read a progress bar runs; the
// report afterwards gives the counts, every refused row, and every warning, where a value
// no list knows can be mapped once ("treat Quatar as Qatar") for every work and import.
import { useEffect, useState } from "preact/hooks";
import {
  ipc,
  toPayload,
  type Edition,
  type ImportKind,
  type ImportReport,
  type ImportWarning,
  type MappingColumn,
  type MappingInfo,
  type RejectedRow,
  type TablePreview,
} from "../ipc";
import type { Translate } from "../i18n";

interface Props {
  edition: Edition;
  t: Translate;
  onDone: () => void;
  onError: (e: unknown) => void;
}

/** Encodings a curator may name when detection guesses wrong; "" is detection. */
const ENCODINGS = ["", "UTF-8", "windows-1252", "windows-1251", "gb18030", "Big5", "Shift_JIS", "EUC-KR", "ISO-8859-2", "KOI8-R"];

/** The kind a file's name suggests. */
function kindOf(path: string): ImportKind | null {
  const lower = path.toLowerCase();
  if (lower.endsWith(".xml")) return "ddex";
  if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) return "table";
  return null;
}

export function ImportPanel({ edition, t, onDone, onError }: Props) {
  const [kind, setKind] = useState<ImportKind>("filmfreeway");
  const [path, setPath] = useState("");
  // The file whose first rows are shown: set when a file is chosen, dropped or typed in
  // full, not at every keystroke.
  const [previewPath, setPreviewPath] = useState("");
  const [encoding, setEncoding] = useState("");
  const [partial, setPartial] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [running, setRunning] = useState<{ rows: number; fraction: number } | null>(null);
  const [report, setReport] = useState<{ report: ImportReport; refused: boolean } | null>(null);
  const [preview, setPreview] = useState<TablePreview | null>(null);
  const [mapping, setMapping] = useState<MappingInfo | null>(null);
  const [saved, setSaved] = useState<MappingInfo[]>([]);
  const [targets, setTargets] = useState<string[]>([]);

  const choose = (next: string) => {
    setPath(next);
    setPreviewPath(next);
    const guessed = kindOf(next);
    if (guessed) setKind(guessed);
  };

  // A CSV, XLSX or XML file dropped anywhere while the dialog is open is the one to import.
  useEffect(() => {
    const unlisten = ipc.onFileDrop((paths) => {
      if (paths.length > 0) choose(paths[0]);
    });
    return () => {
      unlisten.then((f) => f()).catch(onError);
    };
  }, []);

  useEffect(() => {
    ipc.mappings().then((list) => {
      setSaved(list.mappings.filter((m) => !m.builtin));
      setTargets(list.targets);
    }, onError);
  }, []);

  // A spreadsheet's first rows and the mapping its headers suggest, as soon as it is named.
  useEffect(() => {
    setPreview(null);
    if (kind !== "table" || !previewPath.trim()) return;
    let current = true;
    ipc.previewTable({ path: previewPath, encoding: encoding || null }).then(
      (p) => {
        if (!current) return;
        setPreview(p);
        const known = saved.find((m) => p.headers.length > 0 && m.columns.every((c) => p.headers.includes(c.header)));
        setMapping(known ?? p.guess);
      },
      (e) => current && onError(e),
    );
    return () => {
      current = false;
    };
  }, [kind, previewPath, encoding, saved]);

  const browse = () => {
    ipc
      .chooseFile([
        { name: t("import--files-all"), extensions: ["csv", "tsv", "txt", "xlsx", "xml"] },
        { name: t("import--kind-table"), extensions: ["csv", "tsv", "txt", "xlsx"] },
        { name: t("import--kind-ddex"), extensions: ["xml"] },
      ])
      .then((chosen) => chosen && choose(chosen), onError);
  };

  const start = (mappingName: string | null) => {
    setReport(null);
    setRunning({ rows: 0, fraction: 0 });
    ipc
      .importFile(
        { kind, path, edition: edition.id, section: null, partial, dry_run: dryRun, mapping: mappingName, encoding: encoding || null },
        (p) => setRunning({ rows: Number(p.rows), fraction: p.fraction }),
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

  const run = () => {
    if (!path.trim()) return;
    if (kind !== "table" || !mapping) {
      start(null);
      return;
    }
    // The mapping is saved under its name, so the next file from the same place reads alike.
    ipc.saveMapping({ name: mapping.name, columns: mapping.columns }).then(
      (m) => {
        setSaved((list) => [...list.filter((x) => x.name !== m.name), m]);
        start(m.name);
      },
      onError,
    );
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
          <option value="table">{t("import--kind-table")}</option>
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
          onChange={(e) => choose((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" data-testid="import-browse" onClick={browse}>
          {t("import--browse")}
        </button>
      </div>
      {kind !== "ddex" && (
        <div class="form-row">
          <label>
            {t("import--encoding")}
            <select data-testid="import-encoding" value={encoding} onChange={(e) => setEncoding((e.currentTarget as HTMLSelectElement).value)}>
              {ENCODINGS.map((e) => (
                <option key={e} value={e}>
                  {e === "" ? t("import--encoding-detect") : e}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {kind === "table" && preview && mapping && (
        <MappingEditor t={t} preview={preview} mapping={mapping} saved={saved} targets={targets} onChange={setMapping} />
      )}
      <div class="form-row">
        <label>
          <input type="checkbox" data-testid="import-partial" checked={partial} onChange={(e) => setPartial((e.currentTarget as HTMLInputElement).checked)} />
          {t("import--partial")}
        </label>
        <label>
          <input type="checkbox" data-testid="import-dry-run" checked={dryRun} onChange={(e) => setDryRun((e.currentTarget as HTMLInputElement).checked)} />
          {t("import--dry-run")}
        </label>
        <button
          type="button"
          class="primary"
          data-testid="import-run"
          disabled={running !== null || !path.trim() || (kind === "table" && !mapping)}
          onClick={run}
        >
          {t("import--run")}
        </button>
      </div>
      {running && (
        <div class="progress" role="status" data-testid="import-progress">
          <span>{t("import--progress", { rows: running.rows })}</span>
          <progress value={running.fraction} max={1} />
        </div>
      )}
      {report && <Report t={t} report={report.report} refused={report.refused} onError={onError} onResolved={onDone} />}
    </div>
  );
}

interface EditorProps {
  t: Translate;
  preview: TablePreview;
  mapping: MappingInfo;
  saved: MappingInfo[];
  targets: string[];
  onChange: (m: MappingInfo) => void;
}

/** The file's first rows under a row of choices: what each column holds. */
function MappingEditor({ t, preview, mapping, saved, targets, onChange }: EditorProps) {
  const targetOf = (header: string) => mapping.columns.find((c) => c.header === header)?.target ?? "";
  const setTarget = (header: string, target: string) => {
    const columns: MappingColumn[] = preview.headers
      .map((h) => ({ header: h, target: h === header ? target : targetOf(h) }))
      .filter((c) => c.target !== "");
    onChange({ ...mapping, columns });
  };
  return (
    <div class="mapping" data-testid="import-mapping">
      <div class="form-row">
        <label>
          {t("import--mapping-name")}
          <input
            type="text"
            data-testid="import-mapping-name"
            value={mapping.name}
            onInput={(e) => onChange({ ...mapping, name: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        {saved.length > 0 && (
          <label>
            {t("import--mapping-saved")}
            <select
              data-testid="import-mapping-saved"
              value=""
              onChange={(e) => {
                const m = saved.find((x) => x.name === (e.currentTarget as HTMLSelectElement).value);
                if (m) onChange(m);
              }}
            >
              <option value="">{t("import--mapping-choose")}</option>
              {saved.map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {preview.encoding && <span data-testid="import-preview-encoding">{t("import--read-as", { encoding: preview.encoding })}</span>}
      </div>
      <div class="table-scroll">
        <table class="preview" data-testid="import-preview">
          <thead>
            <tr>
              {preview.headers.map((h, i) => (
                <th key={i} scope="col">
                  <bdi>{h}</bdi>
                  <select
                    data-testid={`import-target-${i}`}
                    aria-label={t("import--target-of", { column: h })}
                    value={targetOf(h)}
                    onChange={(e) => setTarget(h, (e.currentTarget as HTMLSelectElement).value)}
                  >
                    <option value="">{t("import--target-field")}</option>
                    {targets.map((x) => (
                      <option key={x} value={x}>
                        {t(`import--target-${x}`)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <bdi>{cell}</bdi>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface ReportProps {
  t: Translate;
  report: ImportReport;
  refused: boolean;
  onError: (e: unknown) => void;
  onResolved: () => void;
}

function Report({ t, report, refused, onError, onResolved }: ReportProps) {
  // Values already mapped, by vocabulary and value, with how many works they resolved.
  const [resolved, setResolved] = useState<Map<string, number>>(new Map());
  const keyOf = (w: ImportWarning) => `${w.vocabulary}\u0000${w.value.toLowerCase()}`;
  const treat = (w: ImportWarning) => {
    if (!w.vocabulary || !w.suggestion_code) return;
    ipc.setAlias({ vocabulary: w.vocabulary, name: w.value, code: w.suggestion_code }).then((r) => {
      setResolved((m) => new Map(m).set(keyOf(w), Number(r.resolved)));
      onResolved();
    }, onError);
  };
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
      {report.encoding && report.encoding !== "UTF-8" && <p data-testid="import-encoding-used">{t("import--read-as", { encoding: report.encoding })}</p>}
      {report.skipped.map((s) => (
        <p key={s.kind} data-testid={`import-skipped-${s.kind}`}>
          {t("import--skipped", { kind: s.kind, count: Number(s.count) })}
        </p>
      ))}
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
      {report.warnings.length > 0 && (
        <table class="warnings" data-testid="import-warnings">
          <caption>{t("import--warnings", { count: Number(report.warnings_total) })}</caption>
          <thead>
            <tr>
              <th>{t("import--column-line")}</th>
              <th>{t("import--column-column")}</th>
              <th>{t("import--column-warning")}</th>
            </tr>
          </thead>
          <tbody>
            {report.warnings.map((w, i) => {
              const done = resolved.get(keyOf(w));
              return (
                <tr key={i} data-testid={`warning-${i}`}>
                  <td>{Number(w.line)}</td>
                  <td>
                    <bdi>{w.column}</bdi>
                  </td>
                  <td>
                    {w.message} <code>{w.code}</code>{" "}
                    {done !== undefined ? (
                      <span data-testid={`warning-resolved-${i}`}>{t("import--treated", { value: w.value, suggestion: w.suggestion ?? "", works: done })}</span>
                    ) : (
                      w.vocabulary &&
                      w.suggestion && (
                        <button type="button" data-testid={`warning-treat-${i}`} onClick={() => treat(w)}>
                          {t("import--treat-as", { value: w.value, suggestion: w.suggestion })}
                        </button>
                      )
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
