/**
 * Menu: the site's public menu, edited whole and saved at once — items in order with
 * their sub-items, each a page, a category or a link; "Lên"/"Xuống" to reorder (focus
 * stays on the moved item's button), "Xóa", labels edited in place, items added by
 * kind. Faults are checked with the server's own rules before sending and listed in
 * the error summary, each linked to its control; saving is announced.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { SiteMenu } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ErrorSummary, SelectField, TextField, type Option } from '../components/form.js';
import { LoadState } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { asyncHandler } from '../lib/async-handler.js';
import {
  addItem, controlId, draftOf, errorsFor, moveItem, newItem, placeOf, removeItem, toInput, updateItem,
  type DraftError, type DraftItem, type DraftTarget, type TargetKind,
} from '../lib/menu-draft.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';

export function MenuScreen({ site }: { site: string }) {
  const loaded = useLoad(() => api.menu(site), [site]);
  return (
    <>
      <PageHeading title={t.menu.title}>{t.menu.title}</PageHeading>
      <p>{t.menu.intro}</p>
      <LoadState loaded={loaded}>{(menu) => <MenuEditor site={site} initial={menu} />}</LoadState>
    </>
  );
}

type Choices = SiteMenu['choices'];

/** Ids of the add buttons of a list (the top level, or one item's sub-items), where focus goes after a removal. */
const addButtonId = (parent: number | undefined) => `menu-add-${parent ?? 'top'}`;

