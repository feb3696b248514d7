import { DEMO_PASSWORD } from '@brobygger/api/demo-data';
import { SmtpInbox } from '../../test/smtp-inbox';
import { createTestApp, type TestApp } from '../../test/test-app';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) }`;
const ME = `{ me { email displayName roles } }`;

describe('accounts and sessions', () => {
  const inbox = new SmtpInbox();
  let api: TestApp;

  beforeAll(async () => {
    const smtpUrl = await inbox.start();
    api = await createTestApp({ demoData: true, env: { SMTP_URL: smtpUrl } });
  });

  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  it('lets a volunteer sign up, confirm the email by the link, sign in and sign out', async () => {
    const email = 'ny.frivillig@example.dk';
    const signUp = await api.graphql(SIGN_UP, {
      input: { email, password: 'lang-og-sikker-2026', displayName: 'Nadia', preferredLanguage: 'EN' },
    });
    expect(signUp.errors).toBeUndefined();
    // The email went out over SMTP (through the outbox), in the language they chose.
    await api.drainMail();
    expect(inbox.mails.find((m) => m.to.includes(email))?.raw).toMatch(/Subject: Confirm your email for Brobygger/);

    const early = await api.graphql(`mutation { signIn(email: "${email}", password: "lang-og-sikker-2026") { id } }`);
    expect(early.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const confirmed = await api.graphql(`mutation ($token: String!) { confirmEmail(token: $token) }`, {
      token: inbox.tokenFrom(email, '/bekraeft-email'),
    });
    expect(confirmed.errors).toBeUndefined();

    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "${email}", password: "lang-og-sikker-2026") { roles } }`,
      }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^bb_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const session = setCookie.split(';')[0];

    const me = await api.graphql<{ me: { email: string; roles: string[] } }>(ME, undefined, session);
    expect(me.data?.me).toEqual({ email, displayName: 'Nadia', roles: ['VOLUNTEER'] });

    await api.graphql('mutation { signOut }', undefined, session);
    const after = await api.graphql(ME, undefined, session);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores passwords as argon2id with at least 19 MiB and 2 iterations', async () => {
    const [row] = await api.dataSource.query(
      `SELECT password_hash FROM account WHERE email = 'koordinator@demo.brobygger.dk'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('refuses a short or common password, naming the field', async () => {
    for (const password of ['kort', 'password123']) {
      const result = await api.graphql(SIGN_UP, {
        input: { email: 'svag@example.dk', password, displayName: 'Svag', preferredLanguage: 'DA' },
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
  });

  it('answers a wrong password and an unknown email alike, then rate-limits with a time to try again', async () => {
    const attempt = (email: string) =>
      api.graphql(`mutation { signIn(email: "${email}", password: "forkert-kode-123") { id } }`);
    const wrong = await attempt('forening@demo.brobygger.dk');
    const unknown = await attempt('findes.ikke@example.dk');
    expect(wrong.errors?.[0]?.message).toBe('The email or the password is not right.');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);

    for (let i = 0; i < 4; i++) await attempt('forening@demo.brobygger.dk');
    const locked = await api.graphql(
      `mutation { signIn(email: "forening@demo.brobygger.dk", password: "${DEMO_PASSWORD}") { id } }`,
    );
    expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0]?.message).toMatch(/Try again in \d+ minute/);
    const details = locked.errors?.[0]?.extensions?.['details'] as { retryAfterSeconds?: number } | undefined;
    expect(details?.retryAfterSeconds).toBeGreaterThan(0);
    // An unknown email is locked the same way: the lock does not reveal which emails exist.
    for (let i = 0; i < 4; i++) await attempt('findes.ikke@example.dk');
    expect((await attempt('findes.ikke@example.dk')).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('resets a password by the emailed link and ends every old session', async () => {
    const email = 'frivillig@demo.brobygger.dk';
    const oldSession = await api.signIn(email, DEMO_PASSWORD);
    expect((await api.graphql(`mutation { requestPasswordReset(email: "${email}") }`)).errors).toBeUndefined();
    await api.drainMail();
    const token = inbox.tokenFrom(email, '/nulstil-adgangskode');
    const reset = await api.graphql(
      `mutation ($token: String!) { resetPassword(token: $token, password: "helt-ny-kode-2026") }`,
      { token },
    );
    expect(reset.errors).toBeUndefined();
    expect((await api.graphql(ME, undefined, oldSession)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(api.signIn(email, 'helt-ny-kode-2026')).resolves.toMatch(/^bb_session=/);
    // The link works once.
    const again = await api.graphql(
      `mutation ($token: String!) { resetPassword(token: $token, password: "en-tredje-kode-2026") }`,
      { token },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('answers a reset request for an unknown email the same, and sends nothing', async () => {
    const before = inbox.mails.length;
    const result = await api.graphql(`mutation { requestPasswordReset(email: "ingen@example.dk") }`);
    expect(result.data).toEqual({ requestPasswordReset: true });
    await api.drainMail();
    expect(inbox.mails.length).toBe(before);
  });

  it('lets an administrator invite a coordinator, who chooses a password and gets the role', async () => {
    const admin = await api.signIn('administrator@demo.brobygger.dk', DEMO_PASSWORD);
    const invite = await api.graphql(
      `mutation { inviteAccount(input: { email: "ny.koordinator@frederikssund.dk", displayName: "Ole", role: COORDINATOR }) }`,
      undefined,
      admin,
    );
    expect(invite.errors).toBeUndefined();
    await api.drainMail();
    const token = inbox.tokenFrom('ny.koordinator@frederikssund.dk', '/invitation');
    const accepted = await api.graphql(
      `mutation ($token: String!) { acceptInvitation(token: $token, password: "koordinator-kode-2026") }`,
      {
        token,
      },
    );
    expect(accepted.errors).toBeUndefined();
    const session = await api.signIn('ny.koordinator@frederikssund.dk', 'koordinator-kode-2026');
    const me = await api.graphql<{ me: { roles: string[] } }>(ME, undefined, session);
    expect(me.data?.me.roles).toEqual(['COORDINATOR']);
  });

  it('lets a coordinator invite association representatives but not administrators', async () => {
    const coordinator = await api.signIn('koordinator@demo.brobygger.dk', DEMO_PASSWORD);
    const asAdmin = await api.graphql(
      `mutation { inviteAccount(input: { email: "chef@example.dk", displayName: "Chef", role: ADMINISTRATOR }) }`,
      undefined,
      coordinator,
    );
    expect(asAdmin.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    const associations = await api.graphql<{ partnerAssociations: { id: string }[] }>(
      '{ partnerAssociations { id } }',
      undefined,
      coordinator,
    );
    const asRepresentative = await api.graphql(
      `mutation ($associationId: ID!) { inviteAccount(input: { email: "kasserer@klub.dk", displayName: "Kasserer", role: ASSOCIATION_REPRESENTATIVE, associationId: $associationId }) }`,
      { associationId: associations.data?.partnerAssociations[0]?.id },
      coordinator,
    );
    expect(asRepresentative.errors).toBeUndefined();
  });

  it('signs out everywhere: every session of the account ends', async () => {
    const email = 'administrator@demo.brobygger.dk';
    const first = await api.signIn(email, DEMO_PASSWORD);
    const second = await api.signIn(email, DEMO_PASSWORD);
    expect(first).not.toBe(second);
    await api.graphql('mutation { signOutEverywhere }', undefined, first);
    for (const session of [first, second]) {
      expect((await api.graphql(ME, undefined, session)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('keeps a copy of sent emails in the demo outbox, for administrators only', async () => {
    const admin = await api.signIn('administrator@demo.brobygger.dk', DEMO_PASSWORD);
    const outbox = await api.graphql<{ demoOutbox: { recipient: string }[] }>(
      '{ demoOutbox { recipient subject } }',
      undefined,
      admin,
    );
    expect(outbox.data?.demoOutbox.map((m) => m.recipient)).toContain('ny.frivillig@example.dk');
    const volunteer = await api.signIn('frivillig@demo.brobygger.dk', 'helt-ny-kode-2026');
    expect(
      (await api.graphql('{ demoOutbox { recipient } }', undefined, volunteer)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
