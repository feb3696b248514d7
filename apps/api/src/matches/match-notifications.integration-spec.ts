import { MatchesService } from '@brobygger/api/matches';
import { VolunteersService } from '@brobygger/api/volunteers';
import { createFritidspasOffer, createMentoringScene } from '../../test/factories';
import { mailsTo } from '../../test/mail-text';
import { SmtpInbox } from '../../test/smtp-inbox';
import { createTestApp, type TestApp } from '../../test/test-app';

const METTE = 'mette@test.brobygger.dk';
const KARIN = 'karin@test.brobygger.dk';
const PETER = 'peter@test.brobygger.dk';

/** Karin the coordinator, and Mette's mentoring scene with Mette's account at METTE. */
async function createScene(api: TestApp): Promise<{ coordinator: string; metteId: string; mette: string }> {
  const { cookie: coordinator } = await api.signInAs('coordinator', { email: KARIN, displayName: 'Karin Kristensen' });
  const { mette } = await createMentoringScene(api.dataSource, await api.municipality(), { email: METTE });
  return { coordinator, metteId: mette.id, mette: await api.sessionFor(mette.accountId ?? '') };
}

/** 26.11.2026 for a timestamp, in Copenhagen. */
function danish(value: string | Date): string {
  return new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(value));
}

describe('notification emails about proposals and child certificates, sent after the commit', () => {
  const inbox = new SmtpInbox();
  let api: TestApp;
  let coordinator: string;
  let mette: string;
  let metteId: string;
  let municipalityId: string;

  /** A proposal straight into the table (as a matching run would write it), for one participant. */
  const propose = async (firstName: string, provider: { volunteerId?: string; offerId?: string }, kind = 'mentor') => {
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, offer_id, status, score)
       SELECT municipality_id, $2, id, $3, $4, 'proposed', 50 FROM participant WHERE first_name = $1 RETURNING id`,
      [firstName, kind, provider.volunteerId ?? null, provider.offerId ?? null],
    );
    return id as string;
  };
  const approve = (id: string, session = coordinator) =>
    api.graphql<{ approveMatch: { status: string; respondBy: string } }>(
      `mutation { approveMatch(id: "${id}") { status respondBy } }`,
      undefined,
      session,
    );

  beforeAll(async () => {
    const smtpUrl = await inbox.start();
    api = await createTestApp({ env: { SMTP_URL: smtpUrl } });
    ({ coordinator, metteId, mette } = await createScene(api));
    const municipality = await api.municipality();
    municipalityId = municipality.id;
    const football = await createFritidspasOffer(api.dataSource, {
      municipalityId,
      localityId: municipality.localityId,
    });
    await api.signInAs('association-representative', { email: PETER, associationId: football.associationId });
  });

  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  it('tells the volunteer about an approved proposal in her own language, with the deadline', async () => {
    await api.dataSource.query(`UPDATE account SET preferred_language = 'en' WHERE email = $1`, [METTE]);
    const id = await propose('Amina', { volunteerId: metteId });
    const approved = await approve(id);
    expect(approved.data?.approveMatch.status).toBe('APPROVED');
    const [mail] = await mailsTo(inbox, METTE, /^New proposal in Brobygger/);
    const date = danish(approved.data?.approveMatch.respondBy ?? '');
    expect(mail?.subject).toBe(`New proposal in Brobygger – answer by ${date}`);
    expect(mail?.body).toContain('You have a new proposal (mentor)');
    expect(mail?.body).toMatch(/http:\/\/[^\s]+\/frivillig\/forslag/);
    // Nothing about the participant goes into an email.
    expect(mail?.body).not.toContain('Amina');
    await api.dataSource.query(`UPDATE account SET preferred_language = 'da' WHERE email = $1`, [METTE]);

    // A refused approval sends nothing.
    const before = inbox.mails.length;
    const again = await approve(id);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await api.drainMail();
    expect(inbox.mails.length).toBe(before);
  });

  it('tells the association’s representatives about a proposal for their offer', async () => {
    const [{ id: offerId }] = await api.dataSource.query(
      `SELECT o.id FROM offer o JOIN association a ON a.id = o.association_id
        WHERE a.name = 'Frederikssund Idrætsforening' AND o.kind = 'fritidspas'`,
    );
    const id = await propose('Filmon', { offerId }, 'fritidspas');
    expect((await approve(id)).errors).toBeUndefined();
    const [mail] = await mailsTo(inbox, PETER, /^Nyt forslag i Brobygger – svar senest \d\d\.\d\d\.\d{4}$/);
    expect(mail?.body).toContain('Du har fået et nyt forslag (fritidspas)');
    expect(mail?.body).toMatch(/http:\/\/[^\s]+\/forening\/henvisninger/);
  });

  it('reminds once, the day before the deadline, when nobody has answered', async () => {
    const [{ id }] = await api.dataSource.query(
      `SELECT id FROM match WHERE volunteer_id = $1 AND status = 'approved'`,
      [metteId],
    );
    const service = api.started.app.get(MatchesService);
    expect(await service.remindUnanswered(municipalityId)).toBe(0);
    await api.dataSource.query(`UPDATE match SET respond_by = now() + interval '20 hours' WHERE id = $1`, [id]);
    expect(await service.remindUnanswered(municipalityId)).toBe(1);
    expect(await service.remindUnanswered(municipalityId)).toBe(0);
    const reminders = await mailsTo(inbox, METTE, /^Påmindelse: svar på dit forslag senest/);
    expect(reminders).toHaveLength(1);
    const [{ reminder_sent_at }] = await api.dataSource.query(`SELECT reminder_sent_at FROM match WHERE id = $1`, [id]);
    expect(reminder_sent_at).not.toBeNull();
  });

  it('tells the coordinator who approved when the volunteer declines', async () => {
    const [{ id }] = await api.dataSource.query(
      `SELECT id FROM match WHERE volunteer_id = $1 AND status = 'approved'`,
      [metteId],
    );
    const declined = await api.graphql(
      `mutation { respondToMatch(id: "${id}", accept: false, reason: "Har ikke tid") { status } }`,
      undefined,
      mette,
    );
    expect(declined.data).toEqual({ respondToMatch: { status: 'DECLINED' } });
    const [mail] = await mailsTo(inbox, KARIN, /^Et forslag er afvist/);
    expect(mail?.subject).toBe('Et forslag er afvist (mentor)');
    expect(mail?.body).toContain('med Mette Hansen er afvist');
    expect(mail?.body).toMatch(/http:\/\/[^\s]+\/koordinator\/matchning/);
  });

  it('tells the coordinator when a proposal expires unanswered', async () => {
    const id = await propose('Samira', { volunteerId: metteId });
    expect((await approve(id)).errors).toBeUndefined();
    await api.dataSource.query(`UPDATE match SET respond_by = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect(await api.started.app.get(MatchesService).expireOverdue(municipalityId)).toBe(1);
    const [mail] = await mailsTo(inbox, KARIN, /^Et forslag er udløbet uden svar/);
    expect(mail?.body).toContain('Mette Hansen blev ikke besvaret i tide');
  });

  it('tells the participant’s contact coordinator when the participant declines', async () => {
    const [{ id: karinId }] = await api.dataSource.query(`SELECT id FROM account WHERE email = $1`, [KARIN]);
    const id = await propose('Hodan', { volunteerId: metteId });
    // Approved earlier by someone whose account is gone: the contact coordinator hears about it.
    await api.dataSource.query(
      `UPDATE match SET status = 'accepted', approved_at = now(), approved_by = NULL, respond_by = now() + interval '3 days' WHERE id = $1`,
      [id],
    );
    await api.dataSource.query(`UPDATE participant SET contact_coordinator_id = $1 WHERE first_name = 'Hodan'`, [
      karinId,
    ]);
    const before = (await mailsTo(inbox, KARIN, /^Et forslag er afvist/)).length;
    const declined = await api.graphql(
      `mutation { recordParticipantResponse(id: "${id}", accept: false) { status } }`,
      undefined,
      coordinator,
    );
    expect(declined.data).toEqual({ recordParticipantResponse: { status: 'DECLINED' } });
    expect(await mailsTo(inbox, KARIN, /^Et forslag er afvist/, before + 1)).toHaveLength(before + 1);
  });

  it('reminds a volunteer 30 days before the child certificate must be renewed, once per renewal', async () => {
    const service = api.started.app.get(VolunteersService);
    // Checked 24 months less 20 days ago: renewal falls due in 20 days.
    await api.dataSource.query(
      `UPDATE volunteer SET child_certificate_status = 'clear', works_with_children = true,
         child_certificate_checked_on = (now() AT TIME ZONE 'Europe/Copenhagen')::date - interval '24 months' + interval '20 days'
       WHERE id = $1`,
      [metteId],
    );
    await api.dataSource.query(`UPDATE account SET preferred_language = 'ar' WHERE email = $1`, [METTE]);
    expect(await service.remindChildCertificateRenewals(municipalityId)).toBe(1);
    expect(await service.remindChildCertificateRenewals(municipalityId)).toBe(0);
    const [{ due }] = await api.dataSource.query(
      `SELECT to_char(child_certificate_reminder_sent_for, 'DD.MM.YYYY') AS due FROM volunteer WHERE id = $1`,
      [metteId],
    );
    const [mail] = await mailsTo(inbox, METTE, /شهادة العمل مع الأطفال/);
    expect(mail?.subject).toBe(`يجب تجديد شهادة العمل مع الأطفال قبل ${due}`);
    // A new check moves the renewal date: a new reminder when that one draws near.
    await api.dataSource.query(
      `UPDATE volunteer SET child_certificate_checked_on = child_certificate_checked_on + interval '1 day' WHERE id = $1`,
      [metteId],
    );
    expect(await service.remindChildCertificateRenewals(municipalityId)).toBe(1);
    await api.dataSource.query(`UPDATE account SET preferred_language = 'da' WHERE email = $1`, [METTE]);
  });
});

describe('a mail server that is down', () => {
  let api: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 9 (discard) here: every send fails.
    api = await createTestApp({ env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('never fails or undoes the step that caused the email', async () => {
    const { coordinator, metteId } = await createScene(api);
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO match (municipality_id, kind, participant_id, volunteer_id, status, score)
       SELECT municipality_id, 'mentor', id, $1, 'proposed', 50 FROM participant WHERE first_name = 'Amina' RETURNING id`,
      [metteId],
    );
    const approved = await api.graphql<{ approveMatch: { status: string } }>(
      `mutation { approveMatch(id: "${id}") { status } }`,
      undefined,
      coordinator,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveMatch.status).toBe('APPROVED');
    const [{ status }] = await api.dataSource.query(`SELECT status FROM match WHERE id = $1`, [id]);
    expect(status).toBe('approved');
  });
});
