/**
 * Tài khoản người dùng, for system administrators: every account with its roles and
 * state, a search, creating an account, and resetting a password. A reset ends the
 * person's sessions and gives a temporary password, shown here once, which they must
 * replace at their next sign-in.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { AdminUser } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { CreateAccount } from '../components/create-account.js';
import { ConfirmDialog } from '../components/dialog.js';
import { Button, ErrorSummary, TextField } from '../components/form.js';
import { FilterForm } from '../components/filter-form.js';
import { LoadState } from '../components/load-state.js';
import { OneTimePassword } from '../components/one-time-password.js';
import { PageHeading } from '../components/page-heading.js';
import { Pagination } from '../components/pagination.js';
import { UserTable } from '../components/user-table.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

export function UsersScreen({ query }: { query: URLSearchParams }) {
  const session = useSession();
  const announce = useAnnounce();
  const q = query.get('q') ?? '';
  const page = Math.max(1, Number(query.get('trang') ?? '1') || 1);
  const key = query.toString();
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [key]);
  const list = useLoad(() => api.usersPage({ q, page }), [key]);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [issued, setIssued] = useState<{ user: AdminUser; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const urlFor = (text: string, p: number) => href({ name: 'users', query: { ...(text !== '' ? { q: text } : {}), ...(p > 1 ? { trang: String(p) } : {}) } });

  async function reset(user: AdminUser) {
    setResetting(null);
    try {
      const answer = await api.resetPassword(user.id);
      setError(null);
      setIssued({ user, password: answer.temporaryPassword });
      if (list.data !== undefined) list.setData({ ...list.data, items: list.data.items.map((u) => (u.id === user.id ? { ...u, mustChangePassword: true } : u)) });
      announce(t.users.resetDone(user.displayName));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <>
      <PageHeading title={t.users.title}>{t.users.title}</PageHeading>
      <ErrorSummary errors={error !== null ? [{ message: error }] : []} />
      {issued !== null && (
        <OneTimePassword
          title={t.users.resetTitle(issued.user.displayName)}
          intro={t.users.resetIntro(issued.user.username)}
          password={issued.password}
          onDismiss={() => setIssued(null)}
        />
      )}
      <FilterForm label={t.users.searchLabel} onApply={() => navigate(urlFor(search.trim(), 1))}>
        <div class="filters__row">
          <TextField type="search" label={t.users.search} value={search} onValue={setSearch} width="half" />
        </div>
        <Button type="submit">{t.search}</Button>
      </FilterForm>
      <LoadState loaded={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t.users.empty}</p>
          ) : (
            <>
              <p class="results-count">{t.users.count(data.total)}</p>
              <UserTable users={data.items} me={session.user.id} onReset={setResetting} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(p) => urlFor(q, p)} />
            </>
          )
        }
      </LoadState>
      <CreateAccount onCreated={list.reload} />
      {resetting !== null && (
        <ConfirmDialog
          title={t.users.reset(resetting.displayName)}
          message={t.users.resetConfirm(resetting.displayName)}
          confirmLabel={t.users.resetButton}
          danger
          onConfirm={() => void reset(resetting)}
          onClose={() => setResetting(null)}
        />
      )}
    </>
  );
}
