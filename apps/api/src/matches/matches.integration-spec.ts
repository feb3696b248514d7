import { MatchesService } from '@brobygger/api/matches';
import { createMentoringScene } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Match {
  id: string;
  status: string;
  volunteerId: string | null;
  participantId: string;
  reasons: { key: string; params: string }[];
}

const RUN = `mutation ($kind: MatchKind!, $scope: MatchingScopeInput) {
  runMatching(kind: $kind, scope: $scope) {
    run { id participantCount providerCount proposalCount objective durationMs }
    proposals { id status volunteerId participantId reasons { key params } }
    unmatched { participantId reason { key params } }
  }
}`;

describe('matching runs and the match lifecycle', () => {
  let api: TestApp;
  let coordinator: string;
  let mette: string;
  let metteId: string;
  let aminaId: string;
  let samiraId: string;
  let municipalityId: string;
  let stranger: string;

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, municipalityId } = await api.signInAs('coordinator'));
    ({ cookie: stranger } = await api.signInAs('association-representative'));
    const { mette: volunteer, waiting } = await createMentoringScene(api.dataSource, await api.municipality());
    metteId = volunteer.id;
    mette = await api.sessionFor(volunteer.accountId ?? '');
    aminaId = waiting['Amina']?.id ?? '';
    samiraId = waiting['Samira']?.id ?? '';
  });

  afterAll(async () => {
    await api?.close();
  });

  const runFor = (participantIds: string[]) =>
    api.graphql<{ runMatching: { run: { proposalCount: number }; proposals: Match[]; unmatched: unknown[] } }>(
      RUN,
      { kind: 'MENTOR', scope: { participantIds } },
      coordinator,
    );

  it('runs the engine on everyone waiting, records the run and explains each proposal', async () => {
    const result = await api.graphql<{
      runMatching: { run: { participantCount: number; proposalCount: number; objective: number }; proposals: Match[] };
    }>(RUN, { kind: 'MENTOR' }, coordinator);
    expect(result.errors).toBeUndefined();
    const { run, proposals } = result.data?.runMatching ?? {
      run: { participantCount: 0, proposalCount: 0, objective: 0 },
      proposals: [],
    };
    expect(run.participantCount).toBe(5);
    expect(run.proposalCount).toBe(proposals.length);
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((p) => p.status === 'PROPOSED' && p.reasons.length > 0)).toBe(true);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM matching_run`);
    expect(count).toBe(1);
  });

  it('goes proposed → approved → accepted by the volunteer → accepted by the participant → active → completed', async () => {
    const run = await runFor([aminaId]);
    const proposal = run.data?.runMatching.proposals[0] as Match;
    expect(proposal.volunteerId).toBe(metteId);

    const approved = await api.graphql<{ approveMatch: { status: string; respondBy: string } }>(
      `mutation { approveMatch(id: "${proposal.id}") { status respondBy } }`,
      undefined,
      coordinator,
    );
    expect(approved.data?.approveMatch.status).toBe('APPROVED');
    const days = (Date.parse(approved.data?.approveMatch.respondBy ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);

    // The volunteer sees only what the match needs.
    const mine = await api.graphql<{ myMatches: Record<string, unknown>[] }>(
      '{ myMatches { id status participantFirstName participantLanguages participantNeeds meetingPlace } }',
      undefined,
      mette,
    );
    expect(mine.data?.myMatches.filter((m) => m.id === proposal.id)).toEqual([
      {
        id: proposal.id,
        status: 'APPROVED',
        participantFirstName: 'Amina',
        participantLanguages: ['ar', 'da'],
        participantNeeds: ['DANISH_PRACTICE', 'EVERYDAY_LIFE'],
        meetingPlace: 'Frederikssund',
      },
    ]);

    const notTheirs = await api.graphql(
      `mutation { respondToMatch(id: "${proposal.id}", accept: true) { status } }`,
      undefined,
      stranger,
    );
    // Not theirs: the answer an unknown id gets, not that it exists or what its status is.
    expect(notTheirs.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    const accepted = await api.graphql(
      `mutation { respondToMatch(id: "${proposal.id}", accept: true) { status } }`,
      undefined,
      mette,
    );
    expect(accepted.data).toEqual({ respondToMatch: { status: 'ACCEPTED' } });
    const active = await api.graphql(
      `mutation { recordParticipantResponse(id: "${proposal.id}", accept: true) { status } }`,
      undefined,
      coordinator,
    );
    expect(active.data).toEqual({ recordParticipantResponse: { status: 'ACTIVE' } });
    const again = await api.graphql(
      `mutation { approveMatch(id: "${proposal.id}") { status } }`,
      undefined,
      coordinator,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const noOutcome = await api.graphql(
      `mutation ($outcome: MatchEndOutcome!) { endMatch(id: "${proposal.id}", completed: true, outcome: $outcome) { status } }`,
      { outcome: 'whatever went on' },
      coordinator,
    );
    expect(noOutcome.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ALLOWED_VALUE',
      field: 'outcome',
    });
    const done = await api.graphql(
      `mutation { endMatch(id: "${proposal.id}", completed: true, reason: "Aftalt forløb slut", outcome: ENDED_AS_PLANNED) { status outcome } }`,
      undefined,
      coordinator,
    );
    expect(done.data).toEqual({ endMatch: { status: 'COMPLETED', outcome: 'ended-as-planned' } });
  });

  it('frees the slot on a decline and never proposes the declined pair again', async () => {
    // Mette answers herself: find the person she is proposed for.
    const all = await api.graphql<{ runMatching: { proposals: Match[] } }>(RUN, { kind: 'MENTOR' }, coordinator);
    const first = all.data?.runMatching.proposals.find((p) => p.volunteerId === metteId) as Match;
    expect(first).toBeDefined();
    await api.graphql(`mutation { approveMatch(id: "${first.id}") { status } }`, undefined, coordinator);
    const declined = await api.graphql(
      `mutation { respondToMatch(id: "${first.id}", accept: false, reason: "Har ikke tid") { status } }`,
      undefined,
      mette,
    );
    expect(declined.data).toEqual({ respondToMatch: { status: 'DECLINED' } });
    const second = await runFor([first.participantId]);
    const providers = second.data?.runMatching.proposals.map((p) => p.volunteerId) ?? [];
    expect(providers).not.toContain(metteId);
  });

  it('expires an approved proposal nobody answered in time, freeing the slot', async () => {
    const proposal = (await runFor([samiraId])).data?.runMatching.proposals[0] as Match;
    await api.graphql(`mutation { approveMatch(id: "${proposal.id}") { status } }`, undefined, coordinator);
    await api.dataSource.query(`UPDATE match SET respond_by = now() - interval '1 hour' WHERE id = $1`, [proposal.id]);
    const expired = await api.started.app.get(MatchesService).expireOverdue(municipalityId);
    expect(expired).toBe(1);
    const [{ status }] = await api.dataSource.query(`SELECT status FROM match WHERE id = $1`, [proposal.id]);
    expect(status).toBe('expired');
  });

  it('never overbooks: of 50 concurrent approvals for the last slot, exactly one succeeds', async () => {
    const [{ id: localityId }] = await api.dataSource.query(`SELECT id FROM locality WHERE name = 'Skibby'`);
    const [{ id: volunteerId }] = await api.dataSource.query(
      `INSERT INTO volunteer (municipality_id, first_name, last_name, roles, status, locality_id, capacity)
       VALUES ($1, 'Sidste', 'Plads', '{mentor}', 'approved', $2, 1) RETURNING id`,
      [municipalityId, localityId],
    );
    const matchIds: string[] = [];
    for (let i = 0; i < 50; i++) {
      const [{ id: participantId }] = await api.dataSource.query(
        `INSERT INTO participant (municipality_id, first_name, last_name, birth_year, locality_id) VALUES ($1, $2, 'Venter', 1990, $3) RETURNING id`,
        [municipalityId, `Person${i}`, localityId],
      );
      const [{ id }] = await api.dataSource.query(
        `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, status, score) VALUES ($1, 'mentor', $2, $3, 'proposed', 10) RETURNING id`,
        [municipalityId, participantId, volunteerId],
      );
      matchIds.push(id);
    }
    const results = await Promise.all(
      matchIds.map((id) => api.graphql(`mutation { approveMatch(id: "${id}") { status } }`, undefined, coordinator)),
    );
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const r of refused) {
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
      expect(r.errors?.[0]?.message).toMatch(/^Slot already taken/);
    }
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM match WHERE volunteer_id = $1 AND status IN ('approved', 'accepted', 'active')`,
      [volunteerId],
    );
    expect(count).toBe(1);
  });
});
