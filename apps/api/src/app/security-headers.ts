import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** The nonce of this response's Content-Security-Policy (set for every request, before any handler). */
export function cspNonceOf(res: ServerResponse): string {
  return (res as Response).locals['cspNonce'] as string;
}

/**
 * The Content-Security-Policy of every response: pages, GraphQL, /health, /ical and 404s alike.
 *
 * Scripts and styles come from our own origin only (the Angular bundles, DKFDS's CSS, fonts and icons
 * are all built into dist/apps/web/browser), plus the few inline ones that carry this response's
 * nonce: the build's inline critical CSS and the small script that swaps in the full stylesheet once
 * loaded, and the `<style>`s Angular adds at runtime (it reads the nonce from `<bb-root ngCspNonce>`,
 * see web-app.ts). No 'unsafe-inline', no 'unsafe-eval', no hashes to keep up to date:
 * - `script-src-attr 'none'` and no 'unsafe-hashes': no inline event handlers (`onload="…"`) at all;
 * - style attributes in markup (`style="…"`) are refused; Angular's `[style.x]`/`[ngStyle]` bindings
 *   set styles through the CSSOM, which the policy allows, so templates use those (CONTRIBUTING.md);
 * - `connect-src 'self'`: the app only talks to its own /graphql;
 * - images and fonts from our origin only (DKFDS's icons and IBM Plex are files of the build);
 * - Trusted Types: the DOM's script sinks (innerHTML, script text and src, eval…) take no plain
 *   strings; only Angular's own policy (its sanitizer, for [innerHTML] bindings) may make them.
 *   The esbuild build loads lazy chunks with import(), so 'angular#bundler' is not needed;
 * - nothing may frame us (`frame-ancestors 'none'`, and X-Frame-Options: DENY for old browsers),
 *   plugins are off, `<base>` and form targets stay on our origin;
 * - in production, `upgrade-insecure-requests` as well (HSTS is set there too).
 */
export function contentSecurityPolicyDirectives(production: boolean): Record<string, Iterable<string | NonceFn>> {
  const nonce: NonceFn = (_req, res) => `'nonce-${cspNonceOf(res)}'`;
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", nonce],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", nonce],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'require-trusted-types-for': ["'script'"],
    'trusted-types': ['angular'],
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

type NonceFn = (req: IncomingMessage, res: ServerResponse) => string;

/**
 * Helmet with our policy, on every response. A fresh nonce per request (16 random bytes); HSTS
 * (a year, subdomains) only in production, where the app is reached over https (PUBLIC_URL must be
 * https there), so a developer's http://localhost is never pinned to https. The referrer is never
 * sent: our URLs can carry a sign-up, reset or invitation token.
 */
export function securityHeaders(options: { production: boolean }) {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicyDirectives(options.production) },
    strictTransportSecurity: options.production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    res.locals['cspNonce'] = randomBytes(16).toString('base64');
    headers(req, res, next);
  };
}
