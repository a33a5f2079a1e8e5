/** What a screen shows while its data loads, or when loading failed (with a retry button). */
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../lib/use-load.js';
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

/** The error, the loading line, or what `children` makes of the data once it is there. */
export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.error !== undefined) return <LoadError message={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  return <>{children(loaded.data)}</>;
}
