// An edition's submissions: a table filtered, sorted and paged in the store (the window
// holds only the rows in view), ticked rows or "all shown" changed in bulk with undo,
// the import dialog with its report, the statistics and the export.
import { useEffect, useMemo, useState } from "preact/hooks";
import {
  ipc,
  NO_FILTER,
  type Edition,
  type EditionId,
  type ExportFormat,
  type JudgingStatus,
  type Selection,
  type StatusChange,
  type SubmissionColumn,
  type SubmissionFilter,
  type SubmissionId,
  type SubmissionItem,
  type SubmissionStatus,
  type Tally,
  type Vocabulary,
  type WorkId,
} from "../ipc";
import { languageName, regionName, type Translate } from "../i18n";
import { ImportPanel } from "./ImportPanel";
import { useVisibleRows } from "../lists/useVisibleRows";
import { usePagedRows } from "../lists/usePagedRows";
import { SortHeader, type Sort } from "../lists/SortHeader";
import { StatsView } from "./StatsView";

const ROW_HEIGHT = 40;
const OVERSCAN = 10;
const PAGE = 100;

interface Props {
  locale: string;
  vocabulary: Vocabulary;
  t: Translate;
  onOpen: (id: WorkId) => void;
  onError: (e: unknown) => void;
}

/** What is ticked: some rows, or every row the filter keeps. */
type Ticked = { kind: "ids"; ids: Set<SubmissionId> } | { kind: "all" };

const NOTHING: Ticked = { kind: "ids", ids: new Set() };

/** A judging status as the bulk menu and the filter write it: a built-in word or `label:SLUG`. */
function judgingOf(word: string): JudgingStatus | null {
  if (!word) return null;
  if (word.startsWith("label:")) return { status: "label", label: word.slice(6) };
  return { status: word as Exclude<JudgingStatus["status"], "label"> } as JudgingStatus;
}

/** The built-in judging statuses, then the edition's own labels, as `label:SLUG`. */
function JudgingOptions({ judging, edition, t }: { judging: Vocabulary["judging"]; edition: Edition; t: Translate }) {
  return (
    <>
      {judging.map((j) => (
        <option key={j} value={j}>
          {t(`judging--${j}`)}
        </option>
      ))}
      {edition.labels.map((l) => (
        <option key={l.slug} value={`label:${l.slug}`}>
          {l.name}
        </option>
      ))}
    </>
  );
}

