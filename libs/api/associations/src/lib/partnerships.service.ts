import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, Not } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  type RequestContext,
  type SignedInAccount,
  UUID,
  badInput,
} from '@brobygger/api/util';
import { AssociationEntity } from './association.entity';
import { copenhagenDate } from './calendar-dates';
import type { PartnershipAgreementInput, RegisterPartnershipAgreementInput } from './dto/partnership.models';
import { PartnershipAgreementEntity } from './partnership-agreement.entity';
import { type AgreementFields, checkAgreement, checkDate, periodsOverlap } from './partnership-rules';
import { AssociationsErrorReason } from './associations.errors';

/**
 * Partnership agreements: the municipality's staff (coordinators, administrators) register, change
 * and end them; an association's representatives read their own through the association profile.
 * One association never has two agreements covering the same day.
 */
@Injectable()
export class PartnershipsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every association of the municipality, for the staff's overview. */
  associations(request: RequestContext): Promise<AssociationEntity[]> {
    return inTenantTransaction(this.dataSource, request.municipalityId, (manager) =>
      manager.find(AssociationEntity, { relations: { locality: true }, order: { name: 'ASC', id: 'ASC' } }),
    );
  }

  /** The agreements of several associations in one query (a DataLoader's batch), newest first. */
  agreementsOf(
    municipalityId: string | null,
    associationIds: readonly string[],
  ): Promise<PartnershipAgreementEntity[]> {
    return inTenantTransaction(this.dataSource, municipalityId, (manager) =>
      manager.find(PartnershipAgreementEntity, {
        where: { associationId: In([...associationIds]) },
        order: { startsOn: 'DESC', id: 'ASC' },
      }),
    );
  }

  register(request: RequestContext, input: RegisterPartnershipAgreementInput): Promise<PartnershipAgreementEntity> {
    if (!UUID.test(input.associationId)) badInput('associationId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    const fields = clean(input);
    checkAgreement(fields);
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      await this.lockAssociation(manager, input.associationId);
      await this.refuseOverlap(manager, input.associationId, fields, null);
      const saved = await manager.save(
        manager.create(PartnershipAgreementEntity, {
          ...fields,
          municipalityId: account.municipalityId,
          associationId: input.associationId,
          registeredBy: account.id,
        }),
      );
      return manager.findOneByOrFail(PartnershipAgreementEntity, { id: saved.id });
    });
  }

  update(request: RequestContext, id: string, input: PartnershipAgreementInput): Promise<PartnershipAgreementEntity> {
    const fields = clean(input);
    checkAgreement(fields);
    return this.change(request, id, async (manager, agreement) => {
      await this.refuseOverlap(manager, agreement.associationId, fields, agreement.id);
      await manager.update(PartnershipAgreementEntity, { id }, fields);
    });
  }

  /** Sets the last day; the agreement shows as ended from the day after. */
  end(request: RequestContext, id: string, endsOn: string): Promise<PartnershipAgreementEntity> {
    checkDate('endsOn', endsOn);
    return this.change(request, id, async (manager, agreement) => {
      if (endsOn < agreement.startsOn)
        badInput('endsOn', InputErrorReason.DATE_ORDER, 'must be on or after the start date');
      if (agreement.endsOn !== null && endsOn > agreement.endsOn) {
        badInput(
          'endsOn',
          AssociationsErrorReason.AGREEMENT_END_LATER,
          'must not be after the agreed last day; change the agreement to extend it',
          { endsOn: agreement.endsOn },
        );
      }
      await manager.update(PartnershipAgreementEntity, { id }, { endsOn });
    });
  }

  private change(
    request: RequestContext,
    id: string,
    work: (manager: EntityManager, agreement: PartnershipAgreementEntity) => Promise<void>,
  ): Promise<PartnershipAgreementEntity> {
    if (!UUID.test(id)) badInput('id', InputErrorReason.INVALID_FORMAT, 'not a valid agreement id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const found = await manager.findOneBy(PartnershipAgreementEntity, { id });
      if (!found)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No partnership agreement with this id.', 'id');
      await this.lockAssociation(manager, found.associationId);
      const agreement = await manager.findOneByOrFail(PartnershipAgreementEntity, { id });
      if (agreement.endsOn !== null && agreement.endsOn < copenhagenDate()) {
        throw new DomainError(
          'CONFLICT',
          AssociationsErrorReason.AGREEMENT_ENDED,
          'This agreement has ended and is kept as it was; register a new one.',
        );
      }
      await work(manager, agreement);
      return manager.findOneByOrFail(PartnershipAgreementEntity, { id });
    });
  }

  /** Serialises changes to one association's agreements, so two overlapping ones cannot slip in together. */
  private async lockAssociation(manager: EntityManager, associationId: string): Promise<void> {
    const association = await manager.findOne(AssociationEntity, {
      where: { id: associationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!association)
      throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No association with this id.', 'associationId');
  }

  private async refuseOverlap(
    manager: EntityManager,
    associationId: string,
    fields: AgreementFields,
    exceptId: string | null,
  ): Promise<void> {
    const others = await manager.find(PartnershipAgreementEntity, {
      where: { associationId, ...(exceptId ? { id: Not(exceptId) } : {}) },
    });
    const period = { startsOn: fields.startsOn, endsOn: fields.endsOn ?? null };
    const clash = others.find((other) => periodsOverlap(period, other));
    if (clash) {
      badInput(
        'startsOn',
        AssociationsErrorReason.AGREEMENT_OVERLAPS,
        `overlaps the agreement from ${clash.startsOn}${clash.endsOn ? ` to ${clash.endsOn}` : ''}; an association has one agreement at a time`,
        { startsOn: clash.startsOn, ...(clash.endsOn ? { endsOn: clash.endsOn } : {}) },
      );
    }
  }
}

function clean(
  input: PartnershipAgreementInput,
): AgreementFields & { endsOn: string | null; scope: string; commitments: string } {
  return {
    startsOn: input.startsOn.trim(),
    endsOn: input.endsOn?.trim() || null,
    scope: input.scope.trim(),
    commitments: input.commitments.trim(),
  };
}
