/**
 * The entries of one week of the leaders' schedule as an editable table: a row per
 * meeting (day of the week, start and end time, leaders, content, place, who chairs,
 * who attends, notes), "Thêm mục" and a remove button per row. Every control is labelled
 * with its column and row number for screen readers.
 */
import type { ScheduleEntryInput } from '../api/types.js';
import { t } from '../messages.js';
import { Button } from './form.js';

/** A row as the form holds it: every field a string (an empty end time is none). */
export interface EntryDraft {
  key: number;
  day: string;
  startTime: string;
  endTime: string;
  leaders: string;
  content: string;
  place: string;
  chair: string;
  attendees: string;
  notes: string;
}

type TextColumn = Exclude<keyof EntryDraft, 'key' | 'day'>;

const COLUMNS: { field: TextColumn; label: string; width: string }[] = [
  { field: 'startTime', label: t.schedule.colStart, width: 'input--time' },
  { field: 'endTime', label: t.schedule.colEnd, width: 'input--time' },
  { field: 'leaders', label: t.schedule.colLeaders, width: '' },
  { field: 'content', label: t.schedule.colContent, width: '' },
  { field: 'place', label: t.schedule.colPlace, width: '' },
  { field: 'chair', label: t.schedule.colChair, width: '' },
  { field: 'attendees', label: t.schedule.colAttendees, width: '' },
  { field: 'notes', label: t.schedule.colNotes, width: '' },
];

let nextKey = 1;

export function entryDraftOf(e: ScheduleEntryInput | undefined, day: string): EntryDraft {
  nextKey += 1;
  return {
    key: nextKey, day: e?.day ?? day, startTime: e?.startTime ?? '07:30', endTime: e?.endTime ?? '', leaders: e?.leaders ?? '', content: e?.content ?? '',
    place: e?.place ?? '', chair: e?.chair ?? '', attendees: e?.attendees ?? '', notes: e?.notes ?? '',
  };
}

export function entryInputOf(d: EntryDraft): ScheduleEntryInput {
  return {
    day: d.day, startTime: d.startTime.trim(), endTime: d.endTime.trim() === '' ? null : d.endTime.trim(), leaders: d.leaders.trim(), content: d.content.trim(),
    place: d.place.trim(), chair: d.chair.trim(), attendees: d.attendees.trim(), notes: d.notes.trim(),
  };
}

/** "2022-11-14" → "T2 14-11" */
function dayLabel(day: string): string {
  const names = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
  return `${names[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? ''} ${day.slice(8, 10)}-${day.slice(5, 7)}`;
}

export function ScheduleEntriesEditor({ week, days, rows, editable, onRows }: { week: string; days: string[]; rows: EntryDraft[]; editable: boolean; onRows: (rows: EntryDraft[]) => void }) {
  const set = (key: number, field: keyof EntryDraft, value: string) => onRows(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  return (
    <>
      <div class="table-wrap">
        <table class="table schedule-table">
          <caption class="table__caption">{t.schedule.caption(week)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.schedule.colDay}</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c.field}>
                  {c.label}
                </th>
              ))}
              {editable && <th scope="col">{t.schedule.colActions}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length + 2}>{t.schedule.empty}</td>
              </tr>
            )}
            {rows.map((r, i) => (
              <tr key={r.key}>
                <td>
                  <select class="select" aria-label={t.schedule.entryLabel(t.schedule.colDay, i + 1)} value={r.day} disabled={!editable} onChange={(e) => set(r.key, 'day', e.currentTarget.value)}>
                    {days.map((d) => (
                      <option key={d} value={d}>
                        {dayLabel(d)}
                      </option>
                    ))}
                  </select>
                </td>
                {COLUMNS.map((c) => (
                  <td key={c.field}>
                    <input
                      class={`input ${c.width}`}
                      type="text"
                      aria-label={t.schedule.entryLabel(c.label, i + 1)}
                      value={r[c.field]}
                      readOnly={!editable}
                      inputMode={c.width === '' ? undefined : 'numeric'}
                      placeholder={c.width === '' ? undefined : 'HH:MM'}
                      onInput={(e) => set(r.key, c.field, e.currentTarget.value)}
                    />
                  </td>
                ))}
                {editable && (
                  <td>
                    <Button variant="link" class="link-danger" onClick={() => onRows(rows.filter((x) => x.key !== r.key))}>
                      {t.schedule.remove(i + 1)}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <p>
          <Button variant="secondary" onClick={() => onRows([...rows, entryDraftOf(undefined, rows.at(-1)?.day ?? days[0] ?? '')])}>
            {t.schedule.add}
          </Button>
        </p>
      )}
    </>
  );
}
