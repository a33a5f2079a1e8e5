/**
 * `govportal serve` as a real child process, for tests of what only separate processes
 * show: a free port on the loopback, waiting until it answers, and stopping it (SIGTERM,
 * then SIGKILL if it lingers) so that no test leaves a server behind.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const MAIN = path.join(import.meta.dirname, '..', 'main.ts');
/** What `npm run build` makes and production runs (`node dist/main.js serve`). */
export const BUILT_MAIN = path.join(import.meta.dirname, '..', '..', 'dist', 'main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServeProcess {
  readonly port: number;
  readonly child: ChildProcessWithoutNullStreams;
  /** What it wrote so far (stdout and stderr), to explain a failure. */
  output(): string;
  /** Resolves once GET /healthz answers 200; rejects after `ms` or when the process ends first. */
  ready(ms?: number): Promise<void>;
  /** Ends it and waits for its exit (SIGKILL after 5 s). Safe to call twice. */
  stop(): Promise<void>;
}

/** Settings of the parent that must not leak into the child unless the test says so. */
const OWN_SETTINGS = ['DATABASE_URL', 'REDIS_URL', 'PORT', 'HOST', 'DATA_DIR', 'DEMO_SEED', 'NODE_ENV', 'LOG_LEVEL'];

export interface ServeOptions {
  /**
   * Runs the built server (dist/, as in production) instead of the sources through tsx,
   * whose compiler stays loaded and adds about 60 MB: the benchmark measures what runs.
   */
  built?: boolean;
}

export async function startServe(env: Record<string, string>, options: ServeOptions = {}): Promise<ServeProcess> {
  if (options.built === true && !fs.existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run npm run build first`);
  const port = await freePort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !OWN_SETTINGS.includes(key)));
  const args = options.built === true ? [BUILT_MAIN, 'serve'] : ['--import', 'tsx', MAIN, 'serve'];
  const child = spawn(process.execPath, args, { env: { ...inherited, HOST: '127.0.0.1', ...env, PORT: String(port) } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return {
    port,
    child,
    output: () => output,
    async ready(ms = 45_000) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`serve ended with ${child.exitCode}:\n${output}`);
        const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (res) => res.status === 200,
          () => false,
        );
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`serve did not answer within ${ms} ms:\n${output}`);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
