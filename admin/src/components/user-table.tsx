/** The accounts of the system as a table: who, their roles on each site, their state, and the reset button. */
import type { AdminUser } from '../api/types.js';
import { formatDateTime } from '../lib/format.js';
import { t } from '../messages.js';
import { href } from '../router.js';
import { Link } from './link.js';

interface Props {
  users: AdminUser[];
  /** The signed-in administrator, who changes their own password on their account page. */
  me: number;
  onReset: (user: AdminUser) => void;
}

export function UserTable({ users, me, onReset }: Props) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption">{t.users.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.users.colName}</th>
            <th scope="col">{t.users.colUsername}</th>
            <th scope="col">{t.users.colRoles}</th>
            <th scope="col">{t.users.colState}</th>
            <th scope="col">{t.users.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.displayName}</th>
              <td>{u.username}</td>
              <td>
                <Roles user={u} />
              </td>
              <td>
                <States user={u} />
              </td>
              <td>
                {u.id === me ? (
                  <Link href={href({ name: 'account' })}>{t.users.ownAccount}</Link>
                ) : (
                  <button type="button" class="button button--secondary" aria-haspopup="dialog" onClick={() => onReset(u)}>
                    {t.users.resetButton}
                    <span class="visually-hidden"> {t.users.of(u.displayName)}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Roles({ user }: { user: AdminUser }) {
  const roles = user.roles ?? [];
  if (!user.isSystemAdmin && roles.length === 0) return <span class="muted">{t.users.noRoles}</span>;
  return (
    <ul class="plain-list">
      {user.isSystemAdmin === true && <li>{t.roles.system_admin}</li>}
      {roles.map((r) => (
        <li key={r.siteId}>
          {r.siteName || r.siteSlug}: {t.roles[r.role]}
        </li>
      ))}
    </ul>
  );
}

function States({ user }: { user: AdminUser }) {
  const states = [
    user.status === 'disabled' ? t.users.disabled : t.users.active,
    ...(user.lockedUntil ? [t.users.locked(formatDateTime(user.lockedUntil))] : []),
    ...(user.mustChangePassword ? [t.users.mustChange] : []),
    ...(user.totpEnabled ? [t.users.totpOn] : []),
  ];
  return (
    <ul class="plain-list">
      {states.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}
