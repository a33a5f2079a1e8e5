/**
 * For the permission-matrix tests only: runs every case of a matrix as one actor on one
 * site and lists where the answer differs from the expected one (401 for an anonymous
 * caller, the case's success status when allowed, 403 otherwise).
 */
import type { Site } from '../../../sites/index.js';
import type { EditorialFixture, Person } from './test-fixture.js';

export type MatrixActor = Exclude<Person, 'writer'> | 'anonymous';

export const MATRIX_ACTORS: readonly MatrixActor[] = ['contributor', 'editor', 'approver', 'site_admin', 'sysadmin', 'norole', 'anonymous'];

export interface MatrixRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
}

export async function matrixMismatches<Case extends string>(
  f: EditorialFixture,
  m: {
    actor: MatrixActor;
    site: Site;
    cases: readonly Case[];
    allowed: readonly Case[];
    success: Partial<Record<Case, number>>;
    prepare: (c: Case) => Promise<MatrixRequest>;
  },
): Promise<string[]> {
  const mismatches: string[] = [];
  for (const c of m.cases) {
    const req = await m.prepare(c);
    const res = await f.call(req.method, req.url, m.actor === 'anonymous' ? undefined : m.actor, req.body);
    const expected = m.actor === 'anonymous' ? 401 : m.allowed.includes(c) ? (m.success[c] ?? 200) : 403;
    if (res.statusCode !== expected) mismatches.push(`${c}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
  }
  return mismatches;
}
