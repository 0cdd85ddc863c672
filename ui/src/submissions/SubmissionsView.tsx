// An edition's submissions: a virtualised table (sort by any column; filter by status,
// section, country and language; select rows and change their status in bulk, with
// undo), the import dialog with its report, the statistics and the export.
import { useEffect, useMemo, useState } from "preact/hooks";
import { ipc, type Edition, type StatusState, type SubmissionItem, type SubmissionStatus } from "../ipc";
import { languageName, regionName, type Translate } from "../i18n";
import { ImportPanel } from "./ImportPanel";
import { useVisibleRows } from "../lists/useVisibleRows";
import { StatsView } from "./StatsView";

const ROW_HEIGHT = 40;
const OVERSCAN = 10;
const STATUSES: SubmissionStatus[] = ["in-consideration", "incomplete", "disqualified", "withdrawn"];
const JUDGING = ["undecided", "selected", "not-selected"];

type SortKey = "title" | "section" | "status" | "judging" | "countries" | "languages" | "year" | "submitted";

interface Props {
  locale: string;
  t: Translate;
  onOpen: (id: number) => void;
  onError: (e: unknown) => void;
}


function sortValue(s: SubmissionItem, key: SortKey): string | number {
  switch (key) {
    case "title":
      return s.title;
    case "section":
      return s.section_name;
    case "status":
      return s.status;
    case "judging":
      return s.label_name ?? s.judging;
    case "countries":
      return s.countries.join(",");
    case "languages":
      return s.languages.join(",");
    case "year":
      return s.year ?? 0;
    case "submitted":
      return s.submitted_at ?? 0;
  }
}

