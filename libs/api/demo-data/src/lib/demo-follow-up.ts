import type { EntityManager } from 'typeorm';
import { AccountEntity } from '@brobygger/api/accounts';
import { LocalityEntity } from '@brobygger/api/reference-data';
import { MeetingLogEntryEntity } from '@brobygger/api/follow-up';
import { MatchEntity } from '@brobygger/api/matches';
import { ParticipantEntity } from '@brobygger/api/participants';
import { VolunteerEntity, todayInCopenhagen } from '@brobygger/api/volunteers';

const DAY = 86_400_000;
/** The match became active five weeks before the demo starts: its 1-month check-in is overdue. */
const ACTIVE_DAYS = 35;

/**
 * The follow-up journey at demo start: Mette Hansen (the demo volunteer) mentors Rahel, a match
 * that became active five weeks ago, with one meeting logged; the coordinator Karin is Rahel's
 * contact coordinator, so the overdue 1-month check-in is first on her list. Mette's capacity is
 * raised to 3 so she still has room for new mentor proposals.
 */
export async function seedDemoFollowUp(manager: EntityManager, municipalityId: string, today: Date): Promise<void> {
  const coordinator = await manager.findOneByOrFail(AccountEntity, { email: 'koordinator@demo.brobygger.dk' });
  const mette = await manager.findOneByOrFail(VolunteerEntity, { firstName: 'Mette', lastName: 'Hansen' });
  await manager.update(VolunteerEntity, { id: mette.id }, { capacity: 3 });
  const town = await manager.findOneByOrFail(LocalityEntity, { name: 'Frederikssund' });
  const arrival = new Date(today.getTime() - 200 * DAY);
  const rahel = await manager.save(
    manager.create(ParticipantEntity, {
      municipalityId,
      firstName: 'Rahel',
      lastName: 'Tesfaye',
      birthYear: 1991,
      gender: 'female',
      localityId: town.id,
      languages: [
        { code: 'ti', level: 'native' },
        { code: 'en', level: 'conversational' },
        { code: 'da', level: 'basic' },
      ],
      interpreterNeeded: false,
      interests: ['hiking', 'cooking'],
      needs: ['danish-practice', 'everyday-life'],
      arrivalDate: arrival.toISOString().slice(0, 10),
      contactCoordinatorId: coordinator.id,
    }),
  );
  const activeSince = new Date(today.getTime() - ACTIVE_DAYS * DAY);
  const approvedAt = new Date(activeSince.getTime() - 2 * DAY);
  const match = await manager.save(
    manager.create(MatchEntity, {
      municipalityId,
      kind: 'mentor',
      participantId: rahel.id,
      volunteerId: mette.id,
      status: 'active',
      score: 64,
      proposedAt: new Date(approvedAt.getTime() - DAY),
      reasons: [
        { key: 'sharedLanguage', params: { code: 'en', level: 'conversational' } },
        { key: 'sharedInterest', params: { interest: 'hiking' } },
        { key: 'distance', params: { km: 1.2 } },
      ],
      approvedAt,
      approvedBy: coordinator.id,
      respondBy: new Date(approvedAt.getTime() + 3 * DAY),
      providerAcceptedAt: new Date(approvedAt.getTime() + DAY),
      participantAcceptedAt: activeSince,
    }),
  );
  await manager.insert(MeetingLogEntryEntity, {
    municipalityId,
    matchId: match.id,
    metOn: todayInCopenhagen(new Date(activeSince.getTime() + 5 * DAY)),
    durationMinutes: 90,
    note: 'Gåtur ved fjorden og snak om indkøb på dansk.',
    loggedBy: mette.accountId ?? coordinator.id,
  });
}
