import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { cspNonceOf } from './security-headers';

/**
 * What apps/web/src/index.html has in `<bb-root ngCspNonce="…">`; the build copies it onto its inline
 * critical CSS and loader script. Each page response gets its own nonce there instead.
 */
export const CSP_NONCE_PLACEHOLDER = 'CSP_NONCE_PLACEHOLDER';

/** Paths the API answers itself; every other GET that accepts HTML is a page of the web app. */
const API_PREFIXES = ['/graphql', '/health', '/ical/'];

/**
 * The built Angular app at `/`; any other page path gets index.html so deep links work. index.html
 * is read once, and each response carries the nonce of its own Content-Security-Policy (never cached:
 * the nonce must match the header it came with).
 */
export function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const indexHtml = join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.get(Logger).warn(`No web app at ${webDistDir}: build it with "npx nx build web" (npm start does).`);
    return;
  }
  const parts = readFileSync(indexHtml, 'utf8').split(CSP_NONCE_PLACEHOLDER);
  if (parts.length < 2) {
    throw new Error(
      `${indexHtml} has no ngCspNonce="${CSP_NONCE_PLACEHOLDER}": under the Content-Security-Policy its styles and scripts would not run. Rebuild the web app.`,
    );
  }
  const sendPage = (res: Response) => {
    res.setHeader('Cache-Control', 'no-cache, no-store');
    res.type('html').send(parts.join(cspNonceOf(res)));
  };
  // Before the static files: /index.html itself holds the placeholder, not a nonce.
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'GET' && req.path === '/index.html' ? sendPage(res) : next(),
  );
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = req.method === 'GET' && !API_PREFIXES.some((prefix) => req.path.startsWith(prefix));
    if (isPage && req.accepts('html')) sendPage(res);
    else next();
  });
}
