/**
 * Fetching an import's source over http: a connection dropped before any answer (as when a
 * server closes a kept-alive connection just as it is reused) is tried once more; a server
 * that drops every connection, or answers too late, is refused in Vietnamese.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBytes, SourceError } from './fetch-source.js';

let server: http.Server | undefined;

async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void): Promise<string> {
  let n = 0;
  server = http.createServer((req, res) => handler(req, res, (n += 1)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/nguon.xml`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  server = undefined;
});

describe('fetchBytes', () => {
  it('tries once more when the first connection is dropped before an answer', async () => {
    const url = await serve((req, res, n) => {
      if (n === 1) req.socket.destroy();
      else res.end('<rss/>');
    });
    expect((await fetchBytes(url, { timeoutMs: 5_000, maxBytes: 1024 })).toString()).toBe('<rss/>');
  });

  it('refuses a source that drops every connection, naming it', async () => {
    const url = await serve((req) => req.socket.destroy());
    await expect(fetchBytes(url, { timeoutMs: 5_000, maxBytes: 1024 })).rejects.toThrow(new SourceError(`không kết nối được tới ${url}`));
  });

  it('does not try again after the time limit', async () => {
    let asked = 0;
    const url = await serve(() => {
      asked += 1; // never answers
    });
    await expect(fetchBytes(url, { timeoutMs: 300, maxBytes: 1024 })).rejects.toThrow(new SourceError(`quá 0.3 giây không tải xong ${url}`));
    expect(asked).toBe(1);
  });
});
