import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { type AssociationRepresentation, AccountsService } from '@brobygger/api/accounts';
import { DomainError, InputErrorReason, badInput } from '@brobygger/api/util';
import { AssociationEntity } from './association.entity';
import { AssociationRepresentativeEntity } from './association-representative.entity';
import { AssociationsErrorReason } from './associations.errors';

/**
 * Invitations to represent an association: accounts check the association when inviting and link
 * the person when they accept, through this (accounts may not import the associations domain).
 */
@Injectable()
export class AssociationRepresentationService implements AssociationRepresentation, OnModuleInit {
  constructor(private readonly accounts: AccountsService) {}

  onModuleInit(): void {
    this.accounts.useAssociationRepresentation(this);
  }

  async nameOf(manager: EntityManager, associationId: string): Promise<string> {
    const association = await manager.findOne(AssociationEntity, {
      where: { id: associationId },
      select: { id: true, name: true },
    });
    if (!association)
      badInput('associationId', InputErrorReason.UNKNOWN_REFERENCE, 'no such association in this municipality');
    return association.name;
  }

  async namesOf(manager: EntityManager, associationIds: readonly string[]): Promise<Map<string, string>> {
    const associations = await manager.find(AssociationEntity, {
      where: { id: In([...associationIds]) },
      select: { id: true, name: true },
    });
    return new Map(associations.map((a) => [a.id, a.name]));
  }

  async link(
    manager: EntityManager,
    link: { municipalityId: string; associationId: string; accountId: string },
  ): Promise<void> {
    if (!(await manager.exists(AssociationEntity, { where: { id: link.associationId } }))) {
      throw new DomainError(
        'CONFLICT',
        AssociationsErrorReason.INVITATION_ASSOCIATION_GONE,
        'token: the association of this invitation is no longer registered; ask the municipality for a new invitation',
        'token',
      );
    }
    const already = await manager.exists(AssociationRepresentativeEntity, {
      where: { associationId: link.associationId, accountId: link.accountId },
    });
    if (!already) await manager.insert(AssociationRepresentativeEntity, link);
  }
}
