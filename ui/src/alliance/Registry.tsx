// The registry and admissions: the member directory filtered by alliance, tier, kind and
// country, a member entered or changed, each alliance's registry published by its
// secretariat, and applications to join with evidence per criterion, sponsors and the
// decision with its date and votes.
import { useEffect, useState } from "preact/hooks";
import {
  ipc,
  ALL_MEMBERS,
  type AllianceInfo,
  type Application,
  type ContactKind,
  type LangText,
  type MemberInfo,
  type MemberKind,
  type MembersQuery,
  type Outcome,
} from "../ipc";
import { languageName, regionName, type Translate } from "../i18n";

const KINDS: MemberKind[] = ["festival", "institution", "company", "artist"];
const BUILT_IN_TIERS = ["basic", "business", "partnership"];
const OUTCOMES: Outcome[] = ["admit", "refuse", "withdraw"];

/** The text in the interface language, else in one sharing its language, else English,
 * else the first there is. */
export function pickText(texts: LangText[], locale: string): string {
  const primary = (tag: string) => tag.split("-")[0].toLowerCase();
  return (
    texts.find((x) => x.lang === locale) ??
    texts.find((x) => primary(x.lang) === primary(locale)) ??
    texts.find((x) => primary(x.lang) === "en") ??
    texts[0]
  )?.text ?? "";
}

/** The keys of an alliance's tiers: its own, or the built-in ones. */
function tierKeys(alliance: AllianceInfo | undefined): string[] {
  return alliance && alliance.tiers.length > 0 ? alliance.tiers.map((x) => x.key) : BUILT_IN_TIERS;
}

export function tierLabel(t: Translate, alliances: AllianceInfo[], alliance: string, key: string, locale: string): string {
  const own = alliances.find((a) => a.slug === alliance)?.tiers.find((x) => x.key === key);
  return own ? pickText(own.labels, locale) : BUILT_IN_TIERS.includes(key) ? t(`tier--${key}`) : key;
}

interface Common {
  t: Translate;
  locale: string;
  onError: (e: unknown) => void;
}

