import { MeetingLogEntryEntity } from '@brobygger/api/follow-up';
import { MatchEntity } from '@brobygger/api/matches';
import type { ParticipantEntity } from '@brobygger/api/participants';
import { type VolunteerEntity, todayInCopenhagen } from '@brobygger/api/volunteers';
import { type DatabaseWriter, managerOf } from './database-writer';
import type { TestMunicipality } from './municipality.factory';
import { createParticipant } from './participant.factory';
import { createVolunteer } from './volunteer.factory';

const DAY = 86_400_000;

export interface ActiveMentorship {
  /** The mentor, with an account of her own. */
  mette: VolunteerEntity;
  rahel: ParticipantEntity;
  match: MatchEntity;
}

/**
 * Mette Hansen mentors Rahel Tesfaye: a match that became active `activeDaysAgo` days ago (its
 * 1-month check-in overdue by default), with one meeting logged in the first week; the given
 * coordinator is Rahel's contact coordinator and approved the match.
 */
export async function createActiveMentorship(
  db: DatabaseWriter,
  municipality: TestMunicipality,
  coordinatorId: string,
  /** Mette when the test has made her already (e.g. in a mentoring scene). */
  mentor?: VolunteerEntity,
  activeDaysAgo = 35,
): Promise<ActiveMentorship> {
  const manager = managerOf(db);
  const { id: municipalityId, localityId } = municipality;
  const mette =
    mentor ??
    (await createVolunteer(manager, {
      municipalityId,
      firstName: 'Mette',
      lastName: 'Hansen',
      localityId,
      capacity: 3,
      withAccount: { displayName: 'Mette Hansen' },
    }));
  const rahel = await createParticipant(manager, {
    municipalityId,
    localityId,
    firstName: 'Rahel',
    lastName: 'Tesfaye',
    birthYear: 1991,
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'en', level: 'conversational' },
      { code: 'da', level: 'basic' },
    ],
    contactCoordinatorId: coordinatorId,
  });
  const activeSince = new Date(Date.now() - activeDaysAgo * DAY);
  const approvedAt = new Date(activeSince.getTime() - 2 * DAY);
  const match = await manager.save(
    manager.create(MatchEntity, {
      municipalityId,
      kind: 'mentor',
      participantId: rahel.id,
      volunteerId: mette.id,
      status: 'active',
      score: 64,
      reasons: [{ key: 'sharedLanguage', params: { code: 'en', level: 'conversational' } }],
      proposedAt: new Date(approvedAt.getTime() - DAY),
      approvedAt,
      approvedBy: coordinatorId,
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
    loggedBy: mette.accountId ?? coordinatorId,
  });
  return { mette, rahel, match };
}
