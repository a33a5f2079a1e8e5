import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule lives in eslint.config.js; these cases prove it bites (and stays quiet
// where an import is allowed), linting source text as if it sat at the given path. The
// probe paths are not on disk, so the type-aware parsing is switched off and only the
// layer rule runs.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === '@typescript-eslint/no-restricted-imports',
});

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').length;
}

describe('layer rule', () => {
  it('keeps I/O and the database out of the pure domain modules', async () => {
    expect(await restrictedImports('src/text/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toBe(1);
    expect(await restrictedImports('src/editorial/workflow-probe.ts', "export {};\n")).toBe(0);
    expect(await restrictedImports('src/editorial/diff.ts', "import { sql } from 'kysely';\nexport const x = sql;\n")).toBe(1);
    expect(await restrictedImports('src/time/probe.ts', "import { inTransaction } from '../db/transaction.js';\nexport const x = inTransaction;\n")).toBe(1);
    expect(await restrictedImports('src/time/probe.ts', "import type { ArticleRow } from '../db/schema.js';\nexport type X = ArticleRow;\n")).toBe(0);
    // Nor through a repository, or a folder index that re-exports one; the pure module itself is fine.
    expect(await restrictedImports('src/html/probe.ts', "import { storageStem } from '../media/index.js';\nexport const x = storageStem;\n")).toBe(1);
    expect(await restrictedImports('src/html/probe.ts', "import { listMedia } from '../media/library.repo.js';\nexport const x = listMedia;\n")).toBe(1);
    expect(await restrictedImports('src/html/probe.ts', "import { storageStem } from '../media/variants.js';\nexport const x = storageStem;\n")).toBe(0);
  });

  it('keeps storage below services and the web', async () => {
    expect(await restrictedImports('src/pages/pages.repo.ts', "import { x } from './pages.service.js';\nexport const y = x;\n")).toBe(1);
    expect(await restrictedImports('src/db/probe.ts', "import { x } from '../services.js';\nexport const y = x;\n")).toBe(1);
  });

  it('lets only the composition roots import the web layer', async () => {
    expect(await restrictedImports('src/media/probe.ts', "import { x } from '../web/routes.js';\nexport const y = x;\n")).toBe(1);
    expect(await restrictedImports('src/app.ts', "import { x } from './web/routes.js';\nexport const y = x;\n")).toBe(0);
  });

  it('lets the admin reach the server only through the contract', async () => {
    expect(await restrictedImports('admin/src/pages/probe.tsx', "import { x } from '../../../src/editorial/roles.js';\nexport const y = x;\n")).toBe(1);
    expect(await restrictedImports('admin/src/pages/probe.tsx', "import { x } from '../../../src/contract/domain.js';\nexport const y = x;\n")).toBe(0);
  });
});
