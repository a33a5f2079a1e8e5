/** The leaders' weekly schedule (/lich-cong-tac?tuan=2022-W46): days as headed sections, each entry a short list readable on a phone. */
import type { VNode } from 'preact';
import type { ScheduleEntry } from '../../../contract/schedule.js';
import type { PublicWeek } from '../../../schedule/schedule-reader.js';
import { formatIsoWeek, vietnamIsoWeek } from '../../../time/iso-week.js';
import { SCHEDULE_FEED_PATH, schedulePath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { Breadcrumbs } from './parts.js';

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** "2022-11-14" → "14-11-2022" */
function dmy(day: string): string {
  return `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

function weekdayOf(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
}

function Entry({ entry }: { entry: ScheduleEntry }): VNode {
  const m = vi.schedule;
  const rows: [string, string][] = [
    [m.leaders, entry.leaders],
    [m.place, entry.place],
    [m.chair, entry.chair],
    [m.attendees, entry.attendees],
    [m.notes, entry.notes],
  ];
  return (
    <li class="schedule-entry">
      <p class="schedule-entry__time">
        <time datetime={`${entry.day}T${entry.startTime}:00+07:00`}>{entry.startTime}</time>
        {entry.endTime === null ? null : (
          <>
            {' – '}
            <time datetime={`${entry.day}T${entry.endTime}:00+07:00`}>{entry.endTime}</time>
          </>
        )}
      </p>
      <p class="schedule-entry__content">{entry.content}</p>
      <dl class="schedule-entry__details">
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div class="schedule-entry__row">
              <dt>{label}:</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}

export function SchedulePage({ chrome, data, now }: { chrome: SiteChrome; data: PublicWeek; now: Date }): VNode {
  const m = vi.schedule;
  const { week } = data;
  const first = data.days[0]?.day ?? '';
  const last = data.days[6]?.day ?? '';
  const heading = m.heading(week.week, week.year);
  const current = formatIsoWeek(vietnamIsoWeek(now));
  const path = data.isoWeek === current ? schedulePath() : schedulePath(data.isoWeek);
  return (
    <Layout
      chrome={chrome}
      title={`${heading} - ${chrome.site.shortName}`}
      name={heading}
      description={m.description(chrome.site.name, week.week, week.year)}
      path={path}
      noindex={data.row === undefined}
      head={<link rel="alternate" type="application/rss+xml" title={`${m.feed} - ${chrome.site.shortName}`} href={SCHEDULE_FEED_PATH} />}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: schedulePath(), label: m.title }, { label: heading }]} />
      <h1>{heading}</h1>
      <p class="schedule-range">{m.range(dmy(first), dmy(last))}</p>
      <nav class="schedule-weeks" aria-label={m.weeks}>
        <a href={schedulePath(data.previousWeek)} rel="prev">{`← ${m.previous}`}</a>
        {data.isoWeek === current ? null : <a href={schedulePath()}>{m.current}</a>}
        <a href={schedulePath(data.nextWeek)} rel="next">{`${m.next} →`}</a>
      </nav>
      {data.row === undefined ? (
        <p class="schedule-empty">{m.empty}</p>
      ) : (
        data.days.map((d) => (
          <section class="schedule-day" aria-labelledby={`ngay-${d.day}`}>
            <h2 id={`ngay-${d.day}`} class="schedule-day__title">
              {weekdayOf(d.day)}, <time datetime={d.day}>{dmy(d.day)}</time>
            </h2>
            {d.entries.length === 0 ? (
              <p class="schedule-day__empty">{m.noEntries}</p>
            ) : (
              <ul class="schedule-list">
                {d.entries.map((e) => (
                  <Entry entry={e} />
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </Layout>
  );
}
