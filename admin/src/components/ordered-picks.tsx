/**
 * A chosen list in the order the public pages show it, each row with "Lên", "Xuống" and
 * (when it can be dropped here) "Bỏ". Each button's name carries the row's label, so a
 * screen reader says which row it moves; the move is announced.
 */
import { useAnnounce } from './announcer.js';
import { Button } from './form.js';
import { t } from '../messages.js';
import { moved } from '../lib/ordered-list.js';

export interface Pick {
  id: number;
  label: string;
  detail?: string | undefined;
}

export function OrderedPicks<P extends Pick>({ items, onChange, removable = false, disabled = false, caption }: {
  items: readonly P[];
  onChange: (next: P[]) => void;
  removable?: boolean;
  disabled?: boolean;
  /** What the list is, for screen readers. */
  caption: string;
}) {
  const announce = useAnnounce();
  const move = (index: number, by: -1 | 1) => {
    const item = items[index];
    if (item === undefined) return;
    onChange(moved(items, index, by));
    announce(t.orderedPicks.movedTo(item.label, index + by + 1), 'info');
  };
  const remove = (index: number) => {
    const item = items[index];
    if (item === undefined) return;
    onChange(items.filter((_, i) => i !== index));
    announce(t.orderedPicks.removed(item.label), 'info');
  };
  return (
    <ol class="ordered-picks" aria-label={caption}>
      {items.map((item, index) => (
        <li key={item.id} class="ordered-picks__item">
          <span class="ordered-picks__label">
            {item.label}
            {item.detail !== undefined && <span class="muted"> · {item.detail}</span>}
          </span>
          <span class="button-group">
            <Button variant="secondary" disabled={disabled || index === 0} onClick={() => move(index, -1)}>
              {t.orderedPicks.up}
              <span class="visually-hidden">: {item.label}</span>
            </Button>
            <Button variant="secondary" disabled={disabled || index === items.length - 1} onClick={() => move(index, 1)}>
              {t.orderedPicks.down}
              <span class="visually-hidden">: {item.label}</span>
            </Button>
            {removable && (
              <Button variant="link" disabled={disabled} onClick={() => remove(index)}>
                {t.orderedPicks.remove}
                <span class="visually-hidden">: {item.label}</span>
              </Button>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
