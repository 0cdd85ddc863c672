// Rows of a long list fetched from the store a page at a time, as they come into view,
// and forgotten when they leave it: the window holds the rows in view and the pages
// they fall in, never the whole list. A page that follows one already held is asked
// for by the cursor the store gave (keyset paging); a jump into the middle of the list
// asks by position.
import { useEffect, useRef, useState } from "preact/hooks";

export interface Page<T> {
  total: number;
  rows: T[];
  next: string | null;
}

/** Fetches page `index`: after `after` when given, else from `offset`. */
export type FetchPage<T> = (request: { after: string | null; offset: number; limit: number }) => Promise<Page<T>>;

export interface PagedRows<T> {
  total: number | null;
  /** The row at `index`, if its page is held. */
  row: (index: number) => T | undefined;
}

export function usePagedRows<T>(
  fetch: FetchPage<T>,
  pageSize: number,
  range: { start: number; end: number },
  // Whatever changes the list (its filter, sort or language): the list starts over.
  key: string,
  onError: (e: unknown) => void,
): PagedRows<T> {
  const pages = useRef(new Map<number, Page<T>>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [, setLoaded] = useState(0);

  const load = (index: number) => {
    if (pages.current.has(index) || inFlight.current.has(index)) return;
    const gen = generation.current;
    const before = pages.current.get(index - 1);
    const request = before?.next
      ? { after: before.next, offset: 0, limit: pageSize }
      : { after: null, offset: index * pageSize, limit: pageSize };
    inFlight.current.add(index);
    fetch(request)
      .then((page) => {
        if (gen !== generation.current) return;
        pages.current.set(index, page);
        setTotal(page.total);
        setLoaded((n) => n + 1);
      }, onError)
      .finally(() => inFlight.current.delete(index));
  };

  useEffect(() => {
    generation.current += 1;
    pages.current.clear();
    inFlight.current.clear();
    setTotal(null);
    load(0);
  }, [key]);

  const end = total === null ? 0 : Math.min(range.end, total);
  useEffect(() => {
    if (total === null) return;
    const first = Math.floor(range.start / pageSize);
    const last = Math.floor(Math.max(end - 1, 0) / pageSize);
    // Pages out of view are let go; the one just before the view is kept, so scrolling
    // on continues by its cursor.
    for (const index of [...pages.current.keys()]) {
      if (index < first - 1 || index > last) pages.current.delete(index);
    }
    for (let p = first; p <= last; p++) load(p);
  }, [range.start, end, total, key]);

  return {
    total,
    row: (index) => pages.current.get(Math.floor(index / pageSize))?.rows[index % pageSize],
  };
}
