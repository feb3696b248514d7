import { createAssociation } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface PageOf<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** The lists come in pages (limit 1–50, offset ≥ 0) with the total across pages. */
describe('paginated lists', () => {
  let api: TestApp;
  let coordinator: string;
  let volunteer: string;
  let municipalityId: string;

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, municipalityId } = await api.signInAs('coordinator'));
    ({ cookie: volunteer } = await api.signInAs('volunteer'));
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The SQL the api sends while `run` runs, through the TypeORM logger. */
  async function queriesDuring(run: () => Promise<unknown>): Promise<string[]> {
    const queries: string[] = [];
    const logQuery = jest
      .spyOn(api.appDataSource.logger, 'logQuery')
      .mockImplementation((query: string) => void queries.push(query));
    try {
      await run();
    } finally {
      logQuery.mockRestore();
    }
    return queries;
  }

  /** Queries that read a table; on a server the tables carry the test's schema: FROM "test_…"."volunteer". */
  const reading = (queries: string[], table: string) =>
    queries.filter((q) => new RegExp(`(FROM|JOIN)\\s+("?\\w+"?\\.)?"?${table}"?(\\s|$)`, 'i').test(q)).length;

  /** Every page of a list, read until the total is reached. */
  async function allPages<T>(field: string, query: (offset: number) => string, session?: string): Promise<T[]> {
    const seen: T[] = [];
    for (let offset = 0; ; offset += 50) {
      const result = await api.graphql<Record<string, PageOf<T>>>(query(offset), undefined, session);
      expect(result.errors).toBeUndefined();
      const page = result.data?.[field];
      if (!page) throw new Error(`no ${field}`);
      expect(page.offset).toBe(offset);
      seen.push(...page.items);
      if (offset + 50 >= page.total) {
        expect(seen).toHaveLength(page.total);
        return seen;
      }
    }
  }

  describe('matches', () => {
    let participantId: string;
    let volunteerId: string;

    beforeAll(async () => {
      // Enough matches of one person to need several pages.
      const [{ id: localityId }] = await api.dataSource.query(`SELECT id FROM locality WHERE name = 'Skibby'`);
      [{ id: participantId }] = await api.dataSource.query(
        `INSERT INTO participant (municipality_id, first_name, last_name, birth_year, locality_id)
         VALUES ($1, 'Side', 'Sidesen', 1991, $2) RETURNING id`,
        [municipalityId, localityId],
      );
      [{ id: volunteerId }] = await api.dataSource.query(
        `INSERT INTO volunteer (municipality_id, first_name, last_name, roles, status, locality_id, capacity)
         VALUES ($1, 'Pia', 'Pager', '{mentor}', 'approved', $2, 3) RETURNING id`,
        [municipalityId, localityId],
      );
      // Every match has a provider: the rest are another volunteer's.
      const [{ id: otherVolunteerId }] = await api.dataSource.query(
        `INSERT INTO volunteer (municipality_id, first_name, last_name, roles, status, locality_id, capacity)
         VALUES ($1, 'Per', 'Pager', '{mentor}', 'approved', $2, 3) RETURNING id`,
        [municipalityId, localityId],
      );
      for (let i = 0; i < 60; i++) {
        await api.dataSource.query(
          `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, status, score, proposed_at)
           VALUES ($1, 'mentor', $2, $3, $4, 5, now() - make_interval(mins => $5))`,
          [municipalityId, participantId, i < 7 ? volunteerId : otherVolunteerId, i % 2 ? 'declined' : 'proposed', i],
        );
      }
    });

    const MATCHES = (args: string) =>
      `{ matches(${args}) { total offset limit items { id participantId volunteerId status proposedAt } } }`;

    it('gives the first 25, newest first, with the total across pages', async () => {
      const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM match`);
      const result = await api.graphql<{ matches: PageOf<{ proposedAt: string }> }>(
        MATCHES('limit: 25'),
        undefined,
        coordinator,
      );
      expect(result.errors).toBeUndefined();
      const page = result.data?.matches;
      expect(page).toMatchObject({ total: count, offset: 0, limit: 25 });
      expect(page?.items).toHaveLength(Math.min(25, count));
      const times = (page?.items ?? []).map((m) => Date.parse(m.proposedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('pages through every match once', async () => {
      const rows: { id: string }[] = await api.dataSource.query(`SELECT id FROM match`);
      const listed = await allPages<{ id: string }>(
        'matches',
        (offset) => MATCHES(`offset: ${offset}, limit: 50`),
        coordinator,
      );
      expect(listed.map((m) => m.id).sort()).toEqual(rows.map((r) => r.id).sort());
    });

    it('filters by participant, by volunteer and by status', async () => {
      const ofParticipant = await allPages<{ participantId: string }>(
        'matches',
        (offset) => MATCHES(`participantId: "${participantId}", offset: ${offset}, limit: 50`),
        coordinator,
      );
      expect(ofParticipant).toHaveLength(60);
      expect(ofParticipant.every((m) => m.participantId === participantId)).toBe(true);

      const ofVolunteer = await api.graphql<{ matches: PageOf<{ volunteerId: string }> }>(
        MATCHES(`volunteerId: "${volunteerId}"`),
        undefined,
        coordinator,
      );
      expect(ofVolunteer.data?.matches.total).toBe(7);
      expect(ofVolunteer.data?.matches.items.every((m) => m.volunteerId === volunteerId)).toBe(true);

      const declined = await api.graphql<{ matches: PageOf<{ status: string }> }>(
        MATCHES(`participantId: "${participantId}", statuses: [DECLINED], limit: 10`),
        undefined,
        coordinator,
      );
      expect(declined.data?.matches.total).toBe(30);
      expect(declined.data?.matches.items).toHaveLength(10);
      expect(declined.data?.matches.items.every((m) => m.status === 'DECLINED')).toBe(true);
    });

    it('refuses a page size of 0 or above 50, a negative offset and a malformed id, naming the argument', async () => {
      for (const [args, field] of [
        ['limit: 0', 'limit'],
        ['limit: 51', 'limit'],
        ['offset: -1', 'offset'],
        ['participantId: "nope"', 'participantId'],
        ['volunteerId: "nope"', 'volunteerId'],
      ]) {
        const result = await api.graphql(MATCHES(args), undefined, coordinator);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('is for coordinators only', async () => {
      const result = await api.graphql(MATCHES(`participantId: "${participantId}"`), undefined, volunteer);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(result.data ?? null)).not.toContain(participantId);
    });
  });

  describe('volunteers', () => {
    let localityId: string;

    beforeAll(async () => {
      [{ id: localityId }] = await api.dataSource.query(`SELECT id FROM locality WHERE name = 'Jægerspris'`);
      for (let i = 0; i < 40; i++) {
        await api.dataSource.query(
          `INSERT INTO volunteer (municipality_id, first_name, last_name, roles, status, locality_id, capacity,
                                  languages, interests)
           VALUES ($1, $2, 'Listesen', '{mentor}', 'applied', $3, 1, '[{"code":"da","level":"native"}]', '{football}')`,
          [municipalityId, `Frivillig${i}`, localityId],
        );
      }
    });

    const VOLUNTEERS = (args: string) =>
      `{ volunteers(${args}) { total offset limit items { id firstName lastName status localityId languages { code level } screeningNote } } }`;

    it('gives a page of one status with the total, and every applicant once across pages', async () => {
      const rows: { id: string }[] = await api.dataSource.query(`SELECT id FROM volunteer WHERE status = 'applied'`);
      const first = await api.graphql<{ volunteers: PageOf<{ status: string }> }>(
        VOLUNTEERS('status: APPLIED, limit: 10'),
        undefined,
        coordinator,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data?.volunteers).toMatchObject({ total: rows.length, offset: 0, limit: 10 });
      expect(first.data?.volunteers.items).toHaveLength(10);
      expect(first.data?.volunteers.items.every((v) => v.status === 'APPLIED')).toBe(true);

      const all = await allPages<{ id: string }>(
        'volunteers',
        (offset) => VOLUNTEERS(`status: APPLIED, offset: ${offset}, limit: 50`),
        coordinator,
      );
      expect(all.map((v) => v.id).sort()).toEqual(rows.map((r) => r.id).sort());
    });

    it('reads a page of 40 volunteers in a constant number of queries, not one per volunteer', async () => {
      const queries = await queriesDuring(async () => {
        const result = await api.graphql<{ volunteers: PageOf<unknown> }>(
          VOLUNTEERS('limit: 40'),
          undefined,
          coordinator,
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.volunteers.items).toHaveLength(40);
      });
      expect(reading(queries, 'volunteer')).toBeLessThanOrEqual(2); // the page and its count
      expect(reading(queries, 'locality')).toBe(0);
      expect(queries.length).toBeLessThan(15);
    });

    it('gives one volunteer by id, and NOT_FOUND or BAD_USER_INPUT for ids that are not one', async () => {
      const [{ id }] = await api.dataSource.query(`SELECT id FROM volunteer WHERE first_name = 'Frivillig7'`);
      const one = await api.graphql<{ volunteer: { id: string; firstName: string } }>(
        `{ volunteer(id: "${id}") { id firstName } }`,
        undefined,
        coordinator,
      );
      expect(one.data?.volunteer).toEqual({ id, firstName: 'Frivillig7' });
      const missing = await api.graphql(
        '{ volunteer(id: "00000000-0000-4000-8000-000000000000") { id } }',
        undefined,
        coordinator,
      );
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const malformed = await api.graphql('{ volunteer(id: "nope") { id } }', undefined, coordinator);
      expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      const asVolunteer = await api.graphql(`{ volunteer(id: "${id}") { id } }`, undefined, volunteer);
      expect(asVolunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a page size of 0 or above 50 and an unknown status, naming the argument', async () => {
      for (const [args, field] of [
        ['limit: 0', 'limit'],
        ['limit: 51', 'limit'],
        ['offset: -5', 'offset'],
      ]) {
        const result = await api.graphql(VOLUNTEERS(args), undefined, coordinator);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const unknownStatus = await api.graphql(
        'query ($status: VolunteerStatus) { volunteers(status: $status) { total } }',
        { status: 'sleeping' },
        coordinator,
      );
      expect(unknownStatus.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_ALLOWED_VALUE',
        field: 'status',
      });
      const asVolunteer = await api.graphql(VOLUNTEERS('limit: 5'), undefined, volunteer);
      expect(asVolunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('publishedOffers', () => {
    beforeAll(async () => {
      // Published offers of several associations and towns, so each needs its relations.
      const { towns } = await api.municipality();
      for (const town of ['Frederikssund', 'Jægerspris', 'Slangerup'] as const) {
        await createAssociation(api.dataSource, {
          municipalityId,
          localityId: towns[town],
          name: `Forening i ${town}`,
        });
      }
      const associations: { id: string; locality_id: string }[] = await api.dataSource.query(
        `SELECT id, locality_id FROM association ORDER BY name`,
      );
      // More than a page of 50.
      for (let i = 0; i < 55; i++) {
        const association = associations[i % associations.length];
        await api.dataSource.query(
          `INSERT INTO offer (municipality_id, association_id, kind, title, locality_id, capacity, status, first_published_at, activity_key)
           VALUES ($1, $2, 'trial-membership', $3, $4, 5, 'published', now(), (SELECT key FROM activity ORDER BY key OFFSET $5 LIMIT 1))`,
          [
            municipalityId,
            association?.id,
            `Prøvetræning ${String(i).padStart(2, '0')}`,
            association?.locality_id,
            i % 5,
          ],
        );
      }
    });

    const OFFERS = (args: string) =>
      `{ publishedOffers(${args}) { total offset limit items { id title association { name locality { name } } locality { name } activity { key nameDa } } } }`;

    it('gives 20 at a time with the total, anonymously, and every published offer once across pages', async () => {
      const rows: { id: string }[] = await api.dataSource.query(`SELECT id FROM offer WHERE status = 'published'`);
      const first = await api.graphql<{ publishedOffers: PageOf<{ id: string }> }>(OFFERS('offset: 0'));
      expect(first.errors).toBeUndefined();
      expect(first.data?.publishedOffers).toMatchObject({ total: rows.length, offset: 0, limit: 20 });
      expect(first.data?.publishedOffers.items).toHaveLength(20);
      const all = await allPages<{ id: string }>('publishedOffers', (offset) => OFFERS(`offset: ${offset}, limit: 50`));
      expect(all.map((o) => o.id).sort()).toEqual(rows.map((r) => r.id).sort());
      const filtered = await api.graphql<{ publishedOffers: PageOf<{ id: string }> }>(
        OFFERS('filter: { kind: TRIAL_MEMBERSHIP }, limit: 5'),
      );
      const [{ count }] = await api.dataSource.query(
        `SELECT count(*)::int AS count FROM offer WHERE status = 'published' AND kind = 'trial-membership'`,
      );
      expect(filtered.data?.publishedOffers.total).toBe(count);
      expect(filtered.data?.publishedOffers.items).toHaveLength(5);
    });

    it('reads a page of 50 offers with their association, town and activity in a constant number of queries', async () => {
      const queries = await queriesDuring(async () => {
        const result = await api.graphql<{ publishedOffers: PageOf<unknown> }>(OFFERS('limit: 50'));
        expect(result.errors).toBeUndefined();
        expect(result.data?.publishedOffers.items).toHaveLength(50);
      });
      // The page's ids, the page with its relations joined, and the count: never one per offer.
      expect(reading(queries, 'offer')).toBeLessThanOrEqual(3);
      expect(reading(queries, 'association')).toBeLessThanOrEqual(3);
      expect(reading(queries, 'locality')).toBeLessThanOrEqual(3);
      expect(reading(queries, 'activity')).toBeLessThanOrEqual(3);
      expect(queries.length).toBeLessThan(15);
    });

    it('refuses a page size of 0 or above 50, naming limit', async () => {
      for (const [args, field] of [
        ['limit: 0', 'limit'],
        ['limit: 51', 'limit'],
        ['offset: -1', 'offset'],
      ]) {
        const result = await api.graphql(OFFERS(args));
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });
  });

  describe('waitingParticipants and idleVolunteers', () => {
    it('gives the first N longest waiting, the total and how many are overdue, and logs only the page', async () => {
      const all = await api.graphql<{ waitingParticipants: PageOf<{ participantId: string; overdue: boolean }> }>(
        '{ waitingParticipants(kind: MENTOR, limit: 50) { total offset limit items { participantId overdue } } }',
        undefined,
        coordinator,
      );
      expect(all.errors).toBeUndefined();
      const everyone = all.data?.waitingParticipants.items ?? [];
      const before = new Date();
      const first = await api.graphql<{
        waitingParticipants: PageOf<{ participantId: string }> & { overdue: number };
      }>(
        '{ waitingParticipants(kind: MENTOR, limit: 3) { total overdue offset limit items { participantId } } }',
        undefined,
        coordinator,
      );
      expect(first.data?.waitingParticipants).toMatchObject({
        total: all.data?.waitingParticipants.total,
        overdue: everyone.filter((w) => w.overdue).length,
        offset: 0,
        limit: 3,
      });
      const shown = first.data?.waitingParticipants.items.map((w) => w.participantId);
      expect(shown).toEqual(everyone.slice(0, 3).map((w) => w.participantId));
      const logged: { participant_id: string }[] = await api.dataSource.query(
        `SELECT participant_id FROM access_log_entry WHERE action = 'search' AND at >= $1`,
        [before.toISOString()],
      );
      expect(logged.map((l) => l.participant_id).sort()).toEqual([...(shown ?? [])].sort());
    });

    it('gives the first N idle volunteers and the total', async () => {
      const all = await api.graphql<{ idleVolunteers: PageOf<{ volunteerId: string }> }>(
        '{ idleVolunteers(limit: 50) { total items { volunteerId } } }',
        undefined,
        coordinator,
      );
      const first = await api.graphql<{ idleVolunteers: PageOf<{ volunteerId: string }> & { overdue: number } }>(
        '{ idleVolunteers(limit: 2) { total overdue items { volunteerId } } }',
        undefined,
        coordinator,
      );
      expect(first.data?.idleVolunteers.total).toBe(all.data?.idleVolunteers.total);
      expect(first.data?.idleVolunteers.items.map((v) => v.volunteerId)).toEqual(
        all.data?.idleVolunteers.items.slice(0, 2).map((v) => v.volunteerId),
      );
    });

    it('refuses a limit of 0 or above 50, naming limit, and is for coordinators only', async () => {
      for (const query of [
        '{ waitingParticipants(kind: MENTOR, limit: 0) { total } }',
        '{ waitingParticipants(kind: MENTOR, limit: 51) { total } }',
        '{ idleVolunteers(limit: 0) { total } }',
        '{ idleVolunteers(limit: 51) { total } }',
      ]) {
        const result = await api.graphql(query, undefined, coordinator);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
      }
      const asVolunteer = await api.graphql('{ idleVolunteers { total } }', undefined, volunteer);
      expect(asVolunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('fritidspasHouseholds', () => {
    const year = new Date().getFullYear();
    let familyId: string;

    beforeAll(async () => {
      const [{ id: localityId }] = await api.dataSource.query(`SELECT id FROM locality WHERE name = 'Slangerup'`);
      [{ id: familyId }] = await api.dataSource.query(
        `INSERT INTO participant (municipality_id, first_name, last_name, birth_year, locality_id, household)
         VALUES ($1, 'Rania', 'Familiesen', 1985, $2, $3) RETURNING id`,
        [
          municipalityId,
          localityId,
          JSON.stringify([
            { firstName: 'Yasmin', birthYear: year - 9 },
            { firstName: 'Karim', birthYear: year - 25 },
          ]),
        ],
      );
      // A grown-up child only: not a fritidspas household.
      await api.dataSource.query(
        `INSERT INTO participant (municipality_id, first_name, last_name, birth_year, locality_id, household)
         VALUES ($1, 'Voksen', 'Familiesen', 1960, $2, $3)`,
        [municipalityId, localityId, JSON.stringify([{ firstName: 'Stor', birthYear: year - 30 }])],
      );
    });

    const HOUSEHOLDS = (args: string) =>
      `{ fritidspasHouseholds(${args}) { total limit items { participantId parentName children { firstName birthYear } } } }`;

    it('finds a family by the parent’s or a child’s name, with only the children of fritidspas age, and logs it', async () => {
      const before = new Date();
      const byParent = await api.graphql<{
        fritidspasHouseholds: {
          total: number;
          items: { participantId: string; parentName: string; children: unknown[] }[];
        };
      }>(HOUSEHOLDS('search: "familiesen"'), undefined, coordinator);
      expect(byParent.errors).toBeUndefined();
      expect(byParent.data?.fritidspasHouseholds).toEqual({
        total: 1,
        limit: 20,
        items: [
          {
            participantId: familyId,
            parentName: 'Rania Familiesen',
            children: [{ firstName: 'Yasmin', birthYear: year - 9 }],
          },
        ],
      });
      const byChild = await api.graphql<{ fritidspasHouseholds: { items: { participantId: string }[] } }>(
        HOUSEHOLDS('search: "yasm"'),
        undefined,
        coordinator,
      );
      expect(byChild.data?.fritidspasHouseholds.items.map((h) => h.participantId)).toEqual([familyId]);
      const grownUpChild = await api.graphql<{ fritidspasHouseholds: { total: number } }>(
        HOUSEHOLDS('search: "Karim"'),
        undefined,
        coordinator,
      );
      expect(grownUpChild.data?.fritidspasHouseholds.total).toBe(0);
      const byId = await api.graphql<{ fritidspasHouseholds: { items: { parentName: string }[] } }>(
        HOUSEHOLDS(`participantId: "${familyId}"`),
        undefined,
        coordinator,
      );
      expect(byId.data?.fritidspasHouseholds.items.map((h) => h.parentName)).toEqual(['Rania Familiesen']);
      const logged: { participant_id: string }[] = await api.dataSource.query(
        `SELECT participant_id FROM access_log_entry WHERE action = 'search' AND at >= $1`,
        [before.toISOString()],
      );
      expect(new Set(logged.map((l) => l.participant_id))).toEqual(new Set([familyId]));
    });

    it('refuses a search without a name or id, a short one, a bad id and a bad limit, and non-coordinators', async () => {
      for (const [args, field] of [
        ['limit: 5', 'search'],
        ['search: "a"', 'search'],
        ['participantId: "nope"', 'participantId'],
        ['search: "familiesen", limit: 0', 'limit'],
        ['search: "familiesen", limit: 51', 'limit'],
      ]) {
        const result = await api.graphql(HOUSEHOLDS(args), undefined, coordinator);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const asVolunteer = await api.graphql(HOUSEHOLDS('search: "familiesen"'), undefined, volunteer);
      expect(asVolunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('participants', () => {
    const PARTICIPANTS = (args: string) =>
      `{ participants(${args}) { total offset limit items { id lastName localityName } } }`;

    it('gives a page of a search with the total, every participant once across pages, and logs only the page', async () => {
      const rows: { id: string }[] = await api.dataSource.query(`SELECT id FROM participant`);
      const before = new Date();
      const first = await api.graphql<{ participants: PageOf<{ id: string }> }>(
        PARTICIPANTS('search: {}, limit: 4'),
        undefined,
        coordinator,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data?.participants).toMatchObject({ total: rows.length, offset: 0, limit: 4 });
      const logged: { participant_id: string }[] = await api.dataSource.query(
        `SELECT participant_id FROM access_log_entry WHERE action = 'search' AND at >= $1`,
        [before.toISOString()],
      );
      expect(logged.map((l) => l.participant_id).sort()).toEqual(
        (first.data?.participants.items ?? []).map((p) => p.id).sort(),
      );
      const all = await allPages<{ id: string }>(
        'participants',
        (offset) => PARTICIPANTS(`search: {}, offset: ${offset}, limit: 50`),
        coordinator,
      );
      expect(all.map((p) => p.id).sort()).toEqual(rows.map((r) => r.id).sort());
    });

    it('reads a page of participants with their towns in a constant number of queries', async () => {
      const queries = await queriesDuring(async () => {
        const result = await api.graphql<{ participants: PageOf<unknown> }>(
          PARTICIPANTS('search: {}, limit: 50'),
          undefined,
          coordinator,
        );
        expect(result.errors).toBeUndefined();
      });
      expect(reading(queries, 'participant')).toBeLessThanOrEqual(3);
      expect(reading(queries, 'locality')).toBeLessThanOrEqual(3);
      expect(queries.length).toBeLessThan(15);
    });

    it('refuses a page size of 0 or above 50, naming limit', async () => {
      for (const [args, field] of [
        ['search: {}, limit: 0', 'limit'],
        ['search: {}, limit: 51', 'limit'],
        ['search: {}, offset: -1', 'offset'],
      ]) {
        const result = await api.graphql(PARTICIPANTS(args), undefined, coordinator);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });
  });

  describe('associations', () => {
    it('gives the public a page of associations by name with the total, and refuses a bad limit', async () => {
      const rows: { id: string }[] = await api.dataSource.query(`SELECT id FROM association`);
      const first = await api.graphql<{
        associations: PageOf<{ id: string; name: string; locality: { name: string } }>;
      }>('{ associations(limit: 2) { total offset limit items { id name locality { name } } } }');
      expect(first.errors).toBeUndefined();
      expect(first.data?.associations).toMatchObject({ total: rows.length, offset: 0, limit: 2 });
      expect(first.data?.associations.items).toHaveLength(Math.min(2, rows.length));
      const all = await allPages<{ id: string }>(
        'associations',
        (offset) => `{ associations(offset: ${offset}) { total offset limit items { id } } }`,
      );
      expect(all.map((a) => a.id).sort()).toEqual(rows.map((r) => r.id).sort());
      for (const limit of [0, 51]) {
        const refused = await api.graphql(`{ associations(limit: ${limit}) { total } }`);
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
      }
    });
  });
});
