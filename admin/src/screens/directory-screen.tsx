/**
 * Danh bạ: the site's officials (name, position, unit, work phone and e-mail, order,
 * shown or not) in a table, and a form in a dialog to add or change one. No workflow:
 * a visible entry is public at once; the server audits every change.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { DirectoryEntry, DirectoryEntryInput, DirectoryList } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConfirmDialog, Dialog } from '../components/dialog.js';
import { Button, CheckboxField, ErrorSummary, TextField, type SummaryError } from '../components/form.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';

const EMPTY: DirectoryEntryInput = { name: '', position: '', unit: '', phone: '', email: '', sortOrder: 0, visible: true };
const FIELD_IDS: Record<string, string> = { name: 'dir-name', position: 'dir-position', unit: 'dir-unit', phone: 'dir-phone', email: 'dir-email', sortOrder: 'dir-order' };

export function DirectoryScreen({ site }: { site: string }) {
  const list = useLoad(() => api.directory(site), [site]);
  const [editing, setEditing] = useState<DirectoryEntry | 'new' | null>(null);
  return (
    <>
      <PageHeading title={t.directory.title}>{t.directory.title}</PageHeading>
      <p>{t.directory.intro}</p>
      {list.error !== undefined ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : list.data === undefined ? (
        <Loading />
      ) : (
        <>
          {list.data.canManage ? (
            <p>
              <Button onClick={() => setEditing('new')}>{t.directory.add}</Button>
            </p>
          ) : (
            <p class="panel panel--info">{t.directory.readOnly}</p>
          )}
          <DirectoryTable site={site} list={list.data} onEdit={setEditing} onChanged={list.reload} />
        </>
      )}
      {editing !== null && (
        <EntryDialog
          site={site}
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}

function DirectoryTable({ site, list, onEdit, onChanged }: { site: string; list: DirectoryList; onEdit: (e: DirectoryEntry) => void; onChanged: () => void }) {
  const announce = useAnnounce();
  const [removing, setRemoving] = useState<DirectoryEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (list.entries.length === 0) return <p>{t.directory.empty}</p>;
  async function remove(entry: DirectoryEntry) {
    setRemoving(null);
    try {
      await api.deleteDirectoryEntry(site, entry.id);
      announce(t.directory.removed);
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  }
  return (
    <>
      {error !== null && <ErrorSummary errors={[{ message: error }]} />}
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption">{t.directory.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.directory.colName}</th>
              <th scope="col">{t.directory.colPosition}</th>
              <th scope="col">{t.directory.colUnit}</th>
              <th scope="col">{t.directory.colPhone}</th>
              <th scope="col">{t.directory.colEmail}</th>
              <th scope="col">{t.directory.colOrder}</th>
              <th scope="col">{t.directory.colVisible}</th>
              {list.canManage && <th scope="col">{t.directory.colActions}</th>}
            </tr>
          </thead>
          <tbody>
            {list.entries.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.name}</th>
                <td>{e.position}</td>
                <td>{e.unit}</td>
                <td>{e.phone}</td>
                <td>{e.email}</td>
                <td>{e.sortOrder}</td>
                <td>{e.visible ? t.yes : t.no}</td>
                {list.canManage && (
                  <td>
                    <div class="button-group">
                      <Button variant="link" onClick={() => onEdit(e)}>
                        {t.directory.edit(e.name)}
                      </Button>
                      <Button variant="link" class="link-danger" onClick={() => setRemoving(e)}>
                        {t.directory.remove(e.name)}
                      </Button>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {removing !== null && (
        <ConfirmDialog title={t.directory.remove(removing.name)} message={t.directory.removeConfirm(removing.name)} confirmLabel={t.delete} danger onConfirm={() => void remove(removing)} onClose={() => setRemoving(null)} />
      )}
    </>
  );
}

function EntryDialog({ site, entry, onClose, onSaved }: { site: string; entry: DirectoryEntry | null; onClose: () => void; onSaved: () => void }) {
  const announce = useAnnounce();
  const [draft, setDraft] = useState<DirectoryEntryInput>(() => (entry === null ? EMPTY : { name: entry.name, position: entry.position, unit: entry.unit, phone: entry.phone, email: entry.email, sortOrder: entry.sortOrder, visible: entry.visible }));
  const [order, setOrder] = useState(String(entry?.sortOrder ?? 0));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [byField, setByField] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (field: keyof DirectoryEntryInput, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function submit() {
    setBusy(true);
    try {
      const input = { ...draft, sortOrder: /^[0-9]{1,6}$/.test(order.trim()) ? Number(order.trim()) : Number.NaN };
      if (entry === null) await api.createDirectoryEntry(site, input);
      else await api.saveDirectoryEntry(site, entry.id, input);
      announce(t.directory.saved);
      onSaved();
    } catch (error) {
      const fields: Record<string, string> = {};
      const list: SummaryError[] = [];
      if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
        for (const e of error.problem.errors ?? []) {
          fields[e.field] ??= e.message;
          list.push({ fieldId: FIELD_IDS[e.field], message: e.message });
        }
      } else list.push({ message: messageOf(error) });
      setByField(fields);
      setErrors(list);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={entry === null ? t.directory.addTitle : t.directory.editTitle} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary errors={errors} />
        <TextField id={FIELD_IDS.name} label={t.directory.colName} value={draft.name} onValue={(v) => set('name', v)} required error={byField.name} />
        <TextField id={FIELD_IDS.position} label={t.directory.colPosition} value={draft.position} onValue={(v) => set('position', v)} required error={byField.position} />
        <TextField id={FIELD_IDS.unit} label={t.directory.colUnit} value={draft.unit} onValue={(v) => set('unit', v)} required error={byField.unit} />
        <TextField id={FIELD_IDS.phone} label={t.directory.colPhone} hint={t.directory.phoneHint} type="tel" value={draft.phone ?? ''} onValue={(v) => set('phone', v)} error={byField.phone} width="half" />
        <TextField id={FIELD_IDS.email} label={t.directory.colEmail} hint={t.directory.emailHint} type="email" value={draft.email ?? ''} onValue={(v) => set('email', v)} error={byField.email} autoCapitalize="none" spellcheck={false} />
        <TextField id={FIELD_IDS.sortOrder} label={t.directory.colOrder} hint={t.directory.orderHint} value={order} onValue={setOrder} inputMode="numeric" width="short" error={byField.sortOrder} />
        <CheckboxField label={t.directory.visible} checked={draft.visible ?? true} onChecked={(v) => setDraft((d) => ({ ...d, visible: v }))} />
        <div class="form-end button-group">
          <Button type="submit" disabled={busy}>
            {busy ? t.saving : t.save}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
