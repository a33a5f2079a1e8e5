/**
 * The media library's two parts, used by its own screen and by the editor's pickers:
 * an upload form (alt text required for images) and the list of files, each with
 * "Chọn" (when picking) or "Xóa".
 */
import { useId, useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { Media } from '../api/types.js';
import { t } from '../messages.js';
import { useLoad } from '../lib/use-load.js';
import { useAnnounce } from './announcer.js';
import { ConfirmDialog } from './dialog.js';
import { Button, ErrorSummary, SelectField, TextField, type SummaryError } from './form.js';
import { LoadError, Loading } from './load-state.js';
import { asyncHandler } from '../lib/async-handler.js';

const ACCEPT = {
  image: 'image/jpeg,image/png,image/webp,image/gif',
  document: '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,application/pdf',
  video: 'video/mp4,video/webm,.mp4,.webm',
};

export function MediaLibrary({ site, kind, onPick, headingLevel = 2 }: { site: string; kind?: Media['kind']; onPick?: (media: Media) => void; headingLevel?: 2 | 3 }) {
  const [filter, setFilter] = useState<string>(kind ?? '');
  const [page, setPage] = useState(1);
  const list = useLoad(() => api.media(site, { ...(filter === 'image' || filter === 'document' || filter === 'video' ? { kind: filter } : {}), page }), [site, filter, page]);
  const [deleting, setDeleting] = useState<Media | null>(null);
  const announce = useAnnounce();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const ids = `${site}-${useId()}`;

  function uploaded(media: Media) {
    announce(t.media.uploaded(media.originalName));
    if (page === 1 && list.data) list.setData({ ...list.data, items: [media, ...list.data.items.filter((m) => m.id !== media.id)], total: list.data.total + 1 });
    else setPage(1);
    onPick?.(media);
  }

  async function remove(media: Media) {
    setDeleting(null);
    try {
      await api.deleteMedia(site, media.id);
      announce(t.media.deletedOne(media.originalName));
      list.reload();
    } catch (error) {
      announce(messageOf(error), 'error');
    }
  }

  const items = list.data?.items ?? [];
  return (
    <div class="media-library">
      <section aria-labelledby={`${ids}-upload`} class="section">
        <H id={`${ids}-upload`}>{t.media.uploadTitle}</H>
        <UploadForm site={site} kind={kind} onUploaded={uploaded} />
      </section>
      <section aria-labelledby={`${ids}-files`} class="section">
        <H id={`${ids}-files`}>{t.media.listTitle}</H>
        {kind === undefined && (
          <SelectField
            label={t.media.kind}
            value={filter}
            onValue={(v) => {
              setFilter(v);
              setPage(1);
            }}
            placeholder={t.media.allKinds}
            options={[{ value: 'image', label: t.media.images }, { value: 'document', label: t.media.documents }, { value: 'video', label: t.albums.videos }]}
          />
        )}
        {list.error !== undefined ? (
          <LoadError message={list.error} onRetry={list.reload} />
        ) : list.data === undefined ? (
          <Loading />
        ) : items.length === 0 ? (
          <p>{t.media.empty}</p>
        ) : (
          <ul class="media-grid">
            {items.map((m) => (
              <li key={m.id} class="media-card">
                {m.kind === 'image' ? <img src={thumbnail(m)} alt={m.altText ?? ''} class="media-card__thumb" loading="lazy" /> : <span class="media-card__doc" aria-hidden="true">{extension(m.originalName)}</span>}
                <p class="media-card__name">{m.originalName}</p>
                <p class="media-card__meta">
                  {t.media.size(m.byteSize)}
                  {m.width && m.height ? ` · ${m.width}×${m.height}` : ''}
                </p>
                {m.kind === 'image' && <p class="media-card__alt">{m.altText || t.media.noAlt}</p>}
                {onPick ? (
                  <Button variant="secondary" onClick={() => onPick(m)}>
                    {t.media.pick(m.originalName)}
                  </Button>
                ) : (
                  <Button variant="link" class="link-danger" onClick={() => setDeleting(m)}>
                    {t.media.deleteOne(m.originalName)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {list.data !== undefined && list.data.total > list.data.pageSize && (
          <div class="pagination">
            <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              ‹ {t.pagination.previous}
            </Button>
            <span>{t.pagination.page(page, Math.ceil(list.data.total / list.data.pageSize))}</span>
            <Button variant="secondary" disabled={page * list.data.pageSize >= list.data.total} onClick={() => setPage(page + 1)}>
              {t.pagination.next} ›
            </Button>
          </div>
        )}
      </section>
      {deleting !== null && (
        <ConfirmDialog title={t.media.deleteOne(deleting.originalName)} message={t.media.deleteConfirm(deleting.originalName)} confirmLabel={t.delete} danger onConfirm={() => void remove(deleting)} onClose={() => setDeleting(null)} />
      )}
    </div>
  );
}

/** The smallest variant makes the thumbnail; the original when there is none. */
export function thumbnail(m: Media): string {
  const smallest = [...m.variants].sort((a, b) => a.width - b.width)[0];
  return smallest?.url ?? m.url;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? 'TỆP' : name.slice(dot + 1).toUpperCase();
}

function UploadForm({ site, kind, onUploaded }: { site: string; kind: Media['kind'] | undefined; onUploaded: (media: Media) => void }) {
  const base = `u${useId()}`;
  const [file, setFile] = useState<File | null>(null);
  const [altText, setAltText] = useState('');
  const [caption, setCaption] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const isImage = file !== null ? file.type.startsWith('image/') : kind === 'image';

  async function submit(event: Event) {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (file === null) problems.push({ fieldId: `${base}-file`, message: t.media.fileMissing });
    if (isImage && altText.trim() === '') problems.push({ fieldId: `${base}-alt`, message: t.media.altMissing });
    setErrors(problems);
    if (problems.length > 0 || file === null) return;
    const form = new FormData();
    // Text fields first: a streaming multipart parser sees them before the file.
    form.append('altText', altText.trim());
    form.append('caption', caption.trim());
    form.append('file', file, file.name);
    setBusy(true);
    try {
      const media = await api.upload(site, form);
      setFile(null);
      setAltText('');
      setCaption('');
      setInputKey((k) => k + 1);
      onUploaded(media);
    } catch (error) {
      const fields: Record<string, string> = { file: `${base}-file`, altText: `${base}-alt`, caption: `${base}-caption` };
      setErrors(error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0 ? (error.problem.errors ?? []).map((e) => ({ fieldId: fields[e.field], message: e.message })) : [{ message: messageOf(error) }]);
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const fileError = errorFor(`${base}-file`);
  return (
    <form class="upload-form" onSubmit={asyncHandler(submit)} noValidate>
      <ErrorSummary errors={errors} />
      <div class={`form-group${fileError ? ' form-group--error' : ''}`}>
        <label class="label" for={`${base}-file`}>
          {t.media.file}
        </label>
        <p class="hint" id={`${base}-file-hint`}>
          {t.media.fileHint}
        </p>
        {fileError && (
          <p class="error-message" id={`${base}-file-error`}>
            {fileError}
          </p>
        )}
        <input
          key={inputKey}
          id={`${base}-file`}
          class="file-input"
          type="file"
          accept={kind ? ACCEPT[kind] : `${ACCEPT.image},${ACCEPT.document},${ACCEPT.video}`}
          aria-describedby={`${base}-file-hint${fileError ? ` ${base}-file-error` : ''}`}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <TextField id={`${base}-alt`} label={t.media.altText} hint={t.media.altHint} value={altText} onValue={setAltText} required={isImage} error={errorFor(`${base}-alt`)} />
      <TextField id={`${base}-caption`} label={t.media.caption} value={caption} onValue={setCaption} error={errorFor(`${base}-caption`)} />
      <Button type="submit" disabled={busy}>
        {busy ? t.media.uploading : t.media.upload}
      </Button>
    </form>
  );
}
