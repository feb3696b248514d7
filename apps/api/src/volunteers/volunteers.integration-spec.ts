import { createAccount, createVolunteer } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Profile {
  id: string;
  status: string;
  rejectionReason: string | null;
  childCertificateStatus: string;
  childCertificateRenewalDue: string | null;
}

const SAVE = `mutation ($input: VolunteerProfileInput!, $submit: Boolean!) {
  saveMyVolunteerProfile(input: $input, submit: $submit) { id status firstName rejectionReason childCertificateStatus childCertificateRenewalDue }
}`;
const MINE = `{ myVolunteerProfile { id status firstName rejectionReason } }`;

describe('volunteers sign up and are vetted', () => {
  let api: TestApp;
  let coordinator: string;
  let localityId: string;
  let municipalityId: string;

  const complete = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Sara',
    lastName: 'Jensen',
    roles: ['LEISURE_GUIDE'],
    languages: [
      { code: 'da', level: 'NATIVE' },
      { code: 'ar', level: 'CONVERSATIONAL' },
    ],
    interests: ['swimming', 'football'],
    localityId,
    maxDistanceKm: 12,
    availability: ['TUE_EVENING', 'SAT_MORNING'],
    capacity: 2,
    gender: 'FEMALE',
    birthYear: 1992,
    introduction: 'Jeg har selv været ny i Danmark.',
    worksWithChildren: true,
    ...overrides,
  });

  const newVolunteer = async (email: string) => {
    await createAccount(api.dataSource.manager, {
      municipalityId,
      email: email,
      password: 'frivillig-kode-2026',
      role: 'volunteer',
    });
    return api.signIn(email, 'frivillig-kode-2026');
  };

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, municipalityId } = await api.signInAs('coordinator'));
    localityId = (await api.municipality()).towns.Slangerup;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('saves an unfinished wizard as a draft and resumes it', async () => {
    const session = await newVolunteer('kladde@example.dk');
    expect((await api.graphql(MINE, undefined, session)).data).toEqual({ myVolunteerProfile: null });
    const draft = await api.graphql<{ saveMyVolunteerProfile: Profile }>(
      SAVE,
      { input: { firstName: 'Kim', roles: ['MENTOR'] }, submit: false },
      session,
    );
    expect(draft.data?.saveMyVolunteerProfile.status).toBe('DRAFT');
    const resumed = await api.graphql<{ myVolunteerProfile: Profile & { firstName: string } }>(
      MINE,
      undefined,
      session,
    );
    expect(resumed.data?.myVolunteerProfile).toMatchObject({ status: 'DRAFT', firstName: 'Kim' });
    const early = await api.graphql(SAVE, { input: { firstName: 'Kim', roles: ['MENTOR'] }, submit: true }, session);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastName' });
  });

  it('names the field of bad wizard input', async () => {
    const session = await newVolunteer('fejl@example.dk');
    const cases: [Record<string, unknown>, string][] = [
      [{ languages: [{ code: 'ar', level: 'perfect' }] }, 'languages[0].level'],
      [{ availability: ['someday'] }, 'availability[0]'],
      [{ roles: ['boss'] }, 'roles[0]'],
      [{ capacity: 0 }, 'capacity'],
      [{ birthYear: 2020 }, 'birthYear'],
      [{ interests: ['quidditch'] }, 'interests'],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.graphql(SAVE, { input: complete(overrides), submit: true }, session);
      expect({ field, got: result.errors?.[0]?.extensions }).toEqual({
        field,
        got: expect.objectContaining({ field }),
      });
    }
  });

  it('goes applied → screened → approved, needing a clear child certificate to work with children', async () => {
    const session = await newVolunteer('sara@example.dk');
    const applied = await api.graphql<{ saveMyVolunteerProfile: Profile }>(
      SAVE,
      { input: complete(), submit: true },
      session,
    );
    const { id, status, childCertificateStatus } = applied.data?.saveMyVolunteerProfile as Profile;
    expect({ status, childCertificateStatus }).toEqual({ status: 'APPLIED', childCertificateStatus: 'REQUESTED' });

    const screened = await api.graphql(
      `mutation { screenVolunteer(id: "${id}", note: "Samtale holdt 20.11.") { status screeningNote } }`,
      undefined,
      coordinator,
    );
    expect(screened.data).toEqual({ screenVolunteer: { status: 'SCREENED', screeningNote: 'Samtale holdt 20.11.' } });

    const tooEarly = await api.graphql(`mutation { approveVolunteer(id: "${id}") { status } }`, undefined, coordinator);
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'childCertificateStatus' });

    const certificate = await api.graphql<{ recordChildCertificate: Profile }>(
      `mutation { recordChildCertificate(id: "${id}", status: CLEAR, requestedOn: "2026-11-01", checkedOn: "2026-11-20") { childCertificateStatus childCertificateRenewalDue } }`,
      undefined,
      coordinator,
    );
    expect(certificate.data?.recordChildCertificate).toEqual({
      childCertificateStatus: 'CLEAR',
      childCertificateRenewalDue: '2028-11-20',
    });

    const approved = await api.graphql(`mutation { approveVolunteer(id: "${id}") { status } }`, undefined, coordinator);
    expect(approved.data).toEqual({ approveVolunteer: { status: 'APPROVED' } });

    const training = await api.graphql(
      `mutation { recordTraining(id: "${id}", name: "Introkursus for fritidsguider", completedOn: "2026-11-25") { trainings { name completedOn } } }`,
      undefined,
      coordinator,
    );
    expect(training.data).toEqual({
      recordTraining: { trainings: [{ name: 'Introkursus for fritidsguider', completedOn: '2026-11-25' }] },
    });
  });

  it('tells a rejected volunteer why', async () => {
    const session = await newVolunteer('afvist@example.dk');
    const applied = await api.graphql<{ saveMyVolunteerProfile: Profile }>(
      SAVE,
      { input: complete({ worksWithChildren: false }), submit: true },
      session,
    );
    const id = applied.data?.saveMyVolunteerProfile.id;
    const noReason = await api.graphql(
      `mutation { rejectVolunteer(id: "${id}", reason: " ") { status } }`,
      undefined,
      coordinator,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await api.graphql(
      `mutation { rejectVolunteer(id: "${id}", reason: "Vi har ingen ledige opgaver i dit område.") { status } }`,
      undefined,
      coordinator,
    );
    const mine = await api.graphql<{ myVolunteerProfile: Profile }>(MINE, undefined, session);
    expect(mine.data?.myVolunteerProfile).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Vi har ingen ledige opgaver i dit område.',
    });
    // A volunteer cannot vet.
    const selfApprove = await api.graphql(`mutation { approveVolunteer(id: "${id}") { status } }`, undefined, session);
    expect(selfApprove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a step out of order', async () => {
    const { id } = await createVolunteer(api.dataSource, { municipalityId, firstName: 'Jens', localityId });
    const result = await api.graphql(`mutation { screenVolunteer(id: "${id}") { status } }`, undefined, coordinator);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
