/**
 * ESLint (flat config). Today it holds one class of defect out of the code for good:
 * regular expressions whose running time grows faster than their input (nested or
 * overlapping quantifiers, a match attempt that rescans the rest of the text from
 * every position). Every pattern in the repository is checked, tests included, since
 * a pattern written in a test is soon copied into the code.
 */
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

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
];
