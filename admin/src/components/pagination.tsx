/** Previous/next links with "Trang n / m" for paged lists. */
import { t } from '../messages.js';
import { Link } from './link.js';

export function Pagination({ page, pageSize, total, hrefFor }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t.pagination.label}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ‹ {t.pagination.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t.pagination.page(page, pages)}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t.pagination.next} ›
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
