/** The benchmark's parameters: `npm run bench -- --sites 20 --articles 20000 --seconds 10 [--dialects sqlite,postgres]`. */
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
});

export type BenchArgs = z.infer<typeof schema>;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: { sites: { type: 'string' }, articles: { type: 'string' }, seconds: { type: 'string' }, dialects: { type: 'string' }, out: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Error(`bench: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
