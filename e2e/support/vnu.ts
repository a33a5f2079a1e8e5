/**
 * The Nu HTML Checker (vnu.jar). Each java start costs about a second, so several
 * documents are written to temporary files and checked in one run.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const VNU_JAR = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

export interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

export interface VnuDocument {
  /** A readable name for the report, e.g. the page's path. */
  name: string;
  html: string;
}

export interface VnuReport {
  /** Errors per document name; documents without errors map to []. */
  errors: Map<string, VnuMessage[]>;
  summary(name: string): string;
}

function describe(m: VnuMessage): string {
  const where = m.lastLine !== undefined ? `line ${m.firstLine ?? m.lastLine}:${m.firstColumn ?? m.lastColumn ?? '?'}` : 'document';
  const extract = m.extract ? `\n      «${m.extract.replace(/\s+/g, ' ').trim()}»` : '';
  return `  - ${where}: ${m.message}${extract}`;
}

/**
 * Checks every document in one java run and returns its errors (type "error");
 * info messages and warnings are left out. A checker failure
 * ("non-document-error", e.g. an unreadable file) throws.
 */
export async function checkHtml(documents: VnuDocument[], java = 'java'): Promise<VnuReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-vnu-'));
  try {
    const files = documents.map((d, i) => {
      const file = path.join(dir, `doc-${i}.html`);
      fs.writeFileSync(file, d.html, 'utf8');
      return file;
    });
    const byUrl = new Map<string, string>();
    files.forEach((file, i) => {
      const name = documents[i]!.name;
      byUrl.set(pathToFileURL(file).href, name);
      byUrl.set(`file:${file}`, name);
    });
    const stderr = await new Promise<string>((resolve, reject) => {
      execFile(
        java,
        ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files],
        { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
        (error, _stdout, err) => (error ? reject(new Error(`vnu failed: ${error.message}\n${err}`)) : resolve(err)),
      );
    });
    const parsed = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = new Map<string, VnuMessage[]>(documents.map((d) => [d.name, []]));
    for (const m of parsed.messages) {
      if (m.type === 'non-document-error') throw new Error(`vnu could not check ${m.url ?? 'a document'}: ${m.message}`);
      if (m.type !== 'error') continue;
      const name = (m.url && byUrl.get(m.url)) ?? m.url ?? '?';
      const list = errors.get(name) ?? [];
      list.push(m);
      errors.set(name, list);
    }
    return {
      errors,
      summary: (name) => {
        const list = errors.get(name) ?? [];
        return list.length === 0 ? `${name}: no errors` : `${name}: ${list.length} error(s)\n${list.map(describe).join('\n')}`;
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
