// A column header that sorts its table: a button inside the header cell (the cell keeps
// the header role and says which way it is sorted), pressed again to reverse.
export interface Sort<C> {
  column: C;
  descending: boolean;
}

interface Props<C> {
  column: C;
  label: string;
  sort: Sort<C>;
  onSort: (sort: Sort<C>) => void;
  testid: string;
  cls?: string;
}

export function SortHeader<C extends string>({ column, label, sort, onSort, testid, cls = "" }: Props<C>) {
  const active = sort.column === column;
  return (
    <span
      class={`cell ${cls}`}
      role="columnheader"
      aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
    >
      <button
        type="button"
        class="sort"
        data-testid={testid}
        onClick={() => onSort({ column, descending: active ? !sort.descending : false })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : ""}</span>
      </button>
    </span>
  );
}
