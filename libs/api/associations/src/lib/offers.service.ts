import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { ActivityEntity, LanguageEntity, LocalityEntity } from '@brobygger/api/reference-data';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  type RequestContext,
  type SignedInAccount,
  UUID,
} from '@brobygger/api/util';
import { AssociationEntity } from './association.entity';
import { AssociationRepresentativeEntity } from './association-representative.entity';
import type { AssociationProfileInput } from './dto/association-profile.input';
import type { CreateOfferInput, OfferInput } from './dto/offer.inputs';
import { cleanCvr, refuseTakenCvr, rethrowTakenCvr } from './cvr-register';
import { checkOffer } from './offer-rules';
import { type OfferKind, OfferEntity, type OfferStatus } from './offer.entity';
import { AssociationsErrorReason } from './associations.errors';

const OFFER_RELATIONS = { association: { locality: true }, locality: true, activity: true } as const;

function uuid(field: string, value: string): string {
  if (!UUID.test(value))
    throw new DomainError('BAD_USER_INPUT', InputErrorReason.INVALID_FORMAT, `${field}: not a valid id`, field);
  return value;
}

/**
 * Offers through their life: draft → published → closed. An association's representatives manage
 * its offers; coordinators may help. An offer that was ever published is closed, never deleted.
 */
