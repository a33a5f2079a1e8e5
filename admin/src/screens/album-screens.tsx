/**
 * Thư viện ảnh: the site's albums (title, items, state, last change) and the album
 * editor — title, address, description, and its items in order: photos and uploaded
 * videos picked from the media library, links to videos on the allowed hosts, each with
 * a caption and credit, moved up and down, one photo chosen as the cover. Lưu names the
 * revision it is based on (a stale save is refused by the server and said so); the
 * workflow buttons are exactly those the server offers.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf, type TransitionExtra } from '../api/client.js';
import type { AdminAlbum, AlbumInput, AlbumItem, AlbumSummary, Media, PageTransitionInput, TransitionOption } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConfirmDialog } from '../components/dialog.js';
import { Button, ErrorSummary, TextArea, TextField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { MediaPickerDialog } from '../components/media-picker-dialog.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusTag } from '../components/status-tag.js';
import { asksFirst, WorkflowPanel } from '../components/workflow-panel.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

const a = t.albums;

export function AlbumListScreen({ site }: { site: string }) {
  const albums = useLoad(() => api.albums(site), [site]);
  return (
    <>
      <PageHeading title={a.title}>{a.title}</PageHeading>
      <p>{a.intro}</p>
      <p>
        <Link class="button button--primary" href={href({ name: 'album', site, id: 'new' })}>
          {a.add}
        </Link>
      </p>
      {albums.error !== undefined ? <LoadError message={albums.error} onRetry={albums.reload} /> : albums.data === undefined ? <Loading /> : <AlbumTable site={site} albums={albums.data} />}
    </>
  );
}

function AlbumTable({ site, albums }: { site: string; albums: AlbumSummary[] }) {
  if (albums.length === 0) return <p>{a.empty}</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption">{a.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.colTitle}</th>
            <th scope="col">{a.colItems}</th>
            <th scope="col">{a.colStatus}</th>
            <th scope="col">{a.colUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {albums.map((al) => (
            <tr key={al.id}>
              <th scope="row">
                <Link href={href({ name: 'album', site, id: al.id })}>{al.title}</Link>
              </th>
              <td>{al.itemCount}</td>
              <td>
                <StatusTag status={al.status} label={al.statusLabel} />
              </td>
              <td>{formatDateTime(al.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AlbumEditorScreen({ site, id }: { site: string; id: number | 'new' }) {
  const loaded = useLoad(() => (id === 'new' ? Promise.resolve(null) : api.album(site, id)), [site, id]);
  const title = id === 'new' ? a.newTitle : a.editTitle;
  if (loaded.data === undefined) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {loaded.error !== undefined ? <LoadError message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }
  return <AlbumEditor site={site} initial={loaded.data} />;
}

/** An item being edited: what the server answered, or what was just picked. */
type DraftItem = Pick<AlbumItem, 'kind' | 'mediaId' | 'url' | 'caption' | 'credit' | 'altText'>;

interface Draft {
  title: string;
  slug: string;
  description: string;
  coverMediaId: number | null;
  items: DraftItem[];
}

const draftOf = (al: AdminAlbum | null): Draft =>
  al === null ? { title: '', slug: '', description: '', coverMediaId: null, items: [] } : { title: al.title, slug: al.slug, description: al.description, coverMediaId: al.coverMediaId, items: al.items };

function inputOf(d: Draft, base: AdminAlbum | null): AlbumInput {
  const slug = d.slug.trim();
  return {
    title: d.title,
    description: d.description,
    ...(slug === '' || (base !== null && !base.canChangeSlug) ? {} : { slug }),
    coverMediaId: d.coverMediaId,
    items: d.items.map((i) =>
      i.kind === 'video_link' ? { kind: 'video_link', url: i.url, caption: i.caption, credit: i.credit } : { kind: i.kind, mediaId: i.mediaId ?? 0, caption: i.caption, credit: i.credit },
    ),
  };
}

