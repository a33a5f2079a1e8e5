/**
 * Error pages in Vietnamese. With a known site they wear its header and footer;
 * for an unknown host (or when the database itself failed) a bare page.
 */
import type { VNode } from 'preact';
import type { ErrorInfo } from '../../error-info.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';


function ErrorBody({ error }: { error: ErrorInfo }): VNode {
  return (
    <div class="error-page">
      <h1>{error.title}</h1>
      <p class="lead">{error.detail}</p>
      <p class="error-page__code">{vi.errors.errorCode(error.status)}</p>
      <p>
        <a href="/">{vi.home}</a>
      </p>
    </div>
  );
}

export function ErrorPage({ chrome, error, path }: { chrome: SiteChrome; error: ErrorInfo; path: string }): VNode {
  return (
    <Layout chrome={chrome} title={`${error.title} - ${chrome.site.shortName}`} path={path} noindex>
      <ErrorBody error={error} />
    </Layout>
  );
}

export function BareErrorPage({ error }: { error: ErrorInfo }): VNode {
  return (
    <html lang={vi.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{error.title}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <main id="noi-dung" class="container main">
          <ErrorBody error={error} />
        </main>
      </body>
    </html>
  );
}
