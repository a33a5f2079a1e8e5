/**
 * Chuyên đề: the topics an approver or administrator works with on a site — the system's
 * and the site's own — with a form to add one of the site's published articles (found by
 * title) to a topic; and one topic: its fields (editable by its owner) and its member
 * articles of every site, where the owner accepts or declines (with a reason) what was
 * proposed, and the owner or the article's approver takes an article out. The server
 * checks every step again.
 */
import { useState } from 'preact/hooks';
import { ApiError, api, messageOf, summaryErrors, topicApi } from '../api/client.js';
import type { AdminTopic, ArticleSummary, TopicInputSent, TopicMember, TopicMemberList } from '../api/types.js';
import { useAnnounce } from '../components/announcer.js';
import { Button, ErrorSummary, SelectField, TextArea, TextField, type SummaryError } from '../components/form.js';
import { Link } from '../components/link.js';
import { LoadError, Loading } from '../components/load-state.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDateTime } from '../lib/format.js';
import { useSession } from '../lib/session.js';
import { mayWorkWithTopics, TOPICS_NAV_LABEL } from '../lib/topic-access.js';
import { useLoad } from '../lib/use-load.js';
import { href, navigate } from '../router.js';

const topicText = {
  title: TOPICS_NAV_LABEL,
  intro: 'Chuyên đề tập hợp tin bài của các cổng trong hệ thống. Trưởng ban biên tập đưa tin bài đã đăng của cổng mình vào chuyên đề; người sở hữu chuyên đề chấp nhận hoặc từ chối.',
  systemTopics: 'Chuyên đề chung của hệ thống',
  siteTopics: 'Chuyên đề của cổng',
  addSite: 'Thêm chuyên đề của cổng',
  addSystem: 'Thêm chuyên đề chung',
  empty: 'Chưa có chuyên đề nào.',
  colTitle: 'Tên chuyên đề',
  colDates: 'Thời gian',
  colCounts: 'Tin bài (đã nhận / chờ)',
  colStatus: 'Hiển thị',
  active: 'Đang hiển thị',
  hidden: 'Đang ẩn',
  addArticle: 'Đưa tin bài vào chuyên đề',
  addArticleHint: 'Chỉ tin bài đang đăng công khai của cổng này. Chuyên đề của cổng khác hoặc chung của hệ thống sẽ nhận tin bài khi người sở hữu chấp nhận.',
  topic: 'Chuyên đề',
  search: 'Tìm tin bài đã đăng theo tiêu đề',
  searchButton: 'Tìm',
  noResults: 'Không có tin bài đã đăng nào khớp.',
  add: 'Đưa vào chuyên đề',
  added: (title: string, state: string) => `Đã đưa “${title}” vào chuyên đề (${state}).`,
  newTitle: 'Chuyên đề mới',
  editTitle: 'Chuyên đề',
  fTitle: 'Tên chuyên đề',
  fSlug: 'Địa chỉ',
  fSlugHint: 'Phần cuối của /chuyen-de/…; bỏ trống để lấy từ tên.',
  fDescription: 'Mô tả',
  fStarts: 'Ngày bắt đầu',
  fEnds: 'Ngày kết thúc',
  fStatus: 'Hiển thị',
  save: 'Lưu chuyên đề',
  saved: 'Đã lưu chuyên đề.',
  view: 'Xem trên cổng',
  members: 'Tin bài trong chuyên đề',
  noMembers: 'Chuyên đề chưa có tin bài nào.',
  colArticle: 'Tin bài',
  colSite: 'Cổng',
  colState: 'Trạng thái',
  colActions: 'Thao tác',
  states: { proposed: 'Chờ chấp nhận', accepted: 'Đã nhận', declined: 'Không nhận' } as Record<TopicMember['state'], string>,
  notPublic: '(không còn đăng công khai)',
  accept: 'Chấp nhận',
  decline: 'Không nhận',
  declineNote: (title: string) => `Lý do không nhận “${title}”`,
  remove: 'Bỏ khỏi chuyên đề',
  decided: 'Đã ghi quyết định.',
  removed: 'Đã bỏ tin bài khỏi chuyên đề.',
  back: 'Về danh sách chuyên đề',
  notAllowed: 'Chỉ trưởng ban biên tập, quản trị cổng và quản trị hệ thống làm việc với chuyên đề.',
} as const;
const m = topicText;