function MenuEditor({ site, initial }: { site: string; initial: SiteMenu }) {
  const [menu, setMenu] = useState(initial);
  const [items, setItems] = useState(() => draftOf(initial.items));
  const [errors, setErrors] = useState<DraftError[]>([]);
  const [busy, setBusy] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const announce = useAnnounce();

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  function move(key: number, step: -1 | 1) {
    const moved = moveItem(items, key, step);
    const place = placeOf(moved, key);
    if (place === undefined) return;
    setItems(moved);
    announce(t.menu.moved(place.item.label, place.index + 1), 'info');
    // Keep the focus on the button pressed, unless the item reached the end that disables it.
    const atEdge = step < 0 ? place.index === 0 : place.index === place.count - 1;
    setFocusId(atEdge ? (step < 0 ? controlId.down(key) : controlId.up(key)) : step < 0 ? controlId.up(key) : controlId.down(key));
  }

  function remove(key: number) {
    const place = placeOf(items, key);
    if (place === undefined) return;
    setItems(removeItem(items, key));
    announce(t.menu.removed(place.item.label), 'info');
    setFocusId(addButtonId(place.parent));
  }

  function add(kind: TargetKind, parent?: number) {
    const item = newItem(kind);
    setItems(addItem(items, item, parent));
    setFocusId(kind === 'link' ? controlId.label(item.key) : controlId.target(item.key));
  }

  function update(key: number, change: { label?: string; target?: DraftTarget }) {
    setItems(updateItem(items, key, change));
  }

  async function submit(event: Event) {
    event.preventDefault();
    const result = toInput(items, { page: t.menu.pageMissing, category: t.menu.categoryMissing });
    if ('errors' in result) return setErrors(result.errors);
    setBusy(true);
    try {
      const saved = await api.saveMenu(site, result.input);
      setMenu(saved);
      setItems(draftOf(saved.items));
      setErrors([]);
      announce(t.menu.saved);
    } catch (error) {
      setErrors(error instanceof ApiError && error.problem.errors?.length ? errorsFor(items, error.problem.errors) : [{ message: messageOf(error) }]);
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const row = (item: DraftItem, index: number, count: number, legend: string, parent?: DraftItem) => (
    <li key={item.key} class="menu-editor__item">
      <fieldset class="menu-item">
        <legend>
          {legend}
          {item.label.trim() !== '' && `: ${item.label.trim()}`}
        </legend>
        <TextField id={controlId.label(item.key)} label={t.menu.label} value={item.label} onValue={(label) => update(item.key, { label })} error={errorOf(controlId.label(item.key))} />
        <TargetField item={item} choices={menu.choices} error={errorOf(controlId.target(item.key))} onChange={(change) => update(item.key, change)} />
        <div class="button-group menu-item__actions">
          <button type="button" class="button button--secondary" id={controlId.up(item.key)} aria-label={t.menu.moveUp(item.label.trim())} disabled={index === 0} onClick={() => move(item.key, -1)}>
            {t.menu.up}
          </button>
          <button type="button" class="button button--secondary" id={controlId.down(item.key)} aria-label={t.menu.moveDown(item.label.trim())} disabled={index === count - 1} onClick={() => move(item.key, 1)}>
            {t.menu.down}
          </button>
          <button type="button" class="button button--warning" aria-label={t.menu.removeItem(item.label.trim())} onClick={() => remove(item.key)}>
            {t.menu.remove}
          </button>
        </div>
      </fieldset>
      {parent === undefined && (
        <div class="menu-item__children">
          <h3 class="menu-item__subtitle">{t.menu.subItems(item.label.trim())}</h3>
          {item.children.length > 0 && <ol class="menu-editor menu-editor--sub">{item.children.map((child, j) => row(child, j, item.children.length, t.menu.subItem(index + 1, j + 1), item))}</ol>}
          <AddButtons parent={item} onAdd={add} />
        </div>
      )}
    </li>
  );

  return (
    <form onSubmit={asyncHandler(submit)} noValidate>
      <ErrorSummary errors={errors} />
      {!menu.stored && <p class="menu-notice">{t.menu.derived}</p>}
      <p class="hint">{t.menu.limits}</p>
      {items.length === 0 ? <p>{t.menu.emptyHint}</p> : <ol class="menu-editor">{items.map((item, i) => row(item, i, items.length, t.menu.item(i + 1)))}</ol>}
      <AddButtons onAdd={add} />
      <div class="menu-save">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? t.saving : t.menu.save}
        </button>
      </div>
    </form>
  );
}

function AddButtons({ parent, onAdd }: { parent?: DraftItem; onAdd: (kind: TargetKind, parent?: number) => void }) {
  const label = parent?.label.trim() ?? '';
  // Within an item, each button names the item it adds to; at the top level its text says enough.
  const named = (into: (label: string) => string) => (parent === undefined ? undefined : into(label));
  return (
    <div class="button-group">
      <button type="button" class="button button--secondary" id={addButtonId(parent?.key)} aria-label={named(t.menu.addPageTo)} onClick={() => onAdd('page', parent?.key)}>
        {t.menu.addPage}
      </button>
      <button type="button" class="button button--secondary" aria-label={named(t.menu.addCategoryTo)} onClick={() => onAdd('category', parent?.key)}>
        {t.menu.addCategory}
      </button>
      <button type="button" class="button button--secondary" aria-label={named(t.menu.addLinkTo)} onClick={() => onAdd('link', parent?.key)}>
        {t.menu.addLink}
      </button>
    </div>
  );
}

/** Categories as options, each sub-category indented under its parent, in the server's order. */
function categoryOptions(categories: Choices['categories']): Option[] {
  const depthOf = (id: number | null, seen = 0): number => {
    const parent = categories.find((c) => c.id === id);
    return parent === undefined || seen > 20 ? 0 : 1 + depthOf(parent.parentId, seen + 1);
  };
  const ordered: Choices['categories'] = [];
  const place = (parentId: number | null) => {
    for (const c of categories.filter((x) => x.parentId === parentId && !ordered.includes(x))) {
      ordered.push(c);
      place(c.id);
    }
  };
  place(null);
  for (const c of categories) if (!ordered.includes(c)) ordered.push(c);
  return ordered.map((c) => ({ value: String(c.id), label: `${'— '.repeat(depthOf(c.parentId))}${c.name}` }));
}

function TargetField({ item, choices, error, onChange }: { item: DraftItem; choices: Choices; error: string | undefined; onChange: (change: { label?: string; target?: DraftTarget }) => void }) {
  const id = controlId.target(item.key);
  const goneHint = item.gone ? t.menu.targetGone : undefined;
  const { target } = item;
  if (target.kind === 'link') {
    return <TextField id={id} label={t.menu.url} hint={t.menu.urlHint} value={target.url} onValue={(url) => onChange({ target: { kind: 'link', url } })} error={error} autoCapitalize="none" spellcheck={false} />;
  }
  if (target.kind === 'page') {
    const chosen = choices.pages.find((p) => p.id === target.pageId);
    return (
      <SelectField
        id={id}
        label={t.menu.page}
        hint={goneHint ?? (chosen !== undefined && chosen.status !== 'published' ? t.menu.draftPage : undefined)}
        value={target.pageId === null ? '' : String(target.pageId)}
        placeholder={t.menu.choosePage}
        options={choices.pages.map((p) => ({ value: String(p.id), label: t.menu.pageStatus(p.title, p.status) }))}
        error={error}
        onValue={(value) => {
          const page = choices.pages.find((p) => String(p.id) === value);
          // A new item takes the page's title as its label until one is typed.
          onChange({ target: { kind: 'page', pageId: page?.id ?? null }, ...(item.label.trim() === '' && page !== undefined ? { label: page.title } : {}) });
        }}
      />
    );
  }
  return (
    <SelectField
      id={id}
      label={t.menu.category}
      hint={goneHint}
      value={target.categoryId === null ? '' : String(target.categoryId)}
      placeholder={t.menu.chooseCategory}
      options={categoryOptions(choices.categories)}
      error={error}
      onValue={(value) => {
        const category = choices.categories.find((c) => String(c.id) === value);
        onChange({ target: { kind: 'category', categoryId: category?.id ?? null }, ...(item.label.trim() === '' && category !== undefined ? { label: category.name } : {}) });
      }}
    />
  );
}
