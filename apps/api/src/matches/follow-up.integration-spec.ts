import { createAccount, createActiveMentorship, createParticipant, createVolunteer } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Due {
  matchId: string;
  milestoneMonths: number;
  dueOn: string;
  overdue: boolean;
  activeSince: string;
  mine: boolean;
  participantName: string;
  providerName: string;
  volunteerLeft: boolean;
  meetingCount: number;
  lastMeetingOn: string | null;
}

const DUE = `query ($withinDays: Int) { dueCheckIns(withinDays: $withinDays) {
  matchId milestoneMonths dueOn overdue activeSince mine participantName providerName volunteerLeft meetingCount lastMeetingOn
} }`;
const LOG = `mutation ($input: MeetingInput!) { logMeeting(input: $input) { id matchId metOn durationMinutes note } }`;
const MY_LOG = `query ($matchId: ID!) { myMeetingLog(matchId: $matchId) {
  matchId kind status participantFirstName activeSince meetings { metOn durationMinutes note }
} }`;
const MATCH_LOG = `query ($matchId: ID!) { matchMeetingLog(matchId: $matchId) { metOn durationMinutes note } }`;
const CHECK_IN = `mutation ($input: CheckInInput!) { recordCheckIn(input: $input) { milestoneMonths dueOn outcome note matchStatus } }`;

