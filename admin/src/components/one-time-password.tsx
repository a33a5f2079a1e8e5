/**
 * A temporary password the server has just made (new account, reset). The server keeps
 * only its hash, so this is the one time anyone can read it: it is shown large, takes
 * focus so a screen reader reads it out, and lives only in this screen's memory.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../messages.js';

interface Props {
  title: string;
  intro: string;
  password: string;
  onDismiss?: () => void;
  /** The heading's level where the panel sits (a section's h2 makes it an h3). */
  level?: 2 | 3;
}

export function OneTimePassword({ title, intro, password, onDismiss, level = 2 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `p${useId()}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  useEffect(() => ref.current?.focus(), [password]);
  return (
    <div class="panel panel--important one-time-password" role="region" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <Heading id={titleId}>{title}</Heading>
      <p>{intro}</p>
      <p>
        <code class="temporary-password">{password}</code>
      </p>
      {onDismiss !== undefined && (
        <button type="button" class="button button--secondary" onClick={onDismiss}>
          {t.accounts.dismissPassword}
        </button>
      )}
    </div>
  );
}
