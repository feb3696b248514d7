import { createFritidspasOffer, createOffer, createParticipant } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

const GRANT = `mutation ($input: FritidspasGrantInput!) { grantFritidspas(input: $input) { id feeOre equipmentOre stillActive } }`;

describe('fritidspas grants against the year’s budget', () => {
  let api: TestApp;
  let administrator: string;
  let coordinator: string;
  let participantId: string;
  let offerId: string;

  const grant = (overrides: Record<string, unknown> = {}) => ({
    participantId,
    childFirstName: 'Omar',
    offerId,
    feeOre: 120_000,
    equipmentOre: 30_000,
    periodStart: '2026-08-01',
    periodEnd: '2027-06-30',
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: administrator } = await api.signInAs('administrator'));
    ({ cookie: coordinator } = await api.signInAs('coordinator'));
    const { id: municipalityId, localityId } = await api.municipality();
    ({ id: participantId } = await createParticipant(api.dataSource, {
      municipalityId,
      localityId,
      firstName: 'Amina',
      household: [
        { firstName: 'Omar', birthYear: 2016 },
        { firstName: 'Sara', birthYear: 2000 },
      ],
    }));
    const fritidspas = await createFritidspasOffer(api.dataSource, { municipalityId, localityId });
    offerId = fritidspas.id;
    await createOffer(api.dataSource, { municipalityId, localityId, associationId: fritidspas.associationId });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows the remaining budget and refuses a grant that would exceed it, saying what is left', async () => {
    const set = await api.graphql(
      `mutation { setFritidspasBudget(year: 2026, amountOre: 200000) { amountOre remainingOre } }`,
      undefined,
      administrator,
    );
    expect(set.data).toEqual({ setFritidspasBudget: { amountOre: 200_000, remainingOre: 200_000 } });

    expect((await api.graphql(GRANT, { input: grant() }, coordinator)).errors).toBeUndefined();
    const budget = await api.graphql(
      `{ fritidspasBudget(year: 2026) { grantedOre remainingOre } }`,
      undefined,
      coordinator,
    );
    expect(budget.data).toEqual({ fritidspasBudget: { grantedOre: 150_000, remainingOre: 50_000 } });

    const tooMuch = await api.graphql(GRANT, { input: grant({ feeOre: 60_000, equipmentOre: 0 }) }, coordinator);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_EXCEEDED',
      details: { amount: '600,00 kr.', year: 2026, remaining: '500,00 kr.' },
    });
    expect(tooMuch.errors?.[0]?.message).toBe(
      'This grant of 600,00 kr. would exceed the 2026 budget: 500,00 kr. is left.',
    );

    const lower = await api.graphql(
      `mutation { setFritidspasBudget(year: 2026, amountOre: 100000) { amountOre } }`,
      undefined,
      administrator,
    );
    expect(lower.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_BELOW_GRANTED',
      field: 'amountOre',
      details: { granted: '1.500,00 kr.' },
    });
  });

  it('grants only for a child of the household, aged 18 or under, and a fritidspas activity', async () => {
    const noChild = await api.graphql(GRANT, { input: grant({ childFirstName: 'Ukendt', feeOre: 1 }) }, coordinator);
    expect(noChild.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CHILD_NOT_IN_HOUSEHOLD',
      field: 'childFirstName',
    });
    const adult = await api.graphql(GRANT, { input: grant({ childFirstName: 'Sara', feeOre: 1 }) }, coordinator);
    expect(adult.errors?.[0]?.message).toMatch(/up to 18/);
    expect(adult.errors?.[0]?.extensions).toMatchObject({ reason: 'CHILD_TOO_OLD', details: { max: 18 } });
    const [{ id: trialId }] = await api.dataSource.query(
      `SELECT id FROM offer WHERE kind = 'trial-membership' LIMIT 1`,
    );
    const wrongOffer = await api.graphql(GRANT, { input: grant({ offerId: trialId, feeOre: 1 }) }, coordinator);
    expect(wrongOffer.errors?.[0]?.extensions).toMatchObject({ field: 'offerId', reason: 'NOT_A_FRITIDSPAS_OFFER' });
  });

  it('records the season-end retention check', async () => {
    const [{ id }] = await api.dataSource.query(`SELECT id FROM fritidspas_grant LIMIT 1`);
    const checked = await api.graphql(
      `mutation { recordFritidspasRetention(id: "${id}", stillActive: true) { stillActive } }`,
      undefined,
      coordinator,
    );
    expect(checked.data).toEqual({ recordFritidspasRetention: { stillActive: true } });
  });

  it('lets only administrators set the budget', async () => {
    const result = await api.graphql(
      `mutation { setFritidspasBudget(year: 2026, amountOre: 1) { amountOre } }`,
      undefined,
      coordinator,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
