/** An <a> that moves within the admin without reloading; modified clicks open as usual. */
import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { navigate } from '../router.js';

type Props = { href: string; children: ComponentChildren; class?: string; rel?: string; 'aria-current'?: 'page' | undefined };

export function Link({ href, children, ...rest }: Props) {
  function onClick(event: TargetedMouseEvent<HTMLAnchorElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  }
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
