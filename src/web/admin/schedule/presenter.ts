/**
 * `AdminScheduleWeek`: a week of the leaders' schedule with its entries, its workflow state
 * and what this actor may do next (the page's steps), and its public URL while published.
 */
import type { TransitionOffer } from '../../../contract/articles.js';
import type { AdminScheduleWeek, ScheduleWeekSummary } from '../../../contract/schedule.js';
import type { ScheduleEntryRow, ScheduleWeekRow } from '../../../db/schema.js';
import { can, STATUS_LABELS, TRANSITION_LABELS, TRANSITIONS, type Actor } from '../../../editorial/workflow.js';
import { allowedPageTransitions } from '../../../pages/page-workflow.js';
import { isPublic } from '../../../publishing/read-gate.js';
import { entryOfRow } from '../../../schedule/schedule-rules.js';
import { scheduleFacts } from '../../../schedule/schedule.service.js';
import type { Site } from '../../../sites/index.js';
import { daysOfIsoWeek, formatIsoWeek, shiftIsoWeek, type IsoWeek } from '../../../time/iso-week.js';
import { schedulePath } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export interface SchedulePresentContext {
  site: Site;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
}

function offers(actor: Actor, row: ScheduleWeekRow): TransitionOffer[] {
  return allowedPageTransitions(actor, scheduleFacts(row)).map((t) => ({ transition: t, label: TRANSITION_LABELS[t], needsNote: TRANSITIONS[t].needsNote === true, needsTime: false }));
}

/** A week with its row and entries, or an empty draft-to-be when the week has no schedule yet. */
export function presentScheduleWeek(p: SchedulePresentContext, week: IsoWeek, row: ScheduleWeekRow | undefined, entries: ScheduleEntryRow[]): AdminScheduleWeek {
  const isoWeek = formatIsoWeek(week);
  const path = schedulePath(isoWeek);
  return {
    week: isoWeek,
    siteId: p.site.id,
    exists: row !== undefined,
    status: row?.status ?? 'draft',
    statusLabel: STATUS_LABELS[row?.status ?? 'draft'],
    revision: row?.revision ?? 0,
    returnNote: row?.return_note ?? null,
    createdBy: row?.created_by ?? null,
    updatedAt: row?.updated_at ?? null,
    publishedAt: row?.published_at ?? null,
    days: daysOfIsoWeek(week),
    previousWeek: formatIsoWeek(shiftIsoWeek(week, -1)),
    nextWeek: formatIsoWeek(shiftIsoWeek(week, 1)),
    entries: entries.map(entryOfRow),
    path,
    publicUrl: row !== undefined && isPublic(row) ? `${siteOrigin(p.site, p.host, p.scheme)}${path}` : null,
    allowedTransitions: row === undefined ? [] : offers(p.actor, row),
    canEdit: row === undefined ? can(p.actor, 'create') : can(p.actor, 'edit', scheduleFacts(row)),
  };
}

export function presentScheduleSummary(row: ScheduleWeekRow & { entry_count: number }): ScheduleWeekSummary {
  return { week: row.iso_week, status: row.status, statusLabel: STATUS_LABELS[row.status], revision: row.revision, entryCount: row.entry_count, updatedAt: row.updated_at };
}
