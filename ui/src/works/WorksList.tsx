// The works list: paged from the store, virtualised here. Only the rows in view (plus a
// margin) exist in the DOM, and pages of PAGE rows are fetched as they scroll into view,
// so 100,000 works cost no more than 100.
import { useEffect, useRef, useState } from "preact/hooks";
import { useVisibleRows } from "../lists/useVisibleRows";
import { ipc, mediaUrl, type WorkSummary } from "../ipc";
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
  onOpen: (id: number) => void;
  onError: (e: unknown) => void;
}

export function WorksList({ hidden, locale, mediaVersion, t, onOpen, onError }: Props) {
  const { viewport, range, measure } = useVisibleRows(ROW_HEIGHT, OVERSCAN);
  const pages = useRef(new Map<number, WorkSummary[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [, setLoaded] = useState(0);

  const load = (page: number) => {
    if (pages.current.has(page) || inFlight.current.has(page)) return;
    const gen = generation.current;
    inFlight.current.add(page);
    ipc
      .worksPage(locale, page * PAGE, PAGE)
      .then((res) => {
        if (gen !== generation.current) return;
        pages.current.set(page, res.works);
        setTotal(res.total);
        setLoaded((n) => n + 1);
      }, onError)
      .finally(() => inFlight.current.delete(page));
  };

  // Titles depend on the interface language, posters on what was added: start over
  // when either changes.
  useEffect(() => {
    generation.current += 1;
    pages.current.clear();
    inFlight.current.clear();
    setTotal(null);
    load(0);
  }, [locale, mediaVersion]);


  const end = total === null ? 0 : Math.min(range.end, total);
  useEffect(() => {
    if (total === null) return;
    for (let p = Math.floor(range.start / PAGE); p <= Math.floor(Math.max(end - 1, 0) / PAGE); p++) load(p);
  }, [range.start, end, total]);

  // Tell the shell when the first page is on screen (start-up is measured to this point).
  useEffect(() => {
    if (firstPaintReported || total === null) return;
    firstPaintReported = true;
    requestAnimationFrame(() => requestAnimationFrame(() => void ipc.startupPainted().catch(onError)));
  }, [total]);

  const rows = [];
  for (let i = range.start; i < end; i++) {
    const work = pages.current.get(Math.floor(i / PAGE))?.[i % PAGE];
    const style = { transform: `translateY(${i * ROW_HEIGHT}px)`, height: `${ROW_HEIGHT}px` };
    rows.push(
      work ? (
        <button
          type="button"
          key={work.id}
          class="work-row"
          style={style}
          role="row"
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
            <bdi lang={work.title_lang}>{work.title}</bdi>
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
        </button>
      ) : (
        <div key={`placeholder-${i}`} class="work-row placeholder" style={style} aria-hidden="true" />
      ),
    );
  }

  return (
    <section class="works" hidden={hidden} data-testid="works">
      <div class="works-head">
        <h2 data-testid="works-heading">{t("works--heading")}</h2>
        {total !== null && <span data-testid="works-count">{t("works--count", { count: total })}</span>}
      </div>
      <div class="work-row header" role="row">
        <span class="cell poster" role="columnheader" />
        <span class="cell" role="columnheader">
          {t("works--column-title")}
        </span>
        <span class="cell" role="columnheader">
          {t("works--column-original")}
        </span>
        <span class="cell" role="columnheader">
          {t("works--column-kind")}
        </span>
        <span class="cell" role="columnheader">
          {t("works--column-year")}
        </span>
      </div>
      <div class="works-viewport" ref={viewport} onScroll={measure} role="table" data-testid="works-list">
        {total === null && <p class="works-note">{t("works--loading")}</p>}
        {total === 0 && <p class="works-note">{t("works--empty")}</p>}
        <div class="works-canvas" style={{ height: `${(total ?? 0) * ROW_HEIGHT}px` }}>
          {rows}
        </div>
      </div>
    </section>
  );
}
