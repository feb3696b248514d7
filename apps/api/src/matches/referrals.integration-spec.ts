import { addDays, copenhagenDate } from '@brobygger/api/associations';
import {
  createAssociation,
  createOffer,
  createOtherMunicipality,
  createParticipant,
  createWaitingReferral,
} from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Referral {
  id: string;
  kind: string;
  status: string;
  offerTitle: string;
  person: { firstName: string; age: number; languages: string[]; interpreterNeeded: boolean };
  participantAccepted: boolean;
  firstSessionOn: string | null;
  outcome: string | null;
}

const REFERRAL =
  'id kind status offerTitle person { firstName age languages interpreterNeeded } participantAccepted firstSessionOn outcome';
const INBOX = `query ($associationId: ID!, $stage: ReferralStage, $offset: Int, $limit: Int) {
  associationReferrals(associationId: $associationId, stage: $stage, offset: $offset, limit: $limit) {
    total offset limit items { ${REFERRAL} }
  }
}`;
const CONFIRM = `mutation ($id: ID!, $date: String!) { confirmReferralFirstSession(id: $id, date: $date) { ${REFERRAL} } }`;
const REPORT = `mutation ($id: ID!, $outcome: ReferralOutcome!) { reportReferralOutcome(id: $id, outcome: $outcome) { ${REFERRAL} } }`;
const RESPOND = `mutation ($id: ID!, $accept: Boolean!, $reason: String) { respondToMatch(id: $id, accept: $accept, reason: $reason) { status } }`;
const REGISTRATIONS = `query ($offerId: ID!, $offset: Int, $limit: Int) {
  eventRegistrations(offerId: $offerId, offset: $offset, limit: $limit) {
    offerId title seatsTotal seatsTaken items { id status person { firstName age languages interpreterNeeded } }
  }
}`;

type Page = { total: number; offset: number; limit: number; items: Referral[] };

