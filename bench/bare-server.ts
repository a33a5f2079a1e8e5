/**
 * The yardstick: a bare node:http server answering every request with the bytes
 * and headers the app returned for the page under test (read from a file).
 */
import fs from 'node:fs';
import http from 'node:http';

const [portArg, bodyFile, headersFile] = process.argv.slice(2);
const body = fs.readFileSync(bodyFile ?? '');
const headers = JSON.parse(fs.readFileSync(headersFile ?? '', 'utf8')) as Record<string, string>;
http
  .createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(Number(portArg), '127.0.0.1', () => process.stdout.write('ready\n'));
