import { createAccount, createOtherMunicipality } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

const REGISTER = `mutation ($input: ParticipantInput!) {
  registerParticipant(input: $input) { id localityId localityName contactCoordinatorId }
}`;

describe('a participant’s contact coordinator', () => {
  let api: TestApp;
  let coordinator: string;
  let administrator: string;
  let volunteer: string;
  let volunteerAccountId: string;
  let localityId: string;
  let municipalityId: string;

  const intake = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Rana',
    lastName: 'Saleh',
    birthYear: 1990,
    localityId,
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, municipalityId } = await api.signInAs('coordinator', { displayName: 'Karin Kristensen' }));
    localityId = (await api.municipality()).towns.Skibby;
    // Accounts of the other roles, who are no coordinators.
    ({ cookie: administrator } = await api.signInAs('administrator'));
    ({ cookie: volunteer, accountId: volunteerAccountId } = await api.signInAs('volunteer'));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the municipality’s coordinators by name, not other municipalities’ or other roles', async () => {
    const colleagueId = (
      await createAccount(api.dataSource.manager, {
        municipalityId,
        email: 'anna.kollega@frederikssund.dk',
        password: 'kollega-kode-2026',
        role: 'coordinator',
      })
    ).id;
    await createOtherMunicipality(api.dataSource);
    const result = await api.graphql<{ coordinators: { id: string; displayName: string }[] }>(
      '{ coordinators { id displayName } }',
      undefined,
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.coordinators).toContainEqual({ id: colleagueId, displayName: 'anna.kollega' });
    // Not the other municipality's coordinator (also called "koordinator"), not the other roles.
    const names = (result.data?.coordinators ?? []).map((c) => c.displayName).sort();
    expect(names).toEqual(['Karin Kristensen', 'anna.kollega']);
  });

  it('keeps a chosen colleague as contact person and gives the town’s id for editing', async () => {
    const [{ id: colleagueId }] = await api.dataSource.query(
      `SELECT id FROM account WHERE email = 'anna.kollega@frederikssund.dk'`,
    );
    const result = await api.graphql<{ registerParticipant: Record<string, unknown> }>(
      REGISTER,
      { input: intake({ contactCoordinatorId: colleagueId }) },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerParticipant).toMatchObject({
      localityId,
      localityName: 'Skibby',
      contactCoordinatorId: colleagueId,
    });
  });

  it('refuses a contact person who is not a coordinator of this municipality, naming the field', async () => {
    const [{ id: foreignCoordinatorId }] = await api.dataSource.query(
      `SELECT id FROM account WHERE email LIKE 'koordinator@kommune%'`,
    );
    for (const contactCoordinatorId of [volunteerAccountId, foreignCoordinatorId, 'not-an-id']) {
      const result = await api.graphql(REGISTER, { input: intake({ contactCoordinatorId }) }, coordinator);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactCoordinatorId' });
    }
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM participant WHERE first_name = 'Rana'`,
    );
    expect(count).toBe(1);
  });

  it('shows the coordinators to coordinators only', async () => {
    for (const session of [administrator, volunteer]) {
      const result = await api.graphql('{ coordinators { id } }', undefined, session);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.graphql('{ coordinators { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
