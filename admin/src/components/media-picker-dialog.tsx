/** A dialog around the media library for picking a featured image, a logo or an attachment. */
import type { Media } from '../api/types.js';
import { Dialog } from './dialog.js';
import { MediaLibrary } from './media-library.js';

export function MediaPickerDialog({ site, kind, title, onPick, onClose }: { site: string; kind?: Media['kind']; title: string; onPick: (media: Media) => void; onClose: () => void }) {
  return (
    <Dialog title={title} onClose={onClose} wide>
      <MediaLibrary site={site} {...(kind ? { kind } : {})} headingLevel={3} onPick={(m) => { onPick(m); onClose(); }} />
    </Dialog>
  );
}
