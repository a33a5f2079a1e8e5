import { configDefaults, defineConfig } from 'vitest/config';

/** The server's tests (domain, storage on both databases, HTTP) and the browser journeys in Chromium. */
const SERVER = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
const BROWSER = ['e2e/**/*.test.ts'];

/**
 * Files that assert a bound in time: publish-to-visible across processes, lateness of
 * scheduled publishing after a process is killed, growth of cost with input size
 * (security/linear-time.test.ts and the like), and /healthz answering within 250 ms while
 * the largest bodies are saved (largest-requests.test.ts). They run after the rest, one file at a
 * time, so that another file's work on the same two cores never decides them. A new
 * test with a time bound belongs here.
 */
const TIMED = [
  'src/jobs/multi-process.test.ts',
  'src/sites/two-processes.test.ts',
  'src/web/page-cache/page-cache-redis.test.ts',
  'src/security/linear-time.test.ts',
  'src/editorial/diff.test.ts',
  'src/documents/document-number.test.ts',
  'src/demo/generator/generator.test.ts',
  'src/imports/csv.test.ts',
  'src/web/admin/media/media-upload.test.ts',
  'src/web/admin/articles/largest-requests.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files run in separate processes, each with its own databases.
    pool: 'forks',
    projects: [
      // Two files at a time on two cores: a file often waits on PostgreSQL, Chromium or a
      // child server, time the other file then uses.
      { extends: true, test: { name: 'server', include: SERVER, exclude: [...configDefaults.exclude, ...TIMED], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'browser', include: BROWSER, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
