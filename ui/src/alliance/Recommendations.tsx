// Recommendations between members: the inbox and outbox with each member's state, the
// answers (accept into an edition's section, decline with a reason, programmed), a judge
// or guest recommended; members' catalogues, searched in any script and taken into an
// edition; and, on a work's page, recommending the work, its screening rights and its
// recommendation history.
import { useEffect, useState } from "preact/hooks";
import {
  ipc,
  type CatalogueEntry,
  type Edition,
  type MemberInfo,
  type Recommendation,
  type RecommendationKind,
  type ScreeningRight,
  type Warning,
  type WorkId,
} from "../ipc";
import { regionName, type Translate } from "../i18n";

interface Common {
  locale: string;
  t: Translate;
  onError: (e: unknown) => void;
}

/** Members whose cards are held, to pick recipients from; none ticked means all. */
function MemberPicker({ t, members, chosen, onChange, prefix }: { t: Translate; members: MemberInfo[]; chosen: string[]; onChange: (c: string[]) => void; prefix: string }) {
  const carded = members.filter((m) => m.fingerprint && m.trust !== "revoked");
  return (
    <fieldset class="member-picker">
      <legend>{t("alliance--note-to")}</legend>
      {carded.length === 0 && <span class="works-note">{t("alliance--note-no-cards")}</span>}
      {carded.map((m) => (
        <label key={m.slug}>
          <input
            type="checkbox"
            data-testid={`${prefix}-to-${m.slug}`}
            checked={chosen.includes(m.slug)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, m.slug] : chosen.filter((s) => s !== m.slug))}
          />
          <bdi>{m.name}</bdi>
        </label>
      ))}
      {carded.length > 0 && chosen.length === 0 && <small>{t("alliance--note-to-all")}</small>}
    </fieldset>
  );
}

