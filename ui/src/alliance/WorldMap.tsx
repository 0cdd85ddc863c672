// The members on a world map: each country shaded by how many members it has, named with
// its count when pointed at, and a click chooses it in the directory's country filter.
// Shapes are Natural Earth's at 1:110m (world-atlas), keyed by ISO 3166 numeric codes;
// the ISO table (i18n-iso-countries) turns them into the alpha-2 codes members carry.
// Loaded only when the map is first shown.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import codes from "i18n-iso-countries/codes.json";
import type { MemberInfo } from "../ipc";
import { regionName, type Translate } from "../i18n";

const WIDTH = 960;
const HEIGHT = 470;

/** ISO 3166 numeric (zero-padded, as world-atlas writes it) to alpha-2. */
const alpha2 = new Map<string, string>((codes as string[][]).map(([a2, , numeric]) => [numeric, a2]));

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
const path = geoPath(projection);
// The shapes never change: their outlines are drawn once.
const outlines = countries.map((c) => ({ code: alpha2.get(String(c.id)) ?? "", d: path(c) ?? "" }));

export default function WorldMap({ t, locale, members, chosen, onChoose }: { t: Translate; locale: string; members: MemberInfo[]; chosen: string | null; onChoose: (country: string | null) => void }) {
  const counts = new Map<string, number>();
  for (const m of members) if (m.country) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  const most = Math.max(1, ...counts.values());
  const label = t("directory--map-label", { members: members.length, countries: counts.size });
  return (
    <figure class="world-map" dir="ltr" data-testid="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {outlines.map(({ code, d }, i) => {
          const n = counts.get(code) ?? 0;
          return (
            <path
              key={i}
              d={d}
              data-country={code}
              data-members={n}
              class={`country${n > 0 ? " has-members" : ""}${code && code === chosen ? " chosen" : ""}`}
              style={n > 0 ? { fillOpacity: 0.35 + 0.65 * (n / most) } : undefined}
              onClick={n > 0 ? () => onChoose(code === chosen ? null : code) : undefined}
            >
              {n > 0 && <title>{t("directory--map-country", { country: regionName(code, locale), count: n })}</title>}
            </path>
          );
        })}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
