/** Writes a run's figures to bench/results/<ISO date>-<sites>x<articles>.json and .md (a table of every figure and ratio). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Latency, Load } from './http-client.js';
import { COMMON_QUERY, RARE_QUERY, type DialectFigures } from './measure.js';

export interface BenchReport {
  date: string;
  command: string;
  machine: { cores: number; cpu: string; node: string; memoryGb: number; loadAverage: number[] };
  sites: number;
  articles: number;
  seconds: number;
  connections: number;
  dialects: DialectFigures[];
}

export function machineFacts(): BenchReport['machine'] {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

const rps = (l: Load) => `${l.reqPerSec} req/s (p50 ${l.p50} ms, p99 ${l.p99} ms${l.non2xx + l.errors > 0 ? `, ${l.non2xx} non-2xx, ${l.errors} errors` : ''})`;
const lat = (l: Latency) => `p50 ${l.p50} ms · p95 ${l.p95} ms · p99 ${l.p99} ms (${l.requests} requests${l.errors > 0 ? `, ${l.errors} not 200` : ''})`;

/** One row per figure, one column per dialect. */
function rows(d: DialectFigures): [string, string][] {
  return [
    [
      'generate time',
      d.generateSeconds === null ? `not measured: the ${d.articles} articles were kept from an earlier run (--data-dir or --database-url)` : `${d.generateSeconds} s for ${d.articles} articles (${d.generateSecondsPer100k} s per 100k)`,
    ],
    ['article page size', `${d.pageBytes} bytes`],
    ['bare node:http, same bytes', rps(d.bare)],
    ['cached article', rps(d.cachedArticle)],
    ['cached article / bare', `${d.cachedRatio} %`],
    ['uncached article (PAGE_CACHE=off)', rps(d.uncachedArticle)],
    ['uncached article / bare', `${d.uncachedRatio} %`],
    ['uncached render, one connection', lat(d.uncachedRender)],
    ['uncached: server CPU per article answered', `${d.uncachedCpuMsPerRequest} ms`],
    [`uncached article, ${d.uncachedPerCore.processes} processes (one per core), ${d.uncachedPerCore.tool}`, rps(d.uncachedPerCore.load)],
    ['uncached, one process per core: server CPU per article answered', `${d.uncachedPerCore.cpuMsPerRequest} ms`],
    ['home page', rps(d.home)],
    ['category, first page', rps(d.categoryFirst)],
    [`category, deep page (${d.categoryDeep.hops} next links in)`, rps(d.categoryDeep)],
    [`search, common "${COMMON_QUERY}"`, lat(d.searchCommon)],
    [`search, rare "${RARE_QUERY}"`, lat(d.searchRare)],
    ['/rss.xml', lat(d.rss)],
    ['/sitemap.xml', lat(d.sitemap)],
    ['publish to visible', `${d.publishToVisibleMs.join(' ms, ')} ms`],
    ['peak resident memory (VmHWM)', `${d.peakResidentMb} MB (uncached process ${d.peakResidentUncachedMb} MB)`],
  ];
}

export function markdown(report: BenchReport): string {
  const names = rows(report.dialects[0] as DialectFigures).map(([name]) => name);
  const table = [
    `| figure | ${report.dialects.map((d) => d.dialect).join(' | ')} |`,
    `| --- | ${report.dialects.map(() => '---').join(' | ')} |`,
    ...names.map((name, i) => `| ${name} | ${report.dialects.map((d) => rows(d)[i]?.[1] ?? '').join(' | ')} |`),
  ];
  const m = report.machine;
  return [
    `# govportal bench — ${report.sites} sites × ${report.articles} articles`,
    '',
    `- date: ${report.date}`,
    `- command: \`${report.command}\``,
    `- machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}; load average at the end ${m.loadAverage.join(' / ')}`,
    `- loads: autocannon, ${report.connections} connections, ${report.seconds} s each, 127.0.0.1 (the uncached article on one process per core: ${report.dialects[0]?.uncachedPerCore.tool ?? 'autocannon'}, the connections spread over the processes); latencies: sequential requests on one connection`,
    `- deep category page: reached by following each page's own "next" link`,
    '',
    ...table,
    '',
  ].join('\n');
}

export function writeReport(dir: string, report: BenchReport): { json: string; md: string } {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${report.date.replace(/[:.]/g, '-')}-${report.sites}x${report.articles}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, markdown(report));
  return { json: `${base}.json`, md: `${base}.md` };
}

