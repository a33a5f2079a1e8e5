/**
 * npm run soak: the two-process production shape under a bounded mixed load — two `serve`
 * processes on one PostgreSQL database and Redis, with requests spread over both as nginx
 * would spread them. Readers open home, category and article pages of every site,
 * readers search, writers save their own articles, and an approver publishes new ones,
 * all at once for SOAK_SECONDS (60 by default). Any answer of 5xx, or any other answer
 * than the one each request should get, is an error; the run fails if there is one.
 * Prints the count, rate and latency percentiles per kind of request.
 *
 * Searches come from many client addresses (X-Forwarded-For, trusted from the loopback as
 * behind nginx), so the per-address search limit measures the portal, not one client.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { seedDemoSystem } from '../src/demo/seed.js';
import { createTestUser, TEST_PASSWORD } from '../src/test-support/auth.js';
import { createTestDatabase, postgresAvailable } from '../src/test-support/databases.js';
import { redisAvailable, TEST_REDIS_URL } from '../src/test-support/redis.js';
import { startServe, type ServeProcess } from '../src/test-support/serve-process.js';

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 60);
const READERS = 6;
const SEARCHERS = 2;
const WRITERS = 2;
const PUBLISHERS = 1;
const SEARCH_WORDS = ['binh dang gioi', 'Cam Lộ', 'nông thôn mới', 'hoi nghi', 'thanh niên', 'giao thong', 'y te'];

type Kind = 'read' | 'search' | 'save' | 'publish';
interface Answer {
  status: number;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

function send(port: number, method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers, agent, timeout: 30_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<number> {
  if (!postgresAvailable || !redisAvailable) {
    console.error('soak: PostgreSQL and Redis are required (127.0.0.1:5432, TEST_REDIS_URL)');
    return 1;
  }
  const database = await createTestDatabase('postgres');
  if (database.target.kind !== 'postgres') throw new Error('PostgreSQL expected');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-soak-'));
  const processes: ServeProcess[] = [];
  try {
    await seedDemoSystem(database.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 20 });
    await createTestUser(database.db.kysely, 'qtht', [], { isSystemAdmin: true });
    const env = { DATABASE_URL: database.target.url, REDIS_URL: TEST_REDIS_URL, DATA_DIR: dataDir, TRUST_PROXY: '1', DEMO_SEED: 'never', NODE_ENV: 'production', SESSION_SECRET: 'soak-only-session-secret-0123456789abcdef', LOG_LEVEL: 'warn' };
    processes.push(await startServe(env), await startServe(env));
    await Promise.all(processes.map((p) => p.ready()));
    const ports = processes.map((p) => p.port);
    let turn = 0;
    const nextPort = () => ports[turn++ % ports.length] ?? 0;

    // What readers open: every site's home, its categories and its latest articles.
    const db = database.db.kysely;
    const sites = await db.selectFrom('sites').select(['id', 'slug', 'hostnames']).execute();
    const pages: { host: string; path: string }[] = [];
    for (const site of sites) {
      const host = (JSON.parse(site.hostnames) as string[])[0] ?? `${site.slug}.localhost`;
      pages.push({ host, path: '/' });
      const categories = await db.selectFrom('categories').select('slug').where('site_id', '=', site.id).where('parent_id', 'is', null).execute();
      for (const c of categories) pages.push({ host, path: `/${c.slug}` });
      const articles = await db.selectFrom('articles').innerJoin('categories', 'categories.id', 'articles.category_id').select(['articles.slug', 'categories.slug as category']).where('articles.site_id', '=', site.id).where('articles.status', '=', 'published').limit(10).execute();
      for (const a of articles) pages.push({ host, path: `/${a.category}/${a.slug}` });
    }
    const root = pages[0]?.host ?? 'quangtri.gov.vn';

    // One signed-in editor session, valid on both processes (sessions live in PostgreSQL).
    const session = await signIn(ports[0] ?? 0, root);
    const writeHeaders = { host: root, cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' };
    const site = sites[0]?.slug ?? 'quangtri';
    const category = await db.selectFrom('categories').select('id').where('site_id', '=', sites[0]?.id ?? 0).orderBy('id').executeTakeFirstOrThrow();
    const input = (title: string) => ({ title, lead: 'Sapo của bài thử tải.', bodyHtml: `<p>${title}: nội dung để thử tải hệ thống.</p>`, categoryId: category.id });
    const api = (method: string, url: string, body?: object) => send(nextPort(), method, `/api/v1/admin/sites/${site}${url}`, writeHeaders, body === undefined ? undefined : JSON.stringify(body));

    const latencies: Record<Kind, number[]> = { read: [], search: [], save: [], publish: [] };
    const errors: string[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    const timed = async (kind: Kind, expected: number, run: () => Promise<Answer>) => {
      const started = performance.now();
      const answer = await run().catch((error: unknown) => ({ status: 0, body: String(error) }));
      latencies[kind].push(performance.now() - started);
      if (answer.status !== expected) errors.push(`${kind}: ${answer.status} ${answer.body.slice(0, 200)}`);
      return answer;
    };

    const reader = async (n: number) => {
      for (let i = n; Date.now() < deadline; i += READERS) {
        const page = pages[i % pages.length] ?? { host: root, path: '/' };
        await timed('read', 200, () => send(nextPort(), 'GET', page.path, { host: page.host }));
      }
    };
    const searcher = async (n: number) => {
      for (let i = n; Date.now() < deadline; i++) {
        const q = encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length] ?? 'tin');
        const address = `10.${n}.${Math.floor(i / 250) % 250}.${i % 250}`;
        await timed('search', 200, () => send(nextPort(), 'GET', `/tim-kiem?q=${q}`, { host: root, 'x-forwarded-for': address }));
      }
    };
    const writer = async (n: number) => {
      const created = await timed('save', 201, () => api('POST', '/articles', input(`Bài thử tải ${n}`)));
      let { id, revision } = JSON.parse(created.body) as { id: number; revision: number };
      for (let i = 2; Date.now() < deadline; i++) {
        const saved = await timed('save', 200, () => api('PUT', `/articles/${id}`, { ...input(`Bài thử tải ${n} bản ${i}`), baseRevision: revision }));
        if (saved.status !== 200) break;
        ({ id, revision } = JSON.parse(saved.body) as { id: number; revision: number });
      }
    };
    const publisher = async (n: number) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const created = await timed('publish', 201, () => api('POST', '/articles', input(`Tin đăng thử ${n}-${i}`)));
        if (created.status !== 201) break;
        const { id } = JSON.parse(created.body) as { id: number };
        for (const transition of ['submit', 'approve', 'publish']) {
          await timed('publish', 200, () => api('POST', `/articles/${id}/transitions`, { transition }));
        }
      }
    };

    console.log(`soak: ${SECONDS} s against two processes on PostgreSQL and Redis (${READERS} readers, ${SEARCHERS} searchers, ${WRITERS} writers, ${PUBLISHERS} publisher; ${pages.length} pages)`);
    const startedAt = performance.now();
    await Promise.all([
      ...Array.from({ length: READERS }, (_, n) => reader(n)),
      ...Array.from({ length: SEARCHERS }, (_, n) => searcher(n)),
      ...Array.from({ length: WRITERS }, (_, n) => writer(n)),
      ...Array.from({ length: PUBLISHERS }, (_, n) => publisher(n)),
    ]);
    const elapsed = (performance.now() - startedAt) / 1000;

    const rows = (Object.keys(latencies) as Kind[]).map((kind) => {
      const sorted = [...latencies[kind]].sort((x, y) => x - y);
      return { kind, requests: sorted.length, perSecond: (sorted.length / elapsed).toFixed(1), p50: percentile(sorted, 50).toFixed(1), p95: percentile(sorted, 95).toFixed(1), p99: percentile(sorted, 99).toFixed(1), max: (sorted.at(-1) ?? 0).toFixed(1) };
    });
    const all = Object.values(latencies).flat().sort((x, y) => x - y);
    console.table(rows);
    console.log(`soak: ${all.length} requests in ${elapsed.toFixed(1)} s (${(all.length / elapsed).toFixed(0)}/s), p99 ${percentile(all, 99).toFixed(1)} ms, errors ${errors.length}`);
    for (const e of errors.slice(0, 20)) console.log(`  error ${e}`);
    return errors.length === 0 ? 0 : 1;
  } finally {
    agent.destroy();
    for (const p of processes) await p.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The session cookie and CSRF token of a fresh sign-in. */
async function signIn(port: number, host: string): Promise<{ cookie: string; csrf: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/api/v1/auth/login', method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';', 1)[0] ?? '').find((c) => c.includes('gp_session='));
        if (res.statusCode !== 200 || cookie === undefined) return reject(new Error(`sign-in failed: ${res.statusCode} ${text}`));
        resolve({ cookie, csrf: (JSON.parse(text) as { csrfToken: string }).csrfToken });
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify({ username: 'qtht', password: TEST_PASSWORD }));
  });
}

process.exitCode = await main();
