/**
 * Every figure of one dialect: govportal (the built `serve`, production settings) and, in the same run,
 * a bare node:http server answering with the same article bytes and headers; then the
 * uncached path in a second process started with PAGE_CACHE=off. Loads are bounded in time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseDocument } from '../src/test-support/html.js';
import { freePort, startServe, type ServeProcess } from '../src/test-support/serve-process.js';
import { BENCH_ADMIN, BENCH_PASSWORD, type Dataset } from './dataset.js';
import { load, send, signIn, timeSequence, type Latency, type Load } from './http-client.js';
import { loadTool, spreadLoad, type LoadTool } from './spread-load.js';

export const CONNECTIONS = 64;
/** Sequential requests behind each latency figure. */
const SAMPLES = { search: 60, feed: 20, render: 200 };
/** Next links followed at most to reach a deep category page. */
const MAX_PAGE_HOPS = 200;
/** Load on freshly started processes before their figures are taken. */
const WARM_UP_SECONDS = 3;
export const COMMON_QUERY = 'nông thôn';
export const RARE_QUERY = 'ma túy';

export interface DialectFigures {
  dialect: string;
  articles: number;
  /** null when the run measured kept data (`--data-dir`, `--database-url`) instead of generating it. */
  generateSeconds: number | null;
  generateSecondsPer100k: number | null;
  pageBytes: number;
  bare: Load;
  cachedArticle: Load;
  cachedRatio: number;
  uncachedArticle: Load;
  uncachedRatio: number;
  uncachedRender: Latency;
  /**
   * The uncached process's CPU time (all its threads) per article answered under load: a
   * steadier figure than req/s where the load generator shares the machine's cores.
   */
  uncachedCpuMsPerRequest: number;
  /**
   * The uncached article as deployed: one `serve` process per core (README, Deployment), the
   * connections spread over them, driven by the lightest load generator installed.
   */
  uncachedPerCore: { processes: number; tool: LoadTool; load: Load; cpuMsPerRequest: number };
  home: Load;
  categoryFirst: Load;
  categoryDeep: Load & { path: string; hops: number };
  searchCommon: Latency;
  searchRare: Latency;
  rss: Latency;
  sitemap: Latency;
  publishToVisibleMs: number[];
  peakResidentMb: number;
  peakResidentUncachedMb: number;
}

const SERVE_ENV = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'bench-only-session-secret-0123456789abcdef',
  LOG_LEVEL: 'warn',
  DEMO_SEED: 'never',
  // Searches come from many addresses (X-Forwarded-For trusted from the loopback, as behind nginx).
  TRUST_PROXY: '1',
};

/** Linux reports a process's CPU time in USER_HZ ticks, 100 a second on every architecture. */
const USER_HZ = 100;

/** CPU time a process has used so far, user and system, in ms (/proc/PID/stat fields 14 and 15). */
function cpuMs(pid: number | undefined): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The name (field 2) may hold spaces: the fields are counted from the ')' that ends it (field 3 first).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[14 - 3]) + Number(fields[15 - 3])) * 1000) / USER_HZ;
}

function peakResidentMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function startBare(body: Buffer, headers: Record<string, string>): Promise<{ port: number; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-bare-'));
  fs.writeFileSync(path.join(dir, 'body'), body);
  fs.writeFileSync(path.join(dir, 'headers.json'), JSON.stringify(headers));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts', String(port), path.join(dir, 'body'), path.join(dir, 'headers.json')], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    port,
    stop: () => {
      child.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The response headers the bare server repeats: all but those of the connection. */
function repeatableHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (typeof value === 'string' && !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)) out[key] = value;
  }
  return out;
}

/** Follows the category page's own "next" links (whatever form they take) as far as they go, within bounds. */
async function deepCategoryPage(port: number, host: string, first: string): Promise<{ path: string; hops: number }> {
  let current = first;
  let hops = 0;
  for (; hops < MAX_PAGE_HOPS; hops++) {
    const page = await send(port, 'GET', current, { host });
    if (page.status !== 200) break;
    const next = parseDocument(page.body.toString()).querySelector('a[rel="next"], link[rel="next"]')?.getAttribute('href');
    if (next === null || next === undefined) break;
    current = new URL(next, `http://${host}${current}`).pathname + new URL(next, `http://${host}${current}`).search;
  }
  return { path: current, hops };
}