const day = (value: string | null) => (value === null ? '' : value.split('-').reverse().join('/'));
const dates = (t: AdminTopic) => (t.startsOn === null && t.endsOn === null ? '—' : `${day(t.startsOn)} – ${day(t.endsOn)}`);

export function TopicListScreen({ site }: { site: string }) {
  const session = useSession();
  const system = useLoad(() => topicApi.list(null), [site]);
  const own = useLoad(() => topicApi.list(site), [site]);
  if (!mayWorkWithTopics(session, site)) {
    return (
      <>
        <PageHeading title={m.title}>{m.title}</PageHeading>
        <p>{m.notAllowed}</p>
      </>
    );
  }
  const topics = [...(system.data?.items ?? []), ...(own.data?.items ?? [])];
  return (
    <>
      <PageHeading title={m.title}>{m.title}</PageHeading>
      <p>{m.intro}</p>
      <p class="button-group">
        <Link class="button button--primary" href={href({ name: 'topic', site, system: false, id: 'new' })}>
          {m.addSite}
        </Link>
        {session.user.isSystemAdmin && (
          <Link class="button button--secondary" href={href({ name: 'topic', site, system: true, id: 'new' })}>
            {m.addSystem}
          </Link>
        )}
      </p>
      <h2>{m.systemTopics}</h2>
      {system.error !== undefined ? <LoadError message={system.error} onRetry={system.reload} /> : system.data === undefined ? <Loading /> : <TopicTable site={site} system topics={system.data.items} />}
      <h2>{m.siteTopics}</h2>
      {own.error !== undefined ? <LoadError message={own.error} onRetry={own.reload} /> : own.data === undefined ? <Loading /> : <TopicTable site={site} system={false} topics={own.data.items} />}
      {topics.length > 0 && <AddArticle site={site} topics={topics} onAdded={() => { system.reload(); own.reload(); }} />}
    </>
  );
}

