/** An article's workflow state as a labelled tag (text, never colour alone). */
import type { ArticleStatus } from '../api/types.js';
import { t } from '../messages.js';

export function StatusTag({ status, label }: { status: ArticleStatus; label?: string | undefined }) {
  return <strong class={`tag tag--${status}`}>{label ?? t.statuses[status] ?? status}</strong>;
}
