// Which rows of a long list are in view (plus a margin), for lists that keep only those
// rows in the DOM. Re-measured on scroll and whenever the viewport changes size.
import { useLayoutEffect, useRef, useState } from "preact/hooks";

export interface VisibleRows {
  viewport: { current: HTMLDivElement | null };
  range: { start: number; end: number };
  /** Call from the viewport's onScroll. */
  measure: () => void;
}

/** `remountKey` changes when the viewport element itself is replaced (a tab switch). */
export function useVisibleRows(rowHeight: number, overscan: number, remountKey?: unknown): VisibleRows {
  const viewport = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ start: 0, end: 40 });
  const measure = () => {
    const el = viewport.current;
    if (!el) return;
    const start = Math.max(0, Math.floor(el.scrollTop / rowHeight) - overscan);
    const end = Math.ceil((el.scrollTop + el.clientHeight) / rowHeight) + overscan;
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  };
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [remountKey]);
  return { viewport, range, measure };
}
