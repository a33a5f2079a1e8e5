/**
 * Sửa văn bản: the document's fields (number, type, issuing body, signer, dates, field,
 * summary, validity, optional full text), the documents it replaces or amends (a picker
 * over the site's documents), its files chosen from the media library, Lưu against the
 * revision it was loaded at (a stale save is told, nothing lost on the server), the
 * workflow steps the server allows, and deleting a draft.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf, type TransitionExtra } from '../api/client.js';
import type { AdminDocument, DocumentInputSent, DocumentTransitionInput, TransitionOption } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { ConfirmDialog } from '../components/dialog.js';
import { Button, ErrorSummary, SelectField, TextArea, TextField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { MediaPickerDialog } from '../components/media-picker-dialog.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusTag } from '../components/status-tag.js';
import { asksFirst, WorkflowPanel } from '../components/workflow-panel.js';
import { LazyRichTextEditor } from '../editor/lazy-rich-text-editor.js';
import { formatDateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';
import {
  DOCUMENT_FIELD_SLUGS,
  DOCUMENT_FIELDS,
  DOCUMENT_TYPE_SLUGS,
  DOCUMENT_TYPES,
  DOCUMENT_VALIDITY,
  DOCUMENT_VALIDITY_VALUES,
  type DocumentRelation,
} from '../../../src/contract/documents.js';

type Draft = Omit<Required<DocumentInputSent>, 'effectiveOn'> & { effectiveOn: string };
interface FileRef { id: number; name: string }
interface LinkRef { targetId: number; relation: DocumentRelation; label: string }

const EMPTY: Draft = {
  number: '', type: 'quyet-dinh', issuer: '', signer: '', issuedOn: '', effectiveOn: '', field: 'hanh-chinh', summary: '', bodyHtml: '', validity: 'in_force', links: [], attachmentIds: [],
};

const FIELD_IDS: Record<string, string> = {
  number: 'doc-number', type: 'doc-type', issuer: 'doc-issuer', signer: 'doc-signer', issuedOn: 'doc-issued', effectiveOn: 'doc-effective',
  field: 'doc-field', summary: 'doc-summary', validity: 'doc-validity', links: 'doc-link-target', attachmentIds: 'doc-files', bodyHtml: 'doc-body',
};

function draftOf(d: AdminDocument): Draft {
  return {
    number: d.number, type: d.type, issuer: d.issuer, signer: d.signer, issuedOn: d.issuedOn, effectiveOn: d.effectiveOn ?? '', field: d.field, summary: d.summary,
    bodyHtml: d.bodyHtml, validity: d.validity, links: [], attachmentIds: d.attachments.map((a) => a.id),
  };
}

export function DocumentEditorScreen({ site, id }: { site: string; id: number | 'new' }) {
  const loaded = useLoad(() => (id === 'new' ? Promise.resolve(null) : api.document(site, id)), [site, id]);
  const title = id === 'new' ? t.documents.newTitle : t.documents.editTitle;
  if (loaded.data === undefined) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {loaded.error !== undefined ? <LoadError message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }
  return <Editor site={site} initial={loaded.data} />;
}

function Editor({ site, initial }: { site: string; initial: AdminDocument | null }) {
  const announce = useAnnounce();
  const [doc, setDoc] = useState<AdminDocument | null>(initial);
  const [draft, setDraft] = useState<Draft>(() => (initial ? draftOf(initial) : EMPTY));
  const [links, setLinks] = useState<LinkRef[]>(() => (initial?.links ?? []).filter((l) => l.direction === 'forward').map((l) => ({ targetId: l.id, relation: l.relation, label: `${l.number}` })));
  const [files, setFiles] = useState<FileRef[]>(() => (initial?.attachments ?? []).map((a) => ({ id: a.id, name: a.name })));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [linkTarget, setLinkTarget] = useState('');
  const [linkRelation, setLinkRelation] = useState<DocumentRelation>('replaces');
  const others = useLoad(() => api.documents(site, {}), [site]);
  const editable = doc === null || doc.canEdit;
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  function apiErrors(error: unknown) {
    const byField: Record<string, string> = {};
    const general: string[] = [];
    if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
      for (const e of error.problem.errors ?? []) {
        const key = e.field.split('.')[0] ?? e.field;
        if (key in FIELD_IDS) byField[key] ??= e.message;
        else general.push(e.message);
      }
    } else if (error instanceof ApiError && error.status === 409) general.push(t.documents.stale);
    else general.push(messageOf(error));
    setFieldErrors(byField);
    setErrors([...general.map((message) => ({ message })), ...Object.entries(byField).map(([f, message]) => ({ fieldId: FIELD_IDS[f], message }))]);
  }

  const input = (): DocumentInputSent => ({
    ...draft,
    effectiveOn: draft.effectiveOn.trim() === '' ? null : draft.effectiveOn,
    links: links.map((l) => ({ targetId: l.targetId, relation: l.relation })),
    attachmentIds: files.map((f) => f.id),
  });

  async function save(): Promise<AdminDocument | null> {
    setBusy(true);
    try {
      if (doc === null) {
        const created = await api.createDocument(site, input());
        announce(t.documents.created);
        navigate(href({ name: 'document', site, id: created.id }), { replace: true });
        return created;
      }
      const next = await api.saveDocument(site, doc.id, input(), doc.revision);
      setDoc(next);
      setErrors([]);
      setFieldErrors({});
      announce(t.documents.saved(next.revision));
      return next;
    } catch (error) {
      apiErrors(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function runTransition(option: TransitionOption, extra: TransitionExtra) {
    let base = doc;
    if (base === null) return;
    if (base.canEdit) {
      base = await save();
      if (base === null) throw new Error('not saved');
    }
    setBusy(true);
    try {
      const step: DocumentTransitionInput = { transition: option.transition as DocumentTransitionInput['transition'], ...(extra.note === undefined ? {} : { note: extra.note }) };
      const next = await api.transitionDocument(site, base.id, step);
      setDoc(next);
      announce(t.editor.transitionDone(option.label, next.statusLabel));
    } catch (error) {
      if (!asksFirst(option, false)) apiErrors(error);
      throw error;
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (doc === null) return;
    setConfirmDelete(false);
    try {
      await api.deleteDocument(site, doc.id);
      announce(t.documents.deleted);
      navigate(href({ name: 'documents', site }));
    } catch (error) {
      apiErrors(error);
    }
  }

  const candidates = (others.data?.items ?? []).filter((d) => d.id !== doc?.id && !links.some((l) => l.targetId === d.id));
  const heading = doc === null ? t.documents.newTitle : t.documents.editTitle;
  return (
    <>
      <PageHeading title={doc ? `${heading}: ${doc.number}` : heading} caption={doc?.number}>
        {heading}
      </PageHeading>
      <p>
        <Link href={href({ name: 'documents', site })}>‹ {t.documents.back}</Link>
      </p>
      {doc?.status === 'returned' && doc.returnNote && (
        <div class="panel panel--important" role="region" aria-labelledby="return-note-title">
          <h2 id="return-note-title">{t.editor.returnedTitle}</h2>
          <blockquote class="return-note">{doc.returnNote}</blockquote>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <div class="editor-layout">
        <div class="editor-layout__main">
          <form
            id="document-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {!editable && <p class="panel panel--info">{t.documents.readOnly}</p>}
            <fieldset class="article-form" disabled={!editable}>
              <legend class="visually-hidden">{heading}</legend>
              <TextField id={FIELD_IDS.number} label={t.documents.number} hint={t.documents.numberHint} value={draft.number} onValue={(v) => set('number', v)} required error={fieldErrors['number']} width="half" />
              <SelectField id={FIELD_IDS.type} label={t.documents.type} value={draft.type} onValue={(v) => set('type', v as Draft['type'])} options={DOCUMENT_TYPE_SLUGS.map((s) => ({ value: s, label: DOCUMENT_TYPES[s] }))} error={fieldErrors['type']} />
              <TextField id={FIELD_IDS.issuer} label={t.documents.issuer} value={draft.issuer} onValue={(v) => set('issuer', v)} required error={fieldErrors['issuer']} />
              <TextField id={FIELD_IDS.signer} label={t.documents.signer} value={draft.signer} onValue={(v) => set('signer', v)} error={fieldErrors['signer']} width="half" />
              <TextField id={FIELD_IDS.issuedOn} type="date" label={t.documents.issuedOn} value={draft.issuedOn} onValue={(v) => set('issuedOn', v)} required error={fieldErrors['issuedOn']} width="short" />
              <TextField id={FIELD_IDS.effectiveOn} type="date" label={t.documents.effectiveOn} hint={t.documents.effectiveHint} value={draft.effectiveOn} onValue={(v) => set('effectiveOn', v)} error={fieldErrors['effectiveOn']} width="short" />
              <SelectField id={FIELD_IDS.field} label={t.documents.field} value={draft.field} onValue={(v) => set('field', v as Draft['field'])} options={DOCUMENT_FIELD_SLUGS.map((s) => ({ value: s, label: DOCUMENT_FIELDS[s] }))} error={fieldErrors['field']} />
              <TextArea id={FIELD_IDS.summary} label={t.documents.summary} value={draft.summary} onValue={(v) => set('summary', v)} rows={3} required error={fieldErrors['summary']} />
              <SelectField id={FIELD_IDS.validity} label={t.documents.validity} value={draft.validity} onValue={(v) => set('validity', v as Draft['validity'])} options={DOCUMENT_VALIDITY_VALUES.map((v) => ({ value: v, label: DOCUMENT_VALIDITY[v].label }))} error={fieldErrors['validity']} />

              <fieldset class="form-group">
                <legend class="label">{t.documents.links}</legend>
                <p class="hint">{t.documents.linksHint}</p>
                {fieldErrors['links'] && <p class="error-message">{fieldErrors['links']}</p>}
                <ul class="link-list">
                  {links.map((l) => (
                    <li key={l.targetId}>
                      {l.relation === 'replaces' ? t.documents.replaces : t.documents.amends}: {l.label}{' '}
                      <Button variant="link" onClick={() => setLinks(links.filter((x) => x.targetId !== l.targetId))}>
                        {t.documents.removeLink}
                        <span class="visually-hidden"> {l.label}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
                <SelectField id={FIELD_IDS.links} label={t.documents.linkTarget} value={linkTarget} onValue={setLinkTarget} placeholder="—" options={candidates.map((d) => ({ value: String(d.id), label: `${d.typeLabel} ${d.number}` }))} />
                <SelectField id="doc-link-relation" label={t.documents.linkRelation} value={linkRelation} onValue={(v) => setLinkRelation(v as DocumentRelation)} options={[{ value: 'replaces', label: t.documents.replaces }, { value: 'amends', label: t.documents.amends }]} />
                <Button
                  variant="secondary"
                  disabled={linkTarget === ''}
                  onClick={() => {
                    const target = candidates.find((d) => String(d.id) === linkTarget);
                    if (target === undefined) return;
                    setLinks([...links, { targetId: target.id, relation: linkRelation, label: `${target.typeLabel} ${target.number}` }]);
                    setLinkTarget('');
                  }}
                >
                  {t.documents.addLink}
                </Button>
                {doc !== null && doc.links.some((l) => l.direction === 'backward') && (
                  <>
                    <p class="label">{t.documents.incoming}</p>
                    <ul>
                      {doc.links.filter((l) => l.direction === 'backward').map((l) => (
                        <li key={l.id}>
                          {l.label}: {l.number}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </fieldset>

              <fieldset class="form-group" id={FIELD_IDS.attachmentIds}>
                <legend class="label">{t.documents.files}</legend>
                {fieldErrors['attachmentIds'] && <p class="error-message">{fieldErrors['attachmentIds']}</p>}
                <ul class="link-list">
                  {files.map((f) => (
                    <li key={f.id}>
                      {f.name}{' '}
                      <Button variant="link" onClick={() => setFiles(files.filter((x) => x.id !== f.id))}>
                        {t.documents.removeFile}
                        <span class="visually-hidden"> {f.name}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
                <Button variant="secondary" onClick={() => setPicking(true)}>
                  {t.documents.addFile}
                </Button>
              </fieldset>

              <div class="form-group">
                <p class="label" id={`${FIELD_IDS.bodyHtml}-label`}>
                  {t.documents.body}
                </p>
                <div id={FIELD_IDS.bodyHtml}>
                  <LazyRichTextEditor site={site} labelId={`${FIELD_IDS.bodyHtml}-label`} describedBy={undefined} value={draft.bodyHtml} resetKey={0} editable={editable} onChange={(html) => set('bodyHtml', html)} />
                </div>
              </div>
            </fieldset>
            {editable && (
              <div class="form-end button-group">
                <Button type="submit" disabled={busy}>
                  {busy ? t.saving : t.documents.save}
                </Button>
              </div>
            )}
          </form>
        </div>
        {doc !== null && (
          <aside class="editor-layout__side" aria-label={t.documents.workflow}>
            <div class="side-box">
              <dl class="summary-list">
                <dt>{t.editor.status}</dt>
                <dd>
                  <StatusTag status={doc.status} label={doc.statusLabel} />
                </dd>
                <dt>{t.revisions.colNumber}</dt>
                <dd>{doc.revision}</dd>
                <dt>{t.list.colUpdated}</dt>
                <dd>{formatDateTime(doc.updatedAt)}</dd>
              </dl>
            </div>
            <WorkflowPanel options={doc.allowedTransitions} busy={busy} onRun={runTransition} withUnpublishTime={false} title={t.documents.workflow} />
            <ul class="link-list">
              {doc.publicUrl && (
                <li>
                  <a href={doc.publicUrl}>{t.documents.viewPublic}</a>
                </li>
              )}
              {doc.canDelete && (
                <li>
                  <Button variant="link" class="link-danger" onClick={() => setConfirmDelete(true)}>
                    {t.documents.deleteDocument}
                  </Button>
                </li>
              )}
            </ul>
          </aside>
        )}
      </div>
      {picking && (
        <MediaPickerDialog
          site={site}
          kind="document"
          title={t.documents.pickFile}
          onPick={(m) => {
            if (!files.some((f) => f.id === m.id)) setFiles([...files, { id: m.id, name: m.originalName }]);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
      {confirmDelete && <ConfirmDialog title={t.documents.deleteDocument} message={t.documents.deleteConfirm} confirmLabel={t.delete} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />}
    </>
  );
}
