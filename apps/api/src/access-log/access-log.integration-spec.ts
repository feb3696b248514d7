import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService } from '@brobygger/api/participants';
import { createParticipant } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Entry {
  action: string;
  accountId: string;
  role: string;
  criteria: string | null;
  requestId: string;
}

describe('the access log of participant data', () => {
  let api: TestApp;
  let coordinator: string;
  let administrator: string;
  let municipalityId: string;
  let participantId: string;

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, municipalityId } = await api.signInAs('coordinator'));
    ({ cookie: administrator } = await api.signInAs('administrator'));
    const { localityId } = await api.municipality();
    ({ id: participantId } = await createParticipant(api.dataSource, {
      municipalityId,
      localityId,
      firstName: 'Amina',
    }));
  });

  afterAll(async () => {
    await api?.close();
  });

  const logOf = async (id: string) =>
    (
      await api.graphql<{ participantAccessLog: Entry[] }>(
        `query ($id: ID!) { participantAccessLog(participantId: $id) { action accountId role criteria requestId } }`,
        { id },
        administrator,
      )
    ).data?.participantAccessLog ?? [];

  it('logs a read with the account, role and request id', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: coordinator, 'x-request-id': 'read-amina-1' },
      body: JSON.stringify({ query: `{ participant(id: "${participantId}") { firstName } }` }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ participant: { firstName: 'Amina' } });
    expect(await logOf(participantId)).toContainEqual(
      expect.objectContaining({ action: 'read', role: 'coordinator', requestId: 'read-amina-1' }),
    );
  });

  it('logs a search with its criteria for everyone it found', async () => {
    await api.graphql(`{ participants(search: { name: "amin" }) { items { id } } }`, undefined, coordinator);
    const search = (await logOf(participantId)).find((e) => e.action === 'search');
    expect(JSON.parse(search?.criteria ?? '{}')).toEqual({ name: 'amin', localityId: null });
  });

  it('logs a search that found no one, with its criteria', async () => {
    await api.graphql(`{ participants(search: { name: "zzz-ingen" }) { items { id } } }`, undefined, coordinator);
    const [row] = await api.dataSource.query(
      `SELECT participant_id, criteria FROM access_log_entry WHERE criteria->>'name' = 'zzz-ingen'`,
    );
    expect(row).toEqual({ participant_id: null, criteria: { name: 'zzz-ingen', localityId: null } });
  });

  it('is append-only for the app: entries cannot be changed or deleted', async () => {
    await expect(
      inTenantTransaction(api.dataSource, municipalityId, (m) =>
        m.query(`UPDATE access_log_entry SET action = 'read'`),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inTenantTransaction(api.dataSource, municipalityId, (m) => m.query(`DELETE FROM access_log_entry`)),
    ).rejects.toThrow(/permission denied/);
  });

  it('lets only administrators read the log', async () => {
    const asCoordinator = await api.graphql(
      `{ participantAccessLog(participantId: "${participantId}") { action } }`,
      undefined,
      coordinator,
    );
    expect(asCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deletes entries older than the retention period, and only those', async () => {
    const [{ id: accountId }] = await api.dataSource.query(`SELECT id FROM account LIMIT 1`);
    await api.dataSource.query(
      `INSERT INTO access_log_entry (municipality_id, at, account_id, role, action, participant_id, request_id)
       VALUES ($1, now() - interval '7 months', $2, 'coordinator', 'read', $3, 'old'),
              ($1, now() - interval '5 months', $2, 'coordinator', 'read', $3, 'recent')`,
      [municipalityId, accountId, participantId],
    );
    const deleted = await api.started.app.get(AccessLogService).deleteExpired();
    expect(deleted).toBe(1);
    const requestIds = (await logOf(participantId)).map((e) => e.requestId);
    expect(requestIds).toContain('recent');
    expect(requestIds).not.toContain('old');
  });

  it('lets the retention function delete nothing of the last month, and only for a set tenant', async () => {
    // The app's own connection: in CI a login with no more than the app role's rights.
    const appDataSource = api.started.app.get<DataSource>(getDataSourceToken());
    await expect(
      inTenantTransaction(appDataSource, municipalityId, (manager) =>
        manager.query('SELECT delete_expired_access_log(0)'),
      ),
    ).rejects.toThrow(/retention_months must be at least 1/);
    await expect(
      inTenantTransaction(appDataSource, null, (manager) => manager.query('SELECT delete_expired_access_log(1)')),
    ).rejects.toThrow(/no municipality is set/);
    expect((await logOf(participantId)).map((e) => e.requestId)).toContain('recent');
  });
});
