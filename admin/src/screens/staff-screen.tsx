/** Nhân sự: who has which role on this site; change a role, revoke it, grant one to an account. */
import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { SiteRole, StaffMember } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConfirmDialog } from '../components/dialog.js';
import { CreateAccount } from '../components/create-account.js';
import { Button, ErrorSummary, SelectField } from '../components/form.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { asyncHandler } from '../lib/async-handler.js';

const ROLE_OPTIONS = (['contributor', 'editor', 'approver', 'site_admin'] as const).map((r) => ({ value: r, label: t.roles[r] }));

export function StaffScreen({ site }: { site: string }) {
  const session = useSession();
  const [accountsVersion, setAccountsVersion] = useState(0);
  const staff = useLoad(() => api.staff(site), [site]);
  const [revoking, setRevoking] = useState<StaffMember | null>(null);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();

  async function change(member: StaffMember, role: SiteRole) {
    try {
      await api.grantRole(site, member.userId, role);
      staff.setData((staff.data ?? []).map((m) => (m.userId === member.userId ? { ...m, role } : m)));
      announce(t.staff.saved(member.displayName));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function revoke(member: StaffMember) {
    setRevoking(null);
    try {
      await api.revokeRole(site, member.userId);
      staff.setData((staff.data ?? []).filter((m) => m.userId !== member.userId));
      announce(t.staff.revoked(member.displayName));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <>
      <PageHeading title={t.staff.title}>{t.staff.title}</PageHeading>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      {staff.error !== undefined ? (
        <LoadError message={staff.error} onRetry={staff.reload} />
      ) : staff.data === undefined ? (
        <Loading />
      ) : staff.data.length === 0 ? (
        <p>{t.staff.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="table__caption">{t.staff.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.staff.colName}</th>
                <th scope="col">{t.staff.colUser}</th>
                <th scope="col">{t.staff.colRole}</th>
                <th scope="col">{t.staff.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {staff.data.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">{m.displayName}</th>
                  <td>{m.username}</td>
                  <td>
                    <label class="visually-hidden" for={`role-${m.userId}`}>
                      {t.staff.roleOf(m.displayName)}
                    </label>
                    <select id={`role-${m.userId}`} class="select" value={m.role} onChange={(e) => void change(m, e.currentTarget.value as SiteRole)}>
                      {ROLE_OPTIONS.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <Button variant="link" class="link-danger" onClick={() => setRevoking(m)}>
                      {t.staff.revoke(m.displayName)}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddStaff site={site} onAdded={staff.reload} accountsVersion={accountsVersion} />
      {session.user.isSystemAdmin && <CreateAccount onCreated={() => setAccountsVersion((v) => v + 1)} />}
      {revoking !== null && <ConfirmDialog title={t.staff.revoke(revoking.displayName)} message={t.staff.revokeConfirm(revoking.displayName)} confirmLabel={t.confirm} danger onConfirm={() => void revoke(revoking)} onClose={() => setRevoking(null)} />}
    </>
  );
}

function AddStaff({ site, onAdded, accountsVersion }: { site: string; onAdded: () => void; accountsVersion: number }) {
  const session = useSession();
  const users = useLoad(() => (session.user.isSystemAdmin ? api.users() : Promise.resolve([])), [session.user.isSystemAdmin, accountsVersion]);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<string>('contributor');
  const [error, setError] = useState<string | undefined>(undefined);
  const announce = useAnnounce();

  async function submit(event: Event) {
    event.preventDefault();
    if (userId === '') return setError(t.staff.accountMissing);
    try {
      await api.grantRole(site, Number(userId), role as SiteRole);
      const name = users.data?.find((u) => String(u.id) === userId)?.displayName ?? userId;
      announce(t.staff.saved(name));
      setUserId('');
      setError(undefined);
      onAdded();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section class="section" aria-labelledby="staff-add">
      <h2 id="staff-add">{t.staff.addTitle}</h2>
      {!session.user.isSystemAdmin ? (
        <p class="muted">{t.staff.addNeedsSystemAdmin}</p>
      ) : (
        <form class="inline-form" onSubmit={asyncHandler(submit)} noValidate>
          <SelectField id="staff-account" label={t.staff.account} value={userId} onValue={setUserId} placeholder={t.staff.chooseAccount} options={(users.data ?? []).map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))} error={error} />
          <SelectField label={t.staff.colRole} value={role} onValue={setRole} options={ROLE_OPTIONS} />
          <Button type="submit">{t.staff.grant}</Button>
        </form>
      )}
    </section>
  );
}
