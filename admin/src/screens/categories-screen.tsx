/** Chuyên mục: the category tree, adding and editing (name, slug, parent, menu order, in menu), deleting. */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { Category, CategoryInput } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConfirmDialog } from '../components/dialog.js';
import { Button, CheckboxField, ErrorSummary, SelectField, TextArea, TextField, type SummaryError } from '../components/form.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { categoryOptions, categoryTree, type CategoryNode } from '../lib/categories.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { asyncHandler } from '../lib/async-handler.js';

export function CategoriesScreen({ site }: { site: string }) {
  const list = useLoad(() => api.categories(site), [site]);
  const [editing, setEditing] = useState<Category | 'new'>('new');
  const [deleting, setDeleting] = useState<Category | null>(null);
  const announce = useAnnounce();

  async function remove(c: Category) {
    setDeleting(null);
    try {
      await api.deleteCategory(site, c.id);
      announce(t.categories.deleted(c.name));
      setEditing('new');
      list.reload();
    } catch (error) {
      announce(messageOf(error), 'error');
    }
  }

  return (
    <>
      <PageHeading title={t.categories.title}>{t.categories.title}</PageHeading>
      {list.error !== undefined ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : list.data === undefined ? (
        <Loading />
      ) : (
        <div class="two-columns">
          <section aria-labelledby="cat-tree">
            <h2 id="cat-tree">{t.categories.tree}</h2>
            {list.data.length === 0 ? <p>{t.categories.empty}</p> : <Tree nodes={categoryTree(list.data)} onEdit={setEditing} onDelete={setDeleting} />}
            <Button variant="secondary" onClick={() => setEditing('new')}>
              {t.categories.newButton}
            </Button>
          </section>
          <CategoryForm
            key={editing === 'new' ? 'new' : editing.id}
            site={site}
            category={editing === 'new' ? null : editing}
            all={list.data}
            onSaved={(c) => {
              announce(t.categories.saved(c.name));
              setEditing('new');
              list.reload();
            }}
          />
        </div>
      )}
      {deleting !== null && <ConfirmDialog title={t.delete} message={t.categories.deleteConfirm(deleting.name)} confirmLabel={t.delete} danger onConfirm={() => void remove(deleting)} onClose={() => setDeleting(null)} />}
    </>
  );
}

function Tree({ nodes, onEdit, onDelete }: { nodes: CategoryNode[]; onEdit: (c: Category) => void; onDelete: (c: Category) => void }) {
  return (
    <ul class="tree">
      {nodes.map(({ category: c, children }) => (
        <li key={c.id}>
          <div class="tree__item">
            <span class="tree__name">
              {c.name} <span class="muted">/{c.slug}</span> {c.inMenu && <span class="tag tag--menu">{t.categories.menuTag} #{c.menuOrder}</span>}
            </span>
            <span class="tree__actions">
              <Button variant="link" onClick={() => onEdit(c)}>
                {t.edit}
                <span class="visually-hidden"> {c.name}</span>
              </Button>
              <Button variant="link" class="link-danger" onClick={() => onDelete(c)}>
                {t.delete}
                <span class="visually-hidden"> {c.name}</span>
              </Button>
            </span>
          </div>
          {children.length > 0 && <Tree nodes={children} onEdit={onEdit} onDelete={onDelete} />}
        </li>
      ))}
    </ul>
  );
}

function CategoryForm({ site, category, all, onSaved }: { site: string; category: Category | null; all: Category[]; onSaved: (c: Category) => void }) {
  const [name, setName] = useState(category?.name ?? '');
  const [slug, setSlug] = useState(category?.slug ?? '');
  const [parentId, setParentId] = useState(category?.parentId ? String(category.parentId) : '');
  const [menuOrder, setMenuOrder] = useState(String(category?.menuOrder ?? 0));
  const [inMenu, setInMenu] = useState(category?.inMenu ?? true);
  const [description, setDescription] = useState(category?.description ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const title = category ? t.categories.editTitle(category.name) : t.categories.addTitle;

  async function submit(event: Event) {
    event.preventDefault();
    if (name.trim() === '') return setErrors([{ fieldId: 'cat-name', message: t.categories.nameMissing }]);
    const input: CategoryInput = {
      name: name.trim(),
      ...(slug.trim() !== '' ? { slug: slug.trim() } : {}),
      parentId: parentId === '' ? null : Number(parentId),
      menuOrder: Number(menuOrder) || 0,
      inMenu,
      description: description.trim() === '' ? null : description.trim(),
    };
    setBusy(true);
    try {
      onSaved(category ? await api.saveCategory(site, category.id, input) : await api.createCategory(site, input));
    } catch (error) {
      const ids: Record<string, string> = { name: 'cat-name', slug: 'cat-slug', parentId: 'cat-parent', menuOrder: 'cat-order' };
      setErrors(error instanceof ApiError && error.problem.errors?.length ? error.problem.errors.map((e) => ({ fieldId: ids[e.field], message: e.message })) : [{ message: messageOf(error) }]);
    } finally {
      setBusy(false);
    }
  }

  const err = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="cat-form-title" class="side-box">
      <h2 id="cat-form-title">{title}</h2>
      <form onSubmit={asyncHandler(submit)} noValidate>
        <ErrorSummary errors={errors} />
        <TextField id="cat-name" label={t.categories.name} value={name} onValue={setName} required error={err('cat-name')} />
        <TextField id="cat-slug" label={t.categories.slug} hint={t.categories.slugHint} value={slug} onValue={setSlug} error={err('cat-slug')} />
        <SelectField id="cat-parent" label={t.categories.parent} value={parentId} onValue={setParentId} options={categoryOptions(all, category?.id)} placeholder={t.categories.noParent} error={err('cat-parent')} />
        <TextField id="cat-order" type="number" label={t.categories.menuOrder} value={menuOrder} onValue={setMenuOrder} width="short" min={0} error={err('cat-order')} />
        <CheckboxField label={t.categories.inMenu} checked={inMenu} onChecked={setInMenu} />
        <TextArea label={t.categories.description} value={description} onValue={setDescription} rows={3} />
        <Button type="submit" disabled={busy}>
          {t.save}
        </Button>
      </form>
    </section>
  );
}
