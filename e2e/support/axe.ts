/**
 * axe-core in a live page, with the WCAG 2.0/2.1 A and AA rules. Violations come
 * back with a readable summary, so a failing assertion explains itself.
 */
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_21_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

export interface AxeReport {
  violations: Result[];
  /** One paragraph per violation: rule, impact, help, then each failing node. */
  summary: string;
}

export function summarizeViolations(violations: Result[]): string {
  if (violations.length === 0) return 'no axe violations';
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.map(String).join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n\n');
}

/**
 * Loads axe-core into the page and runs it. The pages' CSP (script-src 'self') rightly
 * refuses an inline <script>, so page.addScriptTag({ content }) would be blocked and
 * itself log a CSP violation. Instead the source is evaluated through the DevTools
 * protocol, which the page's CSP does not govern; the page keeps its real CSP.
 */
export async function runAxe(page: Page, options: RunOptions = WCAG_21_AA): Promise<AxeReport> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, opts),
    options as unknown as Record<string, unknown>,
  );
  return { violations: results.violations, summary: summarizeViolations(results.violations) };
}
