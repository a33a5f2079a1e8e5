/**
 * The manifest of a backup archive: what it is (format and version), where it comes
 * from (dialect, migrations), what it holds (rows per table) and the SHA-256 of every
 * other entry. Pure: building, parsing and the names of the entries.
 */
import { z } from 'zod';

export const ARCHIVE_FORMAT = 'govportal-backup';
export const ARCHIVE_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const MEDIA_PREFIX = 'media/';

export function tableEntryName(table: string): string {
  return `tables/${table}.jsonl`;
}

export function mediaEntryName(key: string): string {
  return `${MEDIA_PREFIX}${key}`;
}

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** Only the format and version: read first, so a foreign or newer manifest is named as such. */
const headSchema = z.object({ format: z.string(), version: z.number() }).passthrough();

const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  createdAt: z.string(),
  sourceDialect: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0), sha256: sha256Schema })),
  entries: z.record(z.string(), z.object({ bytes: z.number().int().min(0), sha256: sha256Schema })),
  missingMedia: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;

export type ManifestProblem =
  | { kind: 'unreadable' }
  | { kind: 'foreign'; format: string }
  | { kind: 'version'; version: number }
  | { kind: 'malformed'; detail: string };

export function parseManifest(text: string): { ok: true; manifest: Manifest } | { ok: false; problem: ManifestProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  const head = headSchema.safeParse(json);
  if (!head.success) return { ok: false, problem: { kind: 'unreadable' } };
  if (head.data.format !== ARCHIVE_FORMAT) return { ok: false, problem: { kind: 'foreign', format: head.data.format } };
  if (head.data.version !== ARCHIVE_VERSION) return { ok: false, problem: { kind: 'version', version: head.data.version } };
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { kind: 'malformed', detail: issue === undefined ? '' : `${issue.path.join('.')}: ${issue.message}` } };
  }
  return { ok: true, manifest: parsed.data };
}

/** The operator's message for a manifest that is not one this version can restore. */
export function describeManifestProblem(problem: ManifestProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return 'Tệp không phải bản sao lưu govportal: bản kê (manifest.json) không đọc được.';
    case 'foreign':
      return `Tệp không phải bản sao lưu govportal (định dạng "${problem.format}", cần "${ARCHIVE_FORMAT}").`;
    case 'version':
      return `Bản sao lưu có định dạng phiên bản ${problem.version}; phiên bản govportal này chỉ đọc được phiên bản ${ARCHIVE_VERSION}.`;
    case 'malformed':
      return `Bản kê (manifest.json) của bản sao lưu bị hỏng (${problem.detail}).`;
  }
}

/** An entry name that could leave the folder it is written to, or that no backup writes. */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.startsWith('/') || name.includes('\\') || name.includes('\0')) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