function TopicTable({ site, system, topics }: { site: string; system: boolean; topics: AdminTopic[] }) {
  if (topics.length === 0) return <p>{m.empty}</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="table__caption visually-hidden">{system ? m.systemTopics : m.siteTopics}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colTitle}</th>
            <th scope="col">{m.colDates}</th>
            <th scope="col">{m.colCounts}</th>
            <th scope="col">{m.colStatus}</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => (
            <tr key={t.id}>
              <th scope="row">
                <Link href={href({ name: 'topic', site, system, id: t.id })}>{t.title}</Link>
              </th>
              <td>{dates(t)}</td>
              <td>
                {t.accepted} / {t.proposed}
              </td>
              <td>{t.status === 'active' ? m.active : m.hidden}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An approver's form: pick a topic, find one of the site's published articles by title, add it. */
function AddArticle({ site, topics, onAdded }: { site: string; topics: AdminTopic[]; onAdded: () => void }) {
  const announce = useAnnounce();
  const [topicKey, setTopicKey] = useState(topics[0] === undefined ? '' : `${topics[0].site ?? ''}:${topics[0].id}`);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ArticleSummary[] | undefined>(undefined);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const search = async (e: Event) => {
    e.preventDefault();
    setErrors([]);
    try {
      setFound((await api.articles(site, { status: 'published', q: q.trim() })).items);
    } catch (err) {
      setErrors([{ message: messageOf(err) }]);
    }
  };
  const add = async (article: ArticleSummary) => {
    const [owner = '', id = ''] = topicKey.split(':');
    setErrors([]);
    try {
      const list = await topicApi.add(owner === '' ? null : owner, Number(id), article.id);
      const state = list.items.find((i) => i.articleId === article.id)?.state ?? 'proposed';
      announce(m.added(article.title, m.states[state]), 'success');
      onAdded();
    } catch (err) {
      setErrors(summaryErrors(err, {}));
    }
  };
  return (
    <section aria-labelledby="cd-dua-tin">
      <h2 id="cd-dua-tin">{m.addArticle}</h2>
      <p>{m.addArticleHint}</p>
      <ErrorSummary errors={errors} />
      <form onSubmit={(e) => void search(e)}>
        <SelectField id="cd-chon" label={m.topic} value={topicKey} onValue={setTopicKey} options={topics.map((t) => ({ value: `${t.site ?? ''}:${t.id}`, label: t.site === null ? `${t.title} (${m.systemTopics.toLowerCase()})` : t.title }))} />
        <TextField id="cd-tim" label={m.search} type="search" value={q} onValue={setQ} />
        <Button type="submit" variant="secondary">
          {m.searchButton}
        </Button>
      </form>
      {found !== undefined &&
        (found.length === 0 ? (
          <p>{m.noResults}</p>
        ) : (
          <ul class="plain-list">
            {found.map((a) => (
              <li key={a.id}>
                {a.title}{' '}
                <Button variant="secondary" onClick={() => void add(a)}>
                  {m.add}
                  <span class="visually-hidden">: {a.title}</span>
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

export function TopicScreen({ site, system, id }: { site: string; system: boolean; id: number | 'new' }) {
  const owner = system ? null : site;
  const loaded = useLoad(() => (id === 'new' ? Promise.resolve(null) : topicApi.get(owner, id)), [site, system, id]);
  if (loaded.data === undefined) {
    return (
      <>
        <PageHeading title={m.editTitle}>{m.editTitle}</PageHeading>
        {loaded.error !== undefined ? <LoadError message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }
  return <TopicEditor site={site} owner={owner} initial={loaded.data} />;
}

const FIELD_IDS = { title: 'cd-ten', slug: 'cd-dia-chi', description: 'cd-mo-ta', startsOn: 'cd-bat-dau', endsOn: 'cd-ket-thuc', status: 'cd-hien-thi' };

function TopicEditor({ site, owner, initial }: { site: string; owner: string | null; initial: TopicMemberList | null }) {
  const announce = useAnnounce();
  const [data, setData] = useState<TopicMemberList | null>(initial);
  const topic = data?.topic ?? null;
  const [draft, setDraft] = useState({
    title: topic?.title ?? '', slug: topic?.slug ?? '', description: topic?.description ?? '', startsOn: topic?.startsOn ?? '', endsOn: topic?.endsOn ?? '', status: topic?.status ?? 'active',
  });
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const editable = topic === null || topic.canManage;
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });

  const save = async (e: Event) => {
    e.preventDefault();
    const input: TopicInputSent = {
      title: draft.title, slug: draft.slug.trim(), description: draft.description, startsOn: draft.startsOn === '' ? null : draft.startsOn,
      endsOn: draft.endsOn === '' ? null : draft.endsOn, status: draft.status === 'hidden' ? 'hidden' : 'active', imageMediaId: topic?.imageMediaId ?? null,
    };
    setErrors([]);
    setFieldErrors({});
    try {
      if (topic === null) {
        const created = await topicApi.create(owner, input);
        announce(m.saved, 'success');
        navigate(href({ name: 'topic', site, system: owner === null, id: created.id }), { replace: true });
        return;
      }
      const saved = await topicApi.save(owner, topic.id, input);
      setData({ topic: saved, items: data?.items ?? [] });
      announce(m.saved, 'success');
    } catch (err) {
      setErrors(summaryErrors(err, FIELD_IDS));
      if (err instanceof ApiError) setFieldErrors(err.fieldErrors);
    }
  };

  const title = topic === null ? m.newTitle : topic.title;
  return (
    <>
      <PageHeading title={title} caption={owner === null ? m.systemTopics : m.siteTopics}>
        {title}
      </PageHeading>
      <p>
        <Link href={href({ name: 'topics', site })}>{m.back}</Link>
        {topic?.publicUrl != null && (
          <>
            {' · '}
            <a href={topic.publicUrl}>{m.view}</a>
          </>
        )}
      </p>
      <ErrorSummary errors={errors} />
      {editable ? (
        <form onSubmit={(e) => void save(e)} noValidate>
          <TextField id={FIELD_IDS.title} label={m.fTitle} required value={draft.title} onValue={set('title')} error={fieldErrors['title']} />
          <TextField id={FIELD_IDS.slug} label={m.fSlug} hint={m.fSlugHint} value={draft.slug} onValue={set('slug')} error={fieldErrors['slug']} />
          <TextArea id={FIELD_IDS.description} label={m.fDescription} rows={5} value={draft.description} onValue={set('description')} error={fieldErrors['description']} />
          <TextField id={FIELD_IDS.startsOn} label={m.fStarts} type="date" width="short" value={draft.startsOn} onValue={set('startsOn')} error={fieldErrors['startsOn']} />
          <TextField id={FIELD_IDS.endsOn} label={m.fEnds} type="date" width="short" value={draft.endsOn} onValue={set('endsOn')} error={fieldErrors['endsOn']} />
          <SelectField id={FIELD_IDS.status} label={m.fStatus} value={draft.status} onValue={set('status')} options={[{ value: 'active', label: m.active }, { value: 'hidden', label: m.hidden }]} />
          <Button type="submit">{m.save}</Button>
        </form>
      ) : (
        topic.description !== '' && <p>{topic.description}</p>
      )}
      {data !== null && <Members owner={owner} data={data} onChange={setData} />}
    </>
  );
}

function Members({ owner, data, onChange }: { owner: string | null; data: TopicMemberList; onChange: (d: TopicMemberList) => void }) {
  const announce = useAnnounce();
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const act = async (run: () => Promise<TopicMemberList | undefined>, done: string) => {
    setErrors([]);
    try {
      const next = await run();
      onChange(next ?? (await topicApi.get(owner, data.topic.id)));
      announce(done, 'success');
    } catch (err) {
      setErrors(summaryErrors(err, {}));
    }
  };
  return (
    <section aria-labelledby="cd-thanh-vien">
      <h2 id="cd-thanh-vien">{m.members}</h2>
      <ErrorSummary errors={errors} />
      {data.items.length === 0 ? (
        <p>{m.noMembers}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="table__caption visually-hidden">{m.members}</caption>
            <thead>
              <tr>
                <th scope="col">{m.colArticle}</th>
                <th scope="col">{m.colSite}</th>
                <th scope="col">{m.colState}</th>
                <th scope="col">{m.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={i.articleId}>
                  <th scope="row">
                    <a href={i.url}>{i.title}</a> {!i.isPublic && <span class="hint">{m.notPublic}</span>}
                  </th>
                  <td>{i.site.name}</td>
                  <td>
                    {m.states[i.state]}
                    {i.note !== null && <p class="hint">{i.note}</p>}
                    <p class="hint">{formatDateTime(i.decidedAt ?? i.proposedAt)}</p>
                  </td>
                  <td>
                    {i.canDecide && (
                      <>
                        <Button onClick={() => void act(() => topicApi.decide(owner, data.topic.id, i.articleId, 'accept'), m.decided)}>
                          {m.accept}
                          <span class="visually-hidden">: {i.title}</span>
                        </Button>
                        <TextField id={`cd-ly-do-${i.articleId}`} label={m.declineNote(i.title)} value={notes[i.articleId] ?? ''} onValue={(v) => setNotes({ ...notes, [i.articleId]: v })} />
                        <Button variant="warning" onClick={() => void act(() => topicApi.decide(owner, data.topic.id, i.articleId, 'decline', notes[i.articleId]), m.decided)}>
                          {m.decline}
                          <span class="visually-hidden">: {i.title}</span>
                        </Button>
                      </>
                    )}
                    {i.canRemove && (
                      <Button variant="secondary" onClick={() => void act(async () => { await topicApi.remove(owner, data.topic.id, i.articleId); return undefined; }, m.removed)}>
                        {m.remove}
                        <span class="visually-hidden">: {i.title}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
