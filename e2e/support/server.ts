/** The real app listening on a random loopback port, over a fresh seeded SQLite database. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../../src/test-support/test-app.js';

export interface RunningServer {
  readonly testApp: TestApp;
  readonly port: number;
  /** e.g. http://camlo.localhost:41234 — Chromium resolves *.localhost to loopback. */
  origin(site: string): string;
  close(): Promise<void>;
}

export async function startServer(options: { articlesPerSite?: number } = {}): Promise<RunningServer> {
  const testApp = await createTestApp('sqlite', options);
  try {
    await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await testApp.close();
    throw error;
  }
  const port = (testApp.app.server.address() as AddressInfo).port;
  return {
    testApp,
    port,
    origin: (site) => `http://${site}.localhost:${port}`,
    close: () => testApp.close(),
  };
}

export interface FetchedPage {
  status: number;
  contentType: string;
  body: string;
}

/**
 * GET a path as a site's reader would, from Node. Node does not reliably resolve
 * *.localhost, so this connects to 127.0.0.1 and names the site in the Host header.
 */
export function fetchPage(server: RunningServer, site: string, path: string): Promise<FetchedPage> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port: server.port, path, headers: { Host: `${site}.localhost:${server.port}`, Accept: 'text/html' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${path} timed out`)));
    request.on('error', reject);
  });
}
