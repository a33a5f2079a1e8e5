/**
 * "Khối chuyên mục trên trang chủ" of the site settings: a checkbox per category of the
 * site (in tree order, subcategories indented), and the chosen ones in the order the
 * home page shows them, with "Lên"/"Xuống". None chosen is null: the server then shows
 * the top-level categories in menu order.
 */
import type { Category } from '../api/types.js';
import { categoryTree, flatten } from '../lib/categories.js';
import { t } from '../messages.js';
import { ErrorMessage } from './form.js';
import { OrderedPicks } from './ordered-picks.js';

export const HOME_BLOCKS_ID = 'set-home-blocks';

export function HomeBlocksField({ categories, value, onValue, error }: {
  categories: Category[];
  value: number[] | null;
  onValue: (next: number[] | null) => void;
  error?: string | undefined;
}) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  // A category deleted since the settings were read is not offered again.
  const chosen = (value ?? []).filter((id) => byId.has(id));
  const set = (ids: number[]) => onValue(ids.length === 0 ? null : ids);
  const toggle = (id: number, on: boolean) => set(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  const hintId = `${HOME_BLOCKS_ID}-hint`;
  const errorId = `${HOME_BLOCKS_ID}-error`;
  return (
    <fieldset class={`fieldset${error ? ' form-group--error' : ''}`} id={HOME_BLOCKS_ID} tabIndex={-1} aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
      <legend>{t.homeBlocks.legend}</legend>
      <p class="hint" id={hintId}>
        {t.homeBlocks.hint}
      </p>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div class="home-blocks">
        <ul class="plain-list" aria-label={t.homeBlocks.choices}>
          {flatten(categoryTree(categories)).map(({ category, depth }) => (
            <li key={category.id} class={`checkbox home-blocks__choice home-blocks__choice--depth-${Math.min(depth, 3)}`}>
              <input id={`home-block-${category.id}`} type="checkbox" checked={chosen.includes(category.id)} onChange={(e) => toggle(category.id, e.currentTarget.checked)} />
              <label for={`home-block-${category.id}`}>{category.name}</label>
            </li>
          ))}
        </ul>
        <div>
          <h3 class="label">{t.homeBlocks.order}</h3>
          {chosen.length === 0 ? (
            <p class="muted">{t.homeBlocks.none}</p>
          ) : (
            <OrderedPicks
              caption={t.homeBlocks.order}
              items={chosen.map((id) => ({ id, label: byId.get(id)?.name ?? `#${id}` }))}
              onChange={(items) => set(items.map((i) => i.id))}
            />
          )}
        </div>
      </div>
    </fieldset>
  );
}
