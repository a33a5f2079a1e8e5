/** Chèn liên kết: the address for the selected text (or the link under the cursor), or removing it. */
import type { Editor } from '@tiptap/core';
import { useState } from 'preact/hooks';
import { Dialog } from '../components/dialog.js';
import { Button, TextField } from '../components/form.js';
import { t } from '../messages.js';
import { SAFE_LINK } from './extensions.js';

export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = (editor.getAttributes('link') as { href?: string }).href ?? '';
  const [url, setUrl] = useState(current);
  const [error, setError] = useState<string | undefined>(undefined);

  function done() {
    onClose();
    window.setTimeout(() => editor.commands.focus(), 0);
  }

  function submit(event: Event) {
    event.preventDefault();
    const href = url.trim();
    if (href === '') {
      editor.chain().extendMarkRange('link').unsetLink().run();
      return done();
    }
    if (!SAFE_LINK.test(href)) return setError(t.toolbar.linkInvalid);
    if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().extendMarkRange('link').setLink({ href }).run();
    }
    done();
  }

  return (
    <Dialog title={t.toolbar.linkTitle} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField label={t.toolbar.linkUrl} hint={t.toolbar.linkHint} type="url" value={url} onValue={setUrl} error={error} autoFocus />
        <div class="button-group">
          <Button type="submit">{t.toolbar.insert}</Button>
          {current !== '' && (
            <Button
              variant="secondary"
              onClick={() => {
                editor.chain().extendMarkRange('link').unsetLink().run();
                done();
              }}
            >
              {t.toolbar.removeLink}
            </Button>
          )}
          <Button variant="link" onClick={onClose}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
