// Juries: a section's round with its rubric; the assignment (reviews per entry, a load
// limit, who reviews what); the juror's scoring screen — one entry at a time, keyboard
// only if wished (digits set the focused criterion, ↑/↓ move between criteria, ←/→
// between entries, N goes to the next entry not fully scored), every change saved at
// once; and the results with each entry's rank, normalised mean and agreement.
import { useEffect, useRef, useState } from "preact/hooks";
import { ipc, type AssignmentInfo, type Edition, type JurorSheet, type JuryResults, type RoundRef, type Rubric } from "../ipc";
import type { Translate } from "../i18n";
import { Ballots, DistributionChart, JurorSelect, Matrix, Packets, Setup } from "./Panels";

interface Props {
  locale: string;
  t: Translate;
  onError: (e: unknown) => void;
}

function pick(texts: { lang: string; text: string }[], locale: string): string {
  const primary = (tag: string) => tag.split("-")[0].toLowerCase();
  return (texts.find((x) => x.lang === locale) ?? texts.find((x) => primary(x.lang) === primary(locale)) ?? texts[0])?.text ?? "";
}

/** A save on its way to the core, and one that answers with the sheet. */
type Pending = Promise<unknown>;
type SheetSaved = ReturnType<typeof ipc.jurySheet>;

const fmt = (x: number | null, locale: string) => (x === null ? "—" : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(x));