export function SubmissionsView({ locale, vocabulary, t, onOpen, onError }: Props) {
  const [editions, setEditions] = useState<Edition[]>([]);
  const [editionId, setEditionId] = useState<EditionId | null>(null);
  const [tab, setTab] = useState<"table" | "stats">("table");
  const [version, setVersion] = useState(0);
  const [filter, setFilter] = useState<SubmissionFilter>(NO_FILTER);
  const [judgingWord, setJudgingWord] = useState("");
  const [text, setText] = useState("");
  const [sort, setSort] = useState<Sort<SubmissionColumn>>({ column: "id", descending: false });
  const [ticked, setTicked] = useState<Ticked>(NOTHING);
  const [bulkStatus, setBulkStatus] = useState("");
  const [bulkJudging, setBulkJudging] = useState("");
  const [undo, setUndo] = useState<StatusChange | null>(null);
  const [showImport, setShowImport] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [facets, setFacets] = useState<{ countries: Tally[]; languages: Tally[] }>({ countries: [], languages: [] });
  const { viewport, range, measure } = useVisibleRows(ROW_HEIGHT, OVERSCAN, tab);
  const edition = editions.find((e) => e.id === editionId) ?? null;

  useEffect(() => {
    ipc.editions().then((list) => {
      setEditions(list);
      if (list.length > 0) setEditionId((e) => e ?? list[0].id);
    }, onError);
  }, [version]);

  // Another edition: its own sections, labels and rows, nothing carried over.
  useEffect(() => {
    setFilter(NO_FILTER);
    setJudgingWord("");
    setText("");
    setBulkJudging("");
    setTicked(NOTHING);
    setUndo(null);
  }, [editionId]);

  // The words of the text filter reach the store a moment after the typing stops.
  useEffect(() => {
    const id = setTimeout(() => setFilter((f) => ({ ...f, text: text.trim() || null })), 250);
    return () => clearTimeout(id);
  }, [text]);

  // A selection only ever holds rows that are shown.
  useEffect(() => setTicked(NOTHING), [filter]);

  // The countries and languages to filter by are the edition's own, counted by the store.
  useEffect(() => {
    if (editionId === null) return;
    ipc
      .editionStats({ edition: editionId, filter: NO_FILTER })
      .then((s) => setFacets({ countries: s.by_country, languages: s.by_language }), onError);
  }, [editionId, version]);

  const fetch = useMemo(
    () =>
      ({ after, offset, limit }: { after: string | null; offset: number; limit: number }) =>
        // Until the editions have come there is no list to ask for.
        editionId === null
          ? Promise.resolve({ total: 0, rows: [] as SubmissionItem[], next: null })
          : ipc
          .submissionsPage({
            edition: editionId,
            lang: locale,
            filter,
            sort: sort.column,
            descending: sort.descending,
            after,
            offset,
            limit,
          })
          .then((p) => ({ total: p.total, rows: p.submissions, next: p.next })),
    [editionId, locale, filter, sort],
  );
  const key = `${editionId}|${locale}|${JSON.stringify(filter)}|${sort.column}|${sort.descending}|${version}`;
  const { total, row } = usePagedRows<SubmissionItem>(fetch, PAGE, editionId === null ? { start: 0, end: 0 } : range, key, onError);

  const isTicked = (id: SubmissionId) => ticked.kind === "all" || ticked.ids.has(id);
  const tickedCount = ticked.kind === "all" ? (total ?? 0) : ticked.ids.size;
  const toggle = (id: SubmissionId) =>
    setTicked((old) => {
      const ids = new Set(old.kind === "ids" ? old.ids : []);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      return { kind: "ids", ids };
    });

  const applyBulk = () => {
    if (editionId === null || tickedCount === 0 || (!bulkStatus && !bulkJudging)) return;
    const selection: Selection =
      ticked.kind === "all" ? { filter: { edition: editionId, filter } } : { ids: [...ticked.ids] };
    ipc
      .setStatuses({ selection, status: (bulkStatus || null) as SubmissionStatus | null, judging: judgingOf(bulkJudging) })
      .then((change) => {
        setUndo(change);
        setTicked(NOTHING);
        setVersion((v) => v + 1);
      }, onError);
  };

  const undoBulk = () => {
    if (!undo) return;
    ipc.undoStatuses(undo.change).then(() => {
      setUndo(null);
      setVersion((v) => v + 1);
    }, onError);
  };

  const exportAs = (format: ExportFormat, path: string | null = null) =>
    editionId !== null &&
    ipc.exportEdition({ edition: editionId, format, path, filter, lang: locale }).then((r) => setExported(r.path), onError);

  // The platform's save dialog; the format follows the extension the curator picks.
  const exportSaveAs = () => {
    const formats = vocabulary.export_formats;
    ipc
      .chooseSavePath(
        `${edition?.slug ?? "submissions"}.${formats[0]}`,
        formats.map((f) => ({ name: t(`export--format-${f}`), extensions: [f] })),
      )
      .then((chosen) => {
        if (!chosen) return;
        const ext = chosen.split(".").pop()?.toLowerCase() ?? "";
        const format = formats.find((f) => f === ext) ?? formats[0];
        exportAs(format, chosen);
      }, onError);
  };

  const setFilterField = <K extends keyof SubmissionFilter>(field: K, value: SubmissionFilter[K]) =>
    setFilter((f) => ({ ...f, [field]: value }));

  const end = total === null ? 0 : Math.min(range.end, total);
  const rows = [];
  for (let i = range.start; i < end; i++) {
    const s = row(i);
    const style = { transform: `translateY(${i * ROW_HEIGHT}px)`, height: `${ROW_HEIGHT}px` };
    if (!s) {
      rows.push(<div key={`placeholder-${i}`} class="sub-row placeholder" style={style} aria-hidden="true" />);
      continue;
    }
    rows.push(
      <div
        key={s.id}
        class={isTicked(s.id) ? "sub-row selected" : "sub-row"}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={isTicked(s.id)}
        style={style}
        data-testid={`submission-row-${s.id}`}
      >
        <span class="cell check" role="cell">
          <input
            type="checkbox"
            checked={isTicked(s.id)}
            aria-label={t("submissions--select-row", { title: s.title })}
            data-testid={`submission-check-${s.id}`}
            onChange={() => toggle(s.id)}
          />
        </span>
        <span class="cell title" role="cell">
          <button type="button" class="link" dir="auto" onClick={() => onOpen(s.work_id)}>
            <bdi lang={s.title_lang}>{s.title}</bdi>
          </button>
        </span>
        <span class="cell" role="cell" dir="auto">
          {s.section_name}
        </span>
        <span class="cell" role="cell" data-testid={`submission-status-${s.id}`}>
          {t(`status--${s.status}`)}
        </span>
        <span class="cell" role="cell" dir={s.judging === "label" ? "auto" : undefined}>
          {s.judging === "label" ? (s.label_name ?? s.label) : t(`judging--${s.judging}`)}
        </span>
        <span class="cell" role="cell">
          {s.countries.map((c) => regionName(c, locale)).join(" · ")}
        </span>
        <span class="cell" role="cell">
          {s.languages.map((l) => languageName(l, locale)).join(" · ")}
        </span>
        <span class="cell year" role="cell">
          {s.year ?? ""}
        </span>
      </div>,
    );
  }

  const head = (column: SubmissionColumn, id: string) => (
    <SortHeader column={column} label={t(id)} sort={sort} onSort={setSort} testid={`sort-${column}`} />
  );

  return (
    <section class="submissions" data-testid="submissions" aria-labelledby="submissions-heading">
      <h2 id="submissions-heading" class="visually-hidden">
        {t("nav--submissions")}
      </h2>
      <div class="toolbar">
        <label>
          <span>{t("submissions--edition")}</span>
          <select
            data-testid="edition-select"
            value={editionId ?? ""}
            onChange={(e) => setEditionId(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {editions.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <div class="tabs" role="tablist" aria-label={t("submissions--views")}>
          <button
            type="button"
            role="tab"
            id="tab-table"
            aria-selected={tab === "table"}
            aria-controls="panel-table"
            data-testid="tab-table"
            onClick={() => setTab("table")}
          >
            {t("submissions--tab-table")}
          </button>
          <button
            type="button"
            role="tab"
            id="tab-stats"
            aria-selected={tab === "stats"}
            aria-controls="panel-stats"
            data-testid="tab-stats"
            onClick={() => setTab("stats")}
          >
            {t("submissions--tab-stats")}
          </button>
        </div>
        <button type="button" data-testid="open-import" aria-expanded={showImport} onClick={() => setShowImport((v) => !v)}>
          {t("import--open")}
        </button>
        <span class="export" role="group" aria-label={t("export--label")}>
          <span aria-hidden="true">{t("export--label")}</span>
          {vocabulary.export_formats.map((f) => (
            <button type="button" key={f} data-testid={`export-${f}`} onClick={() => exportAs(f)}>
              {t(`export--format-${f}`)}
            </button>
          ))}
          <button type="button" data-testid="export-save-as" onClick={exportSaveAs}>
            {t("export--save-as")}
          </button>
        </span>
      </div>
      {exported && (
        <p class="notice" role="status" data-testid="export-done">
          {t("export--done", { path: exported })}
        </p>
      )}
      {showImport && edition && (
        <ImportPanel
          edition={edition}
          t={t}
          onDone={() => {
            // Statuses the import set are not the ones an earlier undo would restore over.
            setUndo(null);
            setVersion((v) => v + 1);
          }}
          onError={onError}
        />
      )}
      {tab === "stats" && editionId !== null && (
        <div role="tabpanel" id="panel-stats" aria-labelledby="tab-stats">
          <StatsView edition={editionId} locale={locale} version={version} t={t} onError={onError} />
        </div>
      )}
      {tab === "table" && edition && (
        <div role="tabpanel" id="panel-table" aria-labelledby="tab-table" class="table-panel">
          <div class="toolbar filters" role="group" aria-label={t("filter--label")}>
            <select
              data-testid="filter-status"
              aria-label={t("submissions--column-status")}
              value={filter.status ?? ""}
              onChange={(e) => setFilterField("status", ((e.currentTarget as HTMLSelectElement).value || null) as SubmissionStatus | null)}
            >
              <option value="">{t("filter--any-status")}</option>
              {vocabulary.submission_statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status--${s}`)}
                </option>
              ))}
            </select>
            <select
              data-testid="filter-judging"
              aria-label={t("submissions--column-judging")}
              value={judgingWord}
              onChange={(e) => {
                const word = (e.currentTarget as HTMLSelectElement).value;
                setJudgingWord(word);
                setFilterField("judging", judgingOf(word));
              }}
            >
              <option value="">{t("filter--any-judging")}</option>
              <JudgingOptions judging={vocabulary.judging} edition={edition} t={t} />
            </select>
            <select
              data-testid="filter-section"
              aria-label={t("submissions--column-section")}
              value={filter.section ?? ""}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                setFilterField("section", v ? Number(v) : null);
              }}
            >
              <option value="">{t("filter--any-section")}</option>
              {edition.sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <select
              data-testid="filter-country"
              aria-label={t("submissions--column-countries")}
              value={filter.country ?? ""}
              onChange={(e) => setFilterField("country", (e.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">{t("filter--any-country")}</option>
              {facets.countries.map((c) => (
                <option key={c.key} value={c.key}>
                  {regionName(c.key, locale)}
                </option>
              ))}
            </select>
            <select
              data-testid="filter-language"
              aria-label={t("submissions--column-languages")}
              value={filter.language ?? ""}
              onChange={(e) => setFilterField("language", (e.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">{t("filter--any-language")}</option>
              {facets.languages.map((l) => (
                <option key={l.key} value={l.key}>
                  {languageName(l.key, locale)}
                </option>
              ))}
            </select>
            <input
              type="search"
              data-testid="filter-text"
              aria-label={t("filter--text")}
              placeholder={t("filter--text")}
              value={text}
              onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
            />
            <span class="count" role="status" data-testid="submissions-count">
              {total !== null && t("submissions--count-shown", { total })}
            </span>
          </div>
          <div class="toolbar bulk" role="group" aria-label={t("bulk--label")}>
            <span data-testid="selected-count">{t("submissions--selected", { count: tickedCount })}</span>
            <button type="button" data-testid="select-shown" disabled={!total} onClick={() => setTicked({ kind: "all" })}>
              {t("submissions--select-shown")}
            </button>
            <select
              data-testid="bulk-status"
              aria-label={t("bulk--status")}
              value={bulkStatus}
              onChange={(e) => setBulkStatus((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t("bulk--status-unchanged")}</option>
              {vocabulary.submission_statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status--${s}`)}
                </option>
              ))}
            </select>
            <select
              data-testid="bulk-judging"
              aria-label={t("bulk--judging")}
              value={bulkJudging}
              onChange={(e) => setBulkJudging((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t("bulk--judging-unchanged")}</option>
              <JudgingOptions judging={vocabulary.judging} edition={edition} t={t} />
            </select>
            <button type="button" data-testid="bulk-apply" disabled={tickedCount === 0 || (!bulkStatus && !bulkJudging)} onClick={applyBulk}>
              {t("bulk--apply")}
            </button>
            {undo && (
              <button type="button" data-testid="bulk-undo" onClick={undoBulk}>
                {t("bulk--undo", { count: undo.changed })}
              </button>
            )}
          </div>
          {total === 0 && <p class="works-note">{t("submissions--empty")}</p>}
          <div class="table" role="table" aria-label={t("nav--submissions")} aria-rowcount={total === null ? -1 : total + 1}>
            <div role="rowgroup">
              <div class="sub-row header" role="row" aria-rowindex={1}>
                <span class="cell check" role="columnheader">
                  <span class="visually-hidden">{t("submissions--column-selected")}</span>
                </span>
                {head("title", "works--column-title")}
                {head("section", "submissions--column-section")}
                {head("status", "submissions--column-status")}
                {head("judging", "submissions--column-judging")}
                {head("countries", "submissions--column-countries")}
                {head("languages", "submissions--column-languages")}
                {head("year", "works--column-year")}
              </div>
            </div>
            <div class="works-viewport" ref={viewport} onScroll={measure} role="rowgroup" data-testid="submissions-table">
              <div class="works-canvas" style={{ height: `${(total ?? 0) * ROW_HEIGHT}px` }}>
                {rows}
              </div>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
