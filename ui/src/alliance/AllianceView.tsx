// The alliance: the registry's members (filtered, with what the registry says of each),
// each alliance's registry and its admissions, this profile's identity (its fingerprint, to read aloud, and as a QR code
// to scan), the members by country with each card's fingerprint and whether a person
// compared it, the exchange points where the copies meet, notes to and from members, and
// a sync button with a progress bar and a log of what was applied or refused, and why.
import { useEffect, useState } from "preact/hooks";
import {
  ipc,
  toPayload,
  type CardImported,
  type ErrorPayload,
  type ExchangePoint,
  type ExchangeProgress,
  type IdentityInfo,
  type AllianceInfo,
  type MemberInfo,
  type MembersQuery,
  type Note,
  ALL_MEMBERS,
  type Qr,
  type SyncReport,
} from "../ipc";
import { regionName, type Translate } from "../i18n";
import { CataloguePanel, RecommendationsPanel } from "./Recommendations";
import { AdmissionsPanel, DirectoryFilters, MemberDetails, MemberForm, RegistryPanel } from "./Registry";

type MapModule = typeof import("./WorldMap");

interface Props {
  locale: string;
  t: Translate;
  onError: (e: unknown) => void;
}

/** A QR code as SVG: one square per dark module, inside a quiet zone of four. */
export function QrCode({ qr, label }: { qr: Qr; label: string }) {
  if (qr.size === 0) return null;
  const quiet = 4;
  const side = qr.size + 2 * quiet;
  let d = "";
  qr.modules.forEach((dark, i) => {
    if (dark) d += `M${(i % qr.size) + quiet} ${Math.floor(i / qr.size) + quiet}h1v1h-1z`;
  });
  return (
    <svg class="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} data-testid="qr" shape-rendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

/** A fingerprint, always left to right, in groups a person reads one at a time. */
function Fingerprint({ value, testid }: { value: string; testid?: string }) {
  return (
    <code class="fingerprint" dir="ltr" data-testid={testid}>
      {value.split("-").map((g, i) => (
        <span key={i}>
          {i > 0 && " "}
          {g}
        </span>
      ))}
    </code>
  );
}

function IdentityPanel({ t, identity, onMade, onError }: { t: Translate; identity: IdentityInfo | null; onMade: (i: IdentityInfo) => void; onError: (e: unknown) => void }) {
  const [name, setName] = useState("");
  const [member, setMember] = useState("");
  const [country, setCountry] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [card, setCard] = useState<string | null>(null);

  if (!identity) {
    const make = (e: Event) => {
      e.preventDefault();
      ipc
        .identityInit({
          name,
          member,
          country: country.trim() ? country.trim().toUpperCase() : null,
          languages: [],
          passphrase: passphrase || null,
        })
        .then(onMade, onError);
    };
    return (
      <section class="panel identity" data-testid="identity-new" aria-labelledby="identity-heading">
        <h3 id="identity-heading">{t("alliance--identity")}</h3>
        <p class="works-note">{t("alliance--identity-none")}</p>
        <form class="form-grid" onSubmit={make}>
          <label>
            {t("alliance--identity-name")}
            <input data-testid="identity-name" value={name} onInput={(e) => setName(e.currentTarget.value)} required />
          </label>
          <label>
            {t("alliance--identity-member")}
            <input data-testid="identity-member" dir="ltr" value={member} onInput={(e) => setMember(e.currentTarget.value)} required />
          </label>
          <label>
            {t("alliance--identity-country")}
            <input data-testid="identity-country" dir="ltr" maxLength={2} value={country} onInput={(e) => setCountry(e.currentTarget.value)} />
          </label>
          <label>
            {t("alliance--passphrase")}
            <input type="password" data-testid="identity-passphrase" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
            <small>{t("alliance--passphrase-hint")}</small>
          </label>
          <button type="submit" class="primary" data-testid="identity-make">
            {t("alliance--identity-make")}
          </button>
        </form>
      </section>
    );
  }
  const writeCard = () => ipc.writeCard(null).then((w) => setCard(w.path), onError);
  return (
    <section class="panel identity" data-testid="identity" aria-labelledby="identity-heading">
      <h3 id="identity-heading">{t("alliance--identity")}</h3>
      <div class="identity-body">
        <div>
          <p class="identity-name">
            <bdi>{identity.name}</bdi> <small dir="ltr">({identity.member})</small>
            {identity.country && <span> · {identity.country}</span>}
          </p>
          <p class="label">{t("alliance--fingerprint")}</p>
          <Fingerprint value={identity.fingerprint} testid="identity-fingerprint" />
          <p class="works-note">{t(`alliance--sealed-in-${identity.sealed_in}`)}</p>
          <button type="button" data-testid="write-card" onClick={writeCard}>
            {t("alliance--write-card")}
          </button>
          {card && (
            <p data-testid="card-written">
              {t("alliance--card-written")} <bdi dir="ltr">{card}</bdi>
            </p>
          )}
        </div>
        <QrCode qr={identity.qr} label={t("alliance--qr-label")} />
      </div>
    </section>
  );
}

function MembersPanel({ t, locale, all, alliances, version, onChanged, onError }: { t: Translate; locale: string; all: MemberInfo[]; alliances: AllianceInfo[]; version: number; onChanged: () => void; onError: (e: unknown) => void }) {
  const [query, setQuery] = useState<MembersQuery>(ALL_MEMBERS);
  const [members, setMembers] = useState<MemberInfo[]>([]);
  const [map, setMap] = useState<MapModule | null>(null);
  const [showMap, setShowMap] = useState(false);
  useEffect(() => {
    if (showMap && !map) import("./WorldMap").then(setMap, onError);
  }, [showMap]);
  useEffect(() => {
    ipc.membersList(query).then((m) => setMembers(m.members), onError);
  }, [query, version]);
  const [path, setPath] = useState("");
  const [imported, setImported] = useState<CardImported | null>(null);
  const [verifying, setVerifying] = useState<string | null>(null);
  const [typed, setTyped] = useState("");

  const importCard = (e: Event) => {
    e.preventDefault();
    if (!path.trim()) return;
    ipc.importCard({ path }).then((c) => {
      setImported(c);
      setPath("");
      onChanged();
    }, onError);
  };
  const verify = (member: string) =>
    ipc.verifyMember({ member, fingerprint: typed }).then(() => {
      setVerifying(null);
      setTyped("");
      setImported(null);
      onChanged();
    }, onError);

  // By country, in the interface language's order of country names.
  const byCountry = new Map<string, MemberInfo[]>();
  for (const m of members) {
    const key = m.country ?? "";
    byCountry.set(key, [...(byCountry.get(key) ?? []), m]);
  }
  const collator = new Intl.Collator(locale);
  const countries = [...byCountry.keys()].sort((a, b) => collator.compare(a ? regionName(a, locale) : "~", b ? regionName(b, locale) : "~"));

  return (
    <section class="panel members" data-testid="members" aria-labelledby="members-heading">
      <h3 id="members-heading">{t("alliance--members")}</h3>
      <form class="form-row" onSubmit={importCard}>
        <input
          type="text"
          class="path"
          dir="ltr"
          data-testid="card-path"
          placeholder={t("alliance--card-path")}
          aria-label={t("alliance--card-path")}
          value={path}
          onInput={(e) => setPath(e.currentTarget.value)}
        />
        <button type="submit" data-testid="import-card">
          {t("alliance--import-card")}
        </button>
      </form>
      {imported && (
        <div class="card-imported" role="status" data-testid="card-imported">
          <p>{t(imported.rotated ? "alliance--card-rotated" : "alliance--card-imported", { member: imported.member.name })}</p>
          <div class="identity-body">
            <div>
              <p>{t("alliance--compare")}</p>
              {imported.member.fingerprint && <Fingerprint value={imported.member.fingerprint} testid="imported-fingerprint" />}
            </div>
            <QrCode qr={imported.qr} label={t("alliance--qr-label")} />
          </div>
        </div>
      )}
      <MemberForm t={t} alliances={alliances} onSaved={onChanged} onError={onError} />
      <DirectoryFilters t={t} locale={locale} alliances={alliances} members={all} query={query} onQuery={setQuery} onError={onError} />
      <div class="tabs" role="group" aria-label={t("directory--view")}>
        <button type="button" data-testid="directory-list" aria-pressed={!showMap} onClick={() => setShowMap(false)}>
          {t("directory--as-list")}
        </button>
        <button type="button" data-testid="directory-map" aria-pressed={showMap} onClick={() => setShowMap(true)}>
          {t("directory--as-map")}
        </button>
      </div>
      {showMap && map && <map.default t={t} locale={locale} members={members} chosen={query.country} onChoose={(country) => setQuery({ ...query, country })} />}
      {members.length === 0 && <p class="works-note">{t(all.length === 0 ? "alliance--members-none" : "directory--none-match")}</p>}
      {countries.map((c) => (
        <div key={c} class="country-group">
          <h4>{c ? regionName(c, locale) : t("alliance--country-unknown")}</h4>
          <ul class="member-list">
            {(byCountry.get(c) ?? []).map((m) => (
              <li key={m.slug} class="member" data-testid={`member-${m.slug}`}>
                <div>
                  <bdi class="member-name">{m.name}</bdi> <small dir="ltr">{m.slug}</small>
                </div>
                <MemberDetails t={t} locale={locale} alliances={alliances} member={m} />
                {m.fingerprint ? <Fingerprint value={m.fingerprint} /> : <span class="works-note">{t("trust--no-card")}</span>}
                {m.trust && (
                  <span class={`trust trust-${m.trust}`} data-testid={`trust-${m.slug}`}>
                    {t(`trust--${m.trust}`)}
                  </span>
                )}
                {m.trust === "unverified" &&
                  (verifying === m.slug ? (
                    <form
                      class="form-row verify"
                      onSubmit={(e) => {
                        e.preventDefault();
                        verify(m.slug);
                      }}
                    >
                      <input
                        dir="ltr"
                        data-testid={`verify-input-${m.slug}`}
                        aria-label={t("alliance--verify-typed")}
                        placeholder={t("alliance--verify-typed")}
                        value={typed}
                        onInput={(e) => setTyped(e.currentTarget.value)}
                      />
                      <button type="submit" class="primary" data-testid={`verify-confirm-${m.slug}`}>
                        {t("alliance--verify")}
                      </button>
                      <button type="button" onClick={() => setVerifying(null)}>
                        {t("edit--cancel")}
                      </button>
                    </form>
                  ) : (
                    <button type="button" data-testid={`verify-${m.slug}`} onClick={() => setVerifying(m.slug)}>
                      {t("alliance--verify")}
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function PointsPanel({ t, points, onPoints, onError }: { t: Translate; points: ExchangePoint[]; onPoints: (p: ExchangePoint[]) => void; onError: (e: unknown) => void }) {
  const [location, setLocation] = useState("");
  const [name, setName] = useState("");
  const add = (e: Event) => {
    e.preventDefault();
    if (!location.trim()) return;
    ipc.addExchangePoint({ location, name: name.trim() || null }).then((p) => {
      onPoints(p.points);
      setLocation("");
      setName("");
    }, onError);
  };
  return (
    <section class="panel points" data-testid="points" aria-labelledby="points-heading">
      <h3 id="points-heading">{t("alliance--points")}</h3>
      {points.length === 0 && <p class="works-note">{t("alliance--points-none")}</p>}
      <ul class="point-list">
        {points.map((p) => (
          <li key={p.id} data-testid={`point-${p.id}`}>
            {p.name && <strong>{p.name} </strong>}
            <bdi dir="ltr">{p.location}</bdi>
            <button type="button" data-testid={`point-remove-${p.id}`} onClick={() => ipc.removeExchangePoint(p.id).then((r) => onPoints(r.points), onError)}>
              {t("alliance--point-remove")}
            </button>
          </li>
        ))}
      </ul>
      <form class="form-row" onSubmit={add}>
        <input type="text" class="path" dir="ltr" data-testid="point-location" placeholder={t("alliance--point-location")} aria-label={t("alliance--point-location")} value={location} onInput={(e) => setLocation(e.currentTarget.value)} />
        <input type="text" data-testid="point-name" placeholder={t("alliance--point-name")} aria-label={t("alliance--point-name")} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" data-testid="point-add">
          {t("alliance--point-add")}
        </button>
      </form>
    </section>
  );
}

function SyncPanel({ t, members, onSynced, onError }: { t: Translate; members: MemberInfo[]; onSynced: () => void; onError: (e: unknown) => void }) {
  const [progress, setProgress] = useState<ExchangeProgress | null>(null);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [locked, setLocked] = useState<ErrorPayload | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const nameOf = (slug: string | null, fingerprint: string) => members.find((m) => m.slug === slug)?.name ?? slug ?? fingerprint;

  const sync = () => {
    setReport(null);
    setProgress({ phase: "publish", location: "", done: 0, total: 0 });
    ipc
      .sync("both", setProgress)
      .then(
        (r) => {
          setReport(r);
          setLocked(null);
          onSynced();
        },
        (e) => {
          const payload = toPayload(e);
          if (payload.code === "identity-passphrase-needed" || payload.code === "identity-passphrase-wrong") setLocked(payload);
          else onError(e);
        },
      )
      .finally(() => setProgress(null));
  };
  const unlock = (e: Event) => {
    e.preventDefault();
    ipc.unlock(passphrase).then(() => {
      setPassphrase("");
      setLocked(null);
      sync();
    }, (err) => setLocked(toPayload(err)));
  };

  return (
    <section class="panel sync" data-testid="sync" aria-labelledby="sync-heading">
      <h3 id="sync-heading">{t("alliance--sync")}</h3>
      <button type="button" class="primary" data-testid="sync-button" disabled={progress !== null} onClick={sync}>
        {t("alliance--sync-button")}
      </button>
      {progress && (
        <div class="progress" role="status" data-testid="sync-progress">
          <span>
            {t(`alliance--sync-${progress.phase}`, { done: progress.done, total: progress.total })} <bdi dir="ltr">{progress.location}</bdi>
          </span>
          <progress value={progress.done} max={Math.max(progress.total, 1)} />
        </div>
      )}
      {locked && (
        <form class="form-row unlock" onSubmit={unlock} data-testid="unlock">
          <span role="alert">{locked.message}</span>
          <input type="password" data-testid="unlock-passphrase" aria-label={t("alliance--passphrase")} value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          <button type="submit" class="primary" data-testid="unlock-button">
            {t("alliance--unlock")}
          </button>
        </form>
      )}
      {report && (
        <ol class="sync-log" data-testid="sync-log" aria-label={t("alliance--sync-log")}>
          {report.points.map((p) => (
            <li key={p.location} data-testid="sync-point">
              <bdi dir="ltr">{p.location}</bdi>
              <p data-testid="sync-summary">
                {t("alliance--sync-summary", {
                  published: p.published,
                  applied: p.pull.applied,
                  skipped: p.pull.skipped,
                  refused: p.pull.refused.length,
                })}
              </p>
              {p.error && (
                <p class="refused" data-testid="sync-point-error">
                  {p.error.message} <code>{p.error.code}</code>
                </p>
              )}
              <ul>
                {p.pull.log.map((l) => (
                  <li key={`${l.sender}-${l.seq}`} class={l.applied ? "applied" : "passed"} data-testid="sync-applied">
                    {t(l.applied ? "alliance--log-applied" : "alliance--log-passed", { seq: l.seq, kind: t(`envelope-kind--${l.kind}`) })} <bdi>{nameOf(l.sender_member, l.sender)}</bdi>
                  </li>
                ))}
                {p.pull.refused.map((r) => (
                  <li key={`${r.sender}-${r.seq}`} class="refused" data-testid="sync-refused">
                    {t("alliance--log-refused", { seq: r.seq })} <Fingerprint value={r.sender} />: {r.message} <code>{r.code}</code>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NotesPanel({ t, locale, members, notes, onSent, onError }: { t: Translate; locale: string; members: MemberInfo[]; notes: Note[]; onSent: () => void; onError: (e: unknown) => void }) {
  const [text, setText] = useState("");
  const [to, setTo] = useState<string[]>([]);
  const [sent, setSent] = useState<number | null>(null);
  const carded = members.filter((m) => m.fingerprint);
  const send = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    ipc.sendNote({ to, text, lang: locale }).then((c) => {
      setSent(c.seq);
      setText("");
      onSent();
    }, onError);
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section class="panel notes" data-testid="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{t("alliance--notes")}</h3>
      <form onSubmit={send} class="note-form">
        <fieldset>
          <legend>{t("alliance--note-to")}</legend>
          {carded.length === 0 && <span class="works-note">{t("alliance--note-no-cards")}</span>}
          {carded.map((m) => (
            <label key={m.slug}>
              <input
                type="checkbox"
                data-testid={`note-to-${m.slug}`}
                checked={to.includes(m.slug)}
                onChange={(e) => setTo((old) => (e.currentTarget.checked ? [...old, m.slug] : old.filter((s) => s !== m.slug)))}
              />
              <bdi>{m.name}</bdi>
            </label>
          ))}
          {carded.length > 0 && to.length === 0 && <small>{t("alliance--note-to-all")}</small>}
        </fieldset>
        <textarea data-testid="note-text" aria-label={t("alliance--note-text")} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" data-testid="note-send" disabled={carded.length === 0}>
          {t("alliance--note-send")}
        </button>
        {sent !== null && (
          <span role="status" data-testid="note-sent">
            {t("alliance--note-sent", { seq: sent })}
          </span>
        )}
      </form>
      {notes.length === 0 && <p class="works-note">{t("alliance--notes-none")}</p>}
      <ul class="note-list">
        {notes.map((n) => (
          <li key={`${n.sender}-${n.sent_at}`} data-testid="note">
            <p class="note-from">
              <bdi>{n.sender_name ?? n.sender_member ?? n.sender}</bdi> · <time dateTime={new Date(n.sent_at).toISOString()}>{date.format(new Date(n.sent_at))}</time>
            </p>
            <p class="note-text" lang={n.lang ?? undefined}>
              {n.text}
            </p>
            {n.attachments.map((a) => (
              <p key={a.sha256} class="works-note">
                <bdi dir="ltr">{a.name}</bdi>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AllianceView({ locale, t, onError }: Props) {
  const [identity, setIdentity] = useState<IdentityInfo | null | undefined>(undefined);
  const [members, setMembers] = useState<MemberInfo[]>([]);
  const [points, setPoints] = useState<ExchangePoint[]>([]);
  const [notes, setNotes] = useState<Note[]>([]);
  const [alliances, setAlliances] = useState<AllianceInfo[]>([]);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    ipc.identityInfo().then(setIdentity, (e) => {
      if (toPayload(e).code === "identity-missing") setIdentity(null);
      else onError(e);
    });
    ipc.exchangePoints().then((p) => setPoints(p.points), onError);
  }, []);
  useEffect(() => {
    ipc.membersList().then((m) => setMembers(m.members), onError);
    ipc.alliances().then((a) => setAlliances(a.alliances), onError);
    if (identity) ipc.notes().then((n) => setNotes(n.notes), onError);
  }, [version, identity === null]);

  if (identity === undefined) return <p class="works-note">{t("works--loading")}</p>;
  return (
    <section class="alliance" data-testid="alliance" aria-labelledby="alliance-heading">
      <h2 id="alliance-heading">{t("alliance--heading")}</h2>
      <IdentityPanel t={t} identity={identity} onMade={setIdentity} onError={onError} />
      {identity && (
        <>
          <SyncPanel t={t} members={members} onSynced={refresh} onError={onError} />
          <PointsPanel t={t} points={points} onPoints={setPoints} onError={onError} />
          <RecommendationsPanel t={t} locale={locale} members={members} version={version} onError={onError} />
          <CataloguePanel t={t} locale={locale} version={version} onError={onError} />
          <NotesPanel t={t} locale={locale} members={members} notes={notes} onSent={refresh} onError={onError} />
        </>
      )}
      <MembersPanel t={t} locale={locale} all={members} alliances={alliances} version={version} onChanged={refresh} onError={onError} />
      <RegistryPanel t={t} locale={locale} alliances={alliances} canPublish={!!identity} onPublished={refresh} onError={onError} />
      <AdmissionsPanel t={t} locale={locale} alliances={alliances} onChanged={refresh} onError={onError} />
    </section>
  );
}
