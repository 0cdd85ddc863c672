// Shows an error from the core as it came: its localised message and its stable code.
import type { ErrorPayload } from "../ipc";
import type { Translate } from "../i18n";

export function ErrorBanner(props: { error: ErrorPayload; t: Translate; onDismiss: () => void }) {
  const { error, t } = props;
  // Only errors that never reached the core arrive unlocalised; wrap them in a sentence.
  const message = error.code === "unexpected" ? t("error--unexpected", { detail: error.message }) : error.message;
  return (
    <div class="error-banner" role="alert" data-testid="error-banner">
      <strong>{t("error--heading")}</strong>
      <span class="error-message" data-testid="error-message">
        {message}
      </span>
      <code class="error-code" data-testid="error-code">
        {error.code}
      </code>
      <button type="button" data-testid="error-dismiss" onClick={props.onDismiss}>
        {t("error--dismiss")}
      </button>
    </div>
  );
}
