/**
 * The pure rules of the officials' directory: who manages it (the site's editors,
 * approvers and administrators, and the system administrator — not contributors), and
 * its visible entries grouped by unit in their order. No I/O.
 */
import type { DirectoryEntryRow } from '../db/schema.js';
import type { SiteRole } from '../editorial/roles.js';
import type { Actor } from '../editorial/workflow.js';

const MANAGERS: readonly SiteRole[] = ['editor', 'approver', 'site_admin'];

export function canManageDirectory(actor: Actor): boolean {
  return actor.isSystemAdmin || (actor.role !== undefined && MANAGERS.includes(actor.role));
}

export interface DirectoryUnit {
  unit: string;
  people: DirectoryEntryRow[];
}

/** Units in the order of their first entry (entries come sorted by sort order, then name). */
export function groupByUnit(rows: readonly DirectoryEntryRow[]): DirectoryUnit[] {
  const units = new Map<string, DirectoryEntryRow[]>();
  for (const row of rows) {
    const list = units.get(row.unit);
    if (list === undefined) units.set(row.unit, [row]);
    else list.push(row);
  }
  return [...units].map(([unit, people]) => ({ unit, people }));
}
