import type { EntityManager } from 'typeorm';
import { AccountEntity } from '@brobygger/api/accounts';
import { AssociationEntity, OfferEntity, PartnershipAgreementEntity } from '@brobygger/api/associations';
import { MatchEntity } from '@brobygger/api/matches';
import { ParticipantEntity } from '@brobygger/api/participants';

const DAY = 86_400_000;

/**
 * The association journey at demo start: a referral waiting in Frederikssund Idrætsforening's inbox
 * (Oleksandr, approved by the coordinator for the adult athletics trial, for the demo representative
 * to accept, confirm the first session and report how it went), and a running partnership agreement
 * with Slangerup Aftenskole on the coordinator's overview.
 */
export async function seedDemoAssociationInbox(
  manager: EntityManager,
  municipalityId: string,
  today: Date,
): Promise<void> {
  const club = await manager.findOneByOrFail(AssociationEntity, { name: 'Frederikssund Idrætsforening' });
  const trial = await manager.findOneByOrFail(OfferEntity, { associationId: club.id, kind: 'trial-membership' });
  const person = await manager.findOneByOrFail(ParticipantEntity, { firstName: 'Oleksandr', lastName: 'Kovalenko' });
  await manager.insert(MatchEntity, {
    municipalityId,
    kind: 'trial-membership',
    participantId: person.id,
    offerId: trial.id,
    status: 'approved',
    score: 42,
    reasons: [{ key: 'language', params: { code: 'en' } }],
    approvedAt: today,
    respondBy: new Date(today.getTime() + 14 * DAY),
  });

  const eveningSchool = await manager.findOneByOrFail(AssociationEntity, { name: 'Slangerup Aftenskole' });
  const coordinator = await manager.findOneByOrFail(AccountEntity, { email: 'koordinator@demo.brobygger.dk' });
  await manager.insert(PartnershipAgreementEntity, {
    municipalityId,
    associationId: eveningSchool.id,
    startsOn: `${today.getUTCFullYear()}-01-01`,
    endsOn: null,
    scope: 'Madcaféer og netværksgrupper for nye borgere i Slangerup.',
    commitments:
      'Aftenskolen holder en madcafé om måneden og stiller lokaler til kvindegruppen. Kommunen formidler deltagere og betaler materialer.',
    registeredBy: coordinator.id,
  });
}
