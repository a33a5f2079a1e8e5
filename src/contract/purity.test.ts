/**
 * The contract stays pure, so the admin can import it: following every runtime import
 * from src/contract (type-only imports are erased), nothing reaches the database, the
 * web layer, the services or a server package — only zod and domain rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FORBIDDEN_FOLDERS = ['db', 'web', 'cli', 'jobs', 'redis', 'demo'].map((folder) => `${path.join(SRC, folder)}${path.sep}`);
const FORBIDDEN_FILES = ['services.ts', 'app.ts', 'config.ts', 'main.ts'].map((file) => path.join(SRC, file));
const ALLOWED_PACKAGES = new Set(['zod', 'htmlparser2']);

/** Specifiers of the runtime imports and re-exports of one module (not `import type`, not `export type`). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const found: string[] = [];
  for (const statement of source.statements) {
    const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly === true : ts.isExportDeclaration(statement) && statement.isTypeOnly;
    const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    if (!typeOnly && specifier !== undefined && ts.isStringLiteral(specifier)) found.push(specifier.text);
  }
  return found;
}

function closure(start: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      queue.push(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
    }
  }
  return { files, packages };
}

describe('src/contract', () => {
  it('imports at runtime only zod and pure domain modules', () => {
    const entries = fs
      .readdirSync(path.join(SRC, 'contract'))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => path.join(SRC, 'contract', name));
    const { files, packages } = closure(entries);
    const forbidden = [...files].filter((file) => FORBIDDEN_FILES.includes(file) || FORBIDDEN_FOLDERS.some((folder) => file.startsWith(folder)));
    expect(forbidden.map((file) => path.relative(SRC, file))).toEqual([]);
    expect([...packages].filter((name) => !ALLOWED_PACKAGES.has(name))).toEqual([]);
    // The walk does follow the contract into the domain modules it re-exports.
    expect([...files].map((file) => path.relative(SRC, file))).toContain('editorial/workflow.ts');
  });
});
