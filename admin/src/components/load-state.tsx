/** What a screen shows while its data loads, or when loading failed (with a retry button). */
import { t } from '../messages.js';

export function Loading() {
  return (
    <p class="loading" aria-busy="true">
      {t.loading}
    </p>
  );
}

export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="error-summary" role="alert">
      <h2 class="error-summary__title">{t.errors.loadFailed}</h2>
      <p>{message}</p>
      <button type="button" class="button button--secondary" onClick={onRetry}>
        {t.errors.retry}
      </button>
    </div>
  );
}
