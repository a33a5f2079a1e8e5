#!/usr/bin/env node
// Runs the compiled CLI (npm run build); from a source checkout without a build, runs the TypeScript directly.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/main.js', import.meta.url));
if (existsSync(compiled)) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(fileURLToPath(new URL('../src/main.ts', import.meta.url)));
}
