/**
 * A screen's one <h1>. It names the browser tab and takes focus when the screen opens,
 * so keyboard and screen-reader users start at the top of the new content.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../messages.js';

export function PageHeading({ children, title, caption }: { children: ComponentChildren; title: string; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t.titleSuffix}`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <div class="page-heading">
      {caption !== undefined && <p class="caption">{caption}</p>}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
