/** A table of article summaries: title (link to the editor), state, category, author, last change. */
import type { ArticleSummary } from '../api/types.js';
import { formatDateTime } from '../lib/format.js';
import { t } from '../messages.js';
import { href } from '../router.js';
import { Link } from './link.js';
import { StatusTag } from './status-tag.js';

export function ArticleTable({ site, items, caption, timeOf = (a) => a.updatedAt, timeLabel = t.list.colUpdated }: {
  site: string;
  items: ArticleSummary[];
  caption: string;
  timeOf?: (a: ArticleSummary) => string | null | undefined;
  timeLabel?: string;
}) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.list.colTitle}</th>
            <th scope="col">{t.list.colStatus}</th>
            <th scope="col">{t.list.colCategory}</th>
            <th scope="col">{t.list.colAuthor}</th>
            <th scope="col">{timeLabel}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={href({ name: 'article', site, id: a.id })}>{a.title || '—'}</Link>
              </td>
              <td>
                <StatusTag status={a.status} label={a.statusLabel} />
              </td>
              <td>{a.categoryName ?? ''}</td>
              <td>{a.authorName ?? a.createdByName ?? ''}</td>
              <td class="nowrap">{formatDateTime(timeOf(a))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