/** The scoring screen for one juror: an entry at a time, saved on every change. */
function Scoring({ t, locale, round, juror, onScored, onError }: Props & { round: RoundRef; juror: string; onScored: () => void }) {
  const [sheet, setSheet] = useState<JurorSheet | null>(null);
  const [at, setAt] = useState(0);
  const [focus, setFocus] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [screenerPath, setScreenerPath] = useState("");
  const [screener, setScreener] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Saves go to the core one after another, in the order they were made: a slower
  // answer never lets an older value overwrite a newer one.
  const queue = useRef<Pending>(Promise.resolve());
  const inOrder = (save: () => SheetSaved, after: (s: JurorSheet) => void) => {
    queue.current = queue.current.then(() => save().then(after, onError));
  };
  useEffect(() => {
    ipc.jurySheet({ round, juror, lang: locale }).then(setSheet, onError);
  }, [juror, round.section, round.round]);
  const current = sheet?.entries[Math.min(at, (sheet?.entries.length ?? 1) - 1)];
  useEffect(() => setDraft(null), [current?.work_id]);
  useEffect(() => {
    setScreener(null);
    if (current?.screener_file) ipc.juryScreenerUrl(current.work_id).then(setScreener, onError);
  }, [current?.work_id, current?.screener_file]);
  if (!sheet) return <p class="works-note">{t("works--loading")}</p>;
  if (sheet.entries.length === 0) return <p class="works-note">{t("jury--nothing-to-score")}</p>;
  const entry = sheet.entries[Math.min(at, sheet.entries.length - 1)];
  const criteria = sheet.rubric.criteria;
  const set = (key: string, value: number) => {
    const c = criteria.find((x) => x.key === key);
    if (!c) return;
    const clamped = Math.min(c.max, Math.max(c.min, value));
    const work = entry.work_id;
    inOrder(
      () => ipc.juryScore({ score: { round, juror, work, criterion: key, value: clamped }, sheet: { round, juror, lang: locale } }),
      (s) => {
        setSheet(s);
        setSaved(key);
        onScored();
      },
    );
  };
  const nextUnscored = () => {
    const n = sheet.entries.length;
    for (let i = 1; i <= n; i++) {
      const j = (at + i) % n;
      if (!sheet.entries[j].complete) {
        setAt(j);
        setFocus(0);
        return;
      }
    }
  };
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    // Typing in a field stays typing: only the score fields take digits, and arrows there
    // move between criteria as everywhere else.
    const typing = target.tagName === "TEXTAREA" || target.tagName === "SELECT" || (target.tagName === "INPUT" && target.getAttribute("type") !== "number");
    if (typing) return;
    if (target.tagName === "INPUT" && !/^[0-9]$/.test(e.key) && e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    if (/^[0-9]$/.test(e.key)) {
      e.preventDefault();
      const c = criteria[focus];
      // A digit sets the focused criterion: 0 is ten on a scale that reaches ten.
      const digit = Number(e.key);
      set(c.key, digit === 0 && c.max >= 10 ? 10 : digit);
    } else if (e.key === "ArrowDown") {
      e.preventDefault();
      setFocus((f) => Math.min(criteria.length - 1, f + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setFocus((f) => Math.max(0, f - 1));
    } else if (e.key === "ArrowRight") {
      e.preventDefault();
      setAt((a) => Math.min(sheet.entries.length - 1, a + 1));
      setFocus(0);
    } else if (e.key === "ArrowLeft") {
      e.preventDefault();
      setAt((a) => Math.max(0, a - 1));
      setFocus(0);
    } else if (e.key === "n" || e.key === "N") {
      e.preventDefault();
      nextUnscored();
    }
  };
  return (
    <section class="panel scoring" data-testid="scoring" aria-labelledby="scoring-heading">
      <h3 id="scoring-heading">{t("jury--scoring")}</h3>
      <p data-testid="scoring-progress">{t("jury--progress", { done: sheet.complete, total: sheet.entries.length })}</p>
      <progress max={sheet.entries.length} value={sheet.complete} aria-label={t("jury--progress-label")} />
      <div class="scoring-entry" ref={panel} tabIndex={0} onKeyDown={onKey} data-testid="scoring-panel" aria-describedby="scoring-keys">
        <h4 data-testid="scoring-title">
          <bdi>{entry.title}</bdi> {entry.year !== null && <small>({entry.year})</small>}
        </h4>
        <p class="works-note" id="scoring-keys">
          {t("jury--keys")}
        </p>
        {entry.screener_file ? (
          screener && <video class="screener" controls preload="metadata" src={screener} data-testid="screener-video" aria-label={t("jury--screener-file")} />
        ) : (
          <form
            class="form-row"
            onSubmit={(e) => {
              e.preventDefault();
              if (!screenerPath.trim()) return;
              ipc.jurySetScreener(entry.work_id, screenerPath).then(() => {
                setScreenerPath("");
                ipc.jurySheet({ round, juror, lang: locale }).then(setSheet, onError);
              }, onError);
            }}
          >
            <input class="path" dir="ltr" data-testid="screener-path" aria-label={t("jury--screener-path")} placeholder={t("jury--screener-path")} value={screenerPath} onInput={(e) => setScreenerPath(e.currentTarget.value)} />
            <button type="submit" data-testid="screener-attach">
              {t("jury--screener-attach")}
            </button>
          </form>
        )}
        {entry.screener && (
          <p>
            <a href={entry.screener} dir="ltr" target="_blank" rel="noreferrer">
              {t("jury--screener")}
            </a>
          </p>
        )}
        <ul class="criteria-scores">
          {criteria.map((c, i) => {
            const value = entry.scores.find((s) => s.key === c.key)?.value ?? null;
            return (
              <li key={c.key} class={i === focus ? "focused" : undefined} data-testid={`criterion-${c.key}`} aria-current={i === focus ? "true" : undefined}>
                <label>
                  <span>{pick(c.labels, locale)}</span>{" "}
                  <input
                    type="number"
                    min={c.min}
                    max={c.max}
                    step={c.step}
                    value={value ?? ""}
                    data-testid={`score-${c.key}`}
                    onFocus={() => setFocus(i)}
                    onChange={(e) => {
                      const v = Number(e.currentTarget.value);
                      if (e.currentTarget.value !== "" && Number.isFinite(v)) set(c.key, v);
                    }}
                  />
                </label>{" "}
                <small dir="ltr">
                  {c.min}–{c.max}
                </small>
                {saved === c.key && (
                  <small role="status" data-testid={`saved-${c.key}`}>
                    {" "}
                    {t("jury--saved")}
                  </small>
                )}
              </li>
            );
          })}
        </ul>
        <label class="evidence">
          <span>{t("jury--comment")}</span>
          <textarea
            data-testid="scoring-comment"
            value={draft ?? entry.comment ?? ""}
            onInput={(e) => {
              // What is typed stays as typed; the saved copy follows it.
              const comment = e.currentTarget.value;
              const work = entry.work_id;
              setDraft(comment);
              inOrder(
                () => ipc.juryComment({ round, juror, work, comment, lang: locale }),
                (s) => {
                  setSheet(s);
                  setSaved("comment");
                },
              );
            }}
          />
        </label>
        {saved === "comment" && (
          <small role="status" data-testid="saved-comment">
            {t("jury--saved")}
          </small>
        )}
        <div class="form-row">
          <button type="button" data-testid="scoring-previous" onClick={() => setAt((a) => Math.max(0, a - 1))}>
            {t("jury--previous")}
          </button>
          <button type="button" data-testid="scoring-next" onClick={() => setAt((a) => Math.min(sheet.entries.length - 1, a + 1))}>
            {t("jury--next")}
          </button>
          <button type="button" data-testid="scoring-next-unscored" onClick={nextUnscored}>
            {t("jury--next-unscored")}
          </button>
        </div>
      </div>
    </section>
  );
}

export function JuryView({ locale, t, onError }: Props) {
  const [editions, setEditions] = useState<Edition[]>([]);
  const [section, setSection] = useState("");
  const [roundNo, setRoundNo] = useState(1);
  const [rubric, setRubric] = useState<Rubric | null>(null);
  const [assignments, setAssignments] = useState<AssignmentInfo[]>([]);
  const [results, setResults] = useState<JuryResults | null>(null);
  const [juror, setJuror] = useState("");
  const [k, setK] = useState("3");
  const [maxLoad, setMaxLoad] = useState("");
  const [report, setReport] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [scored, setScored] = useState(0);
  useEffect(() => {
    ipc.editions().then((e) => {
      setEditions(e);
      const first = e.flatMap((x) => x.sections)[0];
      if (first) setSection(first.slug);
    }, onError);
  }, []);
  const round: RoundRef = { section, edition: null, round: roundNo };
  useEffect(() => {
    if (!section) return;
    // The panels stay while they refresh: a click on the matrix is not lost to a reload.
    ipc.juryRubric(round).then(
      (r) => {
        setRubric(r);
        ipc.juryAssignments(round).then((a) => {
          setAssignments(a.assignments);
          const jurors = [...new Set(a.assignments.map((x) => x.juror))];
          if (!jurors.includes(juror)) setJuror(jurors[0] ?? "");
        }, onError);
        if (r.criteria.length > 0) ipc.juryResults({ round, lang: locale }).then(setResults, onError);
      },
      () => {
        setRubric(null);
        setAssignments([]);
        setResults(null);
      },
    );
  }, [section, roundNo, version]);
  const jurors = [...new Set(assignments.map((a) => a.juror))].sort();
  const loads = new Map<string, number>();
  for (const a of assignments) loads.set(a.juror, (loads.get(a.juror) ?? 0) + 1);
  const assign = (e: Event) => {
    e.preventDefault();
    ipc
      .juryAssign({ round, reviews_per_entry: Number(k) || 0, max_load: maxLoad ? Number(maxLoad) : null })
      .then((r) => {
        setReport(t("jury--assigned", { added: r.added, uncovered: r.uncovered.length }));
        setVersion((v) => v + 1);
      }, onError);
  };
  return (
    <section class="jury" data-testid="jury" aria-labelledby="jury-heading">
      <h2 id="jury-heading">{t("jury--heading")}</h2>
      <div class="form-row">
        <label>
          {t("jury--section")}{" "}
          <select data-testid="jury-section" value={section} onChange={(e) => setSection(e.currentTarget.value)}>
            {editions.flatMap((ed) =>
              ed.sections.map((s) => (
                <option key={`${ed.slug}/${s.slug}`} value={s.slug}>
                  {ed.name} — {s.name}
                </option>
              )),
            )}
          </select>
        </label>
        <label>
          {t("jury--round")} <input type="number" min={1} class="votes" data-testid="jury-round" value={roundNo} onInput={(e) => setRoundNo(Math.max(1, Number(e.currentTarget.value) || 1))} />
        </label>
      </div>
      {section && <Setup t={t} locale={locale} round={round} jurors={jurors} entries={results?.entries ?? []} onChanged={() => setVersion((v) => v + 1)} onError={onError} />}
      <Packets t={t} locale={locale} jurors={jurors} onMerged={() => setVersion((v) => v + 1)} onError={onError} />
      {!rubric && <p class="works-note" data-testid="jury-no-round">{t("jury--no-round")}</p>}
      {rubric && (
        <>
          <section class="panel" data-testid="rubric" aria-labelledby="rubric-heading">
            <h3 id="rubric-heading">{t("jury--rubric", { entries: Number(rubric.entries) })}</h3>
            <ul>
              {rubric.criteria.map((c) => (
                <li key={c.key}>
                  {pick(c.labels, locale)} <small dir="ltr">{c.min}–{c.max} / {c.step} ×{c.weight}</small>
                </li>
              ))}
            </ul>
          </section>
          <section class="panel" data-testid="assignment" aria-labelledby="assignment-heading">
            <h3 id="assignment-heading">{t("jury--assignment")}</h3>
            <form class="form-row" onSubmit={assign}>
              <label>
                {t("jury--reviews-per-entry")} <input type="number" min={1} class="votes" data-testid="jury-k" value={k} onInput={(e) => setK(e.currentTarget.value)} />
              </label>
              <label>
                {t("jury--max-load")} <input type="number" min={1} class="votes" data-testid="jury-max-load" value={maxLoad} onInput={(e) => setMaxLoad(e.currentTarget.value)} />
              </label>
              <button type="submit" class="primary" data-testid="jury-assign">
                {t("jury--assign")}
              </button>
            </form>
            {report && (
              <p role="status" data-testid="jury-assigned">
                {report}
              </p>
            )}
            <ul class="member-list" data-testid="jury-loads">
              {jurors.map((j) => (
                <li key={j} data-testid={`load-${j}`}>
                  <bdi dir="ltr">{j}</bdi> — {t("jury--load", { count: loads.get(j) ?? 0 })}
                </li>
              ))}
            </ul>
          </section>
          {jurors.length > 0 && (
            <div class="form-row">
              <JurorSelect label={t("jury--juror")} testid="jury-juror" jurors={jurors} value={juror} onChange={setJuror} />
            </div>
          )}
          {juror && (
            <Scoring
              key={`${juror} ${section} ${roundNo}`}
              t={t}
              locale={locale}
              round={round}
              juror={juror}
              onScored={() => {
                setScored((n) => n + 1);
                ipc.juryResults({ round, lang: locale }).then(setResults, onError);
              }}
              onError={onError}
            />
          )}
          {results && <Matrix t={t} locale={locale} round={round} entries={results.entries} assignments={assignments} version={version} onChanged={() => setVersion((v) => v + 1)} onError={onError} />}
          {results && <DistributionChart t={t} locale={locale} round={round} version={version + scored} onError={onError} />}
          {results && (
            <section class="panel" data-testid="jury-results" aria-labelledby="results-heading">
              <h3 id="results-heading">{t("jury--results")}</h3>
              <p>{t("jury--alpha", { alpha: fmt(results.krippendorff_alpha.total, locale) })}</p>
              <table class="results-table">
                <thead>
                  <tr>
                    <th scope="col">{t("jury--rank")}</th>
                    <th scope="col">{t("jury--work")}</th>
                    <th scope="col">{t("jury--count")}</th>
                    <th scope="col">{t("jury--normalized")}</th>
                    <th scope="col">{t("jury--mean")}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.entries
                    .filter((e) => Number(e.count) > 0)
                    .map((e) => (
                      <tr key={e.work_id} data-testid={`result-${e.work_id}`} class={e.disagreement ? "disagreement" : undefined}>
                        <td>{Number(e.schulze_rank)}</td>
                        <td>
                          <bdi>{e.title}</bdi>
                          {e.disagreement && <small> · {t("jury--disagreement")}</small>}
                        </td>
                        <td>{Number(e.count)}</td>
                        <td>{fmt(e.normalized_mean, locale)}</td>
                        <td>{fmt(e.mean, locale)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          )}
          {results && (
            <Ballots
              t={t}
              locale={locale}
              edition={editions.find((e) => e.sections.some((s) => s.slug === section))?.slug ?? ""}
              jurors={jurors}
              entries={results.entries.filter((e) => Number(e.count) > 0)}
              onError={onError}
            />
          )}
        </>
      )}
    </section>
  );
}
