/** Chèn ảnh: pick or upload an image in the media library, then confirm its alt text and caption. */
import type { Editor } from '@tiptap/core';
import { useState } from 'preact/hooks';
import type { Media } from '../api/types.js';
import { Dialog } from '../components/dialog.js';
import { Button, ErrorSummary, TextField } from '../components/form.js';
import { MediaLibrary } from '../components/media-library.js';
import { t } from '../messages.js';

export function ImageDialog({ editor, site, onClose }: { editor: Editor; site: string; onClose: () => void }) {
  const [media, setMedia] = useState<Media | null>(null);
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  function pick(m: Media) {
    setMedia(m);
    setAlt(m.altText ?? '');
    setCaption(m.caption ?? '');
  }

  function insert(event: Event) {
    event.preventDefault();
    if (media === null) return;
    if (alt.trim() === '') return setError(t.toolbar.altMissing);
    editor.chain().insertFigure({ src: media.url, alt: alt.trim(), caption: caption.trim() }).run();
    onClose();
    window.setTimeout(() => editor.commands.focus(), 0);
  }

  return (
    <Dialog title={t.toolbar.imageTitle} onClose={onClose} wide>
      {media === null ? (
        <MediaLibrary site={site} kind="image" onPick={pick} headingLevel={3} />
      ) : (
        <form onSubmit={insert} noValidate>
          <ErrorSummary errors={error ? [{ fieldId: 'image-alt', message: error }] : []} />
          <img class="image-preview" src={media.variants[0]?.url ?? media.url} alt="" />
          <TextField id="image-alt" label={t.toolbar.altText} hint={t.toolbar.altHint} value={alt} onValue={setAlt} required error={error} />
          <TextField id="image-caption" label={t.toolbar.caption} value={caption} onValue={setCaption} />
          <div class="button-group">
            <Button type="submit">{t.toolbar.insert}</Button>
            <Button variant="secondary" onClick={() => setMedia(null)}>
              {t.media.pickTitle}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