/** ISO date `days` from today in Copenhagen. */
function isoDay(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

describe('follow-up: check-ins at 1 and 3 months and the volunteer’s meeting log', () => {
  let api: TestApp;
  let coordinator: string;
  let mette: string;
  let matchId: string;
  let rahelId: string;
  let municipalityId: string;
  let representative: string;

  beforeAll(async () => {
    api = await createTestApp();
    let coordinatorId: string;
    ({ cookie: coordinator, accountId: coordinatorId, municipalityId } = await api.signInAs('coordinator'));
    ({ cookie: representative } = await api.signInAs('association-representative'));
    const municipality = await api.municipality();
    const mentorship = await createActiveMentorship(api.dataSource, municipality, coordinatorId);
    mette = await api.sessionFor(mentorship.mette.accountId ?? '');
    matchId = mentorship.match.id;
    rahelId = mentorship.rahel.id;
    // For a match of another kind, with a leisure guide.
    await createParticipant(api.dataSource, {
      municipalityId,
      localityId: municipality.towns.Skibby,
      firstName: 'Hodan',
    });
    await createVolunteer(api.dataSource, { municipalityId, firstName: 'Lise', roles: ['leisure-guide'] });
  });

  afterAll(async () => {
    await api?.close();
  });

  const logEntries = async (action: string) =>
    (
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM access_log_entry WHERE participant_id = $1 AND action = $2`,
        [rahelId, action],
      )
    )[0].n as number;

  it('lists the match’s overdue 1-month check-in first for its contact coordinator, and logs the search', async () => {
    const before = await logEntries('search');
    const result = await api.graphql<{ dueCheckIns: Due[] }>(DUE, {}, coordinator);
    expect(result.errors).toBeUndefined();
    const [first] = result.data?.dueCheckIns ?? [];
    expect(first).toMatchObject({
      matchId,
      milestoneMonths: 1,
      overdue: true,
      mine: true,
      participantName: 'Rahel Tesfaye',
      providerName: 'Mette Hansen',
      volunteerLeft: false,
      meetingCount: 1,
    });
    expect(first?.activeSince).toBe(isoDay(-35));
    expect(first?.dueOn < isoDay(0)).toBe(true);
    expect(await logEntries('search')).toBe(before + 1);

    // Any coordinator of the municipality sees it, but it is not theirs.
    await createAccount(api.dataSource.manager, {
      municipalityId,
      email: 'kollega@test.brobygger.dk',
      password: 'kollega-kode-2026',
      role: 'coordinator',
    });
    const colleague = await api.signIn('kollega@test.brobygger.dk', 'kollega-kode-2026');
    const theirs = await api.graphql<{ dueCheckIns: Due[] }>(DUE, {}, colleague);
    expect(theirs.data?.dueCheckIns.find((d) => d.matchId === matchId)?.mine).toBe(false);

    const bad = await api.graphql(DUE, { withinDays: -1 }, coordinator);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinDays' });
    for (const session of [mette, representative]) {
      const refused = await api.graphql(DUE, {}, session);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets the match’s volunteer log meetings, refusing bad input with the field named', async () => {
    const input = (overrides: Record<string, unknown> = {}) => ({
      input: { matchId, metOn: isoDay(-2), durationMinutes: 75, note: 'Vi øvede dansk på biblioteket.', ...overrides },
    });
    const problems: [Record<string, unknown>, string][] = [
      [{ metOn: isoDay(1) }, 'metOn'],
      [{ metOn: '31.12.2026' }, 'metOn'],
      [{ metOn: isoDay(-40) }, 'metOn'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ durationMinutes: 601 }, 'durationMinutes'],
      [{ note: 'x'.repeat(501) }, 'note'],
      [{ note: 'Hun har fået ny medicin' }, 'note'],
      [{ matchId: 'not-an-id' }, 'matchId'],
    ];
    for (const [overrides, field] of problems) {
      const result = await api.graphql(LOG, input(overrides), mette);
      expect({ overrides, extensions: result.errors?.[0]?.extensions }).toMatchObject({
        overrides,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    const missing = await api.graphql(LOG, input({ matchId: '00000000-0000-4000-8000-000000000000' }), mette);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const before = await logEntries('change');
    const logged = await api.graphql<{ logMeeting: { metOn: string; durationMinutes: number } }>(LOG, input(), mette);
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logMeeting).toMatchObject({ matchId, metOn: isoDay(-2), durationMinutes: 75 });
    expect(await logEntries('change')).toBe(before + 1);

    const mine = await api.graphql<{ myMeetingLog: { participantFirstName: string; meetings: { metOn: string }[] } }>(
      MY_LOG,
      { matchId },
      mette,
    );
    expect(mine.data?.myMeetingLog).toMatchObject({
      matchId,
      kind: 'MENTOR',
      status: 'ACTIVE',
      participantFirstName: 'Rahel',
      activeSince: isoDay(-35),
    });
    // Newest first: today's entry, then the one from the first week.
    expect(mine.data?.myMeetingLog.meetings.map((m) => m.metOn)).toEqual([isoDay(-2), isoDay(-30)]);

    const coordinatorView = await api.graphql<{ matchMeetingLog: { note: string }[] }>(
      MATCH_LOG,
      { matchId },
      coordinator,
    );
    expect(coordinatorView.data?.matchMeetingLog.map((m) => m.note)).toEqual([
      'Vi øvede dansk på biblioteket.',
      'Gåtur ved fjorden og snak om indkøb på dansk.',
    ]);
  });

  it('keeps a match’s meeting log to its own volunteer and the coordinators', async () => {
    await createAccount(api.dataSource.manager, {
      municipalityId,
      email: 'anden.frivillig@example.dk',
      password: 'frivillig-kode-2026',
      role: 'volunteer',
    });
    const [{ id: accountId }] = await api.dataSource.query(
      `SELECT id FROM account WHERE email = 'anden.frivillig@example.dk'`,
    );
    await api.dataSource.query(
      `INSERT INTO volunteer (municipality_id, first_name, last_name, roles, status, capacity, account_id)
       VALUES ($1, 'Anden', 'Frivillig', '{mentor}', 'approved', 1, $2)`,
      [municipalityId, accountId],
    );
    const other = await api.signIn('anden.frivillig@example.dk', 'frivillig-kode-2026');
    const write = await api.graphql(LOG, { input: { matchId, metOn: isoDay(0), durationMinutes: 30 } }, other);
    // Not theirs: the answer an unknown id gets, before anything about the match is told.
    expect(write.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'matchId' });
    const read = await api.graphql(MY_LOG, { matchId }, other);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'matchId' });
    expect(JSON.stringify(read)).not.toContain('Rahel');
    // Coordinators read it as coordinators; the volunteer's query is not theirs.
    const asCoordinator = await api.graphql(
      LOG,
      { input: { matchId, metOn: isoDay(0), durationMinutes: 30 } },
      coordinator,
    );
    expect(asCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const matchLogAsVolunteer = await api.graphql(MATCH_LOG, { matchId }, mette);
    expect(matchLogAsVolunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(MY_LOG, { matchId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records the 1-month check-in once, refusing bad input, sensitive notes and other callers', async () => {
    const input = (overrides: Record<string, unknown> = {}) => ({
      input: {
        matchId,
        milestoneMonths: 1,
        outcome: 'CONTINUES',
        note: 'Det går godt, de ses hver uge.',
        ...overrides,
      },
    });
    for (const [overrides, field] of [
      [{ milestoneMonths: 2 }, 'milestoneMonths'],
      [{ note: 'Hun er muslim og faster' }, 'note'],
      [{ note: 'y'.repeat(501) }, 'note'],
      [{ matchId: 'nope' }, 'matchId'],
    ] as const) {
      const result = await api.graphql(CHECK_IN, input(overrides), coordinator);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const unknown = await api.graphql(
      CHECK_IN,
      input({ matchId: '00000000-0000-4000-8000-000000000000' }),
      coordinator,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'matchId' });
    for (const session of [mette, representative]) {
      const refused = await api.graphql(CHECK_IN, input(), session);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    const recorded = await api.graphql<{ recordCheckIn: Record<string, unknown> }>(CHECK_IN, input(), coordinator);
    expect(recorded.errors).toBeUndefined();
    const [{ due }] = await api.dataSource.query(
      `SELECT to_char(((participant_accepted_at AT TIME ZONE 'Europe/Copenhagen')::date + interval '1 month')::date, 'YYYY-MM-DD') AS due FROM match WHERE id = $1`,
      [matchId],
    );
    expect(recorded.data?.recordCheckIn).toEqual({
      milestoneMonths: 1,
      dueOn: due,
      outcome: 'CONTINUES',
      note: 'Det går godt, de ses hver uge.',
      matchStatus: 'ACTIVE',
    });
    const again = await api.graphql(CHECK_IN, input(), coordinator);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Now the 3-month check-in is next: not due this week, but within 90 days.
    const week = await api.graphql<{ dueCheckIns: Due[] }>(DUE, {}, coordinator);
    expect(week.data?.dueCheckIns.map((d) => d.matchId)).not.toContain(matchId);
    const quarter = await api.graphql<{ dueCheckIns: Due[] }>(DUE, { withinDays: 90 }, coordinator);
    expect(quarter.data?.dueCheckIns.find((d) => d.matchId === matchId)).toMatchObject({
      milestoneMonths: 3,
      overdue: false,
      meetingCount: 2,
      lastMeetingOn: isoDay(-2),
    });
  });

  it('ends the match through the endMatch path when the 3-month check-in finds it over', async () => {
    const result = await api.graphql<{ recordCheckIn: { matchStatus: string; outcome: string } }>(
      CHECK_IN,
      { input: { matchId, milestoneMonths: 3, outcome: 'BECAME_CLUB_MEMBER' } },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordCheckIn).toMatchObject({ matchStatus: 'COMPLETED', outcome: 'BECAME_CLUB_MEMBER' });
    const [row] = await api.dataSource.query(`SELECT status, outcome, closed_at FROM match WHERE id = $1`, [matchId]);
    expect(row).toMatchObject({ status: 'completed', outcome: 'became-club-member' });
    expect(row.closed_at).not.toBeNull();

    const notActive = await api.graphql(
      CHECK_IN,
      { input: { matchId, milestoneMonths: 1, outcome: 'CONTINUES' } },
      coordinator,
    );
    expect(notActive.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const noMoreMeetings = await api.graphql(LOG, { input: { matchId, metOn: isoDay(0), durationMinutes: 30 } }, mette);
    expect(noMoreMeetings.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The history stays readable for the volunteer.
    const history = await api.graphql<{ myMeetingLog: { status: string } }>(MY_LOG, { matchId }, mette);
    expect(history.data?.myMeetingLog.status).toBe('COMPLETED');
  });

  it('ends a match early when the check-in finds it has stopped', async () => {
    const [{ id: otherMatch }] = await api.dataSource.query(
      `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, status, score, participant_accepted_at)
       SELECT municipality_id, 'leisure-guide', id,
              (SELECT id FROM volunteer WHERE 'leisure-guide' = ANY(roles) ORDER BY first_name LIMIT 1),
              'active', 10, now() - interval '40 days'
         FROM participant WHERE first_name = 'Hodan' RETURNING id`,
    );
    const ended = await api.graphql<{ recordCheckIn: { matchStatus: string } }>(
      CHECK_IN,
      { input: { matchId: otherMatch, milestoneMonths: 1, outcome: 'ENDED', note: 'Stoppet efter eget ønske.' } },
      coordinator,
    );
    expect(ended.data?.recordCheckIn.matchStatus).toBe('ENDED');
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM follow_up WHERE match_id = $1`, [
      otherMatch,
    ]);
    expect(n).toBe(1);
  });
});
