/**
 * Debian's Chromium driven by playwright-core. The browser journeys need Chromium
 * and Java (for the Nu HTML Checker): a local run without them skips the journeys
 * and says so plainly; a CI run (CI=true) without them fails.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { VNU_JAR } from './vnu.js';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The java launcher: $JAVA_HOME/bin/java, else the first `java` on PATH. */
export function findJava(): string | undefined {
  const candidates: string[] = [];
  const javaHome = process.env['JAVA_HOME'];
  if (javaHome) candidates.push(path.join(javaHome, 'bin', 'java'));
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (dir) candidates.push(path.join(dir, 'java'));
  }
  candidates.push('/usr/bin/java');
  return candidates.find(isExecutable);
}

function probe(): boolean {
  const missing: string[] = [];
  if (!isExecutable(CHROMIUM_PATH)) missing.push(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  if (findJava() === undefined) missing.push('java not found (needed by the Nu HTML Checker; set JAVA_HOME or PATH)');
  if (!fs.existsSync(VNU_JAR)) missing.push(`the Nu HTML Checker is missing at ${VNU_JAR}`);
  if (missing.length === 0) return true;
  const reason = missing.join('; ');
  if (process.env['CI'] === 'true') {
    throw new Error(`Browser tests are required in CI but cannot run: ${reason}`);
  }
  console.warn(`\n*** Browser tests SKIPPED: ${reason}. ***\n`);
  return false;
}

/** True when Chromium, java and vnu.jar are all present. Computed once, at import. */
export const browserAvailable: boolean = probe();

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What went wrong in a page while a journey ran: console errors, uncaught exceptions, CSP violations. */
export interface PageProblems {
  readonly messages: string[];
}

/**
 * Records console errors and uncaught exceptions, and — through a listener installed
 * before any page script runs — every `securitypolicyviolation` event (CSP blocks).
 */
export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { messages: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      problems.messages.push(`console error: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.messages.push(`uncaught exception: ${error.message}`));
  await page.exposeFunction('__e2eReportCspViolation', (text: string) => problems.messages.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __e2eReportCspViolation: (text: string) => void }).__e2eReportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    });
  });
  return problems;
}

/** A context with a phone- or desktop-sized viewport. */
export async function newContext(browser: Browser, width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: width < 600 ? 812 : 900 },
    deviceScaleFactor: 1,
    isMobile: false,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
}

/**
 * '' when the page does not scroll sideways; else by how much, and the elements that reach
 * past the right edge, so that a failure says what to fix.
 */
export async function tooWide(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return '';
    const elements: Element[] = Array.from(document.body.querySelectorAll('*'));
    const culprits = elements
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth)
      .slice(-12)
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} (right ${Math.round(element.getBoundingClientRect().right)} px)`);
    return `${overflow} px too wide: ${culprits.join(', ')}`;
  });
}
