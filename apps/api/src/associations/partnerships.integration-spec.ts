import { copenhagenDate, addDays } from '@brobygger/api/associations';
import { PartnershipAgreementEntity } from '@brobygger/api/associations';
import { type Town, createAssociation, createOtherMunicipality } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Agreement {
  id: string;
  associationId: string;
  startsOn: string;
  endsOn: string | null;
  scope: string;
  commitments: string;
  status: string;
}

const FIELDS = 'id associationId startsOn endsOn scope commitments status';
const REGISTER = `mutation ($input: RegisterPartnershipAgreementInput!) { registerPartnershipAgreement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: PartnershipAgreementInput!) { updatePartnershipAgreement(id: $id, input: $input) { ${FIELDS} } }`;
const END = `mutation ($id: ID!, $endsOn: String!) { endPartnershipAgreement(id: $id, endsOn: $endsOn) { ${FIELDS} } }`;

describe('partnership agreements', () => {
  let api: TestApp;
  let coordinator: string;
  let coordinatorEmail: string;
  let administrator: string;
  let representative: string;
  let volunteer: string;
  let clubId: string;
  let bylaugId: string;
  const today = copenhagenDate();
  const year = Number(today.slice(0, 4));

  const terms = (overrides: Record<string, unknown> = {}) => ({
    associationId: clubId,
    startsOn: `${year}-01-01`,
    endsOn: `${year + 1}-12-31`,
    scope: 'Prøvemedlemskaber i atletik og fritidspas til fodbold',
    commitments: 'Klubben tager imod fire prøvemedlemmer pr. sæson; kommunen formidler og betaler fritidspas.',
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApp();
    const { id: municipalityId, towns } = await api.municipality();
    const association = (name: string, town: Town) =>
      createAssociation(api.dataSource, { municipalityId, localityId: towns[town], name });
    clubId = (await association('Frederikssund Idrætsforening', 'Frederikssund')).id;
    bylaugId = (await association('Skibby Bylaug', 'Skibby')).id;
    const eveningSchool = await association('Slangerup Aftenskole', 'Slangerup');
    let coordinatorId: string;
    ({ cookie: coordinator, email: coordinatorEmail, accountId: coordinatorId } = await api.signInAs('coordinator'));
    ({ cookie: administrator } = await api.signInAs('administrator'));
    ({ cookie: representative } = await api.signInAs('association-representative', { associationId: clubId }));
    ({ cookie: volunteer } = await api.signInAs('volunteer'));
    // A running agreement with the evening school, registered earlier.
    await api.dataSource.manager.insert(PartnershipAgreementEntity, {
      municipalityId,
      associationId: eveningSchool.id,
      startsOn: `${year}-01-01`,
      endsOn: null,
      scope: 'Madcaféer og netværksgrupper for nye borgere i Slangerup.',
      commitments: 'Aftenskolen holder en madcafé om måneden; kommunen formidler deltagere.',
      registeredBy: coordinatorId,
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const register = (input: Record<string, unknown>, session = coordinator) =>
    api.graphql<{ registerPartnershipAgreement: Agreement }>(REGISTER, { input }, session);

  it('a coordinator registers an agreement and the association’s representative sees it', async () => {
    const created = await register(terms());
    expect(created.errors).toBeUndefined();
    expect(created.data?.registerPartnershipAgreement).toMatchObject({
      associationId: clubId,
      startsOn: `${year}-01-01`,
      endsOn: `${year + 1}-12-31`,
      status: 'ACTIVE',
    });
    const mine = await api.graphql<{ myAssociations: { name: string; partnershipAgreements: Agreement[] }[] }>(
      `{ myAssociations { name partnershipAgreements { ${FIELDS} } } }`,
      undefined,
      representative,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myAssociations).toEqual([
      {
        name: 'Frederikssund Idrætsforening',
        partnershipAgreements: [created.data?.registerPartnershipAgreement],
      },
    ]);
    const [{ registered_by: by }] = await api.dataSource.query(
      `SELECT a.email AS registered_by FROM partnership_agreement p JOIN account a ON a.id = p.registered_by WHERE p.id = $1`,
      [created.data?.registerPartnershipAgreement.id],
    );
    expect(by).toBe(coordinatorEmail);
  });

  it('lists every association with its agreements for the staff, with one query for all the agreements', async () => {
    const queries: string[] = [];
    const logQuery = jest
      .spyOn(api.appDataSource.logger, 'logQuery')
      .mockImplementation((query: string) => void queries.push(query));
    const overview = await api.graphql<{
      partnerAssociations: { name: string; partnershipAgreements: { scope: string; status: string }[] }[];
    }>('{ partnerAssociations { name partnershipAgreements { scope status } } }', undefined, administrator);
    logQuery.mockRestore();
    expect(queries.filter((q) => /FROM \S*"partnership_agreement"/.test(q))).toHaveLength(1);
    expect(overview.errors).toBeUndefined();
    const byName = new Map(overview.data?.partnerAssociations.map((a) => [a.name, a.partnershipAgreements]));
    expect(byName.size).toBe(3);
    expect(byName.get('Frederikssund Idrætsforening')).toHaveLength(1);
    expect(byName.get('Slangerup Aftenskole')).toEqual([expect.objectContaining({ status: 'ACTIVE' })]);
    expect(byName.get('Skibby Bylaug')).toEqual([]);
  });

  it('refuses representatives, volunteers and anonymous callers', async () => {
    for (const session of [representative, volunteer]) {
      const result = await register(terms({ associationId: bylaugId }), session);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await api.graphql('{ partnerAssociations { id } }', undefined, session);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await register(terms({ associationId: bylaugId }), '');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM partnership_agreement WHERE association_id = $1`,
      [bylaugId],
    );
    expect(count).toBe(0);
  });

  it('names the field of bad input', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: '01.01.2026' }, 'startsOn'],
      [{ startsOn: `${year}-02-30` }, 'startsOn'],
      [{ endsOn: `${year - 1}-12-31` }, 'endsOn'],
      [{ scope: '  ' }, 'scope'],
      [{ commitments: '' }, 'commitments'],
      [{ associationId: 'nope' }, 'associationId'],
      // Overlaps the agreement registered above.
      [{ startsOn: `${year + 1}-06-01`, endsOn: null }, 'startsOn'],
    ];
    for (const [overrides, field] of cases) {
      const result = await register(terms(overrides));
      expect({ field, got: result.errors?.[0]?.extensions }).toEqual({
        field,
        got: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    const unknown = await register(terms({ associationId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('changes the terms, ends the agreement, and keeps an ended one as it was', async () => {
    const created = (await register(terms({ associationId: bylaugId, endsOn: null }), administrator)).data
      ?.registerPartnershipAgreement as Agreement;
    expect(created.endsOn).toBeNull();
    const updated = await api.graphql<{ updatePartnershipAgreement: Agreement }>(
      UPDATE,
      {
        id: created.id,
        input: { startsOn: created.startsOn, endsOn: null, scope: 'Arrangementer i Skibby', commitments: 'Lokaler.' },
      },
      coordinator,
    );
    expect(updated.data?.updatePartnershipAgreement).toMatchObject({
      scope: 'Arrangementer i Skibby',
      status: 'ACTIVE',
    });
    const badEnd = await api.graphql(END, { id: created.id, endsOn: `${year - 1}-06-01` }, coordinator);
    expect(badEnd.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });

    const ended = await api.graphql<{ endPartnershipAgreement: Agreement }>(
      END,
      { id: created.id, endsOn: today },
      coordinator,
    );
    // Its last day is today: still active until tomorrow.
    expect(ended.data?.endPartnershipAgreement).toMatchObject({ endsOn: today, status: 'ACTIVE' });
    const later = await api.graphql(END, { id: created.id, endsOn: addDays(today, 30) }, coordinator);
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });

    // A day later it has ended, and stays as it was.
    await api.dataSource.query(`UPDATE partnership_agreement SET ends_on = $2 WHERE id = $1`, [
      created.id,
      addDays(today, -1),
    ]);
    const change = await api.graphql(
      UPDATE,
      { id: created.id, input: { startsOn: created.startsOn, scope: 'x', commitments: 'y' } },
      coordinator,
    );
    expect(change.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const overview = await api.graphql<{ partnerAssociations: { id: string; partnershipAgreements: Agreement[] }[] }>(
      `{ partnerAssociations { id partnershipAgreements { ${FIELDS} } } }`,
      undefined,
      coordinator,
    );
    const bylaug = overview.data?.partnerAssociations.find((a) => a.id === bylaugId);
    expect(bylaug?.partnershipAgreements.map((a) => a.status)).toEqual(['ENDED']);
    // A new agreement may start after the ended one.
    const next = await register(terms({ associationId: bylaugId, startsOn: today, endsOn: null }));
    expect(next.errors).toBeUndefined();
  });

  it('keeps another municipality’s staff out', async () => {
    const other = await createOtherMunicipality(api.dataSource, '260');
    const theirs = await api.signIn(other.coordinatorEmail, other.password);
    const result = await register(terms(), theirs);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ id }] = await api.dataSource.query(
      `SELECT id FROM partnership_agreement WHERE association_id = $1 LIMIT 1`,
      [clubId],
    );
    const end = await api.graphql(END, { id, endsOn: today }, theirs);
    expect(end.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await api.graphql<{ partnerAssociations: { name: string }[] }>(
      '{ partnerAssociations { name } }',
      undefined,
      theirs,
    );
    expect(list.data?.partnerAssociations.map((a) => a.name)).toEqual(['Andeby Boldklub']);
  });
});
