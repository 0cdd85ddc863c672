// The chair's panels of the Jury view: who reviews what (the assignment matrix, with each
// conflict and why), where each juror's totals sit on the scale (a harsh or lenient juror
// shows at a glance), and the award ballots.
import { useEffect, useState } from "preact/hooks";
import { ipc, type AssignmentInfo, type Rubric, type AwardInfo, type ConflictInfo, type Distribution, type EntryResult, type RoundRef, type TallyInfo } from "../ipc";
import type { Translate } from "../i18n";

interface Common {
  t: Translate;
  locale: string;
  onError: (e: unknown) => void;
}

/** A menu of the jury's jurors, by email. */
export function JurorSelect({ label, testid, jurors, value, onChange, none }: { label: string; testid: string; jurors: string[]; value: string; onChange: (v: string) => void; none?: boolean }) {
  return (
    <label>
      {label}{" "}
      <select data-testid={testid} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {none && <option value="">—</option>}
        {jurors.map((j) => (
          <option key={j} value={j}>
            {j}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The most rows the matrix draws; a larger section is read in the results. */
const MATRIX_ROWS = 300;

export function Matrix({ t, round, entries, assignments, version, onChanged, onError }: Common & { round: RoundRef; entries: EntryResult[]; assignments: AssignmentInfo[]; version: number; onChanged: () => void }) {
  const [conflicts, setConflicts] = useState<ConflictInfo[]>([]);
  useEffect(() => {
    ipc.juryConflicts(round).then((c) => setConflicts(c.conflicts), onError);
  }, [round.section, round.round, version]);
  const jurors = [...new Set(assignments.map((a) => a.juror))].sort();
  const assigned = new Set(assignments.map((a) => `${a.juror} ${a.work_id}`));
  const conflict = new Map(conflicts.map((c) => [`${c.juror} ${c.work_id}`, c]));
  for (const c of conflicts) if (!jurors.includes(c.juror)) jurors.push(c.juror);
  if (jurors.length === 0) return null;
  return (
    <section class="panel" data-testid="matrix" aria-labelledby="matrix-heading">
      <h3 id="matrix-heading">{t("jury--matrix")}</h3>
      <div class="matrix-scroll" tabIndex={0} role="region" aria-labelledby="matrix-heading">
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col">{t("jury--work")}</th>
              {jurors.map((j) => (
                <th scope="col" key={j}>
                  <bdi dir="ltr">{j.split("@")[0]}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, MATRIX_ROWS).map((e) => (
              <tr key={e.work_id}>
                <th scope="row">
                  <bdi>{e.title}</bdi>
                </th>
                {jurors.map((j) => {
                  const c = conflict.get(`${j} ${e.work_id}`);
                  if (c)
                    return (
                      <td key={j} class="conflict" title={c.message} data-testid={`cell-${j}-${e.work_id}`}>
                        <span aria-label={c.message}>✕</span>
                      </td>
                    );
                  const on = assigned.has(`${j} ${e.work_id}`);
                  const pair = { round, juror: j, work: e.work_id };
                  return (
                    <td key={j} class={on ? "assigned" : undefined} data-testid={`cell-${j}-${e.work_id}`}>
                      <button
                        type="button"
                        class="cell"
                        aria-pressed={on}
                        aria-label={t(on ? "jury--unassign" : "jury--assign-pair", { juror: j, title: e.title })}
                        onClick={() => (on ? ipc.juryAssignRemove(pair) : ipc.juryAssignAdd(pair)).then(onChanged, onError)}
                      >
                        {on ? "●" : "·"}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length > MATRIX_ROWS && <p class="works-note">{t("jury--matrix-more", { shown: MATRIX_ROWS, total: entries.length })}</p>}
    </section>
  );
}

export function DistributionChart({ t, locale, round, version, onError }: Common & { round: RoundRef; version: number }) {
  const [d, setD] = useState<Distribution | null>(null);
  useEffect(() => {
    ipc.juryDistribution(round).then(setD, onError);
  }, [round.section, round.round, version]);
  if (!d || d.jurors.every((j) => j.totals.length === 0)) return null;
  const width = 520;
  const row = 26;
  const left = 150;
  const x = (v: number) => left + ((v - d.min) / (d.max - d.min || 1)) * (width - left - 10);
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const label = t("jury--distribution-label");
  return (
    <section class="panel" data-testid="distribution" aria-labelledby="distribution-heading">
      <h3 id="distribution-heading">{t("jury--distribution")}</h3>
      <svg viewBox={`0 0 ${width} ${row * d.jurors.length + 24}`} role="img" aria-label={label} dir="ltr" class="distribution">
        {d.jurors.map((j, i) => (
          <g key={j.juror} transform={`translate(0 ${i * row + 4})`} data-testid={`distribution-${j.juror}`}>
            <text x={0} y={14} class="juror-label">
              {j.juror.split("@")[0]}
            </text>
            <line x1={left} x2={width - 10} y1={10} y2={10} class="axis" />
            {j.totals.map((v, k) => (
              <circle key={k} cx={x(v)} cy={10} r={3} class="dot" />
            ))}
            {j.mean !== null && <line x1={x(j.mean)} x2={x(j.mean)} y1={1} y2={19} class="mean" />}
          </g>
        ))}
        <text x={left} y={row * d.jurors.length + 20} class="juror-label">
          {fmt.format(d.min)}
        </text>
        <text x={width - 30} y={row * d.jurors.length + 20} class="juror-label">
          {fmt.format(d.max)}
        </text>
      </svg>
      <ul class="distribution-means">
        {d.jurors.map((j) => (
          <li key={j.juror}>
            <bdi dir="ltr">{j.juror}</bdi>: {t("jury--juror-mean", { mean: j.mean === null ? "—" : fmt.format(j.mean), count: j.totals.length })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Ballots({ t, locale, edition, jurors, entries, onError }: Common & { edition: string; jurors: string[]; entries: EntryResult[] }) {
  const [awards, setAwards] = useState<AwardInfo[]>([]);
  const [award, setAward] = useState("");
  const [ballot, setBallot] = useState(1);
  const [voter, setVoter] = useState("");
  const [work, setWork] = useState("");
  const [tally, setTally] = useState<TallyInfo | null>(null);
  useEffect(() => {
    if (!edition) return;
    ipc.awards({ edition, lang: locale }).then((a) => {
      setAwards(a.awards);
      if (!award && a.awards[0]) setAward(a.awards[0].key);
    }, onError);
  }, [edition]);
  if (awards.length === 0) return null;
  const current = awards.find((a) => a.key === award);
  const labelOf = (a: AwardInfo) => a.labels.find((l) => l.lang.split("-")[0] === locale.split("-")[0])?.text ?? a.labels[0]?.text ?? a.key;
  return (
    <section class="panel" data-testid="ballots" aria-labelledby="ballots-heading">
      <h3 id="ballots-heading">{t("jury--ballots")}</h3>
      <form
        class="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!voter || !work) return;
          ipc.awardVote({ vote: { edition, award, round: ballot, voter, work: Number(work) }, lang: locale }).then((a) => setAwards(a.awards), onError);
        }}
      >
        <label>
          {t("jury--award")}{" "}
          <select data-testid="ballot-award" value={award} onChange={(e) => setAward(e.currentTarget.value)}>
            {awards.map((a) => (
              <option key={a.key} value={a.key}>
                {labelOf(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("jury--ballot-round")} <input type="number" min={1} class="votes" data-testid="ballot-round" value={ballot} onInput={(e) => setBallot(Math.max(1, Number(e.currentTarget.value) || 1))} />
        </label>
        <JurorSelect label={t("jury--voter")} testid="ballot-voter" jurors={jurors} value={voter} onChange={setVoter} none />
        <label>
          {t("jury--work")}{" "}
          <select data-testid="ballot-work" value={work} onChange={(e) => setWork(e.currentTarget.value)}>
            <option value="">—</option>
            {entries.map((e) => (
              <option key={e.work_id} value={String(e.work_id)}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" data-testid="ballot-vote">
          {t("jury--vote")}
        </button>
        <button
          type="button"
          data-testid="ballot-tally"
          onClick={() =>
            ipc.awardTally({ edition, award, round: ballot, lang: locale }).then((r) => {
              setTally(r);
              ipc.awards({ edition, lang: locale }).then((a) => setAwards(a.awards), onError);
            }, onError)
          }
        >
          {t("jury--tally")}
        </button>
      </form>
      {tally && (
        <div role="status" data-testid="ballot-tallied">
          <ul>
            {tally.counts.map((c) => (
              <li key={c.work_id}>
                <bdi>{c.title}</bdi>: {t("jury--votes", { count: c.votes })}
              </li>
            ))}
          </ul>
          <p>{tally.winner === null ? t("jury--no-winner", { cast: tally.cast }) : t("jury--winner", { title: tally.counts[0]?.title ?? "", cast: tally.cast })}</p>
        </div>
      )}
      {current && current.winners.length > 0 && (
        <p data-testid="ballot-winner">
          {current.winners.map((w) => t("jury--won", { title: w.title, round: w.round, votes: w.votes, cast: w.cast })).join(" · ")}
        </p>
      )}
    </section>
  );
}

/** Setting a round up from the window: a criterion of the rubric, a juror of the jury. */
export function Setup({ t, locale, round, jurors, entries, onChanged, onError }: Common & { round: RoundRef; jurors: string[]; entries: EntryResult[]; onChanged: (r: Rubric | null) => void }) {
  const [conflict, setConflict] = useState({ juror: "", work: "", reason: "" });
  const [c, setC] = useState({ key: "", label: "", min: "0", max: "10", step: "1", weight: "1" });
  const [j, setJ] = useState({ email: "", name: "", languages: "", card: "" });
  const [added, setAdded] = useState<string | null>(null);
  const num = (v: string) => Number(v.replace(",", "."));
  const field = <T extends Record<string, string>>(o: T, set: (o: T) => void, k: keyof T & string, testid: string, label: string, dir?: "ltr") => (
    <input data-testid={testid} dir={dir} aria-label={label} placeholder={label} value={o[k]} onInput={(e) => set({ ...o, [k]: e.currentTarget.value })} class={k === "min" || k === "max" || k === "step" || k === "weight" ? "votes" : undefined} />
  );
  return (
    <details class="panel" data-testid="jury-setup">
      <summary>{t("jury--setup")}</summary>
      <form
        class="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          ipc
            .juryCriterionAdd({ round, key: c.key.trim(), labels: [{ lang: locale, text: c.label }], min: num(c.min), max: num(c.max), step: num(c.step), weight: num(c.weight) })
            .then((r) => {
              setAdded(c.label);
              setC({ ...c, key: "", label: "" });
              onChanged(r);
            }, onError);
        }}
      >
        {field(c, setC, "key", "setup-criterion-key", t("jury--criterion-key"), "ltr")}
        {field(c, setC, "label", "setup-criterion-label", t("jury--criterion-label"))}
        {field(c, setC, "min", "setup-criterion-min", t("jury--min"), "ltr")}
        {field(c, setC, "max", "setup-criterion-max", t("jury--max"), "ltr")}
        {field(c, setC, "step", "setup-criterion-step", t("jury--step"), "ltr")}
        {field(c, setC, "weight", "setup-criterion-weight", t("jury--weight"), "ltr")}
        <button type="submit" data-testid="setup-criterion-add">
          {t("jury--criterion-add")}
        </button>
      </form>
      <form
        class="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          ipc
            .juryJurorAdd({
              email: j.email.trim(),
              name: j.name,
              names: [],
              languages: j.languages.split(/[,\s]+/).filter(Boolean),
              country: null,
              member: null,
              company: null,
              sections: [round],
              card: j.card.trim() || null,
            })
            .then((x) => {
              setAdded(x.name);
              setJ({ email: "", name: "", languages: "", card: "" });
            }, onError);
        }}
      >
        {field(j, setJ, "email", "setup-juror-email", t("jury--juror-email"), "ltr")}
        {field(j, setJ, "name", "setup-juror-name", t("jury--juror-name"))}
        {field(j, setJ, "languages", "setup-juror-languages", t("jury--juror-languages"), "ltr")}
        {field(j, setJ, "card", "setup-juror-card", t("jury--juror-card"), "ltr")}
        <button type="submit" data-testid="setup-juror-add">
          {t("jury--juror-add")}
        </button>
      </form>
      {jurors.length > 0 && entries.length > 0 && (
        <form
          class="form-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!conflict.juror || !conflict.work) return;
            ipc.juryConflictAdd({ juror: conflict.juror, target: { work: Number(conflict.work) }, reason: conflict.reason || null }).then(() => {
              setAdded(t("jury--conflict-declared"));
              setConflict({ juror: "", work: "", reason: "" });
              onChanged(null);
            }, onError);
          }}
        >
          <JurorSelect label={t("jury--juror")} testid="conflict-juror" jurors={jurors} value={conflict.juror} onChange={(juror) => setConflict({ ...conflict, juror })} none />
          <label>
            {t("jury--work")}{" "}
            <select data-testid="conflict-work" value={conflict.work} onChange={(e) => setConflict({ ...conflict, work: e.currentTarget.value })}>
              <option value="">—</option>
              {entries.map((x) => (
                <option key={x.work_id} value={String(x.work_id)}>
                  {x.title}
                </option>
              ))}
            </select>
          </label>
          <input data-testid="conflict-reason" aria-label={t("jury--conflict-reason")} placeholder={t("jury--conflict-reason")} value={conflict.reason} onInput={(e) => setConflict({ ...conflict, reason: e.currentTarget.value })} />
          <button type="submit" data-testid="conflict-add">
            {t("jury--conflict-add")}
          </button>
        </form>
      )}
      {added && (
        <p role="status" data-testid="setup-added">
          {t("jury--setup-added", { what: added })}
        </p>
      )}
    </details>
  );
}

/** Packets and score sheets: the chair seals a packet for a juror and merges sheets; on
 * the juror's laptop, the packet is opened and the sheet sealed for the chair. */
export function Packets({ t, jurors, onMerged, onError }: Common & { jurors: string[]; onMerged: () => void }) {
  const [juror, setJuror] = useState("");
  const [path, setPath] = useState("");
  const [said, setSaid] = useState<string | null>(null);
  const go = (p: Promise<string>) => p.then(setSaid, onError);
  return (
    <section class="panel" data-testid="packets" aria-labelledby="packets-heading">
      <h3 id="packets-heading">{t("jury--packets")}</h3>
      <div class="form-row">
        <input class="path" dir="ltr" data-testid="packet-path" aria-label={t("jury--file")} placeholder={t("jury--file")} value={path} onInput={(e) => setPath(e.currentTarget.value)} />
        <JurorSelect label={t("jury--juror")} testid="packet-juror" jurors={jurors} value={juror} onChange={setJuror} none />
        <button type="button" data-testid="packet-export" disabled={!juror || !path} onClick={() => go(ipc.juryPacketExport({ juror, path }).then((w) => t("jury--packet-written", { juror: w.juror, entries: Number(w.entries) })))}>
          {t("jury--packet-export")}
        </button>
        <button type="button" data-testid="sheet-merge" disabled={!path} onClick={() => go(ipc.jurySheetMerge(path).then((m) => { onMerged(); return m.already ? t("jury--sheet-already", { juror: m.juror }) : t("jury--sheet-merged", { juror: m.juror, applied: Number(m.applied) }); }))}>
          {t("jury--sheet-merge")}
        </button>
        <button type="button" data-testid="packet-open" disabled={!path} onClick={() => go(ipc.juryPacketOpen(path).then((o) => { onMerged(); return t("jury--packet-opened", { chair: o.chair, entries: Number(o.entries) }); }))}>
          {t("jury--packet-open")}
        </button>
        <button type="button" data-testid="sheet-export" disabled={!path} onClick={() => go(ipc.jurySheetExport(path).then((w) => t("jury--sheet-written", { scores: Number(w.scores) })))}>
          {t("jury--sheet-export")}
        </button>
      </div>
      {said && (
        <p role="status" data-testid="packets-said">
          {said}
        </p>
      )}
    </section>
  );
}
