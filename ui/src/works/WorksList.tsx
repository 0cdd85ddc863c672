// The works list: sorted and paged in the store, virtualised here. Only the rows in view
// (plus a margin) exist in the DOM, and pages of PAGE rows are fetched as they scroll into
// view and dropped when they leave it, so 100,000 works cost no more than 100.
import { useEffect, useMemo, useState } from "preact/hooks";
import { useVisibleRows } from "../lists/useVisibleRows";
import { usePagedRows } from "../lists/usePagedRows";
import { SortHeader, type Sort } from "../lists/SortHeader";
import { ipc, mediaUrl, type WorkColumn, type WorkId, type WorkSummary } from "../ipc";
import type { Translate } from "../i18n";

const ROW_HEIGHT = 44;
const PAGE = 100;
const OVERSCAN = 8;

let firstPaintReported = false;

interface Props {
  hidden: boolean;
  locale: string;
  mediaVersion: number;
  t: Translate;
  onOpen: (id: WorkId) => void;
  onError: (e: unknown) => void;
}

export function WorksList({ hidden, locale, mediaVersion, t, onOpen, onError }: Props) {
  const { viewport, range, measure } = useVisibleRows(ROW_HEIGHT, OVERSCAN);
  const [sort, setSort] = useState<Sort<WorkColumn>>({ column: "id", descending: false });
  const fetch = useMemo(
    () =>
      ({ after, offset, limit }: { after: string | null; offset: number; limit: number }) =>
        ipc
          .worksPage({ lang: locale, edition: null, sort: sort.column, descending: sort.descending, after, offset, limit })
          .then((p) => ({ total: p.total, rows: p.works, next: p.next })),
    [locale, sort],
  );
  // Titles depend on the interface language, posters on what was added: start over when
  // either (or the sort) changes.
  const key = `${locale}|${mediaVersion}|${sort.column}|${sort.descending}`;
  const { total, row } = usePagedRows<WorkSummary>(fetch, PAGE, range, key, onError);

  // Tell the shell when the first page is on screen (start-up is measured to this point).
  useEffect(() => {
    if (firstPaintReported || total === null) return;
    firstPaintReported = true;
    requestAnimationFrame(() => requestAnimationFrame(() => void ipc.startupPainted().catch(onError)));
  }, [total]);

  const end = total === null ? 0 : Math.min(range.end, total);
  const rows = [];
  for (let i = range.start; i < end; i++) {
    const work = row(i);
    const style = { transform: `translateY(${i * ROW_HEIGHT}px)`, height: `${ROW_HEIGHT}px` };
    rows.push(
      work ? (
        <div
          key={work.id}
          class="work-row"
          style={style}
          role="row"
          aria-rowindex={i + 2}
          data-testid={`work-row-${work.id}`}
          data-work-id={work.id}
          onClick={() => onOpen(work.id)}
        >
          <span class="cell poster" role="cell">
            {work.thumbnail && (
              <img src={mediaUrl(work.thumbnail)} alt="" loading="lazy" data-testid={`work-poster-${work.id}`} />
            )}
          </span>
          <span class="cell title" role="cell">
            <button
              type="button"
              class="link"
              onClick={(e) => {
                e.stopPropagation();
                onOpen(work.id);
              }}
            >
              <bdi lang={work.title_lang}>{work.title}</bdi>
            </button>
          </span>
          <span class="cell original" role="cell">
            <bdi lang={work.original_lang}>{work.original_title}</bdi>
          </span>
          <span class="cell kind" role="cell">
            {t(`kind--${work.kind}`)}
          </span>
          <span class="cell year" role="cell">
            {work.year ?? ""}
          </span>
        </div>
      ) : (
        <div key={`placeholder-${i}`} class="work-row placeholder" style={style} aria-hidden="true" />
      ),
    );
  }

  const head = (column: WorkColumn | null, label: string, cls = "") =>
    column === null ? (
      <span class={`cell ${cls}`} role="columnheader">
        {label}
      </span>
    ) : (
      <SortHeader column={column} label={label} sort={sort} onSort={setSort} testid={`works-sort-${column}`} cls={cls} />
    );

  return (
    <section class="works" hidden={hidden} data-testid="works" aria-labelledby="works-heading">
      <div class="works-head">
        <h2 id="works-heading" data-testid="works-heading">
          {t("works--heading")}
        </h2>
        {total !== null && <span data-testid="works-count">{t("works--count", { count: total })}</span>}
      </div>
      {total === null && <p class="works-note">{t("works--loading")}</p>}
      {total === 0 && <p class="works-note">{t("works--empty")}</p>}
      <div class="table" role="table" aria-labelledby="works-heading" aria-rowcount={total === null ? -1 : total + 1}>
        <div role="rowgroup">
          <div class="work-row header" role="row" aria-rowindex={1}>
            <span class="cell poster" role="columnheader">
              <span class="visually-hidden">{t("works--column-poster")}</span>
            </span>
            {head("title", t("works--column-title"))}
            {head(null, t("works--column-original"))}
            {head(null, t("works--column-kind"))}
            {head("year", t("works--column-year"))}
          </div>
        </div>
        <div class="works-viewport" ref={viewport} onScroll={measure} role="rowgroup" data-testid="works-list">
          <div class="works-canvas" style={{ height: `${(total ?? 0) * ROW_HEIGHT}px` }}>
            {rows}
          </div>
        </div>
      </div>
    </section>
  );
}
