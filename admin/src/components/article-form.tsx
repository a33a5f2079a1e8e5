/** The article's fields: title, lead, body, category, featured image, tags, pen name, source, time, attachments, related articles. */
import { useState } from 'preact/hooks';
import type { AdminArticle, Media } from '../api/types.js';
import { LazyRichTextEditor } from '../editor/lazy-rich-text-editor.js';
import type { Draft, DraftField } from '../lib/article-draft.js';
import { t } from '../messages.js';
import { Button, SelectField, TextArea, TextField, type Option } from './form.js';
import { MediaPickerDialog } from './media-picker-dialog.js';
import { ExtraCategoriesField } from './extra-categories-field.js';
import { RelatedPicker } from './related-picker.js';

export const FIELD_IDS: Record<DraftField, string> = {
  title: 'article-title',
  lead: 'article-lead',
  bodyHtml: 'article-body',
  categoryId: 'article-category',
  featuredImageId: 'article-featured',
  featuredImageCaption: 'article-featured-caption',
  authorName: 'article-author',
  source: 'article-source',
  tags: 'article-tags',
  attachmentIds: 'article-attachments',
  publishedAt: 'article-published-at',
  featured: 'article-featured-flag',
  featuredOrder: 'article-featured-order',
  featuredUntil: 'article-featured-until',
  slug: 'article-slug',
  relatedIds: 'article-related',
  extraCategoryIds: 'article-extra-categories',
};

interface Props {
  site: string;
  /** The saved article (null while writing a new one: its slug comes from the title). */
  article: AdminArticle | null;
  draft: Draft;
  set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  errors: Partial<Record<DraftField, string>>;
  categories: Option[];
  media: Map<number, Media>;
  onMedia: (media: Media) => void;
  editable: boolean;
  /** Changes when the body is replaced from outside the editor (conflict resolution). */
  bodyKey: number;
}

