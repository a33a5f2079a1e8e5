/**
 * npm run bench: the app against a bare node:http server returning the same bytes,
 * measured in the same run on 127.0.0.1, bounded in time. Prints figures and ratios.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const DURATION = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 64;
const APP_PORT = 38_001;
const BARE_PORT = 38_002;
const ARTICLE = '/tin-tuc-su-kien/phat-dong-huong-ung-thanh-hanh-dong-binh-dang-gioi-nam-2022';
const HOST = 'camlo.localhost';

function start(args: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
}

/** fetch() may not set Host, which selects the site: use node:http directly. */
function get(port: number, urlPath: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, headers: { host: HOST } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

async function load(port: number, urlPath: string): Promise<autocannon.Result> {
  return autocannon({ url: `http://127.0.0.1:${port}${urlPath}`, headers: { host: HOST }, connections: CONNECTIONS, duration: DURATION });
}

async function timeOnce(port: number, urlPath: string, runs = 20): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await get(port, urlPath);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function residentMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const app = await start(['bench/app-server.ts', String(APP_PORT)]);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-bare-'));
try {
  const response = await get(APP_PORT, ARTICLE);
  if (response.status !== 200) throw new Error(`article page answered ${response.status}`);
  const bytes = response.body;
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(response.headers)) {
    if (typeof value === 'string' && !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)) headers[key] = value;
  }
  fs.writeFileSync(path.join(tmp, 'body'), bytes);
  fs.writeFileSync(path.join(tmp, 'headers.json'), JSON.stringify(headers));
  const bare = await start(['bench/bare-server.ts', String(BARE_PORT), path.join(tmp, 'body'), path.join(tmp, 'headers.json')]);
  try {
    const bareResult = await load(BARE_PORT, ARTICLE);
    const appResult = await load(APP_PORT, ARTICLE);
    const rss = await timeOnce(APP_PORT, '/rss.xml');
    const sitemap = await timeOnce(APP_PORT, '/sitemap.xml');
    const rows = [
      ['page size (bytes)', String(bytes.length)],
      ['bare node:http req/s', bareResult.requests.average.toFixed(0)],
      ['app article (uncached) req/s', appResult.requests.average.toFixed(0)],
      ['ratio app / bare', `${((appResult.requests.average / bareResult.requests.average) * 100).toFixed(1)} %`],
      ['app latency p50 / p99 (ms)', `${appResult.latency.p50} / ${appResult.latency.p99}`],
      ['app errors / non-2xx', `${appResult.errors} / ${appResult.non2xx}`],
      ['RSS median (ms)', rss.toFixed(1)],
      ['sitemap.xml median (ms)', sitemap.toFixed(1)],
      ['app resident memory (MB)', residentMb(app.pid).toFixed(0)],
    ];
    process.stdout.write(`\ngovportal bench — ${CONNECTIONS} connections, ${DURATION} s each, 127.0.0.1, ${os.cpus().length} cores\n`);
    for (const [name, value] of rows) process.stdout.write(`${(name ?? '').padEnd(32)} ${value}\n`);
  } finally {
    bare.kill('SIGTERM');
  }
} finally {
  app.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
}
