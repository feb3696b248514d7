import { createFritidspasOffer, createParticipant } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

const GRANT = `mutation ($input: FritidspasGrantInput!) {
  grantFritidspas(input: $input) { id childFirstName offerTitle participantName feeOre equipmentOre stillActive }
}`;
const GRANTS = `query ($year: Int!, $limit: Int! = 25) {
  fritidspasGrants(year: $year, limit: $limit) {
    total
    items { id childFirstName offerTitle participantName periodStart periodEnd stillActive }
  }
}`;

interface Grant {
  id: string;
  childFirstName: string;
  offerTitle: string;
  participantName: string;
  stillActive: boolean | null;
}

describe('the year’s fritidspas grants for the coordinator', () => {
  let api: TestApp;
  let coordinator: string;
  let participantId: string;
  let offerId: string;
  let offerTitle: string;

  const grant = (overrides: Record<string, unknown> = {}) => ({
    participantId,
    childFirstName: 'Omar',
    offerId,
    feeOre: 50_000,
    equipmentOre: 10_000,
    periodStart: '2026-08-01',
    periodEnd: '2027-06-30',
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator } = await api.signInAs('coordinator'));
    const { cookie: administrator } = await api.signInAs('administrator');
    await api.graphql(`mutation { setFritidspasBudget(year: 2026, amountOre: 500000) { year } }`, {}, administrator);
    const { id: municipalityId, localityId } = await api.municipality();
    ({ id: participantId } = await createParticipant(api.dataSource, {
      municipalityId,
      localityId,
      firstName: 'Amina',
      lastName: 'Hassan',
      household: [
        { firstName: 'Omar', birthYear: 2016 },
        { firstName: 'Leila', birthYear: 2013 },
      ],
    }));
    ({ id: offerId, title: offerTitle } = await createFritidspasOffer(api.dataSource, { municipalityId, localityId }));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers a grant with the activity and the parent, and lists the year’s grants newest first', async () => {
    const first = await api.graphql<{ grantFritidspas: Grant }>(GRANT, { input: grant() }, coordinator);
    expect(first.errors).toBeUndefined();
    expect(first.data?.grantFritidspas).toMatchObject({
      childFirstName: 'Omar',
      offerTitle,
      participantName: 'Amina Hassan',
      stillActive: null,
    });
    const second = await api.graphql<{ grantFritidspas: Grant }>(
      GRANT,
      { input: grant({ childFirstName: 'Leila' }) },
      coordinator,
    );
    expect(second.errors).toBeUndefined();
    // A grant of another year is not in this year's list.
    const nextYear = await api.graphql(
      GRANT,
      { input: grant({ periodStart: '2027-08-01', periodEnd: '2028-06-30', feeOre: 0, equipmentOre: 0 }) },
      coordinator,
    );
    expect(nextYear.errors).toBeUndefined();

    const list = await api.graphql<{ fritidspasGrants: { total: number; items: Grant[] } }>(
      GRANTS,
      { year: 2026 },
      coordinator,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.fritidspasGrants.total).toBe(2);
    expect(list.data?.fritidspasGrants.items.map((g) => g.childFirstName)).toEqual(['Leila', 'Omar']);
    expect(list.data?.fritidspasGrants.items[0]).toMatchObject({ offerTitle, participantName: 'Amina Hassan' });
    // A page of one: the newest, with the total across pages.
    const newest = await api.graphql<{ fritidspasGrants: { total: number; items: Grant[] } }>(
      GRANTS,
      { year: 2026, limit: 1 },
      coordinator,
    );
    expect(newest.data?.fritidspasGrants.total).toBe(2);
    expect(newest.data?.fritidspasGrants.items.map((g) => g.childFirstName)).toEqual(['Leila']);
    for (const limit of [0, 51]) {
      const refused = await api.graphql(GRANTS, { year: 2026, limit }, coordinator);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    }
  });

  it('logs reading the list as a search of the parents', async () => {
    const [{ count: before }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM access_log_entry WHERE participant_id = $1 AND action = 'search'`,
      [participantId],
    );
    await api.graphql(GRANTS, { year: 2026 }, coordinator);
    const [{ count: after }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM access_log_entry WHERE participant_id = $1 AND action = 'search'`,
      [participantId],
    );
    expect(after).toBe(before + 1);
  });

  it('answers the retention check with the grant as listed', async () => {
    const list = await api.graphql<{ fritidspasGrants: { items: Grant[] } }>(GRANTS, { year: 2026 }, coordinator);
    const omar = list.data?.fritidspasGrants.items.find((g) => g.childFirstName === 'Omar') as Grant;
    const checked = await api.graphql<{ recordFritidspasRetention: Grant }>(
      `mutation ($id: ID!) { recordFritidspasRetention(id: $id, stillActive: false) { id stillActive offerTitle participantName } }`,
      { id: omar.id },
      coordinator,
    );
    expect(checked.data?.recordFritidspasRetention).toEqual({
      id: omar.id,
      stillActive: false,
      offerTitle,
      participantName: 'Amina Hassan',
    });
  });

  it('names the year when it is not one, and is for coordinators only', async () => {
    const bad = await api.graphql(GRANTS, { year: 26 }, coordinator);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    for (const role of ['administrator', 'volunteer'] as const) {
      const { cookie: session } = await api.signInAs(role);
      const result = await api.graphql(GRANTS, { year: 2026 }, session);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
