import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLNamedType, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { inTenantTransaction } from '@brobygger/api/database';
import type { Role } from '@brobygger/api/util';
import { ACCESS_RULES } from '../app/access-rules';
import {
  createActiveMentorship,
  createMentoringScene,
  createOffer,
  createVolunteer,
  createWaitingReferral,
} from '../../test/factories';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Every object type a role can reach through the root fields it may call. */
function reachableTypes(schema: GraphQLSchema, role: Role): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (type: GraphQLNamedType, via: string) => {
    if (!isObjectType(type)) return;
    const paths = seen.get(type.name);
    if (paths) return void paths.push(via);
    seen.set(type.name, [via]);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type), `${via}.${field.name}`);
  };
  for (const [rootField, rule] of Object.entries(ACCESS_RULES)) {
    if (rule === 'public' || !rule.includes(role)) continue;
    const [kind, name] = rootField.split('.') as ['Query' | 'Mutation', string];
    const field = schema.getType(kind);
    if (isObjectType(field)) visit(getNamedType(field.getFields()[name].type), rootField);
  }
  return seen;
}

/** What a caller learns from an answer: the data and each error's message, code and field. */
function told(result: GraphqlResponse<unknown>) {
  return {
    data: result.data ?? null,
    errors: result.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field })),
  };
}

