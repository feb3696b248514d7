import { DEMO_PASSWORD } from '@brobygger/api/demo-data';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Waiting {
  firstName: string;
  daysWaiting: number;
  overdue: boolean;
}

describe('waiting lists with an ageing alert', () => {
  let api: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    api = await createTestApp({ demoData: true });
    coordinator = await api.signIn('koordinator@demo.brobygger.dk', DEMO_PASSWORD);
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
    // Demo arrivals: Filmon 400 days ago, Oleksandr 300, Amina 120, Samira 60, Hodan 30.
    expect(list.map((w) => w.firstName)).toEqual(['Filmon', 'Oleksandr', 'Amina', 'Samira', 'Hodan']);
    expect(list.find((w) => w.firstName === 'Hodan')).toMatchObject({ daysWaiting: 30, overdue: false });
    expect(list.find((w) => w.firstName === 'Samira')).toMatchObject({ daysWaiting: 60, overdue: true });
  });

  it('takes a person off the list while a match of that kind holds a slot', async () => {
    const [{ id: aminaId, municipality_id: municipalityId }] = await api.dataSource.query(
      `SELECT id, municipality_id FROM participant WHERE first_name = 'Amina'`,
    );
    const [{ id: metteId }] = await api.dataSource.query(`SELECT id FROM volunteer WHERE first_name = 'Mette'`);
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
