import type * as Argon2 from 'argon2';
import {
  AccountsService,
  AuthThrottle,
  MAX_CONCURRENT_HASHING,
  RESET_EMAILS_PER_HOUR,
  SIGN_IN_POLICY,
  hashingStats,
} from '@brobygger/api/accounts';
import { ROLES } from '@brobygger/api/util';
import { TEST_PASSWORD, createAccount, createAssociation, createOffer } from '../../test/factories';
import { SmtpInbox } from '../../test/smtp-inbox';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test/test-app';

/** The very module object passwords.ts calls into: a spy on its `verify` sees every password check. */
const argon2 = jest.requireActual<typeof Argon2>('argon2');
const realVerify = argon2.verify;

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';
const PUBLIC_QUERY = '{ publishedOffers(limit: 1) { total } }';

function latch(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const EMAILS = {
  administrator: 'administrator@test.brobygger.dk',
  coordinator: 'koordinator@test.brobygger.dk',
  volunteer: 'frivillig@test.brobygger.dk',
  'association-representative': 'forening@test.brobygger.dk',
} as const;

/** An account of each role, with TEST_PASSWORD, to guess the passwords of. */
async function createAccounts(app: TestApp): Promise<void> {
  const { id: municipalityId } = await app.municipality();
  for (const role of ROLES) await createAccount(app.dataSource, { municipalityId, role, email: EMAILS[role] });
}

function codeOf(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

describe('sign-in and reset security', () => {
  const inbox = new SmtpInbox();
  let api: TestApp;

  beforeAll(async () => {
    const smtpUrl = await inbox.start();
    // A long poll: no background mail work runs unless a test causes it.
    api = await createTestApp({ env: { SMTP_URL: smtpUrl, MAIL_POLL_SECONDS: '3600' } });
    await createAccounts(api);
    // A published offer, for a public query that must not wait for a connection.
    const { id: municipalityId, localityId } = await api.municipality();
    const club = await createAssociation(api.dataSource, { municipalityId, localityId });
    await createOffer(api.dataSource, { municipalityId, localityId, associationId: club.id });
  });

  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  afterEach(() => jest.restoreAllMocks());

  /** Signs in from `forwardedFor` (an X-Forwarded-For header) on `app`. */
  async function signInFrom(app: TestApp, email: string, password: string, forwardedFor?: string) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
    });
    return (await response.json()) as GraphqlResponse<{ signIn: { id: string } }>;
  }

  it('checks at most the allowed number of passwords for 100 simultaneous guesses, then refuses the right one', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    const email = 'koordinator@test.brobygger.dk';
    const guesses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => api.graphql(SIGN_IN, { email, password: `forkert-gæt-${i}-2026` })),
    );
    const codes = guesses.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_POLICY.accountClient.free);
    const wrong = guesses.find((guess) => codeOf(guess) === 'UNAUTHENTICATED');
    expect(wrong?.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(100 - SIGN_IN_POLICY.accountClient.free);
    expect(verify.mock.calls.length).toBeLessThanOrEqual(SIGN_IN_POLICY.accountClient.free);

    const right = await api.graphql(SIGN_IN, { email, password: TEST_PASSWORD });
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.errors?.[0]?.extensions).toMatchObject({
      reason: 'TOO_MANY_SIGN_INS',
      details: { retryAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), retryAfterSeconds: expect.any(Number) },
    });
    expect(right.errors?.[0]?.extensions).not.toHaveProperty('retryAt');
    expect(verify.mock.calls.length).toBeLessThanOrEqual(SIGN_IN_POLICY.accountClient.free);
  });

  it('holds no database connection while argon2 runs, and runs at most one check per CPU at a time', async () => {
    await api.drainMail();
    const held = latch();
    const verify = jest.spyOn(argon2, 'verify').mockImplementation(async (...args) => {
      await held.promise;
      return realVerify(...args);
    });
    const pool = (api.dataSource.driver as unknown as { master: { totalCount: number; idleCount: number } }).master;
    const signIns = Array.from({ length: MAX_CONCURRENT_HASHING + 1 }, (_, i) =>
      api.graphql(SIGN_IN, { email: `hvem-${i}@example.dk`, password: 'forkert-kode-2026' }),
    );
    await until(() => verify.mock.calls.length === MAX_CONCURRENT_HASHING && hashingStats.waiting === 1);
    try {
      expect(pool.totalCount - pool.idleCount).toBe(0);
      // On the embedded database the pool has one connection: a held one would block this forever.
      const offers = await api.graphql<{ publishedOffers: { total: number } }>(PUBLIC_QUERY);
      expect(offers.data?.publishedOffers.total).toBeGreaterThan(0);
      expect(verify.mock.calls.length).toBe(MAX_CONCURRENT_HASHING);
    } finally {
      held.release();
    }
    for (const answer of await Promise.all(signIns)) expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });

  it('ignores a forged X-Forwarded-For without TRUST_PROXY', async () => {
    const email = 'forening@test.brobygger.dk';
    for (let i = 0; i < SIGN_IN_POLICY.accountClient.free; i++) {
      expect(codeOf(await signInFrom(api, email, 'forkert-kode-2026', `203.0.113.${i + 1}`))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await signInFrom(api, email, TEST_PASSWORD, '203.0.113.200'))).toBe('TOO_MANY_REQUESTS');
  });

  describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
    let proxied: TestApp;
    beforeAll(async () => {
      proxied = await createTestApp({ env: { TRUST_PROXY: '1', MAIL_POLL_SECONDS: '3600' } });
      await createAccounts(proxied);
    });
    afterAll(() => proxied?.close());

    it('still signs in the real user from another address while one address is slowed down', async () => {
      const email = 'koordinator@test.brobygger.dk';
      const attacker = '203.0.113.7';
      for (let i = 0; i < SIGN_IN_POLICY.accountClient.free; i++) {
        expect(codeOf(await signInFrom(proxied, email, `forkert-${i}-kode`, attacker))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await signInFrom(proxied, email, TEST_PASSWORD, attacker))).toBe('TOO_MANY_REQUESTS');
      const real = await signInFrom(proxied, email, TEST_PASSWORD, '198.51.100.20');
      expect(real.errors).toBeUndefined();
      expect(real.data?.signIn.id).toBeTruthy();
    });

    it('slows new addresses after many failures from many addresses, but not a client known to the account', async () => {
      const email = 'administrator@test.brobygger.dk';
      const home = '198.51.100.30';
      expect((await signInFrom(proxied, email, TEST_PASSWORD, home)).errors).toBeUndefined();
      for (let i = 0; i < SIGN_IN_POLICY.account.free; i++) {
        expect(codeOf(await signInFrom(proxied, email, 'forkert-kode-2026', `192.0.2.${i + 1}`))).toBe(
          'UNAUTHENTICATED',
        );
      }
      // A new address waits (slowed, not locked: at most 15 minutes between tries) …
      expect(codeOf(await signInFrom(proxied, email, TEST_PASSWORD, '192.0.2.250'))).toBe('TOO_MANY_REQUESTS');
      // … but the account's own client, which signed in before, is not locked out by others' guesses.
      expect((await signInFrom(proxied, email, TEST_PASSWORD, home)).errors).toBeUndefined();
    });
  });

  describe('password reset', () => {
    const RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
    const RESET_PASSWORD = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;

    function resetTokensTo(address: string): string[] {
      return inbox.mails
        .filter((mail) => mail.to.includes(address))
        .flatMap((mail) => {
          const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
          const match = text.match(/\/nulstil-adgangskode\?token=([A-Za-z0-9_-]+)/);
          return match ? [match[1]] : [];
        });
    }

    it('a used reset link ends every other reset link of the account', async () => {
      const email = 'frivillig@test.brobygger.dk';
      for (let i = 0; i < 2; i++) expect((await api.graphql(RESET, { email })).errors).toBeUndefined();
      await api.drainMail();
      const [first, second] = resetTokensTo(email);
      expect(second).toBeDefined();
      const used = await api.graphql(RESET_PASSWORD, { token: first, password: 'helt-ny-kode-2026' });
      expect(used.errors).toBeUndefined();
      const other = await api.graphql(RESET_PASSWORD, { token: second, password: 'en-anden-kode-2026' });
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    });

    it(`sends at most ${RESET_EMAILS_PER_HOUR} reset emails per address and hour, answering alike`, async () => {
      const email = 'forening@test.brobygger.dk';
      for (let i = 0; i < RESET_EMAILS_PER_HOUR + 1; i++) {
        expect((await api.graphql(RESET, { email })).data).toEqual({ requestPasswordReset: true });
      }
      await api.drainMail();
      expect(resetTokensTo(email)).toHaveLength(RESET_EMAILS_PER_HOUR);
    });

    it('answers before any database or mail work, which is the same for a known and an unknown address', async () => {
      const accounts = api.started.app.get(AccountsService);
      const held = latch();
      const original = accounts.handlePasswordReset.bind(accounts);
      const handle = jest.spyOn(accounts, 'handlePasswordReset').mockImplementation(async (email) => {
        await held.promise;
        return original(email);
      });
      const [{ count: outboxBefore }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM mail_outbox`);
      try {
        for (const email of ['koordinator@test.brobygger.dk', 'ingen.konto@example.dk']) {
          expect((await api.graphql(RESET, { email })).data).toEqual({ requestPasswordReset: true });
        }
        // Both answers came while the work behind them was held back (the second queued behind the first).
        expect(handle.mock.calls).toEqual([['koordinator@test.brobygger.dk']]);
        const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM mail_outbox`);
        expect(count).toBe(outboxBefore);
      } finally {
        held.release();
      }
      const mailsBefore = inbox.mails.length;
      await api.drainMail();
      // The same work for both: the only difference is the email at its end.
      expect(handle.mock.calls).toEqual([['koordinator@test.brobygger.dk'], ['ingen.konto@example.dk']]);
      expect(inbox.mails.slice(mailsBefore).map((mail) => mail.to)).toEqual([['koordinator@test.brobygger.dk']]);
    });
  });

  it('prunes throttle rows that no longer matter, and keeps the others', async () => {
    await api.dataSource.query(
      `INSERT INTO auth_throttle (subject, "count", first_at, last_at, next_allowed_at, known_at) VALUES
         ('test:stale', 3, now() - interval '3 days', now() - interval '2 days', now() - interval '2 days', NULL),
         ('test:recent', 3, now() - interval '1 hour', now() - interval '1 hour', now(), NULL),
         ('test:known', 0, now() - interval '2 days', now() - interval '2 days', now() - interval '2 days', now() - interval '2 days'),
         ('test:known-long-ago', 0, now() - interval '40 days', now() - interval '40 days', now() - interval '40 days', now() - interval '40 days')`,
    );
    await api.started.app.get(AuthThrottle).prune();
    const rows: { subject: string }[] = await api.dataSource.query(
      `SELECT subject FROM auth_throttle WHERE subject LIKE 'test:%' ORDER BY subject`,
    );
    expect(rows.map((row) => row.subject)).toEqual(['test:known', 'test:recent']);
  });
});
