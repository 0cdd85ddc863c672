// Likely duplicates, a page at a time: each pair with its score and the reasons it looks
// alike. Merging keeps one work and folds the other into it (every language variant,
// credit, identifier, image, submission and its history), after a confirmation that
// names both; dismissing says they differ, for good.
import { useEffect, useRef, useState } from "preact/hooks";
import { ipc, type DuplicatePair, type WorkId } from "../ipc";
import type { Translate } from "../i18n";

const PAGE = 50;

interface Props {
  locale: string;
  t: Translate;
  onOpen: (id: WorkId) => void;
  onError: (e: unknown) => void;
}

interface Merge {
  keep: WorkId;
  other: WorkId;
  keepTitle: string;
  otherTitle: string;
}

export function DuplicatesView({ locale, t, onOpen, onError }: Props) {
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [confirm, setConfirm] = useState<Merge | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    ipc.duplicates({ edition: null, lang: locale, after: null, limit: PAGE }).then((r) => {
      setPairs(r.pairs);
      setTotal(r.total);
      setNext(r.next);
    }, onError);
  }, [locale, version]);

  useEffect(() => {
    if (confirm) confirmButton.current?.focus();
  }, [confirm]);

  const more = () =>
    next &&
    ipc.duplicates({ edition: null, lang: locale, after: next, limit: PAGE }).then((r) => {
      setPairs((old) => [...(old ?? []), ...r.pairs]);
      setNext(r.next);
    }, onError);

  const merge = (m: Merge) =>
    ipc.mergeWorks({ keep: m.keep, other: m.other, lang: locale }).then(() => {
      setConfirm(null);
      setVersion((v) => v + 1);
    }, onError);
  const dismiss = (a: WorkId, b: WorkId) => ipc.dismissDuplicate({ a, b }).then(() => setVersion((v) => v + 1), onError);

  return (
    <section class="duplicates" data-testid="duplicates" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">{t("duplicates--heading")}</h2>
      {pairs === null && <p class="works-note">{t("works--loading")}</p>}
      {pairs?.length === 0 && (
        <p class="works-note" data-testid="duplicates-none">
          {t("duplicates--none")}
        </p>
      )}
      {pairs !== null && pairs.length > 0 && <p data-testid="duplicates-count">{t("duplicates--count", { shown: pairs.length, total })}</p>}
      <ul class="pairs">
        {pairs?.map((p) => {
          const asking = confirm !== null && ((confirm.keep === p.a && confirm.other === p.b) || (confirm.keep === p.b && confirm.other === p.a));
          return (
            <li key={`${p.a}-${p.b}`} class="pair" data-testid={`pair-${p.a}-${p.b}`}>
              <div class="pair-works">
                <button type="button" class="link" onClick={() => onOpen(p.a)}>
                  <bdi lang={p.a_lang}>{p.a_title}</bdi> <small>#{p.a}</small>
                </button>
                <button type="button" class="link" onClick={() => onOpen(p.b)}>
                  <bdi lang={p.b_lang}>{p.b_title}</bdi> <small>#{p.b}</small>
                </button>
              </div>
              <div class="pair-why">
                <meter
                  min={0}
                  max={1}
                  value={p.score}
                  aria-label={t("duplicates--score", { score: p.score })}
                  title={t("duplicates--score", { score: p.score })}
                />
                {p.reasons.map((r) => t(`duplicate-reason--${r}`)).join(" · ")}
              </div>
              {asking && confirm ? (
                <div class="confirm" role="alertdialog" aria-labelledby={`confirm-${p.a}-${p.b}`} data-testid="merge-confirmation">
                  <p id={`confirm-${p.a}-${p.b}`}>
                    {t("duplicates--confirm", { keep: confirm.keep, other: confirm.other })}{" "}
                    <bdi>{confirm.keepTitle}</bdi> ← <bdi>{confirm.otherTitle}</bdi>
                  </p>
                  <div class="pair-actions">
                    <button type="button" class="primary" ref={confirmButton} data-testid="merge-confirm" onClick={() => merge(confirm)}>
                      {t("duplicates--merge")}
                    </button>
                    <button type="button" data-testid="merge-cancel" onClick={() => setConfirm(null)}>
                      {t("edit--cancel")}
                    </button>
                  </div>
                </div>
              ) : (
                <div class="pair-actions">
                  <button
                    type="button"
                    data-testid={`merge-keep-a-${p.a}-${p.b}`}
                    onClick={() => setConfirm({ keep: p.a, other: p.b, keepTitle: p.a_title, otherTitle: p.b_title })}
                  >
                    {t("duplicates--keep", { id: p.a })}
                  </button>
                  <button
                    type="button"
                    data-testid={`merge-keep-b-${p.a}-${p.b}`}
                    onClick={() => setConfirm({ keep: p.b, other: p.a, keepTitle: p.b_title, otherTitle: p.a_title })}
                  >
                    {t("duplicates--keep", { id: p.b })}
                  </button>
                  <button type="button" data-testid={`dismiss-${p.a}-${p.b}`} onClick={() => dismiss(p.a, p.b)}>
                    {t("duplicates--dismiss")}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {next && (
        <button type="button" data-testid="duplicates-more" onClick={more}>
          {t("duplicates--more")}
        </button>
      )}
    </section>
  );
}
