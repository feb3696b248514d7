import { createAssociation, createOtherMunicipality } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Offer {
  id: string;
  status: string;
  title: string;
}

const CREATE = `mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id status title } }`;

describe('associations manage their profile and offers', () => {
  let api: TestApp;
  let representative: string;
  let coordinator: string;
  let volunteer: string;
  let clubId: string;
  let otherClubId: string;
  let localityId: string;

  const trial = (overrides: Record<string, unknown> = {}) => ({
    associationId: clubId,
    kind: 'TRIAL_MEMBERSHIP',
    title: 'Prøvetræning i badminton',
    localityId,
    capacity: 4,
    trialWeeks: 6,
    languageCodes: ['da', 'ar'],
    activityKey: 'badminton',
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApp();
    const { id: municipalityId, localityId: town, towns } = await api.municipality();
    localityId = town;
    const club = await createAssociation(api.dataSource, {
      municipalityId,
      localityId,
      name: 'Frederikssund Idrætsforening',
    });
    clubId = club.id;
    ({ id: otherClubId } = await createAssociation(api.dataSource, {
      municipalityId,
      localityId: towns.Skibby,
      name: 'Skibby Bylaug',
    }));
    ({ cookie: representative } = await api.signInAs('association-representative', { associationId: clubId }));
    ({ cookie: coordinator } = await api.signInAs('coordinator'));
    ({ cookie: volunteer } = await api.signInAs('volunteer'));
  });

  afterAll(async () => {
    await api?.close();
  });

  const published = async () =>
    (
      (
        await api.graphql<{ publishedOffers: { items: { id: string }[] } }>(
          '{ publishedOffers(limit: 50) { items { id } } }',
        )
      ).data?.publishedOffers.items ?? []
    ).map((o) => o.id);

  it('shows the representative their own association', async () => {
    const mine = await api.graphql<{ myAssociations: { id: string; name: string }[] }>(
      '{ myAssociations { id name contactPeople { name } } }',
      undefined,
      representative,
    );
    expect(mine.data?.myAssociations.map((a) => a.name)).toEqual(['Frederikssund Idrætsforening']);
  });

  it('takes an offer from draft to published to closed; the catalogue shows it only while published', async () => {
    const created = await api.graphql<{ createOffer: Offer }>(CREATE, { input: trial() }, representative);
    expect(created.errors).toBeUndefined();
    const offer = created.data?.createOffer as Offer;
    expect(offer.status).toBe('DRAFT');
    expect(await published()).not.toContain(offer.id);

    const publish = await api.graphql<{ publishOffer: Offer }>(
      `mutation { publishOffer(id: "${offer.id}") { status } }`,
      undefined,
      representative,
    );
    expect(publish.data?.publishOffer.status).toBe('PUBLISHED');
    expect(await published()).toContain(offer.id);

    const close = await api.graphql<{ closeOffer: Offer }>(
      `mutation { closeOffer(id: "${offer.id}") { status } }`,
      undefined,
      representative,
    );
    expect(close.data?.closeOffer.status).toBe('CLOSED');
    expect(await published()).not.toContain(offer.id);

    const remove = await api.graphql(`mutation { deleteOffer(id: "${offer.id}") }`, undefined, representative);
    expect(remove.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(remove.errors?.[0]?.message).toMatch(/close it instead/);
  });

  it('deletes a draft that was never published', async () => {
    const created = await api.graphql<{ createOffer: Offer }>(
      CREATE,
      { input: trial({ title: 'Kladde' }) },
      representative,
    );
    const id = created.data?.createOffer.id;
    expect((await api.graphql(`mutation { deleteOffer(id: "${id}") }`, undefined, representative)).data).toEqual({
      deleteOffer: true,
    });
    const offers = await api.graphql<{ associationOffers: Offer[] }>(
      `{ associationOffers(associationId: "${clubId}") { id } }`,
      undefined,
      representative,
    );
    expect(offers.data?.associationOffers.map((o) => o.id)).not.toContain(id);
  });

  it('refuses an offer for an association the representative does not represent', async () => {
    const result = await api.graphql(CREATE, { input: trial({ associationId: otherClubId }) }, representative);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a coordinator help any association of the municipality, and refuses a volunteer', async () => {
    expect(
      (await api.graphql(CREATE, { input: trial({ associationId: otherClubId }) }, coordinator)).errors,
    ).toBeUndefined();
    expect((await api.graphql(CREATE, { input: trial() }, volunteer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(CREATE, { input: trial() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the field of a bad offer', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ capacity: 0 }, 'capacity'],
      [{ languageCodes: ['xx'] }, 'languageCodes'],
      [{ activityKey: 'quidditch' }, 'activityKey'],
      [{ trialWeeks: null }, 'trialWeeks'],
      [{ kind: 'FRITIDSPAS', ageMax: 25, seasonFeeOre: 100000 }, 'ageMax'],
      [{ kind: 'EVENT', eventKind: 'FOOD_CAFE', startsAt: '2020-01-01T17:00:00Z' }, 'startsAt'],
      [{ localityId: '00000000-0000-4000-8000-000000000000' }, 'localityId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.graphql(CREATE, { input: trial(overrides) }, representative);
      expect({ field, got: result.errors?.[0]?.extensions }).toEqual({
        field,
        got: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
  });

  it('keeps the association profile, checking the CVR number by its modulus-11 rule', async () => {
    const update = (cvr: string, contactEmail = 'kasserer@fif.dk') =>
      api.graphql<{ updateAssociationProfile: { cvr: string | null; contactPeople: { name: string }[] } }>(
        `mutation ($id: ID!, $input: AssociationProfileInput!) {
          updateAssociationProfile(id: $id, input: $input) { cvr contactPeople { name email } childCertificateDeclaredOn }
        }`,
        {
          id: clubId,
          input: {
            name: 'Frederikssund Idrætsforening',
            cvr,
            kind: 'SPORTS',
            localityId,
            contactPeople: [{ name: 'Lone Kasserer', email: contactEmail, phone: '+45 12 34 56 78' }],
            childCertificateDeclaredOn: '2026-03-01',
          },
        },
        representative,
      );
    expect((await update('12345675')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cvr' });
    expect((await update('12345674', 'ikke-en-email')).errors?.[0]?.extensions).toMatchObject({
      field: 'contactPeople[0].email',
    });
    const saved = await update('1234 5674');
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateAssociationProfile).toMatchObject({
      cvr: '12345674',
      contactPeople: [{ name: 'Lone Kasserer' }],
    });
  });

  it('cannot reach another municipality’s association, even by its id', async () => {
    const other = await createOtherMunicipality(api.dataSource, '260');
    const [{ id }] = await api.dataSource.query(`SELECT id FROM association WHERE municipality_id = $1`, [
      other.municipalityId,
    ]);
    const result = await api.graphql(CREATE, { input: trial({ associationId: id }) }, coordinator);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
