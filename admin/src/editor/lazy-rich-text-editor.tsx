/**
 * The rich-text editor loaded on demand: TipTap and ProseMirror are most of the admin's
 * code, so the login, lists and settings load without them.
 */
import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../messages.js';
import type { RichTextEditor as Editor } from './rich-text-editor.js';

type Props = ComponentProps<typeof Editor>;

let loaded: FunctionComponent<Props> | undefined;

export function LazyRichTextEditor(props: Props) {
  const [Component, setComponent] = useState<FunctionComponent<Props> | undefined>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Component !== undefined) return;
    import('./rich-text-editor.js').then(
      (m) => {
        loaded = m.RichTextEditor;
        setComponent(() => m.RichTextEditor);
      },
      () => setFailed(true),
    );
  }, []);
  if (Component !== undefined) return <Component {...props} />;
  return (
    <p class={failed ? 'error-message' : 'loading'} aria-busy={failed ? undefined : 'true'}>
      {failed ? t.errors.network : t.loading}
    </p>
  );
}