describe('least data for volunteers and associations, and matches that keep their provider', () => {
  let api: TestApp;
  let coordinator: string;
  let mette: string;
  let otherVolunteer: string;
  let representative: string;
  let otherRepresentative: string;
  let municipalityId: string;
  let aminaId: string;
  let metteId: string;

  beforeAll(async () => {
    api = await createTestApp();
    let coordinatorId: string;
    ({ cookie: coordinator, accountId: coordinatorId, municipalityId } = await api.signInAs('coordinator'));
    const municipality = await api.municipality();
    // Mette is proposed for Amina, and mentors Rahel.
    const scene = await createMentoringScene(api.dataSource, municipality);
    metteId = scene.mette.id;
    aminaId = scene.waiting['Amina']?.id ?? '';
    mette = await api.sessionFor(scene.mette.accountId ?? '');
    await createActiveMentorship(api.dataSource, municipality, coordinatorId, scene.mette);
    // Oleksandr's referral waits in the club's inbox; the club has a draft too, and the catalogue more offers.
    const { clubId } = await createWaitingReferral(api.dataSource, municipality);
    const where = { municipalityId, localityId: municipality.localityId, associationId: clubId };
    await createOffer(api.dataSource, { ...where, title: 'Kladde: svømning', status: 'draft' });
    for (let i = 0; i < 4; i++) await createOffer(api.dataSource, { ...where, title: `Prøvetræning ${i}` });
    ({ cookie: representative } = await api.signInAs('association-representative', { associationId: clubId }));
    const other = await createVolunteer(api.dataSource, { municipalityId, firstName: 'Anden', withAccount: true });
    otherVolunteer = await api.sessionFor(other.accountId ?? '');
    // Represents an association of its own.
    ({ cookie: otherRepresentative } = await api.signInAs('association-representative'));
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('what the volunteer and the representative are given', () => {
    it('no root field of theirs reaches a coordinator-sized type or a participant id or score', () => {
      const schema = api.started.app.get(GraphQLSchemaHost).schema;
      for (const role of ['volunteer', 'association-representative'] as const) {
        const reachable = reachableTypes(schema, role);
        const coordinatorTypes = [...reachable.keys()].filter((name) =>
          /^(Match|MatchPage|MatchParticipant|MatchProvider|MatchingRun.*|Unmatched.*|DueCheckIn|Participant.*|WaitingParticipant.*|VolunteerForCoordinator|IdleVolunteer.*)$/.test(
            name,
          ),
        );
        expect({
          role,
          coordinatorTypes: coordinatorTypes.map((t) => `${t} via ${reachable.get(t)?.join(', ')}`),
        }).toEqual({ role, coordinatorTypes: [] });
        const leaks = [...reachable.keys()].flatMap((name) => {
          const type = schema.getType(name);
          return isObjectType(type)
            ? Object.keys(type.getFields())
                .filter((f) => ['participantId', 'score', 'participantLastName'].includes(f))
                .map((f) => `${name}.${f}`)
            : [];
        });
        expect({ role, leaks }).toEqual({ role, leaks: [] });
      }
      // The answer to a proposal is its status, no more.
      const answer = schema.getType('MatchAnswer');
      expect(isObjectType(answer) && Object.keys(answer.getFields()).sort()).toEqual(['id', 'kind', 'status']);
    });

    it('shows the volunteer a proposal’s reasons without the person’s age, waiting time or language levels (logged)', async () => {
      const run = await api.graphql<{
        runMatching: { proposals: { id: string; volunteerId: string; reasons: { key: string; params: string }[] }[] };
      }>(
        `mutation ($ids: [ID!]) { runMatching(kind: MENTOR, scope: { participantIds: $ids }) { proposals { id volunteerId reasons { key params } } } }`,
        { ids: [aminaId] },
        coordinator,
      );
      const proposal = run.data?.runMatching.proposals[0];
      expect(proposal?.volunteerId).toBe(metteId);
      // The coordinator's reasons carry what the volunteer must not see.
      const coordinatorKeys = proposal?.reasons.map((r) => r.key) ?? [];
      expect(coordinatorKeys).toContain('waited');
      expect(proposal?.reasons.find((r) => r.key === 'sharedLanguage')?.params).toContain('level');
      await api.graphql(`mutation { approveMatch(id: "${proposal?.id}") { status } }`, undefined, coordinator);

      const readsBefore = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM access_log_entry WHERE participant_id = $1 AND action = 'read'`,
        [aminaId],
      );
      const mine = await api.graphql<{ myMatches: { id: string; reasons: { key: string; params: string }[] }[] }>(
        '{ myMatches { id reasons { key params } } }',
        undefined,
        mette,
      );
      const reasons = mine.data?.myMatches.find((m) => m.id === proposal?.id)?.reasons ?? [];
      expect(reasons.length).toBeGreaterThan(0);
      const allowed: Record<string, string[]> = {
        distance: ['km'],
        sharedLanguage: ['code'],
        interpreter: [],
        sharedInterest: ['interest'],
      };
      for (const reason of reasons) {
        const params = Object.keys(JSON.parse(reason.params));
        expect({ key: reason.key, params }).toEqual({
          key: expect.stringMatching(/^(distance|sharedLanguage|interpreter|sharedInterest)$/),
          params: params.filter((p) => allowed[reason.key]?.includes(p)),
        });
      }
      expect(reasons.map((r) => r.key)).toContain('sharedLanguage');
      const readsAfter = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM access_log_entry WHERE participant_id = $1 AND action = 'read'`,
        [aminaId],
      );
      expect(readsAfter[0].n).toBe(readsBefore[0].n + 1);
    });

    it('answers respondToMatch with the status only: the coordinator’s fields fail validation and change nothing', async () => {
      const [{ id }] = await api.dataSource.query(
        `SELECT id FROM match WHERE participant_id = $1 AND volunteer_id = $2 AND status = 'approved'`,
        [aminaId, metteId],
      );
      for (const fields of ['participantId', 'score', 'reasons { key params }', 'participant { firstName }']) {
        const asked = await api.graphql(
          `mutation { respondToMatch(id: "${id}", accept: true) { id ${fields} } }`,
          undefined,
          mette,
        );
        expect({ fields, code: asked.errors?.[0]?.extensions?.code, data: asked.data ?? null }).toEqual({
          fields,
          code: 'GRAPHQL_VALIDATION_FAILED',
          data: null,
        });
      }
      expect(await api.dataSource.query(`SELECT status FROM match WHERE id = $1`, [id])).toEqual([
        { status: 'approved' },
      ]);
      const referral = await api.graphql(
        `mutation { respondToMatch(id: "${UNKNOWN_ID}", accept: true) { id participantId } }`,
        undefined,
        representative,
      );
      expect(referral.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const answered = await api.graphql(
        `mutation { respondToMatch(id: "${id}", accept: true) { id kind status } }`,
        undefined,
        mette,
      );
      expect(answered).toEqual({ data: { respondToMatch: { id, kind: 'MENTOR', status: 'ACCEPTED' } } });
    });
  });

  describe('someone else’s match tells nothing, not even its status', () => {
    const RESPOND = `mutation ($id: ID!) { respondToMatch(id: $id, accept: false) { status } }`;
    const CONFIRM = `mutation ($id: ID!) { confirmReferralFirstSession(id: $id, date: "2030-01-01") { status } }`;
    const REPORT = `mutation ($id: ID!) { reportReferralOutcome(id: $id, outcome: STOPPED) { status } }`;
    const MY_LOG = `query ($id: ID!) { myMeetingLog(matchId: $id) { status participantFirstName } }`;
    const LOG = `mutation ($id: ID!) { logMeeting(input: { matchId: $id, metOn: "2020-01-01", durationMinutes: 30 }) { id } }`;

    const sameAsUnknown = async (operation: string, id: string, session: string) => {
      const theirs = told(await api.graphql(operation, { id }, session));
      const unknown = told(await api.graphql(operation, { id: UNKNOWN_ID }, session));
      expect(theirs.errors?.[0]?.code).toBe('NOT_FOUND');
      expect({ operation, ...theirs }).toEqual({ operation, ...unknown });
    };

    it('respondToMatch: another volunteer’s or another association’s match answers as an unknown id, whatever its status', async () => {
      // Mette's accepted proposal (from the test above), and her active mentorship with Rahel.
      const rows: { id: string; status: string }[] = await api.dataSource.query(
        `SELECT id, status FROM match WHERE volunteer_id = $1 AND status IN ('accepted', 'active')`,
        [metteId],
      );
      expect(rows.map((r) => r.status).sort()).toEqual(['accepted', 'active']);
      const [{ id: referralId }] = await api.dataSource.query(
        `SELECT m.id FROM match m JOIN participant p ON p.id = m.participant_id WHERE p.first_name = 'Oleksandr'`,
      );
      for (const { id } of rows) {
        await sameAsUnknown(RESPOND, id, otherVolunteer);
        await sameAsUnknown(RESPOND, id, representative);
      }
      // The referral is approved and waits for Frederikssund Idrætsforening, not for these.
      await sameAsUnknown(RESPOND, referralId, otherVolunteer);
      await sameAsUnknown(RESPOND, referralId, otherRepresentative);
      expect(await api.dataSource.query(`SELECT status FROM match WHERE id = $1`, [referralId])).toEqual([
        { status: 'approved' },
      ]);
    });

    it('referral steps and the meeting log: another association’s or volunteer’s match answers as an unknown id', async () => {
      const [{ id: referralId }] = await api.dataSource.query(
        `SELECT m.id FROM match m JOIN participant p ON p.id = m.participant_id WHERE p.first_name = 'Oleksandr'`,
      );
      await sameAsUnknown(CONFIRM, referralId, otherRepresentative);
      await sameAsUnknown(REPORT, referralId, otherRepresentative);
      const [{ id: rahelMatch }] = await api.dataSource.query(
        `SELECT m.id FROM match m JOIN participant p ON p.id = m.participant_id WHERE p.first_name = 'Rahel' AND m.status = 'active'`,
      );
      await sameAsUnknown(MY_LOG, rahelMatch, otherVolunteer);
      await sameAsUnknown(LOG, rahelMatch, otherVolunteer);
    });
  });

  describe('an offer with referrals is closed, never deleted', () => {
    it('gives every offer in the catalogue its publication date', async () => {
      const offers: { title: string; status: string; published: boolean }[] = await api.dataSource.query(
        `SELECT title, status, first_published_at IS NOT NULL AS published FROM offer ORDER BY title`,
      );
      expect(offers.filter((o) => o.status === 'published').length).toBeGreaterThan(5);
      expect(offers.filter((o) => (o.status !== 'draft') !== o.published)).toEqual([]);
    });

    it('refuses to delete a published offer with a referral, naming it, and keeps both', async () => {
      const [{ id: offerId }] = await api.dataSource.query(
        `SELECT o.id FROM offer o JOIN match m ON m.offer_id = o.id JOIN participant p ON p.id = m.participant_id
          WHERE p.first_name = 'Oleksandr'`,
      );
      const refused = await api.graphql(`mutation { deleteOffer(id: "${offerId}") }`, undefined, representative);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(refused.errors?.[0]?.message).toContain('Prøvemedlemskab: atletik for voksne');
      expect(refused.errors?.[0]?.message).toContain('close it instead');
      expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM offer WHERE id = $1`, [offerId])).toEqual([
        { n: 1 },
      ]);
    });

    it('refuses to delete even a draft someone was referred to', async () => {
      const [{ id: draftId }] = await api.dataSource.query(`SELECT id FROM offer WHERE status = 'draft' LIMIT 1`);
      await api.dataSource.query(
        `INSERT INTO match (municipality_id, kind, participant_id, offer_id, status, score) VALUES ($1, 'event', $2, $3, 'declined', 1)`,
        [municipalityId, aminaId, draftId],
      );
      const refused = await api.graphql(`mutation { deleteOffer(id: "${draftId}") }`, undefined, coordinator);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(refused.errors?.[0]?.message).toContain('has 1 referral');
      // What it suggests works, for a draft never published too.
      const closed = await api.graphql(`mutation { closeOffer(id: "${draftId}") { status } }`, undefined, coordinator);
      expect(closed).toEqual({ data: { closeOffer: { status: 'CLOSED' } } });
    });

    it('holds in the database too: the app role cannot delete an offer or a volunteer with matches', async () => {
      const [{ id: offerId }] = await api.dataSource.query(
        `SELECT DISTINCT offer_id AS id FROM match WHERE offer_id IS NOT NULL AND status = 'approved' LIMIT 1`,
      );
      const asApp = (sql: string, params: unknown[]) =>
        inTenantTransaction(api.dataSource, municipalityId, (manager) => manager.query(sql, params));
      // RESTRICT is foreign_key_violation (23503) on PostgreSQL 15, restrict_violation (23001) on 18.
      const restricted = { code: expect.stringMatching(/^(23503|23001)$/) };
      await expect(asApp(`DELETE FROM offer WHERE id = $1`, [offerId])).rejects.toMatchObject(restricted);
      await expect(asApp(`DELETE FROM volunteer WHERE id = $1`, [metteId])).rejects.toMatchObject(restricted);
      await expect(
        asApp(
          `INSERT INTO match (municipality_id, kind, participant_id, status, score) VALUES ($1, 'mentor', $2, 'proposed', 1)`,
          [municipalityId, aminaId],
        ),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(
        asApp(
          `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, status, score) VALUES ($1, 'mentor', $2, $3, 'proposed', 1)`,
          [municipalityId, aminaId, UNKNOWN_ID],
        ),
      ).rejects.toMatchObject({ code: '23503' });
    });
  });
});