function Select({ label, value, options, onChange, testid }: { label: string; value: string; options: [string, string][]; onChange: (v: string) => void; testid: string }) {
  return (
    <label>
      {label}{" "}
      <select data-testid={testid} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The directory's filters, asked of the core. */
export function DirectoryFilters({ t, locale, alliances, members, query, onQuery }: Common & { alliances: AllianceInfo[]; members: MemberInfo[]; query: MembersQuery; onQuery: (q: MembersQuery) => void }) {
  const any: [string, string] = ["", t("directory--any")];
  const alliance = alliances.find((a) => a.slug === query.alliance);
  const countries = [...new Set(members.map((m) => m.country).filter((c): c is string => !!c))].sort((a, b) => regionName(a, locale).localeCompare(regionName(b, locale), locale));
  const set = (patch: Partial<MembersQuery>) => onQuery({ ...query, ...patch });
  return (
    <div class="form-row" data-testid="directory-filters">
      <Select label={t("directory--alliance")} testid="filter-alliance" value={query.alliance ?? ""} options={[any, ...alliances.map((a): [string, string] => [a.slug, a.name])]} onChange={(v) => set({ alliance: v || null, tier: null })} />
      <Select label={t("directory--tier")} testid="filter-tier" value={query.tier ?? ""} options={[any, ...tierKeys(alliance).map((k): [string, string] => [k, tierLabel(t, alliances, alliance?.slug ?? "", k, locale)])]} onChange={(v) => set({ tier: v || null })} />
      <Select label={t("directory--kind")} testid="filter-kind" value={query.kind ?? ""} options={[any, ...KINDS.map((k): [string, string] => [k, t(`member-kind--${k}`)])]} onChange={(v) => set({ kind: (v || null) as MemberKind | null })} />
      <Select label={t("directory--country")} testid="filter-country" value={query.country ?? ""} options={[any, ...countries.map((c): [string, string] => [c, regionName(c, locale)])]} onChange={(v) => set({ country: v || null })} />
    </div>
  );
}

/** What the registry says of a member: kind, city, languages, memberships, contacts. */
export function MemberDetails({ t, locale, alliances, member }: { t: Translate; locale: string; alliances: AllianceInfo[]; member: MemberInfo }) {
  return (
    <div class="member-details">
      {member.kind && <small>{t(`member-kind--${member.kind}`)}</small>}
      {member.city && <small> · {member.city}</small>}
      {member.languages.length > 0 && <small> · {member.languages.map((l) => languageName(l, locale)).join(", ")}</small>}
      {member.memberships.map((ms) => (
        <div key={ms.alliance} class="membership" data-testid={`membership-${member.slug}-${ms.alliance}`}>
          <small>
            {alliances.find((a) => a.slug === ms.alliance)?.name ?? ms.alliance}
            {ms.tier && <> · {tierLabel(t, alliances, ms.alliance, ms.tier, locale)}</>}
            {ms.joined && <> · {t("directory--joined", { date: ms.joined })}</>}
          </small>
        </div>
      ))}
      {member.contacts.length > 0 && (
        <ul class="contacts">
          {member.contacts.map((c, i) => (
            <li key={i}>
              <small>
                {t(`contact-kind--${c.kind}`)}: <bdi dir="ltr">{c.value}</bdi>
              </small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A member entered in the registry, or changed. */
export function MemberForm({ t, alliances, onSaved, onError }: { t: Translate; alliances: AllianceInfo[]; onSaved: () => void; onError: (e: unknown) => void }) {
  const [f, setF] = useState({ slug: "", name: "", kind: "festival" as MemberKind, country: "", city: "", languages: "", email: "", alliance: "", tier: "", joined: "" });
  const [saved, setSaved] = useState<string | null>(null);
  const field = (k: keyof typeof f, testid: string, label: string, dir?: "ltr") => (
    <input data-testid={testid} dir={dir} aria-label={label} placeholder={label} value={f[k]} onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })} />
  );
  const alliance = alliances.find((a) => a.slug === f.alliance);
  const save = (e: Event) => {
    e.preventDefault();
    const contacts = f.email.trim() ? [{ kind: "email" as ContactKind, value: f.email.trim(), label: null }] : [];
    ipc
      .putMember({
        slug: f.slug.trim(),
        name: f.name,
        kind: f.kind,
        country: f.country.trim(),
        city: f.city || null,
        languages: f.languages.split(/[,\s]+/).filter(Boolean),
        contacts,
        alliance: f.alliance || null,
        tier: f.alliance && f.tier ? f.tier : null,
        joined: f.alliance && f.joined ? f.joined : null,
      })
      .then((m) => {
        setSaved(m.name);
        onSaved();
      }, onError);
  };
  return (
    <details class="member-form" data-testid="member-form">
      <summary>{t("directory--add")}</summary>
      <form onSubmit={save}>
        <div class="form-row">
          {field("slug", "member-slug", t("directory--slug"), "ltr")}
          {field("name", "member-name", t("directory--name"))}
          <Select label={t("directory--kind")} testid="member-kind" value={f.kind} options={KINDS.map((k): [string, string] => [k, t(`member-kind--${k}`)])} onChange={(v) => setF({ ...f, kind: v as MemberKind })} />
          {field("country", "member-country", t("directory--country-code"), "ltr")}
          {field("city", "member-city", t("directory--city"))}
        </div>
        <div class="form-row">
          {field("languages", "member-languages", t("directory--languages"), "ltr")}
          {field("email", "member-email", t("contact-kind--email"), "ltr")}
        </div>
        <div class="form-row">
          <Select label={t("directory--alliance")} testid="member-alliance" value={f.alliance} options={[["", t("directory--none")], ...alliances.map((a): [string, string] => [a.slug, a.name])]} onChange={(v) => setF({ ...f, alliance: v, tier: "" })} />
          {f.alliance && (
            <>
              <Select label={t("directory--tier")} testid="member-tier" value={f.tier} options={[["", t("directory--none")], ...tierKeys(alliance).map((k): [string, string] => [k, tierLabel(t, alliances, f.alliance, k, "en")])]} onChange={(v) => setF({ ...f, tier: v })} />
              {field("joined", "member-joined", t("directory--joined-input"), "ltr")}
            </>
          )}
          <button type="submit" class="primary" data-testid="member-save">
            {t("directory--save")}
          </button>
        </div>
      </form>
      {saved && (
        <p role="status" data-testid="member-saved">
          {t("directory--saved", { member: saved })}
        </p>
      )}
    </details>
  );
}

/** Each alliance's registry: its secretariat, when it was issued, and publishing it. */
export function RegistryPanel({ t, locale, alliances, canPublish, onPublished, onError }: Common & { alliances: AllianceInfo[]; canPublish: boolean; onPublished: () => void }) {
  const [published, setPublished] = useState<string | null>(null);
  const date = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(ms));
  return (
    <section class="panel registry" data-testid="registry" aria-labelledby="registry-heading">
      <h3 id="registry-heading">{t("registry--heading")}</h3>
      <ul class="member-list">
        {alliances.map((a) => (
          <li key={a.slug} class="member" data-testid={`registry-${a.slug}`}>
            <div>
              <bdi class="member-name">{a.name}</bdi> <small>{t("registry--members", { count: a.members })}</small>
            </div>
            <small>{a.secretariat ? t("registry--secretariat", { member: a.secretariat }) : t("registry--no-secretariat")}</small>
            {a.registry_issued_at !== null && <small> · {t("registry--issued", { date: date(a.registry_issued_at) })}</small>}
            {canPublish && (
              <button
                type="button"
                data-testid={`registry-publish-${a.slug}`}
                onClick={() =>
                  ipc.publishRegistry(a.slug).then((r) => {
                    setPublished(t("registry--published", { alliance: a.name, count: r.members }));
                    onPublished();
                  }, onError)
                }
              >
                {t("registry--publish")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {published && (
        <p role="status" data-testid="registry-published">
          {published}
        </p>
      )}
    </section>
  );
}

function ApplicationForm({ t, locale, alliance, onMade, onError }: Common & { alliance: AllianceInfo; onMade: () => void }) {
  const [f, setF] = useState({ slug: "", name: "", kind: "festival" as MemberKind, country: "", languages: "", contact: "" });
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  const submit = (e: Event) => {
    e.preventDefault();
    ipc
      .applyForMembership({
        alliance: alliance.slug,
        slug: f.slug.trim(),
        name: f.name,
        kind: f.kind,
        country: f.country.trim(),
        languages: f.languages.split(/[,\s]+/).filter(Boolean),
        contact: f.contact || null,
        tier: null,
        evidence: Object.entries(evidence)
          .filter(([, text]) => text.trim())
          .map(([criterion, text]) => ({ criterion, text })),
      })
      .then(() => {
        setF({ slug: "", name: "", kind: "festival", country: "", languages: "", contact: "" });
        setEvidence({});
        onMade();
      }, onError);
  };
  const field = (k: keyof typeof f, testid: string, label: string, dir?: "ltr") => (
    <input data-testid={testid} dir={dir} aria-label={label} placeholder={label} value={f[k]} onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })} />
  );
  return (
    <details class="application-form" data-testid="application-form">
      <summary>{t("admissions--apply")}</summary>
      <form onSubmit={submit}>
        <div class="form-row">
          {field("slug", "applicant-slug", t("directory--slug"), "ltr")}
          {field("name", "applicant-name", t("directory--name"))}
          <Select label={t("directory--kind")} testid="applicant-kind" value={f.kind} options={KINDS.map((k): [string, string] => [k, t(`member-kind--${k}`)])} onChange={(v) => setF({ ...f, kind: v as MemberKind })} />
          {field("country", "applicant-country", t("directory--country-code"), "ltr")}
          {field("languages", "applicant-languages", t("directory--languages"), "ltr")}
          {field("contact", "applicant-contact", t("admissions--contact"))}
        </div>
        {alliance.criteria.map((c) => (
          <label key={c.key} class="evidence">
            <span>{pickText(c.texts, locale)}</span>
            <textarea data-testid={`evidence-${c.key}`} value={evidence[c.key] ?? ""} onInput={(e) => setEvidence({ ...evidence, [c.key]: e.currentTarget.value })} />
          </label>
        ))}
        <button type="submit" class="primary" data-testid="application-submit">
          {t("admissions--submit")}
        </button>
      </form>
    </details>
  );
}

function ApplicationItem({ t, locale, alliance, application: a, members, onChanged, onError }: Common & { alliance: AllianceInfo; application: Application; members: MemberInfo[]; onChanged: () => void }) {
  const [sponsor, setSponsor] = useState("");
  const [note, setNote] = useState("");
  const [d, setD] = useState({ outcome: "admit" as Outcome, on: new Date().toISOString().slice(0, 10), for: "0", against: "0", abstain: "0", note: "" });
  const inAlliance = members.filter((m) => m.memberships.some((ms) => ms.alliance === a.alliance) && !a.sponsors.some((s) => s.member === m.slug));
  const criterion = (key: string) => pickText(alliance.criteria.find((c) => c.key === key)?.texts ?? [], locale) || key;
  const num = (v: string) => Math.max(0, Number.parseInt(v, 10) || 0);
  const decide = (e: Event) => {
    e.preventDefault();
    ipc
      .decideApplication({ application: a.id, outcome: d.outcome, on: d.on, votes_for: num(d.for), votes_against: num(d.against), votes_abstain: num(d.abstain), note: d.note || null, tier: null })
      .then(onChanged, onError);
  };
  return (
    <li class="application" data-testid={`application-${a.slug}`}>
      <div>
        <bdi class="member-name">{a.name}</bdi> <small dir="ltr">{a.slug}</small> <small>· {regionName(a.country, locale)}</small>{" "}
        <span class={`state state-${a.state}`} data-testid={`application-state-${a.slug}`}>
          {t(`application-state--${a.state}`)}
        </span>
      </div>
      <dl class="evidence-list">
        {a.evidence.map((e) => (
          <div key={e.criterion}>
            <dt>{criterion(e.criterion)}</dt>
            <dd>{e.text}</dd>
          </div>
        ))}
      </dl>
      {a.missing.length > 0 && (
        <p class="works-note" data-testid={`application-missing-${a.slug}`}>
          {t("admissions--missing", { criteria: a.missing.map(criterion).join(" · ") })}
        </p>
      )}
      {a.sponsors.length > 0 && (
        <p data-testid={`application-sponsors-${a.slug}`}>
          {t("admissions--sponsors")}: {a.sponsors.map((s) => members.find((m) => m.slug === s.member)?.name ?? s.member).join(", ")}
        </p>
      )}
      {a.decision && (
        <p data-testid={`application-decision-${a.slug}`}>
          {t("admissions--decided", { date: a.decision.on, for: a.decision.votes_for, against: a.decision.votes_against, abstain: a.decision.votes_abstain })}
          {a.decision.note && <> — {a.decision.note}</>}
        </p>
      )}
      {a.state === "open" && (
        <>
          <form
            class="form-row"
            onSubmit={(e) => {
              e.preventDefault();
              if (!sponsor) return;
              ipc.sponsorApplication({ application: a.id, member: sponsor, note: note || null }).then(() => {
                setSponsor("");
                setNote("");
                onChanged();
              }, onError);
            }}
          >
            <Select label={t("admissions--sponsor-as")} testid={`sponsor-${a.slug}`} value={sponsor} options={[["", "—"], ...inAlliance.map((m): [string, string] => [m.slug, m.name])]} onChange={setSponsor} />
            <input aria-label={t("admissions--sponsor-note")} placeholder={t("admissions--sponsor-note")} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            <button type="submit" data-testid={`sponsor-add-${a.slug}`}>
              {t("admissions--sponsor")}
            </button>
          </form>
          <form class="form-row" onSubmit={decide}>
            <Select label={t("admissions--outcome")} testid={`outcome-${a.slug}`} value={d.outcome} options={OUTCOMES.map((o): [string, string] => [o, t(`outcome--${o}`)])} onChange={(v) => setD({ ...d, outcome: v as Outcome })} />
            <input dir="ltr" type="date" aria-label={t("admissions--on")} data-testid={`decide-on-${a.slug}`} value={d.on} onInput={(e) => setD({ ...d, on: e.currentTarget.value })} />
            {(["for", "against", "abstain"] as const).map((k) => (
              <label key={k}>
                {t(`admissions--${k}`)} <input type="number" min={0} class="votes" data-testid={`votes-${k}-${a.slug}`} value={d[k]} onInput={(e) => setD({ ...d, [k]: e.currentTarget.value })} />
              </label>
            ))}
            <input aria-label={t("admissions--decision-note")} placeholder={t("admissions--decision-note")} value={d.note} onInput={(e) => setD({ ...d, note: e.currentTarget.value })} />
            <button type="submit" class="primary" data-testid={`decide-${a.slug}`}>
              {t("admissions--decide")}
            </button>
          </form>
        </>
      )}
    </li>
  );
}

/** An alliance's admission criteria and the applications to join it. */
export function AdmissionsPanel({ t, locale, alliances, onChanged, onError }: Common & { alliances: AllianceInfo[]; onChanged: () => void }) {
  const [chosen, setSlug] = useState("");
  // Until one is chosen, the first alliance that asks something of applicants.
  const slug = chosen || (alliances.find((a) => a.criteria.length > 0)?.slug ?? alliances[0]?.slug ?? "");
  const [applications, setApplications] = useState<Application[]>([]);
  const [members, setMembers] = useState<MemberInfo[]>([]);
  const [version, setVersion] = useState(0);
  const [key, setKey] = useState("");
  const [text, setText] = useState("");
  const alliance = alliances.find((a) => a.slug === slug);
  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };
  useEffect(() => {
    if (!slug) return;
    ipc.applications({ alliance: slug, state: null }).then((a) => setApplications(a.applications), onError);
    ipc.membersList({ ...ALL_MEMBERS, alliance: slug }).then((m) => setMembers(m.members), onError);
  }, [slug, version]);
  if (!alliance) return null;
  return (
    <section class="panel admissions" data-testid="admissions" aria-labelledby="admissions-heading">
      <h3 id="admissions-heading">{t("admissions--heading")}</h3>
      <div class="form-row">
        <Select label={t("directory--alliance")} testid="admissions-alliance" value={slug} options={alliances.map((a): [string, string] => [a.slug, a.name])} onChange={setSlug} />
      </div>
      <h4>{t("admissions--criteria")}</h4>
      <ol class="criteria" data-testid="criteria">
        {alliance.criteria.map((c) => (
          <li key={c.key}>{pickText(c.texts, locale)}</li>
        ))}
      </ol>
      <form
        class="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          ipc.putCriterion({ alliance: slug, key: key.trim(), texts: [{ lang: locale, text }] }).then(() => {
            setKey("");
            setText("");
            changed();
          }, onError);
        }}
      >
        <input dir="ltr" data-testid="criterion-key" aria-label={t("admissions--criterion-key")} placeholder={t("admissions--criterion-key")} value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        <input class="path" data-testid="criterion-text" aria-label={t("admissions--criterion-text")} placeholder={t("admissions--criterion-text")} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" data-testid="criterion-add">
          {t("admissions--criterion-add")}
        </button>
      </form>
      <ApplicationForm t={t} locale={locale} alliance={alliance} onMade={changed} onError={onError} />
      <h4>{t("admissions--applications")}</h4>
      {applications.length === 0 && <p class="works-note">{t("admissions--none")}</p>}
      <ul class="member-list" data-testid="applications">
        {applications.map((a) => (
          <ApplicationItem key={a.id} t={t} locale={locale} alliance={alliance} application={a} members={members} onChanged={changed} onError={onError} />
        ))}
      </ul>
    </section>
  );
}
