/**
 * npm run bench [-- --sites 20 --articles 20000 --seconds 10 --dialects sqlite,postgres]:
 * generates the data (timed) into SQLite and into a PostgreSQL database made for the run
 * and dropped after it, then for each measures govportal against a bare node:http server
 * returning the same bytes, in the same run, on 127.0.0.1, with bounded loads. Writes
 * bench/results/<date>-<sites>x<articles>.json and .md; prints the markdown.
 * The full provincial size: --sites 150 --articles 1000000. `--data-dir DIR` (SQLite):
 * generate into DIR and keep it, or measure what DIR already holds without generating;
 * `--database-url URL` the same for a PostgreSQL database (migrated, never dropped).
 */
import { parseBenchArgs } from './args.js';
import { prepareDataset } from './dataset.js';
import { closeAgent } from './http-client.js';
import { CONNECTIONS, measureDialect, type DialectFigures } from './measure.js';
import { machineFacts, markdown, writeReport, type BenchReport } from './report.js';

export async function runBench(argv: string[]): Promise<{ report: BenchReport; files: { json: string; md: string } }> {
  const args = parseBenchArgs(argv);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const dialects: DialectFigures[] = [];
  let size = { sites: args.sites, articles: args.articles };
  for (const dialect of args.dialects) {
    const kept = args['data-dir'] ?? (args['database-url'] === undefined ? undefined : 'the database given');
    log(`bench: ${dialect}: ${kept === undefined ? `generating ${args.sites} sites, ${args.articles} articles` : `the data kept in ${kept} (generated there when empty)`}`);
    const data = await prepareDataset(dialect, args.sites, args.articles, log, { dir: args['data-dir'], databaseUrl: args['database-url'] });
    size = { sites: data.sites, articles: data.articles };
    try {
      dialects.push(await measureDialect(data, args.seconds, log));
    } finally {
      await data.drop();
    }
  }
  closeAgent();
  const report: BenchReport = {
    date: new Date().toISOString(),
    command: `npm run bench -- --sites ${args.sites} --articles ${args.articles} --seconds ${args.seconds} --dialects ${args.dialects.join(',')}${args['data-dir'] === undefined ? '' : ' --data-dir <dir>'}${args['database-url'] === undefined ? '' : ' --database-url <url>'}`,
    machine: machineFacts(),
    ...size,
    seconds: args.seconds,
    connections: CONNECTIONS,
    dialects,
  };
  return { report, files: writeReport(args.out, report) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { report, files } = await runBench(process.argv.slice(2));
  process.stdout.write(`${markdown(report)}\nwritten: ${files.json}, ${files.md}\n`);
}
