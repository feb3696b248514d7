import { createAccount, createActiveMentorship, createParticipant } from '../../test/factories';
import { mailsTo } from '../../test/mail-text';
import { SmtpInbox } from '../../test/smtp-inbox';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Availability {
  paused: boolean;
  pausedUntil: string | null;
  leftAt: string | null;
}

const FIELDS = 'paused pausedUntil leftAt';
const PAUSE = `mutation ($until: String) { pauseMyVolunteering(until: $until) { ${FIELDS} } }`;
const RESUME = `mutation { resumeMyVolunteering { ${FIELDS} } }`;
const LEAVE = `mutation { leaveVolunteering { ${FIELDS} } }`;
const RUN = `mutation ($ids: [ID!]) { runMatching(kind: MENTOR, scope: { participantIds: $ids }) { proposals { volunteerId } } }`;
const IDLE = '{ idleVolunteers(limit: 50) { items { volunteerId } } }';

function isoDay(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

describe('a volunteer pauses, resumes and leaves', () => {
  const inbox = new SmtpInbox();
  let api: TestApp;
  let coordinator: string;
  let coordinatorEmail: string;
  let mette: string;
  let metteId: string;
  let aminaId: string;
  let municipalityId: string;
  let nina: string;
  let ninaId: string;

  beforeAll(async () => {
    api = await createTestApp({ env: { SMTP_URL: await inbox.start() } });
    let coordinatorId: string;
    ({
      cookie: coordinator,
      accountId: coordinatorId,
      email: coordinatorEmail,
      municipalityId,
    } = await api.signInAs('coordinator'));
    const municipality = await api.municipality();
    // Mette mentors Rahel (active five weeks) and has room for more.
    const { mette: volunteer } = await createActiveMentorship(api.dataSource, municipality, coordinatorId);
    metteId = volunteer.id;
    mette = await api.sessionFor(volunteer.accountId ?? '');
    const { localityId } = municipality;
    ({ id: aminaId } = await createParticipant(api.dataSource, {
      municipalityId,
      localityId,
      firstName: 'Amina',
      interpreterNeeded: true,
    }));
    await createParticipant(api.dataSource, { municipalityId, localityId, firstName: 'Samira' });
    // An approved mentor with nothing in progress, so she shows on the idle list.
    const accountId = (
      await createAccount(api.dataSource.manager, {
        municipalityId,
        email: 'nina@example.dk',
        password: 'frivillig-kode-2026',
        role: 'volunteer',
      })
    ).id;
    [{ id: ninaId }] = await api.dataSource.query(
      `INSERT INTO volunteer (municipality_id, first_name, last_name, roles, status, capacity, account_id, languages)
       VALUES ($1, 'Nina', 'Holm', '{mentor}', 'approved', 1, $2, '[{"code":"ar","level":"fluent"}]') RETURNING id`,
      [municipalityId, accountId],
    );
    nina = await api.signIn('nina@example.dk', 'frivillig-kode-2026');
  });

  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  const idle = async () =>
    (
      (await api.graphql<{ idleVolunteers: { items: { volunteerId: string }[] } }>(IDLE, undefined, coordinator)).data
        ?.idleVolunteers.items ?? []
    ).map((v) => v.volunteerId);
  const proposedFor = async () =>
    (
      (
        await api.graphql<{ runMatching: { proposals: { volunteerId: string }[] } }>(
          RUN,
          { ids: [aminaId] },
          coordinator,
        )
      ).data?.runMatching.proposals ?? []
    ).map((p) => p.volunteerId);

  it('refuses a pause date that is not a date after today and within a year, naming the field', async () => {
    for (const until of ['31.12.2026', isoDay(0), isoDay(-3), isoDay(400)]) {
      const result = await api.graphql(PAUSE, { until }, mette);
      expect({ until, extensions: result.errors?.[0]?.extensions }).toMatchObject({
        until,
        extensions: { code: 'BAD_USER_INPUT', field: 'until' },
      });
    }
  });

  it('leaves a paused volunteer out of matching runs and the idle list until they resume', async () => {
    expect(await proposedFor()).toContain(metteId);
    expect(await idle()).toContain(ninaId);

    const paused = await api.graphql<{ pauseMyVolunteering: Availability }>(PAUSE, {}, mette);
    expect(paused.data?.pauseMyVolunteering).toEqual({ paused: true, pausedUntil: null, leftAt: null });
    await api.graphql(PAUSE, { until: isoDay(14) }, nina);
    expect(await proposedFor()).not.toContain(metteId);
    expect(await idle()).not.toContain(ninaId);

    // A proposal made before the pause cannot be approved during it.
    const [{ id: earlier }] = await api.dataSource.query(
      `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, status, score)
       SELECT municipality_id, 'mentor', id, $1, 'proposed', 50 FROM participant WHERE first_name = 'Samira' RETURNING id`,
      [metteId],
    );
    const approve = await api.graphql(`mutation { approveMatch(id: "${earlier}") { status } }`, undefined, coordinator);
    expect(approve.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const resumed = await api.graphql<{ resumeMyVolunteering: Availability }>(RESUME, undefined, mette);
    expect(resumed.data?.resumeMyVolunteering).toEqual({ paused: false, pausedUntil: null, leftAt: null });
    expect(await proposedFor()).toContain(metteId);
    const notPaused = await api.graphql(RESUME, undefined, mette);
    expect(notPaused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('ends a dated pause by itself on the date given', async () => {
    const mine = await api.graphql<{ myVolunteerProfile: Availability }>(
      `{ myVolunteerProfile { ${FIELDS} } }`,
      undefined,
      nina,
    );
    expect(mine.data?.myVolunteerProfile).toEqual({ paused: true, pausedUntil: isoDay(14), leftAt: null });
    await api.dataSource.query(`UPDATE volunteer SET paused_until = $1 WHERE id = $2`, [isoDay(0), ninaId]);
    expect(await idle()).toContain(ninaId);
    const after = await api.graphql<{ myVolunteerProfile: Availability }>(
      `{ myVolunteerProfile { paused } }`,
      undefined,
      nina,
    );
    expect(after.data?.myVolunteerProfile.paused).toBe(false);
  });

  it('lets only a volunteer with a profile pause, resume or leave', async () => {
    for (const mutation of [PAUSE, RESUME, LEAVE]) {
      const asCoordinator = await api.graphql(mutation, {}, coordinator);
      expect(asCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await api.graphql(mutation, {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    await createAccount(api.dataSource.manager, {
      municipalityId,
      email: 'ny@example.dk',
      password: 'frivillig-kode-2026',
      role: 'volunteer',
    });
    const fresh = await api.signIn('ny@example.dk', 'frivillig-kode-2026');
    const noProfile = await api.graphql(LEAVE, {}, fresh);
    expect(noProfile.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('leaves: nothing ends, the contact coordinator is emailed which matches need attention', async () => {
    const left = await api.graphql<{ leaveVolunteering: Availability }>(LEAVE, {}, mette);
    expect(left.errors).toBeUndefined();
    expect(left.data?.leaveVolunteering.leftAt).not.toBeNull();
    expect(left.data?.leaveVolunteering.paused).toBe(false);

    // Her mentorship with Rahel goes on, flagged for the coordinator.
    const [{ status }] = await api.dataSource.query(
      `SELECT m.status FROM match m JOIN participant p ON p.id = m.participant_id WHERE p.first_name = 'Rahel'`,
    );
    expect(status).toBe('active');
    const [mail] = await mailsTo(inbox, coordinatorEmail, /^Mette Hansen er stoppet som frivillig$/);
    const since = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(Date.now() - 35 * 86_400_000));
    expect(mail?.body).toContain(`- mentor, siden ${since}`);
    expect(mail?.body).toContain('Intet forløb er afsluttet automatisk');
    expect(mail?.body).not.toContain('Rahel');
    const due = await api.graphql<{ dueCheckIns: { participantName: string; volunteerLeft: boolean }[] }>(
      '{ dueCheckIns { participantName volunteerLeft } }',
      undefined,
      coordinator,
    );
    expect(due.data?.dueCheckIns.find((d) => d.participantName === 'Rahel Tesfaye')?.volunteerLeft).toBe(true);

    expect(await proposedFor()).not.toContain(metteId);
    const pauseAfter = await api.graphql(PAUSE, {}, mette);
    expect(pauseAfter.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const leaveAgain = await api.graphql(LEAVE, {}, mette);
    expect(leaveAgain.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('tells every coordinator when a volunteer leaves with nothing in progress', async () => {
    await api.dataSource.query(`UPDATE volunteer SET paused_at = NULL, paused_until = NULL WHERE id = $1`, [ninaId]);
    const left = await api.graphql(LEAVE, {}, nina);
    expect(left.errors).toBeUndefined();
    const [mail] = await mailsTo(inbox, coordinatorEmail, /^Nina Holm er stoppet som frivillig$/);
    expect(mail?.body).toContain('Den frivillige havde ingen forløb i gang.');
  });
});
