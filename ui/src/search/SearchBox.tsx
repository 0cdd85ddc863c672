// As-you-type search over every title, director and artist, in any script, as an ARIA
// combobox: the results are a listbox the arrow keys move through (the input keeps the
// focus and names the active result), Enter opens it, Escape closes the list and a
// second Escape clears the box. The list closes when the focus leaves the search, never
// before a result can be reached. An answer to an older query is dropped when a newer
// one was asked, so the list always matches the box.
import { useEffect, useRef, useState } from "preact/hooks";
import { ipc, type SearchHit, type WorkId } from "../ipc";
import type { Translate } from "../i18n";

interface Props {
  locale: string;
  t: Translate;
  onOpen: (id: WorkId) => void;
  onError: (e: unknown) => void;
}

const LIST_ID = "search-results";
const optionId = (id: WorkId) => `search-option-${id}`;

export function SearchBox({ locale, t, onOpen, onError }: Props) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const ticket = ++asked.current;
    setActive(-1);
    if (q === "") {
      setHits(null);
      return;
    }
    ipc.search({ query: q, lang: locale, limit: 20 }).then((r) => {
      if (ticket === asked.current) setHits(r.hits);
    }, onError);
  }, [query, locale]);

  const expanded = hits !== null && open;
  const choose = (hit: SearchHit) => {
    setQuery("");
    setOpen(false);
    onOpen(hit.work_id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const count = hits?.length ?? 0;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        setOpen(true);
        if (count > 0) setActive((a) => (a + 1) % count);
        break;
      case "ArrowUp":
        e.preventDefault();
        setOpen(true);
        if (count > 0) setActive((a) => (a <= 0 ? count - 1 : a - 1));
        break;
      case "Enter":
        if (expanded && hits && active >= 0 && active < count) {
          e.preventDefault();
          choose(hits[active]);
        }
        break;
      case "Escape":
        if (expanded) setOpen(false);
        else setQuery("");
        break;
    }
  };

  return (
    <div
      class="search"
      role="search"
      onFocusOut={(e) => {
        // Closed only when the focus leaves the search altogether.
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (!to || !(e.currentTarget as HTMLElement).contains(to)) setOpen(false);
      }}
    >
      <input
        type="text"
        class="search-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-activedescendant={expanded && hits && active >= 0 && hits[active] ? optionId(hits[active].work_id) : undefined}
        data-testid="search-input"
        placeholder={t("search--placeholder")}
        aria-label={t("search--label")}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <ul
        class="search-results"
        id={LIST_ID}
        role="listbox"
        aria-label={t("search--results")}
        data-testid={expanded ? "search-results" : undefined}
        hidden={!expanded}
      >
        {expanded && hits?.length === 0 && (
          <li class="search-none" role="option" aria-disabled="true" aria-selected="false">
            {t("search--none")}
          </li>
        )}
        {expanded &&
          hits?.map((h, i) => (
            <li
              key={h.work_id}
              id={optionId(h.work_id)}
              role="option"
              aria-selected={i === active}
              class={i === active ? "active" : undefined}
              data-testid={`search-hit-${h.work_id}`}
              // The input keeps the focus, so the list is still there when the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h)}
            >
              <bdi lang={h.title_lang}>{h.title}</bdi>
            </li>
          ))}
      </ul>
    </div>
  );
}
