// Statistics of an edition: entries by country, language, genre and status, each as a
// bar chart drawn in SVG (bars grow from the inline start, so Arabic mirrors them).
import { useEffect, useState } from "preact/hooks";
import { ipc, NO_FILTER, type EditionId, type EditionStats, type Tally } from "../ipc";
import { languageName, regionName, type Translate } from "../i18n";

const TOP = 12;
const BAR = 22;

interface Props {
  edition: EditionId;
  locale: string;
  version: number;
  t: Translate;
  onError: (e: unknown) => void;
}


function Chart({ id, title, tallies, label }: { id: string; title: string; tallies: Tally[]; label: (k: string) => string }) {
  const top = tallies.slice(0, TOP);
  const max = Math.max(1, ...top.map((x) => Number(x.count)));
  return (
    <figure class="chart" data-testid={`chart-${id}`}>
      <figcaption>{title}</figcaption>
      <ol>
        {top.map((x) => (
          <li key={x.key} data-testid={`bar-${id}-${x.key}`}>
            <span class="bar-label">
              <bdi>{label(x.key)}</bdi>
            </span>
            <svg class="bar" viewBox={`0 0 100 ${BAR}`} preserveAspectRatio="none" aria-hidden="true">
              <rect x="0" y="3" height={BAR - 6} width={(Number(x.count) / max) * 100} />
            </svg>
            <span class="bar-count">{Number(x.count)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

export function StatsView({ edition, locale, version, t, onError }: Props) {
  const [stats, setStats] = useState<EditionStats | null>(null);
  useEffect(() => {
    ipc.editionStats({ edition, filter: NO_FILTER }).then(setStats, onError);
  }, [edition, version]);
  if (!stats) return <p class="works-note">{t("works--loading")}</p>;
  return (
    <div class="stats" data-testid="stats">
      <p data-testid="stats-total">{t("stats--total", { count: Number(stats.total) })}</p>
      <div class="charts">
        <Chart id="country" title={t("stats--by-country")} tallies={stats.by_country} label={(k) => regionName(k, locale)} />
        <Chart id="language" title={t("stats--by-language")} tallies={stats.by_language} label={(k) => languageName(k, locale)} />
        <Chart id="genre" title={t("stats--by-genre")} tallies={stats.by_genre} label={(k) => k} />
        <Chart id="status" title={t("stats--by-status")} tallies={stats.by_status} label={(k) => t(`status--${k}`)} />
      </div>
    </div>
  );
}
