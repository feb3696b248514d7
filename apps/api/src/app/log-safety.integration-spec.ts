import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * An unexpected database error is logged by its kind, SQLSTATE and SQL text, with the request id,
 * and without the personal data of the failing statement. The failure is provoked by a trigger the
 * test installs (through its own connection), so the app's code runs unchanged.
 */
describe('logs without personal data', () => {
  let api: TestApp;
  let coordinator: string;
  let localityId: string;

  beforeAll(async () => {
    api = await createTestApp({ captureLogs: true });
    ({ cookie: coordinator } = await api.signInAs('coordinator'));
    localityId = (await api.municipality()).towns.Skibby;
    await api.dataSource.query(`
      CREATE FUNCTION refuse_for_the_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by a test trigger'; END $$`);
    for (const table of ['participant', 'account']) {
      await api.dataSource.query(
        `CREATE TRIGGER refuse_for_the_test BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_for_the_test()`,
      );
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('logs a failed intake without the participant’s name, birth year, child or notes', async () => {
    const result = await api.graphql(
      `mutation ($input: ParticipantInput!) { registerParticipant(input: $input) { id } }`,
      {
        input: {
          firstName: 'Zarqawiyya',
          lastName: 'Qadiriyyah',
          birthYear: 1979,
          localityId,
          household: [{ firstName: 'Yusufiyya', birthYear: 2017 }],
          notes: 'Kommer helst tirsdag eftermiddag kvart over tre',
        },
      },
      coordinator,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const requestId = result.errors?.[0]?.extensions?.requestId;
    const logs = api.logs();
    const entry = logs
      .split('\n')
      .find((line) => line.includes('Unexpected error') && line.includes(String(requestId)));
    expect(entry).toBeDefined();
    expect(entry).toContain('P0001');
    expect(entry).toContain('INSERT INTO');
    for (const value of ['Zarqawiyya', 'Qadiriyyah', 'Yusufiyya', 'tirsdag eftermiddag']) {
      expect(logs).not.toContain(value);
    }
    // The birth years were parameters of the statement: as list items or values they are gone too.
    expect(logs).not.toMatch(/[[,:]\s*(1979|2017)\s*[,\]}]/);
  });

  it('logs a failed sign-up without the email address or the password hash', async () => {
    const result = await api.graphql(`mutation ($input: SignUpInput!) { signUp(input: $input) }`, {
      input: { email: 'nadia.logtest@example.dk', password: 'Langt-og-hemmeligt-9', displayName: 'Nadia Logtest' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const logs = api.logs();
    expect(logs).toContain(String(result.errors?.[0]?.extensions?.requestId));
    for (const value of ['nadia.logtest', 'Langt-og-hemmeligt', '$argon2', 'Nadia Logtest']) {
      expect(logs).not.toContain(value);
    }
  });
});
