/** Thư viện ảnh/tệp: upload (alt text required for images), list, delete. */
import { MediaLibrary } from '../components/media-library.js';
import { PageHeading } from '../components/page-heading.js';
import { t } from '../messages.js';

export function MediaScreen({ site }: { site: string }) {
  return (
    <>
      <PageHeading title={t.media.title}>{t.media.title}</PageHeading>
      <MediaLibrary site={site} />
    </>
  );
}