export function SubmissionsView({ locale, t, onOpen, onError }: Props) {
  const [editions, setEditions] = useState<Edition[]>([]);
  const [edition, setEdition] = useState<string>("");
  const [tab, setTab] = useState<"table" | "stats">("table");
  const [items, setItems] = useState<SubmissionItem[] | null>(null);
  const [version, setVersion] = useState(0);
  const [filter, setFilter] = useState({ status: "", section: "", country: "", language: "" });
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: "submitted", up: true });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulkStatus, setBulkStatus] = useState("");
  const [bulkJudging, setBulkJudging] = useState("");
  const [undo, setUndo] = useState<StatusState[] | null>(null);
  const [showImport, setShowImport] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const { viewport, range, measure } = useVisibleRows(ROW_HEIGHT, OVERSCAN, tab);

  useEffect(() => {
    ipc.editions().then((list) => {
      setEditions(list);
      if (list.length > 0) setEdition((e) => e || list[0].slug);
    }, onError);
  }, []);

  // Another edition: its own sections, labels and rows, nothing carried over.
  useEffect(() => {
    setItems(null);
    setFilter({ status: "", section: "", country: "", language: "" });
    setBulkJudging("");
    setSelected(new Set());
    setUndo(null);
  }, [edition]);

  // A selection only ever holds rows that are shown.
  useEffect(() => {
    setSelected(new Set());
  }, [filter]);

  useEffect(() => {
    if (!edition) return;
    let live = true;
    ipc.editionSubmissions(edition, locale).then((list) => live && setItems(list), onError);
    return () => {
      live = false;
    };
  }, [edition, locale, version]);

  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true, sensitivity: "base" }), [locale]);
  const shown = useMemo(() => {
    const list = (items ?? []).filter(
      (s) =>
        (!filter.status || s.status === filter.status) &&
        (!filter.section || s.section === filter.section) &&
        (!filter.country || s.countries.includes(filter.country)) &&
        (!filter.language || s.languages.includes(filter.language)),
    );
    list.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return sort.up ? c : -c;
    });
    return list;
  }, [items, filter, sort, collator]);

  const options = useMemo(() => {
    const sections = new Map<string, string>();
    const countries = new Set<string>();
    const languages = new Set<string>();
    for (const s of items ?? []) {
      sections.set(s.section, s.section_name);
      s.countries.forEach((c) => countries.add(c));
      s.languages.forEach((l) => languages.add(l));
    }
    return { sections: [...sections], countries: [...countries].sort(), languages: [...languages].sort() };
  }, [items]);


  const toggle = (id: number) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const applyBulk = () => {
    const ids = [...selected];
    if (ids.length === 0 || (!bulkStatus && !bulkJudging)) return;
    const [judging, label] = bulkJudging.startsWith("label:") ? ["label", bulkJudging.slice(6)] : [bulkJudging, null];
    ipc.setStatuses(ids, bulkStatus || null, judging || null, label).then((change) => {
      setUndo(change.previous);
      setSelected(new Set());
      setVersion((v) => v + 1);
    }, onError);
  };

  const undoBulk = () => {
    if (!undo) return;
    ipc.restoreStatuses(undo).then(() => {
      setUndo(null);
      setVersion((v) => v + 1);
    }, onError);
  };

  const exportAs = (format: "csv" | "xlsx" | "json") =>
    ipc.exportEdition(edition, format, null, locale).then((r) => setExported(r.path), onError);

  const labels = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of items ?? []) if (s.label) m.set(s.label, s.label_name ?? s.label);
    return [...m];
  }, [items]);

  const head = (key: SortKey, id: string) => (
    <button
      type="button"
      class="cell sort"
      role="columnheader"
      aria-sort={sort.key === key ? (sort.up ? "ascending" : "descending") : "none"}
      data-testid={`sort-${key}`}
      onClick={() => setSort((s) => ({ key, up: s.key === key ? !s.up : true }))}
    >
      {t(id)}
      {sort.key === key ? (sort.up ? " ▲" : " ▼") : ""}
    </button>
  );

  const end = Math.min(range.end, shown.length);
  const rows = [];
  for (let i = range.start; i < end; i++) {
    const s = shown[i];
    rows.push(
      <div
        key={s.id}
        class={selected.has(s.id) ? "sub-row selected" : "sub-row"}
        role="row"
        style={{ transform: `translateY(${i * ROW_HEIGHT}px)`, height: `${ROW_HEIGHT}px` }}
        data-testid={`submission-row-${s.id}`}
      >
        <span class="cell check" role="cell">
          <input
            type="checkbox"
            checked={selected.has(s.id)}
            aria-label={t("submissions--select")}
            data-testid={`submission-check-${s.id}`}
            onChange={() => toggle(s.id)}
          />
        </span>
        <button type="button" class="cell title link" role="cell" dir="auto" onClick={() => onOpen(s.work_id)}>
          <bdi lang={s.title_lang}>{s.title}</bdi>
        </button>
        <span class="cell" role="cell" dir="auto">
          {s.section_name}
        </span>
        <span class="cell" role="cell" data-testid={`submission-status-${s.id}`}>
          {t(`status--${s.status}`)}
        </span>
        <span class="cell" role="cell" dir={s.judging === "label" ? "auto" : undefined}>
          {s.judging === "label" ? s.label_name ?? s.label : t(`judging--${s.judging}`)}
        </span>
        <span class="cell" role="cell">
          {s.countries.join(" · ")}
        </span>
        <span class="cell" role="cell">
          {s.languages.join(" · ")}
        </span>
        <span class="cell year" role="cell">
          {s.year ?? ""}
        </span>
      </div>,
    );
  }

  return (
    <section class="submissions" data-testid="submissions">
      <div class="toolbar">
        <label>
          <span>{t("submissions--edition")}</span>
          <select
            data-testid="edition-select"
            value={edition}
            onChange={(e) => setEdition((e.currentTarget as HTMLSelectElement).value)}
          >
            {editions.map((e) => (
              <option key={e.slug} value={e.slug}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <div class="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === "table"} data-testid="tab-table" onClick={() => setTab("table")}>
            {t("submissions--tab-table")}
          </button>
          <button type="button" role="tab" aria-selected={tab === "stats"} data-testid="tab-stats" onClick={() => setTab("stats")}>
            {t("submissions--tab-stats")}
          </button>
        </div>
        <button type="button" data-testid="open-import" onClick={() => setShowImport((v) => !v)}>
          {t("import--open")}
        </button>
        <span class="export">
          {t("export--label")}
          {(["csv", "xlsx", "json"] as const).map((f) => (
            <button type="button" key={f} data-testid={`export-${f}`} onClick={() => exportAs(f)}>
              {f.toUpperCase()}
            </button>
          ))}
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
      {tab === "stats" && edition && <StatsView edition={edition} locale={locale} version={version} t={t} onError={onError} />}
      {tab === "table" && (
        <>
          <div class="toolbar filters">
            <select data-testid="filter-status" value={filter.status} onChange={(e) => setFilter({ ...filter, status: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t("filter--any-status")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status--${s}`)}
                </option>
              ))}
            </select>
            <select data-testid="filter-section" value={filter.section} onChange={(e) => setFilter({ ...filter, section: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t("filter--any-section")}</option>
              {options.sections.map(([slug, name]) => (
                <option key={slug} value={slug}>
                  {name}
                </option>
              ))}
            </select>
            <select data-testid="filter-country" value={filter.country} onChange={(e) => setFilter({ ...filter, country: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t("filter--any-country")}</option>
              {options.countries.map((c) => (
                <option key={c} value={c}>
                  {regionName(c, locale)}
                </option>
              ))}
            </select>
            <select data-testid="filter-language" value={filter.language} onChange={(e) => setFilter({ ...filter, language: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t("filter--any-language")}</option>
              {options.languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l, locale)}
                </option>
              ))}
            </select>
            <span class="count" data-testid="submissions-count">
              {t("submissions--count", { shown: shown.length, total: items?.length ?? 0 })}
            </span>
          </div>
          <div class="toolbar bulk">
            <span data-testid="selected-count">{t("submissions--selected", { count: selected.size })}</span>
            <button type="button" data-testid="select-shown" onClick={() => setSelected(new Set(shown.map((s) => s.id)))}>
              {t("submissions--select-shown")}
            </button>
            <select data-testid="bulk-status" value={bulkStatus} onChange={(e) => setBulkStatus((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t("bulk--status-unchanged")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status--${s}`)}
                </option>
              ))}
            </select>
            <select data-testid="bulk-judging" value={bulkJudging} onChange={(e) => setBulkJudging((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t("bulk--judging-unchanged")}</option>
              {JUDGING.map((j) => (
                <option key={j} value={j}>
                  {t(`judging--${j}`)}
                </option>
              ))}
              {labels.map(([slug, name]) => (
                <option key={slug} value={`label:${slug}`}>
                  {name}
                </option>
              ))}
            </select>
            <button type="button" data-testid="bulk-apply" disabled={selected.size === 0} onClick={applyBulk}>
              {t("bulk--apply")}
            </button>
            {undo && (
              <button type="button" data-testid="bulk-undo" onClick={undoBulk}>
                {t("bulk--undo", { count: undo.length })}
              </button>
            )}
          </div>
          <div class="sub-row header" role="row">
            <span class="cell check" />
            {head("title", "works--column-title")}
            {head("section", "submissions--column-section")}
            {head("status", "submissions--column-status")}
            {head("judging", "submissions--column-judging")}
            {head("countries", "submissions--column-countries")}
            {head("languages", "submissions--column-languages")}
            {head("year", "works--column-year")}
          </div>
          <div class="works-viewport" ref={viewport} onScroll={measure} role="table" data-testid="submissions-table">
            {items === null && <p class="works-note">{t("works--loading")}</p>}
            {items !== null && shown.length === 0 && <p class="works-note">{t("submissions--empty")}</p>}
            <div class="works-canvas" style={{ height: `${shown.length * ROW_HEIGHT}px` }}>
              {rows}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
