/**
 * What every browser journey sets up the same way: the real app with the demo system and a
 * Chromium, started before the file's tests and closed after them; pages opened at a width
 * (with or without script); and the check each page must pass — a screenshot to look at,
 * no axe-core violation, no sideways scrolling. Call it inside the journey's `describe`.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { runAxe } from './axe.js';
import { launchBrowser, newContext, tooWide } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export interface JourneyOptions {
  articlesPerSite: number;
  /** What the journey needs in the database before its first test (staff, an article to use). */
  prepare?: (server: RunningServer) => Promise<void>;
  /** How long a page waits for an element. */
  timeoutMs?: number;
}

export interface Journey {
  /** The running app (set once the file's first test runs). */
  server: () => RunningServer;
  open: (width: number, options?: { javaScriptEnabled?: boolean }) => Promise<Page>;
  /** Screenshot `name`.png, then no axe-core violation and no sideways scrolling. */
  noViolations: (page: Page, name: string) => Promise<void>;
}

export function browserJourney(options: JourneyOptions): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer({ articlesPerSite: options.articlesPerSite }), launchBrowser()]);
    await options.prepare?.(server);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  }, 60_000);

  return {
    server: () => {
      if (server === undefined) throw new Error('the journey has not started');
      return server;
    },
    open: async (width, { javaScriptEnabled = true } = {}) => {
      if (browser === undefined) throw new Error('the journey has not started');
      const context = await newContext(browser, width, { javaScriptEnabled });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(options.timeoutMs ?? 15_000);
      return page;
    },
    noViolations: async (page, name) => {
      await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
      const report = await runAxe(page);
      expect(report.violations, `${name}: ${report.summary}`).toEqual([]);
      // No sideways scrolling at any width.
      expect(await tooWide(page), name).toBe('');
    },
  };
}
