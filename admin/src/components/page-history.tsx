/** "Lịch sử sửa đổi" of a static page: every saved revision (who, when, note), each restorable as a new save. */
import { useState } from 'preact/hooks';
import type { AdminPage, Revision } from '../api/types.js';
import { formatDateTime } from '../lib/format.js';
import { t } from '../messages.js';
import { ConfirmDialog } from './dialog.js';
import { Button } from './form.js';

interface Props {
  page: AdminPage;
  revisions: Revision[];
  /** Restores revision `number` over the page's current revision. */
  onRestore: (number: number) => void;
  busy: boolean;
}

export function PageHistory({ page, revisions, onRestore, busy }: Props) {
  const [restoring, setRestoring] = useState<number | null>(null);
  return (
    <section class="section" aria-labelledby="page-history-title">
      <h2 id="page-history-title">{t.pages.history}</h2>
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption">{t.pages.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.revisions.colNumber}</th>
              <th scope="col">{t.revisions.colAuthor}</th>
              <th scope="col">{t.revisions.colTime}</th>
              <th scope="col">{t.revisions.colNote}</th>
              <th scope="col">
                <span class="visually-hidden">{t.confirm}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.number}>
                <th scope="row">
                  {r.number} {r.number === page.revision && <span class="muted">{t.revisions.current}</span>}
                </th>
                <td>{r.authorName ?? ''}</td>
                <td>{formatDateTime(r.createdAt)}</td>
                <td>{r.note ?? ''}</td>
                <td>
                  {r.number !== page.revision && page.canEdit && (
                    <Button variant="link" disabled={busy} onClick={() => setRestoring(r.number)}>
                      {t.revisions.restore(r.number)}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {restoring !== null && (
        <ConfirmDialog
          title={t.revisions.restore(restoring)}
          message={t.revisions.restoreConfirm(restoring)}
          confirmLabel={t.revisions.restore(restoring)}
          onConfirm={() => {
            setRestoring(null);
            onRestore(restoring);
          }}
          onClose={() => setRestoring(null)}
        />
      )}
    </section>
  );
}
