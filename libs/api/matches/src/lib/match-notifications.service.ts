import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AccountEntity } from '@brobygger/api/accounts';
import { type Mail, MailService, danishDate } from '@brobygger/api/mail';
import { AssociationRepresentativeEntity, OfferEntity } from '@brobygger/api/associations';
import { ParticipantEntity } from '@brobygger/api/participants';
import { VolunteerEntity } from '@brobygger/api/volunteers';
import type { MatchEntity } from './match.entity';

/**
 * The emails a match's steps cause, built inside the step's transaction (who, in which language) and
 * put in the mail outbox in that same transaction (`enqueue`): sent once it committed, never lost,
 * and a mail server that is down never undoes a step.
 * No participant's name or need goes into an email: only the kind of match and where to look.
 */
@Injectable()
export class MatchNotificationsService {
  constructor(private readonly mail: MailService) {}

  /** Into the outbox, in the step's transaction (its manager). */
  enqueue(manager: EntityManager, mails: readonly Mail[]): Promise<void> {
    return this.mail.enqueue(manager, mails);
  }

  /** To the volunteer, or the association's representatives for an offer: a new proposal to answer. */
  proposalApproved(manager: EntityManager, match: MatchEntity): Promise<Mail[]> {
    return this.toProvider(manager, match, 'proposal-new');
  }

  /** The day before the deadline, to whoever has not answered yet. */
  proposalReminder(manager: EntityManager, match: MatchEntity): Promise<Mail[]> {
    return this.toProvider(manager, match, 'proposal-reminder');
  }

  /** To the coordinator who approved it, or else the participant's contact coordinator. */
  async proposalClosed(
    manager: EntityManager,
    match: MatchEntity,
    how: 'proposal-declined' | 'proposal-expired',
  ): Promise<Mail[]> {
    let accountId = match.approvedBy;
    if (!accountId) {
      const participant = await manager.findOne(ParticipantEntity, { where: { id: match.participantId } });
      accountId = participant?.contactCoordinatorId ?? null;
    }
    const coordinator = accountId ? await manager.findOne(AccountEntity, { where: { id: accountId } }) : null;
    if (!coordinator) return [];
    return [
      {
        municipalityId: match.municipalityId,
        to: coordinator.email,
        language: coordinator.preferredLanguage,
        template: how,
        params: {
          name: coordinator.displayName,
          kind: match.kind,
          provider: await this.providerName(manager, match),
          link: this.mail.link('/koordinator/matchning'),
        },
      },
    ];
  }

  private async toProvider(
    manager: EntityManager,
    match: MatchEntity,
    template: 'proposal-new' | 'proposal-reminder',
  ): Promise<Mail[]> {
    let accountIds: string[] = [];
    let path = '/frivillig/forslag';
    if (match.volunteerId) {
      const volunteer = await manager.findOne(VolunteerEntity, { where: { id: match.volunteerId } });
      accountIds = volunteer?.accountId ? [volunteer.accountId] : [];
    } else if (match.offerId) {
      const offer = await manager.findOne(OfferEntity, { where: { id: match.offerId } });
      const representatives = offer
        ? await manager.find(AssociationRepresentativeEntity, { where: { associationId: offer.associationId } })
        : [];
      accountIds = representatives.map((r) => r.accountId);
      path = '/forening/henvisninger';
    }
    if (accountIds.length === 0 || !match.respondBy) return [];
    const accounts = await manager.find(AccountEntity, { where: { id: In(accountIds) }, order: { email: 'ASC' } });
    const date = danishDate(match.respondBy);
    return accounts.map((account) => ({
      municipalityId: match.municipalityId,
      to: account.email,
      language: account.preferredLanguage,
      template,
      params: { name: account.displayName, kind: match.kind, date, link: this.mail.link(path) },
    }));
  }

  private async providerName(manager: EntityManager, match: MatchEntity): Promise<string> {
    if (match.volunteerId) {
      const volunteer = await manager.findOne(VolunteerEntity, { where: { id: match.volunteerId } });
      return volunteer ? `${volunteer.firstName} ${volunteer.lastName}`.trim() : '';
    }
    const offer = match.offerId ? await manager.findOne(OfferEntity, { where: { id: match.offerId } }) : null;
    return offer?.title ?? '';
  }
}
