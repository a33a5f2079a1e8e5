/** Cài đặt cổng: name, contact lines, footer, responsible agency and person, theme colour, logo, the home page's category blocks. */
import { useState } from 'preact/hooks';
import { api, ApiError, messageOf } from '../api/client.js';
import type { Category, Media, SiteSettings } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { Button, ErrorSummary, TextField, type SummaryError } from '../components/form.js';
import { HOME_BLOCKS_ID, HomeBlocksField } from '../components/home-blocks-field.js';
import { LoadError, Loading } from '../components/load-state.js';
import { MediaPickerDialog } from '../components/media-picker-dialog.js';
import { PageHeading } from '../components/page-heading.js';
import { useLoad } from '../lib/use-load.js';
import { t } from '../messages.js';
import { QuestionDeadlinePanel } from './question-screens.js';
import { asyncHandler } from '../lib/async-handler.js';

export function SettingsScreen({ site }: { site: string }) {
  const settings = useLoad(() => Promise.all([api.settings(site), api.categories(site)]), [site]);
  return (
    <>
      <PageHeading title={t.settings.title}>{t.settings.title}</PageHeading>
      {settings.error !== undefined ? (
        <LoadError message={settings.error} onRetry={settings.reload} />
      ) : settings.data === undefined ? (
        <Loading />
      ) : (
        <SettingsForm site={site} initial={settings.data[0]} categories={settings.data[1]} />
      )}
      <QuestionDeadlinePanel site={site} />
    </>
  );
}

const FIELD_IDS: Record<string, string> = {
  name: 'set-name',
  shortName: 'set-short',
  'contact.address': 'set-address',
  'contact.email': 'set-email',
  'contact.phone': 'set-phone',
  'contact.footer': 'set-footer',
  responsibleAgency: 'set-agency',
  responsiblePerson: 'set-person',
  themeColor: 'set-color',
  publicServiceUrl: 'set-public-service',
  homeBlocks: HOME_BLOCKS_ID,
};

function SettingsForm({ site, initial, categories }: { site: string; initial: SiteSettings; categories: Category[] }) {
  const [s, setS] = useState<SiteSettings>(initial);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [picking, setPicking] = useState(false);
  const [logo, setLogo] = useState<Media | null>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const set = <K extends keyof SiteSettings>(k: K) => (v: SiteSettings[K]) => setS((old) => ({ ...old, [k]: v }));
  const setContact = (k: keyof SiteSettings['contact']) => (v: string) => setS((old) => ({ ...old, contact: { ...old.contact, [k]: v } }));
  const err = (key: string) => errors.find((e) => e.fieldId === FIELD_IDS[key])?.message;

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await api.saveSettings(site, { ...s, responsibleAgency: s.responsibleAgency || null, responsiblePerson: s.responsiblePerson || null, publicServiceUrl: s.publicServiceUrl || null });
      setS(saved);
      setErrors([]);
      announce(t.settings.saved);
    } catch (error) {
      setErrors(error instanceof ApiError && error.problem.errors?.length ? error.problem.errors.map((e) => ({ fieldId: FIELD_IDS[e.field], message: e.message })) : [{ message: messageOf(error) }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={asyncHandler(submit)} noValidate class="settings-form">
      <ErrorSummary errors={errors} />
      <fieldset class="fieldset">
        <legend>{t.settings.general}</legend>
        <TextField id="set-name" label={t.settings.name} value={s.name} onValue={set('name')} required error={err('name')} />
        <TextField id="set-short" label={t.settings.shortName} value={s.shortName} onValue={set('shortName')} required error={err('shortName')} width="half" />
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t.settings.contact}</legend>
        <TextField id="set-address" label={t.settings.address} value={s.contact.address} onValue={setContact('address')} error={err('contact.address')} autocomplete="street-address" />
        <TextField id="set-email" type="email" label={t.settings.email} value={s.contact.email} onValue={setContact('email')} error={err('contact.email')} width="half" />
        <TextField id="set-phone" type="tel" label={t.settings.phone} value={s.contact.phone} onValue={setContact('phone')} error={err('contact.phone')} width="half" />
        <TextField id="set-footer" label={t.settings.footer} value={s.contact.footer} onValue={setContact('footer')} error={err('contact.footer')} />
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t.settings.responsible}</legend>
        <TextField id="set-agency" label={t.settings.responsibleAgency} value={s.responsibleAgency ?? ''} onValue={set('responsibleAgency')} error={err('responsibleAgency')} />
        <TextField id="set-person" label={t.settings.responsiblePerson} value={s.responsiblePerson ?? ''} onValue={set('responsiblePerson')} error={err('responsiblePerson')} />
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t.settings.look}</legend>
        <div class="color-field">
          <TextField id="set-color" label={t.settings.themeColor} hint={t.settings.themeColorHint} value={s.themeColor} onValue={set('themeColor')} pattern="#[0-9a-fA-F]{6}" error={err('themeColor')} width="short" />
          <input type="color" class="color-swatch" aria-label={t.settings.themeColor} value={/^#[0-9a-f]{6}$/i.test(s.themeColor) ? s.themeColor : '#000000'} onInput={(e) => set('themeColor')(e.currentTarget.value)} />
        </div>
        <TextField id="set-public-service" type="url" label={t.settings.publicServiceUrl} value={s.publicServiceUrl ?? ''} onValue={set('publicServiceUrl')} error={err('publicServiceUrl')} />
        <div class="form-group">
          <p class="label">{t.settings.logo}</p>
          {logo ? <img class="logo-preview" src={logo.url} alt={logo.altText ?? ''} /> : <p class="muted">{s.logoMediaId === null ? t.none : `#${s.logoMediaId}`}</p>}
          <div class="button-group">
            <Button variant="secondary" aria-haspopup="dialog" onClick={() => setPicking(true)}>
              {t.editor.chooseImage}
            </Button>
            {s.logoMediaId !== null && (
              <Button variant="link" onClick={() => { set('logoMediaId')(null); setLogo(null); }}>
                {t.editor.removeImage}
              </Button>
            )}
          </div>
        </div>
      </fieldset>
      <HomeBlocksField categories={categories} value={s.homeBlocks} onValue={set('homeBlocks')} error={err('homeBlocks')} />
      <Button type="submit" disabled={busy}>
        {busy ? t.saving : t.save}
      </Button>
      {picking && (
        <MediaPickerDialog
          site={site}
          kind="image"
          title={t.settings.logo}
          onClose={() => setPicking(false)}
          onPick={(m) => {
            setLogo(m);
            set('logoMediaId')(m.id);
          }}
        />
      )}
    </form>
  );
}
