// Likely duplicates: each pair with its score and the reasons it looks alike. Merging
// keeps one work and folds the other into it (every language variant, credit,
// identifier, image, submission and its history); dismissing says they differ, for good.
import { useEffect, useState } from "preact/hooks";
import { ipc, type DuplicatePair } from "../ipc";
import type { Translate } from "../i18n";

interface Props {
  locale: string;
  t: Translate;
  onOpen: (id: number) => void;
  onError: (e: unknown) => void;
}

export function DuplicatesView({ locale, t, onOpen, onError }: Props) {
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    ipc.duplicates(null, locale).then((r) => setPairs(r.pairs), onError);
  }, [locale, version]);

  const merge = (keep: number, other: number) => ipc.mergeWorks(keep, other, locale).then(() => setVersion((v) => v + 1), onError);
  const dismiss = (a: number, b: number) => ipc.dismissDuplicate(a, b).then(() => setVersion((v) => v + 1), onError);

  return (
    <section class="duplicates" data-testid="duplicates">
      <h2>{t("duplicates--heading")}</h2>
      {pairs === null && <p class="works-note">{t("works--loading")}</p>}
      {pairs?.length === 0 && <p class="works-note" data-testid="duplicates-none">{t("duplicates--none")}</p>}
      <ul class="pairs">
        {pairs?.map((p) => (
          <li key={`${p.a}-${p.b}`} class="pair" data-testid={`pair-${p.a}-${p.b}`}>
            <div class="pair-works">
              <button type="button" class="link" onClick={() => onOpen(p.a)}>
                <bdi>{p.a_title}</bdi> <small>#{p.a}</small>
              </button>
              <button type="button" class="link" onClick={() => onOpen(p.b)}>
                <bdi>{p.b_title}</bdi> <small>#{p.b}</small>
              </button>
            </div>
            <div class="pair-why">
              <meter min={0} max={1} value={p.score} title={t("duplicates--score", { score: p.score })} />
              {p.reasons.map((r) => t(`duplicate-reason--${r}`)).join(" · ")}
            </div>
            <div class="pair-actions">
              <button type="button" data-testid={`merge-keep-a-${p.a}-${p.b}`} onClick={() => merge(p.a, p.b)}>
                {t("duplicates--keep", { id: p.a })}
              </button>
              <button type="button" data-testid={`merge-keep-b-${p.a}-${p.b}`} onClick={() => merge(p.b, p.a)}>
                {t("duplicates--keep", { id: p.b })}
              </button>
              <button type="button" data-testid={`dismiss-${p.a}-${p.b}`} onClick={() => dismiss(p.a, p.b)}>
                {t("duplicates--dismiss")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
