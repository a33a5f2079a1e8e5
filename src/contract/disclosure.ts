/**
 * The site admin's compliance screen: what the law asks a portal to disclose, and for
 * each item whether the site publishes it (or lacks it, has it empty, or lets it go stale).
 */
import { z } from 'zod';

export const DISCLOSURE_STATES = ['published', 'missing', 'empty', 'stale'] as const;

export const complianceItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  basis: z.string(),
  state: z.enum(DISCLOSURE_STATES),
  stateLabel: z.string(),
  /** Published items of the source (pages, documents, weeks…). */
  count: z.number().int(),
  latest: z.string().nullable(),
  /** Where it is published (an absolute address); null when nowhere. */
  href: z.string().nullable(),
  staleAfterDays: z.number().int().nullable(),
});

export const complianceReportSchema = z.object({
  checkedAt: z.string(),
  /** The public list at /cong-khai-thong-tin. */
  publicListUrl: z.string(),
  items: z.array(complianceItemSchema),
  /** Citizens' questions past their deadline without an answer. */
  overdueAnswers: z.number().int(),
  /** How many items the site publishes as the law asks. */
  published: z.number().int(),
});

export type ComplianceItem = z.infer<typeof complianceItemSchema>;
export type ComplianceReport = z.infer<typeof complianceReportSchema>;
