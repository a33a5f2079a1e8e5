/**
 * The filter bar above a list: a search landmark whose submit applies the filters
 * (the screens put them in the URL, so a filtered list can be shared and reloaded).
 */
import type { ComponentChildren } from 'preact';

export function FilterForm({ label, onApply, children }: { label: string; onApply: () => void; children: ComponentChildren }) {
  return (
    <form
      class="filters"
      role="search"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
    >
      {children}
    </form>
  );
}