function Warnings({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div role="status">
      <ul class="warnings" data-testid="warnings">
        {warnings.map((w, i) => (
          <li key={i} data-testid={`warning-${w.code}`}>
            {w.message} <code>{w.code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where one recommendation stands with each member, and its history. */
function States({ t, rec, locale }: { t: Translate; rec: Recommendation; locale: string }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <ul class="recipient-states">
        {rec.recipients.map((r) => (
          <li key={r.member} data-testid={`state-${rec.id}-${r.member}`}>
            <bdi dir="ltr">{r.member}</bdi>: <span class={`state state-${r.state}`}>{t(`recommendation-state--${r.state}`)}</span>
            {r.reason && <q> {r.reason}</q>}
            {r.edition && (
              <small dir="ltr">
                {" "}
                {r.edition}
                {r.section ? ` / ${r.section}` : ""}
              </small>
            )}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t("recommendations--history")}</summary>
        <ol class="history">
          {rec.history.map((h, i) => (
            <li key={i}>
              <time dateTime={new Date(h.at).toISOString()}>{date.format(new Date(h.at))}</time> · <bdi dir="ltr">{h.member}</bdi>: {t(`recommendation-state--${h.state}`)}
              {h.reason && <q> {h.reason}</q>}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

/** Accept (into an edition's section), decline (with a reason) or say programmed. */
function AnswerForm({ t, rec, editions, onAnswered, onError, locale }: Common & { rec: Recommendation; editions: Edition[]; onAnswered: (r: Recommendation) => void }) {
  const [edition, setEdition] = useState(editions[0]?.slug ?? "");
  const [section, setSection] = useState(rec.section ?? "");
  const [reason, setReason] = useState("");
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const chosen = editions.find((e) => e.slug === edition);
  const answer = (answer: Parameters<typeof ipc.answerRecommendation>[0]["answer"]) =>
    ipc.answerRecommendation({ id: rec.id, answer, lang: locale }).then((r) => {
      setWarnings(r.warnings);
      onAnswered(r);
    }, onError);
  if (rec.state === "accepted" && rec.kind === "work") {
    return (
      <>
        <Warnings warnings={warnings} />
        <button type="button" data-testid={`program-${rec.id}`} onClick={() => answer({ state: "programmed" })}>
          {t("recommendations--program")}
        </button>
      </>
    );
  }
  if (rec.state !== "received") return <Warnings warnings={warnings} />;
  return (
    <div class="answer">
      {rec.kind === "work" && (
        <div class="form-row">
          <select data-testid={`accept-edition-${rec.id}`} aria-label={t("recommendations--edition")} value={edition} onChange={(e) => setEdition(e.currentTarget.value)}>
            {editions.map((e) => (
              <option key={e.slug} value={e.slug}>
                {e.name}
              </option>
            ))}
          </select>
          <select data-testid={`accept-section-${rec.id}`} aria-label={t("recommendations--section")} value={section} onChange={(e) => setSection(e.currentTarget.value)}>
            <option value="">{t("recommendations--section-suggested")}</option>
            {chosen?.sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="form-row">
        <button
          type="button"
          class="primary"
          data-testid={`accept-${rec.id}`}
          disabled={rec.kind === "work" && !edition}
          onClick={() => answer({ state: "accepted", edition: rec.kind === "work" ? edition : null, section: section || null })}
        >
          {t("recommendations--accept")}
        </button>
        <input data-testid={`decline-reason-${rec.id}`} aria-label={t("recommendations--reason")} placeholder={t("recommendations--reason")} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        <button type="button" data-testid={`decline-${rec.id}`} disabled={!reason.trim()} onClick={() => answer({ state: "declined", reason })}>
          {t("recommendations--decline")}
        </button>
      </div>
    </div>
  );
}

/** The inbox and the outbox, and a judge or guest to recommend. */
export function RecommendationsPanel({ locale, t, onError, members, version }: Common & { members: MemberInfo[]; version: number }) {
  const [recs, setRecs] = useState<Recommendation[]>([]);
  const [editions, setEditions] = useState<Edition[]>([]);
  const [own, setOwn] = useState(0);
  useEffect(() => {
    ipc.recommendations({ work: null, direction: null }).then((r) => setRecs(r.recommendations), onError);
  }, [version, own]);
  useEffect(() => {
    ipc.editions().then(setEditions, onError);
  }, []);
  const incoming = recs.filter((r) => r.direction === "incoming");
  const outgoing = recs.filter((r) => r.direction === "outgoing");
  const item = (r: Recommendation) => (
    <li key={r.id} class="recommendation" data-testid={`recommendation-${r.id}`}>
      <p>
        <span class="kind">{t(`recommendation-kind--${r.kind}`)}</span> <bdi class="rec-title">{r.title}</bdi>{" "}
        <span class={`state state-${r.state}`} data-testid={`recommendation-state-${r.id}`}>
          {t(`recommendation-state--${r.state}`)}
        </span>
      </p>
      <p class="works-note">
        {r.direction === "incoming" ? t("recommendations--from") : t("recommendations--to")} <bdi dir="ltr">{r.direction === "incoming" ? r.from : r.to.join(", ")}</bdi>
      </p>
      {r.note && (
        <p class="note-text" lang={r.note_lang ?? undefined}>
          {r.note}
        </p>
      )}
      <States t={t} rec={r} locale={locale} />
      {r.direction === "incoming" && <AnswerForm t={t} locale={locale} rec={r} editions={editions} onAnswered={() => setOwn((v) => v + 1)} onError={onError} />}
    </li>
  );
  return (
    <section class="panel recommendations" data-testid="recommendations" aria-labelledby="recommendations-heading">
      <h3 id="recommendations-heading">{t("recommendations--heading")}</h3>
      <h4>{t("recommendations--inbox")}</h4>
      {incoming.length === 0 && <p class="works-note">{t("recommendations--none")}</p>}
      <ul class="recommendation-list" data-testid="inbox">
        {incoming.map(item)}
      </ul>
      <h4>{t("recommendations--outbox")}</h4>
      {outgoing.length === 0 && <p class="works-note">{t("recommendations--none")}</p>}
      <ul class="recommendation-list" data-testid="outbox">
        {outgoing.map(item)}
      </ul>
      <PersonForm t={t} locale={locale} members={members} onSent={() => setOwn((v) => v + 1)} onError={onError} />
    </section>
  );
}

function PersonForm({ t, locale, members, onSent, onError }: Common & { members: MemberInfo[]; onSent: () => void }) {
  const [name, setName] = useState("");
  const [kind, setKind] = useState<RecommendationKind>("judge");
  const [to, setTo] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const send = (e: Event) => {
    e.preventDefault();
    ipc
      .recommendPerson({
        person: { names: [{ lang: "und", text: name, original: true, provenance: "curator" }], roles: [], languages: [], country: null, contact: null },
        kind,
        to,
        note: note || null,
        note_lang: locale,
      })
      .then(() => {
        setName("");
        setNote("");
        onSent();
      }, onError);
  };
  return (
    <form class="person-form" onSubmit={send}>
      <h4>{t("recommendations--person")}</h4>
      <div class="form-row">
        <input data-testid="person-name" aria-label={t("recommendations--person-name")} placeholder={t("recommendations--person-name")} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <select data-testid="person-kind" aria-label={t("recommendations--person-as")} value={kind} onChange={(e) => setKind(e.currentTarget.value as RecommendationKind)}>
          <option value="judge">{t("recommendation-kind--judge")}</option>
          <option value="guest">{t("recommendation-kind--guest")}</option>
        </select>
      </div>
      <MemberPicker t={t} members={members} chosen={to} onChange={setTo} prefix="person" />
      <textarea aria-label={t("recommendations--note")} placeholder={t("recommendations--note")} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit" data-testid="person-send">
        {t("recommendations--send")}
      </button>
    </form>
  );
}

/** The catalogues members published, searched in any script, and this profile's own. */
export function CataloguePanel({ locale, t, onError, version }: Common & { version: number }) {
  const [query, setQuery] = useState("");
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  const [sizes, setSizes] = useState<{ member: string; entries: number }[]>([]);
  const [published, setPublished] = useState<number | null>(null);
  const [editions, setEditions] = useState<Edition[]>([]);
  const [taken, setTaken] = useState<number[]>([]);
  useEffect(() => {
    const handle = setTimeout(() => {
      ipc.catalogue({ query: query.trim() || null, member: null, limit: 50 }).then((c) => {
        setEntries(c.entries);
        setSizes(c.members);
      }, onError);
    }, 120);
    return () => clearTimeout(handle);
  }, [query, version]);
  useEffect(() => {
    ipc.editions().then(setEditions, onError);
  }, []);
  const target = editions[0];
  return (
    <section class="panel catalogues" data-testid="catalogues" aria-labelledby="catalogues-heading">
      <h3 id="catalogues-heading">{t("catalogues--heading")}</h3>
      <div class="form-row">
        <button type="button" data-testid="catalogue-publish" onClick={() => ipc.publishCatalogue().then((p) => setPublished(p.entries), onError)}>
          {t("catalogues--publish")}
        </button>
        {published !== null && (
          <span role="status" data-testid="catalogue-published">
            {t("catalogues--published", { count: published })}
          </span>
        )}
      </div>
      <p class="works-note" data-testid="catalogue-sizes">
        {sizes.map((s) => t("catalogues--size", { member: s.member, count: s.entries })).join(" · ") || t("catalogues--none")}
      </p>
      <input type="search" data-testid="catalogue-search" aria-label={t("catalogues--search")} placeholder={t("catalogues--search")} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <ul class="catalogue-list">
        {entries.map((e) => (
          <li key={e.id} data-testid={`catalogue-entry-${e.id}`}>
            <bdi>{e.title}</bdi> {e.year && <small>({e.year})</small>} · <bdi dir="ltr">{e.member}</bdi>
            {e.work.countries.length > 0 && <small> · {e.work.countries.map((c) => regionName(c, locale)).join(", ")}</small>}
            {target && target.sections[0] && (
              <button
                type="button"
                data-testid={`catalogue-take-${e.id}`}
                disabled={taken.includes(e.id)}
                onClick={() =>
                  ipc
                    .takeFromCatalogue({ entry: e.id, edition: target.slug, section: target.sections[0].slug, lang: locale })
                    .then(() => setTaken((old) => [...old, e.id]), onError)
                }
              >
                {taken.includes(e.id) ? t("catalogues--taken", { edition: target.name }) : t("catalogues--take", { edition: target.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a work's page: its screening rights, recommending it, and its recommendations. */
export function RecommendPanel({ work, locale, t, onError }: Common & { work: WorkId }) {
  const [members, setMembers] = useState<MemberInfo[]>([]);
  const [rights, setRights] = useState<ScreeningRight[]>([]);
  const [history, setHistory] = useState<Recommendation[]>([]);
  const [to, setTo] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [territory, setTerritory] = useState("");
  const [excluded, setExcluded] = useState(false);
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    ipc.membersList().then((m) => setMembers(m.members), onError);
  }, []);
  useEffect(() => {
    ipc.screeningRights(work).then((r) => setRights(r.rights), onError);
    ipc.recommendations({ work, direction: null }).then((r) => setHistory(r.recommendations), onError);
  }, [work, version]);
  const saveRights = (next: ScreeningRight[]) => ipc.setScreeningRights({ work, rights: next }).then((r) => setRights(r.rights), onError);
  const send = (e: Event) => {
    e.preventDefault();
    ipc.recommendWork({ work, to, note: note || null, note_lang: locale, section: null, lang: locale }).then((r) => {
      setWarnings(r.warnings);
      setNote("");
      setVersion((v) => v + 1);
    }, onError);
  };
  return (
    <section class="panel recommend" data-testid="recommend-panel" aria-labelledby="recommend-heading">
      <h3 id="recommend-heading">{t("recommend--heading")}</h3>
      <h4>{t("rights--heading")}</h4>
      {rights.length === 0 && <p class="works-note">{t("rights--none")}</p>}
      <ul class="rights" data-testid="rights">
        {rights.map((r) => (
          <li key={r.territory}>
            {r.excluded ? "−" : "+"} {r.territory === "WORLD" ? t("rights--world") : regionName(r.territory, locale)}
            {(r.starts || r.ends) && (
              <small dir="ltr">
                {" "}
                {r.starts ?? ""}–{r.ends ?? ""}
              </small>
            )}
            <button type="button" class="small" onClick={() => saveRights(rights.filter((x) => x.territory !== r.territory))}>
              {t("alliance--point-remove")}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!territory.trim()) return;
          saveRights([...rights, { territory: territory.trim(), excluded, starts: null, ends: null }]).then(() => setTerritory(""));
        }}
      >
        <input data-testid="rights-territory" dir="ltr" maxLength={5} aria-label={t("rights--territory")} placeholder={t("rights--territory")} value={territory} onInput={(e) => setTerritory(e.currentTarget.value)} />
        <label>
          <input type="checkbox" data-testid="rights-excluded" checked={excluded} onChange={(e) => setExcluded(e.currentTarget.checked)} /> {t("rights--excluded")}
        </label>
        <button type="submit" data-testid="rights-add">
          {t("alliance--point-add")}
        </button>
      </form>
      <form onSubmit={send} class="note-form">
        <MemberPicker t={t} members={members} chosen={to} onChange={setTo} prefix="recommend" />
        <textarea data-testid="recommend-note" aria-label={t("recommendations--note")} placeholder={t("recommendations--note")} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" class="primary" data-testid="recommend-send">
          {t("recommendations--send")}
        </button>
      </form>
      {warnings && (
        <>
          <p role="status" data-testid="recommend-sent">
            {t("recommend--sent")}
          </p>
          <Warnings warnings={warnings} />
        </>
      )}
      {history.length > 0 && (
        <>
          <h4>{t("recommend--history")}</h4>
          <ul class="recommendation-list" data-testid="work-recommendations">
            {history.map((r) => (
              <li key={r.id}>
                {r.direction === "incoming" ? t("recommendations--from") : t("recommendations--to")} <bdi dir="ltr">{r.direction === "incoming" ? r.from : r.to.join(", ")}</bdi>
                <States t={t} rec={r} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
