/** The benchmark's parameters: `npm run bench -- --sites 20 --articles 20000 --seconds 10 [--dialects sqlite,postgres] [--data-dir DIR | --database-url URL]`. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const whole = (min: number, max: number) => z.string().regex(/^[0-9]{1,9}$/).transform(Number).pipe(z.number().min(min).max(max));

const schema = z.object({
  sites: whole(1, 10_000).default('20'),
  articles: whole(1, 50_000_000).default('20000'),
  seconds: whole(1, 600).default('10'),
  dialects: z
    .string()
    .default('sqlite,postgres')
    .transform((s) => s.split(',').map((d) => d.trim()))
    .pipe(z.array(z.enum(['sqlite', 'postgres'])).min(1)),
  out: z.string().default('bench/results'),
  /** SQLite only: generate into DIR and keep it, or measure the data a run kept there (no generate). */
  'data-dir': z.string().min(1).optional(),
  /**
   * PostgreSQL only: generate into the database at URL and keep it, or measure the articles it
   * already holds (no generate). It is migrated, never dropped.
   */
  'database-url': z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .optional(),
});

export type BenchArgs = z.infer<typeof schema>;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sites: { type: 'string' },
      articles: { type: 'string' },
      seconds: { type: 'string' },
      dialects: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Error(`bench: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (parsed.data['data-dir'] !== undefined && parsed.data.dialects.join(',') !== 'sqlite') throw new Error('bench: --data-dir keeps SQLite data only: use it with --dialects sqlite');
  if (parsed.data['database-url'] !== undefined && parsed.data.dialects.join(',') !== 'postgres') throw new Error('bench: --database-url keeps a PostgreSQL database only: use it with --dialects postgres');
  return parsed.data;
}
