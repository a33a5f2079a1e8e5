/**
 * Traps for the XSS corpus: a tab that records every way a script could show itself
 * — dialogs (alert/confirm/prompt), a `window.__xss` marker the vectors try to set,
 * uncaught exceptions, console errors, popups — and a report of what the article's
 * content regions contain, read inside the page.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

/**
 * One long-lived tab (a new page costs a renderer process) that visits URLs with the
 * traps set: what suggests a script from content ran is collected per visit.
 */
export class TrappedTab {
  private signs: string[] = [];

  private constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.signs.push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => this.signs.push(`uncaught exception: ${error.message}`));
    page.on('console', (message) => {
      // A refused image address (src="x") is a 404, not a script.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) this.signs.push(`console error: ${message.text()}`);
    });
    page.on('popup', (popup) => this.signs.push(`popup: ${popup.url()}`));
  }

  static async open(context: BrowserContext): Promise<TrappedTab> {
    return new TrappedTab(await context.newPage());
  }

  /** Loads the URL, lets late handlers fire, and returns the signs of a script having run. */
  async visit(url: string): Promise<string[]> {
    this.signs = [];
    const response = await this.page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) this.signs.push(`status ${response?.status() ?? 'none'} for ${url}`);
    await this.settle([this.page.mainFrame()]);
    return [...this.signs];
  }

  /**
   * Loads several pages of one origin at once, as same-origin iframes of a page from
   * `containerUrl` (a navigation costs far more than a frame here). Dialogs, console
   * errors and exceptions of every frame reach the tab's traps; each frame's own
   * `__xss` and final address (a <base> or refresh would move it) are checked too.
   */
  async visitFramed(containerUrl: string, urls: readonly string[]): Promise<{ signs: string[]; frames: Frame[] }> {
    this.signs = [];
    await this.page.goto(containerUrl, { waitUntil: 'load' });
    await this.page.evaluate(async (list) => {
      document.body.replaceChildren();
      await Promise.all(
        list.map(
          (src) =>
            new Promise<void>((resolve) => {
              const frame = document.createElement('iframe');
              frame.width = '1024';
              frame.height = '768';
              frame.onload = () => resolve();
              frame.src = src;
              document.body.append(frame);
            }),
        ),
      );
    }, urls);
    const frames = urls.map((url) => this.page.frames().find((f) => f.parentFrame() !== null && f.url() === url));
    urls.forEach((url, i) => {
      if (frames[i] === undefined) this.signs.push(`the frame of ${url} went elsewhere`);
    });
    const found = frames.filter((f): f is Frame => f !== undefined);
    await this.settle([this.page.mainFrame(), ...found]);
    return { signs: [...this.signs], frames: found };
  }

  /** Lazy images, autofocus and animation handlers get their chance to fire; then the markers are read. */
  private async settle(frames: Frame[]): Promise<void> {
    await Promise.all(frames.map((f) => f.evaluate(() => window.scrollTo(0, document.body.scrollHeight))));
    await this.page.waitForTimeout(100);
    for (const frame of frames) {
      const marker = await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
      if (marker !== undefined) this.signs.push(`window.__xss was set to ${JSON.stringify(marker)} in ${frame.url()}`);
    }
  }
}

export interface ArticleReport {
  documentTitle: string;
  h1: string;
  lead: string;
  figcaption: string;
  alt: string | null;
  jsonLdHeadline: string | null;
  bodyText: string;
  /** Elements and attributes in the content regions that could carry a script. */
  dangerous: string[];
}

/** Reads the article's regions the way a reader (innerText) and a script (the DOM) see them. */
export function inspectArticle(frame: Frame): Promise<ArticleReport> {
  return frame.evaluate(() => {
    const text = (selector: string) => document.querySelector<HTMLElement>(selector)?.innerText ?? '';
    const BAD_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'template', 'noscript']);
    const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'background', 'data', 'poster']);
    const dangerous: string[] = [];
    for (const region of Array.from(document.querySelectorAll('.article__title, .article__lead, .article__figure, .article__body'))) {
      for (const el of [region, ...Array.from(region.querySelectorAll('*'))]) {
        const tag = el.localName;
        if (BAD_TAGS.has(tag)) dangerous.push(`<${tag}>`);
        for (const attribute of Array.from(el.attributes)) {
          const name = attribute.name.toLowerCase();
          const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (name.startsWith('on') || name === 'style' || name === 'srcdoc') dangerous.push(`${tag}[${name}]`);
          if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):|,(javascript|vbscript|data):/.test(value)) dangerous.push(`${tag}[${name}=${value}]`);
        }
      }
    }
    const ld = document.querySelector('script[type="application/ld+json"]')?.textContent ?? null;
    return {
      documentTitle: document.title,
      h1: text('h1.article__title'),
      lead: text('.article__lead'),
      figcaption: text('.article__figure figcaption'),
      alt: document.querySelector('.article__figure img')?.getAttribute('alt') ?? null,
      jsonLdHeadline: ld === null ? null : String((JSON.parse(ld) as { headline?: unknown }).headline),
      bodyText: text('.article__body'),
      dangerous,
    };
  });
}

/**
 * Text as compared across storage, HTML and innerText: well-formed UTF-16, NFC, every
 * run of white space and control characters (a <title> shows them as spaces) as one
 * space, trimmed.
 */
export function normalizeText(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}
