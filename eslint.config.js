/**
 * ESLint (flat config). Today it holds one class of defect out of the code for good:
 * regular expressions whose running time grows faster than their input (nested or
 * overlapping quantifiers, a match attempt that rescans the rest of the text from
 * every position). Every pattern in the repository is checked, tests included, since
 * a pattern written in a test is soon copied into the code.
 */
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/*
 * Layers. The server is built bottom-up: pure domain modules (no I/O), storage
 * (src/db and the *.repo.ts files), services, and the web on top; the admin talks to
 * the server only through src/contract. Each file group gets ONE setting of
 * @typescript-eslint/no-restricted-imports (a later flat-config block replaces an
 * earlier one's setting for the same rule), so the groups' lists are composed here.
 */
const webImports = {
  regex: '(^|/)web/',
  message: 'Only src/web, src/main.ts, src/app.ts and src/cli (the composition roots) import the web layer.',
};
const serviceImports = {
  regex: '(^|/)(services|[\\w-]+\\.service)\\.js$',
  message: 'Storage sits below services: it may not import them.',
};
// The database: the schema's row types are only types (no I/O), so a type-only import of them is allowed.
const databaseImports = {
  regex: '(^|/)db/',
  allowTypeImports: true,
  message: 'Domain modules do no I/O: they take their data as arguments, not from the database.',
};
const ioPackages = {
  regex: '^(node:(fs|net|http|https|child_process)(/.*)?|fs|net|http|pg|better-sqlite3|kysely|ioredis|fastify|@fastify/.*|sharp)$',
  message: 'Domain modules do no I/O: keep file, network and database access in storage and services.',
};
// Repositories, and the folder indexes that re-export them: a pure module that imported one
// would reach the database through it.
const storageImports = {
  regex: '(\\.repo\\.js|(^|/)(accounts|categories|media|pages|redirects|sites)/index\\.js)$',
  message: 'Domain modules do no I/O: import the pure module itself, not a repository or a folder index that re-exports one.',
};
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

// Pure domain modules. Of src/editorial only these files hold rules and data shapes
// without storage (the rest read and write articles): the workflow's states and
// transitions, the roles, the body's size bounds, the revision diff, the refusals and
// the article input shape.
const pureFiles = [
  'src/text/**', 'src/html/**', 'src/urls/**', 'src/time/**', 'src/errors/**', 'src/contract/**',
  'src/editorial/workflow.ts', 'src/editorial/roles.ts', 'src/editorial/body-bounds.ts',
  'src/editorial/diff.ts', 'src/editorial/errors.ts', 'src/editorial/article-input.ts',
];
const storageFiles = ['src/db/**', 'src/**/*.repo.ts'];
const compositionRoots = ['src/web/**', 'src/main.ts', 'src/app.ts', 'src/cli/**'];
const tests = ['**/*.test.ts', '**/*.test.tsx', 'src/test-support/**'];

const typeScriptFiles = ['**/*.ts', '**/*.tsx'];

const layerConfigs = [
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: [...compositionRoots, ...tests],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: restrict(webImports),
  },
  { files: storageFiles, ignores: tests, rules: restrict(webImports, serviceImports) },
  { files: pureFiles, ignores: tests, rules: restrict(webImports, serviceImports, databaseImports, ioPackages, storageImports) },
  {
    files: ['admin/src/**/*.ts', 'admin/src/**/*.tsx'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: restrict({
      regex: '^(\\.\\./)+src/(?!contract/)',
      message: 'The admin reaches the server only through its contract (src/contract).',
    }),
  },
];

export default [
  { ignores: ['**/dist/**', 'node_modules/**', 'coverage/**', 'e2e/screenshots/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      'regexp/no-useless-backreference': 'error',
      'regexp/no-empty-alternative': 'error',
    },
  },
  // Type-checked rules for every TypeScript file (src, e2e, bench, admin, the vite and
  // vitest configs: each is in tsconfig.json or admin/tsconfig.json, which the project
  // service finds). Plain .js/.mjs files keep the untyped rules above.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typeScriptFiles })),
  {
    files: typeScriptFiles,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `const { dropped: _, ...rest } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  ...layerConfigs,
];
