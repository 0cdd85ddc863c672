// One work: its facts, then every language variant of its titles and synopses side by
// side, each text tagged with its own language so the right fonts and direction apply.
import { Fragment } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ipc, mediaUrl, type LocalizedText, type MediaKind, type WorkDetail, type WorkId } from "../ipc";
import { languageName, regionName, type Translate } from "../i18n";

interface Props {
  id: WorkId;
  mediaKinds: MediaKind[];
  locale: string;
  t: Translate;
  mediaVersion: number;
  dropKind: MediaKind;
  onDropKind: (kind: MediaKind) => void;
  onBack: () => void;
  onError: (e: unknown) => void;
}

function runtime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}


interface Variant {
  lang: string;
  title?: LocalizedText;
  synopsis?: LocalizedText;
}

function variants(work: WorkDetail): Variant[] {
  const byLang = new Map<string, Variant>();
  for (const title of work.titles) byLang.set(title.lang, { lang: title.lang, title });
  for (const synopsis of work.synopses) {
    const v = byLang.get(synopsis.lang) ?? { lang: synopsis.lang };
    v.synopsis = synopsis;
    byLang.set(synopsis.lang, v);
  }
  return [...byLang.values()];
}

/** Adds or changes the title and synopsis of one language, as a curator. */
function TextEditor({
  work,
  lang,
  variant,
  locale,
  t,
  onSaved,
  onClose,
  onError,
}: {
  work: WorkDetail;
  lang: string | null;
  variant?: Variant;
  locale: string;
  t: Translate;
  onSaved: (w: WorkDetail) => void;
  onClose: () => void;
  onError: (e: unknown) => void;
}) {
  const [tag, setTag] = useState(lang ?? "");
  const [title, setTitle] = useState(variant?.title?.text ?? "");
  const [synopsis, setSynopsis] = useState(variant?.synopsis?.text ?? "");
  const [original, setOriginal] = useState(variant?.title?.original ?? false);
  // One call saves the language whole: its title and synopsis together, or neither.
  const save = () =>
    ipc.saveLanguage({ work: work.id, tag, title, synopsis, original, lang: locale }).then(onSaved, onError);
  return (
    <div class="text-editor" data-testid="text-editor">
      <input
        type="text"
        dir="ltr"
        class="tag-input"
        data-testid="edit-tag"
        value={tag}
        disabled={lang !== null}
        placeholder={t("edit--tag-placeholder")}
        aria-label={t("edit--tag")}
        onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
      />
      <input
        type="text"
        dir="auto"
        lang={tag || undefined}
        data-testid="edit-title"
        value={title}
        aria-label={t("edit--title")}
        placeholder={t("edit--title")}
        onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
      />
      <textarea
        dir="auto"
        lang={tag || undefined}
        data-testid="edit-synopsis"
        value={synopsis}
        aria-label={t("edit--synopsis")}
        placeholder={t("edit--synopsis")}
        onInput={(e) => setSynopsis((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <label>
        <input type="checkbox" data-testid="edit-original" checked={original} onChange={(e) => setOriginal((e.currentTarget as HTMLInputElement).checked)} />
        {t("edit--original")}
      </label>
      <div class="form-row">
        <button type="button" class="primary" data-testid="edit-save" disabled={!tag.trim() || !title.trim()} onClick={save}>
          {t("edit--save")}
        </button>
        <button type="button" data-testid="edit-cancel" onClick={onClose}>
          {t("edit--cancel")}
        </button>
      </div>
    </div>
  );
}

export function WorkView({ id, mediaKinds, locale, t, mediaVersion, dropKind, onDropKind, onBack, onError }: Props) {
  const [work, setWork] = useState<WorkDetail | null>(null);
  // The language being edited: a tag, "" for a new one, or null when none is.
  const [editing, setEditing] = useState<string | null>(null);
  const [identifier, setIdentifier] = useState("");

  // The editor of one language (or, with `lang` null, of a new one).
  const editor = (w: WorkDetail, lang: string | null, variant?: Variant) => (
    <TextEditor
      work={w}
      lang={lang}
      variant={variant}
      locale={locale}
      t={t}
      onSaved={(saved) => {
        setWork(saved);
        setEditing(null);
      }}
      onClose={() => setEditing(null)}
      onError={onError}
    />
  );

  useEffect(() => {
    let live = true;
    ipc.workDetail(id, locale).then((w) => live && setWork(w), onError);
    return () => {
      live = false;
    };
  }, [id, locale, mediaVersion]);

  return (
    <section class="work" data-testid="work-detail">
      <button type="button" class="back" data-testid="back" onClick={onBack}>
        {t("work--back")}
      </button>
      {work && (
        <>
          <h2 data-testid="work-title" class="work-heading">
            <bdi lang={work.title_lang} dir="auto">
              {work.title}
            </bdi>
          </h2>
          <dl class="facts">
            <dt>{t("work--kind")}</dt>
            <dd>{t(`kind--${work.kind}`)}</dd>
            {work.year !== null && (
              <>
                <dt>{t("work--year")}</dt>
                <dd>{work.year}</dd>
              </>
            )}
            {work.runtime_seconds !== null && (
              <>
                <dt>{t("work--runtime")}</dt>
                <dd>
                  <bdi dir="ltr">{runtime(work.runtime_seconds)}</bdi>
                </dd>
              </>
            )}
            {work.countries.length > 0 && (
              <>
                <dt>{t("work--countries")}</dt>
                <dd>{work.countries.map((c) => regionName(c, locale)).join(" · ")}</dd>
              </>
            )}
            {work.languages.length > 0 && (
              <>
                <dt>{t("work--languages")}</dt>
                <dd>{work.languages.map((l) => languageName(l, locale)).join(" · ")}</dd>
              </>
            )}
            {work.unresolved.length > 0 && (
              <>
                <dt>{t("work--unresolved")}</dt>
                <dd data-testid="work-unresolved">
                  {work.unresolved.map((u, i) => (
                    <span key={i} class="flag" title={t(`work--unresolved-${u.vocabulary}`)}>
                      {t(`work--unresolved-${u.vocabulary}`)}: <bdi>{u.value}</bdi>
                    </span>
                  ))}
                </dd>
              </>
            )}
          </dl>
          <h3>{t("work--media")}</h3>
          <div class="media" data-testid="work-media">
            {work.media.map((m) => {
              const thumb = m.thumbnails.find((th) => th.size === 480) ?? m.thumbnails[0];
              return (
                <figure key={m.id} class="media-item" data-testid={`media-${m.id}`}>
                  {thumb && <img src={mediaUrl(thumb.sha256)} alt="" loading="lazy" width={thumb.width} height={thumb.height} />}
                  <figcaption>
                    {t(`media-kind--${m.kind}`)} · <bdi dir="ltr">{`${m.width}×${m.height}`}</bdi>
                  </figcaption>
                </figure>
              );
            })}
          </div>
          <div class="drop-hint" data-testid="media-drop-hint">
            <span>{work.media.length === 0 ? t("media--none") : ""} {t("media--drop-hint")}</span>
            <select
              value={dropKind}
              aria-label={t("media--kind-label")}
              data-testid="media-kind-select"
              onChange={(e) => onDropKind((e.currentTarget as HTMLSelectElement).value as MediaKind)}
            >
              {mediaKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`media-kind--${k}`)}
                </option>
              ))}
            </select>
          </div>
          <h3>
            {t("work--titles")}{" "}
            <button type="button" class="small" data-testid="add-language" onClick={() => setEditing("")}>
              {t("edit--add-language")}
            </button>
          </h3>
          {editing === "" && (
            editor(work, null)
          )}
          <div class="variants" data-testid="work-variants">
            {variants(work).map((v) => (
              <article class={v.title?.original ? "variant original" : "variant"} key={v.lang} data-testid={`work-variant-${v.lang}`}>
                <header>
                  <span class="lang-name">{languageName(v.lang, locale)}</span>
                  <code class="lang-tag" title={t("work--lang-tag", { lang: v.lang })}>
                    {v.lang}
                  </code>
                  {v.title?.original && <span class="badge">{t("work--original")}</span>}
                </header>
                {v.title && (
                  <p class="variant-title" lang={v.lang} dir="auto" data-testid={`work-title-${v.lang}`}>
                    {v.title.text}
                  </p>
                )}
                {v.synopsis && (
                  <p class="variant-synopsis" lang={v.lang} dir="auto">
                    {v.synopsis.text}
                  </p>
                )}
                {v.title && <small class="provenance">{t(`provenance--${v.title.provenance}`)}</small>}
                {editing === v.lang ? (
                  editor(work, v.lang, v)
                ) : (
                  <div class="variant-actions">
                    <button
                      type="button"
                      class="small"
                      data-testid={`edit-${v.lang}`}
                      aria-label={t("edit--edit-language", { language: languageName(v.lang, locale) })}
                      onClick={() => setEditing(v.lang)}
                    >
                      {t("edit--edit")}
                    </button>
                    <button
                      type="button"
                      class="small"
                      data-testid={`remove-${v.lang}`}
                      aria-label={t("edit--remove-language", { language: languageName(v.lang, locale) })}
                      onClick={() => ipc.removeLanguage({ work: work.id, tag: v.lang, lang: locale }).then(setWork, onError)}
                    >
                      {t("edit--remove")}
                    </button>
                  </div>
                )}
              </article>
            ))}
          </div>
          {work.credits.length > 0 && (
            <>
              <h3>{t("work--credits")}</h3>
              <dl class="facts credits">
                {work.credits.map((c, i) => (
                  <Fragment key={i}>
                    <dt>{t(`role--${c.role}`)}</dt>
                    <dd>
                      <bdi>{c.name}</bdi>
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </>
          )}
          <h3>{t("work--identifiers")}</h3>
          <form
            class="form-row"
            onSubmit={(e) => {
              e.preventDefault();
              ipc.addIdentifier({ work: work.id, value: identifier, lang: locale }).then((w) => {
                setWork(w);
                setIdentifier("");
              }, onError);
            }}
          >
            <input
              type="text"
              dir="ltr"
              data-testid="identifier-input"
              value={identifier}
              placeholder={t("identifier--placeholder")}
              aria-label={t("identifier--placeholder")}
              onInput={(e) => setIdentifier((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" data-testid="identifier-add" disabled={!identifier.trim()}>
              {t("identifier--add")}
            </button>
          </form>
          <Recommend work={work.id} locale={locale} t={t} onError={onError} />
          {work.identifiers.length > 0 && (
            <>
              <dl class="facts identifiers">
                {work.identifiers.map((i) => (
                  <Fragment key={`${i.kind}:${i.value}`}>
                    <dt data-testid={`identifier-${i.kind}`}>{t(`identifier-kind--${i.kind}`)}</dt>
                    <dd>
                      <code>{i.value}</code>
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </>
          )}
        </>
      )}
    </section>
  );
}

type RecommendModule = typeof import("../alliance/Recommendations");

/** Recommending the work, its rights and its recommendations, loaded when a work is
 * first opened: the works list does not parse them. */
function Recommend(props: { work: WorkId; locale: string; t: Translate; onError: (e: unknown) => void }) {
  const [module, setModule] = useState<RecommendModule | null>(null);
  useEffect(() => {
    import("../alliance/Recommendations").then(setModule, props.onError);
  }, []);
  return module ? <module.RecommendPanel {...props} /> : null;
}
