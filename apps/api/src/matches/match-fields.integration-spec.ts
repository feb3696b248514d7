import { createAssociation, createMentoringScene, createOffer } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface NamedMatch {
  id: string;
  participantId: string;
  volunteerId: string | null;
  offerId: string | null;
  participant: { id: string; firstName: string; lastName: string; localityName: string };
  provider: { id: string; name: string; associationName: string | null };
  reasons: { key: string; params: string }[];
}

interface RunResult {
  runMatching: {
    run: { id: string; ranBy: string; proposalCount: number };
    proposals: NamedMatch[];
    unmatched: { participantId: string; participant: { firstName: string; lastName: string } }[];
  };
}

const RUN_WITH_NAMES = `mutation ($kind: MatchKind!, $scope: MatchingScopeInput) {
  runMatching(kind: $kind, scope: $scope) {
    run { id ranBy proposalCount }
    proposals {
      id participantId volunteerId offerId reasons { key params }
      participant { id firstName lastName localityName }
      provider { id name associationName }
    }
    unmatched { participantId participant { firstName lastName } }
  }
}`;

describe('names on the coordinator’s board: Match.participant, Match.provider, UnmatchedParticipant.participant', () => {
  let api: TestApp;
  let coordinator: string;
  let mette: string;
  let municipalityId: string;
  let metteId: string;
  let aminaId: string;
  let hodanId: string;
  let samiraId: string;

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, municipalityId } = await api.signInAs('coordinator', { displayName: 'Karin Kristensen' }));
    const municipality = await api.municipality();
    const { mette: volunteer, waiting } = await createMentoringScene(api.dataSource, municipality);
    metteId = volunteer.id;
    mette = await api.sessionFor(volunteer.accountId ?? '');
    aminaId = waiting['Amina']?.id ?? '';
    hodanId = waiting['Hodan']?.id ?? '';
    samiraId = waiting['Samira']?.id ?? '';
    // An event open to everyone, for the offer kinds.
    const { localityId } = municipality;
    const association = await createAssociation(api.dataSource, {
      municipalityId,
      localityId,
      name: 'Dansk Flygtningehjælp',
    });
    await createOffer(api.dataSource, {
      municipalityId,
      localityId,
      associationId: association.id,
      kind: 'event',
      title: 'Velkomstmøde for nye borgere',
      activityKey: 'welcome-meeting',
      languageCodes: ['da', 'ar', 'ti', 'uk', 'fa', 'so'],
      capacity: 80,
      startsAt: new Date(Date.now() + 8 * 86_400_000),
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const run = (kind: string, scope?: Record<string, unknown>, session = coordinator) =>
    api.graphql<RunResult>(RUN_WITH_NAMES, { kind, scope }, session);

  it('gives a coordinator the participant’s and the volunteer’s names, and logs reading the participants', async () => {
    const before = new Date();
    const result = await run('MENTOR');
    expect(result.errors).toBeUndefined();
    const { run: record, proposals, unmatched } = result.data?.runMatching ?? { proposals: [], unmatched: [] };
    expect(record?.ranBy).toBe('Karin Kristensen');
    expect(proposals.length).toBeGreaterThan(0);
    const people: { id: string; first_name: string; last_name: string; locality: string }[] =
      await api.dataSource.query(
        `SELECT p.id, p.first_name, p.last_name, l.name AS locality FROM participant p JOIN locality l ON l.id = p.locality_id`,
      );
    const volunteers: { id: string; name: string }[] = await api.dataSource.query(
      `SELECT id, first_name || ' ' || last_name AS name FROM volunteer`,
    );
    for (const proposal of proposals) {
      const person = people.find((p) => p.id === proposal.participantId);
      expect(proposal.participant).toEqual({
        id: proposal.participantId,
        firstName: person?.first_name,
        lastName: person?.last_name,
        localityName: person?.locality,
      });
      expect(proposal.provider).toEqual({
        id: proposal.volunteerId,
        name: volunteers.find((v) => v.id === proposal.volunteerId)?.name,
        associationName: null,
      });
    }
    const amina = proposals.find((p) => p.participantId === aminaId);
    expect(amina?.participant).toMatchObject({ firstName: 'Amina', lastName: 'Hassan', localityName: 'Frederikssund' });
    for (const line of unmatched) {
      expect(line.participant.firstName).toBe(people.find((p) => p.id === line.participantId)?.first_name);
    }

    const logged: { participant_id: string }[] = await api.dataSource.query(
      `SELECT participant_id FROM access_log_entry WHERE action = 'read' AND at >= $1`,
      [before.toISOString()],
    );
    const named = [...proposals.map((p) => p.participantId), ...unmatched.map((u) => u.participantId)];
    expect(new Set(logged.map((l) => l.participant_id))).toEqual(new Set(named));
  });

  it('names the offer and its association for offer kinds', async () => {
    const result = await run('EVENT');
    expect(result.errors).toBeUndefined();
    const proposals = result.data?.runMatching.proposals ?? [];
    expect(proposals.length).toBeGreaterThan(0);
    const offers: { id: string; title: string; association: string }[] = await api.dataSource.query(
      `SELECT o.id, o.title, a.name AS association FROM offer o JOIN association a ON a.id = o.association_id`,
    );
    for (const proposal of proposals) {
      const offer = offers.find((o) => o.id === proposal.offerId);
      expect(proposal.provider).toEqual({ id: offer?.id, name: offer?.title, associationName: offer?.association });
    }
  });

  it('refuses the names to a volunteer who gets a match back from respondToMatch', async () => {
    const proposal = (await run('MENTOR', { participantIds: [aminaId] })).data?.runMatching.proposals[0];
    expect(proposal?.volunteerId).toBe(metteId);
    await api.graphql(`mutation { approveMatch(id: "${proposal?.id}") { status } }`, undefined, coordinator);
    const asked = await api.graphql(
      `mutation { respondToMatch(id: "${proposal?.id}", accept: true) { id participant { firstName lastName } provider { name } } }`,
      undefined,
      mette,
    );
    // Its answer (MatchAnswer) has no such fields at all: refused before anything runs.
    expect(asked.errors?.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(asked.data ?? null).toBeNull();
    expect(JSON.stringify(asked)).not.toContain('Hassan');
    // Her own view still works, with only what the match needs.
    const mine = await api.graphql<{ myMatches: { participantFirstName: string }[] }>(
      '{ myMatches { participantFirstName } }',
      undefined,
      mette,
    );
    expect(mine.data?.myMatches).toContainEqual({ participantFirstName: 'Amina' });
  });

  it('loads the names of a list of N matches with one query per table, not one per match', async () => {
    const n = 30;
    const [{ id: localityId }] = await api.dataSource.query(`SELECT id FROM locality WHERE name = 'Slangerup'`);
    const [{ id: offerId }] = await api.dataSource.query(`SELECT id FROM offer WHERE status = 'published' LIMIT 1`);
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const [{ id: participantId }] = await api.dataSource.query(
        `INSERT INTO participant (municipality_id, first_name, last_name, birth_year, locality_id)
         VALUES ($1, $2, 'Listesen', 1990, $3) RETURNING id`,
        [municipalityId, `Liste${i}`, localityId],
      );
      ids.push(participantId);
      await api.dataSource.query(
        `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, offer_id, status, score)
         VALUES ($1, $2, $3, $4, $5, 'proposed', 10)`,
        i % 2
          ? [municipalityId, 'mentor', participantId, metteId, null]
          : [municipalityId, 'event', participantId, null, offerId],
      );
    }

    const queries: string[] = [];
    const logQuery = jest
      .spyOn(api.appDataSource.logger, 'logQuery')
      .mockImplementation((query: string) => void queries.push(query));
    const listed = await api.graphql<{ matches: { items: NamedMatch[] } }>(
      '{ matches(statuses: [PROPOSED], limit: 50) { items { id participantId participant { firstName lastName } provider { name associationName } } } }',
      undefined,
      coordinator,
    );
    logQuery.mockRestore();

    expect(listed.errors).toBeUndefined();
    const ours = (listed.data?.matches.items ?? []).filter((m) => ids.includes(m.participantId));
    expect(ours).toHaveLength(n);
    for (const match of ours) {
      expect(match.participant.lastName).toBe('Listesen');
      expect(match.provider.name).toMatch(/\S/);
    }
    // On a server the tables carry the test's schema: FROM "test_…"."participant".
    const touching = (table: string) =>
      queries.filter((q) => new RegExp(`FROM\\s+("?\\w+"?\\.)?"?${table}"?\\s`, 'i').test(q)).length;
    expect(touching('participant')).toBe(1);
    expect(touching('volunteer')).toBe(1);
    expect(touching('offer')).toBe(1);
    expect(queries.filter((q) => /^INSERT INTO ("\w+"\.)?"access_log_entry"/i.test(q))).toHaveLength(1);
    // Not a query per match: the list, one batch per loader, and their transactions' bookkeeping.
    expect(queries.length).toBeLessThan(n);
  });

  describe('coordinator locks', () => {
    it('forbids a pair (mustNot), then locks another (must), which is proposed with the reason "locked"', async () => {
      const first = (await run('MENTOR', { participantIds: [hodanId] })).data?.runMatching.proposals[0];
      expect(first?.volunteerId).toBeTruthy();
      const forbidden = await run('MENTOR', {
        participantIds: [hodanId],
        mustNot: [{ participantId: hodanId, providerId: first?.volunteerId }],
      });
      expect(forbidden.errors).toBeUndefined();
      const second = forbidden.data?.runMatching.proposals[0];
      expect(second?.volunteerId).toBeTruthy();
      expect(second?.volunteerId).not.toBe(first?.volunteerId);

      const locked = await run('MENTOR', {
        participantIds: [hodanId],
        must: [{ participantId: hodanId, providerId: second?.volunteerId }],
      });
      expect(locked.errors).toBeUndefined();
      const proposal = locked.data?.runMatching.proposals[0];
      expect(proposal?.volunteerId).toBe(second?.volunteerId);
      expect(proposal?.reasons.map((r) => r.key)).toContain('locked');
    });

    it('refuses a lock that cannot be kept, naming the lock', async () => {
      const outsideScope = await run('MENTOR', {
        participantIds: [samiraId],
        must: [{ participantId: aminaId, providerId: metteId }],
      });
      expect(outsideScope.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'must[0]' });

      const badId = await run('MENTOR', { mustNot: [{ participantId: 'nope', providerId: metteId }] });
      expect(badId.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'mustNot[0].participantId',
      });

      // A mentor in Skibby who travels at most 1 km can never meet Samira in Jægerspris.
      const [{ id: skibbyId }] = await api.dataSource.query(`SELECT id FROM locality WHERE name = 'Skibby'`);
      const [{ id: farId }] = await api.dataSource.query(
        `INSERT INTO volunteer (municipality_id, first_name, last_name, roles, status, locality_id, capacity, max_distance_km)
         VALUES ($1, 'Langt', 'Væk', '{mentor}', 'approved', $2, 1, 1) RETURNING id`,
        [municipalityId, skibbyId],
      );
      const impossible = await run('MENTOR', {
        participantIds: [samiraId],
        must: [{ participantId: samiraId, providerId: farId }],
      });
      expect(impossible.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'must' });
      expect(impossible.errors?.[0]?.message).toMatch(/distance/);

      const forbiddenToVolunteer = await run('MENTOR', { participantIds: [samiraId] }, mette);
      expect(forbiddenToVolunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('lists the latest runs with who ran them', async () => {
    const runs = await api.graphql<{ matchingRuns: { kind: string; ranBy: string; proposalCount: number }[] }>(
      '{ matchingRuns(limit: 3) { kind ranBy proposalCount } }',
      undefined,
      coordinator,
    );
    expect(runs.errors).toBeUndefined();
    expect(runs.data?.matchingRuns).toHaveLength(3);
    expect(runs.data?.matchingRuns.every((r) => r.ranBy === 'Karin Kristensen')).toBe(true);
    const tooMany = await api.graphql('{ matchingRuns(limit: 500) { id } }', undefined, coordinator);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});
