// As-you-type search over every title, director and artist, in any script. Each
// keystroke asks the store; an answer to an older query is dropped when a newer one
// was asked, so the list always matches the box.
import { useEffect, useRef, useState } from "preact/hooks";
import { ipc, type SearchHit } from "../ipc";
import type { Translate } from "../i18n";

interface Props {
  locale: string;
  t: Translate;
  onOpen: (id: number) => void;
  onError: (e: unknown) => void;
}

export function SearchBox({ locale, t, onOpen, onError }: Props) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [open, setOpen] = useState(true);
  const asked = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const ticket = ++asked.current;
    if (q === "") {
      setHits(null);
      return;
    }
    ipc.search(q, locale, 20).then((r) => {
      if (ticket === asked.current) setHits(r.hits);
    }, onError);
  }, [query, locale]);

  return (
    <div class="search" role="search">
      <input
        type="search"
        class="search-input"
        data-testid="search-input"
        placeholder={t("search--placeholder")}
        aria-label={t("search--label")}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // Closed when the focus leaves the search, after a click on a result has landed.
        onBlur={() => setTimeout(() => setOpen(false), 200)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
        }}
      />
      {hits !== null && open && (
        <ul class="search-results" data-testid="search-results">
          {hits.length === 0 && <li class="search-none">{t("search--none")}</li>}
          {hits.map((h) => (
            <li key={h.work_id}>
              <button
                type="button"
                data-testid={`search-hit-${h.work_id}`}
                onClick={() => {
                  setQuery("");
                  onOpen(h.work_id);
                }}
              >
                <bdi lang={h.title_lang}>{h.title}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