function AlbumEditor({ site, initial }: { site: string; initial: AdminAlbum | null }) {
  const announce = useAnnounce();
  const [album, setAlbum] = useState<AdminAlbum | null>(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState<'image' | 'video' | null>(null);
  const [link, setLink] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const editable = album === null || album.canEdit;
  const setItems = (items: DraftItem[]) => setDraft((d) => ({ ...d, items, coverMediaId: items.some((i) => i.kind === 'photo' && i.mediaId === d.coverMediaId) ? d.coverMediaId : null }));
  const setItem = (n: number, changes: Partial<DraftItem>) => setItems(draft.items.map((i, k) => (k === n ? { ...i, ...changes } : i)));
  const move = (n: number, by: -1 | 1) => {
    const items = [...draft.items];
    const [item] = items.splice(n, 1);
    if (item === undefined) return;
    items.splice(n + by, 0, item);
    setItems(items);
  };

  function apiErrors(error: unknown) {
    const list = error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0 ? (error.problem.errors ?? []).map((e) => e.message) : [messageOf(error)];
    setErrors(list.map((message) => ({ message })));
  }

  async function save(): Promise<AdminAlbum | null> {
    if (draft.title.trim() === '') {
      setErrors([{ fieldId: 'album-title', message: a.titleMissing }]);
      return null;
    }
    setBusy(true);
    try {
      if (album === null) {
        const created = await api.createAlbum(site, inputOf(draft, null));
        announce(a.created);
        navigate(href({ name: 'album', site, id: created.id }), { replace: true });
        return created;
      }
      const next = await api.saveAlbum(site, album.id, inputOf(draft, album), album.revision);
      setAlbum(next);
      setDraft(draftOf(next));
      setErrors([]);
      announce(a.saved(next.revision));
      return next;
    } catch (error) {
      apiErrors(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function runTransition(option: TransitionOption, extra: TransitionExtra) {
    if (album === null) return;
    setBusy(true);
    try {
      const input: PageTransitionInput = { transition: option.transition as PageTransitionInput['transition'], ...(extra.note === undefined ? {} : { note: extra.note }) };
      const next = await api.transitionAlbum(site, album.id, input);
      setAlbum(next);
      setErrors([]);
      announce(t.editor.transitionDone(option.label, next.statusLabel));
    } catch (error) {
      if (!asksFirst(option, false)) apiErrors(error);
      throw error;
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (album === null) return;
    setConfirmDelete(false);
    try {
      await api.deleteAlbum(site, album.id);
      announce(a.deleted);
      navigate(href({ name: 'albums', site }));
    } catch (error) {
      apiErrors(error);
    }
  }

  const picked = (m: Media) => setItems([...draft.items, { kind: m.kind === 'video' ? 'video_file' : 'photo', mediaId: m.id, url: m.url, caption: m.caption ?? '', credit: '', altText: m.altText }]);
  const heading = album === null ? a.newTitle : a.editTitle;
  return (
    <>
      <PageHeading title={album ? `${heading}: ${album.title}` : heading} caption={album?.title}>
        {heading}
      </PageHeading>
      <p>
        <Link href={href({ name: 'albums', site })}>‹ {a.back}</Link>
      </p>
      {album?.status === 'returned' && album.returnNote && (
        <div class="panel panel--important" role="region" aria-labelledby="return-note-title">
          <h2 id="return-note-title">{t.editor.returnedTitle}</h2>
          <blockquote class="return-note">{album.returnNote}</blockquote>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <div class="editor-layout">
        <div class="editor-layout__main">
          <form
            id="album-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {!editable && <p class="panel panel--info">{a.readOnly}</p>}
            <fieldset class="article-form" disabled={!editable}>
              <legend class="visually-hidden">{heading}</legend>
              <TextField id="album-title" label={a.fieldTitle} value={draft.title} onValue={(v) => setDraft((d) => ({ ...d, title: v }))} required class="input--title" />
              <TextField id="album-slug" label={a.slug} hint={a.slugHint} value={draft.slug} onValue={(v) => setDraft((d) => ({ ...d, slug: v }))} readOnly={album !== null && !album.canChangeSlug} autoCapitalize="none" spellcheck={false} />
              <TextArea id="album-description" label={a.description} hint={a.descriptionHint} value={draft.description} onValue={(v) => setDraft((d) => ({ ...d, description: v }))} rows={4} />
              <h2>{a.items}</h2>
              <p class="hint">{a.itemsHint}</p>
              {draft.items.length === 0 ? (
                <p>{a.noItems}</p>
              ) : (
                <ol class="album-editor__items">
                  {draft.items.map((item, n) => (
                    <li key={`${n}-${item.mediaId ?? item.url}`} class="side-box">
                      <p>
                        <strong>{item.kind === 'photo' ? a.kindPhoto : item.kind === 'video_file' ? a.kindVideo : a.kindLink}</strong>{' '}
                        {item.kind === 'photo' ? <img src={item.url} alt={item.altText ?? ''} width={160} class="media-card__thumb" /> : <code>{item.url}</code>}
                        {item.kind === 'photo' && draft.coverMediaId === item.mediaId && <span class="tag"> {a.isCover}</span>}
                      </p>
                      <TextField id={`album-item-${n}-caption`} label={a.itemCaption(n + 1)} value={item.caption} onValue={(v) => setItem(n, { caption: v })} />
                      <TextField id={`album-item-${n}-credit`} label={a.itemCredit(n + 1)} value={item.credit} onValue={(v) => setItem(n, { credit: v })} width="half" />
                      <div class="button-group">
                        <Button variant="secondary" disabled={n === 0} onClick={() => move(n, -1)}>{a.up(n + 1)}</Button>
                        <Button variant="secondary" disabled={n === draft.items.length - 1} onClick={() => move(n, 1)}>{a.down(n + 1)}</Button>
                        {item.kind === 'photo' && draft.coverMediaId !== item.mediaId && <Button variant="secondary" onClick={() => setDraft((d) => ({ ...d, coverMediaId: item.mediaId }))}>{a.cover(n + 1)}</Button>}
                        <Button variant="secondary" onClick={() => setItems(draft.items.filter((_, k) => k !== n))}>{a.remove(n + 1)}</Button>
                      </div>
                    </li>
                  ))}
                </ol>
              )}
              <div class="button-group">
                <Button variant="secondary" onClick={() => setPicking('image')}>{a.addPhoto}</Button>
                <Button variant="secondary" onClick={() => setPicking('video')}>{a.addVideo}</Button>
              </div>
              <TextField id="album-link" label={a.linkUrl} hint={a.linkHint} value={link} onValue={setLink} type="url" autoCapitalize="none" spellcheck={false} />
              <p>
                <Button
                  variant="secondary"
                  disabled={link.trim() === ''}
                  onClick={() => {
                    setItems([...draft.items, { kind: 'video_link', mediaId: null, url: link.trim(), caption: '', credit: '', altText: null }]);
                    setLink('');
                  }}
                >
                  {a.addLink}
                </Button>
              </p>
            </fieldset>
            {editable && (
              <div class="form-end button-group">
                <Button type="submit" disabled={busy}>
                  {busy ? t.saving : a.save}
                </Button>
              </div>
            )}
          </form>
        </div>
        {album !== null && (
          <aside class="editor-layout__side" aria-label={a.workflow}>
            <div class="side-box">
              <dl class="summary-list">
                <dt>{t.editor.status}</dt>
                <dd>
                  <StatusTag status={album.status} label={album.statusLabel} />
                </dd>
                <dt>{t.revisions.colNumber}</dt>
                <dd>{album.revision}</dd>
                <dt>{t.list.colUpdated}</dt>
                <dd>{formatDateTime(album.updatedAt)}</dd>
              </dl>
            </div>
            <WorkflowPanel options={album.allowedTransitions} busy={busy} onRun={runTransition} withUnpublishTime={false} title={a.workflow} />
            <ul class="link-list">
              {album.publicUrl && (
                <li>
                  <a href={album.publicUrl}>{a.publicAt}</a>
                </li>
              )}
              {album.canDelete && (
                <li>
                  <Button variant="link" class="link-danger" onClick={() => setConfirmDelete(true)}>
                    {a.deleteAlbum}
                  </Button>
                </li>
              )}
            </ul>
          </aside>
        )}
      </div>
      {picking !== null && <MediaPickerDialog site={site} kind={picking} title={picking === 'image' ? a.pickPhoto : a.pickVideo} onPick={picked} onClose={() => setPicking(null)} />}
      {confirmDelete && <ConfirmDialog title={a.deleteAlbum} message={a.deleteConfirm} confirmLabel={t.delete} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />}
    </>
  );
}