export function ArticleForm({ site, article, draft, set, errors, categories, media, onMedia, editable, bodyKey }: Props) {
  const [picker, setPicker] = useState<'featured' | 'attachment' | null>(null);
  const featured = draft.featuredImageId !== null ? media.get(draft.featuredImageId) : undefined;
  const ro = !editable;
  const slugField = article !== null && (
    <TextField
      id={FIELD_IDS.slug}
      label={t.editor.slug}
      hint={article.publicUrl ? t.editor.slugHintPublic(article.publicUrl) : t.editor.slugHint}
      value={draft.slug}
      onValue={(v) => set('slug', v)}
      error={errors.slug}
      readOnly={!article.canChangeSlug}
      autoCapitalize="none"
      spellcheck={false}
    />
  );
  return (
    <>
      {/* The address is not the text: one who may change it does so even when the text is locked. */}
      {ro && article?.canChangeSlug === true && slugField}
      <fieldset class="article-form" disabled={ro}>
        <legend class="visually-hidden">{t.editor.editTitle}</legend>
        <TextField id={FIELD_IDS.title} label={t.editor.title} value={draft.title} onValue={(v) => set('title', v)} required error={errors.title} class="input--title" />
        {!(ro && article?.canChangeSlug === true) && slugField}
        <TextArea id={FIELD_IDS.lead} label={t.editor.lead} hint={t.editor.leadHint} value={draft.lead} onValue={(v) => set('lead', v)} rows={3} error={errors.lead} />

        <div class={`form-group${errors.bodyHtml ? ' form-group--error' : ''}`}>
          <p class="label" id={`${FIELD_IDS.bodyHtml}-label`}>
            {t.editor.body}
          </p>
          {editable && (
            <p class="hint" id={`${FIELD_IDS.bodyHtml}-hint`}>
              {t.editor.bodyHint}
            </p>
          )}
          {errors.bodyHtml && (
            <p class="error-message" id={`${FIELD_IDS.bodyHtml}-error`}>
              {errors.bodyHtml}
            </p>
          )}
          <div id={FIELD_IDS.bodyHtml}>
            <LazyRichTextEditor site={site} labelId={`${FIELD_IDS.bodyHtml}-label`} describedBy={[editable ? `${FIELD_IDS.bodyHtml}-hint` : '', errors.bodyHtml ? `${FIELD_IDS.bodyHtml}-error` : ''].filter(Boolean).join(' ') || undefined} value={draft.bodyHtml} resetKey={bodyKey} editable={editable} onChange={(html) => set('bodyHtml', html)} />
          </div>
        </div>

        <div class="form-columns">
          <div>
            <SelectField id={FIELD_IDS.categoryId} label={t.editor.category} value={draft.categoryId} onValue={(v) => set('categoryId', v)} options={categories} placeholder={t.editor.chooseCategory} required error={errors.categoryId} />
            <ExtraCategoriesField id={FIELD_IDS.extraCategoryIds} categories={categories} primary={draft.categoryId} value={draft.extraCategoryIds} onValue={(ids) => set('extraCategoryIds', ids)} error={errors.extraCategoryIds} />
            <TextField id={FIELD_IDS.tags} label={t.editor.tags} hint={t.editor.tagsHint} value={draft.tags} onValue={(v) => set('tags', v)} error={errors.tags} />
            <TextField id={FIELD_IDS.authorName} label={t.editor.authorName} value={draft.authorName} onValue={(v) => set('authorName', v)} error={errors.authorName} width="half" />
            <TextField id={FIELD_IDS.source} label={t.editor.source} value={draft.source} onValue={(v) => set('source', v)} error={errors.source} width="half" />
            <TextField id={FIELD_IDS.publishedAt} type="datetime-local" label={t.editor.publishedAt} hint={t.editor.publishedAtHint} value={draft.publishedAt} onValue={(v) => set('publishedAt', v)} error={errors.publishedAt} width="half" />
          </div>
          <div>
            <div class={`form-group${errors.featuredImageId ? ' form-group--error' : ''}`} id={FIELD_IDS.featuredImageId} tabIndex={-1}>
              <p class="label">{t.editor.featuredImage}</p>
              {errors.featuredImageId && <p class="error-message">{errors.featuredImageId}</p>}
              {featured ? (
                <figure class="featured-preview">
                  <img src={featured.variants[0]?.url ?? featured.url} alt={featured.altText ?? ''} />
                  <figcaption>{featured.originalName}</figcaption>
                </figure>
              ) : draft.featuredImageId !== null ? (
                <p class="muted">#{draft.featuredImageId}</p>
              ) : (
                <p class="muted">{t.editor.noImage}</p>
              )}
              {editable && (
                <div class="button-group">
                  <Button variant="secondary" aria-haspopup="dialog" onClick={() => setPicker('featured')}>
                    {draft.featuredImageId === null ? t.editor.chooseImage : t.editor.changeImage}
                  </Button>
                  {draft.featuredImageId !== null && (
                    <Button variant="link" onClick={() => set('featuredImageId', null)}>
                      {t.editor.removeImage}
                    </Button>
                  )}
                </div>
              )}
            </div>
            <TextField id={FIELD_IDS.featuredImageCaption} label={t.editor.featuredCaption} value={draft.featuredImageCaption} onValue={(v) => set('featuredImageCaption', v)} error={errors.featuredImageCaption} />
            <div class="form-group" id={FIELD_IDS.attachmentIds} tabIndex={-1}>
              <p class="label">{t.editor.attachments}</p>
              {errors.attachmentIds && <p class="error-message">{errors.attachmentIds}</p>}
              {draft.attachmentIds.length === 0 ? (
                <p class="muted">{t.editor.noAttachments}</p>
              ) : (
                <ul class="attachment-list">
                  {draft.attachmentIds.map((id) => {
                    const name = media.get(id)?.originalName ?? `#${id}`;
                    return (
                      <li key={id}>
                        {name}{' '}
                        {editable && (
                          <Button variant="link" onClick={() => set('attachmentIds', draft.attachmentIds.filter((x) => x !== id))}>
                            {t.editor.removeAttachment(name)}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
              {editable && (
                <Button variant="secondary" aria-haspopup="dialog" onClick={() => setPicker('attachment')}>
                  {t.editor.addAttachment}
                </Button>
              )}
            </div>
          </div>
        </div>
        <RelatedPicker site={site} article={article} value={draft.relatedIds} onValue={(ids) => set('relatedIds', ids)} error={errors.relatedIds} editable={editable} id={FIELD_IDS.relatedIds} />
        {picker === 'featured' && (
          <MediaPickerDialog
            site={site}
            kind="image"
            title={t.editor.chooseImage}
            onClose={() => setPicker(null)}
            onPick={(m) => {
              onMedia(m);
              set('featuredImageId', m.id);
              if (draft.featuredImageCaption.trim() === '' && m.caption) set('featuredImageCaption', m.caption);
            }}
          />
        )}
        {picker === 'attachment' && (
          <MediaPickerDialog
            site={site}
            title={t.editor.addAttachment}
            onClose={() => setPicker(null)}
            onPick={(m) => {
              onMedia(m);
              if (!draft.attachmentIds.includes(m.id)) set('attachmentIds', [...draft.attachmentIds, m.id]);
            }}
          />
        )}
      </fieldset>
    </>
  );
}
