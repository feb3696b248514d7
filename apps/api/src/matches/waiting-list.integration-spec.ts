import { createParticipant, createVolunteer } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

const DAY = 86_400_000;
const arrivedDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

interface Waiting {
  firstName: string;
  daysWaiting: number;
  overdue: boolean;
}

describe('waiting lists with an ageing alert', () => {
  let api: TestApp;
  let coordinator: string;
  let municipalityId: string;
  let aminaId: string;
  let metteId: string;

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator, municipalityId } = await api.signInAs('coordinator'));
    const { localityId } = await api.municipality();
    for (const [firstName, days] of [
      ['Filmon', 400],
      ['Oleksandr', 300],
      ['Amina', 120],
      ['Samira', 60],
      ['Hodan', 30],
    ] as const) {
      const participant = await createParticipant(api.dataSource, {
        municipalityId,
        localityId,
        firstName,
        arrivalDate: arrivedDaysAgo(days),
      });
      if (firstName === 'Amina') aminaId = participant.id;
    }
    metteId = (await createVolunteer(api.dataSource, { municipalityId, firstName: 'Mette', localityId })).id;
    await createVolunteer(api.dataSource, { municipalityId, firstName: 'Jens', localityId });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists participants waiting for a kind, longest first, flagging those past 30 days', async () => {
    const result = await api.graphql<{ waitingParticipants: { items: Waiting[]; total: number; overdue: number } }>(
      '{ waitingParticipants(kind: MENTOR) { total overdue items { firstName daysWaiting overdue } } }',
      undefined,
      coordinator,
    );
    const list = result.data?.waitingParticipants.items ?? [];
    expect(result.data?.waitingParticipants).toMatchObject({ total: 5, overdue: 4 });
    expect(list.map((w) => w.firstName)).toEqual(['Filmon', 'Oleksandr', 'Amina', 'Samira', 'Hodan']);
    expect(list.find((w) => w.firstName === 'Hodan')).toMatchObject({ daysWaiting: 30, overdue: false });
    expect(list.find((w) => w.firstName === 'Samira')).toMatchObject({ daysWaiting: 60, overdue: true });
  });

  it('takes a person off the list while a match of that kind holds a slot', async () => {
    await api.dataSource.query(
      `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, status, score) VALUES ($1, 'mentor', $2, $3, 'active', 50)`,
      [municipalityId, aminaId, metteId],
    );
    const mentors = await api.graphql<{ waitingParticipants: { items: Waiting[] } }>(
      '{ waitingParticipants(kind: MENTOR, limit: 50) { items { firstName } } }',
      undefined,
      coordinator,
    );
    expect(mentors.data?.waitingParticipants.items.map((w) => w.firstName)).not.toContain('Amina');
    const guides = await api.graphql<{ waitingParticipants: { items: Waiting[] } }>(
      '{ waitingParticipants(kind: LEISURE_GUIDE, limit: 50) { items { firstName } } }',
      undefined,
      coordinator,
    );
    expect(guides.data?.waitingParticipants.items.map((w) => w.firstName)).toContain('Amina');
    const idle = await api.graphql<{ idleVolunteers: { items: { firstName: string }[] } }>(
      '{ idleVolunteers(limit: 50) { items { firstName freeCapacity } } }',
      undefined,
      coordinator,
    );
    expect(idle.data?.idleVolunteers.items.map((v) => v.firstName)).not.toContain('Mette');
    expect(idle.data?.idleVolunteers.items.map((v) => v.firstName)).toContain('Jens');
  });
});