@Injectable()
export class OffersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The associations the signed-in representative may manage. */
  myAssociations(request: RequestContext): Promise<AssociationEntity[]> {
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const links = await manager.find(AssociationRepresentativeEntity, { where: { accountId: account.id } });
      if (links.length === 0) return [];
      return manager.find(AssociationEntity, {
        where: { id: In(links.map((l) => l.associationId)) },
        relations: { locality: true },
        order: { name: 'ASC' },
      });
    });
  }

  /** The association's own profile: name, CVR, kind, place, contact people, child-certificate declaration. */
  updateProfile(request: RequestContext, id: string, input: AssociationProfileInput): Promise<AssociationEntity> {
    uuid('id', id);
    const name = input.name.trim();
    const cvr = cleanCvr(input.cvr);
    input.contactPeople.forEach((person, i) => {
      if (person.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(person.email)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          InputErrorReason.INVALID_FORMAT,
          `contactPeople[${i}].email: enter a valid email address`,
          `contactPeople[${i}].email`,
        );
      }
    });
    const declared = input.childCertificateDeclaredOn || null;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      await this.assertManages(manager, request, id);
      uuid('localityId', input.localityId);
      if (!(await manager.exists(LocalityEntity, { where: { id: input.localityId } }))) {
        throw new DomainError(
          'BAD_USER_INPUT',
          InputErrorReason.UNKNOWN_REFERENCE,
          'localityId: no such town in this municipality',
          'localityId',
        );
      }
      if (cvr) await refuseTakenCvr(manager, cvr, id);
      await manager
        .update(
          AssociationEntity,
          { id },
          {
            name,
            cvr,
            kind: input.kind,
            localityId: input.localityId,
            address: input.address.trim(),
            description: input.description.trim(),
            contactPeople: input.contactPeople.map((p) => ({
              name: p.name.trim(),
              email: p.email.trim(),
              phone: p.phone.trim(),
            })),
            childCertificateDeclaredOn: declared,
          },
        )
        .catch(rethrowTakenCvr);
      return manager.findOneOrFail(AssociationEntity, { where: { id }, relations: { locality: true } });
    });
  }

  /** Every offer of an association, drafts and closed ones too, for those who manage it. */
  associationOffers(request: RequestContext, associationId: string): Promise<OfferEntity[]> {
    uuid('associationId', associationId);
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      await this.assertManages(manager, request, associationId);
      return manager.find(OfferEntity, {
        where: { associationId },
        relations: OFFER_RELATIONS,
        order: { createdAt: 'DESC' },
      });
    });
  }

  create(request: RequestContext, input: CreateOfferInput): Promise<OfferEntity> {
    uuid('associationId', input.associationId);
    const kind = input.kind as OfferKind;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      await this.assertManages(manager, request, input.associationId);
      await this.checkReferences(manager, input);
      checkOffer(kind, input);
      const created = await manager.save(
        manager.create(OfferEntity, {
          ...this.fields(input),
          municipalityId: request.municipalityId as string,
          associationId: input.associationId,
          kind,
          status: 'draft',
          firstPublishedAt: null,
        }),
      );
      return manager.findOneOrFail(OfferEntity, { where: { id: created.id }, relations: OFFER_RELATIONS });
    });
  }

  update(request: RequestContext, id: string, input: OfferInput): Promise<OfferEntity> {
    return this.change(request, id, async (manager, offer) => {
      if (offer.status === 'closed')
        throw new DomainError('CONFLICT', AssociationsErrorReason.OFFER_CLOSED, 'A closed offer cannot be changed.');
      await this.checkReferences(manager, input);
      checkOffer(offer.kind, input);
      await manager.update(OfferEntity, { id }, this.fields(input));
    });
  }

  publish(request: RequestContext, id: string): Promise<OfferEntity> {
    return this.change(request, id, async (manager, offer) => {
      if (offer.status === 'published') return;
      checkOffer(offer.kind, offer);
      await manager.update(
        OfferEntity,
        { id },
        { status: 'published', firstPublishedAt: offer.firstPublishedAt ?? new Date() },
      );
    });
  }

  close(request: RequestContext, id: string): Promise<OfferEntity> {
    return this.change(request, id, async (manager) => {
      await manager.update(OfferEntity, { id }, { status: 'closed' satisfies OfferStatus });
    });
  }

  /**
   * Only a draft that was never published and that nobody was referred to: anything people may have
   * seen or used is closed instead. The database holds the same line (match → offer is RESTRICT).
   */
  async delete(request: RequestContext, id: string): Promise<void> {
    uuid('id', id);
    await inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const offer = await this.lockedOffer(manager, id);
      await this.assertManages(manager, request, offer.associationId);
      // The matches table belongs to the matches library, which builds on this one: asked by SQL.
      const [{ matches }]: { matches: number }[] = await manager.query(
        'SELECT count(*)::int AS matches FROM "match" WHERE "offer_id" = $1',
        [id],
      );
      // A published offer always has firstPublishedAt (CHK_offer_published_has_date).
      if (offer.firstPublishedAt || matches > 0) {
        const why = [
          offer.firstPublishedAt ? 'has been published' : null,
          matches > 0 ? `has ${matches} referral${matches === 1 ? '' : 's'}` : null,
        ]
          .filter(Boolean)
          .join(' and ');
        throw new DomainError(
          'CONFLICT',
          AssociationsErrorReason.CLOSE_INSTEAD,
          `The offer “${offer.title}” ${why}, so it cannot be deleted: close it instead (closeOffer), which ` +
            'takes it out of the catalogue and keeps its referrals.',
          'id',
          { title: offer.title, referrals: matches },
        );
      }
      await manager.delete(OfferEntity, { id });
    });
  }

  private async change(
    request: RequestContext,
    id: string,
    work: (manager: EntityManager, offer: OfferEntity) => Promise<void>,
  ): Promise<OfferEntity> {
    uuid('id', id);
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const offer = await this.lockedOffer(manager, id);
      await this.assertManages(manager, request, offer.associationId);
      await work(manager, offer);
      return manager.findOneOrFail(OfferEntity, { where: { id }, relations: OFFER_RELATIONS });
    });
  }

  private async lockedOffer(manager: EntityManager, id: string): Promise<OfferEntity> {
    const offer = await manager.findOne(OfferEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!offer) throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No offer with this id.', 'id');
    return offer;
  }

  /** Coordinators manage every association of their municipality; representatives their own. */
  private async assertManages(manager: EntityManager, request: RequestContext, associationId: string): Promise<void> {
    const account = request.account as SignedInAccount;
    const association = await manager.findOne(AssociationEntity, { where: { id: associationId } });
    if (!association)
      throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No association with this id.', 'associationId');
    if (account.roles.includes('coordinator')) return;
    const represents = await manager.exists(AssociationRepresentativeEntity, {
      where: { associationId, accountId: account.id },
    });
    if (!represents)
      throw new DomainError(
        'FORBIDDEN',
        AssociationsErrorReason.NOT_REPRESENTATIVE,
        'You do not represent this association.',
      );
  }

  private async checkReferences(manager: EntityManager, input: OfferInput): Promise<void> {
    uuid('localityId', input.localityId);
    if (!(await manager.exists(LocalityEntity, { where: { id: input.localityId } }))) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.UNKNOWN_REFERENCE,
        'localityId: no such town in this municipality',
        'localityId',
      );
    }
    if (input.activityKey && !(await manager.exists(ActivityEntity, { where: { key: input.activityKey } }))) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.UNKNOWN_REFERENCE,
        `activityKey: "${input.activityKey}" is not in the activity list`,
        'activityKey',
      );
    }
    const codes = [...new Set(input.languageCodes)];
    const known = await manager.count(LanguageEntity, { where: { code: In(codes) } });
    if (known !== codes.length) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.UNKNOWN_REFERENCE,
        'languageCodes: contains a language that is not in the list',
        'languageCodes',
      );
    }
  }

  private fields(input: OfferInput): Partial<OfferEntity> {
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      activityKey: input.activityKey || null,
      localityId: input.localityId,
      ageMin: input.ageMin ?? null,
      ageMax: input.ageMax ?? null,
      womenOnly: input.womenOnly,
      languageCodes: [...new Set(input.languageCodes)],
      capacity: input.capacity,
      schedule: input.schedule.trim(),
      place: input.place.trim(),
      trialWeeks: input.trialWeeks ?? null,
      seasonFeeOre: input.seasonFeeOre ?? null,
      equipmentCostOre: input.equipmentCostOre ?? null,
      targetGroup: input.targetGroup?.trim() || null,
      eventKind: input.eventKind ?? null,
      startsAt: input.startsAt ?? null,
      registrationDeadline: input.registrationDeadline ?? null,
    };
  }
}
