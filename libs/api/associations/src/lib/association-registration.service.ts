import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountsService, type PendingInvitation } from '@brobygger/api/accounts';
import { inTenantTransaction } from '@brobygger/api/database';
import { LocalityEntity } from '@brobygger/api/reference-data';
import {
  DomainError,
  InputErrorReason,
  type RequestContext,
  type SignedInAccount,
  UUID,
  badInput,
} from '@brobygger/api/util';
import { AssociationEntity, type AssociationKind } from './association.entity';
import { cleanCvr, refuseTakenCvr, rethrowTakenCvr } from './cvr-register';
import type { FirstRepresentativeInput, RegisterAssociationInput } from './dto/association-registration.models';

/** The invitation's own fields, named under `representative.` when they come from a registration. */
const REPRESENTATIVE_FIELDS = new Set(['displayName', 'email', 'preferredLanguage']);

export interface AssociationRegistration {
  association: AssociationEntity;
  invitation: PendingInvitation | null;
}

/**
 * A new association comes into being: the municipality's staff register it (name, CVR, kind, town)
 * and invite its first representative in the same transaction, who then completes the profile.
 */
@Injectable()
export class AssociationRegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  register(request: RequestContext, input: RegisterAssociationInput): Promise<AssociationRegistration> {
    const account = request.account as SignedInAccount;
    const name = input.name.trim();
    const cvr = cleanCvr(input.cvr);
    if (!UUID.test(input.localityId)) badInput('localityId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    return inTenantTransaction(this.dataSource, account.municipalityId, async (manager) => {
      if (!(await manager.exists(LocalityEntity, { where: { id: input.localityId } }))) {
        badInput('localityId', InputErrorReason.UNKNOWN_REFERENCE, 'no such town in this municipality');
      }
      if (cvr) await refuseTakenCvr(manager, cvr, null);
      const saved = await manager
        .save(
          manager.create(AssociationEntity, {
            municipalityId: account.municipalityId,
            name,
            cvr,
            kind: input.kind as AssociationKind,
            localityId: input.localityId,
            address: '',
            description: '',
            contactPeople: [],
            childCertificateDeclaredOn: null,
          }),
        )
        .catch(rethrowTakenCvr);
      const invitation = input.representative
        ? await this.inviteRepresentative(manager, account, saved.id, input.representative)
        : null;
      const association = await manager.findOneOrFail(AssociationEntity, {
        where: { id: saved.id },
        relations: { locality: true },
      });
      return { association, invitation };
    });
  }

  private async inviteRepresentative(
    manager: EntityManager,
    by: SignedInAccount,
    associationId: string,
    person: FirstRepresentativeInput,
  ): Promise<PendingInvitation> {
    try {
      return await this.accounts.inviteWithin(manager, by, {
        ...person,
        role: 'association-representative',
        associationId,
      });
    } catch (error) {
      if (error instanceof DomainError && error.field && REPRESENTATIVE_FIELDS.has(error.field)) {
        throw new DomainError(
          error.code,
          error.reason,
          `representative.${error.message}`,
          `representative.${error.field}`,
          error.details,
        );
      }
      throw error;
    }
  }
}