/** Publishes a new article through the admin API and polls its public address until it answers 200. */
async function publishToVisible(port: number, data: Dataset, round: number): Promise<number> {
  const session = await signIn(port, data.host, BENCH_ADMIN, BENCH_PASSWORD);
  const headers = { host: data.host, cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' };
  const api = (method: string, url: string, body?: object) => send(port, method, `/api/v1/admin/sites/${data.siteSlug}${url}`, headers, body === undefined ? undefined : JSON.stringify(body));
  const title = `Tin đo thời gian hiển thị ${round} ${Date.now()}`;
  const created = await api('POST', '/articles', { title, lead: 'Sapo của tin đo.', bodyHtml: `<p>${title}.</p>`, categoryId: data.categoryId });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body.toString().slice(0, 300)}`);
  const { id } = JSON.parse(created.body.toString()) as { id: number };
  for (const transition of ['submit', 'approve']) {
    const moved = await api('POST', `/articles/${id}/transitions`, { transition });
    if (moved.status !== 200) throw new Error(`${transition}: ${moved.status} ${moved.body.toString().slice(0, 300)}`);
  }
  const started = performance.now();
  const published = await api('POST', `/articles/${id}/transitions`, { transition: 'publish' });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.body.toString().slice(0, 300)}`);
  const { slug } = JSON.parse(published.body.toString()) as { slug: string };
  const url = `${data.categoryPath}/${slug}`;
  for (;;) {
    if ((await send(port, 'GET', url, { host: data.host })).status === 200) return Math.round((performance.now() - started) * 10) / 10;
    if (performance.now() - started > 30_000) throw new Error(`${url} not visible after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function measureDialect(data: Dataset, seconds: number, log: (line: string) => void): Promise<DialectFigures> {
  const env = { ...SERVE_ENV, ...data.env };
  const search = (q: string) => Array.from({ length: SAMPLES.search }, () => `/tim-kiem?q=${encodeURIComponent(q)}`);
  const fromMany = (i: number) => ({ host: data.host, 'x-forwarded-for': `10.9.${Math.floor(i / 250) % 250}.${i % 250}` });

  log(`  ${data.dialect}: starting serve (production settings)`);
  const app: ServeProcess = await startServe(env, { built: true });
  let cached: Omit<DialectFigures, 'uncachedArticle' | 'uncachedRatio' | 'uncachedRender' | 'uncachedCpuMsPerRequest' | 'uncachedPerCore' | 'peakResidentUncachedMb'>;
  try {
    await app.ready(120_000);
    const page = await send(app.port, 'GET', data.articlePath, { host: data.host });
    if (page.status !== 200) throw new Error(`article page answered ${page.status}`);
    const bare = await startBare(page.body, repeatableHeaders(page.headers));
    let bareLoad: Load;
    let cachedArticle: Load;
    try {
      log(`  ${data.dialect}: bare server and cached article, ${seconds} s each`);
      bareLoad = await load(bare.port, data.articlePath, data.host, CONNECTIONS, seconds);
      cachedArticle = await load(app.port, data.articlePath, data.host, CONNECTIONS, seconds);
    } finally {
      bare.stop();
    }
    log(`  ${data.dialect}: home, category first and deep pages`);
    const home = await load(app.port, '/', data.host, CONNECTIONS, seconds);
    const categoryFirst = await load(app.port, data.categoryPath, data.host, CONNECTIONS, seconds);
    const deep = await deepCategoryPage(app.port, data.host, data.categoryPath);
    const categoryDeep = { ...(await load(app.port, deep.path, data.host, CONNECTIONS, seconds)), ...deep };
    log(`  ${data.dialect}: search, feeds, publish-to-visible`);
    const searchCommon = await timeSequence(app.port, search(COMMON_QUERY), fromMany);
    const searchRare = await timeSequence(app.port, search(RARE_QUERY), (i) => fromMany(i + SAMPLES.search));
    const rss = await timeSequence(app.port, Array.from({ length: SAMPLES.feed }, () => '/rss.xml'), () => ({ host: data.host }));
    const sitemap = await timeSequence(app.port, Array.from({ length: SAMPLES.feed }, () => '/sitemap.xml'), () => ({ host: data.host }));
    const publishToVisibleMs: number[] = [];
    for (let round = 1; round <= 3; round++) publishToVisibleMs.push(await publishToVisible(app.port, data, round));
    cached = {
      dialect: data.dialect,
      articles: data.articles,
      generateSeconds: data.generateSeconds === null ? null : Math.round(data.generateSeconds * 10) / 10,
      generateSecondsPer100k: data.generateSeconds === null ? null : Math.round((data.generateSeconds * 100_000) / data.articles),
      pageBytes: page.body.length,
      bare: bareLoad,
      cachedArticle,
      cachedRatio: ratio(cachedArticle, bareLoad),
      home,
      categoryFirst,
      categoryDeep,
      searchCommon,
      searchRare,
      rss,
      sitemap,
      publishToVisibleMs,
      peakResidentMb: peakResidentMb(app.child.pid),
    };
  } finally {
    await app.stop();
  }

  log(`  ${data.dialect}: uncached article (PAGE_CACHE=off), ${seconds} s`);
  let single: Pick<DialectFigures, 'uncachedArticle' | 'uncachedRatio' | 'uncachedRender' | 'uncachedCpuMsPerRequest' | 'peakResidentUncachedMb'>;
  const uncached = await startServe({ ...env, PAGE_CACHE: 'off' }, { built: true });
  try {
    await uncached.ready(120_000);
    const uncachedRender = await timeSequence(uncached.port, Array.from({ length: SAMPLES.render }, () => data.articlePath), () => ({ host: data.host }));
    const cpuBefore = cpuMs(uncached.child.pid);
    const uncachedArticle = await load(uncached.port, data.articlePath, data.host, CONNECTIONS, seconds);
    single = { uncachedArticle, uncachedRatio: ratio(uncachedArticle, cached.bare), uncachedRender, uncachedCpuMsPerRequest: perRequest(cpuMs(uncached.child.pid) - cpuBefore, uncachedArticle), peakResidentUncachedMb: peakResidentMb(uncached.child.pid) };
  } finally {
    await uncached.stop();
  }

  const processes = os.availableParallelism();
  log(`  ${data.dialect}: uncached article on ${processes} processes (one per core), ${loadTool}, ${seconds} s`);
  const perCore = await Promise.all(Array.from({ length: processes }, () => startServe({ ...env, PAGE_CACHE: 'off' }, { built: true })));
  try {
    await Promise.all(perCore.map((p) => p.ready(120_000)));
    const ports = perCore.map((p) => p.port);
    // A fresh process compiles the page's code during its first seconds of load: those are not measured.
    await spreadLoad(ports, data.articlePath, data.host, CONNECTIONS, WARM_UP_SECONDS);
    const cpu = () => perCore.reduce((sum, p) => sum + cpuMs(p.child.pid), 0);
    const cpuBefore = cpu();
    const spread = await spreadLoad(ports, data.articlePath, data.host, CONNECTIONS, seconds);
    return { ...cached, ...single, uncachedPerCore: { processes, tool: loadTool, load: spread, cpuMsPerRequest: perRequest(cpu() - cpuBefore, spread) } };
  } finally {
    await Promise.all(perCore.map((p) => p.stop()));
  }
}

/** Server CPU time per answer of a load, in ms. */
function perRequest(cpuUsedMs: number, answered: Load): number {
  return answered.requests === 0 ? 0 : Math.round((cpuUsedMs / answered.requests) * 1000) / 1000;
}

function ratio(app: Load, bare: Load): number {
  return bare.reqPerSec === 0 ? 0 : Math.round((app.reqPerSec / bare.reqPerSec) * 1000) / 10;
}
