/** A portal of the system, as the rest of the app sees it (parsed from its row). */
import { z } from 'zod';
import type { SiteArchiveMode, SiteKind, SiteRow, SiteStatus } from '../db/schema.js';

export const siteContactSchema = z.object({
  address: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  footer: z.string().optional(),
});
export type SiteContact = z.infer<typeof siteContactSchema>;

export interface Site {
  readonly id: number;
  readonly slug: string;
  readonly kind: SiteKind;
  readonly parentId: number | null;
  readonly name: string;
  readonly shortName: string;
  readonly hostnames: readonly string[];
  readonly contact: SiteContact;
  readonly responsibleAgency: string | null;
  readonly responsiblePerson: string | null;
  readonly logoPath: string | null;
  readonly themeColor: string;
  readonly publicServiceUrl: string | null;
  readonly status: SiteStatus;
  readonly successorSiteId: number | null;
  readonly sortOrder: number;
  readonly updatedAt: string;
  /** How it answers once archived: its own pages ('serve') or 301s to its successor ('redirect'). */
  readonly archiveMode: SiteArchiveMode;
}

const hostnamesSchema = z.array(z.string());

export function siteFromRow(row: SiteRow): Site {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    parentId: row.parent_id,
    name: row.name,
    shortName: row.short_name,
    hostnames: hostnamesSchema.parse(JSON.parse(row.hostnames)),
    contact: siteContactSchema.parse(JSON.parse(row.contact)),
    responsibleAgency: row.responsible_agency,
    responsiblePerson: row.responsible_person,
    logoPath: row.logo_path,
    themeColor: row.theme_color,
    publicServiceUrl: row.public_service_url,
    status: row.status,
    successorSiteId: row.successor_site_id,
    sortOrder: row.sort_order,
    updatedAt: row.updated_at,
    archiveMode: row.archive_mode,
  };
}
