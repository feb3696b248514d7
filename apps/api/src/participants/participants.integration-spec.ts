import { createTestApp, type TestApp } from '../../test/test-app';

const REGISTER = `mutation ($input: ParticipantInput!) {
  registerParticipant(input: $input) { id firstName localityName legalBasis consents household { firstName birthYear } contactCoordinatorId }
}`;

describe('participant intake by a coordinator', () => {
  let api: TestApp;
  let coordinator: string;
  let coordinatorId: string;
  let localityId: string;

  const intake = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Layla',
    lastName: 'Haddad',
    birthYear: 1987,
    gender: 'FEMALE',
    languages: [{ code: 'ar', level: 'NATIVE' }],
    interpreterNeeded: true,
    danishLevel: 'BEGINNER',
    localityId,
    household: [{ firstName: 'Omar', birthYear: 2016 }],
    interests: ['swimming'],
    needs: ['EVERYDAY_LIFE', 'LEISURE'],
    preferredVolunteerGender: 'FEMALE',
    arrivalDate: '2026-08-15',
    consents: ['photos-at-events'],
    notes: 'Foretrækker formiddage.',
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, accountId: coordinatorId } = await api.signInAs('coordinator'));
    localityId = (await api.municipality()).towns.Jægerspris;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('registers a participant under the public task, with the coordinator as contact person, and logs it', async () => {
    const result = await api.graphql<{ registerParticipant: Record<string, unknown> & { id: string } }>(
      REGISTER,
      { input: intake() },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerParticipant).toMatchObject({
      firstName: 'Layla',
      localityName: 'Jægerspris',
      legalBasis: 'public-task',
      consents: ['photos-at-events'],
      household: [{ firstName: 'Omar', birthYear: 2016 }],
      contactCoordinatorId: coordinatorId,
    });
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM access_log_entry WHERE participant_id = $1 AND action = 'change'`,
      [result.data?.registerParticipant.id],
    );
    expect(count).toBe(1);
  });

  it('withdraws a consent that is left out on update, without consequence', async () => {
    const created = await api.graphql<{ registerParticipant: { id: string } }>(
      REGISTER,
      { input: intake({ firstName: 'Nour' }) },
      coordinator,
    );
    const id = created.data?.registerParticipant.id;
    const updated = await api.graphql<{ updateParticipant: { consents: string[] } }>(
      `mutation ($id: ID!, $input: ParticipantInput!) { updateParticipant(id: $id, input: $input) { consents } }`,
      { id, input: intake({ firstName: 'Nour', consents: [] }) },
      coordinator,
    );
    expect(updated.data?.updateParticipant.consents).toEqual([]);
    const [{ consents }] = await api.dataSource.query(`SELECT consents FROM participant WHERE id = $1`, [id]);
    expect(consents[0]).toMatchObject({ purpose: 'photos-at-events', withdrawnAt: expect.any(String) });
  });

  it('names the field of bad intake, and refuses sensitive content in the notes', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ firstName: ' ' }, 'firstName'],
      [{ birthYear: 1800 }, 'birthYear'],
      [{ languages: [{ code: 'ar', level: 'good' }] }, 'languages[0].level'],
      [{ household: [{ firstName: 'Omar', birthYear: 1990 }] }, 'household[0].birthYear'],
      [{ needs: ['money'] }, 'needs[0]'],
      [{ notes: 'Har PTSD og tager medicin' }, 'notes'],
      [{ notes: 'CPR 010190-1234' }, 'notes'],
      [{ localityId: '00000000-0000-4000-8000-000000000000' }, 'localityId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.graphql(REGISTER, { input: intake(overrides) }, coordinator);
      expect({ field, got: result.errors?.[0]?.extensions }).toEqual({
        field,
        got: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
  });

  it('is for coordinators only', async () => {
    const { cookie: volunteer } = await api.signInAs('volunteer');
    const result = await api.graphql(REGISTER, { input: intake() }, volunteer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
