import type { MatchEntity } from '@brobygger/api/matches';
import type { OfferEntity } from '@brobygger/api/associations';
import type { ParticipantEntity } from '@brobygger/api/participants';
import type { DatabaseWriter } from './database-writer';
import { createMatch } from './match.factory';
import type { TestMunicipality } from './municipality.factory';
import { createFritidspasOffer, createOffer } from './offer.factory';
import { createParticipant } from './participant.factory';

export interface WaitingReferral {
  /** Frederikssund Idrætsforening. */
  clubId: string;
  /** The club's athletics trial for adults, which the referral is for. */
  trial: OfferEntity;
  /** The club's fritidspas football for children. */
  football: OfferEntity;
  oleksandr: ParticipantEntity;
  referral: MatchEntity;
}

/**
 * A referral waiting in a club's inbox: Oleksandr, approved by the coordinator today for the
 * club's adult athletics trial, for the club's representative to answer within 14 days.
 */
export async function createWaitingReferral(
  db: DatabaseWriter,
  municipality: TestMunicipality,
): Promise<WaitingReferral> {
  const where = { municipalityId: municipality.id, localityId: municipality.localityId };
  const football = await createFritidspasOffer(db, where);
  const trial = await createOffer(db, {
    ...where,
    associationId: football.associationId,
    title: 'Prøvemedlemskab: atletik for voksne',
    activityKey: 'athletics',
    ageMin: 18,
    capacity: 4,
  });
  const oleksandr = await createParticipant(db, {
    ...where,
    firstName: 'Oleksandr',
    lastName: 'Kovalenko',
    birthYear: 1979,
    gender: 'male',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
  });
  const referral = await createMatch(db, {
    municipalityId: municipality.id,
    participantId: oleksandr.id,
    offerId: trial.id,
    status: 'approved',
    approvedAt: new Date(),
    respondBy: new Date(Date.now() + 14 * 86_400_000),
  });
  return { clubId: football.associationId, trial, football, oleksandr, referral };
}
