/**
 * "Chuyên mục khác" of the article form: a checkbox per category of the site other than
 * the article's own, at most five ticked. The article is listed in them too; its address
 * stays under its own category.
 */
import { MAX_EXTRA_CATEGORIES } from '../../../src/contract/domain.js';
import { t } from '../messages.js';
import { ErrorMessage, type Option } from './form.js';

export function ExtraCategoriesField({ id, categories, primary, value, onValue, error }: {
  id: string;
  /** The site's categories as the category select offers them (tree order, indented labels). */
  categories: Option[];
  /** The article's own category (the select's value). */
  primary: string;
  value: number[];
  onValue: (next: number[]) => void;
  error?: string | undefined;
}) {
  const chosen = value.filter((c) => String(c) !== primary);
  const full = chosen.length >= MAX_EXTRA_CATEGORIES;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset class={`form-group${error ? ' form-group--error' : ''}`} id={id} tabIndex={-1} aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
      <legend class="label">{t.extraCategories.legend}</legend>
      <p class="hint" id={hintId}>
        {t.extraCategories.hint}
      </p>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <ul class="plain-list">
        {categories
          .filter((c) => c.value !== primary)
          .map((c) => {
            const categoryId = Number(c.value);
            const checked = chosen.includes(categoryId);
            const boxId = `${id}-${c.value}`;
            return (
              <li key={c.value} class="checkbox">
                <input
                  id={boxId}
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => onValue(e.currentTarget.checked ? [...chosen, categoryId] : chosen.filter((x) => x !== categoryId))}
                />
                <label for={boxId}>{c.label}</label>
              </li>
            );
          })}
      </ul>
      {full && <p class="hint">{t.extraCategories.full}</p>}
    </fieldset>
  );
}