describe('the association’s referral inbox and event registrations', () => {
  let api: TestApp;
  let representative: string;
  let otherRepresentative: string;
  let coordinator: string;
  let volunteer: string;
  let municipalityId: string;
  let clubId: string;
  let eveningSchoolId: string;
  let trialId: string;
  let footballId: string;
  let foodCafeId: string;
  let oleksandrId: string;
  let representativeAccountId: string;
  const today = copenhagenDate();

  beforeAll(async () => {
    api = await createTestApp();
    const municipality = await api.municipality();
    const { towns } = municipality;
    municipalityId = municipality.id;
    const waiting = await createWaitingReferral(api.dataSource, municipality);
    clubId = waiting.clubId;
    oleksandrId = waiting.oleksandr.id;
    footballId = waiting.football.id;
    trialId = waiting.trial.id;
    const eveningSchool = await createAssociation(api.dataSource, {
      municipalityId,
      localityId: towns.Slangerup,
      name: 'Slangerup Aftenskole',
    });
    eveningSchoolId = eveningSchool.id;
    ({ id: foodCafeId } = await createOffer(api.dataSource, {
      municipalityId,
      localityId: towns.Slangerup,
      associationId: eveningSchoolId,
      kind: 'event',
      title: 'Madcafé: smag på hinandens køkken',
      activityKey: 'food-cafe',
      capacity: 40,
      startsAt: new Date(Date.now() + 12 * 86_400_000),
    }));
    await createParticipant(api.dataSource, { municipalityId, localityId: towns.Frederikssund, firstName: 'Amina' });
    ({ cookie: representative, accountId: representativeAccountId } = await api.signInAs('association-representative', {
      associationId: clubId,
    }));
    ({ cookie: otherRepresentative } = await api.signInAs('association-representative', {
      associationId: eveningSchoolId,
    }));
    ({ cookie: coordinator } = await api.signInAs('coordinator'));
    ({ cookie: volunteer } = await api.signInAs('volunteer'));
  });

  afterAll(async () => {
    await api?.close();
  });

  const inbox = async (variables: Record<string, unknown> = {}, session = representative) =>
    api.graphql<{ associationReferrals: Page }>(INBOX, { associationId: clubId, ...variables }, session);

  /** A new participant with a match to an offer, written as the table owner. */
  const referral = async (offerId: string, kind: string, status: string, firstName: string): Promise<string> => {
    const [{ id: localityId }] = await api.dataSource.query(`SELECT id FROM locality WHERE name = 'Frederikssund'`);
    const [{ id: participantId }] = await api.dataSource.query(
      `INSERT INTO participant (municipality_id, first_name, last_name, birth_year, locality_id, languages, interpreter_needed)
       VALUES ($1, $2, 'Efternavn', 2000, $3, '[{"code":"ar","level":"native"}]', true) RETURNING id`,
      [municipalityId, firstName, localityId],
    );
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO match (municipality_id, kind, participant_id, offer_id, status, score, approved_at, respond_by, provider_accepted_at)
       VALUES ($1, $2, $3, $4, $5, 10, now() - interval '2 days', now() + interval '3 days',
               CASE WHEN $5 IN ('accepted', 'active') THEN now() END) RETURNING id`,
      [municipalityId, kind, participantId, offerId, status],
    );
    return id;
  };

  it('shows the representative the waiting referral with only the minimum about the person, and logs the read', async () => {
    const result = await inbox();
    expect(result.errors).toBeUndefined();
    const page = result.data?.associationReferrals as Page;
    expect(page).toMatchObject({ total: 1, offset: 0, limit: 10 });
    expect(page.items).toEqual([
      {
        id: expect.any(String),
        kind: 'TRIAL_MEMBERSHIP',
        status: 'APPROVED',
        offerTitle: 'Prøvemedlemskab: atletik for voksne',
        person: {
          firstName: 'Oleksandr',
          age: Number(today.slice(0, 4)) - 1979,
          languages: ['uk', 'en'],
          interpreterNeeded: false,
        },
        participantAccepted: false,
        firstSessionOn: null,
        outcome: null,
      },
    ]);
    expect(JSON.stringify(result)).not.toContain('Kovalenko');
    const logged = await api.dataSource.query(
      `SELECT action FROM access_log_entry WHERE account_id = $1 AND participant_id = $2`,
      [representativeAccountId, oleksandrId],
    );
    expect(logged).toEqual([{ action: 'read' }]);
  });

  it('lets coordinators view it, and refuses another association’s representative and volunteers', async () => {
    expect((await inbox({}, coordinator)).data?.associationReferrals.total).toBe(1);
    expect((await inbox({}, otherRepresentative)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await inbox({}, volunteer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await inbox({}, '')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [{ id }] = await api.dataSource.query(`SELECT id FROM match WHERE participant_id = $1`, [oleksandrId]);
    // Another association's referral: the answer an unknown id gets, before its status is told.
    const confirm = await api.graphql(CONFIRM, { id, date: today }, otherRepresentative);
    expect(confirm.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const report = await api.graphql(REPORT, { id, outcome: 'DID_NOT_SHOW' }, otherRepresentative);
    expect(report.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    // Coordinators view; the association acts.
    const byCoordinator = await api.graphql(CONFIRM, { id, date: today }, coordinator);
    expect(byCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ first_session_on: unchanged }] = await api.dataSource.query(
      `SELECT first_session_on FROM match WHERE id = $1`,
      [id],
    );
    expect(unchanged).toBeNull();
  });

  it('works a referral through accept → first session → outcome', async () => {
    const [{ id }] = await api.dataSource.query(`SELECT id FROM match WHERE participant_id = $1`, [oleksandrId]);
    const tooEarly = await api.graphql(CONFIRM, { id, date: today }, representative);
    expect(tooEarly.errors?.[0]).toMatchObject({
      message: 'Accept the referral first.',
      extensions: { code: 'CONFLICT' },
    });

    expect((await api.graphql(RESPOND, { id, accept: true }, representative)).data).toEqual({
      respondToMatch: { status: 'ACCEPTED' },
    });
    const noSession = await api.graphql(REPORT, { id, outcome: 'BECAME_MEMBER' }, representative);
    expect(noSession.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    for (const [date, why] of [
      ['12.12.2026', 'not ISO'],
      [`${today.slice(0, 4)}-02-30`, 'not a date'],
      [addDays(today, -30), 'before the referral'],
      [addDays(today, 400), 'more than a year ahead'],
    ]) {
      const bad = await api.graphql(CONFIRM, { id, date }, representative);
      expect({ why, got: bad.errors?.[0]?.extensions }).toEqual({
        why,
        got: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'date' }),
      });
    }
    const later = await api.graphql<{ confirmReferralFirstSession: Referral }>(
      CONFIRM,
      { id, date: addDays(today, 7) },
      representative,
    );
    expect(later.data?.confirmReferralFirstSession).toMatchObject({
      status: 'ACCEPTED',
      firstSessionOn: addDays(today, 7),
    });
    const beforeIt = await api.graphql(REPORT, { id, outcome: 'BECAME_MEMBER' }, representative);
    expect(beforeIt.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(beforeIt.errors?.[0]?.message).toMatch(/report how it went after it/);

    await api.graphql(CONFIRM, { id, date: today }, representative);
    const wrongKind = await api.graphql(REPORT, { id, outcome: 'ATTENDED' }, representative);
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    const done = await api.graphql<{ reportReferralOutcome: Referral }>(
      REPORT,
      { id, outcome: 'BECAME_MEMBER' },
      representative,
    );
    expect(done.data?.reportReferralOutcome).toMatchObject({
      status: 'COMPLETED',
      outcome: 'BECAME_MEMBER',
      firstSessionOn: today,
    });
    const [row] = await api.dataSource.query(`SELECT status, outcome, closed_at FROM match WHERE id = $1`, [id]);
    expect(row).toMatchObject({ status: 'completed', outcome: 'trial-became-membership' });
    expect(row.closed_at).not.toBeNull();
    const again = await api.graphql(REPORT, { id, outcome: 'STOPPED' }, representative);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expect((await inbox()).data?.associationReferrals.total).toBe(0);
    const closed = (await inbox({ stage: 'CLOSED' })).data?.associationReferrals as Page;
    expect(closed.items.map((r) => [r.id, r.status, r.outcome])).toEqual([[id, 'COMPLETED', 'BECAME_MEMBER']]);
    const changes = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM access_log_entry WHERE account_id = $1 AND participant_id = $2 AND action = 'change'`,
      [representativeAccountId, oleksandrId],
    );
    expect(changes[0].count).toBe(3);
  });

  it('ends a trial the person stopped or never came to, and records a decline with its reason', async () => {
    const stopped = await referral(footballId, 'fritidspas', 'active', 'Stopper');
    const noShow = await referral(trialId, 'trial-membership', 'accepted', 'Udebliver');
    const declined = await referral(trialId, 'trial-membership', 'approved', 'Afvist');
    for (const id of [stopped, noShow]) await api.graphql(CONFIRM, { id, date: today }, representative);
    const a = await api.graphql<{ reportReferralOutcome: Referral }>(
      REPORT,
      { id: stopped, outcome: 'STOPPED' },
      representative,
    );
    expect(a.data?.reportReferralOutcome).toMatchObject({
      status: 'ENDED',
      outcome: 'STOPPED',
      participantAccepted: false,
    });
    const b = await api.graphql<{ reportReferralOutcome: Referral }>(
      REPORT,
      { id: noShow, outcome: 'DID_NOT_SHOW' },
      representative,
    );
    expect(b.data?.reportReferralOutcome).toMatchObject({ status: 'ENDED', outcome: 'DID_NOT_SHOW' });
    const no = await api.graphql(RESPOND, { id: declined, accept: false, reason: 'Holdet er fuldt' }, representative);
    expect(no.data).toEqual({ respondToMatch: { status: 'DECLINED' } });
    const [{ close_reason: reason }] = await api.dataSource.query(`SELECT close_reason FROM match WHERE id = $1`, [
      declined,
    ]);
    expect(reason).toBe('Holdet er fuldt');
  });

  it('pages through the inbox, waiting answers first, and leaves unapproved proposals out', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(await referral(trialId, 'trial-membership', i < 4 ? 'approved' : 'accepted', `Side${i}`));
    await api.dataSource.query(
      `INSERT INTO match (municipality_id, kind, participant_id, offer_id, status, score)
       SELECT municipality_id, 'trial-membership', id, $1, 'proposed', 5 FROM participant WHERE first_name = 'Amina'`,
      [trialId],
    );
    const first = (await inbox({ limit: 5 })).data?.associationReferrals as Page;
    expect(first.total).toBe(12);
    expect(first.items).toHaveLength(5);
    expect(first.items.slice(0, 4).every((r) => r.status === 'APPROVED')).toBe(true);
    const last = (await inbox({ limit: 5, offset: 10 })).data?.associationReferrals as Page;
    expect(last.items).toHaveLength(2);
    const all = [
      ...first.items,
      ...((await inbox({ limit: 5, offset: 5 })).data?.associationReferrals.items ?? []),
      ...last.items,
    ];
    expect(new Set(all.map((r) => r.id))).toEqual(new Set(ids));
    expect(all.some((r) => r.person.firstName === 'Amina')).toBe(false);
    for (const [variables, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 51 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ associationId: 'nope' }, 'associationId'],
    ] as const) {
      const bad = await inbox(variables);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('lists an event’s registrations with seats taken, for its association and coordinators only', async () => {
    const seat = await referral(foodCafeId, 'event', 'accepted', 'Gæst');
    await referral(foodCafeId, 'event', 'approved', 'Gæst2');
    await referral(foodCafeId, 'event', 'declined', 'Gæst3');
    const list = await api.graphql<{
      eventRegistrations: {
        seatsTotal: number;
        seatsTaken: number;
        items: { status: string; person: { firstName: string } }[];
      };
    }>(REGISTRATIONS, { offerId: foodCafeId }, otherRepresentative);
    expect(list.errors).toBeUndefined();
    expect(list.data?.eventRegistrations).toMatchObject({ seatsTotal: 40, seatsTaken: 2 });
    expect(list.data?.eventRegistrations.items.map((i) => [i.status, i.person.firstName])).toEqual([
      ['ACCEPTED', 'Gæst'],
      ['APPROVED', 'Gæst2'],
    ]);
    expect((await api.graphql(REGISTRATIONS, { offerId: foodCafeId }, coordinator)).errors).toBeUndefined();
    expect(
      (await api.graphql(REGISTRATIONS, { offerId: foodCafeId }, representative)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await api.graphql(REGISTRATIONS, { offerId: foodCafeId }, volunteer)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const notEvent = await api.graphql(REGISTRATIONS, { offerId: trialId }, representative);
    expect(notEvent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offerId' });
    const unknown = await api.graphql(REGISTRATIONS, { offerId: '00000000-0000-4000-8000-000000000000' }, coordinator);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // An event has its own date: attendance is reported once it has begun.
    const confirm = await api.graphql(CONFIRM, { id: seat, date: today }, otherRepresentative);
    expect(confirm.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const early = await api.graphql(REPORT, { id: seat, outcome: 'ATTENDED' }, otherRepresentative);
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await api.dataSource.query(`UPDATE offer SET starts_at = now() - interval '1 day' WHERE id = $1`, [foodCafeId]);
    const wrong = await api.graphql(REPORT, { id: seat, outcome: 'BECAME_MEMBER' }, otherRepresentative);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    const attended = await api.graphql<{ reportReferralOutcome: Referral }>(
      REPORT,
      { id: seat, outcome: 'ATTENDED' },
      otherRepresentative,
    );
    expect(attended.data?.reportReferralOutcome).toMatchObject({ status: 'COMPLETED', outcome: 'ATTENDED' });
  });

  it('answers another municipality’s coordinator as not found', async () => {
    const other = await createOtherMunicipality(api.dataSource, '270');
    const theirs = await api.signIn(other.coordinatorEmail, other.password);
    expect((await inbox({}, theirs)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const registrations = await api.graphql(REGISTRATIONS, { offerId: foodCafeId }, theirs);
    expect(registrations.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
