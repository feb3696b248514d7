import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@brobygger/api/demo-data';
import { TEST_PASSWORD, createAccount } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

/** A stand-in for the built web app: index.html as the build leaves it (see apps/web/src/index.html). */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-web-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><style nonce="CSP_NONCE_PLACEHOLDER">body{margin:0}</style>
<script nonce="CSP_NONCE_PLACEHOLDER">void 0;</script></head>
<body><bb-root ngcspnonce="CSP_NONCE_PLACEHOLDER"></bb-root><script src="main.js" type="module"></script></body></html>`,
  );
  writeFileSync(join(dir, 'main.js'), 'console.log("brobygger");\n');
  return dir;
}

const PAGE = { accept: 'text/html,application/xhtml+xml' };

function directivesOf(response: Response): Map<string, string[]> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** The headers every response must have, whatever it is; returns the CSP nonce. */
function expectSecurityHeaders(response: Response, what: string): string {
  expect({ what, nosniff: response.headers.get('x-content-type-options') }).toEqual({ what, nosniff: 'nosniff' });
  expect({ what, referrer: response.headers.get('referrer-policy') }).toEqual({ what, referrer: 'no-referrer' });
  expect({ what, frame: response.headers.get('x-frame-options') }).toEqual({ what, frame: 'DENY' });
  expect(response.headers.get('x-powered-by')).toBeNull();
  // Express's own error page (a 404 no route took) narrows the policy to nothing at all: stricter still.
  if (response.status === 404 && response.headers.get('content-security-policy') === "default-src 'none'") return '';
  const csp = directivesOf(response);
  expect({ what, csp: Object.fromEntries(csp) }).toMatchObject({
    what,
    csp: {
      'default-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'connect-src': ["'self'"],
      'img-src': ["'self'"],
      'font-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
      'require-trusted-types-for': ["'script'"],
      'trusted-types': ['angular'],
    },
  });
  const scriptSrc = csp.get('script-src') ?? [];
  expect(scriptSrc).toHaveLength(2);
  expect(scriptSrc[0]).toBe("'self'");
  const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(scriptSrc[1] ?? '')?.[1];
  expect({ what, nonce }).toEqual({ what, nonce: expect.any(String) });
  // Styles: our files, and inline ones only with this response's nonce; no 'unsafe-inline' anywhere.
  expect(csp.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
  return nonce as string;
}

describe('security headers on every response (development and test)', () => {
  let api: TestApp;
  let webDist: string;
  let skibby: string;

  beforeAll(async () => {
    webDist = fakeWebDist();
    api = await createTestApp({ demoData: true, webDistDir: webDist });
    const associations = await api.graphql<{ associations: { items: { id: string; name: string }[] } }>(
      '{ associations { items { id name } } }',
    );
    skibby = associations.data?.associations.items.find((a) => a.name === 'Skibby Bylaug')?.id ?? '';
  });

  afterAll(async () => {
    await api?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('gives each page its own nonce, in the policy and on the inline styles, scripts and <bb-root>', async () => {
    const nonces = new Set<string>();
    for (const path of ['/', '/koordinator/deltagere', '/log-ind?next=%2Fadmin', '/index.html']) {
      const response = await fetch(`${api.url}${path}`, { headers: PAGE });
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      const nonce = expectSecurityHeaders(response, path);
      const html = await response.text();
      expect(html).not.toContain('CSP_NONCE_PLACEHOLDER');
      expect(html.match(/\bnonce="[^"]*"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
      expect(html).toContain(`<bb-root ngcspnonce="${nonce}">`);
      // The nonce must match the header it came with: never from a cache.
      expect(response.headers.get('cache-control')).toMatch(/no-store/);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(4);
  });

  it('sets them on static files, /graphql, /health, /ical and 404s too; HSTS only in production', async () => {
    const responses: [string, Response][] = [
      ['/main.js', await fetch(`${api.url}/main.js`)],
      [
        'POST /graphql',
        await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      ],
      ['/health', await fetch(`${api.url}/health`)],
      ['/ical', await fetch(`${api.url}/ical/associations/${skibby}.ics`)],
      ['404', await fetch(`${api.url}/no/such/thing.json`, { headers: { accept: 'application/json' } })],
      ['POST 404', await fetch(`${api.url}/koordinator`, { method: 'POST', headers: PAGE })],
    ];
    const statuses = responses.map(([what, response]) => [what, response.status]);
    expect(statuses).toEqual([
      ['/main.js', 200],
      ['POST /graphql', 200],
      ['/health', 200],
      ['/ical', 200],
      ['404', 404],
      ['POST 404', 404],
    ]);
    for (const [what, response] of responses) {
      expectSecurityHeaders(response, what);
      expect({ what, hsts: response.headers.get('strict-transport-security') }).toEqual({ what, hsts: null });
    }
  });

  it('keeps the demo outbox in demo mode', async () => {
    const admin = await api.signIn('administrator@demo.brobygger.dk', DEMO_PASSWORD);
    const outbox = await api.graphql<{ demoOutbox: unknown[] }>('{ demoOutbox { recipient } }', undefined, admin);
    expect(outbox.errors).toBeUndefined();
    expect(Array.isArray(outbox.data?.demoOutbox)).toBe(true);
  });
});

describe('production: HSTS, Secure cookies, no demo outbox', () => {
  let api: TestApp;
  let coordinatorEmail: string;

  beforeAll(async () => {
    // Production mode, but reached over http://localhost as loadConfig would refuse: the cookie must
    // be Secure anyway. A coordinator signs in with a password, as in production.
    api = await createTestApp({ config: { production: true, publicUrl: 'http://localhost:3000' } });
    const { id: municipalityId } = await api.municipality();
    ({ email: coordinatorEmail } = await createAccount(api.dataSource, { municipalityId, role: 'coordinator' }));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('sends HSTS and upgrade-insecure-requests', async () => {
    const response = await fetch(`${api.url}/health`);
    expectSecurityHeaders(response, '/health');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(directivesOf(response).get('upgrade-insecure-requests')).toEqual([]);
  });

  it('sets the session cookie Secure whatever PUBLIC_URL says', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: coordinatorEmail, p: TEST_PASSWORD },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bb_session=/);
    expect(cookie.split(';').map((part) => part.trim().toLowerCase())).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=lax']),
    );
  });

  it('has no demo outbox: an administrator cannot read anyone’s emailed links', async () => {
    // A reset link for the coordinator is emailed (into the mail outbox, to be sent)…
    const reset = await api.graphql('mutation ($email: String!) { requestPasswordReset(email: $email) }', {
      email: coordinatorEmail,
    });
    expect(reset.errors).toBeUndefined();
    // …but no copy is kept for the demo outbox, and the query answers as if it were not there.
    const [{ copies }] = await api.dataSource.query('SELECT count(*)::int AS copies FROM outbox_email');
    expect(copies).toBe(0);
    const { cookie: admin } = await api.signInAs('administrator');
    const outbox = await api.graphql('{ demoOutbox { recipient body } }', undefined, admin);
    expect(outbox.data).toBeNull();
    expect(outbox.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(outbox.errors?.[0]?.message).toBe('There is no demo outbox on this installation');
  });
});
