/**
 * npm run bench:smoke — the benchmark at a tiny size (3 sites, 500 articles, 2 s per load)
 * on every database this machine has, as a CI check that each measurement still runs and
 * the result files are written. It never judges a speed: those vary by machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresAvailable } from '../src/test-support/databases.js';
import { runBench } from './run.js';
import type { Latency, Load } from './http-client.js';
import type { BenchReport } from './report.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-bench-smoke-'));
const problems: string[] = [];
try {
  const dialects = postgresAvailable ? 'sqlite,postgres' : 'sqlite';
  const { files } = await runBench(['--sites', '3', '--articles', '500', '--seconds', '2', '--dialects', dialects, '--out', out]);
  for (const file of [files.json, files.md]) if (!fs.existsSync(file) || fs.statSync(file).size === 0) problems.push(`${file} was not written`);
  const written = JSON.parse(fs.readFileSync(files.json, 'utf8')) as BenchReport;
  if (written.dialects.length !== dialects.split(',').length) problems.push(`figures for ${written.dialects.length} dialects, ${dialects} expected`);
  for (const d of written.dialects) {
    const loads: [string, Load][] = [['bare', d.bare], ['cached article', d.cachedArticle], ['uncached article', d.uncachedArticle], ['uncached article, one process per core', d.uncachedPerCore.load], ['home', d.home], ['category', d.categoryFirst], ['deep category', d.categoryDeep]];
    // A wrong status is a fault; a slow machine (few or no answers within the load's seconds) is not.
    for (const [name, l] of loads) if (!Number.isFinite(l.reqPerSec) || l.probeStatus !== 200 || l.non2xx > 0) problems.push(`${d.dialect} ${name}: answered ${l.probeStatus}, ${l.non2xx} non-2xx under load`);
    const latencies: [string, Latency][] = [['render', d.uncachedRender], ['search common', d.searchCommon], ['search rare', d.searchRare], ['rss', d.rss], ['sitemap', d.sitemap]];
    for (const [name, l] of latencies) if (l.requests === 0 || l.errors > 0 || !Number.isFinite(l.p95)) problems.push(`${d.dialect} ${name}: ${l.requests} requests, ${l.errors} not 200`);
    if (d.publishToVisibleMs.length !== 3 || d.publishToVisibleMs.some((ms) => !Number.isFinite(ms))) problems.push(`${d.dialect} publish-to-visible: ${d.publishToVisibleMs.join(', ')}`);
    if (!(d.peakResidentMb > 0) || !((d.generateSeconds ?? 0) > 0) || !(d.pageBytes > 0)) problems.push(`${d.dialect}: memory, generate time or page size missing`);
  }
  const table = fs.readFileSync(files.md, 'utf8');
  for (const figure of ['cached article / bare', 'publish to visible', 'peak resident memory', 'generate time']) if (!table.includes(figure)) problems.push(`the table lacks "${figure}"`);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
if (problems.length > 0) {
  process.stderr.write(`bench:smoke failed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('bench:smoke: every measurement ran and the result files were written\n');
}
